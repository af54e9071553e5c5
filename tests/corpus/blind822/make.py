#!/usr/bin/env python3
"""Blind corpus set blind822 (focus: what a program gets wrong).

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted or corrected by a note, statuses given by position.

    python3 tests/corpus/blind822/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result below was written from the meaning of the email alone,
before the reader was run on any of it. All names, channels, accounts,
video ids and posts are invented.
"""
import base64
import csv
import os
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind822"

# ---------------------------------------------------------------- requests
CAFE_KO = "https://cafe.naver.com/도박정보방/1182"
CAFE_PCT = "https://cafe.naver.com/" + quote("도박정보방") + "/1182"

T = {
    1: "https://t.me/quiet_lantern_shop/101",
    2: "https://t.me/quiet_lantern_shop/102",
    3: "https://t.me/quiet_lantern_shop/117",
    4: "https://t.me/bluefinch_deals/17",
    5: "https://t.me/bluefinch_deals/23",
    6: "https://t.me/bluefinch_deals/31",
    7: "https://t.me/nightmarket_kr/5",
    8: "https://t.me/nightmarket_kr/8",
    9: "https://t.me/nightmarket_kr/9",
    10: "https://t.me/harbor_exchange/402",
    11: "https://t.me/harbor_exchange/415",
    12: "https://t.me/paper_crane_club/64",
}
X = {
    1: "https://x.com/amber_tide_kr/status/1830011122233344556",
    2: "https://x.com/amber_tide_kr/status/1830019988877766554",
    3: "https://x.com/slate_owl_99/status/1829900011122233344",
    4: "https://x.com/mint_harrow/status/1830200300400500600",
    5: "https://x.com/copper_wren/status/1831234567890123456",
}
Y = {
    1: "https://www.youtube.com/watch?v=Qx7mB2rTn4A",
    2: "https://www.youtube.com/watch?v=Lp0aZc83JkE",
    3: "https://www.youtube.com/watch?v=dR5wQ1uYh2s",
    4: "https://www.youtube.com/shorts/Zp3Lk9vWq1E",
    5: "https://www.youtube.com/watch?v=H8nXe4oTb6M",
    6: "https://www.youtube.com/watch?v=Vb2Kq9sLm0R",
    7: "https://www.youtube.com/watch?v=Ct6Yw1pNa3F",
}
N = {
    1: CAFE_PCT,
    2: "https://blog.naver.com/dal_bit77/223550011223",
    3: "https://blog.naver.com/dal_bit77/223550011987",
}
K = {
    1: "https://cafe.daum.net/greenleaf77/KoRt/88",
    2: "https://cafe.daum.net/greenleaf77/KoRt/91",
    3: "https://nightdealer.tistory.com/41",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, category, note, urls
    ("KCSC-240903-01", "telegram", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "gambling", "illegal gambling and drug ads across five channels",
     [T[i] for i in range(1, 13)]),
    ("KCSC-240905-02", "x", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "drugs", "drug sale posts", [X[1], X[2], X[3], X[4]]),
    ("KCSC-240906-03", "youtube", "2024-09-06T09:30:00+09:00", "2024-09-13T18:00:00+09:00",
     "obscenity", "videos and a short", [Y[1], Y[2], Y[3], Y[4], Y[5]]),
    ("KCSC-240909-04", "naver", "2024-09-09T14:00:00+09:00", "2024-09-19T18:00:00+09:00",
     "gambling", "cafe post and blog posts", [N[1], N[2], N[3]]),
    ("KCSC-240910-05", "kakao", "2024-09-10T10:00:00+09:00", "2024-09-20T18:00:00+09:00",
     "fraud", "Daum cafe and Tistory", [K[1], K[2], K[3]]),
    ("KCSC-240911-06", "x", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00",
     "defamation", "single post", [X[5]]),
    ("KCSC-240912-07", "youtube", "2024-09-12T10:00:00+09:00", "2024-09-19T18:00:00+09:00",
     "drugs", "two videos", [Y[6], Y[7]]),
]


def msgid(ref):
    return "req." + ref


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, msgid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def enc(s):
    """RFC 2047 encoded-word (UTF-8, base64) for a non-ASCII header."""
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def quoted_request(ref, urls, prefix="> "):
    lines = ["Dear Trust & Safety team,", "",
             f"Under request {ref} the Korea Communications Standards Commission asks you",
             "to remove or block the following content:", ""]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "KCSC Takedown desk"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


