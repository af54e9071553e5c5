#!/usr/bin/env python3
"""Blind corpus set blind972 (focus: what a program gets wrong).

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted or corrected by a note, statuses given by position.

Written from each email's meaning alone, before any run of the reader.
All people, accounts, channels, ids and URLs are fictional.

    python3 tests/corpus/blind972/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
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
# KCSC-240903-01  x         13 items (largest)
X = {i: u for i, u in enumerate([
    "https://x.com/tidewatch_kr/status/1830412200000000101",
    "https://x.com/tidewatch_kr/status/1830412200000000102",
    "https://x.com/grey_lantern88/status/1830412200000000203",
    "https://x.com/grey_lantern88/status/1830412200000000204",
    "https://x.com/minuet_dealer/status/1830412200000000305",
    "https://x.com/minuet_dealer/status/1830412200000000306",
    "https://x.com/minuet_dealer/status/1830412200000000307",
    "https://x.com/owlcrest_shop/status/1830412200000000408",
    "https://x.com/owlcrest_shop/status/1830412200000000409",
    "https://x.com/paper_kite_09/status/1830412200000000510",
    "https://x.com/paper_kite_09/status/1830412200000000511",
    "https://x.com/harbor_signal/status/1830412200000000612",
    "https://x.com/harbor_signal",
], start=1)}
# KCSC-240905-02  youtube   4 items
Y1 = "https://www.youtube.com/watch?v=Qm3vLr8TnZa"
Y2 = "https://www.youtube.com/watch?v=Hc7pWx2KdEo"
Y3 = "https://www.youtube.com/shorts/Ju5bNq1RfYs"
Y4 = "https://www.youtube.com/@cobaltdrift_tv"
# KCSC-240909-03  telegram  5 items
T1 = "https://t.me/nightmarket_relay/4417"
T2 = "https://t.me/nightmarket_relay/4420"
T3 = "https://t.me/silverpine_board/88"
T4 = "https://t.me/silverpine_board/91"
T5 = "https://t.me/amber_exchange_kr"
# KCSC-240911-04  naver     3 items (one Korean path, stored percent-encoded)
N1 = "https://blog.naver.com/sunflower_arc/223561000417"
N2_RAW = "https://cafe.naver.com/달빛마을/8812"
N2 = "https://cafe.naver.com/" + quote("달빛마을") + "/8812"
N3 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=470551234"
# KCSC-240913-05  kakao     2 items
K1 = "https://cafe.daum.net/moonriver77/Ab3k/301"
K2 = "https://pinecone-diary.tistory.com/58"
# KCSC-240917-06  telegram  1 item
T6 = "https://t.me/redfern_leaks/2095"
# KCSC-240919-07  x         2 items
X14 = "https://x.com/lowtide_pawn/status/1836100000000000014"
X15 = "https://x.com/lowtide_pawn/status/1836100000000000015"

REQUESTS = [
    ("KCSC-240903-01", "x", "2024-09-03", "2024-09-10", [X[i] for i in range(1, 14)],
     "illegal_trade", "req-240903-01@kcsc.example", "drug and counterfeit sale posts"),
    ("KCSC-240905-02", "youtube", "2024-09-05", "2024-09-12", [Y1, Y2, Y3, Y4],
     "gambling", "req-240905-02@kcsc.example", "illegal gambling promotion"),
    ("KCSC-240909-03", "telegram", "2024-09-09", "2024-09-16", [T1, T2, T3, T4, T5],
     "illegal_trade", "req-240909-03@kcsc.example", "drug sale channels"),
    ("KCSC-240911-04", "naver", "2024-09-11", "2024-09-18", [N1, N2, N3],
     "privacy", "req-240911-04@kcsc.example", "personal data exposure"),
    ("KCSC-240913-05", "kakao", "2024-09-13", "2024-09-20", [K1, K2],
     "defamation", "req-240913-05@kcsc.example", "defamatory posts"),
    ("KCSC-240917-06", "telegram", "2024-09-17", "2024-09-24", [T6],
     "privacy", "req-240917-06@kcsc.example", "leaked ID documents"),
    ("KCSC-240919-07", "x", "2024-09-19", "2024-09-26", [X14, X15],
     "illegal_trade", "req-240919-07@kcsc.example", "counterfeit goods"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def single(ctype, cte, body):
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: {cte}\n\n{body.strip(chr(10))}\n")


def alternative(boundary, plain, html, enc="quoted-printable"):
    f = qp if enc == "quoted-printable" else b64
    return (f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
            f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n"
            f"Content-Transfer-Encoding: {enc}\n\n{f(plain).strip(chr(10))}\n"
            f"--{boundary}\nContent-Type: text/html; charset=utf-8\n"
            f"Content-Transfer-Encoding: {enc}\n\n{f(html).strip(chr(10))}\n"
            f"--{boundary}--\n")


# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ======================= applied =======================

case(name="x-one-sentence-three-statuses", date="Fri, 06 Sep 2024 16:12:40 +0900",
     **{"from": "legal-requests@x.com"}, name_from="X Legal",
     subject="Re: [KCSC-240903-01] Request to remove illegal content",
     reply_to_req="req-240903-01", outcome="applied", classification="confirmation",
     imitates="X legal-request outcome email (country withheld content notice)",
     why="one sentence gives three different statuses to four posts; each takes its own",
     items={X[1]: "restricted", X[2]: "restricted", X[5]: "removed", X[12]: "not_found"},
     body=f"""
