#!/usr/bin/env python3
"""Blind set 565: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a paste site answering the regulator, often
informally (abuse desks, admins writing one line), plus CSV attachments and
plain-text tables.

    python3 tests/corpus/blind565/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the email's meaning alone, before the reader
was ever run on this set. All names, domains, ids and URLs are fictional (the
reserved .example TLD).
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
DC = {k: f"https://dropcrate.example/f/{k}" for k in
      ["Ab3xQ9", "Kq7Lm2", "Zt81Pw", "Hn5Vc0", "Rr2Df7", "Lm9Qa4",
       "Ye6Tb1", "Wp3Ks8", "Gd7Xn5", "Uc4Jm2", "Fs0Bh6", "Nv8Ro3"]}
HV_A7 = "https://minjae-pics.hostvale.example/album/7"
HV_A9 = "https://minjae-pics.hostvale.example/album/9"
HV_SG = "https://soyeon-fan.hostvale.example/index.php?page=gallery&id=31"
HV_DR = "https://darkroom24.hostvale.example/vid/0042.html"
M1 = "https://moaboard.example/free/120934"
M2 = "https://moaboard.example/free/120977"
M3 = "https://moaboard.example/humor/88410"
M4_RAW = "https://moaboard.example/게시판/자유/5521"
M4 = "https://moaboard.example" + quote("/게시판/자유/5521")
M5 = "https://moaboard.example/free/121003"
P1 = "https://pixchan.example/b/res/88812.html"
P2 = "https://pixchan.example/b/res/88901.html"
P3 = "https://pixchan.example/kr/res/4410.html"
E1 = "https://leakvault.example/v/2231"
E2 = "https://leakvault.example/v/2240"
N1 = "https://nudify-kr.example/"
H1 = "https://pastehut.example/p/xY7pQ2"
H2 = "https://pastehut.example/p/Mn4Rt8"

REQUESTS = [
    ("KCSC-240903-01", "dropcrate", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     list(DC.values()), "illegal_filming", "file host, 12 files; uploader \"k_vault\""),
    ("KCSC-240904-02", "hostvale", "2024-09-04T10:30:00+09:00", "2024-09-11T18:00:00+09:00",
     [HV_A7, HV_A9, HV_SG, HV_DR], "deepfake_sexual_abuse", "three customer sites"),
    ("KCSC-240905-03", "moaboard", "2024-09-05T09:00:00+09:00", "2024-09-12T18:00:00+09:00",
     [M1, M2, M3, M4, M5], "privacy", "forum posts, one with a Korean path"),
    ("KCSC-240909-04", "pixchan", "2024-09-09T11:00:00+09:00", "2024-09-16T18:00:00+09:00",
     [P1, P2, P3], "deepfake_sexual_abuse", "image board threads"),
    ("KCSC-240910-05", "edgeshield", "2024-09-10T14:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [E1, E2], "illegal_filming", "site behind the CDN, origin host unknown"),
    ("KCSC-240911-06", "namewell", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00",
     [N1], "deepfake_sexual_abuse", "whole domain; registrar"),
    ("KCSC-240912-07", "pastehut", "2024-09-12T15:00:00+09:00", "2024-09-19T18:00:00+09:00",
     [H1, H2], "privacy", "pastes with personal data"),
]


def req_id(ref):
    # KCSC-240903-01 -> req-240903-01
    return "req-" + ref[5:]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, f"<{req_id(ref)}@kcsc.example>", note])


# ---------------------------------------------------------------- MIME helpers
def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def plain_b64(text):
    return ("Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + b64(text) + "\n")


def plain_qp(text):
    return ("Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + qp(text) + "\n")


def with_csv(boundary, text, csv_name, csv_text):
    return (f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
            "This is a multi-part message in MIME format.\n\n"
            f"--{boundary}\n"
            "Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n"
            f"{text.strip()}\n\n"
            f"--{boundary}\n"
            f'Content-Type: text/csv; charset=utf-8; name="{csv_name}"\n'
            f'Content-Disposition: attachment; filename="{csv_name}"\n'
            "Content-Transfer-Encoding: base64\n\n"
            f"{b64(csv_text)}\n\n"
            f"--{boundary}--\n")


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


REQ_DC_TEXT = "Dear Dropcrate Trust & Safety,\n\nUnder Article 44-7 of the Network Act, the Korea Communications\nStandards Commission asks you to remove the following 12 files:\n\n" + \
    "\n".join(f"{i}. {u}" for i, u in enumerate(DC.values(), 1)) + \
    "\n\nPlease reply by 10 September 2024 quoting KCSC-240903-01.\n\nKCSC Takedown Team"
REQ_HV_TEXT = f"""Dear HostVale abuse team,

The pages below, hosted on your network, carry non-consensual synthetic
sexual images. Please remove them and reply quoting KCSC-240904-02.

1. {HV_A7}
2. {HV_A9}
3. {HV_SG}
4. {HV_DR}

