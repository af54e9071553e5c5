#!/usr/bin/env python3
"""Blind set blind312: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by a note, statuses given by position ("respectively", "1 and
3 above"). Written from public notice shapes in our own sentences, with
fictional URLs, names and ids, before any run of the reader.

    python3 tests/corpus/blind312/make.py

Deterministic: rewrites requests.csv, cases/*.eml and expected.toml.
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

corpuslib.DOMAIN_NAMES.setdefault("kakaocorp.com", "Kakao")

# ---------------------------------------------------------------- requests
X = {
    "x01": "https://x.com/moonlit_fakes/status/1830411102934561281",
    "x02": "https://x.com/moonlit_fakes/status/1830415578201346049",
    "x03": "https://x.com/moonlit_fakes/status/1830427390017224706",
    "x04": "https://x.com/moonlit_fakes/status/1830502267341865011",
    "x05": "https://x.com/hanbyeol_edits/status/1829998810446032897",
    "x06": "https://x.com/hanbyeol_edits/status/1830004419927761920",
    "x07": "https://x.com/hanbyeol_edits/status/1830120057730027587",
    "x08": "https://x.com/pale_orchid_x/status/1830233184455720962",
    "x09": "https://x.com/pale_orchid_x/status/1830240661078401033",
    "x10": "https://x.com/pale_orchid_x/status/1830259973345566737",
    "x11": "https://x.com/pale_orchid_x",
    "x12": "https://x.com/deepmirror_kr/status/1830301127790084096",
    "x13": "https://x.com/deepmirror_kr/status/1830318845521133584",
}
T = {
    "t1": "https://t.me/grey_lantern/210",
    "t2": "https://t.me/grey_lantern/214",
    "t3": "https://t.me/grey_lantern/233",
    "t4": "https://t.me/grey_lantern_backup/9",
}
Y = {
    "y1": "https://www.youtube.com/watch?v=Qm3xT7vLp2a",
    "y2": "https://www.youtube.com/watch?v=b8HkW0rJd4s",
    "y3": "https://www.youtube.com/shorts/Ve5nC2yTq0o",
}
N4_RAW = "https://cafe.naver.com/달빛사랑방/5521"
N = {
    "n1": "https://blog.naver.com/dalbit_room22/223500112233",
    "n2": "https://blog.naver.com/dalbit_room22/223500119870",
    "n3": "https://cafe.naver.com/silverpine/8812",
    "n4": "https://cafe.naver.com/%EB%8B%AC%EB%B9%9B%EC%82%AC%EB%9E%91%EB%B0%A9/5521",
    "n5": "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80201&docId=470011223",
}
D = {
    "d1": "https://blog.daum.net/ssal_tteok/1188",
    "d2": "https://cafe.daum.net/hollowpeak/Bx1q/442",
}
Y4 = "https://www.youtube.com/watch?v=Zr8KpN1vYwE"
T5 = "https://t.me/night_orchard/57"
U = {**X, **T, **Y, **N, **D, "y4": Y4, "t5": T5}

REQUESTS = [
    # ref, platform, sent, due, urls, category
    ("KCSC-240903-01", "x", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     list(X.values()), "deepfake_sexual_abuse"),
    ("KCSC-240905-02", "telegram", "2024-09-05T11:30:00+09:00", "2024-09-12T18:00:00+09:00",
     list(T.values()), "illegal_gambling"),
    ("KCSC-240906-03", "youtube", "2024-09-06T09:15:00+09:00", "2024-09-13T18:00:00+09:00",
     list(Y.values()), "defamation"),
    ("KCSC-240909-04", "naver", "2024-09-09T14:00:00+09:00", "2024-09-16T18:00:00+09:00",
     list(N.values()), "privacy_violation"),
    ("KCSC-240911-05", "daum", "2024-09-11T10:40:00+09:00", "2024-09-18T18:00:00+09:00",
     list(D.values()), "drug_trade"),
    ("KCSC-240913-06", "youtube", "2024-09-13T16:20:00+09:00", "2024-09-20T18:00:00+09:00",
     [Y4], "deepfake_sexual_abuse"),
    ("KCSC-240916-07", "telegram", "2024-09-16T10:05:00+09:00", "2024-09-23T18:00:00+09:00",
     [T5], "illegal_gambling"),
]


def req_mid(ref):
    return "req312-" + ref[5:].lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, f"<{req_mid(ref)}@kcsc.example>", ""])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def quoted_request_lines(ref, prefix="> "):
    """The regulator's own request text, as quoted under a reply."""
    urls = next(r[4] for r in REQUESTS if r[0] == ref)
    out = [
        f"Dear Trust & Safety team,",
        "",
        f"The Korea Communications Standards Commission requests the removal of the",
        f"following content under our reference {ref}:",
        "",
    ]
    out += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    out += ["", "Please reply with the action taken for each URL.", "", "KCSC Takedown Desk"]
    return [(prefix + l).rstrip() for l in out]


def b64(text):
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def pending(*keys):
    return {U[k]: "pending" for k in keys}


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED

