#!/usr/bin/env python3
"""Blind set blind652: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Twitch, Pinterest, plus Discord and Snapchat mail that names
no request). Writes requests.csv, cases/*.eml and expected.toml.

Every email is fictional and written in our own words in the manner of a
public notice named in `imitates`. Expected results were written from each
email's meaning alone, before any run of the reader.

    python3 tests/corpus/blind652/make.py
"""
import base64
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
X1 = "https://x.com/mirae_lens22/status/1831100000000000101"
X2 = "https://x.com/mirae_lens22/status/1831100000000000102"
X3 = "https://x.com/pale_orchid_k/status/1831100000000000203"
X4 = "https://x.com/pale_orchid_k/status/1831100000000000204"
X5 = "https://x.com/dawnfold_acc/status/1831100000000000305"
X6 = "https://x.com/dawnfold_acc/status/1831100000000000306"
X7 = "https://x.com/h_sorae/status/1831100000000000407"
X8 = "https://x.com/h_sorae/status/1831100000000000408"
X9 = "https://x.com/greyquill_99/status/1831100000000000509"
X10 = "https://x.com/greyquill_99/status/1831100000000000510"
X11 = "https://x.com/tidewrack/status/1831100000000000611"
X12 = "https://x.com/velvetcrane_kr"
XS = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12]

Y1 = "https://www.youtube.com/watch?v=Qm3rT8vLx2A"
Y2 = "https://www.youtube.com/watch?v=Zp0kW4nYb7E"
Y3 = "https://www.youtube.com/shorts/Hj5sD1uGq9c"
Y4 = "https://www.youtube.com/@moonlitarchive_kr"
YS = [Y1, Y2, Y3, Y4]

M1 = "https://www.facebook.com/groups/3301847712/posts/9907712201"
M2 = "https://www.facebook.com/permalink.php?story_fbid=pfbid0Xa81Tq&id=100089412233"
M3 = "https://www.instagram.com/p/C9xKq2LmT4r/"
M4 = "https://www.instagram.com/reel/C9yBv7HnP0s/"
M5 = "https://www.instagram.com/hanbit.daily.archive/"
MS = [M1, M2, M3, M4, M5]

T1 = "https://www.tiktok.com/@sora.clipz/video/7410023345566778801"
T2 = "https://www.tiktok.com/@sora.clipz/video/7410023345566778802"
T3 = "https://www.tiktok.com/@nightjar.kr/video/7410098877665544303"
TS = [T1, T2, T3]

# Reddit item 1 is stored percent-encoded (Korean slug 유출_모음).
R1 = "https://www.reddit.com/r/kdeepclips/comments/1f8abcd/%EC%9C%A0%EC%B6%9C_%EB%AA%A8%EC%9D%8C/"
R1_RAW = "https://www.reddit.com/r/kdeepclips/comments/1f8abcd/유출_모음/"
R2 = "https://www.reddit.com/user/throwaway_sunbi/comments/1f8xyzq/"

TW1 = "https://www.twitch.tv/videos/2241187654"

P1 = "https://www.pinterest.com/pin/889112233445566771/"
P2 = "https://www.pinterest.com/pin/889112233445566772/"
P3 = "https://pin.it/4xQzR8kLm"

REQUESTS = [
    ("KCSC-240903-01", "x", "2024-09-03", "2024-09-10", XS, "non-consensual-intimate-imagery",
     "req-240903-01@kcsc.example", "largest request; eleven posts and one account"),
    ("KCSC-240904-02", "youtube", "2024-09-04", "2024-09-11", YS, "deepfake-sexual-abuse",
     "req-240904-02@kcsc.example", "three videos and a channel"),
    ("KCSC-240905-03", "meta", "2024-09-05", "2024-09-12", MS, "illegal-gambling",
     "req-240905-03@kcsc.example", "Facebook and Instagram"),
    ("KCSC-240906-04", "tiktok", "2024-09-06", "2024-09-13", TS, "drug-sales",
     "req-240906-04@kcsc.example", ""),
    ("KCSC-240909-05", "reddit", "2024-09-09", "2024-09-16", [R1, R2], "non-consensual-intimate-imagery",
     "req-240909-05@kcsc.example", "first URL has a Korean slug"),
    ("KCSC-240910-06", "twitch", "2024-09-10", "2024-09-17", [TW1], "defamation",
     "req-240910-06@kcsc.example", "one VOD"),
    ("KCSC-240911-07", "pinterest", "2024-09-11", "2024-09-18", [P1, P2, P3], "deepfake-sexual-abuse",
     "req-240911-07@kcsc.example", "third URL is a short link"),
]


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            lines.append(",".join([ref, plat, sent, due, u, cat, mid, note]))
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def quoted_request(ref, urls, date_line):
    """The regulator's request as Gmail-style '>' quoting."""
    out = [date_line, ">", "> Dear Trust & Safety team,", ">",
           f"> Under the Act on the Establishment and Operation of the Korea Communications",
           f"> Standards Commission, we ask you to remove the following content ({ref}):", ">"]
    out += [f"> {u}" for u in urls]
    out += [">", "> Please reply to this address with the action taken for each URL.", ">",
            "> KCSC Digital Sexual Crime Response Team"]
    return "\n".join(out)


CASES = []


