#!/usr/bin/env python3
"""Blind set 667: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a webhard answering the regulator, often
informally (abuse desks, admins writing one line), plus CSV attachments and
plain-text tables.

    python3 tests/corpus/blind667/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the meaning of the email alone, before the
reader was ever run on it. All names, domains, ids and URLs are fictional.
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind667"

# ---------------------------------------------------------------- requests
P = {
    1: "https://pixchan.org/kr/res/58120.html",
    2: "https://pixchan.org/kr/res/58154.html",
    3: "https://pixchan.org/kr/res/58201.html",
    4: "https://pixchan.org/kr/res/58233.html",
    5: "https://pixchan.org/pol/res/994410.html",
    6: "https://pixchan.org/pol/res/994512.html",
    7: "https://i.pixchan.org/kr/src/1725339021455.jpg",
    8: "https://i.pixchan.org/kr/src/1725339188020.png",
    9: "https://i.pixchan.org/kr/src/1725340002917.webm",
    10: "https://pixchan.org/b/res/3310087.html",
    11: "https://pixchan.org/b/res/3310251.html",
    12: "https://pixchan.org/gal/res/7741.html",
}
N = {
    1: "https://moa-gallery.net/view/1182",
    2: "https://moa-gallery.net/view/1190",
    3: "http://hanul-share.com/board/free/2207",
    4: "https://198.51.100.77/~jinwoo/leak/index.html",
}
E = {
    1: "https://kr-hotdeal-leak.com/post/88",
    2: "https://kr-hotdeal-leak.com/post/91",
    3: "https://sulsa-tv.net/live/ch7",
}
H = {
    1: "http://secure-kbank-login.kr/",
    2: "http://minwon-gov24.kr/apply",
}
M_TAG_RAW = "https://www.moktalk.kr/tag/유출"
M = {
    1: "https://www.moktalk.kr/free/55120",
    2: "https://www.moktalk.kr/free/55138",
    3: "https://www.moktalk.kr/humor/201933",
    4: "https://www.moktalk.kr/tag/%EC%9C%A0%EC%B6%9C",
    5: "https://www.moktalk.kr/member/nightowl77",
}
F = {
    1: "https://fileburrow.io/f/Qm7xK2pL",
    2: "https://fileburrow.io/f/Zt90aaWe",
    3: "https://fileburrow.io/folder/8nR3c1",
}
D = {1: "https://www.diskpang.co.kr/contents/view/4471208"}

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    ("KCSC-240903-01", "pixchan", "2024-09-03", "2024-09-06", P, "illegal-filming",
     "image board threads and files"),
    ("KCSC-240904-02", "nimbushost", "2024-09-04", "2024-09-09", N, "privacy-leak",
     "customer sites on the host's servers"),
    ("KCSC-240906-03", "edgeveil", "2024-09-06", "2024-09-11", E, "gambling",
     "sites behind the CDN"),
    ("KCSC-240909-04", "hanbitdomain", "2024-09-09", "2024-09-12", H, "phishing",
     "phishing domains"),
    ("KCSC-240910-05", "moktalk", "2024-09-10", "2024-09-13", M, "defamation",
     "forum posts, a tag page and a member page"),
    ("KCSC-240911-06", "fileburrow", "2024-09-11", "2024-09-14", F, "copyright",
     "file host links"),
    ("KCSC-240912-07", "diskpang", "2024-09-12", "2024-09-16", D, "copyright",
     "webhard file"),
]


def req_id(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for k in sorted(urls):
            w.writerow([ref, plat, sent, due, urls[k], cat, req_id(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def subj(s):
    """RFC 2047-encode a subject holding non-ASCII text."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in text.strip("\n").split("\n"))


def request_text(ref, greeting, urls):
    lines = [greeting, "",
             "The Korea Communications Standards Commission asks you to remove or",
             f"disable access to the following content (our reference {ref}):", ""]
    for k in sorted(urls):
        lines.append(f"{k}. {urls[k]}")
    lines += ["", "Please tell us what you did for each address.", "",
              "KCSC Takedown Team"]
    return "\n".join(lines)


REQ_PIX = request_text("KCSC-240903-01", "Dear pixchan operators,", P)
REQ_NIM = request_text("KCSC-240904-02", "Dear NimbusHost abuse team,", N)
REQ_MOK = request_text("KCSC-240910-05", "목톡 운영자님께,", M)

cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ pixchan
case(
    name="pix-mod-oneliners",
    from_="mods@pixchan.org", name_from="pixchan mods",
    date="Wed, 04 Sep 2024 02:14:51 +0000",
    subject="Re: [KCSC-240903-01] Removal request - pixchan.org",
    reply_to_req=req_id("KCSC-240903-01"),
    body=f"""hey,

nuked both of these, poster is banned:
{P[1]}
{P[2]}

{P[3]} doesn't exist anymore, the OP deleted it himself before we saw your mail.

will go through the rest of your list tonight.

- k (pixchan mod team)
""",
    outcome="applied", classification="confirmation",
    imitates="volunteer image-board moderator answering an abuse mail in three lines",
    why="two URLs under 'nuked', a third the poster deleted himself; 'rest of your list tonight' names nothing",
    items={P[1]: "removed", P[2]: "removed", P[3]: "not_found"},
)

