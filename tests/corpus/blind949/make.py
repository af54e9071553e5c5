#!/usr/bin/env python3
"""Blind set 949: hosting providers, CDNs, registrars, forums, image boards,
file hosts and small services answering informally, plus CSV attachments
and plain-text tables.

    python3 tests/corpus/blind949/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml. The
expected results were written from each email's meaning before any run of
the reader. All names, sites, ids and URLs are invented.
"""
import base64
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "filecrate.example": "Filecrate",
    "gureumhost.example": "Gureum Hosting",
    "edgeshield.example": "EdgeShield",
    "nameport.example": "NamePort",
    "mokpan.example": "Mokpan",
    "nabichan.example": "nabichan",
    "pastemill.example": "Pastemill",
})

# ---------------------------------------------------------------- requests
R_FC, R_GR, R_ED, R_NP, R_MP, R_NB, R_PM = (
    "KCSC-240902-01", "KCSC-240903-02", "KCSC-240904-03", "KCSC-240905-04",
    "KCSC-240906-05", "KCSC-240909-06", "KCSC-240910-07")

F = {
    1: "https://filecrate.example/f/8kQz2LmN",
    2: "https://filecrate.example/f/Rt5vW9xA",
    3: "https://filecrate.example/f/c3PpH7eJ",
    4: "https://filecrate.example/f/Yb2nK6sD",
    5: "https://filecrate.example/f/mW8tQ1uZ",
    6: "https://filecrate.example/f/Lx4gN0vB",
    7: "https://filecrate.example/f/Hs9dE3rT",
    8: "https://filecrate.example/f/pA7jU2cF",
    9: "https://filecrate.example/folder/Gq5wZ8kM",
    10: "https://filecrate.example/folder/Vn1bX4yH",
    11: "https://dl.filecrate.example/d/7e3a91c4/archive_part1.rar",
    12: "https://dl.filecrate.example/d/7e3a91c4/archive_part2.rar",
    13: "https://filecrate.example/f/Jk6mS5oP",
    14: "https://filecrate.example/f/Tz0qC8wL",
}
G = {
    1: "http://toto-lucky777.example/",
    2: "https://bet-haneul.example/event/join.php",
    3: "https://casino-dal.example/m/index.html",
    4: "https://sports-pick24.example/board/view.php?no=318",
}
E = {
    1: "https://icecrystal-shop.example/",
    2: "https://icecrystal-shop.example/products/blue",
    3: "https://green-leaf-kr.example/order",
}
N = {
    1: "http://gov24-refund.example/",
    2: "http://secure-banklogin-kr.example/",
}
M = {
    1: "https://mokpan.example/board/free/48213",
    2: "https://mokpan.example/board/free/48377",
    3: "https://mokpan.example/board/%EC%82%AC%EC%A7%84/9921",
    4: "https://mokpan.example/board/humor/50112?comment=7731",
    5: "https://m.mokpan.example/board/free/48390",
}
M3_RAW = "https://mokpan.example/board/사진/9921"
B = {
    1: "https://nabichan.example/kr/res/20771.html",
    2: "https://nabichan.example/kr/res/20802.html",
    3: "https://img.nabichan.example/src/1725840123456.jpg",
}
P = {1: "https://pastemill.example/raw/q8Zt3Wk1"}

REQUESTS = [
    (R_FC, "filecrate", "2024-09-02T15:00:00+09:00", "2024-09-09T23:59:59+09:00", F, "obscene",
     "file links sharing obscene material"),
    (R_GR, "gureum", "2024-09-03T10:30:00+09:00", "2024-09-10T23:59:59+09:00", G, "gambling",
     "illegal gambling sites hosted by Gureum"),
    (R_ED, "edgeshield", "2024-09-04T11:00:00+09:00", "2024-09-11T23:59:59+09:00", E, "drugs",
     "drug sales sites behind EdgeShield"),
    (R_NP, "nameport", "2024-09-05T14:00:00+09:00", "2024-09-12T23:59:59+09:00", N, "phishing",
     "phishing domains registered at NamePort"),
    (R_MP, "mokpan", "2024-09-06T15:00:00+09:00", "2024-09-13T23:59:59+09:00", M, "defamation",
     "forum posts and a comment"),
    (R_NB, "nabichan", "2024-09-09T09:30:00+09:00", "2024-09-16T23:59:59+09:00", B, "obscene",
     "image board threads and an image"),
    (R_PM, "pastemill", "2024-09-10T16:00:00+09:00", "2024-09-17T23:59:59+09:00", P, "personal_data",
     "paste with personal data"),
]


def mid(ref):
    return "req." + ref


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for k in sorted(urls):
            lines.append(f"{ref},{plat},{sent},{due},{urls[k]},{cat},{mid(ref)}@kcsc.example,{note}")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- helpers
