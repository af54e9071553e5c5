#!/usr/bin/env python3
"""Blind set 504: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by a note, statuses given by position. Written from the
meaning of each email, before any run of the reader.

    python3 tests/corpus/blind504/make.py

Deterministic: rewrites requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind504"

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/lucky_slot_kr/status/1831200000000000101",   # x1
    "https://x.com/lucky_slot_kr/status/1831200000000000178",   # x2
    "https://x.com/bada_casino/status/1831255500000000012",     # x3
    "https://x.com/bada_casino/status/1831255500000000399",     # x4
    "https://x.com/ice_courier_7/status/1831300011110000001",   # x5
    "https://x.com/ice_courier_7/status/1831300011110000555",   # x6
    "https://x.com/toto_major88/status/1831411112222000020",    # x7
    "https://x.com/toto_major88",                               # x8
    "https://x.com/night_pharm_kr/status/1831522223333000004",  # x9
    "https://twitter.com/night_pharm_kr/status/1831522223333000090",  # x10
    "https://x.com/hanbit_bet/status/1831633334444000007",      # x11
    "https://x.com/hanbit_bet/status/1831633334444000071",      # x12
    "https://x.com/gold_tip_room/status/1831744445555000013",   # x13
    "https://x.com/gold_tip_room/status/1831744445555000140",   # x14
]
T = [
    "https://t.me/ice_delivery_seoul/412",
    "https://t.me/ice_delivery_seoul/418",
    "https://t.me/bamboo_pharm/77",
    "https://t.me/gangnam_drop/1051",
]
Y = [
    "https://www.youtube.com/watch?v=Qm3vT8kLp2A",
    "https://www.youtube.com/watch?v=Zr7xN1cWb4E",
    "https://www.youtube.com/shorts/Hd9sK2mVq0U",
    "https://youtu.be/Lp4wR6tYe8N",
    "https://www.youtube.com/@coinking_tv",
]
N_RAW2 = "https://cafe.naver.com/부업정보/8812"
N = [
    "https://blog.naver.com/moonriver_77/223561200871",
    "https://cafe.naver.com/%EB%B6%80%EC%97%85%EC%A0%95%EB%B3%B4/8812",
    "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=401&docId=471112233",
]
K = [
    "https://sunny-bet.tistory.com/37",
    "https://cafe.daum.net/totoparty/Jq1x/215",
]
TT = "https://www.tiktok.com/@pill_shop_kr/video/7412345678901234567"
Y2 = [
    "https://www.youtube.com/watch?v=Vb2nM8xQw5R",
    "https://www.youtube.com/watch?v=Kt6pJ3hFs1D",
]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240903-01", "x", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", X,
     "illegal gambling, drugs", 'batch of 14 posts; "withhold in KR" acceptable'),
    ("KCSC-240904-02", "telegram", "2024-09-04T11:30:00+09:00", "2024-09-11T18:00:00+09:00", T,
     "drugs", "channels advertise delivery, Seoul area"),
    ("KCSC-240905-03", "youtube", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00", Y,
     "fraud", 'investment scam, incl. channel "coinking_tv"'),
    ("KCSC-240906-04", "naver", "2024-09-06T14:10:00+09:00", "2024-09-13T18:00:00+09:00", N,
     "illegal finance", "시정요구, 불법 대부 광고"),
    ("KCSC-240909-05", "kakao", "2024-09-09T10:05:00+09:00", "2024-09-16T18:00:00+09:00", K,
     "illegal gambling", "Tistory blog + Daum cafe, same operator"),
    ("KCSC-240910-06", "tiktok", "2024-09-10T16:20:00+09:00", "2024-09-17T18:00:00+09:00", [TT],
     "drugs", "single video, sale of prescription pills"),
    ("KCSC-240911-07", "youtube", "2024-09-11T09:15:00+09:00", "2024-09-18T18:00:00+09:00", Y2,
     "obscene", "re-uploads, see KCSC-240905-03"),
]


def msgid(ref):
    return "req." + ref.lower() + "@kcsc.example"


def thread(ref):
    return "req." + ref.lower()


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, msgid(ref), note])


# ---------------------------------------------------------------- helpers
def subj(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def name(s):
    return subj(s)


def qp_part(text, ctype="text/plain"):
    body = quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + body)


def b64(data):
    if isinstance(data, str):
        data = data.strip("\n").encode("utf-8") + b"\n"
    enc = base64.b64encode(data).decode("ascii")
    return "\n".join(enc[i:i + 76] for i in range(0, len(enc), 76)) + "\n"


def b64_part(text, ctype="text/plain"):
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + b64(text))


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


REQUEST_BODY_X = "Dear X Legal team,\n\nUnder Article 44-7 of the Information and Communications Network Act,\nthe Korea Communications Standards Commission requests the removal of\nthe following 14 posts (reference KCSC-240903-01).\n\n" + "\n".join(
    f"{i + 1}. {u}" for i, u in enumerate(X)) + "\n\nRequested action: deletion or withholding in Korea.\n\nKCSC Takedown desk"

REQUEST_BODY_T = "Dear Telegram,\n\nPlease remove the following messages offering illegal drugs\n(reference KCSC-240904-02):\n\n" + "\n".join(
    f"{i + 1}. {u}" for i, u in enumerate(T)) + "\n\nKind regards,\nKCSC Takedown desk"


def html_doc(inner):
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial,sans-serif\">\n"
            + inner.strip("\n") + "\n</body></html>")


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(name="x-mixed-statuses-one-sentence", **{"from": "legal-support@x.com"},
     date="Mon, 09 Sep 2024 02:14:09 +0000",
     subject="Re: [KCSC-240903-01] Request to remove illegal content",
     reply_to_req=thread("KCSC-240903-01"),
     body=f"""
