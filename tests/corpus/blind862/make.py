#!/usr/bin/env python3
"""Blind set 862 (focus: English notices from many platforms).

Writes requests.csv, cases/*.eml and expected.toml. Deterministic:

    python3 tests/corpus/blind862/make.py

Every email is fictional and written in our own words, in the manner of the
public notice named in its `imitates` field. Expected results were written
from each email's meaning alone, before the reader was ever run on them.
"""
import base64
import csv
import io
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))


def d(y, mo, da, h, mi, tz=KST):
    return format_datetime(datetime(y, mo, da, h, mi, 0, tzinfo=tz))


# ---------------------------------------------------------------- requests
X = [
    "https://x.com/gold_lantern77/status/1831204455120001871",   # 0
    "https://x.com/gold_lantern77/status/1831206612908810240",   # 1
    "https://x.com/pinecone_drift/status/1830987712345098752",   # 2
    "https://x.com/pinecone_drift/status/1831011123456724993",   # 3
    "https://x.com/pinecone_drift/status/1831050098765432106",   # 4
    "https://x.com/orbit_kiosk/status/1829876543210987521",      # 5
    "https://x.com/orbit_kiosk/status/1829880001122334455",      # 6
    "https://x.com/velvet_quarry/status/1831300011223344556",    # 7
    "https://x.com/velvet_quarry/status/1831300099887766554",    # 8
    "https://x.com/tidewire_kr/status/1830707070707070707",      # 9
    "https://x.com/tidewire_kr/status/1830712345678901234",      # 10
    "https://x.com/saltmarsh_9/status/1831400000123456789",      # 11
]
Y = [
    "https://www.youtube.com/watch?v=Qm3vT8xLp2A",
    "https://www.youtube.com/watch?v=bN7rK1wZc4E",
    "https://www.youtube.com/shorts/Hy5dPq0sV9k",
    "https://www.youtube.com/@harborlight_tv",
]
M = [
    "https://www.facebook.com/groups/2201987654321098/posts/2209876543210987/",
    "https://www.facebook.com/moonlit.ledger/posts/pfbid0Kq7WnR2sT4vX9yZaB3cD",
    "https://www.instagram.com/p/C9xQw2LmN4a/",
    "https://www.instagram.com/reel/C8pLk3JhG7d/",
    "https://www.instagram.com/maple_vault_shop/",
]
T = [
    "https://www.tiktok.com/@neonbarrel/video/7409876543210987521",
    "https://www.tiktok.com/@neonbarrel/video/7410011223344556677",
    "https://www.tiktok.com/@quietforge_2/video/7408765432109876543",
]
R = [
    "https://www.reddit.com/r/seoulmarketbuzz/comments/1f3kq9z/cheap_ids_dm_me/",
    "https://www.reddit.com/r/seoulmarketbuzz/comments/1f4ab2c/new_batch_available/",
]
G = [
    "https://t.me/amber_dock_kr/1182",
    "https://t.me/amber_dock_kr/1207",
]
D = ["https://discord.gg/hvK4mPz9"]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240903-01", "x", "2024-09-03T10:15:00+09:00", "2024-09-10T23:59:59+09:00", X,
     "illegal-gambling", "batch of 12 posts from five accounts"),
    ("KCSC-240904-02", "youtube", "2024-09-04T11:00:00+09:00", "2024-09-11T23:59:59+09:00", Y,
     "fraud", "three videos and one channel"),
    ("KCSC-240905-03", "meta", "2024-09-05T14:30:00+09:00", "2024-09-12T23:59:59+09:00", M,
     "forged-documents", "Facebook and Instagram"),
    ("KCSC-240906-04", "tiktok", "2024-09-06T09:40:00+09:00", "2024-09-13T23:59:59+09:00", T,
     "drug-sales", ""),
    ("KCSC-240909-05", "reddit", "2024-09-09T16:05:00+09:00", "2024-09-16T23:59:59+09:00", R,
     "forged-documents", ""),
    ("KCSC-240910-06", "telegram", "2024-09-10T10:20:00+09:00", "2024-09-17T23:59:59+09:00", G,
     "deepfake-sexual-abuse", ""),
    ("KCSC-240911-07", "discord", "2024-09-11T13:45:00+09:00", "2024-09-18T23:59:59+09:00", D,
     "deepfake-sexual-abuse", "server invite"),
]


