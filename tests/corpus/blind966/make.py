#!/usr/bin/env python3
"""Blind set 966 (focus: what a program gets wrong).

Writes requests.csv, cases/*.eml and expected.toml. Deterministic:
    python3 tests/corpus/blind966/make.py

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by a note, statuses given by position. Every expected result
was written from the meaning of the email alone, before any run of the
reader. All names, channels, ids and URLs are invented.
"""
import base64
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.setdefault("kakaocorp.com", "Kakao")
corpuslib.DOMAIN_NAMES.setdefault("daum.net", "Kakao")

# ---------------------------------------------------------------- requests
TG = "https://t.me/"
T = {
    "nm1041": TG + "nightmarket_kr/1041",
    "nm1042": TG + "nightmarket_kr/1042",
    "nm1055": TG + "nightmarket_kr/1055",
    "sd88": TG + "silverdust_chat/88",
    "sd91": TG + "silverdust_chat/91",
    "bf2201": TG + "bluefen_deals/2201",
    "bf2230": TG + "bluefen_deals/2230",
    "hr7": TG + "hanriver_leaks/7",
    "hr19": TG + "hanriver_leaks/19",
    "mp340": TG + "moonpetal_shop/340",
    "go5512": TG + "grayowl_pub/5512",
    "go5520": TG + "grayowl_pub/5520",
}
X = {
    "cw11": "https://x.com/cobalt_wren/status/1831100000000000011",
    "cw12": "https://x.com/cobalt_wren/status/1831100000000000012",
    "pd21": "https://x.com/pinedrift88/status/1831200000000000021",
    "hv31": "https://x.com/haneul_vox/status/1831300000000000031",
    "tw41": "https://x.com/tidewatcher_k/status/1831400000000000041",
}
X2 = {
    "me51": "https://x.com/mirae_echo/status/1833500000000000051",
    "me52": "https://x.com/mirae_echo/status/1833500000000000052",
}
Y = {
    "qm": "https://www.youtube.com/watch?v=Qm3vR7tLk2A",
    "zx": "https://www.youtube.com/watch?v=Zx8pN1wEo4c",
    "hd": "https://www.youtube.com/watch?v=Hd5sJ9uYb0T",
    "lp": "https://www.youtube.com/shorts/Lp2kW6qRz7M",
}
Y1 = "https://www.youtube.com/watch?v=Vb4nT2xQe9K"
N = {
    "b1234": "https://blog.naver.com/dalbit_story/223570001234",
    "b5678": "https://blog.naver.com/dalbit_story/223570005678",
    "c48211": "https://cafe.naver.com/bamsaecafe/48211",
    # 장터 (market board), stored percent-encoded
    "c48230": "https://cafe.naver.com/bamsaecafe/%EC%9E%A5%ED%84%B0/48230",
}
N_RAW_48230 = "https://cafe.naver.com/bamsaecafe/장터/48230"
K = {
    "g301": "https://cafe.daum.net/greenlamp/Ab12/301",
    "g305": "https://cafe.daum.net/greenlamp/Ab12/305",
    "ts118": "https://sorawalk.tistory.com/118",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, category, message id, note, urls
    ("KCSC-240903-01", "telegram", "2024-09-03", "2024-09-10", "gambling",
     "kcsc-240903-01@kcsc.example", "largest request", list(T.values())),
    ("KCSC-240905-02", "x", "2024-09-05", "2024-09-12", "privacy",
     "kcsc-240905-02@kcsc.example", "", list(X.values())),
    ("KCSC-240906-03", "youtube", "2024-09-06", "2024-09-13", "defamation",
     "kcsc-240906-03@kcsc.example", "", list(Y.values())),
    ("KCSC-240909-04", "naver", "2024-09-09", "2024-09-16", "drugs",
     "kcsc-240909-04@kcsc.example", "", list(N.values())),
    ("KCSC-240910-05", "kakao", "2024-09-10", "2024-09-17", "obscenity",
     "kcsc-240910-05@kcsc.example", "", list(K.values())),
    ("KCSC-240911-06", "youtube", "2024-09-11", "2024-09-18", "fraud",
     "kcsc-240911-06@kcsc.example", "single video", [Y1]),
    ("KCSC-240912-07", "x", "2024-09-12", "2024-09-19", "privacy",
     "kcsc-240912-07@kcsc.example", "", list(X2.values())),
]


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
        for u in urls:
            lines.append(f"{ref},{plat},{sent},{due},{u},{cat},{mid},{note}")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def pend(urls):
    return {u: "pending" for u in urls}


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def gmail_quote(date, lines):
    return f"On {date}, KCSC Takedown <takedown@kcsc.example> wrote:\n" + "\n".join(
        ("> " + l) if l else ">" for l in lines)


REQ_X_LINES = [
    "Dear X Legal team,",
    "",
    "Under Article 44-7 of the Network Act the Korea Communications Standards",
    "Commission requests that the following posts be removed or blocked in Korea",
    "(our reference KCSC-240905-02):",
    "",
    "1. " + X["cw11"],
    "2. " + X["cw12"],
    "3. " + X["pd21"],
    "4. " + X["hv31"],
    "5. " + X["tw41"],
    "",
    "Please tell us the action taken for each post by 12 September.",
    "",
    "KCSC Takedown desk",
]

