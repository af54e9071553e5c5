#!/usr/bin/env python3
"""Blind set blind220: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Telegram, Twitch, Snapchat, Pinterest).

Deterministic: `python3 tests/corpus/blind220/make.py` writes requests.csv,
cases/*.eml and expected.toml. Expected results were written from each
email's meaning alone, before the reader was run on any of them.
All names, accounts, ids and URLs are fictional.
"""
import base64
import csv
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/jackpot_gold77/status/1830112233445566771",
    "https://x.com/jackpot_gold77/status/1830112233445566772",
    "https://x.com/casino_hanbit/status/1830223344556677881",
    "https://x.com/casino_hanbit/status/1830223344556677882",
    "https://x.com/pill_market_kr/status/1830334455667788991",
    "https://x.com/pill_market_kr/status/1830334455667788992",
    "https://x.com/night_lounge_09/status/1830445566778899001",
    "https://x.com/toto_signal/status/1830556677889900112",
    "https://x.com/toto_signal/status/1830556677889900113",
    "https://x.com/betting_bridge/status/1830667788990011224",
    "https://x.com/betting_bridge/status/1830667788990011225",
    "https://x.com/slotking_kr",
]
YT = [
    "https://www.youtube.com/watch?v=Qm3xT7bLp2A",
    "https://www.youtube.com/watch?v=Zr8vN1cKd4E",
    "https://www.youtube.com/shorts/Hk5wP9sRt0Y",
    "https://www.youtube.com/@sunny_odds_tv",
]
META = [
    "https://www.facebook.com/groups/4455667788990011/posts/5566778899001122/",
    "https://www.facebook.com/hanriver.deals.page/posts/pfbid0aBcD3eFgH7iJ",
    "https://www.instagram.com/p/C9xYz1AbCdE/",
    "https://www.instagram.com/reel/C9qRs2TuVwX/",
    "https://www.instagram.com/pill.delivery.seoul/",
]
TT = [
    "https://www.tiktok.com/@odds.master.kr/video/7409988776655443321",
    "https://www.tiktok.com/@odds.master.kr/video/7409988776655443322",
    "https://www.tiktok.com/@party_pills_24/video/7411122334455667788",
]
RD_RAW = "https://www.reddit.com/r/KoreaBets/comments/1f3abcd/무료_픽/"
RD = [
    "https://www.reddit.com/r/KoreaBets/comments/1f3abcd/%EB%AC%B4%EB%A3%8C_%ED%94%BD/",
    "https://www.reddit.com/user/seoul_supply_guy/",
]
DC = ["https://discord.gg/HnBt7kQz"]
PN = [
    "https://www.pinterest.com/pin/883311224455667788/",
    "https://www.pinterest.com/pin/883311224455667799/",
    "https://www.pinterest.com/luckyspin_kr/",
]