Hello,

Thank you for your request, reference KCSC-240903-01.

Following our review, we have withheld {X[1]} and {X[2]} in South Korea, removed {X[5]} for violating the X Rules on illegal and regulated goods, and were unable to locate {X[12]}.

We have not yet completed our review of the remaining posts in your request and will write again.

Regards,
X Legal
""")

case(name="x-hedge-in-relative-clause", date="Sat, 07 Sep 2024 10:03:11 +0900",
     **{"from": "legal-requests@x.com"}, name_from="X Legal",
     subject="Re: [KCSC-240903-01] Request to remove illegal content",
     reply_to_req="req-240903-01", outcome="applied", classification="confirmation",
     imitates="X legal-request outcome email",
     why="x6 only 'may already have been removed' (hedge in a relative clause, still under review); x7 removed",
     items={X[6]: "pending", X[7]: "removed"},
     body=f"""
Hi,

An update on KCSC-240903-01 for the posts of @minuet_dealer.

The post {X[6]}, which our team believes may already have been deleted by the account holder, is still under review; we will confirm its status once the check is complete.

The post {X[7]} has been removed for violating our rules on the sale of illegal goods.

Thanks,
X Legal
""")

case(name="x-negation-then-withheld", date="Mon, 09 Sep 2024 09:41:57 +0900",
     **{"from": "legal-requests@x.com"}, name_from="X Legal",
     subject="Re: [KCSC-240903-01] Request to remove illegal content",
     reply_to_req="req-240903-01", outcome="applied", classification="confirmation",
     imitates="X legal-request outcome email with a refusal and its reason",
     why="'we have not removed' x8 with a reason (no violation) is a refusal; x9 withheld in Korea",
     items={X[8]: "rejected", X[9]: "restricted"},
     body=f"""
Hello,

We have reviewed the two posts from @owlcrest_shop in your request KCSC-240903-01.

We have not removed {X[8]}. After careful review we did not find that it violates the X Rules, and the report did not establish that it is unlawful in Korea, so no action was taken on it.

{X[9]}, however, has been withheld in South Korea in response to your request.

Kind regards,
X Legal
""")

case(name="x-later-sentence-revises", date="Tue, 10 Sep 2024 18:20:05 +0900",
     **{"from": "legal-requests@x.com"}, name_from="X Legal",
     subject="Re: [KCSC-240903-01] Correction to our earlier reply",
     reply_to_req="req-240903-01", outcome="applied", classification="confirmation",
     imitates="X legal correction of a previous outcome email",
     why="x10 first said withheld, corrected in the next sentence to removed globally; x11 stays withheld",
     items={X[10]: "removed", X[11]: "restricted"},
     body=f"""
Hello again,

Earlier today we informed you that {X[10]} had been withheld in South Korea. That information was not correct: the post has been removed globally for violating the X Rules.

{X[11]} remains withheld in South Korea, as previously stated.

Apologies for the confusion.
X Legal
""")

case(name="x-numbered-statuses-by-position", date="Thu, 12 Sep 2024 14:05:33 +0900",
     **{"from": "legal-requests@x.com"}, name_from="X Legal",
     subject="Re: [KCSC-240903-01] Request to remove illegal content",
     reply_to_req="req-240903-01", outcome="applied", classification="confirmation",
     imitates="X legal-request outcome email answering by list position",
     why="the email numbers four URLs itself and then gives the status of each number",
     items={X[1]: "restricted", X[2]: "restricted", X[3]: "rejected", X[4]: "removed"},
     body=f"""
Hello,

We reviewed the following posts from your request KCSC-240903-01:

1. {X[1]}
2. {X[2]}
3. {X[3]}
4. {X[4]}

Outcome:
- Nos. 1 and 2: withheld in South Korea.
- No. 3: no violation of the X Rules or of local law was found; no action taken.
- No. 4: removed.

X Legal
""")

CSV_X = (
    "url,action,notes\r\n"
    f"{X[5]},Removed,Illegal or regulated goods\r\n"
    f"{X[6]},Withheld (KR),Country withheld content\r\n"
    f"{X[7]},No action,Not violative\r\n"
    f"{X[8]},Not found,Post unavailable at time of review\r\n"
)
case(name="x-csv-attachment-results", date="Fri, 13 Sep 2024 09:15:00 +0900",
     **{"from": "legal-requests@x.com"}, name_from="X Legal",
     subject="Re: [KCSC-240903-01] Results attached",
     reply_to_req="req-240903-01", outcome="applied", classification="confirmation",
     imitates="X legal bulk outcome spreadsheet sent as a CSV attachment",
     why="one row per post in the attached CSV, four different statuses",
     items={X[5]: "removed", X[6]: "restricted", X[7]: "rejected", X[8]: "not_found"},
     raw_mime=f"""Content-Type: multipart/mixed; boundary="=_x972csv"

--=_x972csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for four of the posts in your request
KCSC-240903-01. One row per post.

X Legal
--=_x972csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_results.csv"
Content-Transfer-Encoding: base64

