#!/usr/bin/env python3
"""Blind set 56 (issue 11): a general mix, English and Korean, nine platforms.

Written without reading the reader (src/, docs/reader.md) nor any other
corpus set. Every email imitates a public notice named in `imitates`; the
expected results were written from each email's meaning before anything ran.

    python3 tests/corpus/blind56/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import email.header
import io
import os
import quopri
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
REQ = {
    # ref: (platform, sent_at, due_at, message_id, category)
    "KCSC-240910-01": ("youtube", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", "req56-240910-01", "defamation"),
    "KCSC-240911-01": ("x", "2024-09-11T14:00:00+09:00", "2024-09-18T18:00:00+09:00", "req56-240911-01", "privacy"),
    "KCSC-240912-01": ("naver", "2024-09-12T11:00:00+09:00", "2024-09-19T18:00:00+09:00", "req56-240912-01", "defamation"),
    "KCSC-240913-01": ("kakao", "2024-09-13T09:30:00+09:00", "2024-09-20T18:00:00+09:00", "req56-240913-01", "privacy"),
    "KCSC-240913-02": ("tiktok", "2024-09-13T16:00:00+09:00", "2024-09-20T18:00:00+09:00", "req56-240913-02", "deepfake_sexual_abuse"),
    "KCSC-240916-01": ("telegram", "2024-09-16T10:00:00+09:00", "2024-09-23T18:00:00+09:00", "req56-240916-01", "deepfake_sexual_abuse"),
    "KCSC-240916-02": ("meta", "2024-09-16T15:00:00+09:00", "2024-09-23T18:00:00+09:00", "req56-240916-02", "privacy"),
    "KCSC-240917-01": ("reddit", "2024-09-17T10:00:00+09:00", "2024-09-24T18:00:00+09:00", "req56-240917-01", "deepfake_sexual_abuse"),
    "KCSC-240917-02": ("discord", "2024-09-17T13:00:00+09:00", "2024-09-24T18:00:00+09:00", "req56-240917-02", "deepfake_sexual_abuse"),
}

HANDLE_RAW = "https://www.youtube.com/@소문난리뷰왕"
HANDLE_PCT = "https://www.youtube.com/@%EC%86%8C%EB%AC%B8%EB%82%9C%EB%A6%AC%EB%B7%B0%EC%99%95"

Y = [None,
     "https://www.youtube.com/watch?v=Qm3xT8vLp2A",
     "https://www.youtube.com/watch?v=b7KdN0wRz4E",
     "https://www.youtube.com/watch?v=Hc9sJ2mYq5U",
     "https://www.youtube.com/watch?v=pL4wX6nTe1G",
     "https://www.youtube.com/watch?v=Zr8fV3kMa0S",
     "https://www.youtube.com/watch?v=eN2gB5hUc7W",
     "https://www.youtube.com/shorts/Tx6yR1oPd9K",
     "https://www.youtube.com/shorts/mV0aC4jHs3F",
     "https://www.youtube.com/watch?v=Wk5qE7iLn2D",
     "https://www.youtube.com/watch?v=uJ1hS9fGb6R",
     HANDLE_PCT,
     "https://www.youtube.com/watch?v=Dg3nP8tVx0M",
     "https://www.youtube.com/watch?v=sF7bK2wQe9Y",
     "https://www.youtube.com/shorts/aR4cZ6mNj1H"]
X = [None,
     "https://x.com/dalbit_news24/status/1833512204418760211",
     "https://x.com/dalbit_news24/status/1833519987765121045",
     "https://x.com/hwanghon_k/status/1833020456611837952",
     "https://x.com/moonlit_ledger/status/1832877710923354178",
     "https://x.com/pado_0917/status/1833644120093061230"]
N = [None,
     "https://blog.naver.com/seoripost/223578120456",
     "https://blog.naver.com/hangang_diary/223579004311",
     "https://cafe.naver.com/jungomarket77/1184520",
     "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=471203385"]
K = [None,
     "https://cafe.daum.net/rumorlab/Ft3q/8812",
     "https://gureumsori.tistory.com/417",
     "https://cafe.daum.net/gossip-station/9xKp/2031"]
T = [None,
     "https://www.tiktok.com/@nightbus_clips/video/7413520968812345601",
     "https://www.tiktok.com/@yoonaa.daily/video/7413068812456789012"]
G = [None, "https://t.me/hidden_lens_kr/4521"]
M = [None,
     "https://www.instagram.com/p/C_kR3mZpT7x/",
     "https://www.instagram.com/reel/C_jQ8wLsN2b/",
     "https://www.facebook.com/groups/884120556712093/posts/1029384756610012/"]
R = [None,
     "https://www.reddit.com/r/koreanleaks_fake/comments/1fhx2ab/new_batch_sept/",
     "https://www.reddit.com/r/seoulnightlife/comments/1fi03kd/who_is_this/"]
D = [None, "https://discord.com/channels/1012345678901234567/1023456789012345678/1284567890123456789"]

ITEMS = {
    "KCSC-240910-01": Y[1:], "KCSC-240911-01": X[1:], "KCSC-240912-01": N[1:],
    "KCSC-240913-01": K[1:], "KCSC-240913-02": T[1:], "KCSC-240916-01": G[1:],
    "KCSC-240916-02": M[1:], "KCSC-240917-01": R[1:], "KCSC-240917-02": D[1:],
}


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, (plat, sent, due, mid, cat) in REQ.items():
        for u in ITEMS[ref]:
            q = '"' + u + '"' if "," in u else u
            lines.append(f"{ref},{plat},{sent},{due},{q},{cat},<{mid}@kcsc.example>,")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- MIME helpers
def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def quoted(text):
    return "\n".join("> " + l if l else ">" for l in text.strip("\n").split("\n"))


def our_request(ref, urls, lang="en"):
    if lang == "ko":
        head = (f"방송통신심의위원회 통신심의 결과에 따라 아래 정보에 대한 시정요구(삭제)를 통보합니다.\n"
                f"요청번호: {ref}\n")
        return head + "\n".join(f"{i}. {u}" for i, u in enumerate(urls, 1)) + "\n\n조치 결과를 회신하여 주시기 바랍니다."
    head = (f"Dear Sir or Madam,\n\nThe Korea Communications Standards Commission requests the removal of "
            f"the following content (request {ref}):\n")
    return head + "\n".join(f"{i}. {u}" for i, u in enumerate(urls, 1)) + \
        "\n\nPlease remove or block this content and confirm the action taken.\n\nKCSC Takedown Desk"


def xlsx_bytes(rows):
    """Minimal XLSX (inline strings), deterministic."""
    def col(i):
        return "ABCDEFGH"[i]

    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    sheet_rows = []
    for r, row in enumerate(rows, 1):
        cells = "".join(
            f'<c r="{col(c)}{r}" t="inlineStr"><is><t>{esc(v)}</t></is></c>' for c, v in enumerate(row))
        sheet_rows.append(f'<row r="{r}">{cells}</row>')
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Results" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + "".join(sheet_rows) + "</sheetData></worksheet>",
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2024, 9, 18, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    raw = base64.b64encode(buf.getvalue()).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


CASES = []


def enc(s):
    """RFC 2047 encoded-word for non-ASCII header text, as real mailers send it."""
    if all(ord(ch) < 128 for ch in s):
        return s
    return email.header.Header(s, "utf-8").encode(linesep="\n", maxlinelen=76)


def case(**c):
    if "name_from" in c:
        c["name_from"] = enc(c["name_from"])
    if not c.pop("raw_subject", False):
        c["subject"] = enc(c["subject"])
    CASES.append(c)


YT_FROM = "legal-noreply@google.com"
YT_FOOT = ("\n\nRegards,\nThe YouTube Legal Support Team\n\n"
           "© 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043\n"
           "You have received this mandatory service email to update you about a legal request you submitted.")

# ================================================================ APPLIED
case(name="yt-legal-blocked-kr-remains-elsewhere", **{"from": YT_FROM}, name_from="Google Legal",
     date="Thu, 12 Sep 2024 07:41:10 +0000", reply_to_req="req56-240910-01",
     subject="Re: [7-4410000034217] KCSC-240910-01 Legal removal request",
     body=f"""Hello,

