#!/usr/bin/env python3
"""Blind set 838: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Twitch, Discord, Snapchat).

    python3 tests/corpus/blind838/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email is fictional and written in our own words; expected results were
written from each email's meaning before any run of the reader.
"""
import base64
import csv
import datetime
import email.utils
import os
import quopri
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = datetime.timezone(datetime.timedelta(hours=9))
UTC = datetime.timezone.utc


def dt(month, day, hour, minute, second=0, tz=UTC):
    return email.utils.format_datetime(datetime.datetime(2024, month, day, hour, minute, second, tzinfo=tz))


# ---------------------------------------------------------------- requests
REDDIT_TITLE = "무료_보너스"
REDDIT_POST_RAW = f"https://www.reddit.com/r/koreabets/comments/1f8xk2q/{REDDIT_TITLE}/"
REDDIT_POST = "https://www.reddit.com/r/koreabets/comments/1f8xk2q/" + urllib.parse.quote(REDDIT_TITLE) + "/"

X = [
    "https://x.com/luckyspin_kr/status/1830412250017784321",      # X1
    "https://x.com/luckyspin_kr/status/1830412871143211010",      # X2
    "https://x.com/bet_moa_official/status/1830519934470051877",  # X3
    "https://x.com/bet_moa_official",                             # X4
    "https://x.com/drugmarket_seoul/status/1830622045512409088",  # X5
    "https://x.com/icecube_delivery/status/1830710098215555072",  # X6
    "https://x.com/icecube_delivery/status/1830711422790205440",  # X7
    "https://x.com/nightpass_kr/status/1830803317731401729",      # X8
    "https://x.com/totosite_link/status/1830911187650625536",     # X9
    "https://x.com/totosite_link/status/1830912004466266112",     # X10
    "https://x.com/fake_id_maker/status/1831001550221467648",     # X11
    "https://twitter.com/moonlight_pills/status/1831104472301797376",  # X12
]
Y = [
    "https://www.youtube.com/watch?v=Qm3xT8pLr2A",   # Y1
    "https://www.youtube.com/watch?v=hV9eK1sWz0c",   # Y2
    "https://www.youtube.com/@casinoroyal_tv",       # Y3
    "https://youtu.be/Zb7nPq4Kx1E",                  # Y4
]
M = [
    "https://www.facebook.com/groups/4471209983312/posts/4479020015523/",  # M1
    "https://www.instagram.com/p/C9kLmN2vXyQ/",                           # M2
    "https://www.instagram.com/p/C9nRt4sUwEb/",                           # M3
    "https://www.instagram.com/seoul_toto_vip/",                          # M4
    "https://www.facebook.com/seoul.toto.club",                           # M5
]
T = [
    "https://www.tiktok.com/@pill_shop_kr/video/7411023345671234817",   # T1
    "https://www.tiktok.com/@pill_shop_kr/video/7411209981120456962",   # T2
    "https://www.tiktok.com/@bigwin.slots/video/7412330045981122817",   # T3
]
R = [REDDIT_POST, "https://www.reddit.com/user/seoul_plug_2024/"]
W = ["https://www.twitch.tv/slotkingkr", "https://www.twitch.tv/videos/2241598873"]
D = ["https://discord.gg/k9PzXw3T"]

REQUESTS = [
    # ref, platform, display name, sent (KST), category, urls, note
    ("KCSC-240903-01", "x", "X", (9, 3), "gambling/drugs", X, "largest request: X posts and one account"),
    ("KCSC-240904-02", "youtube", "YouTube", (9, 4), "gambling", Y, "videos and a channel"),
    ("KCSC-240905-03", "meta", "Meta", (9, 5), "gambling", M, "Facebook and Instagram"),
    ("KCSC-240909-04", "tiktok", "TikTok", (9, 9), "drugs/gambling", T, ""),
    ("KCSC-240910-05", "reddit", "Reddit", (9, 10), "gambling/drugs", R, "post URL stored percent-encoded"),
    ("KCSC-240911-06", "twitch", "Twitch", (9, 11), "gambling", W, "channel and a VOD"),
    ("KCSC-240912-07", "discord", "Discord", (9, 12), "gambling", D, "server invite"),
]
REF = {r[1]: r[0] for r in REQUESTS}
REQ_BY_REF = {r[0]: r for r in REQUESTS}


def msgid(ref):
    return f"req.{ref}"


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, _name, (mo, da), cat, urls, note in REQUESTS:
            sent = datetime.datetime(2024, mo, da, 10, 0, tzinfo=KST)
            due = sent + datetime.timedelta(days=7)
            for u in urls:
                w.writerow([ref, plat, sent.isoformat(), due.isoformat(), u, cat,
                            msgid(ref) + "@kcsc.example", note])


def request_text(ref, raw_korean=False):
    _ref, _plat, name, (mo, da), _cat, urls, _note = REQ_BY_REF[ref]
    lines = [f"Dear {name} team,", "",
             "The Korea Communications Standards Commission asks you to remove or block",
             f"the following content, which breaches Korean law (our reference {ref}):", ""]
    for i, u in enumerate(urls, 1):
        if raw_korean and u == REDDIT_POST:
            u = REDDIT_POST_RAW
        lines.append(f"{i}. {u}")
    lines += ["", "Please reply to this address stating the action taken on each URL.", "",
              "KCSC Takedown Desk", "takedown@kcsc.example"]
    return "\n".join(lines)


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def subj(ref):
    return f"[{ref}] Request to remove illegal content"


