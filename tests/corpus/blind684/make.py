#!/usr/bin/env python3
"""Blind set 684: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with their reasons, later sentences that revise earlier ones, a
table that disagrees with the text, statuses given by position. Every email
is fictional and written in our own words; every expected result was written
from the email's meaning before any run of the reader.

    python3 tests/corpus/blind684/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.setdefault("kakaocorp.com", "Kakao")

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240909-01", "KCSC-240910-02", "KCSC-240910-03", "KCSC-240911-04",
    "KCSC-240911-05", "KCSC-240912-06", "KCSC-240913-07",
)
X = {i: u for i, u in enumerate([
    "https://x.com/bet_lucky_k/status/1832001100000000101",
    "https://x.com/bet_lucky_k/status/1832001100000000102",
    "https://x.com/toto_sunday77/status/1832001100000000203",
    "https://x.com/toto_sunday77/status/1832001100000000204",
    "https://x.com/casino_hanbit/status/1832001100000000305",
    "https://x.com/casino_hanbit/status/1832001100000000306",
    "https://x.com/slotmania_kr/status/1832001100000000407",
    "https://x.com/slotmania_kr/status/1832001100000000408",
    "https://x.com/powerball_gg/status/1832001100000000509",
    "https://x.com/powerball_gg/status/1832001100000000510",
    "https://x.com/mintbet_official",
    "https://x.com/ladder_game_k/status/1832001100000000612",
], start=1)}
Y = {i: u for i, u in enumerate([
    "https://www.youtube.com/watch?v=Qm3vTz81LpA",
    "https://www.youtube.com/watch?v=bN7xKe20WsR",
    "https://www.youtube.com/shorts/Hd5pYc0qZ2u",
    "https://www.youtube.com/@icecrystal_shop",
    "https://www.youtube.com/watch?v=Lr8cW2nJx0E",
], start=1)}
T = {i: u for i, u in enumerate([
    "https://t.me/snowpost_seoul/118",
    "https://t.me/snowpost_seoul/121",
    "https://t.me/greenleaf_delivery",
    "https://t.me/greenleaf_delivery/45",
    "https://t.me/cryst4l_busan/9",
    "https://t.me/pilltrade_kr/302",
    "https://t.me/pilltrade_kr/307",
], start=1)}
N = {i: u for i, u in enumerate([
    "https://blog.naver.com/moonlit_rumor/223560001122",
    "https://cafe.naver.com/jachi2024/30518",
    "https://blog.naver.com/hanriver_gossip/223561234567",
], start=1)}
K_TISTORY_RAW = "https://chartking77.tistory.com/entry/무료-리딩방-안내"
K = {
    1: "https://gold-signal.tistory.com/88",
    2: "https://chartking77.tistory.com/entry/%EB%AC%B4%EB%A3%8C-%EB%A6%AC%EB%94%A9%EB%B0%A9-%EC%95%88%EB%82%B4",
    3: "https://brunch.co.kr/@goldsignal/31",
}
assert K[2] == "https://chartking77.tistory.com/entry/" + __import__("urllib.parse").parse.quote("무료-리딩방-안내")

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    (R1, "x", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     [X[i] for i in range(1, 13)], "illegal_gambling", "gambling promotion accounts (12 items)"),
    (R2, "youtube", "2024-09-10T09:30:00+09:00", "2024-09-17T18:00:00+09:00",
     [Y[i] for i in range(1, 5)], "drug_sale", "drug sale videos and channel"),
    (R3, "telegram", "2024-09-10T11:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [T[i] for i in range(1, 6)], "drug_sale", "drug delivery channels"),
    (R4, "naver", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00",
     [N[i] for i in range(1, 4)], "privacy", "posts exposing personal data"),
    (R5, "kakao", "2024-09-11T14:00:00+09:00", "2024-09-18T18:00:00+09:00",
     [K[i] for i in range(1, 4)], "illegal_finance", "unregistered investment advice"),
    (R6, "youtube", "2024-09-12T10:00:00+09:00", "2024-09-19T18:00:00+09:00",
     [Y[5]], "obscenity", "single video"),
    (R7, "telegram", "2024-09-13T09:00:00+09:00", "2024-09-20T18:00:00+09:00",
     [T[6], T[7]], "drug_sale", "prescription drug sale posts"),
]


def mid(ref):
    return "req-" + ref[5:].lower() + "@kcsc.example"


def rid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def request_text(ref):
    """The body of our own request, as it is quoted back to us."""
    for r, plat, sent, due, urls, cat, note in REQUESTS:
        if r == ref:
            lines = [f"Reference: {ref}",
                     "Under the Act on Promotion of Information and Communications Network",
                     "Utilization, we ask you to remove or block access to the following",
                     "content:", ""]
            lines += [f"{n}. {u}" for n, u in enumerate(urls, 1)]
            lines += ["", "Please reply to this address with the action taken for each URL.",
                      "KCSC Takedown Desk"]
            return "\n".join(lines)
    raise KeyError(ref)


def quoted(ref, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in request_text(ref).split("\n"))


# ---------------------------------------------------------------- mime helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def multipart(kind, boundary, parts, extra=""):
    out = [f'Content-Type: multipart/{kind}; boundary="{boundary}"{extra}', "",
           "This is a multi-part message in MIME format.", ""]
    for headers, body in parts:
        out.append(f"--{boundary}")
        out.extend(headers)
        out.append("")
        out.append(body.rstrip("\n"))
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def html(body):
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial\">\n"
            + body.strip("\n") + "\n</body></html>")


CASES = []


def enc(text):
    """RFC 2047-encode a header value that is not plain ASCII, as mailers do."""
    if text.isascii():
        return text
    return Header(text, "utf-8").encode(linesep="\n")


def case(**c):
    if "name_from" in c:
        c["name_from"] = enc(c["name_from"])
    c["subject"] = enc(c["subject"])
    CASES.append(c)


# ================================================================ APPLIED
case(
    name="x-four-statuses-one-sentence",
    **{"from": "legal@x.com"}, date="Wed, 11 Sep 2024 16:40:12 +0900",
    subject=f"Re: {R1} Request to remove content",
    reply_to_req=rid(R1),
    body=f"""
