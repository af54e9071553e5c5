#!/usr/bin/env python3
"""Blind set 360: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with their reasons, later sentences that revise earlier ones, a
table contradicted by a note, statuses given by position. Every email is
fictional; expected results were written from each email's meaning alone,
before any run of the reader.

    python3 tests/corpus/blind360/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
from email.header import Header
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240916-01", "KCSC-240916-02", "KCSC-240916-03", "KCSC-240917-04",
    "KCSC-240917-05", "KCSC-240917-06", "KCSC-240917-07")
MID = {r: "req-" + r[5:].lower() for r in (R1, R2, R3, R4, R5, R6, R7)}

X1 = "https://x.com/nightowl_deals/status/1834871203356610561"
X2 = "https://x.com/nightowl_deals/status/1834902217745031170"
X3 = "https://x.com/pillbox_kr/status/1833120458862071808"
X4 = "https://x.com/pillbox_kr/status/1833150986204119215"
X5 = "https://x.com/pillbox_kr/status/1833411772093542400"
X6 = "https://x.com/greyline_mkt/status/1832077815360458752"
X7 = "https://x.com/greyline_mkt/status/1832099034728612259"
X8 = "https://x.com/sunbae_shop/status/1835003618290843648"
X9 = "https://x.com/sunbae_shop/status/1835010287715905536"
X10 = "https://x.com/quietpost88/status/1831645500218327040"
X11 = "https://x.com/quietpost88/status/1831702213844566016"
X12 = "https://x.com/lanternfish_kr/status/1834411932004364288"
XS = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12]

T1 = "https://t.me/coldstream_market/418"
T2 = "https://t.me/coldstream_market/431"
T3 = "https://t.me/paper_lantern_kr/77"
T4 = "https://t.me/paper_lantern_kr/80"

Y1 = "https://www.youtube.com/watch?v=Qm4rT7vLx2A"
Y2 = "https://www.youtube.com/watch?v=bN8kP0sWe3c"
Y3 = "https://www.youtube.com/watch?v=Hh1zY6uJd9E"
Y4 = "https://www.youtube.com/shorts/Vr5nE2kTq8M"

CAFE = "중고마을"
N1 = "https://blog.naver.com/dalbit_story/223561234501"
N2 = "https://blog.naver.com/dalbit_story/223561234877"
N3_RAW = f"https://cafe.naver.com/{CAFE}/5521"
N4_RAW = f"https://cafe.naver.com/{CAFE}/5530"
N3 = f"https://cafe.naver.com/{quote(CAFE)}/5521"
N4 = f"https://cafe.naver.com/{quote(CAFE)}/5530"
N5 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471122334"

K1 = "https://cafe.daum.net/moonriver77/Kq2a/118"
K2 = "https://cafe.daum.net/moonriver77/Kq2a/126"

M1 = "https://www.facebook.com/groups/seoulbargainhub/posts/998877665544332"

REQUESTS = [
    (R1, "x", "2024-09-16T10:05:00+09:00", "2024-09-18T18:00:00+09:00", XS,
     "unlicensed medicine sales and related promotion"),
    (R2, "telegram", "2024-09-16T11:20:00+09:00", "2024-09-18T18:00:00+09:00", [T1, T2, T3, T4],
     "channel posts offering forged documents"),
    (R3, "youtube", "2024-09-16T14:40:00+09:00", "2024-09-19T18:00:00+09:00", [Y1, Y2, Y3],
     "videos promoting illegal gambling sites"),
    (R4, "naver", "2024-09-17T09:30:00+09:00", "2024-09-19T18:00:00+09:00", [N1, N2, N3, N4, N5],
     "blog, cafe and Q&A posts trading personal data"),
    (R5, "kakao", "2024-09-17T10:10:00+09:00", "2024-09-19T18:00:00+09:00", [K1, K2],
     "cafe posts selling prescription drugs"),
    (R6, "meta", "2024-09-17T13:00:00+09:00", "2024-09-20T18:00:00+09:00", [M1],
     "group post advertising counterfeit goods"),
    (R7, "youtube", "2024-09-17T15:45:00+09:00", "2024-09-20T18:00:00+09:00", [Y4],
     "short video promoting an illegal gambling site"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, "illegal_information", MID[ref] + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def multipart(subtype, boundary, parts, extra=""):
    """parts: list of (header lines, body)."""
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra}', "",
           "This is a multi-part message in MIME format.", ""]
    for hdrs, body in parts:
        out.append("--" + boundary)
        out.extend(hdrs)
        out.append("")
        out.append(body.rstrip("\n"))
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def req_quote(ref, urls, prefix="> "):
    lines = [f"Dear Sir or Madam,", "",
             f"The Korea Communications Standards Commission asks you to remove the",
             f"following content, found to be illegal information (our ref. {ref}):", ""]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Please let us know the action taken for each item.", "", "KCSC Takedown Desk"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def d(day, hm, tz="+0000", sec="00"):
    wd = {17: "Tue", 18: "Wed", 19: "Thu", 16: "Mon"}[day]
    t = hm if hm.count(":") == 2 else f"{hm}:{sec}"
    return f"{wd}, {day} Sep 2024 {t} {tz}"


X_SIG = "X Legal\nlegal-requests.x.com/kr-case"
cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ APPLIED
case(name="x-removed-and-withheld-one-sentence", outcome="applied", classification="confirmation",
     frm="legal-kr@x.com", date=d(17, "06:12:41"), reply_to_req=MID[R1],
     subject=f"Re: [{R1}] Request to remove illegal information",
     imitates="X legal-request outcome email listing actions per post",
     why="one sentence gives two removals and one Korea withholding; the rest of the request is not mentioned",
     items={X1: "removed", X2: "removed", X3: "restricted"},
     body=f"""Hello,