def pending(*urls):
    return {u: "pending" for u in urls}


# ---------------------------------------------------------------- MIME helpers
def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def single(ctype, cte, payload):
    return f"Content-Type: {ctype}; charset=utf-8\nContent-Transfer-Encoding: {cte}\n\n{payload.rstrip()}\n"


def multipart(subtype, boundary, parts, params=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.rstrip("\n"))
        out.append("")
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def html_page(inner):
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
            "<body style=\"font-family:Arial,sans-serif;font-size:14px\">\n" + inner.strip() + "\n</body></html>\n")


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ X (KCSC-240903-01, 12 items)
xr = REF["x"]

case(name="x-withheld-kr-numbered", **{"from": "legal-noreply@x.com"}, name_from="X Legal",
     date=dt(9, 6, 3, 12, 44), subject=f"Re: {subj(xr)}", reply_to_req=msgid(xr),
     body=f"""
Hello,

Thank you for your report of 3 September 2024 (your reference {xr}).

Following a review under applicable Korean law, we have withheld the
following posts in the Republic of Korea (KR). They remain viewable
outside KR.

1. {X[0]}
2. {X[1]}
3. {X[4]}
4. {X[8]}

We are still assessing the other items in your report and will write to
you separately about them.

More information about country withheld content:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X legal-request outcome email announcing country-withheld content (CWC)",
     why="four posts named in a numbered list under an unhedged 'we have withheld ... in KR'; help link is not an item",
     items={X[0]: "restricted", X[1]: "restricted", X[4]: "restricted", X[8]: "restricted"})

case(name="x-mixed-outcomes-texttable", **{"from": "legal-noreply@x.com"}, name_from="X Legal",
     date=dt(9, 9, 8, 2, 10), subject=f"Your legal request {xr} - outcome (LR-2409-88317)",
     body=f"""
Hello,

We have completed our review of part of your request. The outcome for
each URL is shown below.

Reference: {xr}
Case: LR-2409-88317

{"URL":<60} Outcome
{"-" * 59}  {"-" * 41}
{X[2]:<60} Removed - violates the X Rules (gambling)
{X[3]:<60} Account suspended
{X[6]:<60} No action - not unlawful under KR law
{X[10]:<60} Not found

Posts that are removed or suspended cannot be viewed anywhere on X.

X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X legal team's per-URL outcome summary (plain-text table)",
     why="four rows, each URL with its own outcome: removed, account suspended (removed), no action (rejected), not found",
     items={X[2]: "removed", X[3]: "removed", X[6]: "rejected", X[10]: "not_found"})

case(name="x-top-posted-angle-bracket", **{"from": "mpark@x.com"}, name_from="Minji Park",
     date=dt(9, 10, 5, 31, 2), subject=f"RE: {subj(xr)}", reply_to_req=msgid(xr),
     body=f"""
Hi team,

The post <{X[11]}> is now withheld in Korea. The rest of your list is still with our legal reviewers.

Best,
Minji

Minji Park | Global Government Affairs, X

On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(request_text(xr))}
""",
     outcome="applied", classification="confirmation",
     imitates="X staff member's top-posted Gmail-style reply over the quoted request",
     why="one post in angle brackets stated withheld in Korea; the quoted request below lists all twelve and changes nothing",
     items={X[11]: "restricted", X[0]: "pending", X[5]: "pending"})

case(name="x-outlook-original-message", **{"from": "support-legal@x.com"}, name_from="X Legal Support",
     date=dt(9, 11, 1, 5, 40), subject=f"RE: {subj(xr)}",
     body=f"""
Hello,

Both posts below have been removed from X for violating our rules on illegal or certain regulated goods and services:
{X[8]}
{X[9]}

Kind regards,
X Legal Support

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: legal@x.com
Subject: {subj(xr)}

{request_text(xr)}
""",
     outcome="applied", classification="confirmation",
     imitates="Outlook reply from X legal support with the original request under '-----Original Message-----'",
     why="two URLs under 'both posts below have been removed'; the original request below the separator is quoted and changes nothing",
     items={X[8]: "removed", X[9]: "removed", X[2]: "pending", X[7]: "pending"})

