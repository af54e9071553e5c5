#!/usr/bin/env python3
"""Blind set 481: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a paste site answering (often informally), plus
CSV attachments and plain-text tables.

    python3 tests/corpus/blind481/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Expected
results were written from each email's meaning alone, before any run of the
reader. Every name, address, URL and id is fictional.
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

SET = "blind481"

# ---------------------------------------------------------------- requests
S = {i: u for i, u in enumerate([
    "https://stashbox.io/f/Xk29dPq",
    "https://stashbox.io/f/Lm83TzA",
    "https://stashbox.io/f/Qw71bNc",
    "https://stashbox.io/f/Rt44hKe",
    "https://stashbox.io/f/Zp90mVu",
    "https://stashbox.io/f/Hd12sWy",
    "https://stashbox.io/f/Jn56cGo",
    "https://stashbox.io/f/Bv38eLi",
    "https://stashbox.io/folder/7731-kp",
    "https://dl.stashbox.io/f/Yc65rFa/video_part1.mp4",
    "https://stashbox.io/f/Wu27gDs",
    "https://stashbox.io/f/Ke09pQm?dl=1",
    "https://stashbox.io/f/Nf48tHb",
], start=1)}
H = {
    1: "https://luckyspin-casino.nimbus-sites.net/",
    2: "https://luckyspin-casino.nimbus-sites.net/join.php",
    3: "http://203.0.113.57/~hanpharm/shop/index.html",
    4: "https://drugs-kr.nimbus-sites.net/order?item=12",
}
C = {
    1: "https://img.veloxcdn.com/p/88231/a1.jpg",
    2: "https://img.veloxcdn.com/p/88231/a2.jpg",
    3: "https://vid.veloxcdn.com/s/kd93jf2/master.m3u8",
}
D = {
    1: "http://hanbit-securebank-login.top/",
    2: "http://kr-refund-gov.online/apply",
}
F = {
    1: "https://dalbitforum.kr/free/88123",
    2: "https://dalbitforum.kr/free/88190",
    3: "https://dalbitforum.kr/humor/5521",
    4: "https://dalbitforum.kr/%EC%9E%A5%ED%84%B0/77012",
    5: "https://dalbitforum.kr/bbs/board.php?bo_table=photo&wr_id=3301",
}
F4_RAW = "https://dalbitforum.kr/장터/77012"
K = {
    1: "https://kiwichan.net/b/res/331204.html",
    2: "https://kiwichan.net/b/res/331877.html",
    3: "https://i.kiwichan.net/b/src/1725980012345.jpg",
}
P = {1: "https://pastehut.org/raw/aZ8kL2qP"}

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, msgid-local, note
    ("KCSC-240903-01", "stashbox", "2024-09-03T14:20:00+09:00", "2024-09-10T18:00:00+09:00",
     list(S.values()), "obscene", "req-240903-01",
     'file host; 13 links, one a folder, one "?dl=1" direct link'),
    ("KCSC-240905-02", "nimbushost", "2024-09-05T10:05:00+09:00", "2024-09-12T18:00:00+09:00",
     list(H.values()), "gambling", "req-240905-02",
     "shared hosting, customer sites and one bare-IP path"),
    ("KCSC-240909-03", "veloxcdn", "2024-09-09T09:40:00+09:00", "2024-09-16T18:00:00+09:00",
     list(C.values()), "obscene", "req-240909-03",
     "CDN edge objects (images, HLS stream)"),
    ("KCSC-240910-04", "namegarden", "2024-09-10T11:00:00+09:00", "2024-09-17T18:00:00+09:00",
     list(D.values()), "phishing", "req-240910-04",
     "registrar: phishing domains, bank and refund lures"),
    ("KCSC-240911-05", "dalbitforum", "2024-09-11T15:30:00+09:00", "2024-09-18T18:00:00+09:00",
     list(F.values()), "defamation", "req-240911-05",
     "Korean community forum; one Korean path (장터), stored percent-encoded"),
    ("KCSC-240912-06", "kiwichan", "2024-09-12T09:10:00+09:00", "2024-09-19T18:00:00+09:00",
     list(K.values()), "privacy", "req-240912-06",
     "image board: two threads and one image file"),
    ("KCSC-240913-07", "pastehut", "2024-09-13T16:45:00+09:00", "2024-09-20T18:00:00+09:00",
     list(P.values()), "privacy", "req-240913-07",
     "paste site, one doxxing paste"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])


def quoted_request(ref, urls, prefix=""):
    lines = [
        "Dear Trust & Safety team,",
        "",
        "The Korea Communications Standards Commission asks you to remove or",
        "restrict the following content, which violates Korean law.",
        f"Reference: {ref}",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please reply to this address with the action taken for each URL.", "",
              "KCSC Takedown Desk"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


CASES = []


def case(**kw):
    CASES.append(kw)


def enc(text):
    """RFC 2047 encoded-word, as mail clients write non-ASCII headers."""
    return Header(text, "utf-8").encode()


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


# ================================================================ APPLIED

csv_att = "link,action,date,comment\n" + "\n".join([
    f"{S[1]},Removed,2024-09-05,ToS 4.2",
    f"{S[2]},Removed,2024-09-05,ToS 4.2",
    f"{S[3]},Removed,2024-09-05,ToS 4.2",
    f"{S[4]},Removed,2024-09-05,ToS 4.2",
    f"{S[5]},Removed,2024-09-05,ToS 4.2",
    f"{S[6]},Removed,2024-09-05,ToS 4.2",
    f"{S[7]},Removed,2024-09-05,ToS 4.2",
    f"{S[8]},Removed,2024-09-05,ToS 4.2",
    f"{S[9]},Removed,2024-09-05,folder and contents deleted",
    f"{S[10]},Removed,2024-09-05,",
    f"{S[11]},File not found,2024-09-05,no such file id",
    f'"{S[12]}",File not found,2024-09-05,"already deleted by the uploader on 2024-09-02"',
    f'{S[13]},No action,2024-09-05,"trailer published by the rights holder, no violation"',
]) + "\n"
case(
    name="stash-csv-attachment-all-13",
    date="Thu, 05 Sep 2024 17:02:11 +0000", frm="abuse@stashbox.io", name_from="StashBox Abuse",
    subject="Re: [KCSC-240903-01] Removal request - results", reply_to_req="req-240903-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="sbx-7f3a91"

--sbx-7f3a91
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

We have processed the 13 links in your request KCSC-240903-01. The
outcome for each link is in the attached spreadsheet.

Regards,
Aleks
StashBox Abuse Team

--sbx-7f3a91
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_results.csv"
Content-Transfer-Encoding: base64

{b64(csv_att)}
--sbx-7f3a91--
""",
    outcome="applied", classification="confirmation",
    imitates="file-host abuse desk reply with a per-link CSV results sheet",
    why="CSV rows: ten Removed, two File not found (one deleted by uploader), one No action with a reason",
    items={**{S[i]: "removed" for i in range(1, 11)}, S[11]: "not_found", S[12]: "not_found",
           S[13]: "rejected"},
)