Thank you for contacting X regarding your ref. {R1}.

Having reviewed the reported posts, we removed {X1} and {X2} for violating the X Rules on illegal or regulated goods, while {X3} has been withheld in South Korea under our Country Withheld Content policy.

We will write again about the remaining posts.

Regards,
{X_SIG}
""")

case(name="x-no-violation-but-withheld-kr", outcome="applied", classification="confirmation",
     frm="legal-kr@x.com", date=d(17, "08:03:10"), reply_to_req=MID[R1],
     subject=f"Re: [{R1}] Request to remove illegal information",
     imitates="X country-withheld-content notice to a government reporter",
     why="'does not violate the X Rules' is followed by a Korea withholding: restricted, not rejected",
     items={X6: "restricted"},
     body=f"""Hi,

We have reviewed the post below from your report {R1}:

{X6}

The post does not violate the X Rules. However, given the legal demand you sent under Korean law, we have withheld it in South Korea. It remains viewable elsewhere.

More about withheld content: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Thanks,
{X_SIG}
""")

case(name="x-declined-with-reason-and-removed", outcome="applied", classification="confirmation",
     frm="legal-kr@x.com", date=d(17, "09:47:55"), reply_to_req=MID[R1],
     subject=f"Re: [{R1}] Request to remove illegal information",
     imitates="X legal reply declining one item with its reason",
     why="a refusal with its reason (news commentary) for one post, a removal for the other",
     items={X8: "rejected", X9: "removed"},
     body=f"""Hello,

After careful review we have decided not to take action on {X8}. The post quotes a news report about a pharmacy raid and comments on it; it neither offers nor promotes any product, and we did not find it to be unlawful under the provision you cited.

The other post from the same account, {X9}, offered prescription-only medicine for sale and has been removed from X.

Best,
{X_SIG}
""")

case(name="x-not-removed-only-withheld", outcome="applied", classification="confirmation",
     frm="legal-kr@x.com", date=d(17, "10:30:02"), reply_to_req=MID[R1],
     subject=f"[{R1}] Update on your request",
     imitates="X legal reply stating a country withholding instead of a global removal",
     why="'was not removed globally' is a negation; the statement is the Korea withholding",
     items={X10: "restricted"},
     body=f"""Hello,

Regarding {X10}: this post was not removed globally, as we did not find a violation of our own rules. It has instead been withheld in South Korea in response to your request, so it can no longer be seen by people in Korea.

Kind regards,
{X_SIG}
""")

case(name="x-correction-later-sentence", outcome="applied", classification="confirmation",
     frm="legal-kr@x.com", date=d(17, "13:15:20"), reply_to_req=MID[R1],
     subject=f"Re: [{R1}] Correction to our earlier reply",
     imitates="X legal follow-up correcting an earlier outcome",
     why="the later sentence revises the earlier 'withheld' to a removal; the last post stays up with a reason",
     items={X11: "removed", X12: "rejected"},
     body=f"""Hello again,

In my message this morning I wrote that {X11} had been withheld in South Korea. That was a mistake on my part: the post has in fact been removed entirely for violating our regulated goods policy, so it is not available anywhere.

As for {X12}, it will stay up. It is a link to a public health advisory and we found no breach of the X Rules or of local law.

Apologies for the confusion.
{X_SIG}
""")

case(name="x-table-with-correcting-note", outcome="applied", classification="confirmation",
     frm="legal-kr@x.com", date=d(17, "15:40:00"), reply_to_req=MID[R1], type="html",
     subject=f"[{R1}] Outcome of legal request",
     imitates="X legal outcome table (HTML) with a reviewer's note under it",
     why="the table says X4 withheld, the note below explicitly corrects it (deleted by its author before review): not_found",
     items={X3: "restricted", X4: "not_found", X5: "removed"},
     body=f"""<html><body>