def subj(s):
    """RFC 2047-encode a subject holding non-ASCII text."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def quoted(text):
    return "\n".join((">" + (" " + l if l else "")) for l in text.strip("\n").split("\n"))


def request_text_en(ref, team, urls):
    body = [f"Dear {team},", "",
            "The Korea Communications Standards Commission (KCSC) has found the",
            "following content to be illegal information under Korean law and",
            f"requests its removal (our reference {ref}):", ""]
    for k in sorted(urls):
        body.append(f"{k}. {urls[k]}")
    body += ["", "Please tell us the action taken for each URL.", "",
             "KCSC Takedown Desk", "takedown@kcsc.example"]
    return "\n".join(body)


def request_text_ko(ref, urls):
    body = ["안녕하십니까, 방송통신심의위원회입니다.", "",
            f"아래 정보에 대하여 삭제 등 필요한 조치를 요청드립니다. (요청번호 {ref})", ""]
    for k in sorted(urls):
        body.append(f"{k}. {urls[k]}")
    body += ["", "조치 결과를 URL별로 회신하여 주시기 바랍니다.", "",
             "방송통신심의위원회 불법정보 삭제요청 담당", "takedown@kcsc.example"]
    return "\n".join(body)


REQ_SUBJ = {
    R_FC: f"[{R_FC}] Request for removal of illegal content",
    R_GR: f"[{R_GR}] 불법정보 삭제 요청",
    R_ED: f"[{R_ED}] Request for removal of illegal content",
    R_NP: f"[{R_NP}] Request for suspension of phishing domains",
    R_MP: f"[{R_MP}] 불법정보 삭제 요청",
    R_NB: f"[{R_NB}] Request for removal of illegal content",
    R_PM: f"[{R_PM}] Request for removal of illegal content",
}


def re_(ref):
    return subj("Re: " + REQ_SUBJ[ref])


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ Filecrate
case(
    name="fc-deleted-list-abuse-desk",
    **{"from": "abuse@filecrate.example"}, name_from="Filecrate Abuse",
    date="Tue, 03 Sep 2024 10:14:22 +0000", subject=re_(R_FC), reply_to_req=mid(R_FC),
    body=f"""Hello,

Thanks for the report. The following files were deleted from our storage
this morning and the uploader's account has received a strike:

{F[1]}
{F[2]}
{F[3]}

We are still going through the rest of your list and will write again.

--
Marta
Filecrate abuse desk
""",
    outcome="applied", classification="confirmation",
    imitates="file-host abuse desk reply listing deleted files",
    why="three files named one per line under 'were deleted'",
    items={F[1]: "removed", F[2]: "removed", F[3]: "removed"},
)

CSV_FC = f"""link,result,checked_at,comment
{F[4]},deleted,2024-09-04 02:10 UTC,
{F[5]},deleted,2024-09-04 02:11 UTC,uploader banned
{F[6]},not_found,2024-09-04 02:11 UTC,file id does not exist
{F[7]},no_violation,2024-09-04 02:15 UTC,archive holds open-source installers only
"""
case(
    name="fc-csv-attachment-results",
    **{"from": "abuse@filecrate.example"}, name_from="Filecrate Abuse",
    date="Wed, 04 Sep 2024 02:31:05 +0000", subject=re_(R_FC), reply_to_req=mid(R_FC),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="fc-csv-7781"

--fc-csv-7781
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hi KCSC team,

results for the links of your notice {R_FC} checked so far are in the
attached sheet, one row per link. Rows marked no_violation were looked at
by a second reviewer before we closed them.

Filecrate abuse desk

--fc-csv-7781
Content-Type: text/csv; charset=utf-8; name="kcsc_{R_FC}_results.csv"
Content-Disposition: attachment; filename="kcsc_{R_FC}_results.csv"
Content-Transfer-Encoding: base64

{b64(CSV_FC)}
--fc-csv-7781--
""",
    outcome="applied", classification="confirmation",
    imitates="abuse desk sending a per-link result spreadsheet (CSV attachment)",
    why="CSV rows: two deleted, one file id that does not exist, one kept as no violation",
    items={F[4]: "removed", F[5]: "removed", F[6]: "not_found", F[7]: "rejected"},
)

case(
    name="fc-url-then-status-below",
    **{"from": "jonas@filecrate.example"}, name_from="Jonas Wirth",
    date="Wed, 04 Sep 2024 16:40:11 +0200", subject=re_(R_FC), reply_to_req=mid(R_FC),
    body=f"""Hi,

went through the remaining links from {R_FC}:

{F[8]}
  -> deleted

{F[9]}
  -> folder had already been emptied and removed by its owner before we got to it

{F[10]}
  -> folder disabled, the share link returns 410 now

Jonas
""",
    outcome="applied", classification="confirmation",
    imitates="one-person abuse handling at a small file host, result under each URL",
    why="status on the line below each URL: deleted, removed by its owner (not found), disabled",
    items={F[8]: "removed", F[9]: "not_found", F[10]: "removed"},
)

HTML_FC = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear KCSC Takedown Desk,</p>
<p>Filecrate Trust &amp; Safety has completed its review of notice <b>{R_FC}</b>.
The outcome for each reported link is shown below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#eeeeee"><th>Reported link</th><th>Outcome</th><th>Date (UTC)</th></tr>
<tr><td>{F[11]}</td><td>Removed</td><td>2024-09-05</td></tr>
<tr><td>{F[12]}</td><td>Removed</td><td>2024-09-05</td></tr>
<tr><td>{F[13]}</td><td>File not found</td><td>2024-09-05</td></tr>
<tr><td>{F[14]}</td><td>No action &ndash; content does not violate our Terms of Service</td><td>2024-09-05</td></tr>
</table>
<p>Our Terms of Service are available at
<a href="https://filecrate.example/legal/terms">https://filecrate.example/legal/terms</a>.</p>
<p>Kind regards,<br>Filecrate Trust &amp; Safety</p>
</body></html>
"""
case(
    name="fc-html-table-qp",
    **{"from": "trust-safety@filecrate.example"}, name_from="Filecrate Trust & Safety",
    date="Thu, 05 Sep 2024 09:02:44 +0000", subject=f"Outcome of your notice {R_FC}",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(HTML_FC)}""",
    outcome="applied", classification="confirmation",
    imitates="trust-and-safety outcome notice with a per-link HTML table",
    why="HTML table: two removed, one file not found, one left up as no violation; the terms link is not an item",
    items={F[11]: "removed", F[12]: "removed", F[13]: "not_found", F[14]: "rejected"},
)