Thank you for reaching out to us.

In response to your legal request, we have reviewed the content at the URLs below and
have blocked it from view on YouTube in South Korea on the basis of local law:

{Y[1]}
{Y[2]}

Please note that this content may remain available to users outside South Korea, as it
does not violate YouTube's Community Guidelines.

For more information about how we handle legal requests, please visit
https://support.google.com/legal/answer/3110420
{YT_FOOT}""",
     outcome="applied", classification="confirmation",
     items={Y[1]: "restricted", Y[2]: "restricted"},
     imitates="Google/YouTube legal removals outcome email ('blocked from view ... in <country>'; remains available elsewhere)",
     why="Blocked from view in South Korea is a restriction; the sentence that it stays up elsewhere because it breaks no guideline explains the scope, it is not a rejection of our request.")

case(name="yt-outcome-html-table", **{"from": YT_FROM}, name_from="Google Legal",
     date="Fri, 13 Sep 2024 02:15:44 +0000", reply_to_req="req56-240910-01",
     subject="Re: KCSC-240910-01 - outcome of your request", type="html",
     body=f"""<html><body>
<p>Hello KCSC team,</p>
<p>We have completed our review of part of your request <b>KCSC-240910-01</b>. The outcome for each URL is below.</p>
<table border="1" cellpadding="4">
<tr><th>#</th><th>URL</th><th>Outcome</th></tr>
<tr><td>1</td><td><a href="{Y[3]}">{Y[3]}</a></td><td>Removed &ndash; violation of YouTube Community Guidelines (Harassment &amp; cyberbullying)</td></tr>
<tr><td>2</td><td><a href="{Y[4]}">{Y[4]}</a></td><td>Blocked in South Korea (local law)</td></tr>
<tr><td>3</td><td><a href="{Y[5]}">{Y[5]}</a></td><td>No action &ndash; the content does not violate our policies or local law</td></tr>
<tr><td>4</td><td><a href="{Y[6]}">{Y[6]}</a></td><td>Could not locate content at the URL provided</td></tr>
</table>
<p>You can learn about our policies at <a href="https://www.youtube.com/howyoutubeworks/policies/community-guidelines/">How YouTube Works</a>.</p>
<p>Regards,<br>The YouTube Legal Support Team</p>
</body></html>""",
     outcome="applied", classification="confirmation",
     items={Y[3]: "removed", Y[4]: "restricted", Y[5]: "rejected", Y[6]: "not_found"},
     imitates="YouTube/Google per-URL outcome table sent to government and trusted-flagger reporters",
     why="One row per URL with an unambiguous outcome; the How-YouTube-Works link is policy, not an item.")

case(name="yt-status-on-line-below-bare-url", **{"from": "youtube-trustedflagger@youtube.com"}, name_from="YouTube Priority Flagger",
     date="Mon, 16 Sep 2024 05:02:19 +0000", reply_to_req="req56-240910-01",
     subject="Priority Flagger report update - KCSC-240910-01",
     body=f"""Hi there,

Here is an update on videos you flagged through the Priority Flagger program.

{Y[7]}
Removed for violating our Child Safety policy

{Y[8]}
Age-restricted: viewers must be signed in and 18 or older

{Y[9]}
We reviewed this video and decided to leave it up. It doesn't violate our Community Guidelines.

Learn more about our Community Guidelines: https://support.google.com/youtube/answer/9288567