REQUESTS = [
    ("KCSC-240902-01", "x", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", X,
     "illegal_gambling", "req-240902-01@kcsc.example", "gambling promotion accounts and posts"),
    ("KCSC-240903-02", "youtube", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00", YT,
     "illegal_gambling", "req-240903-02@kcsc.example", "betting tip videos and channel"),
    ("KCSC-240904-03", "meta", "2024-09-04T09:30:00+09:00", "2024-09-11T18:00:00+09:00", META,
     "drug_trade", "req-240904-03@kcsc.example", "Facebook and Instagram drug sale posts"),
    ("KCSC-240905-04", "tiktok", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00", TT,
     "illegal_gambling", "req-240905-04@kcsc.example", "odds videos and pill party video"),
    ("KCSC-240906-05", "reddit", "2024-09-06T10:15:00+09:00", "2024-09-13T18:00:00+09:00", RD,
     "illegal_gambling", "req-240906-05@kcsc.example", "post with Korean slug; supplier account"),
    ("KCSC-240909-06", "discord", "2024-09-09T16:00:00+09:00", "2024-09-16T18:00:00+09:00", DC,
     "illegal_gambling", "req-240909-06@kcsc.example", "casino server invite"),
    ("KCSC-240910-07", "pinterest", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", PN,
     "illegal_gambling", "req-240910-07@kcsc.example", "slot site pins and profile"),
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
def b64(text):
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def quoted_request(ref, urls, when, style="gmail"):
    lines = [
        "Dear Sir or Madam,",
        "",
        f"The Korea Communications Standards Commission requests the removal of the",
        f"following content under our reference {ref}:",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Regards,", "KCSC Takedown Desk"]
    if style == "gmail":
        return f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:\n" + "\n".join(
            ("> " + l) if l else ">" for l in lines)
    return (
        "-----Original Message-----\n"
        "From: KCSC Takedown <takedown@kcsc.example>\n"
        f"Sent: {when}\n"
        "To: legal@x.com\n"
        f"Subject: {ref} removal request\n\n" + "\n".join(lines)
    )


cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ X (KCSC-240902-01)
case(
    name="x-legal-withheld-kr-list",
    from_="legal-noreply@x.com", name_from="X Legal",
    date="Wed, 04 Sep 2024 07:12:40 +0000",
    subject="Re: KCSC-240902-01 removal request",
    reply_to_req="req-240902-01",
    body=f"""Hello,

Thank you for your legal request, reference KCSC-240902-01.

After reviewing your request against applicable local law, X has withheld
the following Posts in South Korea:

{X[0]}
{X[1]}
{X[2]}

The remainder of your request is still being reviewed and we will reply
separately.

Regards,
X Legal
""",
    outcome="applied",
    imitates="X legal request outcome: 'withheld in <country>' list",
    why="three Posts plainly withheld in South Korea; the rest is explicitly still open",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted"},
)

case(
    name="x-numbered-mixed-outcomes",
    from_="legal-noreply@x.com", name_from="X Legal",
    date="Thu, 05 Sep 2024 02:44:09 +0000",
    subject="Your legal request KCSC-240902-01 [ref:_00D1x2Yz._500Qm8kP:ref]",
    reply_to_req="req-240902-01",
    body=f"""Hi there,

We have reviewed the reported content. Outcomes per Post:

1. {X[4]}
   Withheld in South Korea based on local law.
2. {X[5]}
   Removed for violating the X Rules (illegal or certain regulated goods or services).
3. {X[6]}
   No action taken. We did not find this Post to be in violation of the X Rules
   or of the law you cited.
4. {X[7]}
   We could not locate this Post. It is no longer available on X.

Where we withheld content, the account holder has been notified. You can read
more about country withheld content at https://help.x.com/en/rules-and-policies/post-withheld-by-country

Thanks,
X
""",
    outcome="applied",
    imitates="X Salesforce-case legal outcome email with one outcome per Post",
    why="four Posts, each with its own outcome on the line below; help link is not an item",
    items={X[4]: "restricted", X[5]: "removed", X[6]: "rejected", X[7]: "not_found"},
)

case(
    name="x-account-suspended",
    from_="support@x.com", name_from="X Support",
    date="Fri, 06 Sep 2024 09:30:00 +0000",
    subject="Case 0824417731: account reported by KCSC",
    body=f"""Hello,

We're writing about the account you reported under reference KCSC-240902-01.

The account @slotking_kr ({X[11]}) has been permanently suspended for
violating the X Rules. Suspended accounts and their Posts are not visible
on X.

Thanks,
X Support
""",
    outcome="applied",
    imitates="X 'account suspended' outcome to a reporter",
    why="the requested account URL is stated as permanently suspended: removed",
    items={X[11]: "removed"},
)

x_table = f"""<html><body>
<p>Hello KCSC team,</p>
<p>Please find below the actions taken on your request <b>KCSC-240902-01</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action</th><th>Scope</th></tr>
<tr><td><a href="{X[8]}">{X[8]}</a></td><td>Withheld</td><td>KR</td></tr>
<tr><td><a href="{X[9]}">{X[9]}</a></td><td>Withheld</td><td>KR</td></tr>
<tr><td><a href="{X[10]}">{X[10]}</a></td><td>Removed</td><td>Global</td></tr>
</table>
<p>If you have questions, reply to this email and keep the case number in the subject.</p>
<p>X Global Government Affairs</p>
</body></html>"""
case(
    name="x-html-table",
    from_="gov-requests@x.com", name_from="X Government Affairs",
    date="Mon, 09 Sep 2024 05:05:05 +0000",
    subject="KCSC-240902-01 - actions taken",
    reply_to_req="req-240902-01",
    type="html", body=x_table,
    outcome="applied",
    imitates="X government-request outcome with an HTML table",
    why="HTML table: two Posts withheld in KR, one removed globally",
    items={X[8]: "restricted", X[9]: "restricted", X[10]: "removed"},
)

case(
    name="x-top-posted-over-gmail-quote",
    from_="j.whitlow@x.com", name_from="Jenna Whitlow",
    date="Tue, 10 Sep 2024 01:20:11 +0000",
    subject="Re: KCSC-240902-01 removal request",
    reply_to_req="req-240902-01",
    body=f"""Hi,

Following up on two of the items in your request:

{X[7]} has been withheld in South Korea as of today.

{X[8]} was deleted by the account holder before we completed
our review, so there was nothing left for us to action.

Best,
Jenna
X Legal Operations

{quoted_request("KCSC-240902-01", X, "Mon, 2 Sep 2024 at 10:00")}
""",
    outcome="applied",
    imitates="individual X legal staffer's top-posted reply over the Gmail-quoted request",
    why="two Posts stated above the quote (withheld; deleted by author); the quoted list changes nothing",
    items={X[7]: "restricted", X[8]: "not_found"},
)

case(
    name="x-outlook-quoted-single",
    from_="m.carrow@x.com", name_from="Marcus Carrow",
    date="Wed, 11 Sep 2024 06:02:45 +0000",
    subject="RE: KCSC-240902-01 removal request",
    reply_to_req="req-240902-01",
    body=f"""Hello,

Post {X[6]} is now withheld in KR. We re-reviewed it after your
second message and agree it is unlawful in Korea.

Kind regards,
Marcus Carrow | Legal Policy, X Corp.

{quoted_request("KCSC-240902-01", X[6:9], "Monday, September 2, 2024 10:00 AM", style="outlook")}
""",
    outcome="applied",
    imitates="Outlook reply from an X legal staffer with -----Original Message----- quote",
    why="one Post stated withheld in KR above the Outlook quote; quoted URLs untouched",
    items={X[6]: "restricted"},
)

x_b64 = f"""Hello,

Regarding your request KCSC-240902-01:

- {X[9]}: this Post has been removed from X for violating our rules on
  illegal gambling promotion.
- {X[10]}: we were unable to locate this Post. The link returns no content.

Regards,
X Trust & Safety
"""
case(
    name="x-base64-plain",
    from_="notify@twitter.com", name_from="X",
    date="Thu, 12 Sep 2024 03:33:03 +0000",
    subject="Update on your report KCSC-240902-01",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(x_b64),
    outcome="applied",
    imitates="X notification (legacy twitter.com sender) with a base64 body",
    why="base64 body: one Post removed, one not locatable",
    items={X[9]: "removed", X[10]: "not_found"},
)

case(
    name="x-dsa-statement-style",
    from_="legal-noreply@x.com", name_from="X",
    date="Fri, 13 Sep 2024 08:00:00 +0000",
    subject="Notice of action taken - KCSC-240902-01",
    reply_to_req="req-240902-01",
    body=f"""NOTICE OF ACTION TAKEN

Reporter: Korea Communications Standards Commission
Your reference: KCSC-240902-01

Content: {X[3]}
Decision: Visibility restricted
Territorial scope: Republic of Korea (KR)
Ground: Illegal content under the law of the territory indicated
Automated detection: No
Automated decision: No

The person who posted this content can appeal this decision. For more
information see https://help.x.com/en/rules-and-policies/enforcement-options
""",
    outcome="applied",
    imitates="X DSA-style statement of reasons / notice of action fields",
    why="one Post, visibility restricted in KR only: restricted",
    items={X[3]: "restricted"},
)

case(
    name="x-promise-will-withhold",
    from_="legal-noreply@x.com", name_from="X Legal",
    date="Tue, 03 Sep 2024 23:10:00 +0000",
    subject="Re: KCSC-240902-01 removal request",
    reply_to_req="req-240902-01",
    body=f"""Hello,

Thanks for your patience. Our team has completed an initial assessment of
the following Posts:

{X[4]}
{X[5]}

Pending a final check by local counsel, these Posts will be withheld in
South Korea. We expect to confirm the outcome within five business days.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X interim legal reply announcing an intended withholding",
    why="'will be withheld' pending counsel is a promise, not a statement",
    items={X[4]: "pending", X[5]: "pending"},
)

case(
    name="x-bulk-all-withheld",
    from_="legal-noreply@x.com", name_from="X Legal",
    date="Sat, 14 Sep 2024 04:45:00 +0000",
    subject="Re: KCSC-240902-01 removal request",
    reply_to_req="req-240902-01",
    body="""Hello,

We have completed our review of your request KCSC-240902-01. All of the
reported Posts and the reported account have been withheld in South Korea.

Regards,
X Legal
""",
    outcome="review", review="bulk",
    imitates="X legal closing email stating a blanket outcome for the whole request",
    why="one statement for a 12-item request, no item named: bulk",
    items={},
)

case(
    name="x-forged-auth-fail",
    from_="legal-noreply@x.com", name_from="X Legal",
    auth="fail",
    date="Sun, 15 Sep 2024 12:00:00 +0000",
    subject="Re: KCSC-240902-01 removal request",
    reply_to_req="req-240902-01",
    body=f"""Hello,

The following Posts were removed from X:

{X[0]}
{X[1]}

Regards,
X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal outcome, but DKIM/SPF/DMARC fail",
    why="platform domain failing authentication: untrusted, nothing applied",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="x-case-acknowledgement",
    from_="legal-noreply@x.com", name_from="X Legal",
    date="Mon, 02 Sep 2024 03:15:00 +0000",
    subject="Case# 0824417731: KCSC-240902-01 removal request",
    reply_to_req="req-240902-01",
    body="""Hello,

We've received your request and opened case number 0824417731.

Our team reviews every report carefully. You'll get an email from us once
a decision has been made. Please do not reply to this message with new
reports; submit them through our legal request form instead.

X Legal
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X automatic case-opened acknowledgement",
    why="pure receipt with a case number, no statement about any item",
    items={},
)

# ================================================================ YouTube (KCSC-240903-02)
case(
    name="yt-legal-blocked-and-removed",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 10:10:10 +0000",
    subject="[#4-2810093000017] Your YouTube legal complaint KCSC-240903-02",
    reply_to_req="req-240903-02",
    body=f"""Hello,

Thanks for reaching out to us.

In response to your complaint, we have blocked the following content from
view on YouTube in South Korea:

- {YT[0]}
- {YT[1]}

We also reviewed {YT[2]} and removed it from YouTube
because it violated our Community Guidelines.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied",
    imitates="YouTube legal support outcome ('blocked from view in <country>' plus a guidelines removal)",
    why="two videos blocked in KR (restricted), one Short removed globally",
    items={YT[0]: "restricted", YT[1]: "restricted", YT[2]: "removed"},
)

yt_qp = f"""Hello,

We have completed our review of your request KCSC-240903-02.

We've age-restricted the following Short. It can no longer be viewed by
users who are signed out or under 18:
{YT[2]}

We reviewed {YT[1]} and decided not to take action.
The video does not violate our Community Guidelines and we did not find
sufficient grounds for removal under local law.

Sincerely,
YouTube Trust & Safety
"""
case(
    name="yt-age-restricted-and-declined-qp",
    from_="legal-support@youtube.com", name_from="YouTube Trust & Safety",
    date="Sat, 07 Sep 2024 01:01:00 +0000",
    subject="Re: KCSC-240903-02",
    reply_to_req="req-240903-02",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(yt_qp),
    outcome="applied",
    imitates="YouTube outcome email in quoted-printable: age restriction and a declined item",
    why="Short age-restricted (restricted, URL on line below), other video left up with a reason (rejected)",
    items={YT[2]: "restricted", YT[1]: "rejected"},
)

case(
    name="yt-bilingual-korean-particle",
    from_="legal-kr@google.com", name_from="Google Korea Legal",
    date="Mon, 09 Sep 2024 02:30:00 +0000",
    subject="RE: [KCSC-240903-02] 삭제 요청 결과 / Result of your request",
    reply_to_req="req-240903-02",
    body=f"""안녕하세요.

요청하신 {YT[0]}에 대해서는 대한민국 내 접속 차단 조치를 하였습니다.

Hello,

The video {YT[0]} has been blocked from view in South Korea.

Google LLC / YouTube Legal
""",
    outcome="applied",
    imitates="Google Korea bilingual legal reply (Korean then English)",
    why="same video stated blocked in Korea in both languages; URL glued to a Korean particle in the first",
    items={YT[0]: "restricted"},
)

case(
    name="yt-under-review-hedged",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Wed, 04 Sep 2024 09:00:00 +0000",
    subject="[#4-2810093000017] Your YouTube legal complaint KCSC-240903-02",
    reply_to_req="req-240903-02",
    body=f"""Hello,

The video {YT[1]} is currently under review by our legal team.
Based on an initial look, it appears that the content may conflict with
local law, and it may be blocked in your country once the review ends.

We will get back to you as soon as possible.

The YouTube Legal Support Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim reply ('under review', hedged)",
    why="under review, 'appears', 'may be blocked': no statement",
    items={YT[1]: "pending"},
)

case(
    name="yt-asks-for-more-information",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 04:00:00 +0000",
    subject="[#4-2810093000019] Additional information needed - KCSC-240903-02",
    reply_to_req="req-240903-02",
    body=f"""Hello,

We need more information before we can process your complaint about
{YT[3]}.

Please tell us which specific videos on this channel you consider unlawful,
with the timestamps of the content at issue, and the provision of Korean
law that applies. Reply to this email with these details.

The YouTube Legal Support Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="YouTube legal 'we need more information' reply",
    why="platform asks for timestamps and legal basis; no outcome",
    items={YT[3]: "pending"},
)

# ================================================================ Meta (KCSC-240904-03)
meta_sor_text = f"""Decision on your report

Reference: KCSC-240904-03
Content: {META[0]}

Decision: We restricted access to this content in South Korea.
Reason: It was reported as unlawful under local law. After legal review we
found it to be unlawful in the country named in your report. The content
remains available in other countries.

This decision was taken by a human reviewer.

Meta Platforms, Inc.
"""
meta_sor_html = f"""<html><body style="font-family:Helvetica,Arial,sans-serif">
<h2>Decision on your report</h2>
<p>Reference: KCSC-240904-03</p>
<p>Content: <a href="{META[0]}">{META[0]}</a></p>
<p><b>Decision:</b> We restricted access to this content in South Korea.</p>
<p><b>Reason:</b> It was reported as unlawful under local law. After legal review we
found it to be unlawful in the country named in your report. The content
remains available in other countries.</p>
<p>This decision was taken by a human reviewer.</p>
<p style="color:#888">Meta Platforms, Inc.</p>
</body></html>"""
case(
    name="meta-decision-restricted-multipart",
    from_="noreply@facebookmail.com", name_from="Facebook",
    date="Fri, 06 Sep 2024 11:11:11 +0000",
    subject="Decision on your report KCSC-240904-03",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="b220meta1"

--b220meta1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{meta_sor_text}
--b220meta1
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(meta_sor_html)}
--b220meta1--
""",
    outcome="applied",
    imitates="Meta 'decision on your report' (DSA notice outcome) in text + HTML",
    why="group post restricted in South Korea only",
    items={META[0]: "restricted"},
)

case(
    name="meta-instagram-bullets-removed",
    from_="no-reply@mail.instagram.com", name_from="Instagram",
    date="Sat, 07 Sep 2024 06:20:00 +0000",
    subject="We removed content you reported (KCSC-240904-03)",
    body=f"""Hi,

Thanks for helping keep Instagram safe. We reviewed the content in your
report and took the following action:

  * {META[2]} - removed for going against our Community Guidelines
    on restricted goods
  * {META[3]} - removed
  * {META[4]} - account disabled

People who posted this content were told that it went against our guidelines.

Instagram
""",
    outcome="applied",
    imitates="Instagram report outcome with a bulleted list",
    why="post and reel removed, account disabled: all removed",
    items={META[2]: "removed", META[3]: "removed", META[4]: "removed"},
)

case(
    name="meta-fb-page-post-no-violation",
    from_="legal-requests@meta.com", name_from="Meta Legal",
    date="Mon, 09 Sep 2024 07:07:07 +0000",
    subject="Re: KCSC-240904-03",
    reply_to_req="req-240904-03",
    body=f"""Hello,

We reviewed the post at
{META[1]}
and found that it doesn't go against our Community Standards. We also
assessed it under the local law you cited and did not find a basis to
restrict access in South Korea, so the post remains available.

If you have additional information, you may submit a new request.

Meta Legal Requests
""",
    outcome="applied",
    imitates="Meta legal 'doesn't go against our Community Standards' refusal",
    why="post stays up, reason given: rejected",
    items={META[1]: "rejected"},
)

case(
    name="meta-fb-group-post-not-found",
    from_="noreply@facebookmail.com", name_from="Facebook",
    date="Tue, 10 Sep 2024 13:40:00 +0000",
    subject="About your report KCSC-240904-03",
    body=f"""Hi,

We were unable to find any content at the link you reported:
<{META[0]}>

The link may be broken, or the person who shared the content may have
deleted it. No further action is needed from you.

The Facebook Team
""",
    outcome="applied",
    imitates="Facebook 'we couldn't find this content' outcome",
    why="unhedged 'unable to find' about the link in angle brackets: not_found (the hedge only speculates why)",
    items={META[0]: "not_found"},
)

meta_ig_sor = f"""<html><body>
<p>Dear Korea Communications Standards Commission,</p>
<p>This is a statement of the action we took on content you notified to us
(your reference KCSC-240904-03).</p>
<table border="0" cellpadding="3">
<tr><td>Content</td><td>{META[3]}</td></tr>
<tr><td>Type of restriction</td><td>Access disabled in the Republic of Korea</td></tr>
<tr><td>Facts and circumstances</td><td>Notice received from a public authority</td></tr>
<tr><td>Legal ground</td><td>Content illegal under the law of the Republic of Korea</td></tr>
<tr><td>Means of redress</td><td>Internal complaint; out-of-court dispute settlement</td></tr>
</table>
<p>Instagram Legal</p>
</body></html>"""
case(
    name="meta-instagram-statement-of-reasons-html",
    from_="legal@instagram.com", name_from="Instagram Legal",
    date="Wed, 11 Sep 2024 02:00:00 +0000",
    subject="Statement of action taken - KCSC-240904-03",
    reply_to_req="req-240904-03",
    type="html", body=meta_ig_sor,
    outcome="applied",
    imitates="Instagram DSA-style statement of reasons as an HTML field table",
    why="reel: access disabled in Korea only: restricted",
    items={META[3]: "restricted"},
)

case(
    name="meta-bulk-all-removed",
    from_="legal-requests@meta.com", name_from="Meta Legal",
    date="Thu, 12 Sep 2024 05:55:00 +0000",
    subject="Re: KCSC-240904-03",
    reply_to_req="req-240904-03",
    body="""Hello,

We've finished reviewing your report KCSC-240904-03 and have removed all of
the reported content from Facebook and Instagram for going against our
Community Standards.

Thank you,
Meta Legal Requests
""",
    outcome="review", review="bulk",
    imitates="Meta closing email with a blanket outcome",
    why="'all of the reported content' for a 5-item request, nothing named: bulk",
    items={},
)

case(
    name="meta-support-inbox-no-claims",
    from_="notification@facebookmail.com", name_from="Facebook",
    date="Fri, 13 Sep 2024 18:00:00 +0000",
    subject="We've reviewed your report",
    body="""Hi,

We've finished reviewing something you reported. To see what we decided,
go to your Support Inbox: https://www.facebook.com/support/?tab=reports

Thanks for helping us keep Facebook safe.

The Facebook Team
""",
    outcome="review", review="no_claims",
    imitates="Facebook 'see the outcome in your Support Inbox' notification",
    why="trusted Meta mail naming no item and no request",
    items={},
)

case(
    name="meta-out-of-office",
    from_="d.morales@meta.com", name_from="Daniel Morales",
    date="Wed, 04 Sep 2024 01:00:00 +0000",
    subject="Automatic reply: KCSC-240904-03 removal request",
    reply_to_req="req-240904-03",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""Thank you for your email. I am out of the office until Monday 23 September
with limited access to email.

For urgent law enforcement or regulatory matters please use
https://www.facebook.com/records or write to records@meta.com.

Daniel
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office from a Meta staffer",
    why="automatic reply",
    items={},
)

# ================================================================ TikTok (KCSC-240905-04)
tt_csv = (
    "content_url,decision,scope,decision_date\n"
    f"{TT[0]},Removed,Global,2024-09-07\n"
    f"{TT[1]},Restricted,KR,2024-09-07\n"
    f"{TT[2]},Content not found,-,2024-09-07\n"
)
case(
    name="tiktok-csv-attachment",
    from_="legal@tiktok.com", name_from="TikTok Legal",
    date="Sat, 07 Sep 2024 09:09:09 +0000",
    subject="Re: KCSC-240905-04 - outcome of your notice",
    reply_to_req="req-240905-04",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="b220tt1"

--b220tt1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dear KCSC team,

Thank you for your notice KCSC-240905-04. The decision for each reported
video is set out in the attached file.

Kind regards,
TikTok Law Enforcement & Government Outreach

--b220tt1
Content-Type: text/csv; charset=utf-8; name="KCSC-240905-04_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240905-04_outcome.csv"
Content-Transfer-Encoding: base64

{b64(tt_csv)}
--b220tt1--
""",
    outcome="applied",
    imitates="TikTok government-request outcome with a CSV attachment",
    why="CSV: removed / restricted in KR / not found",
    items={TT[0]: "removed", TT[1]: "restricted", TT[2]: "not_found"},
)

