#!/usr/bin/env python3
"""Blind set 990 (focus: what a program gets wrong).

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by its note, statuses given by position.

    python3 tests/corpus/blind990/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result below was written from the meaning of the email alone,
before the reader was ever run on it.
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

SET = "blind990"

# ---------------------------------------------------------------- requests
Y = {
    1: "https://www.youtube.com/watch?v=Qm7dLr2Xk9A",
    2: "https://www.youtube.com/watch?v=bT4nWc8ZpE1",
    3: "https://www.youtube.com/watch?v=Hs9aKe3LuV0",
    4: "https://www.youtube.com/watch?v=pX2rGy6NoD7",
    5: "https://www.youtube.com/watch?v=Lw5cJt1MfR8",
    6: "https://www.youtube.com/watch?v=eZ8vNq4BhS2",
    7: "https://www.youtube.com/watch?v=Ku3yPd7CxT6",
    8: "https://www.youtube.com/shorts/Rj6mVb2WsQ4",
    9: "https://www.youtube.com/shorts/Tn1xHf9GaY5",
    10: "https://www.youtube.com/watch?v=Dg7kSu0JeM3",
    11: "https://www.youtube.com/watch?v=Vc2oFz5RiP9",
    12: "https://www.youtube.com/watch?v=Ab4tXm8LyN6",
    13: "https://www.youtube.com/@haneul_clipbox_demo",
    14: "https://www.youtube.com/watch?v=Wf0hQi6TkB1",
}
X = {
    1: "https://x.com/mirae_leaks_demo/status/1835012345678901234",
    2: "https://x.com/mirae_leaks_demo/status/1835012345678905678",
    3: "https://x.com/sonagi_archive/status/1834987654321098765",
    4: "https://x.com/sonagi_archive/status/1834987654321091111",
    5: "https://x.com/darkroom_kr_demo",
    6: "https://x.com/byeol_dump_demo/status/1835555555555555555",
}
T = {
    1: "https://t.me/bamgil_share/2207",
    2: "https://t.me/bamgil_share/2231",
    3: "https://t.me/yeouido_room_demo/88",
    4: "https://t.me/yeouido_room_demo/91",
}
N = {
    1: "https://blog.naver.com/dalbit_story77/223561234567",
    2: "https://blog.naver.com/dalbit_story77/223561239999",
    3: "https://cafe.naver.com/hanbyeol2024/15872",
    4: "https://cafe.naver.com/hanbyeol2024/15901",
}
# Kakao: two Tistory entries with Korean slugs (stored percent-encoded) and a Daum cafe post.
K_RAW = {
    1: "https://saebyeok-note.tistory.com/entry/영상-모음-1편",
    2: "https://saebyeok-note.tistory.com/entry/영상-모음-2편",
    3: "https://cafe.daum.net/moonlightclub/Bx3k/412",
}
K = {i: (u.split("/entry/")[0] + "/entry/" + quote(u.split("/entry/")[1]) if "/entry/" in u else u)
     for i, u in K_RAW.items()}
TT = {
    1: "https://www.tiktok.com/@gureum_daily_demo/video/7412345678901234567",
    2: "https://www.tiktok.com/@gureum_daily_demo/video/7412345678909876543",
}

REQUESTS = [
    # ref, platform, sent, due, category, message_id, note, urls
    ("KCSC-240917-01", "youtube", "2024-09-17", "2024-09-24", "privacy-violation",
     "req-240917-01@kcsc.example", "largest request of the set", [Y[i] for i in range(1, 15)]),
    ("KCSC-240917-02", "x", "2024-09-17", "2024-09-24", "deepfake-sexual-abuse",
     "req-240917-02@kcsc.example", "", [X[i] for i in range(1, 6)]),
    ("KCSC-240917-03", "telegram", "2024-09-17", "2024-09-24", "illegal-gambling",
     "req-240917-03@kcsc.example", "", [T[i] for i in range(1, 5)]),
    ("KCSC-240917-04", "naver", "2024-09-17", "2024-09-24", "defamation",
     "req-240917-04@kcsc.example", "", [N[i] for i in range(1, 5)]),
    ("KCSC-240918-05", "kakao", "2024-09-18", "2024-09-25", "deepfake-sexual-abuse",
     "req-240918-05@kcsc.example", "two Tistory entries with Korean slugs", [K[i] for i in range(1, 4)]),
    ("KCSC-240918-06", "tiktok", "2024-09-18", "2024-09-25", "drug-trade",
     "req-240918-06@kcsc.example", "", [TT[1], TT[2]]),
    ("KCSC-240918-07", "x", "2024-09-18", "2024-09-25", "privacy-violation",
     "req-240918-07@kcsc.example", "single item", [X[6]]),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def h(s):
    """RFC 2047 encode a header value that holds non-ASCII text."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def qp(text):
    return quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")


