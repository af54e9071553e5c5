#!/usr/bin/env python3
"""Blind set blind942 (focus: what a program gets wrong).

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted (or corrected) by a note, statuses given by position.

    python3 tests/corpus/blind942/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning, before any run of
the reader.
"""
import base64
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind942"

# --- requests -------------------------------------------------------------
Y1 = "https://www.youtube.com/watch?v=q7Rt2mZk9Lw"
Y2 = "https://www.youtube.com/watch?v=Hc4nB0xPe1s"
Y3 = "https://www.youtube.com/watch?v=v3LkD8uWq2A"
Y4 = "https://www.youtube.com/watch?v=Zp0oE5sYt6M"
Y5 = "https://www.youtube.com/watch?v=b9GfJ1rNc4Q"
Y6 = "https://www.youtube.com/watch?v=mW2xT7hKa3E"
Y7 = "https://www.youtube.com/shorts/Tn8dR4yUo1P"
Y8 = "https://www.youtube.com/shorts/Lk5sA2wQe9Z"
Y9 = "https://www.youtube.com/@hanbit_toto_tv"
Y10 = "https://www.youtube.com/watch?v=Qe3uI6oPm0X"
Y11 = "https://www.youtube.com/watch?v=Rj7yH2cVn8B"
Y12 = "https://www.youtube.com/watch?v=Dg1wS5zXk4C"
Y13 = "https://www.youtube.com/watch?v=Fa6pL9mTb2N"
Y14 = "https://www.youtube.com/channel/UCx9Kd2Lm4Np7Qr1St3Uv5Wz"

X1 = "https://x.com/bluefin_odds/status/1831022233445566771"
X2 = "https://x.com/bluefin_odds/status/1831022233445566902"
X3 = "https://x.com/grayfox_tips/status/1830877001122334455"
X4 = "https://x.com/night_ledger7"
X5 = "https://x.com/casino_rowan/status/1831500012345678123"

T1 = "https://t.me/silverdeck_kr/118"
T2 = "https://t.me/silverdeck_kr/241"
T3 = "https://t.me/pinecone_bets"
T4 = "https://t.me/c_moonhouse/77"

N1 = "https://blog.naver.com/sokdari_99/223560114872"
N2 = "https://cafe.naver.com/dongnebet/4471"
N3 = "https://blog.naver.com/sokdari_99/223561998430"

K1 = "https://kkumtoli.tistory.com/entry/%ED%9B%84%EA%B8%B0-%EB%AA%A8%EC%9D%8C"
K1_RAW = "https://kkumtoli.tistory.com/entry/후기-모음"
K2 = "https://cafe.daum.net/haneulbet/Abcd/312"
K3 = "https://kkumtoli.tistory.com/58"

TT1 = "https://www.tiktok.com/@lucky_minu/video/7410223344556677881"
TT2 = "https://www.tiktok.com/@lucky_minu/video/7410229988776655442"

X6 = "https://x.com/sunny_parlay/status/1833300044455566677"

REQUESTS = [
    ("KCSC-240903-01", "youtube", "2024-09-03T10:00:00+09:00", "2024-09-10", "illegal_gambling",
     "req.240903-01@kcsc.example", "gambling promotion videos and channels",
     [Y1, Y2, Y3, Y4, Y5, Y6, Y7, Y8, Y9, Y10, Y11, Y12, Y13, Y14]),
    ("KCSC-240904-02", "x", "2024-09-04T11:00:00+09:00", "2024-09-11", "illegal_gambling",
     "req.240904-02@kcsc.example", "gambling site promotion", [X1, X2, X3, X4, X5]),
    ("KCSC-240905-03", "telegram", "2024-09-05T09:30:00+09:00", "2024-09-12", "illegal_gambling",
     "req.240905-03@kcsc.example", "betting channels", [T1, T2, T3, T4]),
    ("KCSC-240906-04", "naver", "2024-09-06T14:00:00+09:00", "2024-09-13", "illegal_gambling",
     "req.240906-04@kcsc.example", "blog and cafe posts", [N1, N2, N3]),
    ("KCSC-240909-05", "kakao", "2024-09-09T10:00:00+09:00", "2024-09-16", "illegal_gambling",
     "req.240909-05@kcsc.example", "tistory and daum cafe posts", [K1, K2, K3]),
    ("KCSC-240910-06", "tiktok", "2024-09-10T15:00:00+09:00", "2024-09-17", "illegal_gambling",
     "req.240910-06@kcsc.example", "promotion videos", [TT1, TT2]),
    ("KCSC-240911-07", "x", "2024-09-11T10:30:00+09:00", "2024-09-18", "illegal_gambling",
     "req.240911-07@kcsc.example", "single post", [X6]),
]


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
        for u in urls:
            lines.append(",".join([ref, plat, sent, due, u, cat, mid, note]))
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# --- MIME helpers ----------------------------------------------------------
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def single_part(ctype, cte, payload):
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: {cte}\n\n{payload.rstrip(chr(10))}\n")


YT_QUOTE = f"""On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear YouTube Legal team,
>
> Under KCSC-240903-01 we ask you to remove or restrict the following
> videos and channels, which promote unlicensed online gambling:
> {Y1}
> {Y2}
> {Y3}
> {Y4}
> {Y5}
> {Y6}
> {Y7}
> {Y8}
> (and six further URLs, see the attached list)
>
> KCSC Communications Standards Division
"""