KAKAO = "Kakao Rights Center"
TG_POLICY = "https://telegram.org/tos"
X_HELP = "https://help.x.com/en/rules-and-policies/post-withheld-by-country"
YT_CG = "https://support.google.com/youtube/answer/9288567"

cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ APPLIED
case(
    name="tg-mixed-statuses-one-sentence",
    **{"from": "dsa@telegram.org"},
    date="Wed, 04 Sep 2024 08:14:22 +0000",
    subject="Re: KCSC-240903-01 Notice of illegal content",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""
Hello,

Of the links in your notice, {T[1]} and {T[2]} have been blocked, while {T[4]} could not be found because the channel owner had already deleted it.

We will reply separately about the remaining links.

Telegram Moderation Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply (dsa@/abuse@ short prose answers)",
    why="one sentence: two URLs blocked, a third already deleted by its owner; the closing promise names nothing",
    items={T[1]: "removed", T[2]: "removed", T[4]: "not_found"},
)

case(
    name="tg-refusal-with-reason",
    **{"from": "abuse@telegram.org"},
    date="Wed, 04 Sep 2024 13:40:05 +0000",
    subject="Re: KCSC-240903-01",
    body=f"""
Hi,

Thank you for reaching out. We have removed the message {T[3]} for promoting illegal gambling.

We have also reviewed {T[5]} and are not taking action on it: the post is a price list for goods that are legal to sell, and it does not breach the Telegram Terms of Service ({TG_POLICY}).

Best regards,
Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with a refusal and its reason",
    why="one removed; the other refused with a reason (legal goods) -> rejected; the ToS link is not an item",
    items={T[3]: "removed", T[5]: "rejected"},
)

case(
    name="tg-later-sentence-revises",
    **{"from": "dsa@telegram.org"},
    date="Thu, 05 Sep 2024 10:02:48 +0000",
    subject="Correction: KCSC-240903-01",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""
Hello again,

Earlier today we told you that {T[7]} could not be located. That was a mistake on our side: the post was still live when we checked again, and it has now been blocked.

{T[8]} has been blocked as well.

Apologies for the confusion.
Telegram Moderation Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram follow-up correcting an earlier answer",
    why="the earlier 'could not be located' is withdrawn by the next clause; final word is blocked -> removed",
    items={T[7]: "removed", T[8]: "removed"},
)

case(
    name="tg-hedge-in-relative-clause",
    **{"from": "dsa@telegram.org"},
    date="Fri, 06 Sep 2024 07:21:10 +0000",
    subject="Re: KCSC-240903-01 Notice of illegal content",
    body=f"""
Dear KCSC,

The post at {T[10]}, which appears to have been copied from another channel, has been taken down.

The post at {T[11]}, which the channel admin may have edited since your report, was reviewed and left up, because its current version contains no prohibited content.

Kind regards,
Telegram Moderation Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram moderation reply with incidental remarks",
    why="the hedges sit in relative clauses about copying/editing; the main clauses state taken down and left up (reason given)",
    items={T[10]: "removed", T[11]: "rejected"},
)

case(
    name="tg-negations",
    **{"from": "abuse@telegram.org"},
    date="Fri, 06 Sep 2024 15:55:31 +0000",
    subject="Re: Notice KCSC-240903-01",
    body=f"""
Hello,

We did not find any prohibited content in {T[9]}, so it has not been removed.

{T[12]} could not be found: the link does not point to an existing message.

{T[6]} is no longer accessible, as we have disabled it.

Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply, one line per link",
    why="'not removed' because nothing prohibited = rejected; 'could not be found' = not_found; 'no longer accessible, we disabled it' = removed",
    items={T[9]: "rejected", T[12]: "not_found", T[6]: "removed"},
)

case(
    name="tg-bare-url-status-below",
    **{"from": "dsa@telegram.org"},
    date="Sat, 07 Sep 2024 02:10:00 +0000",
    subject="KCSC-240903-01: result",
    body=f"""
Results of our review:

{T[1]}
Status: blocked

{T[2]}
Status: blocked

{T[3]}
Status: no violation found, remains available

-- 
Telegram Moderation
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram moderation summary, URL with its status on the next line",
    why="each status line belongs to the URL above it",
    items={T[1]: "removed", T[2]: "removed", T[3]: "rejected"},
)