<p>Hello,</p>
<p>Please find the outcome for the posts below (your ref. {R1}).</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action</th><th>Scope</th></tr>
<tr><td>{X3}</td><td>Withheld</td><td>KR</td></tr>
<tr><td>{X4}</td><td>Withheld</td><td>KR</td></tr>
<tr><td>{X5}</td><td>Removed</td><td>Global</td></tr>
</table>
<p><b>Correction to the table:</b> the second row was filled in before the case was closed. When our reviewer opened {X4} it had already been deleted by the account holder, so no action was taken on it by X.</p>
<p>Regards,<br>X Legal</p>
</body></html>
""")

X_CSV = (
    "post_url,decision,region,notes\r\n"
    f"{X1},removed,global,regulated goods\r\n"
    f"{X2},removed,global,regulated goods\r\n"
    f"{X6},withheld,KR,legal demand\r\n"
    f"{X7},no action,,no violation of X Rules or local law found\r\n"
    f"{X10},not found,,post does not exist\r\n"
)
case(name="x-csv-attachment", outcome="applied", classification="confirmation",
     frm="legal-kr@x.com", date=d(18, "02:20:11"), reply_to_req=MID[R1],
     subject=f"[{R1}] Batch outcome (attachment)",
     imitates="X batch legal-request result sent as a CSV attachment",
     why="per-post decisions in an attached CSV: removed, withheld KR, no action (rejected), not found",
     items={X1: "removed", X2: "removed", X6: "restricted", X7: "rejected", X10: "not_found"},
     raw_mime=multipart("mixed", "==x360csv==", [
         (["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 7bit"],
          f"Hello,\n\nThe decisions for the posts in your request {R1} that we have closed so far are in\nthe attached file, one row per post.\n\nRegards,\nX Legal\n"),
         (["Content-Type: text/csv; charset=utf-8; name=\"outcome_KCSC-240916-01.csv\"",
           "Content-Disposition: attachment; filename=\"outcome_KCSC-240916-01.csv\"",
           "Content-Transfer-Encoding: base64"], b64(X_CSV)),
     ]))

quoted_all = req_quote(R1, XS)
case(name="x-top-posted-over-gmail-quote", outcome="applied", classification="confirmation",
     frm="kr-legal-ops@x.com", date=d(18, "04:05:33"), reply_to_req=MID[R1],
     subject=f"Re: [{R1}] Request to remove illegal information",
     imitates="top-posted reply by an X operations agent over the quoted request (Gmail style)",
     why="only X7 gets a statement; the quoted request's 'remove' lines are not statements",
     items={X7: "restricted"},
     body=f"""Hi,

{X7} has been withheld in South Korea. The other posts in your list are still being assessed by our team and we will get back to you separately.

Thanks,
Min-seo
X Legal Operations

On Mon, Sep 16, 2024 at 10:05 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_all}
""")

case(name="x-outlook-original-message", outcome="applied", classification="confirmation",
     frm="legal-kr@x.com", date=d(18, "05:50:09"), reply_to_req=MID[R1],
     subject=f"RE: [{R1}] Request to remove illegal information",
     imitates="Outlook-style reply with the unquoted original request below '-----Original Message-----'",
     why="X5 removed, X3 and X4 could not be located; the original request below the separator is not read",
     items={X5: "removed", X3: "not_found", X4: "not_found"},
     body=f"""Hello,

Update on the pillbox_kr posts:

- {X5} has been removed.
- We could not locate {X3} or {X4}. Both links return an error page and there is no post with those IDs on our side.

Regards,
X Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 16, 2024 10:05 AM
To: legal-kr@x.com
Subject: [{R1}] Request to remove illegal information

Please remove the following posts:
{X3}
{X4}
{X5}

KCSC Takedown Desk
""")

case(name="x-ack-phrase-plus-statement", outcome="applied", classification="confirmation",
     frm="legal-kr@x.com", date=d(18, "07:12:45"), reply_to_req=MID[R1],
     subject=f"Your report {R1} (case 0918-4471-KR)",
     imitates="X reply that opens like a ticket receipt but states an outcome",
     why="an acknowledgement phrase followed by an unhedged withholding statement is not a pure acknowledgement",
     items={X12: "restricted"},
     body=f"""Hello,

Thank you for your report. We have received it and assigned case number 0918-4471-KR.

Following our review, {X12} is now withheld in South Korea.

You do not need to reply to this email.

X Legal
""")

case(name="x-korean-fullwidth", outcome="applied", classification="confirmation",
     frm="legal-kr@x.com", date=d(18, "09:30:18"), reply_to_req=MID[R1],
     subject=f"RE: [{R1}] 불법정보 삭제 요청에 대한 회신",
     imitates="X Korea-localised reply with full-width punctuation after the URLs",
     why="Korean list: one post deleted, one withheld in Korea (국내 보류); URLs followed by full-width colon",
     items={X8: "removed", X9: "restricted"},
     body=f"""안녕하세요, X 법무팀입니다.

요청번호 {R1} 관련 처리 결과를 안내드립니다.

・{X8}：게시물 삭제
・{X9}：대한민국 내 노출 보류(Withheld in KR)

감사합니다.
X Legal
""")

# ---- Telegram
tg_quote = req_quote(R2, [T1, T2, T3, T4])
case(name="tg-positions-numbered", outcome="applied", classification="confirmation",
     frm="abuse@telegram.org", date=d(17, "03:14:07"), reply_to_req=MID[R2],
     subject=f"Re: [{R2}] Removal request - Case #5512093",
     imitates="terse Telegram abuse-desk reply answering the request's numbered list by position",
     why="statuses given by position, 1-4 against the request's own numbered list (quoted below): blocked, blocked, not found, stays up",
     items={T1: "removed", T2: "removed", T3: "not_found", T4: "rejected"},
     body=f"""Hello,

Case #5512093. Answers follow the numbering of your list:

1 - blocked
2 - blocked
3 - not found, the message does not exist
4 - no action, the post does not break Telegram's Terms of Service

Telegram Abuse Team

On 16.09.2024 11:20, KCSC Takedown wrote:
{tg_quote}
""")

case(name="tg-hedge-in-relative-clause", outcome="applied", classification="confirmation",
     frm="abuse@telegram.org", date=d(17, "05:41:52"), reply_to_req=MID[R2],
     subject=f"Re: [{R2}] Removal request - Case #5512093",
     imitates="Telegram abuse-desk reply with a hedge inside a relative clause",
     why="the hedge sits in a relative clause; the main clause says T1 is blocked by moderators; T2 is still under review",
     items={T1: "removed", T2: "pending"},
     body=f"""Hi,

The message {T1}, which may already have been deleted by the channel admin before we looked, has now been blocked by our moderators and cannot be opened on any Telegram app.

{T2} is still under review.

Telegram Abuse Team
""")

case(name="tg-angle-brackets-all-apps", outcome="applied", classification="confirmation",
     frm="dsa@telegram.org", date=d(17, "07:02:30"), reply_to_req=MID[R2],
     subject=f"Re: [{R2}] Removal request",
     imitates="Telegram reply with URLs in angle brackets, one wrapped by the mail client",
     why="'blocked on all Telegram apps' is a global block: removed for both posts",
     items={T1: "removed", T2: "removed"},
     body=f"""Hello,

Thanks for the report. The following messages from coldstream_market were
blocked on all Telegram apps for selling forged documents:
<{T1}>
<https://t.me/
coldstream_market/431>

Regards,
Telegram Abuse Team
""")

case(name="tg-refusal-news-excerpt", outcome="applied", classification="confirmation",
     frm="abuse@telegram.org", date=d(17, "09:25:00"), reply_to_req=MID[R2],
     subject=f"Re: [{R2}] Case #5512093",
     imitates="Telegram abuse-desk refusal with its reason, plus one block",
     why="'will not be taking action' with a reason is a refusal (rejected); the other post is removed",
     items={T3: "rejected", T4: "removed"},
     body=f"""Hello,

We will not be taking action on {T3}: it is a repost of a newspaper article about a forgery ring and does not offer anything for sale, so it does not violate Telegram's Terms of Service.

{T4} was removed.

Telegram Abuse Team
""")

# ---- YouTube
case(name="yt-three-outcomes", outcome="applied", classification="confirmation",
     frm="legal-noreply@google.com", date=d(17, "01:10:44"), reply_to_req=MID[R3],
     subject=f"Re: [{R3}] YouTube legal request - update",
     imitates="YouTube legal support outcome email covering several videos",
     why="three videos, three outcomes: age-restricted, no violation (stays up), removed",
     items={Y1: "restricted", Y2: "rejected", Y3: "removed"},
     body=f"""Hello,

Thanks for reaching out to YouTube. We have reviewed the videos in your request {R3}.

{Y1} has been age-restricted; it is no longer available to signed-out viewers or to users under 18.

{Y2} was reviewed against our Community Guidelines and local law and we have decided to leave it up: it is a news segment about gambling enforcement and does not promote a gambling site.

{Y3} has been removed for violating our policy on online gambling.

Sincerely,
The YouTube Legal Support Team
""")

case(name="yt-blocked-kr-url-below", outcome="applied", classification="confirmation",
     frm="legal-noreply@google.com", date=d(18, "02:02:02"), reply_to_req=MID[R7],
     subject=f"[{R7}] YouTube legal request",
     imitates="YouTube legal notice with the URL on the line below its statement",
     why="the only item of its request, blocked from view in South Korea: restricted",
     items={Y4: "restricted"},
     body=f"""Hello,

Following our review of your request, we have blocked the following content from view in South Korea based on local law:

{Y4}

Learn more about how we handle legal removals: https://support.google.com/youtube/answer/6154232

The YouTube Legal Support Team
""")

case(name="yt-sole-one-item", outcome="applied", classification="confirmation",
     frm="legal-noreply@google.com", date=d(18, "06:30:15"), reply_to_req=MID[R7],
     subject=f"Re: [{R7}] YouTube legal request",
     imitates="YouTube short outcome email naming no URL, replying to a one-item request",
     why="a statement about 'the content you reported' for a request of one item applies to that item",
     items={Y4: "removed"},
     body=f"""Hi there,

We have reviewed your request {R7}. The content you reported has been removed from YouTube for violating our Community Guidelines.

Regards,
The YouTube Legal Support Team
""")

case(name="yt-not-removed-but-restricted-kr", outcome="applied", classification="confirmation",
     frm="legal-noreply@google.com", date=d(18, "08:44:00"), reply_to_req=MID[R3],
     subject=f"Re: [{R3}] YouTube legal request - second update",
     imitates="YouTube legal reply explaining a local block instead of a global removal",
     why="negated global removal plus a Korea restriction for Y2; the relative clause about Y3 carries no hedge, and Y3 is removed",
     items={Y2: "restricted", Y3: "removed"},
     body=f"""Hello,

We have looked again at {Y2} after your follow-up. We have not removed it from YouTube, since it does not violate our Community Guidelines, but we have restricted access to it in South Korea on the basis of the law you cited.

