#!/usr/bin/env python3
"""Blind set 526: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Telegram, Twitch, Snapchat, Pinterest).

    python3 tests/corpus/blind526/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result below was written from the meaning of the email alone,
before the reader was run on it. All names, URLs and ids are fictional.
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
R_X, R_YT, R_META, R_TT, R_RD, R_DC, R_PIN = (
    "KCSC-240902-01", "KCSC-240904-01", "KCSC-240905-01", "KCSC-240909-01",
    "KCSC-240910-01", "KCSC-240911-01", "KCSC-240912-01",
)

M = {i: f"https://x.com/mirae_tradeboss/status/18290000000000001{i:02d}" for i in range(1, 6)}
C = {i: f"https://x.com/coinsignal_kr/status/18290000000000002{i:02d}" for i in range(1, 5)}
Q = {i: f"https://x.com/quickloan_777/status/18290000000000003{i:02d}" for i in range(1, 4)}
Y1 = "https://www.youtube.com/watch?v=Qm7fTz2LpA1"
Y2 = "https://www.youtube.com/watch?v=Qm7fTz2LpB2"
Y3 = "https://www.youtube.com/shorts/Vx9kLr3Nq0E"
Y4 = "https://www.youtube.com/watch?v=Hd4sWq8ZeR3"
F1 = "https://www.facebook.com/groups/fastcash.kr/posts/778812345601/"
I1 = "https://www.instagram.com/p/C9xYz1AbCdE/"
F2 = "https://www.facebook.com/profile.php?id=100087654321012"
T11 = "https://www.tiktok.com/@seoul_pillshop/video/7409123400000000011"
T12 = "https://www.tiktok.com/@seoul_pillshop/video/7409123400000000012"
T13 = "https://www.tiktok.com/@seoul_pillshop/video/7409123400000000013"
T21 = "https://www.tiktok.com/@pill_express_kr/video/7409123400000000021"
T22 = "https://www.tiktok.com/@pill_express_kr/video/7409123400000000022"
D1 = "https://www.reddit.com/r/kr_deals/comments/1f3abcd/cheap_ids_for_sale/"
D2 = "https://www.reddit.com/r/kr_deals/comments/1f3abce/fake_docs_service/"
G1 = "https://discord.gg/Ab3CdE9fG"
P1 = "https://www.pinterest.com/pin/981234567890123456/"
P2 = "https://www.pinterest.com/pin/981234567890123457/"

X_ALL = [M[i] for i in range(1, 6)] + [C[i] for i in range(1, 5)] + [Q[i] for i in range(1, 4)]

REQUESTS = [
    # ref, platform, sent_at, due_at, category, note, urls
    (R_X, "x", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", "illegal_finance",
     'unregistered "investment" signals, loan ads', X_ALL),
    (R_YT, "youtube", "2024-09-04T14:30:00+09:00", "2024-09-11T18:00:00+09:00", "gambling",
     "illegal betting promotion, 4 videos", [Y1, Y2, Y3, Y4]),
    (R_META, "meta", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00", "illegal_finance",
     "Facebook group post, Instagram post, profile", [F1, I1, F2]),
    (R_TT, "tiktok", "2024-09-09T09:30:00+09:00", "2024-09-16T18:00:00+09:00", "drugs",
     "sale of prescription drugs, two accounts", [T11, T12, T13, T21, T22]),
    (R_RD, "reddit", "2024-09-10T16:00:00+09:00", "2024-09-17T18:00:00+09:00", "forged_documents",
     "forged IDs, \"fast\" delivery", [D1, D2]),
    (R_DC, "discord", "2024-09-11T10:15:00+09:00", "2024-09-18T18:00:00+09:00", "drugs",
     "server invite", [G1]),
    (R_PIN, "pinterest", "2024-09-12T11:00:00+09:00", "2024-09-19T18:00:00+09:00", "gambling",
     "betting site pins", [P1, P2]),
]


def mid(ref):
    return "req-" + ref[5:].lower() + "@kcsc.example"


def rt(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref), note])


# ---------------------------------------------------------------- helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def x_request_text():
    lines = [
        "Dear X Legal team,",
        "",
        f"The Korea Communications Standards Commission requests the removal of",
        f"the following posts (our reference {R_X}), which advertise unregistered",
        "investment services and illegal private loans in breach of Korean law:",
        "",
    ]
    for n, u in enumerate(X_ALL, 1):
        lines.append(f"{n}. {u}")
    lines += ["", "Please reply to this address with the action taken for each URL.", "",
              "KCSC Takedown Desk"]
    return "\n".join(lines)


def pin_request_text():
    return f"""Dear Pinterest team,

Please remove the following Pins, which promote an unlicensed betting site
(our reference {R_PIN}):

{P1}
{P2}

Kind regards,
KCSC Takedown Desk"""


def tt_request_text():
    return f"""Dear TikTok Trust & Safety,

Reference {R_TT}. The following videos offer prescription drugs for sale
without a prescription, which is illegal in Korea:

{T11}
{T12}
{T13}
{T21}
{T22}

KCSC Takedown Desk"""


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED

case(
    name="x-legal-withheld-and-removed-bullets",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome: country-withheld list plus X Rules removals",
    why="Unquoted bulleted lists under two unhedged headings: three posts withheld in KR, two removed.",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 01:12:40 +0000",
    subject=f"Re: [{R_X}] Request to remove illegal content",
    reply_to_req=rt(R_X),
    body=f"""Hello,