REQ_TG_LINES = [
    "Dear Telegram team,",
    "",
    "Please take down the following messages (KCSC-240903-01):",
    "",
] + [f"{i}. {u}" for i, u in enumerate(T.values(), 1)] + [
    "",
    "Kind regards,",
    "KCSC Takedown desk",
]

# ------------------------------------------------------------------- cases
cases = []


def case(**kw):
    cases.append(kw)


# ============================ APPLIED ====================================

case(
    name="tg-two-blocked-one-missing-one-sentence",
    **{"from": "abuse@telegram.org"},
    date="Thu, 05 Sep 2024 11:20:41 +0000",
    subject="Re: KCSC-240903-01 removal request",
    reply_to_req="kcsc-240903-01",
    body=f"""
Hello,

Of the messages you listed in KCSC-240903-01, {T['nm1041']} and {T['nm1042']} have been blocked on all Telegram apps, while {T['nm1055']} could not be found - that message ID does not exist in the channel.

We will write again about the remaining links.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply (plain prose, several outcomes in one sentence)",
    why="one sentence: two URLs blocked everywhere (removed), the third does not exist (not_found)",
    items={T["nm1041"]: "removed", T["nm1042"]: "removed", T["nm1055"]: "not_found"},
)

case(
    name="tg-hedge-in-relative-clause",
    **{"from": "abuse@telegram.org"},
    date="Fri, 06 Sep 2024 08:02:13 +0000",
    subject="Re: KCSC-240903-01 removal request",
    reply_to_req="kcsc-240903-01",
    body=f"""
Hi,

The message at {T['sd88']}, which may have been edited by the chat admins after you reported it, has been removed by our moderators.

The message at {T['sd91']}, which we could not open from our side, appears to be deleted already. We are checking this with the team and will confirm.

Best,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with moderator caveats",
    why="sd88: the hedge is in the relative clause, the main clause states removal; sd91: 'appears to be deleted' plus 'will confirm' is a hedge, stays pending",
    items={T["sd88"]: "removed", T["sd91"]: "pending"},
)

case(
    name="tg-bare-url-status-below",
    **{"from": "dsa@telegram.org"},
    date="Mon, 09 Sep 2024 14:45:00 +0000",
    subject="Re: KCSC-240903-01 removal request",
    reply_to_req="kcsc-240903-01",
    body="""
Hello,

Results of our review for your request:

t.me/bluefen_deals/2201
Status: Blocked

t.me/bluefen_deals/2230
Status: Not found. The message was deleted by the channel owner before our review.

Regards,
Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram ticket reply, one status line under each bare link",
    why="status on the line below each scheme-less URL: blocked (removed), deleted by its owner before review (not_found)",
    items={T["bf2201"]: "removed", T["bf2230"]: "not_found"},
)

case(
    name="tg-statement-above-url",
    **{"from": "abuse@telegram.org"},
    date="Tue, 10 Sep 2024 09:31:55 +0000",
    subject="Re: KCSC-240903-01 removal request",
    reply_to_req="kcsc-240903-01",
    body=f"""
Hello,

The following message has been taken down:
{T['hr7']}

The following message does not violate the Telegram Terms of Service and will remain available, since it only links to a public news article:
{T['hr19']}

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply, statement line ending in ':' with the URL on the next line",
    why="statement then URL on the next line: hr7 taken down (removed), hr19 refused with a reason (rejected)",
    items={T["hr7"]: "removed", T["hr19"]: "rejected"},
)

TG_QP = f"""Hello,

We have reviewed the remaining links from KCSC-240903-01.

{T['mp340']} \u2013 blocked for users in the Republic of Korea under local law; the message remains visible elsewhere.
{T['go5512']} \u2013 blocked globally for violating the Telegram Terms of Service.
{T['go5520']} \u2013 we were unable to find this message; the ID may be mistyped.

Telegram Abuse Team
"""
# quoted-printable: en dashes become =E2=80=93, long lines are soft-broken
TG_QP_ENC = qp(TG_QP)
case(
    name="tg-quoted-printable-three-outcomes",
    **{"from": "abuse@telegram.org"},
    date="Wed, 11 Sep 2024 16:10:27 +0000",
    subject="Re: KCSC-240903-01 removal request",
    reply_to_req="kcsc-240903-01",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + TG_QP_ENC,
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply sent quoted-printable (en dashes, soft line breaks)",
    why="blocked in Korea only (restricted), blocked globally (removed), unable to find (not_found); 'may be mistyped' hedges only the reason",
    items={T["mp340"]: "restricted", T["go5512"]: "removed", T["go5520"]: "not_found"},
)

