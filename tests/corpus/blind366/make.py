#!/usr/bin/env python3
"""Blind set 366: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by its note, statuses given by position. Every email was
written from scratch in the manner of real platform replies; the expected
results were written from each email's meaning alone, before any run of the
reader.

    python3 tests/corpus/blind366/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind366"

# ---------------------------------------------------------------- requests
YT = "KCSC-240902-01"
XR = "KCSC-240903-02"
TG = "KCSC-240904-03"
NV = "KCSC-240905-04"
KK = "KCSC-240906-05"
TT = "KCSC-240909-06"
MT = "KCSC-240910-07"

Y1 = "https://www.youtube.com/watch?v=Qm3vT8kLp2a"
Y2 = "https://www.youtube.com/watch?v=Hx7Rb1nWc4e"
Y3 = "https://www.youtube.com/watch?v=Zp0aK9dFs6u"
Y4 = "https://www.youtube.com/watch?v=Lt5eJ2mYq8o"
Y5 = "https://www.youtube.com/watch?v=Bw4nC7xRv1i"
Y6 = "https://www.youtube.com/shorts/Gk2uP6sTz3y"
Y7 = "https://www.youtube.com/shorts/Nc8hW1jDa5r"
Y8 = "https://www.youtube.com/@haneul_nightmarket"
Y9 = "https://www.youtube.com/watch?v=Fe6yM3qLo9t"
Y10 = "https://www.youtube.com/watch?v=Ra1sV5bKx7w"
Y11 = "https://www.youtube.com/watch?v=Du9iT4gPn2m"
Y12 = "https://www.youtube.com/@seoulbargainbin2"
YALL = [Y1, Y2, Y3, Y4, Y5, Y6, Y7, Y8, Y9, Y10, Y11, Y12]

X1 = "https://x.com/minjae_deals/status/1830011122233344556"
X2 = "https://x.com/minjae_deals/status/1830011987654321098"
X3 = "https://x.com/goldrush_kr88/status/1830456789012345678"
X4 = "https://x.com/pillhouse_seoul"
XALL = [X1, X2, X3, X4]

T1 = "https://t.me/quietlantern_shop/418"
T2 = "https://t.me/quietlantern_shop/421"
T3 = "https://t.me/bluedock_exchange"

N1 = "https://blog.naver.com/moonriver_77/223561234567"
N2 = "https://cafe.naver.com/yeonnamtrade/88213"
N3 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471122334"
N4 = "https://blog.naver.com/pinetree_0412/223569876543"
N5_RAW = "https://cafe.naver.com/중고장터/5120"
N5 = "https://cafe.naver.com/" + quote("중고장터") + "/5120"

D1 = "https://cafe.daum.net/greenbench/Ab12/3301"
D2 = "https://sunnyledger.tistory.com/214"
D3 = "https://cafe.daum.net/greenbench/Ab12/3345"

K1 = "https://www.tiktok.com/@jiwoo.sellz/video/7409988776655443322"
K2 = "https://www.tiktok.com/@jiwoo.sellz/video/7410011223344556677"

M1 = "https://www.instagram.com/p/C9xYt2LmQ4a/"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, urls
    (YT, "youtube", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", "illegal_trade", YALL),
    (XR, "x", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", "drugs", XALL),
    (TG, "telegram", "2024-09-04T10:00:00+09:00", "2024-09-11T18:00:00+09:00", "illegal_trade", [T1, T2, T3]),
    (NV, "naver", "2024-09-05T10:00:00+09:00", "2024-09-12T18:00:00+09:00", "illegal_trade", [N1, N2, N3, N4, N5]),
    (KK, "kakao", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00", "defamation", [D1, D2, D3]),
    (TT, "tiktok", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", "gambling", [K1, K2]),
    (MT, "meta", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", "gambling", [M1]),
]


def req_mid(ref):
    return "req-" + ref[5:].lower()  # req-240902-01


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls in REQUESTS:
        for i, u in enumerate(urls, 1):
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example",
                        "blind366 item %d of %d" % (i, len(urls))])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def mixed_with_csv(text, csv_text, filename, boundary):
    return f"""Content-Type: multipart/mixed; boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{text.strip()}

--{boundary}
Content-Type: text/csv; charset=utf-8; name="{filename}"
Content-Disposition: attachment; filename="{filename}"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--{boundary}--
"""


def quoted(lines):
    return "\n".join("> " + l if l else ">" for l in lines)


YT_REQUEST_LINES = [
    "Dear YouTube Legal team,",
    "",
    "Under Article 44-7 of the Network Act, the Korea Communications Standards",
    "Commission asks you to remove or block access to the following content",
    f"(our reference {YT}):",
    "",
] + [f"{i}. {u}" for i, u in enumerate(YALL, 1)] + [
    "",
    "Please tell us the action taken for each URL by 9 September.",
    "",
    "KCSC Takedown desk",
]

X_REQUEST_LINES = [
    "Dear X Legal,",
    "",
    f"Please remove or withhold in Korea the following content (reference {XR}):",
    "",
] + [f"{i}. {u}" for i, u in enumerate(XALL, 1)] + [
    "",
    "The posts offer narcotics for sale to users in Korea.",
    "",
    "KCSC Takedown desk",
]

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(
    name="yt-mixed-statuses-one-sentence",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 16:12:40 +0900",
    subject=f"Re: [{YT}] Request to remove content on YouTube",
    reply_to_req=req_mid(YT),
    body=f"""Hello,