case(
    name="x-mixed-statuses-one-sentence",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email listing per-post actions in prose",
    why="one sentence carries two withholdings, a removal and a refusal with its reason",
    from_="legal-noreply@x.com", date="Fri, 06 Sep 2024 09:12:44 +0000",
    subject="Re: Legal request KCSC-240903-01 [ref:00D4x.5003Ka8QZ:ref]",
    reply_to_req=req_mid("KCSC-240903-01"),
    items={X["x01"]: "restricted", X["x02"]: "restricted", X["x05"]: "removed", X["x08"]: "rejected"},
    body=f"""
Hello,

Thank you for your report regarding request KCSC-240903-01.

After reviewing the reported content against the X Rules and applicable
local law, we have withheld {X['x01']} and {X['x02']} in South Korea,
removed {X['x05']} for violating our non-consensual nudity policy, and
taken no action on {X['x08']}, because that post does not violate the
X Rules and we did not find it to be unlawful as reported.

We continue to review the remaining posts in your request and will write
again when we have an outcome.

Regards,
X Legal
""",
)

case(
    name="x-respectively-wrapped-angle-urls",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome with 'respectively' and client-wrapped <URL>s",
    why="statuses given by position ('respectively'), one URL wrapped inside angle brackets",
    from_="legal-noreply@x.com", date="Sat, 07 Sep 2024 02:40:09 +0000",
    subject="Update on your request KCSC-240903-01",
    items={X["x03"]: "removed", X["x04"]: "restricted", X["x06"]: "not_found"},
    body="""
Hi KCSC team,

Here is an update on three of the posts in your request KCSC-240903-01.

The posts at <https://x.com/moonlit_fakes/status/1830427390017224706>,
<https://x.com/moonlit_fakes/status/1830502267341865011> and
<https://x.com/hanbyeol_edits/status/
1830004419927761920> have been removed, withheld in South Korea, and
could not be located on our service, respectively.

If you believe we have made an error, please reply to this email.

X Legal
""",
)

case(
    name="x-hedge-in-relative-clause-then-removed",
    outcome="applied", classification="confirmation",
    imitates="X safety-team reply with an aside about copies elsewhere",
    why="the hedge ('may also have been shared') sits in a relative clause; both main statements are firm",
    from_="legal-noreply@x.com", date="Sat, 07 Sep 2024 11:03:51 +0000",
    subject="Re: KCSC-240903-01",
    reply_to_req=req_mid("KCSC-240903-01"),
    items={X["x07"]: "removed", X["x09"]: "restricted"},
    body=f"""
Hello,

The post {X['x07']}, which may also have been shared by other accounts
that were not part of your report, has been removed for violating our
synthetic and manipulated media policy.

{X['x09']}
Action: withheld in South Korea in response to your legal demand.

If you find copies of this material posted by other accounts, please submit
them as a new request.

X Legal
""",
)

case(
    name="x-appears-deleted-and-removed",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome where one post seemed gone before review",
    why="x10 is only hedged ('appears to have been deleted') and stays pending; x12 is firmly removed",
    from_="legal-noreply@x.com", date="Sun, 08 Sep 2024 06:27:18 +0000",
    subject="Your legal request KCSC-240903-01 - partial outcome",
    items={X["x10"]: "pending", X["x12"]: "removed"},
    body=f"""
Hello,

We looked at two more posts from request KCSC-240903-01.

- {X['x10']}: this post appears to have been deleted by the account holder
  before our review took place. We are confirming this with our engineering
  team.
- {X['x12']}: removed. The post violated our policy on non-consensual
  nudity.

Thank you,
X Legal
""",
)

case(
    name="x-account-refused-post-removed",
    outcome="applied", classification="confirmation",
    imitates="X reply declining account-level action while acting on a post",
    why="a negation with its reason (account not suspended: it breaks no rule) and a removal",
    from_="legal-noreply@x.com", date="Mon, 09 Sep 2024 08:55:00 +0000",
    subject="Re: Legal request KCSC-240903-01 (accounts)",
    reply_to_req=req_mid("KCSC-240903-01"),
    items={X["x11"]: "rejected", X["x13"]: "removed"},
    body=f"""
Hello,

We have not suspended the account {X['x11']}. Taken as a whole, the
account does not violate the X Rules, and the request did not identify a
legal basis for withholding the entire account in South Korea.

We have, however, deleted the post {X['x13']} under our non-consensual
nudity policy.

Best,
X Legal
""",
)

case(
    name="x-withheld-then-removed-globally",
    outcome="applied", classification="confirmation",
    imitates="X escalation follow-up revising an earlier country withholding",
    why="a later sentence revises the first: x01 withheld, then removed globally; x02 stays withheld",
    from_="legal-noreply@x.com", date="Tue, 10 Sep 2024 13:14:22 +0000",
    subject="Follow-up: KCSC-240903-01",
    items={X["x01"]: "removed", X["x02"]: "restricted"},
    body=f"""
Hello again,

Earlier this week we told you that the post at
{X['x01']} had been withheld in South Korea only.
After escalation to our Safety team, that post has now been removed
globally for violating our policy on non-consensual intimate media.

{X['x02']} remains withheld in South Korea.

X Legal
""",
)

