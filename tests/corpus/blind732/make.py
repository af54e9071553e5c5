#!/usr/bin/env python3
"""Blind set 732: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by its note, statuses given by position. Written from each
email's meaning alone, before any run of the reader.

    python3 tests/corpus/blind732/make.py

Deterministic: rewrites requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import datetime
import email.header
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind732"

# ---------------------------------------------------------------- requests
X1 = "https://x.com/harbor_lantern_77/status/1830114455660011201"
X2 = "https://x.com/harbor_lantern_77/status/1830114455660011345"
X3 = "https://x.com/mossgate_kr/status/1830220987001234567"
X4 = "https://x.com/mossgate_kr/status/1830220987001239876"
X5 = "https://x.com/pale_orchard/status/1830301112223334445"
X6 = "https://x.com/pale_orchard/status/1830301112223339990"
X7 = "https://x.com/nightferry_09/status/1830455667788990011"
X8 = "https://x.com/nightferry_09"
X9 = "https://x.com/quillbird_sea/status/1830512340000111222"
X10 = "https://x.com/quillbird_sea/status/1830512340000333444"
X11 = "https://x.com/tin_moth_kr/status/1830600009998887776"
X12 = "https://x.com/tin_moth_kr/status/1830600009998881234"
X13 = "https://x.com/grey_parcel/status/1830712121212121212"
XS = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12, X13]

T1 = "https://t.me/shoreline_goods/118"
T2 = "https://t.me/shoreline_goods/240"
T3 = "https://t.me/velvetdock_kr"
T4 = "https://t.me/cinder_market/77"
TS = [T1, T2, T3, T4]

Y1 = "https://www.youtube.com/watch?v=Qm3vT8rLx2A"
Y2 = "https://www.youtube.com/watch?v=pR7dK1nYw0c"
Y3 = "https://www.youtube.com/@lanternvale_tv"
YS = [Y1, Y2, Y3]

N1 = "https://blog.naver.com/greenpail_22/223551230011"
N2 = "https://blog.naver.com/greenpail_22/223551230098"
N3 = "https://cafe.naver.com/sodamfarm/48213"
N4 = "https://cafe.naver.com/sodamfarm/48377"
N5 = "https://blog.naver.com/greenpail_22/%EC%97%AC%EB%A6%84%EC%84%B8%EC%9D%BC"
N5_RAW = "https://blog.naver.com/greenpail_22/여름세일"
NS = [N1, N2, N3, N4, N5]

D1 = "https://cafe.daum.net/bluereed/Gx9K/311"
D2 = "https://cafe.daum.net/bluereed/Gx9K/402"
DS = [D1, D2]

K1 = "https://www.tiktok.com/@mintcrate_kr/video/7410022233344455566"
A1 = "https://t.me/ashfield_deals/5021"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240903-01", "x", "2024-09-03T17:30:00+09:00", "2024-09-10T23:59:59+09:00", XS,
     "illegal_gambling", "13 posts and one account"),
    ("KCSC-240904-02", "telegram", "2024-09-04T11:00:00+09:00", "2024-09-11T23:59:59+09:00", TS,
     "drug_trade", "channel and posts"),
    ("KCSC-240905-03", "youtube", "2024-09-05T15:20:00+09:00", "2024-09-12T23:59:59+09:00", YS,
     "defamation", "two videos and a channel"),
    ("KCSC-240906-04", "naver", "2024-09-06T10:10:00+09:00", "2024-09-13T23:59:59+09:00", NS,
     "illegal_food_ads", "blog and cafe posts"),
    ("KCSC-240909-05", "daum", "2024-09-09T14:00:00+09:00", "2024-09-16T23:59:59+09:00", DS,
     "privacy", "cafe posts"),
    ("KCSC-240910-06", "tiktok", "2024-09-10T09:45:00+09:00", "2024-09-17T23:59:59+09:00", [K1],
     "illegal_gambling", "one video"),
    ("KCSC-240911-07", "telegram", "2024-09-11T16:30:00+09:00", "2024-09-18T23:59:59+09:00", [A1],
     "fraud", "one post"),
]
MID = {r[0]: r[0] + ".1" for r in REQUESTS}  # Message-ID local part, @kcsc.example
URLS = {r[0]: r[4] for r in REQUESTS}


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, MID[ref] + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def date(day, hh, mm, ss=0):
    dt = datetime.datetime(2024, 9, day, hh, mm, ss)
    return f"{dt:%a}, {day} Sep 2024 {dt:%H:%M:%S} +0900"


def req_text(ref, lang="en", raw_korean=False):
    """Our request as the platform would quote it."""
    urls = [N5_RAW if (raw_korean and u == N5) else u for u in URLS[ref]]
    if lang == "ko":
        lines = ["안녕하십니까. 방송통신심의위원회입니다.",
                 f"아래 정보에 대하여 시정요구(요청번호 {ref})를 통지하오니 조치 후 결과를 회신하여 주시기 바랍니다.", ""]
    else:
        lines = ["Dear Trust & Safety team,",
                 f"The Korea Communications Standards Commission requests the removal of the following content (reference {ref}):", ""]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "KCSC Takedown Desk"]
    return lines


def quote_gmail(ref, when, lang="en", raw_korean=False):
    head = f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:"
    return head + "\n" + "\n".join("> " + l if l else ">" for l in req_text(ref, lang, raw_korean))


def quote_outlook(ref, when, subject, lang="ko"):
    return "\n".join([
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        f"Sent: {when}",
        "To: cafe-policy@kakaocorp.com" if ref == "KCSC-240909-05" else "To: policy@navercorp.com",
        f"Subject: {subject}",
        "",
    ] + req_text(ref, lang))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def multipart(boundary, parts, subtype="mixed", extra=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p.strip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


def sig_x():
    return "X Corp.\nLegal Requests Team\nhttps://help.x.com/en/rules-and-policies/x-rules"


# ---------------------------------------------------------------- cases
C = []


def case(**kw):
    C.append(kw)


RX = "KCSC-240903-01"
RT = "KCSC-240904-02"
RY = "KCSC-240905-03"
RN = "KCSC-240906-04"
RD = "KCSC-240909-05"
RK = "KCSC-240910-06"
RA = "KCSC-240911-07"
SUBJ = {
    RX: f"[{RX}] Removal request: 13 items on X",
    RT: f"[{RT}] Removal request: 4 items on Telegram",
    RY: f"[{RY}] Removal request: 3 items on YouTube",
    RN: f"[{RN}] 시정요구 통지 (네이버, 5건)",
    RD: f"[{RD}] 시정요구 통지 (Daum 카페, 2건)",
    RK: f"[{RK}] Removal request: 1 item on TikTok",
    RA: f"[{RA}] Removal request: 1 item on Telegram",
}

# ======================= applied =======================

case(name="x-withheld-and-removed-one-sentence", outcome="applied", classification="confirmation",
     **{"from": "legal-requests@x.com"}, date=date(6, 10, 12), subject="Re: " + SUBJ[RX], reply_to_req=MID[RX],
     imitates="X legal-request outcome email (country-withheld vs. rules violation), prose",
     why="one sentence gives two posts withheld in Korea and a third removed globally",
     body=f"""
