#!/usr/bin/env python3
"""Blind set 787: hosting providers, a CDN, a registrar, a Korean forum, an
image board, file hosts and one-person services answering informally, plus
CSV attachments and plain-text tables.

    python3 tests/corpus/blind787/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email was written for this set (own sentences, fictional services on the
reserved .example TLD); the expected results come from each email's meaning
alone, written before the reader was ever run on them.
"""
import base64
import csv
import io
import os
import quopri
import sys
import urllib.parse
import zlib
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))


def enc(u):
    """The URL as stored in requests.csv (non-ASCII path percent-encoded)."""
    return urllib.parse.quote(u, safe=":/?#[]@!$&'()*+,;=%")


def d(day, hh=10, mm=0):
    return format_datetime(datetime(2024, 9, day, hh, mm, 0, tzinfo=KST))


def h(s):
    """RFC 2047 encoded header text (Korean display names and subjects)."""
    return Header(s, "utf-8").encode()


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").strip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- requests
PB = [
    "https://pastebox.example/f/Qm7tXa2",
    "https://pastebox.example/f/Rk4pLw9",
    "https://pastebox.example/f/Tz8nBc1",
    "https://pastebox.example/f/Vh3sKd6",
    "https://pastebox.example/f/Wy5gMf0",
    "https://pastebox.example/f/Xa2jNq7",
    "https://pastebox.example/f/Yb6rPu3",
    "https://pastebox.example/f/Zc9wSe4",
    "https://pastebox.example/d/folder/Hn1kEo8",
    "https://dl.pastebox.example/f/Jp0vGt5",
    "https://pastebox.example/f/Lm2xHi9",
    "https://pastebox.example/f/Nd7yUo2",
]
CH = [
    "https://mirae-photo.example/album/2024/0817/",
    "https://mirae-photo.example/album/2024/0818/",
    "http://sunny-leaks.example/p/88",
    "http://sunny-leaks.example/p/89",
]
MG_RAW = [
    "https://mulgyeol.example/board/자유게시판/10234",
    "https://mulgyeol.example/board/자유게시판/10251",
    "https://mulgyeol.example/board/유머/88812",
    "https://mulgyeol.example/board/유머/88830",
    "https://mulgyeol.example/gallery/photo/5521",
]
MG = [enc(u) for u in MG_RAW]
KK = [
    "https://kkachi.example/b/res/55120.html",
    "https://kkachi.example/b/res/55187.html",
    "https://kkachi.example/kr/res/9031.html",
]
EV = [
    "https://moonlit-cams.example/v/3301",
    "https://moonlit-cams.example/v/3302",
]
HN = ["https://bamboo-toto.example/"]
IT = [
    "https://i.imgtoss.example/a8f3k2.jpg",
    "https://imgtoss.example/view/a8f3k3",
]

