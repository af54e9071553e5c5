#!/usr/bin/env python3
"""Blind set 280: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Pinterest, Discord, plus Twitch, Snapchat and Telegram mail
that names none of our items).

Written from each email's meaning before any run of the reader. Every email
is fictional and written in our own sentences. Deterministic:

    python3 tests/corpus/blind280/make.py

rewrites requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind280"

# ---------------------------------------------------------------- requests
X = {
    1: "https://x.com/mirror_fen/status/1830411200000000101",
    2: "https://x.com/mirror_fen/status/1830411200000000102",
    3: "https://x.com/mirror_fen/status/1830411200000000117",
    4: "https://x.com/tallow_owl/status/1830522900000000340",
    5: "https://x.com/tallow_owl/status/1830522900000000355",
    6: "https://x.com/nightreel_09/status/1830634500000000012",
    7: "https://x.com/nightreel_09/status/1830634500000000048",
    8: "https://x.com/nightreel_09/status/1830634500000000093",
    9: "https://x.com/pale_ferry/status/1830745100000000761",
    10: "https://x.com/pale_ferry/status/1830745100000000789",
    11: "https://x.com/quiet_lumen/status/1830856700000000202",
    12: "https://x.com/quiet_lumen/status/1830856700000000230",
    13: "https://x.com/dfk_hollow/status/1830967300000000005",
}
YT = {
    1: "https://www.youtube.com/watch?v=Qm7rTa2LpXe",
    2: "https://www.youtube.com/watch?v=bN4hW0sKcYd",
    3: "https://www.youtube.com/shorts/Zu8PkV1eRmA",
    4: "https://www.youtube.com/watch?v=H2jcLx9OwTf",
}
META = {
    1: "https://www.facebook.com/groups/ashgrovetrade/posts/778812340012345/",
    2: "https://www.facebook.com/watch/?v=1203948576612",
    3: "https://www.instagram.com/p/C9xKq2LmT4a/",
    4: "https://www.instagram.com/reel/C9zWb7NnQ1e/",
    5: "https://www.instagram.com/p/C8rYt5HdW0k/",
}
TT = {
    1: "https://www.tiktok.com/@lunar.moth.clips/video/7409981234567890123",
    2: "https://www.tiktok.com/@lunar.moth.clips/video/7410002345678901234",
    3: "https://www.tiktok.com/@softgrain_kr/video/7411113456789012345",
}
RD = {
    1: "https://www.reddit.com/r/fenlandphotos/comments/1f3xq7k/weekend_dump/",
    2: "https://www.reddit.com/r/fenlandphotos/comments/1f4ab2c/more_from_the_meetup/",
}
PIN = {
    1: "https://www.pinterest.com/pin/884735120012345678/",
    2: "https://www.pinterest.com/pin/884735120098765432/",
}
DC = {
    1: "https://discord.com/channels/1180012345678901234/1180098765432109876/1281234567890123456",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, category, message_id, note, urls
    ("KCSC-240902-01", "x", "2024-09-02T10:00:00+09:00", "2024-09-09T23:59:59+09:00",
     "deepfake-sexual-abuse", "req-240902-01@kcsc.example", "largest request of the set", X),
    ("KCSC-240903-02", "youtube", "2024-09-03T10:30:00+09:00", "2024-09-10T23:59:59+09:00",
     "illegal-gambling", "req-240903-02@kcsc.example", "", YT),
    ("KCSC-240904-03", "meta", "2024-09-04T11:00:00+09:00", "2024-09-11T23:59:59+09:00",
     "non-consensual-imagery", "req-240904-03@kcsc.example", "Facebook and Instagram", META),
    ("KCSC-240905-04", "tiktok", "2024-09-05T09:40:00+09:00", "2024-09-12T23:59:59+09:00",
     "deepfake-sexual-abuse", "req-240905-04@kcsc.example", "", TT),
    ("KCSC-240906-05", "reddit", "2024-09-06T14:00:00+09:00", "2024-09-13T23:59:59+09:00",
     "non-consensual-imagery", "req-240906-05@kcsc.example", "", RD),
    ("KCSC-240909-06", "pinterest", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00",
     "illegal-drugs", "req-240909-06@kcsc.example", "", PIN),
    ("KCSC-240910-07", "discord", "2024-09-10T16:20:00+09:00", "2024-09-17T23:59:59+09:00",
     "deepfake-sexual-abuse", "req-240910-07@kcsc.example", "single message link", DC),
]
REQ = {r[0]: r for r in REQUESTS}
PLATFORM_NAME = {"x": "X", "youtube": "YouTube", "meta": "Meta", "tiktok": "TikTok",
                 "reddit": "Reddit", "pinterest": "Pinterest", "discord": "Discord"}


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
        for k in sorted(urls):
            w.writerow([ref, plat, sent, due, urls[k], cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def request_body(ref):
    """The text of our own request email, as platforms quote it back."""
    r = REQ[ref]
    urls = r[7]
    lines = [
        f"Dear {PLATFORM_NAME[r[1]]} team,",
        "",
        "The Korea Communications Standards Commission (KCSC) has found the content",
        "listed below to be unlawful under the laws of the Republic of Korea and asks",
        "you to remove it or to block access to it from Korea.",
        "",
        f"Reference: {ref}",
        "",
    ]
    for i, k in enumerate(sorted(urls), 1):
        lines.append(f"{i}. {urls[k]}")
    lines += [
        "",
        "Please reply to this address stating the action taken for each item.",
        "",
        "KCSC Takedown desk",
        "takedown@kcsc.example",
    ]
    return lines


def gt_quote(ref):
    return "\n".join(("> " + l).rstrip() for l in request_body(ref))


def outlook_quote(ref, sent_line, to_addr):
    subject = f"[{ref}] Request for removal of unlawful content"
    head = [
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        f"Sent: {sent_line}",
        f"To: {to_addr}",
        f"Subject: {subject}",
        "",
    ]
    return "\n".join(head + request_body(ref))


def subj(ref):
    return f"Re: [{ref}] Request for removal of unlawful content"


def rid(ref):
    return REQ[ref][5].split("@")[0]


# ---------------------------------------------------------------- MIME helpers
def mime_alt(plain, html, b):
    return (
        f'Content-Type: multipart/alternative; boundary="{b}"\n\n'
        f"--{b}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{plain.strip()}\n\n"
        f"--{b}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{html.strip()}\n\n--{b}--\n"
    )


def mime_qp(text, ctype="plain"):
    enc = quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: quoted-printable\n\n{enc}")


def mime_b64(text, ctype="html"):
    enc = base64.encodebytes(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: base64\n\n{enc}")


def mime_with_csv(body, filename, csv_text, b):
    enc = base64.encodebytes(csv_text.encode("utf-8")).decode("ascii")
    return (
        f'Content-Type: multipart/mixed; boundary="{b}"\n\n'
        f"--{b}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{body.strip()}\n\n"
        f'--{b}\nContent-Type: text/csv; charset=utf-8; name="{filename}"\n'
        f'Content-Disposition: attachment; filename="{filename}"\n'
        f"Content-Transfer-Encoding: base64\n\n{enc}\n--{b}--\n"
    )


AUTO = ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "Precedence: auto_reply"]

# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


R_X, R_YT, R_META, R_TT, R_RD, R_PIN, R_DC = (r[0] for r in REQUESTS)

# ======================= X (KCSC-240902-01, 13 items) =======================
case(
    name="x-withheld-kr-numbered",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 07:14:22 +0000",
    subject=subj(R_X), reply_to_req=rid(R_X),
    body=f"""