case(
    name="tg-statement-of-reasons",
    **{"from": "dsa@telegram.org"},
    date="Thu, 12 Sep 2024 07:55:02 +0000",
    subject="Statement of reasons - KCSC-240903-01",
    reply_to_req="kcsc-240903-01",
    body=f"""
Statement of reasons

Notice reference: KCSC-240903-01
Content concerned: {T['sd91']}
Decision: Removal of the content
Territorial scope: Worldwide
Grounds: Incompatible with the Telegram Terms of Service (illegal gambling promotion)
Detected by automated means: No
Decision taken by automated means: No

You may contest this decision via https://telegram.org/faq#redress or through an out-of-court dispute settlement body.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17 statement of reasons (decision / territorial scope fields)",
    why="field form: decision removal, worldwide scope; the redress link is a Telegram page, not an item",
    items={T["sd91"]: "removed"},
)

case(
    name="x-not-removed-but-withheld-other",
    **{"from": "legal@x.com"},
    date="Mon, 09 Sep 2024 03:12:44 +0000",
    subject="Re: KCSC-240905-02 [ref:_00D1a2b3c:_5006X7Y8Z]",
    reply_to_req="kcsc-240905-02",
    body=f"""
Hello,

Thank you for your report. After careful review we have not removed {X['pd21']}, as the post does not violate the X Rules and we do not consider it unlawful in Korea: it comments on a public figure's official conduct.

{X['hv31']} has been withheld in South Korea in response to your legal demand.

Sincerely,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email (refusal with reason, country withholding)",
    why="'have not removed ... as it does not violate' is a refusal with its reason (rejected); withheld in South Korea (restricted)",
    items={X["pd21"]: "rejected", X["hv31"]: "restricted"},
)

case(
    name="x-correction-of-earlier-mail",
    **{"from": "legal@x.com"},
    date="Wed, 11 Sep 2024 22:40:18 +0000",
    subject="Correction: KCSC-240905-02",
    reply_to_req="kcsc-240905-02",
    body=f"""
Hello again,

Yesterday I wrote that {X['tw41']} had been withheld in South Korea. I must correct that: the account holder deleted the post before our team actioned your request, so it no longer exists on X and there was nothing left for us to withhold.

Apologies for the confusion.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal agent follow-up correcting an earlier outcome email",
    why="the first sentence reports an earlier claim, the next revises it: deleted by its author before action (not_found), not restricted",
    items={X["tw41"]: "not_found"},
)

case(
    name="x-revision-within-mail",
    **{"from": "legal@x.com"},
    date="Tue, 10 Sep 2024 05:05:05 +0000",
    subject="Re: KCSC-240905-02",
    reply_to_req="kcsc-240905-02",
    body=f"""
Hello,

{X['cw11']} - withheld in KR.

Update before sending: our Trust & Safety team looked at this post again this morning and found it also breaks our private information policy, so it has now been removed globally rather than withheld only in Korea.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply amended by the agent before sending",
    why="a later paragraph replaces 'withheld in KR' by global removal (removed)",
    items={X["cw11"]: "removed"},
)

case(
    name="x-top-posted-over-gmail-quote",
    **{"from": "legal@x.com"},
    date="Fri, 06 Sep 2024 13:27:00 +0000",
    subject="Re: [KCSC-240905-02] Request to remove posts",
    reply_to_req="kcsc-240905-02",
    body=f"""
Hi,

{X['cw12']} has been removed for violating our private information policy. The other reported posts are still being reviewed and we will update you separately.

Thanks,
X Legal

""" + gmail_quote("Thu, 5 Sep 2024 at 10:12", REQ_X_LINES),
    outcome="applied", classification="confirmation",
    imitates="X legal reply top-posted over a Gmail-quoted request",
    why="only cw12 is stated removed; the others are under review and appear only in the quoted request (pending)",
    items={X["cw12"]: "removed", X["cw11"]: "pending", X["pd21"]: "pending",
           X["hv31"]: "pending", X["tw41"]: "pending"},
)

case(
    name="x-no-violation-yet-withheld",
    **{"from": "legal@x.com"},
    date="Sat, 07 Sep 2024 02:18:30 +0000",
    subject="Re: KCSC-240905-02",
    reply_to_req="kcsc-240905-02",
    body=f"""
Hello,

While {X['cw12']} does not violate the X Rules, we have withheld it in South Korea in response to your legal demand, as it appears to be unlawful under local law.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld content notice (no rules violation, withheld on legal demand)",
    why="negated rules violation but withheld in Korea: restricted, not rejected; 'appears to be unlawful' is the reason, not the statement",
    items={X["cw12"]: "restricted"},
)

case(
    name="x-korean-parentheses-particles",
    **{"from": "legal-kr@x.com"},
    date="Tue, 10 Sep 2024 01:44:09 +0000",
    subject="RE: KCSC-240905-02 게시물 조치 요청 회신",
    reply_to_req="kcsc-240905-02",
    body=f"""
안녕하세요, X 법무팀입니다.

신고하신 게시물({X['pd21']})은 대한민국에서 열람이 제한(withheld)되었습니다.
<{X['hv31']}>의 경우 이미 삭제된 게시물로 확인되었습니다。

감사합니다.
X 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="X Korean-language legal reply (URLs in brackets followed by particles)",
    why="URL in parentheses then 은: withheld in Korea (restricted); URL in angle brackets then 의: already deleted (not_found)",
    items={X["pd21"]: "restricted", X["hv31"]: "not_found"},
)