def case(**kw):
    CASES.append(kw)


# =================================================================== X
case(
    name="x-legal-withheld-kr-bullets",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 02:14:51 +0000",
    subject="[Case 0193-44812] Your legal request KCSC-240903-01",
    reply_to_req="req-240903-01",
    body=f"""Hello,

Thank you for your submission regarding KCSC-240903-01.

After reviewing the reported content against applicable local law, we have
withheld the following Posts in South Korea:

  * {X1}
  * {X2}
  * {X3}
  * {X4}

These Posts remain available outside South Korea. Our team is still
assessing the remaining URLs of your request and will write again separately.

More information about country withheld content:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome notice (Post withheld in country)",
    why="Four named Posts withheld in South Korea; the rest announced for later.",
    items={X1: "restricted", X2: "restricted", X3: "restricted", X4: "restricted",
           X5: "pending"},
)

X_TABLE_ROWS = [
    (X9, "Removed", "Violates our non-consensual nudity policy"),
    (X10, "Removed", "Violates our non-consensual nudity policy"),
    (X7, "Withheld in KR", "Illegal under local law"),
    (X8, "No action", "No violation of X Rules or local law found"),
    (X11, "Not found", "The Post no longer exists"),
    (X1, "Removed", "Violates our non-consensual nudity policy"),
]
_plain = "\n".join(f"{u}\n  Action: {a} - {r}" for u, a, r in X_TABLE_ROWS)
_html_rows = "\n".join(
    f"<tr><td><a href=\"{u}\">{u}</a></td><td>{a}</td><td>{r}</td></tr>" for u, a, r in X_TABLE_ROWS)
case(
    name="x-outcome-html-table-alternative",
    **{"from": "legal-support@x.com"}, name_from="X Support",
    date="Sat, 07 Sep 2024 08:40:12 +0000",
    subject="Re: KCSC-240903-01 - Update on reported content",
    reply_to_req="req-240903-01",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="=_xalt_7731"

--=_xalt_7731
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello KCSC team,

Here is the status of the Posts in your request KCSC-240903-01 that we have
completed:

{_plain}

If you disagree with a decision, you can submit a new request at
https://legalrequests.x.com/

X Support

--=_xalt_7731
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body>
<p>Hello KCSC team,</p>
<p>Here is the status of the Posts in your request KCSC-240903-01 that we have completed:</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action</th><th>Reason</th></tr>
{_html_rows}
</table>
<p>If you disagree with a decision, you can submit a new request at
<a href="https://legalrequests.x.com/">legalrequests.x.com</a></p>
<p>X Support</p>
</body></html>

--=_xalt_7731--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal support case update with a per-URL action table (plain + HTML)",
    why="Six Posts each with its own action: removed, withheld in KR, no action, not found.",
    items={X9: "removed", X10: "removed", X7: "restricted", X8: "rejected", X11: "not_found",
           X1: "removed"},
)

case(
    name="x-account-suspended-top-posted",
    **{"from": "jiwoo.han@x.com"}, name_from="Jiwoo Han",
    date="Thu, 05 Sep 2024 06:03:27 +0000",
    subject="Re: [KCSC-240903-01] Removal request - non-consensual imagery",
    reply_to_req="req-240903-01",
    body=f"""Hi,

Quick update from our side: the account {X12} has been permanently
suspended for repeated violations of our non-consensual nudity policy. It is
no longer visible on X.

I'll follow up on the individual Posts once the legal review is finished.

Best,
Jiwoo Han
Trust & Safety, X Korea

{quoted_request("KCSC-240903-01", XS, "On Tue, Sep 3, 2024 at 5:58 PM KCSC Takedown <takedown@kcsc.example> wrote:")}
""",
    outcome="applied", classification="confirmation",
    imitates="X Trust & Safety staff reply top-posted over the quoted request (Gmail quoting)",
    why="Only the account is stated suspended; the Posts appear only in the quoted request.",
    items={X12: "removed", X1: "pending", X6: "pending", X11: "pending"},
)

case(
    name="x-bare-url-status-below",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 01:22:05 +0000",
    subject="[Case 0193-44812] Decision on reported Posts",
    reply_to_req="req-240903-01",
    body=f"""Hello,

We have completed our review of two additional URLs from your request
KCSC-240903-01.

{X11}
Status: Removed (violation of the X Rules - non-consensual nudity)

{X6}
Status: No violation found. The Post remains available.

Thank you,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal case decision with each URL on its own line and the status below",
    why="Each URL followed by its own status line: removed, and no violation (rejected).",
    items={X11: "removed", X6: "rejected"},
)

case(
    name="x-withheld-quoted-printable",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 03:51:44 +0000",
    subject="[Case 0193-44812] Posts withheld in South Korea",
    reply_to_req="req-240903-01",
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(f"""Hello,

In response to your legal demand KCSC-240903-01, we have withheld access in South Korea to the following Post: {X9} — it is no longer viewable by users in Korea.

The Post {X10} had already been deleted by the account holder before our review, so no further action was possible on it.

X Legal — Global Legal Policy
"""),
    outcome="applied", classification="confirmation",
    imitates="X country-withheld notice sent as quoted-printable (soft line breaks inside long lines)",
    why="One Post withheld in Korea; the other already deleted by its author (not_found).",
    items={X9: "restricted", X10: "not_found"},
)

