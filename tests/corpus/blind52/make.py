#!/usr/bin/env python3
"""Blind set 52 (issue 11): a general mix, English and Korean, nine platforms.

Written without reading the reader (src/, docs/reader.md) or any other set's
cases. Every email imitates a public notice style named in `imitates`; the
expected result of each case was written here, from the email's meaning,
before anything was run. Deterministic: running it twice changes nothing.

    python3 tests/corpus/blind52/make.py
"""
import base64
import csv
import io
import os
import quopri
import sys
import zipfile
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "kakaocorp.com": "Kakao",
    "daum.net": "Daum",
    "tiktok.com": "TikTok",
    "fb.com": "Facebook",
    "meta.com": "Meta",
    "mail.instagram.com": "Instagram",
    "reddit.com": "Reddit",
    "discord.com": "Discord",
})

KST = timezone(timedelta(hours=9))


def d(s, offset=9):
    """'2024-09-13 17:22' in KST -> RFC 5322 date shown in the sender's offset."""
    t = datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=KST)
    return format_datetime(t.astimezone(timezone(timedelta(hours=offset))))


# ---------------------------------------------------------------- requests
REQUESTS = [
    # ref, platform, sent (KST), message id, category, urls
    ("KCSC-240910-01", "x", "2024-09-10 10:00", "req-240910-01", "deepfake_sexual_abuse", [
        "https://x.com/mint_orbit22/status/1833104417250001001",
        "https://x.com/mint_orbit22/status/1833104417250001002",
        "https://x.com/mint_orbit22/status/1833104417250001003",
        "https://x.com/gray_lantern_kr/status/1833209981100002011",
        "https://x.com/gray_lantern_kr/status/1833209981100002012",
        "https://x.com/gray_lantern_kr/status/1833209981100002013",
        "https://x.com/gray_lantern_kr/status/1833209981100002014",
        "https://x.com/pale_ferry/status/1833315520300003021",
        "https://x.com/pale_ferry/status/1833315520300003022",
        "https://x.com/pale_ferry/status/1833315520300003023",
        "https://x.com/nightdeck_09/status/1833421178400004031",
        "https://x.com/nightdeck_09/status/1833421178400004032",
        "https://x.com/nightdeck_09/status/1833421178400004033",
        "https://x.com/nightdeck_09/status/1833421178400004034",
    ]),
    ("KCSC-240911-01", "naver", "2024-09-11 14:00", "req-240911-01", "nonconsensual_intimate_imagery", [
        "https://blog.naver.com/sunny_pier88/223571234501",
        "https://blog.naver.com/sunny_pier88/223571234877",
        "https://cafe.naver.com/dalbitmarket/58210",
        "https://cafe.naver.com/dalbitmarket/58244",
        "https://blog.naver.com/gureum_note/223560098812",
    ]),
    ("KCSC-240912-01", "youtube", "2024-09-12 09:30", "req-240912-01", "deepfake_sexual_abuse", [
        "https://www.youtube.com/watch?v=Qm7tR2xLp0A",
        "https://www.youtube.com/watch?v=Hk3vN9eWq5Z",
        "https://www.youtube.com/shorts/Tz8bK1mYc4D",
        "https://www.youtube.com/@%EA%B5%AC%EB%A6%84%EB%8B%A4%EB%A6%ACTV",
    ]),
    ("KCSC-240912-02", "kakao", "2024-09-12 16:00", "req-240912-02", "nonconsensual_intimate_imagery", [
        "https://cafe.daum.net/moonlit-trade/Rk2P/1187",
        "https://blue-harbor77.tistory.com/142",
        "https://open.kakao.com/o/gXk7Qa2f",
    ]),
    ("KCSC-240913-01", "tiktok", "2024-09-13 11:00", "req-240913-01", "deepfake_sexual_abuse", [
        "https://www.tiktok.com/@sora.fieldnotes/video/7413380012345678901",
        "https://www.tiktok.com/@sora.fieldnotes/video/7413380012345678934",
        "https://www.tiktok.com/@quietmoth_22/video/7412991187654321012",
    ]),
    ("KCSC-240913-02", "telegram", "2024-09-13 15:00", "req-240913-02", "deepfake_sexual_abuse", [
        "https://t.me/harbor_lights_kr/3310",
        "https://t.me/harbor_lights_kr/3318",
        "https://t.me/ashgrove_market/912",
        "https://t.me/ashgrove_market/915",
    ]),
    ("KCSC-240916-01", "meta", "2024-09-16 10:00", "req-240916-01", "nonconsensual_intimate_imagery", [
        "https://www.instagram.com/p/C9xQ2mLsT4v/",
        "https://www.facebook.com/groups/587120334455/posts/912004557788/",
    ]),
    ("KCSC-240916-02", "reddit", "2024-09-16 13:00", "req-240916-02", "nonconsensual_intimate_imagery", [
        "https://www.reddit.com/r/HanRiverSwap/comments/1fb3k9q/weekly_trade_thread/",
        "https://www.reddit.com/r/HanRiverSwap/comments/1fb5x2w/dm_for_list/",
    ]),
    ("KCSC-240917-01", "discord", "2024-09-17 09:00", "req-240917-01", "deepfake_sexual_abuse", [
        "https://discord.com/channels/1102233445566778899/1102233445566778900/1283344556677889900",
    ]),
]
U = {ref: urls for ref, _, _, _, _, urls in REQUESTS}
X, NV, YT, KK, TT, TG, MT, RD, DC = (U[r] for r in (
    "KCSC-240910-01", "KCSC-240911-01", "KCSC-240912-01", "KCSC-240912-02", "KCSC-240913-01",
    "KCSC-240913-02", "KCSC-240916-01", "KCSC-240916-02", "KCSC-240917-01"))
YT_HANDLE_RAW = "https://www.youtube.com/@구름다리TV"


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, mid, cat, urls in REQUESTS:
            t = datetime.strptime(sent, "%Y-%m-%d %H:%M").replace(tzinfo=KST)
            due = (t + timedelta(days=7)).replace(hour=18, minute=0)
            for u in urls:
                w.writerow([ref, plat, t.isoformat(), due.isoformat(), u, cat, f"<{mid}@kcsc.example>", ""])