{Y3}, which you also asked about, has been removed.

The YouTube Legal Support Team
""")

# ---- NAVER
case(name="naver-mixed-korean-sentence", outcome="applied", classification="confirmation",
     frm="policy@navercorp.com", date=d(17, "05:00:00", "+0000"), reply_to_req=MID[R4],
     subject=f"[NAVER] {R4} 게시중단 요청 처리 결과 안내",
     imitates="NAVER 게시중단 처리 결과 안내 with two outcomes in one sentence",
     why="one sentence: first post 게시중단 (removed), second already deleted by its author (not_found)",
     items={N1: "removed", N2: "not_found"},
     body=f"""안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 건({R4})에 대해 안내드립니다.

요청하신 게시물 중 {N1} 은 게시중단 조치되었으나, {N2} 은 이미 작성자가 삭제하여 확인되지 않습니다.

나머지 게시물은 검토 후 별도로 회신드리겠습니다.

감사합니다.
NAVER 정책지원팀
""")

case(name="naver-html-table", outcome="applied", classification="confirmation",
     frm="policy@navercorp.com", date=d(18, "01:30:00"), reply_to_req=MID[R4], type="html",
     subject=f"[NAVER] {R4} 시정요구 조치결과 회신",
     imitates="Korean 시정요구 조치결과 table sent as HTML by a portal",
     why="table rows: 임시조치 (restricted), 삭제 (removed), 조치 불가 with its reason (rejected)",
     items={N3: "restricted", N4: "removed", N5: "rejected"},
     body=f"""<html><body>
<p>안녕하세요. 네이버 정책지원팀입니다.<br>시정요구({R4})에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N3}</td><td>임시조치</td><td>30일</td></tr>
<tr><td>2</td><td>{N4}</td><td>삭제</td><td>-</td></tr>
<tr><td>3</td><td>{N5}</td><td>조치 불가</td><td>개인정보 포함 여부 확인되지 않음, 운영정책 위반 아님</td></tr>
</table>
<p>문의사항은 회신 주시기 바랍니다.</p>
</body></html>
""")

case(name="naver-negation-korean", outcome="applied", classification="confirmation",
     frm="policy@navercorp.com", date=d(18, "04:12:00"), reply_to_req=MID[R4],
     subject=f"Re: [NAVER] {R4} 처리 결과 추가 안내",
     imitates="NAVER 지식iN 게시물 유지 안내 (refusal with reason) plus a 블라인드 notice",
     why="'삭제되지 않았으며 ... 게시가 유지됩니다' is a refusal with reason (rejected); 블라인드 is removed",
     items={N5: "rejected", N1: "removed"},
     body=f"""안녕하세요. 네이버 정책지원팀입니다.

{N5} 게시물은 삭제되지 않았으며, 검토 결과 관련 법령 및 지식iN 운영정책에 위반되지 않는 것으로 판단되어 게시가 유지됩니다.

{N1} 게시물은 블라인드 처리되었음을 알려드립니다.

감사합니다.
""")

naver_qp = f"""안녕하세요. 네이버 카페 운영정책 담당자입니다.

{R4} 건으로 요청하신 카페 게시물에 대해 아래와 같이 조치하였습니다.

{N3_RAW} 게시물은 블라인드 처리되었습니다.
{N4_RAW}에 대해서는 국내 접근 제한 조치를 하였습니다.

감사합니다.
NAVER 카페 운영팀
"""
case(name="naver-raw-korean-path-particles", outcome="applied", classification="confirmation",
     frm="cafe_policy@navercorp.com", date=d(18, "06:05:00"), reply_to_req=MID[R4],
     subject=f"[NAVER 카페] {R4} 조치 안내",
     imitates="NAVER cafe operations notice, quoted-printable, raw Korean paths with particles attached",
     why="raw Korean cafe paths (second followed by the particle 에): 블라인드 = removed, 접근 제한 = restricted",
     items={N3: "removed", N4: "restricted"},
     raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(naver_qp))

# ---- Kakao
kakao_b64 = f"""안녕하세요. 카카오 고객센터입니다.

방송통신심의위원회 요청({R5})에 대한 처리 결과를 안내드립니다.

{K1} 게시물은 운영자 삭제 처리되었고, {K2} 는 존재하지 않는 게시물입니다.

감사합니다.
카카오 권리보호센터
"""
case(name="kakao-mixed-base64", outcome="applied", classification="confirmation",
     frm="rightsprotect@kakaocorp.com", date=d(18, "00:40:00"), reply_to_req=MID[R5],
     subject=f"[Daum 카페] {R5} 처리 결과 안내",
     imitates="Kakao/Daum cafe 처리 결과 안내, base64 body",
     why="one sentence, two outcomes: 운영자 삭제 (removed) and 존재하지 않는 게시물 (not_found)",
     items={K1: "removed", K2: "not_found"},
     raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(kakao_b64))

case(name="kakao-correction", outcome="applied", classification="confirmation",
     frm="rightsprotect@kakaocorp.com", date=d(18, "07:20:00"), reply_to_req=MID[R5],
     subject=f"[정정] {R5} 처리 결과 안내",
     imitates="Kakao correction notice revising an earlier 임시조치 to 삭제",
     why="K1 임시조치 (restricted); K2 was first told as 임시조치 but the later sentence corrects it to 삭제 (removed)",
     items={K1: "restricted", K2: "removed"},
     body=f"""안녕하세요. 카카오 권리보호센터입니다.

