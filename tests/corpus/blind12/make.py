#!/usr/bin/env python3
"""Blind set 12 (issue 11): hard cases of meaning, English and Korean.

Written without reading the reader. Every expected result below was written
from the email's meaning before anything was run. Deterministic: re-running
rewrites cases/*.eml, requests.csv and expected.toml byte for byte.

    python3 tests/corpus/blind12/make.py
"""
import base64
import csv
import email
import email.utils
import io
import os
import quopri
import sys
import tomllib
import zipfile
from datetime import datetime, timedelta, timezone
from email import policy
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "kakaocorp.com": "Kakao",
    "daum.net": "Daum",
    "tiktok.com": "TikTok",
})

KST = timezone(timedelta(hours=9))


def d(s, off=9):
    """'2024-09-12 14:03' in the given UTC offset -> RFC 5322 date."""
    dt = datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=timezone(timedelta(hours=off)))
    return email.utils.format_datetime(dt)


# ---------------------------------------------------------------- requests
YT = "https://www.youtube.com/watch?v="
Y = {
    1: YT + "kq3Vb7Tn2Wa", 2: YT + "Lm8pQ4rZx1B", 3: YT + "Hc5Jd9Ue0Rt", 4: YT + "Pz2Xw6Ny4Ks",
    5: YT + "Ta7Gm1Bf8Qe", 6: YT + "Vr4Ek3Sj9Lo", 7: YT + "Dn6Hy2Cw5Mu", 8: YT + "Fs9Ka0Op3Xi",
    9: YT + "Wb1Lt8Zq6Ge", 10: YT + "Jy5Rn7Ud2Pc",
    11: "https://www.youtube.com/shorts/Qx4Mv8Ha1Zs",
    12: "https://www.youtube.com/shorts/Ge7Ck2Tp9Wd",
    13: "https://www.youtube.com/@가짜뉴스공장",
    14: YT + "Ub3Ni5Fo7Yh",
    15: YT + "Zo8Ir4Ag6Kv", 16: YT + "Cm2Ws0Ej5Nb",
}
Y13_PCT = "https://www.youtube.com/@" + quote("가짜뉴스공장")
X = {
    1: "https://x.com/fict_rumor_kr/status/1833100000000000101",
    2: "https://x.com/fict_rumor_kr/status/1833100000000000102",
    3: "https://x.com/pretend_dealer/status/1833100000000000203",
    4: "https://x.com/pretend_dealer/status/1833100000000000204",
    5: "https://x.com/imaginary_bot9/status/1833100000000000305",
}
N = {
    1: "https://blog.naver.com/fakeblogger9/223560000001",
    2: "https://blog.naver.com/fakeblogger9/223560000002",
    3: "https://cafe.naver.com/fakecafe12/3301",
    4: "https://cafe.naver.com/fakecafe12/3302",
}
K = {
    1: "https://cafe.daum.net/fakecafe77/Zx1a/118",
    2: "https://fakeblog77.tistory.com/45",
    3: "https://fakeblog77.tistory.com/46",
}
T = {
    1: "https://www.tiktok.com/@fake.dancer.kr/video/7413000000000000011",
    2: "https://www.tiktok.com/@fake.dancer.kr/video/7413000000000000012",
}
G1 = "https://t.me/fakechan_z/777"

REQUESTS = [
    # ref, platform, sent, due, urls, category
    ("KCSC-240909-01", "youtube", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     [Y[i] for i in range(1, 15)], "defamation"),
    ("KCSC-240910-01", "x", "2024-09-10T11:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [X[i] for i in range(1, 6)], "illegal_drugs"),
    ("KCSC-240911-01", "naver", "2024-09-11T09:30:00+09:00", "2024-09-18T18:00:00+09:00",
     [N[i] for i in range(1, 5)], "privacy"),
    ("KCSC-240912-01", "kakao", "2024-09-12T14:00:00+09:00", "2024-09-19T18:00:00+09:00",
     [K[i] for i in range(1, 4)], "defamation"),
    ("KCSC-240913-01", "tiktok", "2024-09-13T10:00:00+09:00", "2024-09-20T18:00:00+09:00",
     [T[1], T[2]], "gambling"),
    ("KCSC-240916-01", "telegram", "2024-09-16T09:00:00+09:00", "2024-09-23T18:00:00+09:00",
     [G1], "illegal_drugs"),
    ("KCSC-240917-01", "youtube", "2024-09-17T10:00:00+09:00", "2024-09-24T18:00:00+09:00",
     [Y[15], Y[16]], "gambling"),
]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat in REQUESTS:
            mid = "<req-%s@kcsc.example>" % ref[5:].lower()
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, ""])


def req_id(ref):
    return "req-" + ref[5:].lower()