case(
    name="tiktok-single-url-below",
    from_="noreply@tiktok.com", name_from="TikTok",
    date="Sun, 08 Sep 2024 10:00:00 +0000",
    subject="Your report has been reviewed",
    body=f"""Hi,

Thanks for your report. After review, the following video has been removed
for violating our Community Guidelines:

{TT[2]}

We notified the account that posted it. Reports like yours help keep
TikTok safe.

TikTok Safety
""",
    outcome="applied",
    imitates="TikTok reporter notification, URL on the line below the statement",
    why="the video named below the sentence was removed",
    items={TT[2]: "removed"},
)

case(
    name="tiktok-ack-phrase-plus-statement",
    from_="legal@tiktok.com", name_from="TikTok Legal",
    date="Mon, 09 Sep 2024 03:03:03 +0000",
    subject="Re: KCSC-240905-04",
    reply_to_req="req-240905-04",
    body=f"""Hello,

We have received your request KCSC-240905-04, thank you.

We reviewed it today. The video {TT[0]} was removed
for violating our Community Guidelines on gambling.

Our review of the other reported videos is ongoing.

TikTok Legal
""",
    outcome="applied",
    imitates="TikTok legal reply opening with an acknowledgement and stating one outcome",
    why="acknowledgement phrase plus an unhedged removal of one named video",
    items={TT[0]: "removed"},
)

