#!/usr/bin/env python3
"""Blind set 535: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a one-person paste service answering the
regulator, often informally; plus CSV attachments and plain-text tables.

    python3 tests/corpus/blind535/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). Every
expected result below was written from the meaning of each email alone,
before the reader was ever run on it. All names, domains, ids and URLs are
fictional.
"""
import base64
import csv
import email.header
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind535"

# ---------------------------------------------------------------- requests
FB = "https://filebarn.example/f/"
F = {
    "Qm7tR2": FB + "Qm7tR2/backup_part1.zip",
    "Lx90aB": FB + "Lx90aB",
    "Zp3kW8": FB + "Zp3kW8",
    "Hn4cV1": FB + "Hn4cV1",
    "Tr8yU6": FB + "Tr8yU6",
    "Bd2sK9": FB + "Bd2sK9",
    "Wq5eJ3": FB + "Wq5eJ3",
    "Mf1gP7": FB + "Mf1gP7",
    "Kc6hN0": FB + "Kc6hN0",
    "Ys9dL4": FB + "Ys9dL4",
    "Gv3bX2": FB + "Gv3bX2",
    "Ej7uA5": FB + "Ej7uA5",
    "Rw0oF8": FB + "Rw0oF8",
    "Np2iC6": FB + "Np2iC6/scan_003.pdf",
}
N_PROMO = "https://sunny-deals.example/promo/kr-offer.html"
N_BANNER = "https://sunny-deals.example/img/banner_0912.jpg"
N_IP = "http://198.51.100.77/~mirror/index.php?page=list"
N_LOTTO = "https://lotto-gold.example/join?ref=kcs"
P1 = "https://padboard.example/free/102345"
P2 = "https://padboard.example/free/102377"
P3 = "https://padboard.example/gallery/5530"
P4 = "https://padboard.example/tag/%ED%99%8D%EB%B3%B4"  # /tag/홍보
P4_RAW = "https://padboard.example/tag/홍보"
P5 = "https://padboard.example/user/quietmoth/posts"
C1 = "https://chanpix.example/b/res/88123.html"
C2 = "https://chanpix.example/b/res/88190.html#p88201"
C3 = "https://chanpix.example/kr/res/4410.html"
H1 = "https://quickloan-kr.example/"
H2 = "https://bet-hanul.example/"
E1 = "https://kr-pills.example/shop/item/77"
T1 = "https://pastel.example/p/9fK2mQ"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, message_id, note, urls
    ("KCSC-240903-01", "filebarn", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "obscenity", "req-240903-01@kcsc.example",
     'archive uploads, batch 1 ("backup" series)', list(F.values())),
    ("KCSC-240904-02", "nimbus", "2024-09-04T11:30:00+09:00", "2024-09-11T18:00:00+09:00",
     "gambling", "req-240904-02@kcsc.example",
     "customer sites on shared hosting and one VPS", [N_PROMO, N_BANNER, N_IP, N_LOTTO]),
    ("KCSC-240905-03", "padboard", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "fraud", "req-240905-03@kcsc.example",
     "forum posts, one tag page, one member's post list", [P1, P2, P3, P4, P5]),
    ("KCSC-240906-04", "chanpix", "2024-09-06T09:40:00+09:00", "2024-09-13T18:00:00+09:00",
     "privacy", "req-240906-04@kcsc.example", "threads, one single post", [C1, C2, C3]),
    ("KCSC-240909-05", "hanbit", "2024-09-09T10:15:00+09:00", "2024-09-16T18:00:00+09:00",
     "fraud", "req-240909-05@kcsc.example", "whole domains, registrar notice", [H1, H2]),
    ("KCSC-240910-06", "edgeshield", "2024-09-10T16:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "drugs", "req-240910-06@kcsc.example", "site behind the CDN", [E1]),
    ("KCSC-240911-07", "pastel", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00",
     "privacy", "req-240911-07@kcsc.example", "one paste, admin answers by hand", [T1]),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- MIME helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def multipart(subtype, boundary, parts, extra=""):
    out = [f'Content-Type: multipart/{subtype}; {extra}boundary="{boundary}"', "",
           "This is a multi-part message in MIME format.", ""]
    for hdrs, body in parts:
        out.append(f"--{boundary}")
        out.extend(hdrs)
        out.append("")
        out.append(body.rstrip("\n"))
        out.append("")
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


TEXT8 = ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]


def quoted(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)


FB_REQUEST_LINES = [
    "Dear FileBarn,",
    "",
    "The Korea Communications Standards Commission asks you to remove the",
    "following 14 files, which carry content that is unlawful in the Republic",
    "of Korea (reference KCSC-240903-01):",
    "",
] + [f"{i}. {u}" for i, u in enumerate(F.values(), 1)] + [
    "",
    "Please tell us the result for each link by 10 September 2024.",
    "",
    "KCSC Takedown desk",
]

CHANPIX_REQUEST_LINES = [
    "Dear Chanpix administrators,",
    "",
    "Reference: KCSC-240906-04",
    "Please remove the following threads and posts, which publish personal",
    "information of private individuals:",
    "",
    f"- {C1}",
    f"- {C2}",
    f"- {C3}",
    "",
    "KCSC Takedown desk",
]

# ---------------------------------------------------------------- cases
cases = []


def case(**kw):
    cases.append(kw)


# ============ applied ============