{base64.encodebytes(CSV_X.encode()).decode().strip()}
--=_x972csv--
""")

HTML_CORR = f"""<html><body>
<p>Hello,</p>
<p>Below is the outcome of your request <b>KCSC-240903-01</b> for the posts of @owlcrest_shop and @paper_kite_09.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action</th></tr>
<tr><td>{X[9]}</td><td>Withheld (KR)</td></tr>
<tr><td>{X[10]}</td><td>Withheld (KR)</td></tr>
<tr><td>{X[11]}</td><td>Removed</td></tr>
</table>
<p><i>Correction: the entry for {X[11]} should read &quot;Withheld (KR)&quot;. That post was not removed; it is withheld in South Korea only.</i></p>
<p>X Legal</p>
</body></html>"""
PLAIN_CORR = f"""Hello,

Below is the outcome of your request KCSC-240903-01 for the posts of @owlcrest_shop and @paper_kite_09.

Reported URL | Action
{X[9]} | Withheld (KR)
{X[10]} | Withheld (KR)
{X[11]} | Removed

Correction: the entry for {X[11]} should read "Withheld (KR)". That post was not removed; it is withheld in South Korea only.

X Legal
"""
case(name="x-table-corrected-by-note", date="Sat, 14 Sep 2024 13:44:21 +0900",
     **{"from": "legal-requests@x.com"}, name_from="X Legal",
     subject="Re: [KCSC-240903-01] Outcome",
     reply_to_req="req-240903-01", outcome="applied", classification="confirmation",
     imitates="X legal outcome table with an explicit correction note beneath it",
     why="the note explicitly corrects the table row for x11: withheld, not removed",
     items={X[9]: "restricted", X[10]: "restricted", X[11]: "restricted"},
     raw_mime=alternative("=_x972corr", PLAIN_CORR, HTML_CORR))

case(name="x-dsa-statement-of-reasons", date="Mon, 16 Sep 2024 08:02:47 +0900",
     **{"from": "noreply-legal@x.com"}, name_from="X",
     subject="Decision on your report KCSC-240903-01",
     outcome="applied", classification="confirmation",
     imitates="DSA Art. 17 statement of reasons sent to the notifier",
     why="SoR form: decision 'visibility restricted', territorial scope Republic of Korea = restricted",
     items={X[3]: "restricted"},
     body=f"""
Decision on reported content

Notice reference: KCSC-240903-01
Content: {X[3]}

Decision: visibility of the content restricted
Territorial scope: Republic of Korea
Ground: content considered illegal under the law of the country of the notice
Facts and circumstances: notice submitted by a public authority
Automated means: no automated decision was taken

Redress: the account holder may appeal this decision. You can read about
appeals at https://help.x.com/en/forms/legal/appeals
""")

case(name="yt-mixed-prose-with-refusal", date="Mon, 09 Sep 2024 17:25:10 +0900",
     **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
     subject="Re: [KCSC-240905-02] Legal removal request - YouTube",
     reply_to_req="req-240905-02", outcome="applied", classification="confirmation",
     imitates="Google/YouTube legal-removals outcome email",
     why="blocked in Korea, removed, and a refusal with its reason, in consecutive sentences",
     items={Y1: "restricted", Y2: "removed", Y3: "rejected"},
     body=f"""
Hello,

Thanks for reaching out to us about YouTube content (ref. KCSC-240905-02).

After reviewing your request, we've blocked {Y1} from view in South Korea. The video {Y2} was removed for violating YouTube's Community Guidelines. We did not take action on {Y3}, since it does not violate our policies and we found no legal basis to restrict it in your country.

For more information, see https://support.google.com/youtube/answer/2802032

Regards,
The YouTube Legal Team
""")

case(name="yt-channel-terminated-hedged-video", date="Tue, 10 Sep 2024 12:18:44 +0900",
     **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
     subject="Re: [KCSC-240905-02] Legal removal request - YouTube",
     reply_to_req="req-240905-02", outcome="applied", classification="confirmation",
     imitates="YouTube channel termination notice",
     why="channel terminated = removed; y1 only 'may be among' the channel's videos (hedge), stays pending",
     items={Y4: "removed", Y1: "pending"},
     body=f"""
Hello,

We have terminated the channel {Y4} for severe violations of our policies on regulated goods.

All videos uploaded to that channel are no longer available on YouTube. Those videos may include {Y1}, which you also reported; we are checking whether it was uploaded to that channel and will confirm separately.

Regards,
The YouTube Legal Team
""")

case(name="yt-outlook-revised-age-restriction", date="Wed, 18 Sep 2024 15:51:02 +0900",
     **{"from": "yt-legal-kr@google.com"}, name_from="Jiyoon Seo (YouTube Legal)",
     subject="RE: [KCSC-240905-02] Legal removal request - YouTube",
     reply_to_req="req-240905-02", outcome="applied", classification="confirmation",
     imitates="Outlook top-posted reply from a YouTube legal specialist",
     why="y3 was age-restricted, then removed after the follow-up (the later action counts); y2 stays age-restricted",
     items={Y3: "removed", Y2: "restricted"},
     body=f"""
Dear KCSC team,

On 10 September we age-restricted {Y3}. Following the additional information in your follow-up, we have since removed the video entirely.

{Y2} remains age-restricted; we did not remove it.

Best regards,
Jiyoon Seo
YouTube Legal, Seoul

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 17, 2024 10:02 AM
To: legal-kr@google.com
Subject: [KCSC-240905-02] Legal removal request - YouTube

Dear YouTube,