def our_request_en(ref, urls):
    lines = [
        "Dear Sir or Madam,",
        "",
        f"The Korea Communications Standards Commission (KCSC) requests that the",
        f"following content be removed or access to it be blocked, as it was found",
        f"to be illegal under Korean law (reference {ref}):",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please inform us of the action taken within 7 days.", "", "KCSC Takedown Desk"]
    return lines


def our_request_ko(ref, urls):
    lines = [
        "귀사의 서비스에 게시된 아래 정보는 관련 법령에 위반되는 것으로 심의·의결되어",
        f"정보통신망법 제44조의7에 따라 삭제 등 시정을 요구합니다. (관리번호 {ref})",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "조치 결과를 7일 이내에 회신하여 주시기 바랍니다.", "", "방송통신심의위원회 디지털성범죄대응팀"]
    return lines


def gt(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def xlsx(rows):
    """A minimal XLSX (inline strings), built by hand so that it is byte-stable."""
    def cell(ref, v):
        v = v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>'
    sheet_rows = []
    for i, row in enumerate(rows, 1):
        cells = "".join(cell(f"{chr(65 + j)}{i}", v) for j, v in enumerate(row))
        sheet_rows.append(f'<row r="{i}">{cells}</row>')
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="Outcome" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '</Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + "".join(sheet_rows) + '</sheetData></worksheet>',
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2024, 9, 13, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return base64.encodebytes(buf.getvalue()).decode("ascii").rstrip("\n")


CASES = []


def case(**kw):
    CASES.append(kw)


# ====================================================================== X
case(
    name="x-withheld-kr-bulleted",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date=d("2024-09-12 08:14", -7), reply_to_req="req-240910-01",
    subject="Re: [KCSC-240910-01] Request to remove illegal content",
    body=f"""Hello,

Thank you for your correspondence regarding KCSC-240910-01.

X has received a legal request which we believe comes from an authorised
government agency. After reviewing the reported content against applicable
local law, we have withheld the following content in South Korea:

  \u2022 {X[0]}
  \u2022 {X[1]}
  \u2022 {X[2]}
  \u2022 {X[3]}
  \u2022 {X[4]}

The content remains available to users outside South Korea. More
information about country withheld content is available at
https://help.x.com/en/rules-and-policies/post-withheld-by-country

In line with our policies, we have notified the affected account holders.

Regards,
X Legal
Ticket 0923-7761-KR
""",
    outcome="applied", classification="confirmation",
    imitates="X 'country withheld content' reply to a government legal demand (help.x.com post-withheld-by-country; X replies published on Lumen)",
    why="bulleted list under one 'we have withheld the following content in South Korea' statement; the help-centre link is not an item",
    items={u: "restricted" for u in X[0:5]},
)

X_TABLE_HTML = f"""<html><body>
<p>Hi,</p>
<p>Please find below our response to your request KCSC-240910-01.</p>
<table border="1" cellpadding="4">
<tr><th>Reported content</th><th>Action</th></tr>
<tr><td><a href="{X[5]}">{X[5]}</a></td><td>Withheld in KR</td></tr>
<tr><td><a href="{X[6]}">{X[6]}</a></td><td>Removed (violation of the X Rules: non-consensual nudity)</td></tr>
<tr><td><a href="{X[7]}">{X[7]}</a></td><td>No action: not in violation of the X Rules or of the cited law</td></tr>
<tr><td><a href="{X[8]}">{X[8]}</a></td><td>Not found: invalid post ID</td></tr>
</table>
<p>Kind regards,<br>X Global Legal Policy</p>
</body></html>"""
X_TABLE_TEXT = f"""Hi,

Please find below our response to your request KCSC-240910-01.

Reported content | Action
{X[5]} | Withheld in KR
{X[6]} | Removed (violation of the X Rules: non-consensual nudity)
{X[7]} | No action: not in violation of the X Rules or of the cited law
{X[8]} | Not found: invalid post ID

Kind regards,
X Global Legal Policy"""
case(
    name="x-table-four-outcomes",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date=d("2024-09-13 11:40", -7), reply_to_req="req-240910-01",
    subject="RE: [KCSC-240910-01] Request to remove illegal content",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="xtbl52"

--xtbl52
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(X_TABLE_TEXT)}
--xtbl52
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(X_TABLE_HTML)}
--xtbl52--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal response with a per-URL action table (withheld / removed / no action / not found), as in X replies to authorities quoted on Lumen",
    why="HTML table + text alternative, quoted-printable; four statuses, one per row; 'No action: not in violation' is a rejection",
    items={X[5]: "restricted", X[6]: "removed", X[7]: "rejected", X[8]: "not_found"},
)

case(
    name="x-not-only-removed-account-suspended",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date=d("2024-09-14 02:05", -7), reply_to_req="req-240910-01",
    subject="Re: [KCSC-240910-01] Request to remove illegal content",
    body=f"""Hello,

Not only has the post {X[10]} been removed, the account @nightdeck_09 has
also been permanently suspended for repeated violations of our
non-consensual nudity policy.

As a result of the suspension, the other posts you reported from this
account are no longer available on X:

{X[11]}
{X[12]}
{X[13]}

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X account-suspension outcome ('the account has been suspended ... posts are no longer available'), X Help Center 'About suspended accounts'",
    why="'Not only has ... been removed' is not a negation; posts made unavailable by the suspension are removed (arguable, see NOTES)",
    items={X[10]: "removed", X[11]: "removed", X[12]: "removed", X[13]: "removed"},
)

case(
    name="x-top-posted-over-quoted-request",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date=d("2024-09-12 17:30", -7), reply_to_req="req-240910-01",
    subject="Re: [KCSC-240910-01] Request to remove illegal content",
    body=f"""Hello KCSC team,

Quick update on your request: {X[9]} has been removed for violating the
X Rules. The other two posts from @pale_ferry are still with our team and
we will come back to you on them separately.

X Legal

On Tue, Sep 10, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{gt(our_request_en("KCSC-240910-01", X[7:10]))}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply from a legal team over the quoted request (X legal replies quoted in public threads)",
    why="only the post named in the reply is removed; the quoted request's 'be removed' wording and list are ours; the two others stay pending",
    items={X[9]: "removed"},
)

