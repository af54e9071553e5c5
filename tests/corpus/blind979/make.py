#!/usr/bin/env python3
"""Blind set 979: hosting providers, CDNs, registrars, forums, image boards,
file hosts and small services answering informally, plus CSV attachments
and plain-text tables.

    python3 tests/corpus/blind979/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). Every
expected result below was written from the meaning of the email alone,
before the reader was ever run on it. All names, domains, ids and URLs are
fictional.
"""
import base64
import csv
import io
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "filekeg.net": "FileKeg",
    "hanulhost.co.kr": "HanulHost",
    "edgeveil.net": "EdgeVeil",
    "nabichan.org": "nabichan",
    "domainmoa.com": "DomainMoa",
    "dalbit.net": "Dalbit",
    "pastewell.io": "Pastewell",
})

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240904-02", "KCSC-240905-03", "KCSC-240906-04",
    "KCSC-240909-05", "KCSC-240910-06", "KCSC-240911-07",
)
# ref -> (platform, sent_at, due_at, category, note, message_id local part)
REQUESTS = {
    R1: ("filekeg", "2024-09-03T10:15:00+09:00", "2024-09-10T23:59:59+09:00",
         "copyright", "file host: webtoon scans and video rips", "20240903101500.KCSC-240903-01"),
    R2: ("hanulhost", "2024-09-04T14:30:00+09:00", "2024-09-11T23:59:59+09:00",
         "gambling", "hosting provider of two customer sites", "20240904143000.KCSC-240904-02"),
    R3: ("edgeveil", "2024-09-05T09:00:00+09:00", "2024-09-12T23:59:59+09:00",
         "copyright", "CDN in front of tokkiwatch.net", "20240905090000.KCSC-240905-03"),
    R4: ("nabichan", "2024-09-06T11:20:00+09:00", "2024-09-13T23:59:59+09:00",
         "defamation", "image board threads and one image", "20240906112000.KCSC-240906-04"),
    R5: ("domainmoa", "2024-09-09T16:00:00+09:00", "2024-09-16T23:59:59+09:00",
         "gambling", "registrar of two gambling domains", "20240909160000.KCSC-240909-05"),
    R6: ("dalbit", "2024-09-10T10:00:00+09:00", "2024-09-17T23:59:59+09:00",
         "privacy", "Korean forum posts", "20240910100000.KCSC-240910-06"),
    R7: ("pastewell", "2024-09-11T15:40:00+09:00", "2024-09-18T23:59:59+09:00",
         "privacy", "paste with personal data", "20240911154000.KCSC-240911-07"),
}

# FileKeg (largest request, 14 items)
FK = {
    "xa": "https://filekeg.net/f/Xa81Qe",
    "tm": "https://filekeg.net/f/Tm40Lp",
    "rk": "https://filekeg.net/f/Rk77Zc",
    "bq": "https://filekeg.net/f/Bq05Hn",
    "jw": "https://filekeg.net/f/Jw92Ud",
    "pe": "https://filekeg.net/f/Pe13Vs",
    "gz": "https://filekeg.net/f/Gz68Ky",
    "nc": "https://filekeg.net/f/Nc21Ma",
    "fo1": "https://filekeg.net/d/folder/kc7731",
    "fo2": "https://filekeg.net/d/folder/kc7790",
    "zip": "https://dl.filekeg.net/s/0f3a9e1c/sample_pack.zip",
    "mp4": "https://dl.filekeg.net/s/77bd20aa/ep01.mp4",
    "yd": "https://filekeg.net/f/Yd56Ow?dl=1",
    "user": "https://filekeg.net/u/moonpack_share",
}
HH_EVENT_RAW = "http://onnuri-bet.kr/이벤트/가입"
HH = {
    "t1": "http://bamsae-toon.kr/view/1182",
    "t2": "http://bamsae-toon.kr/view/1190",
    "ev": "http://onnuri-bet.kr/%EC%9D%B4%EB%B2%A4%ED%8A%B8/%EA%B0%80%EC%9E%85",
    "nt": "http://onnuri-bet.kr/notice.php?id=77",
}
EV = {
    "e1": "https://tokkiwatch.net/ep/2231",
    "e2": "https://tokkiwatch.net/ep/2232",
    "img": "https://img.tokkiwatch.net/covers/2231.jpg",
}
NC = {
    "a": "https://nabichan.org/kr/res/40112.html",
    "b": "https://nabichan.org/kr/res/40118.html",
    "c": "https://nabichan.org/b/res/88810.html",
    "png": "https://nabichan.org/src/1725588012.png",
    "d": "https://nabichan.org/kr/res/40177.html",
}
DM = {
    "salt": "http://saltbet-kr.xyz/",
    "lotto": "https://lotto-sure7.top/join",
}
DB_REVIEW_RAW = "https://dalbit.net/board/후기/8812"
DB = {
    "free": "https://dalbit.net/board/free/55120",
    "rev": "https://dalbit.net/board/%ED%9B%84%EA%B8%B0/8812",
    "mob": "https://m.dalbit.net/board/free/55187",
}
PW = {"raw": "https://pastewell.io/raw/q7Hc2LmZ"}

ITEMS = {R1: list(FK.values()), R2: list(HH.values()), R3: list(EV.values()),
         R4: list(NC.values()), R5: list(DM.values()), R6: list(DB.values()),
         R7: list(PW.values())}
assert HH["ev"] == "http://onnuri-bet.kr/" + "/".join(
    __import__("urllib.parse").parse.quote(p) for p in ["이벤트", "가입"])
