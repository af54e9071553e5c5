#!/usr/bin/env python3
"""Blind corpus set blind624: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences revising earlier ones, a table in
conflict with its note, statuses given by position. Every email is fictional
and written in our own words; expected results come from each email's
meaning alone, written before any run of the reader.

    python3 tests/corpus/blind624/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
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

SET = "blind624"

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/nightjar_kr/status/1829904417730551809",
    "https://x.com/nightjar_kr/status/1829911052286722346",
    "https://x.com/pale_orchard/status/1830127745519902310",
    "https://x.com/pale_orchard/status/1830133896024117553",
    "https://x.com/gwangan_tide/status/1830245518871367891",
    "https://x.com/tallgrass_88/status/1830302264017514722",
    "https://x.com/tallgrass_88/status/1830318871903011045",
    "https://x.com/hollowreed_/status/1830409957344190012",
    "https://x.com/ember_lane09/status/1830512238712263468",
    "https://x.com/ember_lane09/status/1830540071187763281",
    "https://x.com/sodium_bay/status/1830616635276040233",
    "https://x.com/kestrel_mk/status/1830701129964589102",
]
TG = [
    "https://t.me/quiet_lanterns/1184",
    "https://t.me/quiet_lanterns/1207",
    "https://t.me/saltmarsh_market/56",
    "https://t.me/saltmarsh_market/61",
    "https://t.me/greyfinch_files/903",
]
YT = [
    "https://www.youtube.com/watch?v=Qm7rT2xLw9A",
    "https://www.youtube.com/watch?v=hV3kP0zNc8e",
    "https://www.youtube.com/watch?v=Zt5bW1yRj4U",
]
NV = [
    "https://blog.naver.com/moonpebble21/223561028814",
    "https://blog.naver.com/moonpebble21/223563377102",
    "https://cafe.naver.com/seoulridgeflea/88412",
    "https://in.naver.com/%ED%91%B8%EB%A5%B8%EB%B0%A4/contents/240611",
]
NV4_RAW = "https://in.naver.com/푸른밤/contents/240611"
KK = [
    "https://cafe.daum.net/harborlight77/Fq3L/412",
    "https://nightowl23.tistory.com/88",
]
X1 = ["https://x.com/drift_signal/status/1832977016604205183"]
YT2 = [
    "https://www.youtube.com/shorts/Lp8dX4qWc2s",
    "https://www.youtube.com/watch?v=cN6fJ0aYk3M",
]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, msgid, note
    ("KCSC-240902-01", "x", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", X,
     "illegal_trade", "<req-240902-01@kcsc.example>", "12 posts, drug sales accounts"),
    ("KCSC-240903-02", "telegram", "2024-09-03T11:30:00+09:00", "2024-09-10T18:00:00+09:00", TG,
     "illegal_trade", "<req-240903-02@kcsc.example>", "channel posts, \"market\" channels"),
    ("KCSC-240905-03", "youtube", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00", YT,
     "gambling", "<req-240905-03@kcsc.example>", "videos advertising an unlicensed casino"),
    ("KCSC-240906-04", "naver", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00", NV,
     "defamation", "<req-240906-04@kcsc.example>", "blog, cafe and influencer posts"),
    ("KCSC-240909-05", "kakao", "2024-09-09T10:20:00+09:00", "2024-09-16T18:00:00+09:00", KK,
     "privacy", "<req-240909-05@kcsc.example>", "Daum cafe post, Tistory post"),
    ("KCSC-240910-06", "x", "2024-09-10T16:00:00+09:00", "2024-09-17T18:00:00+09:00", X1,
     "illegal_trade", "<req-240910-06@kcsc.example>", "one post, follow-up to KCSC-240902-01"),
    ("KCSC-240911-07", "youtube", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00", YT2,
     "gambling", "<req-240911-07@kcsc.example>", "a short and a video, same uploader"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


def quoted_request(ref, urls, prefix="> "):
    lines = [
        "Dear Trust & Safety team,",
        "",
        f"Under reference {ref} the Korea Communications Standards Commission",
        "asks you to remove or block access to the following content:",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Please reply to this address with the result for each URL.", "",
              "KCSC Takedown Desk"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def pend(urls):
    return {u: "pending" for u in urls}


CASES = []


def case(**c):
    CASES.append(c)


# ================================================================ APPLIED

case(
    name="x-mixed-statuses-one-sentence",
    from_="legal-support@x.com", date="Thu, 05 Sep 2024 09:12:44 +0000",
    subject="Re: KCSC-240902-01 - Legal request outcome", reply_to_req="req-240902-01",
    body=f"""