case(
    name="x-ack-echoed-report",
    **{"from": "no-reply@x.com"}, name_from="X Support",
    date=d("2024-09-10 10:07", -7),
    subject="Case# 0129384756: Legal request received",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""Hello,

We have received your report. Your case number is 0129384756; please keep
it for any future correspondence about this matter.

Here is a copy of what you submitted:

  Reporter: Korea Communications Standards Commission (KCSC-240910-01)
  Reported content:
    {X[3]}
    {X[4]}
    {X[5]}
    {X[6]}
  Legal basis: Act on Promotion of Information and Communications Network
  Utilization and Information Protection, Art. 44-7

We review reports in the order they are received. You will hear from us
once a decision has been made.

Please do not reply to this email; this mailbox is not monitored.

X Corp., 1355 Market Street, Suite 900, San Francisco, CA 94103
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X legal request web-form auto-receipt 'Case# ...: we have received your report' with the echoed submission",
    why="a pure receipt that echoes the reported URLs: nothing is said about what happened to them (arguable: it names items, see NOTES)",
    items={},
)

case(
    name="x-dmarc-fail-claims-removed",
    **{"from": "legal-requests@x.com"}, name_from="X Legal", auth="fail",
    date=d("2024-09-12 09:12", -7), reply_to_req="req-240910-01",
    subject="Re: [KCSC-240910-01] Request to remove illegal content",
    body=f"""Hello,

The following posts have been removed from X for violating our rules:

{X[0]}
{X[1]}

Regards,
X Legal
""",
    outcome="review", review="untrusted",
    imitates="spoofed X legal reply (same layout as the genuine replies) failing DMARC",
    why="perfect removal statement but dmarc=fail for x.com: nothing may be applied, and a spoof naming our items must be seen",
    items={},
)

case(
    name="x-not-global-but-withheld",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date=d("2024-09-15 06:50", -7), reply_to_req="req-240910-01",
    subject="Re: [KCSC-240910-01] Request to remove illegal content",
    body=f"""Hello,

We reviewed the posts listed below under the X Rules and did not find them
to be in violation, so they have not been removed from X globally. Given
the legal basis cited in your request, we have however withheld them in
South Korea.

{X[11]}
{X[12]}

Users in South Korea now see a notice that the post has been withheld in
response to a legal demand.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X 'not removed globally, withheld in country' outcome (X transparency centre, country withheld content)",
    why="the negated global removal with a reason is followed by the withholding that actually happened: restricted, not rejected",
    items={X[11]: "restricted", X[12]: "restricted"},
)

case(
    name="x-staff-out-of-office",
    **{"from": "j.morrow@x.com"}, name_from="Jamie Morrow",
    date=d("2024-09-10 10:01", -7), reply_to_req="req-240910-01",
    subject="Automatic reply: [KCSC-240910-01] Request to remove illegal content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your email. I am out of the office until Monday, 23
September, with limited access to email.

For legal requests, please use our legal request portal at
https://legalrequests.x.com/ so that your request is routed to the right
team.

Jamie
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office message from a platform employee",
    why="out-of-office auto-reply: nothing about any item",
    items={},
)

# ================================================================== NAVER
case(
    name="naver-imsijochi-notice",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date=d("2024-09-12 15:20"), reply_to_req="req-240911-01",
    subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240911-01)",
    body=f"""안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 안내드립니다.

■ 처리 대상
- {NV[0]}
- {NV[1]}

■ 처리 내용
위 게시물에 대하여 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」
제44조의2에 따라 30일간 임시조치하였습니다.
임시조치 기간 중 게시자의 재게시 요청이 없을 경우 해당 게시물은 삭제됩니다.

■ 문의
네이버 고객센터 https://help.naver.com
네이버 권리보호센터 https://right.naver.com

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 게시중단(임시조치) 처리 결과 안내 메일 (정보통신망법 제44조의2)",
    why="임시조치 is a temporary restriction (issue 11): restricted; the later deletion is only conditional, and the help links are not items",
    items={NV[0]: "restricted", NV[1]: "restricted"},
)

case(
    name="naver-numbered-three-outcomes",
    **{"from": "cafe_admin@navercorp.com"}, name_from="네이버 카페 운영팀",
    date=d("2024-09-13 10:05"), reply_to_req="req-240911-01",
    subject="RE: [KCSC-240911-01] 불법정보 시정요구",
    body=f"""안녕하세요. 네이버 카페 운영팀입니다.
시정요구하신 게시물의 처리 결과를 아래와 같이 알려드립니다.

1. {NV[2]}
   → 카페 운영정책 위반이 확인되어 게시중단(삭제) 처리하였습니다.

2. {NV[3]}
   → 확인 당시 이미 작성자가 삭제한 게시물로, 별도 조치 대상이 아닙니다.

3. {NV[4]}
   → 검토 결과 운영정책 및 관련 법령 위반 사항이 확인되지 않아 게시를 유지합니다.

추가 문의는 회신 주시기 바랍니다.
네이버 카페 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 카페 신고 처리 결과 안내 (게시중단 / 작성자 삭제 / 게시 유지), per-item numbered list",
    why="status on the line below each URL: deleted, already deleted by its author (not found, despite '조치 대상이 아닙니다'), kept up (rejected)",
    items={NV[2]: "removed", NV[3]: "not_found", NV[4]: "rejected"},
)

case(
    name="naver-seems-gone-checking",
    **{"from": "cafe_admin@navercorp.com"}, name_from="네이버 카페 운영팀",
    date=d("2024-09-13 16:45"), reply_to_req="req-240911-01",
    subject="RE: [KCSC-240911-01] 불법정보 시정요구",
    body=f"""안녕하세요. 네이버 카페 운영팀입니다.

문의하신 {NV[2]} 게시물은 현재 열람되지 않는 것으로 보이며,
작성자 삭제인지 카페 매니저의 조치인지 확인 중입니다.
확인되는 대로 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER 카페 운영팀 중간 회신 (확인 중 안내)",
    why="'열람되지 않는 것으로 보이며' is hedged and the cause is still being checked: a clerk would not record a status",
    items={},
)

NV_FUTURE = f"""안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 3건은 관련 부서에서 검토 중이며, 검토가 끝나는 대로
순차적으로 게시중단 조치할 예정입니다. 조치가 완료되면 다시 회신드리겠습니다.

네이버 정책지원팀 드림

-----원본 메시지-----
보낸 사람: "방송통신심의위원회" <takedown@kcsc.example>
받는 사람: <policy@navercorp.com>
보낸 날짜: 2024-09-11 (수) 14:00:00
제목: [KCSC-240911-01] 불법정보 시정요구

""" + "\n".join(our_request_ko("KCSC-240911-01", [NV[0], NV[1], NV[4]]))
case(
    name="naver-will-act-sequentially",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date=d("2024-09-12 11:30"), reply_to_req="req-240911-01",
    subject="RE: [KCSC-240911-01] 불법정보 시정요구",
    body=NV_FUTURE,
    outcome="review", review="not_understood",
    imitates="Korean portal 검토 중 / 순차적으로 조치할 예정 interim reply over an Outlook '-----원본 메시지-----' quote",
    why="a promise (예정), not a result; the URLs appear only in our quoted request: nothing applied, but it must be seen",
    items={},
)