assert DB["rev"] == "https://dalbit.net/board/" + __import__("urllib.parse").parse.quote("후기") + "/8812"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, (plat, sent, due, cat, note, mid) in REQUESTS.items():
        for url in ITEMS[ref]:
            w.writerow([ref, plat, sent, due, url, cat, mid + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def mid(ref):
    return REQUESTS[ref][5]


# ------------------------------------------------------------------ helpers
def d(stamp, tz=9):
    """'2024-09-05 10:12:03' in UTC+tz hours -> RFC 5322 date."""
    dt = datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone(timedelta(hours=tz)))
    return dt.strftime("%a, %d %b %Y %H:%M:%S ") + ("+" if tz >= 0 else "-") + f"{abs(tz):02d}00"


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def with_csv(text, csv_text, filename, boundary):
    """multipart/mixed: a short plain-text body and a base64 CSV attachment."""
    return (
        f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        f"{text.strip()}\n\n"
        f"--{boundary}\n"
        f'Content-Type: text/csv; charset=utf-8; name="{filename}"\n'
        f'Content-Disposition: attachment; filename="{filename}"\n'
        "Content-Transfer-Encoding: base64\n\n"
        f"{b64(csv_text)}\n"
        f"--{boundary}--\n"
    )


REQUEST_QUOTE_FK = "\n".join(FK.values())

# -------------------------------------------------------------------- cases
CASES = []


def case(**c):
    CASES.append(c)


# ===================== FileKeg (file host, largest request) ===============
case(
    name="fk-abuse-desk-numbered-mixed",
    date=d("2024-09-04 16:02:11", 2), **{"from": "abuse@filekeg.net"},
    name_from="FileKeg Abuse",
    subject=f"Re: [{R1}] Removal request - 14 links",
    reply_to_req=mid(R1),
    body=f"""
Hello,

Thanks for the report. Our abuse team went through the links in your
request {R1}. Results for the first batch:

1. {FK['xa']} - removed, uploader account warned
2. {FK['tm']} - removed
3. {FK['rk']} - this file does not exist on our servers (the uploader
   deleted it on 29 August, before your report arrived)
4. {FK['bq']} - no action. The file is a scanned public government
   brochure and does not violate our Terms of Service.
5. {FK['jw']} - removed

We are still looking at the remaining links and will write again.

Regards,
Marta
FileKeg Trust & Safety
https://filekeg.net/legal/abuse
""",
    outcome="applied", classification="confirmation",
    imitates="file-host abuse desk reply with a numbered per-link result list",
    why="five links each with an unhedged result: three removed, one deleted by its uploader before the report, one refused with a reason",
    items={FK["xa"]: "removed", FK["tm"]: "removed", FK["rk"]: "not_found",
           FK["bq"]: "rejected", FK["jw"]: "removed"},
)

case(
    name="fk-csv-outcome-sheet",
    date=d("2024-09-06 11:40:00", 2), **{"from": "legal@filekeg.net"},
    name_from="FileKeg Legal",
    subject=f"Re: [{R1}] Removal request - outcome sheet",
    reply_to_req=mid(R1),
    raw_mime=with_csv(
        f"""Dear KCSC team,

Please find attached the outcome sheet for your request {R1}
(our ticket FK-88231). One row per link you reported.

Kind regards,
FileKeg Legal""",
        "url,action,date,comment\n"
        f"{FK['pe']},removed,2024-09-06,ToS 4.2\n"
        f"{FK['gz']},removed,2024-09-06,\n"
        f"{FK['nc']},not found,2024-09-06,no such file id\n"
        f"{FK['fo1']},removed,2024-09-06,folder and its 23 files\n"
        f"{FK['zip']},disabled,2024-09-06,hash blocked\n"
        f"{FK['yd']},no action,2024-09-06,not infringing - original work of the uploader\n",
        "FK-88231_outcome.csv", "fk-sheet-7c1e",
    ),
    outcome="applied", classification="confirmation",
    imitates="abuse team reply carrying a CSV outcome sheet as attachment",
    why="CSV rows give one action per URL: removed/disabled are removals, 'not found' is not_found, 'no action' with its reason is a refusal",
    items={FK["pe"]: "removed", FK["gz"]: "removed", FK["nc"]: "not_found",
           FK["fo1"]: "removed", FK["zip"]: "removed", FK["yd"]: "rejected"},
)

case(
    name="fk-ticket-update-status-below-url",
    date=d("2024-09-05 09:13:27", 2), **{"from": "support@filekeg.net"},
    name_from="FileKeg Support",
    subject="[FK-88231] Update on your report",
    body=f"""
Hi KCSC team,

Update on ticket #FK-88231 (your reference {R1}):

{FK['gz']}
Status: deleted

{FK['nc']}
Status: not found - this ID was never issued

{FK['mp4']}
Status: deleted (video and all mirrors)

{FK['user']}
Status: account closed, all uploads deleted

--
FileKeg Support
Reply above this line to add to the ticket.
""",
    outcome="applied", classification="confirmation",
    imitates="help-desk ticket update with bare URL and a Status line below it",
    why="each bare URL is followed by its own status line; the ref in the body links the request",
    items={FK["gz"]: "removed", FK["nc"]: "not_found", FK["mp4"]: "removed", FK["user"]: "removed"},
)

case(
    name="fk-admin-one-liner-from-phone",
    date=d("2024-09-03 23:48:05", 2), **{"from": "jonas@filekeg.net"},
    name_from="Jonas Brekke",
    subject=f"Re: [{R1}] Removal request - 14 links",
    reply_to_req=mid(R1),
    body=f"""
killed {FK['xa']} and {FK['tm']}, both are gone from storage now. rest tomorrow

-j

Sent from my phone
""",
    outcome="applied",
    imitates="one-line reply from a small file host's admin on his phone",
    why="'killed ... gone from storage' is an informal but unhedged statement that both files were removed",
    items={FK["xa"]: "removed", FK["tm"]: "removed"},
)

case(
    name="fk-html-ticket-table",
    date=d("2024-09-07 14:21:50", 2), **{"from": "support@filekeg.net"},
    name_from="FileKeg Support",
    subject=f"[FK-88231] Your report {R1} has been processed",
    type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif">
<p>Dear reporter,</p>
<p>Your report <b>{R1}</b> (ticket FK-88231) has been processed. The outcome for each link is shown below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>#</th><th>Reported link</th><th>Outcome</th></tr>
<tr><td>1</td><td><a href="{FK['bq']}">{FK['bq']}</a></td><td>No violation found &ndash; the file remains available</td></tr>
<tr><td>2</td><td><a href="{FK['fo2']}">{FK['fo2']}</a></td><td>Not found (the folder does not exist)</td></tr>
<tr><td>3</td><td><a href="{FK['zip']}">{FK['zip']}</a></td><td>Removed</td></tr>
<tr><td>4</td><td>{FK['yd']}</td><td>Removed</td></tr>
</table>
<p>If you disagree with a decision you can reply to this ticket or use
<a href="https://filekeg.net/legal/appeal">our appeal form</a>.</p>
<p>FileKeg Trust &amp; Safety</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system HTML notification with a per-link outcome table",
    why="HTML table rows: one stays up for lack of a violation, one folder does not exist, two removed; the appeal link is not an item",
    items={FK["bq"]: "rejected", FK["fo2"]: "not_found", FK["zip"]: "removed", FK["yd"]: "removed"},
)

case(
    name="fk-folder-and-account-prose",
    date=d("2024-09-06 17:05:00", 2), **{"from": "legal@filekeg.net"},
    name_from="FileKeg Legal",
    subject=f"Your request {R1}",
    body=f"""
Hello,

Following your request of 3 September ({R1}):

The folder {FK['fo1']} has been deleted together with the 23 files
it contained.

The account {FK['user']} has been terminated for repeated
violations; its public page and all of its uploads have been taken down.

The second folder you listed, {FK['fo2']}, had already been
emptied and deleted by its owner before we received your message, so there
was nothing left for us to act on.

Best regards,
Ingrid Solberg
FileKeg Legal
""",
    outcome="applied", classification="confirmation",
    imitates="file-host legal team prose reply, one paragraph per link",
    why="folder deleted and account taken down are removals; the other folder was deleted by its owner before the report, so not_found",
    items={FK["fo1"]: "removed", FK["user"]: "removed", FK["fo2"]: "not_found"},
)

_qp_body = f"""Hi,

Regarding the direct download links in your request {R1}: our CDN cache and the origin copies of both files have been purged, and their hashes are now on our block list so the same files cannot be uploaded again.

Purged from cache and origin, hash blocked: {FK['zip']}
Purged from cache and origin, hash blocked: {FK['mp4']}

The share link {FK['yd']} pointed to the same file as ep01.mp4 and is dead as well \u2014 it now returns \u201cfile removed\u201d.

FileKeg Abuse Desk \u2014 Eun-ji Park
"""
case(
    name="fk-quoted-printable-download-links",
    date=d("2024-09-05 13:30:44", 2), **{"from": "abuse@filekeg.net"},
    name_from="FileKeg Abuse Desk",
    subject=f"Re: [{R1}] Removal request - 14 links",
    reply_to_req=mid(R1),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(_qp_body),
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply in quoted-printable with long soft-wrapped lines",
    why="both files purged from cache and origin (removed); the share link of the same file now answers 'file removed'",
    items={FK["zip"]: "removed", FK["mp4"]: "removed", FK["yd"]: "removed"},
)

case(
    name="fk-top-posted-over-gmail-quote",
    date=d("2024-09-04 08:55:12", 2), **{"from": "tomas@filekeg.net"},
    name_from="Tomas Lind",
    subject=f"Re: [{R1}] Removal request - 14 links",
    reply_to_req=mid(R1),
    body=f"""
Done. These three are removed:
{FK['pe']}
{FK['gz']}
{FK['nc']}

Still checking the rest.

Tomas | FileKeg

On Tue, 3 Sep 2024 at 03:15, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear FileKeg,
>
> The Korea Communications Standards Commission asks you to remove the
> following content (reference {R1}), which infringes copyright
> under Korean law:
>
""" + "\n".join("> " + u for u in FK.values()) + """
>
> Please reply to this email by 10 September 2024.
>
> KCSC Takedown team
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted staff reply over a Gmail-quoted copy of the request",
    why="only the three URLs above the quote are stated removed; the fourteen quoted URLs are our own request",
    items={FK["pe"]: "removed", FK["gz"]: "removed", FK["nc"]: "removed"},
)

case(
    name="fk-inline-answers-under-quotes",
    date=d("2024-09-05 19:42:03", 2), **{"from": "tomas@filekeg.net"},
    name_from="Tomas Lind",
    subject=f"Re: [{R1}] Removal request - 14 links",
    reply_to_req=mid(R1),
    body=f"""
Hi,

answers inline.

On Tue, 3 Sep 2024 at 03:15, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear FileKeg,
>
> The Korea Communications Standards Commission asks you to remove the
> following content (reference {R1}):
>
> {FK['gz']}

Removed.

> {FK['nc']}

Removed, same uploader.

> {FK['fo2']}

Can't find this folder, the ID doesn't exist on our side.

> {FK['user']}

Account suspended, all of its files are offline.

> [...]

Tomas
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail inline reply answering under each quoted URL of the request",
    why="each unquoted answer speaks about the URL quoted just above it; a clerk reads them as item statements",
    items={FK["gz"]: "removed", FK["nc"]: "removed", FK["fo2"]: "not_found", FK["user"]: "removed"},
)

case(
    name="fk-outlook-original-below",
    date=d("2024-09-04 10:07:19", 2), **{"from": "linnea.holm@filekeg.net"},
    name_from="Linnea Holm",
    subject=f"RE: [{R1}] Removal request - 14 links",
    reply_to_req=mid(R1),
    body=f"""
Hello,

Jw92Ud and Pe13Vs were removed this morning: <{FK['jw']}>, <{FK['pe']}>.
The file <{FK['nc']}> could not be found on our storage; the ID is not one we have ever issued.

Kind regards,
Linnea Holm
FileKeg Compliance

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 3:15 AM
To: abuse@filekeg.net
Subject: [{R1}] Removal request - 14 links

Dear FileKeg,

The Korea Communications Standards Commission asks you to remove the following content (reference {R1}):

{REQUEST_QUOTE_FK}

Please reply to this email by 10 September 2024.
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the unquoted original request below '-----Original Message-----'",
    why="three URLs in angle brackets stated above the original; the request's list below the separator is ours",
    items={FK["jw"]: "removed", FK["pe"]: "removed", FK["nc"]: "not_found"},
)

# ===================== HanulHost (Korean hosting provider) ================
case(
    name="hh-customer-deleted-korean",
    date=d("2024-09-05 15:20:00"), **{"from": "abuse@hanulhost.co.kr"},
    name_from="하늘호스팅 고객지원",
    subject=f"Re: [{R2}] 불법정보 삭제 요청",
    reply_to_req=mid(R2),
    body=f"""
안녕하세요, 하늘호스팅 고객지원센터입니다.

방송통신심의위원회에서 요청하신 건({R2})과 관련하여 안내드립니다.

당사는 해당 사이트를 운영하는 고객사에 게시물 삭제를 요청하였으며, 고객사가 9월 5일 아래 게시물 2건을 삭제한 것을 확인하였습니다.

- {HH['t1']}
- {HH['t2']}

나머지 건은 확인 후 다시 회신드리겠습니다.

감사합니다.
하늘호스팅 보안관제팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean hosting company's reply relaying that its customer deleted the posts",
    why="the host confirms the site operator deleted both posts after its request: removal, not an author's earlier deletion",
    items={HH["t1"]: "removed", HH["t2"]: "removed"},
)

case(
    name="hh-raw-hangul-path-service-suspended",
    date=d("2024-09-06 10:02:45"), **{"from": "abuse@hanulhost.co.kr"},
    name_from="하늘호스팅 어뷰즈",
    subject=f"[{R2}] 처리 결과 안내",
    body=f"""
안녕하세요. 하늘호스팅 어뷰즈 담당자입니다.

요청번호 {R2} 건 처리 결과입니다.

{HH_EVENT_RAW} 페이지는 당사 서버에서 삭제 조치하였습니다.
{HH['nt']} 은(는) 해당 고객의 호스팅 서비스를 이용정지하여 현재 사이트 전체가 접속되지 않습니다.

이용정지 해제 요청이 들어오면 별도로 알려드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean hosting abuse desk reply with a raw Hangul URL path",
    why="raw Korean path matches the percent-encoded item and is deleted; suspending the hosting makes the other page unavailable everywhere",
    items={HH["ev"]: "removed", HH["nt"]: "removed"},
)

_hh_table = f"""{R2} 처리 결과 회신

번호  URL                                          조치결과
----  -------------------------------------------  ----------------
1     {HH['t1']}              삭제
2     {HH['t2']}              삭제
3     {HH['ev']}  해당 페이지 없음
4     {HH['nt']}        삭제

※ 3번 URL은 당사 서버에 존재하지 않는 경로입니다.

하늘호스팅 기술지원팀
"""
case(
    name="hh-base64-plain-text-table",
    date=d("2024-09-09 11:11:11"), **{"from": "tech@hanulhost.co.kr"},
    name_from="하늘호스팅 기술지원팀",
    subject=f"RE: [{R2}] 불법정보 삭제 요청",
    reply_to_req=mid(R2),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(_hh_table),
    outcome="applied", classification="confirmation",
    imitates="Korean plain-text result table (번호/URL/조치결과) in a base64 body",
    why="fixed-width table gives each URL its result: three 삭제, one 해당 페이지 없음 (not_found)",
    items={HH["t1"]: "removed", HH["t2"]: "removed", HH["ev"]: "not_found", HH["nt"]: "removed"},
)

case(
    name="hh-csv-korean-headers",
    date=d("2024-09-06 18:30:00"), **{"from": "abuse@hanulhost.co.kr"},
    name_from="하늘호스팅 어뷰즈",
    subject=f"[{R2}] 처리결과 첨부",
    reply_to_req=mid(R2),
    raw_mime=with_csv(
        f"""안녕하세요. 하늘호스팅입니다.

요청하신 건({R2})의 처리 결과를 첨부 파일로 보내드립니다.

감사합니다.""",
        "\ufeff요청번호,URL,처리상태,처리일자,비고\n"
        f"{R2},{HH['t1']},삭제완료,2024-09-06,\n"
        f"{R2},{HH['t2']},위반사항 없음(유지),2024-09-06,성인인증이 적용된 정상 콘텐츠\n"
        f"{R2},{HH['nt']},접근제한(국내),2024-09-06,국내 IP 차단 / 해외에서만 접속 가능\n",
        "kcsc_result_0906.csv", "hh-csv-31aa",
    ),
    outcome="applied", classification="confirmation",
    imitates="Korean hosting company's CSV result sheet with Korean headers (UTF-8 BOM)",
    why="삭제완료 removed; 위반사항 없음(유지) a refusal; 접근제한(국내) with Korean IPs blocked is a restriction in Korea",
    items={HH["t1"]: "removed", HH["t2"]: "rejected", HH["nt"]: "restricted"},
)

# ===================== EdgeVeil (CDN) =====================================
case(
    name="ev-geo-block-at-edge",
    date=d("2024-09-06 02:14:09", 0), **{"from": "abuse@edgeveil.net"},
    name_from="EdgeVeil Trust & Safety",
    subject=f"Re: [{R3}] Removal request",
    reply_to_req=mid(R3),
    body=f"""
Hello,

EdgeVeil is a reverse proxy and CDN provider; we do not host the websites
that use our network. However, under our policy for material that is
unlawful in the reporting country, we have blocked access from South Korean
IP addresses to the following URLs at our edge:

{EV['e2']}
{EV['img']}

Visitors from other countries are not affected. We have also forwarded your
complaint to the hosting provider of tokkiwatch.net and to the site owner.

Report ID: EV-2024-0917-5531
EdgeVeil Trust & Safety
https://edgeveil.net/trust/abuse-policy
""",
    outcome="applied", classification="confirmation",
    imitates="CDN trust-and-safety reply: geo-block at the edge for one country",
    why="blocked from South Korean IPs only: restricted for the two listed URLs; the policy link is not an item",
    items={EV["e2"]: "restricted", EV["img"]: "restricted"},
)

case(
    name="ev-pages-hosted-url-below",
    date=d("2024-09-09 07:45:00", 0), **{"from": "abuse@edgeveil.net"},
    name_from="EdgeVeil Trust & Safety",
    subject="Follow-up: report EV-2024-0917-5531",
    body=f"""
Hi,

Following up on report EV-2024-0917-5531 (your reference {R3}).

Unlike the rest of the site, this page was served from EdgeVeil Pages,
our static hosting product, so we are its host. We have removed it and
disabled the deployment:

<{EV['e1']}>

The other URLs in your report are served from the customer's own origin
server; for those please see our earlier reply.

Regards,
EdgeVeil Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN follow-up for content it hosts itself (edge static hosting)",
    why="the statement 'we have removed it' points at the URL in angle brackets on the line below",
    items={EV["e1"]: "removed"},
)

case(
    name="ev-plain-text-summary-table",
    date=d("2024-09-10 03:00:12", 0), **{"from": "noreply@edgeveil.net"},
    name_from="EdgeVeil Abuse System",
    subject="Abuse report EV-2024-0918-0042 - closed",
    body=f"""
Your report (as submitted)
  Reference ....... {R3}
  Category ........ Copyright / unlicensed streaming
  Reported URLs ... 3

Action summary

URL                                          Action taken
-------------------------------------------  ------------------------------
{EV['e1']}               geo-blocked (KR)
{EV['e2']}               geo-blocked (KR)
{EV['img']}   none - licensed cover artwork

Geo-blocks apply to visitors from the Republic of Korea only.
This report is now closed. Details: https://edgeveil.net/reports/EV-2024-0918-0042
""",
    outcome="applied", classification="confirmation",
    imitates="CDN abuse system closing notice: echoed report plus plain-text action table",
    why="two URLs geo-blocked for Korea (restricted); the cover image stays with a reason (rejected)",
    items={EV["e1"]: "restricted", EV["e2"]: "restricted", EV["img"]: "rejected"},
)

# ===================== nabichan (image board) =============================
case(
    name="nc-mod-one-line",
    date=d("2024-09-06 13:01:00"), **{"from": "mod@nabichan.org"},
    name_from="nabichan mod",
    subject=f"Re: [{R4}] Removal request",
    reply_to_req=mid(R4),
    body=f"""
{NC['a']} deleted.

-- nabichan mod team
""",
    outcome="applied", classification="confirmation",
    imitates="image-board moderator's one-line reply",
    why="one URL, one word: deleted",
    items={NC["a"]: "removed"},
)

case(
    name="nc-admin-bulleted-mixed",
    date=d("2024-09-07 02:33:40"), **{"from": "admin@nabichan.org"},
    name_from="nabichan admin",
    subject=f"Re: [{R4}] Removal request",
    reply_to_req=mid(R4),
    body=f"""
hi,

went through your list ({R4}):

* {NC['a']} - thread deleted
* {NC['b']} - leaving this one up, it's a news discussion and breaks none of our rules
* {NC['c']} - deleted, poster banned for 30 days
* {NC['png']} - already 404. images expire from /src/ after 72h so it was gone before your mail came in
* {NC['d']} - hidden for visitors from Korea (region filter), still visible elsewhere

if you send more please put the post numbers in the subject, makes it easier for us.

admin
nabichan.org
""",
    outcome="applied", classification="confirmation",
    imitates="informal image-board admin reply with a bulleted per-link list",
    why="deleted, kept for breaking no rule, deleted, gone before the report, hidden in Korea only",
    items={NC["a"]: "removed", NC["b"]: "rejected", NC["c"]: "removed",
           NC["png"]: "not_found", NC["d"]: "restricted"},
)

case(
    name="nc-korean-particles-fullwidth",
    date=d("2024-09-07 21:15:00"), **{"from": "admin@nabichan.org"},
    name_from="나비짱 관리자",
    subject=f"Re: [{R4}] 삭제 요청",
    reply_to_req=mid(R4),
    body=f"""
안녕하세요, 나비짱 관리자입니다.

{NC['png']}（첨부 이미지）는 삭제 완료했습니다.
{NC['b']}은 글쓴이가 이미 스스로 지운 스레드라 저희 쪽에서 할 조치가 없었습니다.
{NC['c']}，{NC['d']} 두 스레드는 삭제했습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean image-board admin reply with URLs glued to particles and full-width punctuation",
    why="image deleted; thread already removed by its author (not_found); two threads deleted",
    items={NC["png"]: "removed", NC["b"]: "not_found", NC["c"]: "removed", NC["d"]: "removed"},
)

# ===================== DomainMoa (registrar) ==============================
case(
    name="dm-domain-client-hold",
    date=d("2024-09-10 17:45:00"), **{"from": "abuse@domainmoa.com"},
    name_from="DomainMoa Abuse Team",
    subject=f"Re: [{R5}] Request concerning two domain names",
    reply_to_req=mid(R5),
    body=f"""
Dear KCSC,

Ticket DM-ABU-20240910-118 / your reference {R5}

We have reviewed the domain names in your notice.

saltbet-kr.xyz ({DM['salt']}): the registrant did not answer our notice
within 24 hours. The domain has been suspended (status clientHold) and no
longer resolves.

lotto-sure7.top: this domain is not registered through DomainMoa. Please
contact the sponsoring registrar shown in the public RDAP record.

DomainMoa Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse reply: clientHold suspension for one domain, 'not our customer' for the other",
    why="the suspended domain no longer resolves (made unavailable); 'not registered with us' says nothing about the other site's status",
    items={DM["salt"]: "removed", DM["lotto"]: "pending"},
)

case(
    name="dm-registrar-declines",
    date=d("2024-09-11 09:30:00"), **{"from": "legal@domainmoa.com"},
    name_from="DomainMoa Legal",
    subject=f"Re: [{R5}] Request concerning two domain names",
    reply_to_req=mid(R5),
    body=f"""
Hello,

Thank you for your notice ({R5}).

DomainMoa is the registrar for saltbet-kr.xyz and lotto-sure7.top. We do
not host any content on either site. A registrar is not in a position to
judge whether website content is lawful, and our registration agreement
does not allow us to suspend a domain over its content except on a court
order or a request from a competent authority in the registrant's country.

We therefore decline to take action against:

  {DM['salt']}
  {DM['lotto']}

Both domains remain active. You may wish to contact the hosting providers
directly.

DomainMoa Legal
""",
    outcome="applied", classification="confirmation",
    imitates="registrar legal reply refusing content-based suspension without a court order",
    why="an explicit refusal with its reason for each named URL; both stay up",
    items={DM["salt"]: "rejected", DM["lotto"]: "rejected"},
)

# ===================== Dalbit (Korean forum) ==============================
case(
    name="db-blind-one-post",
    date=d("2024-09-10 16:40:00"), **{"from": "cs@dalbit.net"},
    name_from="달빛 커뮤니티 운영팀",
    subject=f"Re: [{R6}] 게시물 삭제 요청",
    reply_to_req=mid(R6),
    body=f"""
안녕하세요. 달빛 커뮤니티 운영팀입니다.

방송통신심의위원회({R6})에서 신고하신 게시글 {DB['free']} 은 커뮤니티 운영원칙 제7조 위반으로 블라인드 처리되었습니다.

나머지 게시글은 검토가 끝나는 대로 안내드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum operator notice of 블라인드 처리",
    why="블라인드 처리 of one named post is a removal; the rest is a promise about unnamed posts",
    items={DB["free"]: "removed"},
)

case(
    name="db-numbered-raw-hangul-mixed",
    date=d("2024-09-12 11:25:00"), **{"from": "cs@dalbit.net"},
    name_from="달빛 커뮤니티 운영팀",
    subject=f"RE: [{R6}] 게시물 삭제 요청",
    reply_to_req=mid(R6),
    body=f"""
안녕하세요, 달빛 운영팀입니다. 요청하신 3건의 처리 결과를 알려드립니다.

1) {DB_REVIEW_RAW}
   → 임시조치(30일) 되었습니다.
2) {DB['mob']}
   → 작성자가 직접 삭제하여 존재하지 않는 게시물입니다.