def b64(text):
    return base64.encodebytes(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")


def gmail_quote(when, ref, urls, lead="Dear Trust & Safety team,"):
    out = [f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:", f"> {lead}", ">",
           f"> Under our reference {ref} we ask you to remove or disable access",
           "> to the following content, which we found unlawful in Korea:", ">"]
    out += [f"> {i}. {u}" for i, u in enumerate(urls, 1)]
    out += [">", "> Please tell us the action taken for each URL.", ">",
            "> Korea Communications Standards Commission", "> Takedown desk"]
    return "\n".join(out)


def outlook_quote(sent, ref, urls, to):
    out = ["-----Original Message-----", "From: KCSC Takedown <takedown@kcsc.example>",
           f"Sent: {sent}", f"To: {to}", f"Subject: [{ref}] 불법정보 삭제 요청", "",
           "안녕하십니까, 방송통신심의위원회입니다.",
           f"아래 정보에 대하여 시정요구(삭제)를 요청드립니다. (관리번호 {ref})", ""]
    out += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    out += ["", "조치 결과를 URL별로 회신하여 주시기 바랍니다.", "감사합니다."]
    return "\n".join(out)


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ YouTube
case(
    name="yt-mixed-statuses-one-sentence",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Thu, 19 Sep 2024 11:42:10 +0900",
    subject="Re: [KCSC-240917-01] Request to remove content from YouTube",
    reply_to_req="req-240917-01",
    body=f"""
Hello,

Thank you for your notice KCSC-240917-01 of 17 September.

Having reviewed the first four URLs in your notice, we removed
{Y[1]} and {Y[2]} from YouTube globally, restricted
{Y[3]} for viewers in South Korea, and did not take action on
{Y[4]}, which does not violate our Community Guidelines and which
we did not find to be unlawful under the provisions you cited.

We will write to you separately about the remaining URLs.

Kind regards,
Minji
YouTube Legal Support
""",
    outcome="applied",
    imitates="YouTube legal support reply to a government removal request (per-URL outcome in prose)",
    why="one sentence carries three statuses for four URLs, the last a refusal with its reason",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "restricted", Y[4]: "rejected"},
)

case(
    name="yt-hedge-in-relative-clause",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Fri, 20 Sep 2024 09:15:44 +0900",
    subject="Update: [KCSC-240917-01] Request to remove content from YouTube",
    reply_to_req="req-240917-01",
    body=f"""
Hi,

A partial update on KCSC-240917-01.

{Y[5]}, which may have been mirrored on other channels, has been
removed for violating our harassment and cyberbullying policy. If you find
copies elsewhere on YouTube, please send them to us as a new notice.

{Y[6]} is still with our specialist team. We expect to reach a
decision next week.

Best,
Joon
YouTube Legal Support
""",
    outcome="applied",
    imitates="YouTube legal support partial update (one decided, one still under review)",
    why="the hedge 'may have been mirrored' sits in a relative clause; the main clause states removal; the second video is still under review",
    items={Y[5]: "removed", Y[6]: "pending"},
)

case(
    name="yt-promises-only",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Thu, 19 Sep 2024 16:03:29 +0900",
    subject="Re: [KCSC-240917-01] Request to remove content from YouTube",
    reply_to_req="req-240917-01",
    body=f"""
Hello,

Our team has looked at your request KCSC-240917-01.

The videos at {Y[7]} and {Y[8]} will be removed once the
uploader's notice period has ended (48 hours from today). We will also review
{Y[9]} against our privacy guidelines and let you know the outcome.

Thanks for your patience,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support interim reply announcing future removals",
    why="'will be removed' and 'will review' are promises: nothing has happened yet",
    items={Y[7]: "pending", Y[8]: "pending", Y[9]: "pending"},
)

case(
    name="yt-status-on-line-below-url",
    from_="no-reply@youtube.com", name_from="YouTube",
    date="Fri, 20 Sep 2024 18:20:02 +0900",
    subject="Outcome of your legal request KCSC-240917-01",
    body=f"""
YouTube legal request outcome
Reference: KCSC-240917-01

URL: {Y[10]}
Outcome: Not removed. The video is commentary on a public event; it does not
violate YouTube policies or local law.

URL: {Y[11]}
Outcome: Removed globally (Community Guidelines: harassment and cyberbullying).

URL: {Y[12]}
Outcome: Content not found. The video ID is invalid or the video was deleted by
the uploader before our review.

You can read how we handle legal requests at
https://support.google.com/youtube/answer/6154230

(c) 2024 Google LLC
""",
    outcome="applied",
    imitates="YouTube legal webform outcome notice (URL line followed by an Outcome line)",
    why="each URL's status is on the line below it; 'Not removed' is a refusal, not a removal",
    items={Y[10]: "rejected", Y[11]: "removed", Y[12]: "not_found"},
)

YT_TABLE_HTML = f"""<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>We have completed our review of the items in your legal request <b>KCSC-240917-01</b>.
The result for each item is below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Content</th><th>Action taken</th><th>Reason</th></tr>
<tr><td><a href="{Y[7]}">{Y[7]}</a></td><td>Removed</td><td>Harmful or dangerous content</td></tr>
<tr><td><a href="{Y[8]}">{Y[8]}</a></td><td>Age-restricted</td><td>Not suitable for viewers under 18</td></tr>
<tr><td><a href="{Y[9]}">{Y[9]}</a></td><td>No action</td><td>Does not violate our policies or local law</td></tr>
<tr><td><a href="{Y[13]}">{Y[13]}</a></td><td>Channel terminated</td><td>Repeated violations</td></tr>
</table>
<p>For more information, see our <a href="https://support.google.com/youtube/answer/2802032">Community
Guidelines</a>. The uploader may appeal through
<a href="https://www.youtube.com/appeals">youtube.com/appeals</a>.</p>
<p>- The YouTube Team</p>
</body></html>"""

case(
    name="yt-html-table-with-policy-links",
    from_="no-reply@youtube.com", name_from="YouTube",
    date="Mon, 23 Sep 2024 10:00:31 +0900",
    subject="Your legal request KCSC-240917-01: review complete",
    type="html",
    body=YT_TABLE_HTML,
    outcome="applied",
    imitates="YouTube legal request result email with an HTML outcome table",
    why="HTML table: removed, age-restricted, no action (refusal), channel terminated; policy and appeal links are not items",
    items={Y[7]: "removed", Y[8]: "restricted", Y[9]: "rejected", Y[13]: "removed"},
)

YT_CSV = f"""url,action,notes
{Y[10]},Removed,Community Guidelines - harassment
{Y[11]},Restricted - KR,Blocked in South Korea under local law
{Y[13]},Terminated,Channel terminated for repeated violations
{Y[14]},Pending review,Escalated to specialist team
"""

case(
    name="yt-csv-attachment-with-pending-row",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Tue, 24 Sep 2024 14:33:09 +0900",
    subject="Re: [KCSC-240917-01] Request to remove content from YouTube",
    reply_to_req="req-240917-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="==yt-csv-990=="

--==yt-csv-990==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for the URLs of your request KCSC-240917-01
that we have processed so far. One item is still under review.

Regards,
YouTube Legal Support

--==yt-csv-990==
Content-Type: text/csv; charset=utf-8; name="KCSC-240917-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240917-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(YT_CSV)}
--==yt-csv-990==--
""",
    outcome="applied",
    imitates="YouTube legal support reply with a CSV outcome sheet attached",
    why="CSV rows: removed, restricted in KR, channel terminated; the 'Pending review' row stays pending",
    items={Y[10]: "removed", Y[11]: "restricted", Y[13]: "removed", Y[14]: "pending"},
)