NV_B64 = f"""안녕하세요. 네이버 블로그 운영팀입니다.

귀 위원회의 시정요구(KCSC-240911-01)에 따라 아래 게시물을 블라인드 처리하였습니다.
{NV[0]}

아래 게시물은 게시자에게 통보한 후 비공개 처리되었습니다.
{NV[1]}

블로그 운영정책: https://blog.naver.com/blogpeople/policy

감사합니다.
"""
case(
    name="naver-base64-blind-and-private",
    **{"from": "blog_help@navercorp.com"}, name_from="네이버 블로그",
    date=d("2024-09-13 09:10"), reply_to_req="req-240911-01",
    subject="=?UTF-8?B?" + base64.b64encode("[네이버 블로그] 시정요구 처리 결과".encode()).decode() + "?=",
    raw_mime=f"""Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(NV_B64)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 블로그 블라인드 / 비공개 처리 안내 (base64-encoded Korean mail, encoded-word subject)",
    why="statement on the line above each URL; 블라인드 and 비공개 처리 are removal forms (issue 11); the policy link is not an item",
    items={NV[0]: "removed", NV[1]: "removed"},
)

case(
    name="naver-relative-clause-hedge",
    **{"from": "cafe_admin@navercorp.com"}, name_from="네이버 카페 운영팀",
    date=d("2024-09-14 10:30"), reply_to_req="req-240911-01",
    subject="RE: [KCSC-240911-01] 불법정보 시정요구",
    body=f"""안녕하세요. 네이버 카페 운영팀입니다.

신고하신 게시물({NV[3]})은, 다른 카페에서 옮겨 온 것으로 추정되는 글로서,
카페 운영원칙 및 관련 법령에 따라 삭제 처리되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 카페 신고 처리 결과 안내 (single item, prose)",
    why="'추정되는' hedges only the relative clause about the post's origin; the main clause states deletion; URL in parentheses followed by '은'",
    items={NV[3]: "removed"},
)

case(
    name="naver-receipt-korean",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date=d("2024-09-11 14:03"), reply_to_req="req-240911-01",
    subject="[네이버] 신고 접수 완료 안내",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, 네이버 고객센터입니다.

고객님의 신고가 정상적으로 접수되었습니다.
 - 접수번호: 2409-113-58821
 - 접수일시: 2024.09.11 14:03

담당자 검토 후 처리 결과를 메일로 안내드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 신고 접수 완료 자동 안내",
    why="pure receipt with a ticket number, no item named and nothing stated",
    items={},
)

# ================================================================== Kakao
KK_TABLE = f"""<html><body>
<p>수신: 방송통신심의위원회<br>제목: 시정요구에 대한 조치결과 회신 (KCSC-240912-02)</p>
<p>귀 위원회의 시정요구에 대한 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1">
<tr><th>연번</th><th>URL</th><th>조치 결과</th><th>조치 일시</th></tr>
<tr><td>1</td><td>{KK[0]}</td><td>삭제</td><td>2024-09-13 10:12</td></tr>
<tr><td>2</td><td>{KK[1]}</td><td>접근 제한(국내)</td><td>2024-09-13 10:40</td></tr>
<tr><td>3</td><td>{KK[2]}</td><td>오픈채팅방 폐쇄</td><td>2024-09-13 11:02</td></tr>
</table>
<p>주식회사 카카오 정책팀 드림<br>경기도 성남시 분당구 판교역로 166</p>
</body></html>"""
case(
    name="kakao-kcsc-result-table",
    **{"from": "policy@kakaocorp.com"}, name_from="카카오 정책팀",
    date=d("2024-09-13 14:00"), reply_to_req="req-240912-02",
    subject="[회신] 시정요구에 대한 조치결과 (KCSC-240912-02)",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(KK_TABLE)}
""",
    outcome="applied", classification="confirmation",
    imitates="KCSC 시정요구 조치결과 회신 공문 table (연번/URL/조치 결과/조치 일시) as sent by Korean portals",
    why="HTML-only table: 삭제 = removed, 접근 제한(국내) = restricted, 오픈채팅방 폐쇄 = removed",
    items={KK[0]: "removed", KK[1]: "restricted", KK[2]: "removed"},
)

case(
    name="kakao-chuseok-out-of-office",
    **{"from": "minji.seo@kakaocorp.com"}, name_from="서민지",
    date=d("2024-09-12 16:01"), reply_to_req="req-240912-02",
    subject="[자동회신] RE: [KCSC-240912-02] 불법정보 시정요구",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요. 서민지입니다.

9월 13일(금)부터 9월 18일(수) 추석 연휴까지 부재중입니다.
급한 용무는 카카오 고객센터(https://cs.kakao.com)로 문의해 주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean Outlook 부재중 자동회신 (Chuseok holiday)",
    why="out-of-office auto-reply: nothing about any item",
    items={},
)

case(
    name="kakao-says-item-is-naver",
    **{"from": "policy@kakaocorp.com"}, name_from="카카오 정책팀",
    date=d("2024-09-12 17:20"), reply_to_req="req-240911-01",
    subject="RE: [KCSC-240911-01] 불법정보 시정요구",
    body=f"""안녕하세요, 카카오 정책팀입니다.

보내주신 URL {NV[2]} 은
당사(카카오)가 운영하는 서비스가 아닌 네이버 카페 게시물로 확인되어 당사에서는 조치할 수 없습니다.
해당 서비스 사업자에게 요청해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Korean portal reply to a mis-addressed 시정요구 ('당사 서비스가 아니므로 조치 불가')",
    why="Kakao speaks about a NAVER item (of a NAVER request): it must stay pending; not a rejection by the item's own platform (reason arguable, see NOTES)",
    items={},
)