PIX_CSV = f"""url,board,action,comment
{P[4]},kr,deleted,thread and all replies
{P[5]},pol,no action,opinion post - does not break board rules
{P[6]},pol,deleted,
{P[7]},kr,file purged,hash added to ban list
{P[8]},kr,not found,no such file on the image server
{P[9]},kr,geo-blocked,hidden for visitors from KR only
"""
case(
    name="pix-csv-results",
    from_="admin@pixchan.org", name_from="pixchan admin",
    date="Thu, 05 Sep 2024 13:40:02 +0000",
    subject="Re: [KCSC-240903-01] Removal request - pixchan.org",
    reply_to_req=req_id("KCSC-240903-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="pxc-7731"

--pxc-7731
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hi KCSC,

results for your request KCSC-240903-01 are in the attached csv.
Rows we haven't handled yet are not in the file.

pixchan admin

--pxc-7731
Content-Type: text/csv; charset=utf-8; name="kcsc-240903-01.csv"
Content-Disposition: attachment; filename="kcsc-240903-01.csv"
Content-Transfer-Encoding: 7bit

{PIX_CSV}
--pxc-7731--
""",
    outcome="applied", classification="confirmation",
    imitates="small-site admin exporting the moderation log of a report to a spreadsheet",
    why="CSV rows: deleted x2, file purged, not found, no action (no rule broken), geo-blocked for KR",
    items={P[4]: "removed", P[5]: "rejected", P[6]: "removed", P[7]: "removed",
           P[8]: "not_found", P[9]: "restricted"},
)

case(
    name="pix-plaintext-table",
    from_="staff@pixchan.org", name_from="pixchan staff",
    date="Thu, 05 Sep 2024 11:20:44 +0000",
    subject="KCSC-240903-01 /b/ and /gal/ threads",
    body=f"""Hello,

Status of the /b/ and /gal/ threads from your request KCSC-240903-01:

 thread                                  | status               | when (UTC)
-----------------------------------------+----------------------+-----------------
 {P[10]}  | deleted              | 2024-09-05 11:02
 {P[11]}  | deleted              | 2024-09-05 11:04
 {P[12]}   | kept, no rule broken | -

The /gal/ thread is a photo set whose uploader is also the photographer,
and nothing in it is against our rules, so it stays up.

pixchan staff
""",
    outcome="applied", classification="confirmation",
    imitates="forum staff pasting a fixed-width status table into a plain-text mail",
    why="text table: two threads deleted, the /gal/ thread kept because it breaks no rule",
    items={P[10]: "removed", P[11]: "removed", P[12]: "rejected"},
)

case(
    name="pix-gmail-top-post",
    from_="admin@pixchan.org", name_from="pixchan admin",
    date="Wed, 04 Sep 2024 07:03:19 +0000",
    subject="Re: [KCSC-240903-01] Removal request - pixchan.org",
    reply_to_req=req_id("KCSC-240903-01"),
    body=f"""Both images are purged from the image server and from the cache:

{P[7]} - purged
{P[8]} - purged

The threads themselves we are still looking at.

On Tue, Sep 3, 2024 at 6:40 PM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(REQ_PIX)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply above the quoted request",
    why="two image URLs marked purged above the quote; the quoted request changes nothing",
    items={P[7]: "removed", P[8]: "removed"},
)

case(
    name="pix-url-status-below",
    from_="janitor-b@pixchan.org", name_from="/b/ janitor",
    date="Fri, 06 Sep 2024 22:51:07 +0000",
    subject="re your KCSC-240903-01",
    body=f"""re your KCSC-240903-01

{P[10]}
  thread deleted, poster range-banned 30 days

{P[11]}
  cannot find it - there is no thread with that number in the database,
  /b/ prunes old threads after 3 days

/b/ janitor
""",
    outcome="applied", classification="confirmation",
    imitates="janitor answering with bare URLs and the result indented on the line below",
    why="statement on the line below each URL: deleted, then cannot find / no such thread",
    items={P[10]: "removed", P[11]: "not_found"},
)

PIX_HTML = f"""<html><body>
<p>Hello,</p>
<p>Below is the outcome for the posts in your notice KCSC-240903-01.</p>
<table border="1" cellpadding="4">
<tr><th>Post</th><th>Outcome</th></tr>
<tr><td><a href="{P[1]}">{P[1]}</a></td><td>Deleted</td></tr>
<tr><td><a href="{P[2]}">{P[2]}</a></td><td>Deleted</td></tr>
<tr><td><a href="{P[5]}">{P[5]}</a></td><td>Blocked for visitors from South Korea</td></tr>
<tr><td><a href="{P[6]}">{P[6]}</a></td><td>No violation found &ndash; left up</td></tr>
</table>
<p>Our rules are at <a href="https://pixchan.org/rules.html">pixchan.org/rules.html</a>.</p>
<p>pixchan moderation</p>
</body></html>"""
case(
    name="pix-html-table",
    from_="mods@pixchan.org", name_from="pixchan moderation",
    date="Thu, 05 Sep 2024 04:18:30 +0000",
    subject="Outcome of KCSC-240903-01",
    type="html",
    body=PIX_HTML,
    outcome="applied", classification="confirmation",
    imitates="HTML outcome table sent from a small site's moderation panel",
    why="HTML table: deleted x2, blocked for South Korea, no violation left up; the rules link is not an item",
    items={P[1]: "removed", P[2]: "removed", P[5]: "restricted", P[6]: "rejected"},
)

case(
    name="pix-korean-mod",
    from_="kr-admin@pixchan.org", name_from="pixchan /kr/ 관리자",
    date="Thu, 05 Sep 2024 01:37:12 +0000",
    subject=subj("Re: [KCSC-240903-01] 게시물 삭제 요청"),
    reply_to_req=req_id("KCSC-240903-01"),
    body=f"""안녕하세요, pixchan 한국어판(/kr/) 관리자입니다.

요청 KCSC-240903-01 관련 처리 결과 알려드립니다.

{P[4]}（/kr/ 게시판）: 오늘 오전 삭제 완료했습니다.
{P[12]}의 경우 작성자가 이미 스스로 지운 글이라 저희 쪽에서는 찾을 수 없었습니다.

나머지 항목은 영어권 운영진이 따로 회신할 예정입니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean-speaking board admin replying informally to a 삭제 요청",
    why="삭제 완료 for 58233 (full-width brackets after the URL); 7741 already deleted by its author (URL glued to 의)",
    items={P[4]: "removed", P[12]: "not_found"},
)

case(
    name="pix-echoed-report",
    from_="noreply@pixchan.org", name_from="pixchan reports",
    date="Sat, 07 Sep 2024 16:05:48 +0000",
    subject="Your report r-88213 has been closed",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""pixchan report system - notice to reporter

Your report has been closed.

  Report ID:   r-88213
  Board:       /pol/
  Post:        {P[5]}
  Reason:      Illegal content (KCSC-240903-01)
  Filed:       2024-09-03 09:51 UTC
  Resolution:  Dismissed - the post does not break the global rules
               or the /pol/ board rules
  Closed by:   volunteer moderator #14

This is an automated message; replies go to the moderation queue.
""",
    outcome="applied", classification="confirmation",
    imitates="report-system closure notice echoing the report fields (auto-generated, not an auto-reply)",
    why="a generated outcome notice, not an out-of-office: the echoed post was dismissed as breaking no rule",
    items={P[5]: "rejected"},
)

# ================================================================ NimbusHost
case(
    name="nimbus-ticket-resolved",
    from_="abuse@nimbushost.net", name_from="NimbusHost Abuse Desk",
    date="Fri, 06 Sep 2024 09:12:40 +0000",
    subject="[Ticket#NH-448120] Resolved: abuse report KCSC-240904-02",
    reply_to_req=req_id("KCSC-240904-02"),
    body=f"""Hello,

This is an update on abuse ticket NH-448120.

Our customer (the operator of moa-gallery.net) has removed the material
you reported. We checked both addresses ourselves and they now return
404 Not Found:

  - {N[1]}
  - {N[2]}

We are closing this part of the ticket. The other addresses in your
report are handled under ticket NH-448121.

Regards,
Ines Marsh
NimbusHost Abuse Department
https://www.nimbushost.net/legal/aup
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider abuse ticket update after the customer cleaned up",
    why="customer removed the material, both listed addresses now 404; AUP link is not an item",
    items={N[1]: "removed", N[2]: "removed"},
)

case(
    name="nimbus-suspension-wrapped",
    from_="abuse@nimbushost.net", name_from="NimbusHost Abuse Desk",
    date="Sat, 07 Sep 2024 03:44:09 +0000",
    subject="[Ticket#NH-448121] Closed: abuse report KCSC-240904-02",
    reply_to_req=req_id("KCSC-240904-02"),
    body="""Hi,

We have suspended the shared hosting account that served the following
page, and the whole site now shows our suspension notice:
http://hanul-share.com/board/free/2207

Regarding <https://198.51.100.77/~jinwoo/
leak/index.html>: that IP address is ours, but there is no user
"jinwoo" on the machine and the path does not exist, so there was
nothing to remove.

Ticket NH-448121 is now closed.

--
Tomasz Riedel
NimbusHost abuse team
""",
    outcome="applied", classification="confirmation",
    imitates="hosting abuse desk: account suspended, second address not on the server",
    why="URL on the line after 'suspended ... page'; the wrapped <...> URL does not exist on the server",
    items={N[3]: "removed", N[4]: "not_found"},
)

NIM_QP = f"""Dear KCSC team,

Following your notice KCSC-240904-02 we asked our customer to respond and reviewed the two gallery pages against our Acceptable Use Policy.

{N[1]} – the customer removed this page on 5 September after our request; it is gone.

{N[2]} – we do not consider this page to be in breach of our AUP or of the law that applies to us, and we will not require the customer to remove it. It stays online.

If you hold a court order concerning the second page, you can send it to legal@nimbushost.net.

Kind regards,
NimbusHost Legal & Abuse
"""
case(
    name="nimbus-qp-aup-review",
    from_="legal@nimbushost.net", name_from="NimbusHost Legal",
    date="Mon, 09 Sep 2024 14:30:00 +0000",
    subject="Your notice KCSC-240904-02",
    reply_to_req=req_id("KCSC-240904-02"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(NIM_QP)}""",
    outcome="applied", classification="confirmation",
    imitates="host's legal team: one page removed by the customer, one refused as not in breach of the AUP",
    why="quoted-printable body: 1182 removed; 1190 not in breach, stays online (the court-order line is an invitation, not a question)",
    items={N[1]: "removed", N[2]: "rejected"},
)

case(
    name="nimbus-outlook-top-post",
    from_="r.okafor@nimbushost.net", name_from="Rita Okafor",
    date="Thu, 05 Sep 2024 08:27:55 +0000",
    subject="RE: Removal request KCSC-240904-02",
    reply_to_req=req_id("KCSC-240904-02"),
    body=f"""Hi,

The customer has taken down {N[2]} and we have
disabled {N[3]} at the web server level
(it returns 403 for everyone now).

Best,
Rita Okafor
Abuse Handling | NimbusHost

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 9:02 AM
To: abuse@nimbushost.net
Subject: Removal request KCSC-240904-02

{REQ_NIM}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from an abuse handler with the request below -----Original Message-----",
    why="two URLs in the top text taken down / disabled for everyone; the original message below is ours",
    items={N[2]: "removed", N[3]: "removed"},
)

# ================================================================ EdgeVeil
case(
    name="edgeveil-sites-geoblock",
    from_="trust-safety@edgeveil.com", name_from="EdgeVeil Trust & Safety",
    date="Tue, 10 Sep 2024 18:02:13 +0000",
    subject="EdgeVeil abuse report EV-7Q2K-91: action taken",
    body=f"""Hello,

Report ID: EV-7Q2K-91
Reported URL: {E[3]}

This URL is served from EdgeVeil Sites, our hosting product, so we are
the hosting provider for it. After review we have blocked access to the
reported page for visitors in the Republic of Korea. It remains
reachable from other countries, where our review did not find it
unlawful.

The site operator has been informed and can appeal at
https://dash.edgeveil.com/appeals.

EdgeVeil Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN that also hosts the site (edge hosting product) geo-blocking the page",
    why="blocked for visitors in Korea, reachable elsewhere: restricted; appeal link is not an item",
    items={E[3]: "restricted"},
)

case(
    name="edgeveil-passthrough-no-action",
    from_="abuse@edgeveil.com", name_from="EdgeVeil Abuse",
    date="Mon, 09 Sep 2024 05:40:31 +0000",
    subject="Re: KCSC-240906-03",
    reply_to_req=req_id("KCSC-240906-03"),
    body=f"""Hi there,

Thank you for your report (ref. KCSC-240906-03).

EdgeVeil provides a pass-through proxy and CDN for kr-hotdeal-leak.com.
We are not the host of that website and we are not able to remove
material stored on someone else's server. We have therefore taken no
action on:

{E[1]}
{E[2]}

Both pages remain available through our network. We have forwarded your
complaint to the website owner and to its hosting provider, who are able
to act on it.

EdgeVeil Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Cloudflare-style 'we are a pass-through CDN, we do not host this' reply",
    why="an explicit refusal with its reason (not the host), both pages stay up: rejected (arguable, see NOTES)",
    items={E[1]: "rejected", E[2]: "rejected"},
)

case(
    name="edgeveil-dsa-sor",
    from_="dsa-notices@edgeveil.com", name_from="EdgeVeil Sites",
    date="Wed, 11 Sep 2024 07:15:00 +0000",
    subject="Statement of reasons SOR-2024-0911-00417",
    body=f"""Statement of reasons - EdgeVeil Sites

Reference:              SOR-2024-0911-00417
Your notice:            KCSC-240906-03
Content concerned:      {E[2]}
Type of restriction:    access to the content disabled in the Republic of
                        Korea (geo-restriction); the content remains
                        available in other countries
Facts relied on:        notice from a public authority; page reviewed by
                        our staff on 11 September 2024
Ground:                 illegal content under the law of the Republic of
                        Korea
Automated means used:   no
Redress:                internal complaint system at
                        https://dash.edgeveil.com/appeals

EdgeVeil B.V., Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons with a territorial restriction",
    why="access disabled in the Republic of Korea only: restricted",
    items={E[2]: "restricted"},
)

# ================================================================ Hanbit Domain
case(
    name="hanbit-clienthold",
    from_="abuse@hanbitdomain.co.kr", name_from="한빛도메인 남용대응팀",
    date="Tue, 10 Sep 2024 05:33:10 +0000",
    subject=subj("[한빛도메인] 도메인 정지 조치 완료 안내 (KCSC-240909-04)"),
    reply_to_req=req_id("KCSC-240909-04"),
    body="""안녕하십니까, 한빛도메인 도메인 남용 대응팀입니다.

귀 위원회의 요청(KCSC-240909-04)에 따라 아래 도메인에 대해 조치하였음을
알려드립니다.

 - 도메인명: secure-kbank-login.kr
 - 조치 내용: 도메인 정지(clientHold) 및 네임서버 위임 해제
 - 조치 일시: 2024-09-10 14:20 (KST)

위 조치로 해당 도메인은 국내외 어디에서도 더 이상 접속되지 않습니다.
등록인에게는 같은 내용을 통지하였습니다.

한빛도메인 주식회사 | 도메인 남용 신고: abuse@hanbitdomain.co.kr
""",
    outcome="applied", classification="confirmation",
    imitates="Korean registrar notice of a clientHold suspension for a phishing domain",
    why="the requested domain put on clientHold, unreachable everywhere: removed (named by bare domain, see NOTES)",
    items={H[1]: "removed"},
)

case(
    name="hanbit-text-table",
    from_="abuse@hanbitdomain.co.kr", name_from="한빛도메인 남용대응팀",
    date="Wed, 11 Sep 2024 02:08:47 +0000",
    subject=subj("[한빛도메인] 도메인 신고 처리 결과 안내 (KCSC-240909-04)"),
    body=f"""[한빛도메인] 도메인 신고 처리 결과 안내

접수하신 신고(KCSC-240909-04)의 처리 결과는 아래와 같습니다.

번호 | 신고 URL                       | 처리 결과
-----+--------------------------------+------------------------------------------
1    | {H[1]}  | 도메인 정지(clientHold) 완료
2    | {H[2]}   | 해당 도메인 없음 (9월 2일 기간 만료로 삭제, 현재 미등록)

문의: abuse@hanbitdomain.co.kr
""",
    outcome="applied", classification="confirmation",
    imitates="registrar result table in a Korean plain-text mail",
    why="row 1 domain suspended; row 2 the domain no longer exists (expired and deleted): not_found",
    items={H[1]: "removed", H[2]: "not_found"},
)

# ================================================================ Moktalk
case(
    name="moktalk-admin-arrows",
    from_="admin@moktalk.kr", name_from="목톡 운영자",
    date="Wed, 11 Sep 2024 03:21:30 +0000",
    subject=subj("Re: [KCSC-240910-05] 게시물 삭제 요청"),
    reply_to_req=req_id("KCSC-240910-05"),
    body=f"""운영자입니다. 말씀하신 글 처리했습니다.

{M[1]} → 삭제
{M[2]} → 블라인드 처리
{M[3]} → 확인해보니 작성자가 이미 지운 글입니다.

태그 페이지와 회원 건은 내일 중으로 보겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="one-person Korean forum admin answering with arrows",
    why="삭제 and 블라인드 are removal; third post already deleted by its author: not_found; the tag/member line is a promise naming nothing",
    items={M[1]: "removed", M[2]: "removed", M[3]: "not_found"},
)

case(
    name="moktalk-tag-and-member",
    from_="admin@moktalk.kr", name_from="목톡 운영팀",
    date="Thu, 12 Sep 2024 06:55:02 +0000",
    subject=subj("Re: [KCSC-240910-05] 게시물 삭제 요청"),
    reply_to_req=req_id("KCSC-240910-05"),
    body=f"""목톡 운영팀입니다.

{M_TAG_RAW} 태그 페이지는 국내 IP에서 접근 제한 걸어 두었습니다(해외 접속은 그대로입니다).

{M[5]} 회원은 영구 이용정지했고 프로필과 작성글 전체를 비공개 처리했습니다.

문의는 이 메일로 회신 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum admin on a tag page (raw Hangul path) and a member page",
    why="tag page 접근 제한 for domestic IPs only: restricted; member suspended and everything 비공개: removed",
    items={M[4]: "restricted", M[5]: "removed"},
)

case(
    name="moktalk-keep-outlook",
    from_="policy@moktalk.kr", name_from="목톡 정책팀",
    date="Thu, 12 Sep 2024 09:10:44 +0000",
    subject=subj("RE: [KCSC-240910-05] 게시물 삭제 요청"),
    reply_to_req=req_id("KCSC-240910-05"),
    body=f"""안녕하세요, 목톡 정책팀입니다.

{M[3]} 게시글은 내부 검토 결과 커뮤니티 이용규칙 및
관련 법령 위반 소지가 확인되지 않아 게시를 유지하기로 했습니다.

나머지 4건은 처리 중이며 완료되는 대로 별도로 회신드리겠습니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 10:05 AM
To: admin@moktalk.kr
Subject: [KCSC-240910-05] 게시물 삭제 요청

{REQ_MOK}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum policy team refusing one post, Outlook-quoted request below",
    why="one post kept (no rule or law broken): rejected; 'remaining 4 in progress' names none; the quote is ours",
    items={M[3]: "rejected"},
)

MOK_HTML = f"""<html><head><meta charset="utf-8"></head><body>
<p>방송통신심의위원회 귀중</p>
<p>시정요구(KCSC-240910-05)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1">
<tr><th>연번</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{M[1]}</td><td>삭제</td><td>2024-09-11</td></tr>
<tr><td>2</td><td>{M[2]}</td><td>게시중단</td><td>2024-09-11</td></tr>
<tr><td>3</td><td>{M[3]}</td><td>블라인드</td><td>2024-09-12</td></tr>
<tr><td>4</td><td><a href="{M[4]}">{M_TAG_RAW}</a></td><td>접속차단(국내)</td><td>2024-09-12</td></tr>
<tr><td>5</td><td>{M[5]}</td><td>해당 없음 (이미 탈퇴한 회원)</td><td>-</td></tr>
</table>
<p>목톡 운영팀 드림</p>
</body></html>
"""
case(
    name="moktalk-b64-html-table",
    from_="admin@moktalk.kr", name_from="목톡 운영팀",
    date="Fri, 13 Sep 2024 01:02:33 +0000",
    subject=subj("시정요구 조치결과 회신 (KCSC-240910-05)"),
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(MOK_HTML)}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table, base64-encoded HTML",
    why="삭제/게시중단/블라인드 removed, 접속차단(국내) restricted, member already withdrew: not_found",
    items={M[1]: "removed", M[2]: "removed", M[3]: "removed", M[4]: "restricted",
           M[5]: "not_found"},
)

# ================================================================ FileBurrow
case(
    name="fileburrow-angle-brackets",
    from_="abuse@fileburrow.io", name_from="FileBurrow Abuse",
    date="Thu, 12 Sep 2024 15:47:21 +0000",
    subject="Re: Copyright notice KCSC-240911-06",
    reply_to_req=req_id("KCSC-240911-06"),
    body=f"""Hello,

We processed your notice KCSC-240911-06. Outcome per link:

* <{F[1]}> - file disabled, no longer downloadable
* <{F[2]}> - file disabled, no longer downloadable
* <{F[3]}> - invalid link, this folder id was never issued

The uploader's account has received a strike.

FileBurrow Abuse
https://fileburrow.io/abuse
""",
    outcome="applied", classification="confirmation",
    imitates="file host abuse desk answering per link, URLs in angle brackets",
    why="two files disabled; the folder link is invalid (never existed): not_found",
    items={F[1]: "removed", F[2]: "removed", F[3]: "not_found"},
)

case(
    name="fileburrow-one-liner",
    from_="dan@fileburrow.io", name_from="Dan",
    date="Wed, 11 Sep 2024 23:58:02 +0000",
    subject="Re: Copyright notice KCSC-240911-06",
    reply_to_req=req_id("KCSC-240911-06"),
    body=f"""{F[2]} killed, uploader banned. -dan

Sent from my phone
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from a small service's founder on his phone",
    why="'killed' = taken down, for the one URL named",
    items={F[2]: "removed"},
)

FB_QP = f"""Hi,

Following your notice KCSC-240911-06 we have taken down the folder {F[3]} together with all 37 files stored in it, and the folder link now shows "removed for a legal reason" to every visitor.

Regards,
FileBurrow Trust & Safety
"""
case(
    name="fileburrow-qp-folder",
    from_="trust@fileburrow.io", name_from="FileBurrow Trust & Safety",
    date="Fri, 13 Sep 2024 10:11:12 +0000",
    subject="Notice KCSC-240911-06 - folder removed",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(FB_QP)}""",
    outcome="applied", classification="confirmation",
    imitates="file host trust & safety mail, quoted-printable with soft line breaks",
    why="folder taken down with its files, link shows 'removed for a legal reason'",
    items={F[3]: "removed"},
)

# ================================================================ Diskpang
case(
    name="diskpang-sole-statement",
    from_="protect@diskpang.co.kr", name_from="디스크팡 고객보호팀",
    date="Fri, 13 Sep 2024 02:40:00 +0000",
    subject=subj("[디스크팡] 시정요구 조치결과 회신 (KCSC-240912-07)"),
    body="""안녕하세요. 디스크팡 고객보호팀입니다.

귀 위원회에서 요청하신 시정요구(KCSC-240912-07) 건에 대하여 해당 콘텐츠를
2024년 9월 13일 자로 게시중단 처리하였으며, 동일 파일이 다시 올라오지
않도록 해시 필터링 목록에도 등록하였습니다.

감사합니다.
디스크팡 고객보호팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean webhard 시정요구 조치결과 회신 naming only the request",
    why="one-item request, 게시중단 of 'the content' of that request: applies to its only item",
    items={D[1]: "removed"},
)