case(name="x-url-then-status-line", **{"from": "legal-noreply@x.com"}, name_from="X Legal",
     date=dt(9, 12, 9, 20, 0), subject=f"Outcome of legal request {xr} (partial)",
     body=f"""
Hello,

Please find below the action taken on further items of your request {xr}.

{X[7]}
Status: Withheld in KR

{X[10]}
Status: Removed (violation of the X Rules)

{X[4]}
Status: Unable to locate - the post does not exist

Items not listed here remain under review.

X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X legal per-item outcome list, bare URL with its status on the next line",
     why="each bare URL is followed by its own status line: withheld in KR, removed, unable to locate",
     items={X[7]: "restricted", X[10]: "removed", X[4]: "not_found"})

csv_att = "url,action,scope,notes\n" + "\n".join([
    f"{X[5]},withheld,KR,Local law (Act on Promotion of Information and Communications Network Utilization)",
    f"{X[7]},removed,global,X Rules - illegal or regulated goods",
    f"{X[9]},withheld,KR,Local law",
    f"{X[0]},not_found,,Post deleted by the author before review",
    f"{X[1]},no_action,,No violation of the X Rules or KR law identified",
]) + "\n"
case(name="x-csv-attachment", **{"from": "legal-noreply@x.com"}, name_from="X Legal",
     date=dt(9, 13, 6, 0, 15), subject=f"Re: {subj(xr)}", reply_to_req=msgid(xr),
     raw_mime=multipart("mixed", "=_x_lr_2409_5521", [
         single("text/plain", "7bit", f"""Hello,

Please see the attached file for the action we took on each URL of your
request {xr}. The 'scope' column shows where a withheld post is blocked.

X Legal"""),
         'Content-Type: text/csv; charset=utf-8; name="LR-2409-88317_outcome.csv"\n'
         'Content-Disposition: attachment; filename="LR-2409-88317_outcome.csv"\n'
         'Content-Transfer-Encoding: base64\n\n' + b64(csv_att),
     ]),
     outcome="applied", classification="confirmation",
     imitates="X legal outcome delivered as a CSV export attached to a short cover note",
     why="CSV rows: withheld KR (restricted) x2, removed, not_found (deleted by author), no_action (rejected)",
     items={X[5]: "restricted", X[7]: "removed", X[9]: "restricted", X[0]: "not_found", X[1]: "rejected"})

case(name="x-wrapped-angle-url", **{"from": "support-legal@x.com"}, name_from="X Legal Support",
     date=dt(9, 13, 2, 48, 0), subject=f"RE: {subj(xr)} - follow-up",
     body=f"""
Hello,

Following your follow-up on {xr}: the post <https://x.com/drugmarket_seoul/status/
1830622045512409088> has been removed for violating our illegal goods policy.

{X[7]} remains available. We found no
violation of the X Rules or of Korean law in it, so no action was taken.

X Legal Support
""",
     outcome="applied", classification="confirmation",
     imitates="X legal support reply with a URL wrapped inside angle brackets by the sender's client",
     why="the wrapped URL in <...> is the drugmarket_seoul post (removed); the nightpass_kr post stays up with a stated reason (rejected)",
     items={X[4]: "removed", X[7]: "rejected"})

case(name="x-promise-will-withhold", **{"from": "legal-noreply@x.com"}, name_from="X Legal",
     date=dt(9, 5, 7, 3, 3), subject=f"Re: {subj(xr)}", reply_to_req=msgid(xr),
     body=f"""
Hello,

Thank you for your report {xr}. We have reviewed it and will withhold the
following posts in the Republic of Korea in the coming days:

{X[5]}
{X[6]}

You will receive a separate confirmation once this has been done.

X Legal
""",
     outcome="review", review="not_understood",
     imitates="X legal interim reply announcing a future withholding",
     why="'will withhold ... in the coming days' is a promise, not a statement; the named posts stay pending",
     items=pending(X[5], X[6]))

case(name="x-bulk-all-withheld", **{"from": "legal@twitter.com"}, name_from="Twitter Legal",
     date=dt(9, 14, 0, 30, 0), subject=f"Re: {subj(xr)}", reply_to_req=msgid(xr),
     body=f"""
Hello,

We've completed our review of your request {xr}. All of the reported posts
and the reported account have been withheld in South Korea in accordance
with local law.

Regards,
Legal Team
""",
     outcome="review", review="bulk",
     imitates="X/Twitter legal blanket closing reply ('all reported content withheld')",
     why="a statement about all items of a twelve-item request without naming any: bulk, items stay pending",
     items=pending(*X))

case(name="x-asks-court-order", **{"from": "legal-noreply@x.com"}, name_from="X Legal",
     date=dt(9, 6, 9, 40, 0), subject=f"Re: {subj(xr)} - additional information needed",
     reply_to_req=msgid(xr),
     body=f"""
Hello,

To process your request {xr} for the posts below, we need a copy of the
decision or order on which it relies, with its number and legal basis:

- {X[7]}
- {X[10]}

Please reply to this email with the document. Until we receive it we are
unable to act on these two posts.

X Legal
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="X legal request for a court order / legal basis before acting",
     why="the platform asks for documents; 'unable to act until we receive it' is not a refusal on the merits",
     items=pending(X[7], X[10]))

case(name="x-auto-ack-case-number", **{"from": "noreply@x.com"}, name_from="X Support",
     date=dt(9, 3, 1, 2, 11), subject=f"Case# 0117784539: {subj(xr)}",
     body=f"""
Hello,

We have received your report. Your case number is 0117784539.

Our team reviews reports in the order received. Please do not reply to this
message; replies to this address are not monitored.

A summary of what you submitted:
Reporter: KCSC Takedown <takedown@kcsc.example>
Reported content:
{X[0]}
{X[1]}
(and 10 more)

X Support
""",
     outcome="ignored", classification="acknowledgement",
     imitates="X support automatic case-number receipt echoing the submitted report",
     why="a pure receipt with a case number; the echoed URLs carry no statement",
     items=pending(X[0], X[1]))

# ================================================================ YouTube (KCSC-240904-02, 4 items)
yr = REF["youtube"]