def quote_lines(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def our_request(ref, urls, sent="Mon, Sep 9, 2024 at 10:00 AM"):
    body = (
        "Dear Trust & Safety team,\n\n"
        f"Under our correction request {ref}, please remove or block access to\n"
        "the following content, which violates the laws of the Republic of Korea:\n\n"
        + "\n".join(f"{i}. {u} - please remove" for i, u in enumerate(urls, 1))
        + "\n\nPlease reply with the action taken for each item.\n\n"
        "Korea Communications Standards Commission\nTakedown desk"
    )
    return body


def ew(text):
    """RFC 2047 encoded word (UTF-8, base64)."""
    return "=?UTF-8?B?" + base64.b64encode(text.encode("utf-8")).decode() + "?="


def b64(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def xlsx_bytes(rows):
    """A minimal, deterministic XLSX (inline strings, fixed zip timestamps)."""
    def cell(ref, v):
        v = v.replace("&", "&amp;").replace("<", "&lt;")
        return f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>'
    sheet_rows = []
    for r, row in enumerate(rows, 1):
        cells = "".join(cell(f"{chr(65 + c)}{r}", v) for c, v in enumerate(row))
        sheet_rows.append(f'<row r="{r}">{cells}</row>')
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '</Types>'),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>'),
        "xl/workbook.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="Outcome" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '</Relationships>'),
        "xl/worksheets/sheet1.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            + "".join(sheet_rows) + '</sheetData></worksheet>'),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, text.encode("utf-8"))
    return buf.getvalue()


YT_FOOTER = (
    "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\n"
    "You received this email because you submitted a legal request to YouTube."
)

CASES = []


def case(**kw):
    CASES.append(kw)


# =========================================================== YouTube (14 + 2)
case(
    name="yt-legal-outcome-per-url-blocks",
    **{"from": "legal-noreply@google.com"},
    date=d("2024-09-12 16:20"),
    subject="Re: [KCSC-240909-01] Legal removal request - outcome",
    reply_to_req=req_id("KCSC-240909-01"),
    body=f"""
Hello,

Thank you for contacting YouTube. We have completed our review of the
URLs submitted under your request KCSC-240909-01. Our decision for each
URL is set out below.

URL: {Y[1]}
Outcome: Blocked from view in South Korea based on local law.

URL: {Y[2]}
Outcome: Removed globally for violating YouTube's Community Guidelines.

URL: {Y[3]}
Outcome: No action taken. We reviewed this content and it does not violate
our policies; we also did not find a sufficient legal basis to restrict it.

URL: {Y[4]}
Outcome: This video is no longer available on YouTube. It was removed by
the uploader before we completed our review.

To learn more about how we handle government requests, see
https://support.google.com/youtube/answer/6154232

Regards,
The YouTube Legal Support Team

{YT_FOOTER}
""",
    outcome="applied", classification="confirmation",
    items={Y[1]: "restricted", Y[2]: "removed", Y[3]: "rejected", Y[4]: "not_found"},
    imitates="YouTube/Google legal request outcome email (per-URL 'Outcome:' blocks, help-centre link, Google LLC footer)",
    why="URL line followed by an Outcome line in four wordings: blocked in KR = restricted, removed globally, no action + no violation = rejected, removed by uploader before review = not_found; the help link is not an item",
)

case(
    name="yt-age-restriction-and-stays-up",
    **{"from": "noreply-legal@youtube.com"},
    date=d("2024-09-11 09:05"),
    subject="Update on your report (KCSC-240909-01)",
    reply_to_req=req_id("KCSC-240909-01"),
    body=f"""
Hi,

We reviewed the videos you reported. Here is what we did:

- {Y[5]}
  We've applied an age restriction to this video. It can no longer be
  watched by viewers who are signed out or under 18.

- {Y[6]}
  After careful review, this video will stay on YouTube. We didn't find that
  it goes against our Community Guidelines.

Learn more about age-restricted content: https://support.google.com/youtube/answer/2802167

- The YouTube Team
""",
    outcome="applied", classification="confirmation",
    items={Y[5]: "restricted", Y[6]: "rejected"},
    imitates="YouTube 'age-restricted content' creator notice and YouTube 'we didn't remove' reporter outcome (bulleted, status on the lines below the URL)",
    why="age restriction is a restriction (issue 11); 'will stay on YouTube' with 'didn't find that it goes against' is a rejection",
)

case(
    name="yt-demonetised-but-not-removed",
    **{"from": "legal-noreply@google.com"},
    date=d("2024-09-13 11:40"),
    subject="Re: KCSC-240909-01",
    reply_to_req=req_id("KCSC-240909-01"),
    body=f"""
Hello,

Regarding {Y[7]}: we have turned off ads on this video and it is no
longer eligible for monetization. The video itself does not violate our
Community Guidelines, so it remains available on YouTube.

Regarding {Y[8]}: we have removed this video from YouTube for violating
our harassment and cyberbullying policy.

Best regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    items={Y[7]: "rejected", Y[8]: "removed"},
    imitates="YouTube 'limited or no ads' monetisation notice combined with a legal-support outcome letter (prose paragraphs 'Regarding URL:')",
    why="demonetising is an action on something other than availability; the stated outcome is that the video remains available because it breaks no rule = rejected",
)

case(
    name="yt-channel-terminated-covers-videos",
    **{"from": "legal-noreply@google.com"},
    date=d("2024-09-14 10:15"),
    subject="Re: [KCSC-240909-01] Channel terminated",
    reply_to_req=req_id("KCSC-240909-01"),
    body=f"""
Hello,

Following our review, the channel {Y13_PCT} has been terminated for
severe or repeated violations of our Community Guidelines.

The following videos from your request were uploaded to this channel and
are no longer available on YouTube as a result of the termination:

{Y[9]}
{Y[10]}

If you have further questions, please reply to this email.

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    items={Y[13]: "removed", Y[9]: "removed", Y[10]: "removed"},
    imitates="YouTube channel termination notice ('Your YouTube account has been terminated') as relayed to a reporter, with an echoed list of the channel's videos",
    why="a channel termination removes the channel item (given percent-encoded, stored raw) and the listed videos it says went with it; a URL on the line below its statement",
)

case(
    name="yt-strike-and-still-under-review",
    **{"from": "noreply-legal@youtube.com"},
    date=d("2024-09-12 18:30"),
    subject="Your report: KCSC-240909-01",
    reply_to_req=req_id("KCSC-240909-01"),
    body=f"""
Hello,

{Y[11]}
We've removed this Short and assigned a Community Guidelines strike to the
channel that posted it.

{Y[12]}
This Short is still being reviewed by our team. We'll let you know once we
have made a decision.

Sincerely,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    items={Y[11]: "removed", Y[12]: "pending"},
    imitates="YouTube 'Community Guidelines strike' notice ('We've removed it from YouTube and assigned a strike') and a pending-review status line",
    why="status on the line below a bare URL; the strike is an extra action, the Short was removed; the second Short is still under review and stays pending",
)

case(
    name="yt-top-posted-over-quoted-request",
    **{"from": "legal-kr@google.com"},
    name_from="Google Legal Korea",
    date=d("2024-09-10 15:02"),
    subject="RE: [KCSC-240909-01] Correction request",
    reply_to_req=req_id("KCSC-240909-01"),
    body=f"""
Hello,

We have taken down {Y[14]} under our harassment policy.

{Y[10]} was removed as well.

Kind regards,
Google Legal Korea

On {our_request.__defaults__[0]} KCSC Takedown <takedown@kcsc.example> wrote:
{quote_lines(our_request("KCSC-240909-01", [Y[i] for i in range(1, 15)]))}
""",
    outcome="applied", classification="confirmation",
    items={Y[14]: "removed", Y[10]: "removed"},
    imitates="Gmail-style top-posted reply by a legal-support agent over the quoted request",
    why="only the two URLs in the unquoted reply change; the quoted request lists all 14 with 'please remove', which is ours and counts for nothing",
)

case(
    name="yt-negations-already-gone-vs-no-violation",
    **{"from": "legal-noreply@google.com"},
    date=d("2024-09-13 09:50"),
    subject="Re: KCSC-240909-01 - review completed",
    reply_to_req=req_id("KCSC-240909-01"),
    body=f"""
Hello,

We did not remove {Y[3]}, because the uploader had already deleted
it before our review.

We did not remove {Y[4]} either. Our review found that it does not violate
our Community Guidelines or local law, so no action was taken.

{Y[5]} has been removed.

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    items={Y[3]: "not_found", Y[4]: "rejected", Y[5]: "removed"},
    imitates="YouTube legal support prose outcome letter",
    why="two negated removals with different reasons: already deleted by the uploader = not_found, no violation = rejected; plus one plain removal",
)

case(
    name="yt-hedge-in-relative-clause-vs-conditional",
    **{"from": "legal-noreply@google.com"},
    date=d("2024-09-12 13:10"),
    subject="Re: [KCSC-240909-01]",
    reply_to_req=req_id("KCSC-240909-01"),
    body=f"""
Hello,

The video {Y[5]}, which may have been re-uploaded by other channels since
your report, has been removed from YouTube.

As for {Y[6]}, we may remove it if the uploader does not edit the video
within 7 days. We will follow up with you then.

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    items={Y[5]: "removed", Y[6]: "pending"},
    imitates="YouTube legal support prose letter with a warning-period follow-up",
    why="'which may have been re-uploaded' hedges the past of the item, not the removal in the main clause; 'we may remove it if' is conditional and stays pending",
)

case(
    name="yt-geo-versus-global-scope",
    **{"from": "legal-noreply@google.com"},
    date=d("2024-09-15 20:45", 0),
    subject="Re: KCSC-240909-01 legal outcome",
    reply_to_req=req_id("KCSC-240909-01"),
    body=f"""
Hello,

1. {Y[8]} - blocked in South Korea only; it remains available in other countries.
2. {Y[9]} - removed globally under our Community Guidelines.
3. {Y[10]} - we have declined to remove this video globally, as it does not
   violate our Community Guidelines. However, it can no longer be viewed in
   South Korea due to local law.

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    items={Y[8]: "restricted", Y[9]: "removed", Y[10]: "restricted"},
    imitates="YouTube government-request outcome (local-law block vs global Community Guidelines removal, as described in Google's transparency report)",
    why="numbered list; 'declined to remove globally' is followed by a KR block, so item 3 is restricted, not rejected; 'remains available in other countries' does not undo the KR block",
)

case(
    name="yt-items-of-another-request",
    **{"from": "legal-noreply@google.com"},
    date=d("2024-09-19 11:00"),
    subject="Re: [KCSC-240917-01] Legal removal request",
    reply_to_req=req_id("KCSC-240917-01"),
    body=f"""
Hello,

We have removed the following videos for violating our policies on
gambling content:

{Y[15]}
{Y[16]}

While reviewing these, we also removed {Y[2]}, which you reported in
your earlier request of September 9.

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    items={Y[15]: "removed", Y[16]: "removed", Y[2]: "removed"},
    imitates="YouTube legal support outcome letter (heading sentence + bare URL list)",
    why="a reply to KCSC-240917-01 that also confirms an item of the same platform's earlier request KCSC-240909-01, naming it explicitly: all three are removed",
)

case(
    name="yt-outlook-original-message-quote",
    **{"from": "legal-kr@google.com"},
    name_from="Google Legal Korea",
    date=d("2024-09-16 10:30"),
    subject="RE: Reminder: KCSC-240909-01",
    reply_to_req=req_id("KCSC-240909-01"),
    body=f"""
Hello,

Please note that {Y[4]} has now been taken down.

Regards,
Google Legal Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 13, 2024 10:00 AM
To: legal-kr@google.com
Subject: Reminder: KCSC-240909-01

Our records show that the following content has already been removed:
{Y[1]} - removed
{Y[2]} - removed
{Y[3]} - removed

Still awaiting your action on:
{Y[4]}
""",
    outcome="applied", classification="confirmation",
    items={Y[4]: "removed"},
    imitates="Outlook reply with an '-----Original Message-----' block quoting our reminder",
    why="the quoted reminder says 'removed' next to three other URLs; only the reply's own sentence about one video counts",
)

case(
    name="yt-html-table-multipart",
    **{"from": "legal-noreply@google.com"},
    date=d("2024-09-17 14:00"),
    subject="KCSC-240909-01: outcome of your request",
    reply_to_req=req_id("KCSC-240909-01"),
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="=_yt_tbl_01"

--=_yt_tbl_01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Outcome of request KCSC-240909-01

Video | Action taken
{Y[1]} | Removed - Harassment and cyberbullying policy
{Y[2]} | Restricted (South Korea) - local law
{Y[3]} | No action - not violative
{Y[11]} | Content unavailable - we could not locate this Short

Policy: https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

--=_yt_tbl_01
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body>
<p>Outcome of request KCSC-240909-01</p>
<table border="1" cellpadding="4">
<tr><th>Video</th><th>Action taken</th></tr>
<tr><td><a href="{Y[1]}">{Y[1]}</a></td><td>Removed - Harassment and cyberbullying policy</td></tr>
<tr><td><a href="{Y[2]}">{Y[2]}</a></td><td>Restricted (South Korea) - local law</td></tr>
<tr><td><a href="{Y[3]}">{Y[3]}</a></td><td>No action - not violative</td></tr>
<tr><td><a href="{Y[11]}">{Y[11]}</a></td><td>Content unavailable - we could not locate this Short</td></tr>
</table>
<p>Policy: <a href="https://www.youtube.com/howyoutubeworks/policies/community-guidelines/">Community Guidelines</a></p>
</body></html>

--=_yt_tbl_01--
""",
    outcome="applied", classification="confirmation",
    items={Y[1]: "removed", Y[2]: "restricted", Y[3]: "rejected", Y[11]: "not_found"},
    imitates="Google legal-request outcome table (Video | Action taken) sent as multipart/alternative",
    why="equivalent text and HTML tables; 'No action - not violative' = rejected, 'could not locate' = not_found; the policy link is not an item",
)

XLSX = xlsx_bytes([
    ["URL", "Result", "Notes"],
    [Y[12], "Removed", "Violent or graphic content"],
    [Y[13], "Channel terminated", "Repeated violations"],
    [Y[14], "Not actioned", "Educational/documentary context (EDSA exception)"],
])
case(
    name="yt-xlsx-attachment-outcome",
    **{"from": "legal-noreply@google.com"},
    date=d("2024-09-18 09:00"),
    subject="KCSC-240909-01 - see attached outcome",
    reply_to_req=req_id("KCSC-240909-01"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_yt_xlsx_01"

--=_yt_xlsx_01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find the outcome for the remaining URLs of your request in the
attached spreadsheet.

YouTube Legal Support

--=_yt_xlsx_01
Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="KCSC-240909-01_outcome.xlsx"
Content-Disposition: attachment; filename="KCSC-240909-01_outcome.xlsx"
Content-Transfer-Encoding: base64

{b64(XLSX)}

--=_yt_xlsx_01--
""",
    outcome="applied", classification="confirmation",
    items={Y[12]: "removed", Y[13]: "removed", Y[14]: "rejected"},
    imitates="Google legal team outcome spreadsheet attachment (URL / Result / Notes)",
    why="statuses only in an XLSX attachment; 'Channel terminated' on the channel item = removed; 'Not actioned' with an exception reason = rejected; the Korean handle is raw in the sheet",
)

KO_YT = f"""안녕하세요, Google 법률 지원팀입니다.

요청번호 KCSC-240909-01 건에 대한 검토 결과를 안내드립니다.

아래 동영상은 대한민국 법률에 따라 한국 내에서 시청할 수 없도록 차단되었습니다.
{Y[1]}
{Y[2]}

{Y[3]} 동영상은 YouTube 커뮤니티 가이드라인 위반으로 삭제되었습니다.

감사합니다.
Google 법률 지원팀
"""
case(
    name="yt-korean-base64-geo-and-removed",
    **{"from": "legal-kr@google.com"},
    name_from=ew("Google 법률 지원팀"),
    date=d("2024-09-12 17:45"),
    subject=ew("[KCSC-240909-01] 검토 결과 안내"),
    reply_to_req=req_id("KCSC-240909-01"),
    raw_mime=f"""
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(KO_YT.encode("utf-8"))}
""",
    outcome="applied", classification="confirmation",
    items={Y[1]: "restricted", Y[2]: "restricted", Y[3]: "removed"},
    imitates="Google Korea legal support reply in Korean (국가별 차단 vs 커뮤니티 가이드라인 위반 삭제), base64 body and encoded-word subject",
    why="Korean heading sentence about a KR block followed by two bare URLs = restricted; a URL followed by 동영상은 … 삭제되었습니다 = removed",
)

case(
    name="yt-unknown-sender-claims",
    **{"from": "case-desk@yt-content-review.example"},
    name_from="YouTube Content Review",
    date=d("2024-09-11 12:00"),
    subject="Re: [KCSC-240909-01] Removal completed",
    reply_to_req=req_id("KCSC-240909-01"),
    body=f"""
Hello,

The following videos have been removed from YouTube:

{Y[1]}
{Y[2]}

YouTube Content Review
""",
    outcome="review", review="unknown_sender",
    items={Y[1]: "pending", Y[2]: "pending"},
    imitates="a look-alike 'YouTube Content Review' sender imitating YouTube legal outcome mail (spoof attempt)",
    why="DMARC passes for its own domain, which belongs to no platform; it names our request and items, so it must be seen in review, nothing applied",
)

# =============================================================== X (5 items)
case(
    name="x-withheld-in-country-and-no-violation",
    **{"from": "legal@x.com"},
    date=d("2024-09-12 02:14", 0),
    subject="Re: KCSC-240910-01 - Legal demand",
    reply_to_req=req_id("KCSC-240910-01"),
    body=f"""
Hello,

We have reviewed your report under X's Rules and applicable local law.

In response to your legal demand, we have withheld access to the following
posts in South Korea:

{X[1]}
{X[2]}

We did not take action on {X[3]}. After review, we did not find this
post to be in violation of the X Rules or of local law.

More about country withheld content:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "rejected"},
    imitates="X (Twitter) country-withheld-content legal notice ('withheld access … in response to a legal demand') and its help-centre page",
    why="withheld in a country = restricted; 'did not take action' + 'not in violation' = rejected; the help link is not an item",
)