- The YouTube Team""",
     outcome="applied", classification="confirmation",
     items={Y[7]: "removed", Y[8]: "restricted", Y[9]: "rejected"},
     imitates="YouTube Priority Flagger / trusted flagger per-video outcome update",
     why="Each status stands on the line right below its bare URL, in three different wordings; age-restricted is a restriction; 'decided to leave it up ... doesn't violate' is a rejection.")

CSV_ATT = "URL,Decision,Reason\n" + \
    f"{Y[10]},Removed,Community Guidelines - Harassment & cyberbullying\n" + \
    f"{Y[12]},Geo-blocked (KR),Local legal - defamation\n" + \
    f"{Y[13]},No action,Not violative of policy or local law\n" + \
    f"{Y[14]},Not found,Invalid video ID\n"
case(name="yt-csv-attachment", **{"from": YT_FROM}, name_from="Google Legal",
     date="Tue, 17 Sep 2024 08:30:00 +0000", reply_to_req="req56-240910-01",
     subject="Re: KCSC-240910-01 results",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="==csv56=="

--==csv56==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome of our review for request KCSC-240910-01 (four URLs).
The remaining URLs of your request are covered in separate messages.

Regards,
Google Legal Support

--==csv56==
Content-Type: text/csv; charset=utf-8; name="KCSC-240910-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240910-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(CSV_ATT)}
--==csv56==--
""",
     outcome="applied", classification="confirmation",
     items={Y[10]: "removed", Y[12]: "restricted", Y[13]: "rejected", Y[14]: "not_found"},
     imitates="Google legal bulk outcome spreadsheet (CSV export) attached to a short cover email",
     why="The attached CSV gives one decision per URL; the body states nothing itself.")

XLSX = xlsx_bytes([["URL", "Action", "Notes"],
                   [Y[1], "Removed", "Violent or graphic content policy"],
                   [Y[5], "Restricted (KR)", "Local law"],
                   [HANDLE_RAW, "Channel terminated", "Repeated violations"]])
case(name="yt-xlsx-attachment-korean-handle", **{"from": YT_FROM}, name_from="Google Legal",
     date="Wed, 18 Sep 2024 01:10:00 +0000", reply_to_req="req56-240910-01",
     subject="Re: KCSC-240910-01 - action report (xlsx)",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="==xlsx56=="

--==xlsx56==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

The attached spreadsheet lists the actions taken on three URLs of your request KCSC-240910-01.

Google Legal Support

--==xlsx56==
Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="action_report.xlsx"
Content-Disposition: attachment; filename="action_report.xlsx"
Content-Transfer-Encoding: base64

{XLSX}
--==xlsx56==--
""",
     outcome="applied", classification="confirmation",
     items={Y[1]: "removed", Y[5]: "restricted", Y[11]: "removed"},
     imitates="Google legal action report spreadsheet (XLSX) attached to a cover email",
     why="XLSX rows give URL and action; the channel URL is written with its raw Korean handle while requests.csv holds it percent-encoded; a terminated channel is removed.")

case(name="yt-korean-handle-raw-particles", **{"from": "legal-kr@google.com"}, name_from="Google 법무팀",
     date="Wed, 18 Sep 2024 14:22:05 +0900", reply_to_req="req56-240910-01",
     subject="RE: [KCSC-240910-01] 시정요구에 대한 회신",
     body=f"""안녕하세요, 구글 코리아 법무팀입니다.

귀 위원회의 시정요구(KCSC-240910-01)와 관련하여 아래와 같이 회신드립니다.

1. 채널 {HANDLE_RAW}에 대해 검토한 결과, 커뮤니티 가이드라인 위반이 확인되어 해당 채널을 해지하였습니다.
2. 동영상({Y[7]})은 국내법 위반 소지가 있어 대한민국에서 볼 수 없도록 차단하였습니다.

관련 정책은 https://support.google.com/youtube/answer/2802032 에서 확인하실 수 있습니다.

감사합니다.
Google 법무팀 드림""",
     outcome="applied", classification="confirmation",
     items={Y[11]: "removed", Y[7]: "restricted"},
     imitates="Google Korea legal team reply to a KCSC 시정요구 (numbered Korean letter)",
     why="Raw Korean handle followed directly by the particle 에 must match the percent-encoded item; channel 해지 is removal; 대한민국에서 볼 수 없도록 차단 is a country restriction; the Short's URL stands in parentheses followed by 은.")

YT_QUOTE = our_request("KCSC-240910-01", Y[1:])
case(name="yt-top-posted-over-quoted-list", **{"from": "jiwoo.han@google.com"}, name_from="Jiwoo Han",
     date="Thu, 12 Sep 2024 09:05:33 +0900", reply_to_req="req56-240910-01",
     subject="Re: KCSC-240910-01 Request for removal of content",
     body=f"""Hi KCSC team,

Quick update on this request: {Y[2]} has been removed globally for violating our harassment policy,
and we have restricted {Y[6]} in South Korea.

The other URLs are still being reviewed and we will follow up separately.

Best,
Jiwoo
Google Trust & Safety, Seoul

On Tue, Sep 10, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(YT_QUOTE)}""",
     outcome="applied", classification="confirmation",
     items={Y[2]: "removed", Y[6]: "restricted"},
     imitates="Gmail top-posted reply from a platform's trust-and-safety staff over the quoted request",
     why="Two clear statements above the quote; the quoted 14-URL list with 'Please remove' counts for nothing; 'still being reviewed' for the others leaves them pending. Arguable: a reader may send the whole email to review because of the 'still being reviewed' sentence; a clerk would apply the two statements.")

case(name="yt-hedge-in-relative-clause", **{"from": YT_FROM}, name_from="Google Legal",
     date="Sat, 14 Sep 2024 03:44:10 +0000", reply_to_req="req56-240910-01",
     subject="Re: KCSC-240910-01",
     body=f"""Hello,

The video at {Y[3]}, which may have been re-uploaded from another channel before
your report, has been removed for violating YouTube's policy on harassment and cyberbullying.

If you have further concerns, you can submit a new request at
https://support.google.com/legal/contact/lr_legalother?product=youtube
{YT_FOOT}""",
     outcome="applied", classification="confirmation",
     items={Y[3]: "removed"},
     imitates="Google legal outcome email, single URL, removed under Community Guidelines",
     why="The 'may have been' hedge sits in a relative clause about the video's history; the main clause states the removal plainly. The contact link is not an item.")

case(name="yt-negated-removal-with-reason", **{"from": YT_FROM}, name_from="Google Legal",
     date="Mon, 16 Sep 2024 06:00:00 +0000", reply_to_req="req56-240910-01",
     subject="Re: [7-4410000034217] KCSC-240910-01",
     body=f"""Hello,

We did not remove {Y[12]} because, after careful review, we found that it
does not violate our Community Guidelines, and we were unable to identify a basis under
local law to restrict it.