Hello,

Thank you for your report. Having reviewed the posts against the X Rules and
applicable local law, we have withheld {X1} and
{X2} in South Korea, while {X3} has been removed globally because it violates the X Rules.

We are still reviewing the remaining posts in your request and will follow up.

{sig_x()}
""",
     items={X1: "restricted", X2: "restricted", X3: "removed", X4: "pending"})

case(name="x-hedge-in-relative-clause", outcome="applied", classification="confirmation",
     **{"from": "legal-requests@x.com"}, date=date(7, 9, 40), subject="Re: " + SUBJ[RX], reply_to_req=MID[RX],
     imitates="X legal-request outcome email, staff-written update",
     why="x5 removed; x4, which 'appears to have already been deleted', was not reviewed: a hedge, stays pending",
     body=f"""
Hi KCSC team,

A quick update on your request {RX}.

The post {X5} has been removed for violating our
rules on illegal gambling promotion.

The post {X4}, which appears to have already been
deleted by the account owner, was not part of this review.

Best,
{sig_x()}
""",
     items={X5: "removed", X4: "pending"})

case(name="x-negation-no-action", outcome="applied", classification="confirmation",
     **{"from": "legal-requests@x.com"}, date=date(9, 14, 5), subject="Re: " + SUBJ[RX], reply_to_req=MID[RX],
     imitates="X legal-request outcome email with a refusal and its reason",
     why="'we have not removed' x6 with a reason (no violation, stays available) = rejected; x7 removed",
     body=f"""
Hello,

We have not removed {X6}. After review we found no
violation of the X Rules, and the report does not identify a provision of
Korean law that the post breaks, so it remains available on X.

{X7} has been removed.

If you have further information about the first post, you can reply to this
email.

{sig_x()}
""",
     items={X6: "rejected", X7: "removed"})

case(name="x-numbered-list-status-below", outcome="applied", classification="confirmation",
     **{"from": "legal-requests@x.com"}, date=date(10, 18, 31), subject="Re: " + SUBJ[RX], reply_to_req=MID[RX],
     imitates="X legal-request outcome email, per-URL list with an 'Action:' line under each",
     why="five URLs each with its action on the line below: withheld, removed, none (no violation), none (not located), removed",
     body=f"""
Hello,

Please see below the outcome for the items in your request that we have
completed.

1. {X9}
   Action: Withheld in South Korea
2. {X10}
   Action: Removed - violation of the X Rules
3. {X11}
   Action: None. We did not find a violation of the X Rules or of Korean
   law as described in your report.
4. {X12}
   Action: None - the post could not be located on X (it may have been
   deleted before our review).
5. {X13}
   Action: Removed

{sig_x()}
""",
     items={X9: "restricted", X10: "removed", X11: "rejected", X12: "not_found", X13: "removed"})

case(name="x-top-posted-over-gmail-quote", outcome="applied", classification="confirmation",
     **{"from": "legal-requests@x.com"}, date=date(5, 11, 2), subject="Re: " + SUBJ[RX], reply_to_req=MID[RX],
     imitates="staff reply top-posted over the regulator's request (Gmail quoting)",
     why="top reply withholds x1 in Korea; the other 12 URLs appear only in the quoted request, 'still being reviewed'",
     body=f"""
Hi,

We've withheld {X1} in South Korea. The other posts
in your request are still being reviewed.

Thanks,
Mina, Legal Requests Team, X Corp.

{quote_gmail(RX, "Tue, 3 Sep 2024 at 17:30")}
""",
     items={X1: "restricted", X2: "pending", X3: "pending", X13: "pending"})

case(name="x-correction-revises-first-point", outcome="applied", classification="confirmation",
     **{"from": "legal-requests@x.com"}, date=date(11, 16, 48), subject="Re: " + SUBJ[RX], reply_to_req=MID[RX],
     imitates="X legal-request outcome email followed by a staff correction in the same message",
     why="x2 first said removed, then corrected: withheld in Korea only (restricted); x13 removed",
     body=f"""
Hello,

Following our review:

- {X2} was removed.
- {X13} was removed for violating our rules.

Correction to the first point above: the first post was not removed
globally. It has been withheld in South Korea only and remains visible in
other countries. Apologies for the confusion.