case(
    name="stash-plain-text-table",
    date="Wed, 04 Sep 2024 08:41:57 +0000", frm="abuse@stashbox.io", name_from="StashBox Abuse",
    subject="Re: [KCSC-240903-01] Removal request", reply_to_req="req-240903-01",
    body=f"""Hi,

First batch done, the rest is still with the team.

File                                 Result
-----------------------------------  -------------------
{S[1]:<37}Deleted
{S[2]:<37}Deleted
{S[3]:<37}Not found (expired)
{S[4]:<37}Access disabled
{S[5]:<37}Deleted

-- 
StashBox Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="abuse desk pasting a fixed-width plain-text results table",
    why="five rows: Deleted/Access disabled are removed, 'Not found (expired)' is not_found; other links not mentioned",
    items={S[1]: "removed", S[2]: "removed", S[3]: "not_found", S[4]: "removed", S[5]: "removed"},
)

case(
    name="stash-admin-two-liner",
    date="Wed, 04 Sep 2024 23:15:02 +0000", frm="mira@stashbox.io", name_from="Mira K.",
    subject="Re: [KCSC-240903-01] Removal request", reply_to_req="req-240903-01",
    body=f"""both gone:
{S[6]}
{S[7]}

m.
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from a small service's admin",
    why="'both gone' over two bare URLs: both removed",
    items={S[6]: "removed", S[7]: "removed"},
)

case(
    name="stash-ticket-resolved-html",
    date="Fri, 06 Sep 2024 02:30:45 +0000", frm="support@help.stashbox.io",
    name_from="StashBox Support",
    subject="[StashBox Support] Ticket #SB-44821 solved: KCSC-240903-01",
    type="html",
    body=f"""<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>Your ticket <b>#SB-44821</b> has been marked as <b>solved</b>.</p>
<div style="border-left:3px solid #ccc;padding-left:8px">
<p><b>Aleks</b> (StashBox Support)</p>
<p>We removed the following file for breaching section 4 of our
<a href="https://stashbox.io/help/terms-of-service">Terms of Service</a>:<br>
<a href="{S[8]}">{S[8]}</a></p>
<p>The uploader was notified and may appeal through
<a href="https://stashbox.io/help/appeals">our appeals page</a>.</p>
</div>
<p style="color:#888;font-size:11px">If you reply, please keep the ticket number in the subject.</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="help-desk (Zendesk-style) 'ticket solved' notification with the agent's comment",
    why="one file named as removed; ToS and appeal links are the platform's own pages, not items",
    items={S[8]: "removed"},
)

qp_body = f"""Hello again,

Follow-up on your request: we disabled the direct download link {S[10]} (part 1 of the video) and deleted the shared folder {S[9]} with everything in it.

The other links were covered in our earlier replies.

StashBox Abuse

On Tue, 3 Sep 2024 at 14:20, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240903-01", list(S.values()), "> ")}
"""
case(
    name="stash-qp-top-post-over-quote",
    date="Sat, 07 Sep 2024 10:12:33 +0000", frm="abuse@stashbox.io", name_from="StashBox Abuse",
    subject="Re: [KCSC-240903-01] Removal request", reply_to_req="req-240903-01",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(qp_body)}""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted follow-up in quoted-printable over the quoted request",
    why="two links stated (disabled direct link, deleted folder); the 13 quoted lines below state nothing",
    items={S[9]: "removed", S[10]: "removed"},
)

case(
    name="stash-gmail-angle-brackets",
    date="Thu, 05 Sep 2024 06:55:10 +0000", frm="jonas@stashbox.io", name_from="Jonas from StashBox",
    subject="Re: [KCSC-240903-01] Removal request", reply_to_req="req-240903-01",
    body=f"""Hi,

<{S[4]}> and <{S[5]}> were
deleted this morning.

<{S[6]}>: there is no file with that
id on our storage, please double-check the link.

Jonas

On Tue, Sep 3, 2024 at 7:20 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240903-01", list(S.values()), "> ")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail reply with URLs in angle brackets over the quoted request",
    why="two URLs deleted, one 'no file with that id' (not_found); quoted list is not a statement",
    items={S[4]: "removed", S[5]: "removed", S[6]: "not_found"},
)