3) {DB['free']}
   → 검토 결과 운영원칙 위반 사항이 없어 게시물을 유지합니다.

문의 사항은 본 메일로 회신 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum reply, numbered list with arrow result lines and a raw Hangul board path",
    why="임시조치 is restricted; deleted by its author is not_found; 위반 사항 없어 유지 is a refusal",
    items={DB["rev"]: "restricted", DB["mob"]: "not_found", DB["free"]: "rejected"},
)

case(
    name="db-html-sijeong-table",
    date=d("2024-09-13 14:00:00"), **{"from": "policy@dalbit.net"},
    name_from="달빛 정책팀",
    subject=f"[{R6}] 시정요구 조치결과 통보",
    type="html",
    body=f"""
<html><head><meta charset="utf-8"></head><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구({R6})에 대한 조치결과를 아래와 같이 통보합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<thead><tr><th>연번</th><th>URL</th><th>조치결과</th><th>조치일</th></tr></thead>
<tbody>
<tr><td>1</td><td>{DB['free']}</td><td>삭제</td><td>2024.09.12</td></tr>
<tr><td>2</td><td><a href="{DB['rev']}">{DB_REVIEW_RAW}</a></td><td>삭제</td><td>2024.09.12</td></tr>
<tr><td>3</td><td>{DB['mob']}</td><td>접근제한(국내)</td><td>2024.09.13</td></tr>
</tbody></table>
<p>※ 조치결과에 대한 문의: 달빛 정책팀 policy@dalbit.net</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 통보 HTML table",
    why="table rows: two 삭제 (removed), one 접근제한(국내) (restricted in Korea)",
    items={DB["free"]: "removed", DB["rev"]: "removed", DB["mob"]: "restricted"},
)

# ===================== Pastewell (one-item request) =======================
case(
    name="pw-all-reported-content-one-item",
    date=d("2024-09-12 06:12:00", 0), **{"from": "abuse@pastewell.io"},
    name_from="Pastewell Abuse",
    subject=f"Re: [{R7}] Removal request",
    reply_to_req=mid(R7),
    body=f"""
Hi,

re your ref {R7}: all the reported content has been removed and the
account that posted it is suspended.

Pastewell abuse
""",
    outcome="applied", classification="confirmation",
    imitates="small paste site's abuse reply with a collective statement",
    why="collective 'all reported content removed' answering a one-item request applies to that item",
    items={PW["raw"]: "removed"},
)

case(
    name="pw-kept-public-data",
    date=d("2024-09-12 20:05:00", 0), **{"from": "support@pastewell.io"},
    name_from="Pastewell Support",
    subject=f"Re: [{R7}] Removal request",
    reply_to_req=mid(R7),
    body=f"""
Hello,

We looked at {PW['raw']}. It is a list of publicly announced IP
ranges of Korean ISPs, copied from the registries' own websites. It contains
no personal data and does not break our acceptable use policy, so we are
keeping it up.

If a Korean court has ordered its removal, send us the order and we will
look again.

Pastewell Support
""",
    outcome="applied", classification="confirmation",
    imitates="paste site support refusing removal with a reason",
    why="'we are keeping it up' because it breaks no rule: rejected; the offer to look at a court order is no condition on this decision",
    items={PW["raw"]: "rejected"},
)

# ===================== review =============================================
case(
    name="fk-promise-within-24h",
    date=d("2024-09-04 12:00:00", 2), **{"from": "abuse@filekeg.net"},
    name_from="FileKeg Abuse",
    subject=f"Re: [{R1}] Removal request - 14 links",
    reply_to_req=mid(R1),
    body=f"""
Hello,

Thank you for contacting FileKeg. We have confirmed that the following files
violate our Terms of Service and they will be removed within 24 hours:

{FK['rk']}
{FK['bq']}
{FK['gz']}

We will send a confirmation once this is done.

FileKeg Abuse
""",
    outcome="review", review="not_understood",
    imitates="abuse desk promising removal within 24 hours",
    why="'will be removed' is a promise, not a statement; the named files stay pending",
    items={FK["rk"]: "pending", FK["bq"]: "pending", FK["gz"]: "pending"},
)

case(
    name="fk-all-files-removed-bulk",
    date=d("2024-09-08 10:00:00", 2), **{"from": "legal@filekeg.net"},
    name_from="FileKeg Legal",
    subject=f"Re: [{R1}] Removal request - 14 links",
    reply_to_req=mid(R1),
    body=f"""
Dear Sir or Madam,

This is to confirm that all files listed in your notice {R1} have been
removed from FileKeg and that the uploaders have been notified.

We consider this matter closed.

FileKeg Legal
""",
    outcome="review", review="bulk",
    imitates="file-host legal 'all files removed, case closed' letter",
    why="one collective statement for a fourteen-item request, naming no file",
    items={u: "pending" for u in FK.values()},
)

case(
    name="fk-helpdesk-dmarc-fail",
    date=d("2024-09-05 08:30:00", 2), **{"from": "abuse@filekeg.net"},
    auth="fail",
    name_from="FileKeg Helpdesk",
    subject=f"[FK-88231] Request {R1} completed",
    body=f"""
Hello,

Your request {R1} has been completed. The following files were deleted:

{FK['xa']}
{FK['tm']}
{FK['rk']}

FileKeg Helpdesk
""",
    outcome="review", review="untrusted",
    imitates="helpdesk notification relayed by a third-party mailer that fails DMARC",
    why="From a FileKeg address but DKIM/SPF/DMARC fail: the statements cannot be trusted",
    items={FK["xa"]: "pending", FK["tm"]: "pending", FK["rk"]: "pending"},
)

case(
    name="fk-needs-specific-files",
    date=d("2024-09-04 15:10:00", 2), **{"from": "legal@filekeg.net"},
    name_from="FileKeg Legal",
    subject=f"Re: [{R1}] Removal request - 14 links",
    reply_to_req=mid(R1),
    body=f"""
Hello,

We received your request {R1}. Before we can act on the two folder links
we need more information:

{FK['fo1']}
{FK['fo2']}

Each of these folders holds several hundred files. Please tell us which
files inside them are unlawful and which provision of Korean law each one
breaks, so that we do not remove lawful material by mistake.

FileKeg Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="file host asking which files inside a folder are unlawful",
    why="a request for more information about two named folders; nothing decided",
    items={FK["fo1"]: "pending", FK["fo2"]: "pending"},
)