{sig_x()}
""",
     items={X2: "restricted", X13: "removed"})

_x_html = f"""<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>We have completed our review of the following items from request {RX}.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Outcome</th><th>Basis</th></tr>
<tr><td><a href="{X5}">{X5}</a></td><td>Removed</td><td>X Rules: illegal or certain regulated goods</td></tr>
<tr><td><a href="{X6}">{X6}</a></td><td>Withheld in KR</td><td>Local law</td></tr>
<tr><td><a href="{X7}">{X7}</a></td><td>No action</td><td>Not in violation of the X Rules or local law</td></tr>
<tr><td><a href="{X8}">{X8}</a></td><td>Account suspended</td><td>Repeated violations</td></tr>
</table>
<p>You can read more about how we handle legal requests at
<a href="https://help.x.com/en/rules-and-policies/legal-faq">help.x.com</a>.</p>
<p>X Corp. Legal Requests Team</p>
</body></html>
"""
case(name="x-html-table-quoted-printable", outcome="applied", classification="confirmation",
     **{"from": "legal-requests@x.com"}, date=date(12, 8, 55), subject="Re: " + SUBJ[RX], reply_to_req=MID[RX],
     imitates="X legal-request outcome as an HTML table (quoted-printable)",
     why="table rows: removed, withheld in KR, no action (not in violation), account suspended; help link is no item",
     raw_mime=multipart("xq-7731-a", [
         "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
         + qp(f"Hello,\n\nWe have completed our review of four items from request {RX}:\n\n"
              f"{X5} - Removed (X Rules)\n{X6} - Withheld in KR (local law)\n"
              f"{X7} - No action (not in violation)\n{X8} - Account suspended\n\nX Corp. Legal Requests Team\n"),
         "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(_x_html),
     ], subtype="alternative"),
     items={X5: "removed", X6: "restricted", X7: "rejected", X8: "removed"})

_x_csv = "url,action,country,notes\n" + "\n".join([
    f"{X9},withheld,KR,local law",
    f"{X10},removed,ALL,X Rules violation",
    f"{X11},not_found,,post does not exist",
    f"{X12},no_action,,no violation found",
]) + "\n"
case(name="x-csv-attachment", outcome="applied", classification="confirmation",
     **{"from": "legal-requests@x.com"}, date=date(13, 13, 20), subject="Re: " + SUBJ[RX], reply_to_req=MID[RX],
     imitates="platform outcome sent as a CSV attachment (bulk legal request tooling)",
     why="CSV rows: withheld KR, removed, not_found, no_action (no violation)",
     raw_mime=multipart("xc-0913-b", [
         "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
         f"Hello,\n\nPlease find the outcome for each URL of request {RX} that we\n"
         "have completed in the attached file. The remaining items are still\nunder review.\n\n"
         "X Corp. Legal Requests Team\n",
         f'Content-Type: text/csv; charset=utf-8; name="{RX}-outcomes.csv"\n'
         f'Content-Disposition: attachment; filename="{RX}-outcomes.csv"\n'
         "Content-Transfer-Encoding: base64\n\n" + b64(_x_csv),
     ]),
     items={X9: "restricted", X10: "removed", X11: "not_found", X12: "rejected"})

case(name="x-account-not-suspended-post-withheld", outcome="applied", classification="confirmation",
     **{"from": "legal-requests@x.com"}, date=date(10, 12, 15), subject="Re: " + SUBJ[RX], reply_to_req=MID[RX],
     imitates="X legal-request outcome: account-level refusal, post-level withholding",
     why="account x8 not suspended with a reason (rejected); its post x7, whose URL starts with the account URL, withheld in KR",
     body=f"""
Hello,

We have not suspended the account {X8} : the account
as a whole does not violate the X Rules, and we do not withhold entire
accounts on the basis of a single post.

We have, however, withheld the post
{X7} in South Korea.

{sig_x()}
""",
     items={X8: "rejected", X7: "restricted"})

case(name="x-dsa-style-statement-of-reasons", outcome="applied", classification="confirmation",
     **{"from": "no-reply-legal@x.com"}, date=date(14, 2, 10), subject=f"Decision on your report {RX}",
     name_from="X Legal",
     imitates="DSA Art. 17-style statement of reasons sent to a notifier",
     why="two decision blocks: x13 visibility restricted in KR; x1 no action with grounds",
     body=f"""
Decision notice
Reference: {RX}

Content: {X13}
Decision: Visibility restricted - access withheld in the Republic of Korea
Ground: content illegal under the law of the Republic of Korea
Automated means used: no

Content: {X1}
Decision: No restriction applied
Ground: after review the content was not found to be illegal or contrary
to our terms; it remains available.
Automated means used: no

You can find information about redress options at
https://help.x.com/en/forms/legal/appeal

X Legal
""",
     items={X13: "restricted", X1: "rejected"})

case(name="tg-blocked-then-scoped-to-korea", outcome="applied", classification="confirmation",
     **{"from": "abuse@telegram.org"}, date=date(6, 21, 7), subject="Re: " + SUBJ[RT], reply_to_req=MID[RT],
     name_from="Telegram Abuse",
     imitates="Telegram abuse-desk reply, staff prose",
     why="t3 'has been blocked', then 'to be precise' blocked for users in Korea only: restricted; t1 removed",
     body=f"""
Hello,

The channel {T3} has been blocked. To be precise, it is
blocked for users in South Korea and remains accessible elsewhere, in line
with how we handle content that is illegal only under local law.

The message {T1} was removed.

