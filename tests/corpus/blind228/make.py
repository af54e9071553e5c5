#!/usr/bin/env python3
"""Blind set 228: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted (or corrected) by a note, statuses given by position.

Written from each email's meaning alone, before any run of the reader.
Deterministic: `python3 tests/corpus/blind228/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import email.header
import csv
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind228"

# ---------------------------------------------------------------- requests
CAFE = "https://cafe.naver.com/%EC%A4%91%EA%B3%A0%EC%9E%A5%ED%84%B0"  # 중고장터
CAFE_RAW = "https://cafe.naver.com/중고장터"

YT = {
    "qm3": "https://www.youtube.com/watch?v=Qm3vTz8LkPa",
    "hr7": "https://www.youtube.com/watch?v=hR7nW2xYc0E",
    "zt5": "https://www.youtube.com/watch?v=Zt5pLq9MvKs",
    "bn4": "https://www.youtube.com/watch?v=bN4jX8wRe2U",
    "lc6": "https://www.youtube.com/watch?v=Lc6yHs1TgQo",
    "we9": "https://www.youtube.com/watch?v=wE9kDf3PzAi",
    "vx2": "https://www.youtube.com/shorts/Vx2mKr7NbYq",
    "jp8": "https://www.youtube.com/shorts/Jp8sGt4QhWe",
    "uy1": "https://www.youtube.com/watch?v=uY1cBn6ZoRd",
    "fk0": "https://www.youtube.com/watch?v=Fk0aMe5SlTx",
    "chan": "https://www.youtube.com/@luckyspin_kr7",
    "oi3": "https://www.youtube.com/watch?v=Oi3gWp2VjHc",
}
X = {
    "p1": "https://x.com/nightmarket_kr/status/1835012345678901234",
    "p2": "https://x.com/nightmarket_kr/status/1835019876543210987",
    "p3": "https://x.com/pill_courier88/status/1834990011223344556",
    "acct": "https://x.com/pill_courier88",
}
TG = {
    "m1": "https://t.me/quietdealers_kr/4471",
    "m2": "https://t.me/quietdealers_kr/4488",
    "chan": "https://t.me/snowline_shop",
}
NV = {
    "b1": "https://blog.naver.com/moonriver_77/223571234567",
    "b2": "https://blog.naver.com/moonriver_77/223571239999",
    "c1": CAFE + "/88123",
    "c2": CAFE + "/88140",
    "kin": "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60101&docId=471234567",
}
DM = {
    "d1": "https://cafe.daum.net/ssulbox/Kq1x/3021",
    "d2": "https://cafe.daum.net/ssulbox/Kq1x/3047",
}
X1 = "https://x.com/fastloan_ad/status/1835550000111122223"
YT2 = {
    "tn4": "https://www.youtube.com/watch?v=Tn4qRs8UdEf",
    "ga7": "https://www.youtube.com/watch?v=Ga7hKw1XyMb",
}

REQUESTS = [
    ("KCSC-240916-01", "youtube", "2024-09-16T10:00:00+09:00", "2024-09-23T18:00:00+09:00",
     list(YT.values()), "gambling", "illegal gambling promotion videos and channel"),
    ("KCSC-240916-02", "x", "2024-09-16T14:30:00+09:00", "2024-09-23T18:00:00+09:00",
     list(X.values()), "drugs", "drug sale posts and seller account"),
    ("KCSC-240917-03", "telegram", "2024-09-17T09:15:00+09:00", "2024-09-24T18:00:00+09:00",
     list(TG.values()), "drugs", "drug sale messages and shop channel"),
    ("KCSC-240917-04", "naver", "2024-09-17T11:00:00+09:00", "2024-09-24T18:00:00+09:00",
     list(NV.values()), "illegal_trade", "blog, cafe and Q&A posts selling prescription drugs"),
    ("KCSC-240918-05", "daum", "2024-09-18T09:30:00+09:00", "2024-09-25T18:00:00+09:00",
     list(DM.values()), "defamation", "cafe posts naming a private person"),
    ("KCSC-240918-06", "x", "2024-09-18T10:00:00+09:00", "2024-09-25T18:00:00+09:00",
     [X1], "fraud", "loan scam advertisement"),
    ("KCSC-240918-07", "youtube", "2024-09-18T13:00:00+09:00", "2024-09-25T18:00:00+09:00",
     list(YT2.values()), "gambling", "betting tip videos"),
]
REQ_URLS = {ref: urls for ref, _, _, _, urls, _, _ in REQUESTS}


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, f"<{ref}@kcsc.example>", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def request_text(ref, korean=False, raw_korean=False):
    """The regulator's own request, as it appears quoted below a reply."""
    urls = REQ_URLS[ref]
    if raw_korean:
        urls = [u.replace(CAFE, CAFE_RAW) for u in urls]
    lines = []
    if korean:
        lines.append("담당자님께,")
        lines.append("")
        lines.append(f"방송통신심의위원회는 아래 게시물에 대하여 삭제 또는 접속차단을 요청합니다({ref}).")
    else:
        lines.append("Dear Sir or Madam,")
        lines.append("")
        lines.append("The Korea Communications Standards Commission requests that you remove or")
        lines.append(f"restrict access to the following content (reference {ref}):")
    lines.append("")
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines.append("")
    lines.append("기한 내 조치 결과를 회신하여 주시기 바랍니다." if korean else
                 "Please reply with the action taken for each item.")
    lines.append("")
    lines.append("KCSC Takedown Desk")
    return "\n".join(lines)


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def enc(text):
    """RFC 2047 encoded word (base64), deterministic."""
    return email.header.Header(text, "utf-8").encode(maxlinelen=76)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


