#!/usr/bin/env python3
"""Blind set 78 (issue 11): a general mix, English and Korean, nine platforms.

Written without reading the reader or any other corpus set. Every expected
result below was written from the email's meaning before anything ran.
Deterministic: rerunning rewrites identical files.
"""
import base64
import csv
import io
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
HANDLE = "밤의소문TV"
Y = {
    1: "https://www.youtube.com/watch?v=kT3vR8mPq2A",
    2: "https://www.youtube.com/watch?v=Lw9xN4bZc7E",
    3: "https://www.youtube.com/watch?v=pH6jD1sYf0U",
    4: "https://www.youtube.com/shorts/Vr2gK8nQm5T",
    5: "https://www.youtube.com/shorts/aZ4eW7cXb1M",
    6: "https://www.youtube.com/watch?v=Hn8tY3uJk6R",
    7: "https://www.youtube.com/@" + quote(HANDLE),
    8: "https://www.youtube.com/watch?v=Bq5mF2vLx9S",
    9: "https://www.youtube.com/watch?v=Ce7rT0hWn3K",
    10: "https://www.youtube.com/shorts/Dz1pS6gVa8Y",
    11: "https://www.youtube.com/watch?v=Ef4kM9qUo2I",
    12: "https://www.youtube.com/watch?v=Gt8bN5xRj1P",
    13: "https://www.youtube.com/watch?v=Ju3cH7wLe6Z",
    14: "https://www.youtube.com/channel/UCx7Qm2Lr9Ks4Vt1Np8Hw3Za",
}
Y7_IRI = "https://www.youtube.com/@" + HANDLE
N = {
    1: "https://blog.naver.com/moonlit_rumor/223567890123",
    2: "https://cafe.naver.com/gossipden/48211",
    3: "https://m.blog.naver.com/pinkdawn77/223571234567",
    4: "https://blog.naver.com/silverfox_k/223560011223",
    5: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80201&docId=471234567",
}
X = {
    1: "https://x.com/shadow_relay/status/1832456789012345678",
    2: "https://twitter.com/leakbox_kr/status/1833001122334455667",
    3: "https://x.com/night_owl_99/status/1833556677889900112",
    4: "https://x.com/leakbox_kr",
}
T = {
    1: "https://t.me/hidden_alley_kr/512",
    2: "https://t.me/hidden_alley_kr/513",
    3: "https://t.me/velvet_drop",
}
K = {
    1: "https://cafe.daum.net/rumormill/Abc1/2231",
    2: "https://fakestory77.tistory.com/214",
    3: "https://open.kakao.com/o/gAbC1dEf",
}
TT = {
    1: "https://www.tiktok.com/@glitter.whisper/video/7412345678901234567",
    2: "https://vt.tiktok.com/ZSabc123X/",
}
M = {
    1: "https://www.instagram.com/p/C_aB1cD2eF3/",
    2: "https://www.facebook.com/moonshade.page/posts/pfbid0Xq7Lm2Kd9Rt4",
}
RD = {1: "https://www.reddit.com/r/kpopleaks_fake/comments/1fcd2xy/new_batch/"}
DC = {1: "https://discord.gg/Vt7kQp2R"}

REQS = [
    # ref, platform, sent, due, items, category
    ("KCSC-240910-01", "youtube", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", Y, "defamation"),
    ("KCSC-240911-01", "naver", "2024-09-11T11:00:00+09:00", "2024-09-18T18:00:00+09:00", N, "privacy_violation"),
    ("KCSC-240912-01", "x", "2024-09-12T09:30:00+09:00", "2024-09-19T18:00:00+09:00", X, "deepfake_sexual_abuse"),
    ("KCSC-240913-01", "telegram", "2024-09-13T14:00:00+09:00", "2024-09-20T18:00:00+09:00", T, "deepfake_sexual_abuse"),
    ("KCSC-240913-02", "kakao", "2024-09-13T15:00:00+09:00", "2024-09-20T18:00:00+09:00", K, "defamation"),
    ("KCSC-240914-01", "tiktok", "2024-09-14T10:00:00+09:00", "2024-09-21T18:00:00+09:00", TT, "illegal_gambling"),
    ("KCSC-240916-01", "meta", "2024-09-16T10:00:00+09:00", "2024-09-23T18:00:00+09:00", M, "drug_sales"),
    ("KCSC-240916-02", "reddit", "2024-09-16T16:00:00+09:00", "2024-09-23T18:00:00+09:00", RD, "deepfake_sexual_abuse"),
    ("KCSC-240917-01", "discord", "2024-09-17T10:00:00+09:00", "2024-09-24T18:00:00+09:00", DC, "deepfake_sexual_abuse"),
]


def msgid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, items, cat in REQS:
        for k in sorted(items):
            w.writerow([ref, plat, sent, due, items[k], cat, f"<{msgid(ref)}@kcsc.example>", ""])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def quoted_request(ref, items, when, lang="en"):
    """Our request, quoted with '> '."""
    lines = [f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:" if lang == "en"
             else f"{when}, KCSC Takedown <takedown@kcsc.example>님이 작성:"]
    body = [f"Request {ref}", "Dear Sir or Madam,",
            "The Korea Communications Standards Commission requests the removal of the following content:"]
    body += [f"{i}. {u}" for i, u in enumerate(items, 1)]
    body += ["Please reply to this address stating the action taken for each URL.", "KCSC Takedown desk"]
    return "\n".join(lines + ["> " + b for b in body])


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def alt(plain, html, enc="base64", boundary="b78alt"):
    if enc == "base64":
        p, h = b64(plain), b64(html)
    else:
        p, h = qp(plain), qp(html)
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: {enc}\n\n{p}\n"
        f"--{boundary}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: {enc}\n\n{h}\n"
        f"--{boundary}--\n"
    )