X_CSV = (
    "Reported URL,Action,Scope,Note\r\n"
    f"{X2['me51']},Withheld,KR,Local law - privacy\r\n"
    f"{X2['me52']},No action,,No violation of X Rules or local law found\r\n"
)
case(
    name="x-csv-attachment-mixed",
    **{"from": "legal@x.com"},
    date="Mon, 16 Sep 2024 06:20:00 +0000",
    subject="Re: KCSC-240912-07 - outcome",
    reply_to_req="kcsc-240912-07",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="==xcsv01=="

--==xcsv01==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Thanks for your report. We received it and have completed our review;
the outcome for each post is in the attached file.

X Legal

--==xcsv01==
Content-Type: text/csv; charset=utf-8; name="KCSC-240912-07_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240912-07_outcome.csv"
Content-Transfer-Encoding: base64

{b64(X_CSV)}
--==xcsv01==--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with a per-URL CSV outcome attachment",
    why="CSV rows: withheld in KR (restricted), no action / no violation (rejected); 'we received it' is not a pure acknowledgement",
    items={X2["me51"]: "restricted", X2["me52"]: "rejected"},
)

YT_TABLE = f"""<html><body>
<p>Hello,</p>
<p>Below is the outcome of our review of your legal request (your reference KCSC-240906-03).</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Outcome</th></tr>
<tr><td>{Y['qm']}</td><td>Blocked in South Korea</td></tr>
<tr><td>{Y['zx']}</td><td>Removed &ndash; Community Guidelines</td></tr>
<tr><td>{Y['hd']}</td><td>No action taken</td></tr>
</table>
<p>Please note that the outcome shown above for {Y['hd']} is out of date. Our policy team looked at this video again on 17 September and removed it under our harassment policy; the table was exported before that decision.</p>
<p>Regards,<br>The YouTube Legal Support Team</p>
</body></html>"""
case(
    name="yt-table-revised-by-note",
    **{"from": "legal-support@youtube.com"},
    date="Wed, 18 Sep 2024 04:10:55 +0000",
    subject="Re: KCSC-240906-03 - Legal removal request",
    reply_to_req="kcsc-240906-03",
    type="html",
    body=YT_TABLE,
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support HTML outcome table with an agent's note",
    why="table: Korea block (restricted), removed; the note says the table is out of date for Hd5 and it was removed later (removed, not rejected)",
    items={Y["qm"]: "restricted", Y["zx"]: "removed", Y["hd"]: "removed"},
)

case(
    name="yt-refusal-and-age-restriction",
    **{"from": "legal-support@youtube.com"},
    date="Thu, 12 Sep 2024 09:30:00 +0000",
    subject="Re: KCSC-240906-03 - Legal removal request",
    reply_to_req="kcsc-240906-03",
    body=f"""
Hello,

Thanks for reaching out. We reviewed {Y['zx']} and decided not to take action: the video is a news report about an ongoing court case and, in our view, it is neither defamatory under Korean law nor against our Community Guidelines.

The Short at {Y['lp']} has been age-restricted.

If you have further information, you can reply to this email.

The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support decision email (decline with reason, age restriction)",
    why="refusal with its reason (rejected); age-restricted (restricted); the invitation to reply is not a request for information",
    items={Y["zx"]: "rejected", Y["lp"]: "restricted"},
)

case(
    name="yt-not-removed-instead-restricted",
    **{"from": "legal-support@youtube.com"},
    date="Fri, 13 Sep 2024 10:02:41 +0000",
    subject="Re: KCSC-240906-03 - Legal removal request",
    reply_to_req="kcsc-240906-03",
    body=f"""
Hello,

We did not remove {Y['qm']}. Instead, because parts of it may be unsuitable for younger viewers, we have applied an age restriction to it.

The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome (partial action)",
    why="negated removal followed by an age restriction: restricted, neither removed nor rejected",
    items={Y["qm"]: "restricted"},
)

case(
    name="yt-remains-available-except-korea",
    **{"from": "legal-support@youtube.com"},
    date="Mon, 16 Sep 2024 08:48:12 +0000",
    subject="Re: KCSC-240906-03",
    reply_to_req="kcsc-240906-03",
    body=f"""
Hi there,

Following our legal review, the video {Y['zx']} remains available globally but is no longer viewable in South Korea, where we found it to be unlawful.

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube local-law block notice",
    why="'remains available globally but ... no longer viewable in South Korea' is a country block (restricted), not a refusal",
    items={Y["zx"]: "restricted"},
)

YT_B64 = f"""Hello,

Following our review of your request KCSC-240906-03, access to the video
{Y['hd']} has been blocked in South Korea on the basis of local law.

No decision has been made yet on the other videos in your request.

Best regards,
The YouTube Legal Support Team
"""
case(
    name="yt-base64-korea-block",
    **{"from": "legal-support@google.com"},
    date="Sat, 14 Sep 2024 05:33:19 +0000",
    subject="Re: KCSC-240906-03 - Legal removal request",
    reply_to_req="kcsc-240906-03",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(YT_B64),
    outcome="applied", classification="confirmation",
    imitates="Google legal support reply sent base64-encoded",
    why="blocked in South Korea (restricted); the other videos are not named and have no decision",
    items={Y["hd"]: "restricted"},
)

case(
    name="yt-single-item-no-url",
    **{"from": "legal-support@youtube.com"},
    date="Fri, 13 Sep 2024 12:00:00 +0000",
    subject="Re: KCSC-240911-06 - Legal removal request",
    reply_to_req="kcsc-240911-06",
    body="""
Hello,

Regarding your request KCSC-240911-06: the video you reported has been removed for violating our Community Guidelines on scams.

The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome without the URL (one-video request)",
    why="one-item request, one unhedged statement naming the request: removed",
    items={Y1: "removed"},
)