HEADER = """# blind228: expected results for the blind set "what a program gets wrong".
# Written from each email's meaning before the reader was run; see NOTES.md.
# Each case is judged alone on a fresh ledger holding requests.csv.
"""

C = []


def case(**kw):
    C.append(kw)


# ================================================================= APPLIED

case(
    name="yt-mixed-statuses-one-sentence",
    frm="legal-support@google.com", name_from="YouTube Legal Support",
    date="Tue, 17 Sep 2024 16:05:11 +0900",
    subject="Re: [KCSC-240916-01] Request to remove content - YouTube",
    reply_to_req="KCSC-240916-01",
    body=f"""Hello,

Thank you for contacting YouTube regarding request KCSC-240916-01.

After reviewing the content under our Community Guidelines and local law, we have removed {YT['qm3']} and {YT['hr7']} globally, blocked {YT['zt5']} from view in South Korea only, and declined to take action on {YT['bn4']}, which we found does not violate our policies or Korean law.

We are still reviewing the other URLs in your request and will reply separately.

Regards,
Minseo
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply to a government removal request (Google legal removals outcome)",
    why="one sentence carries removed, removed, restricted (KR only) and a refusal with its reason",
    items={YT["qm3"]: "removed", YT["hr7"]: "removed", YT["zt5"]: "restricted", YT["bn4"]: "rejected"},
)

case(
    name="yt-hedges-in-relative-clauses",
    frm="legal-support@google.com", name_from="YouTube Legal Support",
    date="Wed, 18 Sep 2024 10:41:52 +0900",
    subject="Re: [KCSC-240916-01] Request to remove content - YouTube",
    reply_to_req="KCSC-240916-01",
    body=f"""Hello,

Following our review of your request KCSC-240916-01:

- We removed {YT['lc6']}, which may also have been flagged by other users, for violating our policy on the promotion of illegal gambling.
- {YT['we9']}, which appears to have been deleted by the uploader before our review, could not be located on YouTube.
- The Short at {YT['vx2']}, which we believe has been re-uploaded on another channel, is still under review.

We will write again once the review of the Short is complete.

Kind regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply with per-URL bullets",
    why="hedges sit in relative clauses; main clauses say removed, could not be located, still under review",
    items={YT["lc6"]: "removed", YT["we9"]: "not_found", YT["vx2"]: "pending"},
)

case(
    name="x-negations-then-actions",
    frm="legal@x.com", name_from="X Legal",
    date="Tue, 17 Sep 2024 21:12:40 +0900",
    subject="Re: KCSC-240916-02 - Legal request (South Korea)",
    reply_to_req="KCSC-240916-02",
    body=f"""Hello,

We have reviewed your request KCSC-240916-02.

We did not remove {X['p1']}, but we have withheld it in South Korea in accordance with local law.

{X['p2']} has not been withheld in any country; it was removed globally for violating the X Rules on illegal goods and services.

We have not taken action on the account {X['acct']}. Having reviewed the account as a whole, we did not find that it violates the X Rules or Korean law, so it remains available.

Our review of the remaining post is ongoing.

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome email (Country Withheld Content notice to a requester)",
    why="each statement opens with a negation and then states the real action: withheld, removed, no action with reason",
    items={X["p1"]: "restricted", X["p2"]: "removed", X["acct"]: "rejected"},
)

case(
    name="tg-refusal-with-reason",
    frm="abuse@telegram.org", name_from="Telegram Abuse",
    date="Tue, 17 Sep 2024 19:30:02 +0900",
    subject="Re: KCSC-240917-03 Case #4418702",
    reply_to_req="KCSC-240917-03",
    body=f"""Hello,

Thank you for your report (Case #4418702).

The messages {TG['m1']} and {TG['m2']} have been blocked for all users.

We are unable to take action against {TG['chan']}. The channel currently only posts price lists for cosmetics that are legal to sell, and we found nothing in it that breaks the Telegram Terms of Service, so it stays available.

-- 
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply (abuse@telegram.org) as quoted in public trackers",
    why="two messages blocked for all users; the channel refused with a stated reason",
    items={TG["m1"]: "removed", TG["m2"]: "removed", TG["chan"]: "rejected"},
)

case(
    name="naver-korean-mixed-sentence",
    frm="help@navercorp.com", name_from="네이버 고객센터",
    date="Wed, 18 Sep 2024 14:20:33 +0900",
    subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240917-04)",
    reply_to_req="KCSC-240917-04",
    body=f"""안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240917-04)에 대한 처리 결과를 안내드립니다.

요청하신 게시물 중 {NV['b1']} 은 게시중단 조치하였고, {NV['b2']} 는 작성자가 이미 삭제하여 확인되지 않습니다.

카페 게시물 {NV['c1']} 에 대해서는 정보통신망법 제44조의2에 따라 30일간 임시조치하였습니다.

나머지 게시물은 검토가 끝나는 대로 다시 안내드리겠습니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 처리 결과 안내 (customer-centre notice)",
    why="one Korean sentence: 게시중단 for one post, already deleted by its author for the other; 임시조치 for a cafe post",
    items={NV["b1"]: "removed", NV["b2"]: "not_found", NV["c1"]: "restricted"},
)

_nv_rows = [
    (1, NV["b1"], "게시중단"),
    (2, NV["b2"], "임시조치(30일)"),
    (3, NV["c1"], "게시중단"),
    (4, NV["c2"], "게시중단"),
    (5, NV["kin"], "조치 불가 (운영정책 위반 사항 없음)"),
]
_nv_table = "\n".join(
    f"<tr><td>{n}</td><td>{u.replace('&', '&amp;')}</td><td>{r}</td></tr>" for n, u, r in _nv_rows)
case(
    name="naver-table-with-correction-note",
    frm="policy@navercorp.com", name_from="네이버 정책지원",
    date="Thu, 19 Sep 2024 11:02:19 +0900",
    subject="[NAVER] 시정요구 조치결과 회신 (KCSC-240917-04)",
    reply_to_req="KCSC-240917-04",
    type="html",
    body=f"""<html><body>
<p>안녕하세요. 네이버 정책지원 담당자입니다.</p>
<p>방송통신심의위원회 요청(KCSC-240917-04)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치 결과</th></tr>
{_nv_table}
</table>
<p>※ 정정 안내: 위 표 4번 게시물({NV['c2']})은 당사가 게시중단한 것이 아니라, 요청 접수 이전에 작성자가 직접 삭제한 게시물로 확인되었습니다. 4번의 조치 결과를 &lsquo;게시물 없음(작성자 삭제)&rsquo;으로 정정합니다.</p>
<p>감사합니다.<br>네이버 정책지원 드림</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table reply, with a correction note under it",
    why="table gives five results; the note explicitly corrects row 4 to 'deleted by its author' (not_found)",
    items={NV["b1"]: "removed", NV["b2"]: "restricted", NV["c1"]: "removed",
           NV["c2"]: "not_found", NV["kin"]: "rejected"},
)