case(
    name="fc-top-posted-gmail-quote",
    **{"from": "marta@filecrate.example"}, name_from="Marta Keller",
    date="Tue, 03 Sep 2024 13:55:09 +0000", subject=re_(R_FC), reply_to_req=mid(R_FC),
    body=f"""{F[1]} and {F[2]} are gone, both deleted.

{F[3]} - I can't find this one on any storage node, no file with that id exists.

Marta

On Mon, 2 Sep 2024 at 08:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(request_text_en(R_FC, "Filecrate abuse team", F))}
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted reply over the Gmail-quoted request",
    why="two deleted and one with no such file id above the quote; the quoted request's 14 URLs are not statements",
    items={F[1]: "removed", F[2]: "removed", F[3]: "not_found"},
)

case(
    name="fc-statement-and-promise",
    **{"from": "abuse@filecrate.example"}, name_from="Filecrate Abuse",
    date="Wed, 04 Sep 2024 11:20:00 +0000", subject=re_(R_FC), reply_to_req=mid(R_FC),
    body=f"""Hello,

{F[4]} has been deleted.

{F[5]} is on hold with our legal team because the uploader has written to
us about it; it will be removed once they sign off.

Regards,
Filecrate abuse desk
""",
    outcome="applied", classification="confirmation",
    imitates="abuse desk reply mixing a done action and a pending legal hold",
    why="one file deleted; the second only promised ('will be removed once ...'), stays pending",
    items={F[4]: "removed", F[5]: "pending"},
)

TICKET_FC = f"""##- Please type your reply above this line -##

Your request (48812) has been solved. To reopen it, reply to this email.

Dana (Filecrate Support)
4 Sep 2024, 09:41 UTC

Hello, both links you asked about were taken down for breach of our Terms
of Service:
{F[6]}
{F[7]}

Thanks for letting us know.

KCSC Takedown
3 Sep 2024, 01:12 UTC

Please see our notice {R_FC} sent to abuse@filecrate.example on 2 September
and tell us what was done with the two links we asked your support team
about.

This email is a service from Filecrate Support.
"""
case(
    name="fc-ticket-solved-base64",
    **{"from": "support@filecrate.example"}, name_from="Filecrate Support",
    date="Wed, 04 Sep 2024 09:41:37 +0000", subject=f"[Filecrate] Re: {R_FC} follow-up",
    extra_headers=["X-Mailer: Helpdesk"],
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(TICKET_FC)}""",
    outcome="applied", classification="confirmation",
    imitates="helpdesk 'your request has been solved' mail with the agent's comment (Zendesk style), base64 body",
    why="agent's comment: both named links taken down; the older comment from us names no URL",
    items={F[6]: "removed", F[7]: "removed"},
)

case(
    name="fc-angle-brackets",
    **{"from": "abuse@filecrate.example"}, name_from="Filecrate Abuse",
    date="Thu, 05 Sep 2024 07:12:50 +0000", subject=re_(R_FC), reply_to_req=mid(R_FC),
    body=f"""Hi,

We removed <{F[13]}> and
<{F[14]}> this morning. The second archive part,
<{F[12]}>, had already been deleted by the
uploader, so there was nothing left for us to remove.

Best,
Filecrate abuse desk
""",
    outcome="applied", classification="confirmation",
    imitates="short abuse desk reply with URLs in angle brackets",
    why="two removed by the host; one already deleted by its uploader (not found)",
    items={F[13]: "removed", F[14]: "removed", F[12]: "not_found"},
)

case(
    name="fc-ack-plus-statement",
    **{"from": "abuse@filecrate.example"}, name_from="Filecrate Abuse",
    date="Tue, 03 Sep 2024 06:30:12 +0000", subject=re_(R_FC), reply_to_req=mid(R_FC),
    body=f"""Thank you, we have received your notice and opened ticket FC-77120.

Please note that the two shared folders in it,
{F[9]} and
{F[10]},
were disabled earlier today by our automated scanner, so no further action is
needed on those. The individual files are with our reviewers.

Filecrate abuse desk
""",
    outcome="applied", classification="confirmation",
    imitates="ticket receipt that also states the outcome for part of the notice",
    why="acknowledgement phrase plus an unhedged statement that two folders were disabled",
    items={F[9]: "removed", F[10]: "removed"},
)

case(
    name="fc-promise-within-24h",
    **{"from": "abuse@filecrate.example"}, name_from="Filecrate Abuse",
    date="Mon, 02 Sep 2024 09:15:40 +0000", subject=re_(R_FC), reply_to_req=mid(R_FC),
    body=f"""Hi,

thanks - we'll have {F[1]},
{F[2]} and {F[3]}
taken down within 24 hours and will confirm when done.

Filecrate abuse desk
""",
    outcome="review", review="not_understood",
    imitates="abuse desk promising action",
    why="only a promise ('we'll have ... taken down'); nothing has happened yet",
    items={F[1]: "pending", F[2]: "pending", F[3]: "pending"},
)

case(
    name="fc-bulk-all-removed",
    **{"from": "abuse@filecrate.example"}, name_from="Filecrate Abuse",
    date="Fri, 06 Sep 2024 08:05:33 +0000", subject=re_(R_FC), reply_to_req=mid(R_FC),
    body=f"""Hello,

All 14 links in {R_FC} have been removed and the two uploader accounts
involved are closed.

Filecrate abuse desk
""",
    outcome="review", review="bulk",
    imitates="one-line bulk confirmation from an abuse desk",
    why="one statement about all 14 items without naming any",
    items={u: "pending" for u in F.values()},
)