Regards,
Telegram Abuse Team
""",
     items={T3: "restricted", T1: "removed"})

case(name="tg-mixed-one-sentence", outcome="applied", classification="confirmation",
     **{"from": "abuse@telegram.org"}, date=date(5, 23, 40), subject="Re: " + SUBJ[RT], reply_to_req=MID[RT],
     name_from="Telegram Abuse",
     imitates="Telegram abuse-desk reply, one sentence with two outcomes",
     why="t1 and t2 deleted, whereas t4 was not found (no longer exists)",
     body=f"""
Hi,

Messages {T1} and {T2} have been deleted, whereas {T4} was not found - the post no longer exists in that channel.

Telegram Abuse Team
""",
     items={T1: "removed", T2: "removed", T4: "not_found"})

case(name="tg-url-on-line-below-statement", outcome="applied", classification="confirmation",
     **{"from": "abuse@telegram.org"}, date=date(7, 3, 18), subject="Re: " + SUBJ[RT], reply_to_req=MID[RT],
     name_from="Telegram Abuse",
     imitates="Telegram abuse-desk reply, statement with the URL under it",
     why="'taken down:' then t4; 'could not be found:' then t3",
     body=f"""
Hello,

The following post was taken down:
{T4}

The following channel could not be found:
{T3}

Telegram Abuse Team
""",
     items={T4: "removed", T3: "not_found"})

case(name="tg-single-bare-url-geo", outcome="applied", classification="confirmation",
     **{"from": "abuse@telegram.org"}, date=date(12, 19, 3), subject="Re: " + SUBJ[RA], reply_to_req=MID[RA],
     name_from="Telegram Abuse",
     imitates="Telegram abuse-desk one-line outcome",
     why="bare URL, status on the line below: blocked in the regulator's jurisdiction = restricted",
     body=f"""
{A1}
- blocked in your jurisdiction (geo-restricted).

--
Telegram Abuse Team
""",
     items={A1: "restricted"})

case(name="yt-refusal-with-reason-and-kr-block", outcome="applied", classification="confirmation",
     **{"from": "legal-kr@google.com"}, date=date(10, 7, 44), subject="Re: " + SUBJ[RY], reply_to_req=MID[RY],
     name_from="YouTube Legal Support",
     imitates="Google/YouTube legal removal outcome email (local-law block vs. no action)",
     why="y2 refused with reasons (no guideline breach, no unlawful content identified); y1 blocked in Korea",
     body=f"""
Hello,

Thanks for reaching out to us.

After careful review, we are not taking action on
{Y2}: the video does not violate our Community
Guidelines and we could not identify content that is unlawful under the
laws of South Korea.

The video {Y1} has been blocked from view in
South Korea.

For more information, see https://support.google.com/youtube/answer/2802057

Regards,
The YouTube Legal Team
""",
     items={Y2: "rejected", Y1: "restricted"})

_yt_b64 = f"""Hello,

Thanks for your patience. We have reviewed the content in your request
{RY}.

- {Y3} : Channel terminated (Community Guidelines).
- {Y1} : Age-restricted. The video can no longer be
  watched by signed-out viewers or viewers under 18.

We have not made a decision on the remaining video yet.

Regards,
The YouTube Team
"""
case(name="yt-base64-mixed-list", outcome="applied", classification="confirmation",
     **{"from": "legal-kr@google.com"}, date=date(11, 6, 30), subject="Re: " + SUBJ[RY], reply_to_req=MID[RY],
     name_from="YouTube Legal Support",
     imitates="YouTube outcome email, base64 text body",
     why="channel terminated (removed), video age-restricted (restricted), y2 no decision yet (pending)",
     raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(_yt_b64),
     items={Y3: "removed", Y1: "restricted", Y2: "pending"})

case(name="yt-angle-brackets-wrapped", outcome="applied", classification="confirmation",
     **{"from": "legal-kr@google.com"}, date=date(9, 15, 2), subject="Re: " + SUBJ[RY], reply_to_req=MID[RY],
     name_from="YouTube Legal Support",
     imitates="YouTube legal support reply with URLs in angle brackets",
     why="y2 removed; y1 'does not violate our policies and will stay up' = rejected",
     body=f"""
Hi there,

We've removed the video
<{Y2}> under our harassment policy. The other
video, <{Y1}>, does not violate our policies and
will stay up.

Best regards,
YouTube Legal Support
""",
     items={Y2: "removed", Y1: "rejected"})

case(name="yt-update-revises-promise", outcome="applied", classification="confirmation",
     **{"from": "legal-kr@google.com"}, date=date(17, 17, 25), subject="Re: " + SUBJ[RY], reply_to_req=MID[RY],
     name_from="YouTube Legal Support",
     imitates="YouTube legal support follow-up that supersedes an earlier promise",
     why="earlier promise ('would be reviewed') revised by 'Update: ... has been terminated'",
     body=f"""
Hello,

Earlier today I wrote that the channel in your request would be reviewed by
our specialist team.

Update: the review is now complete and the channel
{Y3} has been terminated for repeated violations of
our Community Guidelines.