Further to our request KCSC-240905-02, please remove the following videos, which
promote unlicensed gambling:
{Y1}
{Y2}
{Y3}

KCSC
""")

case(name="yt-statement-then-url-below", date="Thu, 12 Sep 2024 10:40:19 +0900",
     **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
     subject="Re: [KCSC-240905-02] Legal removal request - YouTube",
     reply_to_req="req-240905-02", outcome="applied", classification="confirmation",
     imitates="Google legal-removals email with URLs under each heading",
     why="each URL stands under its statement; 'could not be found' is a statement even with a hedged guess after it",
     items={Y1: "restricted", Y2: "not_found"},
     body=f"""
Hello,

The following content has been blocked in South Korea under local law:

{Y1}

The following content could not be found. It may have been deleted by the uploader before our review:

{Y2}

Regards,
The YouTube Legal Team
""")

YT_HTML = f"""<html><body style="font-family:Roboto,Arial">
<p>Hello,</p>
<p>We've completed our review of your request <b>KCSC-240905-02</b>.</p>
<ul>
<li><a href="{Y2}">{Y2}</a> &mdash; Blocked in KR (local law)</li>
<li><a href="{Y3}">{Y3}</a> &mdash; Removed (Community Guidelines)</li>
</ul>
<p>Learn more about <a href="https://support.google.com/legal/answer/3110420">legal removals</a> and the
<a href="https://www.youtube.com/howyoutubeworks/policies/community-guidelines/">Community Guidelines</a>.</p>
<p>The YouTube Legal Team</p>
</body></html>"""
YT_PLAIN = f"""Hello,

We've completed our review of your request KCSC-240905-02.

* {Y2} - Blocked in KR (local law)
* {Y3} - Removed (Community Guidelines)

Learn more about legal removals: https://support.google.com/legal/answer/3110420

The YouTube Legal Team
"""
case(name="yt-base64-html-list", date="Fri, 13 Sep 2024 19:02:56 +0900",
     **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
     subject="Re: [KCSC-240905-02] Legal removal request - YouTube",
     reply_to_req="req-240905-02", outcome="applied", classification="confirmation",
     imitates="Google legal-removals HTML email (base64 parts)",
     why="base64 HTML list; policy/help links are not items",
     items={Y2: "restricted", Y3: "removed"},
     raw_mime=alternative("=_yt972b64", YT_PLAIN, YT_HTML, enc="base64"))

case(name="tg-mixed-sentence-four-items", date="Tue, 10 Sep 2024 21:14:30 +0400",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
     subject="Re: [KCSC-240909-03] Removal request",
     reply_to_req="req-240909-03", outcome="applied", classification="confirmation",
     imitates="Telegram abuse-desk reply",
     why="one sentence: two taken down, one not found, one refused with reason",
     items={T1: "removed", T2: "removed", T3: "not_found", T4: "rejected"},
     body=f"""
Hello,

Thanks for your report. {T1} and {T2} were taken down, but {T3} we could not find, and {T4} stays accessible because it does not breach our Terms of Service.

Telegram Abuse Team
""")

case(name="tg-sole-one-item-request", date="Thu, 19 Sep 2024 11:50:09 +0400",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
     subject="Re: [KCSC-240917-06] Removal request",
     reply_to_req="req-240917-06", outcome="applied", classification="confirmation",
     imitates="Telegram short abuse-desk reply",
     why="no URL, but the request has one item and the statement is unhedged",
     items={T6: "removed"},
     body="""
Hello,

The content you reported under KCSC-240917-06 has been removed.

Regards,
Telegram Abuse Team
""")

case(name="tg-bare-url-status-below", date="Fri, 13 Sep 2024 09:33:48 +0400",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
     subject="Re: [KCSC-240909-03] Removal request",
     reply_to_req="req-240909-03", outcome="applied", classification="confirmation",
     imitates="Telegram abuse-desk per-link result block",
     why="each bare URL line followed by its status line",
     items={T1: "removed", T2: "not_found", T3: "rejected"},
     body=f"""
Results for your report KCSC-240909-03:

{T1}
Status: Removed

{T2}
Status: Not found (message already deleted by the channel owner)

{T3}
Status: No violation found, no action

--
Telegram Abuse Team
""")

case(name="tg-top-posted-over-quote", date="Sat, 14 Sep 2024 16:21:37 +0400",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
     subject="Re: [KCSC-240909-03] Removal request",
     reply_to_req="req-240909-03", outcome="applied", classification="confirmation",
     imitates="Gmail-style top-posted reply over the quoted request",
     why="only t2 is stated above the quote; the quoted request's 'please remove' lines are not statements",
     items={T2: "removed", T1: "pending", T3: "pending", T4: "pending", T5: "pending"},
     body=f"""
We've removed {T2}. The other links in your list below are still being looked at.

Telegram Abuse Team

On Mon, Sep 9, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Telegram,
>
> Under KCSC-240909-03, please remove the following content, which
> offers illegal drugs for sale:
>
> {T1}
> {T2}
> {T3}
> {T4}
> {T5}
>
> Please confirm the action taken for each link.
> KCSC
""")

case(name="tg-echoed-report-then-outcome", date="Mon, 16 Sep 2024 10:02:25 +0400",
     **{"from": "noreply@telegram.org"}, name_from="Telegram Support",
     subject="Your report #7720415 (KCSC-240909-03)",
     outcome="applied", classification="confirmation",
     imitates="Telegram support form reply echoing the submitted report",
     why="the echoed report lists the links; only the Outcome block states statuses",
     items={T3: "removed", T4: "not_found"},
     body=f"""