{K1} 게시물은 30일간 임시조치되었습니다.

앞서 {K2} 게시물도 임시조치하였다고 안내드렸으나, 재검토 결과 해당 게시물은 게시중단(삭제) 처리되었음을 정정하여 알려드립니다.

혼선을 드려 죄송합니다.
""")

# ---- Meta
case(name="meta-dsa-statement", outcome="applied", classification="confirmation",
     frm="notifications@meta.com", date=d(18, "03:33:00"), reply_to_req=MID[R6],
     subject=f"Decision on your report {R6}",
     imitates="Meta DSA-style statement of reasons for a country restriction",
     why="decision: content restricted in South Korea (geo-block); appeal and help links are not items",
     items={M1: "restricted"},
     body=f"""Decision on your report

Reference: {R6}
Content: {M1}

Decision: We have restricted access to this content in South Korea.
Ground: illegal under the law of the country you cited (Korea); it does not go against our Community Standards, so it stays available elsewhere.
Automated means: no, a person reviewed this report.

If you disagree, you can request a review here: https://www.facebook.com/help/contact/appeal-kr
More on how we handle reports: https://transparency.meta.com/enforcement/taking-action

Meta Content Review
""")

case(name="meta-cannot-find", outcome="applied", classification="confirmation",
     frm="notifications@meta.com", date=d(19, "01:05:00"), reply_to_req=MID[R6],
     subject=f"Update on your report {R6}",
     imitates="Meta reply that the reported post cannot be found",
     why="'we weren't able to find' is unhedged; the trailing 'it may have been deleted' only guesses why: not_found",
     items={M1: "not_found"},
     body=f"""Hi,

We weren't able to find the content at the link you reported:
{M1}

It may have been deleted by the person who posted it, or the link may be incomplete. If you still see it, please send us a new report with a current link.

Meta Content Review
""")

# ================================================================ REVIEW
case(name="x-promise-within-24h", outcome="review", classification="confirmation", review="not_understood",
     frm="legal-kr@x.com", date=d(17, "02:00:00"), reply_to_req=MID[R1],
     subject=f"Re: [{R1}] Request to remove illegal information",
     imitates="X legal holding reply promising action",
     why="'will be removed ... once our team completes its review' is a promise, not a statement",
     items={X1: "pending", X2: "pending"},
     body=f"""Hello,

We are reviewing your request. The posts below will be removed within 24 hours once our team completes its review, unless the account holder files a counter-notice:

{X1}
{X2}

X Legal
""")

case(name="yt-hedge-and-not-yet", outcome="review", classification="confirmation", review="not_understood",
     frm="legal-noreply@google.com", date=d(17, "04:20:00"), reply_to_req=MID[R3],
     subject=f"Re: [{R3}] YouTube legal request",
     imitates="YouTube legal support reply with hedges and an open review",
     why="'it appears ... was removed' is a hedge; 'not yet made a decision' and 'under review' leave the other pending",
     items={Y1: "pending", Y2: "pending"},
     body=f"""Hello,

It appears that {Y1} was removed by the uploader before we could review it, though we cannot confirm this from our side yet.

We have not yet made a decision on {Y2}, which remains under review.

The YouTube Legal Support Team
""")

case(name="naver-conditional-decision", outcome="review", classification="confirmation", review="not_understood",
     frm="policy@navercorp.com", date=d(17, "07:00:00"), reply_to_req=MID[R4],
     subject=f"[NAVER] {R4} 처리 진행 안내",
     imitates="NAVER 처리 진행 안내 (decision deferred to the author's 소명)",
     why="the decision is deferred until the author's explanation: no statement, item stays pending",
     items={N3: "pending"},
     body=f"""안녕하세요. 네이버 정책지원팀입니다.

{N3_RAW} 게시물은 작성자에게 소명 기회를 부여한 뒤, 소명 내용을 검토하여 게시중단 여부를 결정할 예정입니다.

결정되는 대로 다시 안내드리겠습니다.
""")

case(name="tg-bulk-all-links", outcome="review", classification="confirmation", review="bulk",
     frm="abuse@telegram.org", date=d(17, "10:00:00"), reply_to_req=MID[R2],
     subject=f"Re: [{R2}] Removal request - Case #5512093",
     imitates="Telegram one-line 'all done' reply",
     why="a statement about all links of a four-item request without naming each: bulk",
     items={T1: "pending", T2: "pending", T3: "pending", T4: "pending"},
     body=f"""Hello,

All the links from your request {R2} have been blocked.

Telegram Abuse Team
""")

case(name="x-auth-fail", outcome="review", review="untrusted", auth="fail",
     frm="legal-kr@x.com", date=d(17, "11:11:11"), reply_to_req=MID[R1],
     subject=f"Re: [{R1}] Request to remove illegal information",
     imitates="X legal outcome email whose DKIM/SPF/DMARC fail",
     why="claims a removal, but the x.com sender fails authentication",
     items={X1: "pending"},
     body=f"""Hello,