case(
    name="x-gmail-reply-two-removed",
    **{"from": "minseo.k@x.com"}, name_from="Minseo Kwak",
    date="Wed, 11 Sep 2024 09:12:33 +0000",
    subject="Re: KCSC-240903-01",
    reply_to_req="req-240903-01",
    body=f"""Hello team,

Both Posts from @h_sorae that you flagged are now gone:

{X7} - removed
{X8} - removed

The account owner was notified of the removal.

Minseo

{quoted_request("KCSC-240903-01", [X7, X8, X9], "On Tue, 3 Sept 2024 at 18:02, KCSC Takedown <takedown@kcsc.example> wrote:")}
""",
    outcome="applied", classification="confirmation",
    imitates="Short staff reply from X with 'URL - removed' lines over a Gmail quote",
    why="Two Posts each marked removed; the third URL appears only in the quote.",
    items={X7: "removed", X8: "removed", X9: "pending"},
)

case(
    name="x-outlook-url-below-statement",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
    date="Thu, 12 Sep 2024 07:30:00 +0000",
    subject="RE: Removal request KCSC-240903-01",
    reply_to_req="req-240903-01",
    body=f"""Dear KCSC,

The following Post has been withheld in South Korea:
{X5}

The following Post could not be located on our service:
{X6}

Kind regards,
X Legal Operations

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 6:01 PM
To: legal@x.com
Subject: Removal request KCSC-240903-01

Dear X,

Please remove the following Posts without delay:
{X5}
{X6}
{X12}

KCSC Digital Sexual Crime Response Team
""",
    outcome="applied", classification="confirmation",
    imitates="X legal operations reply, Outlook '-----Original Message-----' quoting, URL on the line below its statement",
    why="Statement line then the URL below it: one withheld in KR, one not located; the account is only in the quote.",
    items={X5: "restricted", X6: "not_found", X12: "pending"},
)

case(
    name="x-korea-bilingual-particles",
    **{"from": "kr-legal@x.com"}, name_from="X Korea Legal",
    date="Fri, 13 Sep 2024 05:05:19 +0000",
    subject="[KCSC-240903-01] 처리 결과 안내 / Outcome",
    reply_to_req="req-240903-01",
    body=f"""안녕하세요, X 코리아 법무팀입니다.

요청하신 게시물 {X3}은 X 규칙 위반으로 삭제되었습니다.
게시물（{X4}）은 국내 법률에 따라 한국에서 접근이 제한되었습니다.

---

Hello, this is X Korea Legal.

The Post {X3} has been removed for violating the X Rules.
The Post （{X4}） has been withheld in South Korea under local law.

감사합니다 / Thank you.
""",
    outcome="applied", classification="confirmation",
    imitates="Bilingual Korean/English X Korea outcome notice (URL followed by a Korean particle and full-width brackets)",
    why="Both languages agree: one Post removed, one withheld in Korea.",
    items={X3: "removed", X4: "restricted"},
)

case(
    name="x-promise-will-review",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 11:45:02 +0000",
    subject="[Case 0193-44812] We are reviewing your request",
    reply_to_req="req-240903-01",
    body=f"""Hello,

Thanks for reaching out. We have escalated the following Posts to our legal
team:

{X2}
{X9}

If we determine that the content violates local law, it will be withheld in
South Korea, and if it breaks the X Rules it will be removed globally. We
will let you know the outcome once the review has been completed.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal 'escalated for review' holding reply naming the Posts",
    why="Only promises and conditions about two named Posts: nothing stated, both stay pending.",
    items={X2: "pending", X9: "pending"},
)

case(
    name="x-bulk-all-withheld",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Mon, 16 Sep 2024 02:00:41 +0000",
    subject="[Case 0193-44812] Request closed",
    reply_to_req="req-240903-01",
    body="""Hello,

We are writing to let you know that all of the reported Posts in your request
KCSC-240903-01 have been withheld in South Korea, and this case is now closed.

For more information on how we handle legal requests, see
https://help.x.com/en/rules-and-policies/legal-request-faqs

X Legal
""",
    outcome="review", review="bulk",
    imitates="X legal 'case closed' notice covering the whole request",
    why="One statement for a twelve-item request without naming any item: bulk.",
    items={X1: "pending", X12: "pending"},
)

case(
    name="x-forged-dmarc-fail",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal", auth="fail",
    date="Tue, 10 Sep 2024 14:18:09 +0000",
    subject="[Case 0193-44812] Posts removed",
    reply_to_req="req-240903-01",
    body=f"""Hello,

The following Posts reported under KCSC-240903-01 have been removed:

{X1}
{X2}
{X5}

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal removal notice, but DKIM/SPF/DMARC fail for x.com",
    why="Looks like X but fails authentication: nothing applied.",
    items={X1: "pending", X2: "pending", X5: "pending"},
)

case(
    name="x-read-receipt",
    **{"from": "legal-intake@x.com"}, name_from="X Legal Intake",
    date="Tue, 03 Sep 2024 10:04:40 +0000",
    subject="Read: Removal request KCSC-240903-01",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_5512"

--mdn_5512
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to legal-intake@x.com at 9/3/2024 6:01 PM.

This receipt verifies that the message has been displayed on the recipient's
computer at 9/3/2024 7:04 PM.

--mdn_5512
Content-Type: message/disposition-notification

Reporting-UA: legal-intake.x.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal-intake@x.com
Original-Message-ID: <req-240903-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_5512--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) from X's legal intake mailbox",
    why="A read receipt states nothing about any item.",
    items={},
)