Your report
-----------
Reporter: KCSC (KCSC-240909-03)
Reason: Illegal drugs
Links:
  {T3}
  {T4}

Outcome
-------
{T3} - removed by moderators.
{T4} - this message does not exist.

This is an automatic summary of your report. Please do not reply.
""")

case(name="naver-korean-particles-mixed", date="Fri, 13 Sep 2024 14:30:00 +0900",
     **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
     subject="[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240911-04)",
     reply_to_req="req-240911-04", outcome="applied", classification="confirmation",
     imitates="NAVER 게시중단 요청 처리 결과 안내 notice",
     why="URLs followed directly by Korean particles and full-width punctuation; 게시중단, 임시조치, 작성자 삭제",
     items={N1: "removed", N2: "restricted", N3: "not_found"},
     body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청번호 KCSC-240911-04로 요청하신 게시물에 대한 처리 결과를 안내드립니다.

요청하신 게시물 중 {N1}은 게시중단(삭제) 처리되었고, {N2_RAW}는 30일간 임시조치되었습니다。
{N3}（지식iN 답변）은 이미 작성자가 삭제하여 확인할 수 없습니다.

감사합니다.
네이버 정책지원팀 드림
""")

case(name="naver-refusal-then-blind", date="Sat, 14 Sep 2024 11:12:00 +0900",
     **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
     subject="[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240911-04)",
     reply_to_req="req-240911-04", outcome="applied", classification="confirmation",
     imitates="NAVER 게시중단 처리 결과 안내 with a refusal and its reason",
     why="n1: no violation found, no action (refusal with reason); n2: 블라인드 처리 = removed",
     items={N1: "rejected", N2: "removed"},
     body=f"""
안녕하세요. 네이버입니다.

{N1} 게시물은 검토 결과 관련 법령이나 운영정책에 위반되는 사항이 확인되지 않아 별도의 조치를 하지 않았습니다.

{N2_RAW} 게시물은 블라인드 처리하였습니다.

문의사항은 회신 주시기 바랍니다.
""")

NV_HTML = f"""<html><body>
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>시정요구(KCSC-240911-04)에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N1}</td><td>삭제</td><td>-</td></tr>
<tr><td>2</td><td>{N2_RAW}</td><td>접속차단</td><td>국내 접속 제한</td></tr>
<tr><td>3</td><td>{N3.replace('&', '&amp;')}</td><td>조치불가</td><td>해당 게시물 없음</td></tr>
</table>
<p>감사합니다.</p>
</body></html>"""
case(name="naver-html-table-sijeong", date="Tue, 17 Sep 2024 16:45:00 +0900",
     **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
     subject="[회신] 시정요구 조치결과 (KCSC-240911-04)",
     reply_to_req="req-240911-04", outcome="applied", classification="confirmation",
     imitates="Korean 시정요구 조치결과 table sent by a portal",
     why="table: 삭제 = removed, 접속차단 = restricted, 조치불가 with 게시물 없음 = not_found",
     items={N1: "removed", N2: "restricted", N3: "not_found"},
     raw_mime=single("text/html", "quoted-printable", qp(NV_HTML)))

case(name="naver-hedge-in-middle-clause", date="Wed, 18 Sep 2024 10:20:00 +0900",
     **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
     subject="[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240911-04)",
     reply_to_req="req-240911-04", outcome="applied", classification="confirmation",
     imitates="NAVER 게시중단 처리 결과 안내",
     why="n2 '이미 삭제한 것으로 보이나 확인 중' is a hedge still being checked; n1 removed, n3 임시조치",
     items={N1: "removed", N2: "pending", N3: "restricted"},
     body=f"""
안녕하세요. 네이버 정책지원팀입니다.

접수하신 3건 중 {N1} 은 삭제되었습니다.
{N2_RAW} 는 작성자가 이미 삭제한 것으로 보이나 현재 확인 중이며, {N3} 은 임시조치하였습니다.

확인이 끝나는 대로 다시 안내드리겠습니다.
""")

case(name="naver-korean-by-position", date="Thu, 19 Sep 2024 09:05:00 +0900",
     **{"from": "help@naver.com"}, name_from="네이버 고객센터",
     subject="Re: [KCSC-240911-04] 게시물 삭제 요청",
     reply_to_req="req-240911-04", outcome="applied", classification="confirmation",
     imitates="NAVER 고객센터 reply answering by ordinal",
     why="the email lists the three URLs numbered and gives statuses by ordinal",
     items={N1: "removed", N2: "restricted", N3: "removed"},
     body=f"""
안녕하세요, 네이버 고객센터입니다.

요청하신 게시물은 다음과 같습니다.
1) {N1}
2) {N2_RAW}
3) {N3}

이 중 첫 번째와 세 번째 게시물은 삭제 처리되었으며, 두 번째 게시물은 임시조치(30일) 되었습니다.

감사합니다.
""")