CASES = []


def case(**c):
    CASES.append(c)


# ================================================================ YouTube
case(
    name="yt-legal-removed-bullets",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 03:12:44 +0000",
    subject="Re: [KCSC-240910-01] Removal request - YouTube",
    reply_to_req=msgid("KCSC-240910-01"),
    body=f"""Hello,

Thank you for your notice. After review, we have removed the following content from YouTube:

 * {Y[1]}
 * {Y[2]}
 * {Y[3]}

The uploaders have been notified. Content on YouTube is subject to our
Community Guidelines (https://www.youtube.com/howyoutubeworks/policies/community-guidelines/)
and to local law. For more information about legal removals please visit
https://support.google.com/youtube/answer/6154230 .

Regards,
The YouTube Legal Team

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removals team outcome email ('we have removed the following content', help-centre links, Google LLC footer)",
    why="bulleted list after a 'we have removed the following content' sentence; the two policy/help links are not items",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "removed"},
)

case(
    name="yt-geo-blocked-korea",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 06:40:10 +0000",
    subject="Re: [KCSC-240910-01] Your legal complaint [7-4482000039581]",
    reply_to_req=msgid("KCSC-240910-01"),
    body=f"""Hi there,

Thanks for reaching out to us.

Upon review of the URLs below, we have restricted access to this content on
YouTube in South Korea based on local law. The content remains available in
other countries.

{Y[4]}
{Y[5]}

If you have questions, please reply to this email referencing ticket
7-4482000039581.

Sincerely,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-complaint reply 'we have restricted access to this content in <country>' (local-law geo-block), with a ticket number",
    why="the statement stands above the bare URL list; 'remains available in other countries' must not turn it into a rejection",
    items={Y[4]: "restricted", Y[5]: "restricted"},
)

case(
    name="yt-status-below-url",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Sat, 14 Sep 2024 01:05:00 +0000",
    subject="Re: [KCSC-240910-01] Update on the reported videos",
    reply_to_req=msgid("KCSC-240910-01"),
    body=f"""Hello,

We've completed our review of part of your request. Outcome per URL:

{Y[6]}
We removed this video for violating our harassment policy.

{Y[8]}
After careful review we did not find a violation of our Community Guidelines
or of local law, so we are not taking action on this video at this time.

{Y[9]}
We were unable to locate this video. It may already have been removed by the uploader.

We are still looking into the other URLs in your notice.

Best,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube per-URL outcome notice (status paragraph under each bare URL), 'not taking action at this time' / 'unable to locate'",
    why="statuses on the line below each bare URL; a negated action with a reason is a rejection; 'may already have been removed' is a hedged cause inside a not-found statement; the rest stay pending",
    items={Y[6]: "removed", Y[8]: "rejected", Y[9]: "not_found"},
)

case(
    name="yt-age-restricted-one-liner",
    **{"from": "youtube-legal@youtube.com"},
    name_from="YouTube",
    date="Sat, 14 Sep 2024 09:22:00 +0000",
    subject="Re: [KCSC-240910-01]",
    reply_to_req=msgid("KCSC-240910-01"),
    body=f"""{Y[10]} has been age-restricted and is no longer viewable by signed-out users or users under 18.

YouTube Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction notice ('age-restricted ... not viewable by users under 18'), reduced to a URL and one sentence",
    why="a notice that is only a URL and one sentence; age restriction is a restriction, not a removal",
    items={Y[10]: "restricted"},
)

