#!/usr/bin/env python3
"""Blind set blind420: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by its note, statuses given by position. Every email is
fictional and written in our own sentences; the expected results were
written from each email's meaning before the reader was ever run on them.

    python3 tests/corpus/blind420/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import email.header
import io
import os
import quopri
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
X = {
    1: "https://x.com/moonlit_ferry/status/1831104412345678901",
    2: "https://x.com/moonlit_ferry/status/1831109987654321002",
    3: "https://x.com/graniteowl77/status/1830877123400011223",
    4: "https://x.com/graniteowl77/status/1830880456700022334",
    5: "https://x.com/tidepool_kr/status/1831020304050607080",
    6: "https://x.com/tidepool_kr/status/1831025551112223334",
    7: "https://x.com/paper_lantern9/status/1830990001234509876",
    8: "https://x.com/paper_lantern9",
    9: "https://x.com/seoul_nightbus/status/1831200011122233344",
    10: "https://x.com/seoul_nightbus/status/1831204455566677788",
    11: "https://x.com/copperkite_/status/1830765432109876543",
    12: "https://x.com/copperkite_/status/1830769998887776665",
}
X13 = "https://x.com/linenfox_/status/1834002233445566778"
T = {
    1: "https://t.me/amber_quay/1187",
    2: "https://t.me/amber_quay/1190",
    3: "https://t.me/northwind_deals/55",
    4: "https://t.me/velvetdrop_kr/3021",
}
Y = {
    1: "https://www.youtube.com/watch?v=Qm7rT2vLx0a",
    2: "https://www.youtube.com/watch?v=bN4kP9sWz1E",
    3: "https://www.youtube.com/watch?v=H3dFj8uYc2Q",
    4: "https://www.youtube.com/shorts/Zx5cV7bNm3R",
    5: "https://www.youtube.com/@greyharbor_tv",
}
N4_RAW = "https://cafe.naver.com/하늘바다/5521"
N = {
    1: "https://blog.naver.com/lilac_stream/223561001234",
    2: "https://cafe.naver.com/moonbridge/48812",
    3: "https://blog.naver.com/bluepine_77/223561009876",
    4: "https://cafe.naver.com/" + urllib.parse.quote("하늘바다") + "/5521",
}
K = {
    1: "https://cafe.daum.net/riverstone/Fh3k/2041",
    2: "https://cafe.daum.net/riverstone/Fh3k/2057",
    3: "https://open.kakao.com/o/gAbC12xY",
}
TT = "https://www.tiktok.com/@dawn.relay/video/7410022233344455566"

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    ("KCSC-240903-01", "x", "2024-09-03", "2024-09-10", [X[i] for i in range(1, 13)],
     "defamation", "largest request: posts and one account"),
    ("KCSC-240905-02", "telegram", "2024-09-05", "2024-09-12", [T[i] for i in range(1, 5)],
     "illegal_trade", "channel posts"),
    ("KCSC-240906-03", "youtube", "2024-09-06", "2024-09-13", [Y[i] for i in range(1, 6)],
     "harassment", "videos, one Short and one channel"),
    ("KCSC-240909-04", "naver", "2024-09-09", "2024-09-16", [N[i] for i in range(1, 5)],
     "defamation", "blog and cafe posts; one Korean cafe path"),
    ("KCSC-240910-05", "kakao", "2024-09-10", "2024-09-17", [K[i] for i in range(1, 4)],
     "gambling", "Daum cafe posts and an open chat room"),
    ("KCSC-240911-06", "tiktok", "2024-09-11", "2024-09-18", [TT],
     "obscenity", "one video"),
    ("KCSC-240912-07", "x", "2024-09-12", "2024-09-19", [X13],
     "defamation", "one post"),
]
REQ = {r[0]: r for r in REQUESTS}


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, f"req.{ref}@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def request_text(ref, korean=False, raw_korean_path=True):
    """The regulator's request as it was sent (used for quoting)."""
    _, plat, sent, due, urls, _, _ = REQ[ref]
    shown = [N4_RAW if (u == N[4] and raw_korean_path) else u for u in urls]
    if korean:
        lines = [
            "안녕하세요. 방송통신심의위원회입니다.",
            "",
            f"아래 게시물에 대하여 정보통신망법 제44조의7에 따른 시정요구(삭제 또는 접속차단)를 요청드립니다. (관리번호 {ref})",
            "",
        ]
        lines += [f"{i}. {u}" for i, u in enumerate(shown, 1)]
        lines += ["", f"조치 결과를 {due}까지 회신하여 주시기 바랍니다.", "", "방송통신심의위원회 드림"]
    else:
        lines = [
            "Dear colleagues,",
            "",
            "Under Article 44-7 of the Network Act, the Korea Communications Standards",
            "Commission requests that the content below be removed or that access to it",
            f"be blocked in the Republic of Korea (our reference {ref}).",
            "",
        ]
        lines += [f"{i}. {u}" for i, u in enumerate(shown, 1)]
        lines += ["", f"Please tell us the action taken for each item by {due}.", "",
                  "KCSC Takedown Desk"]
    return lines


def gmail_quote(ref, when, korean=False):
    head = f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:"
    return "\n".join([head] + ["> " + l if l else ">" for l in request_text(ref, korean)])


def outlook_quote(ref, when, to):
    head = [
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        f"Sent: {when}",
        f"To: {to}",
        f"Subject: [{ref}] Request to remove content under the Network Act",
        "",
    ]
    return "\n".join(head + request_text(ref))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