case(
    name="fc-ticket-receipt",
    **{"from": "no-reply@filecrate.example"}, name_from="Filecrate Support",
    date="Mon, 02 Sep 2024 06:01:02 +0000", subject=f"[Filecrate] Request received: {REQ_SUBJ[R_FC]}",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

We've received your request and a ticket has been created (FC-77131).
Our abuse team usually responds within 72 hours. You can add information
by replying to this email.

Filecrate Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk automatic ticket-created receipt",
    why="pure receipt: ticket number, no statement about any item",
    items={},
)

# ================================================================ Gureum Hosting
case(
    name="gureum-suspended-accounts-ko",
    **{"from": "abuse@gureumhost.example"}, name_from="구름호스팅 보안관제팀",
    date="Wed, 04 Sep 2024 14:22:10 +0900", subject=re_(R_GR), reply_to_req=mid(R_GR),
    body=f"""안녕하세요, 구름호스팅 보안관제팀입니다.

요청하신 건({R_GR})과 관련하여 아래와 같이 조치하였습니다.

- {G[1]} : 해당 고객 호스팅 계정 이용정지, 현재 사이트 접속 불가 상태
- {G[2]} : 웹 파일 삭제 완료

나머지 2건은 고객사 확인 후 다시 회신드리겠습니다.

구름호스팅 보안관제팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean hosting provider abuse team reply (계정 이용정지 / 파일 삭제)",
    why="hosting account suspended and site unreachable (removed); page files deleted (removed); the other two not named",
    items={G[1]: "removed", G[2]: "removed"},
)

case(
    name="gureum-removed-and-moved-away",
    **{"from": "abuse@gureumhost.example"}, name_from="구름호스팅 보안관제팀",
    date="Thu, 05 Sep 2024 10:05:41 +0900", subject=re_(R_GR), reply_to_req=mid(R_GR),
    body=f"""안녕하세요.

{R_GR} 추가 회신입니다.

{G[3]} 은(는) 호스팅 계정 해지 및 파일 삭제 처리 완료하였습니다.
{G[4]} 은(는) 당사 서버에서 확인되지 않습니다. 해당 도메인은 2024년 7월 당사 서비스를 해지하고 타사로 이전되었습니다.

감사합니다.
구름호스팅 보안관제팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean hosting provider follow-up: one site deleted, one no longer a customer",
    why="one site's account closed and files deleted; the other not on their servers (not found)",
    items={G[3]: "removed", G[4]: "not_found"},
)

TABLE_GR = f"""번호  URL                                                   처리결과   비고
----  ----------------------------------------------------  ---------  ---------------------------------
1     {G[1]:<52}  이용정지   고객 계정 정지, 사이트 접속 불가
2     {G[2]:<52}  삭제       해당 페이지 삭제
4     {G[4]:<52}  조치불가   스포츠 통계 게시판, 약관 위반 없음
"""
case(
    name="gureum-plaintext-table",
    **{"from": "noc@gureumhost.example"}, name_from="Gureum NOC",
    date="Thu, 05 Sep 2024 17:48:00 +0900", subject=subj(f"[구름호스팅] {R_GR} 처리 결과"),
    body=f"""방송통신심의위원회 담당자님께,

요청번호 {R_GR} 의 처리 결과를 아래 표로 전달드립니다.
(3번 URL은 별도 회신 예정)

{TABLE_GR}
문의: noc@gureumhost.example
""",
    outcome="applied", classification="confirmation",
    imitates="hosting NOC reply with a fixed-width plain-text result table",
    why="table rows: account suspended (removed), page deleted (removed), no action because no breach (rejected)",
    items={G[1]: "removed", G[2]: "removed", G[4]: "rejected"},
)

case(
    name="gureum-echoed-report",
    **{"from": "report@gureumhost.example"}, name_from="구름호스팅 신고센터",
    date="Thu, 05 Sep 2024 14:21:30 +0900",
    subject=subj("[구름호스팅 신고센터] 신고 처리 결과 안내 (접수번호 GR-2024-09-1187)"),
    body=f"""[구름호스팅 신고센터] 신고 처리 결과 안내

접수번호: GR-2024-09-1187

■ 신고 내용
 - 신고 유형: 불법 도박
 - 신고 URL: {G[2]}
 - 신고인: 방송통신심의위원회 ({R_GR})

■ 처리 결과
 - 조치 내용: 해당 페이지 삭제 및 고객 경고
 - 처리 일시: 2024-09-05 14:20

본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="report-centre result mail echoing the report form (신고 처리 결과 안내)",
    why="echoed report names one URL; result: page deleted",
    items={G[2]: "removed"},
)

case(
    name="gureum-hedged-customer",
    **{"from": "abuse@gureumhost.example"}, name_from="구름호스팅 보안관제팀",
    date="Wed, 04 Sep 2024 11:02:19 +0900", subject=re_(R_GR), reply_to_req=mid(R_GR),
    body=f"""안녕하세요, 구름호스팅입니다.

고객사에 확인해 보니 {G[1]} 는 고객이 자체적으로 내린 것으로 보입니다.
{G[3]} 도 이번 주 안에 내려갈 예정이라고 합니다.

확정되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="hosting provider passing on what the customer said",
    why="'~것으로 보입니다' is a hedge and '내려갈 예정' a promise; nothing stated",
    items={G[1]: "pending", G[3]: "pending"},
)