Hello,

Thank you for your request. Of the posts you listed, we have withheld
{X[1]} and {X[2]} in South Korea, while {X[3]} was removed globally for violating the X Rules on gambling promotion and {X[4]} could not be found on our service.

We will reply separately about the remaining URLs.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-team reply to a government removal request (country withheld content notice)",
    why="one long sentence gives four items three different statuses; the closing promise names no item",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "removed", X[4]: "not_found"},
)

case(
    name="x-refusal-with-reason-outlook",
    **{"from": "legal@x.com"}, date="Thu, 12 Sep 2024 09:05:44 +0900",
    subject=f"RE: {R1} Request to remove content",
    reply_to_req=rid(R1),
    body=f"""
Dear KCSC team,

We reviewed the two posts from @casino_hanbit.

We have not removed {X[5]}. The post is a link to a newspaper article about a court ruling against an online casino; it does not advertise or facilitate gambling and does not violate the X Rules or Korean law as set out in your request, so it will remain available.

{X[6]} has been withheld in the Republic of Korea.

Kind regards,
Jordan M.
Legal Operations, X Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 10:00 AM
To: legal@x.com
Subject: {R1} Request to remove content

{request_text(R1)}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a platform legal desk declining one item with its reason, over the quoted request",
    why="'We have not removed' + reason is a refusal (rejected), not a removal; the 12 URLs below Original Message are quoted",
    items={X[5]: "rejected", X[6]: "restricted"},
)

case(
    name="x-correction-later-sentence",
    **{"from": "legal@x.com"}, date="Fri, 13 Sep 2024 11:31:09 +0900",
    subject=f"Re: {R1} slotmania_kr",
    reply_to_req=rid(R1),
    body=f"""
Hi,

Following up on your request: the post {X[7]} is withheld in South Korea.

Correction - I checked again before sending and the post was in fact removed entirely by our safety team on 12 September, so it is no longer withheld but unavailable everywhere. Apologies for the confusion.

Best,
Sam
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal agent reply correcting itself within the same message",
    why="the explicit correction supersedes the first sentence: removed, not restricted",
    items={X[7]: "removed"},
)

case(
    name="x-account-not-suspended-but-withheld",
    **{"from": "legal@x.com"}, date="Fri, 13 Sep 2024 15:02:51 +0900",
    subject=f"Re: {R1} Request to remove content - account",
    reply_to_req=rid(R1),
    body=f"""
Hello,

Regarding the account @mintbet_official ({X[11]}): the account has not been suspended, as we did not find a violation of the X Rules that warrants suspension. In response to your request under Korean law, however, the account is now withheld in South Korea and cannot be viewed from there.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X 'account withheld in country' legal notice",
    why="'not suspended' is negated; the account is withheld in Korea (restricted), not removed nor rejected",
    items={X[11]: "restricted"},
)

case(
    name="x-numbered-status-on-next-line",
    **{"from": "legal@x.com"}, date="Sat, 14 Sep 2024 10:12:33 +0900",
    subject=f"{R1} - outcome for 4 URLs",
    reply_to_req=rid(R1),
    body=f"""
Hello,

Please find the outcome for the following URLs from your request {R1}:

1) {X[7]}
   Status: Withheld (KR)