R1, R2, R3, R4, R5, R6, R7 = (r[0] for r in REQUESTS)

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED

case(
    name="x-three-outcomes-one-sentence",
    **{"from": "legal-ops@x.com"},
    name_from="X Legal",
    date="Wed, 04 Sep 2024 09:41:12 +0000",
    subject=f"Re: [{R1}] Request to remove content under the Network Act",
    reply_to_req=f"req.{R1}",
    body=f"""Hello,

Thank you for your patience. Having reviewed the reported posts against the X Rules and applicable Korean law, we withheld {X[1]} in South Korea, removed {X[3]} for breaking our violent speech rules, and left {X[5]} up because it does not break any of our rules.

We're still looking at the rest of your list and will write again.

Regards,
Hana
X Legal Operations

{gmail_quote(R1, "Tue, 3 Sep 2024 at 17:05")}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome reply (country withheld content), top-posted over a Gmail quote",
    why="one sentence carries three outcomes: withheld in KR, removed, left up because no rule broken; the quoted list states nothing",
    items={X[1]: "restricted", X[3]: "removed", X[5]: "rejected"},
)

case(
    name="x-no-action-hedged-author-deletion",
    **{"from": "trustandsafety@x.com"},
    name_from="X Trust & Safety",
    date="Thu, 05 Sep 2024 02:17:40 +0000",
    subject=f"Update on case {R1}",
    reply_to_req=f"req.{R1}",
    body=f"""Hi KCSC team,

Update on case {R1}.

{X[4]} has been removed for violating our rules on abuse and harassment.

We did not take action on {X[2]}, which appears to have been deleted by the account holder shortly after your report; we could not confirm this from our side.

Best,
Min
X Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="X Trust & Safety case update email",
    why="one post removed; the other is only 'appears to have been deleted' (hedge in a relative clause, unconfirmed) and 'no action' here is no refusal on the merits: pending",
    items={X[4]: "removed", X[2]: "pending"},
)

case(
    name="x-has-not-been-removed-and-withheld",
    **{"from": "legal-ops@x.com"},
    name_from="X Legal",
    date="Fri, 06 Sep 2024 08:03:55 +0000",
    subject=f"RE: [{R1}] Request to remove content under the Network Act",
    reply_to_req=f"req.{R1}",
    body=f"""Hello,

Regarding your request {R1}:

- {X[6]} has not been removed. Our review did not find a violation of the X Rules, and the request does not point to a specific provision of Korean law that the post breaks, so the post remains available.
- {X[7]} is now withheld in South Korea in response to your legal demand.

Kind regards,
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal team reply with per-URL bullets (refusal with reasons, country withheld content)",
    why="'has not been removed ... remains available' with its reason is a refusal (rejected), not a removal; the second post is withheld in KR",
    items={X[6]: "rejected", X[7]: "restricted"},
)

case(
    name="x-correction-second-post-withheld-only",
    **{"from": "legal-ops@x.com"},
    name_from="X Legal",
    date="Fri, 06 Sep 2024 11:26:09 +0000",
    subject=f"Re: [{R1}] Request to remove content under the Network Act",
    reply_to_req=f"req.{R1}",
    body=f"""Hello again,

Both of the following posts were removed this morning:
{X[9]}
{X[10]}

Correction to my message above, after checking with the team: the second post (...677788) was not removed globally. It is withheld in South Korea only, in line with our country withheld content policy. The first post was removed as stated.

Apologies for the confusion,
Daniel
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply in which the agent corrects an earlier paragraph of the same email",
    why="a later paragraph revises the second post from removed to withheld in KR (named by its id tail and position); the first stays removed",
    items={X[9]: "removed", X[10]: "restricted"},
)

case(
    name="x-bullets-status-under-url",
    **{"from": "noreply-legal@x.com"},
    name_from="X Support",
    date="Sat, 07 Sep 2024 04:50:31 +0000",
    subject=f"Your report {R1}: outcome",
    reply_to_req=f"req.{R1}",
    body=f"""Your report: {R1}
Outcome per reported URL:

* {X[8]}
  Account suspended permanently for repeated violations of the X Rules. Its posts are no longer visible on X.

* {X[11]}
  We were unable to locate this post. It may be a typo in the ID, or the post never existed.

* {X[12]}
  Reviewed. No violation of the X Rules found. The post reports on a public rally and stays up.

If you have questions about this outcome, reply to this email.
X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X support outcome email listing each reported URL with its result below it",
    why="account suspended (removed), post not located (not_found; the guess about a typo does not hedge the finding), post reviewed and kept (rejected)",
    items={X[8]: "removed", X[11]: "not_found", X[12]: "rejected"},
)

case(
    name="x-all-content-one-item-request",
    **{"from": "legal-ops@x.com"},
    name_from="X Legal",
    date="Fri, 13 Sep 2024 07:14:02 +0000",
    subject=f"Re: [{R7}] Request to remove content under the Network Act",
    reply_to_req=f"req.{R7}",
    body=f"""Hello,

We have withheld all of the content reported in {R7} in South Korea. It remains visible to people outside the country.

Regards,
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld confirmation naming only the request",
    why="'all of the content' answers a request of one item: it applies to that item (withheld in KR)",
    items={X13: "restricted"},
)