Thank you for your report (X case LR-0913-558214). We have reviewed the
reported content under both the X Rules and applicable local law.

The following posts have been withheld in South Korea (KR) in accordance
with local law:

  - {M[1]}
  - {M[2]}
  - {M[3]}

The following posts were found to violate the X Rules on illegal and
regulated goods and services and have been removed from X:

  - {M[4]}
  - {M[5]}

Content withheld in a country remains visible elsewhere. To learn more
about how we handle withheld content, visit
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    items={M[1]: "restricted", M[2]: "restricted", M[3]: "restricted",
           M[4]: "removed", M[5]: "removed"},
)

case(
    name="x-bare-url-action-line-below",
    outcome="applied", classification="confirmation",
    imitates="X legal desk reply listing each URL with an 'Action taken' line below it",
    why="Each bare URL is followed by its own outcome line: two withheld, one no violation, one no longer exists.",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 06:40:02 +0000",
    subject=f"Re: [{R_X}] Request to remove illegal content - @coinsignal_kr",
    reply_to_req=rt(R_X),
    body=f"""Dear Reporter,

Please see below the outcome for the posts by @coinsignal_kr included in
your request {R_X}.

{C[1]}
Action taken: Withheld in KR

{C[2]}
Action taken: Withheld in KR

{C[3]}
Action taken: None. After careful review we did not find that this post
violates the X Rules or Korean law; it remains available.

{C[4]}
Action taken: None. This post no longer exists on X and could not be
reviewed.

The remaining posts in your request are handled in a separate reply.

Thanks,
X Legal
""",
    items={C[1]: "restricted", C[2]: "restricted", C[3]: "rejected", C[4]: "not_found"},
)

case(
    name="x-top-posted-over-gmail-quote",
    outcome="applied", classification="confirmation",
    imitates="X support agent top-posting over the quoted original request (Gmail '>' quoting)",
    why="Only the top statement counts (one post removed); the twelve quoted URLs below 'wrote:' change nothing.",
    **{"from": "support-agent@x.com"}, name_from="X Support",
    date="Sat, 14 Sep 2024 03:05:51 +0000",
    subject=f"Re: [{R_X}] Request to remove illegal content",
    reply_to_req=rt(R_X),
    body=f"""Hi,

The post {Q[1]} has been removed for violating our rules on illegal or
certain regulated goods and services. The other posts in your request are
still with our team and we will write again separately.

Best,
Dana
X Support

On Mon, Sep 2, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(x_request_text())}
""",
    items={Q[1]: "removed", Q[2]: "pending", M[1]: "pending", C[4]: "pending"},
)

case(
    name="x-html-outcome-table",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome rendered as an HTML table (URL | Outcome)",
    why="HTML table: one removed, one withheld in Korea, one not actioned because it breaks no rule or law.",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Sat, 14 Sep 2024 08:22:10 +0000",
    subject=f"Outcome of your request {R_X}",
    reply_to_req=rt(R_X),
    type="html",
    body=f"""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We have completed our review of the following posts reported in your request <b>{R_X}</b>.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported URL</th><th>Outcome</th></tr>
<tr><td><a href="{Q[2]}">{Q[2]}</a></td><td>Removed (violation of the X Rules)</td></tr>
<tr><td><a href="{Q[3]}">{Q[3]}</a></td><td>Withheld in South Korea</td></tr>
<tr><td><a href="{M[5]}">{M[5]}</a></td><td>No action &ndash; not in violation of the X Rules or local law</td></tr>
</table>
<p>More about our approach to legal requests: <a href="https://help.x.com/en/rules-and-policies/x-legal-faqs">Legal request FAQs</a></p>
<p>X Legal</p>
</body></html>""",
    items={Q[2]: "removed", Q[3]: "restricted", M[5]: "rejected"},
)

X_SOR = f"""Notice of action taken \u2013 Statement of reasons

Reference: {R_X}
X case number: LR-0915-771032
Decision date: 15 September 2024

Content concerned:
{M[4]}

Decision: Visibility restriction. Access to the post above has been withheld in the Republic of Korea. The post remains available in other countries.

Ground for the decision: The content was found to be illegal under the law of the Republic of Korea (unregistered investment advisory services). It was not found to violate the X Rules.

Facts and circumstances: The decision was taken following a notice from a governmental authority (KCSC). Automated means were not used to take this decision.

Redress: The account holder has been informed of this decision and of the ways to contest it, including our internal complaint process.

X Legal"""

case(
    name="x-statement-of-reasons-qp",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons from X (decision, ground, facts, redress), quoted-printable body",
    why="Quoted-printable body; the one post named is withheld in Korea (restricted), said plainly.",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Sun, 15 Sep 2024 02:00:13 +0000",
    subject=f"Statement of reasons - {R_X}",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(X_SOR)}
""",
    items={M[4]: "restricted"},
)

case(
    name="yt-legal-outcome-three-sections",
    outcome="applied", classification="confirmation",
    imitates="YouTube Legal Support outcome: blocked on the Korean country site / removed globally / unable to locate",
    why="Three headed sections each with one URL on the line below: blocked in KR, removed, could not locate.",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 09:31:44 +0000",
    subject=f"[{R_YT}] Your legal removal request",
    reply_to_req=rt(R_YT),
    body=f"""Hello,