case(
    name="hh-appears-closed-korean",
    date=d("2024-09-05 17:55:00"), **{"from": "abuse@hanulhost.co.kr"},
    name_from="하늘호스팅 어뷰즈",
    subject=f"Re: [{R2}] 불법정보 삭제 요청",
    reply_to_req=mid(R2),
    body=f"""
안녕하세요, 하늘호스팅입니다.

{R2} 건 관련하여 확인해 보니, {HH['nt']} 사이트는 이미 폐쇄된 것으로 보입니다. 고객사에 정확한 상태를 확인 중이며, 확인되는 대로 다시 연락드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean hosting reply with a hedge (폐쇄된 것으로 보입니다)",
    why="'appears to be closed' and 'still checking' is a hedge, not a statement",
    items={HH["nt"]: "pending"},
)

case(
    name="hh-all-four-deleted-bulk",
    date=d("2024-09-10 09:20:00"), **{"from": "abuse@hanulhost.co.kr"},
    name_from="하늘호스팅 어뷰즈",
    subject=f"Re: [{R2}] 불법정보 삭제 요청",
    reply_to_req=mid(R2),
    body=f"""
안녕하세요, 하늘호스팅입니다.

방송통신심의위원회 요청({R2})에 따라 요청하신 게시물 4건 모두 삭제 조치 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Korean hosting one-sentence '4건 모두 삭제' reply",
    why="one collective statement for a four-item request without naming any post",
    items={u: "pending" for u in HH.values()},
)

