#!/usr/bin/env python3
"""Fifth BLIND corpus set (issue 11): a general mix as a regulator meets it.

    python3 tests/corpus/blind5/make.py

Writes requests.csv, config.toml, cases/*.eml and expected.toml from the case
list below. Expected results were written from each email's meaning, before
the reader was ever run on this set. Deterministic: no clocks, no randomness
(MIME boundaries and zip timestamps are fixed).
"""
import base64
import io
import os
import quopri
import sys
import zipfile
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "tiktok.com": "TikTok",
    "kakaocorp.com": "Kakao",
    "daum.net": "Daum",
    "fb.com": "Meta",
    "instagram.com": "Instagram",
    "reddit.com": "Reddit",
    "discord.com": "Discord",
})

# ---------------------------------------------------------------- requests
KO_HANDLE = "가짜채널_모음"
KO_TISTORY = "가짜-제목-모음"
Y = {
    1: "https://www.youtube.com/watch?v=Qm3xT7pLr2a",
    2: "https://www.youtube.com/watch?v=Wd8kN4sHv0b",
    3: "https://www.youtube.com/watch?v=Xe5jR9cTq1c",
    4: "https://www.youtube.com/watch?v=Lp2gH6vBn3d",
    5: "https://www.youtube.com/watch?v=Zt7yU1mKo4e",
    6: "https://www.youtube.com/watch?v=Rc9wE3aFs5f",
    7: "https://www.youtube.com/watch?v=Nb4qP8dJi6g",
    8: "https://www.youtube.com/watch?v=Hs6fT2lWx7h",
    9: "https://www.youtube.com/watch?v=Jk1vM5zQe8i",
    10: "https://www.youtube.com/watch?v=Vy3nC7rGu9j",
    11: "https://www.youtube.com/shorts/Fa0bD4eHk2k",
    12: "https://www.youtube.com/shorts/Gc2dF6gJm3L",
    # stored percent-encoded; emails write the raw Korean handle
    13: "https://www.youtube.com/@" + quote(KO_HANDLE),
    14: "https://www.youtube.com/@fakeclips_kr",
}
Y13_RAW = "https://www.youtube.com/@" + KO_HANDLE
N = {
    1: "https://blog.naver.com/fake_writer01/223500000001",
    2: "https://blog.naver.com/fake_writer01/223500000002",
    3: "https://cafe.naver.com/fakecafe2024/5531",
}
T = {
    1: "https://www.tiktok.com/@dalbit_fake01/video/7412000000000000101",
    2: "https://www.tiktok.com/@dalbit_fake01/video/7412000000000000102",
    3: "https://www.tiktok.com/@mint_wave_kr/video/7412000000000000203",
    4: "https://www.tiktok.com/@mint_wave_kr/video/7412000000000000204",
    5: "https://www.tiktok.com/@night_owl_x/video/7412000000000000305",
}
K = {
    1: "https://cafe.daum.net/fakecafe77/Abc1/123",
    2: "https://cafe.daum.net/fakecafe77/Abc1/124",
    3: "https://fakeblog-one.tistory.com/58",
    # stored raw; one email writes it percent-encoded
    4: "https://fakeblog-two.tistory.com/entry/" + KO_TISTORY,
}
K4_PCT = "https://fakeblog-two.tistory.com/entry/" + quote(KO_TISTORY)
M = {
    1: "https://www.instagram.com/p/C_fAkE0001a/",
    2: "https://www.instagram.com/reel/C_fAkE0002b/",
    3: "https://www.facebook.com/groups/1029384756/posts/5647382910/",
}
R = {
    1: "https://www.reddit.com/r/fakesub_kr/comments/1fb0aa1/free_stuff_here/",
    2: "https://www.reddit.com/r/fakesub_kr/comments/1fb0bb2/new_links_daily/",
}
D = {1: "https://discord.com/channels/1100000000000000001/1100000000000000002/1283000000000000003"}

REQUESTS = [
    # ref, platform, sent, due, items, category
    ("KCSC-240909-01", "youtube", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", Y, "obscene"),
    ("KCSC-240910-01", "naver", "2024-09-10T14:00:00+09:00", "2024-09-17T18:00:00+09:00", N, "gambling"),
    ("KCSC-240911-01", "tiktok", "2024-09-11T11:00:00+09:00", "2024-09-18T18:00:00+09:00", T, "drugs"),
    ("KCSC-240912-01", "kakao", "2024-09-12T09:30:00+09:00", "2024-09-19T18:00:00+09:00", K, "obscene"),
    ("KCSC-240913-01", "meta", "2024-09-13T16:00:00+09:00", "2024-09-20T18:00:00+09:00", M, "gambling"),
    ("KCSC-240916-01", "reddit", "2024-09-16T10:00:00+09:00", "2024-09-23T18:00:00+09:00", R, "obscene"),
    ("KCSC-240917-01", "discord", "2024-09-17T15:00:00+09:00", "2024-09-24T18:00:00+09:00", D, "drugs"),
]


def msgid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, items, cat in REQUESTS:
        for i in sorted(items):
            lines.append(f"{ref},{plat},{sent},{due},{items[i]},{cat},<{msgid(ref)}@kcsc.example>,")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


CONFIG_EXTRA = '''
# blind5: platforms added for this set (senders are the platforms' real mail domains)
[[platforms]]
id = "tiktok"
name = "TikTok"
senders = ["tiktok.com"]
reminder_to = ["legal-kr@tiktok.com"]

[[platforms]]
id = "kakao"
name = "Kakao"
senders = ["kakaocorp.com", "daum.net", "kakao.com"]
reminder_to = ["policy@kakaocorp.com"]

[[platforms]]
id = "meta"
name = "Meta"
senders = ["fb.com", "meta.com", "instagram.com", "facebookmail.com"]
reminder_to = ["lawenforcement-kr@fb.com"]

[[platforms]]
id = "reddit"
name = "Reddit"
senders = ["reddit.com", "redditmail.com"]
reminder_to = ["legal@reddit.com"]

[[platforms]]
id = "discord"
name = "Discord"
senders = ["discord.com"]
reminder_to = ["legal@discord.com"]
'''


def write_config():
    with open(os.path.join(os.path.dirname(HERE), "config.toml"), encoding="utf-8") as f:
        base = f.read()
    with open(os.path.join(HERE, "config.toml"), "w", encoding="utf-8", newline="\n") as f:
        f.write(base.rstrip("\n") + "\n" + CONFIG_EXTRA)


# ---------------------------------------------------------------- helpers
def our_request(ref, items, prefix="> ", korean=False):
    """Our own request, as the platform's mail client quotes it."""
    if korean:
        body = [f"[방송통신심의위원회] 시정요구 ({ref})", "",
                "아래 정보는 심의 결과 불법정보로 의결되어 삭제 또는 접속차단을 요청드립니다.", ""]
    else:
        body = [f"Subject: Removal request {ref}", "",
                "Dear Trust & Safety team,",
                "The Korea Communications Standards Commission asks you to remove or block",
                "the following content, found illegal under Korean law:", ""]
    for i in sorted(items):
        body.append(f"{i}. {items[i]}")
    body += ["", "Please reply to this email with the result for each URL." if not korean
             else "각 URL별 조치 결과를 회신하여 주시기 바랍니다.",
             "KCSC Takedown Desk"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in body)


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def alt(text, html, boundary, html_qp=False, text_qp=False):
    tenc = "quoted-printable" if text_qp else "8bit"
    henc = "quoted-printable" if html_qp else "8bit"
    t = qp(text) if text_qp else text.strip("\n")
    h = qp(html) if html_qp else html.strip("\n")
    return (f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
            f"--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: {tenc}\n\n{t}\n"
            f"--{boundary}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: {henc}\n\n{h}\n"
            f"--{boundary}--\n")


def mixed(text, attachments, boundary):
    parts = [f'Content-Type: multipart/mixed; boundary="{boundary}"\n',
             f"--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{text.strip()}\n"]
    for ctype, fname, data in attachments:
        parts.append(f"--{boundary}\nContent-Type: {ctype}; name=\"{fname}\"\n"
                     f"Content-Disposition: attachment; filename=\"{fname}\"\n"
                     f"Content-Transfer-Encoding: base64\n\n{b64(data)}\n")
    parts.append(f"--{boundary}--\n")
    return "\n".join(parts)


def xlsx(rows):
    """A minimal, deterministic XLSX (inline strings, fixed zip timestamps)."""
    def cell(r, c, v):
        ref = "ABCDEFGH"[c] + str(r + 1)
        v = v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>'
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             + "".join(f'<row r="{r + 1}">' + "".join(cell(r, c, v) for c, v in enumerate(row)) + "</row>"
                       for r, row in enumerate(rows))
             + "</sheetData></worksheet>")
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="조치결과" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": sheet,
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2024, 9, 13, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