case(
    name="fb-abuse-text-table",
    imitates="file-host abuse desk reply with a plain-text two-column table (link / action taken)",
    why="five rows, each a link with an unhedged action: deleted x3, no such file, removed earlier by the uploader",
    outcome="applied", classification="confirmation",
    **{"from": "abuse@filebarn.example"}, name_from="FileBarn Abuse Desk",
    date="Fri, 06 Sep 2024 16:02:11 +0200",
    subject="Re: [KCSC-240903-01] Removal request - 14 files",
    reply_to_req="req-240903-01",
    body=f"""Hello,

Our abuse team went through the links of your request KCSC-240903-01.
Result for the first batch:

Link                                                  Action taken
----------------------------------------------------  ------------------------------
{F['Qm7tR2']:<52}  file deleted, uploader warned
{F['Lx90aB']:<52}  file deleted
{F['Zp3kW8']:<52}  no such file (ID never issued)
{F['Hn4cV1']:<52}  file deleted, account closed
{F['Tr8yU6']:<52}  already removed by the uploader

The remaining links are still with our reviewers; we will write again
when they are done.

Regards,
Mateo R.
FileBarn Abuse Desk
""",
    items={F["Qm7tR2"]: "removed", F["Lx90aB"]: "removed", F["Zp3kW8"]: "not_found",
           F["Hn4cV1"]: "removed", F["Tr8yU6"]: "not_found"},
)

FB_CSV = f"""link,decision,decided_at,comment
{F['Bd2sK9']},removed,2024-09-06,
{F['Wq5eJ3']},removed,2024-09-06,repeat uploader - account closed
{F['Mf1gP7']},not_found,2024-09-06,"invalid link, no file with this ID"
{F['Kc6hN0']},no_action,2024-09-06,"scan of a public-domain book, no violation of our terms"
{F['Ys9dL4']},removed,2024-09-07,
{F['Gv3bX2']},pending,,awaiting second review
"""
case(
    name="fb-csv-attachment",
    imitates="trust-and-safety team answering with a results spreadsheet exported as CSV",
    why="the CSV gives one decision per link; no_action with its reason is a refusal; the pending row stays pending",
    outcome="applied", classification="confirmation",
    **{"from": "trust@filebarn.example"}, name_from="FileBarn Trust & Safety",
    date="Sat, 07 Sep 2024 11:40:05 +0200",
    subject="Re: [KCSC-240903-01] Removal request - 14 files",
    reply_to_req="req-240903-01",
    raw_mime=multipart("mixed", "=_fb_7731", [
        (TEXT8, """Hello,

Please find the outcome for each link of KCSC-240903-01 in the attached
sheet (one row per link).

FileBarn Trust & Safety"""),
        (["Content-Type: text/csv; charset=utf-8; name=\"kcsc-240903-01_results.csv\"",
          "Content-Disposition: attachment; filename=\"kcsc-240903-01_results.csv\"",
          "Content-Transfer-Encoding: 8bit"], FB_CSV),
    ]),
    items={F["Bd2sK9"]: "removed", F["Wq5eJ3"]: "removed", F["Mf1gP7"]: "not_found",
           F["Kc6hN0"]: "rejected", F["Ys9dL4"]: "removed", F["Gv3bX2"]: "pending"},
)

case(
    name="fb-admin-oneliner-list",
    imitates="a sysadmin answering an abuse mail in two lines with bare links",
    why="'nuked these' is an operator's plain word for deleted; the last link was deleted by its uploader (not_found)",
    outcome="applied", classification="confirmation",
    **{"from": "jonas@filebarn.example"}, name_from="Jonas",
    date="Sun, 08 Sep 2024 23:51:40 +0200",
    subject="Re: [KCSC-240903-01] Removal request - 14 files",
    reply_to_req="req-240903-01",
    body=f"""hi, nuked these:
{F['Ej7uA5']}
{F['Rw0oF8']}
{F['Np2iC6']}

this one was already gone, the uploader deleted it himself last week:
{F['Gv3bX2']}

-- jonas
""",
    items={F["Ej7uA5"]: "removed", F["Rw0oF8"]: "removed", F["Np2iC6"]: "removed",
           F["Gv3bX2"]: "not_found"},
)

case(
    name="fb-url-then-status-below",
    imitates="abuse desk update giving each bare link with its result on an indented line below",
    why="each link is followed by an arrow line: taken down; file ID does not exist",
    outcome="applied", classification="confirmation",
    **{"from": "abuse@filebarn.example"}, name_from="FileBarn Abuse",
    date="Sat, 07 Sep 2024 10:15:00 +0000",
    subject="Update: KCSC-240903-01",
    body=f"""Hi KCSC team,

Re your ticket KCSC-240903-01, an update on two links:

{F['Lx90aB']}
  -> taken down 2024-09-07 09:12 UTC

{F['Mf1gP7']}
  -> we could not find this file on our storage; the ID does not exist

Best,
Priya
FileBarn Abuse
""",
    items={F["Lx90aB"]: "removed", F["Mf1gP7"]: "not_found"},
)

case(
    name="fb-top-posted-outlook",
    imitates="Outlook top-posted reply over the regulator's own request (-----Original Message-----)",
    why="two links named above the quote are removed; the twelve others appear only in our quoted request",
    outcome="applied", classification="confirmation",
    **{"from": "abuse@filebarn.example"}, name_from="FileBarn Abuse",
    date="Mon, 09 Sep 2024 09:05:33 +0200",
    subject="RE: [KCSC-240903-01] Removal request - 14 files",
    reply_to_req="req-240903-01",
    body="\n".join([
        "Both files below are removed now:",
        F["Ys9dL4"],
        F["Wq5eJ3"],
        "",
        "Thanks,",
        "FileBarn Abuse",
        "",
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        "Sent: Tuesday, September 3, 2024 3:00 AM",
        "To: abuse@filebarn.example",
        "Subject: [KCSC-240903-01] Removal request - 14 files",
        "",
    ] + FB_REQUEST_LINES),
    items=dict({u: "pending" for u in F.values()},
               **{F["Ys9dL4"]: "removed", F["Wq5eJ3"]: "removed"}),
)

