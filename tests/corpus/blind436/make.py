#!/usr/bin/env python3
"""Blind set 436: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Telegram, Twitch, Snapchat, Pinterest).

    python3 tests/corpus/blind436/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml. The
expected results were written from each email's meaning alone, before the
reader was ever run on this set. All names, handles, ids and URLs are
fictional.
"""
import base64
import csv
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind436"

# ---------------------------------------------------------------- requests
R_X, R_YT, R_META, R_TT, R_RD, R_DC, R_TG = (
    "KCSC-240910-01", "KCSC-240910-02", "KCSC-240911-03", "KCSC-240911-04",
    "KCSC-240912-05", "KCSC-240912-06", "KCSC-240913-07",
)

X = {
    1: "https://x.com/pale_lantern_kr/status/1833100000000000101",
    2: "https://x.com/pale_lantern_kr/status/1833100000000000102",
    3: "https://x.com/mossgate_88/status/1833100000000000203",
    4: "https://x.com/mossgate_88/status/1833100000000000204",
    5: "https://x.com/quietferry/status/1833100000000000305",
    6: "https://x.com/quietferry/status/1833100000000000306",
    7: "https://x.com/rivet_and_ash/status/1833100000000000407",
    8: "https://x.com/rivet_and_ash/status/1833100000000000408",
    9: "https://x.com/tidelinebot/status/1833100000000000509",
    10: "https://x.com/tidelinebot/status/1833100000000000510",
    11: "https://x.com/hollowcedar_01/status/1833100000000000611",
    12: "https://x.com/hollowcedar_01",
}
YT = {
    1: "https://www.youtube.com/watch?v=Qm3vT8kLp2A",
    2: "https://www.youtube.com/watch?v=Zr7nW1cHx9E",
    3: "https://www.youtube.com/shorts/Hb4sK0dTq6U",
    4: "https://www.youtube.com/@ember_notice_tv",
}
META = {
    1: "https://www.facebook.com/groups/4471029385/posts/9920314477",
    2: "https://www.instagram.com/p/C9xLm2Rt0Qa/",
    3: "https://www.facebook.com/profile.php?id=100089123456789",
}
TT = {
    1: "https://www.tiktok.com/@saltmarsh.kr/video/7413200000000000011",
    2: "https://www.tiktok.com/@saltmarsh.kr/video/7413200000000000012",
    3: "https://www.tiktok.com/@velvetquarry/video/7413200000000000023",
    4: "https://www.tiktok.com/@velvetquarry/video/7413200000000000024",
    5: "https://www.tiktok.com/@nightkiln_",
}
RD_SLUG_RAW = "주간_공유_스레드"
RD = {
    1: "https://www.reddit.com/r/grayharborkr/comments/1fd2k7q/" + quote(RD_SLUG_RAW) + "/",
    2: "https://www.reddit.com/user/copperwren_77/",
}
RD1_RAW = "https://www.reddit.com/r/grayharborkr/comments/1fd2k7q/" + RD_SLUG_RAW + "/"
DC = {1: "https://discord.gg/Kp7wRz3q"}
TG = {
    1: "https://t.me/lowtide_market",
    2: "https://t.me/lowtide_market/2215",
    3: "https://t.me/s/ashfern_board/88",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    (R_X, "x", "2024-09-10T10:00:00+09:00", "2024-09-17T23:59:59+09:00", X,
     "illegal_gambling", "batch of posts and one account, largest request of the set"),
    (R_YT, "youtube", "2024-09-10T14:30:00+09:00", "2024-09-17T23:59:59+09:00", YT,
     "defamation", "three videos, one channel"),
    (R_META, "meta", "2024-09-11T09:15:00+09:00", "2024-09-18T23:59:59+09:00", META,
     "illegal_drugs", "Facebook group post, Instagram post, Facebook profile"),
    (R_TT, "tiktok", "2024-09-11T16:00:00+09:00", "2024-09-18T23:59:59+09:00", TT,
     "obscenity", "four videos and one account"),
    (R_RD, "reddit", "2024-09-12T10:20:00+09:00", "2024-09-19T23:59:59+09:00", RD,
     "privacy", "post with a Korean slug, user profile"),
    (R_DC, "discord", "2024-09-12T15:45:00+09:00", "2024-09-19T23:59:59+09:00", DC,
     "illegal_gambling", "one server invite"),
    (R_TG, "telegram", "2024-09-13T11:00:00+09:00", "2024-09-20T23:59:59+09:00", TG,
     "illegal_drugs", "channel, a message of it, and a post of another channel"),
]