case(
    name="x-account-suspended-echoed-posts",
    **{"from": "legal@x.com"},
    date=d("2024-09-13 05:40", 0),
    subject="Re: KCSC-240910-01",
    reply_to_req=req_id("KCSC-240910-01"),
    body=f"""
Hello,

We've permanently suspended the account @pretend_dealer for violating our
rules on illegal and regulated goods. As a result, its posts, including the
ones you reported, are no longer available on X.

Reported content:
  {X[3]}
  {X[4]}

Thanks,
X Safety
""",
    outcome="applied", classification="confirmation",
    items={X[3]: "removed", X[4]: "removed"},
    imitates="X account suspension notice to reporters ('We've suspended the account') followed by the echoed reported posts",
    why="a permanent account suspension stated to cover the reported posts, then an echoed list of those posts: both removed",
)

case(
    name="x-label-limited-reach-stays-up",
    **{"from": "legal@x.com"},
    date=d("2024-09-14 01:00", 0),
    subject="Update on your report KCSC-240910-01",
    reply_to_req=req_id("KCSC-240910-01"),
    body=f"""
Hello,

We reviewed {X[5]}.

This post does not violate the X Rules, so it will remain available on X.
We have, however, added a label to it and limited its reach: it will not be
recommended and will not appear in search results.

Learn more: https://help.x.com/en/rules-and-policies/enforcement-options

X Safety
""",
    outcome="applied", classification="confirmation",
    items={X[5]: "rejected"},
    imitates="X 'Freedom of Speech, Not Reach' enforcement (label + visibility filtering) as described in X's enforcement-options help page",
    why="labelling and down-ranking act on reach, not availability; the platform states the post breaks no rule and remains available = rejected",
)