_csv_rows = (
    "reported_url,action,reason\r\n"
    f"{X['x03']},Removed,Non-consensual nudity\r\n"
    f"{X['x04']},Country withheld (KR),Local law\r\n"
    f"{X['x06']},No action,No violation of X Rules or local law\r\n"
    f"{X['x07']},Not found,Post does not exist\r\n"
)
case(
    name="x-csv-attachment-results",
    outcome="applied", classification="confirmation",
    imitates="X legal-request batch outcome with a CSV results attachment",
    why="the statuses are in a CSV attachment: removed, withheld, no violation, not found",
    from_="legal-noreply@x.com", date="Tue, 10 Sep 2024 22:01:37 +0000",
    subject="Outcome of legal request KCSC-240903-01 (attachment)",
    items={X["x03"]: "removed", X["x04"]: "restricted", X["x06"]: "rejected", X["x07"]: "not_found"},
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_b312_csv_01"

--=_b312_csv_01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

The outcome for the posts listed in the attached file is stated per row.
Posts of request KCSC-240903-01 that are not in the file are still being
reviewed.

X Legal

--=_b312_csv_01
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(_csv_rows)}
--=_b312_csv_01--
""",
)

case(
    name="x-top-posted-over-gmail-quote",
    outcome="applied", classification="confirmation",
    imitates="X agent reply top-posted over the quoted request (Gmail style)",
    why="only the two posts in the reply change; the thirteen URLs in the quoted request are not statements",
    from_="m.carver@x.com", name_from="Mara Carver", date="Wed, 11 Sep 2024 04:46:10 +0000",
    subject="Re: Removal request KCSC-240903-01",
    reply_to_req=req_mid("KCSC-240903-01"),
    items={X["x12"]: "removed", X["x13"]: "removed"},
    body=f"""
Hi,

Both posts from @deepmirror_kr ({X['x12']} and
{X['x13']}) were taken down this morning. I have no update
on the other URLs yet.

Mara
X Global Government Affairs

On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
""" + "\n".join(quoted_request_lines("KCSC-240903-01")),
)

case(
    name="x-numbered-list-outcome-by-number",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply that echoes the reported posts as a numbered list and answers by number",
    why="statuses given by the list numbers in the same email: 1 and 3 removed, 2 withheld",
    from_="legal-noreply@x.com", date="Wed, 11 Sep 2024 17:30:02 +0000",
    subject="KCSC-240903-01: outcome for @hanbyeol_edits",
    items={X["x05"]: "removed", X["x06"]: "restricted", X["x07"]: "removed"},
    body=f"""
Hello,

Reported posts from @hanbyeol_edits:

1. {X['x05']}
2. {X['x06']}
3. {X['x07']}

Outcome: 1 and 3 were removed for violating our non-consensual nudity
policy. 2 was withheld in South Korea.

X Legal
""",
)

case(
    name="x-outlook-reply-withheld-and-refused",
    outcome="applied", classification="confirmation",
    imitates="X agent reply in Outlook over an -----Original Message----- block",
    why="one post withheld, the next refused with its reason; the request below the Outlook separator is quoted",
    from_="j.okafor@x.com", name_from="Jide Okafor", date="Thu, 12 Sep 2024 07:18:45 +0000",
    subject="RE: Removal request KCSC-240903-01",
    reply_to_req=req_mid("KCSC-240903-01"),
    items={X["x09"]: "restricted", X["x10"]: "rejected"},
    body=f"""
Dear KCSC,

{X['x09']} has been withheld in Korea.

{X['x10']} has not been withheld: the content is not illegal
under the provision your letter cites, and it does not break our rules.

Kind regards,
Jide Okafor | X Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: legal@x.com
Subject: Removal request KCSC-240903-01

""" + "\n".join(quoted_request_lines("KCSC-240903-01", prefix="")),
)

case(
    name="tg-removed-whereas-stays-up",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply (short prose, 'whereas')",
    why="two takedowns and a refusal with its reason in one sentence",
    from_="abuse@telegram.org", date="Sat, 07 Sep 2024 15:02:11 +0000",
    subject="Re: KCSC-240905-02",
    reply_to_req=req_mid("KCSC-240905-02"),
    items={T["t1"]: "removed", T["t2"]: "removed", T["t3"]: "rejected"},
    body=f"""
Hello,

Messages {T['t1']} and {T['t2']} have been taken down, whereas
{T['t3']} does not break Telegram's Terms of Service and stays up.

Telegram Abuse
""",
)

case(
    name="tg-bare-url-status-below",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk per-link result lines",
    why="each bare URL line is followed by its status line",
    from_="abuse@telegram.org", date="Sun, 08 Sep 2024 10:45:30 +0000",
    subject="Your report KCSC-240905-02",
    items={T["t3"]: "removed", T["t4"]: "not_found"},
    body=f"""
Hi,

Results for your report:

{T['t3']}
Status: blocked

{T['t4']}
Status: no such message in this channel

Telegram Abuse
""",
)

case(
    name="tg-not-found-then-corrected",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk correction to its own earlier answer",
    why="a later sentence revises the first: 'not found' is corrected to 'blocked'",
    from_="abuse@telegram.org", date="Mon, 09 Sep 2024 12:20:00 +0000",
    subject="Re: Your report KCSC-240905-02",
    reply_to_req=req_mid("KCSC-240905-02"),
    items={T["t1"]: "removed"},
    body=f"""
Hello,

When we first checked, message {T['t1']} was not found.
Correction: our moderators located it in an edited form, and it has now
been blocked.