X_ORIGINAL = f"""-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 11:00 AM
To: legal@x.com
Subject: [KCSC-240904-02] Request to remove posts

Dear X Legal,

Please remove or restrict the following posts and account, which promote
an unlicensed gambling site to users in the Republic of Korea:

1. {X1}
2. {X2}
3. {X3}
4. {X4}
5. {X5}

Regards,
KCSC Takedown desk
"""

CASES = []


def case(**kw):
    CASES.append(kw)


# ===================== applied =============================================
case(name="yt-mixed-one-sentence", date="Thu, 05 Sep 2024 16:12:40 +0900",
     **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
     subject="Re: [KCSC-240903-01] Request for removal of gambling promotion",
     reply_to_req="req.240903-01",
     body=f"""Hello,

Thank you for your notice about content on YouTube.

After reviewing the videos identified in your request, we removed {Y1} and {Y2} for violating our Community Guidelines, blocked {Y3} from view in South Korea on the basis of local law, and did not take action on {Y4}, which we found violates neither our policies nor the law you cited.

We will reply separately about the other URLs in your request.

Regards,
The YouTube Legal Support Team
https://support.google.com/youtube/answer/2801973
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal-removal reply summarising several outcomes in one sentence",
     why="one sentence carries removed, removed, restricted (KR) and a refusal with its reason",
     items={Y1: "removed", Y2: "removed", Y3: "restricted", Y4: "rejected"})

case(name="yt-html-table-corrected-by-note", date="Thu, 12 Sep 2024 11:03:09 +0900",
     **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
     subject="[KCSC-240903-01] Outcome of your request (part 2)",
     type="html",
     body=f"""<html><body>
<p>Dear KCSC team,</p>
<p>Please find below the outcome for part of your request KCSC-240903-01.</p>
<table border="1" cellpadding="4">
<tr><th>#</th><th>URL</th><th>Action</th></tr>
<tr><td>1</td><td>{Y5}</td><td>Removed &ndash; Community Guidelines</td></tr>
<tr><td>2</td><td>{Y6}</td><td>No action &ndash; not in violation</td></tr>
<tr><td>3</td><td>{Y7}</td><td>Blocked in KR</td></tr>
</table>
<p><b>Correction:</b> the Short in row 3 was escalated after this table was prepared and has since been removed from YouTube globally, not only in Korea.</p>
<p>Kind regards,<br>YouTube Legal Support</p>
</body></html>""",
     outcome="applied", classification="confirmation",
     imitates="YouTube/Google legal outcome table with an agent's correction note underneath",
     why="table: removed, no action, blocked in KR; the note then corrects row 3 to a global removal",
     items={Y5: "removed", Y6: "rejected", Y7: "removed"})

CSV_ATT = f"""url,decision,notes
{Y8},Removed,Spam and deceptive practices policy
{Y9},Terminated,Channel terminated
{Y10},Not found,Video ID does not exist
{Y11},No action,Does not violate Community Guidelines
{Y12},Age-restricted,
{Y13},Blocked (KR),Local legal removal - Republic of Korea only
"""
case(name="yt-csv-attachment", date="Fri, 13 Sep 2024 09:40:00 +0900",
     **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
     subject="RE: [KCSC-240903-01] status sheet",
     reply_to_req="req.240903-01",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="=_yt942csv"

--=_yt942csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hi,

Attached is the status sheet for the URLs in KCSC-240903-01 that our team
has completed so far. URLs that are not in the sheet are still with the
reviewing team.

Best,
YouTube Legal Support

--=_yt942csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_status.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_status.csv"
Content-Transfer-Encoding: base64

{b64(CSV_ATT)}
--=_yt942csv--
""",
     outcome="applied", classification="confirmation",
     imitates="Google legal team status spreadsheet sent as a CSV attachment",
     why="six rows: removed, terminated, not found, no action, age-restricted, blocked in KR",
     items={Y8: "removed", Y9: "removed", Y10: "not_found", Y11: "rejected",
            Y12: "restricted", Y13: "restricted"})

case(name="yt-hedge-in-relative-clause", date="Mon, 09 Sep 2024 18:21:55 +0900",
     **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
     subject="Re: [KCSC-240903-01] Request for removal of gambling promotion",
     reply_to_req="req.240903-01",
     body=f"""Dear KCSC,

An update on KCSC-240903-01.

We have removed {Y10} under our policy on online gambling content.

{Y11}, which appears to have been taken down by the uploader before our review, was not actioned by our team.

{Y12}, which has now been age-restricted, is still being assessed under local law and may be removed later.

YouTube Legal Support
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal reply with per-video paragraphs and relative clauses",
     why="Y10 removed; Y11's only status is hedged ('appears to'), stays pending; Y12's relative clause states an age restriction, the main clause is a promise",
     items={Y10: "removed", Y11: "pending", Y12: "restricted"})

case(name="yt-negation-restricted-not-removed", date="Fri, 06 Sep 2024 10:15:02 +0900",
     **{"from": "noreply-legal@youtube.com"}, name_from="YouTube",
     subject="Your legal request KCSC-240903-01",
     body=f"""Hello,

Regarding {Y2}: this video has not been removed, but we have restricted access to it for viewers in South Korea in line with local law.

Regarding {Y3}: we were unable to locate this video. The video ID does not exist on YouTube.

You can follow the status of your request in the Legal Removals dashboard: https://support.google.com/legal/dashboard?hl=en

- YouTube Legal
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal-removal notification, one paragraph per URL",
     why="'has not been removed, but ... restricted' is a restriction; an unknown video ID is not_found; the dashboard link is no item",
     items={Y2: "restricted", Y3: "not_found"})