Thanks for reaching out to us.

In response to your legal request ({R_YT}), we have reviewed the content
listed below.

After review, we have blocked the following content from view on the
YouTube country site for South Korea, based on local law:
{Y1}

The following video has been removed from YouTube globally for violating
our Community Guidelines:
{Y2}

We were unable to locate the following content:
{Y3}

If you have further questions, please reply to this email.

Regards,
The YouTube Legal Support Team
""",
    items={Y1: "restricted", Y2: "removed", Y3: "not_found"},
)

case(
    name="yt-age-restricted-url-below",
    outcome="applied", classification="confirmation",
    imitates="YouTube notice that a video has been age-restricted after review",
    why="Statement first, URL on the next line: the video is age-restricted, i.e. restricted.",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Sat, 14 Sep 2024 05:10:00 +0000",
    subject=f"Re: [{R_YT}] Your legal removal request",
    reply_to_req=rt(R_YT),
    body=f"""Hi there,

Following our review of your request, we have applied an age restriction to
the video below:
{Y4}

The video can no longer be viewed by users who are signed out, under 18, or
who have Restricted Mode turned on. It was not removed from YouTube.

Learn more about age-restricted content:
https://support.google.com/youtube/answer/2802167

Regards,
YouTube Legal Support
""",
    items={Y4: "restricted"},
)

YT_HTML = f"""<html><body>
<div style="font-family:Roboto,Arial;font-size:14px;color:#202124">
<p>Hi KCSC Takedown Desk,</p>
<p>We reviewed the videos reported under reference {R_YT}.</p>
<p><b>Removed</b><br>
The video <a href="{Y2}">{Y2}</a> violates our Community Guidelines and has been removed from YouTube.</p>
<p><b>No action taken</b><br>
We have decided not to take action on <a href="{Y4}">{Y4}</a>. We did not find that it violates our policies or local law, so it remains available on YouTube.</p>
<p>&mdash; The YouTube Team</p>
<p style="font-size:11px;color:#777">&copy; 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
&middot; <a href="https://support.google.com/youtube">Help Center</a></p>
</div></body></html>"""

case(
    name="yt-base64-html-removed-and-declined",
    outcome="applied", classification="confirmation",
    imitates="YouTube HTML outcome mail (base64 body) with 'Removed' and 'No action taken' sections",
    why="Base64 HTML: one video removed, another explicitly left up because it breaks no policy or law.",
    **{"from": "noreply-legal@youtube.com"}, name_from="YouTube",
    date="Sun, 15 Sep 2024 11:45:27 +0000",
    subject="Update on your YouTube legal request",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(YT_HTML)}
""",
    items={Y2: "removed", Y4: "rejected"},
)

case(
    name="meta-removed-and-restricted-angle-brackets",
    outcome="applied", classification="confirmation",
    imitates="Facebook/Instagram report outcome: 'We removed the post you reported' and local-law restriction",
    why="URLs in angle brackets; the Facebook post was removed, the Instagram post restricted in South Korea.",
    **{"from": "case-updates@facebookmail.com"}, name_from="Facebook",
    date="Fri, 13 Sep 2024 12:02:19 +0000",
    subject=f"Your report {R_META}: decision",
    reply_to_req=rt(R_META),
    body=f"""Hi KCSC Takedown,

Thanks for your report about <{F1}>. We removed this post because it goes
against our Community Standards on restricted goods and services.

We also reviewed the Instagram post <{I1}>. It doesn't go against our
Community Guidelines, but after reviewing your report under local law we
have restricted access to it in South Korea.

You can see updates about your reports in your Support Inbox:
<https://www.facebook.com/support/?tab=reports>

Thanks,
The Facebook Team
""",
    items={F1: "removed", I1: "restricted"},
)

case(
    name="meta-not-taken-down-and-profile-gone",
    outcome="applied", classification="confirmation",
    imitates="Meta legal-removal decision: 'we didn't take it down' plus 'we couldn't find this content'",
    why="Instagram post stays up for want of any violation (rejected); the profile no longer exists (not_found).",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Content Requests",
    date="Sat, 14 Sep 2024 07:33:05 +0000",
    subject=f"RE: {R_META} - Content removal request",
    reply_to_req=rt(R_META),
    body=f"""Hello,

We've completed our review of the remaining items in request {R_META}.

Instagram post: {I1}
We didn't take this post down. We reviewed it against our Community
Guidelines and the local law you cited and found that it does not violate
either.

Facebook profile: {F2}
We couldn't find any content at this link. The profile no longer exists on
Facebook.

If you think we got this wrong, you can send us more information through
the government request form.

Regards,
Meta Content Requests Team
""",
    items={I1: "rejected", F2: "not_found"},
)

case(
    name="tiktok-numbered-list-five-outcomes",
    outcome="applied", classification="confirmation",
    imitates="TikTok Trust & Safety legal outcome with one numbered line per reported video",
    why="Numbered list, every video named with its outcome: two removed, one restricted in KR, one no violation, one deleted by its creator.",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Fri, 13 Sep 2024 04:18:00 +0000",
    subject=f"[{R_TT}] Result of your content removal request",
    reply_to_req=rt(R_TT),
    body=f"""Dear KCSC Takedown Desk,

Thank you for contacting TikTok. We have reviewed the five videos reported
in your request {R_TT}. Our decisions are as follows:

1. {T11} - Removed for violating our Community Guidelines (regulated goods)
2. {T12} - Removed for violating our Community Guidelines (regulated goods)
3. {T13} - Restricted in your country/region under local law
4. {T21} - No violation found; the video remains available
5. {T22} - Not found: the video was deleted by its creator before our review

Sincerely,
TikTok Trust & Safety
""",
    items={T11: "removed", T12: "removed", T13: "restricted", T21: "rejected", T22: "not_found"},
)