Hello,

Thank you for your report. We have reviewed the posts you reported against
the X Rules and the applicable local law.

We have withheld the following content in the Republic of Korea:

1. {X[1]}
2. {X[2]}
3. {X[3]}
4. {X[4]}

These posts remain available to people outside the Republic of Korea. The
account holders have been notified unless we are prohibited from doing so.
More about country withheld content:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

The remaining posts in your request are still being reviewed and we will
write to you separately about them.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply: content withheld in a country (country withheld content notice)",
    why="four posts named one per numbered line under 'withheld in the Republic of Korea'; the rest is a promise about unnamed posts",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "restricted", X[4]: "restricted"},
)

x_tbl_rows = [
    (X[5], "Removed", "Violation of the X Rules (non-consensual nudity policy)"),
    (X[6], "Withheld in: KR", "Illegal under local law"),
    (X[7], "No action", "No violation of the X Rules or of local law was found"),
    (X[8], "Not found", "The post does not exist"),
]
x_html = (
    "<html><body><p>Hello,</p><p>Please find below the outcome of our review of your report "
    f"{R_X}.</p>\n<table border=\"1\" cellpadding=\"4\">\n"
    "<tr><th>Reported URL</th><th>Action taken</th><th>Reason</th></tr>\n"
    + "".join(f"<tr><td><a href=\"{u}\">{u}</a></td><td>{a}</td><td>{r}</td></tr>\n"
              for u, a, r in x_tbl_rows)
    + "</table>\n<p>Posts in your report that are not listed above are still under review.</p>"
    "<p>Kind regards,<br>X Legal Operations</p></body></html>"
)
x_plain = ("Hello,\n\nPlease find below the outcome of our review of your report "
           f"{R_X}.\n\n"
           + "\n".join(f"{u}\n  Action taken: {a}\n  Reason: {r}\n" for u, a, r in x_tbl_rows)
           + "\nPosts in your report that are not listed above are still under review.\n\n"
           "Kind regards,\nX Legal Operations")
case(
    name="x-html-table-mixed",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
    date="Fri, 06 Sep 2024 02:31:05 +0000",
    subject=subj(R_X), reply_to_req=rid(R_X),
    raw_mime=mime_alt(x_plain, x_html, "=_xlegal_5f1a"),
    outcome="applied", classification="confirmation",
    imitates="X legal operations outcome table (HTML with text alternative)",
    why="one row per post: removed, withheld in KR, no action with its reason, does not exist",
    items={X[5]: "removed", X[6]: "restricted", X[7]: "rejected", X[8]: "not_found"},
)

case(
    name="x-bare-url-status-below",
    **{"from": "support@twitter.com"}, name_from="X Support",
    date="Mon, 09 Sep 2024 11:02:48 +0000",
    subject=f"Case# 0240909-11872 [{R_X}] update on your report",
    reply_to_req=rid(R_X),
    body=f"""
Case# 0240909-11872

Update on the posts you reported:

{X[8]}
Status: Withheld in: KR

{X[9]}
Status: Removed (violation of our sensitive media policy)

{X[10]}
Status: Withheld in: KR

Thanks,
X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X support case update, each reported URL followed by a Status line",
    why="each bare URL carries its status on the line below it",
    items={X[8]: "restricted", X[9]: "removed", X[10]: "restricted"},
)

case(
    name="x-top-posted-over-gmail-quote",
    **{"from": "legal@x.com"}, name_from="Hana Lee (X Legal)",
    date="Tue, 10 Sep 2024 05:47:10 +0000",
    subject=subj(R_X), reply_to_req=rid(R_X),
    body=f"""
Hi KCSC team,

Following our review, the post {X[13]} has been removed from X for violating
our synthetic and manipulated media policy.

The other posts in your report are still with our team.

Best,
Hana
X Legal

On Mon, 2 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{gt_quote(R_X)}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal agent reply top-posted over the Gmail-quoted request",
    why="one unquoted statement about the dfk_hollow post; the 13 URLs below 'wrote:' are our own quoted request",
    items={X[13]: "removed"},
)