case(name="yt-urls-below-statements-gmail-quote", date="Tue, 10 Sep 2024 14:48:31 +0900",
     **{"from": "legal-support@google.com"}, name_from="Hana Lim (YouTube Legal)",
     subject="Re: [KCSC-240903-01] Request for removal of gambling promotion",
     reply_to_req="req.240903-01",
     body=f"""Hi,

The following videos have been removed from YouTube for violating our Community Guidelines:

  {Y6}
  {Y7}

The following video remains available. It was reviewed against our policies and local law and no violation was found:

  {Y8}

Best regards,
Hana
YouTube Legal Support

{YT_QUOTE}""",
     outcome="applied", classification="confirmation",
     imitates="Gmail reply from a Google legal specialist, URLs listed under each statement, request quoted below",
     why="two URLs under 'have been removed', one under 'remains available ... no violation'; quoted request changes nothing",
     items={Y6: "removed", Y7: "removed", Y8: "rejected"})

QP_BODY = f"""Dear KCSC team,

{Y9}
Status: Channel terminated for repeated violations of our spam and deceptive practices policy.

{Y14}
Status: Not found. There is no channel with this ID; it may have been entered incorrectly in your request.

Regards – YouTube Legal Support
"""
case(name="yt-bare-url-status-below-qp", date="Wed, 11 Sep 2024 08:30:12 +0900",
     **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
     subject="[KCSC-240903-01] Channels",
     raw_mime=single_part("text/plain", "quoted-printable", qp(QP_BODY)),
     outcome="applied", classification="confirmation",
     imitates="Google legal ticket update, quoted-printable, bare URL with a Status line under it",
     why="terminated channel is removed; 'Not found' is unhedged (the 'may' only guesses at the cause)",
     items={Y9: "removed", Y14: "not_found"})

case(name="yt-dsa-statement-of-reasons", date="Mon, 09 Sep 2024 21:05:44 +0900",
     **{"from": "noreply-legal@youtube.com"}, name_from="YouTube",
     subject="Statement of reasons - KCSC-240903-01",
     body=f"""Statement of reasons

Reference: KCSC-240903-01
Content: {Y4}
Type of restriction: Visibility - content blocked for users in the Republic of Korea
Territorial scope: KR
Facts and circumstances: notice submitted by a government authority
Ground for decision: illegal content under the law of the Republic of Korea
Automated detection: No
Automated decision: No

The uploader can appeal this decision: https://support.google.com/youtube/answer/185111
""",
     outcome="applied", classification="confirmation",
     imitates="DSA Art. 17 statement of reasons (visibility restriction, territorial scope)",
     why="a visibility restriction with territorial scope KR is a restriction; the appeal link is no item",
     items={Y4: "restricted"})

case(name="x-later-sentence-revises", date="Mon, 09 Sep 2024 13:37:20 +0900",
     **{"from": "legal-ops@x.com"}, name_from="X Legal",
     subject="Re: [KCSC-240904-02] Request to remove posts",
     reply_to_req="req.240904-02",
     body=f"""Hello,

We have reviewed the reported posts.

{X1} was initially withheld in the Republic of Korea on 5 September. Following an additional review by our Safety team, the post has since been removed from X globally for violating our rules on illegal goods and services.

{X2} has been reviewed and we are not taking action on it: it does not violate the X Rules and we did not find that it breaks Korean law.

Regards,
X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X legal-request outcome email with a later escalation",
     why="withheld, then removed globally: the later sentence is the current status; X2 refused with a reason",
     items={X1: "removed", X2: "rejected"})

case(name="x-negation-did-not-remove", date="Tue, 10 Sep 2024 09:02:11 +0900",
     **{"from": "legal-ops@x.com"}, name_from="X Legal",
     subject="Re: [KCSC-240904-02] Request to remove posts",
     reply_to_req="req.240904-02",
     body=f"""Hi,

We did not remove {X3}, because the post contains no link to or promotion of a gambling service and does not violate our rules.

The account {X4}, however, has been suspended for violating our rules on spam and illegal goods and services.

More on our enforcement options: https://help.x.com/en/rules-and-policies/enforcement-options

X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X support reply on a mixed legal request (refusal plus suspension)",
     why="'did not remove ... because' is a refusal with a reason; a suspended account is removed",
     items={X3: "rejected", X4: "removed"})