Hello,

We have reviewed the posts you reported under KCSC-240902-01.

Of these, {X[0]} and {X[1]} have been withheld in South Korea, while {X[2]} was removed from X for violating our rules on illegal goods and services.

We will write again about the other posts in your request.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome email (country-withheld vs. rules violation)",
    why="one sentence carries two statuses: the first two posts withheld in KR, the third removed",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "removed"},
)

case(
    name="x-refusal-with-reason-then-withheld",
    from_="legal-support@x.com", date="Fri, 06 Sep 2024 02:40:10 +0000",
    subject="Your report KCSC-240902-01", reply_to_req="req-240902-01",
    body=f"""
Hi there,

Thanks for your patience.

After careful review we have decided not to take action on {X[4]}. Based on the information provided, we could not establish that this post violates the X Rules or Korean law, so it will remain available.

The post at {X[5]} has been withheld in Korea in response to your request.

If you have further information about the first post, you may reply to this email.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal team reply declining action with a reason",
    why="a refusal with its reason (no violation) for one post, a country withhold for the other",
    items={X[4]: "rejected", X[5]: "restricted"},
)

case(
    name="x-later-sentence-revises-earlier",
    from_="legal-support@x.com", date="Mon, 09 Sep 2024 07:05:31 +0000",
    subject="Correction - KCSC-240902-01", reply_to_req="req-240902-01",
    body=f"""
Hello,

We need to correct an earlier message. In our reply of 6 September we
said that {X[6]} had been withheld in South Korea.

That was not accurate. The post had already been deleted by the account
holder before our team acted on it, so there was nothing left for us to
withhold. Visiting the link now shows "This post doesn't exist".

We apologise for the confusion.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal follow-up correcting a previous outcome",
    why="the first paragraph only reports what an earlier email said; the correction says the post was deleted by its author (not_found)",
    items={X[6]: "not_found"},
)

case(
    name="x-negation-not-removed-but-withheld",
    from_="legal-support@x.com", date="Tue, 10 Sep 2024 01:18:02 +0000",
    subject="RE: KCSC-240902-01 hollowreed_", reply_to_req="req-240902-01",
    body=f"""
Hello KCSC team,

To clarify your question about {X[7]}: this post has not been removed globally. It has been withheld in South Korea only, as the content is legal in the account holder's jurisdiction.

Best,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal clarification of a country withhold",
    why="negated removal followed by an unhedged country withhold: restricted, not removed",
    items={X[7]: "restricted"},
)

case(
    name="x-url-then-status-line-below",
    from_="legal-support@x.com", date="Wed, 11 Sep 2024 06:30:00 +0000",
    subject="KCSC-240902-01 - results (ember_lane09)", reply_to_req="req-240902-01",
    body=f"""
Hello,

Please find the results for the posts by @ember_lane09 below.

{X[8]}
Status: Withheld in KR

{X[9]}
Status: Not found - the post was deleted by the user before our review

Kind regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal results list, URL line then status line",
    why="each bare URL is followed by its status on the next line",
    items={X[8]: "restricted", X[9]: "not_found"},
)

case(
    name="x-statement-then-url-below",
    from_="legal-support@x.com", date="Wed, 11 Sep 2024 08:02:51 +0000",
    subject="KCSC-240902-01 - results (sodium_bay, kestrel_mk)", reply_to_req="req-240902-01",
    body=f"""
Hello,

The following post has been removed for violating our policy on illegal
goods and services:

    {X[10]}

The following post remains available. We reviewed it and found no
violation of the X Rules or of local law:

    {X[11]}

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal results, statement then indented URL",
    why="statement ends in a colon and the URL follows on the next line; the second is a refusal with reason",
    items={X[10]: "removed", X[11]: "rejected"},
)

case(
    name="x-ack-with-echoed-report-and-outcome",
    from_="no-reply@x.com", date="Sat, 07 Sep 2024 11:45:09 +0000",
    subject="Update on your report (case 0492-KR-77310)",
    body=f"""
Thanks for your report. We received it on 2 September 2024 and it was
given case number 0492-KR-77310.

Report details
  Reported content: {X[4]}
  Reported by: KCSC Takedown Desk
  Reason: Illegal content under local law (Republic of Korea)

Outcome
We've reviewed the content and withheld this post in South Korea.

X Safety
""",
    outcome="applied", classification="confirmation",
    imitates="X report-update email with an echoed report block",
    why="starts like a receipt but ends with an unhedged outcome (withheld in Korea) for the echoed URL",
    items={X[4]: "restricted"},
)

case(
    name="x-angle-brackets-and-wrapped",
    from_="legal-support@x.com", date="Thu, 12 Sep 2024 03:22:17 +0000",
    subject="Re: KCSC-240902-01", reply_to_req="req-240902-01",
    body=f"""
Hello,

We withheld <{X[3]}> in South Korea
on 11 September.

The post <https://x.com/hollowreed_/
status/1830409957344190012> has been removed globally for a violation
of our illegal goods policy.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with URLs in angle brackets, one wrapped by the mail client",
    why="angle-bracket URLs; the second is broken across lines inside its brackets",
    items={X[3]: "restricted", X[7]: "removed"},
)