case(
    name="x-promise-will-withhold",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 01:20:33 +0000",
    subject=subj(R_X), reply_to_req=rid(R_X),
    body=f"""
Hello,

We are looking into the following posts from your request:

{X[1]}
{X[2]}

Where we find that a post is illegal in the Republic of Korea, it will be
withheld in that country. We will update you once our review is complete.

Regards,
X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply ('we are looking into', promise of withholding)",
    why="names two posts but only promises a conditional future action: no statement",
    items={X[1]: "pending", X[2]: "pending"},
)

case(
    name="x-bulk-all-withheld",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 08:05:51 +0000",
    subject=subj(R_X), reply_to_req=rid(R_X),
    body=f"""
Hello,

We have completed our review of your request {R_X}. All of the reported
posts have been withheld in the Republic of Korea.

Regards,
X Legal
""",
    outcome="review", review="bulk",
    imitates="X legal closing reply stating one action for the whole request",
    why="one statement covering a 13-item request without naming any post",
    items={u: "pending" for u in X.values()},
)

case(
    name="x-spoofed-auth-fail",
    **{"from": "legal@x.com"}, name_from="X Legal",
    auth="fail",
    date="Fri, 13 Sep 2024 14:40:02 +0000",
    subject=subj(R_X),
    body=f"""
Dear KCSC,

The following posts have been removed:

- {X[6]}
- {X[7]}

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal removal confirmation, sent with failing DKIM/SPF/DMARC",
    why="clear removal statements, but the x.com sender fails authentication",
    items={X[6]: "pending", X[7]: "pending"},
)

case(
    name="x-ticket-receipt",
    **{"from": "noreply@x.com"}, name_from="X",
    date="Mon, 02 Sep 2024 01:03:17 +0000",
    subject=f"Case# 0240902-55031: We received your report [{R_X}]",
    reply_to_req=rid(R_X),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

We've received your report and opened case number 0240902-55031.

Our team will review it and contact you by email. You don't need to send the
report again; replying to this email will add information to the same case.

This is an automated message.

X Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X support automated case receipt",
    why="pure receipt: case number created, no statement about any post",
    items={},
)

case(
    name="x-dsa-statement-of-reasons",
    **{"from": "no-reply@x.com"}, name_from="X",
    date="Wed, 11 Sep 2024 09:12:40 +0000",
    subject=f"Notice of action taken on reported content [{R_X}]",
    reply_to_req=rid(R_X),
    body=f"""
NOTICE OF ACTION - STATEMENT OF REASONS

Decision ID:          SOR-2024-09-0041177
Reported content:     {X[12]}
Decision:             Visibility restriction - content withheld
Territorial scope:    Republic of Korea (KR)
Date of decision:     11 September 2024
Ground:               Illegal content (local law of the Republic of Korea)
Facts relied on:      Notice submitted by the Korea Communications
                      Standards Commission
Automated means:      No. The decision was taken after human review.

Redress: the account holder may appeal this decision. Information on how
we handle these notices is available at https://help.x.com/en/rules-and-policies/dsa-statement-of-reasons
""",
    outcome="applied", classification="confirmation",
    imitates="DSA statement of reasons (Art. 17) as X sends it, field/value layout",
    why="one decision, withheld in KR for the one named post; help link is not an item",
    items={X[12]: "restricted"},
)

case(
    name="x-refusal-with-reason",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 23:58:09 +0000",
    subject=subj(R_X), reply_to_req=rid(R_X),
    body=f"""
Hello,

We reviewed {X[11]} and found that it does not violate the X Rules. We were
also unable to identify a legal basis under the law of the Republic of
Korea for withholding it, given the information provided. Accordingly, we
are not taking action on this post.

If you have a court order concerning this post, you can send it to us and
we will look at the matter again.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal refusal: no violation found, no action taken",
    why="explicit refusal with its reason for one named post (the offer to look at a court order is no condition on the refusal)",
    items={X[11]: "rejected"},
)

x_qp_text = f"""
Hello,

Here is an update on two of the posts in your request {R_X}. The post at {X[5]} has been removed for violating the X Rules on non-consensual nudity, and it can no longer be viewed anywhere.

We could not locate the post at {X[10]} - it was deleted by the account holder before our review, so there was nothing for us to act on.

Regards,
X Legal – Trust & Safety
"""
case(
    name="x-quoted-printable-long-lines",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Sat, 14 Sep 2024 03:26:44 +0000",
    subject=subj(R_X), reply_to_req=rid(R_X),
    raw_mime=mime_qp(x_qp_text),
    outcome="applied", classification="confirmation",
    imitates="X legal reply in quoted-printable with long paragraphs (soft line breaks inside URLs)",
    why="removed and deleted-by-author statements, each in the sentence around its URL",
    items={X[5]: "removed", X[10]: "not_found"},
)

case(
    name="x-outlook-original-message",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Mon, 16 Sep 2024 06:33:12 +0000",
    subject=subj(R_X), reply_to_req=rid(R_X),
    body=f"""
Dear KCSC Takedown desk,

Please see our update below.

• {X[6]} - withheld in Korea
• {X[7]} - withheld in Korea
• {X[5]} - we could not find this post; the link leads to a "this post doesn't exist" page

Best regards,
X Legal

{outlook_quote(R_X, "Monday, September 2, 2024 10:00 AM", "legal@x.com")}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply in Outlook with the request below '-----Original Message-----'",
    why="three bulleted statements above the Outlook quote; the quoted request names all 13 posts",
    items={X[6]: "restricted", X[7]: "restricted", X[5]: "not_found"},
)