case(
    name="gureum-dmarc-fail",
    **{"from": "abuse@gureumhost.example"}, name_from="구름호스팅 보안관제팀", auth="fail",
    date="Thu, 05 Sep 2024 09:13:55 +0900", subject=re_(R_GR), reply_to_req=mid(R_GR),
    body=f"""안녕하세요.

{R_GR} 관련 아래 사이트는 모두 삭제 조치되었습니다.

{G[3]}
{G[4]}

구름호스팅
""",
    outcome="review", review="untrusted",
    imitates="hosting provider reply that fails DMARC",
    why="claims from the platform's domain but dkim/spf/dmarc fail",
    items={G[3]: "pending", G[4]: "pending"},
)

case(
    name="gureum-reports-mokpan-post",
    **{"from": "abuse@gureumhost.example"}, name_from="구름호스팅 보안관제팀",
    date="Mon, 09 Sep 2024 10:40:00 +0900", subject=subj("목판(mokpan.example) 게시물 관련 회신"),
    body=f"""안녕하세요, 구름호스팅 보안관제팀입니다.

목판(mokpan.example)은 당사 호스팅 고객입니다. 위원회에서 목판 측에 요청하신
게시물에 대해 고객사에 확인을 요청하였고, 아래 게시물이 운영자에 의해 삭제된 것을
확인했습니다.

{M[1]}

참고하시기 바랍니다.
""",
    outcome="review", review="wrong_platform",
    imitates="hosting provider reporting on its customer's forum post",
    why="Gureum states the status of an item of the Mokpan request",
    items={M[1]: "pending"},
)

case(
    name="gureum-out-of-office",
    **{"from": "kim.sh@gureumhost.example"}, name_from="김세현",
    date="Tue, 03 Sep 2024 10:31:02 +0900", subject=subj("[자동응답] " + REQ_SUBJ[R_GR]),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요, 김세현입니다.

9월 3일부터 9월 18일까지 휴가로 부재중입니다.
불법정보 신고 관련 급한 건은 abuse@gureumhost.example 로 보내 주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중 자동응답)",
    why="auto-reply",
    items={},
)

# ================================================================ EdgeShield (CDN)
case(
    name="edge-cdn-not-host-refusal",
    **{"from": "abuse@edgeshield.example"}, name_from="EdgeShield Trust & Safety",
    date="Wed, 04 Sep 2024 08:44:03 +0000", subject=f"EdgeShield abuse report {R_ED} [ES-552901]",
    body=f"""Hello,

EdgeShield provides reverse-proxy and CDN services for the websites below.
We are not their hosting provider, and we cannot remove content stored on
servers we do not operate. We are therefore taking no action on our side
for these URLs:

{E[1]}
{E[2]}
{E[3]}

We have passed your complaint on to the hosting provider of record
(Hanbit Datacenter, abuse@hanbit-dc.example) and to the website owner.
You may wish to contact the hosting provider directly.

EdgeShield Trust & Safety
https://edgeshield.example/abuse
""",
    outcome="applied", classification="confirmation",
    imitates="CDN 'we are not the host, complaint forwarded to the hosting provider' reply (Cloudflare style)",
    why="the CDN states it takes no action on the three URLs and gives its reason: a refusal",
    items={E[1]: "rejected", E[2]: "rejected", E[3]: "rejected"},
)

case(
    name="edge-sites-deployment-deleted",
    **{"from": "abuse@edgeshield.example"}, name_from="EdgeShield Trust & Safety",
    date="Thu, 05 Sep 2024 03:10:29 +0000", subject=f"EdgeShield abuse report {R_ED} [ES-552901] - update",
    body=f"""Hello again,

After a closer look we found that icecrystal-shop.example is not only proxied
but stored on our EdgeShield Sites hosting product, so we were able to act.
The deployment has been deleted, and both
{E[1]} and
{E[2]}
now return 404 from our network.

The third URL in your report is not stored with us; our earlier reply about it
stands.

EdgeShield Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN update after finding content on its own hosting product",
    why="deployment deleted, both URLs now 404; the third URL is referred to only as 'the third URL'",
    items={E[1]: "removed", E[2]: "removed"},
)

case(
    name="edge-geo-blocked-korea",
    **{"from": "legal@edgeshield.example"}, name_from="EdgeShield Legal",
    date="Fri, 06 Sep 2024 06:55:17 +0000", subject=f"Re: {REQ_SUBJ[R_ED]}", reply_to_req=mid(R_ED),
    body=f"""Dear KCSC,

In response to your request, access to the following page has been disabled
for visitors connecting from the Republic of Korea, who now receive HTTP 451:
{E[3]}

The page remains reachable from other countries.

Regards,
EdgeShield Legal
""",
    outcome="applied", classification="confirmation",
    imitates="country-withheld notice (HTTP 451 for one country), URL on the line below the statement",
    why="disabled for Korea only: restricted",
    items={E[3]: "restricted"},
)

case(
    name="edge-reseller-unknown-sender",
    **{"from": "support@webfarm-reseller.example"}, name_from="WebFarm Support",
    date="Thu, 05 Sep 2024 12:00:45 +0900", subject=f"Re: {REQ_SUBJ[R_ED]}",
    body=f"""Hello,

We resell EdgeShield services and the customer behind
{E[1]} is ours. We have removed the site from our
account today.

WebFarm support
""",
    outcome="review", review="unknown_sender",
    imitates="reseller answering for the CDN",
    why="sender domain belongs to no configured platform",
    items={E[1]: "pending"},
)

case(
    name="edge-no-claims-contact-check",
    **{"from": "le-liaison@edgeshield.example"}, name_from="EdgeShield Government Liaison",
    date="Mon, 09 Sep 2024 15:30:00 +0000", subject="Verifying your contact details",
    body="""Hello,

We are updating our list of government and regulator contacts. Could you
confirm that takedown@kcsc.example is still the right address for removal
notices from your Commission, and tell us whether you also use a web portal?

Thank you,
EdgeShield Government Liaison
""",
    outcome="review", review="no_claims",
    imitates="platform liaison contact-verification mail",
    why="trusted mail naming no item and no request",
    items={},
)

case(
    name="edge-autoreply-use-form",
    **{"from": "abuse@edgeshield.example"}, name_from="EdgeShield",
    date="Wed, 04 Sep 2024 02:00:07 +0000", subject=f"Automatic reply: {REQ_SUBJ[R_ED]}",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""This is an automated message.

Reports sent to this address by email are not processed. To report abuse of
EdgeShield services, please use the form at https://edgeshield.example/abuse
so that your report reaches the right team.

EdgeShield
""",
    outcome="ignored", classification="auto_reply",
    imitates="automatic 'use our abuse form' reply",
    why="auto-reply; the form link is not an item",
    items={},
)