case(
    name="hh-host-answers-cdn-request",
    date=d("2024-09-07 10:40:00"), **{"from": "abuse@hanulhost.co.kr"},
    name_from="하늘호스팅 어뷰즈",
    subject="[EV-2024-0917-5531] tokkiwatch.net 신고 처리",
    body=f"""
안녕하세요, 하늘호스팅 어뷰즈팀입니다.

EdgeVeil을 통해 전달받은 신고(EV-2024-0917-5531) 건입니다. tokkiwatch.net은 당사 고객 사이트이며, 아래 페이지를 서버에서 삭제하였습니다.

{EV['e1']}
{EV['e2']}

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="origin hosting provider answering a complaint the CDN forwarded to it",
    why="HanulHost states removals for items of the EdgeVeil request; a clerk must decide, not the ledger",
    items={EV["e1"]: "pending", EV["e2"]: "pending"},
)

case(
    name="ev-not-our-content-forwarded",
    date=d("2024-09-05 03:10:00", 0), **{"from": "abuse@edgeveil.net"},
    name_from="EdgeVeil Trust & Safety",
    subject=f"Re: [{R3}] Removal request",
    reply_to_req=mid(R3),
    body=f"""
Hello,

Thank you for your report regarding:

{EV['e1']}
{EV['e2']}
{EV['img']}

EdgeVeil provides reverse proxy, DDoS protection and CDN services for this
website. We are not its hosting provider and cannot remove content that is
stored on another company's servers. We have forwarded your complaint to
the website owner and to the hosting provider, HanulHost
(abuse@hanulhost.co.kr), whom you may contact directly.

Report ID: EV-2024-0917-5531
EdgeVeil Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="CDN 'we are not the host, complaint forwarded to host and owner' reply",
    why="names all three URLs but states no status: forwarding to the host is neither removal nor refusal",
    items={EV["e1"]: "pending", EV["e2"]: "pending", EV["img"]: "pending"},
)

