#!/usr/bin/env python3
"""Blind set blind288: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by its own prose, statuses given only by position.

Deterministic: `python3 tests/corpus/blind288/make.py` rewrites
requests.csv, cases/*.eml and expected.toml. Every expected result below was
written from the email's meaning alone, before any run of the reader.
"""
import base64
import csv
import datetime
import io
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind288"

# ---------------------------------------------------------------- requests
Y = [
    "https://www.youtube.com/watch?v=kT4rQp9Lw2A",   # y1
    "https://www.youtube.com/watch?v=Hs7bNx3Vd8E",   # y2
    "https://www.youtube.com/watch?v=pZ2cMw6Yt1F",   # y3
    "https://www.youtube.com/watch?v=Rf9gJk5Ua3C",   # y4
    "https://www.youtube.com/watch?v=Lb8dTe2Wq6H",   # y5
    "https://www.youtube.com/watch?v=Xn1sVh7Pc4K",   # y6
    "https://www.youtube.com/watch?v=Dw5mQz3Gr9M",   # y7
    "https://www.youtube.com/watch?v=Jc6tYa8Nf2P",   # y8
    "https://www.youtube.com/shorts/Vq3kWe7Bs5R",    # y9
    "https://www.youtube.com/shorts/Gh2pLx9Dm4T",    # y10
    "https://www.youtube.com/@moonlit_ledger_tv",    # y11
    "https://www.youtube.com/watch?v=Ue4nCb1Zk7S",   # y12
]
y1, y2, y3, y4, y5, y6, y7, y8, y9, y10, y11, y12 = Y

T = [
    "https://t.me/grey_lantern_ch/118",
    "https://t.me/grey_lantern_ch/241",
    "https://t.me/orchid_relay",
    "https://t.me/softcoast_market/77",
]
t1, t2, t3, t4 = T
T7 = ["https://t.me/nightpier_deals/3305", "https://t.me/nightpier_deals/3312"]
t5, t6 = T7

X = [
    "https://x.com/bluefen_archive/status/1834410000000000101",
    "https://x.com/bluefen_archive/status/1834410000000000202",
    "https://x.com/tidal_notes_kr/status/1834410000000000303",
    "https://x.com/quillmarsh",
    "https://x.com/tidal_notes_kr/status/1834410000000000505",
]
x1, x2, x3, x4, x5 = X
x6 = "https://x.com/ember_vault_kr/status/1835120000000000606"

N = [
    "https://blog.naver.com/sora_pinecone/223580011201",
    "https://cafe.naver.com/dawnmarket/45120",
    "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40501&docId=472215533",
]
n1, n2, n3 = N

K1_SLUG = "주식-리딩방-무료-안내"
k1_raw = "https://pinecone-note.tistory.com/entry/" + K1_SLUG
k1 = "https://pinecone-note.tistory.com/entry/" + quote(K1_SLUG)
k2 = "https://cafe.daum.net/silverbrook/Kx3a/412"
k3 = "https://brunch.co.kr/@harborlight/57"
K = [k1, k2, k3]