Thank you for your notice of 2 September concerning reference {YT}.

Having reviewed the material against our Community Guidelines and applicable Korean law, we removed {Y1} from YouTube and restricted {Y2} so that it cannot be viewed in South Korea, while {Y3} does not violate our policies or local law and remains available.

We will reply separately about the other URLs in your notice.

Regards,
Seo-yeon
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removals reply summarising several outcomes in one prose sentence",
    why="one sentence: removed, restricted in KR, and a refusal with its reason ('does not violate ... remains available')",
    items={Y1: "removed", Y2: "restricted", Y3: "rejected"},
)

case(
    name="yt-hedge-in-relative-clause",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 11:03:17 +0900",
    subject=f"Re: [{YT}] Request to remove content on YouTube",
    reply_to_req=req_mid(YT),
    body=f"""Hi KCSC team,

An update on three more of the URLs in your notice:

We were unable to locate {Y4}, which appears to have been deleted by the uploader before our review began.

The video {Y5}, which our reviewers think may also breach our spam policies, has been removed under our regulated goods policy.

Access to {Y6} has been restricted for viewers in South Korea.

Best regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removals reply, item by item",
    why="the hedges ('appears to', 'may') sit in relative clauses; the main clauses are plain: not located, removed, restricted",
    items={Y4: "not_found", Y5: "removed", Y6: "restricted"},
)

case(
    name="yt-negated-removal-refusal",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 17:40:02 +0900",
    subject=f"Re: [{YT}] Request to remove content on YouTube",
    reply_to_req=req_mid(YT),
    body=f"""Hello,

We have not removed {Y7}. The Short is a clip from a news report, and after review we found that it does not violate our Community Guidelines or the local law cited in your notice.

Likewise, we are not taking action on {Y9}: the video does not contain the material described in your request.

If you disagree with these decisions, you can send us additional information through our legal form at https://support.google.com/legal/answer/3110420 .

Kind regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'no action taken' legal reply with the reason and a link to the legal form",
    why="'have not removed' / 'not taking action' with reasons are refusals (rejected), not removals; the legal-form link is not an item",
    items={Y7: "rejected", Y9: "rejected"},
)