case(
    name="naver-takedown-and-refusal-one-sentence",
    **{"from": "policy@navercorp.com", "name_from": "네이버 정책지원"},
    date="Wed, 11 Sep 2024 10:15:00 +0900",
    subject="RE: [KCSC-240909-04] 불법정보 게시물 조치 요청 회신",
    reply_to_req="kcsc-240909-04",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 중 {N['b1234']}는 게시중단 조치하였으나, {N['b5678']}은 신고 내용과 달리 불법성이 확인되지 않아 게시를 유지합니다.

감사합니다.
네이버 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리 결과 회신 (one sentence, two outcomes)",
    why="one Korean sentence: 게시중단 (removed) for the first, kept up because no illegality found (rejected) for the second; particles stuck to the URLs",
    items={N["b1234"]: "removed", N["b5678"]: "rejected"},
)

case(
    name="naver-temporary-measure-korean-path",
    **{"from": "policy@navercorp.com", "name_from": "네이버 정책지원"},
    date="Thu, 12 Sep 2024 14:20:00 +0900",
    subject="RE: [KCSC-240909-04] 불법정보 게시물 조치 요청 회신",
    reply_to_req="kcsc-240909-04",
    body=f"""
안녕하세요. 네이버 카페 운영팀입니다.

1) {N_RAW_48230} 게시물에 대하여 정보통신망법 제44조의2에 따라 30일간 임시조치를 하였습니다.
2) {N['c48211']} 은 존재하지 않는 게시물입니다. 주소를 다시 확인해 주시기 바랍니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 카페 임시조치 안내 (numbered, raw Korean path)",
    why="임시조치 (restricted) for the raw Korean-path URL; 존재하지 않는 게시물 (not_found); asking to re-check the address is not a request for information",
    items={N["c48230"]: "restricted", N["c48211"]: "not_found"},
)

case(
    name="naver-not-us-but-author-deleted",
    **{"from": "policy@navercorp.com", "name_from": "네이버 정책지원"},
    date="Fri, 13 Sep 2024 09:05:00 +0900",
    subject="RE: [KCSC-240909-04] 조치 결과 안내",
    reply_to_req="kcsc-240909-04",
    body=f"""
안녕하세요.

{N['b5678']} 게시물은 저희가 삭제한 것이 아니라, 요청을 받기 전에 작성자가 직접 삭제한 게시물입니다.
{N['c48211']} 게시물은 운영정책 위반으로 블라인드 처리되었습니다.

네이버 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 조치 결과 안내 (author deletion vs. operator action)",
    why="'저희가 삭제한 것이 아니라 작성자가 직접 삭제' is not_found, not removed; 블라인드 is removed",
    items={N["b5678"]: "not_found", N["c48211"]: "removed"},
)

KAKAO_TABLE = f"""<html><body>
<p>안녕하세요. 카카오 고객보호팀입니다.</p>
<p>방송통신심의위원회 요청(KCSC-240910-05)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1">
<tr><th>연번</th><th>URL</th><th>조치 결과</th></tr>
<tr><td>1</td><td>{K['g301']}</td><td>게시중단</td></tr>
<tr><td>2</td><td>{K['g305']}</td><td>해당 게시물 없음</td></tr>
<tr><td>3</td><td>{K['ts118']}</td><td>국내 접속 제한</td></tr>
</table>
<p>※ 조치 기준은 <a href="https://www.kakao.com/policy/oppolicy">카카오 운영정책</a>을 참고해 주시기 바랍니다.</p>
<p>카카오 고객보호팀 드림</p>
</body></html>"""
case(
    name="kakao-html-table-three-outcomes",
    **{"from": "safety@kakaocorp.com", "name_from": "카카오 고객보호팀"},
    date="Fri, 13 Sep 2024 16:40:00 +0900",
    subject="[회신] KCSC-240910-05 조치 결과",
    reply_to_req="kcsc-240910-05",
    type="html",
    body=KAKAO_TABLE,
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치 결과 table (연번 / URL / 조치 결과)",
    why="numbered table rows: 게시중단 (removed), 게시물 없음 (not_found), 국내 접속 제한 (restricted); the policy link is not an item",
    items={K["g301"]: "removed", K["g305"]: "not_found", K["ts118"]: "restricted"},
)