case(
    name="tiktok-echoed-report",
    from_="noreply@tiktok.com", name_from="TikTok",
    date="Tue, 10 Sep 2024 12:12:12 +0000",
    subject="Update on your report (KCSC-240905-04)",
    body=f"""Your report
--------------------------------------------
Reported content: {TT[1]}
Reason: Illegal activities and regulated goods
Submitted: Sep 5, 2024
Reporter reference: KCSC-240905-04

Our decision
--------------------------------------------
This video is now restricted in your country/region (South Korea) because
it violates local law. It is still available in other regions.

TikTok
""",
    outcome="applied",
    imitates="TikTok report outcome echoing the report fields above the decision",
    why="echoed report names the video; decision restricts it in South Korea",
    items={TT[1]: "restricted"},
)

case(
    name="tiktok-read-receipt",
    from_="jiwon.seo@tiktok.com", name_from="Jiwon Seo",
    date="Thu, 05 Sep 2024 06:10:00 +0000",
    subject="Read: KCSC-240905-04 removal request",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="b220mdn"

--b220mdn
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@tiktok.com
  Subject: KCSC-240905-04 removal request
  Sent: Thursday, September 5, 2024 2:00 PM (UTC+09:00) Seoul

was read on Thursday, September 5, 2024 3:10 PM (UTC+09:00) Seoul.

--b220mdn
Content-Type: message/disposition-notification

Reporting-UA: outlook.tiktok.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal@tiktok.com
Original-Message-ID: <req-240905-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b220mdn--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) from a TikTok staffer",
    why="read receipt",
    items={},
)