Telegram Abuse
""",
)

case(
    name="tg-single-item-no-url",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk one-line outcome naming only the reference",
    why="names no URL but the reference of a one-item request; 'blocked' applies to that item",
    from_="abuse@telegram.org", date="Tue, 17 Sep 2024 08:09:14 +0000",
    subject="Re: KCSC-240916-07",
    reply_to_req=req_mid("KCSC-240916-07"),
    items={T5: "removed"},
    body="""
Hello,

The content you reported under KCSC-240916-07 has been blocked.

Telegram Abuse
""",
)

case(
    name="yt-not-removed-but-restricted",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome: local block instead of global removal",
    why="'not removed' is followed by 'restricted from view in South Korea' for y1; y2 removed",
    from_="legal-kr@google.com", name_from="YouTube Legal Support", date="Tue, 10 Sep 2024 05:33:40 +0000",
    subject="[5-3190000041882] YouTube legal request KCSC-240906-03",
    items={Y["y1"]: "restricted", Y["y2"]: "removed"},
    body=f"""
Hello,

Thank you for contacting YouTube.

We have not removed the video {Y['y1']}, as it does not violate our
Community Guidelines, but we have restricted it from view in South Korea
based on local law.

The video {Y['y2']} has been removed from YouTube for violating
our harassment and cyberbullying policy.

Sincerely,
The YouTube Legal Support Team
""",
)

case(
    name="yt-age-restricted-and-remains",
    outcome="applied", classification="confirmation",
    imitates="YouTube reviewer reply: age restriction and no-violation finding",
    why="age-restricted is restricted; 'remains available, no violation' is a refusal with its reason",
    from_="legal-kr@google.com", name_from="YouTube Legal Support", date="Wed, 11 Sep 2024 02:15:06 +0000",
    subject="Re: [5-3190000041882] YouTube legal request KCSC-240906-03",
    reply_to_req=req_mid("KCSC-240906-03"),
    items={Y["y3"]: "restricted", Y["y2"]: "rejected"},
    body=f"""
Hello,

We've reviewed two of the items in your request.

The Short {Y['y3']} has been age-restricted.
It will no longer be visible to viewers who are signed out or under 18.

The video {Y['y2']} remains available: after careful review we did
not find it to violate our policies or local law.

Sincerely,
The YouTube Legal Support Team
""",
)

case(
    name="yt-html-table-with-policy-link",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome rendered as an HTML table with help-centre links",
    why="per-row statuses in an HTML table; the help-centre link is not an item",
    from_="legal-kr@google.com", name_from="YouTube Legal Support", date="Thu, 12 Sep 2024 09:41:52 +0000",
    subject="[5-3190000041882] Outcome of your request KCSC-240906-03",
    items={Y["y1"]: "restricted", Y["y2"]: "rejected", Y["y3"]: "removed"},
    type="html",
    body=f"""
<html><body style="font-family:Roboto,Arial,sans-serif">
<p>Hello,</p>
<p>Below is the outcome for each item in request KCSC-240906-03.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Content</th><th>Action</th></tr>
<tr><td><a href="{Y['y1']}">{Y['y1']}</a></td><td>Blocked in South Korea</td></tr>
<tr><td><a href="{Y['y2']}">{Y['y2']}</a></td><td>No action &ndash; content does not violate our policies</td></tr>
<tr><td><a href="{Y['y3']}">{Y['y3']}</a></td><td>Removed &ndash; Community Guidelines</td></tr>
</table>
<p>You can read more about how we handle legal requests at
<a href="https://support.google.com/youtube/answer/6154230">https://support.google.com/youtube/answer/6154230</a>.</p>
<p>The YouTube Legal Support Team</p>
</body></html>
""",
)

_yt_update = f"""Hello,

Summary for request KCSC-240906-03:

  Content                                         Action
  {Y['y1']}     Restricted (KR)
  {Y['y3']}      No action

Update (12 September): after a second review, the Short at
{Y['y3']} has been removed for violating our Community
Guidelines. The "No action" entry above is no longer current.

Sincerely,
The YouTube Legal Support Team
"""
case(
    name="yt-table-then-update-qp",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal summary table with a later 'Update' paragraph (quoted-printable)",
    why="the update below the table revises y3 from 'No action' to removed and says so; y1 restricted",
    from_="legal-kr@google.com", name_from="YouTube Legal Support", date="Thu, 12 Sep 2024 23:58:10 +0000",
    subject="[5-3190000041882] Updated outcome KCSC-240906-03",
    items={Y["y1"]: "restricted", Y["y3"]: "removed"},
    raw_mime="""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(_yt_update),
)

case(
    name="yt-single-relative-clause-hedge",
    outcome="applied", classification="confirmation",
    imitates="YouTube outcome email for a single video with an aside on its origin",
    why="the hedge is about where the video was uploaded from; the removal itself is stated firmly",
    from_="legal-kr@google.com", name_from="YouTube Legal Support", date="Sun, 15 Sep 2024 04:12:27 +0000",
    subject="[5-3190000058310] YouTube legal request KCSC-240913-06",
    reply_to_req=req_mid("KCSC-240913-06"),
    items={Y4: "removed"},
    body=f"""
Hello,

The video you reported ({Y4}), which our records suggest may
have been uploaded from outside Korea, has been removed from YouTube for
violating our Community Guidelines.

Sincerely,
The YouTube Legal Support Team
""",
)