def msgid(ref):
    return "req-" + ref


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for k in sorted(urls):
                w.writerow([ref, plat, sent, due, urls[k], cat, msgid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- MIME helpers
def b64(text):
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def alternative(boundary, text, html):
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        f"{text.strip()}\n\n"
        f"--{boundary}\n"
        "Content-Type: text/html; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        f"{html.strip()}\n\n"
        f"--{boundary}--\n"
    )


def original_request(ref, urls, prefix="> "):
    lines = [
        "Dear Trust & Safety team,",
        "",
        "The Korea Communications Standards Commission asks you to remove or",
        "block access to the following content, found to be illegal under",
        "Korean law:",
        "",
    ]
    lines += [urls[k] for k in sorted(urls)]
    lines += ["", f"Reference: {ref}", "", "KCSC Takedown Desk"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


# ---------------------------------------------------------------- cases
CASES = []


def case(**c):
    CASES.append(c)


# ===== X =====================================================================
case(
    name="x-legal-withheld-kr-bullets",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email (Country Withheld Content) to a government reporter",
    why="three posts withheld in Korea and one removed globally, each named in a bulleted list",
    **{"from": "no-reply-legal@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 07:41:09 +0000",
    subject=f"Re: {R_X} - Request to remove content [ref:00D3x.5009Kt3]",
    reply_to_req=msgid(R_X),
    body=f"""
Hello,

Thank you for your request dated 10 September 2024 (your reference {R_X}).

We have reviewed the reported content under the X Rules and the applicable
local law. In response to your request, the following posts have been
withheld in the Republic of Korea:

  • {X[1]}
  • {X[2]}
  • {X[3]}

The following post was found to violate the X Rules and has been removed
from X globally:

  • {X[4]}

We have notified the account holders of this action unless we were legally
prevented from doing so. A redacted copy of your request may be published
on Lumen (lumendatabase.org).

We are still reviewing the remaining items of your request and will write
to you separately about them.

Regards,
X Legal
""",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "restricted", X[4]: "removed"},
)

case(
    name="x-html-table-mixed",
    outcome="applied", classification="confirmation",
    imitates="X legal operations summary with a per-URL action table (HTML with plain-text alternative)",
    why="six posts in a table: removed, withheld, no action, not found, removed, withheld",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
    date="Fri, 13 Sep 2024 02:15:44 +0000",
    subject=f"Summary of actions - {R_X}",
    raw_mime=alternative(
        "==x-436-b2",
        f"""
Hello KCSC team,

Below is the outcome of our review of your request {R_X}.

URL | Action
{X[5]} | Removed - violation of the X Rules (violent speech)
{X[6]} | Withheld in KR
{X[7]} | No action - does not violate the X Rules or local law as presented
{X[8]} | Not found - the post does not exist
{X[9]} | Removed - account suspended
{X[10]} | Withheld in KR

Kind regards,
X Legal Operations
""",
        f"""
<html><body>
<p>Hello KCSC team,</p>
<p>Below is the outcome of our review of your request {R_X}.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Action</th></tr>
<tr><td>{X[5]}</td><td>Removed &ndash; violation of the X Rules (violent speech)</td></tr>
<tr><td>{X[6]}</td><td>Withheld in KR</td></tr>
<tr><td>{X[7]}</td><td>No action &ndash; does not violate the X Rules or local law as presented</td></tr>
<tr><td>{X[8]}</td><td>Not found &ndash; the post does not exist</td></tr>
<tr><td>{X[9]}</td><td>Removed &ndash; account suspended</td></tr>
<tr><td>{X[10]}</td><td>Withheld in KR</td></tr>
</table>
<p>Kind regards,<br>X Legal Operations</p>
</body></html>
"""),
    items={X[5]: "removed", X[6]: "restricted", X[7]: "rejected", X[8]: "not_found",
           X[9]: "removed", X[10]: "restricted"},
)

case(
    name="x-account-withheld-url-below",
    outcome="applied", classification="confirmation",
    imitates="X legal reply: account-level Country Withheld Content, each URL on the line below its statement",
    why="account withheld in Korea (URL on the next paragraph); its post already deleted by the holder",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date="Fri, 13 Sep 2024 09:02:30 +0000",
    subject=f"Re: {R_X} Request to remove content",
    reply_to_req=msgid(R_X),
    body=f"""
Hi,

Following our review of your report {R_X}, the account below has been
withheld in South Korea:

{X[12]}

As for the post from the same account that you also listed, it had been
deleted by the account holder before we completed our review, so it no
longer exists on X and no action was needed from us:

{X[11]}

We consider these two items closed.

Thanks,
X Legal Support
""",
    items={X[12]: "restricted", X[11]: "not_found"},
)

case(
    name="x-declined-no-violation",
    outcome="applied", classification="confirmation",
    imitates="X legal-request refusal (no X Rules violation, no legal basis to withhold)",
    why="X declines both named posts, which stay available",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date="Sat, 14 Sep 2024 01:30:00 +0000",
    subject=f"Re: {R_X} Request to remove content",
    reply_to_req=msgid(R_X),
    body=f"""
Hello,

We have carefully reviewed the posts listed below from your request {R_X}.
We found that they do not violate the X Rules, and we have not identified
a legal basis to withhold them in Korea. We are therefore declining to
take action on:

- {X[7]}
- {X[8]}

Both posts remain available on X. If a Korean court issues an order
concerning this content, you may submit it through our legal request
portal at https://legalrequests.x.com/ as a new request.

Regards,
X Legal Support
""",
    items={X[7]: "rejected", X[8]: "rejected"},
)

case(
    name="x-ticket-fields-status-below",
    outcome="applied", classification="confirmation",
    imitates="ticket-system closing notice: 'Reported URL' field with 'Action taken' on the line below",
    why="four posts: two withheld in KR, one removed, one no violation",
    **{"from": "cases@x.com"}, name_from="X Support",
    date="Sat, 14 Sep 2024 05:12:51 +0000",
    subject=f"[Case 0442918] Your request {R_X} has been resolved",
    body=f"""
Your case 0442918 has been resolved.

Requester reference: {R_X}

Reported URL:
{X[1]}
Action taken: Withheld in country (KR)

Reported URL:
{X[2]}
Action taken: Withheld in country (KR)

Reported URL: {X[3]}
Action taken: Removed (X Rules violation)

Reported URL:
{X[4]}
Action taken: None - no violation found

This case is now closed. Replies to this email are not monitored.
""",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "removed", X[4]: "rejected"},
)

case(
    name="x-outlook-quoted-original",
    outcome="applied", classification="confirmation",
    imitates="staff reply from Outlook above '-----Original Message-----' holding our full request",
    why="only the one post named above the quoted original is withheld; the quoted list changes nothing",
    **{"from": "d.whitlock@x.com"}, name_from="Dana Whitlock",
    date="Wed, 11 Sep 2024 23:48:02 +0000",
    subject=f"RE: {R_X} Request to remove content",
    reply_to_req=msgid(R_X),
    body=f"""
Hi team,

Quick update on one item of {R_X}: {X[9]} is now withheld in South Korea.
The rest of the request is still with our legal team and we will come back
to you on it separately.

Best,
Dana Whitlock
Legal Operations | X Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 1:00 AM
To: legal@x.com
Subject: {R_X} Request to remove content

{original_request(R_X, X, prefix="")}
""",
    items={X[9]: "restricted"},
)

case(
    name="x-bilingual-fullwidth",
    outcome="applied", classification="confirmation",
    imitates="X Korea legal team reply mixing English with Korean, full-width brackets after URLs",
    why="two posts withheld in Korea (full-width parentheses right after the URL), one removed (Korean particle after the URL)",
    **{"from": "korea-legal@x.com"}, name_from="X Korea Legal",
    date="Thu, 12 Sep 2024 04:05:17 +0000",
    subject=f"Re: {R_X} 불법정보 삭제 요청에 대한 회신",
    reply_to_req=msgid(R_X),
    body=f"""
Dear KCSC team,

Thank you for your request {R_X}. Our outcome for the posts below:

1) {X[5]}（withheld in Korea）
2) {X[6]}（withheld in Korea）
3) {X[7]}은 X 규칙 위반으로 삭제되었습니다. (removed globally for violating the X Rules)

감사합니다.
X Korea Legal Team
""",
    items={X[5]: "restricted", X[6]: "restricted", X[7]: "removed"},
)

case(
    name="x-promise-will-withhold",
    outcome="review", review="not_understood",
    imitates="X legal interim reply promising to withhold after user notice",
    why="'will be withheld once the holders are notified' is a promise, not a statement: both posts stay pending",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date="Wed, 11 Sep 2024 08:20:00 +0000",
    subject=f"Re: {R_X} Request to remove content",
    reply_to_req=msgid(R_X),
    body=f"""
Hello,

Thank you for your request {R_X}. Our team has assessed the posts below,
and they will be withheld in Korea once the account holders have been
notified:

{X[7]}
{X[8]}

We expect this to be completed within 48 hours. We will confirm once it
is done.

Regards,
X Legal Support
""",
    items={X[7]: "pending", X[8]: "pending"},
)

case(
    name="x-auth-fail-spoof",
    outcome="review", review="untrusted",
    imitates="X legal outcome email arriving with failed DKIM/SPF/DMARC",
    why="claims two removals but the x.com sender fails authentication",
    **{"from": "legal@x.com"}, name_from="X Legal", auth="fail",
    date="Thu, 12 Sep 2024 13:33:00 +0000",
    subject=f"Re: {R_X} - content removed",
    body=f"""
Hello,

Regarding your request {R_X}: the following posts have been removed from
X for violating the X Rules.

{X[1]}
{X[2]}

Regards,
X Legal
""",
    items={X[1]: "pending", X[2]: "pending"},
)

case(
    name="x-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office from a platform employee",
    why="out-of-office auto-reply, no statement",
    **{"from": "mseo@x.com"}, name_from="Mina Seo",
    date="Tue, 10 Sep 2024 01:00:21 +0000",
    subject=f"Automatic reply: {R_X} Request to remove content",
    reply_to_req=msgid(R_X),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until Monday 23 September
with limited access to email.

For urgent legal requests please write to legal@x.com; your message will
not be forwarded automatically.

Mina Seo
""",
)

# ===== YouTube ===============================================================
case(
    name="yt-legal-removed-prose",
    outcome="applied", classification="confirmation",
    imitates="YouTube Legal Support outcome of a government removal request (Community Guidelines removal)",
    why="two videos removed, named one per line; the help link is not an item",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 06:10:00 +0000",
    subject=f"Re: [{R_YT}] Legal removal request",
    reply_to_req=msgid(R_YT),
    body=f"""
Hello,

Thank you for contacting YouTube regarding your request {R_YT}.

After review, we have removed the following videos from YouTube because
they violate our Community Guidelines:

{YT[1]}
{YT[2]}

You can learn more about our Community Guidelines at
https://support.google.com/youtube/answer/9288567.

We are still reviewing the other content in your request.

Regards,
The YouTube Legal Team
""",
    items={YT[1]: "removed", YT[2]: "removed"},
)

case(
    name="yt-blocked-kr-angle-brackets",
    outcome="applied", classification="confirmation",
    imitates="YouTube local-law outcome: content blocked in the requesting country, channel terminated",
    why="Short blocked in South Korea, channel terminated; URLs in angle brackets",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 03:44:12 +0000",
    subject=f"Re: [{R_YT}] Legal removal request",
    reply_to_req=msgid(R_YT),
    body=f"""
Hi there,

We have reviewed the content you identified. In response to your legal
request, we have blocked the following Short from view in South Korea:
<{YT[3]}>.

In addition, the channel <{YT[4]}> has been terminated for repeated
violations of our Terms of Service.

Sincerely,
YouTube Legal Support
""",
    items={YT[3]: "restricted", YT[4]: "removed"},
)

case(
    name="yt-age-restricted-and-stays-up",
    outcome="applied", classification="confirmation",
    imitates="YouTube review outcome: age restriction applied / no violation found",
    why="one video age-restricted, the other reviewed and left up",
    **{"from": "noreply-legal@google.com"}, name_from="Google Legal",
    date="Sat, 14 Sep 2024 00:21:37 +0000",
    subject=f"Your request {R_YT} - outcome",
    body=f"""
Hello,

We have completed our review of the following items in your request {R_YT}.

Video: {YT[1]}
We have applied an age restriction to this video. It can no longer be
watched by viewers who are signed out or under 18.

Video: {YT[2]}
We reviewed this video and determined that it does not violate our
policies or local law. It stays on YouTube.

Regards,
Google Legal Removals
""",
    items={YT[1]: "restricted", YT[2]: "rejected"},
)

_yt_qp_text = f"""Hello,

Thank you for your request {R_YT} about content on YouTube — here is our decision on the two remaining items.

The Short at {YT[3]} has been removed from YouTube globally for violating our policy on harassment and cyberbullying.

The channel URL {YT[4]} does not resolve to any existing YouTube channel, so we were unable to locate the content it refers to.

Best regards,
YouTube Legal Support
"""
case(
    name="yt-qp-removed-and-invalid",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply sent quoted-printable (long lines soft-wrapped by the encoder)",
    why="Short removed globally; channel URL does not resolve to any channel (not found)",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Sat, 14 Sep 2024 08:05:55 +0000",
    subject=f"Re: [{R_YT}] Legal removal request",
    reply_to_req=msgid(R_YT),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    + qp(_yt_qp_text),
    items={YT[3]: "removed", YT[4]: "not_found"},
)

case(
    name="yt-dsa-statement-of-reasons",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons layout (restriction type, territorial scope, ground, redress)",
    why="structured statement of reasons: one video, removal, global scope",
    **{"from": "dsa-notices@google.com"}, name_from="YouTube Trust & Safety",
    date="Fri, 13 Sep 2024 12:00:00 +0000",
    subject=f"Decision on your notice {R_YT} (SoR-YT-2024-0913-55821)",
    body=f"""
Statement of reasons

Decision reference: SoR-YT-2024-0913-55821
Content concerned: {YT[2]}
Type of restriction: Removal of content
Territorial scope: Worldwide
Facts and circumstances: The decision was taken following a notice from a
  governmental authority (your reference {R_YT}).
Ground for the decision: Incompatible with the YouTube Terms of Service
  (Community Guidelines - harmful or dangerous content)
Use of automated means: No automated means were used in taking this
  decision.
Redress: The uploader may appeal this decision within YouTube Studio.

This statement has been submitted, without personal data, to the DSA
Transparency Database.
""",
    items={YT[2]: "removed"},
)

case(
    name="yt-hedge-appears-removed",
    outcome="review", review="not_understood",
    imitates="YouTube support interim reply: hedged status and 'under review'",
    why="'appears ... may already have been removed' is a hedge and 'under review' is no decision: both stay pending",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 02:30:00 +0000",
    subject=f"Re: [{R_YT}] Legal removal request",
    reply_to_req=msgid(R_YT),
    body=f"""
Hello,

Thanks for your patience. It appears that {YT[1]} may already have been
removed from YouTube, but we are still confirming this with the team.

{YT[2]} is currently under review, and we will let you know once a
decision has been made.

Regards,
YouTube Legal Support
""",
    items={YT[1]: "pending", YT[2]: "pending"},
)

case(
    name="yt-receipt-echoes-urls",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal web-form receipt echoing the submitted URLs",
    why="pure receipt: complaint ID and an echo of the submitted URLs, no decision about any of them",
    **{"from": "legal-notices@google.com"}, name_from="Google Legal",
    date="Tue, 10 Sep 2024 05:31:02 +0000",
    subject="Your legal complaint has been received [4-7713000031829]",
    body=f"""
Thank you for contacting Google.

We have received your legal complaint. Your complaint ID is
4-7713000031829. Please keep this number for your records.

Summary of the content you submitted:
  Product: YouTube
  Your reference: {R_YT}
  URLs:
    {YT[1]}
    {YT[2]}
    {YT[3]}
    {YT[4]}

We will review your complaint and contact you if we need more
information. No action has been taken yet.

This is an automated message; please do not reply.
""",
)

# ===== Meta ==================================================================
case(
    name="meta-local-law-restricted",
    outcome="applied", classification="confirmation",
    imitates="Meta government-request outcome: restricted in country on local law / removed under Community Standards",
    why="group post and Instagram post restricted in South Korea, profile removed",
    **{"from": "government-requests@meta.com"}, name_from="Meta Content Regulation",
    date="Thu, 12 Sep 2024 10:18:40 +0000",
    subject=f"Re: {R_META} Request to restrict content",
    reply_to_req=msgid(R_META),
    body=f"""
Hello,

We reviewed the content you reported in {R_META} against our Community
Standards and the local law you cited.

- {META[1]} — restricted in South Korea based on local law
- {META[2]} — restricted in South Korea based on local law
- {META[3]} — removed for going against our Community Standards on
  restricted goods and services

People who posted this content have been notified. For more about how we
handle reports of content that may violate local law, see
https://transparency.meta.com/reports/content-restrictions/.

Meta Content Regulation team
""",
    items={META[1]: "restricted", META[2]: "restricted", META[3]: "removed"},
)

case(
    name="meta-dsa-sor-instagram",
    outcome="applied", classification="confirmation",
    imitates="Instagram decision on a notice, laid out like a DSA statement of reasons",
    why="one Instagram post removed, given as a field list",
    **{"from": "no-reply@mail.instagram.com"}, name_from="Instagram",
    date="Fri, 13 Sep 2024 07:07:07 +0000",
    subject=f"Decision on your report ({R_META})",
    body=f"""
Decision on your report

Your reference:      {R_META}
Content reported:    {META[2]}
Decision:            Removed
Basis:               Instagram Community Guidelines (regulated goods)
Automated decision:  No
Date of decision:    13 September 2024

If you disagree with this decision you can learn about your options at
https://help.instagram.com/contact/disagree.

Instagram Trust & Safety
""",
    items={META[2]: "removed"},
)

_meta_csv = f"""url,decision,details
{META[1]},Restricted in KR,Local law (Republic of Korea)
{META[2]},No action,Does not go against our Community Standards; no legal basis identified
"{META[3]}",Not found,Content unavailable or URL invalid
"""
case(
    name="meta-csv-attachment",
    outcome="applied", classification="confirmation",
    imitates="Meta legal operations reply with a per-URL results CSV attachment",
    why="CSV attachment: restricted, no action (rejected), not found",
    **{"from": "legal-ops@meta.com"}, name_from="Meta Legal Operations",
    date="Sat, 14 Sep 2024 02:40:00 +0000",
    subject=f"Results for your request {R_META}",
    reply_to_req=msgid(R_META),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="meta436-mixed-7f"

--meta436-mixed-7f
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find attached the outcome for each URL in your request {R_META}.

Meta Legal Operations

--meta436-mixed-7f
Content-Type: text/csv; charset=utf-8; name="{R_META}_results.csv"
Content-Disposition: attachment; filename="{R_META}_results.csv"
Content-Transfer-Encoding: base64

{b64(_meta_csv)}

--meta436-mixed-7f--
""",
    items={META[1]: "restricted", META[2]: "rejected", META[3]: "not_found"},
)

case(
    name="meta-instagram-unable-to-find",
    outcome="applied", classification="confirmation",
    imitates="Instagram report outcome: 'we weren't able to find this content'",
    why="Instagram could not find the post (not_found); the 'may have been removed' only guesses why",
    **{"from": "no-reply@mail.instagram.com"}, name_from="Instagram",
    date="Thu, 12 Sep 2024 15:51:20 +0000",
    subject="About your report",
    body=f"""
Hi,

Thanks for your report about {META[2]} (reference {R_META}).

We weren't able to find this content. The link may be broken, or the post
may have been removed by the person who shared it. Because we couldn't
find it, we haven't taken any action.

Instagram
""",
    items={META[2]: "not_found"},
)

case(
    name="meta-bulk-taken-action",
    outcome="review", review="bulk",
    imitates="Facebook report outcome: 'we've taken action on the content you reported'",
    why="one statement about all three items of a three-item request, none named",
    **{"from": "notification@facebookmail.com"}, name_from="Facebook",
    date="Fri, 13 Sep 2024 11:11:11 +0000",
    subject=f"Update on your report {R_META}",
    reply_to_req=msgid(R_META),
    body=f"""
Hi KCSC,

Thanks for your report {R_META}. We reviewed all three pieces of content
you reported and took action on them, because they go against our
Community Standards.

Reports like yours help keep Facebook and Instagram safe.

The Facebook Team
""",
    items={META[1]: "pending", META[2]: "pending", META[3]: "pending"},
)

case(
    name="vendor-unknown-sender-meta",
    outcome="review", review="unknown_sender",
    imitates="outsourced moderation vendor writing on a platform's behalf from its own domain",
    why="statements about Meta items from a domain that is no platform's",
    **{"from": "casework@northgate-trust.example"}, name_from="Northgate Trust Services",
    date="Fri, 13 Sep 2024 06:00:00 +0000",
    subject=f"{R_META} - outcome on behalf of Meta",
    body=f"""
Dear KCSC,

We act as an external content review vendor for Meta Platforms. On your
reference {R_META}, we can confirm that:

{META[1]} has been removed.
{META[3]} has been removed.

Kind regards,
Casework Team
Northgate Trust Services
""",
    items={META[1]: "pending", META[3]: "pending"},
)

case(
    name="meta-mdn-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook/Exchange read receipt (MDN, multipart/report disposition-notification)",
    why="read receipt only",
    **{"from": "j.park@meta.com"}, name_from="Jiwon Park",
    date="Wed, 11 Sep 2024 01:02:03 +0000",
    subject=f"Read: {R_META} Request to restrict content",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn436-a1"

--mdn436-a1
Content-Type: text/plain; charset=utf-8

Your message

  To: Meta Government Requests
  Subject: {R_META} Request to restrict content
  Sent: Wednesday, September 11, 2024 9:15:00 AM (UTC+09:00) Seoul

was read on Wednesday, September 11, 2024 10:02:03 AM (UTC+09:00) Seoul.

--mdn436-a1
Content-Type: message/disposition-notification

Reporting-UA: mail.meta.com; Microsoft Exchange Server
Final-Recipient: rfc822;j.park@meta.com
Original-Message-ID: <{msgid(R_META)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn436-a1--
""",
)

# ===== TikTok ================================================================
case(
    name="tiktok-numbered-outcomes",
    outcome="applied", classification="confirmation",
    imitates="TikTok law-enforcement / government removal outcome with a numbered per-item list",
    why="two removed, one restricted in South Korea, one no violation",
    **{"from": "legal-noreply@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Fri, 13 Sep 2024 08:30:00 +0000",
    subject=f"Report outcome - {R_TT}",
    reply_to_req=msgid(R_TT),
    body=f"""
Hello,

We have completed our review of your report {R_TT}.

1. {TT[1]}
   Outcome: Removed. This video violates our Community Guidelines.
2. {TT[2]}
   Outcome: Removed. This video violates our Community Guidelines.
3. {TT[3]}
   Outcome: Restricted in your region (South Korea) based on local law.
4. {TT[4]}
   Outcome: No violation found. This video remains available on TikTok.

Thank you for helping keep TikTok safe.

TikTok Trust & Safety
""",
    items={TT[1]: "removed", TT[2]: "removed", TT[3]: "restricted", TT[4]: "rejected"},
)

case(
    name="tiktok-account-banned-creator-deleted",
    outcome="applied", classification="confirmation",
    imitates="TikTok reply: account permanently banned; video already deleted by its creator",
    why="account banned and no longer accessible (removed); a video deleted by its creator before review (not_found)",
    **{"from": "legal-noreply@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Sat, 14 Sep 2024 04:14:00 +0000",
    subject=f"Re: {R_TT} Request to remove content",
    reply_to_req=msgid(R_TT),
    body=f"""
Hi,

Following our review of your report {R_TT}:

The account {TT[5]} has been permanently banned for severe violations of
our Community Guidelines. Its profile and videos are no longer accessible
on TikTok.

The video {TT[1]} had already been deleted by its creator before we
reviewed your report, so there was nothing left for us to act on.

TikTok Trust & Safety
""",
    items={TT[5]: "removed", TT[1]: "not_found"},
)

_tt_html = f"""<html><body>
<p>Hello,</p>
<p>We've reviewed the videos you reported under {R_TT} and removed them for
violating our Community Guidelines:</p>
<ul>
<li><a href="{TT[3]}">{TT[3]}</a></li>
<li><a href="{TT[4]}">{TT[4]}</a></li>
</ul>
<p>Learn more about our rules at
<a href="https://www.tiktok.com/community-guidelines">tiktok.com/community-guidelines</a>.</p>
<p>TikTok Trust &amp; Safety</p>
</body></html>
"""
case(
    name="tiktok-base64-html-list",
    outcome="applied", classification="confirmation",
    imitates="TikTok HTML notification sent base64-encoded, outcome with a bulleted link list",
    why="both named videos removed; the community-guidelines link is no item",
    **{"from": "no-reply@notify.tiktok.com"}, name_from="TikTok",
    date="Sat, 14 Sep 2024 09:09:09 +0000",
    subject="We've reviewed your report",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(_tt_html),
    items={TT[3]: "removed", TT[4]: "removed"},
)

case(
    name="tiktok-wrapped-angle-url",
    outcome="applied", classification="confirmation",
    imitates="TikTok agent reply where the mail client wrapped a long bracketed URL",
    why="one video removed; the other made unavailable in South Korea, its bracketed URL wrapped after a slash",
    **{"from": "y.lindqvist@tiktok.com"}, name_from="Yara Lindqvist",
    date="Sun, 15 Sep 2024 03:25:00 +0000",
    subject=f"Re: {R_TT} Request to remove content",
    reply_to_req=msgid(R_TT),
    body=f"""
Hello KCSC team,

{TT[2]} has been removed for violating our Community Guidelines.

The following video has been made unavailable in South Korea in line with
local law: <https://www.tiktok.com/@velvetquarry/
video/7413200000000000024>

Best,
Yara Lindqvist
Government Relations Operations, TikTok
""",
    items={TT[2]: "removed", TT[4]: "restricted"},
)

case(
    name="tiktok-correction-stays-up",
    outcome="applied", classification="confirmation",
    imitates="TikTok correction notice after an earlier templated outcome was sent in error",
    why="the current statement is that the video breaks no rule and stays up (rejected); the earlier 'removed' is only reported as an error",
    **{"from": "legal-noreply@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Sun, 15 Sep 2024 10:00:00 +0000",
    subject=f"Correction: {R_TT} report outcome",
    reply_to_req=msgid(R_TT),
    body=f"""
Hello,

This is a correction to our message of earlier today about {R_TT}.

{TT[2]} was listed as removed in error. After review, this video does not
violate our Community Guidelines and remains available on TikTok.

We apologise for the confusion.

TikTok Trust & Safety
""",
    items={TT[2]: "rejected"},
)

case(
    name="tiktok-bulk-all-removed",
    outcome="review", review="bulk",
    imitates="TikTok generic report-outcome notice: 'we removed the content you reported'",
    why="one statement about all five items of a five-item request, none named",
    **{"from": "no-reply@notify.tiktok.com"}, name_from="TikTok",
    date="Fri, 13 Sep 2024 01:01:00 +0000",
    subject=f"Re: {R_TT} Request to remove content",
    reply_to_req=msgid(R_TT),
    body=f"""
Hello,

We've reviewed your report {R_TT} and removed all of the videos and
accounts you listed for violating our Community Guidelines.

Thank you for helping keep TikTok safe.

TikTok
""",
    items={TT[1]: "pending", TT[2]: "pending", TT[3]: "pending", TT[4]: "pending", TT[5]: "pending"},
)

_dsn_orig = original_request(R_TT, TT, prefix="")
case(
    name="tiktok-dsn-bounce",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (multipart/report delivery-status) returning our request",
    why="bounce of our own request; the URLs are in the returned original",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System", auth="none",
    date="Wed, 11 Sep 2024 07:00:40 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn436-3c"

--dsn436-3c
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@tiktok-legal.example>: host mx.tiktok-legal.example[203.0.113.40]
    said: 550 5.1.1 <legal-kr@tiktok-legal.example>: Recipient address
    rejected: User unknown in virtual mailbox table

--dsn436-3c
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed, 11 Sep 2024 16:00:38 +0900

Final-Recipient: rfc822; legal-kr@tiktok-legal.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn436-3c
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@tiktok-legal.example
Subject: {R_TT} Request to remove content
Message-ID: <{msgid(R_TT)}@kcsc.example>
Date: Wed, 11 Sep 2024 16:00:00 +0900

{_dsn_orig}

--dsn436-3c--
""",
)

# ===== Reddit ================================================================
case(
    name="reddit-admin-removed-raw-korean-path",
    outcome="applied", classification="confirmation",
    imitates="Reddit Safety reply: content removed for Content Policy violation, account permanently suspended",
    why="post removed (Korean slug written raw, stored percent-encoded); account suspended and profile no longer accessible",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Fri, 13 Sep 2024 18:02:00 +0000",
    subject=f"Re: {R_RD} Request to remove content",
    reply_to_req=msgid(R_RD),
    body=f"""
Hi there,

Thanks for your report {R_RD}. After investigating, we found that the
following post violated Reddit's Content Policy, and we've removed it:

{RD1_RAW}

We also reviewed the account u/copperwren_77 ({RD[2]}) and permanently
suspended it; its profile is no longer accessible on Reddit.

Reddit Legal
""",
    items={RD[1]: "removed", RD[2]: "removed"},
)

case(
    name="reddit-no-violation-profile",
    outcome="applied", classification="confirmation",
    imitates="Reddit report outcome: 'doesn't violate Reddit's Content Policy'",
    why="the profile was reviewed and breaks no rule (rejected); the other item is not mentioned",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit",
    date="Sat, 14 Sep 2024 20:45:10 +0000",
    subject=f"Update on your report {R_RD}",
    body=f"""
Hi,

Thanks for submitting a report. We reviewed the account at
{RD[2]} and found that it doesn't violate Reddit's Content Policy, so we
haven't taken any action on it.

If you see something else that breaks the rules, let us know.

Reddit Safety
""",
    items={RD[2]: "rejected"},
)

case(
    name="reddit-conditional-will-remove",
    outcome="review", review="not_understood",
    imitates="Reddit admin interim reply stating what will happen if a violation is found",
    why="conditional promise ('if we find ... it will be removed'): nothing decided",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Thu, 12 Sep 2024 22:10:00 +0000",
    subject=f"Re: {R_RD} Request to remove content",
    reply_to_req=msgid(R_RD),
    body=f"""
Hello,

Thanks for reaching out about {RD1_RAW}.

Our Safety team is looking into this post. If we find that it violates
Reddit's Content Policy, it will be removed and the account that posted
it may also be actioned. We'll follow up once our review is complete.

Reddit Legal
""",
    items={RD[1]: "pending"},
)

case(
    name="reddit-ticket-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Reddit Help (Zendesk) ticket receipt",
    why="receipt with a ticket number, nothing about any item",
    **{"from": "support@reddit.com"}, name_from="Reddit Help",
    date="Thu, 12 Sep 2024 01:21:00 +0000",
    subject=f"[Request #4827193] {R_RD} Request to remove content",
    reply_to_req=msgid(R_RD),
    body="""
##- Please type your reply above this line -##

Your request (#4827193) has been received and is being reviewed by our
support staff.

A member of our team will get back to you as soon as possible. To add
information to this request, reply to this email.

Reddit Help
""",
)

# ===== Discord ===============================================================
case(
    name="discord-server-removed-sole",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety reply: the reported server has been removed",
    why="one-item request; 'the server you reported' has been removed, no URL needed",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    date="Sat, 14 Sep 2024 17:30:00 +0000",
    subject=f"Re: {R_DC} Report regarding a Discord server",
    reply_to_req=msgid(R_DC),
    body=f"""
Hello,

Thanks for reaching out about {R_DC}. We've investigated the server you
reported and removed it from Discord for violating our Community
Guidelines. Its members can no longer access it.

Learn more about the actions we take at
https://discord.com/safety/360044159011-what-actions-we-take.

Discord Trust & Safety
""",
    items={DC[1]: "removed"},
)

case(
    name="discord-invite-invalid",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety reply: invite link invalid or expired",
    why="the invite is invalid and the server cannot be identified (not_found)",
    **{"from": "legal@discord.com"}, name_from="Discord Legal",
    date="Fri, 13 Sep 2024 21:12:00 +0000",
    subject=f"Re: {R_DC} Report regarding a Discord server",
    reply_to_req=msgid(R_DC),
    body=f"""
Hi,

The invite link you provided (https://discord.gg/Kp7wRz3q) is invalid or
has expired, and we were unable to identify any server it pointed to.
We have therefore closed this report.

Discord Legal
""",
    items={DC[1]: "not_found"},
)

case(
    name="discord-may-have-been-removed",
    outcome="review", review="not_understood",
    imitates="Discord agent interim reply with a hedged status",
    why="'may have been removed already ... will confirm' is a hedge plus a promise: stays pending",
    **{"from": "legal@discord.com"}, name_from="Discord Legal",
    date="Fri, 13 Sep 2024 02:40:00 +0000",
    subject=f"Re: {R_DC} Report regarding a Discord server",
    reply_to_req=msgid(R_DC),
    body=f"""
Hello,

Regarding your report {R_DC}: the server linked in your report may have
been deleted by its owner already. We are checking with the team and will
confirm the status as soon as we can.

Discord Legal
""",
    items={DC[1]: "pending"},
)

case(
    name="twitch-says-discord-link-not-ours",
    outcome="review", review="wrong_platform",
    imitates="Twitch legal reply to a misdirected request: the link is not hosted on Twitch",
    why="Twitch states something about a Discord item; only Discord may change its status",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    date="Fri, 13 Sep 2024 16:00:00 +0000",
    subject=f"Re: {R_DC} Report regarding a Discord server",
    body=f"""
Hello,

We received your message about {DC[1]}. This link points to a Discord
server and is not content hosted on Twitch; we found no record of it on
our service. Please direct your request to Discord.

Twitch Legal
""",
    items={DC[1]: "pending"},
)

# ===== Telegram ==============================================================
case(
    name="tg-abuse-mixed",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply: channel blocked, one post found not in violation",
    why="channel blocked (removed), its message no longer available (removed), other channel's post left up (rejected)",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Sun, 15 Sep 2024 12:12:12 +0000",
    subject=f"Re: {R_TG} Request to remove content",
    reply_to_req=msgid(R_TG),
    body=f"""
Hello,

Thank you for your report.

The channel {TG[1]} has been blocked for violating Telegram's Terms of
Service and is no longer accessible. The message {TG[2]} is no longer
available either, as it belonged to that channel.

Regarding {TG[3]}: we did not find a violation of our Terms of Service in
this post, so it remains available.

Telegram Abuse Team
""",
    items={TG[1]: "removed", TG[2]: "removed", TG[3]: "rejected"},
)

case(
    name="tg-gmail-top-posted",
    outcome="applied", classification="confirmation",
    imitates="short top-posted staff reply over a Gmail-quoted request ('On ... wrote:')",
    why="one message taken down above the quote; 'the other two' are still being checked, the quoted list changes nothing",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA",
    date="Mon, 16 Sep 2024 09:00:00 +0000",
    subject=f"Re: {R_TG} Request to remove content",
    reply_to_req=msgid(R_TG),
    body=f"""
Done: {TG[2]} was taken down today. We are still checking the other two
links and will get back to you.

On Fri, 13 Sep 2024 at 11:00, KCSC Takedown <takedown@kcsc.example> wrote:
{original_request(R_TG, TG)}
""",
    items={TG[2]: "removed", TG[1]: "pending", TG[3]: "pending"},
)

case(
    name="tg-asks-court-order",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Telegram legal desk asking for the legal basis and evidence before acting",
    why="asks for a court order and screenshots; nothing decided",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA",
    date="Sat, 14 Sep 2024 06:30:00 +0000",
    subject=f"Re: {R_TG} Request to remove content",
    reply_to_req=msgid(R_TG),
    body=f"""
Hello,

To proceed with your request regarding {TG[1]}, please send us:

1. the court order or the specific provision of Korean law on which the
   request is based, and
2. screenshots of the messages concerned, with their dates.

Once we receive these, we will review the channel.

Telegram
""",
    items={TG[1]: "pending"},
)

case(
    name="tg-case-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram abuse-desk automatic case receipt",
    why="case number created, nothing about any item",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Fri, 13 Sep 2024 02:05:00 +0000",
    subject=f"Re: {R_TG} Request to remove content",
    reply_to_req=msgid(R_TG),
    body="""
Thank you for your report. Case #8812345 has been created and our
moderators will review it.

Please do not reply to this message.
""",
)

# ===== other platforms =======================================================
case(
    name="snapchat-portal-notice-no-claims",
    outcome="review", review="no_claims",
    imitates="Snap law-enforcement operations notice about a new submission portal",
    why="trusted Snap mail naming no item and no request",
    **{"from": "lawenforcement@snap.com"}, name_from="Snap Inc. Law Enforcement Operations",
    date="Mon, 16 Sep 2024 15:00:00 +0000",
    subject="Change to how Snap receives government requests",
    body="""
Dear partner,

From 1 October 2024, Snap will accept government content and data
requests only through our Law Enforcement Service Site at
https://les.snapchat.com/. Requests sent to this email address after that
date will not be processed.

Thank you,
Snap Inc. Law Enforcement Operations
""",
)

case(
    name="pinterest-unmonitored-autoreply",
    outcome="ignored", classification="auto_reply",
    imitates="Pinterest 'this mailbox is not monitored' automatic reply",
    why="automatic reply from an unmonitored mailbox",
    **{"from": "no-reply@pinterest.com"}, name_from="Pinterest",
    date="Wed, 11 Sep 2024 00:00:30 +0000",
    subject="Automatic reply: Request to remove content",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
Thanks for your email. This mailbox is not monitored.

To report content on Pinterest, please use the form at
https://help.pinterest.com/en/contact. Legal requests from government
authorities can be submitted at https://policy.pinterest.com/en/law-enforcement.

Pinterest
""",
)


HEADER = """# Blind set 436 (English notices from many platforms), written from each
# email's meaning before the reader was run. Generated by make.py."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