# =================================================================== YouTube
case(
    name="yt-legal-outcome-three-of-four",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 04:31:10 +0000",
    subject="Re: [7-4471000032918] Your YouTube legal removal request",
    reply_to_req="req-240904-02",
    body=f"""Hello,

Thanks for contacting YouTube about request KCSC-240904-02.

We have reviewed the content you identified and have taken the following
action:

- {Y1}: removed from YouTube for violating our Community Guidelines.
- {Y3}: blocked from view in South Korea based on local law.
- {Y4}: we did not find that this channel violates our policies or local
  law, so we are not taking action on it at this time.

You can learn more about our policies at
https://support.google.com/youtube/answer/2801964

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal request outcome email (removed / blocked in country / no action)",
    why="Three items each with their own outcome; the fourth video is not mentioned.",
    items={Y1: "removed", Y3: "restricted", Y4: "rejected", Y2: "pending"},
)

case(
    name="yt-age-restricted-single",
    **{"from": "youtube-noreply@youtube.com"}, name_from="YouTube",
    date="Sat, 07 Sep 2024 12:02:55 +0000",
    subject="Update on content you reported",
    reply_to_req="req-240904-02",
    body=f"""Hi there,

We reviewed the video you flagged in KCSC-240904-02:

{Y2}

Our team applied an age restriction to this video. It can no longer be
viewed by signed-out users or by viewers under 18.

- The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'update on content you reported' notice with age restriction",
    why="The one video named was age-restricted: restricted.",
    items={Y2: "restricted"},
)

case(
    name="yt-channel-terminated-base64",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 06:44:30 +0000",
    subject="Re: [7-4471000032918] Channel review complete",
    reply_to_req="req-240904-02",
    raw_mime="""Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

""" + b64(f"""Hello,

Following a further review requested under KCSC-240904-02, the channel
{Y4} has been terminated for violating
YouTube's policy on non-consensual sexual content. All of its videos are no
longer available on YouTube.

Sincerely,
The YouTube Legal Support Team
""") + "\n",
    outcome="applied", classification="confirmation",
    imitates="YouTube channel termination notice, base64-encoded plain text",
    why="The named channel was terminated: removed.",
    items={Y4: "removed"},
)

case(
    name="yt-echoed-submission",
    **{"from": "legal-noreply@google.com"}, name_from="Google Legal Support",
    date="Tue, 10 Sep 2024 08:15:00 +0000",
    subject="[7-4471000032918] Partial decision on your legal request",
    reply_to_req="req-240904-02",
    body=f"""Hello,

We have reached a decision on part of your notice.

Our decision
{Y1} -- Removed globally
{Y2} -- Blocked in South Korea

The remaining URLs in your notice are still being reviewed.

==== Copy of your submission ====
Submitter: Korea Communications Standards Commission
Reference: KCSC-240904-02
Country: South Korea
URLs:
{Y1}
{Y2}
{Y3}
{Y4}
Description: Synthetic sexual images of a real person, posted without consent.
==== End of submission ====

Google Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal removals decision that echoes the submitted web form below",
    why="Two decisions; the other two URLs only appear in the echoed form and are 'still being reviewed'.",
    items={Y1: "removed", Y2: "restricted", Y3: "pending", Y4: "pending"},
)

case(
    name="yt-hedge-may-have-been",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 23:10:12 +0000",
    subject="Re: [7-4471000032918] Your YouTube legal removal request",
    reply_to_req="req-240904-02",
    body=f"""Hello,

It appears that the video {Y3} may have already been taken
down by the uploader, but we have not been able to confirm this yet. We
will update you once we have verified its status.

The YouTube Legal Support Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support holding reply with a hedged status",
    why="'appears ... may have' and 'not able to confirm': a hedge, not a statement.",
    items={Y3: "pending"},
)

case(
    name="yt-says-x-url-not-ours",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 03:33:21 +0000",
    subject="Re: Request KCSC-240903-01",
    body=f"""Hello,

We were copied on your request KCSC-240903-01. The URL
{X11} is not a YouTube URL, and we could not
find this content on YouTube. We have therefore taken no action.

The YouTube Legal Support Team
""",
    outcome="review", review="wrong_platform",
    imitates="YouTube 'this URL is not on our service' reply about another platform's link",
    why="YouTube states a result for an X item: wrong platform, nothing applied.",
    items={X11: "pending"},
)

case(
    name="yt-out-of-office",
    **{"from": "sujin.park@google.com"}, name_from="Sujin Park",
    date="Wed, 04 Sep 2024 09:01:07 +0000",
    subject="Automatic reply: Removal request KCSC-240904-02",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your email. I am out of the office until Monday, 23 September,
with limited access to email.

For urgent legal removal requests, please use the web form at
https://support.google.com/legal/answer/3110420 so that the on-call team
can pick them up.

Sujin Park
Legal Specialist, YouTube Korea
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office auto-reply from a YouTube legal specialist",
    why="Out-of-office auto-reply.",
    items={},
)