case(
    name="yt-later-sentence-revises-earlier",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Wed, 25 Sep 2024 17:48:55 +0900",
    subject="Re: [KCSC-240917-01] Follow-up on two videos",
    reply_to_req="req-240917-01",
    body=f"""
Hello again,

Earlier this week we restricted {Y[5]} in South Korea. After a second
review by our policy team, that video has now been removed from YouTube
globally.

{Y[14]} was not removed in our first review. Following your
follow-up note we looked at it again, and it is now restricted in South Korea.

Regards,
Minji
YouTube Legal Support
""",
    outcome="applied",
    imitates="YouTube legal support follow-up after escalation",
    why="the later sentence about each video replaces the earlier one: first restricted then removed; first not removed then restricted",
    items={Y[5]: "removed", Y[14]: "restricted"},
)

case(
    name="yt-but-not-with-reason",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Thu, 26 Sep 2024 09:27:40 +0900",
    subject="Re: [KCSC-240917-01] Request to remove content from YouTube",
    reply_to_req="req-240917-01",
    body=f"""
Hi,

We removed {Y[1]}, {Y[2]} and
{Y[6]}, but not {Y[3]}, which we
restricted in South Korea only because it is lawful in the other countries
where it is viewed.

Thanks,
Joon

{gmail_quote("Tue, 17 Sep 2024 at 10:02", "KCSC-240917-01", [Y[1], Y[2], Y[3], Y[6]])}
""",
    outcome="applied",
    imitates="YouTube legal support short reply, Gmail-style quote of the request below",
    why="'but not X, which we restricted' turns the removal into a Korea-only restriction for that one URL",
    items={Y[1]: "removed", Y[2]: "removed", Y[6]: "removed", Y[3]: "restricted"},
)

case(
    name="yt-statuses-by-position",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Fri, 27 Sep 2024 13:05:18 +0900",
    subject="Re: [KCSC-240917-01] five videos",
    reply_to_req="req-240917-01",
    body=f"""
Hello,

We reviewed the five videos you listed in your last message:

1. {Y[1]}
2. {Y[3]}
3. {Y[8]}
4. {Y[10]}
5. {Y[9]}

Items 1, 3 and 5 have been removed. Item 2 has been restricted in South Korea.
Item 4 remains available: it does not violate our policies.

Regards,
YouTube Legal Support
""",
    outcome="applied",
    imitates="YouTube legal support reply giving outcomes by list number",
    why="statuses are given by the numbers of the email's own list",
    items={Y[1]: "removed", Y[3]: "restricted", Y[8]: "removed", Y[10]: "rejected", Y[9]: "removed"},
)

case(
    name="yt-not-our-service-wrong-platform",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Thu, 19 Sep 2024 15:10:00 +0900",
    subject="Re: URL not hosted on YouTube",
    body=f"""
Hello,

One of the URLs you sent to this address,
{TT[1]}, is not hosted on YouTube or on any
other Google service, so we have no content to act on. Please send it to the
service that hosts it.

Regards,
YouTube Legal Support
""",
    outcome="review", review="wrong_platform",
    imitates="Google 'not our service' reply to a misdirected notice",
    why="YouTube speaks about a TikTok item; only TikTok can change its status",
    items={TT[1]: "pending"},
)

case(
    name="yt-out-of-office",
    from_="minji.seo@google.com", name_from="Minji Seo",
    date="Wed, 18 Sep 2024 08:01:12 +0900",
    subject="Automatic reply: [KCSC-240917-01] Request to remove content from YouTube",
    reply_to_req="req-240917-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until 23 September with limited access to email.

For urgent legal removal requests please use the legal webform or write to
legal-support@google.com, which is monitored every day.

Minji
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Gmail out-of-office auto-reply",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="yt-process-change-no-claims",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Mon, 23 Sep 2024 09:00:00 +0900",
    subject="Change to how we receive government removal requests",
    body="""
Dear partner,

From 1 October 2024, government removal requests for YouTube should be
submitted through the Government Requests portal instead of by email. Requests
sent by email after that date will still be handled, but more slowly.

You can find the portal and a short guide at
https://support.google.com/legal/answer/3110420

Thank you,
YouTube Legal Support
""",
    outcome="review", review="no_claims",
    imitates="platform notice to government partners about a process change",
    why="trusted YouTube mail naming no item and no request",
    items={},
)

