#!/usr/bin/env python3
"""Blind set 532: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Telegram, Twitch, Snapchat, Pinterest).

Written before any run of the reader: every expected result below comes
from the meaning of the email alone. Deterministic:

    python3 tests/corpus/blind532/make.py

rewrites requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import datetime as dt
import email.utils
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind532"


def d(s, off=0):
    """'2024-09-03 11:20:14' at UTC offset `off` hours -> RFC 5322 date."""
    tz = dt.timezone(dt.timedelta(hours=off))
    t = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)
    return email.utils.format_datetime(t)


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- requests
X = [
    "https://x.com/moonlit_ledger/status/1830011122334455001",
    "https://x.com/moonlit_ledger/status/1830011122334455002",
    "https://x.com/pine_harbor77/status/1830098765432100013",
    "https://x.com/pine_harbor77",
    "https://x.com/quietcobalt/status/1830212345678900044",
    "https://twitter.com/quietcobalt/status/1830212345678900045",
    "https://x.com/velvet_dune/status/1830333444555666077",
    "https://x.com/velvet_dune/status/1830333444555666078",
    "https://x.com/amber_sprocket/status/1830444555666777088",
    "https://x.com/hollow_tern/status/1830555666777888099",
    "https://x.com/hollow_tern/status/1830555666777888100",
    "https://x.com/grey_lantern_kr/status/1830666777888999111",
]
YT_CH_RAW = "https://www.youtube.com/@밤길뉴스"
YT = [
    "https://www.youtube.com/watch?v=Qx7fT2mLp0A",
    "https://www.youtube.com/watch?v=bN4rW8eHs3K",
    "https://youtu.be/Zt9cVv1uY6E",
    "https://www.youtube.com/@%EB%B0%A4%EA%B8%B8%EB%89%B4%EC%8A%A4",
]
META = [
    "https://www.facebook.com/groups/4417720011/posts/8812204455",
    "https://www.instagram.com/p/C9xKp2LmQ7a/",
    "https://www.facebook.com/brightmarrow.shop/photos/a.10551/77123400918",
]
TT = [
    "https://www.tiktok.com/@lumen.rafter/video/7410011223344556677",
    "https://www.tiktok.com/@lumen.rafter/video/7410011223344556688",
    "https://www.tiktok.com/@saltmoth_/video/7410099887766554433",
    "https://www.tiktok.com/@saltmoth_/video/7410099887766554444",
    "https://www.tiktok.com/@cinder_kite",
]
RD = [
    "https://www.reddit.com/r/quietmarkets/comments/1f3k9zq/cheap_documents_fast/",
    "https://www.reddit.com/user/ferrous_wick/comments/1f3m2ab/dm_for_list/",
]
DC = ["https://discord.gg/brassowlmarket"]
TG = ["https://t.me/night_ferry_kr/1184", "https://t.me/night_ferry_kr/1190"]

REQ = {
    # ref: (platform, sent_at, due_at, category, message id stem, note, urls)
    "KCSC-240902-01": ("x", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
                       "illegal_gambling", "20240902100000.KCSC-240902-01",
                       'batch of posts and accounts, "casino" promotion', X),
    "KCSC-240904-02": ("youtube", "2024-09-04T09:30:00+09:00", "2024-09-11T18:00:00+09:00",
                       "drug_trade", "20240904093000.KCSC-240904-02",
                       "videos and one channel", YT),
    "KCSC-240905-03": ("meta", "2024-09-05T14:10:00+09:00", "2024-09-12T18:00:00+09:00",
                       "forged_documents", "20240905141000.KCSC-240905-03",
                       "Facebook and Instagram, one request", META),
    "KCSC-240906-04": ("tiktok", "2024-09-06T11:00:00+09:00", "2024-09-13T18:00:00+09:00",
                       "drug_trade", "20240906110000.KCSC-240906-04",
                       "four videos, one account", TT),
    "KCSC-240910-05": ("reddit", "2024-09-10T10:20:00+09:00", "2024-09-17T18:00:00+09:00",
                       "forged_documents", "20240910102000.KCSC-240910-05",
                       "", RD),
    "KCSC-240911-06": ("discord", "2024-09-11T15:00:00+09:00", "2024-09-18T18:00:00+09:00",
                       "illegal_gambling", "20240911150000.KCSC-240911-06",
                       "server invite", DC),
    "KCSC-240912-07": ("telegram", "2024-09-12T09:00:00+09:00", "2024-09-19T18:00:00+09:00",
                       "privacy", "20240912090000.KCSC-240912-07",
                       "channel posts, personal data", TG),
}
MID = {ref: v[4] for ref, v in REQ.items()}


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, (plat, sent, due, cat, mid, note, urls) in REQ.items():
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, f"<{mid}@kcsc.example>", note])


def quoted_request(ref, prefix="> ", urls_override=None):
    plat, sent, due, cat, mid, note, urls = REQ[ref]
    urls = urls_override or urls
    lines = [
        "Dear Sir or Madam,",
        "",
        "The Korea Communications Standards Commission requests that you remove",
        f"or block access to the following content (our reference {ref}):",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += [
        "",
        f"Please let us know the result by {due[:10]}.",
        "",
        "KCSC Takedown Team",
    ]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ X
case(
    name="x-legal-withheld-and-removed-list",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome email (Country Withheld Content notice, grouped numbered lists)",
    why="two posts and an account withheld in Korea, one post removed under the X Rules; the rest said to be still assessed (not named)",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d("2024-09-05 08:12:40"), reply_to_req=MID["KCSC-240902-01"],
    subject="Re: [KCSC-240902-01] Legal request to remove content - Case 0912-KR-55120",
    body=f"""
Hello,

Thank you for your request dated 2 September 2024 (your reference
KCSC-240902-01). We have reviewed the reported content against the X Rules
and the applicable laws of the Republic of Korea, and have taken the
following actions.