# ======================= YouTube (KCSC-240903-02, 4 items) =======================
case(
    name="yt-legal-blocked-and-removed",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 04:18:30 +0000",
    subject=subj(R_YT), reply_to_req=rid(R_YT),
    body=f"""
Hello,

Thanks for reaching out to us.

After reviewing your request, we have blocked the following content from
view in South Korea, based on local law:

{YT[1]}
{YT[2]}

In addition, the following content has been removed from YouTube for
violating our Community Guidelines:

{YT[3]}

To learn more about how we handle legal requests, please visit
https://support.google.com/youtube/answer/6154218

Regards,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome (blocked in country / removed under Community Guidelines)",
    why="two URLs under a 'blocked in South Korea' heading, one under a 'removed' heading",
    items={YT[1]: "restricted", YT[2]: "restricted", YT[3]: "removed"},
)

case(
    name="yt-age-restriction-bullets",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 07:40:11 +0000",
    subject=subj(R_YT), reply_to_req=rid(R_YT),
    body=f"""
Hi there,

Here is the result of our review for the remaining videos in your request:

- {YT[3]}: we've applied an age restriction to this video. It can no
  longer be viewed by signed-out users or by users under 18.
- {YT[4]}: this video is no longer on YouTube. It was removed by the
  uploader before we completed our review.

Best,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply with an age restriction and an uploader-deleted video",
    why="age-restricted video is restricted; a video removed by its uploader before review is not_found",
    items={YT[3]: "restricted", YT[4]: "not_found"},
)

case(
    name="yt-no-action-local-law",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 02:09:57 +0000",
    subject=subj(R_YT), reply_to_req=rid(R_YT),
    body=f"""
Hello,

We've reviewed the following content under our policies and the local laws
you cited, and we've decided not to take action on it:

{YT[1]}

We did not find a violation of YouTube's Community Guidelines, and the
request does not establish that the video is unlawful in South Korea. If
a court has ruled on this content, you may submit the order through our
legal webform: https://support.google.com/legal/answer/3110420

Regards,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'we've decided not to take action' legal reply",
    why="explicit decision not to act, with its reason, for the one named video",
    items={YT[1]: "rejected"},
)

case(
    name="yt-korean-bilingual-particles",
    **{"from": "legal-kr@google.com"}, name_from=Header("Google 법무팀 (YouTube)", "utf-8").encode(),
    date="Wed, 11 Sep 2024 06:55:00 +0000",
    subject=Header(f"Re: [{R_YT}] 불법정보 삭제 요청 / Request for removal", "utf-8").encode(),
    reply_to_req=rid(R_YT),
    body=f"""
안녕하세요. 요청하신 건({R_YT})의 검토 결과를 안내드립니다.

{YT[2]}는 국내 법률 위반으로 판단되어 대한민국에서 접속이 차단되었습니다。
{YT[4]} 영상은 커뮤니티 가이드 위반으로 삭제되었습니다。

[English]
Hello, here is the outcome of your request {R_YT}.
{YT[2]} has been blocked in South Korea because it violates local law.
{YT[4]} has been removed for violating our Community Guidelines.

감사합니다.
Google Korea Legal / YouTube
""",
    outcome="applied", classification="confirmation",
    imitates="Google Korea legal team bilingual (Korean/English) outcome notice",
    why="same two statements in Korean and English; first URL directly followed by the particle 는, full-width periods",
    items={YT[2]: "restricted", YT[4]: "removed"},
)

yt_b64_html = f"""<html><body style="font-family:Roboto,Arial,sans-serif">
<p>Hello,</p>
<p>Thank you for your legal request regarding the video below.</p>
<p><b>Video:</b> <a href="{YT[1]}">{YT[1]}</a><br>
<b>Outcome:</b> Removed from YouTube<br>
<b>Reason:</b> Harassment and cyberbullying policy</p>
<p>We've notified the uploader of this decision. For more information about our policies, visit
<a href="https://www.youtube.com/howyoutubeworks/policies/community-guidelines/">YouTube Community Guidelines</a>.</p>
<p>Sincerely,<br>The YouTube Team</p>
<p style="font-size:11px;color:#777">&copy; 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043</p>
</body></html>"""
case(
    name="yt-base64-html-outcome",
    **{"from": "noreply-legal@youtube.com"}, name_from="YouTube",
    date="Thu, 12 Sep 2024 10:21:36 +0000",
    subject=f"Update on your legal request [{R_YT}]",
    reply_to_req=rid(R_YT),
    raw_mime=mime_b64(yt_b64_html, "html"),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal request outcome notification (HTML, base64 transfer encoding)",
    why="Video / Outcome: Removed fields for the one named video; guidelines link is not an item",
    items={YT[1]: "removed"},
)

case(
    name="yt-out-of-office",
    **{"from": "jiwon.seo@google.com"}, name_from="Jiwon Seo",
    date="Tue, 03 Sep 2024 01:31:02 +0000",
    subject=f"Automatic reply: [{R_YT}] Request for removal of unlawful content",
    reply_to_req=rid(R_YT), extra_headers=AUTO,
    body="""
Hello,

I'm out of the office until Monday, 9 September, with limited access to email.

For urgent legal removal matters, please use the legal webform or write to
legal-kr@google.com, which is monitored by the team.

Thanks,
Jiwon
""",
    outcome="ignored", classification="auto_reply",
    imitates="Google employee out-of-office reply (Outlook-style 'Automatic reply')",
    why="out-of-office auto-reply, no statement",
    items={},
)

case(
    name="yt-hedge-appears-unavailable",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 00:44:19 +0000",
    subject=subj(R_YT), reply_to_req=rid(R_YT),
    body=f"""
Hi,

Thanks for your patience. The video at {YT[2]} appears to have been made
unavailable, but I'm confirming this with the relevant team before I
close your request. I'll get back to you as soon as I hear from them.

Best,
Min
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support agent's interim reply with a hedge",
    why="'appears to have been made unavailable' while still confirming: a hedge, not a statement",
    items={YT[2]: "pending"},
)