# ================================================================ NamePort (registrar)
case(
    name="nameport-clienthold-bare-domain",
    **{"from": "abuse@nameport.example"}, name_from="NamePort Abuse",
    date="Fri, 06 Sep 2024 01:18:36 +0000", subject=re_(R_NP), reply_to_req=mid(R_NP),
    body="""Hello,

The domain gov24-refund.example has been suspended (EPP status clientHold)
and no longer resolves.

NamePort Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse reply: domain on clientHold",
    why="the requested domain suspended and not resolving: the item URL is the domain's home page",
    items={N[1]: "removed"},
)

case(
    name="nameport-suspended-and-no-action",
    **{"from": "compliance@nameport.example"}, name_from="NamePort Compliance",
    date="Fri, 06 Sep 2024 09:45:12 +0000", subject=re_(R_NP), reply_to_req=mid(R_NP),
    body=f"""Dear KCSC,

Regarding your request {R_NP}:

* {N[1]} - suspended by us on 6 September.
* {N[2]} - we checked it and found only a parking page with
  no login form or banking content; the registrant's details were verified.
  No action taken, as nothing on it breaches our abuse policy.

NamePort Compliance
""",
    outcome="applied", classification="confirmation",
    imitates="registrar compliance reply, bulleted per domain",
    why="one domain suspended (removed); one left active with the reason (rejected)",
    items={N[1]: "removed", N[2]: "rejected"},
)

case(
    name="nameport-asks-court-order",
    **{"from": "legal@nameport.example"}, name_from="NamePort Legal",
    date="Thu, 05 Sep 2024 22:10:44 +0000", subject=re_(R_NP), reply_to_req=mid(R_NP),
    body="""Dear Sir or Madam,

Before we can act on gov24-refund.example and secure-banklogin-kr.example we
need the following:

1. a copy of the Commission's decision for each domain;
2. evidence of the phishing (screenshots with timestamps);
3. confirmation that the decision is final under Korean law.

Please reply to this email with these documents.

NamePort Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="registrar asking for documents before acting",
    why="asks for documents; no status",
    items={N[1]: "pending", N[2]: "pending"},
)

DSN_NP = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="np-dsn-01"

--np-dsn-01
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.nameport.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<trust@nameport.example>: host mbox.nameport.example[192.0.2.44] said:
    550 5.1.1 <trust@nameport.example>: Recipient address rejected: User
    unknown in virtual mailbox table

--np-dsn-01
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.nameport.example
Arrival-Date: Thu, 5 Sep 2024 05:00:03 +0000 (UTC)

Final-Recipient: rfc822; trust@nameport.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <trust@nameport.example>: Recipient address
    rejected: User unknown in virtual mailbox table

--np-dsn-01
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: trust@nameport.example
Subject: {REQ_SUBJ[R_NP]}
Message-ID: <{mid(R_NP)}.b@kcsc.example>
Date: Thu, 5 Sep 2024 14:00:00 +0900
Content-Type: text/plain; charset=utf-8

{request_text_en(R_NP, "NamePort abuse team", N)}

--np-dsn-01--
"""
case(
    name="nameport-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mx1.nameport.example"}, name_from="Mail Delivery System",
    date="Thu, 05 Sep 2024 05:00:04 +0000", subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=DSN_NP,
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (550 user unknown) returning our request",
    why="bounce; the URLs are in the returned request",
    items={},
)

# ================================================================ Mokpan (forum)
case(
    name="mokpan-admin-one-line",
    **{"from": "admin@mokpan.example"}, name_from="목판 운영자",
    date="Fri, 06 Sep 2024 21:03:11 +0900", subject=re_(R_MP), reply_to_req=mid(R_MP),
    body=f"""{M[1]} 삭제했습니다.

목판 운영자 드림

2024년 9월 6일 (금) 오후 3:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted(request_text_ko(R_MP, {1: M[1], 2: M[2], 3: M3_RAW, 4: M[4], 5: M[5]}))}
""",
    outcome="applied", classification="confirmation",
    imitates="forum admin's one-line Korean reply over the Gmail-quoted request",
    why="one post deleted; the other four are only in the quoted request",
    items={M[1]: "removed"},
)

case(
    name="mokpan-blind-temp-korean",
    **{"from": "help@mokpan.example"}, name_from="목판 고객센터",
    date="Mon, 09 Sep 2024 11:30:00 +0900", subject=subj(f"[목판] 게시물 처리 결과 안내 ({R_MP})"),
    body=f"""[목판] 게시물 처리 결과 안내

요청번호: {R_MP}
처리 결과는 다음과 같습니다.

1) {M[2]}
   → 블라인드 처리 (게시판 운영정책 제6조 위반)