case(
    name="x-withheld-then-reinstated",
    pre=[dict(
        **{"from": "legal@x.com"},
        date=d("2024-09-12 03:00", 0),
        subject="Re: KCSC-240910-01 - withheld",
        reply_to_req=req_id("KCSC-240910-01"),
        body=f"""
Hello,

We have withheld {X[1]} in South Korea in response to your legal demand.

X Legal
""")],
    **{"from": "legal@x.com"},
    date=d("2024-09-18 06:30", 0),
    subject="Re: KCSC-240910-01 - withheld content reinstated",
    reply_to_req=req_id("KCSC-240910-01"),
    body=f"""
Hello,

Following a counter-notice from the account holder and a further legal
review, we have reinstated {X[1]}. The post is no longer withheld in
South Korea.

X Legal
""",
    outcome="review", review="status_regression",
    items={X[1]: "restricted"},
    imitates="X withheld-content notice followed by a reinstatement after counter-notice",
    why="first email restricts the post; the second says it is back up, a later weaker status: the item stays restricted and the reinstatement goes to review",
)

QP_X = f"""Hello,

Here is the outcome for the posts in your request KCSC-240910-01:

1. {X[1]}?s=20&t=Fk3mZr8LpQx0aB1cD2eF3g
   Action: Removed for violating our rules on illegal and regulated goods.

2. {X[2]}?s=46&t=Zq7Wn1Yb5Vc9Xd3Ef6Gh2j
   Action: Withheld in South Korea (local law).

3. {X[3]}?s=20
   Action: Not found - this post was deleted by the account owner before
   our review.

X Legal
"""
case(
    name="x-qp-numbered-action-below",
    **{"from": "legal@x.com"},
    date=d("2024-09-13 08:20", 0),
    subject="Re: KCSC-240910-01 outcome",
    reply_to_req=req_id("KCSC-240910-01"),
    raw_mime="""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + quopri.encodestring(QP_X.encode("utf-8")).decode("ascii"),
    outcome="applied", classification="confirmation",
    items={X[1]: "removed", X[2]: "restricted", X[3]: "not_found"},
    imitates="X legal outcome numbered list (share-link URLs with ?s=&t=), quoted-printable",
    why="numbered list with the action on the line below each URL; deleted by the account owner = not_found",
)

case(
    name="x-reported-content-removed-echo",
    **{"from": "legal@x.com"},
    date=d("2024-09-14 09:10", 0),
    subject="Your report to X (KCSC-240910-01)",
    reply_to_req=req_id("KCSC-240910-01"),
    body=f"""
Hello,

Following our review, the reported content has been removed from X for
violating our rules on illegal and regulated goods.

Summary of your report:
Reported URL: {X[4]}
Reported URL: {X[5]}
Reason: Illegal content (Republic of Korea)
Submitted: September 10, 2024

Thank you for helping keep X safe.
X Safety
""",
    outcome="applied", classification="confirmation",
    items={X[4]: "removed", X[5]: "removed"},
    imitates="X reporter outcome notice followed by an echoed report summary",
    why="a statement about 'the reported content' followed by the echoed report listing it: both removed",
)

case(
    name="x-partial-media-removed",
    **{"from": "legal@x.com"},
    date=d("2024-09-15 07:00", 0),
    subject="Re: KCSC-240910-01",
    reply_to_req=req_id("KCSC-240910-01"),
    body=f"""
Hello,

We have removed the video attached to {X[1]} as sensitive media. The text
of the post remains visible on X.

X Safety
""",
    outcome="review", review="not_understood",
    items={X[1]: "pending"},
    imitates="X sensitive-media enforcement notice (media removed, post text kept)",
    why="only part of the item was actioned, the post itself stays up: neither removed nor rejected, so a clerk must decide",
)

case(
    name="x-read-receipt",
    **{"from": "legal@x.com"},
    date=d("2024-09-10 13:00", 0),
    subject="Read: [KCSC-240910-01] Correction request",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn_x_01"

--=_mdn_x_01
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@x.com
  Subject: [KCSC-240910-01] Correction request
  Sent: Tuesday, September 10, 2024 11:00:00 AM (UTC+09:00) Seoul

was read on Tuesday, September 10, 2024 10:00:00 PM (UTC+09:00) Seoul.

--=_mdn_x_01
Content-Type: message/disposition-notification

Reporting-UA: mail.x.com; Microsoft Exchange Server
Final-Recipient: rfc822;legal@x.com
Original-Message-ID: <req-240910-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn_x_01--
""",
    outcome="ignored",
    items={},
    imitates="Microsoft Exchange read receipt (MDN, multipart/report; report-type=disposition-notification)",
    why="a read receipt says nothing about items: ignored",
)