case(
    name="yt-update-revises-restriction",
    frm="legal-support@google.com", name_from="YouTube Legal Support",
    date="Thu, 19 Sep 2024 09:15:47 +0900",
    subject="Re: [KCSC-240916-01] Request to remove content - update",
    reply_to_req="KCSC-240916-01",
    body=f"""Hello,

Regarding {YT['uy1']} from your request KCSC-240916-01: on 17 September this video was restricted so that it could not be viewed in South Korea.

Update: after a second review by our Trust & Safety team, the video has now been removed from YouTube globally for violating our policy on gambling content.

We also reviewed {YT['fk0']}. It is a news report about an illegal gambling ring rather than a promotion of one, so it does not violate our policies or local law and we are not taking action on it.

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal follow-up after an escalated review",
    why="a later sentence upgrades the KR restriction to a global removal; second video refused with reason",
    items={YT["uy1"]: "removed", YT["fk0"]: "rejected"},
)

case(
    name="x-positions-in-quoted-list",
    frm="legal@x.com", name_from="X Legal",
    date="Wed, 18 Sep 2024 08:44:10 +0900",
    subject="RE: KCSC-240916-02 Request to restrict content",
    reply_to_req="KCSC-240916-02",
    body=f"""Hello,

Items 1 and 2 in your list below have been withheld in South Korea. Item 3 was removed for violating the X Rules. We have not actioned item 4 (the account itself), since the account as a whole does not violate our rules or the law you cited.

Regards,
X Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 16, 2024 2:30 PM
To: legal@x.com
Subject: KCSC-240916-02 Request to restrict content

{request_text('KCSC-240916-02')}
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted Outlook reply from a legal desk over the regulator's numbered request",
    why="statuses given by position (items 1-4) in the regulator's own numbered list quoted below",
    items={X["p1"]: "restricted", X["p2"]: "restricted", X["p3"]: "removed", X["acct"]: "rejected"},
)

case(
    name="x-html-table",
    frm="legal@x.com", name_from="X Legal",
    date="Thu, 19 Sep 2024 02:10:55 +0900",
    subject="Your legal request KCSC-240916-02 - outcome",
    reply_to_req="KCSC-240916-02",
    type="html",
    body=f"""<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>We have completed our review of legal request <b>KCSC-240916-02</b>. The outcome for each reported URL is below.</p>
<table cellspacing="0" cellpadding="6" border="1">
<thead><tr><th>Reported URL</th><th>Outcome</th></tr></thead>
<tbody>
<tr><td><a href="{X['p1']}">{X['p1']}</a></td><td>Removed (X Rules: illegal goods and services)</td></tr>
<tr><td><a href="{X['p2']}">{X['p2']}</a></td><td>Content unavailable: deleted by the account holder before review</td></tr>
<tr><td><a href="{X['p3']}">{X['p3']}</a></td><td>Withheld in: KR</td></tr>
<tr><td><a href="{X['acct']}">{X['acct']}</a></td><td>No action &ndash; no violation found</td></tr>
</tbody></table>
<p>More about how we handle legal requests: <a href="https://help.x.com/en/rules-and-policies/post-withheld-by-country">Country withheld content</a>.</p>
<p>X Legal</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome table (HTML)",
    why="four rows, four different statuses; the help-centre link is not an item",
    items={X["p1"]: "removed", X["p2"]: "not_found", X["p3"]: "restricted", X["acct"]: "rejected"},
)

_csv = (
    "url,decision,scope,note\r\n"
    f"{YT2['tn4']},Removed,Global,Community Guidelines - illegal gambling\r\n"
    f"{YT2['ga7']},Restricted,KR,Blocked in South Korea under local law\r\n"
)
case(
    name="yt-csv-attachment",
    frm="legal-support@google.com", name_from="YouTube Legal Support",
    date="Thu, 19 Sep 2024 15:30:00 +0900",
    subject="Re: [KCSC-240918-07] Outcome of your request",
    reply_to_req="KCSC-240918-07",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="b228-csv-1"

--b228-csv-1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for each URL in request KCSC-240918-07.

Regards,
YouTube Legal Support

--b228-csv-1
Content-Type: text/csv; charset=utf-8; name="KCSC-240918-07_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240918-07_outcome.csv"
Content-Transfer-Encoding: base64

{b64(_csv)}
--b228-csv-1--
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal removals outcome sent as a CSV attachment",
    why="CSV rows: one removed globally, one blocked in KR",
    items={YT2["tn4"]: "removed", YT2["ga7"]: "restricted"},
)

case(
    name="daum-blind-and-no-action",
    frm="noreply-cs@kakaocorp.com", name_from="카카오 고객센터",
    date="Wed, 18 Sep 2024 17:48:26 +0900",
    subject="[카카오] 게시물 신고 처리 결과 안내 (KCSC-240918-05)",
    reply_to_req="KCSC-240918-05",
    body=f"""안녕하세요, 카카오 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물 2건(KCSC-240918-05)을 검토한 결과를 알려드립니다.

{DM['d1']} 게시물은 운영정책에 따라 블라인드 처리되었으며, {DM['d2']} 게시물은 운영정책 위반 사항이 확인되지 않아 별도의 조치를 하지 않았습니다.

이용에 참고 부탁드립니다.
카카오 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="Daum/Kakao 신고 처리 결과 안내 (블라인드)",
    why="one sentence: 블라인드 for the first post, no action (no violation) for the second",
    items={DM["d1"]: "removed", DM["d2"]: "rejected"},
)