case(
    name="tg-results-in-order-of-list",
    **{"from": "abuse@telegram.org"},
    date="Fri, 06 Sep 2024 13:22:48 +0000",
    subject=f"Re: {R2}",
    reply_to_req=f"req.{R2}",
    body=f"""Hello,

Thanks for the report. Results, in the order of your list:

1 - taken down
2 - not found, the message had already been deleted by the channel admin
3 - taken down
4 - no action, this is not a violation of our Terms of Service

Telegram Abuse Team

{gmail_quote(R2, "Thu, 5 Sep 2024 at 14:10")}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk terse reply numbered against the quoted request",
    why="statuses by position: numbers 1-4 refer to the numbered URLs of the quoted request; a clerk maps them",
    items={T[1]: "removed", T[2]: "not_found", T[3]: "removed", T[4]: "rejected"},
)

case(
    name="tg-received-plus-blocked-kr-and-taken-down",
    **{"from": "support@telegram.org"},
    date="Sat, 07 Sep 2024 10:05:17 +0000",
    subject=f"Re: {R2} content removal request",
    reply_to_req=f"req.{R2}",
    body=f"""Hi,

We've received your request {R2}, thanks. The post {T[1]} is now blocked for users in South Korea, and {T[2]} has been taken down entirely.

-- 
Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram support reply opening with a receipt phrase",
    why="an acknowledgement phrase followed by unhedged item statements is a confirmation: KR block (restricted) and taken down (removed) in one sentence",
    items={T[1]: "restricted", T[2]: "removed"},
)

case(
    name="tg-refusal-url-after-statement",
    **{"from": "abuse@telegram.org"},
    date="Mon, 09 Sep 2024 06:40:00 +0000",
    subject=f"Re: {R2}",
    reply_to_req=f"req.{R2}",
    body=f"""Hello,

After review, the following message was removed for promoting the sale of illegal goods:
{T[3]}

We will not take action against the following message. It is a repost of a public news item, it does not break Telegram's Terms of Service, and we do not remove content on the basis of one jurisdiction's request alone:
{T[4]}

Regards,
Telegram Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk decision reply (statement, URL on the next line)",
    why="each URL stands on the line below its statement; 'will not take action' with its reasons is a refusal (rejected), not a promise",
    items={T[3]: "removed", T[4]: "rejected"},
)

case(
    name="tg-second-review-takes-down",
    **{"from": "abuse@telegram.org"},
    date="Tue, 10 Sep 2024 15:31:22 +0000",
    subject=f"Re: {R2}",
    reply_to_req=f"req.{R2}",
    body=f"""Hello,

{T[3]} was checked by our moderators on Friday and was still accessible at that time.

Update: after a second review the message has now been taken down.

{T[4]} could not be found. The link does not lead to an existing message.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with an in-message update",
    why="a later paragraph revises the first (accessible, then taken down): removed; the other link does not exist: not_found",
    items={T[3]: "removed", T[4]: "not_found"},
)

YT_TABLE_ROWS = [
    (Y[1], "Removed", "Harassment and cyberbullying policy"),
    (Y[2], "Blocked in South Korea", "Local law"),
    (Y[3], "No action", "Does not violate Community Guidelines"),
    (Y[4], "Removed", "Harassment and cyberbullying policy"),
    (Y[5], "Channel terminated", "Repeated violations"),
]