DP_CSV = ("\ufeff접수번호,URL,처리결과,비고\n"
          f"KCSC-240912-07,{D[1]},유지,제휴 콘텐츠(저작권자와 정식 계약)로 확인되어 게시 유지\n")
case(
    name="diskpang-csv-keep",
    from_="protect@diskpang.co.kr", name_from="디스크팡 고객보호팀",
    date="Mon, 16 Sep 2024 05:20:18 +0000",
    subject=subj("[디스크팡] 요청 건 처리 결과"),
    reply_to_req=req_id("KCSC-240912-07"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_dp_5521"

--=_dp_5521
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 디스크팡입니다.
요청하신 건의 처리 결과를 첨부 파일로 보내드립니다.

--=_dp_5521
Content-Type: text/csv; charset=utf-8; name="result.csv"
Content-Disposition: attachment; filename="result.csv"
Content-Transfer-Encoding: base64

{b64(DP_CSV)}
--=_dp_5521--
""",
    outcome="applied", classification="confirmation",
    imitates="webhard sending its result as a base64 CSV (UTF-8 with BOM)",
    why="CSV row: 유지, a licensed (제휴) title kept online: rejected",
    items={D[1]: "rejected"},
)

# ================================================================ review
case(
    name="pix-bulk-all-gone",
    from_="admin@pixchan.org", name_from="pixchan admin",
    date="Sun, 08 Sep 2024 12:00:41 +0000",
    subject="Re: [KCSC-240903-01] Removal request - pixchan.org",
    reply_to_req=req_id("KCSC-240903-01"),
    body=f"""All done, every post and file in your list is gone now.

-- pixchan admin

On Tue, Sep 3, 2024 at 6:40 PM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(REQ_PIX)}
""",
    outcome="review", review="bulk",
    imitates="top-posted 'all done' over the quoted list",
    why="one sentence for twelve items, none named outside the quote: bulk",
    items={u: "pending" for u in P.values()},
)

case(
    name="nimbus-forwarded-48h",
    from_="abuse@nimbushost.net", name_from="NimbusHost Abuse Desk",
    date="Thu, 05 Sep 2024 02:31:55 +0000",
    subject="[Ticket#NH-448120] Forwarded to customer: KCSC-240904-02",
    reply_to_req=req_id("KCSC-240904-02"),
    body=f"""Hello,

We have forwarded your complaint about {N[1]} to our
customer and given them 48 hours to respond. If they do not remove the
material in that time we will disable the page ourselves.

We will let you know the outcome.

NimbusHost Abuse Desk (ticket NH-448120)
""",
    outcome="review", review="not_understood",
    imitates="hosting abuse desk 'forwarded to the customer, 48 hours' notice",
    why="a named URL with only a forward and a conditional promise: nothing happened yet",
    items={N[1]: "pending"},
)

case(
    name="moktalk-hedge",
    from_="admin@moktalk.kr", name_from="목톡 운영자",
    date="Wed, 11 Sep 2024 00:15:09 +0000",
    subject=subj("Re: [KCSC-240910-05] 게시물 삭제 요청"),
    reply_to_req=req_id("KCSC-240910-05"),
    body=f"""안녕하세요.

{M[2]} 글은 확인해 보니 이미 삭제된 것으로 보입니다.
정확한 처리 이력은 개발팀 확인 후 다시 알려드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean forum admin unsure what happened to a post",
    why="'삭제된 것으로 보입니다' is a hedge, not a statement; history to be checked later",
    items={M[2]: "pending"},
)