Hello,

Thank you for your request. We have reviewed the reported posts under
local law and the X Rules.

We have withheld {X[0]} and {X[1]} in South Korea, while {X[2]} has been removed globally for violating our illegal and regulated goods policy, and {X[3]}, which seems to have been deleted by the account holder before our review, could not be located.

The remaining posts from your request are still with our team.

Regards,
X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X legal request outcome email (country withheld content)",
     why="one sentence: two withheld in KR, one removed globally, one not located (hedge only in the relative clause)",
     items={X[0]: "restricted", X[1]: "restricted", X[2]: "removed", X[3]: "not_found"})

case(name="x-refusal-top-posted-outlook", **{"from": "dana.k@x.com"},
     name_from="Dana K",
     date="Mon, 09 Sep 2024 07:41:55 +0000",
     subject="RE: [KCSC-240903-01] Request to remove illegal content",
     body=f"""
Hi,

Following our review, we will not take action on {X[4]}. The post is a
news report about a court case; it does not violate the X Rules and we did
not find it to be illegal under the Korean law you cited.

{X[5]} has been withheld in South Korea.

Best,
Dana
X Legal Operations

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: legal@x.com
Subject: [KCSC-240903-01] Request to remove illegal content

{REQUEST_BODY_X}
""",
     outcome="applied", classification="confirmation",
     imitates="Outlook top-posted reply by an X legal operations employee",
     why="refusal with its reason for x5, withheld in KR for x6; the quoted request below the Original Message line asks for deletion of all 14",
     items={X[4]: "rejected", X[5]: "restricted"})

case(name="x-correction-of-earlier-reply", **{"from": "legal-support@x.com"},
     date="Tue, 10 Sep 2024 08:03:12 +0000",
     subject="Correction: [KCSC-240903-01] Request to remove illegal content",
     reply_to_req=thread("KCSC-240903-01"),
     body=f"""
Hello again,

A correction to our reply of this morning about KCSC-240903-01. We told you
that {X[6]} had been withheld in South Korea. That was a mistake on our
side: after a second look, the post was removed globally under our illegal
gambling policy.

The account {X[7]} itself is withheld in South Korea, as stated earlier.

Apologies for the confusion.
X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X legal follow-up correcting an earlier outcome",
     why="the earlier 'withheld' is reported speech corrected by the next sentence: x7 removed; the account x8 withheld in KR",
     items={X[6]: "removed", X[7]: "restricted"})

case(name="x-outcome-by-number", **{"from": "legal-support@x.com"},
     date="Tue, 10 Sep 2024 11:20:40 +0000",
     subject="Your legal request KCSC-240903-01 - batch 2",
     body=f"""
Hello,

Posts reviewed in this batch:
(1) {X[8]}
(2) {X[9]}
(3) {X[10]}

Outcome: (1) and (3) have been withheld in South Korea. (2) was reviewed
and no action was taken, because it does not break the X Rules and we
found no legal basis to withhold it.

X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X legal batch outcome with numbered posts",
     why="statuses given by number in the platform's own list: (1),(3) withheld in KR, (2) refused with reason",
     items={X[8]: "restricted", X[9]: "rejected", X[10]: "restricted"})

case(name="x-html-table-then-note", **{"from": "legal-support@x.com"},
     date="Wed, 11 Sep 2024 05:55:02 +0000",
     subject="Outcome of legal request KCSC-240903-01",
     type="html",
     body=html_doc(f"""
<p>Hello,</p>
<p>Please see the outcome for the posts below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action</th><th>Comment</th></tr>
<tr><td><a href="{X[8]}">{X[8]}</a></td><td>Removed</td><td>Illegal goods</td></tr>
<tr><td><a href="{X[9]}">{X[9]}</a></td><td>Withheld (KR)</td><td>Local law</td></tr>
<tr><td><a href="{X[10]}">{X[10]}</a></td><td>No action</td><td>No violation found</td></tr>
<tr><td><a href="{X[11]}">{X[11]}</a></td><td>Not found</td><td>Post unavailable</td></tr>
</table>
<p><b>Note:</b> after this table was generated, {X[9]} was escalated and has
now been removed globally. It is no longer only withheld in Korea.</p>
<p>X Legal</p>
"""),
     outcome="applied", classification="confirmation",
     imitates="X legal outcome table in HTML with an agent's note",
     why="table row 2 says withheld (KR) but the note after it says the post has since been removed globally: the later note wins",
     items={X[8]: "removed", X[9]: "removed", X[10]: "rejected", X[11]: "not_found"})