case(
    name="kakao-tistory-imsijochi-blind",
    **{"from": "noreply@kakaocorp.com"}, name_from="티스토리",
    date=d("2024-09-13 09:40"), reply_to_req="req-240912-02",
    subject="[티스토리] 권리침해 신고 처리 안내",
    body=f"""안녕하세요, 티스토리입니다.

신고하신 게시글 {KK[1]} 에 대하여
정보통신망법 제44조의2에 따라 임시조치(블라인드)를 하였습니다.

임시조치 기간은 30일이며, 기간 내 게시자의 이의제기가 없으면 게시글은 삭제됩니다.
자세한 내용은 고객센터 도움말(https://cs.kakao.com/helps?service=175)을 참고해 주세요.

티스토리 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory / Daum 클린센터 권리침해 신고 임시조치(블라인드) 처리 안내 (as bloggers quote the notice on their blogs)",
    why="임시조치(블라인드): the legal measure named is the temporary measure, so restricted (arguable against 블라인드 = removed, see NOTES)",
    items={KK[1]: "restricted"},
)

case(
    name="kakao-openchat-asks-documents",
    **{"from": "policy@kakaocorp.com"}, name_from="카카오 정책팀",
    date=d("2024-09-13 11:15"), reply_to_req="req-240912-02",
    subject="RE: [KCSC-240912-02] 불법정보 시정요구",
    body=f"""안녕하세요, 카카오 정책팀입니다.

시정요구하신 오픈채팅방 {KK[2]} 의 경우, 대화 내용이 비공개로
운영되어 당사에서 위법 여부를 직접 확인하기 어렵습니다.
위원회의 심의 의결서 등 관련 근거 자료를 회신해 주시면 검토 후 조치하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more",
    imitates="Korean portal request for supporting documents (근거 자료 요청) before acting on a 시정요구",
    why="asks for the deliberation decision before acting: nothing was done, nothing refused",
    items={},
)

case(
    name="kakao-two-urls-one-sentence",
    **{"from": "cleancenter@daum.net"}, name_from="Daum 클린센터",
    date=d("2024-09-13 17:25"), reply_to_req="req-240912-02",
    subject="[Daum 클린센터] 시정요구 처리 결과 안내 (KCSC-240912-02)",
    body=f"""안녕하세요, Daum 클린센터입니다.

신고가 접수되어 살펴본 결과, {KK[0]} 게시물은 운영정책 위반으로 삭제 조치하였으며, {KK[2]} 오픈채팅방은 확인 당시 이미 방장에 의해 종료된 상태였습니다.

나머지 1건은 확인 후 별도로 안내드리겠습니다.

Daum 고객센터 https://cs.daum.net
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 클린센터 처리 결과 안내 ('신고가 접수되어 살펴본 결과 ...'), two items in one sentence",
    why="two URLs in one sentence, each with its own clause: the first deleted (removed), the chat room already closed by its host (not_found); the third item stays pending",
    items={KK[0]: "removed", KK[2]: "not_found"},
)

# ================================================================ YouTube
case(
    name="yt-kr-site-blocked-and-kept",
    **{"from": "removals@google.com"}, name_from="YouTube Legal Support",
    date=d("2024-09-14 03:22", -7), reply_to_req="req-240912-01",
    subject="Re: [KCSC-240912-01] Request to remove illegal content [3-4481000036412]",
    body=f"""Hello,

Thanks for reaching out to us.

In response to your legal complaint, we have blocked {YT[0]} from view on
the YouTube Korea country site.

Regarding {YT[1]}: after reviewing it, we have decided not to take action
on this video. It does not violate our Community Guidelines, and we did not
find sufficient grounds to restrict it under local law.

Regards,
The YouTube Legal Support Team

\u00a9 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome 'blocked ... from view on the YouTube [country] site' / 'decided not to take action' (Google legal help reply)",
    why="a block on the country site is a restriction, not a removal; the second video is refused with a reason (rejected)",
    items={YT[0]: "restricted", YT[1]: "rejected"},
)

case(
    name="yt-status-below-each-url",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal KR",
    date=d("2024-09-13 18:05"), reply_to_req="req-240912-01",
    subject="Re: [KCSC-240912-01] Request to remove illegal content",
    body=f"""Hello,

Here is the status of the videos in your request KCSC-240912-01:

{YT[0]}
Removed for violating YouTube's policy on harassment and cyberbullying.

{YT[2]}
Age-restricted. Viewers must be signed in and 18 or older to watch it.

{YT[1]}
We couldn't find this video at the time of our review.

Learn more about age-restricted content:
https://support.google.com/youtube/answer/2802167
Community Guidelines:
https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

Best regards,
Google Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube per-video outcome list (removed / age-restricted / not found) with help-centre links",
    why="status on the line below each bare URL in free wording; help links below are not items",
    items={YT[0]: "removed", YT[2]: "restricted", YT[1]: "not_found"},
)

case(
    name="yt-channel-korean-handle",
    **{"from": "legal-kr@google.com"}, name_from="Google 법무팀",
    date=d("2024-09-13 13:50"), reply_to_req="req-240912-01",
    subject="RE: [KCSC-240912-01] 불법정보 시정요구",
    body=f"""안녕하세요, YouTube 법무팀입니다.

요청하신 채널 {YT_HANDLE_RAW} 은(는) YouTube 커뮤니티 가이드 위반으로 해지되었습니다.
해당 채널의 동영상은 더 이상 YouTube에서 볼 수 없습니다.

감사합니다.
Google 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 채널 해지(termination) 안내, Korean",
    why="raw Korean handle in the email, percent-encoded in requests.csv; a terminated channel is removed",
    items={YT[3]: "removed"},
)

case(
    name="yt-appears-taken-down-unconfirmed",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal KR",
    date=d("2024-09-13 10:15"), reply_to_req="req-240912-01",
    subject="Re: [KCSC-240912-01] Request to remove illegal content",
    body=f"""Hello,

We looked into {YT[1]}. It appears the video may already have been taken
down, possibly by the uploader, but we are unable to confirm this from our
side at the moment. We will follow up once we have more information.

Best regards,
Google Legal Support
""",
    outcome="review", review="not_understood",
    imitates="Google legal support interim reply ('it appears ... we are unable to confirm')",
    why="'appears ... may already have been taken down ... unable to confirm': hedged throughout, no status",
    items={},
)