case(
    name="naver-blind-and-keep-one-sentence",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 게시중단 요청 처리 결과 안내",
    why="one Korean sentence: two posts 게시중단(블라인드), the third kept because no violation was found",
    from_="policy@navercorp.com", name_from="네이버 고객센터", date="Tue, 10 Sep 2024 16:30:00 +0900",
    subject="[NAVER] 게시중단 요청(KCSC-240909-04) 처리 결과 안내",
    reply_to_req=req_mid("KCSC-240909-04"),
    items={N["n1"]: "removed", N["n2"]: "removed", N["n3"]: "rejected"},
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240909-04)의 처리 결과를 안내드립니다.

{N['n1']}, {N['n2']} 게시물은 게시중단(블라인드) 처리하였으며, {N['n3']} 게시물은 관련 법령 및 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다.

나머지 게시물은 검토 후 별도로 안내드리겠습니다.

감사합니다.
네이버 고객센터 드림
""",
)

case(
    name="naver-numbered-list-particles",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 처리 결과 (번호 목록, 한글 경로 URL)",
    why="a raw Korean-path URL followed by a particle, a URL followed by full-width punctuation; 임시조치 and 작성자 삭제",
    from_="right@navercorp.com", name_from="네이버 권리보호센터", date="Wed, 11 Sep 2024 10:05:41 +0900",
    subject="RE: [KCSC-240909-04] 게시물 조치 요청",
    reply_to_req=req_mid("KCSC-240909-04"),
    items={N["n4"]: "restricted", N["n5"]: "not_found"},
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

요청하신 게시물에 대한 조치 결과는 아래와 같습니다.

1. {N4_RAW}은 정보통신망법 제44조의2에 따라 30일간 임시조치되었습니다.
2. {N['n5']}，이 게시물은 작성자가 이미 삭제하여 존재하지 않습니다.

기타 문의사항은 회신 주시기 바랍니다.
네이버 권리보호센터
""",
)

case(
    name="naver-kcsc-style-result-table",
    outcome="applied", classification="confirmation",
    imitates="시정요구 조치결과 회신 (번호·URL·조치결과 텍스트 표)",
    why="statuses by table row: 삭제, 접근 제한, 게시물 없음, 미조치(위반 아님)",
    from_="policy@navercorp.com", name_from="네이버 정책지원", date="Thu, 12 Sep 2024 14:48:19 +0900",
    subject="[회신] 시정요구 조치결과 - KCSC-240909-04",
    items={N["n1"]: "removed", N["n2"]: "restricted", N["n3"]: "not_found", N["n5"]: "rejected"},
    body=f"""
방송통신심의위원회 담당자님께,

시정요구(KCSC-240909-04)에 대한 조치결과를 아래와 같이 회신합니다.

| 번호 | URL | 조치결과 |
|---|---|---|
| 1 | {N['n1']} | 삭제 |
| 2 | {N['n2']} | 국내 접근 제한 |
| 3 | {N['n3']} | 게시물 없음 |
| 4 | {N['n5']} | 미조치 (운영정책 위반 아님) |

{N4_RAW} 건은 현재 검토 중입니다.

네이버 정책지원 드림
""" ,
)
# n4 is "현재 검토 중": under review, so it stays pending.
CASES[-1]["items"][N["n4"]] = "pending"

case(
    name="naver-seems-author-deleted-not-confirmed",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 결과 안내 with an aside on the likely cause",
    why="'작성자가 삭제한 것으로 보이는' hedges only the cause; '현재 확인되지 않습니다' is firm (not_found); n3 비공개 처리",
    from_="help@naver.com", name_from="네이버 고객센터", date="Fri, 13 Sep 2024 11:11:11 +0900",
    subject="[NAVER] 요청하신 게시물 처리 결과 (KCSC-240909-04)",
    items={N["n2"]: "not_found", N["n3"]: "removed"},
    body=f"""
안녕하세요, 네이버 고객센터입니다.

작성자가 스스로 삭제한 것으로 보이는 {N['n2']} 게시물은 현재 확인되지 않습니다.

{N['n3']} 게시물은 카페 이용약관 위반으로 비공개 처리되었습니다.

감사합니다.
""",
)