case(
    name="fileburrow-spoofed",
    from_="abuse@fileburrow.io", name_from="FileBurrow Abuse",
    auth="fail",
    date="Thu, 12 Sep 2024 04:02:50 +0000",
    subject="Re: Copyright notice KCSC-240911-06",
    body=f"""Hello,

File {F[1]} has been deleted following your notice
KCSC-240911-06.

FileBurrow Abuse
""",
    outcome="review", review="untrusted",
    imitates="file host abuse reply failing DKIM/SPF/DMARC",
    why="platform domain but authentication fails",
    items={F[1]: "pending"},
)

case(
    name="pix-unknown-volunteer",
    from_="hyunjanitor@kmail.example", name_from="Hyun (pixchan /kr/ janitor)",
    date="Wed, 04 Sep 2024 11:48:26 +0000",
    subject="about your pixchan request KCSC-240903-01",
    body=f"""Hello,

I'm one of the volunteer janitors on pixchan /kr/. I saw your request
in the staff channel and deleted {P[1]} and
{P[2]} myself.

Hyun
""",
    outcome="review", review="unknown_sender",
    imitates="volunteer moderator writing from a personal mailbox",
    why="statements about pixchan items from a domain that is no platform's",
    items={P[1]: "pending", P[2]: "pending"},
)