case(name="x-top-posted-outlook-quote", date="Thu, 05 Sep 2024 17:44:00 +0900",
     **{"from": "legal-ops@x.com"}, name_from="Mina Jo",
     subject="RE: [KCSC-240904-02] Request to remove posts",
     reply_to_req="req.240904-02",
     body=f"""Hi,

{X5} has been removed. We won't be taking action on {X3} since it doesn't violate the X Rules.

Thanks,
Mina
X Legal Operations

{X_ORIGINAL}""",
     outcome="applied", classification="confirmation",
     imitates="Outlook-style top-posted reply from an X legal operations agent over the quoted request",
     why="two statements above the -----Original Message----- line; the quoted numbered list is not a statement",
     items={X5: "removed", X3: "rejected"})

case(name="x-angle-brackets-wrapped", date="Fri, 06 Sep 2024 15:20:33 +0900",
     **{"from": "legal-ops@x.com"}, name_from="X Legal",
     subject="Re: [KCSC-240904-02] Request to remove posts",
     reply_to_req="req.240904-02",
     body="""Hello,

The following post has been withheld in South Korea in response to your
request:
<https://x.com/bluefin_odds/status/
1831022233445566902>

We have not withheld
<https://x.com/casino_rowan/status/1831500012345678123>, as we were unable
to identify a violation of Korean law in it.

X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X legal reply written in a mail client that wraps long URLs inside angle brackets",
     why="a wrapped URL in <> withheld in KR; a negated withholding with its reason is a refusal",
     items={X2: "restricted", X5: "rejected"})

case(name="x-echoed-report", date="Sat, 07 Sep 2024 02:11:48 +0900",
     **{"from": "no-reply@x.com"}, name_from="X",
     subject="Update on your report [KCSC-240904-02]",
     body=f"""Your report

Reported account: {X4}
Report reason: Illegal content - gambling (Republic of Korea)
Submitted: 4 September 2024

Our decision

The reported account has been withheld in: Republic of Korea (KR).
It remains visible in other countries.

Learn more about country withheld content:
https://help.x.com/en/rules-and-policies/post-withheld-by-country
""",
     outcome="applied", classification="confirmation",
     imitates="X automated report-outcome notice echoing the report before the decision",
     why="echoed report names the account; the decision is a country withholding",
     items={X4: "restricted"})

case(name="x-ack-phrase-plus-statement", date="Sun, 08 Sep 2024 10:09:10 +0900",
     **{"from": "legal-ops@x.com"}, name_from="X Legal",
     subject="Re: [KCSC-240904-02] Request to remove posts",
     reply_to_req="req.240904-02",
     body=f"""Thank you for your report. We have received it and reviewed the content.

The post {X3} has been removed for violating our illegal and regulated goods and services policy.

X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X legal reply opening with a receipt phrase",
     why="receipt phrase plus an unhedged removal is a confirmation, not an acknowledgement",
     items={X3: "removed"})

case(name="x-single-item-no-url", date="Fri, 13 Sep 2024 16:00:05 +0900",
     **{"from": "legal-ops@x.com"}, name_from="X Legal",
     subject="Re: KCSC-240911-07 Request to remove post",
     reply_to_req="req.240911-07",
     body="""Hello,

In response to your request, the reported post has been withheld in the
Republic of Korea. Users in other countries can still see it.

X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X legal reply to a one-item request, naming no URL",
     why="one-item request: 'the reported post has been withheld' in KR applies to its only item",
     items={X6: "restricted"})

case(name="tg-mixed-one-sentence", date="Sat, 07 Sep 2024 03:14:15 +0000",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
     subject="Re: KCSC-240905-03",
     body=f"""Hello,

Thank you for your report. {T1} and {T2} have been blocked, but we could not find {T3}, and {T4} does not violate the Telegram Terms of Service, so no action was taken on it.

Telegram Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram abuse-desk short reply",
     why="one sentence: blocked, blocked, could not find, no violation",
     items={T1: "removed", T2: "removed", T3: "not_found", T4: "rejected"})

case(name="tg-statuses-by-position", date="Sun, 08 Sep 2024 11:20:00 +0000",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
     subject="Re: KCSC-240905-03 betting channels",
     reply_to_req="req.240905-03",
     body=f"""Dear KCSC,

Your report listed these links:

1. {T1}
2. {T2}
3. {T3}
4. {T4}

Items 1 and 3 have been blocked. We were unable to locate item 2: the message no longer exists in the channel. Item 4 is in a channel that our moderators checked and found to be within our Terms of Service; it was left in place.

Telegram Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram abuse-desk reply that echoes the report as a numbered list and answers by number",
     why="statuses by item number of the list in the same (unquoted) email",
     items={T1: "removed", T3: "removed", T2: "not_found", T4: "rejected"})

TG_B64 = f"""Hi,

Re: KCSC-240905-03

The channel {T3} has been made unavailable to users in South Korea.
The link {T4} is invalid - there is no such public channel or post.

Telegram Support
"""
case(name="tg-base64-body", date="Mon, 09 Sep 2024 06:40:27 +0000",
     **{"from": "dsa@telegram.org"}, name_from="Telegram",
     subject="Your report",
     reply_to_req="req.240905-03",
     raw_mime=single_part("text/plain", "base64", b64(TG_B64)),
     outcome="applied", classification="confirmation",
     imitates="Telegram support reply sent base64-encoded",
     why="unavailable in South Korea is restricted; an invalid link is not_found",
     items={T3: "restricted", T4: "not_found"})

case(name="tg-refusal-with-reason", date="Tue, 10 Sep 2024 19:55:00 +0000",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
     subject="Re: KCSC-240905-03",
     reply_to_req="req.240905-03",
     body=f"""{T1} - blocked.
{T2} - we are not taking action. The post is a news report about a court case and does not itself promote gambling, so it does not violate our ToS.

--
Telegram Abuse
""",
     outcome="applied", classification="confirmation",
     imitates="terse Telegram abuse-desk line-per-URL answer",
     why="blocked is removed; refusal with its reason is rejected",
     items={T1: "removed", T2: "rejected"})

case(name="naver-mixed-korean-sentence", date="Mon, 09 Sep 2024 15:30:00 +0900",
     **{"from": "policy@navercorp.com"}, name_from="NAVER 고객센터",
     subject="[NAVER] KCSC-240906-04 게시물 처리 결과 안내",
     reply_to_req="req.240906-04",
     body=f"""안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 KCSC-240906-04 건의 처리 결과를 안내드립니다.

요청하신 게시물 중 {N1} 은(는) 게시중단 조치하였고, {N2} 은(는) 작성자가 이미 삭제하여 확인되지 않으며, {N3} 은(는) 검토 결과 관련 법령 및 운영정책 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.

감사합니다.
네이버 고객센터 드림
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 고객센터 처리 결과 안내 (one long Korean sentence)",
     why="게시중단 / 작성자가 이미 삭제 / 위반 사항 없어 조치하지 않음 in one sentence",
     items={N1: "removed", N2: "not_found", N3: "rejected"})