# ============================================================ NAVER (4 items)
case(
    name="naver-temporary-measure-and-author-deleted",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 고객센터",
    date=d("2024-09-13 15:00"),
    subject="[NAVER] KCSC-240911-01 게시물 조치 결과 안내",
    reply_to_req=req_id("KCSC-240911-01"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물(KCSC-240911-01)에 대한 처리 결과를 안내드립니다.

■ 임시조치(30일) 완료
{N[1]}
{N[2]}
- 정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2에 따라 위 게시물에 대한
  접근을 30일간 임시로 차단하였습니다. 게시자가 재게시를 요청하지 않으면 기간 경과 후 삭제됩니다.

■ 확인 불가
{N[3]}
- 해당 게시물은 작성자가 이미 삭제하여 존재하지 않습니다.

게시중단 절차 안내: https://help.naver.com/service/5614/contents/19013

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    items={N[1]: "restricted", N[2]: "restricted", N[3]: "not_found"},
    imitates="NAVER 게시중단(임시조치) 처리 결과 안내 mail, ■-headed sections, Article 44-2 wording, help-centre link",
    why="임시조치 = restricted (issue 11) even though deletion follows later if no objection; 작성자가 이미 삭제 = not_found; the fourth post is not mentioned and stays pending",
)

case(
    name="naver-kcsc-result-table",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date=d("2024-09-16 11:20"),
    subject="회신: 시정요구(KCSC-240911-01) 조치 결과",
    reply_to_req=req_id("KCSC-240911-01"),
    type="html",
    body=f"""
<html><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구(KCSC-240911-01)에 대한 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1">
<tr><th>번호</th><th>요청 URL</th><th>조치 결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>삭제</td><td>2024.09.13 조치</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>비공개 처리</td><td>운영자 조치</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>조치 불가</td><td>운영정책 및 관련 법령 위반 사항 미확인</td></tr>
<tr><td>4</td><td>{N[4]}</td><td>검토 중</td><td>결과 추후 회신 예정</td></tr>
</table>
<p>네이버 주식회사 정책지원팀</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    items={N[1]: "removed", N[2]: "removed", N[3]: "rejected", N[4]: "pending"},
    imitates="Korean 시정요구 조치결과 회신 table (번호 | 요청 URL | 조치 결과 | 비고) as portals send to KCSC",
    why="삭제 and 비공개 처리 by the operator = removed; 조치 불가 because no violation found = rejected; 검토 중 stays pending",
)

case(
    name="naver-negation-and-double-negation",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 고객센터",
    date=d("2024-09-14 10:00"),
    subject="[NAVER] 게시물 처리 결과 안내 (KCSC-240911-01)",
    reply_to_req=req_id("KCSC-240911-01"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

{N[1]}
위 게시물은 삭제되지 않았습니다. 검토 결과 당사 운영정책 및 관련 법령상
게시 제한 사유에 해당하지 않는 것으로 판단하였습니다.

{N[2]}
위 게시물은 타인의 개인정보가 그대로 노출되어 있어 삭제 조치하지 않을 수 없었음을 알려드립니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    items={N[1]: "rejected", N[2]: "removed"},
    imitates="NAVER 고객센터 신고 처리 결과 안내 (per-URL paragraphs, 위 게시물은 …)",
    why="a negated deletion with a no-violation reason = rejected; 삭제 조치하지 않을 수 없었음 (could not but delete) is a double negation = removed",
)

case(
    name="naver-future-review-only",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 고객센터",
    date=d("2024-09-12 16:40"),
    subject="[NAVER] KCSC-240911-01 검토 진행 안내",
    reply_to_req=req_id("KCSC-240911-01"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

요청하신 아래 게시물은 현재 내부 검토를 진행하고 있으며, 위반 사항이 확인되면
삭제할 예정입니다.

{N[3]}
{N[4]}

검토가 완료되는 대로 결과를 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    items={N[3]: "pending", N[4]: "pending"},
    imitates="NAVER 고객센터 검토 중 안내 (in-progress notice naming the posts)",
    why="names both items but only says they are under review and may be deleted later: no status, and not a bare receipt, so it goes to review",
)

case(
    name="naver-edited-and-moved",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 고객센터",
    date=d("2024-09-17 09:15"),
    subject="[NAVER] KCSC-240911-01 처리 결과",
    reply_to_req=req_id("KCSC-240911-01"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

{N[2]}
게시자가 게시물을 수정하여 문제가 된 사진을 삭제하였습니다. 게시물은 현재 수정된
상태로 게시되어 있습니다.

{N[4]}
해당 게시물은 카페 매니저에 의해 다른 게시판으로 이동되었습니다.
(새 주소: https://cafe.naver.com/fakecafe12/4410)

추가로 조치가 필요하시면 회신 부탁드립니다.
""",
    outcome="review", review="not_understood",
    items={N[2]: "pending", N[4]: "pending"},
    imitates="NAVER 고객센터 reply on edited and moved cafe/blog posts",
    why="an edited post with part removed is still up, a moved post lives on at a new address: neither is removed, rejected or not found; a clerk must decide",
)

case(
    name="naver-ooo-chuseok",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date=d("2024-09-16 09:01"),
    subject="[자동응답] 부재 중입니다: [KCSC-240911-01] 시정요구",
    reply_to_req=req_id("KCSC-240911-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요.

추석 연휴(9월 16일~18일) 기간에는 메일 확인이 어렵습니다.
9월 19일부터 순차적으로 회신드리겠습니다.

긴급한 건은 고객센터(1588-0000)로 연락 부탁드립니다.
""",
    outcome="ignored", classification="auto_reply",
    items={},
    imitates="Korean out-of-office auto-reply (추석 연휴 부재 중 자동응답)",
    why="a recognized auto-reply that says nothing about items",
)

case(
    name="naver-ack-received-korean",
    **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    date=d("2024-09-11 09:35"),
    subject="[네이버 고객센터] 문의가 접수되었습니다",
    reply_to_req=req_id("KCSC-240911-01"),
    body="""
안녕하세요. 네이버 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다.
접수번호: 2409110733215

담당자 확인 후 순차적으로 답변드릴 예정입니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    items={},
    imitates="NAVER 고객센터 문의 접수 자동 안내 (ticket receipt)",
    why="a pure receipt with a ticket number, naming no item and stating nothing: ignored",
)

# ============================================================ Kakao (3 items)
case(
    name="kakao-blind-operator-delete-and-no-violation",
    **{"from": "policy@kakaocorp.com"},
    name_from="카카오 고객센터",
    date=d("2024-09-13 14:10"),
    subject="[카카오] 게시물 조치 결과 안내 (KCSC-240912-01)",
    reply_to_req=req_id("KCSC-240912-01"),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

요청하신 게시물에 대한 처리 결과를 안내드립니다.

1) {K[1]}
   → 다음 카페 운영정책 위반으로 블라인드 처리되었습니다.
2) {K[2]}
   → 운영자 권한으로 삭제하였습니다.
3) {K[3]}
   → 검토 결과 카카오 운영정책 위반에 해당하지 않아 별도 조치를 하지 않았습니다.