case(
    name="yt-asks-for-court-order",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 04 Sep 2024 08:02:50 +0000",
    subject=subj(R_YT), reply_to_req=rid(R_YT),
    body=f"""
Hello,

To process your request concerning the videos below, we need additional
information:

{YT[3]}
{YT[4]}

Please reply with (1) the specific provision of Korean law that the
content violates, and (2) a copy of any decision or order issued about it.
We can't proceed with these two videos until we receive this information.

Regards,
The YouTube Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="YouTube legal request for additional information",
    why="asks for the legal provision and an order before acting on two named videos",
    items={YT[3]: "pending", YT[4]: "pending"},
)

# ======================= Meta (KCSC-240904-03, 5 items) =======================
case(
    name="meta-restricted-in-korea-numbered",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Legal",
    date="Sat, 07 Sep 2024 03:15:08 +0000",
    subject=subj(R_META), reply_to_req=rid(R_META),
    body=f"""
Hello,

Thank you for your report. Based on your request, we have restricted access
in South Korea to the following content, which we found to be unlawful
under local law:

1. {META[1]}
2. {META[2]}

We also removed the following content because it goes against our
Community Standards:

3. {META[3]}

Learn more about how we handle requests based on local law:
https://transparency.meta.com/reports/content-restrictions/

Meta Content Regulation Team
""",
    outcome="applied", classification="confirmation",
    imitates="Meta reply to a government removal request (restricted in country / removed under Community Standards)",
    why="two items under 'restricted access in South Korea', one under 'removed'; transparency link is not an item",
    items={META[1]: "restricted", META[2]: "restricted", META[3]: "removed"},
)

case(
    name="meta-instagram-decision-notice",
    **{"from": "no-reply@instagram.com"}, name_from="Instagram",
    date="Mon, 09 Sep 2024 12:48:27 +0000",
    subject="We reviewed the content you reported",
    reply_to_req=rid(R_META),
    body=f"""
Instagram

We reviewed the content you reported

Content: {META[4]}
Reported for: Sharing private images without consent

What we decided
We removed this reel because it goes against our Community Guidelines.

How we made this decision
A member of our review team looked at the report. Technology was used to
find the content and send it for review.

Your options
If you're in the European Union you can also ask a certified out-of-court
dispute settlement body to review our decision. Learn more:
https://help.instagram.com/477434105621119

Reference: 2024-09-09-IG-58102774

(c) Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram report outcome / DSA-style decision notice ('What we decided')",
    why="decision 'We removed this reel' about the one Content: URL; help link is not an item",
    items={META[4]: "removed"},
)

case(
    name="meta-cannot-locate",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Legal",
    date="Tue, 10 Sep 2024 05:36:41 +0000",
    subject=subj(R_META), reply_to_req=rid(R_META),
    body=f"""
Hi,

We could not find any content at the following link from your request:

{META[5]}

Please check that the link is complete and points to the specific post. If
you have the correct link, reply to this email and we'll take another look.

Thanks,
Meta Content Regulation Team
""",
    outcome="applied", classification="confirmation",
    imitates="Meta 'we couldn't find the content at this link' reply",
    why="unhedged 'could not find any content' for one named URL: not_found (the invitation to resend is no request for information)",
    items={META[5]: "not_found"},
)

meta_csv = "Reported URL,Decision,Scope,Basis\n" + "".join(
    f"{u},{d},{s},{b}\n" for u, d, s, b in [
        (META[1], "Removed", "Global", "Community Standards - Adult Sexual Exploitation"),
        (META[2], "Restricted", "South Korea", "Local law"),
        (META[3], "No action", "-", "No violation of Community Standards or local law found"),
        (META[4], "Removed", "Global", "Community Standards - Adult Sexual Exploitation"),
        (META[5], "Not found", "-", "No content at this URL"),
    ])
case(
    name="meta-csv-attachment",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Legal",
    date="Thu, 12 Sep 2024 01:10:59 +0000",
    subject=subj(R_META), reply_to_req=rid(R_META),
    raw_mime=mime_with_csv(f"""
Hello,

Please find attached the outcome for each URL in your request {R_META}.

Regards,
Meta Content Regulation Team
""", "KCSC-240904-03_outcome.csv", meta_csv, "==meta_b_77c1"),
    outcome="applied", classification="confirmation",
    imitates="Meta outcome spreadsheet sent as a CSV attachment",
    why="one CSV row per URL with its decision: removed, restricted in KR, no action, removed, not found",
    items={META[1]: "removed", META[2]: "restricted", META[3]: "rejected",
           META[4]: "removed", META[5]: "not_found"},
)