case(
    name="nc-admin-from-gmail",
    date=d("2024-09-06 22:10:00"), **{"from": "nabichan.admin@gmail.com"},
    name_from="nabichan admin",
    subject=f"Re: [{R4}] Removal request",
    reply_to_req=mid(R4),
    body=f"""
hey, this is the admin of nabichan. our domain mail is broken this week so
I'm writing from my own account.

deleted {NC['a']} and {NC['c']} as you asked.
""",
    outcome="review", review="unknown_sender",
    imitates="small-site admin answering from a personal webmail address",
    why="gmail.com is no platform's sender domain, however plausible the claim",
    items={NC["a"]: "pending", NC["c"]: "pending"},
)

case(
    name="nc-rules-update-no-items",
    date=d("2024-09-09 12:00:00"), **{"from": "staff@nabichan.org"},
    name_from="nabichan staff",
    subject="About your reports",
    body="""
Hello,

Thanks for getting in touch with us. We've added a Korean-language section
to our rules and a report button on every post; details are at
https://nabichan.org/rules.html

From now on please use the report button or write to admin@nabichan.org.

nabichan staff
""",
    outcome="review", review="no_claims",
    imitates="image-board staff note about new rules and a report button",
    why="trusted nabichan mail naming no item and no request; the rules page is not an item",
    items={},
)