{X1} has been removed from X.

X Legal
""")

case(name="unknown-sender-lookalike", outcome="review", review="unknown_sender",
     frm="case-desk@x-legal-support.net", name_from="X Legal Support", date=d(17, "12:30:00"),
     subject=f"[{R1}] Your removal request is complete",
     imitates="look-alike 'legal support' domain reporting outcomes",
     why="statuses for requested posts from a domain that is no platform's",
     items={X6: "pending", X7: "pending"},
     body=f"""Dear KCSC,

We confirm that the following posts were taken down on 17 September 2024:

{X6}
{X7}

X Legal Support Desk
""")

case(name="google-search-delists-x-post", outcome="review", review="wrong_platform",
     frm="legal-noreply@google.com", date=d(18, "10:10:00"),
     subject="Google Search legal removal request - outcome",
     imitates="Google web-search legal removal outcome naming a third-party URL",
     why="Google (the YouTube platform's domain) states a status for an X post: wrong platform",
     items={X4: "pending"},
     body=f"""Hello,

In response to your legal request, we have removed the following URL from Google Search results in South Korea:

{X4}

Please note this does not affect the page on the site that hosts it.

Google Legal Support
""")

case(name="x-table-note-contradiction", outcome="review", review="conflicting_statements",
     frm="legal-kr@x.com", date=d(18, "11:00:00"), reply_to_req=MID[R1], type="html",
     subject=f"[{R1}] Outcome of legal request (2)",
     imitates="X outcome table contradicted by a free-text note",
     why="the table says Removed, the note says the same post stays up; nothing says which is the correction",
     items={X3: "pending"},
     body=f"""<html><body>
<p>Hello,</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action</th></tr>
<tr><td>{X3}</td><td>Removed</td></tr>
</table>
<p>Note from the reviewer: {X3} remains available, as it was found not to violate the X Rules.</p>
<p>X Legal</p>
</body></html>
""")

case(name="naver-asks-for-document", outcome="review", classification="request_for_info", review="asks_more",
     frm="policy@navercorp.com", date=d(18, "02:45:00"), reply_to_req=MID[R4],
     subject=f"[NAVER] {R4} 관련 추가 자료 요청",
     imitates="NAVER request for the 시정요구 공문 before acting",
     why="asks for the official letter and legal basis before deciding; no status",
     items={N5: "pending"},
     body=f"""안녕하세요. 네이버 정책지원팀입니다.

{N5} 게시물과 관련하여, 조치 검토를 위해 시정요구 공문과 해당 정보가 불법정보에 해당하는 법적 근거를 회신으로 보내주시기 바랍니다.

자료를 받는 대로 검토하겠습니다.
""")

case(name="tg-no-claims-address-change", outcome="review", review="no_claims",
     frm="dsa@telegram.org", date=d(18, "12:00:00"),
     subject="Telegram: new address for authority reports",
     imitates="Telegram notice to authorities about a changed reporting address",
     why="trusted Telegram mail that names no item and no request",
     items={},
     body="""Hello,

From 1 October 2024, reports from public authorities in the Republic of Korea should be sent to kr-authorities@telegram.org. Reports sent to the old address will still be read until the end of the year.

Telegram Abuse Team
""")

case(name="kakao-hedge-seems-deleted", outcome="review", classification="confirmation", review="not_understood",
     frm="rightsprotect@kakaocorp.com", date=d(18, "05:10:00"), reply_to_req=MID[R5],
     subject=f"Re: [Daum 카페] {R5} 문의 회신",
     imitates="Kakao customer-centre reply with a hedge (삭제된 것으로 보입니다)",
     why="'삭제된 것으로 보입니다' is a hedge and the check is still to be done: pending",
     items={K1: "pending"},
     body=f"""안녕하세요. 카카오 고객센터입니다.

문의하신 {K1} 게시물은 현재 카페 운영자에 의해 이미 삭제된 것으로 보입니다. 정확한 처리 내역은 담당 부서 확인 후 다시 안내드리겠습니다.

감사합니다.
""")

# ================================================================ IGNORED
case(name="x-out-of-office", outcome="ignored", classification="auto_reply",
     frm="jiwoo.han@x.com", name_from="Jiwoo Han", date=d(16, "01:06:00"), reply_to_req=MID[R1],
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     subject=f"Automatic reply: [{R1}] Request to remove illegal information",
     imitates="Outlook out-of-office auto-reply from a platform employee",
     why="out-of-office auto-reply; says nothing about items",
     items={},
     body=f"""I am out of the office until 23 September with limited access to email.

For urgent legal requests please write to legal-kr@x.com. Your message about {R1} has not been forwarded.

Jiwoo
""")

dsn_text = f"""This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa-kr@telegram.org>: host mail.telegram.org[203.0.113.25] said: 550 5.1.1
    <dsa-kr@telegram.org>: Recipient address rejected: User unknown