case(
    name="stash-wrapped-folder-url",
    date="Fri, 06 Sep 2024 12:04:19 +0000", frm="abuse@stashbox.io", name_from="StashBox Abuse",
    subject="Re: [KCSC-240903-01] the shared folder", reply_to_req="req-240903-01",
    body="""Hello,

About the shared folder in your list: we have deleted it, together with
the 14 files it contained, and closed the uploading account
(<https://stashbox.io/
folder/7731-kp>).

StashBox Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text reply whose bracketed URL is wrapped by the mail client",
    why="the folder URL, wrapped inside angle brackets, was deleted",
    items={S[9]: "removed"},
)

case(
    name="nimbus-account-suspended-list",
    date="Fri, 06 Sep 2024 09:20:00 +0000", frm="abuse@nimbushost.net", name_from="Nimbus Hosting Abuse Desk",
    subject="[Abuse #NH-230917] Re: KCSC-240905-02 illegal gambling site", reply_to_req="req-240905-02",
    body=f"""Hello,

Thank you for your report. After checking it we suspended the customer
account that hosted the gambling site. The following URLs are no longer
served from our network:

  * {H[1]}
  * {H[2]}

The customer has been told why. The remaining URLs in your report are
still being looked at and we will write again.

Kind regards,
Petra Lind
Abuse Desk, Nimbus Hosting
""",
    outcome="applied", classification="confirmation",
    imitates="shared-hosting abuse desk reply: customer account suspended",
    why="two listed URLs no longer served after account suspension: removed; the rest 'still being looked at' unnamed",
    items={H[1]: "removed", H[2]: "removed"},
)

case(
    name="nimbus-customer-removed-ip-path",
    date="Mon, 09 Sep 2024 01:47:30 +0000", frm="abuse@nimbushost.net", name_from="Nimbus Hosting Abuse Desk",
    subject="[Abuse #NH-230917] update", reply_to_req="req-240905-02",
    body=f"""Hi,

Update on KCSC-240905-02: our customer on server 203.0.113.57 has
deleted the ~hanpharm directory after our notice.
{H[3]} now returns 404.

Petra
""",
    outcome="applied", classification="confirmation",
    imitates="host's abuse desk: customer deleted the content after notice",
    why="the customer deleted the directory holding the page: removed",
    items={H[3]: "removed"},
)

case(
    name="nimbus-no-such-site",
    date="Mon, 09 Sep 2024 03:02:12 +0000", frm="abuse@nimbushost.net", name_from="Nimbus Hosting Abuse Desk",
    subject="[Abuse #NH-230917] drugs-kr", reply_to_req="req-240905-02",
    body=f"""Hello,

We could not locate {H[4]} on our platform.
No site or account named drugs-kr exists on nimbus-sites.net and the
hostname does not point to any of our servers.

Petra Lind
Nimbus Hosting
""",
    outcome="applied", classification="confirmation",
    imitates="host's reply that the reported site does not exist on its platform",
    why="'could not locate' / no such site: not_found",
    items={H[4]: "not_found"},
)

case(
    name="nimbus-outlook-original-message",
    date="Tue, 10 Sep 2024 07:31:00 +0000", frm="t.okafor@nimbushost.net", name_from="Tunde Okafor",
    subject="RE: KCSC-240905-02 illegal gambling site", reply_to_req="req-240905-02",
    body=f"""Good morning,

{H[4]} - we found it after all (the
customer had renamed the site). Account terminated, site offline.

Best regards
Tunde Okafor | Nimbus Hosting Trust & Safety

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 10:05 AM
To: abuse@nimbushost.net
Subject: KCSC-240905-02 illegal gambling site

{quoted_request("KCSC-240905-02", list(H.values()))}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the original message pasted below '-----Original Message-----'",
    why="h4 account terminated, site offline: removed; the pasted original names all four but states nothing",
    items={H[4]: "removed"},
)