You can read our Community Guidelines at https://support.google.com/youtube/answer/9288567.
If you disagree with this decision, you may reply to this email with additional information.
{YT_FOOT}""",
     outcome="applied", classification="confirmation",
     items={Y[12]: "rejected"},
     imitates="Google legal 'no action' outcome email (content does not violate guidelines or local law)",
     why="A negated removal together with a reason is a rejection. The closing invitation to reply with more information is boilerplate, not a request for information.")

case(name="yt-url-below-its-statement", **{"from": "youtube-trustedflagger@youtube.com"}, name_from="YouTube",
     date="Wed, 18 Sep 2024 10:12:00 +0000", reply_to_req="req56-240910-01",
     subject="Update on your flagged videos",
     body=f"""Hi KCSC,

The following video has been age-restricted:
{Y[13]}

The following Short was removed for violating our Community Guidelines:
{Y[14]}

Thanks for helping keep YouTube safe.
The YouTube Team
https://www.youtube.com/t/community_guidelines""",
     outcome="applied", classification="confirmation",
     items={Y[13]: "restricted", Y[14]: "removed"},
     imitates="YouTube trusted flagger notification with statement line then URL",
     why="Each statement ends with ':' and its URL stands on the next line; the community_guidelines link is not an item.")

XW = "https://help.x.com/en/rules-and-policies/post-withheld-by-country"
case(name="x-withheld-in-korea", **{"from": "legal-notices@x.com"}, name_from="X Legal",
     date="Thu, 12 Sep 2024 22:10:31 +0000", reply_to_req="req56-240911-01",
     subject="Re: KCSC-240911-01 [ref:_00D7A0bCd._5004V0XyZ:ref]",
     body=f"""Hello,

X has received your request KCSC-240911-01 regarding the posts listed below.

In accordance with our Country Withheld Content policy, we have withheld the following
content in South Korea:

{X[1]}
{X[2]}

The content remains visible outside South Korea. For more information, see {XW}.

Thank you,
X Legal

ref:_00D7A0bCd._5004V0XyZ:ref""",
     outcome="applied", classification="confirmation",
     items={X[1]: "restricted", X[2]: "restricted"},
     imitates="X (Twitter) legal notice 'we have withheld the following content in <country>' with Salesforce ref tag",
     why="Withheld in South Korea is a restriction; 'X has received your request' opening is not an acknowledgement because statements about items follow; the help link is no item.")

case(name="x-numbered-list-mixed", **{"from": "legal-notices@x.com"}, name_from="X Legal",
     date="Sat, 14 Sep 2024 01:20:00 +0000", reply_to_req="req56-240911-01",
     subject="Re: KCSC-240911-01",
     body=f"""Hello,

After reviewing the reported posts, here is what we did:

1. {X[3]} – Removed: violation of the X Rules (private media policy)
2. {X[4]} – This post had already been deleted by the account holder before our review, so there was nothing left to action.
3. {X[5]} – Withheld in South Korea.

Thank you,
X Legal""",
     outcome="applied", classification="confirmation",
     items={X[3]: "removed", X[4]: "not_found", X[5]: "restricted"},
     imitates="X legal reply with numbered per-post outcomes",
     why="Per-line outcomes; a post deleted by its author before review is not_found (not removed by the platform, and 'nothing left to action' is no rejection).")

case(name="x-reported-content-echoed-report", **{"from": "no-reply@x.com"}, name_from="X",
     date="Sun, 15 Sep 2024 11:03:27 +0000", reply_to_req="req56-240911-01",
     subject="Your report about a post",
     body=f"""Hello,

Thanks for your report. We reviewed the reported content and did not find it to be
in violation of the X Rules or applicable local law, so no action was taken.

Learn more about the X Rules: https://help.x.com/en/rules-and-policies/x-rules

--------------------------------
Report details
Report ID: 1835032810044587009
Reported by: KCSC Takedown Desk
Reported content: {X[2]}
Category: Privacy / personal information
Submitted: Sep 11, 2024
--------------------------------

X Corp. 865 FM 1209, Building 2, Bastrop, TX 78602""",
     outcome="applied", classification="confirmation",
     items={X[2]: "rejected"},
     imitates="X report outcome email with the echoed report below the decision",
     why="The statement is about 'the reported content'; the echoed report below names the single post. 'No action was taken' with a reason is a rejection.")

XQ = our_request("KCSC-240911-01", X[1:])
case(name="x-outlook-original-message", **{"from": "mina.kwon@x.com"}, name_from="Mina Kwon",
     date="Wed, 18 Sep 2024 02:44:00 +0000", reply_to_req="req56-240911-01",
     subject="RE: KCSC-240911-01 Request for removal of content",
     body=f"""Hello,

The post {X[5]} has been removed for violating our non-consensual nudity policy.

Regards,
Mina Kwon
Legal Operations, X Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 2:00 PM
To: legal@x.com
Subject: KCSC-240911-01 Request for removal of content

{XQ}""",
     outcome="applied", classification="confirmation",
     items={X[5]: "removed"},
     imitates="Outlook reply with '-----Original Message-----' block from an X legal operations staffer",
     why="Only X5 is stated by the platform; the unquoted-but-below-separator original request ('Please remove ...') is quoted text.")

case(name="naver-gesijungdan-blind", **{"from": "help@naver.com"}, name_from="네이버 고객센터",
     date="Fri, 13 Sep 2024 15:40:12 +0900", reply_to_req="req56-240912-01",
     subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240912-01)",
     body=f"""안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대하여 아래와 같이 게시중단(블라인드) 처리를
완료하였음을 안내드립니다.

■ 처리 대상
- {N[1]}
- {N[2]}

■ 처리 내용: 게시중단(블라인드)
■ 처리 일시: 2024.09.13 15:20

게시중단 정책에 대한 자세한 내용은 네이버 고객센터(https://help.naver.com/service/5632/)를 참고해 주세요.

감사합니다.
네이버 주식회사 | 경기도 성남시 분당구 정자일로 95""",
     outcome="applied", classification="confirmation",
     items={N[1]: "removed", N[2]: "removed"},
     imitates="NAVER 고객센터 게시중단(블라인드) 처리 결과 안내 메일",
     why="게시중단(블라인드) 처리 완료 is a removal form per issue 11; the heading statement covers the listed targets; the help link is no item.")