TT_CSV = f"""content_url,decision,decision_date,policy
{T11},Removed,2024-09-13,Regulated goods
{T12},Removed,2024-09-13,Regulated goods
{T13},Geo-restricted (KR),2024-09-13,Local law
"""

case(
    name="tiktok-csv-attachment",
    outcome="applied", classification="confirmation",
    imitates="TikTok government-request desk sending results as a CSV attachment",
    why="Body points to the attachment; the CSV lists two removed videos and one geo-restricted in KR.",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Sat, 14 Sep 2024 01:50:37 +0000",
    subject=f"RE: [{R_TT}] Result of your content removal request",
    reply_to_req=rt(R_TT),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="tt-7f3a9c"

--tt-7f3a9c
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the results for the videos of @seoul_pillshop in your
request {R_TT}.

Best regards,
TikTok Legal

--tt-7f3a9c
Content-Type: text/csv; charset=utf-8; name="{R_TT}_results.csv"
Content-Disposition: attachment; filename="{R_TT}_results.csv"
Content-Transfer-Encoding: base64

{b64(TT_CSV)}
--tt-7f3a9c--
""",
    items={T11: "removed", T12: "removed", T13: "restricted"},
)

case(
    name="tiktok-bilingual-korean-particles",
    outcome="applied", classification="confirmation",
    imitates="TikTok Korea bilingual notice (English + Korean 삭제 / 접근 제한 lines)",
    why="URLs followed directly by a Korean particle and a full-width bracket: one video 삭제 (removed), one 접근 제한 in Korea (restricted).",
    **{"from": "trust-safety-kr@tiktok.com"}, name_from="TikTok Korea",
    date="Sun, 15 Sep 2024 06:07:45 +0000",
    subject=f"[{R_TT}] 처리 결과 안내 / Outcome of your request",
    reply_to_req=rt(R_TT),
    body=f"""Hello,

Below is the outcome for the two videos of @pill_express_kr in your request
{R_TT} (Korean first, English follows).

[안내] 영상 {T21}은 커뮤니티 가이드라인 위반으로 삭제 조치되었습니다.
[안내] 영상({T22}）은 관련 법령에 따라 대한민국 내 접근 제한 조치되었습니다.

The first video has been removed for violating our Community Guidelines.
The second video has been restricted in South Korea under local law.

TikTok Korea Trust & Safety
""",
    items={T21: "removed", T22: "restricted"},
)

case(
    name="tiktok-statement-of-reasons-blocks",
    outcome="applied", classification="confirmation",
    imitates="TikTok DSA-style statement of reasons, one block per content item",
    why="Two statement blocks, each naming its video and its decision: removal (global) and access disabled in KR.",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Mon, 16 Sep 2024 02:24:09 +0000",
    subject=f"Statement of reasons - {R_TT}",
    body=f"""Dear KCSC,

We write to inform you of the decisions taken on content you notified to
us (reference {R_TT}).

--- Decision 1 ---
Content: {T12}
Type: video
Decision: Removal of the content (all regions)
Ground: Incompatible with TikTok Community Guidelines - regulated goods
Automated detection: No

--- Decision 2 ---
Content: {T22}
Type: video
Decision: Access disabled in the Republic of Korea
Ground: Illegal content under local law (Pharmaceutical Affairs Act)
Automated detection: No

The creators concerned have been notified and may appeal these decisions.

TikTok Legal
""",
    items={T12: "removed", T22: "restricted"},
)

case(
    name="reddit-removed-and-geo-restricted",
    outcome="applied", classification="confirmation",
    imitates="Reddit Legal reply to a government removal request (Content Policy removal and in-country restriction)",
    why="One post removed by admins for the Content Policy, the other restricted in South Korea; each named.",
    **{"from": "legalrequests@reddit.com"}, name_from="Reddit Legal",
    date="Fri, 13 Sep 2024 18:55:30 +0000",
    subject=f"Re: {R_RD} removal request",
    reply_to_req=rt(R_RD),
    body=f"""Hello,

Thank you for your request. Reddit admins have reviewed both posts.

We've removed the following post for violating Reddit's Content Policy:
{D1}

We've restricted access to the following post in South Korea in response
to your request:
{D2}

Reddit Legal
""",
    items={D1: "removed", D2: "restricted"},
)

case(
    name="reddit-one-post-declined",
    outcome="applied", classification="confirmation",
    imitates="Reddit Legal decline: no Content Policy violation and no legal basis found",
    why="A refusal with its reason for one named post: rejected.",
    **{"from": "legalrequests@reddit.com"}, name_from="Reddit Legal",
    date="Sat, 14 Sep 2024 17:12:48 +0000",
    subject=f"Re: {R_RD} removal request",
    reply_to_req=rt(R_RD),
    body=f"""Hi,

After review, we found that the post at {D2} does not
violate Reddit's Content Policy, and the information provided does not give
us a legal basis to restrict it. We will not be taking action on this post.

If you have a court order or additional documentation, you may submit it
through our legal request portal.

Best,
Reddit Legal
""",
    items={D2: "rejected"},
)

case(
    name="discord-server-removed",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety follow-up: the reported server was removed",
    why="The invite link of the one-item request is named and the server behind it removed.",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 21:03:11 +0000",
    subject=f"Re: [{R_DC}] Report of illegal drug sales server",
    reply_to_req=rt(R_DC),
    body=f"""Hi there,

Thanks for your report. We've investigated the server you reported (invite
link: {G1}). We found that it violated our Community
Guidelines and have removed the server from Discord. The invite link is no
longer active, and the server owner's account has been actioned.

You can read more about how we enforce our policies at
https://discord.com/safety

Discord Trust & Safety
""",
    items={G1: "removed"},
)

case(
    name="discord-reported-content-removed-one-item",
    outcome="applied", classification="confirmation",
    imitates="Discord T&S short closing reply that names the report but not the link",
    why="'The reported content has been removed' for a request of exactly one item: applies to that item.",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Sat, 14 Sep 2024 13:40:56 +0000",
    subject=f"Re: [{R_DC}] Report of illegal drug sales server",
    reply_to_req=rt(R_DC),
    body=f"""Hello,

Following up on your report {R_DC}: the reported content has been removed
and the associated accounts have been actioned. This ticket is now closed.

Thanks,
Discord Trust & Safety
""",
    items={G1: "removed"},
)

case(
    name="pinterest-pins-removed",
    outcome="applied", classification="confirmation",
    imitates="Pinterest 'We've removed the Pins you reported' notice",
    why="Both Pins are named, in angle brackets, under one unhedged removal sentence.",
    **{"from": "legal@pinterest.com"}, name_from="Pinterest",
    date="Fri, 13 Sep 2024 16:28:03 +0000",
    subject=f"We've taken action on your report ({R_PIN})",
    reply_to_req=rt(R_PIN),
    body=f"""Hi,

Thanks for letting us know. We've removed the Pins you reported because
they go against our Community Guidelines on gambling:

<{P1}>
<{P2}>

Pinterest Trust & Safety
https://policy.pinterest.com/community-guidelines
""",
    items={P1: "removed", P2: "removed"},
)

case(
    name="pinterest-top-posted-mixed",
    outcome="applied", classification="confirmation",
    imitates="Pinterest support agent reply top-posted over the quoted request",
    why="Top part: first Pin removed, second left up as not against the guidelines; quoted request changes nothing.",
    **{"from": "support@pinterest.com"}, name_from="Pinterest Support",
    date="Sat, 14 Sep 2024 15:00:41 +0000",
    subject=f"Re: [{R_PIN}] Removal request",
    reply_to_req=rt(R_PIN),
    body=f"""Hello,

We've looked into the two Pins you sent us.

- {P1} has been removed.
- {P2} links to a news article about betting regulation. It doesn't go
  against our Community Guidelines, so we've left it up.

Thanks,
Jordan | Pinterest Support

On Thu, Sep 12, 2024 at 11:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(pin_request_text())}
""",
    items={P1: "removed", P2: "rejected"},
)

case(
    name="x-outlook-original-message",
    outcome="applied", classification="confirmation",
    imitates="X legal agent reply from Outlook with the request below '-----Original Message-----'",
    why="One post withheld in Korea above the separator; the request's list below it (not '>'-quoted) changes nothing.",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Mon, 16 Sep 2024 00:47:58 +0000",
    subject=f"RE: [{R_X}] Request to remove illegal content",
    body=f"""Hello,