case(
    name="naver-temporary-then-deleted",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 후속 안내: 임시조치 후 최종 삭제",
    why="the later sentence revises 임시조치 (restricted) to 최종 삭제 (removed)",
    from_="right@navercorp.com", name_from="네이버 권리보호센터", date="Mon, 16 Sep 2024 09:30:00 +0900",
    subject="[KCSC-240909-04] 후속 조치 안내",
    reply_to_req=req_mid("KCSC-240909-04"),
    items={N["n5"]: "removed"},
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

{N['n5']} 게시물은 지난 9월 10일 임시조치(30일)하였습니다.
다만, 이후 권리침해 사실이 소명되어 해당 게시물은 최종 삭제 처리되었음을 알려드립니다.

감사합니다.
""",
)

case(
    name="daum-takedown-and-author-deleted",
    outcome="applied", classification="confirmation",
    imitates="Daum 고객센터 권리침해 신고 처리 결과 안내",
    why="one sentence: d1 게시중단, d2 작성자가 이미 삭제하여 존재하지 않음 (not_found)",
    from_="cs-noreply@kakaocorp.com", name_from="Daum 고객센터", date="Thu, 12 Sep 2024 15:22:08 +0900",
    subject="[Daum] 신고하신 게시물 처리 결과 안내 (KCSC-240911-05)",
    reply_to_req=req_mid("KCSC-240911-05"),
    items={D["d1"]: "removed", D["d2"]: "not_found"},
    body=f"""
안녕하세요. Daum 고객센터입니다.

신고하신 {D['d1']} 게시글은 게시중단 조치하였고, {D['d2']} 카페글은 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

Daum 서비스를 이용해 주셔서 감사합니다.
""",
)

_daum_html = f"""<html><head><meta charset="utf-8"></head><body>
<div style="font-family:'Malgun Gothic',sans-serif;font-size:14px">
<p>안녕하세요. 카카오 고객센터입니다.</p>
<p>방송통신심의위원회 요청 건(KCSC-240911-05)에 대해 다음과 같이 조치하였습니다.</p>
<ul>
<li><a href="{D['d1']}">{D['d1']}</a> : 블라인드 처리</li>
<li><a href="{D['d2']}">{D['d2']}</a> : 검토 결과 운영정책 위반이 확인되지 않아 조치하지 않았습니다.</li>
</ul>
<p>운영정책은 <a href="https://cs.daum.net/faq/policy">고객센터 운영정책</a>에서 확인하실 수 있습니다.</p>
<p>감사합니다.</p>
</div></body></html>
"""
case(
    name="daum-base64-html-blind-and-refused",
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 HTML 결과 메일 (base64)",
    why="base64 HTML list: d1 블라인드 (removed), d2 not actioned with its reason (rejected); policy link not an item",
    from_="cs-noreply@kakaocorp.com", name_from="카카오 고객센터", date="Fri, 13 Sep 2024 17:40:55 +0900",
    subject="[카카오] 게시물 조치 결과 안내",
    items={D["d1"]: "removed", D["d2"]: "rejected"},
    raw_mime="""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64(_daum_html),
)

# ================================================================ REVIEW

case(
    name="x-dmarc-fail-removed",
    outcome="review", review="untrusted",
    imitates="X legal-request outcome email failing DMARC",
    why="statements about two posts, but the x.com sender fails authentication",
    from_="legal-noreply@x.com", auth="fail", date="Mon, 09 Sep 2024 19:02:33 +0000",
    subject="Re: Legal request KCSC-240903-01",
    items=pending("x03", "x04"),
    body=f"""
Hello,

We have removed {X['x03']} and {X['x04']} following your request
KCSC-240903-01.

X Legal
""",
)

case(
    name="vendor-on-behalf-of-telegram",
    outcome="review", review="unknown_sender",
    imitates="outsourced moderation vendor writing on a platform's behalf",
    why="names the request and its URLs but comes from a domain of no configured platform",
    from_="casework@trustops-bpo.example", name_from="TrustOps Casework", date="Mon, 09 Sep 2024 03:12:00 +0000",
    subject="KCSC-240905-02 - actions completed",
    items=pending("t1", "t2"),
    body=f"""
Dear KCSC,

On behalf of our client Telegram, we confirm that {T['t1']} and
{T['t2']} have been blocked.

TrustOps Casework Team
""",
)

case(
    name="x-all-posts-withheld-bulk",
    outcome="review", review="bulk",
    imitates="X legal outcome stating one action for the whole request",
    why="'all reported posts' for a 13-item request without naming them",
    from_="legal-noreply@x.com", date="Fri, 13 Sep 2024 10:00:00 +0000",
    subject="Completed: legal request KCSC-240903-01",
    items=pending(*X.keys()),
    body="""
Hello,

We have completed our review of your request KCSC-240903-01. All reported
posts have been withheld in South Korea.

Thank you for your patience.
X Legal
""",
)

case(
    name="naver-all-five-blinded-bulk",
    outcome="review", review="bulk",
    imitates="NAVER 일괄 처리 완료 안내",
    why="'5건 모두 게시중단' for a five-item request without naming them",
    from_="policy@navercorp.com", name_from="네이버 고객센터", date="Tue, 17 Sep 2024 10:20:00 +0900",
    subject="[NAVER] KCSC-240909-04 처리 완료",
    reply_to_req=req_mid("KCSC-240909-04"),
    items=pending(*N.keys()),
    body="""
안녕하세요, 네이버 고객센터입니다.

요청하신 게시물 5건에 대하여 모두 게시중단 조치를 완료하였습니다.

감사합니다.
""",
)

case(
    name="x-will-be-withheld-once-assessed",
    outcome="review", review="not_understood",
    imitates="X legal reply promising action after legal assessment",
    why="'will be withheld once ...' is a promise under a condition, not a statement",
    from_="legal-noreply@x.com", date="Thu, 05 Sep 2024 12:12:12 +0000",
    subject="Re: Legal request KCSC-240903-01",
    reply_to_req=req_mid("KCSC-240903-01"),
    items=pending("x03", "x04"),
    body=f"""
Hello,

The posts {X['x03']} and {X['x04']} will be withheld
in South Korea once our legal team completes its assessment of the cited
provision.

X Legal
""",
)