case(name="naver-temp-measure-and-pending", date="Tue, 10 Sep 2024 10:05:00 +0900",
     **{"from": "policy@navercorp.com"}, name_from="NAVER",
     subject="Re: [KCSC-240906-04] 게시물 삭제 요청",
     reply_to_req="req.240906-04",
     body=f"""안녕하세요. NAVER 권리보호센터입니다.

요청하신 게시물에 대한 처리 현황을 알려드립니다.

[처리 결과]
- {N1} : 임시조치(30일) 완료
- {N2} : 카페 운영자 확인 중 (결과 확인 후 회신 예정)

나머지 게시물은 검토가 끝나는 대로 안내드리겠습니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 권리보호센터 임시조치 처리 현황 notice",
     why="임시조치 is restricted; '확인 중 ... 회신 예정' is no statement",
     items={N1: "restricted", N2: "pending"})

case(name="naver-html-table-korean", date="Wed, 11 Sep 2024 17:22:10 +0900",
     **{"from": "policy@navercorp.com"}, name_from="NAVER",
     subject="[KCSC-240906-04] 시정요구 조치결과 회신",
     type="html",
     body=f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>시정요구(KCSC-240906-04)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치 결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{N1}</td><td>게시중단</td><td>2024-09-10</td></tr>
<tr><td>2</td><td>{N2}</td><td>임시조치</td><td>2024-09-10</td></tr>
<tr><td>3</td><td>{N3}</td><td>해당 게시물 없음 (작성자 삭제)</td><td>-</td></tr>
</table>
<p>네이버 주식회사 드림</p>
</body></html>""",
     outcome="applied", classification="confirmation",
     imitates="시정요구 조치결과 table in the style Korean portals return to KCSC",
     why="게시중단 removed, 임시조치 restricted, 게시물 없음 (작성자 삭제) not_found",
     items={N1: "removed", N2: "restricted", N3: "not_found"})

case(name="naver-fullwidth-punctuation", date="Thu, 12 Sep 2024 09:12:00 +0900",
     **{"from": "policy@navercorp.com"}, name_from="NAVER",
     subject="Re: [KCSC-240906-04] 게시물 삭제 요청",
     reply_to_req="req.240906-04",
     body=f"""안녕하세요. 네이버입니다.

요청 건 중 아래 게시물의 조치를 완료하였습니다.

① {N2}：블라인드 처리 완료
② {N3}，비공개 처리 완료（운영정책 위반）

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER cafe/blog 블라인드·비공개 notice written with full-width punctuation",
     why="블라인드 and 비공개 처리 are removals; full-width colon and comma end the URLs",
     items={N2: "removed", N3: "removed"})

case(name="kakao-korean-particles", date="Wed, 11 Sep 2024 14:40:00 +0900",
     **{"from": "safety@kakaocorp.com"}, name_from="Kakao Safety",
     subject="[카카오] KCSC-240909-05 요청 처리 결과",
     reply_to_req="req.240909-05",
     body=f"""안녕하세요, 카카오 고객보호팀입니다.

요청하신 게시물의 처리 결과를 안내드립니다.

{K1_RAW} 게시글은 게시중단 조치를 완료하였습니다.
{K3}은 국내 접속이 차단되도록 접근 제한 조치하였습니다.
{K2} 게시글은 확인 결과 이미 삭제된 게시글입니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao (Tistory / Daum cafe) 게시중단 처리 결과 notice",
     why="raw Korean path matches its percent-encoded form; '58은' carries a particle; 이미 삭제된 is not_found",
     items={K1: "removed", K3: "restricted", K2: "not_found"})