Kind regards,
Jae, YouTube Legal Support
""",
     items={Y3: "removed"})

_naver_note_table = f"""<html><body>
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>방송통신심의위원회 시정요구({RN})에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{N1}</td><td>삭제</td><td>2024-09-09</td></tr>
<tr><td>2</td><td>{N3}</td><td>임시조치</td><td>2024-09-09</td></tr>
<tr><td>3</td><td>{N4}</td><td>게시중단</td><td>2024-09-09</td></tr>
</table>
<p>※ 3번 항목은 시스템상 '게시중단'으로 표시되나, 저희 조치 이전에 작성자가 직접 삭제한 게시물로
실제로는 조치할 게시물이 존재하지 않았습니다. 확인에 참고 부탁드립니다.</p>
<p>나머지 2건은 검토가 끝나는 대로 별도로 안내드리겠습니다.</p>
<p>네이버 정책지원팀 드림</p>
</body></html>"""
case(name="naver-table-corrected-by-note", outcome="applied", classification="confirmation",
     **{"from": "policy@navercorp.com"}, date=date(9, 17, 10), subject="RE: " + SUBJ[RN], reply_to_req=MID[RN],
     name_from="네이버 정책지원팀", type="html", body=_naver_note_table,
     imitates="Korean 시정요구 조치결과 table (NAVER) with a 비고 note",
     why="table: 삭제, 임시조치, 게시중단; the note says row 3 was really deleted by its author before action: not_found",
     items={N1: "removed", N3: "restricted", N4: "not_found", N2: "pending", N5: "pending"})

_naver_pos = f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 건({RN})의 처리 결과를 아래 요청 목록의 순서대로 회신드립니다.

1번: 삭제
2번: 삭제
3번: 임시조치(30일)
4번: 게시물 없음(작성자 삭제)
5번: 비공개 처리

감사합니다.
네이버 정책지원팀

{quote_outlook(RN, "Friday, September 6, 2024 10:10 AM", SUBJ[RN])}
"""
case(name="naver-statuses-by-position", outcome="applied", classification="confirmation",
     **{"from": "policy@navercorp.com"}, date=date(11, 10, 0), subject="RE: " + SUBJ[RN], reply_to_req=MID[RN],
     name_from="네이버 정책지원팀", body=_naver_pos,
     imitates="Korean portal reply giving results by number over the quoted 시정요구 (Outlook quoting)",
     why="results numbered 1-5 'in the order of the request list', the URLs only in the quoted request below",
     items={N1: "removed", N2: "removed", N3: "restricted", N4: "not_found", N5: "removed"})

case(name="naver-korean-particles-fullwidth", outcome="applied", classification="confirmation",
     **{"from": "policy@navercorp.com"}, date=date(10, 14, 40), subject="RE: " + SUBJ[RN], reply_to_req=MID[RN],
     name_from="네이버 정책지원팀",
     imitates="NAVER 게시중단/블라인드 처리 결과 안내, raw Korean URL and particles",
     why="n5 (raw Korean path) 게시중단; n3 not unlawful, 게시 유지 (rejected); n1 블라인드 in full-width parentheses",
     body=f"""
안녕하세요. 네이버 정책지원팀입니다.

시정요구 {RN} 건에 대하여 다음과 같이 조치하였습니다.

1) {N5_RAW} 게시물은 게시중단 처리하였습니다。
2) {N3}은 관련 법령 및 운영정책 위반이 확인되지 않아 게시를 유지합니다.
3) 게시물（{N1}）은 블라인드 처리되었습니다.

나머지 게시물은 확인 중입니다.

네이버 정책지원팀 드림
""",
     items={N5: "removed", N3: "rejected", N1: "removed"})

case(name="naver-blind-but-author-deleted-one-sentence", outcome="applied", classification="confirmation",
     **{"from": "policy@navercorp.com"}, date=date(12, 11, 25), subject="RE: " + SUBJ[RN], reply_to_req=MID[RN],
     name_from="네이버 정책지원팀",
     imitates="NAVER 블라인드 처리 안내, two outcomes in one Korean sentence",
     why="'n1, n2 블라인드 처리되었으나, n4 작성자가 이미 삭제하여 확인되지 않습니다'",
     body=f"""
안녕하세요. 네이버입니다.

요청하신 게시물 중 {N1}, {N2} 게시물은 블라인드 처리되었으나, {N4} 게시물은 작성자가 이미 삭제하여 확인되지 않습니다.

감사합니다.
""",
     items={N1: "removed", N2: "removed", N4: "not_found"})

_naver_csv = "URL,조치결과,비고\n" + "\n".join([
    f"{N2},삭제,",
    f"{N3},접근제한,국내 접근 제한",
    f"{N5},해당없음,위반사항 없음 - 게시 유지",
]) + "\n"
case(name="naver-csv-attachment-korean", outcome="applied", classification="confirmation",
     **{"from": "policy@navercorp.com"}, date=date(13, 9, 15), subject="RE: " + SUBJ[RN], reply_to_req=MID[RN],
     name_from="네이버 정책지원팀",
     imitates="Korean 조치결과 spreadsheet exported as CSV",
     why="CSV: 삭제 (removed), 접근제한 국내 (restricted), 해당없음/위반사항 없음 게시 유지 (rejected)",
     raw_mime=multipart("nv-csv-0913", [
         "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
         + b64(f"안녕하세요. 네이버 정책지원팀입니다.\n\n{RN} 건의 조치 결과를 첨부 파일로 송부드립니다.\n\n감사합니다.\n"),
         'Content-Type: text/csv; charset=utf-8; name="result.csv"\n'
         'Content-Disposition: attachment; filename="result.csv"\n'
         "Content-Transfer-Encoding: base64\n\n" + b64(_naver_csv),
     ]),
     items={N2: "removed", N3: "restricted", N5: "rejected"})

case(name="daum-stop-and-keep-with-reason", outcome="applied", classification="confirmation",
     **{"from": "cafe-policy@kakaocorp.com"}, date=date(12, 15, 30), subject="RE: " + SUBJ[RD], reply_to_req=MID[RD],
     name_from="카카오 Daum카페 운영팀",
     imitates="Kakao/Daum 카페 게시중단 처리 결과 안내 with a refusal",
     why="d1 게시중단 (removed); d2 '반면 ... 게시를 유지합니다' with a reason (rejected)",
     body=f"""
안녕하세요, 카카오 Daum카페 운영팀입니다.

{D1} 게시물은 카페 운영정책 위반으로 게시중단 조치하였습니다.
반면 {D2} 게시물은 신고 내용만으로는 법령 위반 여부를 판단하기 어렵고 운영정책에도 위배되지 않아 게시를 유지합니다.

추가 자료가 있으시면 회신 부탁드립니다.
감사합니다.
""",
     items={D1: "removed", D2: "rejected"})