KCSC Takedown Team"""

# ---------------------------------------------------------------- cases
C = []


def case(**kw):
    C.append(kw)


DC_FROM = "abuse@dropcrate.example"
DC_SUBJ = "Re: [KCSC-240903-01] Removal request - 12 files"

# ===== applied =====================================================
table_rows = [
    ("Ab3xQ9", "Removed (file deleted)", "removed"),
    ("Kq7Lm2", "Removed (file deleted)", "removed"),
    ("Zt81Pw", "Removed (file deleted)", "removed"),
    ("Hn5Vc0", "Not found - no file with this ID", "not_found"),
    ("Rr2Df7", "Removed (file deleted)", "removed"),
    ("Lm9Qa4", "Removed, uploader banned", "removed"),
    ("Ye6Tb1", "Removed (file deleted)", "removed"),
    ("Wp3Ks8", "No action - no ToS violation found", "rejected"),
    ("Gd7Xn5", "Removed (file deleted)", "removed"),
    ("Uc4Jm2", "Not found - deleted by uploader 09/01", "not_found"),
    ("Fs0Bh6", "Removed (file deleted)", "removed"),
    ("Nv8Ro3", "Blocked for visitors from KR only", "restricted"),
]
table_txt = "\n".join(f"{DC[k]:<38} {a}" for k, a, _ in table_rows)
case(name="dc-plaintext-table-12", from_=DC_FROM, name_from="Dropcrate Trust & Safety",
     date="Thu, 05 Sep 2024 11:42:07 +0900", subject=DC_SUBJ, reply_to_req="req-240903-01",
     body=f"""Hello KCSC team,

We have reviewed the 12 files in your request KCSC-240903-01. Outcome per file:

{"File":<38} Action taken
{"-" * 38} {"-" * 37}
{table_txt}

The file kept online was reviewed by two people and we found nothing that
breaks our Terms of Service. The KR-only block is applied at our edge and
covers all mirrors of that file.

If you disagree with any decision you can use https://dropcrate.example/legal/appeals

Dropcrate Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="file-host abuse desk reply with a fixed-width plain-text result table",
     why="one row per file, each with its own result: 9 removed, 2 not found, 1 kept (no violation), 1 blocked for KR",
     items={DC[k]: s for k, _, s in table_rows})

csv_rows = ("file_url,file_id,action,reason,actioned_at_utc\n"
            f"{DC['Ab3xQ9']},Ab3xQ9,removed,\"ToS 4.2, non-consensual imagery\",2024-09-05 02:11\n"
            f"{DC['Kq7Lm2']},Kq7Lm2,removed,\"ToS 4.2, non-consensual imagery\",2024-09-05 02:12\n"
            f"{DC['Zt81Pw']},Zt81Pw,geo-restricted (KR),local law,2024-09-05 02:14\n"
            f"{DC['Hn5Vc0']},Hn5Vc0,not found,no such file ID,\n"
            f"{DC['Rr2Df7']},Rr2Df7,no action,not in violation of ToS,\n")
case(name="dc-csv-attachment", from_=DC_FROM, name_from="Dropcrate Trust & Safety",
     date="Thu, 05 Sep 2024 12:05:40 +0900", subject=DC_SUBJ, reply_to_req="req-240903-01",
     raw_mime=with_csv("=_dc_4471", """Hello,

The results for the first five files of request KCSC-240903-01 are in the
attached spreadsheet. The remaining files are still with our team.

Regards,
Dropcrate Trust & Safety""", "KCSC-240903-01_results.csv", csv_rows),
     outcome="applied", classification="confirmation",
     imitates="trust-and-safety reply sending its results as a CSV export",
     why="CSV rows give removed, removed, geo-restricted, not found and no action (kept) for five files",
     items={DC["Ab3xQ9"]: "removed", DC["Kq7Lm2"]: "removed", DC["Zt81Pw"]: "restricted",
            DC["Hn5Vc0"]: "not_found", DC["Rr2Df7"]: "rejected"})

case(name="dc-url-then-status-line", from_="support@dropcrate.example", name_from="Dropcrate Support",
     date="Fri, 06 Sep 2024 09:13:22 +0900", subject="[Dropcrate Support #48213] Re: [KCSC-240903-01] Removal request",
     reply_to_req="req-240903-01",
     body=f"""Hi,

Update on three of the files you reported:

{DC['Lm9Qa4']}
Status: deleted

{DC['Ye6Tb1']}
Status: deleted, uploader account closed

{DC['Wp3Ks8']}
Status: file does not exist

Kind regards,
Ana
Dropcrate Support
""",
     outcome="applied", classification="confirmation",
     imitates="help-desk agent reply, each bare URL with its status on the line below",
     why="status line under each URL: two deleted, one does not exist",
     items={DC["Lm9Qa4"]: "removed", DC["Ye6Tb1"]: "removed", DC["Wp3Ks8"]: "not_found"})

case(name="dc-html-ticket-table", from_="noreply@dropcrate.example", name_from="Dropcrate Trust & Safety",
     date="Fri, 06 Sep 2024 15:30:00 +0900", subject="Your report KCSC-240903-01 - decision", type="html",
     body=f"""<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>Our team has finished reviewing part of your report <b>KCSC-240903-01</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Link</th><th>Result</th></tr>
<tr><td><a href="{DC['Gd7Xn5']}">{DC['Gd7Xn5']}</a></td><td>Access disabled</td></tr>
<tr><td><a href="{DC['Uc4Jm2']}">{DC['Uc4Jm2']}</a></td><td>Removed</td></tr>
<tr><td><a href="{DC['Fs0Bh6']}">{DC['Fs0Bh6']}</a></td><td>Not found</td></tr>
</table>
<p>Learn how we handle reports: <a href="https://dropcrate.example/help/reporting">Help Center</a></p>
<p>Dropcrate Trust &amp; Safety</p>
</body></html>""",
     outcome="applied", classification="confirmation",
     imitates="ticket-system HTML decision notice with a Link/Result table",
     why="table rows: access disabled, removed, not found; the help-centre link is not an item",
     items={DC["Gd7Xn5"]: "removed", DC["Uc4Jm2"]: "removed", DC["Fs0Bh6"]: "not_found"})