case(name="yt-legal-blocked-kr", **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
     date=dt(9, 6, 10, 1, 29), subject=f"Re: {subj(yr)} [3-9981000038112]", reply_to_req=msgid(yr),
     body=f"""
Hello,

Thanks for reaching out to us.

In response to your request, we have blocked the following content from
view on YouTube in South Korea:

{Y[0]}
{Y[1]}

This content remains available in other countries.

Regards,
The YouTube Team
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal-removal outcome 'blocked from view in <country>'",
     why="two videos listed under an unhedged country block: restricted",
     items={Y[0]: "restricted", Y[1]: "restricted"})

case(name="yt-channel-terminated-qp", **{"from": "noreply-trustandsafety@youtube.com"}, name_from="YouTube Trust & Safety",
     date=dt(9, 9, 4, 15, 0), subject=f"Update on your report ({yr})",
     raw_mime=single("text/plain", "quoted-printable", qp(f"""Hello,

We have reviewed the channel you reported under reference {yr}:

  Channel: Casino Royal TV
  URL: {Y[2]}
  Action: Channel terminated

The channel was terminated for repeated violations of our policy on online gambling content and can no longer be accessed on YouTube. You can read the policy here: https://support.google.com/youtube/answer/2801999

Sincerely,
YouTube Trust & Safety
""")),
     outcome="applied", classification="confirmation",
     imitates="YouTube channel-termination outcome notice (quoted-printable)",
     why="the reported channel is named with 'Action: Channel terminated': removed; the policy link is not an item",
     items={Y[2]: "removed"})

yt_html = html_page(f"""
<p>Hello,</p>
<p>After careful review, we determined that the video at
<a href="{Y[3]}">{Y[3]}</a> does not violate our Community Guidelines,
and we did not find a sufficient basis under local law to restrict it.
The video will therefore stay up on YouTube.</p>
<p>If you have new information, you can submit a new request through our
<a href="https://support.google.com/legal/answer/3110420">legal help centre</a>.</p>
<p>The YouTube Team</p>
""")
yt_text = f"""Hello,

After careful review, we determined that the video at {Y[3]} does not
violate our Community Guidelines, and we did not find a sufficient basis
under local law to restrict it. The video will therefore stay up on YouTube.

If you have new information, you can submit a new request through our legal
help centre: https://support.google.com/legal/answer/3110420

The YouTube Team"""
case(name="yt-no-violation-html", **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
     date=dt(9, 10, 6, 45, 12), subject=f"Re: {subj(yr)} [3-9981000038112]", reply_to_req=msgid(yr),
     raw_mime=multipart("alternative", "00000000000071a3f40621b9c2e1", [
         single("text/plain", "7bit", yt_text),
         single("text/html", "7bit", yt_html),
     ]),
     outcome="applied", classification="confirmation",
     imitates="YouTube 'no action taken' legal outcome (multipart/alternative, HTML and text)",
     why="a refusal with its reason (no guideline violation, no local-law basis): rejected",
     items={Y[3]: "rejected"})

case(name="yt-age-restricted-and-gone", **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
     date=dt(9, 11, 3, 3, 3), subject=f"Re: {subj(yr)}", reply_to_req=msgid(yr),
     body=f"""
Hello,

Here is the outcome of our review of two of the videos in your request.

Video 1: {Y[1]}
We've applied an age restriction to this video. It can no longer be viewed by
signed-out users or by users under 18.

Video 2: {Y[0]}
This video had already been deleted by the uploader before our review, so no
further action was needed.

The YouTube Team
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube age-restriction outcome plus 'already deleted by uploader'",
     why="age restriction is restricted; a video the uploader deleted before review is not_found",
     items={Y[1]: "restricted", Y[0]: "not_found"})

case(name="yt-bilingual-fullwidth", **{"from": "legal-kr@google.com"}, name_from="Google Korea Legal",
     date=dt(9, 12, 2, 10, 0), subject=f"Re: {subj(yr)} / 처리 결과 안내", reply_to_req=msgid(yr),
     raw_mime=single("text/plain", "quoted-printable", qp(f"""Hello,

The following video has been removed from YouTube for violating our Community Guidelines:
{Y[0]}

[한국어 안내]
요청하신 영상（{Y[0]}）은 커뮤니티 가이드 위반으로 삭제되었습니다。

Google Korea Legal
""")),
     outcome="applied", classification="confirmation",
     imitates="Google Korea bilingual (English/Korean) YouTube removal notice, quoted-printable",
     why="the same video stated removed in English and in Korean, the Korean line with full-width brackets around the URL",
     items={Y[0]: "removed"})

case(name="yt-under-review-may-restrict", **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
     date=dt(9, 5, 8, 0, 0), subject=f"Re: {subj(yr)} [3-9981000038112]", reply_to_req=msgid(yr),
     body=f"""
Hello,

Your request {yr} has been escalated to our legal team and is currently
under review. Based on an initial assessment, the videos
{Y[0]} and the channel {Y[2]} may be
restricted in South Korea. We'll let you know the final outcome.

The YouTube Team
""",
     outcome="review", review="not_understood",
     imitates="YouTube legal interim 'escalated / under review' reply with a tentative assessment",
     why="'under review' and 'may be restricted' are not statements; the two named URLs stay pending",
     items=pending(Y[0], Y[2]))

case(name="yt-out-of-office", **{"from": "jiwoohan@google.com"}, name_from="Jiwoo Han",
     date=dt(9, 4, 1, 0, 40), subject=f"Automatic reply: {subj(yr)}",
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     body="""
Thank you for your email. I am out of the office until 16 September with
limited access to email.

For urgent YouTube legal matters, please write to legal-kr@google.com.

Jiwoo
""",
     outcome="ignored", classification="auto_reply",
     imitates="Gmail/Workspace out-of-office auto-reply from a Google employee",
     why="an out-of-office auto-reply", items={})