def html_table(rows, head):
    out = ['<table border="1" cellpadding="4" cellspacing="0">',
           "<tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>"]
    for r in rows:
        out.append("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


case(
    name="yt-table-then-correction-note",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 03:12:45 +0000",
    subject=f"[{R3}] YouTube legal request outcome",
    reply_to_req=f"req.{R3}",
    type="html",
    body=f"""<html><body>
<p>Hello,</p>
<p>We have completed our review of request {R3}. The outcome for each URL is below.</p>
{html_table([(i, u, a, d) for i, (u, a, d) in enumerate(YT_TABLE_ROWS, 1)], ["#", "URL", "Action", "Reason"])}
<p><b>Correction:</b> the entry for the Short (row 4) in the table above is wrong. The Short was age-restricted, not removed. All other rows are correct.</p>
<p>Regards,<br>The YouTube Legal Support Team</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome as an HTML table, with a correction note under it",
    why="the note explicitly corrects row 4 (age-restricted, not removed); the other rows stand",
    items={Y[1]: "removed", Y[2]: "restricted", Y[3]: "rejected", Y[4]: "restricted", Y[5]: "removed"},
)

YT_CSV = "\n".join([
    "url,decision,detail",
    f"{Y[1]},Removed,Violent or graphic content policy",
    f"{Y[2]},Locally blocked (KR),Not viewable from South Korea under local law",
    f"{Y[3]},No action,Does not violate Community Guidelines; educational context",
    f"{Y[4]},In review,",
]) + "\n"

case(
    name="yt-csv-attachment-one-in-review",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 05:48:19 +0000",
    subject=f"Outcome of your request {R3}",
    reply_to_req=f"req.{R3}",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="yt-csv-0911"

--yt-csv-0911
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for request {R3}. Items marked "In review"
will be updated separately.

The YouTube Legal Support Team

--yt-csv-0911
Content-Type: text/csv; charset=utf-8; name="{R3}_outcome.csv"
Content-Disposition: attachment; filename="{R3}_outcome.csv"
Content-Transfer-Encoding: base64

{b64(YT_CSV)}
--yt-csv-0911--
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome sent as a base64 CSV attachment",
    why="CSV rows: removed, locally blocked (restricted), no action (rejected), in review (pending)",
    items={Y[1]: "removed", Y[2]: "restricted", Y[3]: "rejected", Y[4]: "pending"},
)

YT_QP = f"""Hello KCSC,

Thanks for your request ({R3}).

We've restricted {Y[2]} in South Korea based on local law. We did not restrict {Y[3]}: after review it does not violate our policies or, in our assessment, Korean law, and it remains available.

The video {Y[1]}, which could fall under our harassment policy, is still being evaluated by a specialist team.

The YouTube Legal Support Team
"""

case(
    name="yt-qp-restricted-not-restricted-evaluating",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 22:05:33 +0000",
    subject=f"Re: [{R3}] Request to remove content",
    reply_to_req=f"req.{R3}",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(YT_QP)}""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply (quoted-printable body)",
    why="restricted in KR; 'did not restrict' with reasons is a refusal (rejected); the video 'which could fall under' policy is still being evaluated (pending)",
    items={Y[2]: "restricted", Y[3]: "rejected", Y[1]: "pending"},
)

case(
    name="yt-prose-relative-clauses-and-policy-links",
    **{"from": "youtube-legal@youtube.com"},
    name_from="YouTube",
    date="Tue, 10 Sep 2024 09:27:50 +0000",
    subject=f"Re: [{R3}] Request to remove content",
    reply_to_req=f"req.{R3}",
    body=f"""Hello,

We have removed {Y[1]} under our harassment policy.

{Y[2]}, which we reviewed under both our Community Guidelines and local law, is a news report with educational context and will stay up on YouTube.

{Y[3]}, which the uploader deleted before our review, is no longer on YouTube.

You can read more about our policies at https://support.google.com/youtube/answer/2801939 and about legal removals at https://support.google.com/legal/answer/3110420.

Sincerely,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal team prose reply with help-centre links",
    why="removed; a relative clause that is a statement, not a hedge, ('which the uploader deleted') gives not_found; 'will stay up' with its reason is a refusal; help links are no items",
    items={Y[1]: "removed", Y[2]: "rejected", Y[3]: "not_found"},
)

case(
    name="yt-echoed-submission-restricted",
    **{"from": "no-reply@youtube.com"},
    name_from="YouTube",
    date="Thu, 12 Sep 2024 01:15:06 +0000",
    subject="Update on your legal request",
    body=f"""Hi,

Thanks for reaching out to YouTube.

Here is a copy of your submission:
-----
Reporter: Korea Communications Standards Commission
Reference: {R3}
Content URL: {Y[4]}
Requested action: Remove the content
Legal basis: Network Act, Article 44-7
-----

Outcome: After reviewing this content, we've restricted it in South Korea. It's still available in other countries.

- The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal webform outcome that echoes the submission",
    why="the echoed 'Requested action: Remove' is our own request; the outcome is a restriction in KR",
    items={Y[4]: "restricted"},
)

case(
    name="naver-status-first-text-table",
    **{"from": "help@navercorp.com"},
    name_from="NAVER 고객센터",
    date="Wed, 11 Sep 2024 01:30:00 +0000",
    subject=f"[NAVER] 게시중단 요청 처리 결과 안내 ({R4})",
    reply_to_req=f"req.{R4}",
    body=f"""안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물({R4})에 대한 처리 결과를 아래와 같이 안내드립니다.

번호  처리 결과                          URL
1     게시중단                           {N[1]}
2     임시조치(30일)                     {N[2]}
3     조치 불가(위법성 확인 불가, 게시 유지)  {N[3]}
4     게시물 없음(작성자 삭제)            {N4_RAW}

처리 결과에 대한 문의는 본 메일에 회신해 주시기 바랍니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 처리 결과 안내 (text table, result column before the URL)",
    why="게시중단 removed, 임시조치 restricted, 조치 불가 with its reason rejected, 게시물 없음(작성자 삭제) not_found; raw Korean path matches its encoded form",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "rejected", N[4]: "not_found"},
)

case(
    name="naver-three-outcomes-with-particles",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Thu, 12 Sep 2024 06:44:10 +0000",
    subject=f"RE: [{R4}] 게시물 삭제 요청",
    reply_to_req=f"req.{R4}",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 중 {N[1]}은 블라인드 처리하였고, {N[2]} 는 국내 접근 제한 조치하였으며, {N[3]}은 이미 작성자가 삭제한 게시물로 확인되었습니다.

나머지 게시물은 확인 후 별도로 회신드리겠습니다.

네이버 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 정책지원팀 reply in prose, URLs followed by Korean particles",
    why="one sentence: 블라인드 (removed), 국내 접근 제한 (restricted), already deleted by its author (not_found)",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "not_found"},
)