# ================================================================ X
case(
    name="x-negations-and-refusal",
    from_="legal@x.com", name_from="X Legal",
    date="Thu, 19 Sep 2024 20:12:45 +0900",
    subject="Re: [KCSC-240917-02] Request to remove content",
    reply_to_req="req-240917-02",
    body=f"""
Hello,

We have reviewed the posts in your report KCSC-240917-02.

We did not take action on {X[1]}. After review, we found
that it does not violate the X Rules, and it is not clearly unlawful in Korea.

{X[2]} could not be located: it had been
deleted by the account holder before we reviewed it.

We have withheld {X[3]} in South Korea.

Thanks,
X Legal
""",
    outcome="applied",
    imitates="X legal reply to a government request (per-post outcome, withheld-in-country)",
    why="a refusal phrased as 'did not take action', a post deleted by its author, a country withhold",
    items={X[1]: "rejected", X[2]: "not_found", X[3]: "restricted"},
)

case(
    name="x-statement-then-url-below",
    from_="legal@x.com", name_from="X Legal",
    date="Fri, 20 Sep 2024 07:44:03 +0900",
    subject="Re: [KCSC-240917-02] Request to remove content",
    reply_to_req="req-240917-02",
    body=f"""
Hello,

In response to your request, the following post has been withheld in
South Korea:

{X[4]}

The following account has been suspended for violating the X Rules:

{X[5]}

Regards,
X Legal
""",
    outcome="applied",
    imitates="X country-withheld notice (statement first, URL on its own line below)",
    why="each status stands on the line above its URL",
    items={X[4]: "restricted", X[5]: "removed"},
)

case(
    name="x-hedges-only",
    from_="legal@x.com", name_from="X Legal",
    date="Sat, 21 Sep 2024 02:18:30 +0900",
    subject="Re: [KCSC-240917-02] follow-up",
    reply_to_req="req-240917-02",
    body=f"""
Hi,

Thanks for your follow-up on KCSC-240917-02.

From what we can see, {X[1]} may already have been
removed by the account owner, and {X[2]} appears
to be unavailable in some regions. We will confirm once our review is
complete.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply with guesses about the posts",
    why="'may already have been removed' and 'appears to be unavailable' are hedges, not statements",
    items={X[1]: "pending", X[2]: "pending"},
)

case(
    name="x-dmarc-fail",
    from_="legal@x.com", name_from="X Legal", auth="fail",
    date="Sat, 21 Sep 2024 11:02:57 +0900",
    subject="Re: [KCSC-240917-02] Request to remove content",
    reply_to_req="req-240917-02",
    body=f"""
Hello,

{X[3]} and {X[4]} have been
removed.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal reply (failing DMARC: forged or broken relay)",
    why="From x.com but DKIM, SPF and DMARC fail",
    items={X[3]: "pending", X[4]: "pending"},
)

X_CSV = f"""Content URL,Decision,Scope
{X[4]},Withheld,KR
"""