case(
    name="x-statuses-by-position-over-quote",
    from_="legal-support@x.com", date="Fri, 06 Sep 2024 09:51:40 +0000",
    subject="Re: KCSC-240902-01 - removal request", reply_to_req="req-240902-01",
    body=f"""
Hi,

Our results so far, numbered as in your list:

#1 and #2 - withheld in South Korea.
#3 - removed globally (violation of the X Rules).

The remaining items are still with our team.

X Legal

On Mon, 2 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240902-01", X)}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal top-posted reply giving results by the request's numbering",
    why="statuses given by position (#1-#3) refer to the numbered list of the quoted request; the rest still with the team",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "removed",
           **pend(X[3:])},
)

case(
    name="x-single-item-request-all-withheld",
    from_="legal-support@x.com", date="Fri, 13 Sep 2024 05:10:00 +0000",
    subject="KCSC-240910-06 - outcome", reply_to_req="req-240910-06",
    body="""
Hello,

All the content reported in your request KCSC-240910-06 has been withheld
in South Korea.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome naming only the request",
    why="a statement about all reported content for a request of one item applies to that item",
    items={X1[0]: "restricted"},
)

case(
    name="tg-mixed-but-not-with-reason",
    from_="dsa@telegram.org", date="Thu, 05 Sep 2024 14:03:00 +0000",
    subject="Re: KCSC-240903-02", reply_to_req="req-240903-02",
    body=f"""
Hello,

We have taken down {TG[0]} and {TG[1]} but not {TG[2]}, which we found to be within our Terms of Service.

Telegram Moderation
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk terse reply",
    why="one sentence: two removed, the third refused with a reason (within ToS)",
    items={TG[0]: "removed", TG[1]: "removed", TG[2]: "rejected"},
)

case(
    name="tg-hedges-in-relative-clauses",
    from_="dsa@telegram.org", date="Fri, 06 Sep 2024 10:30:00 +0000",
    subject="Re: KCSC-240903-02 (saltmarsh_market, greyfinch_files)", reply_to_req="req-240903-02",
    body=f"""
Hi,

The message {TG[3]}, which may also have been flagged by other users, has been removed.

The post {TG[4]}, which we think may have been edited since your report, is still being reviewed by the team.

Telegram Moderation
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply",
    why="the hedges sit in relative clauses; the main clause removes the first, the second is still under review",
    items={TG[3]: "removed", TG[4]: "pending"},
)

case(
    name="tg-refusal-and-invalid-link",
    from_="abuse@telegram.org", date="Sat, 07 Sep 2024 08:15:22 +0000",
    subject="Your report KCSC-240903-02",
    body=f"""
Hello,

We are unable to act on {TG[1]}. The channel publishes news coverage and
this post does not break Telegram's Terms of Service.

The link {TG[4]} leads to no message; it appears to have been deleted by
its author.

Best regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk refusal with reason",
    why="refusal with a reason (rejected); a link leading to no message is not_found, the hedge only concerns the cause",
    items={TG[1]: "rejected", TG[4]: "not_found"},
)

case(
    name="tg-top-posted-over-gmail-quote",
    from_="dsa@telegram.org", date="Mon, 09 Sep 2024 12:44:10 +0000",
    subject="Re: KCSC-240903-02 removal request", reply_to_req="req-240903-02",
    body=f"""
Done. {TG[4]} has been blocked.

-- 
Telegram Moderation

On Tue, 3 Sep 2024 at 11:30, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240903-02", TG)}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram reply top-posted over the quoted request (Gmail quoting)",
    why="only the top line is the platform's; the quoted request's URLs stay pending",
    items={TG[4]: "removed", TG[0]: "pending", TG[1]: "pending", TG[2]: "pending", TG[3]: "pending"},
)