case(
    name="nimbus-wrong-platform",
    from_="abuse@nimbushost.net", name_from="NimbusHost Abuse Desk",
    date="Mon, 09 Sep 2024 07:36:14 +0000",
    subject="Re: content on i.pixchan.org",
    body=f"""Hello,

The media server of pixchan.org is a dedicated server in our Frankfurt
datacenter, so your complaint also reached us. At our request the
server's operator has removed {P[9]}.

NimbusHost Abuse Desk
""",
    outcome="review", review="wrong_platform",
    imitates="upstream host reporting action on its customer's (another platform's) file",
    why="NimbusHost states a status for an item requested from pixchan",
    items={P[9]: "pending"},
)

case(
    name="edgeveil-policy-change",
    from_="abuse-noreply@edgeveil.com", name_from="EdgeVeil Trust & Safety",
    date="Fri, 13 Sep 2024 16:00:00 +0000",
    subject="Changes to how EdgeVeil handles abuse reports from 1 October 2024",
    body="""Hello,

You are receiving this message because you have sent abuse reports to
EdgeVeil in the last twelve months.

From 1 October 2024, reports sent by email to abuse@edgeveil.com will no
longer be processed. Please use the web form at
https://www.edgeveil.com/abuse instead. Public authorities can request
an account for the trusted reporter portal at
https://www.edgeveil.com/abuse/authorities.

Thank you,
EdgeVeil Trust & Safety
""",
    outcome="review", review="no_claims",
    imitates="CDN circular about a new abuse-report channel",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="hanbit-asks-docs",
    from_="abuse@hanbitdomain.co.kr", name_from="한빛도메인 남용대응팀",
    date="Tue, 10 Sep 2024 08:45:00 +0000",
    subject=subj("[한빛도메인] 추가 자료 요청 (KCSC-240909-04)"),
    reply_to_req=req_id("KCSC-240909-04"),
    body=f"""안녕하십니까, 한빛도메인입니다.

요청하신 건(KCSC-240909-04) 중 {H[2]} 에 대해서는
등록인이 피싱 사이트가 아니라고 소명하여, 도메인 정지 조치 전에
아래 자료를 추가로 받아야 합니다.

 1. 기관 명의의 공문 (직인 날인 PDF)
 2. 피싱 화면 캡처 및 확인 일시

자료를 회신해 주시면 검토 후 조치하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean registrar asking for an official letter before suspending a domain",
    why="asks for documents before acting on a named domain",
    items={H[2]: "pending"},
)

case(
    name="fileburrow-bulk",
    from_="abuse@fileburrow.io", name_from="FileBurrow Abuse",
    date="Fri, 13 Sep 2024 06:30:27 +0000",
    subject="Re: Copyright notice KCSC-240911-06",
    reply_to_req=req_id("KCSC-240911-06"),
    body="""Hello,

Regarding your notice KCSC-240911-06: all of the reported files have
been disabled and are no longer available for download.

FileBurrow Abuse
""",
    outcome="review", review="bulk",
    imitates="file host 'all reported files disabled' reply",
    why="one statement for a three-item request without naming any link",
    items={F[1]: "pending", F[2]: "pending", F[3]: "pending"},
)

case(
    name="pix-under-review",
    from_="mods@pixchan.org", name_from="pixchan mods",
    date="Fri, 06 Sep 2024 09:09:09 +0000",
    subject="Re: [KCSC-240903-01] Removal request - pixchan.org",
    reply_to_req=req_id("KCSC-240903-01"),
    body=f"""hi,

the /gal/ board owner is reviewing {P[12]} - it's a
photography board and he wants to check the uploader's claim that the
people in the photos agreed to them first. I'll write again once he has
decided.

- k
""",
    outcome="review", review="not_understood",
    imitates="moderator reporting a thread is under review by the board owner",
    why="'is reviewing' and a promise to write again: no status yet for the named thread",
    items={P[12]: "pending"},
)

NIM_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
           b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
           b"3 0 obj<</Length 44>>stream\nx\x9c\x0b\xc9\xc8,V\x00\xa2D\x85\xb4\xc4\xcc\x9c\xd4\x14\x00"
           b"\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
case(
    name="nimbus-pdf-attachment",
    from_="legal@nimbushost.net", name_from="NimbusHost Legal",
    date="Tue, 10 Sep 2024 10:00:00 +0000",
    subject="Response to notice KCSC-240904-02",
    reply_to_req=req_id("KCSC-240904-02"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="nh-legal-0910"

--nh-legal-0910
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Dear Sir or Madam,

Please find attached our formal response to your notice KCSC-240904-02.

NimbusHost Legal

--nh-legal-0910
Content-Type: application/pdf; name="NH-response-KCSC-240904-02.pdf"
Content-Disposition: attachment; filename="NH-response-KCSC-240904-02.pdf"
Content-Transfer-Encoding: base64

{b64(NIM_PDF)}
--nh-legal-0910--
""",
    outcome="review", review="unreadable_attachment",
    imitates="host's legal department answering only in an attached PDF letter",
    why="the answer is in a PDF the reader cannot read; the body says nothing about items",
    items={},
)