case(name="x-echoed-report-blocks", **{"from": "noreply@x.com"},
     date="Wed, 11 Sep 2024 09:12:44 +0000",
     subject="Update on your report",
     body=f"""
Hello,

We've reviewed the content you reported on behalf of KCSC (your reference:
KCSC-240903-01).

Reported content: {X[12]}
Decision: Withheld in: KR
Reason: Local law - illegal online gambling (Korea)

Reported content: {X[13]}
Decision: No action taken
Reason: We did not find a violation of the X Rules or of the local law cited.

You can learn more about how we handle legal requests at
https://help.x.com/en/rules-and-policies/x-legal-faqs

Thanks,
X
""",
     outcome="applied", classification="confirmation",
     imitates="X automated 'Update on your report' outcome echoing the reported content",
     why="two echoed blocks, each with its decision: x13 withheld in KR, x14 no action with reason; help link is no item",
     items={X[12]: "restricted", X[13]: "rejected"})

case(name="x-korean-base64", **{"from": "legal-kr@x.com"},
     name_from=name("X 법무팀"),
     date="Thu, 12 Sep 2024 01:30:00 +0000",
     subject=subj("Re: KCSC-240903-01 시정요구 처리 결과"),
     raw_mime=b64_part(f"""
안녕하세요, X 법무팀입니다.

KCSC-240903-01 요청에 대한 처리 결과를 알려드립니다.

{X[11]} 게시물은 대한민국에서 보류(withheld) 조치되었습니다.
{X[0]} 게시물은 X 규칙 위반으로 삭제되었습니다.

감사합니다.
"""),
     outcome="applied", classification="confirmation",
     imitates="X Korean-language legal reply, base64 body",
     why="base64 Korean: x12 withheld in Korea, x1 deleted",
     items={X[11]: "restricted", X[0]: "removed"})

case(name="x-one-done-two-promised", **{"from": "legal-support@x.com"},
     date="Fri, 06 Sep 2024 03:44:19 +0000",
     subject="Re: [KCSC-240903-01] Request to remove illegal content",
     body=f"""
Hi KCSC team,

Quick update on KCSC-240903-01: {X[4]} has been removed for violating our
policy on illegal goods.

We will review {X[5]} and {X[6]} next and will let you know the outcome
once we have made a decision.

X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X legal interim update",
     why="x5 removed; x6 and x7 only promised a review, they stay pending",
     items={X[4]: "removed", X[5]: "pending", X[6]: "pending"})

case(name="tg-hedge-in-relative-clause", **{"from": "abuse@telegram.org"},
     name_from="Telegram Abuse",
     date="Thu, 05 Sep 2024 13:02:31 +0000",
     subject="Re: KCSC-240904-02 drug sales channels",
     body=f"""
Hello,

Thank you for your report KCSC-240904-02.

We have taken down {T[0]} and {T[1]} for selling illegal drugs.

{T[3]}, which may be run by the same seller, is still being reviewed by our
moderators.

Telegram Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram abuse desk reply",
     why="two taken down; the fourth is 'still being reviewed' (the hedge in its relative clause is about the seller)",
     items={T[0]: "removed", T[1]: "removed", T[3]: "pending"})

case(name="tg-not-removed-with-reason", **{"from": "abuse@telegram.org"},
     name_from="Telegram Abuse",
     date="Fri, 06 Sep 2024 10:18:07 +0000",
     subject="Re: KCSC-240904-02",
     body=f"""
Hi,

Re: KCSC-240904-02

Posts {T[0]} and {T[1]} were not removed. Our moderators checked them and
found that they do not violate the Telegram Terms of Service: both are
warnings published by a harm-reduction group, not offers to sell anything.

{T[2]} was removed.

-- 
Telegram Abuse
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram abuse desk refusal with reasons",
     why="'were not removed' plus the reason is a refusal for t1 and t2; t3 removed",
     items={T[0]: "rejected", T[1]: "rejected", T[2]: "removed"})

case(name="tg-status-on-next-line", **{"from": "dsa@telegram.org"},
     name_from="Telegram",
     date="Sat, 07 Sep 2024 06:40:00 +0000",
     subject="Your report has been processed",
     reply_to_req=thread("KCSC-240904-02"),
     body=f"""
Hello,

Your report has been processed. Case #5520174.

{T[0]}
Status: blocked for users in South Korea

{T[2]}
Status: removed

{T[3]}
Status: no violation found, no action taken

Telegram
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram DSA/abuse ticket outcome with per-link status lines",
     why="bare URL with its status on the line below: t1 blocked in KR, t3 removed, t4 refused",
     items={T[0]: "restricted", T[2]: "removed", T[3]: "rejected"})