2) {X[8]}
   Status: Removed - violates our rules on illegal gambling

3) {X[9]}
   Status: Not available - the post was deleted by the account holder before our review

4) {X[10]}
   Status: No action - we did not find a violation of the X Rules or of the local law cited

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome list with the status on the line under each URL",
    why="each status stands on the line after its URL; deleted by its author = not_found; no action with reason = rejected",
    items={X[7]: "restricted", X[8]: "removed", X[9]: "not_found", X[10]: "rejected"},
)

case(
    name="x-html-table-note-revises-row",
    **{"from": "noreply@x.com"}, name_from="X Legal", date="Mon, 16 Sep 2024 08:47:20 +0900",
    subject=f"Legal request {R1}: actions taken",
    reply_to_req=rid(R1), type="html",
    body=html(f"""
<p>Hello,</p>
<p>The table below lists the actions taken on the content in your request {R1}.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action</th></tr>
<tr><td>{X[3]}</td><td>Withheld in KR</td></tr>
<tr><td>{X[12]}</td><td>Withheld in KR</td></tr>
</table>
<p><b>Note:</b> after the table was generated, a second review found that the post
ending in 612 ({X[12]}) also breaks our rules; it has now been removed globally.</p>
<p>X Legal</p>
"""),
    outcome="applied", classification="confirmation",
    imitates="X legal HTML table of actions with a reviewer's note below",
    why="the note says it came after the table and that the 612 post is now removed; the other row stands",
    items={X[3]: "restricted", X[12]: "removed"},
)

csv_att = (
    "url,action,reason\n"
    f"{Y[1]},Blocked - KR,Local law (drug sale)\n"
    f"{Y[2]},Removed,Community Guidelines - sale of regulated goods\n"
    f"{Y[3]},No action,No violation of policy or local law found\n"
    f"{Y[4]},Channel terminated,Repeated violations\n"
)
case(
    name="yt-csv-attachment-four-actions",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support", date="Fri, 13 Sep 2024 17:20:02 +0900",
    subject=f"[{R2}] YouTube legal request - results",
    reply_to_req=rid(R2),
    raw_mime=multipart("mixed", "==yt684csv==", [
        (["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 7bit"],
         "Hello,\n\nWe have completed our review of your request. The action taken on each URL\n"
         "is listed in the attached file.\n\nGoogle Legal Support\n"),
        (["Content-Type: text/csv; charset=utf-8; name=\"results.csv\"",
          "Content-Disposition: attachment; filename=\"results.csv\"",
          "Content-Transfer-Encoding: base64"], b64(csv_att)),
    ]),
    outcome="applied", classification="confirmation",
    imitates="Google legal support reply with a per-URL results spreadsheet",
    why="CSV rows: blocked in KR = restricted, removed, no action = rejected, channel terminated = removed",
    items={Y[1]: "restricted", Y[2]: "removed", Y[3]: "rejected", Y[4]: "removed"},
)

case(
    name="yt-hedges-only-in-relative-clauses",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support", date="Thu, 12 Sep 2024 13:44:10 +0900",
    subject=f"Re: {R2} YouTube",
    reply_to_req=rid(R2),
    body=f"""
Hello,

The video at {Y[1]}, which may have been mirrored on other sites, has been removed from YouTube for violating our policy on the sale of illegal drugs.

The Short at {Y[3]}, which appears to be a parody of a drug advertisement, remains available: after review we found that it does not violate our Community Guidelines or the local law you cited.

Regards,
Google Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal/decline reply",
    why="'may have been' and 'appears to be' qualify relative clauses, not the statements; removed and rejected",
    items={Y[1]: "removed", Y[3]: "rejected"},
)

case(
    name="yt-one-item-request-no-url",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support", date="Fri, 13 Sep 2024 10:02:37 +0900",
    subject=f"Re: {R6}",
    reply_to_req=rid(R6),
    body=f"""
Hello,

In response to your request {R6}, we have restricted access to the reported video in South Korea based on local law. It remains available in other countries.

Regards,
Google Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube local-law block notice",
    why="one-item request; the only statement (blocked in Korea) names no URL but can only be about that item",
    items={Y[5]: "restricted"},
)