TG_CSV = "link,decision,comment\n" + "\n".join([
    f"{T[1]},blocked,",
    f"{T[2]},blocked,",
    f"{T[3]},no violation,does not breach ToS",
    f"{T[4]},not found,",
    f"{T[5]},blocked,",
    f"{T[6]},restricted (KR),unavailable to users in South Korea",
    f"{T[7]},pending,still with moderators",
    f"{T[8]},blocked,",
    f"{T[9]},not found,deleted by channel owner",
    f"{T[10]},blocked,",
    f"{T[11]},no violation,",
    f"{T[12]},blocked,",
]) + "\n"

case(
    name="tg-large-csv-attachment",
    **{"from": "dsa@telegram.org"},
    date="Mon, 09 Sep 2024 06:30:12 +0000",
    subject="KCSC-240903-01 - outcome [Case #5530912]",
    reply_to_req=msgid("KCSC-240903-01"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="tgb-822-a"

--tgb-822-a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for each link in your notice
KCSC-240903-01 (Case #5530912). Links marked "pending" are still with
our moderators; we will write again once they are done.

Telegram Moderation Team

--tgb-822-a
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01-outcome.csv"
Content-Disposition: attachment; filename="KCSC-240903-01-outcome.csv"
Content-Transfer-Encoding: base64

{b64(TG_CSV)}
--tgb-822-a--
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA desk outcome with a CSV of links and decisions",
    why="base64 CSV, one decision per link; 'pending' row stays pending",
    items={T[1]: "removed", T[2]: "removed", T[3]: "rejected", T[4]: "not_found",
           T[5]: "removed", T[6]: "restricted", T[7]: "pending", T[8]: "removed",
           T[9]: "not_found", T[10]: "removed", T[11]: "rejected", T[12]: "removed"},
)

case(
    name="tg-url-on-line-below-statement",
    **{"from": "abuse@telegram.org"},
    date="Mon, 09 Sep 2024 11:47:39 +0000",
    subject="Re: KCSC-240903-01",
    body=f"""
Hello,

The following message has been removed from Telegram:
    {T[4]}

The following message was checked and kept, as it does not violate our rules:
    {T[6]}

Regards,
Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram support reply, statement then indented link",
    why="each statement points forward to the indented URL on the line below it",
    items={T[4]: "removed", T[6]: "rejected"},
)

case(
    name="tg-echoed-report-with-decision",
    **{"from": "no-reply@telegram.org"},
    name_from="Telegram Support",
    date="Tue, 10 Sep 2024 04:05:55 +0000",
    subject="Your report has been reviewed [Case #5530977]",
    body=f"""
Thank you for your report. Case #5530977.

You reported:
  Link: {T[12]}
  Reason: Illegal gambling promotion
  Reference: KCSC-240903-01

Our decision: this message violated the Telegram Terms of Service and
has been removed.

This is an automated message; replies to this address are not read.
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram in-app/email report outcome echoing the report",
    why="thanks + echoed report + an unhedged decision on the echoed link: not a mere acknowledgement",
    items={T[12]: "removed"},
)

case(
    name="x-withheld-removed-refused",
    **{"from": "legal-noreply@x.com"},
    date="Mon, 09 Sep 2024 01:12:00 +0000",
    subject="Re: [KCSC-240905-02] Legal demand - drug sale posts",
    reply_to_req=msgid("KCSC-240905-02"),
    body=f"""
Hello,

We have reviewed your request. After review, we have withheld the
following post in South Korea under the local law you cited:
{X[1]}

The same account's other post was removed globally for violating our
Illegal or certain regulated goods or services policy:
{X[2]}

We found no violation of the X Rules or of Korean law in
{X[3]}, and it will remain available.

More on country withheld content: {X_HELP}

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-demand outcome (country withheld content notice)",
    why="withheld in KR -> restricted; removed globally -> removed; no violation, remains -> rejected; help link no item",
    items={X[1]: "restricted", X[2]: "removed", X[3]: "rejected"},
)

case(
    name="x-statuses-by-position",
    **{"from": "legal-noreply@x.com"},
    date="Tue, 10 Sep 2024 03:26:41 +0000",
    subject="Re: [KCSC-240905-02] Legal demand - drug sale posts",
    reply_to_req=msgid("KCSC-240905-02"),
    body=f"""
Hello,

We have completed our review. Outcome per post, in the order listed in
your notice:

1. Withheld in South Korea
2. Withheld in South Korea
3. Removed globally (Illegal or certain regulated goods or services)
4. No action taken. We did not find a violation of the X Rules, and the
   request did not establish that the post is illegal under Korean law.

Regards,
X Legal

On Thu, Sep 5, 2024 at 11:02 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240905-02", [X[1], X[2], X[3], X[4]])}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply top-posted over the Gmail-quoted request, outcomes by position",
    why="numbered outcomes refer to the numbered URLs of our own quoted notice; a clerk maps 1-4 to them",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "removed", X[4]: "rejected"},
)

case(
    name="x-later-revision-withheld-then-removed",
    **{"from": "legal-noreply@x.com"},
    date="Wed, 11 Sep 2024 08:00:19 +0000",
    subject="Update: [KCSC-240905-02]",
    body=f"""
Hello,

Yesterday we withheld {X[4]} in South Korea. Following a further review
by our safety team, the post has since been removed globally.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal follow-up escalating a country withholding to global removal",
    why="the later sentence supersedes the withholding: removed",
    items={X[4]: "removed"},
)

case(
    name="x-one-item-request-no-url",
    **{"from": "legal-noreply@x.com"},
    date="Fri, 13 Sep 2024 02:45:00 +0000",
    subject="Re: [KCSC-240911-06] Removal request",
    reply_to_req=msgid("KCSC-240911-06"),
    body="""
Hello,

The content you reported in your request KCSC-240911-06 has been removed
for violating the X Rules.

Thank you,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal short outcome naming the request only",
    why="request of one item: 'the content you reported has been removed' applies to it",
    items={X[5]: "removed"},
)

case(
    name="x-angle-bracket-withheld",
    **{"from": "legal-noreply@x.com"},
    date="Fri, 13 Sep 2024 09:31:07 +0000",
    subject="[KCSC-240911-06] Post withheld",
    body=f"""
Hello,

The post <{X[5]}> has been withheld in South Korea in response to your
legal demand. It remains visible outside South Korea.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X country withheld content notice",
    why="withheld in South Korea only -> restricted; URL in angle brackets",
    items={X[5]: "restricted"},
)

YT_HTML = f"""<html><body>
<p>Hello,</p>
<p>We have reviewed the videos in your legal request <b>KCSC-240906-03</b>. The outcome for each is below.</p>
<table border="1" cellpadding="4">
<tr><th>Content</th><th>Action</th></tr>
<tr><td><a href="{Y[1]}">{Y[1]}</a></td><td>Removed &ndash; violation of Community Guidelines</td></tr>
<tr><td><a href="{Y[2]}">{Y[2]}</a></td><td>Age-restricted</td></tr>
<tr><td><a href="{Y[3]}">{Y[3]}</a></td><td>No action &ndash; content does not violate our policies</td></tr>
<tr><td><a href="{Y[4]}">{Y[4]}</a></td><td>Blocked in South Korea (local legal grounds)</td></tr>
<tr><td><a href="{Y[5]}">{Y[5]}</a></td><td>Video unavailable &ndash; removed by the uploader before our review</td></tr>
</table>
<p>Our policies: <a href="{YT_CG}">Community Guidelines</a></p>
<p>Regards,<br>The YouTube Legal Team</p>
</body></html>"""

case(
    name="yt-html-table-five-statuses",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 21:03:55 +0000",
    subject="[KCSC-240906-03] Outcome of your legal request",
    type="html",
    body=YT_HTML,
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removals outcome table (HTML)",
    why="one row per video: removed, age-restricted, no action, blocked in KR, deleted by uploader",
    items={Y[1]: "removed", Y[2]: "restricted", Y[3]: "rejected", Y[4]: "restricted", Y[5]: "not_found"},
)

case(
    name="yt-actioned-then-geo-restricted",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 05:18:30 +0000",
    subject="Re: [KCSC-240906-03]",
    body=f"""
Hi,

{Y[1]} has been actioned under our policies.

For {Y[2]} we did not find a violation of our Community Guidelines.
However, after a legal review we have restricted the video in South Korea
under local law.

Best,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply: guidelines review then local-law review",
    why="'actioned' = removed (config phrase); no CG violation is revised by the next sentence: restricted in KR",
    items={Y[1]: "removed", Y[2]: "restricted"},
)

YT_QP = f"""Hello,

Following our review under your request KCSC-240906-03: the Short https://w=
ww.youtube.com/shorts/Zp3Lk9vWq1E has been removed for violating our policy =
on harmful or dangerous content, whereas https://www.youtube.com/watch?v=3DdR=
5wQ1uYh2s did not violate our Community Guidelines and remains on YouTube.

Sincerely,
YouTube Legal Support =E2=80=93 Korea
"""

case(
    name="yt-quoted-printable-whereas",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 23:40:12 +0000",
    subject="[KCSC-240906-03] Review complete",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{YT_QP}""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply sent quoted-printable",
    why="QP soft breaks split both URLs (and '=' as =3D); removed vs did not violate, remains",
    items={Y[4]: "removed", Y[3]: "rejected"},
)

case(
    name="yt-removed-but-not",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 06:12:44 +0000",
    subject="Re: [KCSC-240906-03] Outcome",
    body=f"""
Hello,

We removed {Y[5]} but not {Y[2]}, which we found does not violate our
Community Guidelines.

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support one-line outcome",
    why="'removed A but not B, which does not violate' -> A removed, B rejected",
    items={Y[5]: "removed", Y[2]: "rejected"},
)

YT_CSV = (
    "request_reference,url,outcome,policy\n"
    f"KCSC-240912-07,{Y[6]},Removed,Harmful or dangerous content\n"
    f"KCSC-240912-07,{Y[7]},No action,Not in violation\n"
)

case(
    name="yt-csv-two-items",
    **{"from": "noreply-legal@youtube.com"},
    date="Mon, 16 Sep 2024 02:00:00 +0000",
    subject="Your legal request KCSC-240912-07: outcome attached",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="yt822-b"

--yt822-b
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

The outcome of your request KCSC-240912-07 is in the attached file.

The YouTube Legal Team

--yt822-b
Content-Type: text/csv; charset=utf-8; name="outcome.csv"
Content-Disposition: attachment; filename="outcome.csv"
Content-Transfer-Encoding: 7bit

{YT_CSV}
--yt822-b--
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome with a CSV attachment",
    why="CSV rows: Removed -> removed; No action / not in violation -> rejected",
    items={Y[6]: "removed", Y[7]: "rejected"},
)

case(
    name="yt-outlook-top-posted-partial",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 17 Sep 2024 07:30:00 +0000",
    subject="RE: [KCSC-240912-07] Removal request",
    reply_to_req=msgid("KCSC-240912-07"),
    body=f"""
Hello,

We have age-restricted the first video ({Y[6]}). The second one is still
under review and we will update you.

Regards,
YouTube Legal Support

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 12, 2024 10:00 AM
To: legal-kr@google.com
Subject: [KCSC-240912-07] Removal request

Dear YouTube,

Under request KCSC-240912-07 please remove:
1. {Y[6]}
2. {Y[7]}

KCSC Takedown desk
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook-style reply over the original request",
    why="first video age-restricted (URL given); second only 'under review' -> pending; the quoted request states nothing",
    items={Y[6]: "restricted", Y[7]: "pending"},
)

case(
    name="naver-korean-particles-mixed",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER",
    date="Tue, 10 Sep 2024 02:15:00 +0000",
    subject=enc("[네이버] 시정요구(KCSC-240909-04) 처리 결과 안내"),
    reply_to_req=msgid("KCSC-240909-04"),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 시정요구(KCSC-240909-04) 건의 처리 결과를 안내드립니다.

{CAFE_KO} 게시물은 운영정책 위반으로 게시중단 처리되었으며, {N[2]}은 작성자가 이미 삭제하여 현재 존재하지 않는 게시물입니다.

나머지 1건은 검토가 끝나는 대로 별도로 회신드리겠습니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리 결과 안내 mail",
    why="raw Korean path and a particle glued to the second URL; 게시중단 -> removed, 작성자 삭제 -> not_found",
    items={N[1]: "removed", N[2]: "not_found"},
)

case(
    name="naver-imsijochi-blind-unchanged",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER",
    date="Wed, 11 Sep 2024 05:40:00 +0000",
    subject=enc("시정요구 조치결과 회신 (KCSC-240909-04)"),
    body=f"""
시정요구 조치결과 회신 (KCSC-240909-04)

1) {N[2]}
   - 조치: 임시조치 (30일간 게시물 접근 차단)
2) {N[3]}
   - 조치: 블라인드 처리
3) {N[1]}
   - 조치: 미조치
   - 사유: 게시물 내용을 검토하였으나 당사 운영정책 및 관련 법령상 삭제 사유에 해당하지 않아 게시를 유지합니다.

네이버 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 시정요구 조치결과 회신 (numbered list)",
    why="임시조치 -> restricted; 블라인드 -> removed; 미조치 with reason -> rejected",
    items={N[2]: "restricted", N[3]: "removed", N[1]: "rejected"},
)

case(
    name="naver-fullwidth-punctuation",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER",
    date="Thu, 12 Sep 2024 08:20:00 +0000",
    subject=enc("요청번호 KCSC-240909-04 처리 현황"),
    body=f"""
요청번호 KCSC-240909-04 처리 현황입니다.

・{N[3]}（비공개 처리 완료）
・{CAFE_KO}：국내 접속 차단

네이버 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER short status list with full-width punctuation",
    why="full-width brackets/colon glued to URLs; 비공개 처리 -> removed; 국내 접속 차단 -> restricted",
    items={N[3]: "removed", N[1]: "restricted"},
)

case(
    name="kakao-table-corrected-by-note",
    **{"from": "right@kakaocorp.com"},
    name_from=KAKAO,
    date="Fri, 13 Sep 2024 01:05:00 +0000",
    subject=enc("[카카오] 게시중단 요청 처리 결과 (KCSC-240910-05)"),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.
요청번호: KCSC-240910-05

번호 | 게시물 주소                                | 조치결과
1    | {K[1]}  | 삭제
2    | {K[2]}  | 삭제
3    | {K[3]}          | 임시조치(30일)

※ 정정 안내: 위 2번 게시물은 당사 조치 이전에 작성자가 직접 삭제한 것으로
확인되어, 조치결과를 '삭제'에서 '게시물 없음'으로 정정합니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 처리 결과 table with a correction note",
    why="the note explicitly corrects row 2 to 'no such post' -> not_found; others as in the table",
    items={K[1]: "removed", K[2]: "not_found", K[3]: "restricted"},
)

KAKAO_HTML = f"""<html><body>
<p>안녕하세요. 카카오 권리침해신고센터입니다.</p>
<p>방송통신심의위원회 시정요구(KCSC-240910-05)에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{K[3]}</td><td>삭제</td><td></td></tr>
<tr><td>2</td><td>{K[1]}</td><td>미조치</td><td>운영정책 위반 사항 없음</td></tr>
</table>
<p>나머지 게시물은 확인 중입니다.</p>
</body></html>"""

case(
    name="kakao-html-result-base64",
    **{"from": "right@kakaocorp.com"},
    name_from=KAKAO,
    date="Mon, 16 Sep 2024 03:00:00 +0000",
    subject=enc("시정요구 조치결과 회신"),
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(KAKAO_HTML)}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table (HTML, base64)",
    why="삭제 -> removed; 미조치 with '운영정책 위반 사항 없음' -> rejected; the rest 'being checked' names nothing",
    items={K[3]: "removed", K[1]: "rejected"},
)