# =================================================================== Meta
case(
    name="meta-dsa-decision-ig-post",
    **{"from": "notification@facebookmail.com"}, name_from="Instagram",
    date="Sat, 07 Sep 2024 10:20:44 +0000",
    subject="Decision on your report (Digital Services Act)",
    reply_to_req="req-240905-03",
    body=f"""Decision on your report

Report reference: 771-20240905-KCSC
Your reference: KCSC-240905-03

Content: {M3}
Decision: We removed this content.
Ground: Incompatible with Instagram's Community Guidelines (regulated
goods - gambling).
Was automation used? The decision was made by a human reviewer.

You can learn about your options to appeal at
https://help.instagram.com/280908753126015

Instagram, Meta Platforms Ireland Limited
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram DSA notice-outcome email (decision, ground, automation used, redress)",
    why="One named Instagram post, decision 'we removed this content'.",
    items={M3: "removed"},
)

case(
    name="meta-fb-local-law-qp",
    **{"from": "records@meta.com"}, name_from="Meta Legal Operations",
    date="Mon, 09 Sep 2024 04:02:18 +0000",
    subject="Re: KCSC-240905-03 - Content restriction based on local law",
    reply_to_req="req-240905-03",
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(f"""Dear Sir or Madam,

Based on our review of your report, we restricted access in South Korea to the content at {M1} because it was found to violate local law.

We were unable to locate the content at {M2} . It may have been a private post, or the link may be incorrect; we found no content at this address.

Meta Legal Operations
"""),
    outcome="applied", classification="confirmation",
    imitates="Meta 'content restricted based on local law' reply, quoted-printable (=3D in the URL query)",
    why="Group post restricted in Korea; the permalink could not be located (not_found).",
    items={M1: "restricted", M2: "not_found"},
)

case(
    name="meta-ig-numbered-list",
    **{"from": "no-reply@instagram.com"}, name_from="Instagram",
    date="Tue, 10 Sep 2024 13:27:09 +0000",
    subject="We've reviewed your reports",
    reply_to_req="req-240905-03",
    body=f"""Hi KCSC,

Thanks for your reports (KCSC-240905-03). Here's what happened:

1. {M4}
   We removed this reel because it goes against our Community Guidelines
   on regulated goods.

2. {M5}
   We reviewed this account and found that it doesn't go against our
   Community Guidelines, so we left it up.

The Instagram Team
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram support-inbox report outcomes as a numbered list",
    why="Reel removed; account reviewed and left up (rejected).",
    items={M4: "removed", M5: "rejected"},
)

_meta_rows = [
    (M1, "Removed", "Community Standards: Restricted goods and services"),
    (M3, "Restricted in Korea", "Local law (Korea)"),
    (M4, "Removed", "Community Guidelines: Regulated goods"),
]
case(
    name="meta-html-only-table",
    **{"from": "legal-noreply@meta.com"}, name_from="Meta Content Regulation",
    date="Wed, 11 Sep 2024 02:48:56 +0000",
    subject="Outcome of your request KCSC-240905-03",
    reply_to_req="req-240905-03",
    type="html",
    body="""<html><body style="font-family:Arial">
<p>Dear KCSC,</p>
<p>Please see the outcome for the items listed below.</p>
<table cellspacing="0" cellpadding="6" style="border:1px solid #ccc">
<thead><tr><th>Content</th><th>Action taken</th><th>Basis</th></tr></thead>
<tbody>
""" + "\n".join(f"<tr><td>{u}</td><td>{a}</td><td>{b}</td></tr>" for u, a, b in _meta_rows) + """
</tbody></table>
<p>Meta Content Regulation Team<br>
<a href="https://transparency.meta.com/policies/">Our policies</a></p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Meta content regulation outcome table sent as HTML only",
    why="Three rows: removed, restricted in Korea, removed.",
    items={M1: "removed", M3: "restricted", M4: "removed"},
)

case(
    name="meta-dsa-sor-visibility-restricted",
    **{"from": "notification@facebookmail.com"}, name_from="Instagram",
    date="Thu, 12 Sep 2024 16:05:33 +0000",
    subject="Decision on your report (Digital Services Act)",
    reply_to_req="req-240905-03",
    body=f"""Decision on your report

Your reference: KCSC-240905-03
Content: {M4}

Decision: Access to this content has been restricted in South Korea.
The reel remains available in other countries.
Legal ground: Reported as illegal in South Korea (illegal gambling
advertising).
Was automation used? Automated detection; human decision.

To learn more about how we handle reports under the Digital Services Act,
visit https://www.facebook.com/help/1108390996707127

Meta Platforms Ireland Limited
""",
    outcome="applied", classification="confirmation",
    imitates="Meta DSA statement-of-reasons style decision: restricted in one country",
    why="The named reel was restricted in South Korea.",
    items={M4: "restricted"},
)

case(
    name="meta-bulk-all-removed",
    **{"from": "records@meta.com"}, name_from="Meta Legal Operations",
    date="Fri, 13 Sep 2024 01:12:02 +0000",
    subject="Re: KCSC-240905-03",
    reply_to_req="req-240905-03",
    body="""Hello,

We have completed our review of request KCSC-240905-03 and removed all of the
content you reported from Facebook and Instagram.

Best regards,
Meta Legal Operations
""",
    outcome="review", review="bulk",
    imitates="Meta legal operations closing note covering the whole request",
    why="'removed all of the content' for a five-item request without naming items: bulk.",
    items={M1: "pending", M5: "pending"},
)

case(
    name="meta-request-bounced",
    **{"from": "MAILER-DAEMON@mail.kcsc.example"}, name_from="Mail Delivery System", auth="none",
    date="Thu, 05 Sep 2024 09:03:40 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn_88a1"

--dsn_88a1
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<ip-legal@meta-platform.example>: host mx.meta-platform.example[203.0.113.45]
    said: 550 5.1.1 <ip-legal@meta-platform.example>: Recipient address
    rejected: User unknown (in reply to RCPT TO command)

--dsn_88a1
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kcsc.example
Arrival-Date: Thu,  5 Sep 2024 09:03:38 +0900

Final-Recipient: rfc822; ip-legal@meta-platform.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn_88a1
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: ip-legal@meta-platform.example
Subject: Removal request KCSC-240905-03
Message-ID: <req-240905-03@kcsc.example>

--dsn_88a1--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (5.1.1 user unknown) for our own request",
    why="A bounce of our request: ignored.",
    items={},
)

# =================================================================== TikTok
case(
    name="tiktok-ack-plus-outcomes",
    **{"from": "legal-noreply@tiktok.com"}, name_from="TikTok Legal",
    date="Sun, 08 Sep 2024 07:19:50 +0000",
    subject="TikTok: result of your report KCSC-240906-04",
    reply_to_req="req-240906-04",
    body=f"""Hello,

We have received your report and thank you for helping keep TikTok safe.

We've reviewed the videos you reported and found that they violate local
law in your region. Access to these videos has been restricted in South
Korea:

{T1}
{T2}

The video {T3} has been removed from TikTok for violating our Community
Guidelines on drugs and controlled substances.

TikTok Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal report result (restricted in your region / removed for Community Guidelines)",
    why="Acknowledgement phrase plus unhedged outcomes: two restricted in Korea, one removed.",
    items={T1: "restricted", T2: "restricted", T3: "removed"},
)