REQUESTS = [
    ("KCSC-240903-01", "pastebox", 3, "deepfake_sexual_abuse", PB, "largest request"),
    ("KCSC-240904-02", "cirrushost", 4, "illegal_filming", CH, "hosted customer sites"),
    ("KCSC-240905-03", "mulgyeol", 5, "defamation_privacy", MG, "Korean board paths"),
    ("KCSC-240906-04", "kkachi", 6, "deepfake_sexual_abuse", KK, "image board threads"),
    ("KCSC-240909-05", "edgeveil", 9, "illegal_filming", EV, "site behind a CDN"),
    ("KCSC-240910-06", "hanuldomains", 10, "illegal_gambling", HN, "whole domain"),
    ("KCSC-240911-07", "imgtoss", 11, "privacy_violation", IT, "one-person image host"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, day, cat, urls, note in REQUESTS:
        sent = f"2024-09-{day:02d}T10:00:00+09:00"
        due = f"2024-09-{day + 7:02d}T18:00:00+09:00"
        mid = f"<req-{ref[5:]}@kcsc.example>".lower()
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def quoted_request(ref, urls, style="outlook", day=3, to="abuse"):
    """Our own request as a platform's mail client quotes it below a reply."""
    body = (
        "Dear Sir or Madam,\n\n"
        "The Korea Communications Standards Commission asks you to remove or\n"
        f"disable access to the content at the following {len(urls)} URL(s) under\n"
        "Korean law. Please reply to this message with the action taken for\n"
        "each URL.\n\n"
        + "\n".join(f"{i}. {u}" for i, u in enumerate(urls, 1))
        + f"\n\nReference: {ref}\nKCSC Takedown Team\n"
    )
    if style == "outlook":
        head = (
            "-----Original Message-----\n"
            "From: KCSC Takedown <takedown@kcsc.example>\n"
            f"Sent: {datetime(2024, 9, day, 10, 0).strftime('%A, %B %-d, %Y')} 10:00 AM\n"
            f"To: {to}\n"
            f"Subject: [{ref}] Removal request\n\n"
        )
        return head + body
    head = (
        f"On {datetime(2024, 9, day).strftime('%a, %b %-d, %Y')} at 10:00 AM KCSC Takedown "
        "<takedown@kcsc.example> wrote:\n"
    )
    return head + "\n".join(("> " + l).rstrip() for l in body.splitlines()) + "\n"


def rq(ref):
    return "req-" + ref[5:].lower()


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED

# -- Pastebox (file host), KCSC-240903-01, 12 items --------------------------
csv_rows = [
    ("link", "outcome", "checked_at_utc", "note"),
    (PB[0], "removed", "2024-09-05 02:11", ""),
    (PB[1], "removed", "2024-09-05 02:11", ""),
    (PB[2], "removed", "2024-09-05 02:12", ""),
    (PB[3], "removed", "2024-09-05 02:12", "uploader account closed"),
    (PB[4], "not found", "2024-09-05 02:13", "deleted by the uploader on 2024-09-02"),
    (PB[5], "removed", "2024-09-05 02:14", ""),
    (PB[6], "removed", "2024-09-05 02:14", ""),
    (PB[7], "no action", "2024-09-05 02:20", "reviewed: public service manual, no violation found"),
    (PB[8], "removed", "2024-09-05 02:21", "folder and the 31 files inside deleted"),
    (PB[9], "not found", "2024-09-05 02:22", "invalid file id, never existed"),
    (PB[10], "blocked (KR)", "2024-09-05 02:25", "not reachable from Korean IP addresses"),
    (PB[11], "removed", "2024-09-05 02:26", ""),
]
_b = io.StringIO()
csv.writer(_b, lineterminator="\r\n").writerows(csv_rows)
case(
    name="pastebox-csv-results-all-twelve",
    date=d(5, 11, 40), **{"from": "abuse@pastebox.example"}, name_from="Pastebox Trust & Safety",
    subject="Re: [KCSC-240903-01] Removal request", reply_to_req=rq("KCSC-240903-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_pbx_7781"

--=_pbx_7781
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

We have gone through the twelve links in your notice. The outcome for
each link is in the attached spreadsheet, one row per link.

Regards,
Mina
Pastebox Trust & Safety

--=_pbx_7781
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_results.csv"
Content-Transfer-Encoding: base64

{b64(_b.getvalue())}
--=_pbx_7781--
""",
    outcome="applied", classification="confirmation",
    imitates="file host abuse desk returning a per-link results spreadsheet (CSV attachment)",
    why="CSV names every link: 8 removed, 2 not found (deleted by uploader / invalid id), 1 no violation, 1 blocked for Korean IPs",
    items={PB[0]: "removed", PB[1]: "removed", PB[2]: "removed", PB[3]: "removed",
           PB[4]: "not_found", PB[5]: "removed", PB[6]: "removed", PB[7]: "rejected",
           PB[8]: "removed", PB[9]: "not_found", PB[10]: "restricted", PB[11]: "removed"},
)

case(
    name="pastebox-plain-text-table-partial",
    date=d(4, 16, 5), **{"from": "abuse@pastebox.example"}, name_from="Pastebox Trust & Safety",
    subject="Re: [KCSC-240903-01] Removal request - first batch", reply_to_req=rq("KCSC-240903-01"),
    body="""Hello KCSC team,

First batch done. Your ref: KCSC-240903-01

 #  Link                                    Result
 -  --------------------------------------  ----------------------
 1  https://pastebox.example/f/Qm7tXa2      Removed
 2  https://pastebox.example/f/Rk4pLw9      Removed
 3  https://pastebox.example/f/Tz8nBc1      File not found
 4  https://pastebox.example/f/Vh3sKd6      Blocked in South Korea
 5  https://pastebox.example/f/Wy5gMf0      Removed

The other seven links are still with our legal team. We will write again
once they have been looked at.

Pastebox Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="abuse desk plain-text results table sent in batches",
    why="five rows each state a result; the remaining seven are explicitly still open",
    items={PB[0]: "removed", PB[1]: "removed", PB[2]: "not_found", PB[3]: "restricted", PB[4]: "removed"},
)

case(
    name="pastebox-ops-oneliner-two-urls",
    date=d(3, 22, 47), **{"from": "jun@pastebox.example"}, name_from="Jun Park",
    subject="Re: [KCSC-240903-01] Removal request", reply_to_req=rq("KCSC-240903-01"),
    body="""deleted these two, thanks for the heads up. abuse team will do the rest tomorrow

https://pastebox.example/f/Xa2jNq7
https://pastebox.example/f/Yb6rPu3

--
jun / pastebox ops
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from a small service's engineer on call",
    why="'deleted these two' followed by exactly two URLs; the rest is a promise about other items",
    items={PB[5]: "removed", PB[6]: "removed"},
)

case(
    name="pastebox-outlook-qp-over-request",
    date=d(6, 10, 12), **{"from": "daniel.ko@pastebox.example"}, name_from="Daniel Ko",
    subject="RE: [KCSC-240903-01] Removal request", reply_to_req=rq("KCSC-240903-01"),
    raw_mime="Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(
        "Hello KCSC team,\n\n"
        "An update on your notice:\n\n"
        f"{PB[7]} \u2013 removed today at 09:40 KST after a second review.\n"
        f"{PB[10]} \u2013 removed today at 09:41 KST.\n"
        f"{PB[11]} \u2013 the uploader deleted this file on 4 September, before we opened your notice, so there was nothing left for us to remove.\n\n"
        "Kind regards,\nDaniel Ko\nPastebox Trust & Safety\n\n"
        + quoted_request("KCSC-240903-01", PB, "outlook", 3, "abuse@pastebox.example")
    ),
    outcome="applied", classification="confirmation",
    imitates="Outlook reply in quoted-printable, answer above the quoted original request",
    why="three statements above the quote: two removed, one already deleted by its uploader; the quoted list of 12 says nothing",
    items={PB[7]: "removed", PB[10]: "removed", PB[11]: "not_found"},
)

_html = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear KCSC,</p>
<p>Result of your request <b>KCSC-240903-01</b>:</p>
<ul>
<li><a href="{PB[0]}">{PB[0]}</a> &mdash; disabled</li>
<li><a href="{PB[1]}">{PB[1]}</a> &mdash; disabled</li>
<li><a href="{PB[2]}">{PB[2]}</a> &mdash; disabled</li>
<li><a href="{PB[3]}">{PB[3]}</a> &mdash; access restricted for users in South Korea</li>
</ul>
<p>If the uploader files a counter-notice we will let you know. Our policy:
<a href="https://pastebox.example/legal/abuse-policy">https://pastebox.example/legal/abuse-policy</a></p>
<p>Pastebox Trust &amp; Safety</p>
</body></html>
"""
case(
    name="pastebox-base64-html-bullets",
    date=d(5, 9, 3), **{"from": "abuse@pastebox.example"}, name_from="Pastebox Trust & Safety",
    subject="Re: [KCSC-240903-01] Removal request", reply_to_req=rq("KCSC-240903-01"),
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(_html),
    outcome="applied", classification="confirmation",
    imitates="HTML ticket-system reply, base64 body, bulleted list of links with outcomes",
    why="three links disabled (removed), one restricted in Korea; the policy link is not an item",
    items={PB[0]: "removed", PB[1]: "removed", PB[2]: "removed", PB[3]: "restricted"},
)

case(
    name="pastebox-korean-angle-brackets-fullwidth",
    date=d(4, 14, 22), **{"from": "support-kr@pastebox.example"}, name_from=h("Pastebox 한국 지원팀"),
    subject=h("Re: [KCSC-240903-01] 파일 삭제 요청 회신"), reply_to_req=rq("KCSC-240903-01"),
    body=f"""안녕하세요, Pastebox 한국 지원팀입니다.

요청하신 파일 중 아래 두 건은 오늘 오후 삭제했습니다.
<{PB[2]}>
<{PB[3]}>

{PB[4]}（업로더가 탈퇴하면서 이미 지워진 파일입니다）는 저희 저장소에서 찾을 수 없었습니다.

나머지 파일은 검토가 끝나는 대로 따로 회신드리겠습니다.

감사합니다.
Pastebox 한국 지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean-language support desk of a foreign file host",
    why="two URLs in angle brackets under '삭제했습니다'; one URL followed by full-width parentheses and '는 찾을 수 없었습니다' = not found",
    items={PB[2]: "removed", PB[3]: "removed", PB[4]: "not_found"},
)

case(
    name="pastebox-dsa-statement-of-reasons",
    date=d(11, 3, 15), **{"from": "noreply-sor@pastebox.example"}, name_from="Pastebox",
    subject="Statement of reasons PB-SOR-2024-0911-0042 (your notice KCSC-240903-01)",
    body=f"""Statement of reasons
(Article 17 of Regulation (EU) 2022/2065, Digital Services Act)

Reference:            PB-SOR-2024-0911-0042
Notice:               KCSC-240903-01, received 2024-09-03
Content concerned:    {PB[4]}
Decision:             Removal of the content
Territorial scope:    Worldwide
Facts relied on:      The notice identified the file as sexual imagery of a
                      real person created without consent. Our reviewer
                      confirmed this.
Ground:               Incompatible with our Terms of Service, section 4.2
Automated detection:  No
Automated decision:   No

Redress: the uploader may appeal through our internal complaint system
(https://pastebox.example/appeals), use a certified out-of-court dispute
settlement body, or go to court.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons sent to the notifier",
    why="one named file, decision 'Removal of the content' worldwide; the appeals page is not an item",
    items={PB[4]: "removed"},
)

case(
    name="pastebox-bare-url-status-below",
    date=d(6, 17, 30), **{"from": "abuse@pastebox.example"}, name_from="Pastebox Trust & Safety",
    subject="Re: [KCSC-240903-01] Removal request", reply_to_req=rq("KCSC-240903-01"),
    body=f"""Hi,

{PB[5]}
Status: Removed

{PB[6]}
Status: Not found (no file has ever had this ID, please check the link)

{PB[8]}
Status: Removed (folder and everything in it)

{PB[9]}
Status: Under review

Best,
Pastebox Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="abuse desk reply, bare URL with its status on the line below",
    why="two removed, one invalid link (not found); 'Under review' is not a statement and stays pending",
    items={PB[5]: "removed", PB[6]: "not_found", PB[8]: "removed", PB[9]: "pending"},
)

# -- imgtoss (one-person image host), KCSC-240911-07, 2 items ----------------
case(
    name="imgtoss-admin-removes-one-keeps-one",
    date=d(11, 23, 58), **{"from": "admin@imgtoss.example"}, name_from="imgtoss",
    subject="Re: [KCSC-240911-07] Removal request", reply_to_req=rq("KCSC-240911-07"),
    body=f"""Hi,

I took down {IT[0]} about an hour ago and purged it from the cache.

I'm leaving {IT[1]} up. It's a screenshot of a newspaper front page,
nothing in it breaks our rules and nobody in it can be identified.

Seo-yeon
(I run imgtoss on my own, so replies can be slow)
""",
    outcome="applied", classification="confirmation",
    imitates="informal reply from the single operator of a small image host",
    why="one took down (removed), one kept because it breaks no rule (rejected)",
    items={IT[0]: "removed", IT[1]: "rejected"},
)

case(
    name="imgtoss-gmail-quote-both-deleted",
    date=d(12, 8, 14), **{"from": "admin@imgtoss.example"}, name_from="imgtoss",
    subject="Re: [KCSC-240911-07] Removal request", reply_to_req=rq("KCSC-240911-07"),
    body=f"""Both links are dead now:

{IT[0]} deleted
{IT[1]} deleted (same upload, that was the viewer page for it)

Cloudflare cache purged as well, may take a few min to drop everywhere.

{quoted_request("KCSC-240911-07", IT, "gmail", 11)}""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style reply with 'On ... wrote:' quote of the request",
    why="both URLs each followed by 'deleted' above the quote; the cache remark does not hedge the deletion",
    items={IT[0]: "removed", IT[1]: "removed"},
)

case(
    name="imgtoss-marked-adult-only",
    date=d(12, 19, 2), **{"from": "admin@imgtoss.example"}, name_from="imgtoss",
    subject="Re: [KCSC-240911-07] Removal request", reply_to_req=rq("KCSC-240911-07"),
    body=f"""Hello,

I marked {IT[0]} as 18+. It is now hidden from anyone who isn't logged in
with an age-verified account. Deleting it outright would break a lot of
forum embeds, so that is where I landed for now.

Still looking at the other link.

Seo-yeon
""",
    outcome="applied", classification="confirmation",
    imitates="small host age-gating an image instead of deleting it",
    why="age-restricted = restricted; the other link is explicitly still open",
    items={IT[0]: "restricted", IT[1]: "pending"},
)

# -- Cirrus Hosting (web host), KCSC-240904-02, 4 items ----------------------
case(
    name="cirrus-ticket-resolved-account-suspended",
    date=d(6, 13, 20), **{"from": "abuse@cirrushost.example"}, name_from="Cirrus Hosting Abuse Team",
    subject="[CIR-88213] Resolved: KCSC-240904-02", reply_to_req=rq("KCSC-240904-02"),
    body=f"""Dear reporter,

We have finished our investigation of abuse ticket CIR-88213.

- {CH[0]} : our customer deleted this album; we checked and the path now
  returns 404.
- The hosting account behind sunny-leaks.example has been suspended for
  breaching our Acceptable Use Policy. {CH[2]} and {CH[3]}
  are no longer served from our network.

The other album (18 August) is still being discussed with the customer. We
will write again.

Acceptable Use Policy: https://cirrushost.example/legal/aup

Cirrus Hosting Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="web host abuse ticket closing note (customer removal + account suspension)",
    why="0817 deleted; both sunny-leaks pages no longer served after suspension; 0818 still being discussed",
    items={CH[0]: "removed", CH[1]: "pending", CH[2]: "removed", CH[3]: "removed"},
)

case(
    name="cirrus-customer-quoted-host-verified",
    date=d(5, 18, 45), **{"from": "abuse@cirrushost.example"}, name_from="Cirrus Hosting Abuse Team",
    subject="[CIR-88213] Customer response - KCSC-240904-02", reply_to_req=rq("KCSC-240904-02"),
    body=f"""Hello,

Our customer, the operator of mirae-photo.example, answered as follows:

> We removed the 17 August album as soon as we saw your mail.
> The 18 August one will come down tonight after we back it up.

We have checked {CH[0]} ourselves and it is gone from the server.
We will look at {CH[1]} again tomorrow morning and suspend the site if it
is still up.

Cirrus Hosting Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="host relaying its customer's answer and adding its own check",
    why="the host's own unquoted check: 0817 gone (removed); 0818 only promised by the customer (quoted) and by the host",
    items={CH[0]: "removed", CH[1]: "pending"},
)

case(
    name="cirrus-helpdesk-receipt-plus-result",
    date=d(7, 9, 55), **{"from": "abuse@help.cirrushost.example"}, name_from="Cirrus Hosting Help Desk",
    subject="[CIR-88240] Abuse report received - KCSC-240904-02",
    body=f"""Thank you for contacting Cirrus Hosting. Your report has been received
and ticket CIR-88240 has been opened.

Update from the abuse team:
{CH[3]} was removed by the site owner after we notified them. The page now
shows our default "not found" screen.

You can follow this ticket at https://help.cirrushost.example/tickets/CIR-88240

-- Cirrus Hosting Help Desk (help.cirrushost.example)
""",
    outcome="applied", classification="confirmation",
    imitates="help-desk receipt template with an agent's update appended",
    why="receipt wording plus an unhedged statement that p/89 was removed: not a pure acknowledgement; the ticket link is not an item",
    items={CH[3]: "removed"},
)

# -- 물결 커뮤니티 (Korean forum), KCSC-240905-03, 5 items ----------------------
case(
    name="mulgyeol-korean-numbered-results",
    date=d(6, 11, 10), **{"from": "admin@mulgyeol.example"}, name_from=h("물결 커뮤니티 운영팀"),
    subject=h("Re: [KCSC-240905-03] 게시물 삭제 요청"), reply_to_req=rq("KCSC-240905-03"),
    body=f"""안녕하세요, 물결 커뮤니티 운영자입니다.
요청하신 게시물 처리 결과를 알려드립니다.

1. {MG_RAW[0]} → 삭제 완료
2. {MG_RAW[1]} → 블라인드 처리
3. {MG_RAW[2]} → 작성자가 이미 삭제한 게시물입니다
4. {MG_RAW[3]} → 게시중단
5. {MG_RAW[4]} → 검토 결과 운영정책 위반 사항이 없어 게시를 유지합니다

추가로 문의하실 내용이 있으시면 이 메일로 회신 주세요.
물결 커뮤니티 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum operator's numbered 처리 결과 reply",
    why="삭제 완료 / 블라인드 / 게시중단 = removed; 작성자가 이미 삭제 = not_found; 위반 없음 게시 유지 = rejected",
    items={MG[0]: "removed", MG[1]: "removed", MG[2]: "not_found", MG[3]: "removed", MG[4]: "rejected"},
)

_mg_html = f"""<html><body>
<p>[물결 커뮤니티] 신고 처리 결과 안내</p>
<p>접수하신 게시중단 요청(KCSC-240905-03)에 대한 처리 결과입니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>게시물 주소</th><th>조치</th><th>비고</th></tr>
<tr><td>1</td><td><a href="{MG[0]}">{MG[0]}</a></td><td>임시조치</td><td>30일간 열람 제한</td></tr>
<tr><td>2</td><td><a href="{MG[1]}">{MG[1]}</a></td><td>임시조치</td><td>30일간 열람 제한</td></tr>
<tr><td>3</td><td><a href="{MG[4]}">{MG[4]}</a></td><td>검토 중</td><td>작성자 소명 대기</td></tr>
</table>
<p>본 메일은 발신 전용입니다. 문의는 <a href="https://mulgyeol.example/help/report">고객센터</a>를 이용해 주세요.</p>
</body></html>
"""
case(
    name="mulgyeol-html-table-percent-encoded",
    date=d(7, 15, 0), **{"from": "noreply@mulgyeol.example"}, name_from=h("물결 커뮤니티"),
    subject=h("[물결] 신고 처리 결과 안내 (KCSC-240905-03)"),
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(_mg_html),
    outcome="applied", classification="confirmation",
    imitates="Korean board's automatic 신고 처리 결과 HTML table (임시조치)",
    why="two rows 임시조치 (restricted), one row 검토 중 (pending); help-centre link not an item",
    items={MG[0]: "restricted", MG[1]: "restricted", MG[4]: "pending"},
)

case(
    name="mulgyeol-url-korean-particles",
    date=d(9, 10, 31), **{"from": "admin@mulgyeol.example"}, name_from=h("물결 운영자"),
    subject=h("Re: [KCSC-240905-03] 게시물 삭제 요청"), reply_to_req=rq("KCSC-240905-03"),
    body=f"""안녕하세요.

{MG_RAW[2]}는 운영자 권한으로 삭제했습니다.
{MG_RAW[3]}은 성인 인증을 한 회원만 볼 수 있도록 접근 제한을 걸어 두었습니다.

나머지 세 건도 이번 주 안에 확인하겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="forum admin's two-line Korean reply, URLs followed directly by particles",
    why="'88812는 운영자 권한으로 삭제' = removed; '88830은 ... 접근 제한' = restricted; the rest is a promise",
    items={MG[2]: "removed", MG[3]: "restricted"},
)

case(
    name="mulgyeol-echoed-report-blocks",
    date=d(10, 16, 20), **{"from": "report@mulgyeol.example"}, name_from=h("물결 신고센터"),
    subject=h("[물결 신고센터] 처리 완료 안내"),
    body=f"""물결 신고센터입니다. 접수하신 신고가 아래와 같이 처리되었습니다.

[신고 1]
신고 URL: {MG_RAW[2]}
신고 사유: 개인정보 노출 및 명예훼손
처리 결과: 게시중단

[신고 2]
신고 URL: {MG_RAW[3]}
신고 사유: 개인정보 노출 및 명예훼손
처리 결과: 비공개 처리 (작성자 7일 이용 정지)

처리 결과에 이의가 있으시면 고객센터로 문의해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean report centre echoing each report with its 처리 결과",
    why="게시중단 and 비공개 처리 are both removed; the echoed 신고 사유 is our own text",
    items={MG[2]: "removed", MG[3]: "removed"},
)

_mg_note = b64("안녕하세요. 요청하신 건의 처리 결과를 엑셀(CSV) 파일로 첨부합니다.\n확인 부탁드립니다.\n\n물결 커뮤니티 운영팀\n")
_mg_csv = "\ufeff" + "\r\n".join([
    "번호,게시물 주소,처리 결과,처리 일시",
    f"1,{MG_RAW[0]},삭제,2024-09-11 14:02",
    f"2,{MG_RAW[1]},임시조치(30일),2024-09-11 14:03",
    f"3,{MG_RAW[4]},해당 게시물 없음(주소 오류),2024-09-11 14:05",
]) + "\r\n"
case(
    name="mulgyeol-csv-korean-headers",
    date=d(11, 14, 30), **{"from": "admin@mulgyeol.example"}, name_from=h("물결 커뮤니티 운영팀"),
    subject=h("Re: [KCSC-240905-03] 처리 결과 첨부"), reply_to_req=rq("KCSC-240905-03"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="mg-att-20240911"

--mg-att-20240911
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{_mg_note}
--mg-att-20240911
Content-Type: text/csv; charset=utf-8; name="result.csv"
Content-Disposition: attachment; filename="result.csv"
Content-Transfer-Encoding: base64

{b64(_mg_csv)}
--mg-att-20240911--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean operator attaching an Excel-saved CSV (UTF-8 with BOM, Korean headers)",
    why="rows: 삭제 = removed, 임시조치 = restricted, 해당 게시물 없음 = not_found",
    items={MG[0]: "removed", MG[1]: "restricted", MG[4]: "not_found"},
)

# -- kkachi (image board), KCSC-240906-04, 3 items ---------------------------
case(
    name="kkachi-threads-deleted-one-stays",
    date=d(7, 2, 13), **{"from": "admin@kkachi.example"}, name_from="kkachi admin",
    subject="Re: [KCSC-240906-04] Removal request", reply_to_req=rq("KCSC-240906-04"),
    body=f"""Both threads are deleted and the poster is banned:
{KK[0]}
{KK[1]}

{KK[2]} stays up. It is a repost of a news article, and as far as we can
tell it breaks neither our rules nor Korean law.

- admin
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin's terse reply",
    why="two threads deleted (removed); the /kr/ thread stays up because it breaks no rule (rejected)",
    items={KK[0]: "removed", KK[1]: "removed", KK[2]: "rejected"},
)

case(
    name="kkachi-statement-above-each-url",
    date=d(8, 21, 40), **{"from": "admin@kkachi.example"}, name_from="kkachi admin",
    subject="Re: [KCSC-240906-04] Removal request", reply_to_req=rq("KCSC-240906-04"),
    body=f"""Deleted the thread and the poster's other posts on /b/:
{KK[0]}

This one was already gone when I looked. Threads on /b/ get pruned after
about three days and it dropped off the board before your mail came in:
{KK[1]}

/kr/ thread deleted too:
{KK[2]}
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin, each statement on the line above its URL",
    why="55120 deleted, 55187 already gone by pruning (not found), 9031 deleted",
    items={KK[0]: "removed", KK[1]: "not_found", KK[2]: "removed"},
)

case(
    name="kkachi-janitor-one-line",
    date=d(6, 23, 11), **{"from": "mod@kkachi.example"}, name_from="kkachi mod",
    subject="Re: [KCSC-240906-04] Removal request", reply_to_req=rq("KCSC-240906-04"),
    body=f"""{KK[2]} gone. poster banned 30 days.
""",
    outcome="applied", classification="confirmation",
    imitates="one-line note from an image-board volunteer moderator",
    why="'gone' from the board's own moderator about one named thread = removed",
    items={KK[2]: "removed"},
)

# -- EdgeVeil (CDN), KCSC-240909-05, 2 items ---------------------------------
case(
    name="edgeveil-451-worldwide",
    date=d(10, 18, 0), **{"from": "trust-safety@edgeveil.example"}, name_from="EdgeVeil Trust & Safety",
    subject="Re: [KCSC-240909-05] Abuse report - moonlit-cams.example", reply_to_req=rq("KCSC-240909-05"),
    body=f"""Hello,

After reviewing your report under our Acceptable Use Policy, we have
stopped serving the following URLs through our network. They now return
HTTP 451 to every visitor, in every country:

  {EV[0]}
  {EV[1]}

Please note that EdgeVeil is not the hosting provider of
moonlit-cams.example. The origin server is run by a third party.

EdgeVeil Trust & Safety
https://edgeveil.example/trust/aup
""",
    outcome="applied", classification="confirmation",
    imitates="CDN trust-and-safety note that it blocked delivery of URLs at its edge",
    why="blocked for every visitor worldwide = removed (made unavailable); the not-the-host remark does not hedge that",
    items={EV[0]: "removed", EV[1]: "removed"},
)

case(
    name="edgeveil-kr-geoblock-one-forwarded",
    date=d(11, 11, 25), **{"from": "trust-safety@edgeveil.example"}, name_from="EdgeVeil Trust & Safety",
    subject="Re: [KCSC-240909-05] Abuse report - moonlit-cams.example", reply_to_req=rq("KCSC-240909-05"),
    body=f"""Hello,

We have blocked access to {EV[0]} for visitors in the Republic of Korea.
Visitors elsewhere are not affected.

For {EV[1]} we have passed your report to the hosting provider and the
site owner. We cannot remove content from servers we do not operate.

EdgeVeil Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN geo-blocking one URL in Korea and forwarding the other",
    why="3301 blocked in Korea only = restricted; 3302 merely forwarded to the host = pending",
    items={EV[0]: "restricted", EV[1]: "pending"},
)

# -- Hanul Domains (registrar), KCSC-240910-06, 1 item -----------------------
case(
    name="hanul-domain-clienthold",
    date=d(12, 15, 10), **{"from": "abuse@hanuldomains.example"}, name_from="Hanul Domains Compliance",
    subject="Re: [KCSC-240910-06] bamboo-toto.example", reply_to_req=rq("KCSC-240910-06"),
    body="""Hello,

We have reviewed your complaint. The domain bamboo-toto.example has been
suspended (status clientHold) and taken out of the zone, so the website no
longer resolves anywhere.

The registrant has been told and may contest the suspension with us.

Hanul Domains Compliance
""",
    outcome="applied", classification="confirmation",
    imitates="registrar compliance desk placing a domain on clientHold",
    why="one-item request; the named domain no longer resolves anywhere = removed",
    items={HN[0]: "removed"},
)

case(
    name="hanul-refuses-without-court-order",
    date=d(11, 9, 48), **{"from": "abuse@hanuldomains.example"}, name_from="Hanul Domains Compliance",
    subject="Re: [KCSC-240910-06] bamboo-toto.example", reply_to_req=rq("KCSC-240910-06"),
    body="""Hello,

Hanul Domains is the registrar of bamboo-toto.example; we do not host any
content for it. The domain is not used for phishing, malware, botnets or
spam, so there is no DNS abuse for us to act on, and we will not suspend
it on the strength of a complaint about website content.

We act on content only under an order of a court with jurisdiction over
us, or on the registry's instruction. Please contact the site's hosting
provider instead.

Hanul Domains Compliance
""",
    outcome="applied", classification="confirmation",
    imitates="registrar declining to act on a content complaint without a court order",
    why="a definite refusal with its reason for the only item: rejected (stays up)",
    items={HN[0]: "rejected"},
)

# ================================================================ REVIEW

case(
    name="cirrus-top-posted-both-albums",
    date=d(5, 8, 2), **{"from": "abuse@cirrushost.example"}, name_from="Cirrus Hosting Abuse Team",
    subject="RE: [KCSC-240904-02] Removal request", reply_to_req=rq("KCSC-240904-02"),
    body="""Both albums on mirae-photo.example were removed by the customer this
morning. Closing on our side.

Cirrus Abuse

""" + quoted_request("KCSC-240904-02", CH, "outlook", 4, "abuse@cirrushost.example"),
    outcome="review", review="bulk",
    imitates="top-posted one-liner above the Outlook-quoted request",
    why="'both albums' covers two of four items without naming either; only the quoted request has URLs",
    items={CH[0]: "pending", CH[1]: "pending"},
)

case(
    name="pastebox-all-files-removed",
    date=d(9, 12, 0), **{"from": "abuse@pastebox.example"}, name_from="Pastebox Trust & Safety",
    subject="Re: [KCSC-240903-01] Removal request", reply_to_req=rq("KCSC-240903-01"),
    body="""Dear KCSC,

Thank you for your notice KCSC-240903-01. All of the files listed in it
have been removed from Pastebox and the uploader's account has been
terminated.

Pastebox Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="file host's blanket 'all files removed' reply",
    why="one statement for a 12-item request, naming no file",
    items={u: "pending" for u in PB},
)

case(
    name="kkachi-promise-tonight",
    date=d(6, 18, 30), **{"from": "admin@kkachi.example"}, name_from="kkachi admin",
    subject="Re: [KCSC-240906-04] Removal request", reply_to_req=rq("KCSC-240906-04"),
    body=f"""hey, saw this. I'll clear these out tonight when I'm back at my PC,
can't do mod stuff from my phone.

{KK[0]}
{KK[1]}

-admin
""",
    outcome="review", review="not_understood",
    imitates="image-board admin promising to act later",
    why="a promise ('I'll clear these out tonight') names two threads but states nothing done",
    items={KK[0]: "pending", KK[1]: "pending"},
)

case(
    name="cirrus-forwarded-to-customer-48h",
    date=d(4, 17, 5), **{"from": "abuse@cirrushost.example"}, name_from="Cirrus Hosting Abuse Team",
    subject="[CIR-88213] Your report has been forwarded to our customer", reply_to_req=rq("KCSC-240904-02"),
    body=f"""Dear reporter,

We have forwarded your complaint about {CH[2]} and
{CH[3]} to our customer and asked them to remove the
material within 48 hours. If they do not respond in time, we will suspend
the service.

We will let you know the outcome.

Cirrus Hosting Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="host forwarding a complaint to its customer with a deadline",
    why="names both sunny-leaks pages but only states a forward, a deadline and a conditional suspension",
    items={CH[2]: "pending", CH[3]: "pending"},
)

case(
    name="edgeveil-not-the-host",
    date=d(9, 16, 45), **{"from": "abuse@edgeveil.example"}, name_from="EdgeVeil Abuse",
    subject="Re: [KCSC-240909-05] Abuse report - moonlit-cams.example", reply_to_req=rq("KCSC-240909-05"),
    body=f"""Hello,

EdgeVeil does not host the content at {EV[0]} or
{EV[1]}. We provide a reverse proxy and caching for this site only,
so we are unable to remove material from it.

We have passed your report on to the hosting provider and to the site
owner. The hosting provider for this site is Cirrus Hosting
(abuse@cirrushost.example).

EdgeVeil Abuse
""",
    outcome="review", review="not_understood",
    imitates="CDN's 'we are not the hosting provider, report forwarded' reply",
    why="names both items but states no outcome: neither removed nor a refusal on the merits",
    items={EV[0]: "pending", EV[1]: "pending"},
)

case(
    name="mulgyeol-hedged-seems-deleted",
    date=d(6, 9, 20), **{"from": "admin@mulgyeol.example"}, name_from=h("물결 커뮤니티 운영팀"),
    subject=h("Re: [KCSC-240905-03] 게시물 삭제 요청"), reply_to_req=rq("KCSC-240905-03"),
    body=f"""안녕하세요.

문의하신 게시물 {MG_RAW[1]} 은(는) 현재 목록에서 조회되지 않는 것으로 보아
이미 삭제된 것으로 보입니다. 정확한 처리 내역은 서버 기록을 확인한 뒤 다시
안내드리겠습니다.

물결 커뮤니티 운영팀
""",
    outcome="review", review="not_understood",
    imitates="Korean operator guessing a post is gone before checking the logs",
    why="'삭제된 것으로 보입니다' is a hedge and the rest a promise; the item stays pending",
    items={MG[1]: "pending"},
)

case(
    name="pastebox-spoofed-dmarc-fail",
    date=d(4, 3, 12), **{"from": "abuse@pastebox.example"}, name_from="Pastebox Abuse", auth="fail",
    subject="Re: [KCSC-240903-01] Removal request", reply_to_req=rq("KCSC-240903-01"),
    body=f"""All good, removed:

{PB[0]}
{PB[1]}
{PB[2]}

Pastebox Abuse
""",
    outcome="review", review="untrusted",
    imitates="reply that claims Pastebox's domain but fails DKIM/SPF/DMARC",
    why="Authentication-Results show dmarc=fail for pastebox.example; statements not trusted",
    items={PB[0]: "pending", PB[1]: "pending", PB[2]: "pending"},
)

case(
    name="imgtoss-admin-personal-mailbox",
    date=d(12, 7, 30), **{"from": "seoyeon.imgtoss@kmail.example"}, name_from="Seo-yeon (imgtoss)",
    subject="Re: [KCSC-240911-07] Removal request", reply_to_req=rq("KCSC-240911-07"),
    body=f"""Hi, this is the admin of imgtoss, writing from my personal address
because the imgtoss mailbox is broken at the moment.

I deleted {IT[0]} and {IT[1]} last night.

Seo-yeon
""",
    outcome="review", review="unknown_sender",
    imitates="small-site operator answering from a personal free-mail address",
    why="sender domain kmail.example belongs to no platform, whatever it claims",
    items={IT[0]: "pending", IT[1]: "pending"},
)

case(
    name="cirrus-speaks-for-cdn-items",
    date=d(12, 10, 5), **{"from": "abuse@cirrushost.example"}, name_from="Cirrus Hosting Abuse Team",
    subject="[CIR-88302] KCSC-240909-05 - moonlit-cams.example",
    body=f"""Dear reporter,

EdgeVeil passed your report on to us as the origin host of
moonlit-cams.example. We have suspended that customer's account and
deleted {EV[0]} and {EV[1]} from our servers.

Cirrus Hosting Abuse Team
""",
    outcome="review", review="wrong_platform",
    imitates="origin host answering a report that was sent to the CDN in front of it",
    why="Cirrus states removals for items of the EdgeVeil request",
    items={EV[0]: "pending", EV[1]: "pending"},
)

case(
    name="kkachi-new-abuse-contact",
    date=d(13, 20, 0), **{"from": "admin@kkachi.example"}, name_from="kkachi admin",
    subject="abuse contact for kkachi.example",
    body="""Hello,

Please send future reports about kkachi to abuse@kkachi.example rather
than to this address. That mailbox is read every day by two of our
volunteers.

Thanks,
kkachi admin
""",
    outcome="review", review="no_claims",
    imitates="forum admin announcing a new abuse contact",
    why="trusted kkachi mail naming no item and referencing no request",
    items={},
)

case(
    name="mulgyeol-asks-official-letter",
    date=d(5, 15, 40), **{"from": "admin@mulgyeol.example"}, name_from=h("물결 커뮤니티 운영팀"),
    subject=h("Re: [KCSC-240905-03] 게시물 삭제 요청"), reply_to_req=rq("KCSC-240905-03"),
    body="""안녕하세요, 물결 커뮤니티 운영팀입니다.

요청하신 건(KCSC-240905-03)과 관련하여 말씀드립니다. 저희는 개인이 운영하는
소규모 커뮤니티라 사칭 요청을 막기 위해 기관 직인이 찍힌 공문을 받은 뒤에
게시물을 처리하고 있습니다.

번거로우시겠지만 공문을 PDF로 회신해 주시면 확인 후 바로 조치하겠습니다.

물결 커뮤니티 운영팀 드림
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="small Korean forum asking for an official letter (공문) before acting",
    why="asks the regulator for a sealed official letter; nothing done yet",
    items={},
)

_pdf_stream = zlib.compress(
    b"BT /F1 11 Tf 72 720 Td (Re: KCSC-240910-06) Tj 0 -16 Td "
    b"(The domain bamboo-toto.example has been suspended.) Tj ET", 9)
_pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
        b"4 0 obj<</Length " + str(len(_pdf_stream)).encode() + b"/Filter/FlateDecode>>stream\n"
        + _pdf_stream + b"\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
case(
    name="hanul-pdf-letter-only",
    date=d(13, 14, 0), **{"from": "legal@hanuldomains.example"}, name_from="Hanul Domains Legal",
    subject="Re: [KCSC-240910-06] bamboo-toto.example - our response", reply_to_req=rq("KCSC-240910-06"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="hanul-b-0913"

--hanul-b-0913
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Dear Sir or Madam,

Please find attached our formal response to your complaint
KCSC-240910-06.

Hanul Domains Legal

--hanul-b-0913
Content-Type: application/pdf; name="HanulDomains_KCSC-240910-06.pdf"
Content-Disposition: attachment; filename="HanulDomains_KCSC-240910-06.pdf"
Content-Transfer-Encoding: base64

{b64(_pdf)}
--hanul-b-0913--
""",
    outcome="review", review="unreadable_attachment",
    imitates="registrar legal team answering only in a PDF letter",
    why="the answer is inside a PDF (compressed stream); the body only points to it",
    items={HN[0]: "pending"},
)

# ================================================================ IGNORED

case(
    name="cirrus-ticket-receipt",
    date=d(4, 10, 3), **{"from": "abuse@help.cirrushost.example"}, name_from="Cirrus Hosting Help Desk",
    subject="[CIR-88213] We received your abuse report",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

This is an automatic confirmation that we have received your abuse report.
Ticket number: CIR-88213
URLs in your report: 4

Our abuse team usually responds within two business days. Please keep the
ticket number in the subject line of any reply.

Cirrus Hosting Help Desk
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk automatic ticket receipt",
    why="pure receipt with a ticket number, no statement about any item",
    items={},
)

case(
    name="pastebox-out-of-office",
    date=d(3, 10, 1), **{"from": "daniel.ko@pastebox.example"}, name_from="Daniel Ko",
    subject="Automatic reply: [KCSC-240903-01] Removal request",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    reply_to_req=rq("KCSC-240903-01"),
    body="""I'm out of the office until Monday 16 September with limited access to
email. For urgent abuse matters please write to abuse@pastebox.example,
which is monitored around the clock.

Daniel
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply from an abuse desk employee",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="hanul-dsn-user-unknown",
    date=d(10, 10, 1), **{"from": "MAILER-DAEMON@mx1.hanuldomains.example"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="DSN.4F1A.0910"

--DSN.4F1A.0910
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.hanuldomains.example.

I'm sorry to have to inform you that your message could not be delivered
to one or more recipients.

<legal-kr@hanuldomains.example>: host mx1.hanuldomains.example said:
    550 5.1.1 <legal-kr@hanuldomains.example>: Recipient address rejected:
    User unknown in virtual mailbox table

--DSN.4F1A.0910
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.hanuldomains.example
Arrival-Date: Tue, 10 Sep 2024 10:00:02 +0900

Final-Recipient: rfc822; legal-kr@hanuldomains.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown in virtual mailbox table

--DSN.4F1A.0910
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@hanuldomains.example
Subject: [KCSC-240910-06] Removal request
Message-ID: <req-240910-06@kcsc.example>
Date: Tue, 10 Sep 2024 10:00:00 +0900

--DSN.4F1A.0910--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (user unknown)",
    why="DSN bounce of our request",
    items={},
)

case(
    name="kkachi-read-receipt",
    date=d(6, 12, 44), **{"from": "admin@kkachi.example"}, name_from="kkachi admin",
    subject="Read: [KCSC-240906-04] Removal request",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-kk-0906"

--mdn-kk-0906
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

This is a return receipt for the mail that you sent to admin@kkachi.example.

Note: This return receipt only acknowledges that the message was displayed
on the recipient's computer. There is no guarantee that the recipient has
read or understood the message contents.

--mdn-kk-0906
Content-Type: message/disposition-notification

Reporting-UA: kkachi.example; Thunderbird 115.14.0
Final-Recipient: rfc822;admin@kkachi.example
Original-Message-ID: <req-240906-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-kk-0906--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird return receipt (MDN)",
    why="read receipt only",
    items={},
)

case(
    name="mulgyeol-auto-receipt-korean",
    date=d(5, 10, 1), **{"from": "noreply@mulgyeol.example"}, name_from=h("물결 고객센터"),
    subject=h("[물결] 문의가 접수되었습니다 (접수번호 MG-20240905-0192)"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, 물결 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: MG-20240905-0192
접수일시: 2024-09-05 10:00

영업일 기준 3일 이내에 담당자가 답변드리겠습니다.
본 메일은 발신 전용이므로 회신하실 수 없습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean help-centre 문의 접수 automatic receipt",
    why="pure receipt with a ticket number",
    items={},
)

case(
    name="edgeveil-use-the-web-form",
    date=d(9, 10, 1), **{"from": "abuse@edgeveil.example"}, name_from="EdgeVeil Abuse",
    subject="Re: [KCSC-240909-05] Abuse report - moonlit-cams.example",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    reply_to_req=rq("KCSC-240909-05"),
    body="""Thank you for contacting EdgeVeil.

This mailbox does not process abuse reports. To report abuse of a website
that uses EdgeVeil, please use our web form:
https://edgeveil.example/abuse/report

Reports sent by email are not reviewed. This is an automated message.
""",
    outcome="ignored", classification="auto_reply",
    imitates="CDN auto-responder pointing to its abuse web form",
    why="automated reply, no statement about any item; the form link is not an item",
    items={},
)


HEADER = """# Blind set 787 (tests/corpus/blind787/): hosting providers, a CDN, a
# registrar, a Korean forum, an image board, file hosts and one-person
# services. Written by tests/corpus/blind787/make.py; expected results from
# each email's meaning alone, before the reader was run. Each case is judged
# alone on a fresh ledger holding requests.csv."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind787", HEADER, CASES)
    print(f"{len(CASES)} cases written")