case(
    name="nimbus-echoed-report-form",
    date="Tue, 10 Sep 2024 11:18:40 +0000", frm="noreply@nimbushost.net", name_from="Nimbus Hosting Abuse",
    subject="Abuse case NH-231004 closed", extra_headers=["X-Nimbus-Case: NH-231004"],
    body=f"""Abuse case NH-231004 has been closed.

--- Your report ---
Reporter:      KCSC Takedown Desk
Reference:     KCSC-240905-02
Reported URL:  {H[3]}
Category:      Illegal goods
Description:   Sale of prescription drugs without licence

--- Resolution ---
Content removed by the customer after our notice. Verified by our staff
on 2024-09-10. No further action is needed on your side.

Nimbus Hosting Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-ticket system closing notice that echoes the submitted report form",
    why="the resolution block states the one reported URL was removed",
    items={H[3]: "removed"},
)

case(
    name="velox-purged-bullets-not-hosted",
    date="Tue, 10 Sep 2024 05:44:09 +0000", frm="abuse@veloxcdn.com", name_from="VeloxCDN Trust & Safety",
    subject="Re: KCSC-240909-03 [VX-58120]", reply_to_req="req-240909-03",
    body=f"""Hello,

VeloxCDN is a caching and delivery network. For the zone in question we
have ended our service and purged the cached copies, so the following
objects are no longer delivered by us:

- {C[1]}
- {C[2]}

The stream {C[3]} is pulled from the customer's own origin server, which
we do not operate. We have forwarded your report to the hosting provider
of that origin and to the site owner.

VeloxCDN Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN abuse reply (Cloudflare-style: purged cache, forwarded to origin host)",
    why="two objects purged and no longer delivered: removed; the stream was only forwarded, not a status",
    items={C[1]: "removed", C[2]: "removed", C[3]: "pending"},
)

case(
    name="velox-geo-block-kr",
    date="Wed, 11 Sep 2024 02:10:00 +0000", frm="abuse@veloxcdn.com", name_from="VeloxCDN Trust & Safety",
    subject="Re: KCSC-240909-03 [VX-58120] stream", reply_to_req="req-240909-03",
    body=f"""Hi,

Following your report, requests from Korea for
{C[3]}
are now refused at our edge (geo-restriction for KR). Visitors elsewhere
are not affected.

VeloxCDN Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN reply: country-level block at the edge",
    why="blocked for requests from Korea only: restricted (URL on the line below its statement's start)",
    items={C[3]: "restricted"},
)

velox_html = f"""<html><body>
<p>Dear reporter,</p>
<p>We have completed our review of case <b>VX-58120</b> (your reference KCSC-240909-03).</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>URL</th><th>Action taken</th></tr>
<tr><td>{C[1]}</td><td>Blocked globally</td></tr>
<tr><td>{C[2]}</td><td>Blocked globally</td></tr>
<tr><td>{C[3]}</td><td>Not served to visitors in South Korea</td></tr>
</table>
<p>Details of our policies: <a href="https://www.veloxcdn.com/legal/aup">Acceptable Use Policy</a></p>
<p>VeloxCDN Trust &amp; Safety</p>
</body></html>
"""
case(
    name="velox-base64-html-table",
    date="Thu, 12 Sep 2024 08:00:00 +0000", frm="no-reply@veloxcdn.com", name_from="VeloxCDN",
    subject="Case VX-58120: review completed",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(velox_html)}""",
    outcome="applied", classification="confirmation",
    imitates="trust-and-safety case system result mail, base64 HTML table",
    why="table: two blocked globally (removed), one not served in South Korea (restricted)",
    items={C[1]: "removed", C[2]: "removed", C[3]: "restricted"},
)

case(
    name="namegarden-clienthold",
    date="Wed, 11 Sep 2024 04:33:27 +0000", frm="abuse@namegarden.com", name_from="NameGarden Abuse",
    subject="Re: KCSC-240910-04 phishing domains [NG-ABUSE-77310]", reply_to_req="req-240910-04",
    body=f"""Dear Sir or Madam,

Reported URL: {D[1]}

We confirmed that hanbit-securebank-login.top was used for phishing.
The domain has been placed on clientHold and no longer resolves.

NameGarden Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse reply: domain put on clientHold",
    why="domain on hold and no longer resolving: the reported URL is removed",
    items={D[1]: "removed"},
)

case(
    name="namegarden-numbered-both",
    date="Thu, 12 Sep 2024 06:15:51 +0000", frm="compliance@namegarden.com", name_from="NameGarden Compliance",
    subject="Re: KCSC-240910-04 phishing domains - outcome", reply_to_req="req-240910-04",
    body=f"""Hello,

Outcome of our investigation:

1. {D[1]}
   Domain suspended (serverHold set by the registry at our request).

2. {D[2]}
   The registrant deleted the /apply page after our notice. The domain
   itself stays registered, as the rest of the site is a parked page.

Regards,
NameGarden Compliance
""",
    outcome="applied", classification="confirmation",
    imitates="registrar compliance reply, numbered list with the outcome under each URL",
    why="1 suspended, 2 page deleted by the registrant: both removed",
    items={D[1]: "removed", D[2]: "removed"},
)

case(
    name="dalbit-korean-text-table",
    date="Thu, 12 Sep 2024 10:20:00 +0900", frm="admin@dalbitforum.kr", name_from="달빛포럼 운영팀",
    subject="Re: [KCSC-240911-05] 시정요구 조치결과 회신", reply_to_req="req-240911-05",
    body=f"""안녕하세요. 달빛포럼 운영팀입니다.
요청하신 게시물에 대한 조치 결과를 아래와 같이 회신드립니다.

번호 | URL | 조치결과
1 | {F[1]} | 삭제
2 | {F[2]} | 블라인드
3 | {F[3]} | 게시물 없음 (작성자 삭제)
4 | {F4_RAW} | 임시조치(30일)
5 | {F[5]} | 삭제

감사합니다.
달빛포럼 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean community operator's 시정요구 조치결과 reply as a pipe table",
    why="삭제/블라인드 removed, 작성자 삭제 not_found, 임시조치 restricted; raw Korean path matches the encoded item",
    items={F[1]: "removed", F[2]: "removed", F[3]: "not_found", F[4]: "restricted", F[5]: "removed"},
)