case(
    name="naver-one-done-one-still-reviewed",
    **{"from": "help@navercorp.com"},
    name_from="NAVER 고객센터",
    date="Fri, 13 Sep 2024 02:08:27 +0000",
    subject=f"[NAVER] 요청 게시물 처리 현황 안내 ({R4})",
    reply_to_req=f"req.{R4}",
    body=f"""안녕하세요. 네이버 고객센터입니다.

{N4_RAW}（카페 게시글）은 확인 결과 게시중단 처리되었습니다.

{N[3]}의 경우 명예훼손 소지가 있는 것으로 보이나, 권리침해 여부 판단을 위해 추가 검토 중에 있습니다. 검토가 끝나는 대로 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 처리 현황 안내 (one result, one still under review)",
    why="the cafe post (raw Korean path, full-width parenthesis) is 게시중단 (removed); the blog post 'seems' defamatory and is under further review (pending)",
    items={N[4]: "removed", N[3]: "pending"},
)

NAVER_B64 = f"""안녕하세요. 네이버 고객센터입니다.
요청번호 {R4} 처리 결과를 안내드립니다.

[처리 결과]
- 대상: {N[2]}
  결과: 게시중단 완료
- 대상: {N[1]}
  결과: 조치하지 않음
  사유: 해당 게시물은 언론 기사를 인용한 내용으로, 네이버 운영정책 및 관련 법령 위반 사항이 확인되지 않았습니다.

감사합니다.
"""

case(
    name="naver-base64-done-and-refused",
    **{"from": "help@navercorp.com"},
    name_from="NAVER 고객센터",
    date="Thu, 12 Sep 2024 08:19:41 +0000",
    subject=f"[NAVER] 처리 결과 안내 ({R4})",
    reply_to_req=f"req.{R4}",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(NAVER_B64)}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 처리 결과 안내 (base64 body, 대상/결과/사유 blocks)",
    why="게시중단 완료 (removed); 조치하지 않음 with its reason (no breach found) is a refusal (rejected)",
    items={N[2]: "removed", N[1]: "rejected"},
)

case(
    name="kakao-html-table-three-results",
    **{"from": "cs_legal@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Thu, 12 Sep 2024 04:55:03 +0000",
    subject=f"[카카오] 시정요구 조치결과 회신 ({R5})",
    reply_to_req=f"req.{R5}",
    type="html",
    body=f"""<html><body>
<p>안녕하세요. 카카오 고객센터입니다.</p>
<p>방송통신심의위원회 시정요구({R5})에 대한 조치결과를 회신드립니다.</p>
{html_table([("1", K[1], "삭제", "-"), ("2", K[2], "접속차단(국내)", "해외 접속은 유지"), ("3", K[3], "미조치", "운영정책 위반 사항 없음")], ["번호", "URL", "조치결과", "비고"])}
<p>감사합니다.<br>카카오 고객센터 드림</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 as an HTML table (Kakao)",
    why="삭제 removed; 접속차단(국내) with foreign access kept is restricted; 미조치 with its reason is rejected",
    items={K[1]: "removed", K[2]: "restricted", K[3]: "rejected"},
)

case(
    name="kakao-not-deleted-but-other-deleted",
    **{"from": "cafe_cs@daum.net"},
    name_from="Daum 카페 고객센터",
    date="Fri, 13 Sep 2024 00:41:58 +0000",
    subject=f"Re: [{R5}] 게시물 삭제 요청",
    reply_to_req=f"req.{R5}",
    body=f"""안녕하세요. Daum 카페 고객센터입니다.

{K[1]} 게시물은 삭제하지 않았습니다. 검토 결과 해당 게시물은 개인의 의견 표현으로, 카페 운영정책 및 관련 법령에 위반되지 않는 것으로 판단되었습니다.

다만 {K[2]} 게시물은 운영정책 위반으로 삭제 처리되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 고객센터 reply with a negated deletion and a reason",
    why="'삭제하지 않았습니다' with its reason is a refusal (rejected), not a deletion; the second post was deleted",
    items={K[1]: "rejected", K[2]: "removed"},
)

case(
    name="kakao-openchat-closed-post-gone",
    **{"from": "cs_legal@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Sat, 14 Sep 2024 03:02:19 +0000",
    subject=f"[카카오] 요청 건 처리 안내 ({R5})",
    reply_to_req=f"req.{R5}",
    body=f"""안녕하세요. 카카오 고객센터입니다.

요청하신 오픈채팅방 <{K[3]}>은 운영정책 위반으로 폐쇄(이용 종료) 처리되었습니다.
함께 요청하신 {K[1]} 게시물은 이미 게시자에 의해 삭제되어 확인되지 않습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 오픈채팅 운영정책 조치 안내",
    why="open chat room closed (removed); the cafe post was already deleted by its poster (not_found)",
    items={K[3]: "removed", K[1]: "not_found"},
)

case(
    name="tiktok-sole-video-removed",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    date="Thu, 12 Sep 2024 10:20:44 +0000",
    subject=f"Re: [{R6}] Request to remove content under the Network Act",
    reply_to_req=f"req.{R6}",
    body=f"""Hi,

Thank you for your report (reference {R6}). We've reviewed the video you reported and removed it for violating our Community Guidelines.

TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome (content removed) naming only the request",
    why="a one-item request: 'the video you reported ... removed' applies to its only item",
    items={TT: "removed"},
)

case(
    name="tiktok-not-removed-but-restricted-kr",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    date="Fri, 13 Sep 2024 06:12:30 +0000",
    subject=f"Re: [{R6}] Request to remove content under the Network Act",
    reply_to_req=f"req.{R6}",
    body=f"""Hello,

We've reviewed {TT} under local law. It does not violate our Community Guidelines, so we have not removed it from TikTok; however, we have restricted access to it in South Korea.

Best regards,
TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok local-law restriction notice",
    why="'does not violate ... not removed' is followed by 'however ... restricted in South Korea': the final outcome is restricted",
    items={TT: "restricted"},
)