case(
    name="tg-outlook-original-message",
    from_="dsa@telegram.org", date="Tue, 10 Sep 2024 07:00:05 +0000",
    subject="RE: KCSC-240903-02", reply_to_req="req-240903-02",
    body=f"""
Hello,

Both saltmarsh_market posts have been removed: {TG[2]} and
{TG[3]}.

Regards,
Telegram Moderation

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 11:30 AM
To: dsa@telegram.org
Subject: KCSC-240903-02

{quoted_request("KCSC-240903-02", TG, prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram reply over an Outlook -----Original Message----- block",
    why="the two named saltmarsh posts are removed; the URLs under Original Message are our own request",
    items={TG[2]: "removed", TG[3]: "removed", TG[0]: "pending", TG[1]: "pending", TG[4]: "pending"},
)

case(
    name="yt-table-with-correction-note",
    from_="legal-support@google.com", date="Tue, 10 Sep 2024 04:20:00 +0000",
    subject="[8-6631000039284] KCSC-240905-03 - YouTube legal removal request",
    reply_to_req="req-240905-03", type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>Thank you for your request KCSC-240905-03. Our decisions are listed below.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Action</th></tr>
<tr><td>{YT[0]}</td><td>Removed (Community Guidelines)</td></tr>
<tr><td>{YT[1]}</td><td>Blocked in South Korea</td></tr>
<tr><td>{YT[2]}</td><td>Removed (Community Guidelines)</td></tr>
</table>
<p><b>Correction:</b> the second row above was entered in error. The video
{YT[1]} has not been blocked; after review we found that it does not
violate our policies or Korean law, and it remains available.</p>
<p>Regards,<br>The YouTube Legal Team</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal-request outcome with a results table",
    why="an explicit correction below the table revises the second row: that video is rejected, the others removed",
    items={YT[0]: "removed", YT[1]: "rejected", YT[2]: "removed"},
)

case(
    name="yt-checkmark-columns",
    from_="legal-support@google.com", date="Mon, 09 Sep 2024 23:55:00 +0000",
    subject="KCSC-240905-03: outcome of your request", reply_to_req="req-240905-03",
    raw_mime="""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body>
<p>Hello KCSC,</p>
<p>We have completed our review. The table shows the action taken for each video.</p>
<table border="1">
<tr><th>Video</th><th>Removed globally</th><th>Blocked in KR</th><th>No action</th></tr>
<tr><td>%s</td><td>&#10003;</td><td></td><td></td></tr>
<tr><td>%s</td><td></td><td></td><td>&#10003;</td></tr>
<tr><td>%s</td><td></td><td>&#10003;</td><td></td></tr>
</table>
<p>"No action" means the video does not violate our Community Guidelines or local law.</p>
<p>YouTube Legal Support</p>
</body></html>
""" % (YT[0], YT[1], YT[2]),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome table with tick marks per action column",
    why="the status of each row is given by which column holds the tick",
    items={YT[0]: "removed", YT[1]: "rejected", YT[2]: "restricted"},
)

case(
    name="yt-qp-soft-broken-urls",
    from_="legal-support@google.com", date="Fri, 13 Sep 2024 02:33:19 +0000",
    subject="KCSC-240911-07 - YouTube", reply_to_req="req-240911-07",
    raw_mime="""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(f"""Hello,

Following a review of your request KCSC-240911-07, we've removed the Short at {YT2[0]} from YouTube for violating our Community Guidelines on online gambling content — it is no longer available anywhere. In addition, after assessing the video at {YT2[1]} under applicable local law, we have restricted it in South Korea; it stays available elsewhere.

Regards,
The YouTube Legal Team
"""),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal notice, quoted-printable body",
    why="quoted-printable soft breaks; one removed globally, one restricted in KR",
    items={YT2[0]: "removed", YT2[1]: "restricted"},
)

case(
    name="yt-base64-html-list",
    from_="noreply-legal@youtube.com", date="Thu, 12 Sep 2024 06:08:00 +0000",
    subject="YouTube: decision on KCSC-240905-03",
    raw_mime="""
Content-Type: multipart/alternative; boundary="yt-b64-alt"

--yt-b64-alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64(f"""<html><body>
<p>Hello,</p>
<p>Regarding your request KCSC-240905-03:</p>
<ul>
<li><a href="{YT[0]}">{YT[0]}</a> &ndash; blocked in South Korea under local law.</li>
<li><a href="{YT[2]}">{YT[2]}</a> &ndash; we could not review this video: it was deleted by the uploader before our review.</li>
</ul>
<p>Learn more about <a href="https://support.google.com/youtube/answer/2802032">our legal policies</a>.</p>
<p>YouTube Legal Support</p>
</body></html>
""") + """
--yt-b64-alt--
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal decision email, base64 HTML",
    why="base64 HTML list; a country block and a video deleted by its uploader; the help link is not an item",
    items={YT[0]: "restricted", YT[2]: "not_found"},
)