case(
    name="x-body-and-attachment-disagree",
    from_="legal@x.com", name_from="X Legal",
    date="Mon, 23 Sep 2024 16:40:21 +0900",
    subject="Re: [KCSC-240917-02] Request to remove content",
    reply_to_req="req-240917-02",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="x-990-mixed"

--x-990-mixed
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

About the remaining post in your request: we did not take action on
{X[4]}, because it does not violate the X Rules
and we did not find it unlawful under Korean law.

The decision sheet is attached for your records.

X Legal

--x-990-mixed
Content-Type: text/csv; name="decision_KCSC-240917-02.csv"
Content-Disposition: attachment; filename="decision_KCSC-240917-02.csv"
Content-Transfer-Encoding: 7bit

{X_CSV}
--x-990-mixed--
""",
    outcome="review", review="conflicting_statements",
    imitates="X legal reply with a decision sheet attached",
    why="the body refuses the post, the attached sheet says it is withheld in KR: a person must ask",
    items={X[4]: "pending"},
)

case(
    name="x-single-item-no-url",
    from_="legal@x.com", name_from="X Legal",
    date="Thu, 19 Sep 2024 22:05:14 +0900",
    subject="Re: [KCSC-240918-07] Request to remove content",
    reply_to_req="req-240918-07",
    body="""
Hello,

The content you reported under KCSC-240918-07 has been withheld in South Korea
under local law. It remains available in other countries.

Regards,
X Legal
""",
    outcome="applied",
    imitates="X country-withheld notice without the URL (one-item request)",
    why="a statement about 'the content you reported' for a request of one item applies to that item",
    items={X[6]: "restricted"},
)

case(
    name="x-hedges-in-relative-clauses",
    from_="legal@x.com", name_from="X Legal",
    date="Tue, 24 Sep 2024 12:30:00 +0900",
    subject="Re: [KCSC-240917-02] Request to remove content",
    reply_to_req="req-240917-02",
    body=f"""
Hi,

{X[2]}, which we believe was posted from an
impersonation account, has been removed for violating our rules on
non-consensual intimate media.

The account {X[5]}, which may be linked to the same person, has not
been suspended: we found no violation on the account as a whole, and it stays
up.

X Legal
""",
    outcome="applied",
    imitates="X legal reply on a post and its account",
    why="'we believe' and 'may be linked' are in relative clauses; the post is removed, the account is refused",
    items={X[2]: "removed", X[5]: "rejected"},
)

case(
    name="x-echoed-report-then-decision",
    from_="support@x.com", name_from="X Support",
    date="Wed, 25 Sep 2024 03:51:19 +0900",
    subject="Your report about a post on X",
    body=f"""
Hello,

Thanks for your report. Here is what you submitted:

---
Report ID: 0a7c19e4-2f31
Reported content: {X[3]}
Reporter: Korea Communications Standards Commission
Description: This post is unlawful in Korea. Please remove it. (KCSC-240917-02)
---

Our decision: we have withheld the reported post in South Korea. It remains
visible in other countries.

If you have further concerns, you can file another report from the Help
Center: https://help.x.com/forms

X Support
""",
    outcome="applied",
    imitates="X Help Center report outcome email echoing the submitted report",
    why="the echoed report names one post; the decision withholds it in Korea; the Help Center form is not an item",
    items={X[3]: "restricted"},
)

case(
    name="x-received-will-review",
    from_="support@x.com", name_from="X Support",
    date="Tue, 17 Sep 2024 18:22:41 +0900",
    subject="We received your report [KCSC-240917-02]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

We've received your report (case number 0123-4567-8901). Our team will review
it and take appropriate action. You don't need to reply to this email.

X Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X report receipt",
    why="pure acknowledgement with a case number and a promise",
    items={},
)

# ================================================================ Telegram
case(
    name="tg-correction-after-list",
    from_="abuse@telegram.org", name_from="Telegram Abuse",
    date="Thu, 19 Sep 2024 04:12:33 +0900",
    subject="Re: [KCSC-240917-03] Illegal content on Telegram",
    reply_to_req="req-240917-03",
    body=f"""
Hi,

Both posts from @yeouido_room_demo are now blocked:
{T[3]}
{T[4]}

Correction after checking our logs: {T[4]} was
already deleted by the channel admin before our moderators got to it, so we
did not block it ourselves. Post 88 was blocked by us.

Telegram Abuse Team
""",
    outcome="applied",
    imitates="Telegram abuse desk reply with a correction",
    why="the later correction replaces 'blocked' for post 91 with 'already deleted by the admin'",
    items={T[3]: "removed", T[4]: "not_found"},
)

case(
    name="tg-top-posted-over-quote",
    from_="abuse@telegram.org", name_from="Telegram Abuse",
    date="Thu, 19 Sep 2024 09:40:01 +0900",
    subject="Re: [KCSC-240917-03] Illegal content on Telegram",
    reply_to_req="req-240917-03",
    body=f"""
Hello,

{T[1]} has been blocked. We are not taking down
{T[2]}: it is a news clip and breaks none of
Telegram's Terms of Service. The other two links are in a different channel
and are handled in a separate ticket.

Regards,
Telegram Abuse Team

{gmail_quote("Tue, 17 Sep 2024 at 10:05", "KCSC-240917-03", [T[1], T[2], T[3], T[4]])}
""",
    outcome="applied",
    imitates="Telegram abuse desk top-posted reply over the quoted request",
    why="one blocked, one refused with a reason; the other two are only in the quote",
    items={T[1]: "removed", T[2]: "rejected"},
)

case(
    name="tg-angle-brackets-wrapped",
    from_="dsa@telegram.org", name_from="Telegram DSA",
    date="Fri, 20 Sep 2024 21:33:16 +0900",
    subject="Re: [KCSC-240917-03] Illegal content on Telegram",
    reply_to_req="req-240917-03",
    body=f"""
Dear KCSC,

The channel post <{T[3]}> has been taken down.

Post <https://t.me/
yeouido_room_demo/91> is now unavailable to users in South Korea; it remains
visible elsewhere.

Telegram
""",
    outcome="applied",
    imitates="Telegram DSA contact reply with URLs in angle brackets (one wrapped inside the brackets)",
    why="post 88 taken down; post 91, its URL wrapped inside angle brackets, made unavailable in Korea only",
    items={T[3]: "removed", T[4]: "restricted"},
)

case(
    name="tg-read-receipt",
    from_="dsa@telegram.org", name_from="Telegram DSA",
    date="Wed, 18 Sep 2024 10:15:00 +0900",
    subject="Read: [KCSC-240917-03] Illegal content on Telegram",
    reply_to_req="req-240917-03",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-990"

--mdn-990
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to dsa@telegram.org at
17 Sep 2024 10:05 (KST).

This receipt only confirms that the message was displayed on the
recipient's computer. There is no guarantee that it has been read or
understood.

--mdn-990
Content-Type: message/disposition-notification

Reporting-UA: mail.telegram.org; Thunderbird 115.14.0
Final-Recipient: rfc822;dsa@telegram.org
Original-Message-ID: <req-240917-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-990--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird message disposition notification (RFC 8098)",
    why="read receipt",
    items={},
)

case(
    name="tg-channel-admin-unknown-sender",
    from_="admin@bamgilshare.example", name_from="bamgil_share admin",
    date="Fri, 20 Sep 2024 13:27:48 +0900",
    subject="About KCSC-240917-03",
    body=f"""
Hello,

I run the bamgil_share channel. Telegram told me about your complaint. I have
deleted {T[1]} and {T[2]} myself
today. Please close the case.

Thank you
""",
    outcome="review", review="unknown_sender",
    imitates="channel owner writing to the regulator directly",
    why="not the platform: a third party's claim never changes a status",
    items={T[1]: "pending", T[2]: "pending"},
)

case(
    name="tg-cannot-confirm",
    from_="abuse@telegram.org", name_from="Telegram Abuse",
    date="Mon, 23 Sep 2024 06:58:02 +0900",
    subject="Re: [KCSC-240917-03] Illegal content on Telegram",
    reply_to_req="req-240917-03",
    body=f"""
Hi,

We can't confirm at this point whether {T[2]} is
still up. The channel switched to private on Tuesday, which may mean the admin
removed it. We'll get back to you when we know more.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse desk reply that cannot confirm anything",
    why="'can't confirm' and 'may mean' state nothing about the post",
    items={T[2]: "pending"},
)