case(name="tg-url-below-statement", **{"from": "support@telegram.org"},
     name_from="Telegram Support",
     date="Sun, 08 Sep 2024 12:25:50 +0000",
     subject="Re: [KCSC-240904-02] removal request",
     body=f"""
Hi,

The following message has been removed:
<{T[2]}>

We could not find the following message. It may have been deleted by its
author before we looked at it:
<{T[3]}>

Regards,
Telegram Support
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram support reply, URLs in angle brackets below their statements",
     why="statement line, then URL below it: t3 removed, t4 could not be found (the hedge is only about why)",
     items={T[2]: "removed", T[3]: "not_found"})

case(name="tg-receipt-with-action", **{"from": "abuse@telegram.org"},
     name_from="Telegram Abuse",
     date="Wed, 04 Sep 2024 15:51:12 +0000",
     subject="Re: KCSC-240904-02 drug sales channels",
     body=f"""
Thanks, we have received your report (Case #5520188).

We have already blocked {T[2]} for all users. The other links in your
report are in the queue.

Telegram Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="Telegram receipt with an immediate action",
     why="acknowledgement phrase plus an unhedged statement: t3 blocked for all users (global)",
     items={T[2]: "removed"})

case(name="yt-legal-three-outcomes", **{"from": "legal-notices@google.com"},
     name_from="Google Legal",
     date="Mon, 09 Sep 2024 22:10:03 +0000",
     subject="[KCSC-240905-03] Your legal request to YouTube",
     body=f"""
Hello,

Thank you for contacting Google with your legal request (KCSC-240905-03).

After reviewing the content at the URLs you provided, we have blocked the
following content from view on YouTube in South Korea:
{Y[0]}

We have removed the following content for violating YouTube's Community
Guidelines:
{Y[2]}

We did not take action on the following content, as we did not find it to
violate our policies or to be unlawful under the law cited in your request:
{Y[1]}

For more information, see https://support.google.com/legal/answer/3110420 .

Regards,
The YouTube Legal Team
""",
     outcome="applied", classification="confirmation",
     imitates="Google/YouTube legal removal outcome template",
     why="three headed groups with the URL below each: blocked in KR, removed, no action with reason",
     items={Y[0]: "restricted", Y[2]: "removed", Y[1]: "rejected"})

case(name="yt-private-appears", **{"from": "legal-notices@google.com"},
     name_from="Google Legal",
     date="Tue, 10 Sep 2024 04:47:36 +0000",
     subject="Re: [KCSC-240905-03] Your legal request to YouTube",
     body=f"""
Hi,

Update on KCSC-240905-03.

{Y[3]} has been age-restricted.
We have terminated the channel {Y[4]} for repeated violations of our spam
and scams policy.
We could not review {Y[0]}, which appears to have been made private by
the uploader shortly after your request; if it becomes public again we will
assess it.

The YouTube Legal Team
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal update mixing actions and a video made private",
     why="y4 age-restricted, channel y5 terminated; y1 could not be reviewed and only 'appears' private: pending",
     items={Y[3]: "restricted", Y[4]: "removed", Y[0]: "pending"})

case(name="yt-korean-quoted-printable", **{"from": "legal-kr@google.com"},
     name_from=name("Google 법무팀"),
     date="Fri, 13 Sep 2024 02:05:44 +0000",
     subject=subj("[KCSC-240911-07] 삭제 요청 검토 결과"),
     raw_mime=qp_part(f"""
안녕하세요.
Google 법무팀입니다.

KCSC-240911-07 요청에 대해 검토한 결과를 안내드립니다.

- {Y2[0]} 동영상은 현지 법률에 따라 대한민국에서 시청할 수 없도록 제한되었습니다.
- {Y2[1]} 동영상은 커뮤니티 가이드 위반으로 YouTube에서 삭제되었습니다.

감사합니다.
"""),
     outcome="applied", classification="confirmation",
     imitates="Google Korean legal team reply, quoted-printable",
     why="QP Korean: y6 restricted in Korea, y7 deleted from YouTube",
     items={Y2[0]: "restricted", Y2[1]: "removed"})

_yt_csv = "url,outcome,detail\n" + "\n".join([
    f"{Y[0]},Blocked in KR,Local law",
    f"{Y[1]},Removed,Community Guidelines - scams",
    f"{Y[2]},No action,No policy violation or legal basis found",
    f"{Y[3]},Not found,Video unavailable at time of review",
    f"{Y[4]},Channel terminated,Spam and scams",
]) + "\n"
case(name="yt-csv-attachment", **{"from": "legal-notices@google.com"},
     name_from="Google Legal",
     date="Wed, 11 Sep 2024 23:30:10 +0000",
     subject="[KCSC-240905-03] Outcome of your request",
     raw_mime=f"""
Content-Type: multipart/mixed; boundary="b504-yt-csv"

--b504-yt-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for each URL in your request
KCSC-240905-03.

The YouTube Legal Team

--b504-yt-csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240905-03_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240905-03_outcome.csv"
Content-Transfer-Encoding: base64

{b64(_yt_csv)}
--b504-yt-csv--
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal outcome sent as a CSV attachment",
     why="CSV rows: blocked in KR, removed, no action, not found, channel terminated",
     items={Y[0]: "restricted", Y[1]: "removed", Y[2]: "rejected", Y[3]: "not_found", Y[4]: "removed"})

case(name="yt-rather-than-and-not-removed", **{"from": "legal-notices@google.com"},
     name_from="Google Legal",
     date="Thu, 12 Sep 2024 06:11:27 +0000",
     subject="Re: [KCSC-240905-03] Your legal request to YouTube",
     body=f"""
Hello,

About your request KCSC-240905-03:

Rather than restricting {Y[1]} in South Korea only, we removed it from
YouTube worldwide, since it also violates our Community Guidelines.

{Y[2]} was not removed and is not restricted: it does not violate our
policies, and we did not find it to be unlawful.

The YouTube Legal Team
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal reply explaining a global removal and a refusal",
     why="'rather than restricting … we removed' is removed; 'not removed and is not restricted' with a reason is rejected",
     items={Y[1]: "removed", Y[2]: "rejected"})

case(name="naver-kcsc-result-table", **{"from": "policy@navercorp.com"},
     name_from=name("네이버 정책지원팀"),
     date="Mon, 09 Sep 2024 05:20:00 +0000",
     subject=subj("[회신] 시정요구(KCSC-240906-04) 조치결과 안내"),
     type="html",
     body=html_doc(f"""
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>귀 위원회의 시정요구(KCSC-240906-04)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>번호</th><th>URL</th><th>조치 결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[0]}</td><td>삭제</td><td>-</td></tr>
<tr><td>2</td><td>{N_RAW2}</td><td>임시조치</td><td>30일</td></tr>
<tr><td>3</td><td>{N[2].replace("&", "&amp;")}</td><td>게시물 없음</td><td>작성자 삭제</td></tr>
</table>
<p>감사합니다.</p>
"""),
     outcome="applied", classification="confirmation",
     imitates="Korean portal 시정요구 조치결과 table (HTML)",
     why="table: 삭제, 임시조치 (raw Korean path), 게시물 없음/작성자 삭제",
     items={N[0]: "removed", N[1]: "restricted", N[2]: "not_found"})

case(name="naver-deleted-but-kept-one-sentence", **{"from": "policy@navercorp.com"},
     name_from=name("네이버 정책지원팀"),
     date="Tue, 10 Sep 2024 01:40:15 +0000",
     subject=subj("Re: KCSC-240906-04 게시물 삭제 요청"),
     body=f"""
안녕하세요, 네이버입니다.

요청하신 게시물 중 {N[0]} 은 삭제 조치하였으나, {N[2]} 은 검토 결과 관련 법령 및 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다.

문의사항은 회신 주시기 바랍니다.
네이버 정책지원팀
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER policy team prose reply",
     why="one Korean sentence: first URL 삭제, second kept for lack of violation (rejected)",
     items={N[0]: "removed", N[2]: "rejected"})