case(
    name="x-single-item-no-url",
    frm="legal@x.com", name_from="X Legal",
    date="Wed, 18 Sep 2024 19:03:31 +0900",
    subject="Re: KCSC-240918-06 Report of a scam advertisement",
    reply_to_req="KCSC-240918-06",
    body="""Hello,

Thank you for your report (KCSC-240918-06). We have reviewed the reported post and removed it for violating our rules on financial scams.

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply to a one-post request",
    why="one-item request; unhedged 'removed it' needs no URL",
    items={X1: "removed"},
)

_qp_body = f"""Hello,

We have completed our review of the following videos from request KCSC-240916-01 and have removed each of them from YouTube for violating our Community Guidelines on gambling: {YT['lc6']}, {YT['we9']} and {YT['vx2']}.

The channel {YT['chan']} has been terminated – it can no longer be reached by anyone.

Regards,
YouTube Legal Support – Seoul
"""
case(
    name="yt-quoted-printable-wrapped",
    frm="legal-support@google.com", name_from="YouTube Legal Support",
    date="Wed, 18 Sep 2024 13:27:08 +0900",
    subject="Re: [KCSC-240916-01] Request to remove content - YouTube",
    reply_to_req="KCSC-240916-01",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_qp_body)}""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply, quoted-printable with soft-wrapped URLs",
    why="three named videos removed, channel terminated; URLs split by QP soft line breaks",
    items={YT["lc6"]: "removed", YT["we9"]: "removed", YT["vx2"]: "removed", YT["chan"]: "removed"},
)

_b64_body = f"""안녕하세요. 네이버 권리보호센터입니다.

KCSC-240917-04 요청에 대한 조치 결과는 다음과 같습니다.

1) {NV['kin']}：삭제 완료
2) {NV['c2']}（게시중단）
3) {NV['b2']}，조치 불가 – 해당 게시물에서 법령 또는 운영정책 위반 내용이 확인되지 않았습니다.

감사합니다.
"""
case(
    name="naver-base64-fullwidth-punctuation",
    frm="rights@navercorp.com", name_from="네이버 권리보호센터",
    date="Thu, 19 Sep 2024 10:12:44 +0900",
    subject=enc("[네이버] 조치 결과 안내") + " (KCSC-240917-04)",
    reply_to_req="KCSC-240917-04",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_b64_body)}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 조치 결과 notice, base64 body",
    why="URLs followed directly by full-width colon, parenthesis and comma; removed, removed, rejected with reason",
    items={NV["kin"]: "removed", NV["c2"]: "removed", NV["b2"]: "rejected"},
)

case(
    name="tg-url-on-line-below",
    frm="abuse@telegram.org", name_from="Telegram Abuse",
    date="Wed, 18 Sep 2024 12:00:41 +0900",
    subject="Re: KCSC-240917-03",
    reply_to_req="KCSC-240917-03",
    body=f"""Hello,

Regarding your report KCSC-240917-03, the following message has been taken down:
{TG['m1']}

The following link could not be found. There is no message with this number in the channel:
{TG['m2']}

Our moderators are still looking at the channel itself.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with each URL on the line below its statement",
    why="statement line then URL line: taken down, could not be found",
    items={TG["m1"]: "removed", TG["m2"]: "not_found"},
)

case(
    name="yt-bare-url-status-below",
    frm="legal-support@google.com", name_from="YouTube Legal Support",
    date="Wed, 18 Sep 2024 18:55:12 +0900",
    subject="Re: [KCSC-240916-01] Status of your request",
    reply_to_req="KCSC-240916-01",
    body=f"""Hello,

Below is the status of the items from KCSC-240916-01 that we have completed so far.

{YT['oi3']}
Status: Removed (Harmful or dangerous content policy)

{YT['chan']}
Status: Channel terminated

{YT['jp8']}
Status: Pending further review

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system style status list (bare URL, status line below)",
    why="status on the line below each bare URL; the third is explicitly pending",
    items={YT["oi3"]: "removed", YT["chan"]: "removed", YT["jp8"]: "pending"},
)

case(
    name="x-angle-brackets-outlook",
    frm="support@x.com", name_from="X Support",
    date="Wed, 18 Sep 2024 23:41:09 +0900",
    subject="RE: KCSC-240916-02 Request to restrict content",
    reply_to_req="KCSC-240916-02",
    body=f"""Hi,

<{X['p3']}> has been withheld in South Korea.

Thanks,
X Support

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 16, 2024 2:30 PM
To: legal@x.com
Subject: KCSC-240916-02 Request to restrict content

{request_text('KCSC-240916-02')}
""",
    outcome="applied", classification="confirmation",
    imitates="short top-posted Outlook reply with the URL in angle brackets",
    why="one post withheld in KR; the other URLs appear only in the quoted request",
    items={X["p3"]: "restricted", X["p1"]: "pending", X["p2"]: "pending", X["acct"]: "pending"},
)

case(
    name="yt-not-removed-but-age-restricted",
    frm="legal-support@google.com", name_from="YouTube Legal Support",
    date="Thu, 19 Sep 2024 11:38:27 +0900",
    subject="Re: [KCSC-240918-07] Request to remove content",
    reply_to_req="KCSC-240918-07",
    body=f"""Hello,

About your request KCSC-240918-07:

The video {YT2['tn4']} was not removed. Our reviewers found that it does not break the law you cited, but it is not suitable for minors, so we have age-restricted it; it can no longer be watched by signed-out viewers or viewers under 18.

We could not find any video at {YT2['ga7']}. The video ID is not valid on YouTube.

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube reply applying an age restriction instead of removal",
    why="'was not removed' then age-restricted (restricted); invalid video ID (not_found)",
    items={YT2["tn4"]: "restricted", YT2["ga7"]: "not_found"},
)