case(
    name="tiktok-lookalike-unknown-sender",
    from_="trust-safety@tiktok-support-center.com", name_from="TikTok Trust & Safety",
    date="Thu, 12 Sep 2024 14:00:00 +0000",
    subject="Re: KCSC-240905-04",
    body=f"""Dear Commission,

We confirm that the following videos have been permanently deleted:

{TT[1]}
{TT[2]}

Please confirm receipt.

TikTok Trust & Safety Team
""",
    outcome="review", review="unknown_sender",
    imitates="look-alike domain claiming to be TikTok",
    why="sender domain is not TikTok's: unknown_sender, nothing applied",
    items={TT[1]: "pending", TT[2]: "pending"},
)

case(
    name="snapchat-wrong-platform",
    from_="safety@snap.com", name_from="Snap Inc. Safety",
    date="Fri, 13 Sep 2024 01:30:00 +0000",
    subject="Re: content report KCSC-240905-04",
    body=f"""Hello,

Thank you for contacting Snap. The link you sent,
{TT[0]},
does not point to Snapchat. We reviewed it and can confirm it is not
hosted on Snapchat, so we have taken no action on it. Please contact the
service that hosts it.

Snap Trust & Safety
""",
    outcome="review", review="wrong_platform",
    imitates="Snap reply to a report about content hosted elsewhere",
    why="Snap speaks about a TikTok item: not its platform's item",
    items={TT[0]: "pending"},
)