case(
    name="db-under-review-korean",
    date=d("2024-09-11 10:30:00"), **{"from": "cs@dalbit.net"},
    name_from="달빛 커뮤니티 운영팀",
    subject=f"Re: [{R6}] 게시물 삭제 요청",
    reply_to_req=mid(R6),
    body=f"""
안녕하세요. 달빛 커뮤니티 운영팀입니다.

요청하신 게시글({DB['free']}, {DB['mob']})은 현재 내부 검토 중이며, 운영원칙 위반이 확인되면 삭제될 예정입니다. 결과는 처리 완료 후 회신드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean forum 'under internal review, will be deleted if confirmed' reply",
    why="검토 중 and a conditional future deletion: no statement about either post",
    items={DB["free"]: "pending", DB["mob"]: "pending"},
)

# ===================== ignored ============================================
case(
    name="fk-ticket-receipt",
    date=d("2024-09-03 03:16:02", 0), **{"from": "noreply@filekeg.net"},
    name_from="FileKeg Support",
    subject="[FK-88231] We've received your report",
    extra_headers=["Auto-Submitted: auto-generated"],
    reply_to_req=mid(R1),
    body=f"""
This is an automated message.

Your abuse report has been received and ticket FK-88231 has been opened.

Summary of your report
  Subject: [{R1}] Removal request - 14 links
  Links reported: 14
  First link: {FK['xa']}

Our team reviews reports in the order received, usually within three
business days. Please do not reply to this message; to add information,
visit https://filekeg.net/support/tickets/FK-88231
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk automatic ticket receipt echoing the report",
    why="pure receipt: ticket created, nothing decided; the echoed link is our own",
    items={},
)