# ================================================================ NAVER
NAVER_TABLE = f"""<html><body>
<p>안녕하세요. 네이버 고객센터입니다.</p>
<p>방송통신심의위원회에서 요청하신 건(KCSC-240917-04)에 대한 처리 결과를 안내드립니다.</p>
<table border="1" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>처리 결과</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>게시중단</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>게시중단</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>삭제</td></tr>
</table>
<p>※ 정정: 위 표 2번 게시물({N[2]})은 게시중단 대상이 아니라,
확인 결과 작성자가 요청 이전에 이미 삭제한 게시물입니다. 혼선을 드려 죄송합니다.</p>
<p>4번 게시물은 검토가 끝나는 대로 별도로 회신드리겠습니다.</p>
<p>감사합니다.<br>네이버 고객센터 드림</p>
</body></html>"""

case(
    name="naver-table-corrected-by-note",
    from_="policy@navercorp.com", name_from="네이버 고객센터",
    date="Fri, 20 Sep 2024 15:20:11 +0900",
    subject="[네이버] 게시물 처리 결과 안내 (KCSC-240917-04)",
    type="html",
    body=NAVER_TABLE,
    outcome="applied",
    imitates="NAVER 게시중단 처리 결과 안내 with an HTML table and a correction note",
    why="the note below the table explicitly corrects row 2: deleted by its author before the request",
    items={N[1]: "removed", N[2]: "not_found", N[3]: "removed"},
)

case(
    name="naver-kcsc-style-text-table",
    from_="policy@navercorp.com", name_from="NAVER 정책지원",
    date="Mon, 23 Sep 2024 11:11:11 +0900",
    subject="Re: [KCSC-240917-04] 시정요구 조치결과 회신",
    reply_to_req="req-240917-04",
    body=f"""
안녕하십니까, 네이버 정책지원팀입니다.
시정요구(KCSC-240917-04)에 대한 조치결과를 아래와 같이 회신드립니다.

| 번호 | URL | 조치결과 | 비고 |
|---|---|---|---|
| 1 | {N[1]} | 삭제 | 권리침해 |
| 2 | {N[2]} | 접속차단 | 국내 접속 제한 |
| 3 | {N[3]} | 해당없음 | 게시물 없음(존재하지 않는 게시물) |
| 4 | {N[4]} | 미조치 | 검토 결과 위반사항 없음 |

감사합니다.
""",
    outcome="applied",
    imitates="Korean 시정요구 조치결과 회신 table (번호/URL/조치결과/비고)",
    why="one row each: deleted, access blocked in Korea, no such post, not actioned (no violation)",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "not_found", N[4]: "rejected"},
)

case(
    name="naver-particles-and-fullwidth",
    from_="cafe_help@naver.com", name_from="네이버 카페",
    date="Tue, 24 Sep 2024 10:42:37 +0900",
    subject="Re: [KCSC-240917-04] 게시물 조치 요청 건",
    reply_to_req="req-240917-04",
    body=f"""
안녕하세요, 네이버 카페 운영지원 담당자입니다.

요청하신 카페 게시물 중 {N[3]}는 카페 운영원칙 위반으로 게시중단하였고,
{N[4]}은 작성자가 이미 삭제하여 존재하지 않는 게시물입니다。

또한 블로그 게시물（{N[1]}）은 권리침해 신고에 따라
30일간 임시조치되었습니다.

감사합니다.
""",
    outcome="applied",
    imitates="NAVER 카페 운영지원 reply in Korean prose",
    why="URLs followed directly by Korean particles and full-width brackets/period; 게시중단, already deleted by author, 임시조치",
    items={N[3]: "removed", N[4]: "not_found", N[1]: "restricted"},
)

NAVER_QP = f"""
안녕하세요. 네이버 블로그 고객센터입니다.

KCSC-240917-04 요청 건 관련하여 블로그 게시물 2건의 처리 결과를 안내드립니다.

- {N[1]} : 블라인드 처리 완료
- {N[2]} : 비공개 처리 완료

두 게시물 모두 현재 외부에서 열람할 수 없습니다.

네이버 블로그 고객센터 드림
"""