case(
    name="yt-correction-revises-earlier-line",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 15:21:55 +0900",
    subject=f"Re: [{YT}] Request to remove content on YouTube - correction",
    reply_to_req=req_mid(YT),
    body=f"""Hello again,

To recap what I wrote this morning: {Y10} has been blocked in South Korea.

Correction: I gave you the wrong outcome. Our policy team took a further look this afternoon and the video has been removed from YouTube worldwide for violating our harassment policy, so it is not only blocked in Korea.

Apologies for the confusion.

Ji-ho
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="a YouTube legal-support agent correcting an outcome given earlier the same day",
    why="the later sentence explicitly corrects the first: the video is removed worldwide, not only blocked in KR",
    items={Y10: "removed"},
)

CSV1 = "\n".join([
    "url,action,details",
    f"{Y1},Removed,Violates regulated goods policy",
    f"{Y2},Geo-restricted (KR),Blocked in South Korea under local law",
    f"{Y3},No action,Does not violate Community Guidelines or local law",
    f"{Y4},Not found,Video unavailable - deleted by uploader",
    f"{Y5},Pending,Still under review",
]) + "\n"
case(
    name="yt-csv-attachment-one-pending",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 09:15:00 +0900",
    subject=f"[{YT}] Outcome of your removal request",
    reply_to_req=req_mid(YT),
    raw_mime=mixed_with_csv(
        f"""Hello,

Please find attached the outcome of our review for notice {YT}, one row per URL.

One video is still being reviewed; we will write again when that review is complete.

YouTube Legal Support""",
        CSV1, "KCSC-240902-01_outcome.csv", "==yt366csv=="),
    outcome="applied", classification="confirmation",
    imitates="Google legal-removals outcome spreadsheet sent as a CSV attachment",
    why="CSV rows: Removed, Geo-restricted (KR), No action with reason, Not found; the 'Pending / under review' row stays pending",
    items={Y1: "removed", Y2: "restricted", Y3: "rejected", Y4: "not_found", Y5: "pending"},
)

HTML6 = f"""<html><body>
<p>Dear KCSC team,</p>
<p>Below is the outcome for the items of notice {YT} that were still open.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Outcome</th><th>Notes</th></tr>
<tr><td>{Y6}</td><td>Removed</td><td>Community Guidelines violation</td></tr>
<tr><td>{Y7}</td><td>Age-restricted</td><td>Viewers must be signed in and over 18</td></tr>
<tr><td>{Y8}</td><td>No action</td><td>The channel does not violate our policies</td></tr>
</table>
<p>For more on how we handle legal requests, see <a href="https://support.google.com/youtube/answer/6154230">our help page</a>.</p>
<p>YouTube Legal Support</p>
</body></html>
"""
case(
    name="yt-base64-html-table",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 10:44:12 +0900",
    subject=f"[{YT}] Outcome table",
    reply_to_req=req_mid(YT),
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(HTML6)}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome as an HTML table, base64-encoded",
    why="table rows: Removed, Age-restricted (restricted), No action (rejected); help link is not an item",
    items={Y6: "removed", Y7: "restricted", Y8: "rejected"},
)

QP7 = f"""Hello KCSC team,

Regarding the two remaining videos in your notice {YT}: after an additional legal review, the video at {Y9} was taken down globally for violating our policy on the sale of regulated goods, and the video at {Y10} is now blocked for viewers in South Korea on the basis of local law, although it remains viewable in other countries.

Kind regards,
Ji-ho — YouTube Legal Removals
"""
case(
    name="yt-quoted-printable-long-prose",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 13:30:45 +0900",
    subject=f"Re: [{YT}] Request to remove content on YouTube",
    reply_to_req=req_mid(YT),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(QP7)}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply in one long paragraph, quoted-printable with soft line breaks",
    why="'taken down globally' is removed; 'blocked for viewers in South Korea ... remains viewable in other countries' is restricted",
    items={Y9: "removed", Y10: "restricted"},
)

case(
    name="yt-top-posted-over-gmail-quote",
    **{"from": "trust-safety-kr@youtube.com"}, name_from="YouTube Trust & Safety",
    date="Thu, 12 Sep 2024 08:57:31 +0900",
    subject=f"Re: [{YT}] Request to remove content on YouTube",
    reply_to_req=req_mid(YT),
    body=f"""Hi,

{Y11} has been removed.
We could not find a channel at {Y12} – that handle does not exist on YouTube.

Best,
Min-ji
YouTube Trust & Safety

On Mon, Sep 2, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(YT_REQUEST_LINES)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply over the regulator's quoted request",
    why="two statements above the quote; the twelve URLs in the '>' quote are not statements",
    items={Y11: "removed", Y12: "not_found", Y1: "pending", Y2: "pending"},
)

case(
    name="yt-removed-in-error-reinstated",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 14:05:09 +0900",
    subject=f"Re: [{YT}] Request to remove content on YouTube",
    reply_to_req=req_mid(YT),
    body=f"""Hello,

About {Y3} from notice {YT}: the video was taken down by an automated system on 4 September, but that removal was a mistake. On a second, manual review we found that it does not breach our Community Guidelines or the law you cited, and it has been reinstated. It will stay on YouTube.

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube reply explaining an automated removal reversed after manual review",
    why="the earlier 'taken down' is revised by the later sentences: reinstated because it breaks no rule = rejected",
    items={Y3: "rejected"},
)

case(
    name="yt-statement-then-promises",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 09:48:26 +0900",
    subject=f"Re: [{YT}] Request to remove content on YouTube",
    reply_to_req=req_mid(YT),
    body=f"""Hello,

{Y5} has been removed for violating our Community Guidelines.

The Shorts {Y6} and {Y7} are with our legal team. We will let you know the outcome once they have been reviewed, and any that break local law will be restricted in South Korea.

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube partial outcome with the rest still under legal review",
    why="one plain removal; the two Shorts are only promised a review and a conditional restriction, so they stay pending",
    items={Y5: "removed", Y6: "pending", Y7: "pending"},
)

case(
    name="x-statuses-by-position-own-list",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 19:22:10 +0900",
    subject=f"Re: {XR} - legal demand",
    reply_to_req=req_mid(XR),
    body=f"""Hello,

We have reviewed the reported posts listed below under your request {XR}.

1. {X1}
2. {X2}
3. {X3}

Outcome: posts 1 and 3 were removed for violating the X Rules on illegal and regulated goods. Post 2 has been withheld in South Korea in response to your legal demand.

The account named in your request is still being reviewed.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-demand outcome listing URLs and then giving outcomes by list number",
    why="statuses given by position in the email's own numbered list; the account is only 'still being reviewed'",
    items={X1: "removed", X2: "restricted", X3: "removed", X4: "pending"},
)

case(
    name="x-positions-refer-to-quoted-request",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 12:10:44 +0900",
    subject=f"Re: [{XR}] Removal request",
    reply_to_req=req_mid(XR),
    body=f"""Hi KCSC,

Items 1 and 2 of your request have been withheld in the Republic of Korea. Item 3 was removed for breaking our rules on illegal goods. Item 4 (the account) did not violate the X Rules and we took no action on it.

Thanks,
X Legal Operations

On Tue, 3 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(X_REQUEST_LINES)}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply answering 'item N' of the regulator's numbered request quoted below",
    why="the numbers point at the numbered URLs of our own quoted request; the statements themselves are above the quote (arguable, see NOTES)",
    items={X1: "restricted", X2: "restricted", X3: "removed", X4: "rejected"},
)