case(
    name="meta-facebook-angle-brackets",
    **{"from": "noreply@facebookmail.com"}, name_from="Facebook",
    date="Fri, 13 Sep 2024 09:03:22 +0000",
    subject="Your report about a video on Facebook",
    reply_to_req=rid(R_META),
    body=f"""
Hi,

Thanks for letting us know about the video at
<{META[2]}>.

We removed it because it goes against our Community Standards on adult
nudity and sexual activity. We've let the person who posted it know.

Your report helps us keep Facebook safe.

The Facebook Team
""",
    outcome="applied", classification="confirmation",
    imitates="Facebook 'we removed the video you reported' notification",
    why="the video URL in angle brackets on its own line, then 'We removed it'",
    items={META[2]: "removed"},
)

case(
    name="meta-replies-about-tiktok-links",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Legal",
    date="Sat, 14 Sep 2024 02:27:45 +0000",
    subject="Your removal request - links outside our services",
    body=f"""
Hello,

We received a removal request from your office listing the links below.
These links do not point to content on Facebook or Instagram, so we could
not locate them on our services and have taken no action:

{TT[1]}
{TT[2]}

You may wish to contact the service that hosts this content directly.

Meta Content Regulation Team
""",
    outcome="review", review="wrong_platform",
    imitates="Meta reply to a misdirected request (links on another service)",
    why="Meta states 'could not locate' for two TikTok items of a TikTok request",
    items={TT[1]: "pending", TT[2]: "pending"},
)

case(
    name="meta-law-firm-unknown-sender",
    **{"from": "j.whitcombe@harrowgate-legal.example"}, name_from="Jonas Whitcombe",
    date="Sun, 15 Sep 2024 11:50:13 +0000",
    subject=f"{R_META} - our client's Instagram posts",
    body=f"""
Dear Sir or Madam,

We act for the holder of the Instagram account concerned by your request
{R_META}. Our client has deleted the following posts, which can no longer
be viewed:

{META[3]}
{META[4]}
{META[5]}

We trust that this closes the matter as far as our client is concerned.

Yours faithfully,
Jonas Whitcombe
Harrowgate Legal LLP
""",
    outcome="review", review="unknown_sender",
    imitates="letter from the account holder's lawyers",
    why="deletion statements about Meta items from a law firm, not from Meta",
    items={META[3]: "pending", META[4]: "pending", META[5]: "pending"},
)

# ======================= TikTok (KCSC-240905-04, 3 items) =======================
case(
    name="tiktok-restricted-and-removed-prose",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Sun, 08 Sep 2024 06:12:37 +0000",
    subject=subj(R_TT), reply_to_req=rid(R_TT),
    body=f"""
Dear KCSC,

Thank you for your request. Following our review, the video {TT[1]} has
been restricted in your country, because it violates local law. The video
{TT[2]} was removed from TikTok globally for violating our Community
Guidelines.

We have informed the creator of both decisions.

Kind regards,
TikTok Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal reply: restricted in the requesting country / removed globally",
    why="two sentences, each naming one video and its action",
    items={TT[1]: "restricted", TT[2]: "removed"},
)

case(
    name="tiktok-echoed-report-no-violation",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    date="Mon, 09 Sep 2024 13:30:04 +0000",
    subject="Update on your report",
    reply_to_req=rid(R_TT),
    body=f"""
Hi,

We've reviewed your report.

Your report
  Report ID: 7411950032118
  Reported: video
  Link: {TT[3]}
  Reason: Illegal content - Republic of Korea

Our decision
  We didn't find a violation of our Community Guidelines or of local law,
  so this video will stay on TikTok.

If you disagree with this decision, you can appeal in the app under
Settings and privacy > Support > Safety Center.

TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome that echoes the report ('Your report' / 'Our decision')",
    why="no violation found for the echoed link: rejected ('will stay' is the consequence of a decision taken)",
    items={TT[3]: "rejected"},
)

tt_sor_html = f"""<html><body>
<h3>Statement of reasons</h3>
<p>Dear KCSC, below are the decisions taken on the content in your notice {R_TT}.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>Content</th><th>Decision</th><th>Territorial scope</th><th>Ground</th></tr>
<tr><td>{TT[2]}</td><td>Removed</td><td>Global</td><td>Community Guidelines: sexual exploitation</td></tr>
<tr><td>{TT[3]}</td><td>Access restricted</td><td>Republic of Korea</td><td>Illegal under local law</td></tr>
</table>
<p>Information about redress, including our internal complaint system, is available at
<a href="https://www.tiktok.com/legal/page/global/dsa-redress/en">our redress page</a>.</p>
<p>TikTok Technology Limited</p>
</body></html>"""
case(
    name="tiktok-html-statement-of-reasons",
    **{"from": "dsa-notices@tiktok.com"}, name_from="TikTok",
    date="Wed, 11 Sep 2024 15:05:26 +0000",
    subject=f"Statement of reasons - {R_TT}",
    reply_to_req=rid(R_TT),
    type="html", body=tt_sor_html,
    outcome="applied", classification="confirmation",
    imitates="TikTok DSA statement of reasons as an HTML table",
    why="HTML table rows: removed globally, access restricted in KR; redress link is not an item",
    items={TT[2]: "removed", TT[3]: "restricted"},
)