case(name="dc-quoted-printable-prose", from_=DC_FROM, name_from="Dropcrate Trust & Safety",
     date="Sat, 07 Sep 2024 10:02:51 +0900", subject=DC_SUBJ, reply_to_req="req-240903-01",
     raw_mime=plain_qp(f"""Dear KCSC team,

Following your notice we have removed the file at {DC['Nv8Ro3']} and suspended the uploader’s account for repeated violations of our content policy.

The link {DC['Kq7Lm2']} does not correspond to any file on our service any more: the uploader deleted it themselves on 2 September, before your notice reached us, so there was nothing left for us to act on.

Best wishes,
Lena Brandt
Trust & Safety Specialist, Dropcrate
"""),
     outcome="applied", classification="confirmation",
     imitates="abuse specialist prose reply sent quoted-printable (long lines soft-wrapped)",
     why="first file removed; second no longer exists, deleted by the uploader before the notice",
     items={DC["Nv8Ro3"]: "removed", DC["Kq7Lm2"]: "not_found"})

case(name="dc-ack-with-statement", from_=DC_FROM, name_from="Dropcrate Trust & Safety",
     date="Wed, 04 Sep 2024 08:55:10 +0900", subject=DC_SUBJ, reply_to_req="req-240903-01",
     body=f"""Thank you for your report, we have logged it as ticket #77120.

One quick note: the file {DC['Rr2Df7']} had already been taken down
by our automated hash matching on 3 September, so no further action is needed
for that one. We will come back to you about the rest.

Dropcrate Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="ticket acknowledgement that also reports one file already taken down",
     why="acknowledgement wording plus an unhedged statement that one named file was taken down",
     items={DC["Rr2Df7"]: "removed"})

case(name="dc-outlook-original-message", from_="m.kowalczyk@dropcrate.example", name_from="Marta Kowalczyk",
     date="Mon, 09 Sep 2024 16:20:33 +0900", subject="RE: [KCSC-240903-01] Removal request - 12 files",
     reply_to_req="req-240903-01", extra_headers=["X-Mailer: Microsoft Outlook 16.0"],
     body=f"""Hello,

We actioned the following:

Removed:
{DC['Ab3xQ9']}
{DC['Zt81Pw']}

Could not locate:
{DC['Uc4Jm2']}

Best regards,
Marta Kowalczyk
Dropcrate Support

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: abuse@dropcrate.example
Subject: [KCSC-240903-01] Removal request - 12 files

{REQ_DC_TEXT}
""",
     outcome="applied", classification="confirmation",
     imitates="Outlook reply with headed lists above the quoted original request",
     why="two URLs under 'Removed:', one under 'Could not locate:'; the 12 URLs in the quoted original say nothing",
     items={DC["Ab3xQ9"]: "removed", DC["Zt81Pw"]: "removed", DC["Uc4Jm2"]: "not_found"})

case(name="dc-base64-angle-brackets", from_=DC_FROM, name_from="Dropcrate Trust & Safety",
     date="Tue, 10 Sep 2024 11:11:11 +0900", subject=DC_SUBJ, reply_to_req="req-240903-01",
     raw_mime=plain_b64(f"""Hi,

the two files below were disabled today:
  <{DC['Hn5Vc0']}>
  <{DC['Gd7Xn5']}>

The third one you sent, <{DC['Lm9Qa4']}>, is now age-restricted: it stays on
the service but only signed-in users who have verified they are adults can
open it.

Dropcrate T&S
"""),
     outcome="applied", classification="confirmation",
     imitates="short abuse-desk reply, base64 body, URLs in angle brackets",
     why="two files disabled (removed), one age-restricted",
     items={DC["Hn5Vc0"]: "removed", DC["Gd7Xn5"]: "removed", DC["Lm9Qa4"]: "restricted"})

HV_FROM = "abuse@hostvale.example"
HV_SUBJ = "Re: [KCSC-240904-02] Notice of unlawful content"
case(name="hv-customer-removed-verified", from_=HV_FROM, name_from="HostVale Abuse",
     date="Thu, 05 Sep 2024 17:48:02 +0900", subject=HV_SUBJ, reply_to_req="req-240904-02",
     body=f"""Hello,

We passed your notice to the customer who runs minjae-pics. The customer has
removed both albums, and we checked ourselves that
{HV_A7} and
{HV_A9} now return 404.

The other two sites are being handled separately.

Regards,
HostVale Abuse Desk
abuse@hostvale.example
""",
     outcome="applied", classification="confirmation",
     imitates="hosting abuse desk reply: customer removed the content, host verified it",
     why="both albums removed by the customer and verified gone by the host",
     items={HV_A7: "removed", HV_A9: "removed"})

case(name="hv-suspended-and-kept", from_=HV_FROM, name_from="HostVale Abuse",
     date="Fri, 06 Sep 2024 10:04:45 +0900", subject=HV_SUBJ, reply_to_req="req-240904-02",
     body=f"""Dear KCSC,

The hosting account serving {HV_DR} has been suspended for a breach of our
Acceptable Use Policy; the whole site is offline.

We also examined {HV_SG} and found no violation of our
Acceptable Use Policy (https://hostvale.example/legal/aup): the gallery shows
photos taken at a public event. That site remains active and we will not
take action against it.

HostVale Abuse Desk
""",
     outcome="applied", classification="confirmation",
     imitates="host abuse desk decision: one account suspended, one complaint declined with its reason",
     why="site suspended and offline (removed); gallery kept because it breaks no rule (rejected); AUP link is not an item",
     items={HV_DR: "removed", HV_SG: "rejected"})

case(name="hv-gmail-top-posted", from_="jonas@hostvale.example", name_from="Jonas Berg",
     date="Fri, 06 Sep 2024 22:31:09 +0900", subject=HV_SUBJ, reply_to_req="req-240904-02",
     body=f"""Done. {HV_A9} has been removed.
{HV_A7} no longer exists -- the customer had already deleted it before we got to it.

--
Jonas
HostVale abuse desk

On Wed, 4 Sep 2024 at 10:30, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(REQ_HV_TEXT)}
""",
     outcome="applied", classification="confirmation",
     imitates="one-line top-posted Gmail reply from a hosting engineer above the quoted request",
     why="album 9 removed; album 7 already deleted by the customer (not found); quoted request lines say nothing",
     items={HV_A9: "removed", HV_A7: "not_found"})

case(name="hv-url-below-statement", from_=HV_FROM, name_from="HostVale Abuse",
     date="Mon, 09 Sep 2024 13:15:27 +0900", subject=HV_SUBJ, reply_to_req="req-240904-02",
     body=f"""Hello,

The following page has been disabled by our staff:
{HV_DR}

The following page could not be found on our servers (it returned 404
before we took any action):
{HV_SG}

HostVale Abuse Desk
""",
     outcome="applied", classification="confirmation",
     imitates="abuse desk reply with each URL on the line below its statement",
     why="first URL disabled (removed), second could not be found (not_found)",
     items={HV_DR: "removed", HV_SG: "not_found"})

MOA_FROM = "admin@moaboard.example"
MOA_SUBJ = "Re: [KCSC-240905-03] 게시물 삭제 요청"
case(name="moa-admin-one-line", from_=MOA_FROM, name_from="모아보드 관리자",
     date="Thu, 05 Sep 2024 13:40:00 +0900", subject=MOA_SUBJ, reply_to_req="req-240905-03",
     body=f"""요청하신 {M1} 글 삭제했습니다.
-모아보드 관리자
""",
     outcome="applied", classification="confirmation",
     imitates="small Korean community admin answering in one line",
     why="one named post deleted",
     items={M1: "removed"})

case(name="moa-numbered-result-notice", from_="policy@moaboard.example", name_from="모아보드 운영팀",
     date="Fri, 06 Sep 2024 11:00:00 +0900", subject="[모아보드] 게시물 조치 결과 안내 (KCSC-240905-03)",
     reply_to_req="req-240905-03",
     body=f"""안녕하세요, 모아보드 운영팀입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 조치 결과를 아래와 같이 알려드립니다.

1. {M1} : 게시중단(삭제) 완료
2. {M2} : 블라인드 처리
3. {M3} : 해당 게시물 없음 (작성자가 이미 삭제함)
4. {M4_RAW} : 임시조치 (30일)
5. {M5} : 검토 결과 위반 사항이 확인되지 않아 게시 유지

문의 사항은 회신 주시기 바랍니다.
모아보드 운영팀 드림
""",
     outcome="applied", classification="confirmation",
     imitates="Korean portal-style 조치 결과 안내 with a numbered list",
     why="삭제, 블라인드 -> removed; 작성자 삭제 -> not_found; 임시조치 -> restricted; 게시 유지 (no violation) -> rejected",
     items={M1: "removed", M2: "removed", M3: "not_found", M4: "restricted", M5: "rejected"})

case(name="moa-korean-particles", from_=MOA_FROM, name_from="모아보드 관리자",
     date="Sat, 07 Sep 2024 20:12:44 +0900", subject=MOA_SUBJ, reply_to_req="req-240905-03",
     body=f"""안녕하세요.
{M3}은 블라인드 처리했고, {M5}는 비공개 처리했습니다.
확인 부탁드립니다.
""",
     outcome="applied", classification="confirmation",
     imitates="forum admin reply with Korean particles glued to the URLs",
     why="블라인드 and 비공개 처리 both count as removed",
     items={M3: "removed", M5: "removed"})

case(name="moa-html-result-table", from_="policy@moaboard.example", name_from="모아보드 운영팀",
     date="Mon, 09 Sep 2024 10:30:00 +0900", subject="[모아보드] 요청 게시물 조치 완료 안내", type="html",
     reply_to_req="req-240905-03",
     body=f"""<html><body>
<p>안녕하세요, 모아보드 운영팀입니다.</p>
<p>요청번호 KCSC-240905-03 건 중 아래 게시물에 대한 조치를 완료하였습니다.</p>
<table border="1">
<tr><th>게시물 주소</th><th>조치 내용</th><th>조치 일시</th></tr>
<tr><td>{M2}</td><td>삭제</td><td>2024-09-08 14:02</td></tr>
<tr><td>{M4_RAW}</td><td>접근 제한 (성인 인증 필요)</td><td>2024-09-08 14:05</td></tr>
</table>
<p>운영정책: <a href="https://moaboard.example/policy">https://moaboard.example/policy</a></p>
</body></html>""",
     outcome="applied", classification="confirmation",
     imitates="Korean HTML 조치 완료 notice with an address/action/date table",
     why="one post deleted, one behind adult verification (접근 제한 -> restricted); the Korean path matches its percent-encoded form",
     items={M2: "removed", M4: "restricted"})

case(name="moa-one-done-rest-checking", from_=MOA_FROM, name_from="모아보드 관리자",
     date="Fri, 06 Sep 2024 09:05:18 +0900", subject=MOA_SUBJ, reply_to_req="req-240905-03",
     body=f"""안녕하세요, 모아보드 관리자입니다.
말씀하신 글 중 {M2} 은 운영자 삭제했고, 나머지는 아직 확인 중입니다.
확인되는 대로 다시 연락드리겠습니다.
""",
     outcome="applied", classification="confirmation",
     imitates="forum admin partial answer: one post deleted, the rest still being checked",
     why="one named post 운영자 삭제 (removed); the others are not named and stay pending",
     items={M2: "removed"})

PIX_FROM = "mods@pixchan.example"
PIX_SUBJ = "Re: [KCSC-240909-04] takedown request"
case(name="pix-mod-lines", from_=PIX_FROM, name_from="pixchan mods",
     date="Mon, 09 Sep 2024 23:58:01 +0900", subject=PIX_SUBJ, reply_to_req="req-240909-04",
     body=f"""{P1} - deleted, poster banned
{P2} - deleted

the /kr/ one isn't ours to touch, that board's volunteer handles it. will ping him.

-- pixchan mod team
""",
     outcome="applied", classification="confirmation",
     imitates="image-board moderator's informal lower-case reply",
     why="two threads deleted; the third is mentioned without its URL and with no status",
     items={P1: "removed", P2: "removed"})

case(name="pix-geo-block", from_="admin@pixchan.example", name_from="pixchan admin",
     date="Wed, 11 Sep 2024 08:20:36 +0900", subject=PIX_SUBJ, reply_to_req="req-240909-04",
     body=f"""Hi,

Thread {P3} is now geo-blocked for visitors from South Korea.
We don't delete content that is legal where our servers are, sorry, but
nobody in Korea can open it any more.

admin
""",
     outcome="applied", classification="confirmation",
     imitates="image-board admin restricting a thread by country instead of deleting it",
     why="geo-blocked for Korea -> restricted",
     items={P3: "restricted"})

case(name="pix-echoed-report", from_="reports@pixchan.example", name_from="pixchan reports",
     date="Tue, 10 Sep 2024 04:44:00 +0900", subject="Report #5521 resolved",
     body=f"""Report #5521
-------------
Reported by: takedown@kcsc.example
Board: /b/
URL: {P2}
Reason given: KCSC-240909-04 synthetic sexual imagery
Submitted: 2024-09-09 11:02 KST

Resolution: post deleted by staff (rule 2)
Resolved: 2024-09-10 04:41 KST
""",
     outcome="applied", classification="confirmation",
     imitates="image-board report system echoing the report form with its resolution",
     why="echoed report for one thread with resolution 'post deleted'",
     items={P2: "removed"})

ES_FROM = "abuse@edgeshield.example"
ES_SUBJ = "Re: [KCSC-240910-05] Abuse report leakvault.example"
case(name="es-cdn-kr-block", from_=ES_FROM, name_from="EdgeShield Trust & Safety",
     date="Thu, 12 Sep 2024 09:30:00 +0900", subject=ES_SUBJ, reply_to_req="req-240910-05",
     body=f"""Hello,

EdgeShield provides proxy and caching services for leakvault.example; we are
not its hosting provider and cannot delete files from the origin server. We
have forwarded your report to the hosting provider and to the site operator.

However, under our policy for material that is unlawful in the jurisdiction
of the reporting authority, we have blocked access from the Republic of
Korea through our network to:

- {E1}
- {E2}

Our approach to abuse is explained at https://edgeshield.example/trust/abuse-policy

EdgeShield Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="CDN trust-and-safety reply: not the host, but country block applied at the edge",
     why="both URLs blocked for Korea through the CDN -> restricted; the forwarding note changes nothing",
     items={E1: "restricted", E2: "restricted"})