case(
    name="naver-hedge-relative-korean-path",
    frm="cafe-support@navercorp.com", name_from="네이버 카페 운영지원",
    date="Wed, 18 Sep 2024 16:09:58 +0900",
    subject="[네이버 카페] 게시물 처리 결과 안내 (KCSC-240917-04)",
    reply_to_req="KCSC-240917-04",
    body=f"""안녕하세요. 네이버 카페 운영지원팀입니다.

KCSC-240917-04 건으로 요청하신 카페 게시물의 처리 결과를 알려드립니다.

- {CAFE_RAW}/88123 : 게시중단 처리 완료
- 작성자가 이미 삭제한 것으로 보이는 {CAFE_RAW}/88140 게시물은 현재 존재하지 않아 조치할 수 없습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 카페 게시중단 처리 결과 안내",
    why="raw Korean path; hedge (…것으로 보이는) only in the relative clause, main clause says the post does not exist",
    items={NV["c1"]: "removed", NV["c2"]: "not_found"},
)

case(
    name="yt-acknowledgement-plus-statements",
    frm="legal-support@google.com", name_from="YouTube Legal Support",
    date="Tue, 17 Sep 2024 11:20:05 +0900",
    subject="Re: [KCSC-240916-01] [7-2981004556321] Request to remove content",
    reply_to_req="KCSC-240916-01",
    body=f"""Hello,

Thanks for reaching out. We've received your request and assigned it case number 7-2981004556321.

Having looked at the content, we have already removed {YT['qm3']} and {YT['hr7']} for violating our policy on online gambling. We're still looking at the other URLs and will get back to you.

Best,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal support case receipt that also reports outcomes",
    why="receipt phrasing plus two unhedged removals: not a pure acknowledgement",
    items={YT["qm3"]: "removed", YT["hr7"]: "removed"},
)

case(
    name="tg-dsa-statement-of-reasons",
    frm="dsa@telegram.org", name_from="Telegram DSA",
    date="Thu, 19 Sep 2024 07:52:16 +0900",
    subject="Statement of reasons - KCSC-240917-03",
    reply_to_req="KCSC-240917-03",
    body=f"""Statement of reasons (Article 17 DSA)

Notice reference: KCSC-240917-03
Case #4418735

Content: {TG['chan']}
Decision: access to the channel disabled for all users
Territorial scope: worldwide
Ground: incompatible with the Terms of Service (sale of illegal drugs)
Automated means: not used in taking the decision

Content: {TG['m2']}
Decision: no restriction applied
Ground: after review the message was found to be neither illegal nor incompatible with the Terms of Service
Territorial scope: not applicable

Redress: you may ask us to review this decision by replying to this email.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons (transparency-database fields)",
    why="field blocks: channel disabled for all users (removed); message: no restriction, not illegal (rejected)",
    items={TG["chan"]: "removed", TG["m2"]: "rejected"},
)

case(
    name="x-withheld-then-removed",
    frm="legal@x.com", name_from="X Legal",
    date="Thu, 19 Sep 2024 18:22:37 +0900",
    subject="Re: KCSC-240916-02 - further update",
    reply_to_req="KCSC-240916-02",
    body=f"""Hello,

On 17 September we withheld {X['p1']} in South Korea in response to your request KCSC-240916-02.

Following a further review against the X Rules, the post has now been removed globally and its author's account has been placed in read-only mode.

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal follow-up after escalation from country withholding to global removal",
    why="first sentence reports an earlier KR withholding, the later sentence revises it to a global removal",
    items={X["p1"]: "removed"},
)

case(
    name="yt-rather-than-removed",
    frm="legal-support@google.com", name_from="YouTube Legal Support",
    date="Wed, 18 Sep 2024 20:14:50 +0900",
    subject="Re: [KCSC-240916-01] Request to remove content - YouTube",
    reply_to_req="KCSC-240916-01",
    body=f"""Hello,

Further to your request KCSC-240916-01: {YT['lc6']} and {YT['we9']} have been removed, while {YT['bn4']}, which some viewers might regard as educational, has been age-restricted rather than removed.

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply in one sentence",
    why="'while … rather than removed': two removed, the third age-restricted; hedge only in the relative clause",
    items={YT["lc6"]: "removed", YT["we9"]: "removed", YT["bn4"]: "restricted"},
)

case(
    name="naver-gmail-topposted-partial",
    frm="blog-help@navercorp.com", name_from="네이버 블로그 운영팀",
    date="Wed, 18 Sep 2024 09:33:21 +0900",
    subject="Re: KCSC-240917-04 게시물 삭제 요청",
    reply_to_req="KCSC-240917-04",
    body=f"""안녕하세요, 네이버 블로그 운영팀입니다.

{NV['b1']} 게시물은 삭제 완료하였습니다.
나머지 4건은 아직 검토 중이며, 결과가 나오는 대로 회신드리겠습니다.

감사합니다.

2024년 9월 17일 (화) 오전 11:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quote(request_text('KCSC-240917-04', korean=True))}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted Korean reply over the quoted request",
    why="one post deleted; the other four explicitly still under review and named only in the quote",
    items={NV["b1"]: "removed", NV["b2"]: "pending", NV["c1"]: "pending",
           NV["c2"]: "pending", NV["kin"]: "pending"},
)