case(name="naver-imsijochi-30days", **{"from": "rights@navercorp.com"}, name_from="네이버 권리보호센터",
     date="Sat, 14 Sep 2024 10:05:00 +0900", reply_to_req="req56-240912-01",
     subject="[네이버 권리보호센터] 임시조치 안내",
     body=f"""안녕하세요. 네이버 권리보호센터입니다.

요청하신 게시물에 대해 정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2에 따라
30일간 임시조치하였습니다.

대상 게시물: {N[3]}

임시조치 기간 동안 게시자가 재게시를 요청하지 않으면 해당 게시물은 기간 만료 후 삭제될 예정입니다.

네이버 권리보호센터 https://right.naver.com""",
     outcome="applied", classification="confirmation",
     items={N[3]: "restricted"},
     imitates="NAVER 권리보호센터 임시조치(정보통신망법 제44조의2) 안내",
     why="임시조치 is a restriction; the future deletion after 30 days ('삭제될 예정') must not be applied as removed.")

case(name="naver-kcsc-result-html-table", **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
     date="Tue, 17 Sep 2024 17:30:00 +0900", reply_to_req="req56-240912-01",
     subject="[회신] 시정요구(KCSC-240912-01) 조치결과", type="html",
     body=f"""<html><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구(KCSC-240912-01)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>삭제</td><td>-</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>접속차단</td><td>국내 IP 대상</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>해당 게시물 없음</td><td>작성자 삭제</td></tr>
<tr><td>4</td><td>{N[4].replace("&", "&amp;")}</td><td>조치 불가</td><td>운영정책 및 관련 법령 위반 사항 없음</td></tr>
</table>
<p>네이버 주식회사 정책지원팀</p>
</body></html>""",
     outcome="applied", classification="confirmation",
     items={N[1]: "removed", N[2]: "restricted", N[3]: "not_found", N[4]: "rejected"},
     imitates="KCSC 시정요구 조치결과 회신 table (번호/URL/조치결과/비고) as portals send it",
     why="One row per URL: 삭제 removed, 접속차단 restricted, 해당 게시물 없음(작성자 삭제) not_found, 조치 불가 with 위반 사항 없음 rejected. The kin.naver.com URL's '&' is written '&amp;' in the HTML cell.")

NQ = our_request("KCSC-240912-01", N[1:], "ko")
case(name="naver-receipt-plus-statement", **{"from": "help@naver.com"}, name_from="네이버 고객센터",
     date="Mon, 16 Sep 2024 09:12:00 +0900", reply_to_req="req56-240912-01",
     subject="RE: [KCSC-240912-01] 시정요구 통보",
     body=f"""안녕하세요, 네이버 고객센터입니다.
보내주신 요청이 정상적으로 접수되었습니다. (접수번호 2024091600123)

검토 결과 아래 게시물은 삭제 조치되었습니다.
{N[4]}

나머지 게시물은 확인 후 별도로 안내드리겠습니다.

감사합니다.

-----원본 메시지-----
보낸 사람: "KCSC" <takedown@kcsc.example>
받는 사람: policy@navercorp.com
보낸 날짜: 2024-09-12 (목) 11:00:00
제목: [KCSC-240912-01] 시정요구 통보

{NQ}""",
     outcome="applied", classification="confirmation",
     items={N[4]: "removed"},
     imitates="NAVER 고객센터 reply combining a 접수 receipt and a result, over a '-----원본 메시지-----' quote",
     why="The receipt sentence does not make it an acknowledgement because an unhedged statement (삭제 조치되었습니다) about N4 follows; the quoted 시정요구(삭제) list counts for nothing.")

case(name="naver-particles-fullwidth", **{"from": "help@naver.com"}, name_from="네이버 고객센터",
     date="Wed, 18 Sep 2024 13:50:00 +0900", reply_to_req="req56-240912-01",
     subject="[네이버] 요청하신 게시물 처리 결과", raw_subject=True,
     body=f"""안녕하세요, 네이버 고객센터입니다.

{N[1]}의 경우 블로그 운영정책에 따라 비공개 처리하였습니다。
（{N[3]}）는 작성자가 이미 삭제한 게시물로, 현재 존재하지 않습니다.

감사합니다.""",
     outcome="applied", classification="confirmation",
     items={N[1]: "removed", N[3]: "not_found"},
     imitates="NAVER 고객센터 short result mail, URLs run into Korean particles and full-width punctuation",
     why="URL directly followed by 의 and a full-width stop, the other in full-width parentheses followed by 는; 비공개 처리 is a removal form; deleted by its author and not existing is not_found.")