case(name="kakao-daum-mixed", date="Mon, 16 Sep 2024 15:00:00 +0900",
     **{"from": "cs-policy@kakaocorp.com"}, name_from="카카오 고객센터",
     subject="[카카오] 권리침해 신고 처리 결과 안내 (KCSC-240913-05)",
     reply_to_req="req-240913-05", outcome="applied", classification="confirmation",
     imitates="Kakao/Daum 권리침해 신고 처리 결과 안내",
     why="Daum cafe post deleted by operator = removed; Tistory post 임시조치 = restricted",
     items={K1: "removed", K2: "restricted"},
     body=f"""
안녕하세요. 카카오 고객센터입니다.

신고하신 게시물에 대한 처리 결과를 안내드립니다.

- 다음 카페 게시글 {K1} : 운영자 삭제 처리
- 티스토리 게시글 {K2} : 임시조치(30일)

임시조치 기간 중 게시자의 재게시 요청이 있을 경우 별도로 안내드리겠습니다.

감사합니다.
""")

X7_TEXT = f"""Hello,

Thank you for your request KCSC-240919-07 about two posts from @lowtide_pawn.

We have removed {X14} for violating our counterfeit goods policy. For {X15}, we did not find a violation of the X Rules, and the post remains available.

Regards,
X Legal
"""
case(name="x-qp-removed-and-refused", date="Mon, 23 Sep 2024 10:11:10 +0900",
     **{"from": "legal-requests@x.com"}, name_from="X Legal",
     subject="Re: [KCSC-240919-07] Request to remove counterfeit goods",
     reply_to_req="req-240919-07", outcome="applied", classification="confirmation",
     imitates="X legal-request outcome email (quoted-printable)",
     why="removed and refused-with-reason in two sentences of a QP body",
     items={X14: "removed", X15: "rejected"},
     raw_mime=single("text/plain", "quoted-printable", qp(X7_TEXT)))

X_WRAP = X[8].replace("status/", "status/\n")
case(name="x-angle-brackets-wrapped", date="Tue, 17 Sep 2024 12:00:31 +0900",
     **{"from": "legal-requests@x.com"}, name_from="X Legal",
     subject="Re: [KCSC-240903-01] Request to remove illegal content",
     reply_to_req="req-240903-01", outcome="applied", classification="confirmation",
     imitates="X legal-request outcome email with angle-bracketed, wrapped URLs",
     why="angle-bracketed URLs, one wrapped over two lines; 'both actioned' then each status",
     items={X[8]: "restricted", X[9]: "removed"},
     body=f"""
Hello,

Both of the @owlcrest_shop posts in your request were actioned: <{X_WRAP}>
was withheld in South Korea, and <{X[9]}> was removed.

X Legal
""")

# ======================= review =======================

case(name="x-promises-only", date="Thu, 05 Sep 2024 18:40:00 +0900",
     **{"from": "legal-requests@x.com"}, name_from="X Legal",
     subject="Re: [KCSC-240903-01] Request to remove illegal content",
     reply_to_req="req-240903-01", outcome="review", review="not_understood",
     imitates="X legal interim reply",
     why="only promises and 'under review': nothing is stated about any post",
     items={X[1]: "pending", X[2]: "pending", X[3]: "pending"},
     body=f"""
Hello,

Thank you for request KCSC-240903-01.

{X[1]} and {X[2]} will be withheld in South Korea once our legal team has completed its assessment. {X[3]} is under review.

We aim to respond within 5 business days.
X Legal
""")

case(name="x-conditional-withholding", date="Sat, 07 Sep 2024 09:00:12 +0900",
     **{"from": "legal-requests@x.com"}, name_from="X Legal",
     subject="Re: [KCSC-240903-01] Request to remove illegal content",
     reply_to_req="req-240903-01", outcome="review", review="not_understood",
     imitates="X legal interim reply (notice to account holder)",
     why="a condition ('if the account holder does not remove ... we will') is no statement",
     items={X[6]: "pending"},
     body=f"""
Hello,

We have notified the account holder of {X[6]}. If they do not delete the post within 48 hours, we will withhold it in South Korea.

X Legal
""")

case(name="yt-hedges-only", date="Mon, 09 Sep 2024 08:14:09 +0900",
     **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
     subject="Re: [KCSC-240905-02] Legal removal request - YouTube",
     reply_to_req="req-240905-02", outcome="review", review="not_understood",
     imitates="Google legal-removals interim reply",
     why="'appears to', 'may', 'could be subject to' are hedges, no status",
     items={Y1: "pending", Y4: "pending"},
     body=f"""
Hello,

It appears that {Y1} may already have been taken down by the uploader. The channel {Y4} could be subject to restrictions, pending a review by our policy team.

We'll follow up once we have more information.

The YouTube Legal Team
""")

case(name="tg-bulk-all-removed", date="Thu, 12 Sep 2024 20:55:01 +0400",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
     subject="Re: [KCSC-240909-03] Removal request",
     reply_to_req="req-240909-03", outcome="review", review="bulk",
     imitates="Telegram abuse-desk one-line reply",
     why="'all the content' for a five-item request without naming each link",
     items={T1: "pending", T2: "pending", T3: "pending", T4: "pending", T5: "pending"},
     body="""
Hello,

All the content you reported in KCSC-240909-03 has been removed.

Telegram Abuse Team
""")