case(name="es-global-block-and-404", from_=ES_FROM, name_from="EdgeShield Trust & Safety",
     date="Fri, 13 Sep 2024 14:07:12 +0900", subject=ES_SUBJ, reply_to_req="req-240910-05",
     body=f"""Hello,

Update on your report:

{E1}: blocked on our network for all visitors worldwide; a block page is
shown instead of the content.
{E2}: the origin returns 404 for this path and nothing is served or cached
for it by us. There is no content at that address.

EdgeShield Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="CDN follow-up with one line per URL",
     why="first URL blocked globally (removed); second has no content at all (not_found)",
     items={E1: "removed", E2: "not_found"})

NW_FROM = "abuse@namewell.example"
case(name="nw-client-hold", from_=NW_FROM, name_from="NameWell Abuse",
     date="Thu, 12 Sep 2024 02:15:00 +0900", subject="Re: [KCSC-240911-06] Domain abuse report",
     reply_to_req="req-240911-06",
     body=f"""Dear Sir or Madam,

Thank you for your report. The domain nudify-kr.example ({N1}) has been
placed on clientHold for violation of our Registration Agreement. It no
longer resolves, so the site is no longer reachable anywhere.

The registrant may contest this through https://namewell.example/support/disputes

NameWell Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="registrar abuse reply placing a domain on clientHold",
     why="domain on hold and no longer resolving: the site is unavailable globally -> removed",
     items={N1: "removed"})