case(
    name="x-text-table",
    frm="legal@x.com", name_from="X Legal",
    date="Thu, 19 Sep 2024 04:05:13 +0900",
    subject="KCSC-240916-02: outcome",
    reply_to_req="KCSC-240916-02",
    body=f"""Hello,

Outcome of legal request KCSC-240916-02:

URL                                                      | Action
---------------------------------------------------------+--------------------------
{X['p1']}  | Withheld (KR)
{X['p2']}  | No action - not illegal
{X['p3']}  | Removed (X Rules)
{X['acct']}                             | Account suspended

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text outcome table from a legal desk",
    why="text table: withheld, no action, removed, suspended account (removed)",
    items={X["p1"]: "restricted", X["p2"]: "rejected", X["p3"]: "removed", X["acct"]: "removed"},
)

case(
    name="yt-own-numbering-outcome",
    frm="legal-support@google.com", name_from="YouTube Legal Support",
    date="Thu, 19 Sep 2024 13:01:39 +0900",
    subject="Re: [KCSC-240916-01] Outcome for three items",
    reply_to_req="KCSC-240916-01",
    body=f"""Hello,

We have reviewed the following items from request KCSC-240916-01:

Item 1: {YT['zt5']}
Item 2: {YT['jp8']}
Item 3: {YT['fk0']}

Outcome: items 1 and 3 were removed for violating our Community Guidelines; item 2 has been blocked in South Korea under local law.

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply numbering the URLs and giving outcomes by number",
    why="statuses by position in the platform's own numbered list",
    items={YT["zt5"]: "removed", YT["jp8"]: "restricted", YT["fk0"]: "removed"},
)

case(
    name="daum-blind-then-lifted",
    frm="noreply-cs@kakaocorp.com", name_from="카카오 고객센터",
    date="Thu, 19 Sep 2024 15:47:03 +0900",
    subject="[카카오] 게시물 처리 결과 안내 (KCSC-240918-05)",
    reply_to_req="KCSC-240918-05",
    body=f"""안녕하세요, 카카오 고객센터입니다.

KCSC-240918-05 요청 건의 처리 결과를 안내드립니다.

{DM['d1']} 게시물은 삭제되었습니다.

{DM['d2']} 게시물은 접수 당일 임시로 블라인드 처리하였습니다. 그러나 게시자의 소명을 받아 재검토한 결과 명예훼손에 해당한다고 보기 어려워 블라인드를 해제하였으며, 현재 정상 게시 중입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum/Kakao 블라인드 해제 (reinstatement after the author's objection) notice",
    why="first post deleted; second blinded, then a later sentence lifts the blind after review (stays up: rejected)",
    items={DM["d1"]: "removed", DM["d2"]: "rejected"},
)

# ================================================================= REVIEW

case(
    name="yt-promise-will-be-removed",
    frm="legal-support@google.com", name_from="YouTube Legal Support",
    date="Tue, 17 Sep 2024 15:02:44 +0900",
    subject="Re: [KCSC-240916-01] Request to remove content - YouTube",
    reply_to_req="KCSC-240916-01",
    body=f"""Hello,

Thank you for your request KCSC-240916-01.

The videos at {YT['qm3']} and {YT['hr7']} will be removed once our legal team has completed its assessment, which we expect by 25 September. We will follow up on the remaining URLs in a separate message.

Regards,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal holding reply",
    why="'will be removed once …' is a promise, not a statement; named items stay pending",
    items={YT["qm3"]: "pending", YT["hr7"]: "pending"},
)

case(
    name="x-single-item-hedged",
    frm="legal@x.com", name_from="X Legal",
    date="Wed, 18 Sep 2024 15:25:06 +0900",
    subject="Re: KCSC-240918-06 Report of a scam advertisement",
    reply_to_req="KCSC-240918-06",
    body=f"""Hello,

Thanks for your request KCSC-240918-06. It appears that the post {X1} may already have been deleted by the account holder; we will confirm once our review is complete.

Thanks,
X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply",
    why="'it appears … may already have been deleted' is a hedge; the one-item request stays pending",
    items={X1: "pending"},
)

case(
    name="naver-bulk-all-five",
    frm="help@navercorp.com", name_from="네이버 고객센터",
    date="Thu, 19 Sep 2024 17:10:29 +0900",
    subject="[네이버] 게시중단 요청 처리 완료 (KCSC-240917-04)",
    reply_to_req="KCSC-240917-04",
    body="""안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 KCSC-240917-04 건과 관련하여, 요청하신 게시물 5건 모두 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER 게시중단 처리 완료 notice without a per-post list",
    why="'all five posts' without naming them, for a five-item request: bulk",
    items={NV["b1"]: "pending", NV["b2"]: "pending", NV["c1"]: "pending",
           NV["c2"]: "pending", NV["kin"]: "pending"},
)