# ================================================================ REVIEW
case(
    name="tg-promise-will-be-removed",
    **{"from": "dsa@telegram.org"},
    date="Wed, 04 Sep 2024 03:00:00 +0000",
    subject="Re: KCSC-240903-01 Notice of illegal content",
    body=f"""
Hello,

Thank you for your notice KCSC-240903-01. The messages at {T[1]} and
{T[2]} will be removed once our moderators have finished their review.

Telegram Moderation Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram reply promising future action",
    why="'will be removed once ... finished their review' is a promise, not a statement",
    items={T[1]: "pending", T[2]: "pending"},
)

case(
    name="x-hedge-may-have-been-deleted",
    **{"from": "legal-noreply@x.com"},
    date="Sun, 08 Sep 2024 10:10:10 +0000",
    subject="Re: [KCSC-240905-02] Legal demand - drug sale posts",
    body=f"""
Hello,

It looks like {X[3]} may have already been deleted by the account holder.
We are still reviewing the remaining posts in your request.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply",
    why="'looks like ... may have already been deleted' is a hedge: stays pending",
    items={X[3]: "pending"},
)

case(
    name="x-conditional-withholding",
    **{"from": "legal-noreply@x.com"},
    date="Mon, 09 Sep 2024 04:44:44 +0000",
    subject="Re: [KCSC-240905-02] Additional information",
    body=f"""
Hello,

If the court order you mentioned is provided, {X[4]} will be withheld in
South Korea. Until then we are unable to take action on this post.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal reply conditional on a court order",
    why="condition + future tense; 'unable to take action until then' is no refusal on the merits",
    items={X[4]: "pending"},
)

case(
    name="yt-bulk-all-removed",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 22:00:00 +0000",
    subject="Re: [KCSC-240906-03]",
    reply_to_req=msgid("KCSC-240906-03"),
    body="""
Hello,

All of the videos listed in your request KCSC-240906-03 have been removed
for violating our Community Guidelines.

YouTube Legal Support
""",
    outcome="review", review="bulk",
    imitates="YouTube legal blanket confirmation",
    why="statement about all videos of a five-item request without naming them: bulk",
    items={Y[1]: "pending", Y[2]: "pending", Y[3]: "pending", Y[4]: "pending", Y[5]: "pending"},
)

case(
    name="naver-bulk-korean",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER",
    date="Tue, 10 Sep 2024 07:00:00 +0000",
    subject=enc("시정요구 처리 완료 안내"),
    body="""
안녕하세요, 네이버입니다.

요청하신 게시물(KCSC-240909-04) 전체에 대해 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER 게시중단 완료 blanket notice",
    why="'all posts of the request' for a three-item request without naming them: bulk",
    items={N[1]: "pending", N[2]: "pending", N[3]: "pending"},
)