카카오 운영정책: https://www.kakao.com/policy/oppolicy

감사합니다.
""",
    outcome="applied", classification="confirmation",
    items={K[1]: "removed", K[2]: "removed", K[3]: "rejected"},
    imitates="Kakao/Daum 고객센터 조치 결과 안내 (Daum cafe 블라인드, 운영자 삭제, 위반 아님)",
    why="블라인드 and deletion by the operator = removed (issue 11); 'no violation, so no action' = rejected; the policy link is not an item",
)

case(
    name="kakao-tistory-temporary-measure",
    **{"from": "noreply@kakaocorp.com"},
    name_from="티스토리",
    date=d("2024-09-14 09:30"),
    subject="[티스토리] 게시물 임시조치 안내",
    reply_to_req=req_id("KCSC-240912-01"),
    body=f"""
안녕하세요. 티스토리 운영팀입니다.

권리침해 신고가 접수되어 아래 게시물을 정보통신망법 제44조의2에 따라 30일간
임시조치(비공개) 하였음을 알려드립니다.

  - {K[2]}
  - {K[3]}

임시조치 기간 내 게시자의 이의제기가 없으면 게시물은 삭제됩니다.
자세한 내용은 고객센터 도움말(https://cs.kakao.com/helps?service=176)을 참고해 주세요.
""",
    outcome="applied", classification="confirmation",
    items={K[2]: "restricted", K[3]: "restricted"},
    imitates="Kakao/Tistory 권리침해 신고 임시조치 안내 mail (30-day temporary measure, deletion if no objection)",
    why="임시조치 = restricted even when written 임시조치(비공개); the later deletion is conditional and does not make it removed",
)

case(
    name="kakao-hidden-from-search-only",
    **{"from": "cs@daum.net"},
    name_from="Daum 고객센터",
    date=d("2024-09-15 11:00"),
    subject="Re: [KCSC-240912-01] 시정요구",
    reply_to_req=req_id("KCSC-240912-01"),
    body=f"""
안녕하세요, Daum 고객센터입니다.

{K[1]} 게시물은 다음 검색 결과에서 노출되지 않도록 제외 처리하였습니다.
다만 카페 게시물의 삭제는 카페 운영자의 권한으로, 당사에서는 게시물 자체에
대해서는 별도로 조치하지 않았습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    items={K[1]: "pending"},
    imitates="Daum 검색 노출 제외 (search exclusion) reply about a cafe post",
    why="hidden from search only and the post itself left untouched for want of authority (not for want of a violation): not removed, not a clear rejection; a clerk must decide",
)