case(
    name="fb-html-table",
    imitates="HTML notice from a file host's case system with a Reported URL / Outcome table",
    why="table rows: disabled x2 (removed), not actioned because no violation (rejected), file not found",
    outcome="applied", classification="confirmation",
    **{"from": "noreply-cases@filebarn.example"}, name_from="FileBarn Cases",
    date="Mon, 09 Sep 2024 14:30:00 +0200",
    subject="Case FB-7781 closed - KCSC-240903-01",
    type="html",
    body=f"""<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>Case <b>FB-7781</b> (your reference KCSC-240903-01) has been closed. Outcome per reported link:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Outcome</th></tr>
<tr><td><a href="{F['Hn4cV1']}">{F['Hn4cV1']}</a></td><td>Disabled</td></tr>
<tr><td><a href="{F['Kc6hN0']}">{F['Kc6hN0']}</a></td><td>Not actioned &ndash; the file does not violate our Terms of Service</td></tr>
<tr><td><a href="{F['Bd2sK9']}">{F['Bd2sK9']}</a></td><td>Disabled</td></tr>
<tr><td><a href="{F['Zp3kW8']}">{F['Zp3kW8']}</a></td><td>File not found</td></tr>
</table>
<p>You can read our content rules at <a href="https://filebarn.example/legal/terms">filebarn.example/legal/terms</a>.</p>
<p>FileBarn Trust &amp; Safety</p>
</body></html>""",
    items={F["Hn4cV1"]: "removed", F["Kc6hN0"]: "rejected", F["Bd2sK9"]: "removed",
           F["Zp3kW8"]: "not_found"},
)

case(
    name="nimbus-ticket-resolved",
    imitates="hosting provider abuse ticket closed after the customer removed the reported content",
    why="both URLs listed under 'our customer has removed'; the AUP link is the host's own policy page",
    outcome="applied", classification="confirmation",
    **{"from": "abuse@nimbushost.example"}, name_from="Nimbus Hosting Abuse",
    date="Fri, 06 Sep 2024 14:41:09 +0900",
    subject="[Abuse #NH-55120] Resolved - KCSC-240904-02",
    body=f"""Hello,

This is an update on abuse ticket #NH-55120 (your reference KCSC-240904-02).

Our customer has removed the following content from their hosting account:

 - {N_PROMO}
 - {N_BANNER}

We checked both URLs at 14:20 KST and both now return HTTP 404.

We are closing this ticket. Our acceptable use policy is at
https://nimbushost.example/legal/aup

Nimbus Hosting - Abuse Department
""",
    items={N_PROMO: "removed", N_BANNER: "removed"},
)

case(
    name="nimbus-vps-suspended",
    imitates="hosting abuse handler reporting a VPS suspended for an AUP breach",
    why="the server is suspended and the URL 'is offline'; the other URLs are said to be in another ticket (no statement)",
    outcome="applied", classification="confirmation",
    **{"from": "dhyoon@nimbushost.example"}, name_from="Dae-ho Yoon",
    date="Sat, 07 Sep 2024 10:02:44 +0900",
    subject="Re: KCSC-240904-02 removal request",
    reply_to_req="req-240904-02",
    body=f"""Hi,

The VPS behind 198.51.100.77 has been suspended for breach of our
acceptable use policy. {N_IP} is offline and the
customer cannot start the machine again without contacting us.

The other URLs in your notice are on shared hosting and are handled in
a separate ticket.

Kind regards,
Dae-ho Yoon
Abuse Handling, Nimbus Hosting
""",
    items={N_IP: "removed"},
)

case(
    name="nimbus-aup-no-breach",
    imitates="hosting provider declining to act on one page (no AUP breach, court order suggested) and confirming another",
    why="the lottery page stays up because it breaks no rule of theirs (rejected); the image was deleted (removed)",
    outcome="applied", classification="confirmation",
    **{"from": "abuse@nimbushost.example"}, name_from="Nimbus Hosting Abuse",
    date="Mon, 09 Sep 2024 17:20:00 +0900",
    subject="[Abuse #NH-55131] KCSC-240904-02",
    body=f"""Dear Sir or Madam,

Regarding KCSC-240904-02:

We reviewed {N_LOTTO}. The page is a sign-up form
for a lottery results newsletter run by our customer. We found no
gambling service on it and it does not breach our Acceptable Use
Policy, so we are not taking action against this page.

The image {N_BANNER} was deleted by
the customer at our request.

If you consider the page unlawful under Korean law, a court order
addressed to our customer would be the way forward.

Nimbus Hosting - Abuse Department
""",
    items={N_LOTTO: "rejected", N_BANNER: "removed"},
)

case(
    name="padboard-result-list-ko",
    imitates="Korean community operator's numbered 처리 결과 reply (삭제 완료 / 블라인드 / 작성자 삭제)",
    why="삭제 완료 = removed, 블라인드 처리 = removed, already deleted by its author = not_found; two items deferred",
    outcome="applied", classification="confirmation",
    **{"from": "admin@padboard.example"}, name_from="패드보드 운영팀",
    date="Fri, 06 Sep 2024 11:12:30 +0900",
    subject="Re: [KCSC-240905-03] 게시물 삭제 요청",
    reply_to_req="req-240905-03",
    body=f"""안녕하세요, 패드보드 운영팀입니다.

방송통신심의위원회 요청(KCSC-240905-03)에 대한 처리 결과를 알려드립니다.

1. {P1} : 삭제 완료
2. {P2} : 블라인드 처리
3. {P3} : 작성자가 이미 삭제한 게시물입니다.

나머지 2건은 검토 후 다시 회신드리겠습니다.

패드보드 운영팀 드림
""",
    items={P1: "removed", P2: "removed", P3: "not_found"},
)