# ================================================================ Reddit (KCSC-240906-05)
case(
    name="reddit-legal-removed-korean-slug",
    from_="legal@reddit.com", name_from="Reddit Legal",
    date="Mon, 09 Sep 2024 16:00:00 +0000",
    subject="Re: KCSC-240906-05 removal request",
    reply_to_req="req-240906-05",
    body=f"""Hello,

Thank you for your notice. We have removed the following content from
Reddit in response to it:

{RD_RAW}

In addition, the account u/seoul_supply_guy <{RD[1]}> has been
permanently suspended for violating Reddit's Content Policy.

Reddit Legal
""",
    outcome="applied",
    imitates="Reddit legal removal reply (post URL with a Korean slug, raw)",
    why="post removed (raw Korean slug = requested encoded URL); account suspended: removed",
    items={RD[0]: "removed", RD[1]: "removed"},
)

case(
    name="reddit-geo-restricted-and-declined",
    from_="noreply@redditmail.com", name_from="Reddit",
    date="Tue, 10 Sep 2024 20:00:00 +0000",
    subject="Reddit: outcome of your report KCSC-240906-05",
    body=f"""Hi,

We've reviewed your report.

Post: {RD[0]}
Outcome: Access to this post has been restricted in South Korea. It remains
available elsewhere.

Account: {RD[1]}
Outcome: We didn't find that this account violates Reddit's Content Policy
or local law, so we haven't taken action against it.

Thanks for reporting,
Reddit Safety
""",
    outcome="applied",
    imitates="Reddit Safety report outcome with per-item blocks",
    why="post geo-restricted; account left up with a reason: rejected",
    items={RD[0]: "restricted", RD[1]: "rejected"},
)