case(name="daum-post-numbers-over-outlook-quote", outcome="applied", classification="confirmation",
     **{"from": "cafe-policy@kakaocorp.com"}, date=date(13, 10, 5), subject="RE: " + SUBJ[RD], reply_to_req=MID[RD],
     name_from="카카오 Daum카페 운영팀",
     imitates="Korean staff reply naming posts by their number, over the quoted request (Outlook)",
     why="'311번 게시물은 삭제, 402번 게시물은 임시조치': each post named by its number, URLs in the quoted request",
     body=f"""
안녕하세요.

요청하신 건 확인하였습니다. 311번 게시물은 삭제하였고, 402번 게시물은 임시조치(30일) 하였습니다.

카카오 Daum카페 운영팀

{quote_outlook(RD, "Monday, September 9, 2024 2:00 PM", SUBJ[RD])}
""",
     items={D1: "removed", D2: "restricted"})

case(name="tiktok-single-item-sole-statement", outcome="applied", classification="confirmation",
     **{"from": "legal-kr@tiktok.com"}, date=date(12, 4, 12), subject="Re: " + SUBJ[RK], reply_to_req=MID[RK],
     name_from="TikTok Legal",
     imitates="TikTok report-outcome email (received + outcome in one)",
     why="one-item request; 'we reviewed the video you reported and removed it' is an unhedged statement, not a bare acknowledgement",
     body=f"""
Hi,

Thanks for reaching out. We've received your report (ref: {RK}) and
reviewed the video. We removed it because it violates our Community
Guidelines on gambling.

Learn more: https://www.tiktok.com/community-guidelines

TikTok Legal Team
""",
     items={K1: "removed"})

case(name="tg-qp-removed-and-refused", outcome="applied", classification="confirmation",
     **{"from": "abuse@telegram.org"}, date=date(8, 12, 0), subject="Re: " + SUBJ[RT], reply_to_req=MID[RT],
     name_from="Telegram Abuse",
     imitates="Telegram abuse-desk reply, quoted-printable",
     why="t1 and t2 removed ('both of them', each named); t3 no ToS violation, no action (rejected)",
     raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(
         f"Hello,\n\nThe posts {T1} and {T2} are no longer accessible \u2014 we have "
         f"removed both of them.\n\n{T3} \u2014 no violation of the Telegram Terms of Service was found, "
         "so no action was taken on this channel.\n\nTelegram Abuse Team\n"),
     items={T1: "removed", T2: "removed", T3: "rejected"})

# ======================= review =======================

case(name="x-promise-only", outcome="review", review="not_understood",
     **{"from": "legal-requests@x.com"}, date=date(5, 15, 33), subject="Re: " + SUBJ[RX], reply_to_req=MID[RX],
     imitates="X legal-request interim reply with a promise",
     why="'will be withheld ... once our review is complete' is a promise: nothing stated",
     body=f"""
Hello,

{X1} and {X2} will be withheld in
South Korea once our review is complete. We expect to finish by 13 September.

{sig_x()}
""",
     items={X1: "pending", X2: "pending"})

case(name="yt-hedges-only", outcome="review", review="not_understood",
     **{"from": "legal-kr@google.com"}, date=date(8, 9, 12), subject="Re: " + SUBJ[RY], reply_to_req=MID[RY],
     name_from="YouTube Legal Support",
     imitates="YouTube legal support interim reply",
     why="'appears to have been taken down', 'may have been made private': hedges, nothing stated",
     body=f"""
Hello,

From our records, the video {Y1} appears to have been
taken down already, and {Y2} may have been made private
by the uploader. We are confirming both and will write to you again.

YouTube Legal Support
""",
     items={Y1: "pending", Y2: "pending"})

case(name="naver-conditional-deletion", outcome="review", review="not_understood",
     **{"from": "policy@navercorp.com"}, date=date(7, 13, 0), subject="RE: " + SUBJ[RN], reply_to_req=MID[RN],
     name_from="네이버 정책지원팀",
     imitates="NAVER interim reply (검토 후 위반 확인 시 삭제 예정)",
     why="'검토 후 위반이 확인되는 경우 삭제될 예정': a condition and a plan, nothing stated",
     body=f"""
안녕하세요. 네이버 정책지원팀입니다.

아래 게시물은 내부 검토 후 운영정책 위반이 확인되는 경우 삭제될 예정입니다.

- {N1}
- {N2}

검토 결과는 확정되는 대로 안내드리겠습니다.
""",
     items={N1: "pending", N2: "pending"})

case(name="tg-conditional-block", outcome="review", review="not_understood",
     **{"from": "abuse@telegram.org"}, date=date(5, 8, 20), subject="Re: " + SUBJ[RT], reply_to_req=MID[RT],
     name_from="Telegram Abuse",
     imitates="Telegram abuse-desk reply warning a channel's admins",
     why="t3 'will be blocked if the admins do not remove the content': a condition, nothing stated",
     body=f"""
Hello,

We have contacted the administrators of {T3}. The channel
will be blocked if the admins do not remove the reported content within 24
hours.

Telegram Abuse Team
""",
     items={T3: "pending"})

case(name="x-bulk-all-withheld", outcome="review", review="bulk",
     **{"from": "legal-requests@x.com"}, date=date(9, 10, 0), subject="Re: " + SUBJ[RX], reply_to_req=MID[RX],
     imitates="X legal-request outcome naming no post ('all of the reported posts')",
     why="'all of the reported posts' withheld, for a 13-item request: no item named",
     body=f"""
Hello,

We have withheld all of the reported posts in your request {RX} in South
Korea.

{sig_x()}
""",
     items={})