We have withheld the following post in South Korea:
{C[1]}

Kind regards,
Min
X Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: legal@x.com
Subject: [{R_X}] Request to remove illegal content

{x_request_text()}
""",
    items={C[1]: "restricted", M[1]: "pending", Q[3]: "pending"},
)

case(
    name="x-wrapped-url-in-angle-brackets",
    outcome="applied", classification="confirmation",
    imitates="X legal reply from a client that wraps long URLs inside angle brackets",
    why="A URL wrapped inside <...> is still one URL: removed; the second, unwrapped, is withheld in South Korea.",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Mon, 16 Sep 2024 05:15:30 +0000",
    subject=f"Re: [{R_X}] Request to remove illegal content",
    reply_to_req=rt(R_X),
    body=f"""Hello,

The following post has been removed for violating the X Rules on illegal
goods and services: <https://x.com/mirae_tradeboss/status/
1829000000000000102>

The following post has been withheld in South Korea: <{C[3]}>

X Legal
""",
    items={M[2]: "removed", C[3]: "restricted"},
)

case(
    name="meta-echoed-report-decision",
    outcome="applied", classification="confirmation",
    imitates="Meta Support Inbox style mail echoing 'Your report' fields then 'Our decision'",
    why="Echoed report block names the post; the decision section says plainly it was removed.",
    **{"from": "notification@facebookmail.com"}, name_from="Facebook",
    date="Sun, 15 Sep 2024 09:09:09 +0000",
    subject="We've reviewed your report",
    body=f"""Your report

Reported content: {F1}
What you reported: Sale of restricted goods or services
Reference: {R_META}
Submitted: Sep 5, 2024

Our decision