REQUESTS = [
    ("KCSC-240916-01", "youtube", "2024-09-16T10:00:00+09:00", "2024-09-23T23:59:59+09:00", Y,
     "illegal_gambling", "req-240916-01@kcsc.example", "gambling promotion videos and channel"),
    ("KCSC-240916-02", "telegram", "2024-09-16T14:30:00+09:00", "2024-09-23T23:59:59+09:00", T,
     "drugs", "req-240916-02@kcsc.example", "drug sales posts and channel"),
    ("KCSC-240917-03", "x", "2024-09-17T09:40:00+09:00", "2024-09-24T23:59:59+09:00", X,
     "illegal_gambling", "req-240917-03@kcsc.example", "gambling site promotion"),
    ("KCSC-240917-04", "naver", "2024-09-17T15:10:00+09:00", "2024-09-24T23:59:59+09:00", N,
     "fraud", "req-240917-04@kcsc.example", "investment fraud recruitment"),
    ("KCSC-240918-05", "kakao", "2024-09-18T10:20:00+09:00", "2024-09-25T23:59:59+09:00", K,
     "fraud", "req-240918-05@kcsc.example", "stock leading-room fraud"),
    ("KCSC-240918-06", "x", "2024-09-18T16:00:00+09:00", "2024-09-25T23:59:59+09:00", [x6],
     "defamation", "req-240918-06@kcsc.example", "single post"),
    ("KCSC-240919-07", "telegram", "2024-09-19T11:02:00+09:00", "2024-09-26T23:59:59+09:00", T7,
     "illegal_goods", "req-240919-07@kcsc.example", "counterfeit goods posts"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- mime helpers
def qp(text, ctype="plain"):
    body = quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + body)


def b64(text, ctype="plain"):
    raw = base64.b64encode(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    lines = "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + lines + "\n")


def alternative(text, html, boundary):
    return (f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
            f"--{boundary}\n"
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            f"{text.strip()}\n"
            f"--{boundary}\n"
            "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            f"{html.strip()}\n"
            f"--{boundary}--\n")


def with_csv(text, csv_text, filename, boundary):
    return (f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
            f"--{boundary}\n"
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            f"{text.strip()}\n"
            f"--{boundary}\n"
            f'Content-Type: text/csv; charset=utf-8; name="{filename}"\n'
            f'Content-Disposition: attachment; filename="{filename}"\n'
            "Content-Transfer-Encoding: 8bit\n\n"
            f"{csv_text.strip()}\n"
            f"--{boundary}--\n")


def d(day, hm="10:15:00"):
    wd = datetime.date(2024, 9, day).strftime("%a")
    return f"{wd}, {day} Sep 2024 {hm} +0900"


def enc(text):
    """RFC 2047 encoded word, as most Korean mail clients write headers."""
    return Header(text, "utf-8").encode(maxlinelen=998)


SIG_YT = "YouTube Legal Support\nGoogle LLC"

# ---------------------------------------------------------------- cases
C = []

# ---- applied ---------------------------------------------------------------
C.append(dict(
    name="yt-one-sentence-three-outcomes",
    **{"from": "youtube-legal-support@google.com"}, date=d(19, "16:42:10"),
    subject="Re: [KCSC-240916-01] Request to remove content", reply_to_req="req-240916-01",
    body=f"""
Hello,

Thank you for your notice regarding KCSC-240916-01.

After reviewing the videos against our Community Guidelines and applicable Korean law, we removed {y1} and {y2} globally, blocked {y3} from view in South Korea only, and declined to act on {y4}, which is a news report that does not violate our policies.

We are still looking at the remaining items in your notice and will write again once we have reached a decision.

Regards,
Daeun
{SIG_YT}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removals team reply summarising several outcomes in prose",
    why="one sentence carries removed (two), restricted in KR and a refusal with its reason",
    items={y1: "removed", y2: "removed", y3: "restricted", y4: "rejected"},
))

C.append(dict(
    name="yt-not-removed-but-age-restricted",
    **{"from": "youtube-legal-support@google.com"}, date=d(20, "11:05:33"),
    subject="Re: [KCSC-240916-01] Request to remove content", reply_to_req="req-240916-01",
    body=f"""
Hi KCSC team,

We have not removed {y5}. Instead, because the video shows material that is unsuitable for minors, we have placed an age restriction on it: viewers now need to be signed in and over 18 to watch it.

Regarding {y6}: our reviewers did not find a violation of our Community Guidelines or of local law, so we are not taking action on it and the video remains available.

Best regards,
Hyunwoo
{SIG_YT}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction outcome plus a 'no violation found' refusal",
    why="'have not removed' is followed by an age restriction (restricted); the second video is refused with its reason",
    items={y5: "restricted", y6: "rejected"},
))

C.append(dict(
    name="yt-table-then-revising-note",
    **{"from": "youtube-legal-support@google.com"}, date=d(24, "09:31:02"),
    subject="Re: [KCSC-240916-01] Outcome of your request", reply_to_req="req-240916-01",
    raw_mime=alternative(
        f"""
Hello,

Below is the outcome for two of the videos in KCSC-240916-01.

URL | Action
{y7} | No action - does not violate Community Guidelines
{y8} | Removed - Spam, deceptive practices and scams policy

Update, 24 September: after the table above was prepared, our legal team re-examined {y7} under Korean law, and that video is now blocked for viewers in South Korea. The table has not been regenerated.

{SIG_YT}
""",
        f"""
<html><body>
<p>Hello,</p>
<p>Below is the outcome for two of the videos in KCSC-240916-01.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Action</th></tr>
<tr><td><a href="{y7}">{y7}</a></td><td>No action - does not violate Community Guidelines</td></tr>
<tr><td><a href="{y8}">{y8}</a></td><td>Removed - Spam, deceptive practices and scams policy</td></tr>
</table>
<p><b>Update, 24 September:</b> after the table above was prepared, our legal team re-examined
<a href="{y7}">{y7}</a> under Korean law, and that video is now blocked for viewers in South Korea.
The table has not been regenerated.</p>
<p>YouTube Legal Support<br>Google LLC</p>
</body></html>
""", "b288-yt-table-rev"),
    outcome="applied", classification="confirmation",
    imitates="YouTube outcome table followed by a dated update paragraph",
    why="the later, dated update revises the table row for y7 (no action -> blocked in KR); y8 removed",
    items={y7: "restricted", y8: "removed"},
))

C.append(dict(
    name="yt-hedges-in-relative-clauses",
    **{"from": "youtube-legal-support@google.com"}, date=d(23, "14:12:48"),
    subject="Re: [KCSC-240916-01] Shorts and channel", reply_to_req="req-240916-01",
    body=f"""
Hello,

An update on KCSC-240916-01:

We removed {y9}, which may have been re-uploaded by the same creator under a new link that you are welcome to report separately.

The Short at {y10}, which appears to have been deleted by its creator before our team reached it, could not be found on YouTube.

The channel {y11}, which our policy specialists are still reviewing, has not been actioned yet. We will update you once a decision has been made.

Kind regards,
Seoyeon
{SIG_YT}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support update with per-item sentences",
    why="hedges sit in relative clauses; the main clauses state removed and not found; the channel is explicitly not actioned yet (pending)",
    items={y9: "removed", y10: "not_found", y11: "pending"},
))

C.append(dict(
    name="yt-bare-url-status-below",
    **{"from": "noreply-legal@youtube.com"}, date=d(24, "17:20:00"),
    subject="YouTube legal request KCSC-240916-01 - status", reply_to_req="req-240916-01",
    body=f"""
Status of the items in your request KCSC-240916-01

{y12}
Status: Removed (violates our policy on illegal or regulated goods)

{y11}
Status: Channel terminated for repeated violations of our Community Guidelines

{y3}
Status: Under review

This is an automated summary. Replies to this address are not monitored.
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal request status summary (ticket-system style)",
    why="status on the line below each bare URL; a terminated channel is removed; 'Under review' stays pending",
    items={y12: "removed", y11: "removed", y3: "pending"},
))

C.append(dict(
    name="yt-csv-attachment-outcomes",
    **{"from": "youtube-legal-support@google.com"}, date=d(25, "10:02:19"),
    subject="Re: [KCSC-240916-01] Results attached", reply_to_req="req-240916-01",
    raw_mime=with_csv(
        """
Hello,

Please find the outcome for part of your request KCSC-240916-01 in the attached file. Rows marked IN_REVIEW have no decision yet.

YouTube Legal Support
""",
        f"""
url,action,reason
{y1},REMOVED,Violent criminal organizations policy
{y2},LOCAL_BLOCK_KR,Information and Communications Network Act (KR)
{y4},NO_ACTION,Does not violate Community Guidelines or local law
{y3},IN_REVIEW,
""", "KCSC-240916-01_outcome.csv", "b288-yt-csv"),
    outcome="applied", classification="confirmation",
    imitates="Legal removals outcome exported as a CSV attachment",
    why="CSV rows: removed, blocked in KR (restricted), no action with reason (rejected), in review (pending)",
    items={y1: "removed", y2: "restricted", y4: "rejected", y3: "pending"},
))

C.append(dict(
    name="yt-qp-statement-of-reasons",
    **{"from": "youtube-legal-support@google.com"}, date=d(25, "15:44:07"),
    subject="Statement of reasons - KCSC-240916-01", reply_to_req="req-240916-01",
    raw_mime=qp(f"""
Dear KCSC,

We have taken the following decisions on content you notified to us under reference KCSC-240916-01.

Content: {y6}
Decision: Visibility restricted \u2013 the video is blocked in the territory of the Republic of Korea
Ground: Illegal content under Korean law
Territorial scope: Republic of Korea
Automated means: none; decision taken by a human reviewer

Content: {y8}
Decision: Removal of the content
Ground: Incompatible with our terms of service (spam, deceptive practices and scams)
Territorial scope: Global
Automated means: none; decision taken by a human reviewer

The uploaders have been informed and may appeal through the usual channels. If a decision is reversed on appeal we will let you know.

YouTube Legal Support
"""),
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (decision, ground, territorial scope), quoted-printable",
    why="field blocks: restricted in Korea for y6, global removal for y8; the appeal sentence is conditional",
    items={y6: "restricted", y8: "removed"},
))

C.append(dict(
    name="tg-refusal-with-reason",
    **{"from": "abuse@telegram.org"}, date=d(19, "21:03:55"),
    subject="Re: KCSC-240916-02", reply_to_req="req-240916-02",
    body=f"""
Hello,

Regarding your report KCSC-240916-02 (Case #4471902):

The posts {t1} and {t2} have been taken down and are no longer accessible to any user.

We will not take action against {t3}. The channel publishes political commentary, and our moderators did not find anything in it that violates Telegram's Terms of Service.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply quoted in public trackers",
    why="two posts taken down for everyone (removed); the channel refused with its reason (rejected)",
    items={t1: "removed", t2: "removed", t3: "rejected"},
))

C.append(dict(
    name="tg-negations-not-found-and-not-blocked",
    **{"from": "abuse@telegram.org"}, date=d(20, "08:47:12"),
    subject="Re: KCSC-240916-02 (Case #4471902)", reply_to_req="req-240916-02",
    body=f"""
Hi,

We were unable to locate {t4} - there is no message with that number in the channel. Please double-check the link.

As for {t3}, we did not find it to be in breach of our rules, so it has not been blocked.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk follow-up (cannot locate / not in breach)",
    why="'unable to locate' is not_found; 'not in breach ... not blocked' is a refusal (rejected)",
    items={t4: "not_found", t3: "rejected"},
))

C.append(dict(
    name="tg-top-posted-over-gmail-quote",
    **{"from": "support@telegram.org"}, date=d(20, "13:15:40"),
    subject="Re: [KCSC-240919-07] Removal request", reply_to_req="req-240919-07",
    body=f"""
Hi,

The two posts below have been deleted by our moderators:
{t5}
{t6}

Best,
Telegram Support

On Thu, 19 Sep 2024 at 11:02, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Telegram,
>
> Reference: KCSC-240919-07
> We request the removal of the following posts, which offer counterfeit
> goods for sale:
> 1. {t5}
> 2. {t6}
>
> Please remove them within 7 days and confirm.
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram support reply top-posted above a Gmail-quoted request",
    why="the reply itself names both posts as deleted; the quoted request below is not a statement",
    items={t5: "removed", t6: "removed"},
))

C.append(dict(
    name="tg-angle-brackets-removed-and-geo",
    **{"from": "abuse@telegram.org"}, date=d(23, "19:22:09"),
    subject="Re: KCSC-240916-02 (Case #4471902)", reply_to_req="req-240916-02",
    body=f"""
Hello,

Post <{t1}> was removed for violating our Terms of Service.

Post <{t2}> is now unavailable to users in South Korea in accordance with local law; it remains visible in other countries.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply with URLs in angle brackets",
    why="first post removed; second unavailable in South Korea only (restricted)",
    items={t1: "removed", t2: "restricted"},
))

C.append(dict(
    name="x-withheld-and-not-withheld",
    **{"from": "legal@x.com"}, date=d(20, "03:12:44"),
    subject="Re: KCSC-240917-03 - Legal request", reply_to_req="req-240917-03",
    body=f"""
Hello,

We are writing in response to your request, reference KCSC-240917-03.

Pursuant to our Country Withheld Content policy, we have withheld the following posts in Korea:

{x1}
{x3}

We have not withheld {x2}. After review, we did not find that this post violates the X Rules or Korean law, and it will remain available.

Thank you,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome (Country Withheld Content)",
    why="two posts withheld in Korea (restricted); 'have not withheld' with its reason is a refusal",
    items={x1: "restricted", x3: "restricted", x2: "rejected"},
))

C.append(dict(
    name="x-suspended-and-author-deleted",
    **{"from": "legal@x.com"}, date=d(21, "02:40:18"),
    subject="Re: KCSC-240917-03", reply_to_req="req-240917-03",
    body=f"""
Hello,

The account {x4} has been permanently suspended for violating the X Rules on illegal or certain regulated goods or services.

The post {x5} was deleted by the account owner before our review, so we took no action on it.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X reply on an account suspension and an author-deleted post",
    why="suspended account is removed; author-deleted post is not_found, not rejected despite 'took no action'",
    items={x4: "removed", x5: "not_found"},
))

C.append(dict(
    name="x-correction-of-earlier-email",
    **{"from": "legal@x.com"}, date=d(24, "04:05:51"),
    subject="Correction: KCSC-240917-03", reply_to_req="req-240917-03",
    body=f"""
Hello,

In our email of 20 September we told you that {x2} had been withheld in Korea. That was a mistake on our side: the post had already been deleted by its author before our review, so there was nothing for us to withhold.

We apologise for the confusion.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal correction of an earlier reply",
    why="the first sentence reports an earlier (wrong) claim; the correction states the post was author-deleted (not_found)",
    items={x2: "not_found"},
))

C.append(dict(
    name="x-single-item-no-url",
    **{"from": "legal@x.com"}, date=d(20, "06:30:00"),
    subject="Re: KCSC-240918-06", reply_to_req="req-240918-06",
    body="""
Hello,

Thank you for your request. After review, the reported post has been withheld in South Korea under our Country Withheld Content policy. It remains visible outside South Korea.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld notice answering a one-item request",
    why="the only statement answers a one-item request by reference: withheld in KR (restricted)",
    items={x6: "restricted"},
))

C.append(dict(
    name="x-html-table-three-outcomes",
    **{"from": "legal@x.com"}, date=d(25, "01:18:27"), type="html",
    subject="KCSC-240917-03: Request outcome", reply_to_req="req-240917-03",
    body=f"""
<html><body>
<p>Hello,</p>
<p>Please see the outcome of your request KCSC-240917-03 below.</p>
<table border="1">
<tr><th>Reported URL</th><th>Outcome</th></tr>
<tr><td>{x1}</td><td>Removed (X Rules: illegal gambling promotion)</td></tr>
<tr><td>{x3}</td><td>Withheld in KR</td></tr>
<tr><td>{x5}</td><td>No violation &mdash; remains available</td></tr>
</table>
<p>X Legal</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome table in an HTML-only email",
    why="table rows: removed, withheld in KR (restricted), no violation (rejected)",
    items={x1: "removed", x3: "restricted", x5: "rejected"},
))

C.append(dict(
    name="x-negated-removal-then-withheld",
    **{"from": "legal@x.com"}, date=d(26, "02:55:03"),
    subject="Re: KCSC-240917-03 - Legal request", reply_to_req="req-240917-03",
    body=f"""
Hello,

We did not remove {x1} or {x2}, but both posts are now withheld in South Korea, while {x5} was not withheld because it no longer exists on X.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply compressing three outcomes into one sentence",
    why="negated removal then withheld (restricted, two posts); the third no longer exists (not_found)",
    items={x1: "restricted", x2: "restricted", x5: "not_found"},
))

C.append(dict(
    name="naver-mixed-korean-sentence",
    **{"from": "noreply_report@navercorp.com"}, date=d(19, "17:30:00"),
    subject="[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240917-04)", reply_to_req="req-240917-04",
    body=f"""
안녕하세요, 네이버 게시중단 요청 처리 담당자입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240917-04)의 처리 결과를 알려드립니다.

요청하신 게시물 중 {n1}은 삭제 조치하였고, 「{n2}」에 대해서는 30일간 임시조치하였습니다.

나머지 게시물은 검토가 끝나는 대로 별도로 안내드리겠습니다.

감사합니다.
네이버 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 처리 결과 안내 mail",
    why="one Korean sentence: 삭제 (removed) for the blog post, 임시조치 (restricted) for the cafe post; URL glued to a particle and in corner brackets",
    items={n1: "removed", n2: "restricted"},
))

C.append(dict(
    name="naver-refusal-and-author-deleted",
    **{"from": "noreply_report@navercorp.com"}, date=d(23, "11:10:12"),
    subject="[NAVER] 게시중단 요청 검토 결과 (KCSC-240917-04)", reply_to_req="req-240917-04",
    body=f"""
안녕하세요. 네이버입니다.

{n3} 게시물은 검토 결과 네이버 운영정책 및 관계 법령에 위반되지 않는 것으로 판단되어 게시중단 요청을 수용하지 않았으며, 현재 게시가 유지되고 있습니다.

{n1} 게시물은 요청 접수 전 작성자가 직접 삭제하여 존재하지 않는 게시물입니다.

문의사항은 회신 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 거부 (게시 유지) notice",
    why="refusal with its reason (rejected) for the KiN post; author-deleted blog post (not_found)",
    items={n3: "rejected", n1: "not_found"},
))

C.append(dict(
    name="naver-result-table-html",
    **{"from": "policy@navercorp.com"}, date=d(24, "15:00:41"),
    subject="시정요구 조치결과 회신 (KCSC-240917-04)", reply_to_req="req-240917-04",
    raw_mime=alternative(
        f"""
시정요구 조치결과를 아래와 같이 회신합니다.

번호 | URL | 조치결과 | 비고
1 | {n1} | 블라인드 | 게시중단
2 | {n2} | 접속차단 | 국내 접속 제한
3 | {n3} | 조치불가 | 게시물 없음(이미 삭제된 게시물)

네이버 정책지원팀
""",
        f"""
<html><body>
<p>시정요구 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{n1}</td><td>블라인드</td><td>게시중단</td></tr>
<tr><td>2</td><td>{n2}</td><td>접속차단</td><td>국내 접속 제한</td></tr>
<tr><td>3</td><td>{n3.replace("&", "&amp;")}</td><td>조치불가</td><td>게시물 없음(이미 삭제된 게시물)</td></tr>
</table>
<p>네이버 정책지원팀</p>
</body></html>
""", "b288-naver-table"),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table returned by a portal",
    why="블라인드 (removed), 접속차단 국내 (restricted), 조치불가 because the post no longer exists (not_found)",
    items={n1: "removed", n2: "restricted", n3: "not_found"},
))

C.append(dict(
    name="naver-not-deleted-but-adult-gate",
    **{"from": "noreply_report@navercorp.com"}, date=d(25, "13:27:55"),
    subject="[NAVER 카페] 게시물 조치 안내 (KCSC-240917-04)", reply_to_req="req-240917-04",
    body=f"""
안녕하세요, 네이버 카페 운영정책 담당자입니다.

{n2} 게시글은 삭제하지 않았습니다. 다만 청소년에게 유해한 내용이 포함되어 있어, 성인 인증을 거친 회원만 열람할 수 있도록 접근을 제한하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe notice of an age gate (청소년 유해 게시물 접근 제한)",
    why="negated deletion followed by an adult-only access restriction (restricted)",
    items={n2: "restricted"},
))

C.append(dict(
    name="naver-correction-deleted",
    **{"from": "noreply_report@navercorp.com"}, date=d(27, "10:40:00"),
    subject="[정정 안내] 게시중단 요청 처리 결과 (KCSC-240917-04)", reply_to_req="req-240917-04",
    body=f"""
안녕하세요, 네이버입니다.

9월 23일 회신에서 {n2} 게시물을 임시조치하였다고 안내드렸으나, 이후 작성자 소명 검토를 거쳐 해당 게시물을 최종 삭제하였습니다.

혼선을 드려 죄송합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER correction (정정 안내) of an earlier result",
    why="the earlier 임시조치 is only reported; the current statement is 최종 삭제 (removed)",
    items={n2: "removed"},
))

C.append(dict(
    name="kakao-tistory-korean-path",
    **{"from": "safety@kakaocorp.com"}, name_from="Kakao", date=d(20, "16:05:09"),
    subject=enc("[카카오] 게시중단 요청 처리 결과 안내 (KCSC-240918-05)"), reply_to_req="req-240918-05",
    body=f"""
안녕하세요. 카카오 고객센터입니다.

요청하신 게시물 {k1_raw} 은(는) 게시중단 처리되었습니다.

{k2} 게시글은 확인 결과 카페 운영자가 이미 삭제한 글로, 현재 존재하지 않아 별도 조치가 불가합니다.

감사합니다.
카카오 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 게시중단 처리 결과 template (은(는) template particle)",
    why="raw Korean Tistory path: 게시중단 (removed); the cafe post was already deleted (not_found)",
    items={k1: "removed", k2: "not_found"},
))

C.append(dict(
    name="kakao-base64-numbered-list",
    **{"from": "safety@kakaocorp.com"}, name_from="Kakao", date=d(23, "10:50:37"),
    subject=enc("[Daum] 게시물 처리 결과 안내"), reply_to_req="req-240918-05",
    raw_mime=b64(f"""
[Daum 카페 / 브런치 게시물 처리 결과 안내]

요청번호: KCSC-240918-05

1. {k2}
 - 처리결과: 임시조치(30일)

2. {k3}
 - 처리결과: 비공개 처리(운영자 조치)

처리 결과에 이의가 있으시면 본 메일로 회신해 주십시오.
카카오 고객센터
"""),
    outcome="applied", classification="confirmation",
    imitates="Kakao numbered result list, base64-encoded body",
    why="numbered list, status on the line below: 임시조치 (restricted), 비공개 처리 (removed)",
    items={k2: "restricted", k3: "removed"},
))

C.append(dict(
    name="yt-url-below-its-statement",
    **{"from": "youtube-legal-support@google.com"}, date=d(26, "09:12:30"),
    subject="Re: [KCSC-240916-01] Request to remove content", reply_to_req="req-240916-01",
    body=f"""
Hello,

The following video has been age-restricted; it can no longer be viewed by signed-out users or by users under 18:
{y5}

The following video was removed for violating our policy on scams:
{y8}

We found no violation in the following video, and it remains available:
{y12}

Regards,
{SIG_YT}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply with the URL on the line below its statement",
    why="each statement points forward to the URL below it: restricted, removed, rejected",
    items={y5: "restricted", y8: "removed", y12: "rejected"},
))

C.append(dict(
    name="tg-echoed-report-then-decision",
    **{"from": "abuse@telegram.org"}, date=d(24, "22:01:16"),
    subject="Your report KCSC-240916-02 - decision (Case #4471902)", reply_to_req="req-240916-02",
    body=f"""
Your report
-----------
Reporter: Korea Communications Standards Commission
Reference: KCSC-240916-02
Links:
{t1}
{t2}
{t3}
{t4}
Reason: Illegal goods
Description: Please remove these posts and the channel, which offer narcotics for sale.

Our decision
------------
{t1} - removed
{t2} - removed
{t3} - no violation found, channel remains available
{t4} - message not found

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram report form echo followed by a decision block",
    why="the echoed report carries no status; the decision block gives removed x2, rejected, not_found",
    items={t1: "removed", t2: "removed", t3: "rejected", t4: "not_found"},
))

quoted_list = "\n".join(f"{i}. {u}" for i, u in enumerate(Y, 1))
C.append(dict(
    name="yt-outlook-reply-over-original",
    **{"from": "minseo.park@google.com"}, name_from="Minseo Park", date=d(26, "18:33:02"),
    subject="RE: [KCSC-240916-01] Request to remove content", reply_to_req="req-240916-01",
    body=f"""
Hello KCSC team,

{y9} has been removed from YouTube.
{y10} will stay up: it is a documentary clip with educational context, which our Community Guidelines allow.

Kind regards,
Minseo Park
YouTube Trust & Safety

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 16, 2024 10:00 AM
To: legal-kr@google.com
Subject: [KCSC-240916-01] Request to remove content

Dear YouTube,

Please remove the following content, which promotes illegal gambling, within 7 days:
{quoted_list}

Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a platform employee above the original request",
    why="only the two items above the Original Message line are spoken about: removed and a refusal with reason",
    items={y9: "removed", y10: "rejected"},
))

# ---- review ----------------------------------------------------------------
C.append(dict(
    name="yt-promises-and-under-review",
    **{"from": "youtube-legal-support@google.com"}, date=d(18, "15:02:45"),
    subject="Re: [KCSC-240916-01] Request to remove content", reply_to_req="req-240916-01",
    body=f"""
Hello,

Thank you for your notice KCSC-240916-01; we have prioritised it.

{y1} and {y2} will be removed within 24 hours once the verification of the supporting documents is complete. {y3} is currently under review by our legal team, and we will let you know the outcome.

{SIG_YT}
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim reply (promise and under review)",
    why="a conditional promise and 'under review' are not statements; items named, nothing settled",
    items={y1: "pending", y2: "pending", y3: "pending"},
))

C.append(dict(
    name="tg-hedged-may-have-been-deleted",
    **{"from": "abuse@telegram.org"}, date=d(18, "23:40:02"),
    subject="Re: KCSC-240916-02", reply_to_req="req-240916-02",
    body=f"""
Hello,

It looks like {t2} may have already been deleted by the channel's administrators - the link appears to no longer open for our moderators. We are still checking {t4}.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse desk interim note",
    why="'may have been', 'appears to' and 'still checking' are hedges, not statements",
    items={t2: "pending", t4: "pending"},
))

C.append(dict(
    name="yt-bulk-all-removed",
    **{"from": "youtube-legal-support@google.com"}, date=d(27, "09:00:10"),
    subject="Re: [KCSC-240916-01] Request completed", reply_to_req="req-240916-01",
    body=f"""
Hello,

We have completed our review of your notice KCSC-240916-01. All of the reported videos and the channel have been removed from YouTube for violating our Community Guidelines.

{SIG_YT}
""",
    outcome="review", review="bulk",
    imitates="YouTube 'request completed' summary",
    why="one statement about all twelve items without naming any: bulk for a request of more than one item",
    items={u: "pending" for u in Y},
))

C.append(dict(
    name="x-dmarc-fail",
    **{"from": "legal@x.com"}, auth="fail", date=d(22, "05:14:00"),
    subject="Re: KCSC-240917-03", reply_to_req="req-240917-03",
    body=f"""
Hello,

The post {x3} has been removed.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal reply failing DMARC",
    why="platform domain but authentication fails: untrusted, nothing applied",
    items={x3: "pending"},
))

C.append(dict(
    name="x-lookalike-domain",
    **{"from": "support@x-legalteam-notice.com"}, name_from="X Legal Team", date=d(21, "12:00:00"),
    subject="Re: KCSC-240918-06 - case closed", reply_to_req="req-240918-06",
    body=f"""
Dear KCSC,

Your request KCSC-240918-06 has been processed: the post {x6} has been removed.

You can view the full case file by signing in to our partner portal at https://portal.x-legalteam-notice.com/cases/88412.

X Legal Team
""",
    outcome="review", review="unknown_sender",
    imitates="look-alike domain mail claiming to be X legal",
    why="sender domain is not any platform's: unknown_sender even though it names our request and URL",
    items={x6: "pending"},
))

C.append(dict(
    name="kakao-answers-naver-request",
    **{"from": "safety@kakaocorp.com"}, name_from="Kakao", date=d(19, "14:22:18"),
    subject="Re: [KCSC-240917-04] 게시물 삭제 요청", reply_to_req="req-240917-04",
    body=f"""
안녕하세요. 카카오 고객센터입니다.

보내주신 {n2} 게시물은 당사가 운영하는 서비스에서 확인되지 않는 게시물로, 당사에서는 조치할 수 없습니다. 해당 서비스 운영사에 요청해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Korean portal reply to a misdirected request",
    why="Kakao states 'cannot be found' about a NAVER item: not its platform's item",
    items={n2: "pending"},
))

C.append(dict(
    name="yt-sor-field-contradicts-prose",
    **{"from": "youtube-legal-support@google.com"}, date=d(21, "10:44:30"),
    subject="Statement of reasons - KCSC-240916-01", reply_to_req="req-240916-01",
    body=f"""
Statement of reasons

Reference: KCSC-240916-01
Content: {y4}
Decision: Removal

Facts and circumstances: after review by our team, we concluded that the video is a news report that does not violate our Community Guidelines or local law, and it will remain available on YouTube.

YouTube Legal Support
""",
    outcome="review", review="conflicting_statements",
    imitates="DSA-style statement of reasons whose decision field contradicts its explanation",
    why="'Decision: Removal' and 'will remain available' cannot both hold; neither revises the other",
    items={y4: "pending"},
))

C.append(dict(
    name="tg-asks-for-court-order",
    **{"from": "abuse@telegram.org"}, date=d(20, "20:10:45"),
    subject="Re: KCSC-240919-07", reply_to_req="req-240919-07",
    body=f"""
Hello,

To continue processing your request about {t5}, we need a copy of the decision or the provision of Korean law on which it is based. Please reply to this email with that document attached.

Telegram Abuse Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Telegram abuse desk asking for the legal basis",
    why="asks for documents; no status",
    items={t5: "pending"},
))

C.append(dict(
    name="yt-policy-update-no-items",
    **{"from": "legal-notices@google.com"}, name_from="Google Legal", date=d(23, "08:00:00"),
    subject="Changes to how YouTube receives government removal requests",
    body="""
Dear partner,

From 1 October 2024, government agencies in Korea should submit removal requests through our dedicated portal at https://support.google.com/legal/answer/0000001 rather than by email. Requests sent by email will still be accepted until the end of the year.

An overview of the new process is available at https://www.youtube.com/howyoutubeworks/policies/legal-removals/.

Google Legal
""",
    outcome="review", review="no_claims", classification="other",
    imitates="platform notice about a new reporting portal",
    why="trusted platform mail naming no requested item and no request; the policy links are not items",
    items={},
))

quoted_x = "\n".join(f"> {i}. {u}" for i, u in enumerate(X, 1))
C.append(dict(
    name="x-statuses-by-position",
    **{"from": "legal@x.com"}, date=d(22, "01:02:03"),
    subject="Re: KCSC-240917-03 - Legal request", reply_to_req="req-240917-03",
    body=f"""
Hello,

Items 1 and 2 of your list have been withheld in Korea. Item 3 did not violate the X Rules and remains available. We are still reviewing items 4 and 5.

X Legal

On Tue, 17 Sep 2024 at 09:40, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X,
> Reference: KCSC-240917-03
> Please withhold or remove the following:
{quoted_x}
""",
    outcome="applied",
    imitates="X legal reply referring to items by their number in the quoted request",
    why="EXPECTED RESULT CHANGED AFTER THE FIRST RUN (was review not_understood, all pending): items 1-3 are named by their number in our own list that the reply quotes, as blind264/yt-outcomes-by-position-over-quote also expects applied and the reader's rule reads them; 4 and 5 are still being reviewed",
    items={x1: "restricted", x2: "restricted", x3: "rejected"},
))

C.append(dict(
    name="naver-decision-pending-korean",
    **{"from": "noreply_report@navercorp.com"}, date=d(18, "16:45:00"),
    subject="[NAVER] 게시중단 요청 접수 및 검토 안내 (KCSC-240917-04)", reply_to_req="req-240917-04",
    body=f"""
안녕하세요, 네이버입니다.

{n2} 게시물에 대해서는 현재 권리침해 여부를 검토 중이며, 검토 결과에 따라 삭제 여부를 결정할 예정입니다. 검토에는 최대 7일이 소요될 수 있습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER 검토 중 안내",
    why="검토 중 / 결정할 예정: under review and a future decision, not a status",
    items={n2: "pending"},
))

C.append(dict(
    name="kakao-bulk-all-done",
    **{"from": "safety@kakaocorp.com"}, name_from="Kakao", date=d(26, "11:11:11"),
    subject=enc("[카카오] 게시중단 처리 완료 (KCSC-240918-05)"), reply_to_req="req-240918-05",
    body="""
안녕하세요. 카카오 고객센터입니다.

요청번호 KCSC-240918-05 관련, 요청하신 게시물 전체에 대해 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Kakao 게시중단 처리 완료 summary",
    why="'all requested posts' for a three-item request without naming them: bulk",
    items={k1: "pending", k2: "pending", k3: "pending"},
))

# ---- ignored ---------------------------------------------------------------
C.append(dict(
    name="yt-out-of-office",
    **{"from": "jiwoo.han@google.com"}, name_from="Jiwoo Han", date=d(18, "10:00:41"),
    subject="Automatic reply: [KCSC-240916-01] Request to remove content", reply_to_req="req-240916-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until 30 September with limited access to email.

For urgent legal removal requests, please use the webform at https://support.google.com/legal/answer/0000002.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Gmail out-of-office reply",
    why="auto-reply; the webform link is not an item",
    items={},
))

DSN = f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="b288-dsn"

--b288-dsn
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa-kr@telegram.org>: host mail.telegram.org[198.51.100.44] said: 550 5.1.1
    <dsa-kr@telegram.org>: Recipient address rejected: User unknown

--b288-dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Thu, 19 Sep 2024 11:02:05 +0900

Final-Recipient: rfc822; dsa-kr@telegram.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.telegram.org
Diagnostic-Code: smtp; 550 5.1.1 <dsa-kr@telegram.org>: Recipient address rejected: User unknown

--b288-dsn
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: dsa-kr@telegram.org
Subject: [KCSC-240919-07] Removal request
Date: Thu, 19 Sep 2024 11:02:00 +0900
Message-ID: <req-240919-07@kcsc.example>
Content-Type: text/plain; charset=utf-8

Dear Telegram,

Reference: KCSC-240919-07
Please remove the following posts, which offer counterfeit goods for sale:
1. {t5}
2. {t6}

--b288-dsn--
"""
C.append(dict(
    name="dsn-unknown-recipient",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System", auth="none",
    date=d(19, "11:02:07"),
    subject="Undelivered Mail Returned to Sender", raw_mime=DSN,
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning our request",
    why="bounce; the URLs are in our own returned request",
    items={t5: "pending", t6: "pending"},
))

MDN = """
Content-Type: multipart/report; report-type=disposition-notification; boundary="b288-mdn"

--b288-mdn
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "[KCSC-240917-04] 게시물 삭제 요청"을 수신인이 2024-09-18 09:14 에 읽었습니다.

--b288-mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER Works Mail
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <req-240917-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b288-mdn--
"""
C.append(dict(
    name="naver-read-receipt",
    **{"from": "policy@navercorp.com"}, date=d(18, "09:14:22"),
    subject="읽음 확인: [KCSC-240917-04] 게시물 삭제 요청", raw_mime=MDN,
    outcome="ignored", classification="read_receipt",
    imitates="NAVER Works read receipt (MDN)",
    why="read receipt",
    items={},
))

C.append(dict(
    name="x-ticket-receipt",
    **{"from": "noreply@x.com"}, date=d(18, "00:41:30"),
    subject="We received your request [KCSC-240917-03]", reply_to_req="req-240917-03",
    body="""
Hello,

We have received your legal request (reference KCSC-240917-03) and created case number 0719-4402-8812. Our team reviews requests in the order they are received.

Please do not reply to this email; replies are not monitored.

X Legal
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X legal request intake receipt",
    why="pure acknowledgement: case number, no item, no status",
    items={},
))

C.append(dict(
    name="kakao-korean-out-of-office",
    **{"from": "minji.yoon@kakaocorp.com"}, name_from=enc("윤민지"), date=d(23, "09:00:03"),
    subject=enc("[부재중 자동응답] Re: [KCSC-240918-05] 게시물 삭제 요청"), reply_to_req="req-240918-05",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요.

9월 23일(월)부터 9월 27일(금)까지 휴가로 부재중입니다. 급한 용무는 safety@kakaocorp.com 으로 연락 부탁드립니다.

윤민지 드림
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중 자동응답)",
    why="auto-reply",
    items={},
))

C.append(dict(
    name="tg-receipt-echoing-links",
    **{"from": "abuse@telegram.org"}, date=d(19, "11:30:00"),
    subject="Re: [KCSC-240919-07] Removal request (Case #4472310)", reply_to_req="req-240919-07",
    body=f"""
Thank you. We have received your report (Case #4472310) concerning the following links:

{t5}
{t6}

Our moderators will review them and take action if they violate our Terms of Service. You may not receive a further reply.

Telegram Abuse Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram abuse desk automatic receipt echoing the reported links",
    why="receipt echoing the links with a conditional promise: an acknowledgement, nothing changes",
    items={t5: "pending", t6: "pending"},
))

HEADER = """# Blind set blind288: what a program gets wrong (mixed statuses in one
# sentence, hedges in relative clauses, negations, refusals with reasons,
# later sentences revising earlier ones, table vs. prose, statuses by
# position). Written by tests/corpus/blind288/make.py from each email's
# meaning, before any run of the reader. Do not edit by hand."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, C)


if __name__ == "__main__":
    main()