case(name="naver-bulk-korean", date="Fri, 20 Sep 2024 13:00:00 +0900",
     **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
     subject="[NAVER] 게시중단 요청 처리 완료 (KCSC-240911-04)",
     reply_to_req="req-240911-04", outcome="review", review="bulk",
     imitates="NAVER 게시중단 처리 완료 short notice",
     why="'요청하신 게시물 전체' for a three-item request, no URL",
     items={N1: "pending", N2: "pending", N3: "pending"},
     body="""
안녕하세요. 네이버 정책지원팀입니다.

KCSC-240911-04로 요청하신 게시물 전체에 대해 게시중단 조치를 완료하였습니다.

감사합니다.
""")

case(name="x-untrusted-dmarc-fail", date="Sun, 08 Sep 2024 03:17:45 +0900",
     **{"from": "legal-requests@x.com"}, name_from="X Legal", auth="fail",
     subject="Re: [KCSC-240903-01] Request to remove illegal content",
     reply_to_req="req-240903-01", outcome="review", review="untrusted",
     imitates="X legal outcome email failing DMARC (spoofed)",
     why="platform domain but DKIM/SPF/DMARC fail",
     items={X[1]: "pending", X[5]: "pending"},
     body=f"""
Hello,

We have removed {X[1]} and {X[5]} following your request KCSC-240903-01.

X Legal
""")

case(name="unknown-sender-vendor", date="Mon, 16 Sep 2024 22:41:19 +0900",
     **{"from": "trust-safety@modvendor-asia.example"}, name_from="ModVendor Asia T&S",
     subject="Re: [KCSC-240909-03] Removal request - outcome on behalf of Telegram",
     reply_to_req="req-240909-03", outcome="review", review="unknown_sender",
     imitates="outsourced moderation vendor replying on a platform's behalf",
     why="not a platform sender domain, yet states statuses for our request",
     items={T1: "pending", T5: "pending"},
     body=f"""
Dear KCSC,

Acting for our client, we confirm that {T1} was deleted and the channel {T5} was blocked.

Regards,
Trust & Safety Operations
ModVendor Asia
""")

case(name="tg-conflicting-one-item", date="Sat, 21 Sep 2024 12:12:12 +0400",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
     subject="Re: [KCSC-240917-06] Removal request",
     reply_to_req="req-240917-06", outcome="review", review="conflicting_statements",
     imitates="Telegram abuse-desk reply assembled from two templates",
     why="the same message is said to be deleted and, two lines later, not to be found",
     items={T6: "pending"},
     body=f"""
Hello,

The message {T6} has been deleted.

We were unable to find any message at {T6}. Please check the link and send it again.

Telegram Abuse Team
""")

X14_HTML = f"""<html><body>
<p>Hello,</p>
<p>Result of our review for KCSC-240919-07:</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Result</th></tr>
<tr><td>{X14}</td><td>Removed</td></tr>
</table>
<p>Note: we reviewed {X14} and found no violation of the X Rules; it remains available.</p>
<p>X Legal</p>
</body></html>"""
case(name="x-table-contradicted-by-note", date="Tue, 24 Sep 2024 15:22:08 +0900",
     **{"from": "legal-requests@x.com"}, name_from="X Legal",
     subject="Re: [KCSC-240919-07] Request to remove counterfeit goods",
     reply_to_req="req-240919-07", outcome="review", review="conflicting_statements",
     imitates="X legal outcome table with a contradicting note",
     why="table says Removed, note says no violation and still available; no sign which is right",
     items={X14: "pending"},
     type="html", body=X14_HTML)