We removed the content. It goes against our Community Standards on
restricted goods and services. The person who shared it has been told it
was removed, but not who reported it.

See this report in your Support Inbox:
https://www.facebook.com/support/?ref=report_decision

Thanks for helping keep Facebook safe.
""",
    items={F1: "removed"},
)

case(
    name="x-echoed-report-two-decisions",
    outcome="applied", classification="confirmation",
    imitates="X report outcome mail echoing report id, reported post and decision",
    why="Two echoed report blocks, each with its post and decision: one removed, one withheld in KR.",
    **{"from": "noreply@x.com"}, name_from="X",
    date="Tue, 17 Sep 2024 03:33:03 +0000",
    subject="Update on your reports",
    body=f"""We've reviewed the reports you submitted for {R_X}.

Report ID: 1835512002781
Reported post: {M[3]}
Decision: Removed - violation of the X Rules (illegal or regulated goods)

Report ID: 1835512002782
Reported post: {Q[3]}
Decision: Withheld in KR (local law)

Thanks for helping keep X safe.
https://help.x.com/en/safety-and-security/report-abusive-behavior
""",
    items={M[3]: "removed", Q[3]: "restricted"},
)

case(
    name="x-account-suspended-posts-unavailable",
    outcome="applied", classification="confirmation",
    imitates="X notice that the reported account was suspended and its posts are no longer available",
    why="Suspension makes the three listed posts unavailable on X (removed); each post is named.",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Tue, 17 Sep 2024 08:11:12 +0000",
    subject=f"Re: [{R_X}] @quickloan_777",
    reply_to_req=rt(R_X),
    body=f"""Hello,

The account @quickloan_777 has been permanently suspended for repeated
violations of the X Rules. As a result, the following posts are no longer
available on X:

{Q[1]}
{Q[2]}
{Q[3]}

X Legal
""",
    items={Q[1]: "removed", Q[2]: "removed", Q[3]: "removed"},
)

# ================================================================ REVIEW

case(
    name="x-promise-will-withhold",
    outcome="review", review="not_understood",
    imitates="X legal interim reply promising to withhold content after legal review",
    why="'Will be withheld once our review is complete' is a promise; both named posts stay pending.",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 23:40:00 +0000",
    subject=f"Re: [{R_X}] Request to remove illegal content",
    reply_to_req=rt(R_X),
    body=f"""Hello,

We are processing your request {R_X}. Subject to the outcome of our legal
review, the posts listed below will be withheld in South Korea:

{C[2]}
{C[4]}

We expect to complete the review within five business days.

X Legal
""",
    items={C[2]: "pending", C[4]: "pending"},
)

case(
    name="yt-hedged-appears-blocked",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim update with hedged observations about reported videos",
    why="'Appears to be already blocked' is a hedge and 'still under review' no outcome: both videos pending.",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 02:15:32 +0000",
    subject=f"[{R_YT}] Interim update",
    reply_to_req=rt(R_YT),
    body=f"""Hello,

A quick update on request {R_YT}. Our initial checks show that
{Y1} appears to be already blocked in
Korea as the result of an earlier request, which we are confirming. The
short {Y3} is still under review.

We will send you our final response once the review is complete.

YouTube Legal Support
""",
    items={Y1: "pending", Y3: "pending"},
)

case(
    name="meta-hedge-may-have-been-removed",
    outcome="review", review="not_understood",
    imitates="Meta reviewer reply with a hedge ('may have already been removed')",
    why="'May have already been removed' and 'still reviewing' state nothing; items pending.",
    **{"from": "legal-requests@meta.com"}, name_from="Meta Content Requests",
    date="Fri, 13 Sep 2024 03:27:44 +0000",
    subject=f"RE: {R_META} - Content removal request",
    reply_to_req=rt(R_META),
    body=f"""Hi,

It looks like the group post {F1} may have already been removed by the
person who shared it, although we have not been able to confirm this yet.
We're still reviewing {I1} and will update you when we have a decision.

Regards,
Meta Content Requests Team
""",
    items={F1: "pending", I1: "pending"},
)

case(
    name="tiktok-all-videos-removed-bulk",
    outcome="review", review="bulk",
    imitates="TikTok closing mail: 'all of the reported videos have been removed'",
    why="A statement about all videos of a five-item request without naming any: bulk review, items pending.",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Tue, 17 Sep 2024 05:00:00 +0000",
    subject=f"[{R_TT}] Case closed",
    reply_to_req=rt(R_TT),
    body=f"""Dear KCSC Takedown Desk,

We have reviewed your report {R_TT}, and all of the reported videos have
been removed for violating our Community Guidelines.

This case is now closed.

TikTok Trust & Safety
""",
    items={T11: "pending", T12: "pending", T13: "pending", T21: "pending", T22: "pending"},
)

case(
    name="reddit-both-posts-removed-bulk",
    outcome="review", review="bulk",
    imitates="Reddit admin short reply 'both posts have been removed'",
    why="'Both of the posts' covers a two-item request without naming either: bulk review.",
    **{"from": "legalrequests@reddit.com"}, name_from="Reddit Legal",
    date="Sun, 15 Sep 2024 20:20:20 +0000",
    subject=f"Re: {R_RD} removal request",
    reply_to_req=rt(R_RD),
    body=f"""Hi,

Both of the posts referenced in your request {R_RD} have been removed by
Reddit admins.