case(
    name="padboard-imsijochi-notice",
    imitates="Korean 임시조치 안내 under 정보통신망법 제44조의2 (30-day temporary measure)",
    why="임시조치 is restricted by the rules; the later deletion is conditional and does not count",
    outcome="applied", classification="confirmation",
    **{"from": "admin@padboard.example"}, name_from="패드보드",
    date="Sat, 07 Sep 2024 09:30:00 +0900",
    subject="[패드보드] 임시조치 안내 (KCSC-240905-03)",
    body=f"""[패드보드] 임시조치 안내

요청번호: KCSC-240905-03

아래 게시물에 대하여 정보통신망법 제44조의2에 따라 30일간 임시조치(게시 일시 중단)를
하였습니다.

- {P2}
- {P5}

임시조치 기간 중 게시자의 재게시 요청이 없으면 기간 만료 후 삭제될 수 있습니다.
문의: https://padboard.example/help/report

패드보드 운영팀
""",
    items={P2: "restricted", P5: "restricted"},
)

case(
    name="padboard-qp-member-ban",
    imitates="Korean forum admin reply (quoted-printable) about a banned member's posts and a tag page",
    why="the member's posts were 운영자 삭제 and no longer show (removed); the tag page is refused as not a post (rejected)",
    outcome="applied", classification="confirmation",
    **{"from": "admin@padboard.example"}, name_from="패드보드 관리자",
    date="Sun, 08 Sep 2024 20:45:12 +0900",
    subject="Re: [KCSC-240905-03] 게시물 삭제 요청",
    reply_to_req="req-240905-03",
    raw_mime="\n".join([
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        qp(f"""안녕하세요.

문의하신 회원(quietmoth)은 이용약관 위반으로 영구 이용정지되었고, 이 회원이 작성한 게시물은 모두 운영자 삭제 처리하였습니다.
{P5} 에서 더 이상 게시물이 보이지 않습니다.

{P4_RAW} 페이지는 태그별 글 목록을 자동으로 보여주는 페이지로, 특정 게시물이 아니므로 별도의 조치 대상이 아닙니다.

감사합니다.
패드보드 관리자
"""),
    ]),
    items={P5: "removed", P4: "rejected"},
)

case(
    name="padboard-url-korean-particle",
    imitates="short Korean admin reply with URLs glued to Korean particles (의, 는)",
    why="gallery post deleted by the admin (removed); the free-board post was checked and kept, no violation (rejected)",
    outcome="applied", classification="confirmation",
    **{"from": "admin@padboard.example"}, name_from="패드보드 관리자",
    date="Mon, 09 Sep 2024 10:05:00 +0900",
    subject="Re: [KCSC-240905-03] 게시물 삭제 요청",
    reply_to_req="req-240905-03",
    body=f"""{P3}의 게시물은 관리자 판단으로 삭제했습니다.
{P1}는 신고 내용을 확인했으나 약관 위반 사항이 없어 그대로 유지합니다.

- 패드보드 관리자
""",
    items={P3: "removed", P1: "rejected"},
)

case(
    name="chanpix-oneliner-over-quote",
    imitates="image-board moderator's one-line answer over the '>' quoted request",
    why="only 88123 is named above the quote (thread deleted); the other two appear only in the quoted request",
    outcome="applied", classification="confirmation",
    **{"from": "mods@chanpix.example"}, name_from="chanpix mods",
    date="Sat, 07 Sep 2024 03:14:15 +0000",
    subject="Re: [KCSC-240906-04] Removal request",
    reply_to_req="req-240906-04",
    body=f"""pruned {C1} (thread deleted) and banned the OP.

- mod team

On Fri, 6 Sep 2024 at 00:40, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(CHANPIX_REQUEST_LINES)}
""",
    items={C1: "removed", C2: "pending", C3: "pending"},
)

case(
    name="chanpix-angle-mixed",
    imitates="image-board admin answering per link, links in angle brackets",
    why="the single post is deleted (removed); the /kr/ thread was read and stays up, nothing illegal under their rules (rejected)",
    outcome="applied", classification="confirmation",
    **{"from": "admin@chanpix.example"}, name_from="admin",
    date="Sun, 08 Sep 2024 18:22:09 +0000",
    subject="Re: [KCSC-240906-04] Removal request",
    reply_to_req="req-240906-04",
    body=f"""Hello,

<{C2}> - post deleted. The rest of that thread is fine and stays.

<{C3}> - we read the whole thread. It is people arguing about a news
story, there is nothing illegal in it under our rules, so it stays up.

admin
""",
    items={C2: "removed", C3: "rejected"},
)

case(
    name="chanpix-geoblock-kr",
    imitates="small site operator geo-blocking a thread for one country",
    why="geo-blocked for visitors from South Korea, still visible elsewhere: restricted",
    outcome="applied", classification="confirmation",
    **{"from": "admin@chanpix.example"}, name_from="Chanpix admin",
    date="Tue, 10 Sep 2024 07:50:00 +0000",
    subject="Re: [KCSC-240906-04] Removal request",
    reply_to_req="req-240906-04",
    body=f"""Hi,

Following your follow-up, we have geo-blocked {C3} for visitors
from South Korea (KR). It remains visible from other countries.

Chanpix admin
""",
    items={C3: "restricted"},
)

case(
    name="hanbit-clienthold",
    imitates="registrar compliance notice: domain placed on clientHold after an abuse complaint",
    why="the domain no longer resolves so the requested URL is unreachable: removed; the contest window is only a later possibility",
    outcome="applied", classification="confirmation",
    **{"from": "compliance@hanbitdomains.example"}, name_from="Hanbit Domains Compliance",
    date="Wed, 11 Sep 2024 12:30:00 +0900",
    subject="Abuse complaint KCSC-240909-05 - action taken",
    body=f"""Dear KCSC,

Case:    KCSC-240909-05
Domain:  quickloan-kr.example
Action:  domain placed on clientHold on 2024-09-11 03:10 UTC. The name
         no longer resolves, so {H1} is unreachable.

The registrant has been notified and has 15 days to contest the
suspension.

Hanbit Domains Compliance
""",
    items={H1: "removed"},
)