Withheld in South Korea (Country Withheld Content):
1. {X[0]}
2. {X[1]}
3. {X[3]} (entire account)

Removed for violating the X Rules (Illegal or certain regulated goods or
services):
4. {X[2]}

The remaining URLs in your request are still being assessed and we will
write to you separately about them.

The affected account holders have been notified in line with our user
notice policy. More information about withheld content is available at
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    items={X[0]: "restricted", X[1]: "restricted", X[3]: "restricted", X[2]: "removed"},
)

case(
    name="x-declined-no-legal-basis",
    outcome="applied", classification="confirmation",
    imitates="X legal team refusal: no violation of the X Rules and insufficient legal analysis",
    why="both quietcobalt posts reviewed and declined with a reason: rejected; the invitation to resubmit is optional",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d("2024-09-06 02:45:10"), reply_to_req=MID["KCSC-240902-01"],
    subject="Re: [KCSC-240902-01] Legal request to remove content - Case 0912-KR-55121",
    body=f"""
Hello,

We write regarding your request KCSC-240902-01.

After careful review we have decided not to take action on the following
posts:

  {X[4]}
  {X[5]}

These posts do not violate the X Rules, and the request does not identify
the specific provision of Korean law that the content is said to breach.
On that basis X has declined to withhold them, and they remain available.

If you have further legal analysis you would like us to consider, you may
submit a new request through our legal request portal.

Regards,
X Legal
""",
    items={X[4]: "rejected", X[5]: "rejected"},
)

case(
    name="x-bare-url-action-line-below",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome summary with one block per URL (URL line, then Action line)",
    why="each URL followed on the next line by its action: withheld in KR, removed, post no longer exists",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d("2024-09-06 09:30:00"), reply_to_req=MID["KCSC-240902-01"],
    subject="Outcome of legal request KCSC-240902-01 (partial)",
    body=f"""
Outcome of legal request - KCSC-240902-01 (partial)

{X[6]}
Action: Withheld in KR

{X[7]}
Action: Removed - violation of the X Rules

{X[8]}
Action: None - the post no longer exists on X (deleted by the account owner)

Case reference: 0912-KR-55120
X Legal
""",
    items={X[6]: "restricted", X[7]: "removed", X[8]: "not_found"},
)

case(
    name="x-staff-top-posted-gmail-quote",
    outcome="applied", classification="confirmation",
    imitates="X trust-and-safety staff reply top-posted over a Gmail-quoted request",
    why="top text: one hollow_tern post removed, the other already deleted by its user; the quoted 12-URL request says nothing",
    **{"from": "dwhitcombe@x.com"}, name_from="Daniel Whitcombe",
    date=d("2024-09-09 07:02:31"), reply_to_req=MID["KCSC-240902-01"],
    subject="Re: KCSC-240902-01 removal request",
    body=f"""
Hi team,

Quick update on two of the links. The post
{X[9]} has been removed for violating our rules.
The other one, {X[10]}, had already been deleted by
the user before we got to it, so there was nothing left for us to action.

Best,
Daniel

On Mon, Sep 2, 2024 at 10:04 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240902-01")}
""",
    items={X[9]: "removed", X[10]: "not_found"},
)

rows = [
    (X[0], "Withheld", "South Korea"),
    (X[1], "Withheld", "South Korea"),
    (X[2], "Removed", "Global"),
    (X[3], "Account withheld", "South Korea"),
    (X[4], "No action (no violation found)", "-"),
    (X[5], "No action (no violation found)", "-"),
    (X[6], "Removed", "Global"),
    (X[7], "Removed", "Global"),
    (X[8], "Not found", "-"),
    (X[9], "Under review", "-"),
    (X[10], "Not found", "-"),
    (X[11], "Withheld", "South Korea"),
]
trs = "\n".join(
    f'<tr><td>{i}</td><td><a href="{u}">{u}</a></td><td>{a}</td><td>{s}</td></tr>'
    for i, (u, a, s) in enumerate(rows, 1)
)
case(
    name="x-html-table-full-request",
    outcome="applied", classification="confirmation",
    imitates="X legal request closure report as an HTML table (URL, action, scope)",
    why="12-row table: withheld rows restricted, removed rows removed, 'No action (no violation found)' rejected, 'Not found' not_found, 'Under review' stays pending",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d("2024-09-12 05:40:00"), reply_to_req=MID["KCSC-240902-01"],
    subject="[KCSC-240902-01] Summary of actions taken",
    type="html",
    body=f"""
<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Below is a summary of the actions X has taken on your request
<b>KCSC-240902-01</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>#</th><th>Reported URL</th><th>Action taken</th><th>Scope</th></tr>
{trs}
</table>
<p>Items marked &quot;Under review&quot; will be covered in a later message.</p>
<p>For details on how X handles legal requests, see
<a href="https://help.x.com/en/rules-and-policies/x-legal-faqs">Legal request FAQs</a>.</p>
<p>X Legal</p>
</body></html>
""",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "removed", X[3]: "restricted",
           X[4]: "rejected", X[5]: "rejected", X[6]: "removed", X[7]: "removed",
           X[8]: "not_found", X[9]: "pending", X[10]: "not_found", X[11]: "restricted"},
)

qp_body = f"""Hello,

Regarding your reference KCSC-240902-01: in response to your legal demand, the post at {X[11]} has been withheld in South Korea. It remains visible in other countries.

The account holder has been notified.

X Korea Legal (엑스 코리아 법무팀)
"""
case(
    name="x-quoted-printable-withheld",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld notice sent quoted-printable with long unwrapped lines",
    why="QP soft line breaks inside the sentence; grey_lantern_kr post withheld in South Korea",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d("2024-09-10 01:15:00"), reply_to_req=MID["KCSC-240902-01"],
    subject="Re: [KCSC-240902-01] post withheld",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(qp_body),
    items={X[11]: "restricted"},
)

