#!/usr/bin/env python3
"""Blind set 808: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, Snapchat, Pinterest).

    python3 tests/corpus/blind808/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result below was written from the email's meaning alone, before
the reader was run on this set.
"""
import base64
import csv
import io
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "facebook.com": "Facebook",
    "support.facebook.com": "Facebook",
    "meta.com": "Meta",
    "instagram.com": "Instagram",
    "tiktok.com": "TikTok",
    "reddit.com": "Reddit",
    "discord.com": "Discord",
    "twitch.tv": "Twitch",
    "snapchat.com": "Snapchat",
    "pinterest.com": "Pinterest",
})

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/moonlit_pharm/status/1829904417730011245",
    "https://x.com/moonlit_pharm/status/1829911532208447811",
    "https://x.com/jjk_ticket99/status/1830127765501921408",
    "https://x.com/jjk_ticket99/status/1830133390218872930",
    "https://x.com/gray_casino_kr/status/1828700421957681299",
    "https://x.com/gray_casino_kr/status/1828745063388291207",
    "https://x.com/gray_casino_kr/status/1828790228731347033",
    "https://x.com/seoul_idcard/status/1827359923145892017",
    "https://x.com/seoul_idcard/status/1827401184223367458",
    "https://x.com/nightowl_bet/status/1830380156902125734",
    "https://x.com/nightowl_bet/status/1830412987456778240",
    "https://x.com/dalbit_loans/status/1826544873009917952",
    "https://x.com/dalbit_loans/status/1826590221438710017",
    "https://x.com/hwan_exchange/status/1829222018347663360",
]
YT = [
    "https://www.youtube.com/watch?v=q3Lx9Vb2TkE",
    "https://www.youtube.com/watch?v=Hh7wPz0cR4s",
    "https://www.youtube.com/shorts/aB9kZt3mQ1w",
    "https://www.youtube.com/@jackpot_live_kr",
]
META = [
    "https://www.facebook.com/groups/busanbettingclub/posts/1184422907735521/",
    "https://www.facebook.com/bluewave.pharmacy.kr/posts/pfbid0Vx3kQm7Rt9LcA2",
    "https://www.instagram.com/p/C_3kLm8yQwZ/",
    "https://www.instagram.com/p/C_4aTn2sPbV/",
    "https://www.instagram.com/reel/C_1hXq9oUeM/",
]
TT = [
    "https://www.tiktok.com/@sunny.pills.kr/video/7410233845012345618",
    "https://www.tiktok.com/@sunny.pills.kr/video/7410561209987712273",
    "https://www.tiktok.com/@fastcash.seoul/video/7409877012398876930",
]
RD = [
    "https://www.reddit.com/r/koreabets/comments/1f9xk2q/daily_picks_thread/",
    "https://www.reddit.com/r/seoulmarket/comments/1fa2m7h/docs_for_sale/",
]
DC = ["https://discord.gg/yR8mQk2P"]
TW = [
    "https://www.twitch.tv/lucky7_slots_kr",
    "https://www.twitch.tv/videos/2245713390",
]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240903-01", "x", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", X,
     ["drugs", "drugs", "fraud", "fraud", "gambling", "gambling", "gambling", "forgery", "forgery",
      "gambling", "gambling", "illegal_finance", "illegal_finance", "illegal_finance"],
     "req-240903-01@kcsc.example", "largest request of the set"),
    ("KCSC-240904-02", "youtube", "2024-09-04T11:30:00+09:00", "2024-09-11T18:00:00+09:00", YT,
     ["gambling"] * 4, "req-240904-02@kcsc.example", ""),
    ("KCSC-240905-03", "meta", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00", META,
     ["gambling", "drugs", "drugs", "drugs", "drugs"], "req-240905-03@kcsc.example", "Facebook and Instagram"),
    ("KCSC-240906-04", "tiktok", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00", TT,
     ["drugs", "drugs", "illegal_finance"], "req-240906-04@kcsc.example", ""),
    ("KCSC-240909-05", "reddit", "2024-09-09T10:15:00+09:00", "2024-09-16T18:00:00+09:00", RD,
     ["gambling", "forgery"], "req-240909-05@kcsc.example", ""),
    ("KCSC-240910-06", "discord", "2024-09-10T16:20:00+09:00", "2024-09-17T18:00:00+09:00", DC,
     ["gambling"], "req-240910-06@kcsc.example", "server invite"),
    ("KCSC-240911-07", "twitch", "2024-09-11T13:05:00+09:00", "2024-09-18T18:00:00+09:00", TW,
     ["gambling", "gambling"], "req-240911-07@kcsc.example", "channel and one VOD"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cats, mid, note in REQUESTS:
        for u, cat in zip(urls, cats):
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def quoted_request(ref, urls, when, style="gmail"):
    body = [
        "Dear Sir or Madam,",
        "",
        f"The Korea Communications Standards Commission asks you to remove or block",
        f"access to the following content (our reference {ref}):",
        "",
    ] + [f"{i}. {u}" for i, u in enumerate(urls, 1)] + [
        "",
        "Please reply to this address with the action taken for each URL.",
        "",
        "KCSC Takedown Team",
    ]
    if style == "gmail":
        head = f"On {when} KCSC Takedown <takedown@kcsc.example> wrote:"
        return head + "\n" + "\n".join(("> " + l) if l else ">" for l in body)
    head = (
        "-----Original Message-----\n"
        "From: KCSC Takedown <takedown@kcsc.example>\n"
        f"Sent: {when}\n"
        "To: legal\n"
        f"Subject: Removal request {ref}\n"
    )
    return head + "\n" + "\n".join(body)


CASES = []


def case(**kw):
    CASES.append(kw)


# ======================================================================= X
case(
    name="x-withheld-kr-bulleted",
    frm="legal-support@x.com", date="Thu, 05 Sep 2024 08:14:52 +0000",
    subject="Re: [Case: 0451829] Removal request KCSC-240903-01",
    reply_to_req="req-240903-01",
    body=f"""Hello,

We have reviewed your request dated 3 September 2024 (reference KCSC-240903-01).

In response to your request, we have withheld the following posts in the
Republic of Korea. They remain viewable outside Korea.

  * {X[0]}
  * {X[1]}
  * {X[2]}
  * {X[3]}
  * {X[4]}

We reviewed the post below and did not find it in violation of the X Rules
or of the local law cited in your request, so no action has been taken on it:

  * {X[5]}

The remaining posts in your request are still being reviewed and we will
reply separately.

Learn more about country withheld content:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-support reply on a government removal request: country-withheld list",
    why="five posts withheld in Korea, one refused with reason (no violation); the rest said to be still under review",
    items={**{u: "restricted" for u in X[0:5]}, X[5]: "rejected"},
)

case(
    name="x-status-line-below-url",
    frm="legal-support@x.com", date="Fri, 06 Sep 2024 02:40:11 +0000",
    subject="Update on your report - Case 0451829 (KCSC-240903-01)",
    body=f"""Hi KCSC team,

Here is the outcome for three of the posts you reported.

{X[6]}
Status: Removed - violation of our Illegal or certain regulated goods or services policy

{X[7]}
Status: Withheld in KR

{X[8]}
Status: Not found - the post does not exist or was deleted by the account holder

Thanks,
X Support (Legal)
""",
    outcome="applied", classification="confirmation",
    imitates="X case-update email with one status line under each reported URL",
    why="each URL is followed by its own status line: removed, withheld in Korea, not found",
    items={X[6]: "removed", X[7]: "restricted", X[8]: "not_found"},
)

case(
    name="x-top-posted-over-gmail-quote",
    frm="mkwon@x.com", name_from="Min-ji Kwon (X Legal)", date="Fri, 06 Sep 2024 09:03:27 +0000",
    subject="Re: Removal request KCSC-240903-01",
    reply_to_req="req-240903-01",
    body=f"""Hi,

Following our review, the posts at {X[9]} and
{X[10]} have been withheld in South Korea pursuant to your request.

Best,
Min-ji

--
Min-ji Kwon | Legal Operations, APAC | X Corp.

{quoted_request("KCSC-240903-01", X, "Tue, Sep 3, 2024 at 10:00 AM")}
""",
    outcome="applied", classification="confirmation",
    imitates="personal Gmail-style reply from an X legal operations employee, top-posted over the quoted request",
    why="two posts withheld in Korea in the top text; the quoted request's list says nothing about the others",
    items={X[9]: "restricted", X[10]: "restricted"},
)

case(
    name="x-account-suspended-posts-removed",
    frm="legal-support@x.com", date="Sat, 07 Sep 2024 05:22:40 +0000",
    subject="Re: [Case: 0451829] KCSC-240903-01",
    body=f"""Hello,

The account @dalbit_loans was found to violate the X Rules and has been
permanently suspended. As a result the following posts are no longer
available on X in any country:

- {X[11]}
- {X[12]}

If the account holder appeals and the suspension is reversed, we will let
you know.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X notice of a permanent account suspension that takes the reported posts down",
    why="the account is suspended and both posts are stated to be unavailable everywhere (removed); the appeal remark is a condition about the future",
    items={X[11]: "removed", X[12]: "removed"},
)

case(
    name="x-html-table-actions",
    frm="no-reply-legal@x.com", name_from="X Legal", date="Mon, 09 Sep 2024 11:08:19 +0000",
    subject="Your legal request KCSC-240903-01 - actions taken",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hello,</p>
<p>We have completed our review of some of the items in your request <b>KCSC-240903-01</b>.
The action taken on each is shown below.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported URL</th><th>Action</th><th>Scope</th></tr>
<tr><td><a href="{X[13]}">{X[13]}</a></td><td>Withheld</td><td>KR</td></tr>
<tr><td><a href="{X[2]}">{X[2]}</a></td><td>No action &ndash; not in violation</td><td>&ndash;</td></tr>
<tr><td><a href="{X[3]}">{X[3]}</a></td><td>Removed</td><td>Global</td></tr>
</table>
<p>For more on how we handle legal requests, see
<a href="https://help.x.com/en/rules-and-policies/legal-faq">our Legal FAQ</a>.</p>
<p>X Legal</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome sent as an HTML table (URL / action / scope)",
    why="table rows: withheld in KR, no action (not in violation), removed globally",
    items={X[13]: "restricted", X[2]: "rejected", X[3]: "removed"},
)

case(
    name="x-dsa-statement-of-reasons",
    frm="legal-support@x.com", date="Mon, 09 Sep 2024 14:31:02 +0000",
    subject="Statement of reasons - decision on reported content (KCSC-240903-01)",
    body=f"""Notice of decision

Reference: KCSC-240903-01
Reported content: {X[4]}

Decision: The visibility of the content has been restricted. The post has
been made unavailable to users in the Republic of Korea.
Territorial scope: Republic of Korea only
Ground for decision: Illegal content - alleged violation of local law
(Act on Special Cases concerning the Regulation of Speculative Acts)
Facts and circumstances: the decision was taken following a notice from a
government authority.
Automated means: no automated means were used in taking this decision.

Redress: the account holder may appeal this decision through
https://help.x.com/forms/appeal . Information about this decision will be
submitted to the DSA Transparency Database.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17 statement of reasons as X sends it (decision, territorial scope, ground, redress)",
    why="content made unavailable in Korea only: restricted; the appeal link is not an item",
    items={X[4]: "restricted"},
)

x_qp_body = (
    "Hello KCSC,\n"
    "\nThank you for your patience. We took the following actions on posts from =\n"
    "your request KCSC-240903-01:\n\n"
    "The post https://x.com/moonlit_pharm/status/18299115322=\n08447811 has been =\n"
    "removed for violating our rules on regulated goods.\n\n"
    "We could not find the post https://x.com/seoul_idcard/status/1827359923145=\n"
    "892017. It appears the account holder deleted it before our review, so no a=\n"
    "ction was required.\n\n"
    "Regards,\n"
    "X Legal =E2=80=93 APAC\n"
)
case(
    name="x-quoted-printable-wrapped",
    frm="legal-support@x.com", date="Tue, 10 Sep 2024 03:55:44 +0000",
    subject="Re: [Case: 0451829] Removal request",
    reply_to_req="req-240903-01",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    + x_qp_body,
    outcome="applied", classification="confirmation",
    imitates="X legal reply in quoted-printable whose soft line breaks cut through the URLs",
    why="after decoding: one post removed, one could not be found (deleted by its author); 'It appears' qualifies why, not whether it was found",
    items={X[1]: "removed", X[7]: "not_found"},
)

case(
    name="x-received-plus-removed",
    frm="legal-support@x.com", date="Wed, 11 Sep 2024 07:12:09 +0000",
    subject="Re: [Case: 0451829] KCSC-240903-01 follow-up",
    body=f"""Hello,

Thank you for your follow-up email, which we have received.

To confirm, the following posts were removed on 10 September 2024:
{X[5]}
{X[6]}

We have nothing further to report on the other items at this time.

Kind regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X reply that opens like a receipt and then confirms removals",
    why="an acknowledgement phrase followed by an unhedged removal statement for two posts: applied, not an acknowledgement",
    items={X[5]: "removed", X[6]: "removed"},
)

case(
    name="x-fullwidth-parens",
    frm="apac-legal@x.com", name_from="X Legal APAC", date="Thu, 12 Sep 2024 01:30:00 +0000",
    subject="KCSC-240903-01 / seoul_idcard",
    body=f"""Dear KCSC,

Regarding the account @seoul_idcard in your request KCSC-240903-01:

Both reported posts（{X[7]}，{X[8]}）have been withheld in Korea.

Best regards,
X Legal APAC
""",
    outcome="applied", classification="confirmation",
    imitates="short reply from X's APAC legal team typed with an East Asian input method (full-width brackets and comma)",
    why="both posts, written in full-width parentheses, withheld in Korea",
    items={X[7]: "restricted", X[8]: "restricted"},
)

case(
    name="x-promise-will-withhold",
    frm="legal-support@x.com", date="Wed, 04 Sep 2024 06:02:51 +0000",
    subject="Re: [Case: 0451829] Removal request KCSC-240903-01",
    reply_to_req="req-240903-01",
    body=f"""Hello,

Thanks for your request. Our team has looked at the first posts you listed
and we will withhold the following in Korea within the next 24 hours:

{X[0]}
{X[1]}

We will send you a confirmation once this is done.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal reply announcing an action still to come",
    why="'will withhold ... within 24 hours' is a promise, not a statement that the posts are withheld",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="x-bulk-all-withheld",
    frm="legal-support@x.com", date="Fri, 13 Sep 2024 04:45:30 +0000",
    subject="Re: [Case: 0451829] Removal request KCSC-240903-01 - closed",
    reply_to_req="req-240903-01",
    body="""Hello,

We have completed our review of your request KCSC-240903-01. All of the
reported content has now been withheld in the Republic of Korea.

This case is now closed.

X Legal
""",
    outcome="review", review="bulk",
    imitates="X legal closing email stating one outcome for the whole request",
    why="a statement about all items of a 14-item request without naming any: bulk, items stay pending",
    items={},
)

case(
    name="x-auto-ack-case-number",
    frm="no-reply@x.com", name_from="X Support", date="Tue, 03 Sep 2024 01:05:12 +0000",
    subject="Case# 0451829: Legal request received [ref:_00D0x.51829:ref]",
    reply_to_req="req-240903-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

Thank you for contacting X. We have received your legal request and it has
been assigned case number 0451829. Please keep this number for your records.

Replies to this email are not monitored. If you need to add information,
please use the form at https://help.x.com/forms/legal .

X Support
""",
    outcome="ignored",
    imitates="X automatic case-number receipt for a legal request",
    why="pure receipt with a case number; no item statement",
    items={},
)

# ================================================================= YouTube
case(
    name="youtube-legal-removed-and-blocked",
    frm="legal-noreply@google.com", name_from="YouTube Legal Support", date="Fri, 06 Sep 2024 10:20:05 +0000",
    subject="Re: [0-4471000036529] KCSC-240904-02 Legal removal request",
    reply_to_req="req-240904-02",
    body=f"""Hello,

Thanks for reaching out to us.

After reviewing your request, we have removed the following video(s) from
YouTube for violating our Community Guidelines:

{YT[0]}
{YT[1]}

In addition, we have blocked the following content from view on YouTube in
South Korea in response to your legal request:

{YT[2]}

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Legal Support outcome template (removed under Community Guidelines / blocked locally)",
    why="two videos removed globally, one Short blocked in Korea",
    items={YT[0]: "removed", YT[1]: "removed", YT[2]: "restricted"},
)

case(
    name="youtube-age-restricted-channel-terminated",
    frm="legal-noreply@google.com", name_from="YouTube Legal Support", date="Sat, 07 Sep 2024 03:11:48 +0000",
    subject="Re: [0-4471000036529] KCSC-240904-02",
    body=f"""Hello,

We've reviewed the remaining content from your request.

- {YT[1]} : this video has been age-restricted. It is no longer available to
  users who are signed out or under 18.
- {YT[3]} : the channel has been terminated for repeated violations of our
  policies on gambling content.

Sincerely,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply reporting an age restriction and a channel termination",
    why="age-restricted counts as restricted; a terminated channel is removed",
    items={YT[1]: "restricted", YT[3]: "removed"},
)

case(
    name="youtube-channel-no-violation",
    frm="legal-noreply@google.com", name_from="YouTube Legal Support", date="Mon, 09 Sep 2024 08:00:31 +0000",
    subject="Re: [0-4471000036529] KCSC-240904-02",
    body=f"""Hello,

Thank you for your report about the channel {YT[3]}.

We have carefully reviewed the channel and did not find that it violates
YouTube's Community Guidelines or the local laws you cited. The channel
promotes a licensed lottery outlet. Accordingly, we will not be taking
action on it at this time.

You can learn more about our policies here:
https://support.google.com/youtube/answer/9288567

The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'we will not be taking action at this time' refusal with its reason",
    why="a reasoned refusal for the channel: rejected ('will not be taking action' is the decision, not a promise); the help link is not an item",
    items={YT[3]: "rejected"},
)

yt_html = f"""<!DOCTYPE html>
<html><body style="margin:0;padding:0;font-family:Roboto,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">
<img src="https://www.gstatic.com/youtube/img/branding/youtubelogo/1x/youtubelogo_light_96.png" alt="YouTube">
<h2 style="font-weight:400">Update on your legal request</h2>
<p>Reference: KCSC-240904-02</p>
<p>This video has been removed from YouTube:<br>
<a href="{YT[0]}">{YT[0]}</a></p>
<p>We could not find this video. The link may be incorrect, or the video was
already deleted by the uploader:<br>
<a href="{YT[2]}">{YT[2]}</a></p>
<p style="color:#606060;font-size:12px">&copy; 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043</p>
</td></tr></table>
</body></html>
"""
yt_text = f"""Update on your legal request
Reference: KCSC-240904-02

This video has been removed from YouTube:
{YT[0]}

We could not find this video. The link may be incorrect, or the video was
already deleted by the uploader:
{YT[2]}
"""
case(
    name="youtube-base64-html",
    frm="noreply-legal@youtube.com", name_from="YouTube", date="Sun, 08 Sep 2024 22:47:13 +0000",
    subject="Update on your legal request KCSC-240904-02",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="000000000000yt808b64"

--000000000000yt808b64
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

{b64(yt_text)}
--000000000000yt808b64
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: base64

{b64(yt_html)}
--000000000000yt808b64--
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube system notification, multipart/alternative with base64 text and HTML parts",
    why="one video removed; one 'could not find' (the 'may be' offers reasons, the not-found statement itself is firm)",
    items={YT[0]: "removed", YT[2]: "not_found"},
)

case(
    name="youtube-outlook-top-posted",
    frm="sjlee@google.com", name_from="\"Lee, Seo-jin\"", date="Tue, 10 Sep 2024 06:33:50 +0000",
    subject="RE: Removal request KCSC-240904-02",
    reply_to_req="req-240904-02",
    body=f"""Dear KCSC Takedown Team,

Please find our response to your request below.

The video {YT[0]} has been blocked in South Korea in response to your
request.

The video {YT[1]} remains available. Our review found that it does not
violate local law or our Community Guidelines.

Kind regards,
Seo-jin Lee
Legal Specialist, Google Korea

{quoted_request("KCSC-240904-02", YT, "Wednesday, September 4, 2024 11:30 AM", style="outlook")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a Google Korea legal specialist over the quoted request (-----Original Message-----)",
    why="one video blocked in Korea, one refused with reason; the quoted request below speaks about nothing",
    items={YT[0]: "restricted", YT[1]: "rejected"},
)

case(
    name="youtube-bilingual-korean-particles",
    frm="legal-kr@google.com", name_from="Google Korea Legal", date="Wed, 11 Sep 2024 02:15:27 +0000",
    subject="[KCSC-240904-02] 처리 결과 안내 / Outcome of your request",
    body=f"""안녕하세요, 방송통신심의위원회 담당자님.

요청하신 동영상 {YT[1]}은 대한민국 내에서 접근이 제한되었습니다.

Hello,

The video {YT[1]} has been blocked for viewers in South Korea.

감사합니다.
Google Korea Legal
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual Korean/English note from Google Korea's legal team, URL followed directly by a Korean particle",
    why="same video, Korean and English both say access blocked in Korea: restricted",
    items={YT[1]: "restricted"},
)

case(
    name="youtube-hedge-may-have-removed",
    frm="legal-noreply@google.com", name_from="YouTube Legal Support", date="Thu, 05 Sep 2024 09:41:16 +0000",
    subject="Re: [0-4471000036529] KCSC-240904-02 Legal removal request",
    reply_to_req="req-240904-02",
    body=f"""Hello,

Thanks for your request. It looks like the Short at {YT[2]}
may already have been taken down by the uploader. We are still checking the
other URLs and will get back to you once our review is complete.

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim reply with a hedged remark about one item",
    why="'looks like ... may already have been taken down' is a hedge; the rest is 'still checking': nothing to apply",
    items={YT[2]: "pending"},
)

case(
    name="youtube-ooo-auto-submitted",
    frm="jhpark@google.com", name_from="Ji-hoon Park", date="Wed, 04 Sep 2024 02:31:09 +0000",
    subject="Automatic reply: Removal request KCSC-240904-02",
    reply_to_req="req-240904-02",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body=f"""I am out of the office until Monday, 9 September, with limited access to email.

For urgent legal removal requests, please use the YouTube legal webform or
contact legal-kr@google.com.

Thank you,
Ji-hoon

{quoted_request("KCSC-240904-02", YT, "Wed, Sep 4, 2024 at 11:30 AM")}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail out-of-office reply from a Google employee quoting the request",
    why="out-of-office auto-reply; the URLs are only in the quoted request",
    items={},
)

# ==================================================================== Meta
case(
    name="meta-local-law-restricted",
    frm="noreply@support.facebook.com", name_from="Meta Content Restrictions", date="Mon, 09 Sep 2024 13:02:44 +0000",
    subject="Your report KCSC-240905-03 - Content restrictions based on local law",
    body=f"""Hello,

Thanks for your report. We reviewed the content you reported under local law.

Because the content below goes against local law in South Korea, we
restricted access to it in South Korea:
  {META[0]}
  {META[1]}

We reviewed the content below and found that it doesn't go against our
Community Standards, and we couldn't identify a legal basis to restrict it,
so we didn't take action on it:
  {META[2]}

You can read more about how we handle reports of content that goes against
local law at https://transparency.meta.com/reports/content-restrictions

Meta
""",
    outcome="applied", classification="confirmation",
    imitates="Meta 'content restrictions based on local law' outcome (restricted in country / no action)",
    why="two items restricted in Korea, one refused with reasons; the transparency link is not an item",
    items={META[0]: "restricted", META[1]: "restricted", META[2]: "rejected"},
)

case(
    name="meta-instagram-numbered",
    frm="legal-requests@instagram.com", name_from="Instagram Legal", date="Tue, 10 Sep 2024 04:18:37 +0000",
    subject="Re: KCSC-240905-03 Instagram content",
    reply_to_req="req-240905-03",
    body=f"""Hi there,

We've finished reviewing the Instagram content in your request:

1. {META[2]} - removed. It goes against our Community Guidelines on
   restricted goods.
2. {META[3]} - removed, for the same reason.
3. {META[4]} - this reel was deleted by the person who posted it before we
   reviewed it, so it is no longer on Instagram.

Thanks,
Instagram Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram legal reply with a numbered per-item outcome list",
    why="two posts removed; the reel was deleted by its author before review: not_found",
    items={META[2]: "removed", META[3]: "removed", META[4]: "not_found"},
)

meta_csv = (
    "content_url,decision,scope,policy_or_law\r\n"
    f"{META[0]},Restricted,KR,Local law (gambling)\r\n"
    f"{META[1]},Removed,Global,Community Standards - Restricted goods and services\r\n"
    f"{META[4]},No action,-,Does not violate policies or local law\r\n"
)
case(
    name="meta-csv-attachment",
    frm="records@meta.com", name_from="Meta Law Enforcement Response Team", date="Wed, 11 Sep 2024 08:49:12 +0000",
    subject="Response to your request KCSC-240905-03",
    reply_to_req="req-240905-03",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="meta808-part-7c1e"

--meta808-part-7c1e
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached our decision on each of the items in your request
KCSC-240905-03. Items not listed in the attachment are still under review.

Regards,
Meta Law Enforcement Response Team

--meta808-part-7c1e
Content-Type: text/csv; charset=utf-8; name="KCSC-240905-03_decisions.csv"
Content-Disposition: attachment; filename="KCSC-240905-03_decisions.csv"
Content-Transfer-Encoding: base64

{b64(meta_csv)}
--meta808-part-7c1e--
""",
    outcome="applied", classification="confirmation",
    imitates="Meta response with the per-item decisions in a CSV attachment",
    why="CSV rows: restricted in KR, removed globally, no action (does not violate): rejected",
    items={META[0]: "restricted", META[1]: "removed", META[4]: "rejected"},
)

case(
    name="meta-wrapped-angle-url",
    frm="ir-kr@fb.com", name_from="Meta Korea Public Policy", date="Thu, 12 Sep 2024 06:25:58 +0000",
    subject="RE: KCSC-240905-03",
    body="""Dear KCSC,

Further to our earlier correspondence, the group post at
<https://www.facebook.com/groups/busanbettingclub/posts/
1184422907735521/> has now been removed from Facebook.

We were unable to locate the Page post at
<https://www.facebook.com/bluewave.pharmacy.kr/posts/pfbid0Vx3kQm7Rt9LcA2>.
It does not exist on Facebook.

Best regards,
Meta Korea Public Policy team
""",
    outcome="applied", classification="confirmation",
    imitates="Meta Korea public-policy email with a long URL wrapped inside angle brackets",
    why="the wrapped group post removed; the Page post could not be located (does not exist): not_found",
    items={META[0]: "removed", META[1]: "not_found"},
)

case(
    name="meta-bulk-removed-content",
    frm="notification@facebookmail.com", name_from="Facebook", date="Fri, 06 Sep 2024 15:40:03 +0000",
    subject="Update on your report KCSC-240905-03",
    reply_to_req="req-240905-03",
    body="""Hi,

Thanks for your report. We've reviewed it and removed the content you
reported because it goes against our Community Standards.

We let the person who posted it know that it was removed, but we didn't
tell them who reported it.

Thanks for helping us keep Facebook safe.
""",
    outcome="review", review="bulk",
    imitates="Facebook 'we removed the content you reported' Support Inbox outcome",
    why="one statement for a five-item request naming no item: bulk",
    items={},
)

case(
    name="meta-asks-for-legal-basis",
    frm="records@meta.com", name_from="Meta Law Enforcement Response Team", date="Fri, 06 Sep 2024 02:12:30 +0000",
    subject="Re: Response needed - KCSC-240905-03",
    reply_to_req="req-240905-03",
    body="""Hello,

We have received your request KCSC-240905-03. Before we can proceed, we
need some additional information:

  - the specific provision of Korean law that each item is alleged to violate;
  - a copy of the decision of the Commission, if one was issued.

Please reply to this email with the information above. We will not be able
to process the request until we receive it.

Meta Law Enforcement Response Team
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="Meta request for the legal basis before processing a government request",
    why="the platform asks for more information before acting; nothing has happened to any item",
    items={},
)

case(
    name="meta-out-of-office",
    frm="hyunwoo.choi@meta.com", name_from="Hyunwoo Choi", date="Thu, 05 Sep 2024 00:41:22 +0000",
    subject="Automatic reply: Removal request KCSC-240905-03",
    reply_to_req="req-240905-03",
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: hyunwoo.choi@meta.com"],
    body="""Thank you for your email. I am currently on leave and will return on
16 September 2024. During my absence please contact
kr-policy-team@meta.com.

Best,
Hyunwoo
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply (on leave) from a Meta employee",
    why="out-of-office auto-reply",
    items={},
)

# ================================================================== TikTok
case(
    name="tiktok-restricted-country",
    frm="legal-kr@tiktok.com", name_from="TikTok Legal", date="Mon, 09 Sep 2024 07:30:45 +0000",
    subject="Re: KCSC-240906-04 - Outcome of your report",
    reply_to_req="req-240906-04",
    body=f"""Hello,

Thank you for your report. After review, we have taken the following action:

Restricted in your country/region (the videos are not available in South Korea):
{TT[0]}
{TT[1]}

Removed for violating our Community Guidelines:
{TT[2]}

If you have any other questions, please reply to this email.

TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok outcome email grouping URLs under 'restricted in your country/region' and 'removed'",
    why="URLs under headings: two restricted in Korea, one removed",
    items={TT[0]: "restricted", TT[1]: "restricted", TT[2]: "removed"},
)

case(
    name="tiktok-dsa-sor-removal",
    frm="noreply@tiktok.com", name_from="TikTok", date="Tue, 10 Sep 2024 12:02:19 +0000",
    subject="Decision on content you reported (KCSC-240906-04)",
    body=f"""We've made a decision on the content you reported

Content: video
Link: {TT[2]}
Decision: Removed
Territorial scope: All regions
Reason: Violation of our Community Guidelines - Regulated goods and commercial activities
How the decision was made: Reviewed by a moderator

If you disagree with this decision, you can appeal in the app within 180
days. More information: https://www.tiktok.com/legal/page/global/dsa-appeals/en

TikTok
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok DSA-style decision notice to a reporter (decision, scope, reason, appeal)",
    why="decision Removed, all regions; the appeals page is not an item",
    items={TT[2]: "removed"},
)

case(
    name="tiktok-url-after-statement",
    frm="legal-kr@tiktok.com", name_from="TikTok Legal", date="Wed, 11 Sep 2024 03:44:02 +0000",
    subject="Re: KCSC-240906-04",
    body=f"""Hi,

We couldn't find the following video on TikTok. The link is invalid or the
video has been deleted by its creator:
{TT[1]}

Best regards,
TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal reply whose URL stands on the line after its statement",
    why="the statement ending in ':' applies to the URL on the next line: not_found",
    items={TT[1]: "not_found"},
)

case(
    name="tiktok-auth-fail",
    frm="legal-kr@tiktok.com", name_from="TikTok Legal", date="Mon, 09 Sep 2024 18:10:32 +0000",
    auth="fail",
    subject="Re: KCSC-240906-04 - all videos removed",
    reply_to_req="req-240906-04",
    body=f"""Hello,

We have removed the following videos from TikTok:

{TT[0]}
{TT[1]}
{TT[2]}

TikTok Legal
""",
    outcome="review", review="untrusted",
    imitates="TikTok legal removal list, but the message fails DKIM/SPF/DMARC",
    why="claims removals from tiktok.com while failing authentication: untrusted, items stay pending",
    items={TT[0]: "pending", TT[1]: "pending", TT[2]: "pending"},
)

case(
    name="tiktok-wrong-platform-x-link",
    frm="legal-kr@tiktok.com", name_from="TikTok Legal", date="Thu, 12 Sep 2024 09:27:14 +0000",
    subject="Re: additional link in request KCSC-240906-04",
    body=f"""Hello,

Regarding the additional link you sent us,
{X[13]}
this URL does not point to TikTok. We could not locate any video on TikTok
that corresponds to it, so no action was taken by TikTok.

TikTok Legal
""",
    outcome="review", review="wrong_platform",
    imitates="TikTok reply to a link that belongs to another service",
    why="TikTok speaks about an X post of another request: wrong_platform, the X item stays pending",
    items={X[13]: "pending"},
)

case(
    name="tiktok-mdn-read-receipt",
    frm="legal-kr@tiktok.com", name_from="TikTok Legal", date="Fri, 06 Sep 2024 06:02:00 +0000",
    subject="Read: Removal request KCSC-240906-04",
    reply_to_req="req-240906-04",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn808tt"

--mdn808tt
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@tiktok.com
  Subject: Removal request KCSC-240906-04
  Sent: Friday, September 6, 2024 2:00:00 PM (UTC+09:00) Seoul

was read on Friday, September 6, 2024 3:02:00 PM (UTC+09:00) Seoul.

--mdn808tt
Content-Type: message/disposition-notification

Reporting-UA: mail.tiktok.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal-kr@tiktok.com
Original-Message-ID: <req-240906-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn808tt--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) from TikTok's legal mailbox",
    why="a read receipt says nothing about items",
    items={},
)

# ================================================================== Reddit
case(
    name="reddit-removed-and-geoblocked",
    frm="legal@reddit.com", name_from="Reddit Legal", date="Wed, 11 Sep 2024 16:55:38 +0000",
    subject="Re: KCSC-240909-05 Content removal request",
    reply_to_req="req-240909-05",
    body=f"""Hello,

Thank you for your request. We have reviewed the reported content and taken
the following actions:

  - {RD[0]}
    Removed by Reddit admins for violating Rule 7 of our Content Policy
    (no illegal or prohibited transactions).

  - {RD[1]}
    Access restricted in South Korea in accordance with local law. The post
    remains visible elsewhere.

Reddit, Inc. | Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply with an action under each reported post (admin removal / geo-restriction)",
    why="one post removed sitewide, one restricted in Korea",
    items={RD[0]: "removed", RD[1]: "restricted"},
)

case(
    name="reddit-not-violating",
    frm="legal@reddit.com", name_from="Reddit Legal", date="Thu, 12 Sep 2024 19:03:10 +0000",
    subject="Re: KCSC-240909-05 Content removal request",
    body=f"""Hello,

We reviewed the post at {RD[1]} and determined that it does not violate
Reddit's Content Policy. The post offers translation of documents, which is
lawful, and we are declining to remove it.

You can read our Content Policy at https://www.redditinc.com/policies/content-policy .

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal refusal giving its reason",
    why="a reasoned decision to decline removal: rejected; the policy link is not an item",
    items={RD[1]: "rejected"},
)

case(
    name="reddit-law-firm-unknown",
    frm="jlim@hanbitlaw.example", name_from="Jae-won Lim (Hanbit Law)", date="Wed, 11 Sep 2024 05:20:44 +0000",
    subject="Your request KCSC-240909-05 - post deleted by our client",
    body=f"""Dear Commission,

We act for the author of the Reddit post at
{RD[0]}

Our client has deleted the post voluntarily and asks that the matter be
closed. Please direct any further correspondence to this office.

Yours faithfully,
Jae-won Lim
Hanbit Law
""",
    outcome="review", review="unknown_sender",
    imitates="letter from a law firm acting for the poster, claiming the content was deleted",
    why="not from any platform's domain: a clerk must check, the item stays pending",
    items={RD[0]: "pending"},
)

case(
    name="reddit-lookalike-domain",
    frm="legal@reddit-trust-support.com", name_from="Reddit Trust & Safety", date="Thu, 12 Sep 2024 02:07:51 +0000",
    subject="Re: KCSC-240909-05 Content removal request - completed",
    body=f"""Hello,

We have removed the following posts as requested:

{RD[0]}
{RD[1]}

Reddit Trust & Safety
""",
    outcome="review", review="unknown_sender",
    imitates="removal confirmation from a domain resembling Reddit's (authenticated, but not Reddit)",
    why="reddit-trust-support.com is no sender domain of any platform: unknown_sender, items pending",
    items={RD[0]: "pending", RD[1]: "pending"},
)

case(
    name="reddit-dsn-bounce",
    frm="MAILER-DAEMON@mx.kcsc.example", name_from="Mail Delivery System", date="Mon, 09 Sep 2024 01:16:03 +0000",
    auth="none",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn808rd"

--dsn808rd
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-requests@reddit.com>: host mx1.redditmail.com[203.0.113.41] said: 550
    5.1.1 <legal-requests@reddit.com>: Recipient address rejected: User
    unknown (in reply to RCPT TO command)

--dsn808rd
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Mon,  9 Sep 2024 10:15:58 +0900 (KST)

Final-Recipient: rfc822; legal-requests@reddit.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.redditmail.com
Diagnostic-Code: smtp; 550 5.1.1 <legal-requests@reddit.com>: Recipient
    address rejected: User unknown

--dsn808rd
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-requests@reddit.com
Subject: Removal request KCSC-240909-05
Date: Mon, 09 Sep 2024 10:15:00 +0900
Message-ID: <req-240909-05@kcsc.example>
Content-Type: text/plain; charset=utf-8

Dear Sir or Madam,

Please remove the following content (our reference KCSC-240909-05):

1. {RD[0]}
2. {RD[1]}

KCSC Takedown Team

--dsn808rd--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning the request (recipient unknown)",
    why="a bounce, whatever the returned request lists",
    items={},
)

# ================================================================= Discord
case(
    name="discord-sole-server-removed",
    frm="support@discord.com", name_from="Discord Trust & Safety", date="Thu, 12 Sep 2024 21:38:27 +0000",
    subject="Re: [Ticket #31407762] KCSC-240910-06",
    reply_to_req="req-240910-06",
    body="""Hi there,

Thanks for reaching out to Discord Trust & Safety about request
KCSC-240910-06.

We've investigated the server you reported and found that it violated our
Community Guidelines. We have removed the server from Discord and taken
action against the accounts that ran it.

Best,
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety ticket reply ('we've removed the server')",
    why="an unhedged removal of 'the server you reported' answering a one-item request: it applies to that item",
    items={DC[0]: "removed"},
)

case(
    name="discord-invite-invalid",
    frm="support@discord.com", name_from="Discord Trust & Safety", date="Fri, 13 Sep 2024 04:02:55 +0000",
    subject="Re: [Ticket #31407762] KCSC-240910-06",
    body=f"""Hello,

The invite link you provided, <{DC[0]}>, is invalid. We were unable to
locate a server associated with it on Discord, so there is nothing for us
to action.

If you have the server ID, please send it and we will take another look.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord ticket reply that the reported invite is invalid",
    why="invalid link, no server found: not_found; the offer to look again at a server ID does not hedge that",
    items={DC[0]: "not_found"},
)

# ================================================================== Twitch
case(
    name="twitch-channel-suspended-vod-deleted",
    frm="legal@twitch.tv", name_from="Twitch Legal", date="Mon, 16 Sep 2024 17:20:09 +0000",
    subject="Re: KCSC-240911-07 Request regarding gambling streams",
    reply_to_req="req-240911-07",
    body=f"""Hello,

We reviewed the content referenced in your request and confirmed that it
violated our Community Guidelines on gambling.

Channel: {TW[0]}
Action taken: indefinite suspension. The channel is no longer accessible.

Video: {TW[1]}
Action taken: video deleted.

Regards,
Twitch Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch legal reply with an 'Action taken' line under each item",
    why="channel indefinitely suspended and no longer accessible (removed); VOD deleted",
    items={TW[0]: "removed", TW[1]: "removed"},
)

case(
    name="twitch-conditional-warning",
    frm="safety@twitch.tv", name_from="Twitch Safety", date="Fri, 13 Sep 2024 10:46:33 +0000",
    subject="We've reviewed your report - KCSC-240911-07",
    reply_to_req="req-240911-07",
    body=f"""Hi,

Thank you for your report about {TW[0]}.

We have issued a warning to the channel owner. If the channel continues to
stream content that breaks our gambling rules, it will be suspended.

Twitch Safety
""",
    outcome="review", review="not_understood",
    imitates="Twitch 'we've actioned your report' email where the action is a warning",
    why="a warning leaves the channel up without refusing the request; the suspension is conditional: not a status",
    items={TW[0]: "pending"},
)

case(
    name="twitch-zendesk-receipt-echo",
    frm="support@twitch.tv", name_from="Twitch Support", date="Wed, 11 Sep 2024 04:07:41 +0000",
    subject="[Twitch Support] Re: KCSC-240911-07 Request regarding gambling streams",
    reply_to_req="req-240911-07",
    body=f"""##- Please type your reply above this line -##

Your request (#884123) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown, Sep 11, 2024, 4:05 AM UTC

Please remove or block the following (our reference KCSC-240911-07):
{TW[0]}
{TW[1]}

This email is a service from Twitch Support.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style ticket receipt from Twitch Support echoing the original request",
    why="pure receipt; the URLs are only in the echoed request",
    items={},
)

# ========================================================= Snapchat, Pinterest
case(
    name="snapchat-receipt",
    frm="lawenforcement@snapchat.com", name_from="Snap Law Enforcement Operations", date="Thu, 12 Sep 2024 23:59:01 +0000",
    subject="Snap Inc. - Request received [Ref: LEO-2024-0912-5571]",
    body="""Thank you for contacting Snap Inc. Law Enforcement Operations.

This message confirms that we have received your submission. It has been
assigned reference LEO-2024-0912-5571. Please include this reference in any
further correspondence.

This mailbox is not monitored for replies.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Snap Law Enforcement Operations automatic submission receipt",
    why="pure receipt; names nothing",
    items={},
)

case(
    name="pinterest-portal-notice",
    frm="legal@pinterest.com", name_from="Pinterest Legal", date="Tue, 17 Sep 2024 15:22:47 +0000",
    subject="Changes to how Pinterest receives government requests",
    body="""Hello,

You are receiving this message because you have contacted Pinterest Legal
in the past.

From 1 October 2024, requests from government agencies to remove content
must be submitted through our new request portal rather than by email.
Details are available at https://help.pinterest.com/en/article/government-requests .

Thank you,
Pinterest Legal
""",
    outcome="review", review="no_claims",
    imitates="Pinterest notice about a new government-request portal",
    why="trusted platform mail naming no item and no request: no_claims (the help link is not an item)",
    items={},
)


HEADER = """# Blind set 808: English notices from many platforms (X, YouTube, Meta,
# TikTok, Reddit, Discord, Twitch, Snapchat, Pinterest). Written by
# tests/corpus/blind808/make.py; expected results come from each email's
# meaning alone, written before the reader was run on this set."""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("frm")
    corpuslib.write_set(HERE, "blind808", HEADER, CASES)


if __name__ == "__main__":
    main()