case(name="kakao-daum-cafe-blind-base64", **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
     date="Tue, 17 Sep 2024 11:22:00 +0900", reply_to_req="req56-240913-01",
     subject="[카카오] 다음카페 게시물 처리 결과 안내",
     raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''안녕하세요, 카카오 고객센터입니다.

요청하신 다음카페 게시물에 대한 처리 결과를 안내드립니다.

- {K[1]} : 블라인드 처리 완료
- {K[3]} : 게시물 삭제 조치 완료

운영정책 보기: https://cs.kakao.com/helps?service=4&category=193

감사합니다.
(주)카카오 | 제주특별자치도 제주시 첨단로 242
''')}
""",
     outcome="applied", classification="confirmation",
     items={K[1]: "removed", K[3]: "removed"},
     imitates="Kakao 고객센터 다음카페 게시물 블라인드/삭제 처리 결과 메일 (base64 body)",
     why="Per-line results after ' : '; 블라인드 and 삭제 are removal; the cs.kakao.com policy link is no item.")

case(name="kakao-tistory-per-block-results", **{"from": "notice@daum.net"}, name_from="Daum 고객센터",
     date="Wed, 18 Sep 2024 16:00:00 +0900", reply_to_req="req56-240913-01",
     subject="[Daum] 권리침해 신고 처리 결과 (KCSC-240913-01)",
     body=f"""안녕하세요. Daum 고객센터입니다.

■ 대상 URL: {K[2]}
  처리 결과: 임시조치(30일)
  근거: 정보통신망법 제44조의2

■ 대상 URL: {K[1]}
  처리 결과: 게시물 없음 (작성자에 의해 이미 삭제됨)

문의: https://cs.daum.net/faq/15.html""",
     outcome="applied", classification="confirmation",
     items={K[2]: "restricted", K[1]: "not_found"},
     imitates="Daum/Tistory 권리침해 신고 처리 결과 (block per URL: 대상 URL / 처리 결과)",
     why="Status on the line below each URL in labelled blocks: 임시조치 restricted, 게시물 없음(작성자 삭제) not_found.")

case(name="tiktok-removed-report-summary", **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
     date="Sun, 15 Sep 2024 04:18:00 +0000", reply_to_req="req56-240913-02",
     subject="Update on your report",
     body=f"""Hi,

Thanks for your report. We reviewed the content and found that it violated our
Community Guidelines, so we removed it.

Report summary
Content: {T[1]}
Reason: Sexually explicit content / non-consensual
Report ID: 7414002288119930881

Learn more about our Community Guidelines: https://www.tiktok.com/community-guidelines

TikTok Trust and Safety""",
     outcome="applied", classification="confirmation",
     items={T[1]: "removed"},
     imitates="TikTok 'Update on your report' email with report summary",
     why="'We removed it' refers to the reported content; the report summary echo names T1; the guidelines link is no item.")

case(name="tiktok-restricted-and-stays-up", **{"from": "legal@tiktok.com"}, name_from="TikTok Legal",
     date="Tue, 17 Sep 2024 09:00:00 +0000", reply_to_req="req56-240913-02",
     subject="RE: KCSC-240913-02",
     body=f"""Dear KCSC,

Based on local law, we have restricted access to the following video in South Korea:
{T[1]}

After review, the video at {T[2]} was found not to violate our Community Guidelines or
applicable law and will remain available on TikTok.

Kind regards,
TikTok Legal Team""",
     outcome="applied", classification="confirmation",
     items={T[1]: "restricted", T[2]: "rejected"},
     imitates="TikTok law-enforcement/government request response (local-law restriction vs. no violation)",
     why="Local-law restriction for T1; T2 'will remain available' after finding no violation is a rejection, not a future promise.")

case(name="telegram-url-and-one-sentence", **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
     date="Tue, 17 Sep 2024 19:05:00 +0000", reply_to_req="req56-240916-01",
     subject="Re: KCSC-240916-01",
     body=f"""{G[1]}

The content at this link has been blocked and is no longer available on Telegram.""",
     outcome="applied", classification="confirmation",
     items={G[1]: "removed"},
     imitates="Telegram abuse desk terse reply: one URL and one sentence",
     why="A notice that is only a URL and one sentence; blocked on Telegram (not in a country) is removal.")

case(name="meta-local-law-restriction", **{"from": "noreply@facebookmail.com"}, name_from="Meta",
     date="Wed, 18 Sep 2024 07:45:00 +0000", reply_to_req="req56-240916-02",
     subject="Your report about content on Instagram and Facebook",
     body=f"""Hi,

We've reviewed your report. The content you reported doesn't go against our Community
Standards, but we've restricted access to it in South Korea because it violates local law.

Content you reported:
{M[1]}
{M[3]}

You can learn more about how we handle legal reports at
https://transparency.meta.com/reports/content-restrictions/

Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025""",
     outcome="applied", classification="confirmation",
     items={M[1]: "restricted", M[3]: "restricted"},
     imitates="Meta legal/local-law report outcome ('we've restricted access to it in <country>')",
     why="The 'doesn't go against our Community Standards' clause is followed by a restriction: the outcome is restricted, not rejected. The transparency link is no item.")

IG_TXT = f"""Hi,

We removed the reel you reported because it goes against our Community Guidelines on
bullying and harassment.

Reel: {M[2]}

Thanks for helping keep Instagram safe.
Instagram Help Center: https://help.instagram.com/477434105621119
"""
IG_HTML = f"""<html><body><p>Hi,</p><p>We removed the reel you reported because it goes against our
Community Guidelines on bullying and harassment.</p><p>Reel: <a href="{M[2]}">{M[2]}</a></p>
<p>Thanks for helping keep Instagram safe.<br><a href="https://help.instagram.com/477434105621119">Instagram Help Center</a></p></body></html>
"""
case(name="instagram-removed-qp-alternative", **{"from": "security@mail.instagram.com"}, name_from="Instagram",
     date="Thu, 19 Sep 2024 03:30:00 +0000", reply_to_req="req56-240916-02",
     subject="We removed content you reported",
     raw_mime=f"""Content-Type: multipart/alternative; boundary="ig56alt"

--ig56alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(IG_TXT)}
--ig56alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(IG_HTML)}
--ig56alt--
""",
     outcome="applied", classification="confirmation",
     items={M[2]: "removed"},
     imitates="Instagram 'We removed content you reported' notification (multipart/alternative, quoted-printable)",
     why="Clear removal of the reel; help link is no item. The sender is a subdomain (mail.instagram.com) of a Meta sender domain.")

case(name="reddit-removed-and-not-found", **{"from": "noreply@reddit.com"}, name_from="Reddit Safety",
     date="Thu, 19 Sep 2024 06:10:00 +0000", reply_to_req="req56-240917-01",
     subject="Re: KCSC-240917-01 report",
     body=f"""Hi there,

Thanks for submitting a report to the Reddit admin team. After investigating, we've found
that the reported content violates Reddit's Content Policy and it has been removed.

Reported content: {R[1]}

Regarding the second link in your request ({R[2]}): it does not point to an existing
post, so we had nothing to review.

For more information, see https://www.redditinc.com/policies/content-policy

Thanks,
Reddit Safety""",
     outcome="applied", classification="confirmation",
     items={R[1]: "removed", R[2]: "not_found"},
     imitates="Reddit admin report outcome ('the reported content violates Reddit's Content Policy ... removed')",
     why="Removal stated for 'the reported content', echoed below; the second link does not point to an existing post: not_found.")

case(name="discord-message-deleted", **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
     date="Thu, 19 Sep 2024 08:00:00 +0000", reply_to_req="req56-240917-02",
     subject="Re: [Ticket #40219877] KCSC-240917-02",
     body=f"""Hello,

Thank you for your report. We've reviewed the message you reported and it has been deleted.
The account responsible has also been actioned under our Community Guidelines.

Message link: {D[1]}

Discord Trust & Safety
https://discord.com/guidelines""",
     outcome="applied", classification="confirmation",
     items={D[1]: "removed"},
     imitates="Discord Trust & Safety ticket reply (Zendesk-style ticket number)",
     why="'It has been deleted' about the reported message, whose link follows; guidelines link is no item.")

# ================================================================ REVIEW
case(name="yt-still-under-review-names-items", **{"from": YT_FROM}, name_from="Google Legal",
     date="Fri, 13 Sep 2024 05:00:00 +0000", reply_to_req="req56-240910-01",
     subject="Re: KCSC-240910-01 - status",
     body=f"""Hello,

Your request KCSC-240910-01 is still under review by our legal team. The following URLs
are currently being assessed against local law:

{Y[1]}
{Y[2]}
{Y[3]}

We will update you once a decision has been made.
{YT_FOOT}""",
     outcome="review", review="not_understood",
     items={Y[1]: "pending", Y[2]: "pending", Y[3]: "pending"},
     imitates="Google legal interim 'still under review' update",
     why="Names three requested items but states no outcome; per issue 11 a trusted email naming items whose statement carries no status goes to review (not_understood), not ignored. Arguable: some would call it an acknowledgement; the issue's rule that a statement naming items must be seen decides.")

case(name="x-future-tense-promise", **{"from": "legal-notices@x.com"}, name_from="X Legal",
     date="Fri, 13 Sep 2024 03:00:00 +0000", reply_to_req="req56-240911-01",
     subject="Re: KCSC-240911-01",
     body=f"""Hello,

We will remove {X[1]} and {X[3]} within 24 hours once our team has completed
verification of the account holder's identity.

Thank you,
X Legal""",
     outcome="review", review="not_understood",
     items={X[1]: "pending", X[3]: "pending"},
     imitates="X legal reply promising action",
     why="Future tense and conditional: nothing has been done yet; no status may be applied.")

case(name="naver-partly-done-no-item-split", **{"from": "help@naver.com"}, name_from="네이버 고객센터",
     date="Sun, 15 Sep 2024 10:30:00 +0900", reply_to_req="req56-240912-01",
     subject="[네이버] 요청하신 게시물 처리 현황",
     body=f"""안녕하세요, 네이버 고객센터입니다.

요청하신 게시물 중 일부에 대해서는 삭제 조치를 완료하였으며, 나머지는 내부 검토 후
순차적으로 처리할 예정입니다.

- {N[1]}
- {N[2]}
- {N[3]}

감사합니다.""",
     outcome="review", review="not_understood",
     items={N[1]: "pending", N[2]: "pending", N[3]: "pending"},
     imitates="NAVER 고객센터 처리 현황 mail ('일부 삭제, 나머지 검토 후 순차 처리 예정')",
     why="'Some' deleted without saying which: no item may be marked removed; names items, so review.")

case(name="kakao-asks-documents", **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
     date="Mon, 16 Sep 2024 14:00:00 +0900", reply_to_req="req56-240913-01",
     subject="[카카오] 권리침해 신고 관련 추가 자료 요청",
     body=f"""안녕하세요, 카카오 고객센터입니다.

신고하신 게시물({K[2]})의 권리침해 여부를 판단하기 위하여 피해 당사자의 신분 확인 서류 및
위임장을 추가로 제출해 주시기 바랍니다.

자료가 접수되면 검토 후 결과를 안내드리겠습니다.

카카오 고객센터""",
     outcome="review", review="asks_more", classification="request_for_info",
     items={K[2]: "pending"},
     imitates="Kakao 권리침해 신고 소명자료/위임장 추가 제출 요청",
     why="The platform asks for documents before acting; the item stays pending.")

case(name="tiktok-lookalike-unknown-sender", **{"from": "legal@tiktok-trustsafety.com"}, name_from="TikTok Legal Team",
     date="Mon, 16 Sep 2024 12:00:00 +0000", reply_to_req="req56-240913-02",
     subject="RE: KCSC-240913-02 - content removed",
     body=f"""Dear KCSC,

We have removed the following videos in response to your request KCSC-240913-02:

{T[1]}
{T[2]}

TikTok Legal Team""",
     outcome="review", review="unknown_sender",
     items={T[1]: "pending", T[2]: "pending"},
     imitates="TikTok legal confirmation, sent from a look-alike domain",
     why="tiktok-trustsafety.com is no configured sender of TikTok (DMARC passes for that domain only): a possible spoof must be seen; nothing applied.")

case(name="meta-dmarc-fail", **{"from": "records@fb.com"}, name_from="Meta Records", auth="fail",
     date="Tue, 17 Sep 2024 06:00:00 +0000", reply_to_req="req56-240916-02",
     subject="Re: KCSC-240916-02",
     body=f"""Hello,

We have removed the Instagram post {M[1]} for violating our Community Guidelines.

Meta Law Enforcement Response Team""",
     outcome="review", review="untrusted",
     items={M[1]: "pending"},
     imitates="Meta LERT reply, failing DMARC",
     why="dmarc=fail for fb.com: the claim is not trusted; review, nothing applied.")

case(name="reddit-claims-x-item-wrong-platform", **{"from": "noreply@reddit.com"}, name_from="Reddit Safety",
     date="Wed, 18 Sep 2024 20:00:00 +0000", reply_to_req="req56-240917-01",
     subject="Re: your report",
     body=f"""Hi there,

Thanks for your report. The reported content has been removed.

Reported content: {X[4]}

Reddit Safety""",
     outcome="review", review="wrong_platform",
     items={X[4]: "pending"},
     imitates="Reddit admin report outcome naming another platform's URL",
     why="A trusted Reddit email claims removal of an x.com item: Reddit cannot act on X content; the item must stay pending.")

case(name="yt-appears-unavailable-hedged", **{"from": YT_FROM}, name_from="Google Legal",
     date="Sat, 14 Sep 2024 07:00:00 +0000", reply_to_req="req56-240910-01",
     subject="Re: KCSC-240910-01",
     body=f"""Hello,

The video {Y[9]} appears to be no longer available. It may have been removed
by the uploader before we were able to review it.
{YT_FOOT}""",
     outcome="review", review="not_understood",
     items={Y[9]: "pending"},
     imitates="Google legal reply about a video that seems already gone",
     why="'Appears' and 'may have been' hedge the only statement; a clerk would not choose between removed and not_found. Arguable: not_found would be a plausible reading, but hedged words must not be applied.")

case(name="x-some-actioned-others-not", **{"from": "legal-notices@x.com"}, name_from="X Legal",
     date="Mon, 16 Sep 2024 22:00:00 +0000", reply_to_req="req56-240911-01",
     subject="Re: KCSC-240911-01",
     body=f"""Hello,

We have taken action on some of the posts you reported. Others were not found to violate
the X Rules.

Posts in your report:
- {X[1]}
- {X[2]}
- {X[3]}

Thank you,
X Legal""",
     outcome="review", review="not_understood",
     items={X[1]: "pending", X[2]: "pending", X[3]: "pending"},
     imitates="X legal reply with a split outcome that does not say which post got which",
     why="'Some' actioned and 'others' not, without saying which: neither removed nor rejected may be applied to any of the three.")

# ================================================================ IGNORED
case(name="naver-out-of-office-korean", **{"from": "jisoo.park@navercorp.com"}, name_from="박지수",
     date="Thu, 12 Sep 2024 11:00:30 +0900", reply_to_req="req56-240912-01",
     subject="[자동응답] RE: [KCSC-240912-01] 시정요구 통보",
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     body="""안녕하세요. 박지수입니다.

9월 12일부터 9월 23일까지 휴가로 부재중입니다.
긴급한 건은 정책지원팀 대표 메일(policy@navercorp.com)로 연락 부탁드립니다.

감사합니다.""",
     outcome="ignored", classification="auto_reply",
     imitates="Korean Outlook/NAVER WORKS out-of-office auto-reply ([자동응답] 부재중)",
     why="An auto-reply that states nothing about items.")

BOUNCE = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn56b"

--dsn56b
Content-Type: text/plain; charset=utf-8

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@tiktok.com>: host mx.tiktok.com[203.0.113.25] said: 550 5.1.1
    <legal-kr@tiktok.com>: Recipient address rejected: User unknown

--dsn56b
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Thu, 19 Sep 2024 09:00:01 +0900

Final-Recipient: rfc822; legal-kr@tiktok.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn56b
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@tiktok.com
Subject: Reminder: KCSC-240913-02 removal request
Message-ID: <rem56-240913-02-1@kcsc.example>
In-Reply-To: <req56-240913-02@kcsc.example>
Date: Thu, 19 Sep 2024 09:00:00 +0900

--dsn56b--
"""
case(name="bounce-of-reminder-tiktok", **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System", auth="none",
     date="Thu, 19 Sep 2024 09:00:03 +0900",
     subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=BOUNCE,
     outcome="ignored", classification="bounce",
     imitates="Postfix DSN (multipart/report; report-type=delivery-status) for our reminder",
     why="A bounce of our own reminder; says nothing about items.")

MDN = f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn56"

--mdn56
Content-Type: text/plain; charset=utf-8

Your message

  To: records@fb.com
  Subject: KCSC-240916-02 Request for removal of content
  Sent: Monday, September 16, 2024 3:00 PM

was read on Tuesday, September 17, 2024 9:12 AM.

--mdn56
Content-Type: message/disposition-notification

Reporting-UA: fb.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;records@fb.com
Original-Message-ID: <req56-240916-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn56--
"""
case(name="meta-read-receipt", **{"from": "records@fb.com"}, name_from="Meta Records",
     date="Tue, 17 Sep 2024 00:12:00 +0000", reply_to_req="req56-240916-02",
     subject="Read: KCSC-240916-02 Request for removal of content",
     raw_mime=MDN,
     outcome="ignored", classification="read_receipt",
     imitates="Outlook read receipt (MDN, multipart/report; report-type=disposition-notification)",
     why="A read receipt is ignored (issue 11, item 2).")

case(name="yt-ticket-receipt", **{"from": "legal-noreply@google.com"}, name_from="Google Legal",
     date="Tue, 10 Sep 2024 01:05:00 +0000", reply_to_req="req56-240910-01",
     subject="[7-4410000034217] Your legal request has been received",
     body="""Hello,

Thanks for contacting Google's legal team. This is an automated message to confirm that we
have received your submission. Your reference number is 7-4410000034217.

We'll review your request and get back to you. Please do not reply to this message.

Google LLC""",
     outcome="ignored", classification="acknowledgement",
     imitates="Google legal removal request automated receipt",
     why="A pure receipt: no item named, no statement about content.")

case(name="kakao-ticket-receipt-korean", **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
     date="Fri, 13 Sep 2024 09:31:10 +0900", reply_to_req="req56-240913-01",
     subject="[카카오 고객센터] 문의가 접수되었습니다",
     body="""안녕하세요, 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: 20240913-0048821

담당자가 확인 후 순차적으로 답변드리겠습니다.
본 메일은 발신 전용입니다.""",
     outcome="ignored", classification="acknowledgement",
     imitates="Kakao 고객센터 문의 접수 자동 안내",
     why="Ticket receipt; names no item and states nothing.")

case(name="discord-unmonitored-autoreply", **{"from": "legal@discord.com"}, name_from="Discord Legal",
     date="Tue, 17 Sep 2024 04:00:10 +0000", reply_to_req="req56-240917-02",
     subject="Automatic reply: KCSC-240917-02 Request for removal of content",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""This is an automated response. This inbox is not monitored for content reports.

To report content to Discord's Trust & Safety team, please use https://dis.gd/request.
Law enforcement and government requests can be submitted via https://app.kodex.us/discord/signup.

Discord Inc.""",
     outcome="ignored", classification="auto_reply",
     imitates="Discord legal@ inbox automatic reply pointing to the web form",
     why="Auto-reply; the links are forms, not items.")


HEADER = """# Blind set 56 (issue 11): a general mix in English and Korean over nine
# platforms. Written by tests/corpus/blind56/make.py from the case list,
# expected results from each email's meaning, before anything ran."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind56", HEADER, CASES)