case(
    name="yt-korean-iri-handle-terminated",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube 법무팀",
    date="Mon, 16 Sep 2024 02:30:00 +0000",
    subject="RE: [KCSC-240910-01] 시정요구에 대한 회신",
    reply_to_req=msgid("KCSC-240910-01"),
    body=f"""안녕하세요, 방송통신심의위원회 담당자님.

요청하신 채널 {Y7_IRI}은(는) YouTube 커뮤니티 가이드 위반으로 해지되었습니다.
해당 채널과 채널의 모든 동영상은 더 이상 YouTube에서 볼 수 없습니다.

나머지 URL은 검토가 끝나는 대로 별도로 안내드리겠습니다.

감사합니다.
YouTube 법무팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korean-language channel termination notice ('커뮤니티 가이드 위반으로 채널이 해지되었습니다')",
    why="the handle is written as a raw Korean IRI followed by a particle 은(는); the request holds it percent-encoded; channel termination is a removal",
    items={Y[7]: "removed"},
)

_yt_table_html = f"""<html><body>
<p>Dear KCSC team,</p>
<p>Please find below the outcome of our review of notice KCSC-240910-01.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action taken</th><th>Notes</th></tr>
<tr><td><a href="{Y[11]}">{Y[11]}</a></td><td>Removed globally</td><td>Community Guidelines &ndash; harassment</td></tr>
<tr><td><a href="{Y[12]}">{Y[12]}</a></td><td>Blocked in KR</td><td>Local law</td></tr>
<tr><td><a href="{Y[13]}">{Y[13]}</a></td><td>No action</td><td>Not in violation of policy or local law</td></tr>
</table>
<p>Learn more about how we handle government requests: <a href="https://transparencyreport.google.com/government-removals/overview">Transparency Report</a></p>
<p>Google Legal Removals</p>
</body></html>"""
_yt_table_plain = f"""Dear KCSC team,

Please find below the outcome of our review of notice KCSC-240910-01.

Reported URL | Action taken | Notes
{Y[11]} | Removed globally | Community Guidelines - harassment
{Y[12]} | Blocked in KR | Local law
{Y[13]} | No action | Not in violation of policy or local law

Learn more about how we handle government requests:
https://transparencyreport.google.com/government-removals/overview

Google Legal Removals
"""
case(
    name="yt-html-table-qp",
    **{"from": "removals@google.com"},
    name_from="Google Legal Removals",
    date="Tue, 17 Sep 2024 04:10:00 +0000",
    subject="Outcome of government request KCSC-240910-01",
    reply_to_req=msgid("KCSC-240910-01"),
    raw_mime=alt(_yt_table_plain, _yt_table_html, enc="quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="Google government-removal outcome table (URL / action / reason) as in Transparency Report summaries, multipart/alternative quoted-printable",
    why="table rows: removed, blocked in KR (restricted), 'No action' with a not-in-violation note (rejected); the transparency link is not an item",
    items={Y[11]: "removed", Y[12]: "restricted", Y[13]: "rejected"},
)

_yt_csv = (
    "url,decision,policy\r\n"
    f"{Y[14]},Channel terminated,Spam & deceptive practices\r\n"
    f"{Y[3]},No violation found - content remains live,\r\n"
    f"{Y[2]},Video unavailable / not found,\r\n"
)
case(
    name="yt-csv-attachment",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 18 Sep 2024 00:15:00 +0000",
    subject="Re: [KCSC-240910-01] Decisions attached",
    reply_to_req=msgid("KCSC-240910-01"),
    raw_mime=(
        'Content-Type: multipart/mixed; boundary="b78mix"\n\n'
        "--b78mix\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 7bit\n\n"
        "Hello,\n\nThe decisions for three of the URLs in your request are in the attached file.\n\n"
        "YouTube Legal Support\n\n"
        "--b78mix\nContent-Type: text/csv; charset=utf-8; name=\"decisions-KCSC-240910-01.csv\"\n"
        "Content-Disposition: attachment; filename=\"decisions-KCSC-240910-01.csv\"\n"
        "Content-Transfer-Encoding: base64\n\n" + b64(_yt_csv) + "\n--b78mix--\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="bulk decision export as a CSV attachment (url, decision, policy) sent by a platform legal team",
    why="the statuses are only in the base64 CSV attachment: terminated = removed, no violation/remains live = rejected, unavailable/not found = not_found",
    items={Y[14]: "removed", Y[3]: "rejected", Y[2]: "not_found"},
)

case(
    name="yt-top-posted-over-quote",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 18 Sep 2024 05:44:00 +0000",
    subject="Re: [KCSC-240910-01] Removal request - YouTube",
    reply_to_req=msgid("KCSC-240910-01"),
    body=f"""Hello,

Quick update: {Y[2]} and {Y[5]} have now been taken down.
The remaining URLs from your list are still being reviewed.

YouTube Legal Support

{quoted_request("KCSC-240910-01", [Y[k] for k in range(1, 15)], "Tue, Sep 10, 2024 at 10:00 AM")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply above the quoted original notice ('On ... wrote:' with '> ' lines)",
    why="only the two URLs in the unquoted top part are taken down; the quoted 14-URL list is ours and changes nothing",
    items={Y[2]: "removed", Y[5]: "removed"},
)

case(
    name="yt-bulk-all-actioned",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 19 Sep 2024 02:00:00 +0000",
    subject="Re: [KCSC-240910-01] Removal request - YouTube",
    reply_to_req=msgid("KCSC-240910-01"),
    body="""Hello,

All of the URLs listed in your request KCSC-240910-01 have been actioned.

Regards,
YouTube Legal Support
""",
    outcome="review", review="bulk",
    imitates="short blanket closing reply of a legal-removals desk ('all of the URLs listed have been actioned')",
    why="a blanket statement for the whole request with no URL; config says bulk confirmations go to review",
    items={},
)

case(
    name="yt-still-under-review",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 08:00:00 +0000",
    subject="Re: [KCSC-240910-01] Removal request - YouTube",
    reply_to_req=msgid("KCSC-240910-01"),
    body=f"""Hello,

We have received your notice regarding:
{Y[6]}
{Y[8]}

These videos are currently under review by our team and may be removed or
restricted if we determine that they violate local law. We will follow up
once a decision has been made.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube 'your notice is under review' interim email that names the videos and promises a follow-up",
    why="names two items but states no decision ('may be removed or restricted' is conditional); a clerk must see it, nothing is applied",
    items={},
)

case(
    name="yt-out-of-office",
    **{"from": "legal-kr@google.com"},
    name_from="Jiyoon Park",
    date="Wed, 11 Sep 2024 00:01:00 +0000",
    subject="Automatic reply: [KCSC-240910-01] Removal request - YouTube",
    reply_to_req=msgid("KCSC-240910-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""I am out of the office until 23 September with limited access to email.
For urgent legal matters please contact legal-kr@google.com.

{quoted_request("KCSC-240910-01", [Y[1], Y[2], Y[3]], "Tue, Sep 10, 2024 at 10:00 AM")}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Gmail out-of-office automatic reply with the original message quoted",
    why="auto-reply; the URLs are only in the quoted request",
    items={},
)

# ================================================================ NAVER
case(
    name="naver-imsijochi-two-blogs",
    **{"from": "noreply_right@navercorp.com"},
    name_from="네이버 게시중단요청서비스",
    date="Thu, 12 Sep 2024 05:30:00 +0000",
    subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240911-01)",
    reply_to_req=msgid("KCSC-240911-01"),
    body=f"""안녕하세요. 네이버 게시중단요청서비스입니다.

요청하신 게시물에 대해 정보통신망법 제44조의2에 따라 30일간 임시조치하였습니다.

■ 처리 대상 게시물
- {N[1]}
- {N[3]}

임시조치된 게시물은 게시자가 30일 이내에 재게시를 요청하지 않으면 삭제됩니다.
자세한 내용은 게시중단요청서비스(https://right.naver.com)에서 확인하실 수 있습니다.

본 메일은 발신전용입니다.
ⓒ NAVER Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 처리 결과 안내 ('정보통신망법 제44조의2에 따라 30일간 임시조치') with 처리 대상 게시물 list",
    why="임시조치 is a restriction (issue 11); the deletion after 30 days is future/conditional and does not make it removed; right.naver.com is not an item",
    items={N[1]: "restricted", N[3]: "restricted"},
)

case(
    name="naver-cafe-blind",
    **{"from": "cafe_admin@navercorp.com"},
    name_from="네이버 카페 운영팀",
    date="Thu, 12 Sep 2024 07:02:00 +0000",
    subject="Re: [KCSC-240911-01] 카페 게시글 조치 결과",
    reply_to_req=msgid("KCSC-240911-01"),
    body=f"""담당자님 안녕하세요, 네이버 카페 운영팀입니다.

신고해 주신 카페 게시글
{N[2]}
은 카페 운영정책 위반(개인정보 노출)이 확인되어 블라인드 처리되었습니다.

네이버 카페 운영정책: https://cafe.naver.com/cafeservicepolicy

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 카페 '운영정책 위반으로 블라인드 처리되었습니다' notice",
    why="URL on its own line inside the sentence, statement continues on the next line; 블라인드 is a removal; the policy link is not an item",
    items={N[2]: "removed"},
)

_naver_table = f"""<html><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구(KCSC-240911-01)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1">
<tr><th>연번</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>삭제</td><td>-</td></tr>
<tr><td>2</td><td>{N[4]}</td><td>조치불가</td><td>게시물 없음(작성자 삭제)</td></tr>
<tr><td>3</td><td>{N[5]}</td><td>미조치</td><td>서비스 운영정책 위반사항 없음</td></tr>
</table>
<p>네이버 주식회사 정책지원팀 드림</p>
</body></html>"""
case(
    name="naver-kcsc-result-table",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Fri, 13 Sep 2024 02:00:00 +0000",
    subject="[회신] 시정요구 조치결과 통보 (KCSC-240911-01)",
    reply_to_req=msgid("KCSC-240911-01"),
    type="html",
    body=_naver_table,
    outcome="applied", classification="confirmation",
    imitates="Korean 공문-style 시정요구 조치결과 회신 table (연번 / URL / 조치결과 / 비고)",
    why="삭제 = removed; 조치불가 with 게시물 없음(작성자 삭제) = not_found (not rejected); 미조치 with 위반사항 없음 = rejected",
    items={N[1]: "removed", N[4]: "not_found", N[5]: "rejected"},
)

case(
    name="naver-url-with-particle",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Fri, 13 Sep 2024 08:45:00 +0000",
    subject="RE: [KCSC-240911-01] 추가 회신",
    reply_to_req=msgid("KCSC-240911-01"),
    body=f"""안녕하세요.

{N[3]}에 대해서는 금일 게시중단 조치를 완료하였습니다.

네이버 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="short NAVER policy-team follow-up ('…에 대해서는 게시중단 조치를 완료하였습니다')",
    why="the URL is followed directly by the particle 에 with no space; 게시중단 조치 완료 is a removal",
    items={N[3]: "removed"},
)

case(
    name="naver-will-review",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Thu, 12 Sep 2024 01:10:00 +0000",
    subject="RE: [KCSC-240911-01] 시정요구 관련",
    reply_to_req=msgid("KCSC-240911-01"),
    body=f"""안녕하세요.

보내주신 시정요구 중 아래 게시물은 내부 검토 후 삭제 또는 임시조치할 예정입니다.
{N[4]}
{N[5]}

처리가 완료되면 다시 회신드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean portal interim reply ('검토 후 … 조치할 예정입니다')",
    why="future tense (예정) and an open choice between deletion and 임시조치: nothing happened yet; names items so it must reach review",
    items={},
)

case(
    name="naver-ack-echo",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    date="Wed, 11 Sep 2024 03:00:00 +0000",
    subject="[네이버 고객센터] 문의가 접수되었습니다",
    reply_to_req=msgid("KCSC-240911-01"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""안녕하세요. 네이버 고객센터입니다.

고객님의 신고가 정상적으로 접수되었습니다. (접수번호: 2024091100387)

■ 접수 내용
신고 유형: 권리침해(개인정보)
신고 게시물: {N[1]}

담당자가 확인 후 순차적으로 답변드리겠습니다.
본 메일은 발신전용이며, 회신되지 않습니다.
""",
    outcome="ignored",
    imitates="NAVER 고객센터 automatic receipt ('신고가 정상적으로 접수되었습니다', 접수번호, echoed 접수 내용)",
    why="a pure receipt that echoes the reported URL but states nothing about it; acknowledgement or auto_reply both acceptable, so no classification",
    items={},
)

_mdn = (
    'Content-Type: multipart/report; report-type=disposition-notification; boundary="b78mdn"\n\n'
    "--b78mdn\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
    "보낸 메일 '[KCSC-240911-01] 시정요구'를 수신자가 2024-09-11 13:20에 읽었습니다.\n\n"
    "--b78mdn\nContent-Type: message/disposition-notification\n\n"
    "Reporting-UA: mail.naver.com\nFinal-Recipient: rfc822; policy@navercorp.com\n"
    f"Original-Message-ID: <{msgid('KCSC-240911-01')}@kcsc.example>\n"
    "Disposition: manual-action/MDN-sent-manually; displayed\n\n--b78mdn--\n"
)
case(
    name="naver-read-receipt",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Wed, 11 Sep 2024 04:20:00 +0000",
    subject="읽음 확인: [KCSC-240911-01] 시정요구",
    reply_to_req=msgid("KCSC-240911-01"),
    raw_mime=_mdn,
    outcome="ignored",
    imitates="RFC 8098 read receipt (MDN) in Korean as sent by webmail clients",
    why="a read receipt says nothing about items (issue 11: ignored, not forwarded)",
    items={},
)

case(
    name="naver-lookalike-sender",
    **{"from": "notice@naver-rightcenter.com"},
    name_from="네이버 권리보호센터",
    date="Sat, 14 Sep 2024 10:00:00 +0000",
    subject="[KCSC-240911-01] 게시중단 처리 완료",
    reply_to_req=msgid("KCSC-240911-01"),
    body=f"""안녕하세요, 네이버 권리보호센터입니다.

요청하신 아래 게시물의 삭제 처리를 완료하였습니다.
1. {N[4]}
2. {N[5]}

감사합니다.
""",
    outcome="review", review="unknown_sender",
    imitates="NAVER-style 처리 완료 notice sent from a look-alike domain",
    why="authenticated but naver-rightcenter.com is no platform's sender: a spoof attempt must reach review, nothing applied",
    items={},
)

# ================================================================ X
case(
    name="x-withheld-in-kr",
    **{"from": "legal-support@x.com"},
    name_from="X Legal",
    date="Fri, 13 Sep 2024 11:00:00 +0000",
    subject="Re: [KCSC-240912-01] Legal request - case 0196623441",
    reply_to_req=msgid("KCSC-240912-01"),
    body=f"""Hello,

We're writing to let you know that, in response to your request, X has
withheld the following content in South Korea:

{X[1]}
{X[2]}

X withholds content in a country in response to valid legal demands. More
information: https://help.x.com/en/rules-and-policies/post-withheld-by-country

The account holders have been notified where permitted.

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X 'Post withheld in <country>' legal-request reply (country-withheld content, help-centre link)",
    why="withheld in South Korea = restricted; the help link about withheld posts is not an item; twitter.com URL belongs to X",
    items={X[1]: "restricted", X[2]: "restricted"},
)

case(
    name="x-suspended-and-no-violation",
    **{"from": "legal-support@x.com"},
    name_from="X Legal",
    date="Sat, 14 Sep 2024 11:00:00 +0000",
    subject="Re: [KCSC-240912-01] Legal request - case 0196623441",
    reply_to_req=msgid("KCSC-240912-01"),
    body=f"""Hello,

Thank you for your patience. Regarding the remaining items:

1. {X[4]} - This account has been suspended for violating the X Rules.
2. {X[3]} - We reviewed the reported post and found that it is not in
   violation of the X Rules or of applicable local law. We will not be taking
   any action on it at this time.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome reply with numbered items ('account has been suspended', 'not in violation ... will not be taking any action')",
    why="a suspended account is removed; a refusal with a reason wrapped over two lines is a rejection",
    items={X[4]: "removed", X[3]: "rejected"},
)

case(
    name="x-dmarc-fail",
    **{"from": "legal-support@x.com"},
    name_from="X Legal",
    auth="fail",
    date="Sat, 14 Sep 2024 13:00:00 +0000",
    subject="Re: [KCSC-240912-01] Legal request",
    reply_to_req=msgid("KCSC-240912-01"),
    body=f"""Hello,

We have removed the following post: {X[1]}

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal removal confirmation, but with DMARC failing for x.com",
    why="perfect confirmation with dmarc=fail: must not apply, must be seen",
    items={},
)

case(
    name="x-claims-youtube-item",
    **{"from": "legal-support@x.com"},
    name_from="X Legal",
    date="Sun, 15 Sep 2024 02:00:00 +0000",
    subject="Re: reported link",
    body=f"""Hello,

The link you sent, {Y[1]}, has been removed.

X Legal
""",
    outcome="review", review="wrong_platform",
    imitates="misdirected platform reply naming another platform's URL",
    why="X cannot state the status of a YouTube item: nothing applied, review",
    items={},
)

# ================================================================ Telegram
case(
    name="tg-ack-phrase-plus-statements",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Fri, 13 Sep 2024 18:00:00 +0000",
    subject="Re: [KCSC-240913-01] Case #40918227",
    reply_to_req=msgid("KCSC-240913-01"),
    body=f"""Hello,

Thank you for your report, we have received it. Case #40918227.

The channel {T[3]} has been blocked on all platforms for distributing
non-consensual intimate imagery. The message {T[1]} was also taken down.

Telegram Abuse Team
https://telegram.org/faq#q-there-39s-illegal-content-on-telegram-how-do-i-take-it-down
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply ('has been blocked', case number, link to the FAQ on illegal content)",
    why="an acknowledgement phrase plus unhedged statements about items is not an acknowledgement; blocked channel = removed",
    items={T[3]: "removed", T[1]: "removed"},
)

case(
    name="tg-invalid-link",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Sun, 15 Sep 2024 07:00:00 +0000",
    subject="Re: [KCSC-240913-01] Case #40918227",
    reply_to_req=msgid("KCSC-240913-01"),
    body=f"""Hi,

{T[2]}
This link is invalid, the message does not exist.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="terse Telegram abuse-desk reply ('This link is invalid' under a bare link)",
    why="status on the line below the URL; invalid / does not exist = not_found",
    items={T[2]: "not_found"},
)

case(
    name="tg-lookalike-domain",
    **{"from": "dsa@telegram-support.org"},
    name_from="Telegram Support",
    date="Sun, 15 Sep 2024 09:00:00 +0000",
    subject="Re: [KCSC-240913-01] Case #40918227",
    reply_to_req=msgid("KCSC-240913-01"),
    body=f"""Hello,

The following content has been removed:
{T[1]}
{T[2]}

Telegram Support
""",
    outcome="review", review="unknown_sender",
    imitates="Telegram-style removal reply from a look-alike domain",
    why="telegram-support.org is not telegram.org: nothing applied, review",
    items={},
)

case(
    name="yt-bounce-of-reminder",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    auth="none",
    date="Wed, 18 Sep 2024 00:30:00 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=(
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b78dsn"\n\n'
        "--b78dsn\nContent-Type: text/plain; charset=us-ascii\n\n"
        "This is the mail system at host mx.kcsc.example.\n\n"
        "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
        "<legal-kr@google.com>: host aspmx.l.google.com[198.51.100.7] said: 552 5.2.2\n    mailbox full\n\n"
        "--b78dsn\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx.kcsc.example\n\n"
        "Final-Recipient: rfc822; legal-kr@google.com\nAction: failed\nStatus: 5.2.2\n"
        "Diagnostic-Code: smtp; 552 5.2.2 mailbox full\n\n"
        "--b78dsn\nContent-Type: text/rfc822-headers\n\n"
        "From: KCSC Takedown <takedown@kcsc.example>\nTo: legal-kr@google.com\n"
        "Subject: Reminder: [KCSC-240910-01] content still available\n"
        f"Message-ID: <reminder-240910-01-1@kcsc.example>\nReferences: <{msgid('KCSC-240910-01')}@kcsc.example>\n\n"
        "--b78dsn--\n"
    ),
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (multipart/report delivery-status) for one of our reminders",
    why="a bounce of our own reminder says nothing about items",
    items={},
)

# ================================================================ Kakao / Daum
case(
    name="kakao-daum-cafe-and-tistory",
    **{"from": "cs_policy@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Sat, 14 Sep 2024 03:30:00 +0000",
    subject="[카카오] 시정요구(KCSC-240913-02) 처리 결과 안내",
    reply_to_req=msgid("KCSC-240913-02"),
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

귀 위원회에서 요청하신 게시물에 대한 처리 결과를 안내드립니다.

1) 다음 카페 게시글 : {K[1]}
   → 운영자에 의해 게시중단 처리되었습니다.
2) 티스토리 게시글 : {K[2]}
   → 해당 글은 비공개 처리되었으며, 외부에서 더 이상 열람할 수 없습니다.

카카오 운영정책 https://www.kakao.com/policy/oppolicy
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 처리 결과 안내 (numbered list with '→' outcome lines, 운영정책 link)",
    why="게시중단 by the operator and 비공개 처리 are removals (issue 11); the policy link is not an item",
    items={K[1]: "removed", K[2]: "removed"},
)

case(
    name="kakao-openchat-closed",
    **{"from": "openchat_safety@kakaocorp.com"},
    name_from="카카오톡 오픈채팅 운영팀",
    date="Mon, 16 Sep 2024 06:00:00 +0000",
    subject="RE: [KCSC-240913-02] 오픈채팅방 관련 회신",
    reply_to_req=msgid("KCSC-240913-02"),
    body=f"""안녕하세요.

신고하신 오픈채팅방({K[3]})은 운영정책 위반이 확인되어 방이 종료(폐쇄) 처리되었습니다.
해당 링크로는 더 이상 입장하실 수 없습니다.

카카오톡 오픈채팅 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="KakaoTalk open-chat 운영정책 위반 closure notice ('방이 종료 처리되었습니다')",
    why="URL inside parentheses followed by ')은'; a closed room is removed",
    items={K[3]: "removed"},
)

case(
    name="kakao-asks-documents",
    **{"from": "cs_policy@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Sat, 14 Sep 2024 01:00:00 +0000",
    subject="[카카오] 추가 자료 요청 (KCSC-240913-02)",
    reply_to_req=msgid("KCSC-240913-02"),
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

요청하신 게시물 {K[2]} 에 대하여 권리침해 여부를 판단하기 위해
피해 당사자 확인 자료(명예훼손 대상자 특정 자료)를 추가로 보내주시기 바랍니다.
자료가 접수되면 검토를 진행하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Kakao/Daum 권리침해신고 '소명자료 추가 요청' email",
    why="asks for documents before acting; nothing done; must reach review",
    items={},
)

# ================================================================ TikTok
case(
    name="tiktok-removed-and-invalid",
    **{"from": "legal@tiktok.com"},
    name_from="TikTok Legal",
    date="Mon, 16 Sep 2024 04:00:00 +0000",
    subject="Re: [KCSC-240914-01] Government takedown request",
    reply_to_req=msgid("KCSC-240914-01"),
    body=f"""Dear KCSC,

Thank you for contacting TikTok. We have reviewed the content you reported.

- {TT[1]} : Removed. This video violated our Community Guidelines on gambling.
- {TT[2]} : We couldn't find any content at this link. Please check that the link is correct.

You can learn more about our Community Guidelines at
https://www.tiktok.com/community-guidelines

TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok law-enforcement / government request reply with per-link results and Community Guidelines link",
    why="'Removed.' after a colon; 'couldn't find any content at this link' = not_found even though it asks to check the link",
    items={TT[1]: "removed", TT[2]: "not_found"},
)

case(
    name="tiktok-will-remove",
    **{"from": "legal@tiktok.com"},
    name_from="TikTok Legal",
    date="Sun, 15 Sep 2024 02:00:00 +0000",
    subject="Re: [KCSC-240914-01] Government takedown request",
    reply_to_req=msgid("KCSC-240914-01"),
    body=f"""Dear KCSC,

We have escalated {TT[1]} to our specialist team and expect it to be removed within 24 hours.

TikTok Legal
""",
    outcome="review", review="not_understood",
    imitates="TikTok escalation interim reply ('expect it to be removed within 24 hours')",
    why="future and expectation only; must not apply removed",
    items={},
)

case(
    name="tiktok-ticket-receipt",
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok Support",
    date="Sat, 14 Sep 2024 01:05:00 +0000",
    subject="[Ticket #TT-8817720] We've received your request",
    reply_to_req=msgid("KCSC-240914-01"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hi,

Thanks for reaching out. We've received your request and a ticket has been
created (#TT-8817720). Our team will get back to you as soon as possible.

TikTok Support
""",
    outcome="ignored",
    imitates="Zendesk-style ticket receipt used by platform support desks",
    why="pure ticket receipt, no item named",
    items={},
)

# ================================================================ Meta
case(
    name="meta-ig-restricted-fb-not-violating",
    **{"from": "records@fb.com"},
    name_from="Meta Platforms",
    date="Tue, 17 Sep 2024 03:00:00 +0000",
    subject="Re: [KCSC-240916-01] Request regarding content on Instagram and Facebook",
    reply_to_req=msgid("KCSC-240916-01"),
    raw_mime=alt(
        f"""Hello,

We've reviewed your report.

Instagram: we have restricted access to the following post in South Korea
in response to your request under local law:
{M[1]}

Facebook: the following post doesn't go against our Community Standards,
so we didn't take it down:
{M[2]}

Learn more about how Meta handles content reported for violating local law:
https://transparency.meta.com/reports/content-restrictions/

Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025
""",
        f"""<html><body><p>Hello,</p><p>We've reviewed your report.</p>
<p><b>Instagram:</b> we have restricted access to the following post in South Korea in response to your request under local law:<br>
<a href="{M[1]}">{M[1]}</a></p>
<p><b>Facebook:</b> the following post doesn't go against our Community Standards, so we didn't take it down:<br>
<a href="{M[2]}">{M[2]}</a></p>
<p>Learn more about how Meta handles content reported for violating local law:
<a href="https://transparency.meta.com/reports/content-restrictions/">Content restrictions</a></p>
<p>Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025</p></body></html>""",
        enc="base64",
    ),
    outcome="applied", classification="confirmation",
    imitates="Meta content-restriction-based-on-local-law reply and the 'doesn't go against our Community Standards' outcome, multipart/alternative base64",
    why="URL on the line below its statement, two statuses; a negated take-down with a reason is a rejection; the transparency link is not an item",
    items={M[1]: "restricted", M[2]: "rejected"},
)

case(
    name="meta-some-removed",
    **{"from": "records@fb.com"},
    name_from="Meta Platforms",
    date="Mon, 16 Sep 2024 09:00:00 +0000",
    subject="Re: [KCSC-240916-01] Request regarding content",
    reply_to_req=msgid("KCSC-240916-01"),
    body=f"""Hello,

We've taken action on some of the content you reported, including content
at the links below, in line with our policies:
{M[1]}
{M[2]}

Meta
""",
    outcome="review", review="not_understood",
    imitates="Meta 'we've taken action on some of the content you reported' summary",
    why="'some of the content ... including' does not say which of the two links were actioned; a clerk must decide",
    items={},
)

# ================================================================ Reddit
case(
    name="reddit-reported-content-echo",
    **{"from": "noreply@redditmail.com"},
    name_from="Reddit Safety",
    date="Tue, 17 Sep 2024 20:00:00 +0000",
    subject="Re: [KCSC-240916-02] Your report to Reddit",
    reply_to_req=msgid("KCSC-240916-02"),
    body=f"""Hi there,

Thanks for submitting a report to the Reddit admin team. After investigating,
we've found that the reported content violates Reddit's Content Policy and
have removed it.

Report details:
  Report reason: Non-consensual intimate media
  Reported content: {RD[1]}
  Submitted: 2024-09-16

For more on our policy, see https://www.redditinc.com/policies/content-policy
and https://support.reddithelp.com/hc/en-us/articles/360043513151

Reddit Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit admin report-outcome message ('the reported content violates Reddit's Content Policy and we have removed it') with the echoed report",
    why="statement about 'the reported content' followed by the echoed report naming the URL; policy/help links are not items",
    items={RD[1]: "removed"},
)

# ================================================================ Discord
case(
    name="discord-server-removed",
    **{"from": "legal@discord.com"},
    name_from="Discord Trust & Safety",
    date="Wed, 18 Sep 2024 16:00:00 +0000",
    subject="Re: [KCSC-240917-01] Report regarding server invite",
    reply_to_req=msgid("KCSC-240917-01"),
    body=f"""Hello,

Thanks for your report. We have removed the server associated with the invite
<{DC[1]}> from Discord for violating our Community Guidelines, and the invite
is no longer valid.

Discord Trust & Safety
https://discord.com/guidelines
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety report outcome ('we have removed the server ... for violating our Community Guidelines')",
    why="URL in angle brackets; 'invite is no longer valid' is a consequence of the removal, not a not_found",
    items={DC[1]: "removed"},
)

case(
    name="discord-out-of-office-auto",
    **{"from": "legal@discord.com"},
    name_from="Discord Legal",
    date="Tue, 17 Sep 2024 01:10:00 +0000",
    subject="Auto: [KCSC-240917-01] Report regarding server invite",
    reply_to_req=msgid("KCSC-240917-01"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""Thank you for contacting Discord Legal. This mailbox is not monitored
over the weekend and public holidays; your message will be read on the next
business day. Reports of illegal content should be submitted at
https://dis.gd/request.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 17, 2024 10:00 AM
To: legal@discord.com
Subject: [KCSC-240917-01] Report regarding server invite

Please remove the server reached by {DC[1]} .
""",
    outcome="ignored", classification="auto_reply",
    imitates="corporate auto-reply with the Outlook '-----Original Message-----' block of our request",
    why="auto-reply; the only item URL is inside the quoted original",
    items={},
)

# ================================================================ mixed extras
case(
    name="yt-korean-mixed-list",
    **{"from": "legal-kr@google.com"},
    name_from="구글코리아 법무팀",
    date="Thu, 19 Sep 2024 05:00:00 +0000",
    subject="RE: [KCSC-240910-01] 시정요구 조치결과",
    reply_to_req=msgid("KCSC-240910-01"),
    body=f"""안녕하세요.

요청하신 건의 조치결과를 알려드립니다.

• {Y[1]} → 한국 내 접근 제한
• {Y[6]} → 삭제 완료
• {Y[9]} → 존재하지 않는 동영상입니다.
• {Y[13]} → 검토 결과 정책 위반이 아니어서 게시를 유지합니다.

구글코리아 법무팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean-language 시정요구 조치결과 list from a global platform's Korean legal team",
    why="four statuses in Korean wording: 접근 제한 restricted, 삭제 완료 removed, 존재하지 않는 not_found, 정책 위반 아님/게시 유지 rejected",
    items={Y[1]: "restricted", Y[6]: "removed", Y[9]: "not_found", Y[13]: "rejected"},
)

case(
    name="x-unknown-agency-forward",
    **{"from": "monitor@safenet-watch.example"},
    name_from="SafeNet Watch",
    date="Wed, 18 Sep 2024 03:00:00 +0000",
    subject="FYI: X removed reported posts",
    body=f"""Hello KCSC,

We checked today and the post {X[3]} has been taken down by X.

SafeNet Watch volunteer team
""",
    outcome="review", review="unknown_sender",
    imitates="third-party NGO/monitoring volunteer email reporting on another platform's actions",
    why="a sender that is no platform names one of our items: review, nothing applied",
    items={},
)

case(
    name="naver-author-deleted",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Tue, 17 Sep 2024 01:00:00 +0000",
    subject="RE: [KCSC-240911-01] 지식iN 게시물 관련",
    reply_to_req=msgid("KCSC-240911-01"),
    body=f"""안녕하세요.

문의하신 지식iN 게시물은 확인 결과 작성자가 이미 삭제하여 현재 존재하지 않는 게시물입니다.
{N[5]}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER reply that a post was 이미 삭제 by its author ('존재하지 않는 게시물입니다')",
    why="already deleted by its author = not_found (not removed, not rejected); URL on the line below the statement",
    items={N[5]: "not_found"},
)

case(
    name="tg-partial-channel",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Mon, 16 Sep 2024 12:00:00 +0000",
    subject="Re: [KCSC-240913-01] Case #40918227",
    reply_to_req=msgid("KCSC-240913-01"),
    body=f"""Hello,

We have blocked most of the messages in the reported channel {T[3]}; a few
posts are still being reviewed.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse reply reporting partial action in a channel",
    why="the requested item is the whole channel; 'most of the messages' blocked is partial, the channel's status is unclear",
    items={},
)


HEADER = """# Blind set 78 (issue 11): general mix, English and Korean, nine platforms.
# Expected results written from each email's meaning before anything ran.
# Generated by make.py; do not edit by hand.
"""


def encode_headers():
    """Non-ASCII display names and subjects as RFC 2047 encoded-words, as real mailers send them."""
    from email.header import Header
    for c in CASES:
        for key in ("name_from", "subject"):
            v = c.get(key)
            if v is not None and not v.isascii():
                c[key] = Header(v, "utf-8").encode(maxlinelen=900)


def main():
    encode_headers()
    write_requests()
    corpuslib.write_set(HERE, "blind78", HEADER, CASES)


if __name__ == "__main__":
    main()