case(name="naver-correction-not-temporary", **{"from": "policy@navercorp.com"},
     name_from=name("네이버 정책지원팀"),
     date="Wed, 11 Sep 2024 02:02:02 +0000",
     subject=subj("[정정] KCSC-240906-04 조치 결과 안내"),
     body=f"""
안녕하세요. 네이버 정책지원팀입니다.

어제 안내드린 조치 결과 중 오류가 있어 바로잡습니다.
{N_RAW2} 게시물은 임시조치가 아니라 카페 운영자 삭제로 처리되었습니다. 따라서 현재 해당 게시물은 존재하지 않습니다.

나머지 항목의 결과는 변동 없습니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="Korean portal correction notice (정정 안내)",
     why="'임시조치가 아니라 운영자 삭제': removed; 'no longer exists' is the consequence, not not_found",
     items={N[1]: "removed"})

case(name="naver-bulleted-blind", **{"from": "policy@navercorp.com"},
     name_from=name("네이버 정책지원팀"),
     date="Thu, 12 Sep 2024 07:15:45 +0000",
     subject=subj("KCSC-240906-04 처리 결과"),
     body=f"""
안녕하세요. 요청 건(KCSC-240906-04) 처리 결과입니다.

• {N[0]} : 블라인드 처리 완료
• {N[1]} : 해당 게시물을 찾을 수 없습니다(유효하지 않은 주소).
• {N[2]} : 임시조치(30일)

네이버 정책지원팀 드림
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER bulleted 처리 결과",
     why="bullets: 블라인드 (removed), cannot find/invalid address (not_found), 임시조치 (restricted)",
     items={N[0]: "removed", N[1]: "not_found", N[2]: "restricted"})

case(name="kakao-private-and-author-deleted", **{"from": "report@kakaocorp.com"},
     name_from=name("카카오 고객센터"),
     date="Wed, 11 Sep 2024 04:33:21 +0000",
     subject=subj("[카카오] KCSC-240909-05 요청 처리 안내"),
     body=f"""
안녕하세요, 카카오 고객센터입니다.

요청번호 KCSC-240909-05 관련하여 안내드립니다.

{K[0]} 게시물은 비공개 처리되었고, {K[1]} 게시글은 이미 작성자가 삭제하여 확인되지 않습니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao customer centre reply (Tistory/Daum cafe)",
     why="one sentence: Tistory post 비공개 처리 (removed), cafe post already deleted by its author (not_found)",
     items={K[0]: "removed", K[1]: "not_found"})

case(name="kakao-not-deleted-and-restricted", **{"from": "report@kakaocorp.com"},
     name_from=name("카카오 고객센터"),
     date="Thu, 12 Sep 2024 09:09:09 +0000",
     subject=subj("Re: KCSC-240909-05 게시중단 요청"),
     body=f"""
안녕하세요, 카카오입니다.

{K[1]} 게시글은 삭제되지 않았습니다. 검토 결과 해당 글은 불법 도박 홍보가 아닌 관련 뉴스 기사 공유로 확인되어, 카페 운영정책 위반 사항이 없어 게시를 유지합니다.

{K[0]} 는 국내 접근 제한 조치를 완료하였습니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao reply with a refusal and a domestic restriction",
     why="'삭제되지 않았습니다' plus reason: rejected; Tistory post 국내 접근 제한: restricted",
     items={K[1]: "rejected", K[0]: "restricted"})