case(
    name="tg-untrusted-auth-fail",
    **{"from": "dsa@telegram.org"},
    auth="fail",
    date="Thu, 05 Sep 2024 12:12:12 +0000",
    subject="Re: KCSC-240903-01",
    body=f"""
Hello,

The message {T[1]} has been removed.

Telegram Moderation Team
""",
    outcome="review", review="untrusted",
    imitates="Telegram reply whose DKIM/SPF/DMARC fail",
    why="platform domain but authentication fails",
    items={T[1]: "pending"},
)

case(
    name="x-unknown-sender-agency",
    **{"from": "support@amber-tide-media.example"},
    name_from="Amber Tide Media",
    date="Sat, 07 Sep 2024 09:09:09 +0000",
    subject="Your request KCSC-240905-02",
    body=f"""
Dear Sir or Madam,

We manage the account @amber_tide_kr. On behalf of our client we confirm
that the posts {X[1]} and {X[2]} have been deleted.

Best regards,
Amber Tide Media
""",
    outcome="review", review="unknown_sender",
    imitates="account holder's agency writing to the regulator",
    why="not a platform domain: its statement cannot change statuses",
    items={X[1]: "pending", X[2]: "pending"},
)

case(
    name="kakao-wrong-platform-naver-url",
    **{"from": "right@kakaocorp.com"},
    name_from=KAKAO,
    date="Thu, 12 Sep 2024 02:30:00 +0000",
    subject=enc("게시물 확인 결과 안내"),
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

요청하신 {N[3]} 게시물을 확인하였으나, 당사 서비스(다음, 티스토리)에서는 해당 게시물을 찾을 수 없습니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao reply to a misrouted NAVER URL",
    why="Kakao states 'cannot be found' about a NAVER item",
    items={N[3]: "pending"},
)