def req_mid(ref):
    return "req." + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def quoted_request(ref, urls, style="gmail", when="Tue, 3 Sep 2024 at 10:15"):
    """Our own request, as the platform's mail client quotes it."""
    lines = [
        "Dear Trust & Safety team,",
        "",
        f"Under Article 44-7 of the Network Act, the Korea Communications Standards",
        f"Commission requests the removal of the following content (ref {ref}):",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please tell us the action taken for each URL.", "", "KCSC Takedown Desk"]
    if style == "gmail":
        head = f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:"
        return head + "\n" + "\n".join(("> " + l).rstrip() for l in lines)
    return "\n".join([
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        f"Sent: {when}",
        "To: Content Regulatory Requests",
        f"Subject: [{ref}] Request for removal of illegal content",
        "",
    ] + lines)


X_SIG = "X Corp. Legal\nhttps://help.x.com/en/rules-and-policies/x-legal-faqs"

CASES = []


def case(**kw):
    CASES.append(kw)


# ======================================================================= X
case(
    name="x-legal-outcome-bulleted",
    **{"from": "legal-kr@x.com"},
    date=d(2024, 9, 6, 18, 2),
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

Thank you for your request, reference KCSC-240903-01. We have reviewed the
reported posts under the X Rules and applicable local law. Please see the
outcome below.

Withheld in the Republic of Korea:
  • {X[0]}
  • {X[1]}
  • {X[2]}

Removed for violating the X Rules (illegal or certain regulated goods or
services):
  • {X[5]}

We will follow up on the remaining URLs separately.

Regards,
{X_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email with country-withheld and removed lists",
    why="two bulleted lists under clear headings: three withheld in KR, one removed",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted", X[5]: "removed"},
)

case(
    name="x-status-line-below-url",
    **{"from": "legal-kr@x.com"},
    date=d(2024, 9, 9, 9, 41),
    subject="Case 0918-KR-55120 - outcome of legal request KCSC-240903-01",
    body=f"""
Hi,

The outcome for each URL we reviewed from your request KCSC-240903-01 is
listed below.

{X[3]}
Action taken: Removed (violation of the X Rules)

{X[4]}
Action taken: Withheld in KR

{X[6]}
Action taken: None. The post does not violate the X Rules and we did not
find a sufficient basis under local law to withhold it.

{X[11]}
Action taken: None - the post could not be found. It may have been deleted
by the account holder before our review.

Case number: 0918-KR-55120

{X_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal case outcome listing each URL with an 'Action taken' line",
    why="status on the line below each URL: removed, withheld, no violation, not found",
    items={X[3]: "removed", X[4]: "restricted", X[6]: "rejected", X[11]: "not_found"},
)

case(
    name="x-top-posted-over-gmail-quote",
    **{"from": "j.okafor@x.com"},
    name_from="Jordan Okafor",
    date=d(2024, 9, 7, 2, 12),
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hi team,

Following our review, the two posts below are now withheld in South Korea:

{X[7]}
{X[8]}

The remaining URLs from your request are still with our legal team and
we'll come back to you separately.

Best,
Jordan
Global Government Affairs, X

{quoted_request("KCSC-240903-01", X)}
""",
    outcome="applied", classification="confirmation",
    imitates="X government-affairs staff top-posting over the quoted request (Gmail quoting)",
    why="two posts withheld above the quote; the quoted list below 'wrote:' states nothing",
    items={X[7]: "restricted", X[8]: "restricted"},
)

case(
    name="x-account-suspended-posts-named",
    **{"from": "legal-kr@x.com"},
    date=d(2024, 9, 5, 22, 30),
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

We have permanently suspended the account @gold_lantern77 for violating our
rules on illegal or certain regulated goods and services. As a result, both
posts you reported from that account are no longer available on X:

- {X[0]}
- {X[1]}

An account suspended for this reason cannot be restored without a
successful appeal.

{X_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="X notice that an account was suspended and its posts are no longer available",
    why="suspension makes both named posts unavailable on X everywhere: removed",
    items={X[0]: "removed", X[1]: "removed"},
)

case(
    name="x-html-outcome-table",
    **{"from": "noreply-legal@x.com"},
    date=d(2024, 9, 10, 3, 5),
    subject="Your legal request KCSC-240903-01: decision",
    reply_to_req=req_mid("KCSC-240903-01"),
    type="html",
    body=f"""
<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hello,</p>
<p>We have completed our review of the content identified in your request
<b>KCSC-240903-01</b>. The table below shows the action taken on each item.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action</th><th>Basis</th></tr>
<tr><td><a href="{X[2]}">{X[2]}</a></td><td>Withheld - KR</td><td>Local law</td></tr>
<tr><td><a href="{X[9]}">{X[9]}</a></td><td>Removed</td><td>X Rules</td></tr>
<tr><td><a href="{X[10]}">{X[10]}</a></td><td>No action</td><td>No violation found</td></tr>
</table>
<p>Learn more about <a href="https://help.x.com/en/rules-and-policies/post-withheld-by-country">country withheld content</a>.</p>
<p>X Corp. Legal</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X legal decision email with an HTML outcome table",
    why="HTML table: one withheld in KR, one removed, one kept (no violation)",
    items={X[2]: "restricted", X[9]: "removed", X[10]: "rejected"},
)

_qp_text = f"""Hello,

Thank you for contacting X. After reviewing your report under reference KCSC-240903-01, the following posts were removed from X for violating our policy on illegal or certain regulated goods or services: {X[5]} and {X[6]} — both are now unavailable to all users.

If you have any further questions, please reply to this email.

X Safety
"""
case(
    name="x-quoted-printable-removed",
    **{"from": "safety@x.com"},
    name_from="X Safety",
    date=d(2024, 9, 8, 15, 47),
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=req_mid("KCSC-240903-01"),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    + quopri.encodestring(_qp_text.encode("utf-8")).decode("ascii"),
    outcome="applied", classification="confirmation",
    imitates="X Safety reply sent as quoted-printable with long unwrapped lines",
    why="both named posts removed and unavailable to all users; URLs split by QP soft breaks",
    items={X[5]: "removed", X[6]: "removed"},
)

_csv = (
    "reported_url,action,region,notes\r\n"
    f"{X[0]},Withheld,KR,Local law\r\n"
    f"{X[3]},Removed,Global,X Rules violation\r\n"
    f"{X[9]},No action,,Does not violate X Rules or local law\r\n"
    f"{X[11]},Not found,,URL does not resolve to an existing post\r\n"
)
case(
    name="x-csv-attachment-outcomes",
    **{"from": "legal-kr@x.com"},
    date=d(2024, 9, 11, 7, 20),
    subject="Re: [KCSC-240903-01] Request for removal of illegal content - results",
    reply_to_req=req_mid("KCSC-240903-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_xlegal_7731"

--=_xlegal_7731
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for the URLs reviewed under your request
KCSC-240903-01, one row per URL.

X Corp. Legal

--=_xlegal_7731
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_outcome.csv"
Content-Transfer-Encoding: base64

{base64.encodebytes(_csv.encode("utf-8")).decode("ascii")}
--=_xlegal_7731--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome delivered as a CSV attachment (one row per URL)",
    why="CSV rows: withheld KR, removed globally, no action (no violation), not found",
    items={X[0]: "restricted", X[3]: "removed", X[9]: "rejected", X[11]: "not_found"},
)

case(
    name="x-korea-staff-korean-particles",
    **{"from": "policy-kr@x.com"},
    name_from="X Korea Public Policy",
    date=d(2024, 9, 6, 17, 55),
    subject="RE: [KCSC-240903-01] 불법정보 삭제 요청 회신",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
안녕하세요, X 코리아 공공정책팀입니다.

요청하신 건(KCSC-240903-01) 중 아래 두 건에 대한 처리 결과를 알려드립니다.

1) {X[9]}은 대한민국 내 접근 제한（Withheld in KR） 조치되었습니다.
2) {X[10]}는 계정 소유자가 이미 삭제하여 존재하지 않는 게시물입니다.

나머지 게시물은 검토가 끝나는 대로 회신드리겠습니다.

감사합니다.
X 코리아 드림
""",
    outcome="applied", classification="confirmation",
    imitates="X Korea policy staff reply in Korean, URLs followed by particles and full-width brackets",
    why="first post withheld in Korea (restricted), second already deleted by its author (not_found)",
    items={X[9]: "restricted", X[10]: "not_found"},
)

case(
    name="x-removed-and-still-reviewing",
    **{"from": "legal-kr@x.com"},
    date=d(2024, 9, 9, 20, 14),
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello again,

A quick update on two of the URLs:

{X[4]} has been removed for violating the X Rules.

For {X[5]}, our team will take a further look under local law and we
will update you once a decision has been made.

{X_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal interim update: one decision plus one promise",
    why="one post removed; the other only promised a further look, stays pending",
    items={X[4]: "removed", X[5]: "pending"},
)

case(
    name="x-angle-brackets-policy-links",
    **{"from": "legal-kr@x.com"},
    date=d(2024, 9, 12, 1, 33),
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

In response to your request, we have withheld the post <{X[11]}> in
South Korea. It remains visible outside Korea.

More about how we handle these requests:
<https://help.x.com/en/rules-and-policies/post-withheld-by-country>
The account holder may appeal at <https://help.x.com/forms/legal-appeal>.

{X_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld content notice with help-centre links",
    why="one post withheld in KR; the help-centre and appeal links are not items",
    items={X[11]: "restricted"},
)

case(
    name="x-promise-to-withhold",
    **{"from": "legal-kr@x.com"},
    date=d(2024, 9, 5, 11, 8),
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

Thanks for your patience. We intend to withhold {X[0]} and
{X[1]} in Korea once our legal review is complete, which we
expect to happen in the coming days. We will confirm by email when that
has been done.

{X_SIG}
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply announcing an intended withholding",
    why="only an intention ('we intend to', 'will confirm'): nothing has happened yet",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="x-all-actioned-bulk",
    **{"from": "legal-kr@x.com"},
    date=d(2024, 9, 13, 4, 0),
    subject="Re: [KCSC-240903-01] Request for removal of illegal content - closed",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

We have actioned all of the content reported in your request KCSC-240903-01
and are closing this case.

{X_SIG}
""",
    outcome="review", review="bulk",
    imitates="X legal case-closure email with a single summary sentence",
    why="'all of the content' actioned, for a 12-item request, naming none of them",
    items={u: "pending" for u in X},
)

case(
    name="x-dmarc-fail-claims",
    **{"from": "legal@x.com"},
    auth="fail",
    date=d(2024, 9, 7, 8, 44),
    subject="Re: [KCSC-240903-01] Removal completed",
    body=f"""
Dear KCSC,

This is to inform you that the following posts have been removed:

{X[2]}
{X[3]}

X Legal Department
""",
    outcome="review", review="untrusted",
    imitates="X legal confirmation, but sent from a path that fails DMARC",
    why="x.com sender fails DKIM/SPF/DMARC, so its statements cannot be trusted",
    items={X[2]: "pending", X[3]: "pending"},
)

case(
    name="x-law-firm-for-account-holder",
    **{"from": "h.lim@lim-partners-law.example"},
    name_from="Hana Lim (Lim & Partners)",
    date=d(2024, 9, 8, 13, 10),
    subject="KCSC-240903-01 - posts by @orbit_kiosk",
    body=f"""
Dear Sir or Madam,

We act for the holder of the X account @orbit_kiosk, who received notice
from X of your request KCSC-240903-01. Our client has voluntarily deleted
the two posts concerned:

{X[5]}
{X[6]}

We would be grateful if you would consider the matter closed.

Yours faithfully,
Hana Lim
Lim & Partners
""",
    outcome="review", review="unknown_sender",
    imitates="law firm writing for an account holder after X's user notice of a legal request",
    why="statements come from a law firm, not from X's domain",
    items={X[5]: "pending", X[6]: "pending"},
)

# ================================================================= YouTube
YT_SIG = "The YouTube Legal Support Team\nhttps://support.google.com/youtube/answer/6154218"

case(
    name="yt-legal-blocked-kr-url-below",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date=d(2024, 9, 9, 4, 18, UTC),
    subject="[6-1192003381] Re: KCSC-240904-02 legal removal request",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""
Hello,

Thanks for reaching out to us.

After review, we've blocked the following content from view on YouTube in
South Korea, in accordance with local law:

{Y[0]}

We've also removed the following video for violating YouTube's Community
Guidelines:

{Y[1]}

Sincerely,
{YT_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome email (blocked in country / removed under Community Guidelines)",
    why="URL on the line below its statement: one blocked in KR, one removed",
    items={Y[0]: "restricted", Y[1]: "removed"},
)

case(
    name="yt-channel-terminated",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date=d(2024, 9, 10, 22, 5, UTC),
    subject="[6-1192003381] Re: KCSC-240904-02 legal removal request",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""
Hello,

We've terminated the channel {Y[3]} for severe violations of our
spam, deceptive practices and scams policies. Terminated channels cannot
be viewed anywhere on YouTube.

Sincerely,
{YT_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube channel termination notice",
    why="the named channel is terminated: removed",
    items={Y[3]: "removed"},
)

case(
    name="yt-no-action-and-uploader-deleted",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date=d(2024, 9, 12, 6, 40, UTC),
    subject="[6-1192003381] Re: KCSC-240904-02 legal removal request",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""
Hello,

Thank you for your patience while we reviewed your request.

- {Y[0]}: After careful review, we've decided not to take action on this
  video. It does not violate our Community Guidelines, and the request did
  not establish that it is unlawful in South Korea.
- {Y[2]}: This Short is no longer available because it was deleted by the
  uploader before we completed our review.

If you have new information, you may submit a new request.

Sincerely,
{YT_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal 'no action taken' decision with reasons",
    why="video kept with a reason (rejected); Short already deleted by its uploader (not_found)",
    items={Y[0]: "rejected", Y[2]: "not_found"},
)

case(
    name="yt-age-restricted",
    **{"from": "noreply@youtube.com"},
    date=d(2024, 9, 7, 1, 2, UTC),
    subject="Update on your report - KCSC-240904-02",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""
Hi KCSC Takedown,

Thanks for your report. We reviewed the video you flagged and applied an
age restriction to it:

{Y[1]}

Age-restricted videos can't be seen by viewers who are signed out, under
18, or using Restricted Mode.

Learn more about age-restricted content:
https://support.google.com/youtube/answer/2802167

- The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube reporting-outcome email for an age-restricted video",
    why="age restriction applied to the named video: restricted",
    items={Y[1]: "restricted"},
)

case(
    name="yt-still-under-review",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date=d(2024, 9, 11, 8, 30, UTC),
    subject="[6-1192003381] Re: KCSC-240904-02 legal removal request",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""
Hello,

We're writing with an update on your request. The following content is
still under review by our legal team:

{Y[0]}
{Y[2]}

Because the request involves local-law questions, it is taking longer than
usual. We'll let you know once a decision has been made.

Sincerely,
{YT_SIG}
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support status update ('still under review')",
    why="a progress update naming two videos, no decision: they stay pending",
    items={Y[0]: "pending", Y[2]: "pending"},
)

case(
    name="yt-legal-out-of-office",
    **{"from": "minseo.park@google.com"},
    name_from="Minseo Park",
    date=d(2024, 9, 4, 11, 1),
    subject="Automatic reply: [KCSC-240904-02] Request for removal of illegal content",
    reply_to_req=req_mid("KCSC-240904-02"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 23 September with
limited access to email.

For legal removal requests concerning YouTube, please use the legal
webform so that your request reaches the on-duty team.

Minseo
""",
    outcome="ignored", classification="auto_reply",
    imitates="Out-of-office auto-reply from a Google staff member",
    why="automatic out-of-office reply, nothing about the items",
    items={},
)

_orig_req = "\n".join([
    "Dear YouTube Legal team,",
    "",
    "Under Article 44-7 of the Network Act we request the removal of the",
    "following content (ref KCSC-240904-02):",
    "",
] + [f"{i}. {u}" for i, u in enumerate(Y, 1)] + ["", "KCSC Takedown Desk"])
case(
    name="dsn-youtube-request-bounced",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    date=d(2024, 9, 4, 11, 3),
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="B7E2A1C0.1725415380/mx.kcsc.example"

--B7E2A1C0.1725415380/mx.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<legal-kr-old@google.com>: host aspmx.l.google.com[192.0.2.27] said:
    550-5.1.1 The email account that you tried to reach does not exist.
    (in reply to RCPT TO command)

--B7E2A1C0.1725415380/mx.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed,  4 Sep 2024 11:00:02 +0900 (KST)

Final-Recipient: rfc822; legal-kr-old@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does
    not exist.

--B7E2A1C0.1725415380/mx.kcsc.example
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@google.com
Subject: [KCSC-240904-02] Request for removal of illegal content
Date: Wed, 04 Sep 2024 11:00:00 +0900
Message-ID: <req.KCSC-240904-02@kcsc.example>
Content-Type: text/plain; charset=utf-8

{_orig_req}

--B7E2A1C0.1725415380/mx.kcsc.example--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning our request",
    why="a bounce of our own request; the URLs inside are our own text",
    items={},
)

# =================================================================== Meta
META_SIG = "Meta Content Regulatory Operations"

case(
    name="meta-decision-fields-local-law",
    **{"from": "regulatory-noreply@meta.com"},
    name_from="Meta",
    date=d(2024, 9, 10, 2, 14, UTC),
    subject="Decision on your report (ref KCSC-240905-03)",
    reply_to_req=req_mid("KCSC-240905-03"),
    body=f"""
Decision on your report

Report reference: 1187-2245-KR
Your reference: KCSC-240905-03

Content: {M[2]}
Decision: We have restricted access to this content in South Korea based
on local law. It remains available in other countries.

Content: {M[3]}
Decision: Removed. This content goes against our Community Guidelines on
restricted goods and services.

How we made this decision: reviewed by our team.
Learn more: https://transparency.meta.com/reports/content-restrictions

{META_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Meta decision notice in the manner of a DSA statement of reasons (content / decision fields)",
    why="structured decision per content: one restricted in KR, one removed",
    items={M[2]: "restricted", M[3]: "removed"},
)

case(
    name="meta-removed-and-not-removed",
    **{"from": "support@facebookmail.com"},
    name_from="Facebook",
    date=d(2024, 9, 9, 19, 50, UTC),
    subject="Your report KCSC-240905-03: what we decided",
    reply_to_req=req_mid("KCSC-240905-03"),
    body=f"""
Hi,

Thanks for your report. We've finished reviewing it.

We removed the group post {M[0]} because it goes against our Community
Standards on fraud and deception.

We didn't take down the Instagram profile {M[4]}. We looked at it
and found that it doesn't go against our Community Guidelines, and we
didn't find that it breaks local law.

If you think we got this wrong, you can let us know from your Support
Inbox.

The Facebook Team
""",
    outcome="applied", classification="confirmation",
    imitates="Facebook report-outcome message (removed / didn't take down)",
    why="group post removed; profile explicitly kept because it breaks no rule (rejected)",
    items={M[0]: "removed", M[4]: "rejected"},
)

_meta_html = f"""<html><body>
<p>Hello,</p>
<p>Regarding your request <b>KCSC-240905-03</b>, we have taken down the following
content for violating our Community Standards:</p>
<ul>
<li><a href="{M[1]}">{M[1]}</a></li>
<li><a href="{M[3]}">{M[3]}</a></li>
</ul>
<p>The people who posted this content have been notified.</p>
<p>{META_SIG}</p>
</body></html>
"""
case(
    name="meta-base64-html-taken-down",
    **{"from": "regulatory-noreply@meta.com"},
    name_from="Meta",
    date=d(2024, 9, 11, 5, 22, UTC),
    subject="Re: [KCSC-240905-03] Request for removal of illegal content",
    reply_to_req=req_mid("KCSC-240905-03"),
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
    + base64.encodebytes(_meta_html.encode("utf-8")).decode("ascii"),
    outcome="applied", classification="confirmation",
    imitates="Meta regulatory operations reply, HTML body sent base64-encoded",
    why="two named items taken down (removed)",
    items={M[1]: "removed", M[3]: "removed"},
)

case(
    name="meta-outlook-original-message",
    **{"from": "kr-regulatory@meta.com"},
    name_from="Meta Korea Regulatory",
    date=d(2024, 9, 9, 10, 5),
    subject="RE: [KCSC-240905-03] Request for removal of illegal content",
    reply_to_req=req_mid("KCSC-240905-03"),
    body=f"""
Hello,

Following our review:
- The Facebook group post ({M[0]}) was removed for going against our Community Standards.
- The Instagram account maple_vault_shop ({M[4]}) has been disabled.

Kind regards,
Seojun
{META_SIG}

{quoted_request("KCSC-240905-03", M, style="outlook", when="Thursday, September 5, 2024 2:30 PM")}
""",
    outcome="applied", classification="confirmation",
    imitates="Meta staff reply from Outlook above '-----Original Message-----'",
    why="post removed and account disabled (removed); the quoted request below states nothing",
    items={M[0]: "removed", M[4]: "removed"},
)

case(
    name="meta-wrapped-long-url",
    **{"from": "kr-regulatory@meta.com"},
    name_from="Meta Korea Regulatory",
    date=d(2024, 9, 12, 16, 40),
    subject="RE: [KCSC-240905-03] Request for removal of illegal content",
    reply_to_req=req_mid("KCSC-240905-03"),
    body=f"""
Hello,

We have removed the following post from Facebook:
https://www.facebook.com/groups/2201987654321098/posts/
2209876543210987/

and restricted access in South Korea to
{M[2]} .

Kind regards,
{META_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Meta staff plain-text reply whose client hard-wrapped a long URL",
    why="group post removed (URL wrapped over two lines); Instagram post restricted in KR",
    items={M[0]: "removed", M[2]: "restricted"},
)

case(
    name="meta-appears-already-gone",
    **{"from": "kr-regulatory@meta.com"},
    name_from="Meta Korea Regulatory",
    date=d(2024, 9, 6, 15, 12),
    subject="RE: [KCSC-240905-03] Request for removal of illegal content",
    reply_to_req=req_mid("KCSC-240905-03"),
    body=f"""
Hello,

It appears the reel {M[3]} may already have been taken down by
the account owner. We'll confirm once our checks are done.

Kind regards,
{META_SIG}
""",
    outcome="review", review="not_understood",
    imitates="Meta staff preliminary reply with a hedge",
    why="'appears', 'may already have been', 'we'll confirm': a hedge, not a statement",
    items={M[3]: "pending"},
)

case(
    name="meta-conditional-restriction",
    **{"from": "kr-regulatory@meta.com"},
    name_from="Meta Korea Regulatory",
    date=d(2024, 9, 7, 10, 0),
    subject="RE: [KCSC-240905-03] Request for removal of illegal content",
    reply_to_req=req_mid("KCSC-240905-03"),
    body=f"""
Hello,

Our legal team is assessing {M[1]} against Korean law. If it is
confirmed to be unlawful in Korea, we will restrict access to it there.

Kind regards,
{META_SIG}
""",
    outcome="review", review="not_understood",
    imitates="Meta legal-review holding reply with a conditional outcome",
    why="a condition and a promise only: the post stays pending",
    items={M[1]: "pending"},
)

case(
    name="meta-report-received",
    **{"from": "noreply@facebookmail.com"},
    name_from="Facebook",
    date=d(2024, 9, 5, 14, 31),
    subject="We received your report (KCSC-240905-03)",
    reply_to_req=req_mid("KCSC-240905-03"),
    body="""
Hi,

Thanks for contacting us. We've received your report and assigned it the
reference number 4402817734. Our team reviews reports in the order they're
received, and we'll let you know when we've made a decision.

You can check the status of your report in your Support Inbox.

The Facebook Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Facebook automated report receipt with a reference number",
    why="pure receipt: report received, number assigned, nothing decided",
    items={},
)

# ================================================================= TikTok
TT_SIG = "TikTok Trust & Safety\nhttps://www.tiktok.com/legal/report"

case(
    name="tiktok-numbered-outcomes",
    **{"from": "legal-noreply@tiktok.com"},
    name_from="TikTok",
    date=d(2024, 9, 10, 12, 3, UTC),
    subject="Your legal report KCSC-240906-04 - outcome",
    reply_to_req=req_mid("KCSC-240906-04"),
    body=f"""
Hello,

We have reviewed the content in your report. Outcome per link:

1. {T[0]} — Removed: violates our Community Guidelines (drugs and
   regulated substances)
2. {T[1]} — Restricted in South Korea based on local law
3. {T[2]} — Not found: the link does not lead to an existing video

Thank you for helping keep TikTok safe.

{TT_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal report outcome email with a numbered list",
    why="numbered list: removed, restricted in KR, not found",
    items={T[0]: "removed", T[1]: "restricted", T[2]: "not_found"},
)

case(
    name="tiktok-thanks-then-removed",
    **{"from": "legal-noreply@tiktok.com"},
    name_from="TikTok",
    date=d(2024, 9, 8, 3, 15, UTC),
    subject="Re: [KCSC-240906-04] Request for removal of illegal content",
    reply_to_req=req_mid("KCSC-240906-04"),
    body=f"""
Hi,

Thank you for your report. We have received it and reviewed the content.
The video {T[1]} has been removed from TikTok for violating our Community
Guidelines.

{TT_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report reply opening with a receipt phrase, then a decision",
    why="receipt phrase plus an unhedged removal of the named video: not a mere acknowledgement",
    items={T[1]: "removed"},
)

case(
    name="tiktok-statement-of-reasons",
    **{"from": "dsa-notices@tiktok.com"},
    name_from="TikTok",
    date=d(2024, 9, 11, 9, 0, UTC),
    subject="Statement of reasons - Notice ID 7412-0093-4410",
    reply_to_req=req_mid("KCSC-240906-04"),
    body=f"""
Statement of reasons

Notice ID: 7412-0093-4410
Notifier reference: KCSC-240906-04
Content: <{T[2]}>
Decision: Access to the content has been restricted in South Korea.
Ground: illegal content under the law of South Korea (Act on Promotion of
Information and Communications Network Utilization, Art. 44-7).
Scope: South Korea only.
Detection: notice from a regulator. Decision made by: human review.

Redress: the uploader may appeal in the app. Further information:
<https://www.tiktok.com/legal/page/global/dsa-statements>

{TT_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok DSA-style statement of reasons (decision, ground, scope, redress)",
    why="one video restricted in South Korea; the redress link is not an item",
    items={T[2]: "restricted"},
)

case(
    name="tiktok-videos-removed-bulk",
    **{"from": "legal-noreply@tiktok.com"},
    name_from="TikTok",
    date=d(2024, 9, 9, 7, 41, UTC),
    subject="Re: [KCSC-240906-04] Request for removal of illegal content",
    reply_to_req=req_mid("KCSC-240906-04"),
    body=f"""
Hi,

We've reviewed your report and removed the videos you reported for
violating our Community Guidelines.

{TT_SIG}
""",
    outcome="review", review="bulk",
    imitates="TikTok short report-outcome email summarising all reported videos",
    why="'the videos you reported' for a three-item request, none named",
    items={u: "pending" for u in T},
)

case(
    name="tiktok-receipt-echoes-report",
    **{"from": "legal-noreply@tiktok.com"},
    name_from="TikTok",
    date=d(2024, 9, 6, 9, 42),
    subject="We've received your report (Report ID 66120458)",
    reply_to_req=req_mid("KCSC-240906-04"),
    body=f"""
Hello,

We have received your report. Here is a copy of what you submitted:

Report ID: 66120458
Your reference: KCSC-240906-04
Reported links:
{T[0]}
{T[1]}
{T[2]}
Reason: Illegal content - drugs

We will review your report and notify you of our decision.

{TT_SIG}
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok web-form receipt that echoes the submitted report",
    why="automated receipt echoing our own links; no decision on any of them",
    items={},
)

# ================================================================= Reddit
case(
    name="reddit-removed-and-geoblocked",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    date=d(2024, 9, 12, 23, 10, PDT),
    subject="Re: [KCSC-240909-05] Request for removal of illegal content",
    reply_to_req=req_mid("KCSC-240909-05"),
    body=f"""
Hello,

Thanks for your notice. After review:

* We've removed {R[0]} from Reddit for violating our Content Policy
  (Rule 7, illegal transactions).
* {R[1]} has been made unavailable in South Korea in response to your
  request; it remains visible elsewhere.

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply (removed under Content Policy / unavailable in country)",
    why="one post removed; one made unavailable in South Korea only (restricted)",
    items={R[0]: "removed", R[1]: "restricted"},
)

case(
    name="reddit-both-removed-over-quote",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    date=d(2024, 9, 11, 18, 2, PDT),
    subject="Re: [KCSC-240909-05] Request for removal of illegal content",
    reply_to_req=req_mid("KCSC-240909-05"),
    body=f"""
Done - both posts have been removed.

Reddit Legal

{quoted_request("KCSC-240909-05", R, when="Mon, Sep 9, 2024 at 12:05 AM")}
""",
    outcome="review", review="bulk",
    imitates="terse Reddit admin reply top-posted over the quoted notice",
    why="'both posts' names neither; the URLs are only in our quoted request",
    items={R[0]: "pending", R[1]: "pending"},
)

case(
    name="reddit-moderator-from-gmail",
    **{"from": "seoulmarketbuzz.mods@gmail.com"},
    name_from="r/seoulmarketbuzz moderators",
    date=d(2024, 9, 10, 21, 30),
    subject="About KCSC-240909-05",
    body=f"""
Hi,

I'm one of the volunteer moderators of r/seoulmarketbuzz. We saw the admin
notice about your request and I removed both posts from the subreddit:

{R[0]}
{R[1]}

Sorry about that, we've banned the user.
""",
    outcome="review", review="unknown_sender",
    imitates="subreddit volunteer moderator replying from a personal Gmail address",
    why="a moderator on gmail.com is not Reddit; sender is no platform",
    items={R[0]: "pending", R[1]: "pending"},
)

case(
    name="reddit-read-receipt",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    date=d(2024, 9, 9, 16, 40),
    subject="Read: [KCSC-240909-05] Request for removal of illegal content",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="mdn-5c1e0b"

--mdn-5c1e0b
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to legal@reddit.com at 9/9/2024 4:05 PM.

This receipt verifies that the message has been displayed on the recipient's
computer at 9/9/2024 4:40 PM.

--mdn-5c1e0b
Content-Type: message/disposition-notification

Reporting-UA: legal@reddit.com; Mozilla Thunderbird
Final-Recipient: rfc822;legal@reddit.com
Original-Message-ID: <req.KCSC-240909-05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-5c1e0b--
""",
    outcome="ignored", classification="read_receipt",
    imitates="message disposition notification (read receipt) from a mail client",
    why="a read receipt says only that our mail was displayed",
    items={},
)

# =============================================================== Telegram
case(
    name="telegram-blocked-and-deleted",
    **{"from": "abuse@telegram.org"},
    date=d(2024, 9, 12, 14, 55, UTC),
    subject="Re: [KCSC-240910-06] Request for removal - Case #4471920",
    reply_to_req=req_mid("KCSC-240910-06"),
    body=f"""
Hello,

Thank you for your report.

{G[0]} - blocked.
{G[1]} - this message had already been deleted by the channel admin.

Case #4471920

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk terse per-link reply",
    why="one message blocked (removed); the other already deleted by its author (not_found)",
    items={G[0]: "removed", G[1]: "not_found"},
)

case(
    name="telegram-needs-legal-basis",
    **{"from": "abuse@telegram.org"},
    date=d(2024, 9, 11, 6, 10, UTC),
    subject="Re: [KCSC-240910-06] Request for removal - Case #4471920",
    reply_to_req=req_mid("KCSC-240910-06"),
    body=f"""
Hello,

To proceed with your request concerning {G[1]}, we need a copy of
the decision or order establishing that this content is illegal, and the
provision of law it relies on. Please reply to this message with those
documents.

Case #4471920

Telegram Abuse Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Telegram abuse-desk request for the legal basis of a notice",
    why="Telegram asks us for documents before acting; nothing decided",
    items={G[1]: "pending"},
)

# ================================================================ Discord
case(
    name="discord-server-removed-sole",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    date=d(2024, 9, 13, 2, 25, UTC),
    subject="Re: [KCSC-240911-07] Request for removal of illegal content",
    reply_to_req=req_mid("KCSC-240911-07"),
    body="""
Hi there,

Thanks for reaching out about KCSC-240911-07. Our Safety team has reviewed
the server you reported, and it has been removed from Discord for violating
our Community Guidelines. The account that owned it has also been banned.

Best,
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety report-outcome reply",
    why="single-item request; the server reported was removed, stated without a URL",
    items={D[0]: "removed"},
)

case(
    name="discord-ticket-received",
    **{"from": "support@discord.com"},
    name_from="Discord",
    date=d(2024, 9, 11, 13, 46),
    subject="[Discord] Re: [KCSC-240911-07] Request for removal of illegal content",
    reply_to_req=req_mid("KCSC-240911-07"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
##- Please type your reply above this line -##

Your request (31877402) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

Discord
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style ticket receipt from Discord support",
    why="automatic ticket receipt, no decision",
    items={},
)

# ========================================================= other platforms
case(
    name="snap-portal-moved-no-claims",
    **{"from": "lawenforcement@snap.com"},
    name_from="Snap Law Enforcement Operations",
    date=d(2024, 9, 10, 0, 5, UTC),
    subject="Change to how government agencies submit requests to Snap",
    body="""
Hello,

We're writing to agencies that have contacted Snap in the past. From
1 October 2024, requests from government agencies must be submitted through
our Law Enforcement Service Site at https://les.snapchat.com/ rather than by
email. Requests sent by email after that date may take longer to process.

Snap Law Enforcement Operations
""",
    outcome="review", review="no_claims",
    imitates="Snap announcement to government agencies about its request portal",
    why="trusted Snap mail that names no requested item and no request",
    items={},
)

case(
    name="twitch-unmonitored-mailbox",
    **{"from": "no-reply@twitch.tv"},
    name_from="Twitch",
    date=d(2024, 9, 4, 9, 0),
    subject="Auto-response: This mailbox is not monitored",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
This is an automated response. This mailbox is not monitored and your
message has not been read.

Government and law enforcement requests should be submitted through
https://safety.twitch.tv/s/article/Law-Enforcement-Requests.

Twitch
""",
    outcome="ignored", classification="auto_reply",
    imitates="Twitch no-reply mailbox auto-response",
    why="automated 'mailbox not monitored' reply",
    items={},
)


HEADER = """# Blind set 862 (focus: English notices from many platforms).
# Written by tests/corpus/blind862/make.py; do not edit by hand.
# Expected results were written from each email's meaning before any run.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind862", HEADER, CASES)


if __name__ == "__main__":
    main()