case(name="kakao-table-note-corrects", **{"from": "report@kakaocorp.com"},
     name_from=name("카카오 고객센터"),
     date="Fri, 13 Sep 2024 03:50:30 +0000",
     subject=subj("[카카오] KCSC-240909-05 조치 결과"),
     type="html",
     body=html_doc(f"""
<p>안녕하세요, 카카오 고객센터입니다. KCSC-240909-05 요청에 대한 조치 결과입니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>No</th><th>URL</th><th>결과</th></tr>
<tr><td>1</td><td><a href="{K[0]}">{K[0]}</a></td><td>삭제</td></tr>
<tr><td>2</td><td><a href="{K[1]}">{K[1]}</a></td><td>삭제</td></tr>
</table>
<p>※ 위 표 중 2번 게시글({K[1]})은 삭제가 아닌 임시조치(30일)로 처리되었음을 정정하여 알려드립니다.</p>
<p>감사합니다.</p>
"""),
     outcome="applied", classification="confirmation",
     imitates="Kakao result table with a correcting footnote",
     why="table says 삭제 for both; the footnote corrects row 2 to 임시조치: k1 removed, k2 restricted",
     items={K[0]: "removed", K[1]: "restricted"})

case(name="tiktok-single-item-no-url", **{"from": "legal-kr@tiktok.com"},
     name_from="TikTok Trust & Safety",
     date="Thu, 12 Sep 2024 08:00:00 +0000",
     subject="Re: KCSC-240910-06 Removal request",
     reply_to_req=thread("KCSC-240910-06"),
     body="""
Hi,

Thanks for your report. We've reviewed the video and removed it for
violating our Community Guidelines on regulated goods.

TikTok Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="TikTok report outcome notice",
     why="the request has one item; 'removed it' without URL applies to it",
     items={TT: "removed"})

case(name="tiktok-wrapped-url-restricted", **{"from": "legal-kr@tiktok.com"},
     name_from="TikTok Legal",
     date="Fri, 13 Sep 2024 10:40:12 +0000",
     subject="KCSC-240910-06: outcome",
     body=f"""
Dear KCSC,

Following review of the video https://www.tiktok.com/@pill_shop_kr/video/
7412345678901234567 we have restricted it in South Korea in line with local
law. It remains available in other regions.

Kind regards,
TikTok Legal
""",
     outcome="applied", classification="confirmation",
     imitates="TikTok legal local-law restriction notice",
     why="URL wrapped after /video/; restricted in South Korea; 'remains available in other regions' is no refusal",
     items={TT: "restricted"})

# ================================================================ REVIEW
case(name="yt-conditional-promise", **{"from": "legal-notices@google.com"},
     name_from="Google Legal",
     date="Fri, 06 Sep 2024 00:12:40 +0000",
     subject="Re: [KCSC-240905-03] Your legal request to YouTube",
     body=f"""
Hello,

Our legal team will review {Y[0]} and {Y[1]} and, if we find that they are
unlawful in South Korea, we will restrict access to them there. We expect to
reply within five business days.

The YouTube Legal Team
""",
     outcome="review", review="not_understood",
     imitates="YouTube legal holding reply with a conditional promise",
     why="names two items, only a conditional promise: nothing stated",
     items={Y[0]: "pending", Y[1]: "pending"})

case(name="x-appear-deleted-unconfirmed", **{"from": "legal-support@x.com"},
     date="Sat, 07 Sep 2024 02:02:58 +0000",
     subject="Re: [KCSC-240903-01] Request to remove illegal content",
     body=f"""
Hi,

On KCSC-240903-01: the posts {X[10]} and {X[11]} appear to have been
deleted already, possibly by the account holder, but our tools are showing
inconsistent results and we have not been able to confirm it. We'll follow
up.

X Legal
""",
     outcome="review", review="not_understood",
     imitates="X legal interim note with an unconfirmed observation",
     why="'appear to have been deleted … not able to confirm' is a hedge",
     items={X[10]: "pending", X[11]: "pending"})

case(name="x-all-withheld-bulk", **{"from": "legal-support@x.com"},
     date="Sun, 08 Sep 2024 04:00:00 +0000",
     subject="Re: [KCSC-240903-01] Request to remove illegal content",
     reply_to_req=thread("KCSC-240903-01"),
     body="""
Hello,

We have withheld all the posts reported in KCSC-240903-01 in South Korea.

X Legal
""",
     outcome="review", review="bulk",
     imitates="X legal one-line bulk outcome",
     why="a statement about all 14 items without naming them",
     items={u: "pending" for u in X})

case(name="tg-all-but-last-gmail-quote", **{"from": "abuse@telegram.org"},
     name_from="Telegram Abuse",
     date="Thu, 05 Sep 2024 18:45:00 +0000",
     subject="Re: KCSC-240904-02 drug sales channels",
     body=f"""
Hi,

All of the messages in your report below have been taken down except the
last one, which we could not find.

Telegram Abuse Team

On Wed, Sep 4, 2024 at 11:30 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(REQUEST_BODY_T)}
""",
     outcome="review", review="bulk",
     imitates="Telegram reply top-posted over the Gmail-quoted request",
     why="statuses by position over the quoted list only ('all … except the last'): no item named in the platform's own text",
     items={u: "pending" for u in T})

case(name="naver-dmarc-fail", **{"from": "policy@navercorp.com"},
     auth="fail",
     name_from=name("네이버 정책지원팀"),
     date="Tue, 10 Sep 2024 06:06:06 +0000",
     subject=subj("KCSC-240906-04 조치 완료"),
     body=f"""
안녕하세요. 네이버입니다.