case(
    name="x-korea-staff-korean-particle",
    outcome="applied", classification="confirmation",
    imitates="X Korea staff follow-up mixing English and Korean, URL directly followed by a Korean particle",
    why="amber_sprocket post: 국내 접속 제한 (restricted); grey_lantern_kr post removed globally",
    **{"from": "jpark@x.com"}, name_from="Ji-won Park",
    date=d("2024-09-11 03:20:00"), reply_to_req=MID["KCSC-240902-01"],
    subject="RE: KCSC-240902-01 follow-up",
    body=f"""
안녕하세요, KCSC 담당자님.

Follow-up on KCSC-240902-01:

{X[8]}에 대해서는 국내 접속 제한(withheld in KR) 조치를 완료했습니다.
The post {X[11]} was removed globally for breaching the X Rules.

Thanks,
Ji-won Park | X Korea, Legal
""",
    items={X[8]: "restricted", X[11]: "removed"},
)

case(
    name="x-dsa-style-statement-of-reasons",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons, one block per item (content, decision, ground, automation, redress)",
    why="item 1 visibility restriction in the Republic of Korea (restricted), item 2 removal of content (removed)",
    **{"from": "dsa-notices@x.com"}, name_from="X",
    date=d("2024-09-13 10:00:00"), reply_to_req=MID["KCSC-240902-01"],
    subject="Statement of reasons - your notice KCSC-240902-01",
    body=f"""
Statement of reasons

This message explains the decisions X has taken on the notice you
submitted (reference KCSC-240902-01).

Item 1 of 2
Content: {X[4]}
Decision: Visibility restriction - content withheld in the Republic of Korea
Ground: Illegal content under national law (Republic of Korea)
Facts and circumstances: notice submitted by a government authority
Automated means used in detection: No
Automated means used in decision: No

Item 2 of 2
Content: {X[5]}
Decision: Removal of content
Ground: Incompatible with terms and conditions (X Rules - Illegal or
certain regulated goods or services)
Automated means used in detection: No
Automated means used in decision: No

Redress: the account holder may appeal these decisions through X's internal
complaint-handling system. Details: https://help.x.com/en/forms/dsa-appeal
""",
    items={X[4]: "restricted", X[5]: "removed"},
)

case(
    name="x-forged-dmarc-fail",
    outcome="review", review="untrusted",
    imitates="spoofed 'X Legal' message failing DKIM/SPF/DMARC, asking to 'confirm' via a link",
    why="claims removals from x.com but authentication fails: nothing applied",
    **{"from": "legal@x.com"}, name_from="X Legal Team", auth="fail",
    date=d("2024-09-07 16:44:12"),
    subject="KCSC-240902-01: content removed - confirm receipt",
    body=f"""
Dear KCSC,

We have removed the following posts from X:

{X[0]}
{X[1]}
{X[2]}

To confirm receipt and close the case, sign in at
https://x-legal-portal.example/confirm?case=0912KR

X Legal Team
""",
    items={X[0]: "pending", X[1]: "pending", X[2]: "pending"},
)

case(
    name="x-promise-will-withhold",
    outcome="review", review="not_understood",
    imitates="X legal interim reply announcing an intended action before it takes effect",
    why="'will be withheld ... we will confirm once in effect' is a promise, not a statement",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d("2024-09-04 06:00:00"), reply_to_req=MID["KCSC-240902-01"],
    subject="Re: [KCSC-240902-01] Legal request to remove content",
    body=f"""
Hello,

Thanks for your request. Our team has assessed the two velvet_dune posts
below and they will be withheld in South Korea shortly. We will confirm
once the action is in effect.

- {X[6]}
- {X[7]}

Regards,
X Legal
""",
    items={X[6]: "pending", X[7]: "pending"},
)

# ================================================================ YouTube
case(
    name="yt-legal-outcome-removed-and-blocked",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome: removed globally under Community Guidelines / blocked in country under local law",
    why="first video removed globally, two others blocked in South Korea",
    **{"from": "legal-support-noreply@google.com"}, name_from="YouTube Legal Support",
    date=d("2024-09-06 12:31:00"), reply_to_req=MID["KCSC-240904-02"],
    subject="Re: [KCSC-240904-02] Legal removal request - Outcome [2-1234000045678]",
    body=f"""
Hello,

Thanks for reaching out to us.

Following review of your request, we have removed the following video
globally for violating YouTube's Community Guidelines:
- {YT[0]}

Based on local law, we have blocked the following content from view on
YouTube in South Korea:
- {YT[1]}
- {YT[2]}

Regards,
The YouTube Team
""",
    items={YT[0]: "removed", YT[1]: "restricted", YT[2]: "restricted"},
)

case(
    name="yt-channel-terminated-korean-handle",
    outcome="applied", classification="confirmation",
    imitates="YouTube channel termination notice naming the channel by its (Korean) handle URL",
    why="the channel written with a raw Korean handle was terminated: removed (matches the percent-encoded request URL)",
    **{"from": "legal-support-noreply@google.com"}, name_from="YouTube Legal Support",
    date=d("2024-09-07 01:05:00"), reply_to_req=MID["KCSC-240904-02"],
    subject="Re: [KCSC-240904-02] Legal removal request [2-1234000045678]",
    body=f"""
Hello,

We're writing to let you know that the YouTube channel
{YT_CH_RAW} has been terminated for repeated violations of our
Community Guidelines. The channel and its videos are no longer available
on YouTube.

We'll follow up separately on the other items in your request.

Sincerely,
The YouTube Team
""",
    items={YT[3]: "removed"},
)

