#!/usr/bin/env python3
"""Blind set 450: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
that conflicts with its note, statuses given by position in the request.

    python3 tests/corpus/blind450/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result below was written from the email's meaning alone, before
the reader was run on it. All names, URLs and ids are fictional.
"""
import base64
import csv
import datetime
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind450"

# ---------------------------------------------------------------- requests
Y = [
    "https://www.youtube.com/watch?v=Qm3vT8kLp2A",   # 0
    "https://www.youtube.com/watch?v=Zr7Hd0wYx4c",   # 1
    "https://www.youtube.com/watch?v=b9KfL2mNq8s",   # 2
    "https://www.youtube.com/watch?v=Tn5Wc1rJv6e",   # 3
    "https://www.youtube.com/watch?v=uP0aX3gHk7d",   # 4
    "https://www.youtube.com/watch?v=hS4eM8yBz1f",   # 5
    "https://www.youtube.com/watch?v=Lw2Rq6tCn9g",   # 6
    "https://www.youtube.com/shorts/Vd8Gk5pXa3h",    # 7
    "https://www.youtube.com/shorts/jY1Nf7sUw0k",    # 8
    "https://www.youtube.com/watch?v=c6XbE9oTr2m",   # 9
    "https://www.youtube.com/watch?v=Ka0Pz4iVl5n",   # 10
    "https://www.youtube.com/@marrowlane_tv",        # 11
    "https://www.youtube.com/watch?v=Fg3Jy8qDu7b",   # 12
]
T_CHAN = "https://t.me/northgate_ledger"
T118 = "https://t.me/amber_quay/118"
T204 = "https://t.me/amber_quay/204"
T3391 = "https://t.me/lanternroad_chat/3391"
X048 = "https://x.com/velvetpier/status/1831442019387650048"
X112 = "https://x.com/velvetpier/status/1831442019387650112"
XGULL = "https://x.com/gull_and_anchor/status/1832007715502227456"
XNINE = "https://x.com/ninefold_kr/status/1829913304588120064"
XNINE_ACC = "https://x.com/ninefold_kr"
XQM = "https://x.com/quietmarsh/status/1830575521190060032"
NBLOG = "https://blog.naver.com/moonlitpond/223571234567"
NCAFE = "https://cafe.naver.com/greyorchard/5521"
NIN = "https://in.naver.com/%EB%B0%94%EB%9E%8C%EA%B8%B8/contents/552310"
NIN_RAW = "https://in.naver.com/바람길/contents/552310"
K331 = "https://cafe.daum.net/seastone/Fk2a/331"
K347 = "https://cafe.daum.net/seastone/Fk2a/347"
R7A = "https://www.youtube.com/watch?v=Rb2Ws9Lx4Qe"
R7B = "https://www.youtube.com/watch?v=nM7Kd3Vf0Ti"