# ================================================================ ignored
case(
    name="pix-out-of-office",
    from_="admin@pixchan.org", name_from="pixchan admin",
    date="Tue, 03 Sep 2024 09:41:02 +0000",
    subject="Auto: Away until 23 September",
    reply_to_req=req_id("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: auto_reply"],
    body="""I am travelling until 23 September with limited access to mail.

For moderation matters please write to mods@pixchan.org; the mod team
handles reports while I am away.
""",
    outcome="ignored", classification="auto_reply",
    imitates="out-of-office auto-reply from a site admin",
    why="out-of-office reply",
    items={},
)

NIM_DSN = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-4Kq2"

--dsn-4Kq2
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.nimbushost.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-kr@nimbushost.net>: host mailstore.nimbushost.net[203.0.113.25]
    said: 550 5.1.1 <abuse-kr@nimbushost.net>: Recipient address rejected:
    User unknown in virtual mailbox table

--dsn-4Kq2
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.nimbushost.net
Arrival-Date: Wed,  4 Sep 2024 00:02:11 +0000 (UTC)

Final-Recipient: rfc822; abuse-kr@nimbushost.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-4Kq2
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-kr@nimbushost.net
Subject: Removal request KCSC-240904-02
Message-ID: <{req_id("KCSC-240904-02")}@kcsc.example>
Date: Wed, 04 Sep 2024 09:02:00 +0900
Content-Type: text/plain; charset=utf-8