case(
    name="yt-actioned-under-policies",
    outcome="applied", classification="confirmation",
    imitates="short Google legal desk reply using the 'actioned under our policies' wording",
    why="youtu.be video 'has been actioned under our policies' (configured removed phrase)",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    date=d("2024-09-08 23:50:00"), reply_to_req=MID["KCSC-240904-02"],
    subject="Re: KCSC-240904-02",
    body=f"""
Hi,

The following content has been actioned under our policies:
{YT[2]}

No further action is required from you for this URL.

Google Legal Support
""",
    items={YT[2]: "removed"},
)

case(
    name="yt-no-violation-remains-available",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply declining a removal: no guideline violation and no sufficient legal basis",
    why="video reviewed, no violation and no legal basis: 'we are not taking action', remains available: rejected",
    **{"from": "legal-support-noreply@google.com"}, name_from="YouTube Legal Support",
    date=d("2024-09-09 04:12:00"), reply_to_req=MID["KCSC-240904-02"],
    subject="Re: [KCSC-240904-02] Legal removal request - Outcome [2-1234000045679]",
    body=f"""
Hello,

We have reviewed {YT[1]} in light of your request.

The video does not violate our Community Guidelines, and we did not find
sufficient legal basis to remove or restrict it under the law cited in your
request. We are therefore not taking action, and the video remains
available on YouTube.

If you obtain a court order concerning this content, you can submit it
through our legal help centre.

Regards,
The YouTube Team
""",
    items={YT[1]: "rejected"},
)

case(
    name="yt-gmail-quoted-followup",
    outcome="applied", classification="confirmation",
    imitates="Google legal specialist's short Gmail reply over the quoted request",
    why="only bN4rW8eHs3K named in the reply text as removed; the quoted list of four says nothing",
    **{"from": "mhalvorsen@google.com"}, name_from="Maren Halvorsen",
    date=d("2024-09-10 02:00:00"), reply_to_req=MID["KCSC-240904-02"],
    subject="Re: KCSC-240904-02 request to remove content",
    body=f"""
Hi KCSC team,

Thanks for following up. We've now removed the video
{YT[1]} from YouTube.

Best regards,
Maren
Google Legal Removals

On Wed, Sep 4, 2024 at 9:31 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240904-02", urls_override=[YT[0], YT[1], YT[2], YT_CH_RAW])}
""",
    items={YT[1]: "removed"},
)

yt_text = f"""Hello,

We have completed our review of your request KCSC-240904-02.

- {YT[0]} : age-restricted (viewers must be signed in and 18 or older)
- {YT_CH_RAW} : channel blocked in South Korea based on local law

The YouTube Team
"""
yt_html = f"""<html><body>
<p>Hello,</p>
<p>We have completed our review of your request KCSC-240904-02.</p>
<ul>
<li><a href="{YT[0]}">{YT[0]}</a> : age-restricted (viewers must be signed in and 18 or older)</li>
<li><a href="{YT[3]}">{YT_CH_RAW}</a> : channel blocked in South Korea based on local law</li>
</ul>
<p>The YouTube Team</p>
</body></html>
"""
case(
    name="yt-multipart-age-restricted-and-blocked",
    outcome="applied", classification="confirmation",
    imitates="YouTube outcome mail in multipart/alternative (text and HTML), age restriction and country block",
    why="video age-restricted and channel blocked in Korea: both restricted",
    **{"from": "legal-support-noreply@google.com"}, name_from="YouTube Legal Support",
    date=d("2024-09-11 06:00:00"), reply_to_req=MID["KCSC-240904-02"],
    subject="[KCSC-240904-02] Outcome of your request",
    raw_mime=(
        'Content-Type: multipart/alternative; boundary="yt-alt-0911"\n\n'
        "--yt-alt-0911\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
        + b64(yt_text)
        + "\n--yt-alt-0911\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
        + b64(yt_html)
        + "\n--yt-alt-0911--\n"
    ),
    items={YT[0]: "restricted", YT[3]: "restricted"},
)

case(
    name="yt-hedge-may-have-been-removed",
    outcome="review", review="not_understood",
    imitates="YouTube support interim reply with a hedge and 'still under review'",
    why="'may have already been taken down' is a hedge and the rest is under review: nothing applied",
    **{"from": "legal-support-noreply@google.com"}, name_from="YouTube Legal Support",
    date=d("2024-09-05 08:00:00"), reply_to_req=MID["KCSC-240904-02"],
    subject="Re: [KCSC-240904-02] Legal removal request [2-1234000045678]",
    body=f"""
Hello,

Thanks for your patience. It looks like the video
{YT[0]} may have already been taken down by the uploader;
we are checking this. The other URLs in your request are still under
review and we'll get back to you as soon as we can.

Regards,
The YouTube Team
""",
    items={YT[0]: "pending"},
)

case(
    name="yt-noreply-unmonitored-autoreply",
    outcome="ignored", classification="auto_reply",
    imitates="Google 'this mailbox is not monitored' automatic answer",
    why="automatic reply, names no item, states nothing",
    **{"from": "no-reply@google.com"}, name_from="Google",
    date=d("2024-09-04 00:31:05"), reply_to_req=MID["KCSC-240904-02"],
    subject="Automatic reply: KCSC-240904-02 request to remove content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
This is an automated message. This mailbox is not monitored and replies
sent to it are not read.

To submit a legal request about content on YouTube, please use the web form
at https://support.google.com/legal/answer/3110420 . Requests sent by email
to this address are not processed.

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
    items={},
)