case(name="kakao-later-revision", date="Thu, 12 Sep 2024 16:03:00 +0900",
     **{"from": "cafe-policy@daum.net"}, name_from="Daum 카페",
     subject="Re: [KCSC-240909-05] 게시물 조치 요청",
     reply_to_req="req.240909-05",
     body=f"""안녕하세요. Daum 카페 운영정책 담당입니다.

{K2} 게시글에 대해 9월 10일 접근 제한(임시조치)을 하였습니다.
이후 추가 검토 결과 운영정책 위반이 확인되어, 9월 12일 해당 게시글을 영구 삭제하였습니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="Daum 카페 운영정책 notice reporting a restriction later turned into deletion",
     why="the later sentence (영구 삭제) supersedes the earlier restriction",
     items={K2: "removed"})

case(name="tiktok-removed-and-refused", date="Fri, 13 Sep 2024 12:00:00 +0900",
     **{"from": "legal@tiktok.com"}, name_from="TikTok Trust & Safety",
     subject="Re: KCSC-240910-06 promotion videos",
     reply_to_req="req.240910-06",
     body=f"""Hi KCSC,

Thanks for your report. We've reviewed both videos.

• {TT1} – removed for violating our Community Guidelines on gambling.
• {TT2} – after careful review, this video does not violate our Community Guidelines or local law, so it will stay up.

TikTok Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="TikTok report-outcome email (bullets per video)",
     why="removed; refusal with reason ('will stay up' is the refusal, not a promise)",
     items={TT1: "removed", TT2: "rejected"})

# ===================== review ==============================================
case(name="yt-promise-will-be-removed", date="Wed, 04 Sep 2024 13:00:00 +0900",
     **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
     subject="Re: [KCSC-240903-01] Request for removal of gambling promotion",
     reply_to_req="req.240903-01",
     body=f"""Hello,

Thank you for your request KCSC-240903-01.

The videos {Y1} and {Y2} will be removed once our specialists have completed their verification, which normally takes two to three business days. We will write again when that is done.

YouTube Legal Support
""",
     outcome="review", review="not_understood",
     imitates="Google legal interim reply promising action",
     why="'will be removed once ...' is a promise: nothing stated, items named",
     items={Y1: "pending", Y2: "pending"})

case(name="x-hedge-may-already-be-deleted", date="Thu, 05 Sep 2024 09:45:00 +0900",
     **{"from": "legal-ops@x.com"}, name_from="X Legal",
     subject="Re: [KCSC-240904-02] Request to remove posts",
     reply_to_req="req.240904-02",
     body=f"""Hi,

It looks like {X1} and {X2} may have already been deleted by the account holder; we are unable to confirm this from our side at the moment. We'll follow up once we know more.

X Legal
""",
     outcome="review", review="not_understood",
     imitates="X legal agent's hedged interim reply",
     why="'looks like ... may have' and 'unable to confirm' are hedges, not statements",
     items={X1: "pending", X2: "pending"})

case(name="tg-conditional", date="Fri, 06 Sep 2024 08:00:00 +0000",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
     subject="Re: KCSC-240905-03",
     reply_to_req="req.240905-03",
     body=f"""Hello,

If the channel {T3} is confirmed to be aimed at users in Korea, it would be restricted there. The post {T2} would be blocked only if it links to an unlicensed operator, which our moderators are still checking.

We will get back to you once the review is complete.

Telegram Abuse Team
""",
     outcome="review", review="not_understood",
     imitates="Telegram abuse-desk conditional interim reply",
     why="conditions and 'still checking': no status for either named item",
     items={T3: "pending", T2: "pending"})

case(name="tg-retraction-not-yet-blocked", date="Sat, 07 Sep 2024 16:30:00 +0000",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
     subject="Correction: KCSC-240905-03",
     reply_to_req="req.240905-03",
     body=f"""Hello again,

A correction to my email from this morning: {T1} has NOT been blocked yet. It is still with our moderators, and I wrote too early. I will confirm once it is actually done.

Apologies for the confusion.
Telegram Abuse Team
""",
     outcome="review", review="not_understood",
     imitates="abuse-desk agent retracting an earlier premature confirmation",
     why="'has NOT been blocked yet ... still with our moderators' is no status; the word 'blocked' is negated",
     items={T1: "pending"})

case(name="yt-bulk-all-removed", date="Tue, 17 Sep 2024 10:00:00 +0900",
     **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
     subject="Re: [KCSC-240903-01] Request for removal of gambling promotion",
     reply_to_req="req.240903-01",
     body="""Hello,

We have completed our review of KCSC-240903-01. All of the videos and
channels listed in your notice have been removed from YouTube.

YouTube Legal Support
""",
     outcome="review", review="bulk",
     imitates="Google legal closing email for a whole notice",
     why="one statement about a 14-item request without naming any item",
     items={Y1: "pending", Y9: "pending", Y14: "pending"})

case(name="kakao-bulk-korean", date="Fri, 13 Sep 2024 11:11:00 +0900",
     **{"from": "safety@kakaocorp.com"}, name_from="Kakao Safety",
     subject="[카카오] KCSC-240909-05 처리 완료",
     reply_to_req="req.240909-05",
     body="""안녕하세요, 카카오 고객보호팀입니다.

KCSC-240909-05 건으로 요청하신 게시물 3건에 대해 모두 삭제 조치를 완료하였습니다.

감사합니다.
""",
     outcome="review", review="bulk",
     imitates="Kakao 일괄 처리 완료 notice",
     why="'3건 모두 삭제' names no item; the request has three",
     items={K1: "pending", K2: "pending", K3: "pending"})