# ================================================================ Meta (KCSC-240905-03, 5 items)
mr = REF["meta"]

case(name="meta-local-law-restricted", **{"from": "gov-requests@fb.com"}, name_from="Meta Content Regulation",
     date=dt(9, 9, 11, 20, 0), subject=f"Re: {subj(mr)}", reply_to_req=msgid(mr),
     body=f"""
Hello,

We have reviewed the content reported in your request {mr}.

Based on our review, we restricted access in South Korea to the following
content because it violates local law:
- {M[0]}
- {M[1]}

The following content was removed globally because it goes against our
Community Standards on restricted goods and services:
- {M[2]}

Thank you,
Meta Content Regulation Operations
""",
     outcome="applied", classification="confirmation",
     imitates="Meta government takedown response: local-law restriction vs Community Standards removal",
     why="two items under 'restricted access in South Korea', one under 'removed globally'",
     items={M[0]: "restricted", M[1]: "restricted", M[2]: "removed"})

case(name="meta-dsa-statement-of-reasons", **{"from": "noreply@instagram.com"}, name_from="Instagram",
     date=dt(9, 10, 2, 2, 2), subject=f"Decision on your report - reference {mr}",
     body=f"""
Decision notice - your reference {mr}
Notice ID: 1190448213390057

Content concerned: {M[3]}
Decision: Account disabled (all content on the account removed)
Grounds: Instagram Terms of Use and Community Guidelines - regulated goods (online gambling)
Territorial scope: Worldwide
Automated means used for the decision: No, reviewed by a person

Redress: the account holder may ask us to review this decision at
https://help.instagram.com/contact/606967319425038 or refer the matter to a
certified out-of-court dispute settlement body.

Instagram, a Meta company
""",
     outcome="applied", classification="confirmation",
     imitates="DSA Art. 17-style statement of reasons (decision, grounds, scope, automation, redress)",
     why="one named account with 'Decision: Account disabled': removed; the help/redress URL is not an item",
     items={M[3]: "removed"})

meta_rows = [
    (M[0], "Removed", "Community Standards - restricted goods and services"),
    (M[1], "Removed", "Community Standards - restricted goods and services"),
    (M[2], "No action", "Did not go against our Community Standards or local law"),
    (M[3], "Restricted in South Korea", "Local law"),
    (M[4], "Not found", "Could not be located (invalid link)"),
]
meta_table = "\n".join(
    f'<tr><td><a href="{u}">{u}</a></td><td>{a}</td><td>{r}</td></tr>' for u, a, r in meta_rows)
case(name="meta-html-table", **{"from": "gov-requests@fb.com"}, name_from="Meta Content Regulation",
     date=dt(9, 12, 7, 7, 7), subject=f"Outcome of your request {mr}", type="html",
     body=html_page(f"""
<p>Hello,</p>
<p>Thank you for your request <b>{mr}</b>. The table below shows the action taken on each reported item.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Content URL</th><th>Action taken</th><th>Reason</th></tr>
{meta_table}
</table>
<p>Meta Content Regulation Operations</p>
"""),
     outcome="applied", classification="confirmation",
     imitates="Meta HTML outcome table for a government request",
     why="one row per item: removed x2, no action (rejected), restricted in KR, not found",
     items={M[0]: "removed", M[1]: "removed", M[2]: "rejected", M[3]: "restricted", M[4]: "not_found"})

case(name="meta-gmail-top-posted", **{"from": "hseo@meta.com"}, name_from="Hyunwoo Seo",
     date=dt(9, 13, 0, 12, 0), subject=f"Re: {subj(mr)}", reply_to_req=msgid(mr),
     body=f"""
Hi,

Quick update on {mr}: the Facebook Page {M[4]} was taken down yesterday (12 Sept). I'll come back to you on the other four.

Best,
Hyunwoo

On Thu, 5 Sept 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(request_text(mr))}
""",
     outcome="applied", classification="confirmation",
     imitates="Meta public-policy staffer's short top-posted Gmail reply",
     why="one Page stated taken down; the four others appear only in the quoted request",
     items={M[4]: "removed", M[0]: "pending", M[1]: "pending"})

case(name="meta-ig-disabled-and-missing", **{"from": "noreply@instagram.com"}, name_from="Instagram",
     date=dt(9, 11, 8, 30, 0), subject=f"We reviewed your report ({mr})",
     body=f"""
Hi,

Thanks for your report.

We disabled the account {M[3]} because it goes against our Community
Guidelines.

We couldn't find the post at {M[1]}. The link may be broken, or the post may
have been removed by the person who shared it.

Instagram Help Center: https://help.instagram.com/
""",
     outcome="applied", classification="confirmation",
     imitates="Instagram report-outcome message (account disabled / couldn't find the post)",
     why="account disabled: removed; 'we couldn't find the post' is an unhedged not_found (the 'may' only guesses why)",
     items={M[3]: "removed", M[1]: "not_found"})