case(
    name="yt-forwarded-by-colleague",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="a KCSC colleague forwarding YouTube's outcome from a personal mailbox",
    why="the statement is inside a forward from our own staff, not from YouTube's domain: review, nothing applied",
    **{"from": "sykim@kcsc.example"}, name_from="Kim Soyeon",
    date=d("2024-09-12 01:10:00", 9),
    subject="Fwd: [KCSC-240904-02] Outcome of your request",
    body=f"""
FYI - this came to my own address instead of the takedown box.

Soyeon

---------- Forwarded message ---------
From: YouTube Legal Support <legal-support-noreply@google.com>
Date: Wed, Sep 11, 2024 at 11:58 PM
Subject: [KCSC-240904-02] Outcome of your request
To: Kim Soyeon <sykim@kcsc.example>

Hello,

We have removed the video {YT[0]} for violating our
Community Guidelines.

The YouTube Team
""",
    items={YT[0]: "pending"},
)

# ================================================================ Meta
case(
    name="meta-dsa-decision-notice",
    outcome="applied", classification="confirmation",
    imitates="Meta decision notice for a DSA illegal-content report (content, decision, reason, scope blocks)",
    why="Instagram post removed everywhere; Facebook group post restricted in South Korea under local law",
    **{"from": "notification@support.facebookmail.com"}, name_from="Meta",
    date=d("2024-09-09 13:45:00"), reply_to_req=MID["KCSC-240905-03"],
    subject="Decision on your report KCSC-240905-03",
    body=f"""
Hi,

We've reviewed the content you reported to us under the Digital Services
Act and other applicable law. Here is what we decided.

Content: {META[1]}
Decision: Removed
Reason: It goes against our Community Standards on restricted goods and
services.
Scope: This content is no longer available anywhere on Instagram.

Content: {META[0]}
Decision: Restricted in your country
Reason: Local law (Republic of Korea). It doesn't go against our Community
Standards, but we have limited access to it in South Korea.

You can learn more about how we review reports in the Transparency Center:
https://transparency.meta.com/enforcement/taking-action/

Meta Content Review
""",
    items={META[1]: "removed", META[0]: "restricted"},
)

meta_b64 = f"""Hello,

Thank you for your report (KCSC-240905-03).

We could not act on {META[2]} : the photo was deleted by the Page that posted it before our review, so it is no longer on Facebook.

We will reply about the other items in your report separately.

Meta Legal Operations
"""
case(
    name="meta-base64-deleted-by-page",
    outcome="applied", classification="confirmation",
    imitates="Meta legal operations reply encoded in base64 (Salesforce-style case mail)",
    why="photo deleted by the Page itself before review: not_found",
    **{"from": "legal-ops@meta.com"}, name_from="Meta Legal Operations",
    date=d("2024-09-10 09:00:00"), reply_to_req=MID["KCSC-240905-03"],
    subject="Case 00918273 - KCSC-240905-03 [ ref:_00D1x.5003aXYZ:ref ]",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(meta_b64),
    items={META[2]: "not_found"},
)

case(
    name="meta-outlook-top-posted",
    outcome="applied", classification="confirmation",
    imitates="Meta legal staff reply from Outlook over '-----Original Message-----'",
    why="Instagram post restricted in South Korea; Facebook photo stays up with a reason (rejected); quoted request ignored",
    **{"from": "pnair@meta.com"}, name_from="Priya Nair",
    date=d("2024-09-11 16:20:00"), reply_to_req=MID["KCSC-240905-03"],
    subject="RE: KCSC-240905-03 request to remove content",
    body=f"""
Hello,

We have restricted the Instagram post {META[1]} in
South Korea based on local law.

The photo at {META[2]} remains up: it does not
break our Community Standards and, on the information provided, we did not
find it to be unlawful.

Kind regards,
Priya Nair
Legal Operations, Meta Platforms Ireland

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 2:10 PM
To: legal-requests@meta.com
Subject: KCSC-240905-03 request to remove content

{quoted_request("KCSC-240905-03", prefix="")}
""",
    items={META[1]: "restricted", META[2]: "rejected"},
)

case(
    name="meta-all-reported-content-removed",
    outcome="review", review="bulk",
    imitates="Meta generic outcome: 'we removed the content you reported' without naming items",
    why="one statement about all three items of KCSC-240905-03 without naming each: bulk",
    **{"from": "notification@support.facebookmail.com"}, name_from="Meta",
    date=d("2024-09-08 11:00:00"), reply_to_req=MID["KCSC-240905-03"],
    subject="Update on your report KCSC-240905-03",
    body="""
Hi,

Thanks for your report KCSC-240905-03. We've removed all of the content
you reported because it goes against our Community Standards.

We appreciate you helping keep our community safe.

Meta Content Review
""",
    items={META[0]: "pending", META[1]: "pending", META[2]: "pending"},
)

mdn_text = """Your message

  To: legal-requests@meta.com
  Subject: KCSC-240905-03 request to remove content
  Sent: Thursday, September 5, 2024 2:10:00 PM (UTC+09:00) Seoul

was read on Thursday, September 5, 2024 4:02:11 PM (UTC+09:00) Seoul.
"""
case(
    name="meta-outlook-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (multipart/report, disposition-notification)",
    why="MDN: the request was read, nothing about any item",
    **{"from": "pnair@meta.com"}, name_from="Priya Nair",
    date=d("2024-09-05 07:02:11"),
    subject="Read: KCSC-240905-03 request to remove content",
    raw_mime=(
        'Content-Type: multipart/report; report-type=disposition-notification;\n'
        '\tboundary="mdn-0905"\n\n'
        "--mdn-0905\nContent-Type: text/plain; charset=utf-8\n\n"
        + mdn_text
        + "\n--mdn-0905\nContent-Type: message/disposition-notification\n\n"
        "Reporting-UA: outlook.meta.com; Microsoft Outlook 16.0\n"
        "Final-Recipient: rfc822;pnair@meta.com\n"
        f"Original-Message-ID: <{MID['KCSC-240905-03']}@kcsc.example>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n"
        "\n--mdn-0905--\n"
    ),
    items={},
)