{REQ_NIM}

--dsn-4Kq2--
"""
case(
    name="nimbus-dsn-user-unknown",
    from_="MAILER-DAEMON@mx2.nimbushost.net", name_from="Mail Delivery System",
    date="Wed, 04 Sep 2024 00:02:12 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=NIM_DSN,
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN for an unknown abuse mailbox, returning the full request",
    why="delivery status notification; the URLs are in the returned request",
    items={},
)

MOK_MDN = f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-77ab"

--mdn-77ab
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 수신자가 읽었습니다.

제목: [KCSC-240910-05] 게시물 삭제 요청
읽은 시간: 2024-09-10 오후 2:31

--mdn-77ab
Content-Type: message/disposition-notification

Reporting-UA: moktalk.kr; Webmail
Final-Recipient: rfc822; admin@moktalk.kr
Original-Message-ID: <{req_id("KCSC-240910-05")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-77ab--
"""
case(
    name="moktalk-read-receipt",
    from_="admin@moktalk.kr", name_from="목톡 운영자",
    date="Tue, 10 Sep 2024 05:31:40 +0000",
    subject=subj("읽음: [KCSC-240910-05] 게시물 삭제 요청"),
    reply_to_req=req_id("KCSC-240910-05"),
    raw_mime=MOK_MDN,
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (MDN)",
    why="read receipt",
    items={},
)