2) {M3_RAW}
   → 임시조치 (30일간 게시물 접근 제한)
3) {M[4]}
   → 해당 댓글 삭제

게시판 운영정책: https://mokpan.example/policy/operation

목판 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum 게시물 처리 결과 안내 (블라인드 / 임시조치 / 댓글 삭제)",
    why="블라인드 (removed), 임시조치 (restricted), comment deleted (removed); the policy link is not an item; raw Korean path matches the encoded one",
    items={M[2]: "removed", M[3]: "restricted", M[4]: "removed"},
)

case(
    name="mokpan-particle-fullwidth",
    **{"from": "admin@mokpan.example"}, name_from="목판 운영자",
    date="Sat, 07 Sep 2024 10:12:40 +0900", subject=re_(R_MP), reply_to_req=mid(R_MP),
    body=f"""안녕하세요, 목판 운영자입니다.

{M[5]}은 작성자가 이미 삭제한 글입니다。
{M[1]}는 게시중단 처리했습니다．

나머지는 주말 지나고 확인하겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="forum admin's informal Korean reply, URLs followed by particles and full-width stops",
    why="a post already deleted by its author (not found); one post 게시중단 (removed)",
    items={M[5]: "not_found", M[1]: "removed"},
)

HTML_MP = f"""<html><head><meta charset="utf-8"></head><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구({R_MP})에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일자</th></tr>
<tr><td>1</td><td>{M[1]}</td><td>삭제</td><td>2024-09-09</td></tr>
<tr><td>2</td><td>{M[2]}</td><td>삭제</td><td>2024-09-09</td></tr>
<tr><td>3</td><td>{M3_RAW}</td><td>접속차단</td><td>2024-09-09</td></tr>
<tr><td>4</td><td>{M[4]}</td><td>해당 게시물 없음</td><td>-</td></tr>
<tr><td>5</td><td>{M[5]}</td><td>작성자 자진 삭제</td><td>-</td></tr>
</table>
<p>목판 운영팀</p>
</body></html>
"""
case(
    name="mokpan-result-table-html",
    **{"from": "help@mokpan.example"}, name_from="목판 운영팀",
    date="Mon, 09 Sep 2024 16:45:00 +0900", subject=subj(f"시정요구 조치결과 회신 ({R_MP})"),
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(HTML_MP)}""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table in HTML, base64 body",
    why="삭제 x2 (removed), 접속차단 (restricted), 게시물 없음 and 작성자 자진 삭제 (not found)",
    items={M[1]: "removed", M[2]: "removed", M[3]: "restricted", M[4]: "not_found", M[5]: "not_found"},
)

QP_MP = f"""안녕하세요, 목판 운영팀입니다.

{M[2]} 게시물은 성인 인증을 거친 회원만 볼 수 있도록 연령 제한 처리하였습니다.

감사합니다.
"""
case(
    name="mokpan-qp-age-restricted",
    **{"from": "help@mokpan.example"}, name_from="목판 운영팀",
    date="Sat, 07 Sep 2024 09:20:15 +0900", subject=re_(R_MP), reply_to_req=mid(R_MP),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(QP_MP)}""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum reply: post age-restricted (성인 인증), quoted-printable",
    why="age restriction: restricted",
    items={M[2]: "restricted"},
)

case(
    name="mokpan-bulk-korean",
    **{"from": "help@mokpan.example"}, name_from="목판 고객센터",
    date="Mon, 09 Sep 2024 09:05:00 +0900", subject=re_(R_MP), reply_to_req=mid(R_MP),
    body=f"""안녕하세요, 목판 고객센터입니다.

요청하신 게시물({R_MP}) 전부 삭제 조치 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Korean one-line bulk 삭제 조치 완료",
    why="'all requested posts deleted' for a five-item request, none named",
    items={u: "pending" for u in M.values()},
)