_tiktok_csv = f"""reported_url,action,reason
{T1},Removed,Community Guidelines - drugs and controlled substances
{T2},Not found,Video not available at time of review
{T3},No violation,No violation of Community Guidelines or local law
"""
case(
    name="tiktok-csv-attachment",
    **{"from": "lawenforcement@tiktok.com"}, name_from="TikTok Law Enforcement Outreach",
    date="Mon, 09 Sep 2024 10:10:10 +0000",
    subject="KCSC-240906-04 results",
    reply_to_req="req-240906-04",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="tt_mix_301"

--tt_mix_301
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find attached the results of our review for your request
KCSC-240906-04. Each row gives the action taken on one reported URL.

TikTok Law Enforcement Outreach

--tt_mix_301
Content-Type: text/csv; charset=utf-8; name="KCSC-240906-04_results.csv"
Content-Disposition: attachment; filename="KCSC-240906-04_results.csv"
Content-Transfer-Encoding: base64

{b64(_tiktok_csv)}

--tt_mix_301--
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok outreach reply with a CSV results attachment",
    why="CSV rows: removed, not found, no violation (rejected).",
    items={T1: "removed", T2: "not_found", T3: "rejected"},
)

case(
    name="tiktok-wrapped-angle-url",
    **{"from": "minji.oh@bytedance.com"}, name_from="Minji Oh",
    date="Tue, 10 Sep 2024 02:37:25 +0000",
    subject="RE: KCSC-240906-04",
    reply_to_req="req-240906-04",
    body="""Hello KCSC team,

Our moderation team has removed the following video for violating our
Community Guidelines:
<https://www.tiktok.com/@nightjar.kr/video/
7410098877665544303>

Best regards,
Minji Oh
Government Relations & Public Policy, TikTok Korea
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok Korea staff reply with an angle-bracketed URL wrapped over two lines",
    why="One video removed; the URL is wrapped inside angle brackets, as RFC 3986 App. C allows.",
    items={T3: "removed"},
)

case(
    name="tiktok-conditional-under-review",
    **{"from": "legal-noreply@tiktok.com"}, name_from="TikTok Legal",
    date="Sat, 07 Sep 2024 05:55:01 +0000",
    subject="TikTok: your report KCSC-240906-04 is being processed",
    reply_to_req="req-240906-04",
    body=f"""Hello,

Your report about the videos below is currently under review:

{T1}
{T3}

If we find that the videos violate local law, access will be restricted in
South Korea. Content that breaks our Community Guidelines will be removed.
We will update you when we have a decision.

TikTok Legal Team
""",
    outcome="review", review="not_understood",
    imitates="TikTok 'under review' holding notice with conditional outcomes",
    why="Under review plus conditions and promises: no statement, items stay pending.",
    items={T1: "pending", T3: "pending"},
)

case(
    name="tiktok-vendor-unknown-sender",
    **{"from": "trust-ops@clearmod-services.example"}, name_from="ClearMod Trust Ops (for TikTok)",
    date="Wed, 11 Sep 2024 11:11:11 +0000",
    subject="Re: KCSC-240906-04 - actioned",
    auth="pass",
    body=f"""Hi,

We handle content escalations on behalf of TikTok. The following videos have
been removed:

{T1}
{T2}

ClearMod Trust Operations
""",
    outcome="review", review="unknown_sender",
    imitates="Outsourced moderation vendor replying on a platform's behalf",
    why="Sender domain is not TikTok's: unknown sender, nothing applied.",
    items={T1: "pending", T2: "pending"},
)

# =================================================================== Reddit
case(
    name="reddit-safety-removed-and-author-deleted",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit Safety",
    date="Tue, 10 Sep 2024 18:40:02 +0000",
    subject="Re: KCSC-240909-05 - report outcome",
    reply_to_req="req-240909-05",
    body=f"""Hi there,

Thanks for submitting a report to the Reddit admin team.

After investigating, we found that the post at
{R1_RAW}
violated Reddit's rule against involuntary intimate media, and it has been
removed by Reddit's Safety team.

The second link, {R2}, leads to a post that
had already been deleted by its author before we looked at it, so no action
was needed on our side.

Reddit Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit admin report outcome ('after investigating, we've found ... removed')",
    why="First post (raw Korean slug) removed; second already deleted by its author (not_found).",
    items={R1: "removed", R2: "not_found"},
)

case(
    name="reddit-angle-bracket-removed",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Wed, 11 Sep 2024 15:02:40 +0000",
    subject="Reddit Legal - KCSC-240909-05",
    reply_to_req="req-240909-05",
    body=f"""Hello,

The following content has been removed from Reddit pursuant to your request:
<{R2}>.

Regards,
Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal removal confirmation with the URL in angle brackets",
    why="One named post removed.",
    items={R2: "removed"},
)

case(
    name="reddit-ooo-quoting-request",
    **{"from": "d.marsh@reddit.com"}, name_from="Dana Marsh",
    date="Mon, 09 Sep 2024 10:30:00 +0000",
    subject="Out of Office: Removal request KCSC-240909-05",
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""I'm currently out of office and will be back on September 16. For legal
matters, please write to legal@reddit.com.

{quoted_request("KCSC-240909-05", [R1, R2], "On Mon, Sep 9, 2024 at 7:28 PM KCSC Takedown <takedown@kcsc.example> wrote:")}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail vacation responder that quotes the incoming request",
    why="Out-of-office auto-reply; the URLs are only in the quoted request.",
    items={},
)

# =================================================================== Twitch
case(
    name="twitch-vod-removed-no-url",
    **{"from": "safety@twitch.tv"}, name_from="Twitch Safety",
    date="Wed, 11 Sep 2024 20:14:47 +0000",
    subject="Re: KCSC-240910-06 - Twitch enforcement",
    reply_to_req="req-240910-06",
    body="""Hello,

Thank you for your report KCSC-240910-06. We have reviewed the reported VOD
and removed it from Twitch. The channel that published it has also received
an enforcement action under our Community Guidelines.

Twitch Safety Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch safety enforcement reply that does not repeat the URL",
    why="The request has one item, and the reply says the reported VOD was removed.",
    items={TW1: "removed"},
)

case(
    name="twitch-vod-deleted-by-streamer",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    date="Thu, 12 Sep 2024 07:07:07 +0000",
    subject="Twitch Legal: KCSC-240910-06",
    reply_to_req="req-240910-06",
    body=f"""Hi,

The VOD ({TW1}) is no longer available: it was deleted by the streamer
before our team reviewed it. There is nothing left for us to remove.

Twitch Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch legal reply: content already deleted by its creator",
    why="Deleted by the streamer before review: not_found.",
    items={TW1: "not_found"},
)

case(
    name="twitch-zendesk-receipt",
    **{"from": "support@twitch.tv"}, name_from="Twitch Support",
    date="Tue, 10 Sep 2024 09:40:58 +0000",
    subject="[Twitch Support] Re: KCSC-240910-06 (#883201)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""##- Please type your reply above this line -##

Your request (#883201) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

Twitch Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style ticket receipt from a platform support desk",
    why="Pure ticket receipt: ignored.",
    items={},
)

# =================================================================== Pinterest
case(
    name="pinterest-pins-removed-shortlink-invalid",
    **{"from": "legal@pinterest.com"}, name_from="Pinterest Legal",
    date="Fri, 13 Sep 2024 17:22:10 +0000",
    subject="Re: KCSC-240911-07",
    reply_to_req="req-240911-07",
    body=f"""Hi KCSC team,

We've removed the following Pins for violating our Community Guidelines on
non-consensual sexual imagery:

- {P1}
- {P2}

The short link {P3} is invalid: it doesn't lead to a Pin or to any other
content on Pinterest.

Thanks,
Pinterest Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Pinterest legal reply listing removed Pins and an invalid link",
    why="Two Pins removed; the short link is invalid (not_found).",
    items={P1: "removed", P2: "removed", P3: "not_found"},
)

case(
    name="pinterest-one-stays-up",
    **{"from": "no-reply@pinterest.com"}, name_from="Pinterest",
    date="Sat, 14 Sep 2024 03:18:44 +0000",
    subject="We've reviewed your report",
    reply_to_req="req-240911-07",
    body=f"""Hi,

We reviewed the Pin you reported,
{P2}
and found that it doesn't violate our Community Guidelines, so it will stay
up on Pinterest.

Read our Community Guidelines: https://policy.pinterest.com/community-guidelines

- Pinterest
""",
    outcome="applied", classification="confirmation",
    imitates="Pinterest 'we've reviewed your report' decision: no violation",
    why="A refusal with its reason: rejected.",
    items={P2: "rejected"},
)

case(
    name="pinterest-asks-for-court-order",
    **{"from": "legal@pinterest.com"}, name_from="Pinterest Legal",
    date="Thu, 12 Sep 2024 22:45:30 +0000",
    subject="Re: KCSC-240911-07 - additional information needed",
    reply_to_req="req-240911-07",
    body=f"""Hello,

Before we can act on your request KCSC-240911-07, could you please send us
the legal basis for removal under Korean law (the statute or the decision of
the Commission), and confirm that you are authorised to submit it? Once we
receive this, we will review the Pins again.

Pinterest Legal
""",
    outcome="review", review="asks_more",
    classification="request_for_info",
    imitates="Pinterest legal asking for the legal basis before acting",
    why="The platform asks for more information; no item status.",
    items={P1: "pending", P2: "pending", P3: "pending"},
)

# =================================================================== others
case(
    name="snapchat-redirect-no-claims",
    **{"from": "support@snap.com"}, name_from="Snapchat Support",
    date="Sun, 15 Sep 2024 06:00:21 +0000",
    subject="Re: Your message to Snapchat Support",
    body="""Hi there,

Thanks for contacting Snapchat Support. Requests from government agencies
and regulators need to be submitted through our dedicated portal so that our
Law Enforcement Operations team can review them:
https://www.snap.com/safety/safety-enforcement

Messages sent to this inbox are not reviewed by that team.

Snapchat Support
""",
    outcome="review", review="no_claims",
    imitates="Snapchat support redirecting a regulator to the law-enforcement portal",
    why="Trusted platform mail naming no item and no request of ours.",
    items={},
)

case(
    name="discord-ticket-receipt",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 12:12:12 +0000",
    subject="We received your request (Ticket #31877420)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

We've received your request and a ticket (#31877420) has been created. Our
Trust & Safety team will respond as soon as possible. Please do not submit
duplicate reports, as this can slow down our response.

Discord Trust & Safety
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Discord Trust & Safety ticket-created receipt",
    why="Pure acknowledgement with a ticket number.",
    items={},
)

case(
    name="x-delay-dsn",
    **{"from": "postmaster@mail.kcsc.example"}, name_from="Mail Delivery System", auth="none",
    date="Wed, 04 Sep 2024 06:01:55 +0900",
    subject="Delayed Mail (still being retried)",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dly_42"

--dly_42
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.kcsc.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 12 hours.
It will be retried until it is 5 days old.

<legal-kr@x-mirror.example>: connect to mx.x-mirror.example[192.0.2.77]:25:
    Connection timed out

--dly_42
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kcsc.example

Final-Recipient: rfc822; legal-kr@x-mirror.example
Action: delayed
Status: 4.4.1
Will-Retry-Until: Sun, 8 Sep 2024 18:01:55 +0900

--dly_42
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@x-mirror.example
Subject: Removal request KCSC-240903-01
Message-ID: <req-240903-01@kcsc.example>

Please remove the following Posts:
{X1}
{X2}

--dly_42--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delayed-delivery warning (DSN, Action: delayed) returning our request",
    why="A delay DSN; the URLs are in the returned copy of our own request.",
    items={},
)

case(
    name="gmail-impostor-x-support",
    **{"from": "x.legal.support.team@gmail.com"}, name_from="X Legal Support",
    date="Sat, 14 Sep 2024 09:09:09 +0000",
    subject="Re: KCSC-240903-01 removal confirmed",
    body=f"""Dear KCSC,

This is to confirm that the following Posts have been removed:

{X3}
{X4}

X Legal Support Team
""",
    outcome="review", review="unknown_sender",
    imitates="Removal confirmation claiming to be X but sent from a free-mail address",
    why="Not from any platform's domain: unknown sender, nothing applied.",
    items={X3: "pending", X4: "pending"},
)

case(
    name="meta-ig-reel-under-appeal",
    **{"from": "no-reply@instagram.com"}, name_from="Instagram",
    date="Sun, 15 Sep 2024 11:41:00 +0000",
    subject="Update on your report",
    reply_to_req="req-240905-03",
    body=f"""Hi KCSC,

The account owner has appealed our decision on {M4}. While the appeal
is reviewed, the reel may be temporarily unavailable. We'll let you know the
final outcome.

The Instagram Team
""",
    outcome="review", review="not_understood",
    imitates="Instagram notice that an appeal against a decision is under review",
    why="Appeal under review and 'may be temporarily unavailable': hedged, no statement.",
    items={M4: "pending"},
)


HEADER = """# Blind set blind652: English notices from many platforms (X, YouTube, Meta,
# TikTok, Reddit, Twitch, Pinterest; Discord and Snapchat noise).
# Written by make.py from the meaning of each email before any run of the reader.
# Each case is judged alone on a fresh ledger holding requests.csv."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind652", HEADER, CASES)


if __name__ == "__main__":
    main()