{N[0]} 게시물을 삭제하였습니다.
{N_RAW2} 게시물은 게시중단 처리되었습니다.
""",
     outcome="review", review="untrusted",
     imitates="NAVER removal notice failing DMARC",
     why="platform domain but authentication fails",
     items={N[0]: "pending", N[1]: "pending"})

case(name="x-outside-counsel", **{"from": "j.park@hanul-law.example"},
     name_from="Jiwon Park",
     date="Wed, 11 Sep 2024 07:30:00 +0000",
     subject="KCSC-240903-01 - on behalf of X Corp.",
     body=f"""
Dear Sir or Madam,

We act as Korean counsel for X Corp. in relation to your request
KCSC-240903-01. We are instructed to inform you that {X[2]} has been
removed and that {X[3]} has been withheld in Korea.

Yours faithfully,
Jiwon Park
Hanul Law
""",
     outcome="review", review="unknown_sender",
     imitates="law firm writing on behalf of a platform",
     why="not a platform domain, names the request and items",
     items={X[2]: "pending", X[3]: "pending"})

case(name="naver-about-daum-link", **{"from": "policy@navercorp.com"},
     name_from=name("네이버 정책지원팀"),
     date="Tue, 10 Sep 2024 03:15:00 +0000",
     subject=subj("Re: KCSC-240909-05 게시중단 요청"),
     body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청 목록에 포함된 {K[1]} 는 네이버 서비스가 아닌 다음 카페 게시물입니다.
참고로 확인해 보니 해당 게시글은 이미 삭제되어 존재하지 않습니다.
카카오 측에 문의해 주시기 바랍니다.
""",
     outcome="review", review="wrong_platform",
     imitates="NAVER reply to a request misaddressed to it",
     why="NAVER states a status for a Kakao (Daum cafe) item",
     items={K[1]: "pending"})

case(name="tiktok-prose-vs-summary", **{"from": "legal-kr@tiktok.com"},
     name_from="TikTok Trust & Safety",
     date="Thu, 12 Sep 2024 11:11:11 +0000",
     subject="KCSC-240910-06: report outcome",
     body=f"""
Hi,

We have removed the video you reported:
{TT}

Outcome summary
Video: {TT}
Decision: No violation
Action: None - content remains available

TikTok Trust & Safety
""",
     outcome="review", review="conflicting_statements",
     imitates="TikTok outcome notice whose summary block contradicts its text",
     why="'removed' and 'no violation, remains available' for the same video, neither marked as the later one",
     items={TT: "pending"})

case(name="yt-needs-timestamps", **{"from": "legal-kr@google.com"},
     name_from="Google Legal",
     date="Thu, 12 Sep 2024 05:05:05 +0000",
     subject="[KCSC-240911-07] Additional information needed",
     body=f"""
Hello,

To proceed with your request KCSC-240911-07 we need more information about
{Y2[0]}: please tell us the timestamps at which the content you consider
unlawful appears, and the specific provision of Korean law it breaches.

We will continue processing once we receive it.

The YouTube Legal Team
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="Google legal request for more information",
     why="asks for timestamps and legal basis, states nothing",
     items={Y2[0]: "pending"})

case(name="x-portal-announcement", **{"from": "legal-support@x.com"},
     date="Mon, 16 Sep 2024 00:00:00 +0000",
     subject="Changes to how we receive legal requests",
     body="""
Hello,

Starting 1 October 2024, legal requests from government agencies in Korea
should be submitted through our Legal Request Portal at
https://legalrequests.x.com. Requests sent by email after that date will not
be processed.

Thank you,
X Legal
""",
     outcome="review", review="no_claims",
     imitates="X notice about its legal request portal",
     why="trusted X mail naming no item and no request",
     items={})

case(name="naver-will-delete-after-notice", **{"from": "policy@navercorp.com"},
     name_from=name("네이버 정책지원팀"),
     date="Mon, 09 Sep 2024 09:30:00 +0000",
     subject=subj("Re: KCSC-240906-04 게시물 삭제 요청"),
     body=f"""
안녕하세요. 네이버 정책지원팀입니다.

{N_RAW2} 게시물은 게시자 소명 기간(7일)이 지나면 삭제될 예정입니다.
{N[0]} 은 현재 내부 검토 중입니다.

결과가 나오는 대로 다시 안내드리겠습니다.
""",
     outcome="review", review="not_understood",
     imitates="NAVER interim notice (소명 기간 후 삭제 예정)",
     why="'삭제될 예정' is a promise, '검토 중' under review: nothing stated",
     items={N[1]: "pending", N[0]: "pending"})

# ================================================================ IGNORED
case(name="yt-out-of-office", **{"from": "minseo.lee@google.com"},
     name_from="Minseo Lee",
     date="Thu, 05 Sep 2024 00:41:00 +0000",
     subject="Automatic reply: [KCSC-240905-03] Request to remove illegal content",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     reply_to_req=thread("KCSC-240905-03"),
     body="""
Thank you for your email. I am out of the office until Monday 23 September
with limited access to email. For urgent legal matters, please write to
legal-kr@google.com.

Minseo
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook/Gmail out-of-office reply",
     why="out-of-office auto-reply",
     items={})