case(
    name="kakao-refusal-over-outlook-quote",
    **{"from": "safety@kakaocorp.com", "name_from": "카카오 고객보호팀"},
    date="Mon, 16 Sep 2024 11:11:00 +0900",
    subject="RE: [KCSC-240910-05] 게시물 삭제 요청",
    reply_to_req="kcsc-240910-05",
    body=f"""
안녕하세요.

{K['ts118']} 의 경우 내부 검토 결과 운영정책 위반으로 보기 어려워 별도의 조치를 취하지 않았음을 알려드립니다. 나머지 게시물은 검토가 끝나는 대로 다시 회신드리겠습니다.

카카오 고객보호팀

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 9:30 AM
To: safety@kakaocorp.com
Subject: [KCSC-240910-05] 게시물 삭제 요청

아래 게시물의 삭제를 요청합니다.

{K['g301']}
{K['g305']}
{K['ts118']}

삭제 또는 접속 차단 후 결과를 회신해 주시기 바랍니다.
방송통신심의위원회
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객보호팀 회신 over an Outlook-quoted request",
    why="refusal with its reason (rejected) for ts118; the quoted request (with '삭제', '접속 차단') states nothing about the other two",
    items={K["ts118"]: "rejected", K["g301"]: "pending", K["g305"]: "pending"},
)

case(
    name="kakao-respectively",
    **{"from": "safety@kakaocorp.com", "name_from": "카카오 고객보호팀"},
    date="Tue, 17 Sep 2024 10:00:00 +0900",
    subject="RE: [KCSC-240910-05] 조치 결과",
    reply_to_req="kcsc-240910-05",
    body=f"""
안녕하세요. 카카오 고객보호팀입니다.

{K['g301']}, {K['g305']} 게시물은 각각 게시중단 및 임시조치 처리되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 처리 결과 회신 with 각각 (respectively)",
    why="'각각 게시중단 및 임시조치': statuses by position within one sentence, first removed, second restricted",
    items={K["g301"]: "removed", K["g305"]: "restricted"},
)

# ============================ REVIEW =====================================

case(
    name="tg-promise-will-be-taken-down",
    **{"from": "abuse@telegram.org"},
    date="Wed, 04 Sep 2024 18:00:00 +0000",
    subject="Re: KCSC-240903-01 removal request",
    reply_to_req="kcsc-240903-01",
    body=f"""
Hello,

We have passed {T['nm1041']} to our moderators. It will be taken down as soon as they confirm the violation, usually within 24 hours.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk holding reply",
    why="a promise conditioned on confirmation is not a statement: pending, names an item so review",
    items={T["nm1041"]: "pending"},
)

case(
    name="tg-statuses-by-number-only",
    **{"from": "abuse@telegram.org"},
    date="Sat, 07 Sep 2024 12:12:12 +0000",
    subject="Re: KCSC-240903-01 removal request",
    reply_to_req="kcsc-240903-01",
    body="""
Hi,

Regarding KCSC-240903-01: items 1-3 on your list were blocked, item 4 could not be located, and the rest remain under review.

Telegram Abuse Team

""" + gmail_quote("Tue, 3 Sep 2024 at 16:05", REQ_TG_LINES),
    # (Changed openly after the first run: the project reads a place in our
    # own quoted, numbered request as naming that item, as in blind90,
    # blind168 and blind288; see NOTES.md. First written as review,
    # not_understood, every item pending.)
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply referring to the request's numbering",
    why="items 1-3 of our quoted, numbered request blocked, item 4 not located, the rest still under review",
    items={**pend(T.values()), T["nm1041"]: "removed", T["nm1042"]: "removed",
           T["nm1055"]: "removed", T["sd88"]: "not_found"},
)

case(
    name="tg-bulk-all-blocked",
    **{"from": "dsa@telegram.org"},
    date="Sun, 08 Sep 2024 09:09:09 +0000",
    subject="Re: KCSC-240903-01 removal request",
    reply_to_req="kcsc-240903-01",
    body="""
Hello,

All of the links listed in your request KCSC-240903-01 have been blocked.

For more information on how we moderate content, see https://telegram.org/tos.

Telegram Support
""",
    outcome="review", review="bulk",
    imitates="Telegram one-line bulk confirmation",
    why="one statement covering a twelve-item request without naming the items",
    items=pend(T.values()),
)

case(
    name="tg-auth-fail",
    **{"from": "abuse@telegram.org"},
    auth="fail",
    date="Mon, 09 Sep 2024 03:03:03 +0000",
    subject="Re: KCSC-240903-01 removal request",
    reply_to_req="kcsc-240903-01",
    body=f"""
Hello,

{T['bf2201']} has been blocked and {T['bf2230']} has been removed.

Telegram Abuse Team
""",
    outcome="review", review="untrusted",
    imitates="Telegram abuse-desk reply failing DKIM/SPF/DMARC",
    why="platform domain but authentication fails",
    items={T["bf2201"]: "pending", T["bf2230"]: "pending"},
)

case(
    name="x-korean-bulk-over-quote",
    **{"from": "legal-kr@x.com"},
    date="Sun, 08 Sep 2024 07:30:00 +0000",
    subject="Re: [KCSC-240905-02] Request to remove posts",
    reply_to_req="kcsc-240905-02",
    body="""
안녕하세요. 요청하신 게시물은 모두 대한민국 내에서 열람이 제한되었습니다.

X 법무팀

""" + gmail_quote("Thu, 5 Sep 2024 at 10:12", REQ_X_LINES),
    outcome="review", review="bulk",
    imitates="X Korean legal team one-line reply over the quoted request",
    why="'모두' covers five items named only in the quoted request",
    items=pend(X.values()),
)

case(
    name="x-portal-notice-no-claims",
    **{"from": "legal@x.com"},
    date="Tue, 17 Sep 2024 00:00:30 +0000",
    subject="Changes to how X receives legal requests",
    body="""
Hello,

X has moved legal requests from government agencies to its Legal Request Portal at https://legal.x.com/en/gov-request. Requests sent by email may take longer to process. Please use the portal for any new requests.

X Legal
""",
    outcome="review", review="no_claims",
    imitates="X notice about its legal request portal",
    why="trusted X mail naming no item and no request; the portal link is X's own page",
    items={},
)

case(
    name="yt-under-review-hedges",
    **{"from": "legal-support@youtube.com"},
    date="Mon, 09 Sep 2024 11:45:00 +0000",
    subject="Re: KCSC-240906-03 - Legal removal request",
    reply_to_req="kcsc-240906-03",
    body=f"""
Hello,

The videos in KCSC-240906-03 are still under review. Our first assessment suggests that {Y['qm']} may breach Korean defamation law, and {Y['hd']} appears to have been made private by its uploader. We'll send you our final decision once the review is complete.

The YouTube Legal Support Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support interim update",
    why="'under review', 'may breach', 'appears to have been made private': hedges only, items pending",
    items={Y["qm"]: "pending", Y["hd"]: "pending"},
)