case(
    name="naver-quoted-printable-blind",
    from_="policy@navercorp.com", name_from="네이버 블로그 고객센터",
    date="Wed, 25 Sep 2024 16:16:06 +0900",
    subject="[네이버 블로그] 요청 처리 결과 안내",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(NAVER_QP)}""",
    outcome="applied",
    imitates="NAVER 블로그 고객센터 블라인드/비공개 처리 안내 (quoted-printable body)",
    why="블라인드 and 비공개 처리 both mean the posts are taken down",
    items={N[1]: "removed", N[2]: "removed"},
)

case(
    name="naver-all-posts-bulk",
    from_="policy@navercorp.com", name_from="NAVER 정책지원",
    date="Thu, 26 Sep 2024 09:05:55 +0900",
    subject="Re: [KCSC-240917-04] 시정요구 조치결과 회신",
    reply_to_req="req-240917-04",
    body="""
안녕하십니까, 네이버 정책지원팀입니다.

KCSC-240917-04 건으로 요청하신 게시물은 모두 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER one-line 조치 완료 reply",
    why="'모두 게시중단' names no URL for a four-item request",
    items={N[1]: "pending", N[2]: "pending", N[3]: "pending", N[4]: "pending"},
)

case(
    name="naver-conditional-and-under-review",
    from_="policy@navercorp.com", name_from="NAVER 정책지원",
    date="Fri, 20 Sep 2024 17:31:44 +0900",
    subject="Re: [KCSC-240917-04] 시정요구 관련 진행 상황",
    reply_to_req="req-240917-04",
    body=f"""
안녕하십니까, 네이버 정책지원팀입니다.

{N[1]} 게시물은 게시자에게 소명 기회를 부여하였으며,
소명 기간(7일) 내에 소명이 없을 경우 삭제될 예정입니다.
{N[2]} 게시물은 현재 내부 검토 중입니다.

결과가 나오는 대로 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER 진행 상황 안내 (소명 기간 중)",
    why="a conditional future deletion and 'under review' are not statements",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="naver-out-of-office-korean",
    from_="jiwoo.han@navercorp.com", name_from="한지우",
    date="Tue, 17 Sep 2024 19:00:03 +0900",
    subject="[자동응답] Re: [KCSC-240917-04] 불법정보 삭제 요청",
    reply_to_req="req-240917-04",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
[자동응답 메일입니다]

9월 16일부터 9월 18일까지 추석 연휴로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 연락 부탁드립니다.

한지우 드림
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답 (Chuseok holiday)",
    why="out-of-office auto-reply",
    items={},
)

# ================================================================ Kakao / Daum / Tistory
case(
    name="kakao-tistory-raw-korean-paths",
    from_="tistory-help@kakaocorp.com", name_from="티스토리 고객센터",
    date="Thu, 19 Sep 2024 14:48:20 +0900",
    subject="Re: [KCSC-240918-05] 게시물 조치 결과",
    reply_to_req="req-240918-05",
    body=f"""
안녕하세요. 카카오 티스토리 고객센터입니다.

요청하신 티스토리 게시물에 대한 처리 결과를 안내드립니다.

{K_RAW[1]} 은 게시중단(비공개) 처리되었으며,
{K_RAW[2]}, 이 글은 권리침해 신고 절차에 따라 30일간 임시조치되었습니다.

다음카페 게시물은 카페 담당 부서에서 별도 회신드릴 예정입니다.

감사합니다.
""",
    outcome="applied",
    imitates="Tistory 고객센터 게시중단/임시조치 안내",
    why="raw Korean paths match their percent-encoded form; 게시중단(비공개) is removed, 임시조치 restricted",
    items={K[1]: "removed", K[2]: "restricted"},
)

case(
    name="daum-cafe-blind-and-refusal",
    from_="cafe-report@daum.net", name_from="다음카페 신고센터",
    date="Fri, 20 Sep 2024 10:26:39 +0900",
    subject="[다음카페] 신고 처리 결과 안내 (KCSC-240918-05)",
    body=f"""
안녕하세요, 다음카페 신고센터입니다.

신고하신 카페 게시글 <{K[3]}>은
카페 이용약관 위반이 확인되어 블라인드 처리하였습니다.

함께 신고하신 {K_RAW[1]} 게시물은
삭제하지 않았습니다. 검토 결과 운영정책 위반 사항이 확인되지 않았기 때문입니다.

감사합니다.
다음카페 신고센터
""",
    outcome="applied",
    imitates="Daum cafe 신고 처리 결과 안내 (블라인드 and a refusal)",
    why="블라인드 is removed; '삭제하지 않았습니다' with its reason is a refusal, not a deletion",
    items={K[3]: "removed", K[1]: "rejected"},
)

case(
    name="kakao-outlook-quote-below",
    from_="safety@kakaocorp.com", name_from="카카오 세이프티",
    date="Mon, 23 Sep 2024 13:55:02 +0900",
    subject="RE: [KCSC-240918-05] 불법정보 삭제 요청",
    reply_to_req="req-240918-05",
    body=f"""
안녕하세요, 카카오 세이프티팀입니다.

요청하신 게시물 중 {K_RAW[1]} 과
{K_RAW[2]} 는 게시중단 조치하였습니다.
{K[3]} 는 카페 운영자가 이미 삭제하여 확인되지 않습니다.

감사합니다.

{outlook_quote("Wednesday, September 18, 2024 9:30 AM", "KCSC-240918-05", [K_RAW[1], K_RAW[2], K[3]], "safety@kakaocorp.com")}
""",
    outcome="applied",
    imitates="Kakao safety team reply over an Outlook '-----Original Message-----' quote",
    why="two 게시중단 and one already deleted (by the cafe operator, before Kakao acted); the quoted request says nothing",
    items={K[1]: "removed", K[2]: "removed", K[3]: "not_found"},
)

case(
    name="kakao-report-received",
    from_="noreply@kakaocorp.com", name_from="카카오 고객센터",
    date="Wed, 18 Sep 2024 09:31:10 +0900",
    subject="[카카오] 신고 접수 완료 안내",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, 카카오 고객센터입니다.

보내주신 신고(KCSC-240918-05)가 정상적으로 접수되었습니다.
접수번호: 20240918-552183

담당 부서에서 확인 후 처리 결과를 별도로 안내드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 신고 접수 완료 안내",
    why="pure receipt with a ticket number",
    items={},
)

# ================================================================ TikTok
case(
    name="tiktok-removed-and-refused",
    from_="legal@tiktok.com", name_from="TikTok Legal",
    date="Thu, 19 Sep 2024 18:09:27 +0900",
    subject="Re: [KCSC-240918-06] Request to remove content from TikTok",
    reply_to_req="req-240918-06",
    body=f"""
Hello,

Thank you for your report. We reviewed both videos.

{TT[1]} was removed for violating our Community
Guidelines on regulated goods.

{TT[2]} will remain on TikTok. The video is a
news report about a police operation; it does not violate our Community
Guidelines and we did not find it to be illegal content.

TikTok Legal
""",
    outcome="applied",
    imitates="TikTok legal reply to a government report (one removed, one refused with reason)",
    why="'will remain on TikTok' is a refusal with its reason, not a promise",
    items={TT[1]: "removed", TT[2]: "rejected"},
)

TIKTOK_B64 = f"""
Hi,

Here is the outcome of your report KCSC-240918-06:

* {TT[1]}
  Restricted: this video is no longer available in your region.

* {TT[2]}
  Not available: the creator deleted this video before our review.

Best regards,
TikTok Trust and Safety
"""

case(
    name="tiktok-base64-restricted-and-gone",
    from_="no-reply@tiktok.com", name_from="TikTok",
    date="Fri, 20 Sep 2024 08:35:50 +0900",
    subject="Update on your report KCSC-240918-06",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(TIKTOK_B64)}""",
    outcome="applied",
    imitates="TikTok report outcome notification (base64 body, bulleted list)",
    why="region restriction and a video deleted by its creator",
    items={TT[1]: "restricted", TT[2]: "not_found"},
)