case(
    name="yt-read-receipt",
    **{"from": "hyejin.park@google.com"}, name_from="Hyejin Park",
    date=d("2024-09-12 09:48"),
    subject="Read: [KCSC-240912-01] Request to remove illegal content",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn52"

--mdn52
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@google.com
  Subject: [KCSC-240912-01] Request to remove illegal content
  Sent: Thursday, September 12, 2024 9:30:00 AM (UTC+09:00) Seoul

was read on Thursday, September 12, 2024 9:48:00 AM (UTC+09:00) Seoul.
--mdn52
Content-Type: message/disposition-notification

Reporting-UA: google.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal-kr@google.com
Original-Message-ID: <req-240912-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn52--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN, RFC 8098)",
    why="read receipt: ignored, not forwarded",
    items={},
)

case(
    name="yt-xlsx-outcome-sheet",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal KR",
    date=d("2024-09-16 11:00"), reply_to_req="req-240912-01",
    subject="Re: [KCSC-240912-01] Request to remove illegal content",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="ytx52"

--ytx52
Content-Type: text/plain; charset=utf-8

Hello,

Please see the attached spreadsheet for the outcome of each URL in your
request KCSC-240912-01.

Best regards,
Google Legal Support
--ytx52
Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="KCSC-240912-01_outcome.xlsx"
Content-Disposition: attachment; filename="KCSC-240912-01_outcome.xlsx"
Content-Transfer-Encoding: base64

{xlsx([["URL", "Outcome", "Notes"],
       [YT[0], "Removed", "Community Guidelines violation"],
       [YT[1], "Blocked in KR", "Local law"],
       [YT[2], "No action", "Does not violate policy"]])}
--ytx52--
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal team outcome spreadsheet attached to a short cover note",
    why="XLSX attachment, one row per URL: removed, blocked in KR (restricted), no action because no violation (rejected)",
    items={YT[0]: "removed", YT[1]: "restricted", YT[2]: "rejected"},
)

# ================================================================= TikTok
case(
    name="tiktok-decision-per-item",
    **{"from": "legal-support@tiktok.com"}, name_from="TikTok Trust and Safety",
    date=d("2024-09-14 20:30"), reply_to_req="req-240913-01",
    subject="Re: [KCSC-240913-01] Request to remove illegal content",
    body=f"""Hi,

Thank you for your report. We've reviewed the content and here is our
decision for each item:

Content: {TT[0]}
Decision: Removed. This video violates our Community Guidelines (adult
nudity and sexual activities).

Content: {TT[1]}
Decision: Restricted in your country/region. We found that this video
violates local law in South Korea and it is no longer viewable there.

Content: {TT[2]}
Decision: No violation. We didn't find a violation of our Community
Guidelines or of the laws you cited, so this video will stay up.

Community Guidelines: https://www.tiktok.com/community-guidelines
Law enforcement and government requests: https://www.tiktok.com/legal/page/global/law-enforcement/en

TikTok Trust and Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome notice ('Decision: ...') to a government reporter, with guideline links",
    why="Content:/Decision: pairs; removed, restricted in country, 'No violation ... will stay up' rejected",
    items={TT[0]: "removed", TT[1]: "restricted", TT[2]: "rejected"},
)

TT_CSV = ("content_url,action,action_date,notes\r\n"
          f"{TT[0]},removed,2024-09-15,Community Guidelines violation\r\n"
          f"{TT[1]},no action,2024-09-15,video already deleted by the creator before review\r\n"
          f"{TT[2]},geo-restricted (KR),2024-09-15,local law\r\n")
case(
    name="tiktok-csv-attachment",
    **{"from": "legal-support@tiktok.com"}, name_from="TikTok Trust and Safety",
    date=d("2024-09-15 19:00"), reply_to_req="req-240913-01",
    subject="Re: [KCSC-240913-01] Request to remove illegal content",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="ttcsv52"

--ttcsv52
Content-Type: text/plain; charset=utf-8

Hello,

Please find attached the outcome of your request KCSC-240913-01.

TikTok Trust and Safety
--ttcsv52
Content-Type: text/csv; charset=utf-8; name="KCSC-240913-01.csv"
Content-Disposition: attachment; filename="KCSC-240913-01.csv"
Content-Transfer-Encoding: base64

{base64.encodebytes(TT_CSV.encode()).decode().rstrip(chr(10))}
--ttcsv52--
""",
    outcome="applied", classification="confirmation",
    imitates="platform outcome export sent as a CSV attachment (url, action, date, notes)",
    why="CSV rows: removed; 'no action' because the creator had already deleted it (not_found, not rejected); geo-restricted (KR)",
    items={TT[0]: "removed", TT[1]: "not_found", TT[2]: "restricted"},
)

case(
    name="tiktok-asks-legal-order",
    **{"from": "legal-support@tiktok.com"}, name_from="TikTok Trust and Safety",
    date=d("2024-09-14 09:00"), reply_to_req="req-240913-01",
    subject="Re: [KCSC-240913-01] Request to remove illegal content",
    body=f"""Hello,

To process a request based on local law, we need a copy of the legal order
or decision on which it relies, together with the specific provision
concerned. Once we receive it, we will review the content you listed:

{TT[0]}
{TT[2]}

Until then we are unable to take action on these videos.

TikTok Trust and Safety
""",
    outcome="review", review="asks_more",
    imitates="TikTok law-enforcement/government request reply asking for the legal order before acting",
    why="asks for the order; 'unable to take action until then' is not a rejection",
    items={},
)

case(
    name="tiktok-one-of-two-removed",
    **{"from": "legal-support@tiktok.com"}, name_from="TikTok Trust and Safety",
    date=d("2024-09-14 15:10"), reply_to_req="req-240913-01",
    subject="Re: [KCSC-240913-01] Request to remove illegal content",
    body=f"""Hi,

Update on your report about these videos from @sora.fieldnotes:

{TT[0]}
{TT[1]}

We've removed one of the two videos for violating our Community Guidelines.
The other is still under review and we'll let you know the outcome.

TikTok Trust and Safety
""",
    outcome="review", review="not_understood",
    imitates="TikTok partial outcome update ('we've removed one of the videos ...')",
    why="'one of the two' does not say which: neither item can be set; review (reason arguable: bulk/not_understood)",
    items={},
)

case(
    name="tiktok-restricted-then-removed",
    files_multi=True,
    outcome="applied", classification="confirmation",
    imitates="TikTok outcome followed by an escalation outcome ('following further review ... removed globally')",
    why="restricted first, removed two days later: the later, stronger status stands",
    items={TT[2]: "removed"},
)