case(
    name="tg-may-already-be-removed",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk reply guessing at the admin's action",
    why="only hedges ('it seems', 'may already have been removed')",
    from_="abuse@telegram.org", date="Fri, 06 Sep 2024 18:40:00 +0000",
    subject="Re: KCSC-240905-02",
    reply_to_req=req_mid("KCSC-240905-02"),
    items=pending("t1", "t3"),
    body=f"""
Hello,

It seems that {T['t1']} and {T['t3']} may already have been
removed by the channel admin. We will double-check and get back to you.

Telegram Abuse
""",
)

case(
    name="yt-under-legal-review",
    outcome="review", review="not_understood",
    imitates="YouTube legal support 'under review' holding reply",
    why="names two items that are under review: no status",
    from_="legal-kr@google.com", name_from="YouTube Legal Support", date="Sat, 07 Sep 2024 01:05:00 +0000",
    subject="[5-3190000041882] YouTube legal request KCSC-240906-03",
    reply_to_req=req_mid("KCSC-240906-03"),
    items=pending("y1", "y2"),
    body=f"""
Hello,

The videos {Y['y1']} and {Y['y2']} are currently being reviewed by our
legal team. We will notify you of the outcome as soon as possible.

Sincerely,
The YouTube Legal Support Team
""",
)

case(
    name="yt-removed-unless-uploader-responds",
    outcome="review", review="not_understood",
    imitates="YouTube notice of a pending removal awaiting uploader response",
    why="removal is conditional on the uploader not responding: not a statement",
    from_="legal-kr@google.com", name_from="YouTube Legal Support", date="Mon, 16 Sep 2024 06:30:00 +0000",
    subject="[5-3190000058310] KCSC-240913-06",
    reply_to_req=req_mid("KCSC-240913-06"),
    items={Y4: "pending"},
    body=f"""
Hello,

We have notified the uploader of {Y4}. If the uploader does not
respond within 7 days, the video will be removed.

Sincerely,
The YouTube Legal Support Team
""",
)

case(
    name="yt-table-contradicted-by-note",
    outcome="review", review="conflicting_statements",
    imitates="YouTube outcome table with a free-text reviewer note",
    why="the table says Removed, the note says the video is still available and breaks no rule, with no correction",
    from_="legal-kr@google.com", name_from="YouTube Legal Support", date="Tue, 17 Sep 2024 02:44:00 +0000",
    subject="[5-3190000058310] Outcome KCSC-240913-06",
    items={Y4: "pending"},
    body=f"""
Hello,

Content                                          Action
{Y4}      Removed

Reviewer note: this video is still available on YouTube, as it was not
found to breach our Community Guidelines or local law.

Sincerely,
The YouTube Legal Support Team
""",
)

case(
    name="naver-search-block-daum-post",
    outcome="review", review="wrong_platform",
    imitates="NAVER 검색 노출 제한 안내 about another portal's post",
    why="NAVER states an action on a Daum item (search exposure blocked): not its item",
    from_="search-help@navercorp.com", name_from="네이버 검색 고객센터", date="Fri, 13 Sep 2024 13:00:00 +0900",
    subject="[NAVER 검색] 타 서비스 게시물 노출 관련 안내",
    items={D["d1"]: "pending"},
    body=f"""
안녕하세요. 네이버 검색 고객센터입니다.

문의하신 {D['d1']} 게시물은 네이버가 아닌 Daum 서비스의 게시물이므로 원문에 대한 조치는 해당 서비스에 요청하셔야 합니다.
다만, 네이버 검색 결과에서는 해당 게시물의 노출을 차단하였습니다.

감사합니다.
""",
)

case(
    name="x-portal-notice-no-claims",
    outcome="review", review="no_claims",
    imitates="X legal request portal service announcement",
    why="trusted X mail that names no item and no request",
    from_="legal-noreply@x.com", date="Wed, 04 Sep 2024 20:00:00 +0000",
    subject="Changes to the X Legal Request Portal",
    body="""
Hello,

Starting 1 October 2024, government agencies must submit legal requests
through the new X Legal Request Portal. Requests sent by email after that
date will be redirected to the portal.

Details: https://legalrequests.x.com/help/portal-changes

X Legal
""",
)

case(
    name="naver-asks-for-documents",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER 권리보호센터 보완 요청 (근거 법령·공문 요청)",
    why="asks for the legal basis and an official letter before acting on n4",
    from_="right@navercorp.com", name_from="네이버 권리보호센터", date="Tue, 10 Sep 2024 11:00:00 +0900",
    subject="[KCSC-240909-04] 자료 보완 요청",
    reply_to_req=req_mid("KCSC-240909-04"),
    items={N["n4"]: "pending"},
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

요청하신 {N4_RAW} 게시물의 조치를 위해 아래 자료를 추가로 보내주시기 바랍니다.

- 위반 근거 법령 및 조항
- 기관 명의의 시정요구 공문

자료가 확인되는 대로 검토하겠습니다.
감사합니다.
""",
)

# ================================================================ IGNORED

case(
    name="x-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply (out of office)",
    why="automatic out-of-office reply quoting the reference",
    from_="j.okafor@x.com", name_from="Jide Okafor", date="Tue, 03 Sep 2024 01:00:30 +0000",
    subject="Automatic reply: Removal request KCSC-240903-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until 9 September with limited access to email.
For urgent legal requests please write to legal@x.com.

Jide Okafor
""",
)