case(
    name="kakao-claims-naver-item",
    **{"from": "policy@kakaocorp.com"},
    name_from="카카오 고객센터",
    date=d("2024-09-16 15:30"),
    subject="[카카오] 게시물 조치 결과 안내",
    body=f"""
안녕하세요, 카카오 고객센터입니다.

요청하신 아래 게시물은 삭제 처리되었습니다.

{N[3]}

감사합니다.
""",
    outcome="review", review="wrong_platform",
    items={N[3]: "pending"},
    imitates="Kakao 고객센터 조치 결과 안내 naming a NAVER cafe post",
    why="a trusted Kakao email claims deletion of a NAVER item: Kakao cannot speak for NAVER, the item stays pending",
)

case(
    name="kakao-lookalike-domain",
    **{"from": "notice@kakaocorp-safety.com"},
    name_from="카카오 고객센터",
    date=d("2024-09-13 20:00"),
    subject="[카카오] 게시물 삭제 완료 (KCSC-240912-01)",
    reply_to_req=req_id("KCSC-240912-01"),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

아래 게시물은 삭제 완료되었습니다.
{K[1]}
{K[2]}
{K[3]}
""",
    outcome="review", review="unknown_sender",
    items={K[1]: "pending", K[2]: "pending", K[3]: "pending"},
    imitates="look-alike Kakao sender (kakaocorp-safety.com) imitating a 삭제 완료 notice",
    why="authenticated for its own look-alike domain, which is no platform's; names our request and items: review, nothing applied",
)

# =========================================================== TikTok (2 items)
case(
    name="tiktok-restricted-region-and-no-violation",
    **{"from": "legal-noreply@tiktok.com"},
    date=d("2024-09-15 03:30", 0),
    subject="TikTok: update on your report (KCSC-240913-01)",
    reply_to_req=req_id("KCSC-240913-01"),
    body=f"""
Hi,

Thanks for your report. We've reviewed the content you reported and
restricted it in your country/region in line with local laws.

Reported content:
{T[1]}

For the other video you reported ({T[2]}), we didn't find a violation of our
Community Guidelines, so it will stay on TikTok.

Learn more about our Community Guidelines: https://www.tiktok.com/community-guidelines

TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    items={T[1]: "restricted", T[2]: "rejected"},
    imitates="TikTok report outcome notices ('We've restricted this content in your country/region', 'We didn't find a violation')",
    why="'the content you reported' + echoed list = restricted; the URL in parentheses in the next sentence = rejected",
)

case(
    name="tiktok-ineligible-for-you-feed",
    **{"from": "legal-noreply@tiktok.com"},
    date=d("2024-09-16 04:00", 0),
    subject="TikTok: update on your report (KCSC-240913-01)",
    reply_to_req=req_id("KCSC-240913-01"),
    body=f"""
Hi,

We reviewed the following videos:
{T[1]}
{T[2]}

They are now ineligible for the For You feed, which means they won't be
recommended to other users. They remain visible on the creator's profile.

TikTok Trust & Safety
""",
    outcome="review", review="not_understood",
    items={T[1]: "pending", T[2]: "pending"},
    imitates="TikTok 'ineligible for the For You feed' restriction notice",
    why="removed from recommendations only; the videos stay up, yet no 'no violation' is stated: neither restricted in a country nor rejected; review",
)