case(
    name="yt-bulk-both-videos",
    frm="legal-support@google.com", name_from="YouTube Legal Support",
    date="Thu, 19 Sep 2024 16:40:18 +0900",
    subject="Re: [KCSC-240918-07] Request to remove content",
    reply_to_req="KCSC-240918-07",
    body="""Hello,

Both videos reported under KCSC-240918-07 have been removed for violating our Community Guidelines.

Regards,
YouTube Legal Support
""",
    outcome="review", review="bulk",
    imitates="YouTube legal reply confirming removal without listing URLs",
    why="'both videos' for a two-item request names neither: bulk",
    items={YT2["tn4"]: "pending", YT2["ga7"]: "pending"},
)

case(
    name="x-dmarc-fail",
    frm="legal@x.com", name_from="X Legal", auth="fail",
    date="Wed, 18 Sep 2024 22:31:57 +0900",
    subject="Re: KCSC-240918-06 Report of a scam advertisement",
    reply_to_req="KCSC-240918-06",
    body=f"""Hello,

The reported post {X1} has been removed.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal reply, but DKIM/SPF/DMARC fail",
    why="claims from x.com that fail authentication are not trusted",
    items={X1: "pending"},
)

case(
    name="tg-lookalike-domain",
    frm="moderation@telegram-support.net", name_from="Telegram Moderation",
    date="Wed, 18 Sep 2024 06:14:22 +0900",
    subject="Re: KCSC-240917-03 - content deleted",
    reply_to_req="KCSC-240917-03",
    body=f"""Dear KCSC,

We have deleted {TG['m1']} and {TG['m2']} following your request KCSC-240917-03.

To follow the case, sign in at https://portal.telegram-support.net/case/KCSC-240917-03.

Telegram Moderation
""",
    outcome="review", review="unknown_sender",
    imitates="look-alike 'Telegram' support domain",
    why="telegram-support.net is not a Telegram sender domain",
    items={TG["m1"]: "pending", TG["m2"]: "pending"},
)

case(
    name="yt-status-for-x-url",
    frm="legal-support@google.com", name_from="YouTube Legal Support",
    date="Tue, 17 Sep 2024 10:03:36 +0900",
    subject="Re: KCSC-240916-02 - URL not on YouTube",
    reply_to_req="KCSC-240916-02",
    body=f"""Hello,

Your request KCSC-240916-02 reached YouTube Legal Support. We checked the URL below:

URL: {X['p1']}
Result: Not found - no such content on YouTube

If you believe YouTube hosts this content, please send us the YouTube link.

Regards,
YouTube Legal Support
""",
    outcome="review", review="wrong_platform",
    imitates="Google legal support reply to a misdirected request",
    why="YouTube states a status for an X item",
    items={X["p1"]: "pending"},
)

case(
    name="naver-asks-legal-basis",
    frm="policy@navercorp.com", name_from="네이버 정책지원",
    date="Wed, 18 Sep 2024 10:55:40 +0900",
    subject="[NAVER] 요청 관련 추가 자료 요청 (KCSC-240917-04)",
    reply_to_req="KCSC-240917-04",
    body=f"""안녕하세요. 네이버 정책지원 담당자입니다.

KCSC-240917-04 건 중 {NV['b2']} 게시물과 관련하여, 해당 게시물이 어떤 법령의 어느 조항에 위반되는지 근거 조항과 심의 의결서를 보내주시면 검토 후 조치하겠습니다.

자료를 받기 전까지는 해당 게시물에 대한 조치가 보류됩니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER request for the legal basis and deliberation decision before acting",
    why="asks for documents before acting; the post stays pending",
    items={NV["b2"]: "pending"},
)

case(
    name="yt-table-contradicted-by-note",
    frm="legal-support@google.com", name_from="YouTube Legal Support",
    date="Thu, 19 Sep 2024 12:17:25 +0900",
    subject="Re: [KCSC-240916-01] Outcome",
    reply_to_req="KCSC-240916-01",
    body=f"""Hello,

Outcome for the following items of request KCSC-240916-01:

Video                                          | Action
{YT['oi3']}  | Removed
{YT['uy1']}  | Removed

Note: neither of the videos above was found to violate our Community Guidelines or local law, and both remain available on YouTube.

Regards,
YouTube Legal Support
""",
    outcome="review", review="conflicting_statements",
    imitates="ticket-system table with a free-text note from the reviewer",
    why="table says removed, the note says both remain available; no correction marker says which one stands",
    items={YT["oi3"]: "pending", YT["uy1"]: "pending"},
)

case(
    name="tg-no-claims",
    frm="abuse@telegram.org", name_from="Telegram Abuse",
    date="Wed, 18 Sep 2024 11:11:11 +0900",
    subject="Reporting channels for authorities",
    body="""Hello,

Please note that reports from government authorities about public channels can also be sent through our dedicated form at https://telegram.org/dsa-report. Using the form helps us route your reports faster.

Best regards,
Markus
Telegram Abuse Team
""",
    outcome="review", review="no_claims",
    imitates="Telegram abuse-desk note about its reporting channels",
    why="trusted Telegram mail, names no item and no request",
    items={},
)