case(
    name="yt-korean-fullwidth-brackets",
    from_="legal-support@google.com", date="Wed, 11 Sep 2024 01:10:00 +0000",
    subject="[KCSC-240905-03] 요청 처리 결과 안내", reply_to_req="req-240905-03",
    body=f"""
안녕하세요, YouTube 법무팀입니다.

요청번호 KCSC-240905-03 건의 처리 결과를 안내드립니다.

동영상 {YT[0]}은 커뮤니티 가이드 위반으로 삭제되었습니다.
동영상「{YT[2]}」는 현지 법률에 따라 대한민국에서 접근이 제한되었습니다.

감사합니다.
YouTube 법무팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korean-language legal outcome",
    why="a Korean particle glued to one URL, full-width corner brackets around the other",
    items={YT[0]: "removed", YT[2]: "restricted"},
)

case(
    name="naver-korean-mixed-one-sentence",
    from_="policy@navercorp.com", date="Tue, 10 Sep 2024 02:00:00 +0000",
    subject="[NAVER] KCSC-240906-04 게시물 조치 결과 안내", reply_to_req="req-240906-04",
    name_from="네이버 정책지원",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 중 {NV[0]} 는 게시중단 처리하였고, {NV[1]} 는 30일간 임시조치하였습니다.

나머지 게시물은 검토 후 별도로 회신드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단/임시조치 결과 안내",
    why="one Korean sentence: the first post taken down (게시중단), the second temporarily restricted (임시조치)",
    items={NV[0]: "removed", NV[1]: "restricted"},
)

case(
    name="naver-refusal-and-author-deleted",
    from_="policy@navercorp.com", date="Wed, 11 Sep 2024 05:30:00 +0000",
    subject="RE: KCSC-240906-04 추가 회신", reply_to_req="req-240906-04",
    name_from="네이버 정책지원",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

{NV[2]} 게시물은 검토 결과 관련 법령 및 운영정책에 위반되는 사항이 확인되지 않아 별도의 조치를 하지 않았습니다.

{NV4_RAW} 은(는) 작성자가 이미 삭제하여 확인되지 않는 게시물입니다.

문의사항이 있으시면 회신 부탁드립니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 조치 불가 / 게시물 없음 회신",
    why="a refusal with reason (no violation found) and a post already deleted by its author; raw Korean path",
    items={NV[2]: "rejected", NV[3]: "not_found"},
)

NV_CSV = "번호,URL,조치결과,비고\r\n" + "\r\n".join([
    f"1,{NV[0]},삭제,",
    f"2,{NV[1]},블라인드,",
    f"3,{NV[2]},조치불가,위반사항 없음",
    f"4,{NV4_RAW},게시물 없음,작성자 삭제",
]) + "\r\n"

case(
    name="naver-csv-attachment",
    from_="policy@navercorp.com", date="Thu, 12 Sep 2024 08:00:00 +0000",
    subject="[NAVER] KCSC-240906-04 처리결과 (첨부)", reply_to_req="req-240906-04",
    name_from="네이버 정책지원",
    raw_mime="""
Content-Type: multipart/mixed; boundary="nv-csv-mix"

--nv-csv-mix
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 네이버 정책지원팀입니다.
요청번호 KCSC-240906-04 건의 게시물별 처리 결과를 첨부 파일로 보내드립니다.
감사합니다.

--nv-csv-mix
Content-Type: text/csv; charset=utf-8; name="KCSC-240906-04_result.csv"
Content-Disposition: attachment; filename="KCSC-240906-04_result.csv"
Content-Transfer-Encoding: base64

""" + b64(NV_CSV) + """
--nv-csv-mix--
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 처리결과 CSV attachment",
    why="CSV rows: 삭제 and 블라인드 removed, 조치불가(위반사항 없음) rejected, 게시물 없음 not_found",
    items={NV[0]: "removed", NV[1]: "removed", NV[2]: "rejected", NV[3]: "not_found"},
)