# ================================================================ TikTok
case(
    name="tiktok-government-request-outcomes",
    outcome="applied", classification="confirmation",
    imitates="TikTok government removal request response with bulleted outcome groups",
    why="two videos removed, one restricted in South Korea, account banned (removed), one not actioned for lack of violation (rejected)",
    **{"from": "gov-requests@tiktok.com"}, name_from="TikTok Government Relations",
    date=d("2024-09-10 07:30:00"), reply_to_req=MID["KCSC-240906-04"],
    subject="RE: Removal request KCSC-240906-04 [TT-GR-2409-11873]",
    body=f"""
Dear KCSC,

Thank you for your removal request KCSC-240906-04. After review, we have
taken the actions below.

* Removed for violating our Community Guidelines:
  - {TT[0]}
  - {TT[1]}
* Restricted in South Korea under local law (no Community Guidelines
  violation found):
  - {TT[2]}
* Account banned:
  - {TT[4]}
* Not actioned - we did not find a violation of our Community Guidelines
  or of applicable law:
  - {TT[3]}

Kind regards,
TikTok Government Relations
""",
    items={TT[0]: "removed", TT[1]: "removed", TT[2]: "restricted",
           TT[4]: "removed", TT[3]: "rejected"},
)

tt_csv = "request_ref,url,outcome,scope,notes\n" + "\n".join([
    f"KCSC-240906-04,{TT[0]},Restricted,KR,Local law",
    f"KCSC-240906-04,{TT[2]},Removed,Global,Community Guidelines - illegal activities",
    f'KCSC-240906-04,{TT[4]},No violation,,"Reviewed, content remains available"',
]) + "\n"
case(
    name="tiktok-csv-attachment-results",
    outcome="applied", classification="confirmation",
    imitates="TikTok law-enforcement response with a CSV outcome sheet attached",
    why="CSV rows: one video restricted in KR, one removed globally, the account not violating (rejected)",
    **{"from": "gov-requests@tiktok.com"}, name_from="TikTok Government Relations",
    date=d("2024-09-12 03:10:00"), reply_to_req=MID["KCSC-240906-04"],
    subject="RE: Removal request KCSC-240906-04 - results attached",
    raw_mime=(
        'Content-Type: multipart/mixed; boundary="tt-mix-0912"\n\n'
        "--tt-mix-0912\nContent-Type: text/plain; charset=utf-8\n\n"
        "Dear KCSC,\n\nPlease find attached the outcome for each URL we have\n"
        "completed so far in request KCSC-240906-04.\n\nKind regards,\nTikTok Government Relations\n"
        "\n--tt-mix-0912\nContent-Type: text/csv; charset=utf-8; name=\"KCSC-240906-04_results.csv\"\n"
        "Content-Disposition: attachment; filename=\"KCSC-240906-04_results.csv\"\n"
        "Content-Transfer-Encoding: base64\n\n"
        + b64(tt_csv)
        + "\n--tt-mix-0912--\n"
    ),
    items={TT[0]: "restricted", TT[2]: "removed", TT[4]: "rejected"},
)

case(
    name="tiktok-ack-phrase-plus-outcomes",
    outcome="applied", classification="confirmation",
    imitates="TikTok support reply opening with a receipt phrase, each statement followed by its URL on the next line",
    why="not a mere acknowledgement: one video removed, one could not be located (not_found)",
    **{"from": "safety-support@tiktok.com"}, name_from="TikTok Support",
    date=d("2024-09-09 10:05:00"), reply_to_req=MID["KCSC-240906-04"],
    subject="Re: KCSC-240906-04",
    body=f"""
Hi there,

Thanks for your report - we received it on 6 September and our review is
now complete.

The following video was removed because it violates our Community
Guidelines on regulated goods and commercial activities:
{TT[1]}

We were unable to locate the following video. The link returns no content
and there is no record of it on TikTok:
{TT[3]}

TikTok Support
""",
    items={TT[1]: "removed", TT[3]: "not_found"},
)

case(
    name="tiktok-wrapped-angle-bracket-urls",
    outcome="applied", classification="confirmation",
    imitates="TikTok staff plain-text reply with URLs in angle brackets, one wrapped across lines",
    why="video (URL wrapped inside <...>) removed and account banned: both removed",
    **{"from": "hwei@tiktok.com"}, name_from="Hannah Wei",
    date=d("2024-09-13 02:40:00"), reply_to_req=MID["KCSC-240906-04"],
    subject="Re: Removal request KCSC-240906-04 [TT-GR-2409-11873]",
    body="""
Dear KCSC team,

Following up on KCSC-240906-04: we have removed the video <https://www.tiktok.com/@saltmoth_/video/
7410099887766554444> and permanently banned the account
<https://www.tiktok.com/@cinder_kite>.

Best,
Hannah Wei
Government Relations, TikTok
""",
    items={TT[3]: "removed", TT[4]: "removed"},
)

case(
    name="tiktok-bulk-all-actioned",
    outcome="review", review="bulk",
    imitates="TikTok closing mail: all listed videos removed or restricted 'as appropriate'",
    why="one statement about all five items without saying which got what: bulk, items pending",
    **{"from": "gov-requests@tiktok.com"}, name_from="TikTok Government Relations",
    date=d("2024-09-08 05:00:00"), reply_to_req=MID["KCSC-240906-04"],
    subject="RE: Removal request KCSC-240906-04 [TT-GR-2409-11873] - closed",
    body="""
Dear KCSC,

We have completed our review of request KCSC-240906-04. All of the content
listed in your request has been removed or restricted as appropriate, and
this case is now closed.

Kind regards,
TikTok Government Relations
""",
    items={u: "pending" for u in TT},
)