case(
    name="naver-under-review-and-seems",
    frm="help@navercorp.com", name_from="네이버 고객센터",
    date="Wed, 18 Sep 2024 18:34:07 +0900",
    subject="[네이버] 요청 처리 진행 상황 안내 (KCSC-240917-04)",
    reply_to_req="KCSC-240917-04",
    body=f"""안녕하세요, 네이버 고객센터입니다.

{NV['kin']} 게시물은 현재 검토 중이며, 위반이 확인되면 삭제될 예정입니다.
{NV['b1']} 게시물은 이미 비공개 처리된 것으로 보입니다.

확인되는 대로 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER 진행 상황 안내 (interim notice)",
    why="'검토 중 … 삭제될 예정' is a conditional promise, '…된 것으로 보입니다' a hedge: nothing stated",
    items={NV["kin"]: "pending", NV["b1"]: "pending"},
)

# ================================================================= IGNORED

case(
    name="yt-out-of-office",
    frm="jiwoohan@google.com", name_from="Jiwoo Han",
    date="Mon, 16 Sep 2024 10:00:32 +0900",
    subject="Automatic reply: [KCSC-240916-01] Request to remove content",
    reply_to_req="KCSC-240916-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until 30 September with limited access to email.

For urgent legal requests please write to legal-support@google.com.

Jiwoo
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Gmail out-of-office auto-reply",
    why="out-of-office auto-reply",
    items={},
)

_orig = request_text("KCSC-240917-04", korean=True)
case(
    name="naver-dsn-bounce",
    frm="MAILER-DAEMON@navercorp.com", name_from="Mail Delivery Subsystem",
    date="Tue, 17 Sep 2024 11:00:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b228-dsn-1"

--b228-dsn-1
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.navercorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<policy-kr@navercorp.com>: host store.navercorp.com said: 550 5.1.1
    <policy-kr@navercorp.com>: Recipient address rejected: User unknown

--b228-dsn-1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.navercorp.com
Arrival-Date: Tue, 17 Sep 2024 11:00:05 +0900

Final-Recipient: rfc822; policy-kr@navercorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--b228-dsn-1
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: policy-kr@navercorp.com
Subject: KCSC-240917-04 {enc("게시물 삭제 요청")}
Date: Tue, 17 Sep 2024 11:00:00 +0900
Message-ID: <KCSC-240917-04@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{_orig}

--b228-dsn-1--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (RFC 3464)",
    why="bounce carrying the regulator's own request",
    items={},
)

case(
    name="x-mdn-read-receipt",
    frm="legal@x.com", name_from="X Legal",
    date="Mon, 16 Sep 2024 15:12:48 +0900",
    subject="Read: KCSC-240916-02 Request to restrict content",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="b228-mdn-1"

--b228-mdn-1
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@x.com
  Subject: KCSC-240916-02 Request to restrict content
  Sent: Monday, September 16, 2024 2:30 PM

was read on Monday, September 16, 2024 3:12 PM.

--b228-mdn-1
Content-Type: message/disposition-notification

Reporting-UA: mail.x.com; Microsoft Exchange Server
Final-Recipient: rfc822; legal@x.com
Original-Message-ID: <KCSC-240916-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b228-mdn-1--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Exchange read receipt (RFC 8098 MDN)",
    why="read receipt",
    items={},
)

case(
    name="tg-ticket-receipt",
    frm="abuse@telegram.org", name_from="Telegram Abuse",
    date="Tue, 17 Sep 2024 09:16:03 +0900",
    subject="[Case #4418702] We have received your report",
    reply_to_req="KCSC-240917-03",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

We have received your report regarding KCSC-240917-03. Case #4418702 has been created and our team will review the content.

You don't need to reply to this message.

Telegram Abuse Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket-system receipt (case created)",
    why="pure acknowledgement: report received, case created",
    items={},
)

case(
    name="daum-korean-receipt",
    frm="noreply-cs@kakaocorp.com", name_from="카카오 고객센터",
    date="Wed, 18 Sep 2024 09:31:14 +0900",
    subject="[카카오] 신고 접수 안내 (KCSC-240918-05)",
    reply_to_req="KCSC-240918-05",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, 카카오 고객센터입니다.

보내주신 신고(KCSC-240918-05)가 정상적으로 접수되었습니다.
접수번호: 2024091800123

처리 결과는 영업일 기준 3일 이내에 안내드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 신고 접수 안내",
    why="pure acknowledgement with a receipt number",
    items={},
)

case(
    name="naver-korean-auto-reply",
    frm="sjkim@navercorp.com", name_from="김수진",
    date="Tue, 17 Sep 2024 11:00:41 +0900",
    subject="[자동회신] KCSC-240917-04 게시물 삭제 요청",
    reply_to_req="KCSC-240917-04",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요. 김수진입니다.

9월 16일부터 9월 20일까지 휴가로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 연락 부탁드립니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동회신",
    why="out-of-office auto-reply in Korean",
    items={},
)

case(
    name="x-ooo-with-quoted-request",
    frm="dkoh@x.com", name_from="Daniel Koh",
    date="Mon, 16 Sep 2024 14:30:55 +0900",
    subject="Automatic reply: KCSC-240916-02 Request to restrict content",
    reply_to_req="KCSC-240916-02",
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""Thank you for your email. I am currently out of the office and will return on 23 September. Your message has not been forwarded.

Original message:

{quote(request_text('KCSC-240916-02'))}
""",
    outcome="ignored", classification="auto_reply",
    imitates="out-of-office auto-reply that echoes the original message",
    why="auto-reply; the URLs are only in the echoed request",
    items={},
)


def main():
    write_requests()
    for c in C:
        c["from"] = c.pop("frm")
        # Korean display names and subjects go out as RFC 2047 encoded words,
        # as real mailers send them.
        for k in ("name_from", "subject"):
            if k in c and not c[k].isascii():
                c[k] = enc(c[k])
    # clear stale case files so that the set is exactly the list above
    cdir = os.path.join(HERE, "cases")
    if os.path.isdir(cdir):
        for f in os.listdir(cdir):
            if f.endswith(".eml"):
                os.remove(os.path.join(cdir, f))
    corpuslib.write_set(HERE, SET, HEADER, C)


if __name__ == "__main__":
    main()