"""
case(name="dsn-telegram-unknown-user", outcome="ignored", classification="bounce",
     frm="MAILER-DAEMON@mx.kcsc.example", name_from="Mail Delivery System", auth="none",
     date=d(16, "02:21:05"),
     subject="Undelivered Mail Returned to Sender",
     imitates="Postfix delivery status notification for a request sent to a wrong Telegram address",
     why="a bounce of our own request (its URLs in the returned copy) is ignored",
     items={},
     raw_mime=multipart("report", "DSN.360.1", [
         (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], dsn_text),
         (["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
          "Reporting-MTA: dns; mx.kcsc.example\n\nFinal-Recipient: rfc822; dsa-kr@telegram.org\n"
          "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n"),
         (["Content-Description: Undelivered Message", "Content-Type: message/rfc822"],
          f"From: KCSC Takedown <takedown@kcsc.example>\nTo: dsa-kr@telegram.org\n"
          f"Subject: [{R2}] Removal request\nMessage-ID: <{MID[R2]}@kcsc.example>\n"
          f"Content-Type: text/plain; charset=utf-8\n\n"
          f"Please remove:\n{T1}\n{T2}\n{T3}\n{T4}\n"),
     ], extra="; report-type=delivery-status"))

case(name="naver-read-receipt", outcome="ignored", classification="read_receipt",
     frm="policy@navercorp.com", date=d(17, "00:50:00"), reply_to_req=MID[R4],
     subject=f"읽음 확인: [{R4}] 불법정보 시정요구",
     imitates="message disposition notification (read receipt) from a portal's mailbox",
     why="an MDN says the request was displayed, nothing about items",
     items={},
     raw_mime=multipart("report", "MDN_360_naver", [
         (["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"],
          f"보내신 메일 \"[{R4}] 불법정보 시정요구\"을(를) 수신자가 2024-09-17 09:50에 읽었습니다.\n"),
         (["Content-Type: message/disposition-notification"],
          f"Reporting-UA: mail.navercorp.com\nFinal-Recipient: rfc822; policy@navercorp.com\n"
          f"Original-Message-ID: <{MID[R4]}@kcsc.example>\nDisposition: manual-action/MDN-sent-manually; displayed\n"),
     ], extra="; report-type=disposition-notification"))

case(name="yt-ticket-receipt", outcome="ignored", classification="acknowledgement",
     frm="legal-noreply@google.com", date=d(16, "06:00:00"), reply_to_req=MID[R3],
     subject=f"[3-7719200041821] Re: [{R3}] YouTube legal request",
     imitates="Google legal-support ticket receipt",
     why="pure acknowledgement with a ticket number and a promise to review",
     items={},
     body=f"""Hello,

Thanks for contacting YouTube. This is to confirm that we have received your legal request ({R3}) and created ticket 3-7719200041821. Our team will review the content you reported and respond as soon as possible.

Please keep the ticket number in the subject line of any follow-up.

The YouTube Legal Support Team
""")

case(name="naver-intake-receipt", outcome="ignored", classification="acknowledgement",
     frm="noreply@naver.com", name_from="네이버 고객센터", date=d(17, "00:35:00"), reply_to_req=MID[R4],
     subject=f"[네이버] 게시중단 요청이 접수되었습니다 ({R4})",
     imitates="NAVER 게시중단 요청 접수 완료 auto-notice",
     why="receipt notice (접수 완료, 접수번호): pure acknowledgement",
     items={},
     body=f"""안녕하세요. 네이버 고객센터입니다.

요청하신 게시중단 요청이 정상적으로 접수되었습니다.

- 접수번호: RT-20240917-008812
- 접수일시: 2024.09.17 09:35
- 처리 예정: 접수 후 영업일 기준 1~3일

처리 결과는 검토가 끝나는 대로 메일로 안내드리겠습니다.
본 메일은 발신 전용입니다.
""")

case(name="kakao-away-autoreply", outcome="ignored", classification="auto_reply",
     frm="sora.kim@kakaocorp.com", name_from="김소라", date=d(17, "01:11:00"), reply_to_req=MID[R5],
     extra_headers=["Auto-Submitted: auto-replied"],
     subject=f"[부재중] Re: [{R5}] 불법정보 시정요구",
     imitates="Korean out-of-office (부재중) auto-reply",
     why="out-of-office auto-reply naming the request but no outcome",
     items={},
     body=f"""안녕하세요, 김소라입니다.

9월 16일부터 9월 18일까지 추석 연휴로 부재중입니다.
{R5} 관련 문의는 policy@kakaocorp.com 으로 보내주시기 바랍니다.

감사합니다.
""")


# ---------------------------------------------------------------- write
def main():
    write_requests()
    for c in cases:
        c["from"] = c.pop("frm")
        # real mailers encode non-ASCII header text (RFC 2047)
        for k in ("subject", "name_from"):
            if k in c and not c[k].isascii():
                c[k] = Header(c[k], "utf-8").encode(maxlinelen=998)
    header = """# blind360: what a program gets wrong (mixed statuses in one sentence,
# hedges in relative clauses, negations, refusals with reasons, later
# sentences that revise earlier ones, conflicting table and note, statuses by
# position). Written from each email's meaning, before any run of the reader.
# Generated by make.py; do not edit by hand."""
    corpuslib.write_set(HERE, "blind360", header, cases)


if __name__ == "__main__":
    main()