case(
    name="naver-correction-not-x-but-y",
    from_="policy@navercorp.com", date="Fri, 13 Sep 2024 01:45:00 +0000",
    subject="[정정] KCSC-240906-04 조치 결과", reply_to_req="req-240906-04",
    name_from="네이버 정책지원",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

앞서 안내드린 내용 중 정정할 부분이 있어 다시 연락드립니다.
{NV[1]} 게시물은 임시조치가 아니라 게시중단(삭제) 처리되었습니다.

혼란을 드려 죄송합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 정정 안내",
    why="'not 임시조치 but 게시중단' - the negated status must not win",
    items={NV[1]: "removed"},
)

case(
    name="kakao-negated-delete-domestic-block",
    from_="safety@kakaocorp.com", date="Thu, 12 Sep 2024 03:00:00 +0000",
    subject="[카카오] KCSC-240909-05 요청 건 처리 안내", reply_to_req="req-240909-05",
    name_from="카카오 고객보호팀",
    body=f"""
안녕하세요, 카카오 고객보호팀입니다.

요청하신 {KK[0]} 게시물은 삭제하지 않았으며, 국내 접속 차단 조치만 하였습니다.
{KK[1]} 게시글은 다음 주 중 검토할 예정입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객보호팀 처리 안내",
    why="negated deletion then a domestic access block (restricted); the other is only a plan to review",
    items={KK[0]: "restricted", KK[1]: "pending"},
)

case(
    name="kakao-tistory-blind-and-deleted",
    from_="cs@tistory.com", date="Fri, 13 Sep 2024 06:20:00 +0000",
    subject="[티스토리] 권리침해 신고 처리 결과 (KCSC-240909-05)",
    name_from="티스토리 고객센터",
    body=f"""
안녕하세요, 티스토리 고객센터입니다.

신고하신 게시글 {KK[1]} 은 블라인드 처리되었습니다.
같은 요청의 다음 카페 게시물（{KK[0]}）도 운영자 삭제 조치가 완료되었습니다.

이용해 주셔서 감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory/Daum 권리침해 신고 처리 결과",
    why="블라인드 and 운영자 삭제 are both removed; the second URL sits inside full parentheses",
    items={KK[1]: "removed", KK[0]: "removed"},
)

# ================================================================ REVIEW

case(
    name="x-promise-will-be-withheld",
    from_="legal-support@x.com", date="Wed, 04 Sep 2024 10:00:00 +0000",
    subject="Re: KCSC-240902-01", reply_to_req="req-240902-01",
    body=f"""
Hello,

Thanks for reaching out. The posts {X[0]} and {X[1]} will be withheld in
South Korea once our legal team has completed its review, which we expect
to finish within five business days.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal holding reply",
    why="a promise, not a statement: both posts stay pending",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="x-not-removed-still-under-review",
    from_="legal-support@x.com", date="Sat, 07 Sep 2024 04:12:00 +0000",
    subject="Re: KCSC-240902-01 status", reply_to_req="req-240902-01",
    body=f"""
Hi,

We haven't yet reached a decision on {X[2]} or {X[3]}. They have not been removed at this time and remain under review with our specialist team.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal status update",
    why="'not removed at this time' plus 'under review' is no decision: not a refusal",
    items={X[2]: "pending", X[3]: "pending"},
)

case(
    name="x-bulk-all-posts-withheld",
    from_="legal-support@x.com", date="Sun, 08 Sep 2024 22:40:00 +0000",
    subject="KCSC-240902-01 - completed", reply_to_req="req-240902-01",
    body="""
Hello,

All of the posts listed in your request KCSC-240902-01 have been withheld
in South Korea.

Regards,
X Legal
""",
    outcome="review", review="bulk",
    imitates="X legal outcome naming only the request",
    why="a statement about all posts of a twelve-item request without naming any",
    items=pend(X),
)

case(
    name="x-table-conflicts-with-note",
    from_="legal-support@x.com", date="Mon, 16 Sep 2024 02:00:00 +0000",
    subject="KCSC-240910-06 - result", reply_to_req="req-240910-06",
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<table border="1"><tr><th>Reported URL</th><th>Action</th></tr>
<tr><td>{X1[0]}</td><td>Removed</td></tr></table>
<p>Note: we reviewed this post against the X Rules and local law and found no
violation. The post remains available on X.</p>
<p>X Legal</p>
</body></html>
""",
    outcome="review", review="conflicting_statements",
    imitates="X legal result table with a free-text note",
    why="the table says removed, the note says no violation and still available; neither corrects the other",
    items={X1[0]: "pending"},
)

case(
    name="tg-hedge-may-have-been",
    from_="dsa@telegram.org", date="Wed, 04 Sep 2024 15:20:00 +0000",
    subject="Re: KCSC-240903-02", reply_to_req="req-240903-02",
    body=f"""
Hello,

It appears that {TG[0]} may already have been removed by the channel's
administrators. We are checking the other links in your report.

Telegram Moderation
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk interim reply",
    why="'appears ... may have been removed' is a hedge, not a statement",
    items={TG[0]: "pending"},
)