case(name="dsn-tiktok-address-unknown", **{"from": "MAILER-DAEMON@mail.kcsc.example"},
     name_from="Mail Delivery System",
     date="Tue, 10 Sep 2024 07:20:31 +0000",
     subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="b504-dsn1"

--b504-dsn1
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-korea@tiktok.com>: host mx.tiktok.com[203.0.113.25] said: 550 5.1.1
    <legal-korea@tiktok.com>: Recipient address rejected: User unknown

--b504-dsn1
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kcsc.example
Arrival-Date: Tue, 10 Sep 2024 16:20:05 +0900 (KST)

Final-Recipient: rfc822; legal-korea@tiktok.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.tiktok.com
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--b504-dsn1
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-korea@tiktok.com
Subject: [KCSC-240910-06] Request to remove illegal content
Date: Tue, 10 Sep 2024 16:20:00 +0900
Message-ID: <{msgid("KCSC-240910-06")}>
Content-Type: text/plain; charset=us-ascii

Dear TikTok,

Please remove the following video (reference KCSC-240910-06):
{TT}

KCSC Takedown desk

--b504-dsn1--
""",
     outcome="ignored", classification="bounce",
     imitates="Postfix non-delivery report",
     why="bounce of our own request",
     items={})

case(name="naver-read-receipt", **{"from": "hyejin.choi@navercorp.com"},
     name_from=name("최혜진"),
     date="Fri, 06 Sep 2024 06:02:10 +0000",
     subject=subj("읽음: [KCSC-240906-04] 불법 대부 광고 게시물 시정요구"),
     raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="b504-mdn"

--b504-mdn
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

2024-09-06 14:10에 보낸 메일을 수신자가 2024-09-06 15:02에 읽었습니다.

--b504-mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; Works Mail
Original-Recipient: rfc822;policy@navercorp.com
Final-Recipient: rfc822;hyejin.choi@navercorp.com
Original-Message-ID: <{msgid("KCSC-240906-04")}>
Disposition: manual-action/MDN-sent-manually; displayed

--b504-mdn--
""",
     outcome="ignored", classification="read_receipt",
     imitates="NAVER Works read receipt (MDN)",
     why="read receipt",
     items={})

case(name="tiktok-report-received", **{"from": "no-reply@tiktok.com"},
     name_from="TikTok",
     date="Tue, 10 Sep 2024 07:22:00 +0000",
     subject="We've received your report",
     body=f"""
Hi,

We've received your report and will review it as soon as possible.

Reference number: TT-LR-20240910-88213
Reported content: {TT}

You'll get another message from us when we've made a decision.

TikTok
""",
     outcome="ignored", classification="acknowledgement",
     imitates="TikTok report receipt echoing the reported content",
     why="pure receipt: echoed URL, no statement",
     items={})

case(name="kakao-receipt-korean", **{"from": "noreply@kakaocorp.com"},
     name_from=name("카카오 고객센터"),
     date="Mon, 09 Sep 2024 01:06:30 +0000",
     subject=subj("[카카오] 게시중단 요청이 접수되었습니다"),
     body="""
안녕하세요, 카카오 고객센터입니다.

요청하신 게시중단 요청(KCSC-240909-05)이 정상적으로 접수되었습니다.
접수번호: 2409-KR-0031752

처리 결과는 검토 후 이메일로 안내드리겠습니다.
본 메일은 발신 전용입니다.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Kakao ticket receipt (접수 안내)",
     why="pure receipt with a ticket number",
     items={})

case(name="naver-out-of-office-korean", **{"from": "sungho.kang@navercorp.com"},
     name_from=name("강성호"),
     date="Fri, 06 Sep 2024 05:11:00 +0000",
     subject=subj("[자동 회신] [KCSC-240906-04] 불법 대부 광고 게시물 시정요구"),
     extra_headers=["Auto-Submitted: auto-replied"],
     reply_to_req=thread("KCSC-240906-04"),
     body="""
안녕하세요. 강성호입니다.

9월 6일(금)부터 9월 18일(수)까지 휴가로 메일 확인이 어렵습니다.
게시중단 관련 문의는 policy@navercorp.com 으로 보내주시기 바랍니다.

감사합니다.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Korean out-of-office auto-reply (자동 회신)",
     why="out-of-office auto-reply",
     items={})

case(name="dsn-daum-delayed", **{"from": "MAILER-DAEMON@mx2.daum.net"},
     name_from="Mail Delivery Subsystem",
     date="Mon, 09 Sep 2024 05:05:00 +0000",
     subject="Delivery Status Notification (Delay)",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="b504-dsn2"

--b504-dsn2
Content-Type: text/plain; charset=us-ascii

This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY. YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipient has been delayed:

    report@kakaocorp.com

Message will be retried for 4 more day(s).

--b504-dsn2
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.daum.net

Final-Recipient: rfc822; report@kakaocorp.com
Action: delayed
Status: 4.4.7
Will-Retry-Until: Fri, 13 Sep 2024 10:05:00 +0900

--b504-dsn2
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: report@kakaocorp.com
Subject: [KCSC-240909-05] Request to remove illegal content
Date: Mon, 09 Sep 2024 10:05:00 +0900
Message-ID: <{msgid("KCSC-240909-05")}>

--b504-dsn2--
""",
     outcome="ignored", classification="bounce",
     imitates="delivery-delay DSN from a remote MTA",
     why="delay warning DSN",
     items={})


HEADER = """# Blind set 504 (tests/corpus/blind504/): what a program gets wrong.
# Generated by make.py; expected results written from each email's meaning
# before any run of the reader. Each case is judged alone on a fresh ledger."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