case(
    name="yt-template-contradicts-text",
    **{"from": "legal-support@youtube.com"},
    date="Tue, 17 Sep 2024 06:06:06 +0000",
    subject="Re: KCSC-240911-06 - Legal removal request",
    reply_to_req="kcsc-240911-06",
    body=f"""
Request: KCSC-240911-06
URL: {Y1}
Outcome: Content removed

Hello,

After reviewing the video above, we found that it does not violate our Community Guidelines or local law, and it will remain available on YouTube.

The YouTube Legal Support Team
""",
    outcome="review", review="conflicting_statements",
    imitates="YouTube case-tool summary block above an agent's free text",
    why="the header block says removed, the text says it stays up; nothing tells which is later",
    items={Y1: "pending"},
)

case(
    name="yt-asks-for-court-order",
    **{"from": "legal-support@youtube.com"},
    date="Tue, 10 Sep 2024 15:15:15 +0000",
    subject="Re: KCSC-240906-03 - more information needed",
    reply_to_req="kcsc-240906-03",
    body=f"""
Hello,

To process your request for {Y['zx']}, we need a copy of the decision or order establishing that the statements in the video are defamatory, and the exact timestamps where they occur. Please reply with these documents so we can continue our review.

The YouTube Legal Support Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="YouTube legal support request for supporting documents",
    why="asks for documents, states no status",
    items={Y["zx"]: "pending"},
)

case(
    name="naver-conditional-deletion",
    **{"from": "policy@navercorp.com", "name_from": "네이버 정책지원"},
    date="Tue, 10 Sep 2024 17:30:00 +0900",
    subject="RE: [KCSC-240909-04] 검토 진행 안내",
    reply_to_req="kcsc-240909-04",
    body=f"""
안녕하세요.

{N['b5678']} 게시물은 현재 검토 중이며, 게시자의 소명이 없을 경우 9월 25일 이후 삭제될 예정입니다.

네이버 정책지원팀
""",
    outcome="review", review="not_understood",
    imitates="NAVER 검토 진행 안내 (deletion announced on a condition)",
    why="'검토 중' and '소명이 없을 경우 ... 삭제될 예정': a conditional promise, pending",
    items={N["b5678"]: "pending"},
)

case(
    name="naver-answers-for-daum-url",
    **{"from": "policy@navercorp.com", "name_from": "네이버 정책지원"},
    date="Thu, 12 Sep 2024 10:40:00 +0900",
    subject="RE: [KCSC-240910-05] 게시물 삭제 요청",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

보내주신 {K['g305']} 는 네이버 서비스의 게시물이 아니어서 당사에서는 확인되지 않습니다. 해당 서비스 운영사에 문의해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER reply to a request sent to the wrong portal",
    why="NAVER states 'not found' for a Daum (Kakao) item",
    items={K["g305"]: "pending"},
)

case(
    name="kakao-lookalike-gmail",
    **{"from": "kakao.safety.kr@gmail.com", "name_from": "카카오 고객보호팀"},
    date="Sat, 14 Sep 2024 20:00:00 +0900",
    subject="RE: [KCSC-240910-05] 조치 완료",
    reply_to_req="kcsc-240910-05",
    body=f"""
안녕하세요. 카카오 고객보호팀입니다.

{K['g301']} 게시물은 삭제 처리되었습니다.

감사합니다.
""",
    outcome="review", review="unknown_sender",
    imitates="Look-alike Kakao reply from a free-mail address",
    why="sender is not any platform's domain",
    items={K["g301"]: "pending"},
)

# ============================ IGNORED ====================================

case(
    name="x-out-of-office",
    **{"from": "j.park@x.com", "name_from": "Jisoo Park"},
    date="Thu, 12 Sep 2024 08:01:00 +0000",
    subject="Automatic reply: [KCSC-240912-07] Request to withhold posts",
    reply_to_req="kcsc-240912-07",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 23 September with limited access to email. For urgent legal requests, please contact legal@x.com.

Jisoo
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="naver-chuseok-auto-reply",
    **{"from": "minji.lee@navercorp.com", "name_from": "이민지"},
    date="Mon, 16 Sep 2024 09:00:00 +0900",
    subject="[자동회신] RE: [KCSC-240909-04] 불법정보 게시물 조치 요청",
    reply_to_req="kcsc-240909-04",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 이민지입니다.
추석 연휴(9월 16일~18일)로 부재중입니다. 9월 19일부터 순차적으로 확인 후 회신드리겠습니다.
급한 용무는 policy@navercorp.com 으로 보내 주시기 바랍니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동회신 (Chuseok holiday)",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="google-bounce",
    **{"from": "mailer-daemon@googlemail.com", "name_from": "Mail Delivery Subsystem"},
    date="Fri, 06 Sep 2024 01:02:03 -0700",
    subject="Delivery Status Notification (Failure)",
    auth="none",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="00000000000dsn966"

--00000000000dsn966
Content-Type: text/plain; charset=UTF-8

** Address not found **

Your message wasn't delivered to legal-kr-escalation@google.com because the address couldn't be found, or is unable to receive mail.

--00000000000dsn966
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Fri, 06 Sep 2024 01:02:01 -0700

Final-Recipient: rfc822; legal-kr-escalation@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--00000000000dsn966
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-escalation@google.com
Subject: [KCSC-240906-03] Legal removal request
Date: Fri, 06 Sep 2024 17:01:00 +0900
Message-ID: <kcsc-240906-03-esc@kcsc.example>
Content-Type: text/plain; charset=utf-8

Please remove the following videos, which have been removed from other
services already:

{Y['qm']}
{Y['zx']}
{Y['hd']}
{Y['lp']}

--00000000000dsn966--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail delivery status notification with the returned request",
    why="DSN; 'removed' appears only in our returned message",
    items=pend(Y.values()),
)

case(
    name="naver-read-receipt",
    **{"from": "jihoon.kim@navercorp.com", "name_from": "김지훈"},
    date="Tue, 10 Sep 2024 09:12:00 +0900",
    subject="읽음: [KCSC-240909-04] 불법정보 게시물 조치 요청",
    reply_to_req="kcsc-240909-04",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn966"

--mdn966
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

받는 사람: 김지훈
제목: [KCSC-240909-04] 불법정보 게시물 조치 요청
읽은 시간: 2024년 9월 10일 화요일 오전 9:12

--mdn966
Content-Type: message/disposition-notification

Reporting-UA: navercorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822; jihoon.kim@navercorp.com
Original-Message-ID: <kcsc-240909-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn966--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook Korean read receipt (MDN)",
    why="read receipt",
    items={},
)

case(
    name="yt-receipt-echoes-urls",
    **{"from": "legal-support@youtube.com"},
    date="Fri, 06 Sep 2024 08:30:00 +0000",
    subject="Your legal request has been received [5-7312004]",
    reply_to_req="kcsc-240906-03",
    body=f"""
Hello,

Thank you for submitting a legal removal request to YouTube. Your request has been received and assigned reference number 5-7312004.

Content you reported:
{Y['qm']}
{Y['zx']}
{Y['hd']}
{Y['lp']}

We will review the content and email you once a decision has been made. You do not need to reply to this message.

The YouTube Legal Support Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="YouTube legal request receipt echoing the reported URLs",
    why="pure acknowledgement with a ticket number; the echoed URLs carry no status",
    items=pend(Y.values()),
)