case(name="nw-sole-statement", from_="compliance@namewell.example", name_from="NameWell Compliance",
     date="Fri, 13 Sep 2024 10:40:00 +0900", subject="Re: [KCSC-240911-06] Domain abuse report",
     reply_to_req="req-240911-06",
     body="""Hello,

We have suspended the domain in your complaint for breach of our terms of
service. The suspension is in effect as of today.

Kind regards,
NameWell Compliance
""",
     outcome="applied", classification="confirmation",
     imitates="registrar compliance reply naming no URL, answering a one-item request",
     why="unhedged statement about 'the domain in your complaint' answering a request of one item",
     items={N1: "removed"})

PH_FROM = "help@pastehut.example"
PH_SUBJ = "Re: [KCSC-240912-07] Request to remove pastes"
case(name="ph-removed-and-expired", from_=PH_FROM, name_from="PasteHut",
     date="Fri, 13 Sep 2024 01:02:03 +0900", subject=PH_SUBJ, reply_to_req="req-240912-07",
     body=f"""hey,

{H1} removed.
The other one ({H2}) had already expired and been purged
before your email arrived, so there is nothing there any more.

- Sam, PasteHut
""",
     outcome="applied", classification="confirmation",
     imitates="one-person paste site answering in two lines",
     why="first paste removed; second expired and purged before the request (not_found)",
     items={H1: "removed", H2: "not_found"})