case(
    name="kakao-table-vs-note-conflict",
    **{"from": "right@kakaocorp.com"},
    name_from=KAKAO,
    date="Wed, 18 Sep 2024 01:20:00 +0000",
    subject=enc("[카카오] 게시중단 요청 처리 결과 (KCSC-240910-05)"),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

번호 | URL                                       | 처리결과
1    | {K[1]} | 게시중단 완료

[담당자 의견]
1번 게시물은 검토 결과 운영정책 위반 사항이 확인되지 않아 게시를 유지하기로
하였습니다.
""",
    outcome="review", review="conflicting_statements",
    imitates="Kakao result table whose reviewer note says the opposite",
    why="table says taken down, the note says kept up; neither corrects the other",
    items={K[1]: "pending"},
)

case(
    name="yt-portal-notice-no-claims",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 16:00:00 +0000",
    subject="Changes to the legal removals request portal",
    body="""
Hello,

From 1 October 2024, government requests to YouTube should be submitted
through the updated legal removals portal:
https://support.google.com/legal/answer/3110420

Requests sent by email will still be accepted during a transition period.

The YouTube Legal Team
""",
    outcome="review", review="no_claims", classification="other",
    imitates="YouTube/Google notice about the legal removals portal",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="tg-asks-for-court-order",
    **{"from": "dsa@telegram.org"},
    date="Sat, 07 Sep 2024 05:00:00 +0000",
    subject="Re: KCSC-240903-01 - additional information needed",
    body=f"""
Hello,

To process your report about {T[8]} we need a copy of the legal
provision or decision under which the content is considered illegal in
South Korea. Please reply to this email with the document attached.

Telegram Moderation Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Telegram request for the legal basis",
    why="asks for documents; no status",
    items={T[8]: "pending"},
)