case(
    name="tiktok-report-received-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok web-form receipt ('we've received your report', reference number)",
    why="pure acknowledgement with a ticket number, no statement about any item",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    date=d("2024-09-06 02:01:09"), reply_to_req=MID["KCSC-240906-04"],
    subject="We've received your report [TT-GR-2409-11873]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

We've received your report (KCSC-240906-04). Your reference number is
TT-GR-2409-11873.

Our team will review it and contact you if we need more information.
Please do not reply to this email.

TikTok
""",
    items={},
)

case(
    name="tiktok-lookalike-domain",
    outcome="review", review="unknown_sender",
    imitates="message from a look-alike 'TikTok compliance' domain claiming removals",
    why="sender domain is not TikTok's: no status changes",
    **{"from": "safety@tiktok-compliance-desk.com"}, name_from="TikTok Trust & Safety",
    date=d("2024-09-09 18:30:00"),
    subject="KCSC-240906-04 - content removed",
    body=f"""
Dear Commission,

We are pleased to confirm that the following videos were removed:
{TT[0]}
{TT[2]}

For faster handling of future requests, register at our partner portal.

TikTok Trust & Safety (Compliance Desk)
""",
    items={TT[0]: "pending", TT[2]: "pending"},
)

# ================================================================ Reddit
case(
    name="reddit-removed-and-author-deleted",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal/safety reply in prose",
    why="subreddit post removed; profile post deleted by its author before review: not_found",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date=d("2024-09-12 20:15:00"), reply_to_req=MID["KCSC-240910-05"],
    subject="Re: KCSC-240910-05",
    body=f"""
Hi there,

Thanks for reaching out. We've removed
{RD[0]} for violating Reddit's rules against
facilitating illegal transactions.

The second link you sent
({RD[1]}) was deleted by its
author before we reviewed your report, so no action was needed on our side.

Reddit Legal
""",
    items={RD[0]: "removed", RD[1]: "not_found"},
)

case(
    name="reddit-angle-brackets-result-lines",
    outcome="applied", classification="confirmation",
    imitates="Reddit safety team result list with URLs in angle brackets",
    why="first post removed by Reddit; second not removed because it breaks no rule: rejected",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit Safety",
    date=d("2024-09-13 17:00:00"), reply_to_req=MID["KCSC-240910-05"],
    subject="Result of your report KCSC-240910-05",
    body=f"""
Result of your report:

<{RD[0]}> - Removed by Reddit Safety
<{RD[1]}> - Not removed. After review, this post does not violate the Reddit Rules.

You can read the Reddit Rules at https://redditinc.com/policies/content-policy

- Reddit Safety
""",
    items={RD[0]: "removed", RD[1]: "rejected"},
)

case(
    name="reddit-asks-for-legal-order",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Reddit legal asking a government requester for the legal basis / order",
    why="asks for the order and the legal provision before acting; nothing stated about the items",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date=d("2024-09-11 22:00:00"), reply_to_req=MID["KCSC-240910-05"],
    subject="Re: KCSC-240910-05 - additional information needed",
    body="""
Hello,

Thank you for your request KCSC-240910-05. Before we can evaluate it,
please send us:

1. a copy of the order or decision on which the request is based, and
2. the specific provision of Korean law that the content is alleged to
   violate.

Once we have this information we will review the two posts you listed.

Reddit Legal
""",
    items={},
)

case(
    name="reddit-moderator-from-gmail",
    outcome="review", review="unknown_sender",
    imitates="a volunteer subreddit moderator replying from a personal address",
    why="not Reddit's domain; a moderator's removal claim is not the platform's statement",
    **{"from": "quietmarkets.mods@gmail.com"}, name_from="r/quietmarkets mod team",
    date=d("2024-09-11 04:30:00"),
    subject="Re: KCSC-240910-05",
    body=f"""
Hi,

I'm one of the moderators of r/quietmarkets. Someone forwarded your notice
to us. I removed the thread
{RD[0]} and banned the user from our
community.

Cheers,
u/tallow_finch
""",
    items={RD[0]: "pending"},
)

# ================================================================ Discord
case(
    name="discord-server-removed-single-item",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety closing mail for a report ('the server has been removed')",
    why="request of one item; 'the server you reported has been removed from Discord' applies to it",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date=d("2024-09-13 21:00:00"), reply_to_req=MID["KCSC-240911-06"],
    subject="Re: [KCSC-240911-06] Report of a server - Ticket #41877206",
    body="""
Hi there,

Thanks for your report (KCSC-240911-06). Our Safety team investigated the
server you reported, and it has been removed from Discord for violating
our Community Guidelines.

Thanks for helping keep Discord safe.

Discord Trust & Safety
""",
    items={DC[0]: "removed"},
)

case(
    name="discord-invite-invalid",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety reply: invite invalid or expired, server not identifiable",
    why="invalid/expired invite, server could not be located: not_found",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date=d("2024-09-12 19:45:00"), reply_to_req=MID["KCSC-240911-06"],
    subject="Re: [KCSC-240911-06] Report of a server - Ticket #41877206",
    body=f"""
Hello,

The invite link {DC[0]} is invalid or has expired,
and we were unable to identify any server associated with it.

If you come across this community again, feel free to send us a new
report with message links or a server ID.

Discord Trust & Safety
""",
    items={DC[0]: "not_found"},
)

case(
    name="discord-staff-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Discord staff out-of-office automatic reply",
    why="out-of-office auto-reply, nothing about the item",
    **{"from": "rtorres@discord.com"}, name_from="Rafael Torres",
    date=d("2024-09-11 06:00:30"), reply_to_req=MID["KCSC-240911-06"],
    subject="Automatic reply: [KCSC-240911-06] Report of a server",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Hi,

I'm out of the office until Monday, September 23, with limited access to
email. For urgent legal matters please write to legal@discord.com.

Thanks,
Rafael
""",
    items={},
)