case(
    name="hanbit-bare-domains",
    imitates="registrar abuse desk outcome naming domains without scheme (SUSPENDED / no action)",
    why="a registrar's item is the domain: bet-hanul suspended (removed); quickloan kept after the registrant showed a licence (rejected)",
    outcome="applied", classification="confirmation",
    **{"from": "abuse@hanbitdomains.example"}, name_from="Hanbit Domains Abuse",
    date="Thu, 12 Sep 2024 16:48:00 +0900",
    subject="Re: KCSC-240909-05",
    reply_to_req="req-240909-05",
    body="""Hi,

Outcome of your complaint KCSC-240909-05:

bet-hanul.example    - SUSPENDED (serverHold applied by the registry at
                       our request, 2024-09-12)
quickloan-kr.example - no action. The registrant showed us a licence for
                       the lending business and the site matches it; we
                       found no breach of our registration agreement.

Regards,
Hanbit Domains Abuse Team
""",
    items={H2: "removed", H1: "rejected"},
)

case(
    name="edgeshield-edge-block",
    imitates="CDN trust-and-safety reply: service terminated and the URL blocked at the edge for all visitors",
    why="one-item request; the URL is blocked for all visitors through the CDN (removed: blocked globally)",
    outcome="applied", classification="confirmation",
    **{"from": "trust-safety@edgeshield.example"}, name_from="EdgeShield Trust & Safety",
    date="Thu, 12 Sep 2024 08:10:00 +0000",
    subject="[EdgeShield #ES-220914] KCSC-240910-06",
    body=f"""Hello,

After review we have terminated EdgeShield services for the customer
behind kr-pills.example. Requests to {E1}
are now blocked at our edge, and every visitor receives an error page
instead of the content.

EdgeShield Trust & Safety
https://edgeshield.example/trust
""",
    items={E1: "removed"},
)

case(
    name="pastel-deleted-gmail-quote",
    imitates="one-person service admin replying 'deleted.' over a Gmail-quoted request",
    why="one-item request, the only statement is 'deleted.' above the quote: applies to its one item",
    outcome="applied", classification="confirmation",
    **{"from": "kim@pastel.example"}, name_from="Kim",
    date="Wed, 11 Sep 2024 22:03:00 +0900",
    subject="Re: [KCSC-240911-07] Removal request",
    reply_to_req="req-240911-07",
    body=f"""deleted.

--
kim

On Wed, Sep 11, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(["Dear operator,", "", "Reference: KCSC-240911-07", f"Please remove {T1}, which publishes",
         "the home address and phone number of a private person.", "", "KCSC Takedown desk"])}
""",
    items={T1: "removed"},
)

FB_SOR = f"""Statement of reasons (Article 17, Digital Services Act)

Our reference:        FB-SOR-2024-0912-118
Your reference:       KCSC-240903-01
Content concerned:    {F['Qm7tR2']}
Decision:             access to the content disabled
Territorial scope:    Republic of Korea only
Ground:               notice of content illegal under the law of the
                      Republic of Korea
Automated means:      none used in detection or decision
Redress:              internal complaint-handling system, out-of-court
                      dispute settlement, judicial redress

FileBarn B.V. - Legal
"""
case(
    name="fb-dsa-sor-base64",
    imitates="DSA Article 17 statement of reasons sent as a base64 text body",
    why="access disabled with territorial scope Korea only: restricted",
    outcome="applied", classification="confirmation",
    **{"from": "legal@filebarn.example"}, name_from="FileBarn Legal",
    date="Thu, 12 Sep 2024 13:00:00 +0200",
    subject="Statement of reasons FB-SOR-2024-0912-118",
    raw_mime="\n".join(["Content-Type: text/plain; charset=utf-8",
                        "Content-Transfer-Encoding: base64", "", b64(FB_SOR)]),
    items={F["Qm7tR2"]: "restricted"},
)

case(
    name="fb-ack-plus-removed",
    imitates="support receipt that also reports links already handled",
    why="a receipt phrase plus an unhedged statement: both named files are deleted",
    outcome="applied", classification="confirmation",
    **{"from": "support@filebarn.example"}, name_from="FileBarn Support",
    date="Tue, 03 Sep 2024 15:20:00 +0200",
    subject="Re: [KCSC-240903-01] Removal request - 14 files [FB-7781]",
    reply_to_req="req-240903-01",
    body=f"""Thank you for contacting FileBarn. We have received your report and
opened ticket FB-7781.

Two of the links had already been handled by our team before your
message arrived and are deleted:
{F['Tr8yU6']}
{F['Ej7uA5']}

The rest will be looked at by the abuse team.

FileBarn Support
""",
    items={F["Tr8yU6"]: "removed", F["Ej7uA5"]: "removed"},
)

case(
    name="padboard-html-siijeong-table",
    imitates="Korean 시정요구 조치결과 HTML table (번호 / URL / 조치결과 / 조치일)",
    why="삭제 = removed, 접속차단(국내) = restricted, 해당 게시물 없음 = not_found, 미조치(위반사항 없음) = rejected",
    outcome="applied", classification="confirmation",
    **{"from": "policy@padboard.example"}, name_from="패드보드 정책팀",
    date="Tue, 10 Sep 2024 15:00:00 +0900",
    subject="[KCSC-240905-03] 시정요구 조치결과 회신",
    type="html",
    body=f"""<html><body>
<p>방송통신심의위원회 귀중</p>
<p>요청번호 KCSC-240905-03 시정요구에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{P1}</td><td>삭제</td><td>2024-09-09</td></tr>
<tr><td>2</td><td>{P2}</td><td>접속차단(국내)</td><td>2024-09-09</td></tr>
<tr><td>3</td><td>{P3}</td><td>해당 게시물 없음</td><td>-</td></tr>
<tr><td>4</td><td><a href="{P4}">{P4_RAW}</a></td><td>미조치(위반사항 없음)</td><td>-</td></tr>
</table>
<p>패드보드 정책팀</p>
</body></html>""",
    items={P1: "removed", P2: "restricted", P3: "not_found", P4: "rejected"},
)