case(
    name="hh-out-of-office-korean",
    date=d("2024-09-04 14:31:10"), **{"from": "minsu.kim@hanulhost.co.kr"},
    name_from="김민수",
    subject=f"[자동회신] 부재중입니다 (RE: [{R2}] 불법정보 삭제 요청)",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    reply_to_req=mid(R2),
    body="""
안녕하세요. 하늘호스팅 김민수입니다.

9월 4일(수)부터 9월 9일(월)까지 휴가로 부재중입니다.
급한 용무는 abuse@hanulhost.co.kr 또는 고객센터(1588-0000)로 연락 부탁드립니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply",
    why="out-of-office auto-reply",
    items={},
)

_dsn_boundary = "DSN.20240905.0900.A1B2"
case(
    name="ev-dsn-site-owner-unknown",
    date=d("2024-09-05 09:00:41"), **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    auth="none",
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="{_dsn_boundary}"

--{_dsn_boundary}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<owner@tokkiwatch.net>: host mx.tokkiwatch.net[203.0.113.44] said: 550 5.1.1
    <owner@tokkiwatch.net>: Recipient address rejected: User unknown

--{_dsn_boundary}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Thu,  5 Sep 2024 09:00:02 +0900 (KST)

Final-Recipient: rfc822; owner@tokkiwatch.net
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.tokkiwatch.net
Diagnostic-Code: smtp; 550 5.1.1 <owner@tokkiwatch.net>: Recipient address
    rejected: User unknown

--{_dsn_boundary}
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse@edgeveil.net
Cc: owner@tokkiwatch.net
Subject: [{R3}] Removal request
Message-ID: <{mid(R3)}@kcsc.example>
Date: Thu, 5 Sep 2024 09:00:00 +0900
Content-Type: text/plain; charset=us-ascii

Dear EdgeVeil,

Please remove the following content (reference {R3}):

{EV['e1']}
{EV['e2']}
{EV['img']}

KCSC Takedown team

--{_dsn_boundary}--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification for the copy sent to the site owner",
    why="a bounce; the URLs are in our own returned request",
    items={},
)

_mdn_boundary = "mdn-nabichan-4411"
case(
    name="nc-read-receipt",
    date=d("2024-09-06 11:52:00"), **{"from": "admin@nabichan.org"},
    name_from="nabichan admin",
    subject=f"Read: [{R4}] Removal request",
    reply_to_req=mid(R4),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="{_mdn_boundary}"

--{_mdn_boundary}
Content-Type: text/plain; charset=utf-8

This is a return receipt for the message you sent to admin@nabichan.org
on 06/09/2024 11:20.

It only shows that the message was displayed on the recipient's screen.
It does not mean that the message was read or its contents understood.

--{_mdn_boundary}
Content-Type: message/disposition-notification

Reporting-UA: nabichan.org; Thunderbird 115.14.0
Final-Recipient: rfc822;admin@nabichan.org
Original-Message-ID: <{mid(R4)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--{_mdn_boundary}--
""",
    outcome="ignored", classification="read_receipt",
    imitates="mail-client read receipt (MDN) from the image board's admin",
    why="a read receipt says nothing about any item",
    items={},
)

case(
    name="db-report-received-korean",
    date=d("2024-09-10 10:00:30"), **{"from": "noreply@dalbit.net"},
    name_from="달빛 고객센터",
    subject="[달빛] 문의가 접수되었습니다",
    extra_headers=["Auto-Submitted: auto-generated"],
    reply_to_req=mid(R6),
    body="""
안녕하세요. 달빛 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: DB-240910-00417

담당자가 확인 후 순차적으로 답변드리겠습니다. (평균 2~3 영업일 소요)

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean forum customer-centre automatic receipt (접수번호)",
    why="pure receipt with a ticket number",
    items={},
)

case(
    name="dm-autoresponder-ticket",
    date=d("2024-09-09 16:00:50"), **{"from": "abuse@domainmoa.com"},
    name_from="DomainMoa Abuse",
    subject=f"[DM-ABU-20240910-118] Re: [{R5}] Request concerning two domain names",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    reply_to_req=mid(R5),
    body="""
Thank you for contacting the DomainMoa Abuse Team.

This is an automatic response to confirm that we have received your message.
A ticket has been created with the number DM-ABU-20240910-118.

Please allow up to two business days for a reply. When writing to us about
this matter, keep the ticket number in the subject line.

DomainMoa Abuse Team
https://domainmoa.com/legal/abuse
""",
    outcome="ignored",
    imitates="registrar abuse-desk autoresponder with ticket number",
    why="automatic receipt; nothing about any domain",
    items={},
)

case(
    name="pw-out-of-office",
    date=d("2024-09-11 06:41:00", 0), **{"from": "dana@pastewell.io"},
    name_from="Dana Whitfield",
    subject=f"Automatic reply: [{R7}] Removal request",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    reply_to_req=mid(R7),
    body="""
Hi,

I'm out of the office until 23 September with limited access to email.
For abuse reports please write to abuse@pastewell.io, which is monitored
every day.

Dana
""",
    outcome="ignored", classification="auto_reply",
    imitates="English out-of-office auto-reply",
    why="out-of-office auto-reply",
    items={},
)

HEADER = """# Blind set 979 (tests/corpus/blind979/): hosting providers, CDNs, registrars,
# forums, image boards, file hosts and small services answering informally,
# plus CSV attachments and plain-text tables. Written by make.py from the
# meaning of each email alone, before the reader was run. See NOTES.md.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind979", HEADER, CASES)


if __name__ == "__main__":
    main()