case(name="naver-auth-fail", date="Tue, 10 Sep 2024 22:47:00 +0900",
     **{"from": "policy@navercorp.com"}, name_from="NAVER",
     auth="fail",
     subject="[KCSC-240906-04] 처리 결과",
     body=f"""안녕하세요.

{N1} 게시물은 게시중단 처리되었습니다.
{N2} 게시물은 게시중단 처리되었습니다.

네이버
""",
     outcome="review", review="untrusted",
     imitates="NAVER 게시중단 notice whose DKIM/SPF/DMARC fail",
     why="platform domain failing authentication",
     items={N1: "pending", N2: "pending"})

case(name="yt-unknown-sender-law-firm", date="Wed, 11 Sep 2024 12:00:00 +0900",
     **{"from": "jseo@brightcounsel.example"}, name_from="Jiwoo Seo",
     subject="KCSC-240903-01 - voluntary removal by our client",
     body=f"""Dear Sir or Madam,

We act for the operator of the channel {Y9}.

Our client has voluntarily deleted the video {Y1} and asks that the request KCSC-240903-01 be closed in respect of that channel.

Yours faithfully,
Jiwoo Seo
Bright Counsel
""",
     outcome="review", review="unknown_sender",
     imitates="uploader's lawyer writing to the regulator",
     why="sender is no platform; states a deletion of a requested item",
     items={Y1: "pending", Y9: "pending"})

case(name="kakao-wrong-platform", date="Mon, 09 Sep 2024 17:00:00 +0900",
     **{"from": "safety@kakaocorp.com"}, name_from="Kakao Safety",
     subject="Re: [KCSC-240906-04] 게시물 삭제 요청",
     reply_to_req="req.240906-04",
     body=f"""안녕하세요, 카카오 고객보호팀입니다.

보내주신 요청(KCSC-240906-04)의 게시물 {N1} 은 네이버 블로그 게시물로, 확인 결과 현재 삭제되어 접속되지 않는 상태입니다.
당사 서비스의 게시물이 아니므로 당사의 조치 대상이 아님을 알려드립니다.

감사합니다.
""",
     outcome="review", review="wrong_platform",
     imitates="Kakao reply to a request misdirected to it (a NAVER blog post)",
     why="Kakao states a status for a NAVER item",
     items={N1: "pending"})

case(name="x-table-conflicts-with-note", date="Mon, 16 Sep 2024 14:14:00 +0900",
     **{"from": "legal-ops@x.com"}, name_from="X Legal",
     subject="Re: KCSC-240911-07 Request to remove post",
     reply_to_req="req.240911-07",
     body=f"""Case summary

| Reported URL | Action |
|---|---|
| {X6} | Withheld (KR) |

Note from the reviewer: after checking this post against local law with our counsel, we did not find a basis to act, and the post has been left up.

X Legal
""",
     outcome="review", review="conflicting_statements",
     imitates="X case summary table followed by a reviewer's free-text note",
     why="table says withheld in KR, the note says no action; neither says it corrects the other",
     items={X6: "pending"})

case(name="tg-no-claims-notice", date="Mon, 16 Sep 2024 07:00:00 +0000",
     **{"from": "abuse@telegram.org"}, name_from="Telegram",
     subject="Changes to abuse reporting",
     body="""Hello,

Please note that from 16 September our abuse desk handles reports about public
channels through the in-app form and at dsa@telegram.org. Emails sent to the
old address will still be read, but answers may take longer.

https://telegram.org/faq#q-there-39s-illegal-content-on-telegram-how-do-i-take-it-down

Telegram
""",
     outcome="review", review="no_claims", classification="other",
     imitates="Telegram process-change notice to reporters",
     why="trusted platform mail naming no item and no request",
     items={})

case(name="naver-asks-more", date="Mon, 09 Sep 2024 11:30:00 +0900",
     **{"from": "policy@navercorp.com"}, name_from="NAVER",
     subject="Re: [KCSC-240906-04] 게시물 삭제 요청 - 추가 자료 요청",
     reply_to_req="req.240906-04",
     body=f"""안녕하세요. NAVER 권리보호센터입니다.

KCSC-240906-04 관련하여, {N2} 게시글의 경우 불법성 판단을 위해 심의 의결서 사본 또는 관련 근거 자료를 추가로 회신해 주시기 바랍니다.
자료 확인 후 조치 여부를 안내드리겠습니다.

감사합니다.
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="NAVER 권리보호센터 추가 자료 요청",
     why="asks for the deliberation document before acting",
     items={N2: "pending"})

# ===================== ignored =============================================
case(name="google-out-of-office", date="Tue, 03 Sep 2024 10:01:12 +0900",
     **{"from": "dkwon@google.com"}, name_from="Daniel Kwon",
     subject="Automatic reply: [KCSC-240903-01] Request for removal of gambling promotion",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     reply_to_req="req.240903-01",
     body=f"""I am out of the office until 16 September with limited access to email.
For urgent legal removal matters please use the legal webform:
https://support.google.com/legal/answer/3110420

Your message:
> Under KCSC-240903-01 we ask you to remove or restrict the following
> {Y1}
> {Y2}
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook/Gmail out-of-office auto-reply quoting the request",
     why="auto-reply; quoted URLs are no statements",
     items={})