case(name="meta-bulk-actioned", **{"from": "gov-requests@fb.com"}, name_from="Meta Content Regulation",
     date=dt(9, 14, 3, 0, 0), subject=f"Re: {subj(mr)}", reply_to_req=msgid(mr),
     body=f"""
Hello,

We've taken action on all of the content you reported under {mr}, in line
with our Community Standards and applicable local law.

Thank you,
Meta Content Regulation Operations
""",
     outcome="review", review="bulk",
     imitates="Meta blanket 'we've taken action on the content you reported' reply",
     why="a statement about every item of a five-item request without naming any: bulk",
     items=pending(*M))

case(name="meta-unmatched-post", **{"from": "gov-requests@fb.com"}, name_from="Meta Content Regulation",
     date=dt(9, 10, 9, 9, 9), subject=f"Re: {subj(mr)}", reply_to_req=msgid(mr),
     body=f"""
Hello,

Regarding your request {mr}: we removed the post
https://www.facebook.com/groups/4471209983312/posts/4479020099911/
for violating our Community Standards on restricted goods and services.

Meta Content Regulation Operations
""",
     outcome="review", review="unmatched_claims",
     imitates="Meta reply whose agent pasted a neighbouring post id from the same group",
     why="the removed post id (…099911) is not in the request (…015523); nothing requested changes",
     items={})

case(name="meta-dsn-bounce", **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
     auth="none", date=dt(9, 5, 1, 0, 9), subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=multipart("report", "B4C1A2F09E.1725498009/mx.kcsc.example", [
         single("text/plain", "7bit", """This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<ip-legal-kr@fb.com>: host mx.fb.com[198.51.100.77] said: 550 5.1.1
    <ip-legal-kr@fb.com>: Recipient address rejected: User unknown"""),
         "Content-Type: message/delivery-status\n\n"
         "Reporting-MTA: dns; mx.kcsc.example\n\n"
         "Final-Recipient: rfc822; ip-legal-kr@fb.com\n"
         "Action: failed\nStatus: 5.1.1\n"
         "Diagnostic-Code: smtp; 550 5.1.1 <ip-legal-kr@fb.com>: Recipient address rejected: User unknown\n",
         "Content-Type: message/rfc822\n\n"
         f"From: KCSC Takedown <takedown@kcsc.example>\nTo: ip-legal-kr@fb.com\n"
         f"Subject: {subj(mr)}\nMessage-ID: <{msgid(mr)}.b@kcsc.example>\n"
         f"Content-Type: text/plain; charset=utf-8\n\n{request_text(mr)}\n",
     ], params='; report-type=delivery-status'),
     outcome="ignored", classification="bounce",
     imitates="Postfix DSN (multipart/report) returning a copy of the request sent to a wrong Meta address",
     why="a delivery failure report; the returned request lists URLs but states nothing",
     items=pending(M[0], M[1]))

# ================================================================ TikTok (KCSC-240909-04, 3 items)
tr = REF["tiktok"]

case(name="tiktok-report-outcome-mixed", **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Trust and Safety",
     date=dt(9, 11, 5, 5, 5), subject=f"Re: {subj(tr)}", reply_to_req=msgid(tr),
     body=f"""
Hi,

Thanks for your report. We reviewed the content you flagged in {tr}.

Removed for violating our Community Guidelines (regulated goods and activities):
• {T[0]}
• {T[1]}

No violation found; this video remains on TikTok:
• {T[2]}

TikTok Trust and Safety
""",
     outcome="applied", classification="confirmation",
     imitates="TikTok report-outcome email grouping videos by decision",
     why="two bulleted videos under 'Removed', one under 'No violation found ... remains' (rejected)",
     items={T[0]: "removed", T[1]: "removed", T[2]: "rejected"})

case(name="tiktok-restricted-kr-base64", **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
     date=dt(9, 12, 6, 0, 0), subject=f"Your request {tr}: local-law decision",
     raw_mime=single("text/plain", "base64", b64(f"""Hello,

Following a legal review of your request {tr}, the video
{T[2]} has been made unavailable in the Republic of Korea in accordance
with local law. It remains viewable in other regions.

TikTok Legal
""")),
     outcome="applied", classification="confirmation",
     imitates="TikTok local-law (country) restriction notice, base64 body",
     why="'made unavailable in the Republic of Korea' for one named video: restricted",
     items={T[2]: "restricted"})

case(name="tiktok-ack-plus-outcome", **{"from": "noreply@tiktok.com"}, name_from="TikTok",
     date=dt(9, 13, 4, 4, 4), subject=f"Update on your report (ticket 8830219455) - {tr}",
     body=f"""
Hello,

We have received your report (ticket 8830219455).

Your report
Reported content: {T[1]}
Reason: Illegal activities and regulated goods

Outcome
Following our review, this video has been removed.

Thank you for helping keep TikTok safe.
""",
     outcome="applied", classification="confirmation",
     imitates="TikTok report-status email echoing the report, then the outcome",
     why="an acknowledgement phrase plus an unhedged outcome for the echoed video: not a pure receipt; removed",
     items={T[1]: "removed"})

case(name="tiktok-auth-fail", **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Trust and Safety",
     auth="fail", date=dt(9, 10, 12, 12, 12), subject=f"Re: {subj(tr)}", reply_to_req=msgid(tr),
     body=f"""
Hi,

The following videos have been removed from TikTok:
{T[0]}
{T[2]}

TikTok Trust and Safety
""",
     outcome="review", review="untrusted",
     imitates="TikTok removal confirmation failing DKIM/SPF/DMARC",
     why="the sender domain is TikTok's but authentication failed: nothing applies",
     items=pending(T[0], T[2]))