case(name="daum-both-deleted-outlook", outcome="review", review="bulk",
     **{"from": "cafe-policy@kakaocorp.com"}, date=date(11, 9, 50), subject="RE: " + SUBJ[RD], reply_to_req=MID[RD],
     name_from="카카오 Daum카페 운영팀",
     imitates="Korean staff reply '요청하신 게시물 모두 삭제' over the quoted request (Outlook)",
     why="'요청하신 게시물은 모두 삭제' for a two-item request, the URLs only in the quoted request",
     body=f"""
안녕하세요.

요청하신 게시물은 모두 삭제 조치하였습니다.

카카오 Daum카페 운영팀

{quote_outlook(RD, "Monday, September 9, 2024 2:00 PM", SUBJ[RD])}
""",
     items={D1: "pending", D2: "pending"})

case(name="tg-auth-fail", outcome="review", review="untrusted", auth="fail",
     **{"from": "abuse@telegram.org"}, date=date(6, 4, 44), subject="Re: " + SUBJ[RT], reply_to_req=MID[RT],
     name_from="Telegram Abuse",
     imitates="Telegram abuse-desk reply (failing DMARC)",
     why="platform domain but dkim/spf/dmarc fail",
     body=f"""
Hello,

{T1} - removed.
{T2} - removed.

Telegram Abuse Team
""",
     items={T1: "pending", T2: "pending"})

case(name="x-vendor-unknown-sender", outcome="review", review="unknown_sender",
     **{"from": "trust-ops@harborline-mod.com"}, date=date(8, 18, 0), subject="RE: " + SUBJ[RX],
     name_from="Harborline Moderation Services",
     imitates="outsourced moderation vendor replying for a platform",
     why="a vendor's own domain, not X's: statements not trusted",
     body=f"""
Dear KCSC,

We act as an outsourced review vendor for X in the APAC region. On behalf
of X, we confirm that {X3} and {X4} have been removed.

Harborline Moderation Services - Trust Operations
""",
     items={X3: "pending", X4: "pending"})

case(name="naver-search-delisting-of-daum-post", outcome="review", review="wrong_platform",
     **{"from": "search_help@navercorp.com"}, date=date(12, 16, 0),
     subject=f"[네이버 검색] 검색결과 노출 제외 처리 결과 안내 ({RD})", name_from="네이버 검색",
     imitates="NAVER search de-listing notice for a third-party page",
     why="NAVER states a 'deleted' for a Daum cafe post: it only de-listed it from search; wrong platform",
     body=f"""
안녕하세요. 네이버 검색 고객센터입니다.

요청하신 아래 URL은 네이버 검색 결과에 노출되지 않도록 삭제 처리하였습니다.

- {D1}

해당 게시물 자체는 Daum 카페에 게시된 것으로, 원문 삭제는 해당 서비스 운영자에게 요청하시기 바랍니다.

네이버 검색 고객센터 드림
""",
     items={D1: "pending"})

_naver_conflict = f"""<html><body>
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>시정요구({RN}) 조치 결과입니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>URL</th><th>조치결과</th></tr>
<tr><td>{N2}</td><td>삭제</td></tr>
</table>
<p>※ 위 게시물은 검토 결과 운영정책 위반 사항이 확인되지 않아 게시 상태를 유지합니다.</p>
<p>네이버 정책지원팀 드림</p>
</body></html>"""
case(name="naver-table-contradicted-by-note", outcome="review", review="conflicting_statements",
     **{"from": "policy@navercorp.com"}, date=date(13, 15, 45), subject="RE: " + SUBJ[RN], reply_to_req=MID[RN],
     name_from="네이버 정책지원팀", type="html", body=_naver_conflict,
     imitates="Korean 조치결과 table whose note contradicts it",
     why="table says 삭제, note says no violation and 게시 유지, neither corrects the other",
     items={N2: "pending"})

case(name="x-portal-notice-no-claims", outcome="review", review="no_claims", classification="other",
     **{"from": "legal-requests@x.com"}, date=date(16, 9, 0),
     subject="Changes to how X receives legal requests from Korean authorities",
     imitates="platform service notice to authorities (portal migration)",
     why="trusted X mail naming no item and no request",
     body="""
Dear partner,

From 1 October 2024, legal requests from authorities in the Republic of
Korea should be submitted through our Legal Request Portal at
https://legalrequests.x.com. Requests sent by email after that date will
receive an automatic reply pointing to the portal.

Existing requests are not affected.

X Corp. Legal Requests Team
""",
     items={})

case(name="x-asks-for-legal-basis", outcome="review", review="asks_more", classification="request_for_info",
     **{"from": "legal-requests@x.com"}, date=date(4, 16, 20), subject="Re: " + SUBJ[RX], reply_to_req=MID[RX],
     imitates="X legal-request reply asking for the legal basis / decision copy",
     why="asks for the Commission's decision and the statute per post before acting",
     body=f"""
Hello,

To proceed with your request {RX}, we need a copy of the Commission's
decision and the specific provision of Korean law that each post is said
to violate. Please reply to this email with these documents. We are unable
to take action until we receive them.

{sig_x()}
""",
     items={})

# ======================= ignored =======================

case(name="x-out-of-office", outcome="ignored", classification="auto_reply",
     **{"from": "jkang@x.com"}, date=date(3, 17, 31), subject="Automatic reply: " + SUBJ[RX],
     name_from="Jiwoo Kang", reply_to_req=MID[RX],
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     imitates="Outlook out-of-office auto-reply",
     why="out-of-office auto-reply",
     body="""
I am out of the office until 9 September with limited access to email.
For legal requests, please write to legal@x.com; your message will not be
forwarded.
""",
     items={})