SENT = "2024-09-11T10:00:00+09:00"
DUE = "2024-09-18T23:59:59+09:00"
REQUESTS = [
    ("KCSC-240911-01", "youtube", Y, "illegal_finance",
     'largest request: 13 items, videos, shorts and one channel, "시정요구" of 11 Sep'),
    ("KCSC-240911-02", "telegram", [T_CHAN, T118, T204, T3391], "drugs", "one channel, three posts"),
    ("KCSC-240911-03", "x", [X048, X112, XGULL, XNINE, XNINE_ACC], "defamation",
     "four posts, one account"),
    ("KCSC-240911-04", "naver", [NBLOG, NCAFE, NIN], "privacy", "blog, cafe, in.naver (Korean path)"),
    ("KCSC-240911-05", "kakao", [K331, K347], "gambling", "two Daum cafe posts"),
    ("KCSC-240911-06", "x", [XQM], "privacy", "one post"),
    ("KCSC-240911-07", "youtube", [R7A, R7B], "defamation", "two videos, numbered 1 and 2 in the request"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, SENT, DUE, u, cat, f"req-{ref}@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def ew(s):
    """RFC 2047 encoded word for a non-ASCII header value."""
    if all(ord(ch) < 128 for ch in s):
        return s
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


def qp(text):
    return quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")


def b64(text):
    return base64.encodebytes(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")


def d(day, hm):
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][datetime.date(2024, 9, day).weekday()]
    return f"{wd}, {day} Sep 2024 {hm}:00 +0900"


QUOTED_R01 = "\n".join(
    ["On Wed, 11 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:",
     "> Dear YouTube Legal team,",
     ">",
     "> Under our request KCSC-240911-01 (시정요구) we ask you to remove the",
     "> following videos, which carry content that is illegal under Korean law:",
     ">"]
    + [f"> {i + 1}. {u}" for i, u in enumerate(Y)]
    + [">", "> Please let us know the outcome by 18 September 2024.", ">",
       "> Korea Communications Standards Commission"]
)

YT = "legal-kr@google.com"
YT_NOREPLY = "legal-noreply@google.com"
TG = "abuse@telegram.org"
XL = "legal@x.com"
NV = "policy@navercorp.com"
KK = "cs-report@kakaocorp.com"

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(
    name="yt-mixed-one-sentence", frm=YT, date=d(13, "11:02"),
    subject="Re: KCSC-240911-01 Legal removal request", reply_to_req="req-KCSC-240911-01",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-support reply on a government removal request, outcome written in prose",
    why="one sentence removes two videos and keeps a third up for want of a violation",
    items={Y[0]: "removed", Y[1]: "removed", Y[2]: "rejected"},
    body=f"""
Hello KCSC team,

Thanks for your notice KCSC-240911-01. Our team has now reviewed the first
three videos in it: we removed {Y[0]} and {Y[1]} under our Harassment and
cyberbullying policy, but {Y[2]} stays up, since we did not find that it
breaks our Community Guidelines or Korean law.

We are still looking at the other videos in your notice and will write
again separately.

Regards,
Minseo
YouTube Legal Support
""")

case(
    name="yt-numbered-list-statuses-below", frm=YT, date=d(13, "15:40"),
    subject="Re: KCSC-240911-01 Legal removal request", reply_to_req="req-KCSC-240911-01",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal team outcome list (blocked locally / age-restricted / no action) with a help-centre link",
    why="numbered URLs, each with its decision on the line below: local block, age restriction, no action with reason",
    items={Y[3]: "restricted", Y[4]: "restricted", Y[5]: "rejected"},
    body=f"""
Hi,

Re: KCSC-240911-01 - outcome for three of the reported URLs:

1. {Y[3]}
   Blocked from view in South Korea under local law. The video remains
   available in other countries.
2. {Y[4]}
   Age-restricted. Viewers must be signed in and over 18 to watch it.
3. {Y[5]}
   No action taken. This is commentary on a public figure's statements and
   it does not violate our policies.

If you disagree with any of these decisions you can reply with additional
legal context, see https://support.google.com/legal/answer/3110420

Best regards,
The YouTube Legal Team
""")

case(
    name="yt-html-table-four-outcomes", frm=YT_NOREPLY, date=d(14, "09:15"),
    subject="Your legal request KCSC-240911-01: decisions", reply_to_req="req-KCSC-240911-01",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removals HTML notification with a decision table",
    why="HTML table: removed, restricted in KR, not found (hedged reason only), no action",
    items={Y[6]: "removed", Y[7]: "restricted", Y[8]: "not_found", Y[9]: "rejected"},
    type="html",
    body=f"""
<html><body style="font-family:Roboto,Arial,sans-serif">
<p>Hello,</p>
<p>We have completed our review of part of your request <b>KCSC-240911-01</b>. The decisions are listed below.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Reported URL</th><th>Decision</th><th>Notes</th></tr>
<tr><td>{Y[6]}</td><td>Removed</td><td>Violent criminal organizations policy</td></tr>
<tr><td>{Y[7]}</td><td>Restricted &ndash; KR</td><td>Blocked in South Korea under local law</td></tr>
<tr><td>{Y[8]}</td><td>Not found</td><td>We couldn't find a video at this address. It may have been deleted by the uploader.</td></tr>
<tr><td>{Y[9]}</td><td>No action</td><td>Does not violate our Community Guidelines; no legal basis for a local restriction was found.</td></tr>
</table>
<p>You can follow all your requests in the <a href="https://support.google.com/legal/dashboard">Legal Removals dashboard</a>.</p>
<p>&mdash; The YouTube Legal Team</p>
</body></html>
""")

case(
    name="yt-correction-later-line", frm=YT, date=d(17, "16:20"),
    subject="Re: KCSC-240911-01 Legal removal request", reply_to_req="req-KCSC-240911-01",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-support reply with a correction appended by the agent",
    why="second line says blocked in KR, a later 'Correction' paragraph says that video was removed globally",
    items={Y[10]: "removed", Y[12]: "removed"},
    body=f"""
Hi,

Please find below the status of two further videos from KCSC-240911-01.

{Y[10]} - removed (Community Guidelines: harmful or dangerous content)
{Y[12]} - blocked in South Korea

Correction, 17 Sep: the second line above is out of date. After a second
review the video Fg3Jy8qDu7b was removed from YouTube globally yesterday, so
it is no longer available in any country.

Kind regards,
Daniel
YouTube Legal Support
""")

case(
    name="yt-bare-url-status-line", frm=YT_NOREPLY, date=d(14, "13:05"),
    subject="Legal removal request KCSC-240911-01 - update", reply_to_req="req-KCSC-240911-01",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removals update: bare URL, 'Status:' line below it",
    why="channel terminated (removed); a Short that does not exist / was deleted by its uploader (not_found)",
    items={Y[11]: "removed", Y[8]: "not_found"},
    body=f"""
Legal removal request KCSC-240911-01 - update

{Y[11]}
Status: Channel terminated for repeated violations of our spam, deceptive
practices and scams policy.

{Y[8]}
Status: Video unavailable. This video does not exist or has already been
deleted by its uploader.

This is an update on your request. Replies to this address are read by
our legal support team.

YouTube Legal
""")

case(
    name="yt-hedge-in-relative-clause", frm=YT, date=d(15, "10:48"),
    subject="Re: KCSC-240911-01", reply_to_req="req-KCSC-240911-01",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-support reply explaining scope (copies on other services) and a refusal",
    why="the hedges sit in relative clauses about re-uploads and edits; the main clauses state removed and stays up",
    items={Y[4]: "removed", Y[5]: "rejected"},
    body=f"""
Hello,

Following our review of KCSC-240911-01:

The video {Y[4]}, which may also have been re-uploaded on other services,
has been removed from YouTube. We cannot act on copies hosted elsewhere.

The video {Y[5]}, which the uploader seems to have re-edited after your
report, still does not violate our Community Guidelines in its current form,
and we are leaving it up.

Regards,
Hyun-woo
YouTube Legal Support
""")

case(
    name="yt-negations-three-items", frm=YT, date=d(16, "14:30"),
    subject="Re: KCSC-240911-01 clarifications", reply_to_req="req-KCSC-240911-01",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-support clarification e-mail, bulleted",
    why="'did not remove ... instead restricted', 'not found to breach ... no action', 'not merely restricted: removed'",
    items={Y[2]: "restricted", Y[3]: "rejected", Y[7]: "removed"},
    body=f"""
Hi KCSC team,

A few clarifications on KCSC-240911-01:

- We did not remove {Y[2]}. Instead, access to it has been restricted for
  viewers in South Korea.
- {Y[3]} was not found to breach our policies or local law, and no action
  has been taken on it.
- {Y[7]} was not merely restricted: it has been removed from the platform
  entirely.

Thanks,
Minseo
YouTube Legal Support
""")

case(
    name="yt-one-removed-one-hedged", frm=YT, date=d(13, "18:12"),
    subject="Re: KCSC-240911-01 Legal removal request", reply_to_req="req-KCSC-240911-01",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-support short update",
    why="first video taken down; the second only 'looks like ... may have' been made private, not verified: stays pending",
    items={Y[0]: "removed", Y[1]: "pending"},
    body=f"""
Hello,

Quick update on KCSC-240911-01. {Y[0]} has been taken down for
violating our hate speech policy.

As for {Y[1]}, it looks like the uploader may have set it to private on
their own, but we haven't been able to verify that yet. We'll confirm once
we have checked.

Jae
YouTube Legal Support
""")

case(
    name="yt-qp-top-posted-over-request", frm=YT, date=d(18, "09:40"),
    subject="Re: KCSC-240911-01 Legal removal request", reply_to_req="req-KCSC-240911-01",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply from a legal-support agent over the regulator's quoted request, quoted-printable",
    why="two videos blocked in Korea above the quote; the 13 URLs in the quoted request are not statements",
    items={Y[10]: "restricted", Y[12]: "restricted", Y[0]: "pending", Y[1]: "pending"},
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(f"""
Hello,

Both {Y[10]} and {Y[12]} are now blocked in South Korea under local law \u2014 they remain visible elsewhere. The rest of your request is still with our reviewers.

Best,
Jae
YouTube Legal Support

{QUOTED_R01}
"""))

case(
    name="yt-items-by-position", frm=YT, date=d(16, "11:25"),
    subject="Re: [KCSC-240911-07] Request for removal of 2 videos", reply_to_req="req-KCSC-240911-07",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-support reply that answers 'Video 1 / Video 2' of the quoted numbered notice",
    why="statuses given by the position of each video in the quoted two-item request: 1 removed, 2 no action",
    items={R7A: "removed", R7B: "rejected"},
    body=f"""
Hello,

Thank you for your request KCSC-240911-07. We have reviewed the two videos
listed in your notice.

Video 1: removed for violating our harassment and cyberbullying policy.
Video 2: we have decided not to take action. The content does not violate
our Community Guidelines and we did not find it unlawful under Korean law.

Kind regards,
YouTube Legal Support

On Wed, 11 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear YouTube Legal team,
>
> Please remove the following videos (KCSC-240911-07):
> 1. {R7A}
> 2. {R7B}
>
> Korea Communications Standards Commission
""")

case(
    name="tg-four-statuses-prose", frm=TG, date=d(12, "20:05"),
    subject="Re: KCSC-240911-02", reply_to_req="req-KCSC-240911-02",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply in prose",
    why="channel blocked, post deleted, post already removed by its owner, post found not to violate the ToS",
    items={T_CHAN: "removed", T118: "removed", T204: "not_found", T3391: "rejected"},
    body=f"""
Hello,

Thank you for your report. Our moderators have blocked the channel
{T_CHAN} and deleted the post {T118}. The post {T204} had already been
removed by the channel owner by the time we checked, so there was nothing
for us to act on. We reviewed {T3391} and found that it does not violate
the Telegram Terms of Service, so it remains available.

Telegram Abuse Team
""")

case(
    name="tg-kr-restricted-others-under-review", frm=TG, date=d(13, "08:50"),
    subject="Case #5531207 - KCSC-240911-02", reply_to_req="req-KCSC-240911-02",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with a case number, partial outcome",
    why="one post no longer accessible in South Korea; the two others explicitly still under review",
    items={T3391: "restricted", T118: "pending", T204: "pending"},
    body=f"""
Case #5531207

Dear KCSC,

{T3391} is no longer accessible to users in South Korea.

Your report on {T118} and {T204} is still being reviewed by our
moderators; we will get back to you when a decision has been made.

Best regards,
Telegram Abuse Team
""")

case(
    name="tg-not-blocked-with-reason", frm=TG, date=d(14, "17:33"),
    subject="Re: KCSC-240911-02", reply_to_req="req-KCSC-240911-02",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply refusing one post with its reason",
    why="'have not blocked X because ...' is a refusal; the other post 'has been taken down'",
    items={T204: "rejected", T118: "removed"},
    body=f"""
Hi,

We have not blocked {T204} because the post is a repost of a news article
and contains nothing that is illegal or against our Terms of Service.
{T118}, on the other hand, has been taken down.

Regards,
Telegram Abuse Team
""")

csv_tg = f"""link,action,comment
{T_CHAN},channel blocked,
{T118},deleted,
{T204},deleted,
{T3391},no violation,left online
"""
case(
    name="tg-csv-attachment-results", frm=TG, date=d(15, "12:00"),
    subject="Re: KCSC-240911-02 review results", reply_to_req="req-KCSC-240911-02",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply with the review results as a CSV attachment",
    why="base64 CSV: channel blocked, two posts deleted, one post no violation",
    items={T_CHAN: "removed", T118: "removed", T204: "removed", T3391: "rejected"},
    raw_mime=f"""Content-Type: multipart/mixed; boundary="b450-tg-csv"

--b450-tg-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the results of our review of your report
KCSC-240911-02.

Telegram Abuse Team

--b450-tg-csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240911-02-results.csv"
Content-Disposition: attachment; filename="KCSC-240911-02-results.csv"
Content-Transfer-Encoding: base64

{b64(csv_tg)}
--b450-tg-csv--
""")

case(
    name="tg-receipt-plus-statement", frm=TG, date=d(12, "11:41"),
    subject="Case #5531890 received", reply_to_req="req-KCSC-240911-02",
    outcome="applied", classification="confirmation",
    imitates="Telegram receipt with a case number that also reports an earlier takedown",
    why="an acknowledgement phrase plus an unhedged statement that one post was already taken down by moderators",
    items={T118: "removed"},
    body=f"""
Thank you, we have received your report (Case #5531890).

The post {T118} had already been taken down by our moderators following
earlier user reports, before your notice reached us. The rest of your
report is in the queue.

Telegram Support
""")

case(
    name="x-withheld-two-refused-one", frm=XL, date=d(13, "02:14"),
    subject="Re: Legal request KCSC-240911-03", reply_to_req="req-KCSC-240911-03",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome: 'we have withheld the following content in South Korea' plus a no-action paragraph",
    why="a heading sentence withholds the two URLs listed under it in KR; the third post no action with reason",
    items={X048: "restricted", X112: "restricted", XGULL: "rejected"},
    body=f"""
Hello,

We are writing regarding your request KCSC-240911-03.

In response to your request, we have withheld the following content in
South Korea:
{X048}
{X112}

We have reviewed {XGULL} and have not taken action, because we did not
find it to violate the X Rules or the local law you cited.

Sincerely,
X Legal
""")

case(
    name="x-withheld-then-removed", frm=XL, date=d(17, "03:30"),
    subject="Re: Legal request KCSC-240911-03 - update", reply_to_req="req-KCSC-240911-03",
    outcome="applied", classification="confirmation",
    imitates="X legal follow-up that upgrades an earlier country withholding",
    why="first sentence recalls the KR withholding, the later one says the post is now removed globally",
    items={XGULL: "removed"},
    body=f"""
Hello,

On 13 September we withheld {XGULL} in South Korea in response to your
request KCSC-240911-03.

Following a further review, the post has now been removed globally for
violating the X Rules, and it is no longer available in any country.

Sincerely,
X Legal
""")

case(
    name="x-sole-statement-one-item", frm=XL, date=d(14, "05:02"),
    subject="Re: Legal request KCSC-240911-06", reply_to_req="req-KCSC-240911-06",
    outcome="applied", classification="confirmation",
    imitates="X legal short outcome that names no URL",
    why="'the reported post has been removed' answering a one-item request",
    items={XQM: "removed"},
    body="""
Hello,

Thank you for your report. The reported post has been removed for
violating the X Rules on private information.

X Legal
""")

case(
    name="x-angle-brackets-wrapped", frm=XL, date=d(15, "04:47"),
    subject="Re: Legal request KCSC-240911-03", reply_to_req="req-KCSC-240911-03",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome from a plain-text client that wraps long URLs in angle brackets",
    why="two removed posts in <...>, the second wrapped after its last slash; one post stays up with reason",
    items={X048: "removed", X112: "removed", XNINE: "rejected"},
    body="""
Hello,

Regarding KCSC-240911-03, the following posts were removed for violating
our rules against violent speech:
<https://x.com/velvetpier/status/1831442019387650048>,
<https://x.com/velvetpier/status/
1831442019387650112>.

The post <https://x.com/ninefold_kr/status/1829913304588120064> will stay
up; it does not violate our rules.

X Legal
""")

case(
    name="naver-delete-and-temp-measure-one-sentence", frm=NV, date=d(12, "16:10"),
    name_from=ew("네이버 권리보호센터"),
    subject=ew("[네이버] KCSC-240911-04 게시중단 요청 검토 결과"), reply_to_req="req-KCSC-240911-04",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 게시중단 요청 처리 결과 안내",
    why="one Korean sentence: blog post 삭제 (removed), cafe post 30일 임시조치 (restricted)",
    items={NBLOG: "removed", NCAFE: "restricted"},
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

KCSC-240911-04 요청과 관련하여 검토 결과를 알려드립니다. 요청하신 게시물 중 {NBLOG} 은 삭제하였고, {NCAFE} 은 30일간 임시조치하였습니다.

감사합니다.
네이버 권리보호센터 드림
""")

case(
    name="naver-korean-path-with-particle", frm=NV, date=d(13, "10:30"),
    name_from=ew("네이버 고객센터"),
    subject=ew("Re: [KCSC-240911-04] 시정요구 처리 안내"), reply_to_req="req-KCSC-240911-04",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 게시중단 처리 안내 (raw Korean path followed by a particle)",
    why="raw Korean path URL followed directly by 은; 게시중단 처리되었습니다 (removed)",
    items={NIN: "removed"},
    body=f"""
안녕하세요. 네이버 고객센터입니다.

{NIN_RAW}은 정보통신망법 제44조의2에 따라 게시중단 처리되었습니다.
나머지 게시물에 대해서는 검토가 끝나는 대로 다시 안내드리겠습니다.

감사합니다.
""")

html_nv = f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>시정요구(KCSC-240911-04)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1">
<tr><th>순번</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{NBLOG}</td><td>삭제</td><td>2024-09-13</td></tr>
<tr><td>2</td><td>{NCAFE}</td><td>접속차단(국내)</td><td>2024-09-13</td></tr>
<tr><td>3</td><td>{NIN}</td><td>해당없음 (게시물 없음)</td><td>-</td></tr>
</table>
<p>네이버(주) 정책지원팀</p>
</body></html>"""
case(
    name="naver-kcsc-result-table-b64", frm=NV, date=d(14, "14:00"),
    name_from=ew("네이버 정책지원팀"),
    subject=ew("[회신] 시정요구 조치결과 통보 KCSC-240911-04"), reply_to_req="req-KCSC-240911-04",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table (순번/URL/조치결과), base64 HTML",
    why="삭제 (removed), 접속차단(국내) (restricted), 해당없음 (게시물 없음) (not_found)",
    items={NBLOG: "removed", NCAFE: "restricted", NIN: "not_found"},
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(html_nv))

case(
    name="naver-not-taken-down-and-deleted", frm=NV, date=d(16, "09:05"),
    name_from=ew("네이버 권리보호센터"),
    subject=ew("[네이버] KCSC-240911-04 검토 결과 안내"), reply_to_req="req-KCSC-240911-04",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 검토 결과: one refusal with its legal reason, one deletion",
    why="게시중단하지 않았습니다 with a reason is a refusal (rejected); 삭제 조치하였습니다 (removed)",
    items={NCAFE: "rejected", NBLOG: "removed"},
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

요청하신 {NCAFE} 게시물은 검토 결과 정보통신망법상 불법정보에 해당한다고 보기 어려워 게시중단하지 않았습니다.
반면 {NBLOG} 게시물은 운영정책 위반으로 삭제 조치하였습니다.

추가 소명이 있으시면 회신해 주시기 바랍니다.
감사합니다.
""")

case(
    name="naver-by-number-outlook-quote", frm="jiyoon.han@navercorp.com", date=d(13, "17:45"),
    name_from=ew("한지윤"),
    subject=ew("RE: [KCSC-240911-04] 시정요구"), reply_to_req="req-KCSC-240911-04",
    outcome="applied", classification="confirmation",
    imitates="NAVER staff reply from Outlook answering '1번, 2번 / 3번' of the quoted request",
    why="statuses by the position of each URL in the quoted three-item request: 1, 2 게시중단; 3 author-deleted",
    items={NBLOG: "removed", NCAFE: "removed", NIN: "not_found"},
    body=f"""
안녕하세요.
보내주신 시정요구(KCSC-240911-04) 3건의 처리 결과입니다.

- 1번, 2번 게시물: 게시중단 완료 (9월 13일)
- 3번 게시물: 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

문의사항은 회신 부탁드립니다.

네이버 신고센터 한지윤 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 10:00 AM
To: policy@navercorp.com
Subject: [KCSC-240911-04] 시정요구

아래 게시물에 대해 시정요구합니다.
1. {NBLOG}
2. {NCAFE}
3. {NIN}
""")

case(
    name="kakao-blind-and-author-deleted", frm=KK, date=d(13, "13:20"),
    name_from=ew("카카오 고객센터"),
    subject=ew("[Daum 카페] KCSC-240911-05 신고 처리 결과"), reply_to_req="req-KCSC-240911-05",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 신고 처리 결과 안내 (블라인드 / 작성자 삭제)",
    why="블라인드 처리 (removed); 작성자가 이미 삭제하여 존재하지 않습니다 (not_found)",
    items={K331: "removed", K347: "not_found"},
    body=f"""
안녕하세요, 카카오 고객센터입니다.

신고하신 Daum 카페 게시물의 처리 결과를 안내드립니다.

{K331} 게시물은 운영정책 위반으로 블라인드 처리하였으며, {K347} 게시물은 작성자가 이미 삭제하여 존재하지 않습니다.

감사합니다.
카카오 고객센터
""")

case(
    name="kakao-fullwidth-punctuation", frm="dsa@daum.net", date=d(15, "15:55"),
    name_from=ew("Daum 신고센터"),
    subject=ew("Re: KCSC-240911-05 처리 안내"), reply_to_req="req-KCSC-240911-05",
    outcome="applied", classification="confirmation",
    imitates="Daum 신고센터 처리 안내 with full-width brackets and punctuation around URLs",
    why="URL in full-width parentheses 비공개 처리 (removed); URL followed by full-width colon 접근 제한(국내) (restricted)",
    items={K331: "removed", K347: "restricted"},
    body=f"""
안녕하세요. Daum 신고센터입니다.

신고하신 게시물（{K331}）은 비공개 처리되었습니다。
{K347}：국내 이용자 대상 접근 제한 조치하였습니다。

감사합니다.
""")

# ================================================================ REVIEW
case(
    name="tg-promises-only", frm=TG, date=d(12, "09:30"),
    subject="Re: KCSC-240911-02", reply_to_req="req-KCSC-240911-02",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk reply promising action",
    why="'will be taken down within 24 hours' and 'will be reviewed' are promises, not statements",
    items={T118: "pending", T204: "pending", T_CHAN: "pending"},
    body=f"""
Hello,

Thank you for your report. The posts {T118} and {T204} will be taken down
within 24 hours, and the channel {T_CHAN} will be reviewed by our
moderation team.

Telegram Abuse Team
""")

case(
    name="tg-dmarc-fail-claims", frm=TG, date=d(13, "03:12"), auth="fail",
    subject="Re: KCSC-240911-02 - done", reply_to_req="req-KCSC-240911-02",
    outcome="review", review="untrusted",
    imitates="Telegram-looking abuse reply failing DKIM/SPF/DMARC",
    why="claims removals from telegram.org but authentication fails",
    items={T_CHAN: "pending", T118: "pending"},
    body=f"""
Hello,

The channel {T_CHAN} has been blocked and the post {T118} deleted.

Telegram Abuse Team
""")

case(
    name="tg-all-links-blocked", frm=TG, date=d(14, "21:40"),
    subject="Re: KCSC-240911-02", reply_to_req="req-KCSC-240911-02",
    outcome="review", review="bulk",
    imitates="Telegram abuse-desk one-line bulk confirmation",
    why="'all of the links listed in your report have been blocked' for a four-item request, no URL named",
    items={T_CHAN: "pending", T118: "pending", T204: "pending", T3391: "pending"},
    body="""
Hello,

All of the links listed in your report KCSC-240911-02 have been blocked and
are no longer accessible.

Telegram Abuse Team
""")

case(
    name="x-hedged-single-item", frm=XL, date=d(13, "06:20"),
    subject="Re: Legal request KCSC-240911-06", reply_to_req="req-KCSC-240911-06",
    outcome="review", review="not_understood",
    imitates="X legal interim reply",
    why="'it appears ... may already have been deleted' and 'we will confirm': hedge plus promise",
    items={XQM: "pending"},
    body=f"""
Hello,

It appears the reported post {XQM} may already have been deleted by the
account holder. We will confirm once our review is complete.

X Legal
""")

case(
    name="x-table-contradicts-note", frm=XL, date=d(16, "02:55"),
    subject="Legal request KCSC-240911-03: outcome", reply_to_req="req-KCSC-240911-03",
    outcome="review", review="conflicting_statements",
    imitates="X legal HTML outcome table with an agent's note underneath",
    why="the table says both posts withheld in KR, the note says both were left up; nothing says which is current",
    items={X048: "pending", X112: "pending"},
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>Please see the outcome of your request KCSC-240911-03 below.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Action</th><th>Country</th></tr>
<tr><td>{X048}</td><td>Withheld</td><td>KR</td></tr>
<tr><td>{X112}</td><td>Withheld</td><td>KR</td></tr>
</table>
<p>Note from the reviewer: both posts were left up. Neither was found to violate the X Rules or Korean law.</p>
<p>X Legal</p>
</body></html>
""")

case(
    name="x-forwarded-legal-note", frm="s.okafor@x.com", date=d(15, "07:10"),
    name_from="Sade Okafor",
    subject="Fwd: KCSC-240911-03 outcome",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="an X employee forwarding an internal legal-team outcome",
    why="the only statement sits inside a forwarded message from someone else",
    items={XGULL: "pending"},
    body=f"""
Hi KCSC team, forwarding the outcome from our legal ops colleagues below.

Sade

---------- Forwarded message ---------
From: X Legal Ops <legal-ops@x.com>
Date: Sun, 15 Sep 2024 at 06:41
Subject: KCSC-240911-03 outcome
To: Sade Okafor <s.okafor@x.com>

We removed {XGULL} globally under the violent speech policy.
""")

case(
    name="kakao-about-naver-item", frm=KK, date=d(14, "10:10"),
    name_from=ew("카카오 고객센터"),
    subject=ew("Re: KCSC-240911-05 문의 답변"), reply_to_req="req-KCSC-240911-05",
    outcome="review", review="wrong_platform",
    imitates="Kakao 고객센터 reply about a link that is not on its service",
    why="Kakao states the status of a NAVER cafe post (deleted), which only NAVER can confirm",
    items={NCAFE: "pending"},
    body=f"""
안녕하세요, 카카오 고객센터입니다.

문의하신 {NCAFE} 게시물은 당사(카카오) 서비스가 아닌 네이버 카페 게시물입니다.
확인해 보니 해당 게시물은 현재 삭제되어 존재하지 않습니다. 자세한 사항은 네이버 측으로 문의하시기 바랍니다.

감사합니다.
""")

case(
    name="kakao-cafe-manager-gmail", frm="seastone.admin@gmail.com", date=d(14, "22:05"),
    name_from=ew("바다돌 카페지기"),
    subject="Re: KCSC-240911-05",
    outcome="review", review="unknown_sender",
    imitates="a Daum cafe operator replying from a personal mailbox",
    why="names the request and a URL, but the sender is no platform",
    items={K331: "pending"},
    body=f"""
안녕하세요. 바다돌 카페 매니저입니다.
다음 측에서 시정요구 내용을 전달받아 {K331} 게시글은 제가 운영자 권한으로 삭제했습니다.
앞으로 카페 관리에 더 신경 쓰겠습니다.
""")

case(
    name="naver-will-act-later", frm=NV, date=d(12, "15:00"),
    name_from=ew("네이버 권리보호센터"),
    subject=ew("[네이버] KCSC-240911-04 접수 및 처리 예정 안내"), reply_to_req="req-KCSC-240911-04",
    outcome="review", review="not_understood",
    imitates="NAVER 권리보호센터 '처리 예정' notice",
    why="게시중단 예정 / 소명을 받은 후 판단할 예정: promises and a condition, no status",
    items={NBLOG: "pending", NCAFE: "pending"},
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

요청하신 {NBLOG} 은 게시중단 예정이며, {NCAFE} 은 카페 운영자의 소명을 받은 후 조치 여부를 판단할 예정입니다.

처리가 완료되면 다시 안내드리겠습니다.
""")

case(
    name="naver-asks-for-documents", frm=NV, date=d(13, "11:11"),
    name_from=ew("네이버 권리보호센터"),
    subject=ew("[네이버] KCSC-240911-04 추가 자료 요청"), reply_to_req="req-KCSC-240911-04",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER 권리보호센터 request for supporting documents (소명자료 요청)",
    why="asks for the legal basis and documents before deciding on the cafe post",
    items={NCAFE: "pending"},
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

{NCAFE} 게시물에 대한 요청을 검토하기 위해 아래 자료가 추가로 필요합니다.
- 해당 게시물이 불법정보에 해당하는 근거 조항
- 심의 의결서 사본

자료를 회신해 주시면 검토를 이어가겠습니다.
감사합니다.
""")

case(
    name="yt-webform-announcement", frm=YT_NOREPLY, date=d(16, "08:00"),
    subject="Changes to how government requests are submitted",
    outcome="review", review="no_claims",
    imitates="YouTube/Google legal notice to government requesters about a new webform",
    why="trusted platform mail naming no item and no request; its links are help pages",
    items={},
    body="""
Dear government requester,

From 1 October 2024 government removal requests for South Korea should be
submitted through our webform at https://support.google.com/legal/contact/govt_kr
rather than by email. Requests already sent by email will still be handled.

You can read more at https://support.google.com/legal/answer/9999001

The YouTube Legal Team
""")

case(
    name="yt-conditional-removal", frm=YT, date=d(17, "10:35"),
    subject="Re: KCSC-240911-01 Legal removal request", reply_to_req="req-KCSC-240911-01",
    outcome="review", review="not_understood",
    imitates="YouTube legal-support reply about an uploader's appeal window",
    why="removal depends on the uploader not appealing: a condition, not a statement",
    items={Y[1]: "pending", Y[2]: "pending"},
    body=f"""
Hello,

We've notified the uploader of {Y[1]} and {Y[2]}. Once their 7-day appeal
window has closed, both videos will be removed unless the uploader submits
a valid counter-notice.

Regards,
YouTube Legal Support
""")

# ================================================================ IGNORED
case(
    name="yt-agent-out-of-office", frm="minseo.kang@google.com", date=d(13, "07:00"),
    name_from="Minseo Kang",
    subject="Automatic reply: KCSC-240911-01 Legal removal request", reply_to_req="req-KCSC-240911-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Gmail out-of-office reply from a legal-support agent",
    why="out-of-office auto-reply",
    items={},
    body="""
I am out of the office until 23 September with limited access to email.
For urgent legal removal matters please write to legal-kr@google.com.

Minseo
""")

case(
    name="dsn-request-to-telegram", frm="MAILER-DAEMON@mx.kcsc.example", date=d(12, "10:03"),
    name_from="Mail Delivery System", auth="none",
    subject="Undelivered Mail Returned to Sender",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (multipart/report) returning a resent request",
    why="bounce of our own request; the URLs are in the returned message",
    items={T118: "pending", T204: "pending"},
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b450-dsn"

--b450-dsn
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa@telegram.org>: host mail3.telegram.org[198.51.100.44] said: 550 5.7.1
    Message rejected by policy (in reply to end of DATA command)

--b450-dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Thu, 12 Sep 2024 10:02:51 +0900

Final-Recipient: rfc822; dsa@telegram.org
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp; 550 5.7.1 Message rejected by policy

--b450-dsn
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: dsa@telegram.org
Subject: [KCSC-240911-02] Removal request (resent)
Date: Thu, 12 Sep 2024 10:02:50 +0900
Message-ID: <req-KCSC-240911-02-r1@kcsc.example>

Please remove the following content (KCSC-240911-02):
{T118}
{T204}

--b450-dsn--
""")

case(
    name="naver-read-receipt", frm="jiyoon.han@navercorp.com", date=d(12, "09:14"),
    name_from=ew("한지윤"),
    subject=ew("읽음: [KCSC-240911-04] 시정요구"),
    outcome="ignored", classification="read_receipt",
    imitates="message disposition notification (MDN) from a NAVER staff mailbox",
    why="read receipt",
    items={},
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="b450-mdn"

--b450-mdn
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "[KCSC-240911-04] 시정요구"을(를) 수신자가 2024-09-12 09:14 에 읽었습니다.

--b450-mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER WORKS Mail
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <req-KCSC-240911-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b450-mdn--
""")

case(
    name="x-receipt-echoes-urls", frm="legal-noreply@x.com", date=d(11, "10:05"),
    subject="We received your report [Ticket 0482913177]",
    outcome="ignored", classification="acknowledgement",
    imitates="X legal-request ticket receipt echoing the reported URLs",
    why="pure receipt; the URLs are only an echo of what we reported",
    items={X048: "pending", X112: "pending", XGULL: "pending"},
    body=f"""
Hello,

We've received your report and created ticket 0482913177. Our team will
review it and reply to this address.

Your report:
Reference: KCSC-240911-03
Reported content:
{X048}
{X112}
{XGULL}

Please do not reply to this email; this mailbox is not monitored.

X Legal
""")

case(
    name="naver-out-of-office-korean", frm="jiyoon.han@navercorp.com", date=d(14, "08:00"),
    name_from=ew("한지윤"),
    subject=ew("[자동회신] 부재중입니다"), reply_to_req="req-KCSC-240911-04",
    extra_headers=["Auto-Submitted: auto-replied"],
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중 자동회신) from a NAVER staff member",
    why="out-of-office auto-reply during the Chuseok holidays",
    items={},
    body="""
안녕하세요. 한지윤입니다.
추석 연휴로 9월 14일부터 9월 18일까지 부재중입니다.
급한 용무는 policy@navercorp.com 으로 보내 주시기 바랍니다.
""")

case(
    name="yt-request-receipt", frm=YT_NOREPLY, date=d(12, "10:20"),
    subject="We've received your legal request (KCSC-240911-07)", reply_to_req="req-KCSC-240911-07",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal-request automatic receipt with a reference id",
    why="receipt with a reference id; 'we will review' is the receipt's standard promise",
    items={},
    body="""
Hello,

Thanks for contacting us. We've received your legal request and given it the
reference 7-3829000012345. We will review it and get back to you.

Please keep this reference number for future correspondence.

The Google Legal Team
""")

case(
    name="tg-autoresponder", frm="dsa@telegram.org", date=d(11, "10:01"),
    name_from="Telegram DSA",
    subject="Automatic reply: [KCSC-240911-02] Removal request", reply_to_req="req-KCSC-240911-02",
    extra_headers=["Auto-Submitted: auto-replied"],
    outcome="ignored", classification="auto_reply",
    imitates="Telegram DSA mailbox automatic reply",
    why="automated reply of the DSA contact mailbox",
    items={},
    body="""
This is an automatic reply. Your message has reached the Telegram DSA
contact point. Due to the volume of messages we may not reply to every
email individually. Please do not reply to this message.
""")


# ---------------------------------------------------------------- write
HEADER = """# Blind set 450 (tests/corpus/blind450/make.py writes this file).
# Focus: what a program gets wrong: mixed statuses in one sentence, hedges
# in relative clauses, negations, refusals with reasons, later sentences
# that revise earlier ones, a table conflicting with its note, statuses by
# position. Expected results written from each email's meaning alone,
# before any run of the reader. Each case is judged alone on a fresh ledger.
"""


def main():
    write_requests()
    cases = []
    for c in CASES:
        c = dict(c)
        c["from"] = c.pop("frm")
        cases.append(c)
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