DSN_ORIG = f"""From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@x.com
Subject: [KCSC-240904-02] Request to remove posts
Date: Wed, 04 Sep 2024 11:00:00 +0900
Message-ID: <req.240904-02@kcsc.example>
Content-Type: text/plain; charset=utf-8

Please remove the following posts:
{X1}
{X2}
"""
case(name="x-dsn-bounce", date="Wed, 04 Sep 2024 11:00:09 +0900",
     **{"from": "mailer-daemon@x.com"}, name_from="Mail Delivery Subsystem",
     subject="Undelivered Mail Returned to Sender",
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn942x"

--dsn942x
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail2.x.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@x.com>: host mail2.x.com said: 550 5.1.1 user unknown

--dsn942x
Content-Type: message/delivery-status

Reporting-MTA: dns; mail2.x.com
Arrival-Date: Wed, 04 Sep 2024 11:00:02 +0900

Final-Recipient: rfc822; legal-kr@x.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 user unknown

--dsn942x
Content-Type: message/rfc822

{DSN_ORIG}
--dsn942x--
""",
     outcome="ignored", classification="bounce",
     imitates="Postfix-style DSN returning the request with its body",
     why="bounce; the returned request text is ours",
     items={})

case(name="naver-read-receipt", date="Fri, 06 Sep 2024 14:35:00 +0900",
     **{"from": "policy@navercorp.com"}, name_from="NAVER",
     subject="읽음 확인: [KCSC-240906-04] 게시물 삭제 요청",
     raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn942n"

--mdn942n
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "[KCSC-240906-04] 게시물 삭제 요청"을(를) 수신자가 2024-09-06 14:35에 읽었습니다.

--mdn942n
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <req.240906-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn942n--
""",
     outcome="ignored", classification="read_receipt",
     imitates="Korean mail client read receipt (MDN)",
     why="read receipt",
     items={})

case(name="tiktok-ticket-receipt", date="Tue, 10 Sep 2024 15:02:00 +0900",
     **{"from": "noreply@tiktok.com"}, name_from="TikTok Support",
     subject="We've received your report [KCSC-240910-06]",
     body="""Hi,

We've received your report. Your ticket number is #TT-88120453.

Our team will review the content you reported and contact you by email.
Please keep the ticket number for future reference.

TikTok Support
""",
     outcome="ignored", classification="acknowledgement",
     imitates="TikTok ticket-system receipt",
     why="pure receipt, no statement",
     items={})

case(name="kakao-out-of-office-korean", date="Mon, 09 Sep 2024 10:00:40 +0900",
     **{"from": "jh.park@kakaocorp.com"}, name_from="박지훈",
     subject="[자동응답] 부재중입니다",
     extra_headers=["Auto-Submitted: auto-replied"],
     reply_to_req="req.240909-05",
     body="""안녕하세요, 박지훈입니다.
9월 9일부터 9월 13일까지 휴가로 부재중입니다.
급한 용무는 고객보호팀(safety@kakaocorp.com)으로 연락 부탁드립니다.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Korean 부재중 auto-reply",
     why="auto-reply",
     items={})

case(name="tg-pure-acknowledgement", date="Thu, 05 Sep 2024 01:00:30 +0000",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
     subject="Re: KCSC-240905-03",
     reply_to_req="req.240905-03",
     body="""Thank you for your message. It has been received and queued for review by
our team. Please do not send the same report more than once.

Telegram Abuse Team
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Telegram abuse-desk automatic receipt",
     why="pure acknowledgement",
     items={})

DELAY_ORIG = f"""From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@google.com
Subject: [KCSC-240903-01] Request for removal of gambling promotion
Message-ID: <req.240903-01@kcsc.example>

Please remove the following videos, which have been reported as illegal:
{Y1}
{Y2}
{Y3}
"""
case(name="yt-dsn-delayed", date="Tue, 03 Sep 2024 14:05:00 +0900",
     **{"from": "mailer-daemon@googlemail.com"}, name_from="Mail Delivery Subsystem",
     subject="Delivery Status Notification (Delay)",
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn942y"

--dsn942y
Content-Type: text/plain; charset=utf-8

** Delivery delayed **

There was a temporary problem delivering your message to legal-kr@google.com.
We will keep retrying for 46 more hours. You will be notified if delivery
fails permanently.

--dsn942y
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 03 Sep 2024 10:00:03 +0900

Final-Recipient: rfc822; legal-kr@google.com
Action: delayed
Status: 4.4.1
Will-Retry-Until: Thu, 05 Sep 2024 10:00:03 +0900

--dsn942y
Content-Type: message/rfc822

{DELAY_ORIG}
--dsn942y--
""",
     outcome="ignored", classification="bounce",
     imitates="Gmail 'Delivery Status Notification (Delay)'",
     why="delay DSN; the returned request says 'have been reported', not a status",
     items={})

HEADER = """# Blind set blind942 (focus: what a program gets wrong). Written by
# tests/corpus/blind942/make.py from the meaning of each email, before any
# run of the reader. Each case is judged alone on a fresh ledger holding
# requests.csv."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