case(
    name="x-withheld-not-removed",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Sat, 07 Sep 2024 10:02:38 +0900",
    subject=f"Re: {XR}",
    reply_to_req=req_mid(XR),
    body=f"""Hello,

The post {X1} has been withheld in South Korea. It has not been removed from X and remains available to people outside Korea.

We did not find a violation of the X Rules or of Korean law in {X2}, so no action was taken on it.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X 'country withheld content' reply with a refusal",
    why="'not been removed' qualifies the withholding (restricted); 'did not find a violation ... no action' is rejected",
    items={X1: "restricted", X2: "rejected"},
)

X_OUTLOOK_QUOTE = "\n".join([
    "-----Original Message-----",
    "From: KCSC Takedown <takedown@kcsc.example>",
    "Sent: Tuesday, September 3, 2024 10:00 AM",
    "To: legal@x.com",
    f"Subject: [{XR}] Removal request",
    "",
] + X_REQUEST_LINES)
case(
    name="x-outlook-original-message",
    **{"from": "dkang@x.com"}, name_from="Daniel Kang (X Legal)",
    date="Mon, 09 Sep 2024 09:31:20 +0900",
    subject=f"RE: [{XR}] Removal request",
    reply_to_req=req_mid(XR),
    body=f"""Dear KCSC,

The post {X3} has been removed.

We have withheld the account {X4} in the Republic of Korea; the account itself has not been suspended.

Best regards,
Daniel Kang
X Legal

{X_OUTLOOK_QUOTE}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with '-----Original Message-----' and the unprefixed original request",
    why="two statements above the Outlook quote; the request text below (with 'please remove') is ours",
    items={X3: "removed", X4: "restricted", X1: "pending", X2: "pending"},
)

case(
    name="x-angle-bracket-url-on-next-line",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 18:45:00 +0900",
    subject=f"Your legal request {XR}",
    body=f"""Hello,

Following our review of your request ({XR}), the following post has been removed for violating our rules on illegal goods and services:
<{X2}>

The following account has been withheld in South Korea:
<{X4}>

This concludes our review of these two items.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal notice with the statement first and the URL in angle brackets on the next line",
    why="each statement ends with ':' and its URL follows on the next line",
    items={X2: "removed", X4: "restricted"},
)

case(
    name="tg-takedown-and-refusal-with-reason",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Fri, 06 Sep 2024 03:14:55 +0900",
    subject=f"Re: Case #4410231 - report {TG}",
    reply_to_req=req_mid(TG),
    body=f"""Hello,

Thanks for your report.

The two posts {T1} and {T2} were taken down by our moderators.

{T3} is a public chat where users discuss exchange rates. We reviewed its recent messages and did not find content that breaks Telegram's Terms of Service, so the chat stays online.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply (takedown plus a refusal with its reason)",
    why="two posts taken down; the chat stays online because it breaks no rule (rejected)",
    items={T1: "removed", T2: "removed", T3: "rejected"},
)

case(
    name="tg-not-deleted-but-unavailable-kr",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Mon, 09 Sep 2024 21:07:41 +0900",
    subject=f"Re: Case #4410231 - report {TG}",
    reply_to_req=req_mid(TG),
    body=f"""Hello,

We have not deleted the channel {T3}, as its content is not illegal in most countries where Telegram operates. However, following your report it is no longer available to users in South Korea.

Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram reply on a channel geo-restricted rather than deleted",
    why="negated deletion followed by 'no longer available to users in South Korea' = restricted",
    items={T3: "restricted"},
)

case(
    name="tg-author-deleted-and-hedged",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Sat, 07 Sep 2024 02:30:18 +0900",
    subject=f"Re: Case #4410231 - report {TG}",
    reply_to_req=req_mid(TG),
    body=f"""Regarding your report {TG}:

- {T1} — this message no longer exists; the channel's administrator deleted it before we reviewed it.
- {T2} — this message may also have been removed by the administrator, but our tools could not confirm it. We are checking again.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk bulleted reply",
    why="first item deleted by its author (not_found); the second is only hedged ('may', 'could not confirm') and stays pending",
    items={T1: "not_found", T2: "pending"},
)