case(
    name="tiktok-bulk-removed",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Thu, 12 Sep 2024 04:44:58 +0000",
    subject=subj(R_TT), reply_to_req=rid(R_TT),
    body="""
Dear KCSC,

Further to your request dated 5 September 2024, we have removed the content
you reported from TikTok.

Kind regards,
TikTok Legal Team
""",
    outcome="review", review="bulk",
    imitates="TikTok legal short closing reply without item list",
    why="'the content you reported' covers a three-item request without naming each video",
    items={u: "pending" for u in TT.values()},
)

# ======================= Reddit (KCSC-240906-05, 2 items) =======================
case(
    name="reddit-statement-above-url",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Mon, 09 Sep 2024 20:15:40 +0000",
    subject=subj(R_RD), reply_to_req=rid(R_RD),
    body=f"""
Hi there,

Thanks for your request. Reddit's Safety team has reviewed both posts.

The following post has been removed for violating Reddit's Content Policy
on non-consensual intimate media:
{RD[1]}

The following post had already been deleted by its author before we
reviewed it, so no further action was needed:
{RD[2]}

Best,
Reddit Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal operations reply, statement on the line above each URL",
    why="removed for the first post; the second was deleted by its author (not_found)",
    items={RD[1]: "removed", RD[2]: "not_found"},
)

case(
    name="reddit-geo-restricted-angle-list",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Wed, 11 Sep 2024 18:02:03 +0000",
    subject=subj(R_RD), reply_to_req=rid(R_RD),
    body=f"""
Hello,

After a legal review, the content at the links below is now unavailable to
users in South Korea:

  <{RD[1]}>
  <{RD[2]}>

The posts remain visible elsewhere, as we did not find that they violate
Reddit's Content Policy.

Reddit Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit geo-restriction (country-blocked content) reply",
    why="both posts made unavailable in South Korea only: restricted",
    items={RD[1]: "restricted", RD[2]: "restricted"},
)

case(
    name="reddit-conditional-promise",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Sun, 08 Sep 2024 16:37:29 +0000",
    subject=subj(R_RD), reply_to_req=rid(R_RD),
    body=f"""
Hi,

Thanks for your note. If our legal team determines that these posts are
unlawful in South Korea, we will restrict access to them in that country:

{RD[1]}
{RD[2]}

We expect to reach a decision within the next few business days.

Reddit Legal Operations
""",
    outcome="review", review="not_understood",
    imitates="Reddit legal interim reply with a conditional promise",
    why="a condition and a promise about two named posts; no statement",
    items={RD[1]: "pending", RD[2]: "pending"},
)

case(
    name="reddit-read-receipt",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Fri, 06 Sep 2024 15:22:10 +0000",
    subject=f"Read: [{R_RD}] Request for removal of unlawful content",
    reply_to_req=rid(R_RD),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_rd_0906"

--mdn_rd_0906
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@reddit.com
  Subject: [{R_RD}] Request for removal of unlawful content
  Sent: Friday, 6 September 2024 05:00:00 (UTC)

was read on Friday, 6 September 2024 15:22:08 (UTC).

--mdn_rd_0906
Content-Type: message/disposition-notification

Reporting-UA: legal@reddit.com; Microsoft Exchange Server
Final-Recipient: rfc822; legal@reddit.com
Original-Message-ID: <{REQ[R_RD][5]}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_rd_0906--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Exchange read receipt (MDN, multipart/report)",
    why="read receipt, no statement",
    items={},
)

# ======================= Pinterest (KCSC-240909-06, 2 items) =======================
case(
    name="pinterest-removed-and-limited",
    **{"from": "legal@pinterest.com"}, name_from="Pinterest Legal",
    date="Thu, 12 Sep 2024 17:20:14 +0000",
    subject=subj(R_PIN), reply_to_req=rid(R_PIN),
    body=f"""
Hello,

We've taken action on the Pins in your request {R_PIN}.

Pin: {PIN[1]}
Status: Removed
Policy: Community Guidelines - Dangerous goods and activities (drug sales)
Enforcement ID: 5c0e71b2-3d4a-4f0e-9a55-1f62c9a0b7de

Pin: {PIN[2]}
Status: Limited distribution
What this means: the Pin is no longer recommended in search, the home feed
or related Pins.
Enforcement ID: 8a2d11f0-77c3-4b1e-bc60-2e9d5d3e4a10

Pinterest, Inc., 651 Brannan Street, San Francisco, CA 94107
""",
    outcome="applied", classification="confirmation",
    imitates="Pinterest enforcement notice (Pin / Status / Enforcement ID blocks)",
    why="first Pin removed; second Pin's distribution limited, read as restricted (arguable, see NOTES)",
    items={PIN[1]: "removed", PIN[2]: "restricted"},
)