Reddit Legal
""",
    items={D1: "pending", D2: "pending"},
)

case(
    name="x-dmarc-fail-untrusted",
    outcome="review", review="untrusted",
    auth="fail",
    imitates="X legal outcome mail whose authentication fails (DKIM/SPF/DMARC fail)",
    why="Sender claims x.com but fails DMARC: the removals cannot be applied.",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Mon, 16 Sep 2024 10:02:33 +0000",
    subject=f"Re: [{R_X}] Request to remove illegal content",
    body=f"""Hello,

The following posts have been removed from X for violating the X Rules:

{M[1]}
{M[2]}

X Legal
""",
    items={M[1]: "pending", M[2]: "pending"},
)

case(
    name="law-firm-unknown-sender",
    outcome="review", review="unknown_sender",
    imitates="Uploader's counsel writing to the regulator that the client deleted the videos",
    why="A law firm, not YouTube, says the videos were deleted: unknown sender, nothing applied.",
    **{"from": "counsel@hanbit-law.example"}, name_from="Hanbit Law Office",
    date="Mon, 16 Sep 2024 07:30:00 +0000",
    subject=f"Your request {R_YT} - channel owner response",
    body=f"""Dear Sir or Madam,

We act for the owner of the YouTube channel concerned by your request
{R_YT}. Our client has deleted the following videos from the channel:

{Y1}
{Y2}

Our client reserves all rights regarding the remaining videos.

Yours faithfully,
Hanbit Law Office
""",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="snap-not-on-snapchat-wrong-platform",
    outcome="review", review="wrong_platform",
    imitates="Snap Trust & Safety reply: the link does not point to Snapchat content",
    why="Snap states it cannot locate a TikTok item; a platform speaking of another platform's item: wrong_platform.",
    **{"from": "trustandsafety@snap.com"}, name_from="Snap Inc. Trust & Safety",
    date="Fri, 13 Sep 2024 19:44:21 +0000",
    subject=f"Re: {R_TT}",
    body=f"""Hello,

Thank you for contacting Snap. We reviewed the link you sent us:

{T11}

We could not locate this content on Snapchat. The link does not point to
Snapchat and we are unable to take any action on it.

Snap Inc. Trust & Safety
""",
    items={T11: "pending"},
)

case(
    name="discord-asks-more-information",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Discord Trust & Safety asking for message links and a legal basis before acting",
    why="Discord asks for more information before acting; nothing decided about the invite link.",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 08:05:15 +0000",
    subject=f"Re: [{R_DC}] Report of illegal drug sales server",
    reply_to_req=rt(R_DC),
    body=f"""Hi there,

Thanks for reaching out about {G1}.

To investigate your report {R_DC} we need some more information:

  - message links for the specific messages offering drugs for sale
    (right-click a message > Copy Message Link);
  - the server ID, if you have it;
  - the provision of Korean law the content is alleged to breach.

Please reply to this email with the details above and we'll continue our
review.

Discord Trust & Safety
""",
    items={G1: "pending"},
)

case(
    name="twitch-actioned-no-item",
    outcome="review", review="no_claims",
    imitates="Twitch 'We've actioned on your report' notification (no channel, no reference)",
    why="Trusted Twitch mail about an enforcement action that names no item and no request of ours.",
    **{"from": "no-reply@twitch.tv"}, name_from="Twitch",
    date="Sat, 14 Sep 2024 22:10:05 +0000",
    subject="We've actioned on your report",
    body="""Hi KCSC_Takedown,

Thank you for your report. Our safety team has reviewed it and determined
that a violation of the Twitch Community Guidelines occurred, and
appropriate enforcement action has been taken.

Thank you for helping keep Twitch safe.

Twitch Safety
https://safety.twitch.tv
""",
    items={},
)

case(
    name="pinterest-conditional-in-queue",
    outcome="review", review="not_understood",
    imitates="Pinterest interim reply: Pins in the review queue, removal if they violate the guidelines",
    why="Conditional ('if ... they will be removed') and 'in our review queue' are not outcomes: pending.",
    **{"from": "support@pinterest.com"}, name_from="Pinterest Support",
    date="Thu, 12 Sep 2024 09:45:00 +0000",
    subject=f"Re: [{R_PIN}] Removal request",
    reply_to_req=rt(R_PIN),
    body=f"""Hi,

Thanks for your message. The Pins below are now in our review queue:

{P1}
{P2}

If they are found to go against our Community Guidelines, they will be
removed and the Pinners notified.

Pinterest Support
""",
    items={P1: "pending", P2: "pending"},
)

# ================================================================ IGNORED

case(
    name="x-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Out-of-office auto-reply from an X legal team member",
    why="Auto-Submitted out-of-office reply; nothing about any item.",
    **{"from": "j.park@x.com"}, name_from="Jisoo Park",
    date="Mon, 02 Sep 2024 01:00:09 +0000",
    subject=f"Automatic reply: [{R_X}] Request to remove illegal content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    reply_to_req=rt(R_X),
    body="""I am out of the office until Monday 9 September with limited access to
email. For urgent legal requests please use the X legal request portal.

Jisoo
""",
    items={},
)

DSN_ORIG = f"""From: KCSC Takedown <takedown@kcsc.example>
To: kr-requests@legacy-legal.meta.com
Subject: [{R_META}] Request to remove illegal content
Date: Thu, 05 Sep 2024 11:00:00 +0900
Message-ID: <{mid(R_META)}>