case(name="tiktok-hedge-appears", **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Trust and Safety",
     date=dt(9, 10, 7, 50, 0), subject=f"Re: {subj(tr)}", reply_to_req=msgid(tr),
     body=f"""
Hi,

The video {T[0]} appears to have been taken down already. We are confirming
this with the relevant team and will update you on it and on the other videos
in {tr}.

TikTok Trust and Safety
""",
     outcome="review", review="not_understood",
     imitates="TikTok interim reply with a tentative observation",
     why="'appears to have been taken down' is a hedge awaiting confirmation: pending",
     items=pending(T[0]))

case(name="tiktok-ticket-receipt", **{"from": "support@tiktok.com"}, name_from="TikTok Support",
     date=dt(9, 9, 1, 1, 1), subject=f"[Ticket #TT-20240909-5512] {subj(tr)}",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""
Thank you for contacting TikTok.

We've received your message and a member of our team will review it. Your
ticket number is #TT-20240909-5512. Please keep this number for future
reference.

This is an automated message; please do not reply.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="TikTok support automatic ticket receipt",
     why="a pure receipt with a ticket number", items={})

# ================================================================ Reddit (KCSC-240910-05, 2 items)
rr = REF["reddit"]

case(name="reddit-legal-removed-raw-korean", **{"from": "legalremovals@reddit.com"}, name_from="Reddit Legal Removals",
     date=dt(9, 12, 20, 30, 0), subject=f"Re: {subj(rr)}", reply_to_req=msgid(rr),
     body=f"""
Hello,

Thanks for your request {rr}. After review, we removed the post below from Reddit:
{REDDIT_POST_RAW}

The account {R[1]} has been permanently suspended for violating Reddit's Content Policy.

Reddit Legal Removals
""",
     outcome="applied", classification="confirmation",
     imitates="Reddit legal-removals outcome email (post removed, account suspended)",
     why="the post (written with its raw Korean title, stored percent-encoded) removed; the account suspended: removed",
     items={R[0]: "removed", R[1]: "removed"})

case(name="reddit-geo-and-owner-deleted", **{"from": "legalremovals@reddit.com"}, name_from="Reddit Legal Removals",
     date=dt(9, 13, 18, 0, 0), subject=f"Your request {rr} - outcome",
     body=f"""
Hello,

The post {R[0]} has been geo-restricted and can no longer be viewed from South Korea.

We were unable to locate the account u/seoul_plug_2024 ({R[1]}). It was deleted by its owner on 8 September, before we received your request.

Reddit Legal Removals
""",
     outcome="applied", classification="confirmation",
     imitates="Reddit legal outcome: geo-restriction and a self-deleted account",
     why="geo-restricted in South Korea: restricted; account deleted by its owner / unable to locate: not_found",
     items={R[0]: "restricted", R[1]: "not_found"})

case(name="reddit-vendor-unknown-sender", **{"from": "reddit-support@tsops-outsourcing.example"},
     name_from="Reddit Trust & Safety Operations", date=dt(9, 11, 23, 0, 0),
     subject=f"Re: {subj(rr)}", reply_to_req=msgid(rr),
     body=f"""
Hello,

On behalf of Reddit, we confirm that the post {R[0]}
has been removed and the account {R[1]} suspended.

Reddit Trust & Safety Operations
""",
     outcome="review", review="unknown_sender",
     imitates="outsourced moderation vendor replying 'on behalf of' the platform from its own domain",
     why="the sender's domain is no platform's: nothing applies",
     items=pending(R[0], R[1]))

case(name="reddit-mdn-read", **{"from": "dcho@reddit.com"}, name_from="Daniel Cho",
     date=dt(9, 10, 2, 30, 0), subject=f"Read: {subj(rr)}",
     raw_mime=multipart("report", "----=_MDN_7731_reddit", [
         single("text/plain", "7bit", f"""Your message

  To: legalremovals@reddit.com
  Subject: {subj(rr)}
  Sent: Tuesday, September 10, 2024 10:00 AM (UTC+09:00) Seoul

was read on Tuesday, September 10, 2024 11:30 AM (UTC+09:00) Seoul."""),
         "Content-Type: message/disposition-notification\n\n"
         "Reporting-UA: dcho-laptop; Microsoft Outlook 16.0\n"
         "Final-Recipient: rfc822;dcho@reddit.com\n"
         f"Original-Message-ID: <{msgid(rr)}@kcsc.example>\n"
         "Disposition: manual-action/MDN-sent-manually; displayed\n",
     ], params="; report-type=disposition-notification"),
     outcome="ignored", classification="read_receipt",
     imitates="Outlook read receipt (MDN) from a Reddit employee",
     why="a read receipt", items={})

# ================================================================ Twitch (KCSC-240911-06, 2 items)
wr = REF["twitch"]