case(
    name="tg-channel-admin-gmail",
    from_="quietlanterns.admin@gmail.com", date="Thu, 05 Sep 2024 18:00:00 +0000",
    subject="About your report KCSC-240903-02", name_from="Quiet Lanterns admin",
    body=f"""
Hello,

I run the quiet_lanterns channel. Telegram forwarded us your complaint.
I have deleted {TG[0]} and {TG[1]} myself, so please close the case.

Thanks
""",
    outcome="review", review="unknown_sender",
    imitates="channel administrator writing from a personal mailbox",
    why="not a platform sender; a channel owner's word changes no status",
    items={TG[0]: "pending", TG[1]: "pending"},
)

case(
    name="naver-auth-fail",
    from_="policy@navercorp.com", date="Tue, 10 Sep 2024 09:00:00 +0000",
    subject="[NAVER] KCSC-240906-04 게시중단 안내", auth="fail",
    name_from="네이버 정책지원",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 {NV[0]} 게시물은 게시중단 처리되었습니다.

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER 게시중단 안내 with failing DKIM/SPF/DMARC",
    why="navercorp.com sender that fails authentication",
    items={NV[0]: "pending"},
)

case(
    name="kakao-about-naver-url",
    from_="safety@kakaocorp.com", date="Wed, 11 Sep 2024 07:30:00 +0000",
    subject="[카카오] 요청 URL 확인 결과", name_from="카카오 고객보호팀",
    body=f"""
안녕하세요, 카카오 고객보호팀입니다.

보내주신 URL {NV[2]} 는 네이버 카페 게시물로 당사 서비스에서 운영되는 게시물이 아니어서 당사에서는 조치할 수 없습니다.
해당 서비스 운영사에 요청해 주시기 바랍니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao reply about a URL of another portal",
    why="Kakao speaks about a NAVER item; it cannot change its status",
    items={NV[2]: "pending"},
)

case(
    name="naver-asks-for-documents",
    from_="policy@navercorp.com", date="Mon, 09 Sep 2024 04:00:00 +0000",
    subject="RE: KCSC-240906-04 자료 요청", reply_to_req="req-240906-04",
    name_from="네이버 정책지원",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 {NV4_RAW} 건과 관련하여, 심의 의결서 등 법적 근거 자료를 회신해 주시면 검토 후 조치 여부를 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER 추가 자료 요청",
    why="asks for the decision document before it acts",
    items={NV[3]: "pending"},
)

case(
    name="yt-conditional-counter-notice",
    from_="legal-support@google.com", date="Thu, 12 Sep 2024 09:10:00 +0000",
    subject="KCSC-240911-07 - next steps", reply_to_req="req-240911-07",
    body=f"""
Hello,

We have notified the uploader of {YT2[1]}. If the uploader does not
respond within 10 days, the video will be blocked in South Korea. If they
respond, we will assess their response before deciding.

The YouTube Legal Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal notice of a pending uploader notification",
    why="a condition and a promise: nothing decided yet",
    items={YT2[1]: "pending"},
)