# ================================================================ IGNORED
case(
    name="tg-ticket-receipt",
    **{"from": "no-reply@telegram.org"},
    name_from="Telegram Support",
    date="Tue, 03 Sep 2024 01:02:03 +0000",
    subject="We have received your report [Case #5530912]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Thanks, we have received your report and a case has been opened
(Case #5530912). Our team will look into it.

You do not need to reply to this email.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram report receipt",
    why="pure acknowledgement with a case number",
    items={},
)

case(
    name="x-out-of-office",
    **{"from": "jkwon@x.com"},
    name_from="Jiwon Kwon",
    date="Thu, 05 Sep 2024 02:03:00 +0000",
    subject="Automatic reply: [KCSC-240905-02] Legal demand - drug sale posts",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""
Thank you for your email. I am out of the office until 16 September with
limited access to email. For urgent legal requests please use the legal
request form.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 11:00 AM
Subject: [KCSC-240905-02] Legal demand - drug sale posts

1. {X[1]}
2. {X[2]}
3. {X[3]}
4. {X[4]}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply quoting the request",
    why="auto-reply; the URLs are only in the quoted request",
    items={X[1]: "pending", X[2]: "pending", X[3]: "pending", X[4]: "pending"},
)

case(
    name="naver-out-of-office-chuseok",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER",
    date="Mon, 16 Sep 2024 00:30:00 +0000",
    subject=enc("[자동회신] 추석 연휴 부재 안내"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 네이버 정책지원팀입니다.

9월 16일(월)부터 9월 18일(수)까지 추석 연휴로 부재 중입니다.
보내주신 메일은 9월 19일(목)부터 순차적으로 확인하여 회신드리겠습니다.

※ 본 메일은 발신 전용 자동회신 메일입니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday (추석) auto-reply",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="yt-ack-will-review",
    **{"from": "noreply-legal@youtube.com"},
    date="Thu, 12 Sep 2024 01:10:00 +0000",
    subject="We received your legal request (KCSC-240912-07)",
    body="""
Thanks for contacting YouTube Legal.

We have received your request KCSC-240912-07 and will review it. Your
case ID is 7-4412000098765. You will hear from us once a decision has been
made.

The YouTube Legal Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="YouTube legal request receipt",
    why="receipt with a case ID; 'will review' about the request, nothing about items",
    items={},
)

DSN = f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn822"

--dsn822
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx2.navercorp.com.

Your message could not be delivered to one or more recipients.
메일을 전달하지 못했습니다.

<policy-kr@navercorp.com>: host mail.navercorp.com said: 550 5.1.1 user unknown

--dsn822
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.navercorp.com
Arrival-Date: Mon, 9 Sep 2024 14:00:05 +0900

Final-Recipient: rfc822; policy-kr@navercorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 user unknown

--dsn822
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: policy-kr@navercorp.com
Subject: [KCSC-240909-04] =?UTF-8?B?7Iuc7KCV7JqU6rWs?=
Message-ID: <{msgid("KCSC-240909-04")}@kcsc.example>
Date: Mon, 9 Sep 2024 14:00:00 +0900

--dsn822--
"""

case(
    name="naver-bounce-dsn",
    **{"from": "MAILER-DAEMON@navercorp.com"},
    name_from="Mail Delivery System",
    date="Mon, 09 Sep 2024 05:00:07 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=DSN,
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report delivery-status)",
    why="delivery failure of our request",
    items={},
)

MDN = f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn822"

--mdn822
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

This is a receipt for the mail you sent to right@kakaocorp.com
at 2024-09-10 10:00 +0900.

This receipt verifies that the message has been displayed on the
recipient's computer. There is no guarantee that the content has been
read or understood.

--mdn822
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Webmail
Final-Recipient: rfc822; right@kakaocorp.com
Original-Message-ID: <{msgid("KCSC-240910-05")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn822--
"""

case(
    name="kakao-read-receipt",
    **{"from": "right@kakaocorp.com"},
    name_from=KAKAO,
    date="Tue, 10 Sep 2024 01:30:00 +0000",
    subject="Read: [KCSC-240910-05] Removal request",
    raw_mime=MDN,
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (RFC 8098)",
    why="read receipt",
    items={},
)

# Expected results are set above; write everything out.
HEADER = """# blind822: blind corpus set (focus: what a program gets wrong).
# Written by tests/corpus/blind822/make.py; expected results come from each
# email's meaning alone, written before any run of the reader.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