# =============================================================== Telegram
case(
    name="tg-prose-blocked-notfound-geo",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d("2024-09-14 22:15"), reply_to_req="req-240913-02",
    subject="Re: [KCSC-240913-02] Request to remove illegal content",
    body=f"""Hello,

Thank you for your report. The message {TG[0]} has been blocked and is no
longer accessible. We could not find {TG[1]}; the link does not point to an
existing message.

The channel @ashgrove_market has been made unavailable for users in South
Korea. This covers the two posts you listed ({TG[2]} and
{TG[3]}).

Regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply (blocked / could not find / channel unavailable in country)",
    why="blocked = removed; the next sentence's 'could not find' belongs only to 3318; the country block of the channel covers both posts named in parentheses",
    items={TG[0]: "removed", TG[1]: "not_found", TG[2]: "restricted", TG[3]: "restricted"},
)

case(
    name="tg-lookalike-domain-claims",
    **{"from": "dsa@telegram-legal.org"}, name_from="Telegram Legal",
    date=d("2024-09-14 08:00"), reply_to_req="req-240913-02",
    subject="Re: [KCSC-240913-02] Request to remove illegal content",
    body=f"""Hello,

The following messages have been removed:

{TG[0]}
{TG[1]}

Telegram Legal Team
""",
    outcome="review", review="unknown_sender",
    imitates="look-alike domain impersonating a Telegram desk (authenticated for its own domain)",
    why="dmarc=pass for telegram-legal.org, which is no platform's domain: claims about our items must be seen, nothing applied",
    items={},
)

TG_DSN_ORIG = "\n".join(our_request_en("KCSC-240913-02", TG))
case(
    name="tg-bounce-of-request",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System", auth="none",
    date=d("2024-09-13 15:01"),
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn52"

--dsn52
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-kr@telegram.org>: host mail.telegram.org[192.0.2.45] said: 550 5.1.1
    <abuse-kr@telegram.org>: Recipient address rejected: User unknown

--dsn52
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Fri, 13 Sep 2024 15:00:02 +0900

Final-Recipient: rfc822; abuse-kr@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn52
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-kr@telegram.org
Subject: [KCSC-240913-02] Request to remove illegal content
Date: Fri, 13 Sep 2024 15:00:00 +0900
Message-ID: <req-240913-02-b@kcsc.example>
Content-Type: text/plain; charset=utf-8

{TG_DSN_ORIG}

--dsn52--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (RFC 3464) returning our own request",
    why="bounce of our own request to a wrong address; the returned request's URLs are ours",
    items={},
)

case(
    name="tg-angle-wrapped-urls",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d("2024-09-15 04:40"), reply_to_req="req-240913-02",
    subject="Re: [KCSC-240913-02] Request to remove illegal content",
    body=f"""Hi,

Done. The following have been taken down:
<https://t.me/harbor_lights_kr/3310>,
<https://t.me/harbor_lights_kr/
3318>
and {TG[3]}.

The remaining link ({TG[2]}) is still being checked.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="terse Telegram abuse-desk reply with angle-bracketed and wrapped URLs",
    why="URL in angle brackets wrapped after the slash (RFC 3986 App. C), trailing comma and period; 912 is still being checked and stays pending",
    items={TG[0]: "removed", TG[1]: "removed", TG[3]: "removed"},
)

case(
    name="tg-blocked-except-one",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d("2024-09-16 01:30"), reply_to_req="req-240913-02",
    subject="Re: [KCSC-240913-02] Request to remove illegal content",
    body=f"""Hello,

We have blocked the messages in your request, listed below for reference,
except {TG[2]}, which had already been deleted by the channel owner before
our review.

1. {TG[0]}
2. {TG[1]}
3. {TG[2]}
4. {TG[3]}

Regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply 'we have blocked ... except ...' over the echoed list of the request",
    why="the exception takes 912 out of the blocked set (deleted by its owner before review: not_found); the other three listed are removed",
    items={TG[0]: "removed", TG[1]: "removed", TG[2]: "not_found", TG[3]: "removed"},
)

# =================================================================== Meta
case(
    name="meta-local-law-echoed-report",
    **{"from": "no-reply@mail.instagram.com"}, name_from="Instagram",
    date=d("2024-09-17 02:30", -7), reply_to_req="req-240916-01",
    subject="Update on your report (KCSC-240916-01)",
    body=f"""Hi KCSC,

We've restricted access to the content you reported in South Korea, based
on local law. It remains available elsewhere, since it doesn't go against
Instagram's Community Guidelines.

Your report
  Reference: KCSC-240916-01
  Content reported: {MT[0]}
  Reported for: Local law (Republic of Korea)
  Submitted: Sep 16, 2024

Learn more about how we handle government requests to restrict content:
https://transparency.meta.com/reports/content-restrictions/

Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025
""",
    outcome="applied", classification="confirmation",
    imitates="Meta 'We've restricted access to the content you reported in [country]' local-law outcome with the echoed report",
    why="statement about 'the content you reported' followed by the echoed report naming it; 'doesn't go against' explains why it is not removed globally: restricted",
    items={MT[0]: "restricted"},
)

case(
    name="meta-fb-no-violation",
    **{"from": "support@fb.com"}, name_from="Facebook",
    date=d("2024-09-17 07:05", -7), reply_to_req="req-240916-01",
    subject="Re: [KCSC-240916-01] Request to remove illegal content",
    body=f"""Hello,

We reviewed the group post you reported
{MT[1]}
and found that it doesn't go against our Community Standards, so we
haven't taken it down.

If you think we got this wrong, you can request another review:
https://www.facebook.com/help/contact/1720456128261452

Learn more about our Community Standards:
https://transparency.meta.com/policies/community-standards/

Thanks,
Facebook Community Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Facebook report outcome 'doesn't go against our Community Standards' with request-review link",
    why="negated removal with a reason: rejected; URL on the line below its sentence start; help links are not items",
    items={MT[1]: "rejected"},
)