GOOGLE_FOOTER = """Google LLC | 1600 Amphitheatre Parkway | Mountain View, CA 94043
You received this mandatory email service announcement to update you about
a legal request concerning content on YouTube.
Legal Help Center: https://support.google.com/legal/answer/3110420
Transparency Report: https://transparencyreport.google.com/government-removals/overview"""

TIKTOK_FOOTER = """Thank you,
TikTok Trust and Safety Team

Community Guidelines: https://www.tiktok.com/community-guidelines
Law enforcement and government requests: https://www.tiktok.com/legal/page/global/law-enforcement
TikTok Pte. Ltd., 1 Raffles Quay, #26-10, South Tower, Singapore 048583
This mailbox is monitored for legal requests only."""

KAKAO_FOOTER = """-----------------------------------------------------------
카카오 고객센터 | https://cs.kakao.com
권리침해 신고 안내: https://cs.kakao.com/helps?service=8
주식회사 카카오 | 제주특별자치도 제주시 첨단로 242
본 메일은 발신 전용이 아니며, 회신 시 접수번호를 유지해 주세요."""

NAVER_FOOTER = """NAVER 정책지원팀
게시중단 요청 서비스: https://right.naver.com
네이버 고객센터: https://help.naver.com
경기도 성남시 분당구 정자일로 95, NAVER 1784 | 네이버(주)"""

META_FOOTER = """Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025
Instagram Community Guidelines: https://help.instagram.com/477434105621119
Transparency Center: https://transparency.meta.com/
To help keep your account secure, please don't forward this email."""

REDDIT_FOOTER = """- Reddit Safety
Reddit Content Policy: https://www.redditinc.com/policies/content-policy
Help Center: https://support.reddithelp.com/hc/en-us
Reddit, Inc. | 303 2nd Street, South Tower, 5th Floor | San Francisco, CA 94107"""

DISCORD_FOOTER = """Discord Trust & Safety
Community Guidelines: https://discord.com/guidelines
Safety Center: https://discord.com/safety
Sent by Discord • 444 De Haro Street, Suite 200, San Francisco, CA 94107"""

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ YouTube (KCSC-240909-01, 14 items)
case(
    name="yt-legal-blocked-kr-gmail-thread",
    date="Tue, 10 Sep 2024 08:41:17 -0700",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    subject="Re: Removal request KCSC-240909-01 [3-1782201993001]",
    reply_to_req="req-240909-01",
    body=f"""Hello,

Thanks for reaching out to us.

In response to your request, we have blocked the following URLs from view on
YouTube in South Korea, as they appear to violate local law:

{Y[1]}
{Y[2]}

In addition, the video below was removed globally under our Community
Guidelines:

{Y[3]}

We are still reviewing the remaining URLs of your notice.

Regards,
The YouTube Legal Team

{GOOGLE_FOOTER}

On Mon, Sep 9, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{our_request("KCSC-240909-01", Y)}
""",
    outcome="applied", classification="confirmation",
    imitates="Google/YouTube legal-removal outcome email ('we have blocked the following URLs from view on YouTube in <country>' / removed under Community Guidelines), top-posted over a Gmail 'On ... wrote:' quote",
    why="two videos blocked in Korea (restricted), one removed globally; 'still reviewing the remaining' leaves the 11 others pending; our quoted list of all 14 never counts",
    items={Y[1]: "restricted", Y[2]: "restricted", Y[3]: "removed"},
)

case(
    name="yt-status-below-bare-url",
    date="Wed, 11 Sep 2024 02:15:40 +0000",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    subject="[3-1782201993001] KCSC-240909-01 - outcome of review",
    reply_to_req="req-240909-01",
    body=f"""Hi KCSC team,

Below is the outcome for further URLs of your notice KCSC-240909-01.

{Y[4]}
Removed - violation of our policy on nudity and sexual content

{Y[5]}
Video taken down for violating YouTube Community Guidelines

{Y[6]}
No action taken. After review we did not find this content to violate our
policies or local law, so it remains available.

For the policies referenced above, see
https://support.google.com/youtube/answer/2802002

Case ID: 3-1782201993001

{GOOGLE_FOOTER}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal team per-URL outcome list (Lumen-published YouTube responses: URL, then the decision on the following line)",
    why="status on the line(s) right below each bare URL; the policy help link below is not an item",
    items={Y[4]: "removed", Y[5]: "removed", Y[6]: "rejected"},
)

case(
    name="yt-channel-terminated",
    date="Wed, 11 Sep 2024 19:03:22 -0700",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    subject="Update on your report - KCSC-240909-01",
    reply_to_req="req-240909-01",
    body=f"""Hi KCSC Takedown,

Thanks for helping keep the YouTube community safe.

We reviewed the channel you reported, {Y[14]} , and terminated it
for severe or repeated violations of our Community Guidelines. The channel
and its videos are no longer available on YouTube.

Learn more about channel terminations:
https://support.google.com/youtube/answer/2802168

- The YouTube Team

Help Center: https://support.google.com/youtube
©2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'Update on your report' notification to reporters (channel terminated for Community Guidelines violations)",
    why="a per-channel statement about a requested channel URL: the terminated channel is removed; the videos of the request are not linked to it and stay pending",
    items={Y[14]: "removed"},
)

case(
    name="yt-korean-channel-raw-handle",
    date="Thu, 12 Sep 2024 11:20:05 +0900",
    **{"from": "legal-kr@google.com"}, name_from="구글코리아 법무지원",
    subject="RE: [KCSC-240909-01] 시정요구 처리 결과 회신",
    reply_to_req="req-240909-01",
    body=f"""안녕하세요, 구글코리아 법무지원팀입니다.

방송통신심의위원회의 시정요구(KCSC-240909-01)에 대한 처리 결과를 아래와 같이 알려드립니다.

1) 채널({Y13_RAW})은 YouTube 커뮤니티 가이드라인 위반으로 삭제(해지)되었습니다.
2) {Y[11]} 영상은 대한민국 법률에 따라 한국 내에서 접근이 제한되었습니다.
3) {Y[12]} 영상은 검토 결과 정책 및 현지 법률 위반 사항이 확인되지 않아 별도의 조치를 취하지 않았습니다.

추가 문의 사항이 있으시면 본 메일로 회신 부탁드립니다.
감사합니다.

Google LLC 법무지원팀 드림
법률 지원 센터: https://support.google.com/legal?hl=ko
""",
    outcome="applied", classification="confirmation",
    imitates="Google Korea legal-support reply to a KCSC 시정요구 (numbered Korean results: 채널 삭제(해지) / 한국 내 접근 제한 / 위반 사항 미확인으로 조치하지 않음)",
    why="raw Korean handle inside parentheses followed by 은 matches the percent-encoded item; 접근이 제한 is restricted; 위반 사항이 확인되지 않아 조치하지 않음 is rejected",
    items={Y[13]: "removed", Y[11]: "restricted", Y[12]: "rejected"},
)