case(
    name="naver-three-outcomes-one-sentence",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 게시중단 담당",
    date="Mon, 09 Sep 2024 14:20:33 +0900",
    subject=f"[NAVER] 시정요구({NV}) 처리 결과 회신",
    reply_to_req=req_mid(NV),
    body=f"""안녕하세요. 네이버 게시중단 담당자입니다.

방송통신심의위원회에서 요청하신 시정요구({NV})의 처리 결과를 아래와 같이 알려드립니다.

요청하신 게시물 중 <{N1}>은 게시중단(블라인드) 처리하였고, {N2} 게시물은 작성자가 이미 삭제하여 확인되지 않으며, {N3} 게시물은 검토 결과 법령 및 운영정책 위반 소지가 확인되지 않아 별도 조치하지 않았습니다.

나머지 게시물은 검토가 끝나는 대로 회신드리겠습니다.

감사합니다.
네이버 주식회사 게시중단 담당
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 시정요구 처리 결과 reply in one Korean sentence",
    why="one Korean sentence: 블라인드 (removed), 작성자가 이미 삭제 (not_found), 위반 소지 없음·조치하지 않음 (rejected)",
    items={N1: "removed", N2: "not_found", N3: "rejected"},
)

HTML_NV = f"""<html><body>
<p>안녕하세요. 네이버입니다.</p>
<p>시정요구({NV}) 조치결과를 아래와 같이 통보합니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치 내용</th><th>조치 일자</th></tr>
<tr><td>1</td><td>{N4}</td><td>임시조치(30일)</td><td>2024-09-09</td></tr>
<tr><td>2</td><td>{N5_RAW}</td><td>삭제</td><td>2024-09-09</td></tr>
</table>
<p>※ 임시조치된 게시물은 게시자의 재게시 요청이 없으면 30일 후 삭제됩니다.</p>
<p>네이버 주식회사 드림</p>
</body></html>
"""
case(
    name="naver-result-table-raw-korean-url",
    **{"from": "policy@navercorp.com"}, name_from="NAVER",
    date="Tue, 10 Sep 2024 10:05:00 +0900",
    subject=f"[NAVER] 시정요구 조치결과 통보 ({NV})",
    reply_to_req=req_mid(NV),
    type="html", body=HTML_NV,
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 HTML table",
    why="임시조치 = restricted; 삭제 = removed (raw Korean path matches its percent-encoded form); the 30-day footnote is only a future step",
    items={N4: "restricted", N5: "removed"},
)

case(
    name="naver-echoed-report-result",
    **{"from": "noreply@naver.com"}, name_from="네이버 신고센터",
    date="Tue, 10 Sep 2024 14:22:51 +0900",
    subject="[네이버 신고센터] 신고 처리 결과 안내",
    body=f"""[네이버 신고센터] 신고 처리 결과 안내

신고하신 게시물에 대한 처리 결과를 안내드립니다.

신고 접수번호: NV-20240910-03317
신고 대상 URL: {N2}
신고 사유: 불법 상품 판매
처리 결과: 운영자 삭제
처리 일시: 2024.09.10 14:22

본 메일은 발신 전용입니다. 문의는 고객센터(https://help.naver.com)를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER report-centre result mail echoing the report fields",
    why="echoed report with 처리 결과: 운영자 삭제 = removed; help-centre link is not an item",
    items={N2: "removed"},
)

case(
    name="naver-not-deleted-but-blinded",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 게시중단 담당",
    date="Wed, 11 Sep 2024 16:48:09 +0900",
    subject=f"RE: [{NV}] 시정요구 관련 추가 회신",
    reply_to_req=req_mid(NV),
    body=f"""안녕하세요.

{N1} 게시물은 작성자 소명 절차가 진행 중이어서 삭제하지는 않았으나, 블라인드 처리하여 현재 외부에 노출되지 않습니다.

감사합니다.
네이버 게시중단 담당
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER follow-up on a post blinded while the author's appeal runs",
    why="'삭제하지는 않았으나' negates deletion only; 블라인드 처리 is a removal under the rules",
    items={N1: "removed"},
)

case(
    name="daum-imsi-jochi-and-private",
    **{"from": "right@kakaocorp.com"}, name_from="Daum 권리침해신고센터",
    date="Tue, 10 Sep 2024 11:36:27 +0900",
    subject=f"[Daum] 게시중단 요청({KK}) 처리 안내",
    reply_to_req=req_mid(KK),
    body=f"""안녕하세요. Daum 권리침해신고센터입니다.

요청하신 게시물에 대한 처리 결과를 알려드립니다.

{D1} 게시물은 정보통신망법 제44조의2에 따라 30일간 임시조치(접근 차단)하였습니다.
{D2} 게시물은 운영정책에 따라 비공개 처리하였습니다.

임시조치 기간 중 게시자가 재게시를 요청하지 않으면 해당 게시물은 삭제됩니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 권리침해신고센터 임시조치 notice",
    why="30-day 임시조치 (접근 차단) = restricted; 비공개 처리 by the operator = removed; the deletion after 30 days is a future step",
    items={D1: "restricted", D2: "removed"},
)

case(
    name="daum-refusal-keeps-post",
    **{"from": "right@kakaocorp.com"}, name_from="Daum 권리침해신고센터",
    date="Thu, 12 Sep 2024 15:10:40 +0900",
    subject=f"[Daum] 게시중단 요청({KK}) 검토 결과",
    reply_to_req=req_mid(KK),
    body=f"""안녕하세요. Daum 권리침해신고센터입니다.

요청하신 게시물（{D3}）을 검토하였으나, 운영정책 및 관련 법령에 위반되는 내용이 확인되지 않아 게시를 유지하기로 하였습니다.
추가 자료를 보내주시면 다시 검토하겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum refusal notice ('게시를 유지')",
    why="refusal with its reason (no violation found, post kept) = rejected; the offer to re-review is not a request for information",
    items={D3: "rejected"},
)

case(
    name="tiktok-ack-phrase-removed-and-stays-up",
    **{"from": "legal-requests@tiktok.com"}, name_from="TikTok Legal",
    date="Wed, 11 Sep 2024 20:02:14 +0900",
    subject=f"Re: {TT} - government removal request",
    reply_to_req=req_mid(TT),
    body=f"""Hi,

Thanks for your report; we've received it and reviewed the two videos you sent under {TT}.

{K1} has been removed for violating our Community Guidelines. {K2} was reviewed by our team and isn't in violation of our guidelines or local law, so it will stay up.

TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok government-request outcome opened by a receipt phrase",
    why="receipt phrase plus plain statements is not an acknowledgement; 'will stay up' is a refusal with its reason (rejected)",
    items={K1: "removed", K2: "rejected"},
)

case(
    name="meta-sole-item-restricted",
    **{"from": "content-restrictions@meta.com"}, name_from="Meta",
    date="Fri, 13 Sep 2024 07:55:03 +0900",
    subject=f"Your request {MT}",
    reply_to_req=req_mid(MT),
    body=f"""Hello,

We've reviewed your request {MT}. Because the content you reported goes against local law in South Korea, we have restricted access to it in that country. It remains available elsewhere.

You can read more about how we handle these reports at https://transparency.meta.com/reports/content-restrictions .

Meta
""",
    outcome="applied", classification="confirmation",
    imitates="Meta content-restriction-based-on-local-law reply",
    why="one-item request, a plain restriction of 'the content you reported' answers it; the transparency link is not an item",
    items={M1: "restricted"},
)

# ================================================================ REVIEW
case(
    name="yt-promise-only",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 04 Sep 2024 10:11:19 +0900",
    subject=f"Re: [{YT}] Request to remove content on YouTube",
    reply_to_req=req_mid(YT),
    body=f"""Hello,

Thank you for notice {YT}. Our legal team is reviewing {Y1} and {Y2}, and we expect to remove both videos once that review is complete, which usually takes three to five business days.

We will write to you with the final outcome.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube interim reply promising removal",
    why="'expect to remove ... once review is complete' is a promise, not a statement",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="x-hedges-only",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 16:38:50 +0900",
    subject=f"Re: {XR}",
    reply_to_req=req_mid(XR),
    body=f"""Hi,

Looking at your request {XR}: {X1} appears to have been removed already, possibly by the account holder, and {X3} may no longer be available in Korea, though our records do not show a withholding action on it.

We're confirming both with our enforcement team and will follow up.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X interim reply with unconfirmed observations",
    why="'appears to', 'may no longer' with an explicit lack of records: hedges, nothing stated",
    items={X1: "pending", X3: "pending"},
)

case(
    name="naver-hedge-and-plan",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 게시중단 담당",
    date="Fri, 06 Sep 2024 17:02:44 +0900",
    subject=f"RE: [{NV}] 시정요구 중간 회신",
    reply_to_req=req_mid(NV),
    body=f"""안녕하세요.

{N3} 게시물은 이미 삭제된 것으로 보이나 시스템상 확인이 필요합니다.
{N4} 게시물은 내부 검토를 거쳐 임시조치할 예정입니다.

확인되는 대로 다시 회신드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER interim (중간) reply",
    why="'삭제된 것으로 보이나 확인이 필요' is a hedge and '임시조치할 예정' a plan: nothing stated",
    items={N3: "pending", N4: "pending"},
)

case(
    name="tg-conditional-block",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 05 Sep 2024 22:19:07 +0900",
    subject=f"Re: Case #4410231 - report {TG}",
    reply_to_req=req_mid(TG),
    body=f"""Hello,

If our legal team confirms that the goods offered in {T2} are illegal under Korean law, the post will be blocked for users in South Korea. We will let you know once that assessment is finished.

Telegram Abuse
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk conditional reply",
    why="condition plus future tense: no statement",
    items={T2: "pending"},
)

HTML_CONFLICT = f"""<html><body>
<p>Hello,</p>
<p>Result of our review for notice {YT}:</p>
<table border="1">
<tr><th>URL</th><th>Action taken</th></tr>
<tr><td>{Y8}</td><td>Channel terminated</td></tr>
</table>
<p>Note from the reviewer: the channel @haneul_nightmarket has not been terminated. We removed four of its videos for violating our policies, and the channel itself remains on YouTube.</p>
<p>YouTube Legal Support</p>
</body></html>
"""
case(
    name="yt-table-contradicted-by-note",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Sun, 08 Sep 2024 12:00:30 +0900",
    subject=f"[{YT}] Review result",
    reply_to_req=req_mid(YT),
    type="html", body=HTML_CONFLICT,
    outcome="review", review="conflicting_statements",
    imitates="YouTube outcome table with a free-text reviewer note",
    why="the table says the channel was terminated, the note says it was not and stays up; neither is marked as the correction",
    items={Y8: "pending"},
)

case(
    name="x-forged-auth-fail",
    **{"from": "legal@x.com"}, name_from="X Legal",
    auth="fail",
    date="Sat, 07 Sep 2024 04:12:09 +0900",
    subject=f"Re: [{XR}] Removal request",
    reply_to_req=req_mid(XR),
    body=f"""Hello,

{X1} and {X2} were removed today.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal reply whose DKIM/SPF/DMARC failed",
    why="platform domain, but authentication failed",
    items={X1: "pending", X2: "pending"},
)

case(
    name="vendor-unknown-sender",
    **{"from": "compliance@brightline-moderation.example"}, name_from="Brightline Moderation Services",
    date="Mon, 09 Sep 2024 11:25:46 +0900",
    subject=f"RE: {YT} - status on behalf of client",
    body=f"""Dear KCSC,

We act as an outsourced moderation vendor for our client. On their behalf we confirm that {Y1} was removed on 6 September and that {Y2} is blocked in Korea.

Kind regards,
Brightline Moderation Services
""",
    outcome="review", review="unknown_sender",
    imitates="outsourced trust-and-safety vendor writing on a platform's behalf",
    why="sender is not any platform's domain",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="daum-search-block-of-naver-post",
    **{"from": "search-policy@kakaocorp.com"}, name_from="Daum 검색 정책팀",
    date="Wed, 11 Sep 2024 09:40:12 +0900",
    subject=f"[Daum 검색] {NV} 관련 검색 노출 제외 안내",
    body=f"""안녕하세요. Daum 검색 정책팀입니다.

위원회에서 NAVER에 요청하신 건({NV})을 참고하여, Daum 검색 결과에서 아래 게시물의 노출을 제외하였습니다.

- {N1}
- {N4}

원문 게시물은 NAVER 서비스에 있으므로 게시물 자체의 삭제 여부는 NAVER에 확인하여 주시기 바랍니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao/Daum search de-listing notice about another portal's posts",
    why="Kakao states an action on NAVER's items; it cannot set their status",
    items={N1: "pending", N4: "pending"},
)

case(
    name="tiktok-portal-moved-no-claims",
    **{"from": "legal-requests@tiktok.com"}, name_from="TikTok Legal",
    date="Thu, 12 Sep 2024 02:05:00 +0900",
    subject="Government requests to TikTok: new submission portal",
    body="""Hello,

Please note that from 1 October 2024 TikTok will only accept content removal requests from government agencies through our online portal at https://www.tiktok.com/legal/report/government . Requests sent to this mailbox after that date will not be processed.

Thank you,
TikTok Legal
""",
    outcome="review", review="no_claims",
    imitates="TikTok notice that government requests move to a portal",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="x-bulk-all-withheld",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 13:47:25 +0900",
    subject=f"Re: {XR} - legal demand",
    reply_to_req=req_mid(XR),
    body=f"""Hello,

All of the posts and the account listed in your request {XR} have been withheld in South Korea.

X Legal
""",
    outcome="review", review="bulk",
    imitates="X one-line bulk withholding confirmation",
    why="one statement about all four items of a four-item request without naming them",
    items={X1: "pending", X2: "pending", X3: "pending", X4: "pending"},
)

case(
    name="naver-asks-for-decision-document",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 게시중단 담당",
    date="Mon, 09 Sep 2024 10:17:58 +0900",
    subject=f"RE: [{NV}] 시정요구 관련 자료 요청",
    reply_to_req=req_mid(NV),
    body=f"""안녕하세요. 네이버 게시중단 담당자입니다.

{N3} 게시물의 조치를 검토하기 위해, 해당 게시물이 관련 법령에 위반된다고 판단하신 근거 자료(심의 의결서 사본 등)를 보내주시기 바랍니다.

자료를 확인한 뒤 조치 결과를 회신드리겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER request for the 심의 의결서 before acting",
    why="asks the regulator for documents; nothing done yet",
    items={N3: "pending"},
)

# ================================================================ IGNORED
case(
    name="yt-out-of-office",
    **{"from": "hjpark@google.com"}, name_from="Hye-jin Park",
    date="Mon, 02 Sep 2024 10:00:41 +0900",
    subject=f"Automatic reply: [{YT}] Request to remove content on YouTube",
    reply_to_req=req_mid(YT),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your email. I am out of the office until 16 September with limited access to email.

For urgent legal removal matters, please write to legal-kr@google.com.

Hye-jin
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Exchange out-of-office auto-reply",
    why="out-of-office auto-reply",
    items={},
)

DSN_ORIG = "\n".join([
    "From: KCSC Takedown <takedown@kcsc.example>",
    "To: legal-kr-old@x.com",
    f"Subject: Reminder: [{XR}] Removal request",
    "Date: Tue, 10 Sep 2024 09:00:00 +0900",
    "Message-ID: <reminder.240903-02.1@kcsc.example>",
    "Content-Type: text/plain; charset=utf-8",
    "",
    f"Our request {XR} is still open for these URLs:",
    f"{X1}",
    f"{X2}",
    "Please tell us whether they were removed.",
])
case(
    name="x-dsn-bounce",
    **{"from": "MAILER-DAEMON@mx2.x.com"}, name_from="Mail Delivery System",
    date="Tue, 10 Sep 2024 09:00:12 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn366x"

--dsn366x
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.x.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr-old@x.com>: host inbound.x.com[192.0.2.41] said: 550 5.1.1
    mailbox unavailable (in reply to RCPT TO command)

--dsn366x
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.x.com
Arrival-Date: Tue, 10 Sep 2024 09:00:05 +0900

Final-Recipient: rfc822; legal-kr-old@x.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 mailbox unavailable

--dsn366x
Content-Type: message/rfc822

{DSN_ORIG}

--dsn366x--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN returning our reminder (multipart/report delivery-status)",
    why="bounce; the URLs are in our own returned reminder",
    items={X1: "pending", X2: "pending"},
)

case(
    name="naver-read-receipt",
    **{"from": "sjlee@navercorp.com"}, name_from="이수진",
    date="Thu, 05 Sep 2024 10:42:03 +0900",
    subject=f"읽음: [{NV}] 시정요구",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn366n"

--mdn366n
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지 "[{NV}] 시정요구"를 2024-09-05 10:42에 받는 사람이 읽었습니다.

--mdn366n
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER Works Mail
Final-Recipient: rfc822; sjlee@navercorp.com
Original-Message-ID: <{req_mid(NV)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn366n--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean-language MDN (read receipt) from a corporate mail client",
    why="read receipt",
    items={},
)

case(
    name="tg-ticket-receipt",
    **{"from": "noreply@telegram.org"}, name_from="Telegram",
    date="Wed, 04 Sep 2024 10:01:30 +0900",
    subject=f"Re: {TG} [ticket #TG-5512093]",
    reply_to_req=req_mid(TG),
    body="""Hello,

We have received your report. Your ticket number is #TG-5512093.

Please keep this number in the subject line if you write to us about this report again.

Telegram Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket-system receipt",
    why="pure acknowledgement with a ticket number",
    items={},
)

case(
    name="daum-korean-auto-reply",
    **{"from": "mhchoi@kakaocorp.com"}, name_from="최민호",
    date="Fri, 06 Sep 2024 10:03:12 +0900",
    subject=f"[자동응답] [{KK}] 게시중단 요청",
    reply_to_req=req_mid(KK),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요. 최민호입니다.

9월 6일부터 9월 18일까지 휴가로 메일 확인이 어렵습니다.
급한 권리침해 신고 관련 문의는 right@kakaocorp.com 으로 보내주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="tiktok-receipt-echoing-urls",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    date="Mon, 09 Sep 2024 10:02:55 +0900",
    subject="We've received your report",
    body=f"""Hi,

This is an automated confirmation. We've received your report about the following videos:

{K1}
{K2}

Report ID: 7411250098765432100

You can check the progress of your report in the Safety Center.

TikTok
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok automated report receipt echoing the reported URLs",
    why="automated receipt; the URLs are only echoed, nothing is said about them (arguable, see NOTES)",
    items={K1: "pending", K2: "pending"},
)

case(
    name="meta-request-reference-ack",
    **{"from": "content-restrictions@meta.com"}, name_from="Meta",
    date="Tue, 10 Sep 2024 10:30:18 +0900",
    subject=f"Re: {MT}",
    reply_to_req=req_mid(MT),
    body=f"""Hello,

Thanks for contacting us. We received your request ({MT}) and have assigned it reference number 1188-2024-77104. Please keep this number for any follow-up.

Meta
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Meta receipt assigning a reference number",
    why="pure acknowledgement",
    items={},
)


HEADER = """# blind366: blind set "what a program gets wrong" (mixed statuses in one
# sentence, hedges in relative clauses, negations, refusals with reasons,
# revisions, a table contradicted by its note, statuses by position).
# Written by tests/corpus/blind366/make.py from each email's meaning alone,
# before any run of the reader. Each case is judged alone on a fresh ledger."""


def encode_header(text):
    """RFC 2047 for non-ASCII display names and subjects, as mail clients send them."""
    if text.isascii():
        return text
    return Header(text, "utf-8").encode()


def main():
    write_requests()
    for c in CASES:
        c["subject"] = encode_header(c["subject"])
        if "name_from" in c:
            c["name_from"] = encode_header(c["name_from"])
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