case(name="ph-kept-code-snippet", from_=PH_FROM, name_from="PasteHut",
     date="Sat, 14 Sep 2024 12:12:12 +0900", subject=PH_SUBJ, reply_to_req="req-240912-07",
     body=f"""Hi,

I looked at {H2} again. It's a public code snippet with
sample data, not anyone's real details, so it doesn't break our rules and
I'm leaving it up.

- Sam, PasteHut
""",
     outcome="applied", classification="confirmation",
     imitates="paste site operator declining one item with a reason",
     why="kept online because it breaks no rule, with the reason -> rejected",
     items={H2: "rejected"})

# ===== review ======================================================
case(name="dc-bulk-all-removed", from_=DC_FROM, name_from="Dropcrate Trust & Safety",
     date="Wed, 11 Sep 2024 10:00:00 +0900", subject=DC_SUBJ, reply_to_req="req-240903-01",
     body="""Hello,

All 12 files listed in your request KCSC-240903-01 have been removed from
Dropcrate and the uploader's account has been terminated.

Dropcrate Trust & Safety
""",
     outcome="review", review="bulk",
     imitates="abuse desk closing a multi-item request with one summary sentence",
     why="one statement covers twelve items without naming them",
     items={})

case(name="dc-hedge-and-promise", from_="support@dropcrate.example", name_from="Dropcrate Support",
     date="Thu, 05 Sep 2024 18:22:09 +0900", subject="[Dropcrate Support #48213] Re: [KCSC-240903-01] Removal request",
     reply_to_req="req-240903-01",
     body=f"""Hi,

We had a first look. {DC['Ab3xQ9']} may have been removed
already by the uploader, we are still checking the logs.
{DC['Kq7Lm2']} will be removed once our legal team signs off,
probably early next week.

Ana
Dropcrate Support
""",
     outcome="review", review="not_understood",
     imitates="support agent's interim update with a hedge and a promise",
     why="'may have been removed' is a hedge and 'will be removed' a promise: no statement",
     items={DC["Ab3xQ9"]: "pending", DC["Kq7Lm2"]: "pending"})

case(name="hv-forwarded-to-customer", from_=HV_FROM, name_from="HostVale Abuse",
     date="Wed, 04 Sep 2024 15:10:00 +0900", subject=HV_SUBJ, reply_to_req="req-240904-02",
     body=f"""Hello,

We have forwarded your complaint about {HV_DR} and
{HV_SG} to our customer and given them 48 hours to respond.
If the pages are still online after that, we will suspend the account.

HostVale Abuse Desk
""",
     outcome="review", review="not_understood",
     imitates="hosting abuse desk: complaint forwarded to the customer with a deadline",
     why="forwarded to the customer and a conditional promise: no status for either URL",
     items={HV_DR: "pending", HV_SG: "pending"})