case(
    name="dalbit-korean-particles",
    date="Thu, 12 Sep 2024 22:48:05 +0900", frm="moon@dalbitforum.kr", name_from="문지기",
    subject="Re: [KCSC-240911-05] 게시물 삭제 요청", reply_to_req="req-240911-05",
    body=f"""안녕하세요 운영자입니다.

{F[2]}을 운영자 권한으로 삭제했습니다.
{F[1]}（자유게시판 글）도 블라인드 처리했습니다.

나머지는 내일 확인하겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="forum admin's short Korean reply, URLs followed by a particle and full-width parentheses",
    why="운영자 삭제 and 블라인드 are both removed; 'the rest tomorrow' names nothing",
    items={F[2]: "removed", F[1]: "removed"},
)

dalbit_html = f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>KCSC-240911-05 건의 조치 결과를 알려드립니다.</p>
<table border="1">
<tr><th>연번</th><th>URL</th><th>조치 내용</th><th>조치 일자</th></tr>
<tr><td>1</td><td>{F4_RAW}</td><td>접속차단(국내)</td><td>2024-09-13</td></tr>
<tr><td>2</td><td>{F[5].replace('&', '&amp;')}</td><td>삭제</td><td>2024-09-13</td></tr>
</table>
<p>달빛포럼 운영팀</p>
</body></html>
"""
case(
    name="dalbit-html-table-two-rows",
    date="Fri, 13 Sep 2024 14:00:00 +0900", frm="admin@dalbitforum.kr", name_from="달빛포럼 운영팀",
    subject="[KCSC-240911-05] 조치 결과", type="html", body=dalbit_html,
    outcome="applied", classification="confirmation",
    imitates="KCSC-style 조치결과 HTML table from a small Korean site",
    why="접속차단(국내) is restricted, 삭제 is removed; &amp; in the HTML URL decodes to the requested URL",
    items={F[4]: "restricted", F[5]: "removed"},
)

case(
    name="dalbit-url-then-status-line",
    date="Sat, 14 Sep 2024 09:12:44 +0900", frm="admin@dalbitforum.kr", name_from="달빛포럼 운영팀",
    subject="Re: [KCSC-240911-05] 시정요구", reply_to_req="req-240911-05",
    body=f"""확인 결과입니다.

{F[3]}
→ 작성자가 이미 삭제한 게시물입니다.

{F[5]}
→ 블라인드 처리 완료

운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean admin reply, bare URL with the status on the line below",
    why="already deleted by its author: not_found; 블라인드 처리 완료: removed",
    items={F[3]: "not_found", F[5]: "removed"},
)

case(
    name="kiwichan-janitor-nuked",
    date="Thu, 12 Sep 2024 13:37:00 +0000", frm="janitor@kiwichan.net", name_from="kiwichan janitor",
    subject="Re: KCSC-240912-06", reply_to_req="req-240912-06",
    body=f"""thread {K[1]} deleted, the pic
{K[3]} purged from the file
store. poster banned 30d.

-- jan
""",
    outcome="applied", classification="confirmation",
    imitates="image-board janitor's informal lowercase reply",
    why="thread deleted and image purged: both removed",
    items={K[1]: "removed", K[3]: "removed"},
)

case(
    name="kiwichan-stays-up-reason",
    date="Fri, 13 Sep 2024 20:05:33 +0000", frm="admin@kiwichan.net", name_from="Kiwichan Admin",
    subject="Re: KCSC-240912-06", reply_to_req="req-240912-06",
    body=f"""Hello,

I read through {K[2]} twice. It is people arguing about a
public figure's statements; no personal data is posted and nothing in it
breaks our rules or, as far as we can tell, the law. It stays up.

If you think a specific post in it is illegal, point me to the post number.

admin
""",
    outcome="applied", classification="confirmation",
    imitates="small-site admin declining with a reason",
    why="a refusal with its reason: rejected (the closing offer is not a request for more)",
    items={K[2]: "rejected"},
)

case(
    name="kiwichan-thanks-ticket-plus-deleted",
    date="Sat, 14 Sep 2024 07:00:12 +0000", frm="abuse@kiwichan.net", name_from="Kiwichan Abuse",
    subject="Re: KCSC-240912-06 [ticket 5521]", reply_to_req="req-240912-06",
    body=f"""Thanks for the report, we opened ticket 5521 for it.

Already deleted {K[2]} - a mod found a second post
with an address in it. The rest of the ticket stays open.

Kiwichan Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="ticket receipt phrase followed by an actual statement",
    why="acknowledgement wording plus an unhedged 'already deleted' about one item: removed",
    items={K[2]: "removed"},
)

case(
    name="pastehut-sole-statement",
    date="Sat, 14 Sep 2024 03:26:40 +0000", frm="abuse@pastehut.org", name_from="Pastehut Abuse",
    subject="Re: [KCSC-240913-07] Removal request", reply_to_req="req-240913-07",
    body="""Hi,

Done, the paste has been taken down and the account that posted it is
suspended.

Pastehut abuse
""",
    outcome="applied", classification="confirmation",
    imitates="paste site's one-sentence abuse reply",
    why="sole unhedged statement answering a one-item request: removed",
    items={P[1]: "removed"},
)

case(
    name="pastehut-dsa-statement-of-reasons",
    date="Mon, 16 Sep 2024 10:00:00 +0000", frm="legal@pastehut.org", name_from="Pastehut Legal",
    subject="Statement of reasons - KCSC-240913-07", reply_to_req="req-240913-07",
    body=f"""STATEMENT OF REASONS

Content:            {P[1]}
Type of decision:   Restriction of visibility - access disabled for
                    users in the Republic of Korea
Territorial scope:  KR
Ground:             Content considered illegal under the law of the
                    Republic of Korea (notice by a public authority)
Automated means:    No
Redress:            The uploader may appeal at https://pastehut.org/appeal

Pastehut Legal
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17 statement of reasons, field layout",
    why="access disabled for users in Korea: restricted",
    items={P[1]: "restricted"},
)

# ================================================================ REVIEW

case(
    name="stash-promise-48h",
    date="Wed, 04 Sep 2024 03:10:00 +0000", frm="abuse@stashbox.io", name_from="StashBox Abuse",
    subject="Re: [KCSC-240903-01] Removal request", reply_to_req="req-240903-01",
    body=f"""Hello,

Thanks, the uploader of {S[1]} and
{S[2]} has been warned. Our team will delete both files within
48 hours unless the uploader shows a licence.

StashBox Abuse
""",
    outcome="review", review="not_understood",
    imitates="abuse desk promise with a condition",
    why="'will delete ... unless' is a conditional promise: items stay pending",
    items={S[1]: "pending", S[2]: "pending"},
)

case(
    name="nimbus-hedge-appears-offline",
    date="Fri, 06 Sep 2024 01:12:00 +0000", frm="t.okafor@nimbushost.net", name_from="Tunde Okafor",
    subject="RE: KCSC-240905-02 illegal gambling site", reply_to_req="req-240905-02",
    body=f"""Hi,

Quick note: {H[1]} appears to
have been taken offline by the customer already, we see 503 errors on
it. I'm still confirming with the account owner before I close this.

Tunde
""",
    outcome="review", review="not_understood",
    imitates="abuse desk informal hedge ('appears to have been')",
    why="'appears to' plus 'still confirming' is a hedge, not a statement",
    items={H[1]: "pending"},
)

case(
    name="dalbit-bulk-all-five",
    date="Fri, 13 Sep 2024 09:00:00 +0900", frm="admin@dalbitforum.kr", name_from="달빛포럼 운영팀",
    subject="Re: [KCSC-240911-05] 시정요구 조치결과", reply_to_req="req-240911-05",
    body="""안녕하세요, 달빛포럼 운영팀입니다.

요청하신 게시물 5건 모두 삭제 조치 완료하였습니다.
협조 요청에 감사드립니다.
""",
    outcome="review", review="bulk",
    imitates="Korean portal '요청하신 게시물 모두 삭제' bulk notice",
    why="one sentence for all five items of a five-item request, no URL named: bulk",
    items={u: "pending" for u in F.values()},
)

case(
    name="velox-under-review",
    date="Mon, 09 Sep 2024 06:30:00 +0000", frm="abuse@veloxcdn.com", name_from="VeloxCDN Trust & Safety",
    subject="Re: KCSC-240909-03 [VX-58120]", reply_to_req="req-240909-03",
    body=f"""Hello,

Your report about {C[1]} and {C[2]} is under review by our Trust & Safety
team. We will update you as soon as a decision has been made.

VeloxCDN Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="trust-and-safety 'under review' holding reply naming the URLs",
    why="'under review' is no statement; the email names two requested items (not a bare receipt)",
    items={C[1]: "pending", C[2]: "pending"},
)

case(
    name="nimbus-dkim-fail",
    date="Sat, 07 Sep 2024 14:22:10 +0000", frm="abuse@nimbushost.net", name_from="Nimbus Hosting Abuse Desk",
    auth="fail",
    subject="Re: KCSC-240905-02 illegal gambling site", reply_to_req="req-240905-02",
    body=f"""Hello,

{H[2]} has been removed.

Abuse Desk, Nimbus Hosting
""",
    outcome="review", review="untrusted",
    imitates="abuse desk reply failing DKIM/SPF/DMARC",
    why="platform domain but authentication failed: untrusted, nothing applied",
    items={H[2]: "pending"},
)

case(
    name="dalbit-admin-personal-gmail",
    date="Sat, 14 Sep 2024 23:40:00 +0900", frm="dalbit.admin.kr@gmail.com", name_from="달빛포럼 관리자",
    subject="Re: [KCSC-240911-05] 게시물 삭제 요청", reply_to_req="req-240911-05",
    body=f"""포럼 메일 서버가 고장이라 개인 메일로 답장드립니다.

{F[3]} 글은 삭제했습니다.

달빛포럼 관리자
""",
    outcome="review", review="unknown_sender",
    imitates="small-site admin answering from a personal webmail address",
    why="gmail.com is no platform's domain: unknown_sender even though the text is clear",
    items={F[3]: "pending"},
)

case(
    name="velox-states-host-site",
    date="Sun, 08 Sep 2024 05:05:05 +0000", frm="abuse@veloxcdn.com", name_from="VeloxCDN Trust & Safety",
    subject="Abuse report VX-58002 - luckyspin-casino.nimbus-sites.net",
    body=f"""Hello,

We have disabled our proxy service for luckyspin-casino.nimbus-sites.net.
{H[1]} is no longer served through the VeloxCDN network.
The site is hosted by Nimbus Hosting; please contact them for the origin.

VeloxCDN Trust & Safety
""",
    outcome="review", review="wrong_platform",
    imitates="CDN reply about a customer site hosted elsewhere",
    why="VeloxCDN states a status for a Nimbus Hosting item: wrong_platform",
    items={H[1]: "pending"},
)

case(
    name="kiwichan-contact-change-notice",
    date="Sun, 15 Sep 2024 12:00:00 +0000", frm="admin@kiwichan.net", name_from="Kiwichan Admin",
    subject="New abuse contact address",
    body="""Hello,

From 1 October our abuse desk moves to reports@kiwichan.net. The old
address keeps working until the end of the year. Please update your
records.

Thanks,
Kiwichan admin
""",
    outcome="review", review="no_claims",
    imitates="small site's notice of a new abuse contact address",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="namegarden-asks-evidence",
    date="Thu, 12 Sep 2024 01:55:00 +0000", frm="abuse@namegarden.com", name_from="NameGarden Abuse",
    subject="Re: KCSC-240910-04 phishing domains [NG-ABUSE-77311]", reply_to_req="req-240910-04",
    body=f"""Dear Sir or Madam,

Regarding {D[2]}: when we open the page we see a parked
domain, not a phishing form. Could you please send us a screenshot of the
phishing page and the date and time you saw it, so that we can continue
our investigation?

NameGarden Abuse Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="registrar asking the reporter for evidence",
    why="a request for more information about a named item; no status",
    items={D[2]: "pending"},
)

case(
    name="dalbit-conditional-deletion",
    date="Fri, 13 Sep 2024 11:30:00 +0900", frm="admin@dalbitforum.kr", name_from="달빛포럼 운영팀",
    subject="Re: [KCSC-240911-05] 시정요구", reply_to_req="req-240911-05",
    body=f"""안녕하세요.

{F[2]} 게시물은 작성자에게 소명 기회를
부여했습니다. 9월 19일까지 소명이 없으면 삭제할 예정입니다.

달빛포럼 운영팀
""",
    outcome="review", review="not_understood",
    imitates="Korean operator's notice of deletion planned unless the author objects",
    why="'삭제할 예정' under a condition is a promise: pending",
    items={F[2]: "pending"},
)

case(
    name="pastehut-forwarded-mod-note",
    date="Sun, 15 Sep 2024 08:08:00 +0000", frm="legal@pastehut.org", name_from="Pastehut Legal",
    subject="Fwd: KCSC-240913-07 handled",
    body=f"""FYI, see below from our moderator.

---------- Forwarded message ---------
From: Dana <dana@pastehut.org>
Date: Sat, Sep 14, 2024 at 9:02 PM
Subject: KCSC-240913-07 handled
To: <legal@pastehut.org>

I removed {P[1]}, it was the doxxing paste. Uploader banned.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="staff member forwarding a colleague's internal note",
    why="the only statement is inside the forwarded message: review, nothing applied",
    items={P[1]: "pending"},
)

# ================================================================ IGNORED

case(
    name="stash-ticket-received",
    date="Tue, 03 Sep 2024 05:21:03 +0000", frm="support@help.stashbox.io", name_from="StashBox Support",
    subject="[StashBox Support] Request received: KCSC-240903-01 Removal request",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

Your request (#SB-44821) has been received and is being reviewed by our
support staff. You will be notified when it is updated.

To add information, reply to this email and keep the number in the subject.

StashBox Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk 'request received' receipt",
    why="pure receipt with a ticket number, no item",
    items={},
)

case(
    name="nimbus-out-of-office",
    date="Thu, 05 Sep 2024 01:06:00 +0000", frm="t.okafor@nimbushost.net", name_from="Tunde Okafor",
    subject="Automatic reply: KCSC-240905-02 illegal gambling site",
    reply_to_req="req-240905-02",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until 9 September with limited access to email.
For urgent abuse matters please write to abuse@nimbushost.net.

Tunde Okafor
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="out-of-office auto-reply",
    items={},
)

dsn = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-0911-b7"

--dsn-0911-b7
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.dalbitforum.kr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@dalbitforum.kr>: host mx1.dalbitforum.kr[198.51.100.77] said: 550
    5.1.1 <report@dalbitforum.kr>: Recipient address rejected: User unknown

--dsn-0911-b7
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.dalbitforum.kr
Arrival-Date: Wed, 11 Sep 2024 15:30:04 +0900

Final-Recipient: rfc822; report@dalbitforum.kr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-0911-b7
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: report@dalbitforum.kr
Subject: {enc('[KCSC-240911-05] 게시물 삭제 요청')}
Message-ID: <req-240911-05@kcsc.example>
Date: Wed, 11 Sep 2024 15:30:00 +0900
Content-Type: text/plain; charset=utf-8

{quoted_request("KCSC-240911-05", [F[1], F[2], F[3], F4_RAW, F[5]])}

--dsn-0911-b7--
"""
case(
    name="dalbit-dsn-user-unknown",
    date="Wed, 11 Sep 2024 15:30:05 +0900", frm="MAILER-DAEMON@dalbitforum.kr",
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender", extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=dsn,
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN with the returned request attached",
    why="delivery failure report; the URLs are in our own returned message",
    items={},
)

mdn = """Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-kiwi-42"

--mdn-kiwi-42
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to <admin@kiwichan.net> at
12/09/2024 09:10. It only means that the message was displayed on the
recipient's computer.

--mdn-kiwi-42
Content-Type: message/disposition-notification

Reporting-UA: kiwichan.net; Thunderbird 115.14.0
Final-Recipient: rfc822;admin@kiwichan.net
Original-Message-ID: <req-240912-06@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-kiwi-42--
"""
case(
    name="kiwichan-read-receipt",
    date="Thu, 12 Sep 2024 10:02:00 +0000", frm="admin@kiwichan.net", name_from="Kiwichan Admin",
    subject="Return Receipt (displayed) - KCSC-240912-06", reply_to_req="req-240912-06",
    raw_mime=mdn,
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird read receipt (MDN)",
    why="read receipt only",
    items={},
)

case(
    name="velox-email-not-processed",
    date="Mon, 09 Sep 2024 00:41:00 +0000", frm="no-reply@veloxcdn.com", name_from="VeloxCDN",
    subject="Re: KCSC-240909-03 - please use our abuse form", reply_to_req="req-240909-03",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""This is an automated message.

Abuse reports sent by email cannot be processed. Please submit your
report through https://www.veloxcdn.com/abuse so that it reaches the right
team and the site's hosting provider.

VeloxCDN
""",
    outcome="ignored",
    imitates="CDN auto-response: email reports are not processed, use the form",
    why="automated reply naming no item; its link is the platform's own form",
    items={},
)

case(
    name="namegarden-korean-away",
    date="Tue, 10 Sep 2024 11:00:30 +0900", frm="kr-support@namegarden.com", name_from="NameGarden 고객지원",
    subject="[자동응답] Re: KCSC-240910-04 phishing domains", reply_to_req="req-240910-04",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. NameGarden 한국 고객지원입니다.

담당자 휴가로 9월 18일까지 부재중입니다.
급한 신고는 abuse@namegarden.com 으로 보내 주시기 바랍니다.

본 메일은 자동 발송되었습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답",
    why="out-of-office auto-reply in Korean",
    items={},
)

case(
    name="pastehut-report-received",
    date="Fri, 13 Sep 2024 07:50:00 +0000", frm="abuse@pastehut.org", name_from="Pastehut Abuse",
    subject="Re: [KCSC-240913-07] Removal request", reply_to_req="req-240913-07",
    body="""Hi,

We received your report KCSC-240913-07 and added it to our queue
(ref PH-9912). Thanks for letting us know.

Pastehut abuse
""",
    outcome="ignored", classification="acknowledgement",
    imitates="paste site's plain 'report received' reply",
    why="pure acknowledgement with a queue reference, no statement",
    items={},
)

HEADER = """# Blind set 481 (hosts, CDN, registrar, forum, image board, file host,
# paste site; informal replies, CSV attachments, plain-text tables).
# Written from each email's meaning before any run of the reader.
# Generated by make.py - do not edit by hand.
"""


def main():
    write_requests()
    cases_dir = os.path.join(HERE, "cases")
    if os.path.isdir(cases_dir):
        for fn in os.listdir(cases_dir):
            if fn.endswith(".eml"):
                os.remove(os.path.join(cases_dir, fn))
    for c in CASES:
        c["from"] = c.pop("frm")
        for key in ("name_from", "subject"):
            if key in c and not c[key].isascii():
                c[key] = enc(c[key])
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