case(
    name="nimbus-url-below-heading",
    imitates="abuse desk reply putting each URL on an indented line below its statement",
    why="the first URL sits under 'has been disabled' (removed), the second under 'could not be found' (not_found)",
    outcome="applied", classification="confirmation",
    **{"from": "abuse@nimbushost.example"}, name_from="Nimbus Hosting Abuse",
    date="Tue, 10 Sep 2024 09:45:00 +0900",
    subject="[Abuse #NH-55140] KCSC-240904-02",
    body=f"""Hello,

The following page has been disabled by our abuse team:

    {N_PROMO}

The following URL could not be found on any server we operate:

    {N_LOTTO}

Ticket #NH-55140 is now closed.

Nimbus Hosting - Abuse Department
""",
    items={N_PROMO: "removed", N_LOTTO: "not_found"},
)

case(
    name="fb-wrapped-angle-url",
    imitates="plain reply whose mailer wrapped a URL inside angle brackets across two lines",
    why="the URL <...scan_003.pdf> is wrapped after its last slash; the file was removed",
    outcome="applied", classification="confirmation",
    **{"from": "abuse@filebarn.example"}, name_from="FileBarn Abuse",
    date="Wed, 11 Sep 2024 10:30:00 +0200",
    subject="Re: [KCSC-240903-01] Removal request - 14 files",
    reply_to_req="req-240903-01",
    body="""Hi,

Regarding the scanned document you reported, <https://filebarn.example/f/Np2iC6/
scan_003.pdf>, it was removed this morning at 08:40 UTC and the uploader's
account has been closed.

Priya
FileBarn Abuse
""",
    items={F["Np2iC6"]: "removed"},
)

case(
    name="fb-korean-desk-fullwidth",
    imitates="Korean-language support desk of a foreign file host, URLs followed by full-width punctuation",
    why="two files 삭제되었습니다 (removed); the third is kept after review, no breach of the terms (rejected)",
    outcome="applied", classification="confirmation",
    **{"from": "korea@filebarn.example"}, name_from="파일반 한국 지원팀",
    date="Fri, 13 Sep 2024 11:00:00 +0900",
    subject="Re: [KCSC-240903-01] 파일 삭제 요청 건",
    reply_to_req="req-240903-01",
    body=f"""안녕하세요, 파일반(FileBarn) 한국 지원팀입니다.
요청번호 KCSC-240903-01 관련하여 안내드립니다.

{F['Kc6hN0']}，{F['Ys9dL4']} 두 파일은 삭제되었습니다。
{F['Gv3bX2']}（공개 도메인 자료）는 검토 결과 약관 위반이 아니어서 유지됩니다。

감사합니다.
""",
    items={F["Kc6hN0"]: "removed", F["Ys9dL4"]: "removed", F["Gv3bX2"]: "rejected"},
)

# ============ review ============

case(
    name="fb-promise-48h",
    imitates="abuse desk promising removal after legal sign-off",
    why="'will remove ... once legal signs off' is a conditional promise, not a statement",
    outcome="review", review="not_understood",
    **{"from": "abuse@filebarn.example"}, name_from="FileBarn Abuse",
    date="Wed, 04 Sep 2024 12:00:00 +0200",
    subject="Re: [KCSC-240903-01] Removal request - 14 files",
    reply_to_req="req-240903-01",
    body=f"""Hello,

Thanks for the report. We will remove the following files within 48
hours once our legal team signs off:

{F['Hn4cV1']}
{F['Bd2sK9']}

FileBarn Abuse
""",
    items={F["Hn4cV1"]: "pending", F["Bd2sK9"]: "pending"},
)

case(
    name="nimbus-forwarded-to-customer",
    imitates="hosting provider passing the complaint to its customer with a deadline",
    why="forwarded to the customer, 'may already have been taken down' is a hedge; confirmation only promised",
    outcome="review", review="not_understood",
    **{"from": "abuse@nimbushost.example"}, name_from="Nimbus Hosting Abuse",
    date="Wed, 04 Sep 2024 15:10:00 +0900",
    subject="[Abuse #NH-55120] KCSC-240904-02 - forwarded to customer",
    body=f"""Hello,

We have passed your complaint about {N_PROMO}
to our customer, who has 48 hours to respond. The page may already have
been taken down by them; we will confirm once the ticket is closed.

Nimbus Hosting - Abuse Department
""",
    items={N_PROMO: "pending"},
)

case(
    name="fb-bulk-all-deleted",
    imitates="short abuse-desk closure stating everything in the request was deleted",
    why="one sentence about all 14 files without naming any: bulk for a multi-item request",
    outcome="review", review="bulk",
    **{"from": "abuse@filebarn.example"}, name_from="FileBarn Abuse",
    date="Tue, 10 Sep 2024 17:00:00 +0200",
    subject="Re: [KCSC-240903-01] Removal request - 14 files",
    reply_to_req="req-240903-01",
    body="""Hello,

All files listed in your request KCSC-240903-01 have been deleted from
our servers and the uploaders' accounts are closed.

FileBarn Abuse
""",
    items={u: "pending" for u in F.values()},
)

case(
    name="padboard-bulk-ko",
    imitates="Korean operator's one-line reply that all requested posts were deleted",
    why="모두 삭제 about a five-item request without naming the posts: bulk",
    outcome="review", review="bulk",
    **{"from": "admin@padboard.example"}, name_from="패드보드 운영팀",
    date="Wed, 11 Sep 2024 10:00:00 +0900",
    subject="Re: [KCSC-240905-03] 게시물 삭제 요청",
    reply_to_req="req-240905-03",
    body="""안녕하세요. 요청하신 게시물(KCSC-240905-03)은 모두 삭제 조치하였습니다.
감사합니다.

패드보드 운영팀
""",
    items={P1: "pending", P2: "pending", P3: "pending", P4: "pending", P5: "pending"},
)