case(
    name="tiktok-asks-for-court-order",
    from_="legal@tiktok.com", name_from="TikTok Legal",
    date="Thu, 19 Sep 2024 10:14:08 +0900",
    subject="Re: [KCSC-240918-06] Additional information required",
    reply_to_req="req-240918-06",
    body=f"""
Hello,

To process your request about {TT[2]} we need
the legal basis for the request and, if there is one, a copy of the decision
or court order. Please reply to this email with these documents.

TikTok Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="TikTok legal request for supporting documents",
    why="the platform asks for more information before it acts",
    items={TT[2]: "pending"},
)

case(
    name="tiktok-all-videos-bulk",
    from_="legal@tiktok.com", name_from="TikTok Legal",
    date="Mon, 23 Sep 2024 19:47:33 +0900",
    subject="Re: [KCSC-240918-06] Request to remove content from TikTok",
    reply_to_req="req-240918-06",
    body="""
Hello,

All videos in your report have been removed from TikTok.

TikTok Legal
""",
    outcome="review", review="bulk",
    imitates="TikTok one-line outcome reply",
    why="'all videos' names no URL for a two-item request",
    items={TT[1]: "pending", TT[2]: "pending"},
)

case(
    name="tiktok-ticket-receipt",
    from_="no-reply@tiktok.com", name_from="TikTok",
    date="Wed, 18 Sep 2024 10:40:12 +0900",
    subject="We've received your report (Ticket 88214577)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

Thanks for contacting TikTok. We've received your report KCSC-240918-06 and
created ticket 88214577. Our team will review it and reply to you by email.

Please don't reply to this message.
TikTok
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok ticket receipt",
    why="pure acknowledgement",
    items={},
)

case(
    name="dsn-bounce-tiktok-address",
    from_="MAILER-DAEMON@mx.kcsc.example", name_from="Mail Delivery System",
    date="Wed, 18 Sep 2024 09:05:44 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-990"

--dsn-990
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<lawenforcment@tiktok.com>: host mx1.tiktok.com[203.0.113.25] said: 550 5.1.1
    <lawenforcment@tiktok.com>: Recipient address rejected: User unknown

--dsn-990
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed, 18 Sep 2024 09:05:40 +0900

Final-Recipient: rfc822; lawenforcment@tiktok.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.tiktok.com
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-990
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: lawenforcment@tiktok.com
Subject: [KCSC-240918-06] Request to remove content from TikTok
Message-ID: <req-240918-06@kcsc.example>
Date: Wed, 18 Sep 2024 09:05:38 +0900

--dsn-990--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (RFC 3464)",
    why="our request bounced; nothing about any item",
    items={},
)


# ---------------------------------------------------------------- write
HEADER = """# Blind set 990 (focus: what a program gets wrong): written by
# tests/corpus/blind990/make.py from the meaning of each email, before the
# reader was run on it. Each case is judged alone on a fresh ledger holding
# blind990/requests.csv."""


def main():
    write_requests()
    cases = []
    for c in CASES:
        c = dict(c)
        c["from"] = c.pop("from_")
        if "name_from" in c:
            c["name_from"] = h(c["name_from"])
        c["subject"] = h(c["subject"])
        cases.append(c)
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