case(
    name="tg-prose-mixed-with-relative-clause",
    **{"from": "abuse@telegram.org"}, date="Thu, 12 Sep 2024 02:15:48 +0900",
    subject=f"Re: {R3}",
    reply_to_req=rid(R3),
    body=f"""
Hello,

Thank you for your report. The channel {T[3]}, which we believe is run by the same people as the others, has been blocked. The posts {T[1]} and {T[2]} are no longer accessible.

We could not find the message at {T[5]}.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply",
    why="blocked channel and inaccessible posts are removed; 'we believe' sits in a relative clause; cannot find = not_found",
    items={T[3]: "removed", T[1]: "removed", T[2]: "removed", T[5]: "not_found"},
)

case(
    name="tg-bare-urls-status-below",
    **{"from": "abuse@telegram.org"}, date="Fri, 13 Sep 2024 03:40:11 +0900",
    subject=f"Re: {R3}",
    reply_to_req=rid(R3),
    body=f"""
Hi,

Results of our review:

{T[1]}
blocked

{T[2]}
not found - this message id does not exist in the channel

{T[5]}
no action taken: the post reshares a news article about a drug arrest and does not offer anything for sale

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk terse per-link reply",
    why="bare URL lines with the status on the line below; refusal with reason = rejected",
    items={T[1]: "removed", T[2]: "not_found", T[5]: "rejected"},
)

case(
    name="tg-top-post-over-quoted-request",
    **{"from": "dsa@telegram.org"}, date="Sat, 14 Sep 2024 12:09:55 +0900",
    subject=f"Re: {R7} Request to remove content",
    reply_to_req=rid(R7),
    body=f"""
Hello,

{T[6]} - removed.
{T[7]} - this message does not exist; the channel owner may have deleted it before we checked.

Telegram

On Fri, Sep 13, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(R7)}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram top-posted reply above a Gmail-style quoted request",
    why="'does not exist' is not_found; the hedge only concerns who deleted it; quoted URLs change nothing",
    items={T[6]: "removed", T[7]: "not_found"},
)

case(
    name="naver-korean-three-results",
    **{"from": "right@navercorp.com"}, name_from="네이버 권리보호센터", date="Thu, 12 Sep 2024 15:30:00 +0900",
    subject=f"[네이버] 게시중단 요청({R4}) 처리 결과 안내",
    reply_to_req=rid(R4),
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 게시물({R4})에 대한 처리 결과를 안내드립니다.

요청하신 게시물 중 {N[1]} 은(는) 게시중단 처리되었으며, {N[2]} 은(는) 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

{N[3]} 는 검토 결과 관련 법령 및 운영정책 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.

감사합니다.
네이버 권리보호센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 게시중단 처리 결과 안내",
    why="게시중단 = removed; 작성자가 이미 삭제 = not_found; 위반 확인되지 않아 조치하지 않음 = rejected",
    items={N[1]: "removed", N[2]: "not_found", N[3]: "rejected"},
)

case(
    name="naver-html-table-temporary-measure",
    **{"from": "noreply@navercorp.com"}, name_from="NAVER", date="Fri, 13 Sep 2024 11:00:00 +0900",
    subject=f"시정요구 조치결과 회신 ({R4})",
    reply_to_req=rid(R4), type="html",
    body=html(f"""
<p>방송통신심의위원회 담당자님께,</p>
<p>시정요구하신 정보에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>임시조치</td><td>30일간 접근 차단</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>블라인드</td><td>카페 운영정책 위반</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>삭제</td><td>-</td></tr>
</table>
<p>네이버 주식회사 드림</p>
"""),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table from a portal",
    why="임시조치 = restricted, 블라인드 = removed, 삭제 = removed",
    items={N[1]: "restricted", N[2]: "removed", N[3]: "removed"},
)

case(
    name="kakao-korean-particles-fullwidth",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터", date="Fri, 13 Sep 2024 16:20:00 +0900",
    subject=f"[카카오] 요청하신 게시물 처리 결과 ({R5})",
    reply_to_req=rid(R5),
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

{R5} 건으로 요청하신 게시물에 대한 처리 결과입니다.

- 티스토리 게시물({K_TISTORY_RAW})에 대해서는 접근 제한 조치를 완료하였습니다.
- {K[1]}는 블로그 운영자가 이미 삭제한 글로 확인됩니다.
- 브런치 글（{K[3]}）은 비공개 처리되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 처리 결과 메일",
    why="Korean path raw in parentheses = the percent-encoded item (접근 제한 = restricted); particle 는 after a URL; full-width parens; 비공개 처리 = removed",
    items={K[2]: "restricted", K[1]: "not_found", K[3]: "removed"},
)

case(
    name="kakao-not-deleted-but-temporary",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터", date="Sat, 14 Sep 2024 10:05:00 +0900",
    subject=f"Re: {R5} 처리 현황",
    reply_to_req=rid(R5),
    body=f"""
안녕하세요.

문의하신 {K[1]} 게시물은 삭제되지 않았으며, 현재 임시조치(30일 접근 차단) 상태입니다.
게시자가 이의를 제기하지 않으면 기간 만료 후 삭제될 예정입니다.

카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 임시조치 status answer",
    why="'삭제되지 않았으며' is negated; the item is under 임시조치 (restricted); later deletion is a promise",
    items={K[1]: "restricted"},
)