case(
    name="chanpix-auth-fail",
    imitates="image-board removal reply whose DMARC check failed",
    why="From chanpix.example but dkim/spf/dmarc fail: untrusted, nothing applied",
    outcome="review", review="untrusted",
    **{"from": "abuse@chanpix.example"}, name_from="Chanpix Abuse", auth="fail",
    date="Sun, 08 Sep 2024 02:00:00 +0000",
    subject="Re: [KCSC-240906-04] Removal request",
    body=f"""Hello,

The thread {C1} has been removed and the poster banned.

Chanpix Abuse
""",
    items={C1: "pending"},
)

case(
    name="padboard-mod-personal-mail",
    imitates="a volunteer board moderator answering from a personal mailbox",
    why="the sender's domain belongs to no platform: unknown_sender",
    outcome="review", review="unknown_sender",
    **{"from": "seoyeon.mod@mailbox.example"}, name_from="서연",
    date="Sat, 07 Sep 2024 21:10:00 +0900",
    subject="패드보드 자유게시판 삭제 건 (KCSC-240905-03)",
    body=f"""안녕하세요, 패드보드 자유게시판 관리자입니다.
{P1} 글은 제가 지웠습니다. 운영팀에도 전달해 두었습니다.
""",
    items={P1: "pending"},
)

case(
    name="hanbit-about-hosted-site",
    imitates="registrar reporting a domain suspension for a site whose request went to its host",
    why="the registrar states a status for an item of the Nimbus Hosting request: wrong_platform",
    outcome="review", review="wrong_platform",
    **{"from": "abuse@hanbitdomains.example"}, name_from="Hanbit Domains Abuse",
    date="Thu, 12 Sep 2024 11:00:00 +0900",
    subject="sunny-deals.example - domain suspended",
    body=f"""Dear KCSC,

We were copied on your complaint about sunny-deals.example, which is
registered with us. We have suspended the domain, so
{N_PROMO} no longer resolves.

Hanbit Domains Abuse Team
""",
    items={N_PROMO: "pending"},
)

case(
    name="edgeshield-not-host",
    imitates="CDN standard reply: we are a reverse proxy, we do not host the content, complaint forwarded to the host",
    why="no statement about the item's status, only that it was forwarded: not_understood (arguable: could be read as a refusal)",
    outcome="review", review="not_understood",
    **{"from": "abuse@edgeshield.example"}, name_from="EdgeShield Abuse",
    date="Tue, 10 Sep 2024 09:30:00 +0000",
    subject="[EdgeShield #ES-220914] KCSC-240910-06",
    body=f"""Hello,

EdgeShield is a reverse proxy and a content delivery network. We do not
host {E1} and cannot remove content from a
server we do not operate.

We have forwarded your complaint to the hosting provider of the site
(Nimbus Hosting, abuse@nimbushost.example) and to the site owner.

EdgeShield Abuse Team
""",
    items={E1: "pending"},
)

case(
    name="chanpix-under-review",
    imitates="image-board moderator acknowledging one post is being looked at",
    why="'under review, will get back' is no statement: the post stays pending",
    outcome="review", review="not_understood",
    **{"from": "mods@chanpix.example"}, name_from="chanpix mods",
    date="Fri, 06 Sep 2024 19:00:00 +0000",
    subject="Re: [KCSC-240906-04] Removal request",
    reply_to_req="req-240906-04",
    body=f"""thanks. {C2} is with the janitor team, under review. will get back to
you.
""",
    items={C2: "pending"},
)

case(
    name="nimbus-use-abuse-form",
    imitates="hosting abuse desk telling reporters that email reports are being retired",
    why="trusted platform mail naming no requested item and no request: no_claims",
    outcome="review", review="no_claims",
    **{"from": "abuse@nimbushost.example"}, name_from="Nimbus Hosting Abuse",
    date="Fri, 13 Sep 2024 10:00:00 +0900",
    subject="Change to how we accept abuse reports",
    body="""Dear reporter,

From 1 October 2024 we will no longer process abuse reports sent to
abuse@nimbushost.example. Please use our web form at
https://nimbushost.example/abuse/report so that each report reaches the
right team.

Nimbus Hosting - Abuse Department
""",
    items={},
)

case(
    name="fb-asks-proof",
    imitates="file host legal team asking for a statement of authority and legal basis before acting",
    why="asks for documents before acting on the request: asks_more",
    outcome="review", review="asks_more", classification="request_for_info",
    **{"from": "legal@filebarn.example"}, name_from="FileBarn Legal",
    date="Wed, 04 Sep 2024 10:00:00 +0200",
    subject="Re: [KCSC-240903-01] Removal request - 14 files",
    reply_to_req="req-240903-01",
    body=f"""Dear KCSC,

Before we can act on KCSC-240903-01 we need:

1. a statement that you are authorised to make this request, and
2. the provision of Korean law that each file is said to breach.

For {F['Kc6hN0']} in particular, please explain why
the content is unlawful; it looks like a scanned public-domain book to us.

Please reply to this email with the documents.

FileBarn Legal
""",
    items={F["Kc6hN0"]: "pending"},
)

case(
    name="fb-hedge-appears",
    imitates="abuse desk unsure whether uploaders removed files",
    why="'appear to have been removed ... cannot confirm' is a hedge: pending",
    outcome="review", review="not_understood",
    **{"from": "abuse@filebarn.example"}, name_from="FileBarn Abuse",
    date="Thu, 05 Sep 2024 14:00:00 +0200",
    subject="Re: [KCSC-240903-01] Removal request - 14 files",
    reply_to_req="req-240903-01",
    body=f"""Hi,

The two files below appear to have been removed by their uploaders, but
our logs are incomplete for that period so we cannot confirm it:

{F['Rw0oF8']}
{F['Mf1gP7']}

FileBarn Abuse
""",
    items={F["Rw0oF8"]: "pending", F["Mf1gP7"]: "pending"},
)

# ============ ignored ============