case(
    name="yt-html-table-multipart",
    date="Fri, 13 Sep 2024 01:12:44 +0000",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    subject="Re: Removal request KCSC-240909-01 [3-1782201993001] - further results",
    reply_to_req="req-240909-01",
    raw_mime=alt(
        f"""Hello,

Please find the results for three more URLs of your request below.

URL | Action
{Y[7]} | Age-restricted
{Y[8]} | Removed for violating Community Guidelines
{Y[9]} | Not found - the video ID is invalid or the video was already deleted by the uploader

Regards,
YouTube Legal Support
{GOOGLE_FOOTER}
""",
        f"""<html><body><p>Hello,</p>
<p>Please find the results for three more URLs of your request below.</p>
<table border="1" cellpadding="4"><tr><th>URL</th><th>Action</th></tr>
<tr><td><a href="{Y[7]}">{Y[7]}</a></td><td>Age-restricted</td></tr>
<tr><td><a href="{Y[8]}">{Y[8]}</a></td><td>Removed for violating Community Guidelines</td></tr>
<tr><td><a href="{Y[9]}">{Y[9]}</a></td><td>Not found - the video ID is invalid or the video was already deleted by the uploader</td></tr>
</table>
<p>Regards,<br>YouTube Legal Support</p>
<p style="font-size:11px;color:#777">Google LLC | 1600 Amphitheatre Parkway | Mountain View, CA 94043<br>
<a href="https://support.google.com/legal/answer/3110420">Legal Help Center</a></p>
</body></html>""", "b5-yt-alt-0001"),
    outcome="applied", classification="confirmation",
    imitates="Google legal-support result table (URL | Action) in a multipart/alternative reply",
    why="age-restricted is a restriction; 'not found ... already deleted by the uploader' is not_found; text and HTML parts agree",
    items={Y[7]: "restricted", Y[8]: "removed", Y[9]: "not_found"},
)

case(
    name="yt-statement-then-url-below",
    date="Fri, 13 Sep 2024 16:40:10 +0900",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    subject="KCSC-240909-01: two further decisions",
    reply_to_req="req-240909-01",
    body=f"""Hi,

Two further decisions on KCSC-240909-01:

The following video has been age-restricted and can no longer be viewed by
signed-out users or viewers under 18:
{Y[10]}

The following Short has been removed for violating our policy on harmful or
dangerous content:
{Y[12]}

Best,
YouTube Legal Support Team

{GOOGLE_FOOTER}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction / removal notice wording ('has been age-restricted', 'has been removed for violating our ... policy') with the URL on the line below",
    why="statement line ending in ':' with the URL on the next line, twice",
    items={Y[10]: "restricted", Y[12]: "removed"},
)

case(
    name="yt-future-tense-only",
    date="Tue, 10 Sep 2024 20:05:51 -0700",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    subject="Re: Removal request KCSC-240909-01 [3-1782201993001]",
    reply_to_req="req-240909-01",
    body=f"""Hello,

Our team has looked at your notice. We expect that the following video will be
removed once the uploader's appeal window closes, and we will confirm the
final outcome to you at that point:

{Y[10]}

We may also need to restrict {Y[8]} in South Korea, depending on the result
of our legal assessment.

Regards,
The YouTube Legal Team

{GOOGLE_FOOTER}
""",
    outcome="review", review="not_understood",
    imitates="Google legal-support interim reply (expected action after an appeal window, 'we will confirm the final outcome')",
    why="only future and conditional statements ('will be removed once ...', 'may also need to restrict'): nothing was done yet, so nothing applies, but a trusted email naming two items must not be ignored",
    items={},
)

case(
    name="yt-out-of-office",
    date="Sun, 8 Sep 2024 18:02:11 -0700",
    **{"from": "jhpark-legal@google.com"}, name_from="Jihoon Park",
    subject="Automatic reply: Removal request KCSC-240909-01",
    reply_to_req="req-240909-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""I am out of the office until Monday, September 23, with limited access to
email. For urgent legal removal requests concerning YouTube, please use the
webform at https://support.google.com/legal/answer/3110420 and your request
will be handled by the on-call team.

Thank you,
Jihoon Park | Legal Specialist, Google Korea
""",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail/Workspace out-of-office auto-reply ('I am out of the office until ... For urgent ... please use the webform')",
    why="an out-of-office auto-reply says nothing about items",
    items={},
)

case(
    name="yt-ticket-receipt-quoting-list",
    date="Sun, 8 Sep 2024 18:00:30 -0700",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    subject="[3-1782201993001] We received your request",
    reply_to_req="req-240909-01",
    body=f"""Hello,

Thank you for contacting Google. We have received your legal request and a
case has been created with the ID 3-1782201993001. Our team will review it and
get back to you. Please keep the case ID in the subject line of any reply.

Please do not reply to this message with additional URLs; submit them through
the webform instead.

-------- Your submission --------
{our_request("KCSC-240909-01", Y)}

{GOOGLE_FOOTER}
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal webform receipt ('We have received your legal request ... case ID 3-...') with the submission echoed below",
    why="a pure receipt; the URLs appear only in the quoted submission",
    items={},
)

case(
    name="yt-items-by-position-only",
    date="Sat, 14 Sep 2024 03:30:00 +0000",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    subject="Re: KCSC-240909-01",
    reply_to_req="req-240909-01",
    body="""Hi,

Regarding your request KCSC-240909-01: items 3 to 5 of your list have been
removed, and item 9 could not be found on YouTube.

Kind regards,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="short legal-team reply referring to items by their position in the regulator's list",
    why="no URL at all, items named only by position; mapping positions to URLs is a clerk's job (our list order is not part of the email), so review, nothing applied",
    items={},
)