case(
    name="x-dsa-statement-of-reasons",
    **{"from": "noreply@x.com"}, name_from="X", date="Wed, 11 Sep 2024 22:10:31 +0900",
    subject=f"Decision on your report - {R1}",
    reply_to_req=rid(R1),
    body=f"""
Decision notice

Reported content: {X[3]}
Your reference: {R1}

Decision: Restriction of visibility
Territorial scope: Republic of Korea
Ground: Illegal content under the law of the Republic of Korea (gambling)
Facts relied on: the post advertises an unlicensed betting site.
Automated means used: No

You can find out more about how we handle reports at https://help.x.com/en/rules-and-policies/legal-requests
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (visibility restriction, territorial scope)",
    why="restriction limited to Korea = restricted; the help link is not an item",
    items={X[3]: "restricted"},
)

yt_qp_text = f"""Hello,

Following our review of request {R2}:

The video {Y[2]} has been taken down for violating our policy on the sale of regulated goods and is no longer available on YouTube.

The Short {Y[3]} has not been removed; it has been age-restricted, so it is only visible to signed-in adult viewers.

Google Legal Support
"""
case(
    name="yt-quoted-printable-removed-and-age-restricted",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support", date="Sat, 14 Sep 2024 09:00:14 +0900",
    subject=f"Re: {R2} YouTube legal request",
    reply_to_req=rid(R2),
    raw_mime="Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(yt_qp_text),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply sent quoted-printable",
    why="QP body; taken down = removed; 'has not been removed; age-restricted' = restricted",
    items={Y[2]: "removed", Y[3]: "restricted"},
)

tg_b64_text = f"""Hello,

Regarding your report {R3}:

{T[4]} has been taken down.
We were unable to find {T[5]} - the link appears to be invalid.

Best regards,
Telegram Abuse Team
"""
case(
    name="tg-base64-body",
    **{"from": "abuse@telegram.org"}, date="Sat, 14 Sep 2024 04:22:40 +0900",
    subject=f"Re: {R3}",
    reply_to_req=rid(R3),
    raw_mime="Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n" + b64(tg_b64_text),
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply sent base64-encoded",
    why="base64 body; taken down = removed; unable to find / invalid link = not_found",
    items={T[4]: "removed", T[5]: "not_found"},
)

case(
    name="x-angle-brackets-wrapped-url",
    **{"from": "legal@x.com"}, date="Sun, 15 Sep 2024 13:30:00 +0900",
    subject=f"Re: {R1}",
    reply_to_req=rid(R1),
    body=f"""
Hello,

The post <{X[1]}> is withheld in South Korea.

The post <https://x.com/powerball_gg/status/
1832001100000000510> has been removed for violating our rules.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with URLs in angle brackets, one wrapped by the mail client",
    why="a URL in angle brackets wrapped across two lines is still the 510 post; withheld = restricted",
    items={X[1]: "restricted", X[10]: "removed"},
)

case(
    name="yt-statuses-by-item-number",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support", date="Mon, 16 Sep 2024 14:12:09 +0900",
    subject=f"Re: {R2} YouTube legal request - outcome",
    reply_to_req=rid(R2),
    body=f"""
Hello,

Your request listed four URLs:

1. {Y[1]}
2. {Y[2]}
3. {Y[3]}
4. {Y[4]}

Outcome:
- Items 1 and 3 were removed for violating our policy on illegal drug sales.
- Item 2 has been blocked from view in South Korea under local law.
- Item 4: we reviewed the channel and found no violation, so it remains available.

Google Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply giving outcomes by item number",
    why="statuses are given by the numbers of the list in the same email",
    items={Y[1]: "removed", Y[2]: "restricted", Y[3]: "removed", Y[4]: "rejected"},
)

case(
    name="naver-echoed-report-fields",
    **{"from": "noreply@navercorp.com"}, name_from="NAVER 고객센터", date="Sat, 14 Sep 2024 18:00:00 +0900",
    subject="[네이버 고객센터] 신고하신 게시물 처리 결과",
    body=f"""
신고 처리 결과 안내

접수번호: 2024091400731
신고 유형: 개인정보 노출

신고 URL: {N[3]}
처리 결과: 게시중단

신고 URL: {N[2]}
처리 결과: 해당 게시물 없음 (이미 삭제된 게시물)

문의: https://help.naver.com/service/5600/contents/10528
네이버 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 신고 처리 결과 (echoed report form)",
    why="echoed report: 게시중단 = removed; 게시물 없음 = not_found; help link is not an item",
    items={N[3]: "removed", N[2]: "not_found"},
)