case(
    name="x-dsa-style-statement-of-reasons",
    **{"from": "dsa-notices@x.com"},
    name_from="X",
    date="Sat, 07 Sep 2024 12:00:00 +0000",
    subject=f"Statement of reasons for your notice {R1}",
    reply_to_req=f"req.{R1}",
    body=f"""Statement of reasons -- decision reference SOR-55120934

Content: {X[5]}
Decision: Restriction of visibility -- content withheld in: South Korea
Ground: Alleged illegal content (local law); notice from an authority, ref. {R1}
Automated detection: No. Automated decision: No.

Content: {X[6]}
Decision: No action taken
Ground: Content found to be neither illegal nor incompatible with our terms
Automated detection: No. Automated decision: No.

Redress: you may ask us to look at this decision again at https://help.x.com/forms/appeal
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17 statement of reasons (decision, ground, automation fields)",
    why="visibility restricted in KR (restricted); 'No action taken' because neither illegal nor against the terms (rejected); the appeal link is no item",
    items={X[5]: "restricted", X[6]: "rejected"},
)

case(
    name="x-outlook-angle-brackets-wrapped",
    **{"from": "legal-ops@x.com"},
    name_from="X Legal",
    date="Mon, 09 Sep 2024 02:33:14 +0000",
    subject=f"RE: [{R1}] Request to remove content under the Network Act",
    reply_to_req=f"req.{R1}",
    body=f"""Hello,

The following posts have been removed for violating the X Rules:
<{X[3]}>
<{X[4]}>

The following post remains available as it does not violate the X Rules or local law: <https://x.com/copperkite_/status/
1830765432109876543>

Thanks,
Joon | X Legal

{outlook_quote(R1, "Tuesday, September 3, 2024 5:05 PM", "legal@x.com")}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply from Outlook (angle-bracket URLs, one wrapped, unprefixed -----Original Message----- quote)",
    why="two posts removed by the heading above them; the wrapped one stays up with its reason (rejected); the Outlook-quoted request states nothing",
    items={X[3]: "removed", X[4]: "removed", X[11]: "rejected"},
)

case(
    name="x-bare-url-status-line-below",
    **{"from": "noreply-legal@x.com"},
    name_from="X Support",
    date="Sun, 08 Sep 2024 23:58:01 +0000",
    subject=f"{R1} -- results",
    reply_to_req=f"req.{R1}",
    body=f"""{R1} -- results

{X[1]}
Status: Withheld (KR)

{X[2]}
Status: Removed -- Abuse and harassment

{X[7]}
Status: No action -- no violation found

{X[8]}
Status: Open -- under review

X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X support ticket export: bare URL, status on the line below",
    why="withheld KR (restricted), removed, no violation (rejected), still under review (pending)",
    items={X[1]: "restricted", X[2]: "removed", X[7]: "rejected", X[8]: "pending"},
)

# ================================================================ REVIEW

case(
    name="x-will-remove-after-notice-period",
    **{"from": "legal-ops@x.com"},
    name_from="X Legal",
    date="Wed, 04 Sep 2024 03:10:27 +0000",
    subject=f"Re: [{R1}] Request to remove content under the Network Act",
    reply_to_req=f"req.{R1}",
    body=f"""Hi,

Thanks for your request {R1}. We will remove {X[1]} and {X[2]} within 24 hours, once the notice period for the account holder has ended, and we're reviewing the remaining items.

X Legal Operations
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply promising removal",
    why="'will remove ... once' is a promise under a condition, not a statement: items stay pending",
    items={X[1]: "pending", X[2]: "pending"},
)

case(
    name="yt-all-videos-removed-bulk",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 04:01:12 +0000",
    subject=f"Re: [{R3}] Request to remove content",
    reply_to_req=f"req.{R3}",
    body=f"""Hello,

We have removed all of the videos listed in your request {R3} from YouTube.

The YouTube Legal Support Team
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="YouTube short bulk confirmation",
    why="one statement covers a five-item request (one of them a channel) without naming any item: bulk",
    items={Y[1]: "pending", Y[2]: "pending", Y[3]: "pending", Y[4]: "pending", Y[5]: "pending"},
)

case(
    name="x-dkim-fail-removed",
    **{"from": "legal-ops@x.com"},
    name_from="X Legal",
    auth="fail",
    date="Sat, 07 Sep 2024 16:45:09 +0000",
    subject=f"Re: [{R1}] Request to remove content under the Network Act",
    reply_to_req=f"req.{R1}",
    body=f"""Hello,

{X[9]} has been removed.

X Legal Operations
""",
    outcome="review", review="untrusted",
    imitates="X legal reply whose DKIM/DMARC fails at our MX",
    why="x.com sender failing authentication: nothing applied",
    items={X[9]: "pending"},
)

case(
    name="x-lookalike-domain-removed",
    **{"from": "support@x-legal-desk.com"},
    name_from="X Support",
    date="Sun, 08 Sep 2024 07:22:50 +0000",
    subject=f"Your request {R1}",
    body=f"""Dear KCSC,

Your request {R1}: {X[5]} was removed. To see the decisions for the remaining posts, sign in to the request portal at https://portal.x-legal-desk.com/kr.

X Support
""",
    outcome="review", review="unknown_sender",
    imitates="look-alike 'X Support' mail from a foreign domain",
    why="not a platform domain: nothing applied",
    items={X[5]: "pending"},
)

case(
    name="naver-answers-daum-post",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    date="Thu, 12 Sep 2024 02:37:15 +0000",
    subject=f"RE: [{R5}] 게시물 삭제 요청",
    reply_to_req=f"req.{R5}",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

본 요청은 당사로 잘못 전달된 것으로 보입니다. 요청하신 {K[1]} 은 네이버 서비스에 존재하지 않는 게시물입니다.

네이버 정책지원팀 드림
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER reply to a request meant for Kakao",
    why="NAVER states 'does not exist' about a Daum (Kakao) item: another platform's item, nothing applied",
    items={K[1]: "pending"},
)

case(
    name="yt-table-removed-note-says-available",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 03:44:29 +0000",
    subject=f"[{R3}] YouTube legal request outcome",
    reply_to_req=f"req.{R3}",
    type="html",
    body=f"""<html><body>
<p>Hello,</p>
<p>Outcome of request {R3}:</p>
{html_table([(Y[3], "Removed")], ["URL", "Action"])}
<p>Note: {Y[3]} remains available on YouTube; our reviewers found that it does not violate our Community Guidelines.</p>
<p>The YouTube Legal Support Team</p>
</body></html>
""",
    outcome="review", review="conflicting_statements",
    imitates="YouTube HTML outcome table contradicted by the note under it",
    why="the table says removed, the note says still available and no violation; nothing says which is right",
    items={Y[3]: "pending"},
)

case(
    name="tg-may-already-be-removed",
    **{"from": "abuse@telegram.org"},
    date="Sun, 08 Sep 2024 18:03:44 +0000",
    subject=f"Re: {R2}",
    reply_to_req=f"req.{R2}",
    body=f"""Hi,

It looks like {T[1]} and {T[2]} may already have been removed by the channel's owner, but we cannot confirm this from our records.

Telegram Abuse
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk uncertain reply",
    why="'looks like ... may already have been removed ... cannot confirm': hedges only",
    items={T[1]: "pending", T[2]: "pending"},
)