case(
    name="x-case-receipt-echo",
    **{"from": "noreply@x.com", "name_from": "X Support"},
    date="Thu, 12 Sep 2024 06:00:12 +0000",
    subject="Case #0194827731: we received your report",
    reply_to_req="kcsc-240912-07",
    body=f"""
Hello,

We've received your report (Case #0194827731).

Reported posts:
- {X2['me51']}
- {X2['me52']}
Report type: Illegal content - Korea (privacy)

Our team will review the posts and let you know what action, if any, is taken. Please don't reply to this email.

X Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X report receipt listing the reported posts",
    why="case receipt only; 'what action, if any, is taken' is future",
    items=pend(X2.values()),
)

case(
    name="kakao-receipt-korean",
    **{"from": "noreply@kakaocorp.com", "name_from": "카카오 고객센터"},
    date="Tue, 10 Sep 2024 09:45:00 +0900",
    subject="[카카오 고객센터] 신고가 접수되었습니다",
    reply_to_req="kcsc-240910-05",
    body="""
안녕하세요. 카카오 고객센터입니다.

보내주신 신고가 정상적으로 접수되었습니다.
접수번호: KK-20240910-5521

담당 부서에서 검토 후 결과를 회신드리겠습니다. 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 접수 완료 notice",
    why="pure acknowledgement with a receipt number",
    items={},
)

HEADER = """# Blind set 966: what a program gets wrong (mixed statuses in one
# sentence, hedges in relative clauses, negations, refusals with reasons,
# revisions, a table contradicted by a note, statuses by position).
# Written by tests/corpus/blind966/make.py from each email's meaning,
# before any run of the reader. Each case is judged alone on a fresh ledger.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind966", HEADER, cases)
    print(f"{len(cases)} cases")