case(
    name="x-gmail-quote-removed-and-kept",
    **{"from": "legal@x.com"}, date="Tue, 10 Sep 2024 18:44:02 +0900",
    subject=f"Re: {R1} Request to remove content",
    reply_to_req=rid(R1),
    body=f"""
Hi,

{X[1]} has been removed for violating our rules on illegal gambling.

We're leaving {X[2]} up. It is a post warning users about gambling scams and does not break our rules or the local law cited.

Thanks,
X Legal

On Mon, Sep 9, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(R1)}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply above a Gmail-quoted request",
    why="two items, one removed, one kept with reason (rejected); the 12 quoted URLs change nothing",
    items={X[1]: "removed", X[2]: "rejected"},
)

case(
    name="tg-acknowledgement-plus-statement",
    **{"from": "abuse@telegram.org"}, date="Wed, 11 Sep 2024 08:10:00 +0900",
    subject=f"Re: {R3} [Ticket 5520931]",
    reply_to_req=rid(R3),
    body=f"""
Hello,

We have received your report (ticket 5520931). The following message has already been blocked: {T[2]}

The remaining links are still being reviewed.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram ticket reply carrying a first result",
    why="an acknowledgement phrase plus an unhedged statement on one item; the rest is under review",
    items={T[2]: "removed"},
)

case(
    name="yt-removed-and-will-review",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support", date="Wed, 11 Sep 2024 11:11:11 +0900",
    subject=f"Re: {R2}",
    reply_to_req=rid(R2),
    body=f"""
Hello,

We have removed {Y[1]}, and {Y[2]} will be reviewed by our legal team in the coming days.

Google Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal interim reply",
    why="one sentence: a statement (removed) and a promise (stays pending)",
    items={Y[1]: "removed", Y[2]: "pending"},
)

case(
    name="x-removed-and-may-have-been-deleted",
    **{"from": "legal@x.com"}, date="Thu, 12 Sep 2024 19:25:00 +0900",
    subject=f"Re: {R1}",
    reply_to_req=rid(R1),
    body=f"""
Hello,

{X[7]} was removed today. We believe {X[8]} may have already been deleted by its author, but we are still checking and will confirm.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal interim reply",
    why="the first post is removed; the second is only a hedge ('may have already been deleted') and stays pending",
    items={X[7]: "removed", X[8]: "pending"},
)

# ================================================================ REVIEW
case(
    name="yt-promise-only",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support", date="Tue, 10 Sep 2024 15:00:00 +0900",
    subject=f"Re: {R2}",
    reply_to_req=rid(R2),
    body=f"""
Hello,

Thank you for your request {R2}. Our legal team will review the videos and the channel listed in it, and any content found to violate local law will be blocked or removed. We aim to reply within five business days.

Google Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal 'we will review' reply",
    why="names the request but only promises; nothing has happened to any item",
    items={},
)

case(
    name="x-hedge-only-two-posts",
    **{"from": "legal@x.com"}, date="Wed, 11 Sep 2024 10:00:00 +0900",
    subject=f"Re: {R1}",
    reply_to_req=rid(R1),
    body=f"""
Hi,

It appears that {X[1]} and {X[2]} may have been deleted by the account holder; we are not able to confirm this yet.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal uncertain reply",
    why="only a hedge about two named items: both stay pending",
    items={X[1]: "pending", X[2]: "pending"},
)

case(
    name="tg-all-links-blocked-bulk",
    **{"from": "abuse@telegram.org"}, date="Thu, 12 Sep 2024 06:00:00 +0900",
    subject=f"Re: {R3}",
    reply_to_req=rid(R3),
    body=f"""
Hello,

All of the links in your report {R3} have been blocked.

Telegram Abuse Team
""",
    outcome="review", review="bulk",
    imitates="Telegram one-line 'all blocked' reply",
    why="a statement about all items of a 5-item request without naming each",
    items={T[i]: "pending" for i in range(1, 6)},
)

case(
    name="tg-both-removed-over-quote-bulk",
    **{"from": "dsa@telegram.org"}, date="Sun, 15 Sep 2024 09:30:00 +0900",
    subject=f"Re: {R7} Request to remove content",
    reply_to_req=rid(R7),
    body=f"""
Done, both posts have been removed.

Telegram

On Fri, Sep 13, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(R7)}
""",
    outcome="review", review="bulk",
    imitates="Telegram terse top-post over the quoted request",
    why="'both posts' covers the two items without naming them; the URLs appear only in the quote",
    items={T[6]: "pending", T[7]: "pending"},
)