case(
    name="nimbus-ticket-created",
    imitates="hosting helpdesk automatic ticket receipt",
    why="pure acknowledgement: ticket created, will review",
    outcome="ignored", classification="acknowledgement",
    **{"from": "abuse@nimbushost.example"}, name_from="Nimbus Hosting Abuse",
    date="Wed, 04 Sep 2024 11:31:02 +0900",
    subject="[Abuse #NH-55120] Ticket received: KCSC-240904-02 removal request",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Thank you for your report.

A ticket has been created with number NH-55120. Our abuse team will
review your report and take appropriate action. Please keep the ticket
number in the subject line when you reply.

Nimbus Hosting - Abuse Department
""",
    items={},
)

case(
    name="padboard-ooo-chuseok",
    imitates="Korean out-of-office auto-reply over the Chuseok holiday",
    why="recognised auto-reply (Auto-Submitted, 부재중): ignored",
    outcome="ignored", classification="auto_reply",
    **{"from": "admin@padboard.example"}, name_from="패드보드 운영팀",
    date="Mon, 16 Sep 2024 09:00:00 +0900",
    subject="[자동응답] 추석 연휴 부재 안내",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 패드보드 운영팀입니다.
9월 16일(월)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
보내주신 메일은 9월 19일부터 순서대로 확인하겠습니다.
""",
    items={},
)

CHANPIX_ORIG = "\n".join([
    "Message-ID: <req-240906-04@kcsc.example>",
    "Date: Fri, 06 Sep 2024 09:40:00 +0900",
    "From: KCSC Takedown <takedown@kcsc.example>",
    "To: abuse@chanpix.example",
    "Subject: [KCSC-240906-04] Removal request",
    "Content-Type: text/plain; charset=utf-8",
    "",
] + CHANPIX_REQUEST_LINES)
case(
    name="chanpix-dsn-bounce",
    imitates="Postfix delivery status notification (mailbox full) returning our request",
    why="a bounce carrying our own request: ignored whatever it contains",
    outcome="ignored", classification="bounce",
    **{"from": "MAILER-DAEMON@mx1.chanpix.example"}, name_from="Mail Delivery System",
    date="Fri, 06 Sep 2024 00:41:07 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=multipart("report", "DSN.4Wq1.1725583267", [
        (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
         """This is the mail system at host mx1.chanpix.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<abuse@chanpix.example>: mailbox is full (quota exceeded)"""),
        (["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
         """Reporting-MTA: dns; mx1.chanpix.example
Arrival-Date: Fri,  6 Sep 2024 00:40:58 +0000 (UTC)

Final-Recipient: rfc822; abuse@chanpix.example
Action: failed
Status: 5.2.2
Diagnostic-Code: x-unix; mailbox is full (quota exceeded)"""),
        (["Content-Description: Undelivered Message", "Content-Type: message/rfc822"], CHANPIX_ORIG),
    ], extra="report-type=delivery-status; "),
    items={C1: "pending", C2: "pending", C3: "pending"},
)

case(
    name="fb-mdn-read-receipt",
    imitates="message disposition notification (read receipt) from an abuse mailbox",
    why="MDN 'displayed': ignored",
    outcome="ignored", classification="read_receipt",
    **{"from": "abuse@filebarn.example"}, name_from="FileBarn Abuse",
    date="Tue, 03 Sep 2024 11:02:00 +0200",
    subject="Read: [KCSC-240903-01] Removal request - 14 files",
    reply_to_req="req-240903-01",
    raw_mime=multipart("report", "mdn_0903_fb", [
        (["Content-Type: text/plain; charset=utf-8"],
         """Your message

  To: abuse@filebarn.example
  Subject: [KCSC-240903-01] Removal request - 14 files
  Sent: Tuesday, September 3, 2024 3:00 AM (UTC)

was read on Tuesday, September 3, 2024 9:02 AM (UTC)."""),
        (["Content-Type: message/disposition-notification"],
         """Reporting-UA: filebarn.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;abuse@filebarn.example
Original-Message-ID: <req-240903-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed"""),
    ], extra="report-type=disposition-notification; "),
    items={},
)

case(
    name="edgeshield-autoresponse-form",
    imitates="CDN auto-response: email complaints are not processed, use the web form",
    why="automatic reply (Auto-Submitted) saying email is not read: ignored",
    outcome="ignored", classification="auto_reply",
    **{"from": "abuse@edgeshield.example"}, name_from="EdgeShield Abuse",
    date="Tue, 10 Sep 2024 07:00:30 +0000",
    subject="Automatic reply: [KCSC-240910-06] Removal request",
    reply_to_req="req-240910-06",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""This is an automated response.

This mailbox does not process abuse complaints sent by email. Please
submit your report through our abuse form at https://edgeshield.example/abuse
so that it can be routed to the right team.

EdgeShield
""",
    items={},
)

case(
    name="fb-zendesk-receipt",
    imitates="helpdesk (Zendesk-style) request-received notice",
    why="pure acknowledgement with a request number, nothing about any file",
    outcome="ignored", classification="acknowledgement",
    **{"from": "support@filebarn.example"}, name_from="FileBarn Support",
    date="Tue, 03 Sep 2024 10:00:40 +0200",
    subject="[FileBarn] Re: [KCSC-240903-01] Removal request - 14 files",
    reply_to_req="req-240903-01",
    body="""##- Please type your reply above this line -##

Your request (40912) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

FileBarn Support
""",
    items={},
)

def encode_headers(c):
    """Non-ASCII display names and subjects as RFC 2047 encoded-words, as mailers send them."""
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v and not v.isascii():
            c[key] = email.header.Header(v, "utf-8").encode()


for _c in cases:
    encode_headers(_c)

HEADER = """# Blind set 535: hosts, a CDN, a registrar, a Korean forum, an image board,
# a file host and a one-person paste service; CSV attachment, plain-text and
# HTML tables. Written from each email's meaning before any run of the reader.
# Generated by make.py; do not edit by hand."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