case(
    name="kakao-policy-newsletter",
    from_="safety@kakaocorp.com", date="Mon, 16 Sep 2024 00:30:00 +0000",
    subject="[카카오] 운영정책 개정 안내", name_from="카카오 고객보호팀",
    body="""
안녕하세요, 카카오 고객보호팀입니다.

카카오 통합 운영정책이 2024년 10월 1일자로 개정됩니다.
주요 변경 사항은 https://www.kakao.com/policy/oppolicy 에서 확인하실 수 있습니다.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="Kakao policy change notice",
    why="trusted platform mail that names no item and no request; the policy link is not an item",
    items={},
)

# ================================================================ IGNORED

case(
    name="x-out-of-office",
    from_="j.moreau@x.com", date="Tue, 03 Sep 2024 01:00:02 +0000",
    subject="Automatic reply: KCSC-240902-01", name_from="Julien Moreau",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 16 September with
limited access to email. For legal requests please write to
legal-support@x.com, which is monitored daily.

Julien
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply",
    why="out-of-office auto reply",
    items={},
)

case(
    name="naver-korean-out-of-office",
    from_="jihye.park@navercorp.com", date="Mon, 09 Sep 2024 05:00:00 +0000",
    subject="[부재중] RE: KCSC-240906-04", name_from="박지혜",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 박지혜입니다.
9월 13일까지 휴가로 부재중입니다. 급한 건은 policy@navercorp.com 으로 연락 바랍니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동회신",
    why="Korean out-of-office auto reply",
    items={},
)

case(
    name="tg-dsn-bounce",
    from_="MAILER-DAEMON@mail.kcsc.example", date="Tue, 03 Sep 2024 02:31:09 +0000",
    subject="Undelivered Mail Returned to Sender", name_from="Mail Delivery System",
    raw_mime="""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b624"

--dsn-b624
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa-kr@telegram.org>: host mx.telegram.org[203.0.113.40] said: 550 5.1.1
    <dsa-kr@telegram.org>: Recipient address rejected: User unknown

--dsn-b624
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kcsc.example
Arrival-Date: Tue,  3 Sep 2024 11:30:02 +0900 (KST)

Final-Recipient: rfc822; dsa-kr@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-b624
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: dsa-kr@telegram.org
Subject: KCSC-240903-02
Message-ID: <req-240903-02-copy@kcsc.example>

""" + quoted_request("KCSC-240903-02", TG, prefix="") + """

--dsn-b624--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification",
    why="a bounce carrying our own request; nothing from the platform",
    items=pend(TG),
)

case(
    name="naver-mdn-read-receipt",
    from_="policy@navercorp.com", date="Fri, 06 Sep 2024 06:00:00 +0000",
    subject="읽음 확인: KCSC-240906-04", name_from="네이버 정책지원",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b624"

--mdn-b624
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "KCSC-240906-04"을(를) 2024-09-06 15:00 에 수신자가 읽었습니다.

--mdn-b624
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <req-240906-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b624--
""",
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (읽음 확인)",
    why="a read receipt says nothing about items",
    items={},
)

case(
    name="yt-ticket-receipt-echo",
    from_="legal-noreply@google.com", date="Thu, 05 Sep 2024 00:41:00 +0000",
    subject="[8-6631000039284] We received your legal removal request",
    body=f"""
Hello,

Thanks for contacting Google. This automated message confirms that we
have received your request. Your reference number is 8-6631000039284.

Summary of your submission
  Product: YouTube
  Legal basis: Local law (Republic of Korea)
  URLs:
    {YT[0]}
    {YT[1]}
    {YT[2]}

Our team will review your request and contact you if we need further
information. You can check the status of your requests on the dashboard:
https://support.google.com/legal/dashboard

The Google Legal Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal removal request receipt with echoed submission",
    why="a pure receipt echoing the submitted URLs; 'will review' is a promise",
    items=pend(YT),
)

case(
    name="kakao-report-received",
    from_="noreply@kakaocorp.com", date="Mon, 09 Sep 2024 01:25:00 +0000",
    subject="[카카오] 신고가 접수되었습니다", name_from="카카오 고객센터",
    body="""
안녕하세요, 카카오 고객센터입니다.

고객님의 신고가 정상적으로 접수되었습니다. (접수번호: 2409-KR-558120)
담당자가 확인 후 처리 결과를 메일로 안내드리겠습니다.

본 메일은 발신전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 신고 접수 자동 메일",
    why="a pure receipt with a ticket number",
    items={},
)

case(
    name="tg-autoreply-with-ticket",
    from_="dsa@telegram.org", date="Tue, 03 Sep 2024 02:31:40 +0000",
    subject="Re: KCSC-240903-02 [Ticket #DSA-551207]",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
This is an automatic reply. Your message has been received and a ticket
(#DSA-551207) has been created. Please keep the ticket number in the
subject of any further correspondence.
""",
    outcome="ignored",
    imitates="ticket-system receipt (sent with Auto-Submitted: auto-replied)",
    why="a ticket receipt, no statement about items",
    items={},
)


HEADER = """# Blind set blind624 (what a program gets wrong): written from each email's
# meaning before any run of the reader. Generated by make.py - do not edit.
"""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
        # Non-ASCII display names and subjects go out as RFC 2047 encoded
        # words, as Korean mail clients send them.
        for key in ("name_from", "subject"):
            if key in c and not c[key].isascii():
                c[key] = Header(c[key], "utf-8").encode()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