_dsn_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: cafe-report@daum.net
Subject: {SUBJ[RD]}
Message-ID: <{MID[RD]}@kcsc.example>
Date: Mon, 9 Sep 2024 14:00:00 +0900
Content-Type: text/plain; charset=utf-8

""" + "\n".join(req_text(RD, "ko")) + "\n"
case(name="daum-dsn-bounce", outcome="ignored", classification="bounce",
     **{"from": "MAILER-DAEMON@mx1.daum.net"}, date=date(9, 14, 0, 40),
     subject="Undelivered Mail Returned to Sender", name_from="Mail Delivery System",
     imitates="Postfix DSN (multipart/report) returning the request with its URLs",
     why="delivery status notification; the URLs are only in the returned original",
     raw_mime=multipart("dsn-0909-1400", [
         "Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
         "This is the mail system at host mx1.daum.net.\n\nI'm sorry to have to inform you that your message could not\n"
         "be delivered to one or more recipients.\n\n<cafe-report@daum.net>: host mx1.daum.net said: 550 5.1.1\n"
         "    mailbox unavailable\n",
         "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
         "Reporting-MTA: dns; mx1.daum.net\nArrival-Date: Mon, 9 Sep 2024 14:00:02 +0900\n\n"
         "Final-Recipient: rfc822; cafe-report@daum.net\nAction: failed\nStatus: 5.1.1\n"
         "Diagnostic-Code: smtp; 550 5.1.1 mailbox unavailable\n",
         "Content-Description: Undelivered Message\nContent-Type: message/rfc822\nContent-Transfer-Encoding: 8bit\n\n"
         + _dsn_orig,
     ], subtype="report", extra="; report-type=delivery-status"),
     items={})

case(name="naver-read-receipt", outcome="ignored", classification="read_receipt",
     **{"from": "policy@navercorp.com"}, date=date(6, 10, 31), subject="읽음 확인: " + SUBJ[RN],
     name_from="네이버 정책지원팀",
     imitates="Outlook MDN (읽음 확인)",
     why="message disposition notification",
     raw_mime=multipart("mdn-0906-1031", [
         "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
         f"메시지\n\n  받는 사람: policy@navercorp.com\n  제목: {SUBJ[RN]}\n  보낸 날짜: 2024-09-06 오전 10:10\n\n"
         "이(가) 2024-09-06 오전 10:31에 읽혔습니다.\n",
         "Content-Type: message/disposition-notification\n\n"
         "Reporting-UA: mail.navercorp.com; Microsoft Outlook 16.0\n"
         "Final-Recipient: rfc822;policy@navercorp.com\n"
         f"Original-Message-ID: <{MID[RN]}@kcsc.example>\n"
         "Disposition: manual-action/MDN-sent-manually; displayed\n",
     ], subtype="report", extra="; report-type=disposition-notification"),
     items={})

case(name="tiktok-ticket-receipt", outcome="ignored", classification="acknowledgement",
     **{"from": "no-reply@tiktok.com"}, date=date(10, 9, 46), subject=f"We've received your report [Ticket #TT-2409-88123] {RK}",
     name_from="TikTok",
     imitates="TikTok ticket-system receipt",
     why="pure receipt: report received, ticket created, no outcome",
     body=f"""
Hi,

We've received your report regarding {RK}. Your ticket number is
TT-2409-88123. Please keep this number for future correspondence.

Our team will review your report and get back to you by email.

TikTok Support
""",
     items={})

case(name="yt-legal-ack", outcome="ignored", classification="acknowledgement",
     **{"from": "legal-noreply@google.com"}, date=date(5, 15, 21), subject=f"Re: {SUBJ[RY]} [8-3310000004471]",
     name_from="Google Legal", reply_to_req=MID[RY],
     imitates="Google legal webform/email receipt",
     why="receipt with a case number, nothing about any item",
     body=f"""
Hello,

Thank you for contacting Google. This is an automatic confirmation that we
have received your legal request {RY}. Your case ID is 8-3310000004471.

We will review your request and reply as soon as possible. Please do not
reply to this message.

The Google Legal Team
""",
     items={})

case(name="daum-chuseok-auto-reply", outcome="ignored", classification="auto_reply",
     **{"from": "hj.yoon@kakaocorp.com"}, date=date(9, 14, 1), subject="[자동응답] 부재중: " + SUBJ[RD],
     name_from="윤혜진", reply_to_req=MID[RD],
     extra_headers=["Auto-Submitted: auto-replied"],
     imitates="Korean 부재중 자동응답 (추석 연휴)",
     why="out-of-office auto-reply",
     body="""
안녕하세요. 윤혜진입니다.

9월 9일(월)부터 9월 18일(수)까지 휴가 및 추석 연휴로 부재중입니다.
급한 용무는 cafe-policy@kakaocorp.com 으로 연락 부탁드립니다.

감사합니다.
""",
     items={})


HEADER = f"""# Blind set 732 (tests/corpus/blind732/): what a program gets wrong.
# Written from each email's meaning before any run of the reader; see NOTES.md.
# Generated by make.py: do not edit by hand.
"""


def encode_headers(c):
    """Non-ASCII display names and subjects as RFC 2047 words, as mail clients send them."""
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v is not None and not v.isascii():
            c[key] = email.header.Header(v, "utf-8", maxlinelen=998).encode()


def main():
    write_requests()
    for c in C:
        encode_headers(c)
    corpuslib.write_set(HERE, SET, HEADER, C)


if __name__ == "__main__":
    main()