case(
    name="x-auth-fail-removed",
    **{"from": "legal@x.com"}, auth="fail", date="Wed, 11 Sep 2024 12:00:00 +0900",
    subject=f"Re: {R1} Request to remove content",
    reply_to_req=rid(R1),
    body=f"""
Hello,

The following posts have been removed:
{X[1]}
{X[2]}
{X[3]}
{X[4]}

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal removal list (failing DMARC)",
    why="claims from an x.com From that fails authentication are not trusted",
    items={X[1]: "pending", X[2]: "pending", X[3]: "pending", X[4]: "pending"},
)

case(
    name="lawfirm-says-client-deleted",
    **{"from": "counsel@hanbit-law.example"}, name_from="Hanbit Law Office", date="Thu, 12 Sep 2024 17:00:00 +0900",
    subject=f"{R1} - our client's post",
    body=f"""
Dear Sir or Madam,

We act for the owner of the account @casino_hanbit. Our client has deleted the post {X[5]} mentioned in your request {R1} and asks that the matter be closed.

Yours faithfully,
Hanbit Law Office
""",
    outcome="review", review="unknown_sender",
    imitates="law-firm letter on behalf of an account holder",
    why="not the platform: a third party's claim about a requested item goes to a person",
    items={X[5]: "pending"},
)

case(
    name="kakao-statement-about-naver-post",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터", date="Mon, 16 Sep 2024 10:00:00 +0900",
    subject="[카카오] 게시물 처리 결과",
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

요청하신 {N[3]} 게시물은 블라인드 처리되었습니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao 처리 결과 mail about a URL of another portal",
    why="Kakao states a status for a NAVER blog item; it cannot speak for NAVER",
    items={N[3]: "pending"},
)

case(
    name="yt-text-and-table-disagree",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support", date="Sun, 15 Sep 2024 16:00:00 +0900",
    subject=f"Re: {R2} results",
    reply_to_req=rid(R2), type="html",
    body=html(f"""
<p>Hello,</p>
<p>The video {Y[1]} has been blocked in South Korea only; it remains viewable in other countries.</p>
<table border="1">
<tr><th>URL</th><th>Result</th></tr>
<tr><td>{Y[1]}</td><td>Removed (global)</td></tr>
</table>
<p>Google Legal Support</p>
"""),
    outcome="review", review="conflicting_statements",
    imitates="YouTube legal HTML reply whose table contradicts its text",
    why="the text says blocked in Korea only, the table says removed globally; neither revises the other",
    items={Y[1]: "pending"},
)

case(
    name="x-conditional-withhold",
    **{"from": "legal@x.com"}, date="Thu, 12 Sep 2024 11:45:00 +0900",
    subject=f"Re: {R1}",
    reply_to_req=rid(R1),
    body=f"""
Hello,

We have notified the account holder of {X[9]} and {X[10]}. If the posts are not deleted by the account holder within 48 hours, they will be withheld in South Korea.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal 'user notified, conditional action' reply",
    why="a condition and a promise: nothing has happened to either post yet",
    items={X[9]: "pending", X[10]: "pending"},
)

case(
    name="yt-portal-notice-no-claims",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support", date="Tue, 17 Sep 2024 10:00:00 +0900",
    subject="Change to how government requests are submitted",
    body="""
Hello,

From 1 October 2024, removal requests from government agencies in Korea should be submitted through our dedicated portal at https://support.google.com/legal/answer/000000 rather than by email. Requests sent by email before that date will still be handled.

Google Legal Support
""",
    outcome="review", review="no_claims",
    imitates="Google legal process-change notice",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="naver-asks-for-documents",
    **{"from": "right@navercorp.com"}, name_from="네이버 권리보호센터", date="Thu, 12 Sep 2024 09:00:00 +0900",
    subject=f"[네이버] {R4} 관련 추가 자료 요청",
    reply_to_req=rid(R4),
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

요청하신 건({R4})을 처리하기 위하여 심의 의결서 사본 또는 관련 근거 자료를 추가로 보내주시기 바랍니다.
자료가 확인되는 대로 검토 후 처리 결과를 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER 추가 자료 요청",
    why="the platform asks for documents before acting; a person must answer",
    items={},
)

case(
    name="kakao-still-checking",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터", date="Fri, 13 Sep 2024 09:30:00 +0900",
    subject=f"Re: {R5}",
    reply_to_req=rid(R5),
    body=f"""
안녕하세요.

{K[2]} 게시물은 현재 삭제 여부를 검토 중이며, 검토가 끝나는 대로 결과를 안내드리겠습니다.

카카오 권리침해신고센터 드림
""",
    outcome="review", review="not_understood",
    imitates="Kakao 검토 중 안내",
    why="'삭제 여부를 검토 중' is under review, not a status; the percent-encoded item stays pending",
    items={K[2]: "pending"},
)