case(
    name="yt-vague-appropriate-action",
    date="Sat, 14 Sep 2024 09:12:30 +0900",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    subject="KCSC-240909-01 - update",
    reply_to_req="req-240909-01",
    body=f"""Hello,

Regarding the URLs below, appropriate action was taken where required under
applicable law and our policies.

- {Y[4]}
- {Y[5]}

Thank you for your patience.
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="boilerplate legal-team update ('appropriate action was taken where required under applicable law')",
    why="'appropriate action ... where required' does not say what happened to either video (removed? restricted? nothing?)",
    items={},
)

case(
    name="yt-spoof-gmail-sender",
    date="Sun, 15 Sep 2024 13:45:09 +0900",
    **{"from": "youtube.legal.korea@gmail.com"}, name_from="YouTube Legal Team",
    subject="Re: Removal request KCSC-240909-01",
    reply_to_req="req-240909-01",
    body=f"""Dear KCSC,

We confirm that the following videos have been removed from YouTube:
{Y[1]}
{Y[2]}
{Y[3]}

YouTube Legal Team
""",
    outcome="review", review="unknown_sender",
    imitates="impersonation of a platform legal team from a free-mail address (phishing-style 'we confirm removal' reply)",
    why="DMARC passes for gmail.com, which is no platform's sender domain: claims about our items go to review, nothing applies",
    items={},
)

case(
    name="yt-base64-bilingual",
    date="Mon, 16 Sep 2024 10:05:00 +0900",
    **{"from": "legal-kr@google.com"}, name_from="구글코리아 법무지원",
    subject="=?UTF-8?B?KEtDU0MtMjQwOTA5LTAxKSDsspjrpqwg6rKw6rO8?=",
    reply_to_req="req-240909-01",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(f"""안녕하세요. / Hello,

KCSC-240909-01 건 중 아래 영상의 처리 결과입니다.
Results for the following videos of KCSC-240909-01:

{Y[5]}
 - 삭제 완료 (Removed)
{Y[6]}
 - 한국 내 접근 차단 (Blocked in South Korea)

감사합니다. / Thank you.
Google 법무지원팀 / Google Legal Support
"""),
    outcome="applied", classification="confirmation",
    imitates="Google Korea bilingual result notice (Korean with English in parentheses), base64-encoded body",
    why="base64 body; per-URL status on the line below in Korean and English",
    items={Y[5]: "removed", Y[6]: "restricted"},
)

# ================================================================ NAVER (KCSC-240910-01, 3 items)
case(
    name="naver-blind-and-operator-deleted",
    date="Wed, 11 Sep 2024 15:20:00 +0900",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    subject="[NAVER] 시정요구(KCSC-240910-01) 조치 결과 안내",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

귀 위원회에서 요청하신 시정요구(KCSC-240910-01)에 대하여 아래와 같이 조치하였음을 알려드립니다.

■ 블로그
- {N[1]}은 블라인드 처리되었습니다.
- {N[2]} 게시물 역시 블라인드 처리 완료하였습니다.

■ 카페
- {N[3]} 게시글은 카페 운영자에 의해 삭제되었습니다.

네이버는 앞으로도 건전한 인터넷 환경 조성을 위해 노력하겠습니다.
감사합니다.

{NAVER_FOOTER}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단/시정요구 조치 결과 안내 (■-headed sections, 블라인드 처리, 카페 운영자에 의해 삭제)",
    why="블라인드 and deletion by the cafe operator are removals; the first URL is followed directly by the particle 은",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed"},
)

case(
    name="naver-under-review-future",
    date="Wed, 11 Sep 2024 10:02:00 +0900",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    subject="RE: [KCSC-240910-01] 시정요구 관련 회신",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청하신 {N[1]} 및 {N[2]} 게시물은 현재 내부 검토 중이며,
검토가 끝나는 대로 임시조치 또는 삭제 등 필요한 조치를 할 예정입니다.
처리 결과는 완료 후 별도로 안내드리겠습니다.

감사합니다.

{NAVER_FOOTER}
""",
    outcome="review", review="not_understood",
    imitates="NAVER interim reply ('현재 검토 중이며 ... 조치할 예정입니다')",
    why="under review and a future measure: nothing is done yet; names two items, so it must be seen (review), not ignored",
    items={},
)