# ================================================================ Telegram
case(
    name="telegram-blocked-and-country-restricted",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with scheme-less t.me links and a case number",
    why="post 1184 blocked (removed); post 1190 made unavailable in South Korea (restricted)",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d("2024-09-14 11:00:00"), reply_to_req=MID["KCSC-240912-07"],
    subject="Re: KCSC-240912-07 [Case #40021877]",
    body="""
Hello,

Thank you for your report. Case #40021877.

t.me/night_ferry_kr/1184 - blocked for violating Telegram's Terms of Service.
t.me/night_ferry_kr/1190 - made unavailable for users in South Korea.

Telegram Abuse Team
""",
    items={TG[0]: "removed", TG[1]: "restricted"},
)

case(
    name="telegram-conditional-block",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk interim reply: administrators contacted, block if not removed",
    why="a conditional promise ('if not taken down ... we will block'): items stay pending",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d("2024-09-13 08:00:00"), reply_to_req=MID["KCSC-240912-07"],
    subject="Re: KCSC-240912-07 [Case #40021877]",
    body=f"""
Hello,

We have contacted the administrators of the channel. If the posts at
{TG[0]} and {TG[1]} are not taken
down by them within 48 hours, we will block them.

Telegram Abuse Team
""",
    items={TG[0]: "pending", TG[1]: "pending"},
)

dsn_orig = "\n".join([
    f"From: KCSC Takedown <takedown@kcsc.example>",
    "To: dsa@telegram.org",
    "Subject: KCSC-240912-07 request to remove content",
    f"Message-ID: <{MID['KCSC-240912-07']}@kcsc.example>",
    "Date: Thu, 12 Sep 2024 09:00:00 +0900",
    "Content-Type: text/plain; charset=utf-8",
    "",
    quoted_request("KCSC-240912-07", prefix=""),
])
case(
    name="telegram-dsn-mailbox-full",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN 'Undelivered Mail Returned to Sender' with the original request attached",
    why="delivery failure report; the URLs are only in the returned request",
    **{"from": "MAILER-DAEMON@mail.telegram.org"}, name_from="Mail Delivery System",
    date=d("2024-09-12 00:00:41"),
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=(
        'Content-Type: multipart/report; report-type=delivery-status;\n'
        '\tboundary="dsn-0912"\n\n'
        "--dsn-0912\nContent-Type: text/plain; charset=us-ascii\n\n"
        "This is the mail system at host mail.telegram.org.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "<dsa@telegram.org>: host store2.telegram.org[203.0.113.44] said: 552 5.2.2\n"
        "    Mailbox full (in reply to RCPT TO command)\n"
        "\n--dsn-0912\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mail.telegram.org\n\n"
        "Final-Recipient: rfc822; dsa@telegram.org\n"
        "Action: failed\nStatus: 5.2.2\n"
        "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full\n"
        "\n--dsn-0912\nContent-Type: message/rfc822\n\n"
        + dsn_orig
        + "\n\n--dsn-0912--\n"
    ),
    items={},
)

# ================================================================ Twitch, Snapchat, Pinterest
case(
    name="twitch-redirect-to-portal-no-claims",
    outcome="review", review="no_claims",
    imitates="Twitch legal mailbox reply redirecting government requests to its portal",
    why="trusted Twitch mail naming no item and no request of ours",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    date=d("2024-09-10 15:30:00"),
    subject="Re: Request to remove content",
    body="""
Hello,

Thank you for contacting Twitch. Government requests regarding content on
Twitch must be submitted through our dedicated request form at
https://www.twitch.tv/p/legal/government-requests/ so that they can be
tracked and handled by the right team. We are unable to process requests
sent to this mailbox.

Best,
Twitch Legal
""",
    items={},
)

case(
    name="twitch-zendesk-request-received",
    outcome="ignored", classification="acknowledgement",
    imitates="Twitch support (Zendesk) automatic 'your request has been received' mail",
    why="ticket receipt only",
    **{"from": "support@twitch.tv"}, name_from="Twitch Support",
    date=d("2024-09-10 15:02:00"),
    subject="[Twitch Support] Re: Request to remove content (#8812345)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
##- Please type your reply above this line -##

Your request (#8812345) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

Twitch Support
""",
    items={},
)

case(
    name="snapchat-leo-automated-reply",
    outcome="ignored", classification="auto_reply",
    imitates="Snap Inc. law enforcement operations automated response",
    why="automated response pointing to the request portal; states nothing",
    **{"from": "lawenforcement@snap.com"}, name_from="Snap Law Enforcement Operations",
    date=d("2024-09-08 03:00:00"),
    subject="Automatic reply: KCSC request",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Thank you for contacting Snap Inc. Law Enforcement Operations. This is an
automated response.

Please note that this inbox does not accept content removal requests.
Government agencies can submit requests through
https://snap.com/en-US/safety-and-impact/law-enforcement .

This mailbox is not monitored for responses.
""",
    items={},
)

case(
    name="pinterest-pin-linking-tiktok-video",
    outcome="review", review="wrong_platform",
    imitates="Pinterest report outcome about a Pin that linked to content hosted elsewhere",
    why="Pinterest states an action about a TikTok URL: it can only have removed its own Pin, not the TikTok video",
    **{"from": "no-reply@pinterest.com"}, name_from="Pinterest",
    date=d("2024-09-11 12:00:00"),
    subject="Update on your report (KCSC-240906-04)",
    body=f"""
Hi,

Thanks for letting us know. We've removed the Pin that shared this
video because it goes against our Community Guidelines:

{TT[0]}

Pinterest Trust & Safety
""",
    items={TT[0]: "pending"},
)

HEADER = """# Blind set 532: English notices from many platforms (X, YouTube, Meta,
# TikTok, Reddit, Discord, Telegram, Twitch, Snapchat, Pinterest).
# Written by tests/corpus/blind532/make.py before any run of the reader;
# every expected result comes from the meaning of the email alone.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
    print(f"{len(cases)} cases")