case(name="hv-asks-legal-basis", from_="legal@hostvale.example", name_from="HostVale Legal",
     date="Thu, 05 Sep 2024 11:25:00 +0900", subject=HV_SUBJ, reply_to_req="req-240904-02",
     body=f"""Dear KCSC,

Before we can act on {HV_SG} we need:

1. the provision of Korean law the content is said to break, and
2. confirmation that the person shown did not consent, or a court or
   administrative order to that effect.

Please reply to this email with these documents.

HostVale Legal
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="hosting legal team asking for the legal basis before acting",
     why="asks for documents before acting on one named page",
     items={HV_SG: "pending"})

case(name="moa-hedge-seems-deleted", from_=MOA_FROM, name_from="모아보드 관리자",
     date="Fri, 06 Sep 2024 16:48:30 +0900", subject=MOA_SUBJ, reply_to_req="req-240905-03",
     body=f"""안녕하세요.
문의하신 {M5} 게시물은 이미 삭제된 것으로 보입니다.
정확한 확인을 위해 시간이 조금 더 필요합니다.
""",
     outcome="review", review="not_understood",
     imitates="forum admin hedging ('seems to be deleted already')",
     why="'삭제된 것으로 보입니다' is a hedge; they say they still need to check",
     items={M5: "pending"})

case(name="moa-conditional-deletion", from_="policy@moaboard.example", name_from="모아보드 운영팀",
     date="Sat, 07 Sep 2024 10:00:00 +0900", subject="[모아보드] 게시물 처리 안내",
     reply_to_req="req-240905-03",
     body=f"""안녕하세요, 모아보드 운영팀입니다.

{M3} 게시물에 대해 작성자에게 소명 기회를 부여하였습니다.
7일 이내에 소명이 없을 경우 해당 게시물은 삭제될 예정입니다.

감사합니다.
""",
     outcome="review", review="not_understood",
     imitates="Korean forum notice: author given a chance to explain, deletion planned",
     why="deletion is conditional and in the future (삭제될 예정): no statement",
     items={M3: "pending"})

case(name="pix-untrusted-dkim-fail", from_=PIX_FROM, name_from="pixchan mods", auth="fail",
     date="Tue, 10 Sep 2024 02:02:02 +0900", subject=PIX_SUBJ, reply_to_req="req-240909-04",
     body=f"""both gone:
{P1}
{P3}

-- pixchan mod team
""",
     outcome="review", review="untrusted",
     imitates="image-board moderator reply failing DKIM/SPF/DMARC",
     why="the platform's domain but authentication failed",
     items={P1: "pending", P3: "pending"})

case(name="leakvault-operator-writes", from_="admin@leakvault.example", name_from="LeakVault admin",
     date="Fri, 13 Sep 2024 03:33:00 +0900", subject="Re: [KCSC-240910-05] Abuse report leakvault.example",
     body=f"""Hello,

EdgeShield forwarded me your complaint. I removed the videos
{E1} and {E2}.
Please tell EdgeShield the matter is closed.

site admin
""",
     outcome="review", review="unknown_sender",
     imitates="site operator behind a CDN answering the forwarded complaint himself",
     why="the site operator's domain is no platform of ours; statements from it cannot apply",
     items={E1: "pending", E2: "pending"})

case(name="es-wrong-platform-file-host", from_=ES_FROM, name_from="EdgeShield Trust & Safety",
     date="Sat, 14 Sep 2024 09:00:00 +0900", subject="Abuse report: dropcrate.example",
     body=f"""Hello,

dropcrate.example uses our network. Following your report KCSC-240903-01 we
have restricted access from the Republic of Korea to:

{DC['Ab3xQ9']}
{DC['Kq7Lm2']}

EdgeShield Trust & Safety
""",
     outcome="review", review="wrong_platform",
     imitates="CDN reporting a country block on files of a file host it fronts",
     why="EdgeShield states statuses for items of the Dropcrate request",
     items={DC["Ab3xQ9"]: "pending", DC["Kq7Lm2"]: "pending"})

case(name="nw-policy-update-no-claims", from_="notices@namewell.example", name_from="NameWell",
     date="Mon, 16 Sep 2024 09:00:00 +0900", subject="Changes to how NameWell handles abuse reports",
     body="""Dear reporter,

From 1 October 2024 NameWell will accept abuse reports only through the
web form at https://namewell.example/abuse. Reports sent by email after that
date will receive an automatic pointer to the form.

Thank you for helping keep the domain space safe.
NameWell Abuse Team
""",
     outcome="review", review="no_claims",
     imitates="registrar notice to past reporters about a new reporting form",
     why="trusted platform mail that names no item and references no request",
     items={})

case(name="ph-both-gone", from_=PH_FROM, name_from="PasteHut",
     date="Thu, 12 Sep 2024 23:40:00 +0900", subject=PH_SUBJ, reply_to_req="req-240912-07",
     body="""both pastes from your report are gone now.

- Sam
""",
     outcome="review", review="bulk",
     imitates="one-line paste-site reply covering both items",
     why="one statement for a two-item request without naming each paste",
     items={})

# ===== ignored =====================================================
case(name="dc-helpdesk-receipt", from_="support@dropcrate.example", name_from="Dropcrate Support",
     date="Tue, 03 Sep 2024 10:01:12 +0900",
     subject="[Dropcrate Support #48213] Re: [KCSC-240903-01] Removal request - 12 files",
     reply_to_req="req-240903-01", extra_headers=["Auto-Submitted: auto-generated"],
     body="""##- Please type your reply above this line -##

Your request (48213) has been received and is being reviewed by our support
staff.

To add additional comments, reply to this email.

Dropcrate Support
""",
     outcome="ignored", classification="acknowledgement",
     imitates="help-desk ticket receipt",
     why="automatic receipt, nothing about any item",
     items={})

case(name="hv-out-of-office", from_="jonas@hostvale.example", name_from="Jonas Berg",
     date="Wed, 04 Sep 2024 10:31:40 +0900", subject="Automatic reply: [KCSC-240904-02] Notice of unlawful content",
     reply_to_req="req-240904-02", extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     body="""I am out of the office until 6 September with limited access to email.
Abuse reports are handled by the team at abuse@hostvale.example in the
meantime.

Jonas
""",
     outcome="ignored", classification="auto_reply",
     imitates="out-of-office auto-reply from an abuse desk engineer",
     why="out-of-office",
     items={})

dsn = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-7731"

--dsn-7731
Content-Type: text/plain; charset=utf-8

This is the mail system at host mail.moaboard.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@moaboard.example>: mailbox full (quota exceeded)

--dsn-7731
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.moaboard.example
Arrival-Date: Thu, 5 Sep 2024 09:00:04 +0900

Final-Recipient: rfc822; report@moaboard.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 mailbox full

--dsn-7731
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: report@moaboard.example
Subject: [KCSC-240905-03] 게시물 삭제 요청
Message-ID: <req-240905-03@kcsc.example>
Date: Thu, 5 Sep 2024 09:00:00 +0900

--dsn-7731--
"""
case(name="moa-dsn-mailbox-full", from_="MAILER-DAEMON@mail.moaboard.example", name_from="Mail Delivery System",
     date="Thu, 05 Sep 2024 09:00:06 +0900", subject="Undelivered Mail Returned to Sender",
     raw_mime=dsn, extra_headers=["Auto-Submitted: auto-replied"],
     outcome="ignored", classification="bounce",
     imitates="Postfix delivery status notification (mailbox full)",
     why="bounce of our request",
     items={})

mdn = f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-0909"

--mdn-0909
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to mods@pixchan.example at
9/9/2024 11:00 AM.

This receipt verifies that the message has been displayed on the
recipient's computer. There is no guarantee that the content has been read
or understood.

--mdn-0909
Content-Type: message/disposition-notification

Reporting-UA: pixchan.example; Thunderbird 115.14.0
Final-Recipient: rfc822;mods@pixchan.example
Original-Message-ID: <req-240909-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-0909--
"""
case(name="pix-read-receipt", from_=PIX_FROM, name_from="pixchan mods",
     date="Mon, 09 Sep 2024 13:27:00 +0900", subject="Read: [KCSC-240909-04] takedown request",
     reply_to_req="req-240909-04", raw_mime=mdn,
     outcome="ignored", classification="read_receipt",
     imitates="Thunderbird message disposition notification",
     why="read receipt",
     items={})

case(name="ph-autoresponder", from_=PH_FROM, name_from="PasteHut",
     date="Thu, 12 Sep 2024 15:00:09 +0900", subject="Re: [KCSC-240912-07] Request to remove pastes",
     reply_to_req="req-240912-07", extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
     body="""Thanks for writing to PasteHut.

This is an automatic reply. This mailbox is read by one volunteer, so please
allow up to five days for an answer. Urgent abuse reports can also be made
with the "report" link under every paste.
""",
     outcome="ignored",
     imitates="small-service autoresponder",
     why="automatic reply, no item and no status",
     items={})

case(name="es-report-received", from_="noreply@edgeshield.example", name_from="EdgeShield Abuse",
     date="Tue, 10 Sep 2024 14:00:30 +0900", subject="Abuse report received: ES-4471-KR",
     extra_headers=["Auto-Submitted: auto-generated"],
     body=f"""Your abuse report has been received.

Report ID: ES-4471-KR
Category: General
URLs reported:
  {E1}
  {E2}

We will process your report and forward it to the responsible hosting
provider and website operator where appropriate. You do not need to reply
to this message.

EdgeShield Trust & Safety
""",
     outcome="ignored", classification="acknowledgement",
     imitates="CDN abuse-form automatic receipt echoing the reported URLs",
     why="automatic receipt echoing the reported URLs with no status",
     items={E1: "pending", E2: "pending"})

case(name="moa-korean-ooo", from_="park.js@moaboard.example", name_from="박지수",
     date="Thu, 05 Sep 2024 09:01:00 +0900", subject="[자동응답] Re: [KCSC-240905-03] 게시물 삭제 요청",
     reply_to_req="req-240905-03", extra_headers=["Auto-Submitted: auto-replied"],
     body="""안녕하세요. 박지수입니다.
9월 9일(월)까지 휴가로 부재중입니다.
게시물 신고 및 삭제 요청은 admin@moaboard.example 로 보내주시기 바랍니다.
감사합니다.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Korean out-of-office auto-reply (부재중 자동응답)",
     why="out-of-office",
     items={})


HEADER = """# Blind set 565 (tests/corpus/blind565): hosting providers, a CDN, a
# registrar, a Korean forum, an image board, a file host and a paste site.
# Written by tests/corpus/blind565/make.py; expected results were written from
# each email's meaning before the reader was run on this set.
"""


def main():
    write_requests()
    for c in C:
        c["from"] = c.pop("from_")
        # Non-ASCII display names and subjects as mail clients send them:
        # RFC 2047 encoded words.
        for key in ("subject", "name_from"):
            if key in c and not c[key].isascii():
                c[key] = Header(c[key], "utf-8").encode()
    corpuslib.write_set(HERE, "blind565", HEADER, C)


if __name__ == "__main__":
    main()