case(
    name="meta-submission-receipt",
    **{"from": "support@meta.com"}, name_from="Meta",
    date=d("2024-09-16 10:04"), reply_to_req="req-240916-01",
    subject="We received your submission [ref:8823117704]",
    body="""Hello,

Thanks for contacting Meta. Your submission has been received.
Reference number: 8823117704

We'll review your submission and get back to you if we need anything
else. Please note that this mailbox is not monitored.

Meta Platforms, Inc.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Meta government/legal request form receipt ('Your submission has been received')",
    why="pure receipt: no item named, nothing stated",
    items={},
)

case(
    name="meta-legal-review-no-action",
    **{"from": "support@fb.com"}, name_from="Meta Legal Operations",
    date=d("2024-09-18 03:15", -7), reply_to_req="req-240916-01",
    subject="Re: [KCSC-240916-01] Request to remove illegal content",
    body=f"""Dear KCSC,

Thank you for your request. The content below was reviewed against our
Community Standards and did not violate them. Following our legal review,
we have decided not to restrict access to it in South Korea, as the
request does not establish that the content is unlawful under Korean law.

{MT[0]}

Should you have additional information, such as a court decision, you may
submit a new request.

Meta Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Meta local-law request lifecycle: legal review rejects, 'no action was taken' response to the authority (transparency.meta.com content restrictions)",
    why="a decision not to restrict, with a reason: rejected; the invitation to submit a new request is not a request for more information on this one",
    items={MT[0]: "rejected"},
)

# ================================================================= Reddit
case(
    name="reddit-receipt-and-removed",
    **{"from": "safety-noreply@reddit.com"}, name_from="Reddit Safety",
    date=d("2024-09-17 05:20", -7), reply_to_req="req-240916-02",
    subject="Re: [KCSC-240916-02] Request to remove illegal content [ticket #4471290]",
    body=f"""Hi there,

Thanks for your report; we've received it (ticket #4471290).

After reviewing, we have removed the post at
{RD[0]}
for violating Reddit's Content Policy. We are still looking at the second
link in your request.

If you have further concerns, reply to this email.

- Reddit Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit safety ticket reply mixing a receipt line with an outcome",
    why="an acknowledgement phrase plus an unhedged removal is not an acknowledgement; the second post stays pending",
    items={RD[0]: "removed"},
)

case(
    name="reddit-numbered-removed-and-not",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date=d("2024-09-18 01:45", -7), reply_to_req="req-240916-02",
    subject="Re: [KCSC-240916-02] Request to remove illegal content",
    body=f"""Hello,

Thank you for your request. Our findings:

1) {RD[0]} - Removed (Rule 3: non-consensual intimate media)
2) {RD[1]} - Not actioned. After review we found that this post doesn't
   break Reddit's rules.

Content Policy: https://redditinc.com/policies/content-policy

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit admin outcome list (removed under Rule 3 / not actioned)",
    why="numbered list; 'Not actioned ... doesn't break Reddit's rules' is a rejection; the policy link is not an item",
    items={RD[0]: "removed", RD[1]: "rejected"},
)

# ================================================================ Discord
case(
    name="discord-removed-with-boilerplate",
    **{"from": "trust-safety@discord.com"}, name_from="Discord Trust & Safety",
    date=d("2024-09-18 08:10", -7), reply_to_req="req-240917-01",
    subject="Re: [KCSC-240917-01] Request to remove illegal content",
    body=f"""Hello,

Thank you for reaching out to Discord Trust & Safety.

We've reviewed the message you reported
({DC[0]}) and removed it for violating our Community Guidelines. We have
also taken action against the account responsible.

Actions we take may include warnings, removal of content, and temporary or
permanent account bans; for privacy reasons we can't share the details of
the action taken on an account.

Learn more: https://discord.com/safety/360044103651-reporting-abusive-behavior-to-discord

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety report outcome with its 'actions we take may include' boilerplate",
    why="the item is removed; the general 'may include' boilerplate sentence does not hedge the statement about the message",
    items={DC[0]: "removed"},
)

# ------------------------------------------------------------ sequences
SEQ = {
    "tiktok-restricted-then-removed": [
        dict(**{"from": "legal-support@tiktok.com"}, name_from="TikTok Trust and Safety",
             date=d("2024-09-14 12:00"), reply_to_req="req-240913-01",
             subject="Re: [KCSC-240913-01] Request to remove illegal content",
             body=f"""Hello,

We have restricted the video {TT[2]} in South Korea, as it violates local law.

TikTok Trust and Safety
"""),
        dict(**{"from": "legal-support@tiktok.com"}, name_from="TikTok Trust and Safety",
             date=d("2024-09-16 18:30"), reply_to_req="req-240913-01",
             subject="Re: [KCSC-240913-01] Request to remove illegal content",
             body=f"""Hello,

Following further review, the video {TT[2]} has now been removed globally
for violating our Community Guidelines.

TikTok Trust and Safety
"""),
    ],
}

HEADER = """# Blind set 52 (issue 11): written from public notice styles without reading
# the reader; expected results from each email's meaning, before any run.
# Generated by make.py - do not edit by hand."""


def ew(s):
    """RFC 2047 encoded word for non-ASCII display names and subjects, as Korean mailers send them."""
    if s.isascii():
        return s
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


def main():
    write_requests()
    for c in CASES + [p for parts in SEQ.values() for p in parts]:
        for k in ("name_from", "subject"):
            if k in c:
                c[k] = ew(c[k])
    single = [c for c in CASES if not c.get("files_multi")]
    corpuslib.write_set(HERE, "blind52", HEADER, single)
    # multi-file cases: written here, appended to expected.toml
    extra = []
    n = len(single)
    for c in CASES:
        if not c.get("files_multi"):
            continue
        files = []
        for i, part in enumerate(SEQ[c["name"]], 1):
            part = dict(part, name=f"{c['name']}-{i}", set="blind52")
            rel = f"cases/{part['name']}.eml"
            with open(os.path.join(HERE, rel), "w", encoding="utf-8", newline="\n") as f:
                f.write(corpuslib.render(part, n))
            n += 1
            files.append(rel)
        t = corpuslib.toml_str
        extra += ["[[case]]", f"name = {t(c['name'])}",
                  "files = [" + ", ".join(t(f) for f in files) + "]",
                  f"outcome = {t(c['outcome'])}"]
        if c.get("classification"):
            extra.append(f"classification = {t(c['classification'])}")
        if c.get("review"):
            extra.append(f"review = {t(c['review'])}")
        extra += [f"imitates = {t(c['imitates'])}", f"why = {t(c['why'])}", "[case.items]"]
        extra += [f"{t(u)} = {t(s)}" for u, s in c["items"].items()]
        extra.append("")
    with open(os.path.join(HERE, "expected.toml"), "a", encoding="utf-8", newline="\n") as f:
        f.write("\n" + "\n".join(extra))


if __name__ == "__main__":
    main()