# ================================================================ IGNORED
case(
    name="x-out-of-office",
    **{"from": "j.morales@x.com"}, name_from="Jordan Morales", date="Mon, 09 Sep 2024 10:00:41 +0900",
    subject=f"Automatic reply: {R1} Request to remove content",
    reply_to_req=rid(R1),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until 23 September with limited access to email.
For urgent legal matters please write to legal@x.com.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply",
    why="an automatic out-of-office reply",
    items={},
)

dsn_text = """This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr-old@google.com>: host aspmx.l.google.com[192.0.2.27] said:
    550-5.1.1 The email account that you tried to reach does not exist.
"""
case(
    name="bounce-old-google-address",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System", auth="none",
    date="Tue, 10 Sep 2024 09:30:20 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=multipart("report", "bnc684.1726", [
        (["Content-Type: text/plain; charset=us-ascii"], dsn_text),
        (["Content-Type: message/delivery-status"],
         "Reporting-MTA: dns; mx.kcsc.example\n\nFinal-Recipient: rfc822; legal-kr-old@google.com\n"
         "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\n"),
        (["Content-Type: text/rfc822-headers"],
         f"From: KCSC Takedown <takedown@kcsc.example>\nTo: legal-kr-old@google.com\n"
         f"Subject: {R2} Request to remove content\nMessage-ID: <{mid(R2)}>\n"),
    ], extra="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (RFC 3464)",
    why="a bounce of our own request: nothing about any item",
    items={},
)

case(
    name="yt-read-receipt",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support", date="Tue, 10 Sep 2024 10:15:00 +0900",
    subject=f"Read: {R2} Request to remove content",
    reply_to_req=rid(R2),
    raw_mime=multipart("report", "mdn684yt", [
        (["Content-Type: text/plain; charset=utf-8"],
         f"Your message\n\n  To: legal-kr@google.com\n  Subject: {R2} Request to remove content\n\n"
         "was read on Tuesday, September 10, 2024 10:15 AM (UTC+09:00).\n"),
        (["Content-Type: message/disposition-notification"],
         "Reporting-UA: mail.google.com\nFinal-Recipient: rfc822;legal-kr@google.com\n"
         f"Original-Message-ID: <{mid(R2)}>\nDisposition: manual-action/MDN-sent-manually; displayed\n"),
    ], extra="; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="read receipt (RFC 8098 MDN)",
    why="a read receipt says nothing about items",
    items={},
)

case(
    name="tg-ticket-receipt",
    **{"from": "noreply@telegram.org"}, name_from="Telegram Support", date="Tue, 10 Sep 2024 11:00:30 +0900",
    subject=f"[Ticket 5520931] We received your report: {R3}",
    reply_to_req=rid(R3),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

We have received your report and created ticket 5520931. Our team will look into it
and reply in this thread. Please do not open a new ticket for the same report.

Telegram Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket-system receipt",
    why="a pure acknowledgement with a ticket number",
    items={},
)

case(
    name="kakao-receipt-korean",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터", date="Wed, 11 Sep 2024 14:00:40 +0900",
    subject="[카카오 고객센터] 문의가 접수되었습니다",
    reply_to_req=rid(R5),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
안녕하세요, 카카오 고객센터입니다.

보내주신 문의({R5})가 정상적으로 접수되었습니다. (접수번호: 24091100588)
담당자가 확인 후 순차적으로 답변드리겠습니다.

본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 접수 안내",
    why="a receipt (접수되었습니다) with a case number and nothing about items",
    items={},
)

case(
    name="naver-out-of-office-korean",
    **{"from": "kim.jiwoo@navercorp.com"}, name_from="김지우", date="Wed, 11 Sep 2024 10:00:20 +0900",
    subject=f"[자동응답] {R4} 게시물 게시중단 요청",
    reply_to_req=rid(R4),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
[자동응답]
9월 11일부터 9월 18일까지 추석 연휴로 부재중입니다.
급한 업무는 right@navercorp.com 으로 연락 주시기 바랍니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (추석 연휴 부재중)",
    why="an out-of-office auto-reply; its subject echoes the request only",
    items={},
)


def main():
    write_requests()
    header = (
        "# blind684: expected results, written from each email's meaning before any run of\n"
        "# the reader. Generated by make.py; do not edit by hand."
    )
    corpuslib.write_set(HERE, "blind684", header, CASES)


if __name__ == "__main__":
    main()