case(
    name="naver-outlook-thread-two-levels",
    date="Thu, 12 Sep 2024 17:45:00 +0900",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    subject="RE: RE: [KCSC-240910-01] 시정요구 조치 결과 안내",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요.

추가로 확인된 {N[2]} 게시물은 오늘 삭제 조치를 완료하였습니다.
나머지 건은 이전 회신 내용을 참고 부탁드립니다.

감사합니다.
네이버 정책지원팀 드림

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: <policy@navercorp.com>
Sent: 2024-09-12 (목) 09:10:00 (GMT+09:00)
Subject: RE: [KCSC-240910-01] 시정요구 조치 결과 안내

아래 회신 감사합니다. {N[2]} 건의 처리 결과도 알려주시기 바랍니다.

-----Original Message-----
From: "네이버 정책지원"<policy@navercorp.com>
Sent: 2024-09-11 (수) 15:20:00 (GMT+09:00)
Subject: [KCSC-240910-01] 시정요구 조치 결과 안내

{N[1]} 게시물은 임시조치(30일) 되었습니다.
{N[3]} 게시글은 삭제 완료되었습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER reply in a Korean Outlook thread with two '-----Original Message-----' levels (our follow-up and NAVER's earlier answer)",
    why="only the top text counts: N2 removed; the earlier answers about N1 and N3 are quoted and must not apply here",
    items={N[2]: "removed"},
)

case(
    name="naver-one-line-notice",
    date="Fri, 13 Sep 2024 09:00:12 +0900",
    **{"from": "noreply@naver.com"}, name_from="NAVER 게시중단요청서비스",
    subject="[게시중단요청서비스] 처리 결과 알림",
    reply_to_req="req-240910-01",
    body=f"""{N[3]} 게시중단 처리되었습니다.

※ 본 메일은 발신 전용입니다. 문의는 https://right.naver.com 을 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 SMS/email notice (one URL and one sentence: 게시중단 처리되었습니다)",
    why="a notice that is only a URL and one sentence; 게시중단 is a removal",
    items={N[3]: "removed"},
)

case(
    name="naver-auto-reply-korean",
    date="Tue, 10 Sep 2024 14:00:40 +0900",
    **{"from": "sy.kim@navercorp.com"}, name_from="김서윤",
    subject="[자동응답] 부재중입니다: [KCSC-240910-01] 시정요구",
    reply_to_req="req-240910-01",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요, 김서윤입니다.
9월 10일(화)부터 9월 18일(수)까지 추석 연휴 및 휴가로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 연락 부탁드립니다.
감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean Outlook/Works 부재중 자동응답 ([자동응답] subject, 추석 연휴)",
    why="Korean out-of-office auto-reply; nothing about items",
    items={},
)

case(
    name="naver-forwarded-by-staff",
    date="Fri, 13 Sep 2024 11:30:00 +0900",
    **{"from": "hj.lee@kcsc.example"}, name_from="이현주",
    subject="FW: [NAVER] 시정요구(KCSC-240910-01) 조치 결과 안내",
    body=f"""팀장님, 네이버 회신 전달드립니다. 확인 부탁드립니다.

---------- Forwarded message ---------
From: 네이버 정책지원 <policy@navercorp.com>
Date: 2024년 9월 13일 (금) 오전 10:58
Subject: [NAVER] 시정요구(KCSC-240910-01) 조치 결과 안내
To: 이현주 <hj.lee@kcsc.example>

안녕하세요. 네이버 정책지원팀입니다.
{N[1]} 게시물은 삭제 조치 완료되었습니다.
{N[3]} 게시글은 블라인드 처리되었습니다.
""",
    outcome="review", review="forwarded",
    imitates="Gmail '---------- Forwarded message ---------' inline forward by a staff member of a NAVER result notice",
    why="the platform's words arrive through a colleague's forward, whose authentication proves nothing about NAVER: review (forwarded), nothing applied",
    items={},
)

# ================================================================ TikTok (KCSC-240911-01, 5 items)
case(
    name="tiktok-reported-content-echo",
    date="Thu, 12 Sep 2024 06:14:09 +0000",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    subject="TikTok: update on your report (Ref. KCSC-240911-01)",
    reply_to_req="req-240911-01",
    body=f"""Hi KCSC,

Thanks for your report. We reviewed the reported content and removed it for
violating our Community Guidelines on illegal activities and regulated goods.

Reported content:
  {T[1]}
  {T[2]}
Report reason: Illegal activities and regulated goods
Report date: Sep 11, 2024

We appreciate your help in keeping TikTok safe.

{TIKTOK_FOOTER}
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok in-app/email report outcome ('We reviewed the reported content and removed it ...' followed by the echoed report)",
    why="a statement about 'the reported content' followed by the echoed report that lists two videos",
    items={T[1]: "removed", T[2]: "removed"},
)

case(
    name="tiktok-bulleted-status-below",
    date="Thu, 12 Sep 2024 22:40:00 +0000",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    subject="RE: KCSC-240911-01 - TikTok response [Ticket #TT-88231907]",
    reply_to_req="req-240911-01",
    body=f"""Dear KCSC,

Thank you for your notice. Having reviewed it against our Community Guidelines
and local law, our decisions are as follows:

* {T[3]}
  Action: Restricted in South Korea (local law)
* {T[4]}
  Action: Made unavailable in your region
* {T[5]}
  Action: No violation found - the video remains available

You can read how we handle government requests in our Government Removal
Requests Report: https://www.tiktok.com/transparency/en/government-removal-requests

{TIKTOK_FOOTER}
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal response to a government request (bulleted URLs, 'Action:' on the line below; geo-restriction under local law)",
    why="bulleted list with the status on the next line; 'made unavailable in your region' is a restriction, not a removal",
    items={T[3]: "restricted", T[4]: "restricted", T[5]: "rejected"},
)

case(
    name="tiktok-csv-attachment",
    date="Fri, 13 Sep 2024 03:00:00 +0000",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    subject="KCSC-240911-01 results [Ticket #TT-88231907]",
    reply_to_req="req-240911-01",
    raw_mime=mixed(f"""Dear KCSC,

Please see the attached file for the outcome of your request KCSC-240911-01.

{TIKTOK_FOOTER}
""", [("text/csv", "KCSC-240911-01_results.csv",
       "url,action_taken,policy\r\n"
       f"{T[1]},Removed,Illegal activities and regulated goods\r\n"
       f"{T[2]},Removed (account banned),Illegal activities and regulated goods\r\n"
       f"{T[3]},No violation,-\r\n"
       f"{T[5]},Content not found,-\r\n")], "b5-tt-mixed-0001"),
    outcome="applied", classification="confirmation",
    imitates="TikTok legal team CSV export of request outcomes (url, action_taken, policy)",
    why="statuses only in a CSV attachment; the fourth video is not in the file and stays pending",
    items={T[1]: "removed", T[2]: "removed", T[3]: "rejected", T[5]: "not_found"},
)

case(
    name="tiktok-lookalike-domain",
    date="Fri, 13 Sep 2024 08:30:00 +0000",
    **{"from": "legal@tiktok-safety-center.com"}, name_from="TikTok Trust and Safety",
    subject="RE: KCSC-240911-01 - TikTok response",
    reply_to_req="req-240911-01",
    body=f"""Dear KCSC,

All reported videos have been removed:
{T[1]}
{T[2]}
{T[3]}

{TIKTOK_FOOTER}
""",
    outcome="review", review="unknown_sender",
    imitates="look-alike platform domain sending a perfect TikTok-style confirmation",
    why="tiktok-safety-center.com passes DMARC for itself but is not a TikTok sender domain",
    items={},
)

case(
    name="tiktok-partial-under-review",
    date="Sat, 14 Sep 2024 01:05:00 +0000",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    subject="RE: KCSC-240911-01 [Ticket #TT-88231907]",
    reply_to_req="req-240911-01",
    body=f"""Hi,

Quick update on KCSC-240911-01.

{T[1]} has been removed for violating our Community Guidelines.

{T[2]} and {T[3]} are still under review by our local legal team; we will
update you as soon as we reach a decision.

{TIKTOK_FOOTER}

> On 11 Sep 2024, at 11:00, KCSC Takedown <takedown@kcsc.example> wrote:
{our_request("KCSC-240911-01", T)}
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal partial update (one removal, others 'still under review') with an Apple Mail style quote",
    why="a partial answer: only the first video changes; 'still under review' leaves the others pending",
    items={T[1]: "removed"},
)

case(
    name="tiktok-bulk-all-removed",
    date="Sat, 14 Sep 2024 05:00:00 +0000",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    subject="RE: KCSC-240911-01 closed [Ticket #TT-88231907]",
    reply_to_req="req-240911-01",
    body=f"""Hello,

We have removed all 5 videos listed in your request KCSC-240911-01 and banned
the accounts that posted them. This ticket is now closed.

{TIKTOK_FOOTER}
""",
    outcome="review", review="bulk",
    imitates="TikTok ticket-closing note with a count instead of an item list",
    why="'all 5 videos' without a list is a bulk claim (bulk_confirmations = review)",
    items={},
)

case(
    name="tiktok-uploader-writes-in",
    date="Sat, 14 Sep 2024 21:17:00 +0900",
    **{"from": "nightowl.x.kr@gmail.com"}, name_from="night owl",
    subject="Re: 제 틱톡 영상 관련",
    body=f"""안녕하세요 틱톡에서 신고 알림 받고 연락드립니다.
{T[5]} 영상은 제가 직접 삭제했습니다. 다시는 안 올리겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="uploader's own email to the regulator after a TikTok report notification ('제가 직접 삭제했습니다')",
    why="a private person (gmail.com) claims a requested video was deleted: never a status from a non-platform, but it must be seen",
    items={},
)

# ================================================================ Kakao / Daum (KCSC-240912-01, 4 items)
case(
    name="kakao-imsijochi-and-author-deleted",
    date="Fri, 13 Sep 2024 10:20:00 +0900",
    **{"from": "policy@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    subject="[카카오] 시정요구(KCSC-240912-01) 처리 결과 안내 (접수번호 2024091200417)",
    reply_to_req="req-240912-01",
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

요청하신 게시물에 대하여 정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2에 따라
30일간 임시조치하였음을 알려드립니다.

[임시조치 게시물]
{K[1]}
{K[2]}

또한 {K[3]} 게시물은 확인 결과 작성자에 의해 이미 삭제된 게시물입니다.

{KAKAO_FOOTER}
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 권리침해 신고 처리 결과 메일 (정보통신망법 제44조의2 임시조치 30일; 작성자에 의해 이미 삭제된 게시물)",
    why="임시조치 under Art. 44-2 is a restriction; 'already deleted by its author' is not_found; the fourth post stays pending",
    items={K[1]: "restricted", K[2]: "restricted", K[3]: "not_found"},
)

case(
    name="kakao-kcsc-result-html-table",
    date="Mon, 16 Sep 2024 14:00:00 +0900",
    **{"from": "policy@kakaocorp.com"}, name_from="카카오 정책팀",
    subject="[KCSC-240912-01] 시정요구 조치결과 회신",
    reply_to_req="req-240912-01",
    type="html",
    body=f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>귀 위원회의 시정요구(KCSC-240912-01)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일시</th></tr>
<tr><td>1</td><td>{K[1]}</td><td>삭제</td><td>2024-09-13 15:10</td></tr>
<tr><td>2</td><td>{K[2]}</td><td>게시중단</td><td>2024-09-13 15:12</td></tr>
<tr><td>3</td><td>{K[3]}</td><td>비공개 처리(블로그 이용제한)</td><td>2024-09-14 09:40</td></tr>
<tr><td>4</td><td>{K4_PCT}</td><td>삭제</td><td>2024-09-14 09:41</td></tr>
</table>
<p>감사합니다.<br>주식회사 카카오 정책팀</p>
<p><a href="https://cs.kakao.com/helps?service=8">권리침해 신고 안내</a> | <a href="https://www.kakao.com/policy/oppolicy">운영정책</a></p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="KCSC 시정요구 조치결과 회신 table (번호 | URL | 조치결과 | 조치일시) as Korean portals send it",
    why="삭제, 게시중단 and 비공개 처리 are all removals; the Tistory URL is given percent-encoded while stored raw; policy links are not items",
    items={K[1]: "removed", K[2]: "removed", K[3]: "removed", K[4]: "removed"},
)

case(
    name="kakao-xlsx-attachment",
    date="Tue, 17 Sep 2024 11:00:00 +0900",
    **{"from": "policy@kakaocorp.com"}, name_from="카카오 정책팀",
    subject="[KCSC-240912-01] 조치결과 송부",
    reply_to_req="req-240912-01",
    raw_mime=mixed("""안녕하세요, 카카오 정책팀입니다.
요청하신 시정요구 건의 조치결과를 첨부 파일로 송부드립니다.
감사합니다.
""", [("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "KCSC-240912-01_result.xlsx",
       xlsx([["번호", "URL", "조치결과", "비고"],
             ["1", K[1], "삭제", ""],
             ["2", K[2], "블라인드", "카페 운영자 요청"],
             ["3", K[3], "조치 불가", "위반사항 없음"],
             ["4", K[4], "게시물 없음", "URL 오류 또는 기삭제"]]))], "b5-kk-mixed-0001"),
    outcome="applied", classification="confirmation",
    imitates="Korean portal 조치결과 spreadsheet attachment (번호, URL, 조치결과, 비고)",
    why="statuses only in an XLSX sheet: 삭제/블라인드 removed, 조치 불가 with 위반사항 없음 rejected, 게시물 없음 not_found",
    items={K[1]: "removed", K[2]: "removed", K[3]: "rejected", K[4]: "not_found"},
)

case(
    name="kakao-asks-documents",
    date="Fri, 13 Sep 2024 16:30:00 +0900",
    **{"from": "policy@kakaocorp.com"}, name_from="카카오 정책팀",
    subject="RE: [KCSC-240912-01] 시정요구 관련 자료 요청",
    reply_to_req="req-240912-01",
    body=f"""안녕하세요, 카카오 정책팀입니다.

요청하신 아래 게시물에 대해 조치 여부를 판단하기 위하여 심의 의결서 사본과
위반 근거 법령을 추가로 송부해 주시기 바랍니다. 자료를 받는 대로 검토 후 조치하겠습니다.

- {K[1]}
- {K[2]}

{KAKAO_FOOTER}
""",
    outcome="review", review="asks_more",
    imitates="Korean portal request for supporting documents before acting (의결서 사본 및 근거 법령 송부 요청)",
    why="the platform asks for documents before deciding: asks_more, nothing applied",
    items={},
)

case(
    name="kakao-read-receipt-mdn",
    date="Thu, 12 Sep 2024 09:45:00 +0900",
    **{"from": "policy@kakaocorp.com"}, name_from="카카오 정책팀",
    subject="읽음: [KCSC-240912-01] 시정요구",
    reply_to_req="req-240912-01",
    raw_mime='''Content-Type: multipart/report; report-type=disposition-notification; boundary="b5-mdn-0001"

--b5-mdn-0001
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240912-01] 시정요구"을(를) 2024-09-12 09:45에 수신자가 읽었습니다.

--b5-mdn-0001
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Daum Mail
Final-Recipient: rfc822; policy@kakaocorp.com
Original-Message-ID: <req-240912-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b5-mdn-0001--
''',
    outcome="ignored",
    imitates="Korean webmail read receipt (읽음: subject, multipart/report disposition-notification)",
    why="an MDN read receipt is ignored",
    items={},
)

# ================================================================ Meta (KCSC-240913-01, 3 items)
case(
    name="meta-ig-removed-and-not-removed-qp",
    date="Sat, 14 Sep 2024 02:20:00 +0000",
    **{"from": "support@instagram.com"}, name_from="Instagram",
    subject="Update on your report (Ref. KCSC-240913-01)",
    reply_to_req="req-240913-01",
    raw_mime=alt(f"""Hi KCSC,

We removed the post you reported
{M[1]}
because it goes against our Community Guidelines on regulated goods.

We didn't remove the reel you reported
{M[2]}
because it doesn't go against our Community Guidelines. If you think we got
this wrong, you can request another review in your Support requests.

Learn more: https://help.instagram.com/861685284411197

{META_FOOTER}
""", f"""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hi KCSC,</p>
<p>We removed the post you reported<br><a href="{M[1]}">{M[1]}</a><br>because it goes against our Community Guidelines on regulated goods.</p>
<p>We didn't remove the reel you reported<br><a href="{M[2]}">{M[2]}</a><br>because it doesn't go against our Community Guidelines. If you think we got this wrong, you can request another review in your Support requests.</p>
<p><a href="https://help.instagram.com/861685284411197">Learn more</a></p>
<p style="color:#8e8e8e;font-size:12px">Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025</p>
</body></html>""", "b5-meta-alt-0001", html_qp=True, text_qp=True),
    outcome="applied", classification="confirmation",
    imitates="Instagram report outcome notices ('We removed the post you reported ... goes against our Community Guidelines' / 'We didn't remove ... doesn't go against'), quoted-printable multipart/alternative",
    why="URL on the line between the two halves of its sentence; a negated removal with a reason is a rejection",
    items={M[1]: "removed", M[2]: "rejected"},
)

case(
    name="meta-fb-restricted-local-law",
    date="Sun, 15 Sep 2024 07:00:00 +0000",
    **{"from": "records@fb.com"}, name_from="Meta Content Restrictions",
    subject="Content Restriction Notice - Ref. KCSC-240913-01 [#4471-9920]",
    reply_to_req="req-240913-01",
    body=f"""Dear Korea Communications Standards Commission,

Re: Content Restriction Notice / Your reference KCSC-240913-01

After legal review of your request, Meta has restricted access in South Korea
to the following content on Facebook, based on local law:

  - {M[3]}

The content remains available outside South Korea. We publish information
about content restrictions based on local law in our Transparency Center:
https://transparency.meta.com/reports/content-restrictions/

Regards,
Meta Platforms, Inc. - Content Restrictions Team
Request #4471-9920

{META_FOOTER}
""",
    outcome="applied", classification="confirmation",
    imitates="Meta 'content restriction based on local law' notice (restricted access in <country>, Transparency Center link)",
    why="restricted in South Korea; the Transparency Center link is not an item",
    items={M[3]: "restricted"},
)

case(
    name="meta-dmarc-fail",
    date="Sun, 15 Sep 2024 09:30:00 +0000",
    **{"from": "records@fb.com"}, name_from="Meta Content Restrictions",
    subject="Content Restriction Notice - Ref. KCSC-240913-01",
    reply_to_req="req-240913-01",
    auth="fail",
    body=f"""Dear KCSC,

We have removed the following content from Facebook and Instagram:
{M[1]}
{M[2]}
{M[3]}

Meta Platforms, Inc.
""",
    outcome="review", review="untrusted",
    imitates="spoofed Meta notice: From fb.com, but our MX reports dmarc=fail",
    why="a perfect confirmation that fails DMARC: untrusted, nothing applies",
    items={},
)

case(
    name="meta-account-disabled-posts-listed",
    date="Mon, 16 Sep 2024 03:15:00 +0000",
    **{"from": "support@instagram.com"}, name_from="Instagram",
    subject="Your report: account and posts (Ref. KCSC-240913-01)",
    reply_to_req="req-240913-01",
    body=f"""Hi KCSC,

We disabled the account @fake_lucky_seller for violating our Community
Guidelines. As a result, the posts you reported from this account are no
longer available on Instagram:

1. {M[1]}
2. {M[2]}

Thanks for letting us know.

{META_FOOTER}
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram account-level enforcement notice ('We disabled the account ... the content you reported is no longer available')",
    why="a per-account statement that explicitly says the listed posts are no longer available: both removed",
    items={M[1]: "removed", M[2]: "removed"},
)

case(
    name="meta-report-received",
    date="Fri, 13 Sep 2024 07:05:00 +0000",
    **{"from": "support@instagram.com"}, name_from="Instagram",
    subject="We received your report",
    reply_to_req="req-240913-01",
    body="""Hi KCSC,

Thanks for your report. We've received it and will review it as soon as we
can. You can check the status of your report in your Support requests.
Report ID: 1188234409271

We use reports like yours to keep Instagram safe.

The Instagram Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Instagram 'Thanks for your report - we've received it' confirmation",
    why="a pure acknowledgement with a report ID; no item is named",
    items={},
)

# ================================================================ Reddit (KCSC-240916-01, 2 items)
case(
    name="reddit-removed-echoed-report",
    date="Tue, 17 Sep 2024 00:40:00 +0000",
    **{"from": "noreply@reddit.com"}, name_from="Reddit Safety",
    subject="Update on your report [KCSC-240916-01]",
    reply_to_req="req-240916-01",
    body=f"""Hi KCSC,

Thanks for submitting a report to the Reddit Safety team. After
investigating, we've found that the reported content violates Reddit's
Content Policy and has been removed.

Your report:
  Reported: {R[1]}
  Reason: Prohibited transaction
  Submitted: 2024-09-16

Thanks for helping us make Reddit a better place for everyone.

{REDDIT_FOOTER}
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit Safety report-outcome message ('After investigating, we've found that the reported content violates Reddit's Content Policy and has been removed' + echoed report)",
    why="statement about 'the reported content', item named only in the echoed report below",
    items={R[1]: "removed"},
)

case(
    name="reddit-rejected-and-author-deleted",
    date="Wed, 18 Sep 2024 02:10:00 +0000",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    subject="RE: KCSC-240916-01",
    reply_to_req="req-240916-01",
    body=f"""Hello,

Thank you for your request. We reviewed the post at {R[1]} and found that it
does not violate Reddit's Content Policy; we have therefore not taken action
on it.

We were unable to locate the content at {R[2]}. It appears to have been
deleted by its author before our review.

Best,
Reddit Legal

{REDDIT_FOOTER}
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal team reply (no Content Policy violation, not actioned; unable to locate / deleted by author)",
    why="one rejection and one not_found in prose, each in its own sentence",
    items={R[1]: "rejected", R[2]: "not_found"},
)

case(
    name="reddit-subreddit-banned",
    date="Wed, 18 Sep 2024 18:00:00 +0000",
    **{"from": "noreply@reddit.com"}, name_from="Reddit Safety",
    subject="Update on your report [KCSC-240916-01]",
    reply_to_req="req-240916-01",
    body=f"""Hi KCSC,

Thanks for your report. The community that hosted the posts you reported,
r/fakesub_kr (https://www.reddit.com/r/fakesub_kr/), has been banned for
violating Reddit's rules, and all of its posts, including the ones below, are
no longer accessible on Reddit:

- {R[1]}
- {R[2]}

{REDDIT_FOOTER}
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit 'This community has been banned' outcome, stated per community with the reported posts listed",
    why="a per-channel (subreddit) statement that explicitly covers the listed posts; the subreddit URL itself is not an item",
    items={R[1]: "removed", R[2]: "removed"},
)

case(
    name="reddit-bounce-dsn",
    date="Mon, 16 Sep 2024 10:00:20 +0900",
    **{"from": "MAILER-DAEMON@kcsc.example"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    auth="none",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f'''Content-Type: multipart/report; report-type=delivery-status; boundary="b5-dsn-0001"

--b5-dsn-0001
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@reddit.com>: host mx.reddit.com[198.51.100.77] said: 550 5.1.1
    <legal-kr@reddit.com>: Recipient address rejected: User unknown

--b5-dsn-0001
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Mon, 16 Sep 2024 10:00:02 +0900

Final-Recipient: rfc822; legal-kr@reddit.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.reddit.com
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--b5-dsn-0001
Content-Description: Undelivered Message
Content-Type: message/rfc822

Message-ID: <req-240916-01@kcsc.example>
Date: Mon, 16 Sep 2024 10:00:00 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@reddit.com
Subject: Removal request KCSC-240916-01
Content-Type: text/plain; charset=utf-8

Please remove the following content:
{R[1]}
{R[2]}

--b5-dsn-0001--
''',
    outcome="ignored", classification="bounce",
    imitates="Postfix 'Undelivered Mail Returned to Sender' DSN with the original request attached",
    why="a bounce of our own request; the items appear only in the returned message",
    items={},
)

# ================================================================ Discord (KCSC-240917-01, 1 item)
case(
    name="discord-message-deleted",
    date="Wed, 18 Sep 2024 21:30:00 +0000",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    subject="[Discord] Re: Government request KCSC-240917-01 (Request #31447712)",
    reply_to_req="req-240917-01",
    body=f"""##- Please type your reply above this line -##

Hello,

Thank you for your report. Our Trust & Safety team has reviewed the message
you reported and found it violated our Community Guidelines. The message

{D[1]}

has been deleted, and the account that posted it has been disabled.

{DISCORD_FOOTER}

This email is a service from Discord. Request #31447712
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety Zendesk reply ('##- Please type your reply above this line -##', message deleted, account disabled)",
    why="the URL stands alone between the subject and the verb of its sentence",
    items={D[1]: "removed"},
)

case(
    name="discord-zendesk-receipt-echo",
    date="Tue, 17 Sep 2024 06:01:00 +0000",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    subject="[Discord] Re: Government request KCSC-240917-01 (Request #31447712)",
    reply_to_req="req-240917-01",
    body=f"""##- Please type your reply above this line -##

Your request (31447712) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

----------------------------------------------
KCSC Takedown, Sep 17, 2024, 15:00 KST

Please remove the following message, found illegal under Korean law:
{D[1]}

This email is a service from Discord.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'Your request (N) has been received and is being reviewed by our support staff' receipt with the submitted text echoed",
    why="a ticket receipt as a whole; the item appears only in the echo of our submission",
    items={},
)

# ================================================================ added after the first pass of the mix
case(
    name="kakao-daum-nested-quotes",
    date="Wed, 18 Sep 2024 13:25:00 +0900",
    **{"from": "cafe-op@daum.net"}, name_from="Daum 카페 운영팀",
    subject="Re: Re: [KCSC-240912-01] 카페 게시글 조치 요청",
    reply_to_req="req-240912-01",
    body=f"""안녕하세요, Daum 카페 운영팀입니다.
요청하신 건의 처리 결과를 아래와 같이 안내드립니다.

1) {K[1]} : 삭제 완료
2) {K[2]} : 카페 운영정책 위반으로 게시글 비공개 처리
3) {K[4]}
   → 블로그 운영자에게 통보 후 삭제되었습니다.

감사합니다.
Daum 카페 운영팀 드림
{KAKAO_FOOTER}

2024. 9. 13. 오후 2:02, KCSC Takedown <takedown@kcsc.example> 작성:
> 회신 감사합니다. {K[3]} 건도 확인 부탁드립니다.
>
> 2024. 9. 12. 오후 6:40, Daum 카페 운영팀 <cafe-op@daum.net> 작성:
> > {K[3]} 게시물은 삭제 완료로 처리되었습니다.
> > {K[1]} 은 검토 중입니다.
> >
{our_request("KCSC-240912-01", K, prefix="> > > ", korean=True)}
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 운영팀 reply in a three-level webmail thread ('2024. 9. 13. 오후 2:02, ... 작성:' with nested '> >' quotes)",
    why="numbered per-line statuses (one on the line below with an arrow); the older answer about the third post is nested in the quote and never counts",
    items={K[1]: "removed", K[2]: "removed", K[4]: "removed"},
)

case(
    name="tiktok-korean-particles",
    date="Tue, 17 Sep 2024 16:10:00 +0900",
    **{"from": "kr-legal@tiktok.com"}, name_from="틱톡코리아 법무팀",
    subject="[KCSC-240911-01] 시정요구 처리 결과",
    reply_to_req="req-240911-01",
    body=f"""안녕하세요, 틱톡코리아 법무팀입니다.

{T[4]}에 대해서는 대한민국 법령에 따라 국내 접속 차단 조치를 하였습니다.
“{T[5]}”는 확인 결과 존재하지 않는 게시물입니다(이미 삭제되었거나 잘못된 주소).

감사합니다.
{TIKTOK_FOOTER}
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok Korea legal reply in Korean (국내 접속 차단 조치; 존재하지 않는 게시물)",
    why="URLs directly followed by Korean particles (에, 는 after a closing curly quote); 접속 차단 is a restriction; 존재하지 않는 게시물 is not_found",
    items={T[4]: "restricted", T[5]: "not_found"},
)

case(
    name="meta-outlook-per-line",
    date="Tue, 17 Sep 2024 05:45:00 +0000",
    **{"from": "lawenforcement-kr@fb.com"}, name_from="Meta Law Enforcement Response Team",
    subject="RE: Removal request KCSC-240913-01",
    reply_to_req="req-240913-01",
    body=f"""Dear KCSC,

Our review of your request is complete:

{M[3]} - Removed globally for violating our Community Standards on regulated goods
{M[1]} - We could not find this content. It may have been deleted by the account holder.

For more information please see our Community Standards:
https://transparency.meta.com/policies/community-standards/

Kind regards,
Law Enforcement Response Team
Meta Platforms, Inc.

________________________________
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 13, 2024 4:00 PM
To: lawenforcement-kr@fb.com
Subject: Removal request KCSC-240913-01

Dear Trust & Safety team,
Please remove or block the following content:
1. {M[1]}
2. {M[2]}
3. {M[3]}
Please reply with the result for each URL.
""",
    outcome="applied", classification="confirmation",
    imitates="Meta Law Enforcement Response Team reply over an Outlook 'From: / Sent: / To: / Subject:' block (per-line 'URL - decision')",
    why="per-line statuses; 'could not find ... may have been deleted' is not_found (the hedge is about how it went, not whether it exists); the quoted request never counts, so the reel stays pending",
    items={M[3]: "removed", M[1]: "not_found"},
)

case(
    name="yt-wrapped-angle-brackets",
    date="Tue, 17 Sep 2024 09:20:00 +0900",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    subject="RE: KCSC-240909-01 [3-1782201993001]",
    reply_to_req="req-240909-01",
    body="""Hello,

Both of the following videos were removed from YouTube for violating our
Community Guidelines: <https://www.youtube.com/watch?
v=Xe5jR9cTq1c> and <https://www.youtube.com/watch?v=
Jk1vM5zQe8i>.

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text reply from an Outlook client that hard-wraps long lines inside <angle-bracketed> URLs (RFC 3986 appendix C)",
    why="two URLs wrapped across lines inside angle brackets must be joined whole",
    items={Y[3]: "removed", Y[9]: "removed"},
)

case(
    name="naver-receipt-plus-statement",
    date="Wed, 11 Sep 2024 09:15:00 +0900",
    **{"from": "noreply@naver.com"}, name_from="NAVER 게시중단요청서비스",
    subject="[게시중단요청서비스] 신고 접수 및 처리 안내 (접수번호 20240910-88412)",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요. 네이버 게시중단요청서비스입니다.

귀하의 게시중단 요청이 정상적으로 접수되었습니다. (접수번호 20240910-88412)

접수된 게시물 중 {N[1]} 게시물은 검토 결과 삭제 처리되었습니다.
나머지 게시물은 검토가 완료되는 대로 안내해 드리겠습니다.

※ 본 메일은 발신 전용입니다. 문의는 https://right.naver.com 을 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 receipt-and-result notice ('정상적으로 접수되었습니다' followed by a per-post result)",
    why="an acknowledgement phrase together with an unhedged statement about one post is not an acknowledgement; the others stay pending",
    items={N[1]: "removed"},
)

case(
    name="tiktok-account-banned-handle-only",
    date="Sun, 15 Sep 2024 02:30:00 +0000",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    subject="RE: KCSC-240911-01 [Ticket #TT-88231907]",
    reply_to_req="req-240911-01",
    body=f"""Dear KCSC,

Following your request KCSC-240911-01, the account @mint_wave_kr has been
permanently banned for repeated violations of our Community Guidelines.

{TIKTOK_FOOTER}
""",
    outcome="review", review="not_understood",
    imitates="TikTok account-level enforcement notice ('the account ... has been permanently banned'), no video URLs",
    why="a per-account statement with no item URL: the two requested videos carry that handle in their path, but the email never says what happened to them, so a clerk decides (review), nothing applied",
    items={},
)

case(
    name="discord-by-reference-only",
    date="Thu, 19 Sep 2024 02:00:00 +0000",
    **{"from": "legal@discord.com"}, name_from="Discord Legal",
    subject="Re: Government request KCSC-240917-01",
    reply_to_req="req-240917-01",
    body=f"""Hello,

Further to your request KCSC-240917-01, we confirm that the reported content
has been removed from Discord.

Best regards,
Discord Legal

{DISCORD_FOOTER}
""",
    # Changed after the reader's runs (2026-12-02, session 7), openly: first
    # written review `bulk`; 14 cases of later sets (blind-89 to blind-123)
    # expect a statement naming no item, in reply to a request of one item,
    # to apply to that item, and this note already said a clerk would apply
    # it. See NOTES.md.
    outcome="applied",
    imitates="Discord legal one-paragraph confirmation referring only to the regulator's reference ('the reported content has been removed')",
    why="refers to the request by its reference and 'the reported content' without naming the item; the request has a single item, so it can only mean that item (first written review bulk; changed, see NOTES.md)",
    items={"https://discord.com/channels/1100000000000000001/1100000000000000002/1283000000000000003": "removed"},
)


HEADER = """# BLIND set 5 (issue 11): a general mix as a regulator meets it.
# Written by tests/corpus/blind5/make.py from the case list; expected results
# come from each email's meaning and were written before the reader was run.
# See NOTES.md for coverage, the imitated notices and the arguable cases."""


def encode_word(s):
    """RFC 2047 B-encoding for non-ASCII header text (display names, subjects)."""
    if s.isascii():
        return s
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


def main():
    for c in CASES:
        if "name_from" in c:
            c["name_from"] = encode_word(c["name_from"])
        # most Korean subjects arrive encoded; the Kakao ones are left as raw
        # 8-bit UTF-8, as some Korean webmail gateways send them
        if not c["name"].startswith("kakao"):
            c["subject"] = encode_word(c["subject"])
    write_requests()
    write_config()
    corpuslib.write_set(HERE, "blind5", HEADER, CASES)


if __name__ == "__main__":
    main()