case(name="twitch-actioned-channel-and-vod", **{"from": "safety@twitch.tv"}, name_from="Twitch Safety",
     date=dt(9, 13, 21, 0, 0), subject=f"Re: {subj(wr)}", reply_to_req=msgid(wr),
     body=f"""
Hi there,

Thanks for your report regarding request {wr}. We've reviewed the channel and
the video you flagged:

- {W[0]} : channel suspended indefinitely (Community Guidelines: gambling)
- {W[1]} : video removed

Twitch Safety
""",
     outcome="applied", classification="confirmation",
     imitates="Twitch safety 'we've actioned your report' email, here with per-item detail",
     why="channel suspended indefinitely and video removed, each on its own line: removed",
     items={W[0]: "removed", W[1]: "removed"})

case(name="twitch-actioned-no-reference", **{"from": "no-reply@twitch.tv"}, name_from="Twitch",
     date=dt(9, 14, 2, 0, 0), subject="We've actioned your report",
     body="""
Hi KCSC_Takedown,

Our staff reviewed a recent report you submitted and determined that a
violation of the Twitch Terms of Service or Community Guidelines occurred.
Appropriate enforcement action has been taken.

Thanks for helping keep Twitch safe.

Twitch Safety
https://safety.twitch.tv
""",
     outcome="review", review="no_claims",
     imitates="Twitch's generic 'We've actioned your report' email (names neither the report nor the content)",
     why="trusted Twitch mail that names no item and no request: nothing to apply",
     items={})

case(name="twitch-ooo-quoting", **{"from": "skim@twitch.tv"}, name_from="Sarah Kim",
     date=dt(9, 11, 1, 0, 5), subject=f"Out of Office: {subj(wr)}",
     extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
     body=f"""
Thanks for your email. I'm out of the office and will respond when I return
on 23 September. For safety escalations please contact safety@twitch.tv.

Sarah

{quoted(request_text(wr))}
""",
     outcome="ignored", classification="auto_reply",
     imitates="out-of-office auto-reply quoting the incoming request",
     why="an auto-reply; the quoted request's URLs carry no statement",
     items=pending(W[0], W[1]))

# ================================================================ Discord (KCSC-240912-07, 1 item)
dr = REF["discord"]

case(name="discord-server-removed", **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
     date=dt(9, 14, 5, 0, 0), subject=f"Your report {dr} has been resolved",
     body=f"""
Hello,

Thank you for your report. Our Trust & Safety team reviewed the server
reachable at {D[0]} and removed it from Discord for violating our Community
Guidelines. The invite link no longer works.

You can read more about how we enforce our rules at
https://discord.com/safety/360044103651-reporting-abusive-behavior-to-discord

Discord Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="Discord Trust & Safety resolution email",
     why="the server behind the named invite was removed; the safety-centre link is not an item",
     items={D[0]: "removed"})

case(name="discord-sole-statement-no-url", **{"from": "legal@discord.com"}, name_from="Discord Legal",
     date=dt(9, 16, 7, 0, 0), subject=f"Re: {subj(dr)}", reply_to_req=msgid(dr),
     body=f"""
Hi,

Regarding your request {dr}: we investigated the server you reported and have
taken it down. The server owner's account has also been banned.

Best regards,
Discord Legal
""",
     outcome="applied", classification="confirmation",
     imitates="Discord legal short reply naming the request but not the URL",
     why="a one-item request: 'the server you reported ... taken down' can only mean its single item: removed",
     items={D[0]: "removed"})

case(name="discord-hedge-may-deleted", **{"from": "legal@discord.com"}, name_from="Discord Legal",
     date=dt(9, 13, 3, 0, 0), subject=f"Re: {subj(dr)}", reply_to_req=msgid(dr),
     body=f"""
Hi,

It looks like the server behind {D[0]} may already have been deleted by its
owner. We're checking our records and will confirm shortly.

Discord Legal
""",
     outcome="review", review="not_understood",
     imitates="Discord legal interim reply with a guess pending verification",
     why="'looks like ... may already have been deleted' is a hedge: pending",
     items=pending(D[0]))

case(name="discord-zendesk-receipt", **{"from": "support@discord.com"}, name_from="Discord",
     date=dt(9, 12, 1, 5, 0), subject=f"[Discord] Re: {subj(dr)}",
     extra_headers=["Auto-Submitted: auto-generated"],
     body=f"""
##- Please type your reply above this line -##

Your request (48213377) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

KCSC Takedown (Discord)
Sep 12, 2024, 01:00 GMT

{request_text(dr)}
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Zendesk-style ticket receipt ('Please type your reply above this line') echoing the request",
     why="a pure ticket receipt; the echoed request states nothing",
     items=pending(D[0]))

# ================================================================ Snapchat (no request)
case(name="snap-unmatched-account", **{"from": "safety@snap.com"}, name_from="Snap Trust & Safety",
     date=dt(9, 12, 4, 0, 0), subject="Update on your Snapchat report",
     body="""
Hi,

We reviewed the Snapchat account you reported,
https://www.snapchat.com/add/toto.kr.vip, and have locked it for violating
our Community Guidelines.

Snap Trust & Safety
""",
     outcome="review", review="unmatched_claims",
     imitates="Snapchat report-outcome email about an account the ledger has no request for",
     why="a trusted Snap statement about a URL that is in no request: nothing changes",
     items={})


HEADER = """# Blind set 838: English notices from many platforms (X, YouTube, Meta,
# TikTok, Reddit, Twitch, Discord, Snapchat). Written by make.py; expected
# results written from each email's meaning before any run of the reader.
# Each case is ingested alone into a fresh ledger holding requests.csv."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind838", HEADER, CASES)


if __name__ == "__main__":
    main()