case(
    name="pinterest-deactivated-and-not-found",
    **{"from": "legal@pinterest.com"}, name_from="Pinterest Legal",
    date="Fri, 13 Sep 2024 19:44:51 +0000",
    subject=subj(R_PIN), reply_to_req=rid(R_PIN),
    body=f"""
Hi KCSC team,

Thanks for your request. We've deactivated the Pin at {PIN[1]} for
violating our Community Guidelines.

We weren't able to find a Pin at {PIN[2]}. Please double-check the link
and send it again if you believe the content is still on Pinterest.

Best,
Pinterest Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Pinterest legal agent reply (deactivated / couldn't find a Pin)",
    why="deactivated Pin is removed; 'weren't able to find a Pin' is not_found",
    items={PIN[1]: "removed", PIN[2]: "not_found"},
)

case(
    name="pinterest-portal-notice-no-claims",
    **{"from": "legal@pinterest.com"}, name_from="Pinterest Legal",
    date="Tue, 17 Sep 2024 16:00:00 +0000",
    subject="Change to how government agencies submit requests to Pinterest",
    body="""
Hello,

We're writing to government agencies that have contacted Pinterest about
content. From 1 November 2024, please submit removal requests through our
government request portal rather than by email:
https://help.pinterest.com/en/article/law-enforcement-guidelines

Requests already submitted by email will still be handled as usual.

Pinterest Legal
""",
    outcome="review", review="no_claims",
    imitates="Pinterest notice to government requesters about a new submission portal",
    why="trusted Pinterest mail naming no item and no request (the help link is not an item)",
    items={},
)

# ======================= Discord (KCSC-240910-07, 1 item) =======================
case(
    name="discord-one-item-no-url",
    **{"from": "legal@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 22:10:45 +0000",
    subject=f"Re: {R_DC} - report of unlawful content",
    reply_to_req=rid(R_DC),
    body=f"""
Hello,

Thank you for your report ({R_DC}). We've reviewed the content you reported
and removed it from Discord. We have also disabled the account that posted
it.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety outcome email ('we've taken action')",
    why="statement naming no URL, answering a request of one item: applies to that item",
    items={DC[1]: "removed"},
)

case(
    name="discord-investigating-promise",
    **{"from": "legal@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 03:33:21 +0000",
    subject=f"Re: {R_DC} - report of unlawful content",
    reply_to_req=rid(R_DC),
    body=f"""
Hi there,

Thanks for reaching out. Our Trust & Safety team is looking into the
message you reported:

{DC[1]}

We'll take appropriate action if it breaks our Community Guidelines or the
law, and we'll let you know once our review is complete.

Discord Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Discord Trust & Safety interim reply",
    why="names the message and only promises a review: no statement (arguable against a receipt, see NOTES)",
    items={DC[1]: "pending"},
)

# ======================= other platforms / system mail =======================
case(
    name="snapchat-ticket-receipt",
    **{"from": "support@snapchat.com"}, name_from="Team Snapchat",
    date="Tue, 10 Sep 2024 08:19:33 +0000",
    subject="[Snap Support] We received your request - ticket 0910-771254",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hi there,

Thanks for contacting Snapchat Support! We've received your request and
created ticket 0910-771254. A member of our team will look into it and get
back to you.

Please don't reply to this email; replies to this address are not
monitored.

Team Snapchat
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Snapchat Support automated ticket receipt",
    why="pure receipt: ticket created, no item, no statement",
    items={},
)

case(
    name="twitch-legal-inbox-autoreply",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    date="Tue, 10 Sep 2024 07:58:02 +0000",
    subject="Automatic reply: Content removal request",
    extra_headers=AUTO,
    body="""
Thank you for contacting Twitch Legal.

This is an automated message. This inbox accepts service of legal process
only. Government requests to remove content from Twitch should be submitted
through our online request form; emails sent to this address are not
reviewed for content removal.

Twitch Interactive, Inc.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Twitch legal mailbox auto-response",
    why="automated reply (Auto-Submitted), no statement",
    items={},
)

case(
    name="google-dsn-address-not-found",
    **{"from": "mailer-daemon@googlemail.com"}, name_from="Mail Delivery Subsystem",
    date="Tue, 03 Sep 2024 01:30:44 +0000",
    subject="Delivery Status Notification (Failure)",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn_g_0903"

--dsn_g_0903
Content-Type: text/plain; charset=utf-8

** Address not found **

Your message wasn't delivered to legal-kr-yt@google.com because the address
couldn't be found, or is unable to receive mail.

The response was:

550 5.1.1 The email account that you tried to reach does not exist.

--dsn_g_0903
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 03 Sep 2024 01:30:41 +0000

Final-Recipient: rfc822; legal-kr-yt@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.

--dsn_g_0903
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-yt@google.com
Subject: [{R_YT}] Request for removal of unlawful content
Message-ID: <{REQ[R_YT][5]}>
Date: Tue, 03 Sep 2024 10:30:00 +0900
Content-Type: text/plain; charset=utf-8

{chr(10).join(request_body(R_YT))}

--dsn_g_0903--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail 'Address not found' delivery status notification",
    why="bounce returning our own request (its URLs are our text)",
    items={},
)

case(
    name="own-mta-dsn-telegram",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    date="Wed, 11 Sep 2024 02:05:19 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn_k_0911"

--dsn_k_0911
Content-Type: text/plain; charset=utf-8

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa@telegram.org>: host mail.telegram.org[203.0.113.44] said: 452 4.2.2
    Mailbox full (in reply to RCPT TO command)

--dsn_k_0911
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
X-Postfix-Queue-ID: 4Wz7Kc1QmHz9

Final-Recipient: rfc822; dsa@telegram.org
Action: failed
Status: 4.2.2
Diagnostic-Code: smtp; 452 4.2.2 Mailbox full

--dsn_k_0911
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: dsa@telegram.org
Subject: Reminder: request overdue
Message-ID: <reminder.0911.tg@kcsc.example>
Date: Tue, 10 Sep 2024 09:00:00 +0900

--dsn_k_0911--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix 'Undelivered Mail Returned to Sender' for a reminder to Telegram",
    why="bounce from our own mail system, no statement",
    items={},
)


HEADER = """# Blind set 280: English notices from many platforms (X, YouTube, Meta,
# TikTok, Reddit, Pinterest, Discord; Twitch, Snapchat and Telegram mail that
# names none of our items). Written by tests/corpus/blind280/make.py from each
# email's meaning, before any run of the reader. Each case is judged alone on
# a fresh ledger holding requests.csv.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