HWP_BYTES = b"HWP Document File V5.00 \x1a\x01\x02\x03\x04\x05" + bytes(range(256)) * 2
case(
    name="mokpan-hwp-attachment",
    **{"from": "help@mokpan.example"}, name_from="목판 운영팀",
    date="Tue, 10 Sep 2024 10:00:00 +0900", subject=subj(f"[회신] {R_MP} 조치결과"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="mp-hwp-3"

--mp-hwp-3
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 목판 운영팀입니다.
요청번호 {R_MP} 조치결과는 첨부한 문서를 확인해 주시기 바랍니다.

--mp-hwp-3
Content-Type: application/x-hwp; name="{R_MP}_result.hwp"
Content-Disposition: attachment; filename="{R_MP}_result.hwp"
Content-Transfer-Encoding: base64

{b64(HWP_BYTES)}
--mp-hwp-3--
""",
    outcome="review", review="unreadable_attachment",
    imitates="Korean reply whose results are only in an HWP attachment",
    why="the outcome is in an HWP document the reader cannot open",
    items={},
)

MDN_MP = f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mp-mdn-9"

--mp-mdn-9
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "{REQ_SUBJ[R_MP]}" 을(를) help@mokpan.example 에서 2024-09-06 15:40 에 읽었습니다.

--mp-mdn-9
Content-Type: message/disposition-notification

Reporting-UA: webmail.mokpan.example; Mokpan Webmail
Final-Recipient: rfc822; help@mokpan.example
Original-Message-ID: <{mid(R_MP)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mp-mdn-9--
"""
case(
    name="mokpan-mdn-read",
    **{"from": "help@mokpan.example"}, name_from="목판 고객센터",
    date="Fri, 06 Sep 2024 15:40:22 +0900", subject=subj("읽음: " + REQ_SUBJ[R_MP]),
    raw_mime=MDN_MP,
    outcome="ignored", classification="read_receipt",
    imitates="webmail read receipt (MDN, displayed)",
    why="read receipt",
    items={},
)

# ================================================================ nabichan (image board)
case(
    name="nabi-admin-informal",
    **{"from": "admin@nabichan.example"}, name_from="nabi admin",
    date="Mon, 09 Sep 2024 22:47:03 +0900", subject=re_(R_NB), reply_to_req=mid(R_NB),
    body=f"""hey,

nuked both threads ({B[1]} and {B[2]}), poster's range is banned.
the image {B[3]} was already gone, board prunes
old threads after 3 days so it fell off before I saw your mail.

- nabi admin
""",
    outcome="applied", classification="confirmation",
    imitates="image board admin's informal reply",
    why="two threads 'nuked' (removed); the image already pruned before they acted (not found)",
    items={B[1]: "removed", B[2]: "removed", B[3]: "not_found"},
)

case(
    name="nabi-outlook-original-message",
    **{"from": "mods@nabichan.example"}, name_from="nabichan mod team",
    date="Tue, 10 Sep 2024 08:15:00 +0900", subject=re_(R_NB), reply_to_req=mid(R_NB),
    body=f"""Deleted {B[3]} and added its hash to the ban list.

Regards,
mod team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 9:30 AM
To: abuse@nabichan.example
Subject: {REQ_SUBJ[R_NB]}

{request_text_en(R_NB, "nabichan administrators", B)}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the request below -----Original Message-----",
    why="one image deleted; the two threads appear only in the unquoted original message below the separator",
    items={B[3]: "removed"},
)

case(
    name="nabi-under-review",
    **{"from": "mods@nabichan.example"}, name_from="nabichan mod team",
    date="Mon, 09 Sep 2024 18:02:30 +0900", subject=re_(R_NB), reply_to_req=mid(R_NB),
    body=f"""Hi,

{B[1]} is under review by the mods, we'll decide after the weekend.
Same for {B[2]}.

mod team
""",
    outcome="review", review="not_understood",
    imitates="image board mods saying threads are under review",
    why="'under review' is not a status",
    items={B[1]: "pending", B[2]: "pending"},
)

DSN_NB = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="nb-dsn-4"

--nb-dsn-4
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.nabichan.example.

Your message could not be delivered to one or more recipients.

<abuse@nabichan.example>: mailbox full (552 5.2.2 quota exceeded)

--nb-dsn-4
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.nabichan.example

Final-Recipient: rfc822; abuse@nabichan.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--nb-dsn-4
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse@nabichan.example
Subject: {REQ_SUBJ[R_NB]}
Message-ID: <{mid(R_NB)}@kcsc.example>
Date: Mon, 9 Sep 2024 09:30:00 +0900
Content-Type: text/plain; charset=utf-8

{request_text_en(R_NB, "nabichan administrators", B)}

--nb-dsn-4--
"""
case(
    name="nabi-dsn-mailbox-full",
    **{"from": "MAILER-DAEMON@mail.nabichan.example"}, name_from="Mail Delivery System",
    date="Mon, 09 Sep 2024 09:30:41 +0900", subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=DSN_NB,
    outcome="ignored", classification="bounce",
    imitates="DSN 552 mailbox full with the returned request",
    why="bounce; the URLs are in the returned request",
    items={},
)

# ================================================================ Pastemill (one-person service)
case(
    name="paste-done-one-item",
    **{"from": "sam@pastemill.example"}, name_from="Sam (Pastemill)",
    date="Tue, 10 Sep 2024 19:22:08 +0900", subject=re_(R_PM), reply_to_req=mid(R_PM),
    body="""Done, the paste is gone.

--
Sam
Pastemill (it's just me)
""",
    outcome="applied", classification="confirmation",
    imitates="one-person service's one-line reply",
    why="a single statement about the one item of a one-item request",
    items={P[1]: "removed"},
)

case(
    name="paste-rejected-aup",
    **{"from": "sam@pastemill.example"}, name_from="Sam (Pastemill)",
    date="Wed, 11 Sep 2024 08:03:44 +0900", subject=re_(R_PM), reply_to_req=mid(R_PM),
    body=f"""Hi,

I looked at {P[1]}. It is a list of links to
public company pages - no names, phone numbers or anything else personal
that I can see, so nothing in it breaks the Pastemill rules. I'm leaving it up.

If you think I missed something, tell me which lines.

Sam
""",
    outcome="applied", classification="confirmation",
    imitates="small service operator refusing with a reason",
    why="stays up because it breaks no rule: rejected",
    items={P[1]: "rejected"},
)

case(
    name="paste-ack-queued",
    **{"from": "reports@pastemill.example"}, name_from="Pastemill Reports",
    date="Tue, 10 Sep 2024 16:00:31 +0900", subject=f"Report received (ref PM-3391) - {R_PM}",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""Thanks for your report about {P[1]}.

It has been queued for a moderator (ref PM-3391). You'll hear from us when
it has been handled.

Pastemill
""",
    outcome="ignored", classification="acknowledgement",
    imitates="automatic report receipt echoing the reported URL",
    why="pure receipt: the URL is echoed from the report, no statement about it",
    items={P[1]: "pending"},
)

HEADER = """# Blind set 949 (tests/corpus/blind949/): hosting providers, CDNs,
# registrars, forums, image boards, file hosts and small services answering
# informally, plus CSV attachments and plain-text tables.
# Written by tests/corpus/blind949/make.py from each email's meaning,
# before any run of the reader. Each case is judged alone on a fresh ledger."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind949", HEADER, CASES)


if __name__ == "__main__":
    main()