case(
    name="yt-out-of-office-korean",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail vacation responder in Korean",
    why="부재중 automatic reply",
    from_="s.han@google.com", name_from="한서윤", date="Fri, 13 Sep 2024 07:21:00 +0000",
    subject="부재중: KCSC-240913-06",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 9월 18일까지 추석 연휴로 부재중입니다.
급한 용무는 legal-kr@google.com 으로 보내주시기 바랍니다.

한서윤 드림
""",
)

case(
    name="naver-dsn-user-unknown",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN: recipient address rejected (user unknown)",
    why="a bounce of our own request; the URLs are in the returned message",
    from_="MAILER-DAEMON@mx.navercorp.com", name_from="Mail Delivery System", date="Mon, 09 Sep 2024 14:00:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    items=pending("n1", "n2", "n3", "n4", "n5"),
    raw_mime="""
Content-Type: multipart/report; report-type=delivery-status; boundary="=_b312_dsn_naver"

--=_b312_dsn_naver
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.navercorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<policy-kr@navercorp.com>: host mx.navercorp.com said: 550 5.1.1
    <policy-kr@navercorp.com>: Recipient address rejected: User unknown

--=_b312_dsn_naver
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.navercorp.com
Arrival-Date: Mon, 9 Sep 2024 14:00:05 +0900

Final-Recipient: rfc822; policy-kr@navercorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--=_b312_dsn_naver
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: policy-kr@navercorp.com
Subject: Removal request KCSC-240909-04
Message-ID: <req312-240909-04@kcsc.example>
Content-Type: text/plain; charset=utf-8

""" + "\n".join(quoted_request_lines("KCSC-240909-04", prefix="")) + """

--=_b312_dsn_naver--
""",
)

case(
    name="x-delivery-delayed",
    outcome="ignored", classification="bounce",
    imitates="delayed-delivery warning DSN from our own MTA",
    why="a delay notice for our outgoing request; no statement",
    from_="MAILER-DAEMON@kcsc.example", name_from="Mail Delivery System", date="Tue, 03 Sep 2024 14:00:00 +0900",
    subject="Delayed Mail (still being retried)",
    raw_mime="""
Content-Type: multipart/report; report-type=delivery-status; boundary="=_b312_dsn_delay"

--=_b312_dsn_delay
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<legal@x.com>: connect to mx1.x.com[203.0.113.44]:25: Connection timed out

--=_b312_dsn_delay
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example

Final-Recipient: rfc822; legal@x.com
Action: delayed
Status: 4.4.1
Will-Retry-Until: Sun, 8 Sep 2024 10:00:00 +0900

--=_b312_dsn_delay
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal@x.com
Subject: Removal request KCSC-240903-01
Message-ID: <req312-240903-01@kcsc.example>

--=_b312_dsn_delay--
""",
)

case(
    name="google-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (disposition-notification)",
    why="a read receipt for our request",
    from_="legal-kr@google.com", name_from="YouTube Legal Support", date="Fri, 13 Sep 2024 08:02:10 +0000",
    subject="Read: Removal request KCSC-240913-06",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="=_b312_mdn"

--=_b312_mdn
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@google.com
  Subject: Removal request KCSC-240913-06

was displayed on Fri, 13 Sep 2024 17:02:08 +0900. This is no guarantee
that the message has been read or understood.

--=_b312_mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.google.com
Final-Recipient: rfc822; legal-kr@google.com
Original-Message-ID: <req312-240913-06@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_b312_mdn--
""",
)

case(
    name="tg-ticket-created",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram support ticket receipt",
    why="pure acknowledgement: report received, ticket number, no statement",
    from_="abuse@telegram.org", date="Thu, 05 Sep 2024 02:31:00 +0000",
    subject="[Ticket #TG-884120] KCSC-240905-02",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Thank you for contacting Telegram.

Your report has been received and ticket #TG-884120 has been created.
Our team will review it and reply to this address. Please keep the ticket
number in the subject line of any further messages.

Telegram Support
""",
)

case(
    name="daum-report-received-korean",
    outcome="ignored", classification="acknowledgement",
    imitates="Daum 권리침해 신고 접수 완료 자동 안내",
    why="접수 완료 receipt with a 접수번호; the result will follow",
    from_="cs-noreply@kakaocorp.com", name_from="Daum 고객센터", date="Wed, 11 Sep 2024 10:41:30 +0900",
    subject="[Daum] 권리침해 신고 접수 완료 안내",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요. Daum 고객센터입니다.

보내주신 권리침해 신고(KCSC-240911-05)가 정상적으로 접수되었습니다.
접수번호: DR-20240911-00731

담당자 검토 후 처리 결과를 메일로 안내드리겠습니다.
""",
)


HEADER = """# Blind set blind312 (focus: what a program gets wrong): written with
# make.py before any run of the reader. Each case is judged alone on a fresh
# ledger holding requests.csv."""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
        # Non-ASCII display names and subjects are RFC 2047 encoded, as
        # Korean portals' mailers send them.
        for key in ("name_from", "subject"):
            if key in c and not c[key].isascii():
                c[key] = Header(c[key], "utf-8").encode()
    corpuslib.write_set(HERE, "blind312", HEADER, CASES)


if __name__ == "__main__":
    main()