case(
    name="x-took-action-where-appropriate",
    **{"from": "support@x.com"},
    name_from="X Support",
    date="Tue, 10 Sep 2024 20:14:36 +0000",
    subject="Your report to X",
    body="""Hello,

We looked into the report you sent us last week and took action where appropriate. Thank you for helping to keep X safe.

X Support
""",
    outcome="review", review="no_claims",
    imitates="X generic 'we took action where appropriate' report reply",
    why="trusted X mail naming no item and no request, not in a request's thread",
    items={},
)

case(
    name="kakao-asks-for-captures",
    **{"from": "cs_legal@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Wed, 11 Sep 2024 07:26:51 +0000",
    subject=f"[카카오] 추가 자료 요청 ({R5})",
    reply_to_req=f"req.{R5}",
    body=f"""안녕하세요. 카카오 고객센터입니다.

요청하신 오픈채팅방 {K[3]} 에 대한 조치 검토를 위하여, 문제가 되는 대화 내용의 캡처 화면과 위법성 판단의 근거가 되는 법령 조항을 추가로 보내주시기 바랍니다.

자료가 확인되는 대로 검토를 진행하겠습니다.
감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Kakao 추가 자료 요청 (request for captures and legal basis)",
    why="the platform asks for more material before acting on the open chat room",
    items={K[3]: "pending"},
)

case(
    name="x-withheld-unless-counter-notice",
    **{"from": "legal-ops@x.com"},
    name_from="X Legal",
    date="Thu, 05 Sep 2024 09:59:18 +0000",
    subject=f"Re: [{R1}] Request to remove content under the Network Act",
    reply_to_req=f"req.{R1}",
    body=f"""Hello,

We've notified the account holder of {X[10]}. If no counter-notice is received within 48 hours, the post will be withheld in South Korea.

X Legal Operations
""",
    outcome="review", review="not_understood",
    imitates="X legal notice-period reply",
    why="a condition and a future withholding: no statement yet",
    items={X[10]: "pending"},
)

case(
    name="naver-impostor-gmail",
    **{"from": "naver.cs.help@gmail.com"},
    name_from="네이버 고객센터",
    date="Wed, 11 Sep 2024 11:48:02 +0000",
    subject=f"[NAVER] 게시중단 처리 완료 ({R4})",
    body=f"""안녕하세요. 네이버 고객센터입니다.

요청하신 {N[1]} 게시물은 삭제 완료되었습니다.

감사합니다.
""",
    outcome="review", review="unknown_sender",
    imitates="mail styled as a NAVER notice sent from a free-mail address",
    why="gmail.com is no platform domain: nothing applied",
    items={N[1]: "pending"},
)

# ================================================================ IGNORED

case(
    name="x-out-of-office-quoting-request",
    **{"from": "sora.kim@x.com"},
    name_from="Sora Kim",
    date="Tue, 03 Sep 2024 08:06:40 +0000",
    subject=f"Automatic reply: [{R1}] Request to remove content under the Network Act",
    reply_to_req=f"req.{R1}",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""I'm out of the office until 16 September with limited access to email. For urgent legal requests please write to legal@x.com.

{gmail_quote(R1, "Tue, 3 Sep 2024 at 17:05")}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Exchange 'Automatic reply' out-of-office",
    why="out-of-office auto-reply; the URLs are only in the quoted request",
    items={},
)

DSN_ORIG = "\n".join([
    "From: KCSC Takedown <takedown@kcsc.example>",
    "To: policy-kr@navercorp.com",
    f"Subject: [{R4}] Request to remove content under the Network Act",
    f"Message-ID: <req.{R4}@kcsc.example>",
    "Date: Mon, 09 Sep 2024 16:20:00 +0900",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
    "",
] + request_text(R4, korean=True, raw_korean_path=False))

case(
    name="naver-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@navercorp.com"},
    name_from="Mail Delivery System",
    date="Mon, 09 Sep 2024 07:20:05 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-0909-b1"

--dsn-0909-b1
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail3.navercorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<policy-kr@navercorp.com>: host mx.navercorp.com said: 550 5.1.1
    Recipient address rejected: User unknown

--dsn-0909-b1
Content-Type: message/delivery-status

Reporting-MTA: dns; mail3.navercorp.com
Arrival-Date: Mon,  9 Sep 2024 16:20:02 +0900 (KST)

Final-Recipient: rfc822; policy-kr@navercorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-0909-b1
Content-Type: message/rfc822

{DSN_ORIG}

--dsn-0909-b1--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report delivery-status) with the original request attached",
    why="a bounce of our own request",
    items={},
)

case(
    name="yt-read-receipt",
    **{"from": "legal-kr@google.com"},
    name_from="Google Legal KR",
    date="Fri, 06 Sep 2024 09:02:13 +0000",
    subject=f"Read: [{R3}] Request to remove content",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-0906-7"

--mdn-0906-7
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@google.com
  Subject: [{R3}] Request to remove content

was displayed on Friday, 6 September 2024 at 18:02 KST. This does not
guarantee that the message has been read or understood.

--mdn-0906-7
Content-Type: message/disposition-notification

Reporting-UA: mail.google.com; Gmail
Final-Recipient: rfc822; legal-kr@google.com
Original-Message-ID: <req.{R3}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-0906-7--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Gmail/Outlook read receipt (MDN)",
    why="a read receipt says nothing about items",
    items={},
)

case(
    name="tg-ticket-created",
    **{"from": "support@telegram.org"},
    date="Thu, 05 Sep 2024 05:15:39 +0000",
    subject=f"[Ticket #TG-448102] {R2}",
    reply_to_req=f"req.{R2}",
    body=f"""Hello,

Your request has been received. Ticket #TG-448102 was created for {R2}.

Our team will review it and reply in this thread. Please do not open a new ticket for the same request.

Telegram Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk ticket-created receipt",
    why="pure receipt: ticket number and a promise to review",
    items={},
)

case(
    name="kakao-receipt-korean",
    **{"from": "noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Tue, 10 Sep 2024 07:03:22 +0000",
    subject="[카카오] 권리침해 신고 접수 완료 안내",
    reply_to_req=f"req.{R5}",
    body=f"""안녕하세요. 카카오 고객센터입니다.

보내주신 신고({R5})가 정상적으로 접수되었습니다.
접수번호: 2024-0910-88231

담당 부서에서 검토 후 처리 결과를 회신드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 신고 접수 완료 안내 (receipt with 접수번호)",
    why="pure receipt in Korean",
    items={},
)

case(
    name="counsel-out-of-office",
    **{"from": "jpark@hanbit-law.example"},
    name_from="Jae Park",
    date="Wed, 11 Sep 2024 23:40:10 +0000",
    subject=f"Out of Office: [{R6}] Request to remove content under the Network Act",
    reply_to_req=f"req.{R6}",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body=f"""Thank you for your email. I am travelling until 20 September and will reply on my return. For matters concerning TikTok content removals, please contact legal-kr@tiktok.com.

{gmail_quote(R6, "Wed, 11 Sep 2024 at 10:00")}
""",
    outcome="ignored", classification="auto_reply",
    imitates="outside counsel's out-of-office reply quoting the request",
    why="an out-of-office reply, whoever sends it",
    items={},
)

BOUNCE_ORIG = "\n".join([
    "From: KCSC Takedown <takedown@kcsc.example>",
    "To: legal-kr@tiktok.com",
    f"Subject: [{R6}] Request to remove content under the Network Act",
    f"Message-ID: <req.{R6}@kcsc.example>",
    "Date: Wed, 11 Sep 2024 10:00:00 +0900",
    "",
] + request_text(R6))

case(
    name="kcsc-mta-dsn-tiktok-unreachable",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery Subsystem",
    auth="none",
    date="Thu, 12 Sep 2024 01:00:31 +0000",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-generated"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="kcsc-dsn-12"

--kcsc-dsn-12
Content-Type: text/plain; charset=us-ascii

Delivery to the following recipient failed permanently:

     legal-kr@tiktok.com

Technical details of permanent failure:
The recipient server did not accept our requests to connect after
repeated attempts over 24 hours.

--kcsc-dsn-12
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example

Final-Recipient: rfc822; legal-kr@tiktok.com
Action: failed
Status: 5.4.7
Diagnostic-Code: smtp; 421 4.4.1 connection timed out

--kcsc-dsn-12
Content-Type: text/rfc822-headers

{chr(10).join(BOUNCE_ORIG.split(chr(10))[:5])}

--kcsc-dsn-12--
""",
    outcome="ignored", classification="bounce",
    imitates="our own MTA's DSN (delivery failed after retries), headers of the original only",
    why="a bounce of our request to TikTok",
    items={},
)

HEADER = """# blind420: blind set (what a program gets wrong), written before any run.
# Generated by make.py; do not edit by hand. See NOTES.md."""


def encode_headers(c):
    """Non-ASCII display names and subjects as RFC 2047 encoded words, as
    Korean mail clients send them."""
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v is not None and not v.isascii():
            c[key] = email.header.Header(v, "utf-8").encode()


def main():
    write_requests()
    for c in CASES:
        encode_headers(c)
    corpuslib.write_set(HERE, "blind420", HEADER, CASES)


if __name__ == "__main__":
    main()