CSV_TT = (
    "\ufeffReported URL,Outcome,Policy\r\n"
    f"{T[1]},Removed,Gambling and regulated goods\r\n"
    f"{T[2]},No violation found,-\r\n"
)
case(
    name="tiktok-csv-outcome-attachment",
    **{"from": "legal-noreply@tiktok.com"},
    date=d("2024-09-17 02:00", 0),
    subject="Outcome of your request KCSC-240913-01",
    reply_to_req=req_id("KCSC-240913-01"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_tt_csv_01"

--=_tt_csv_01
Content-Type: text/plain; charset=utf-8

Hi,

Please find the outcome of your request in the attached file.

TikTok Law Enforcement Outreach

--=_tt_csv_01
Content-Type: text/csv; charset=utf-8; name="outcome.csv"
Content-Disposition: attachment; filename="outcome.csv"
Content-Transfer-Encoding: base64

{b64(CSV_TT.encode("utf-8"))}

--=_tt_csv_01--
""",
    outcome="applied", classification="confirmation",
    items={T[1]: "removed", T[2]: "rejected"},
    imitates="TikTok government/legal request outcome sheet as a CSV attachment",
    why="statuses only in a CSV attachment (BOM, CRLF): Removed and No violation found",
)

case(
    name="tiktok-ack-echoes-urls",
    **{"from": "legal-noreply@tiktok.com"},
    date=d("2024-09-13 02:05", 0),
    subject="We've received your report (KCSC-240913-01)",
    reply_to_req=req_id("KCSC-240913-01"),
    body=f"""
Hi,

We've received your report. Our team will review it and notify you once a
decision has been made.

Report ID: 7413-5520-0981
Reported content:
{T[1]}
{T[2]}

TikTok Trust & Safety
""",
    outcome="ignored", classification="acknowledgement",
    items={T[1]: "pending", T[2]: "pending"},
    imitates="TikTok report receipt ('We've received your report') with echoed reported content",
    why="as a whole a receipt: it echoes the reported URLs but states nothing about them; ignored (arguable, see NOTES.md)",
)

case(
    name="tiktok-bounce-of-reminder",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    auth="none",
    date=d("2024-09-18 10:00"),
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn_tt_01"

--=_dsn_tt_01
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@tiktok.com>: host mx.tiktok.com[203.0.113.25] said: 550 5.1.1
    <legal-kr@tiktok.com>: Recipient address rejected: User unknown

--=_dsn_tt_01
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed, 18 Sep 2024 09:59:58 +0900 (KST)

Final-Recipient: rfc822; legal-kr@tiktok.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--=_dsn_tt_01
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@tiktok.com
Subject: Reminder: KCSC-240913-01 ({T[1]})
Message-ID: <rem-240913-01-1@kcsc.example>
Date: Wed, 18 Sep 2024 09:59:57 +0900

--=_dsn_tt_01--
""",
    outcome="ignored", classification="bounce",
    items={},
    imitates="Postfix delivery status notification for our reminder (multipart/report; report-type=delivery-status)",
    why="a bounce of our own reminder is ignored even though the returned headers name an item",
)

# ========================================================= Telegram (1 item)
case(
    name="tg-bare-url-blocked-in-kr-below",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date=d("2024-09-17 08:00", 0),
    subject="Re: KCSC-240916-01",
    reply_to_req=req_id("KCSC-240916-01"),
    body=f"""
{G1}
This post has been blocked for users in South Korea due to local laws.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    items={G1: "restricted"},
    imitates="Telegram abuse-desk terse reply (a URL and one sentence; 'can't be displayed … violated local laws')",
    why="a notice that is only a URL and one sentence below it; blocked for users in one country = restricted",
)

case(
    name="tg-dmarc-fail-removed",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    auth="fail",
    date=d("2024-09-16 12:00", 0),
    subject="Re: KCSC-240916-01",
    reply_to_req=req_id("KCSC-240916-01"),
    body=f"""
Hello,

{G1} - removed.

Telegram Abuse Team
""",
    outcome="review", review="untrusted",
    items={G1: "pending"},
    imitates="Telegram abuse-desk one-line reply, failing DMARC (spoof)",
    why="a perfect confirmation whose DMARC fails: untrusted, review, nothing applied",
)

case(
    name="google-ooo-english",
    **{"from": "legal-kr@google.com"},
    name_from="Google Legal Korea",
    date=d("2024-09-17 10:01"),
    subject="Automatic reply: [KCSC-240917-01] Legal removal request",
    reply_to_req=req_id("KCSC-240917-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office for the Chuseok holidays
until Thursday, September 19, with limited access to email.

For legal requests, please use https://support.google.com/legal/ and your
request will be processed by the team.
""",
    outcome="ignored", classification="auto_reply",
    items={},
    imitates="Outlook/Gmail 'Automatic reply' out-of-office message",
    why="a recognized out-of-office auto-reply; the legal-help link is no item",
)


# ------------------------------------------------------------------ writing
HEADER = """# Blind set 12 (issue 11): expected results written from each email's
# meaning before the reader was run. Generated by make.py; do not edit.
"""


def main():
    write_requests()
    # sequence cases: earlier files are rendered with the same helpers
    seqs = {}
    for n, c in enumerate(CASES):
        for i, p in enumerate(c.get("pre", []), 1):
            p = dict(p)
            p["name"] = f"{c['name']}-{i}"
            p["set"] = "blind12"
            path = os.path.join(HERE, "cases", p["name"] + ".eml")
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(corpuslib.render(p, 100 + n))
            seqs.setdefault(c["name"], []).append("cases/" + p["name"] + ".eml")
    corpuslib.write_set(HERE, "blind12", HEADER, CASES)
    exp = os.path.join(HERE, "expected.toml")
    with open(exp, encoding="utf-8") as f:
        text = f.read()
    for name, pre in seqs.items():
        old = 'files = ["cases/%s.eml"]' % name
        new = "files = [" + ", ".join('"%s"' % p for p in pre + ["cases/%s.eml" % name]) + "]"
        assert text.count(old) == 1
        text = text.replace(old, new)
    with open(exp, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    validate()


def validate():
    cfg = tomllib.load(open(os.path.join(HERE, "config.toml"), "rb"))
    senders = {p["id"]: p["senders"] for p in cfg["platforms"]}
    rows = list(csv.DictReader(open(os.path.join(HERE, "requests.csv"), encoding="utf-8")))
    plat = {r["url"]: r["platform"] for r in rows}
    assert len(plat) == len(rows)
    exp = tomllib.load(open(os.path.join(HERE, "expected.toml"), "rb"))["case"]
    used = set()
    for c in exp:
        for f in c["files"]:
            used.add(f)
            raw = open(os.path.join(HERE, f), "rb").read()
            m = email.message_from_bytes(raw, policy=policy.default)
            for part in m.walk():
                if not part.is_multipart():
                    part.get_payload(decode=True)
            assert m["From"] and m["Message-ID"] and m["Date"], f
            dt = email.utils.parsedate_to_datetime(m["Date"])
            assert datetime(2024, 9, 9, tzinfo=KST) < dt < datetime(2024, 9, 20, tzinfo=KST), f
        for u, s in c["items"].items():
            assert u in plat, (c["name"], u)
        last = os.path.join(HERE, c["files"][-1])
        raw = open(last, "rb").read()
        m = email.message_from_bytes(raw, policy=policy.default)
        dom = m["From"].addresses[0].domain.lower()
        trusted = raw.startswith(b"Authentication-Results: mx.kcsc.example;") and b"dmarc=pass" in raw.split(b"\n", 1)[0]
        if c["outcome"] == "applied":
            assert trusted, c["name"]
            for u, s in c["items"].items():
                if s != "pending":
                    assert dom in senders[plat[u]], (c["name"], u, dom)
    on_disk = {"cases/" + f for f in os.listdir(os.path.join(HERE, "cases"))}
    assert on_disk == used, on_disk ^ used
    print("ok: %d cases, %d files, %d items" % (len(exp), len(on_disk), len(rows)))


if __name__ == "__main__":
    main()