case(
    name="fileburrow-ticket-receipt",
    from_="support@fileburrow.io", name_from="FileBurrow Support",
    date="Wed, 11 Sep 2024 01:10:35 +0000",
    subject="[FB-20931] We received your report: Copyright notice KCSC-240911-06",
    reply_to_req=req_id("KCSC-240911-06"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hi,

Thanks for contacting FileBurrow. We've received your report and created
ticket FB-20931.

Our abuse team usually answers within 72 hours. You don't need to send
your report again; just reply to this email if you want to add
anything.

FileBurrow Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket creation receipt",
    why="pure receipt: ticket created, nothing about any item",
    items={},
)

case(
    name="hanbit-receipt-korean",
    from_="noreply@hanbitdomain.co.kr", name_from="한빛도메인",
    date="Mon, 09 Sep 2024 01:05:00 +0000",
    subject=subj("[한빛도메인] 신고 접수 완료 안내 (접수번호 2024090900123)"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, 한빛도메인입니다.

고객님의 도메인 남용 신고가 정상적으로 접수되었습니다.

 - 접수번호: 2024090900123
 - 접수일시: 2024-09-09 10:05
 - 신고 유형: 피싱

담당자가 확인한 뒤 처리 결과를 메일로 안내해 드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean registrar automatic 신고 접수 완료 안내",
    why="receipt with a ticket number only",
    items={},
)

case(
    name="diskpang-out-of-office",
    from_="kim.sj@diskpang.co.kr", name_from="김세진",
    date="Thu, 12 Sep 2024 03:00:12 +0000",
    subject=subj("[자동회신] 부재중입니다"),
    reply_to_req=req_id("KCSC-240912-07"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요, 김세진입니다.

9월 12일(목)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 고객보호팀(protect@diskpang.co.kr)으로 연락 부탁드립니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (추석 연휴)",
    why="out-of-office reply",
    items={},
)


HEADER = """# Blind set 667 (tests/corpus/blind667): hosting providers, a CDN, a
# registrar, a Korean forum, an image board, a file host and a webhard.
# Written from each email's meaning before the reader was run.
# Generated by make.py; do not edit by hand.
"""


def main():
    write_requests()
    for c in cases:
        c["from"] = c.pop("from_")
        if "name_from" in c:
            c["name_from"] = subj(c["name_from"])
    corpuslib.write_set(HERE, SET, HEADER, cases)
    print("wrote %d cases" % len(cases))


if __name__ == "__main__":
    main()