case(
    name="reddit-conditional-geo-block",
    from_="legal@reddit.com", name_from="Reddit Legal",
    date="Wed, 11 Sep 2024 17:30:00 +0000",
    subject="Re: KCSC-240906-05 removal request",
    reply_to_req="req-240906-05",
    body=f"""Hello,

We are reviewing the post at
{RD[0]}
under local law. If we find that it is unlawful in South Korea, access to it
will be restricted there. We'll let you know the outcome.

Reddit Legal
""",
    outcome="review", review="not_understood",
    imitates="Reddit legal interim reply with a conditional outcome",
    why="conditional promise; the post stays pending",
    items={RD[0]: "pending"},
)

case(
    name="reddit-zendesk-receipt",
    from_="support@reddit.com", name_from="Reddit Help",
    date="Fri, 06 Sep 2024 02:00:00 +0000",
    subject="[Reddit Help] Re: KCSC-240906-05 removal request (#4471209)",
    reply_to_req="req-240906-05",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""##- Please type your reply above this line -##

Your request (#4471209) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

Reddit Help
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk ticket receipt from Reddit Help",
    why="ticket receipt, no statement",
    items={},
)

case(
    name="reddit-vendor-unknown-sender",
    from_="cases@lexmod-partners.example", name_from="LexMod Partners (for Reddit)",
    date="Thu, 12 Sep 2024 09:00:00 +0000",
    subject="KCSC-240906-05 - content actioned",
    body=f"""Dear KCSC,

We act as an outside moderation vendor for Reddit, Inc. The account at
{RD[1]} has been banned sitewide.

Regards,
LexMod Partners
""",
    outcome="review", review="unknown_sender",
    imitates="outsourced moderation vendor writing on a platform's behalf",
    why="sender domain belongs to no platform: unknown_sender",
    items={RD[1]: "pending"},
)

# ================================================================ Discord (KCSC-240909-06)
case(
    name="discord-server-removed",
    from_="noreply@discord.com", name_from="Discord Trust & Safety",
    date="Tue, 10 Sep 2024 22:00:00 +0000",
    subject="Discord Trust & Safety - report update",
    body=f"""Hi there,

Thanks for reaching out to Discord Trust & Safety.

We investigated the server you reported (invite <{DC[0]}>) and
found that it violated our Community Guidelines. The server has been
removed from Discord.

Discord Trust & Safety
""",
    outcome="applied",
    imitates="Discord Trust & Safety 'server removed' reply",
    why="server behind the requested invite removed",
    items={DC[0]: "removed"},
)

case(
    name="discord-one-item-no-url",
    from_="legal@discord.com", name_from="Discord Legal",
    date="Wed, 11 Sep 2024 19:19:19 +0000",
    subject="Re: KCSC-240909-06 removal request",
    reply_to_req="req-240909-06",
    body="""Hello,

Our team investigated the server named in your request KCSC-240909-06 and
took action: the server has been deleted and its owner's account banned.

Discord Legal
""",
    outcome="applied",
    imitates="Discord legal reply naming the request but not the URL",
    why="one-item request, unhedged 'server has been deleted': applies to its item",
    items={DC[0]: "removed"},
)

# ================================================================ Pinterest (KCSC-240910-07)
case(
    name="pinterest-pins-deactivated",
    from_="legal@pinterest.com", name_from="Pinterest Legal",
    date="Wed, 11 Sep 2024 23:00:00 +0000",
    subject="Re: KCSC-240910-07 removal request",
    reply_to_req="req-240910-07",
    body=f"""Hi,

We've deactivated these Pins because they went against our Community
Guidelines:
{PN[0]}
{PN[1]}

The profile {PN[2]} no longer exists on Pinterest.

Best,
Pinterest Legal
""",
    outcome="applied",
    imitates="Pinterest 'we've deactivated the Pins' reply",
    why="two Pins deactivated (removed); profile no longer exists (not_found)",
    items={PN[0]: "removed", PN[1]: "removed", PN[2]: "not_found"},
)

case(
    name="pinterest-text-table",
    from_="legal@pinterest.com", name_from="Pinterest Legal",
    date="Thu, 12 Sep 2024 23:30:00 +0000",
    subject="KCSC-240910-07: decisions",
    reply_to_req="req-240910-07",
    body=f"""Hello,

Decisions on your request:

URL                                                  Decision
---------------------------------------------------  -------------------------
{PN[0].ljust(53)}Removed
{PN[1].ljust(53)}Not removed - no violation
{PN[2].ljust(53)}Profile suspended

Pinterest Legal
""",
    outcome="applied",
    imitates="Pinterest decisions as a fixed-width text table",
    why="table rows: removed, left up (rejected), profile suspended (removed)",
    items={PN[0]: "removed", PN[1]: "rejected", PN[2]: "removed"},
)

case(
    name="pinterest-request-bounced",
    from_="MAILER-DAEMON@mail.kcsc.example", name_from="Mail Delivery System",
    auth="none",
    date="Tue, 10 Sep 2024 01:00:05 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b220dsn"

--b220dsn
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@pinterest.com>: host mx1.pinterest.com[203.0.113.25] said:
    550 5.1.1 <legal-kr@pinterest.com>: Recipient address rejected: User
    unknown (in reply to RCPT TO command)

--b220dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kcsc.example
Arrival-Date: Tue, 10 Sep 2024 10:00:01 +0900 (KST)

Final-Recipient: rfc822; legal-kr@pinterest.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--b220dsn
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@pinterest.com
Subject: KCSC-240910-07 removal request
Message-ID: <req-240910-07@kcsc.example>
Date: Tue, 10 Sep 2024 10:00:00 +0900

Please remove the following content:
{PN[0]}
{PN[1]}
{PN[2]}

--b220dsn--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN for our request to a wrong Pinterest address",
    why="delivery failure report; the URLs are only in the returned request",
    items={},
)

# ================================================================ Telegram / Twitch
case(
    name="telegram-auto-reply",
    from_="dsa@telegram.org", name_from="Telegram",
    date="Sun, 08 Sep 2024 00:00:30 +0000",
    subject="Automatic reply: Notice regarding content on Telegram",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""This is an automatic reply. Your message has been received.

Due to the volume of requests we cannot answer every message individually.
Notices about illegal content are handled in the order received.

Telegram
""",
    outcome="ignored", classification="auto_reply",
    imitates="Telegram abuse/DSA mailbox auto-reply",
    why="automatic reply naming nothing",
    items={},
)

case(
    name="twitch-report-received",
    from_="no-reply@twitch.tv", name_from="Twitch",
    date="Mon, 09 Sep 2024 12:00:00 +0000",
    subject="We received your report",
    body="""Hi KCSC,

Thanks for submitting a report. We've received it and our Safety team will
review it. Ticket: TW-88120934

You'll receive an email if we take action on your report.

Twitch Safety
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Twitch 'we received your report' confirmation",
    why="pure acknowledgement with a ticket number",
    items={},
)

case(
    name="x-vague-actioned-one-url",
    from_="support@x.com", name_from="X Support",
    date="Tue, 17 Sep 2024 02:02:02 +0000",
    subject="Re: KCSC-240902-01 removal request",
    reply_to_req="req-240902-01",
    body=f"""Hello,

Thanks for your report about {X[5]}.

We have reviewed the content and have taken appropriate enforcement action
on the account that posted it.

X Support
""",
    outcome="review", review="not_understood",
    imitates="Twitch/X-style 'enforcement action has been taken' reply about the account",
    why="action on the account is not a statement about the Post's own status",
    items={X[5]: "pending"},
)


# ---------------------------------------------------------------- write
HEADER = """# Blind set blind220: English notices from many platforms.
# Written by make.py from each email's meaning, before any run of the reader.
"""

if __name__ == "__main__":
    write_requests()
    for c in cases:
        c["from"] = c.pop("from_")
    corpuslib.write_set(HERE, "blind220", HEADER, cases)
    print(len(cases), "cases")