Dear Meta,

Please remove the following (our reference {R_META}):
{F1}
{I1}
{F2}

KCSC Takedown Desk
"""

case(
    name="dsn-bounce-old-meta-address",
    outcome="ignored", classification="bounce",
    auth="none",
    imitates="Postfix delivery status notification for a request sent to a retired Meta address",
    why="A DSN returning our own request, whose URLs are not statements.",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    date="Thu, 05 Sep 2024 02:00:41 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-51C2"

--dsn-51C2
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<kr-requests@legacy-legal.meta.com>: host
    legacy-legal.meta.com[203.0.113.25] said: 550 5.1.1 User unknown

--dsn-51C2
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Thu,  5 Sep 2024 11:00:00 +0900 (KST)

Final-Recipient: rfc822; kr-requests@legacy-legal.meta.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-51C2
Content-Description: Undelivered Message
Content-Type: message/rfc822

{DSN_ORIG}
--dsn-51C2--
""",
    items={F1: "pending"},
)

case(
    name="yt-read-receipt-mdn",
    outcome="ignored", classification="read_receipt",
    imitates="Message disposition notification (read receipt) from a Google legal staffer",
    why="An MDN only says the request was displayed.",
    **{"from": "h.lee@google.com"}, name_from="Hana Lee",
    date="Wed, 04 Sep 2024 07:12:00 +0000",
    subject=f"Read: [{R_YT}] Request to remove illegal content",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-0a1b"

--mdn-0a1b
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@google.com
  Subject: [{R_YT}] Request to remove illegal content
  Sent: Wednesday, September 4, 2024 2:30 PM (UTC+09:00) Seoul

was read on Wednesday, September 4, 2024 4:12 PM (UTC+09:00) Seoul.

--mdn-0a1b
Content-Type: message/disposition-notification

Reporting-UA: mail.google.com; Gmail
Final-Recipient: rfc822;legal-kr@google.com
Original-Message-ID: <{mid(R_YT)}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-0a1b--
""",
    items={},
)

case(
    name="tiktok-ticket-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok support ticket receipt ('we have received your report, ticket created')",
    why="Pure acknowledgement with a ticket number; no outcome.",
    **{"from": "support@tiktok.com"}, name_from="TikTok Support",
    date="Mon, 09 Sep 2024 00:31:10 +0000",
    subject=f"[Ticket 58231907] {R_TT}",
    reply_to_req=rt(R_TT),
    body=f"""Hello,

We have received your report regarding {R_TT}. A ticket has been created
for your request (ticket number 58231907). Our team will review it and get
back to you as soon as possible.

Please do not change the subject line when replying, so that your reply is
added to the same ticket.

TikTok Support
""",
    items={},
)

case(
    name="reddit-auto-acknowledgement",
    outcome="ignored", classification="acknowledgement",
    imitates="Reddit Legal request-received receipt",
    why="Receipt of the request with a case number; says nothing about any post.",
    **{"from": "legalrequests@reddit.com"}, name_from="Reddit Legal",
    date="Tue, 10 Sep 2024 07:02:58 +0000",
    subject=f"Request received: {R_RD} [ref:00D5x.500Kr1]",
    reply_to_req=rt(R_RD),
    body="""Hello,

Thank you for contacting Reddit Legal. This message confirms that we have
received your request. We review requests in the order received, and we
will respond once our review is complete.

Your case reference is 500Kr1.

Reddit Legal
""",
    items={},
)

case(
    name="telegram-unmonitored-autoreply",
    outcome="ignored", classification="auto_reply",
    imitates="Telegram abuse-desk automatic reply ('this address is not monitored for all requests')",
    why="Automatic reply pointing to other channels; no statement, and no Telegram item requested.",
    **{"from": "abuse@telegram.org"}, name_from="Telegram",
    date="Thu, 12 Sep 2024 02:00:05 +0000",
    subject=f"Re: [{R_PIN}] Removal request",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""This is an automatic reply.

Thank you for your message. This address handles reports about public
content on Telegram only. Messages about other services are not read.
To report public content on Telegram, please include the t.me link of the
channel, group or message.

Telegram Abuse Team
""",
    items={},
)

case(
    name="discord-zendesk-receipt-echo",
    outcome="ignored", classification="acknowledgement",
    imitates="Discord (Zendesk) 'Your request has been received' receipt echoing the submitted form",
    why="A receipt that only echoes our submission (including the link); no outcome stated.",
    **{"from": "support@discord.com"}, name_from="Discord",
    date="Wed, 11 Sep 2024 01:16:33 +0000",
    subject="[Discord] Your request has been received (#44120387)",
    body=f"""##- Please type your reply above this line -##

Your request (44120387) has been received and is being reviewed by our
Trust & Safety team.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown, Sep 11, 2024, 10:16 KST

Report type: Illegal activity
Reference: {R_DC}
Link: {G1}
Description: Server selling prescription drugs to users in Korea.

This email is a service from Discord.
""",
    items={G1: "pending"},
)

HEADER = """# Blind set 526 (tests/corpus/blind526/): English notices from many
# platforms (X, YouTube, Meta, TikTok, Reddit, Discord, Telegram, Twitch,
# Snapchat, Pinterest). Written from each email's meaning before any run of
# the reader. Generated by make.py; do not edit by hand.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind526", HEADER, CASES)