case(name="naver-asks-more-documents", date="Thu, 12 Sep 2024 17:30:00 +0900",
     **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
     subject="[NAVER] 추가 자료 요청 (KCSC-240911-04)",
     reply_to_req="req-240911-04", outcome="review", review="asks_more",
     classification="request_for_info",
     imitates="NAVER 소명자료 요청 notice",
     why="asks for supporting documents before deciding on n3; no status",
     items={N3: "pending"},
     body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 중 {N3} 에 대해서는 권리침해 여부를 판단하기 위하여 추가 자료가 필요합니다.
피해 당사자를 확인할 수 있는 자료와 침해 내용을 구체적으로 적어 회신해 주시기 바랍니다.

자료가 접수되는 대로 검토하겠습니다.
""")

case(name="kakao-promise-korean", date="Wed, 18 Sep 2024 10:00:00 +0900",
     **{"from": "cs-policy@kakaocorp.com"}, name_from="카카오 고객센터",
     subject="Re: [KCSC-240913-05] 게시물 삭제 요청",
     reply_to_req="req-240913-05", outcome="review", review="not_understood",
     imitates="Kakao 신고 처리 진행 안내",
     why="'조치 예정', '추후 안내' are promises: nothing done yet",
     items={K1: "pending", K2: "pending"},
     body=f"""
안녕하세요. 카카오 고객센터입니다.

{K1} 게시글은 검토 후 조치할 예정입니다.
{K2} 글의 처리 결과는 추후 안내드리겠습니다.

감사합니다.
""")

case(name="yt-no-claims-portal-notice", date="Fri, 27 Sep 2024 09:00:00 +0900",
     **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
     subject="Changes to how government requests are submitted",
     outcome="review", review="no_claims",
     imitates="Google notice to government requesters about a new intake form",
     why="trusted platform mail naming no item and no request",
     items={},
     body="""
Hello,

From 1 October 2024, government agencies should submit content removal requests for YouTube through our dedicated web form at https://support.google.com/legal/contact/government_request rather than by email.

Requests sent by email after that date may take longer to process.

The Google Legal Team
""")

# ======================= ignored =======================

case(name="x-out-of-office", date="Tue, 03 Sep 2024 19:00:02 +0900",
     **{"from": "m.choi@x.com"}, name_from="Minho Choi",
     subject="Automatic reply: [KCSC-240903-01] Request to remove illegal content",
     reply_to_req="req-240903-01",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     outcome="ignored", classification="auto_reply",
     imitates="Outlook out-of-office reply",
     why="out-of-office; the quoted request below is not a statement",
     items={X[1]: "pending"},
     body=f"""
I am out of the office until 9 September with limited access to email. For urgent legal requests please write to legal-requests@x.com.

> Please remove {X[1]} and the other posts listed in request KCSC-240903-01.
""")

case(name="naver-korean-out-of-office", date="Wed, 11 Sep 2024 18:30:00 +0900",
     **{"from": "hj.lee@navercorp.com"}, name_from="이혜진",
     subject="[부재중] Re: [KCSC-240911-04] 게시물 게시중단 요청",
     reply_to_req="req-240911-04",
     extra_headers=["Auto-Submitted: auto-replied"],
     outcome="ignored", classification="auto_reply",
     imitates="Korean 부재중 자동응답",
     why="Korean out-of-office auto-reply",
     items={},
     body="""
안녕하세요. 이혜진입니다.
9월 13일까지 휴가로 부재중입니다. 급한 용무는 policy@navercorp.com 으로 연락 주시기 바랍니다.
(본 메일은 자동 발송되었습니다.)
""")

DSN = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn972"

--=_dsn972
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

This is the mail system at host mx.kcsc.example.

Your message could not be delivered to one or more recipients.

<policy-old@kakaocorp.com>: host mx.kakaocorp.com[203.0.113.25] said:
    550 5.1.1 <policy-old@kakaocorp.com>: Recipient address rejected:
    User unknown
--=_dsn972
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Fri, 13 Sep 2024 10:00:03 +0900

Final-Recipient: rfc822; policy-old@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown
--=_dsn972
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: policy-old@kakaocorp.com
Subject: [KCSC-240913-05] 게시물 삭제 요청
Message-ID: <req-240913-05@kcsc.example>
--=_dsn972--
"""
case(name="bounce-kakao-old-address", date="Fri, 13 Sep 2024 10:00:05 +0900",
     **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
     auth="none",
     subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     outcome="ignored", classification="bounce",
     imitates="Postfix DSN (RFC 3464)",
     why="delivery failure of our own request",
     items={}, raw_mime=DSN)

MDN = f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn972"

--=_mdn972
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

귀하의 메일 "[KCSC-240911-04] 게시물 게시중단 요청"을(를) 수신자가 2024-09-11 15:02에 읽었습니다.
--=_mdn972
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <req-240911-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
--=_mdn972--
"""
case(name="naver-read-receipt", date="Wed, 11 Sep 2024 15:02:11 +0900",
     **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
     subject="읽음: [KCSC-240911-04] 게시물 게시중단 요청",
     reply_to_req="req-240911-04",
     outcome="ignored", classification="read_receipt",
     imitates="MDN read receipt (RFC 8098) from a Korean webmail",
     why="read receipt",
     items={}, raw_mime=MDN)

case(name="tg-ticket-receipt", date="Mon, 09 Sep 2024 10:05:40 +0400",
     **{"from": "noreply@telegram.org"}, name_from="Telegram Support",
     subject="We received your report (KCSC-240909-03)",
     outcome="ignored", classification="acknowledgement",
     imitates="ticket-system receipt",
     why="pure acknowledgement with a ticket number",
     items={},
     body="""
Thank you for contacting Telegram.

We have received your report KCSC-240909-03 and created ticket #7720415. Our team will look into it. You don't need to reply to this email.

Telegram Support
""")

case(name="kakao-receipt-korean", date="Fri, 13 Sep 2024 10:20:00 +0900",
     **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
     subject="[카카오] 신고 접수 완료 안내",
     outcome="ignored", classification="acknowledgement",
     imitates="Kakao 신고 접수 완료 자동 안내",
     why="Korean receipt: 접수되었습니다 + 접수번호, nothing else",
     items={},
     body="""
안녕하세요. 카카오 고객센터입니다.

KCSC-240913-05 신고가 정상적으로 접수되었습니다.
접수번호: 2024091300417

처리 결과는 검토 후 이메일로 안내드립니다.
※ 본 메일은 발신 전용입니다.
""")

case(name="yt-receipt-echoing-urls", date="Thu, 05 Sep 2024 11:31:00 +0900",
     **{"from": "legal-noreply@google.com"}, name_from="Google Legal",
     subject="[0-5528000041234] Your legal request has been received",
     outcome="ignored", classification="acknowledgement",
     imitates="Google legal-request auto receipt echoing the submitted URLs",
     why="pure receipt; the echoed URLs carry no status",
     items={Y1: "pending", Y2: "pending"},
     body=f"""
Hello,

Thanks for contacting Google. We've received your request (reference KCSC-240905-02) regarding the following URLs:

{Y1}
{Y2}

We'll review your request and get back to you.

Google Legal Team
""")


HEADER = """# Blind set blind972 (focus: what a program gets wrong): written from each
# email's meaning alone, before any run of the reader. Generated by make.py.
"""


if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind972", HEADER, CASES)
