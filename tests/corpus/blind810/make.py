#!/usr/bin/env python3
"""Blind corpus set 810 (focus: what a program gets wrong).

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by its note, statuses given by position in a list.

    python3 tests/corpus/blind810/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning before the reader
was run on any of them.
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind810"

# ---------------------------------------------------------------- requests
R1 = "KCSC-240903-01"  # x, 12 items (largest)
R2 = "KCSC-240905-02"  # youtube, 4
R3 = "KCSC-240906-03"  # naver, 3
R4 = "KCSC-240909-04"  # telegram, 5
R5 = "KCSC-240911-05"  # kakao, 2
R6 = "KCSC-240912-06"  # tiktok, 1
R7 = "KCSC-240913-07"  # x, 2

X = {
    1: "https://x.com/gray_lantern_kr/status/1831000000000000101",
    2: "https://x.com/gray_lantern_kr/status/1831000000000000102",
    3: "https://x.com/pinebarrow77/status/1831000000000000203",
    4: "https://x.com/pinebarrow77/status/1831000000000000204",
    5: "https://x.com/sodam_echo/status/1831000000000000305",
    6: "https://x.com/sodam_echo/status/1831000000000000306",
    7: "https://x.com/night_ferry_9/status/1831000000000000407",
    8: "https://x.com/night_ferry_9/status/1831000000000000408",
    9: "https://x.com/haneul_tape/status/1831000000000000509",
    10: "https://x.com/haneul_tape/status/1831000000000000510",
    11: "https://x.com/ttokbokki_rt/status/1831000000000000611",
    12: "https://x.com/quietmarket_s",
}
Y = {
    1: "https://www.youtube.com/watch?v=Qm4tR8zLp2A",
    2: "https://www.youtube.com/watch?v=Hx7bN3kWq9E",
    3: "https://www.youtube.com/watch?v=Lc2vT6pYs0U",
    4: "https://www.youtube.com/@moonrail_tv",
}
N3_RAW = "https://blog.naver.com/haru_pick/공구-안내"
N = {
    1: "https://blog.naver.com/dalbit_garden/223561000101",
    2: "https://cafe.naver.com/jaemi_market/48213",
    3: "https://blog.naver.com/haru_pick/" + quote("공구-안내"),
}
T = {
    1: "https://t.me/lantern_drop/1184",
    2: "https://t.me/lantern_drop/1190",
    3: "https://t.me/sky_bazaar_kr/77",
    4: "https://t.me/sky_bazaar_kr/81",
    5: "https://t.me/ember_relay",
}
K = {
    1: "https://cafe.daum.net/bluewillow/Kp3x/5521",
    2: "https://mintnote.tistory.com/318",
}
TK = "https://www.tiktok.com/@rivermint.kr/video/7412000000000000123"
Z = {
    1: "https://x.com/amber_cinder/status/1834000000000000011",
    2: "https://x.com/amber_cinder/status/1834000000000000012",
}

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    (R1, "x", "2024-09-03T15:00:00+09:00", "2024-09-10T23:59:59+09:00",
     [X[i] for i in range(1, 13)], "defamation", "posts and one account"),
    (R2, "youtube", "2024-09-05T11:00:00+09:00", "2024-09-12T23:59:59+09:00",
     [Y[i] for i in range(1, 5)], "privacy", "three videos and a channel"),
    (R3, "naver", "2024-09-06T10:30:00+09:00", "2024-09-13T23:59:59+09:00",
     [N[i] for i in range(1, 4)], "illegal_trade", "blog and cafe posts"),
    (R4, "telegram", "2024-09-09T16:00:00+09:00", "2024-09-16T23:59:59+09:00",
     [T[i] for i in range(1, 6)], "drugs", "messages and a channel"),
    (R5, "kakao", "2024-09-11T09:30:00+09:00", "2024-09-18T23:59:59+09:00",
     [K[1], K[2]], "defamation", "Daum cafe post and Tistory post"),
    (R6, "tiktok", "2024-09-12T14:00:00+09:00", "2024-09-19T23:59:59+09:00",
     [TK], "gambling", "one video"),
    (R7, "x", "2024-09-13T10:00:00+09:00", "2024-09-20T23:59:59+09:00",
     [Z[1], Z[2]], "privacy", "two posts"),
]


def mid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def subj(s):
    """RFC 2047-encode a non-ASCII subject, as mail clients do."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def request_text(ref, urls, numbered=True):
    lines = [
        "Dear Sir or Madam,",
        "",
        f"The Korea Communications Standards Commission requests the removal of",
        f"the following content under reference {ref}:",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}" if numbered else u)
    lines += ["", "Please reply to this address with the action taken for each item.", "",
              "KCSC Takedown Desk"]
    return "\n".join(lines)


def quoted(text):
    return "\n".join("> " + l if l else ">" for l in text.split("\n"))


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").rstrip("\n")


def single(ctype, cte, payload):
    return (f"Content-Type: {ctype}; charset=utf-8\nContent-Transfer-Encoding: {cte}\n\n"
            f"{payload}\n")


def multipart_alt(text, html, boundary, text_cte="8bit", html_cte="quoted-printable"):
    def enc(s, cte):
        return {"8bit": s, "quoted-printable": qp(s) if cte == "quoted-printable" else s,
                "base64": b64(s)}[cte]
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n"
        f"Content-Transfer-Encoding: {text_cte}\n\n{enc(text, text_cte)}\n"
        f"--{boundary}\nContent-Type: text/html; charset=utf-8\n"
        f"Content-Transfer-Encoding: {html_cte}\n\n{enc(html, html_cte)}\n"
        f"--{boundary}--\n"
    )


AUTO = ["Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: auto_reply"]

# ---------------------------------------------------------------- cases
cases = []


def case(**c):
    cases.append(c)


# ======================= X (KCSC-240903-01, 12 items) =======================

case(
    name="x-three-outcomes-one-sentence",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 09:41:07 +0000",
    subject=f"Re: [{R1}] Request to remove content",
    reply_to_req=mid(R1),
    body=f"""Hello,

Thank you for your report under reference {R1}.

We have reviewed the posts listed in your request. After review, we withheld {X[1]} in South Korea, removed {X[2]} for violating the X Rules on violent speech, and took no action on {X[3]} because we did not find it to violate the X Rules or Korean law.

We will respond separately about the other posts in your request.

You can read more about country withheld content here:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome email (country withheld content notice)",
    why="one sentence carries three outcomes: withheld in KR, removed, no action for no violation",
    items={X[1]: "restricted", X[2]: "removed", X[3]: "rejected"},
)

case(
    name="x-hedge-inside-relative-clause",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 02:15:44 +0000",
    subject=f"Re: [{R1}] Request to remove content",
    reply_to_req=mid(R1),
    body=f"""Hi,

Further to your request {R1}:

The post {X[4]}, which repeats material from an earlier thread by the same account, has been withheld in South Korea.

The post {X[5]}, which may already have been deleted by the account holder, is still with our team. We will follow up once a decision has been made.

Best,
X Legal
""",
    outcome="applied",
    imitates="X legal support follow-up on part of a request",
    why="x4 withheld (its relative clause is no hedge); x5's relative clause hedges and the main clause says it is still under review",
    items={X[4]: "restricted", X[5]: "pending"},
)

case(
    name="x-declined-with-reasons-and-not-located",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 07:03:19 +0000",
    subject=f"Re: [{R1}] Request to remove content",
    reply_to_req=mid(R1),
    body=f"""Hello,

We have carefully reviewed the following posts and have decided not to withhold them. They do not violate the X Rules, and the information provided does not establish that they are illegal under Korean law:

- {X[6]}
- {X[7]}

We were not able to locate {X[8]}. Please check that the link is correct; if the post has been deleted, no further action is needed on your side.

If you obtain a court order about these posts, you may submit it through https://legalrequests.x.com/.

X Legal
""",
    outcome="applied",
    imitates="X legal refusal ('not withheld: no violation found') with a not-located item",
    why="negated action plus reason = rejected for the two listed posts; the third cannot be located",
    items={X[6]: "rejected", X[7]: "rejected", X[8]: "not_found"},
)

case(
    name="x-correction-paragraph-revises-list",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 05:27:50 +0000",
    subject=f"Update on {R1}",
    reply_to_req=mid(R1),
    body=f"""Hello,

Here is the status of two further posts from request {R1}:

{X[9]} - withheld in KR
{X[10]} - withheld in KR

Correction, added after the summary above was prepared: {X[9]} was subsequently removed globally for violating our private information and media policy. It is now unavailable in every country, not only in Korea.

Thank you,
X Legal
""",
    outcome="applied",
    imitates="X legal status update with an appended correction",
    why="the correction paragraph supersedes the list line for x9 (removed); x10 stays withheld",
    items={X[9]: "removed", X[10]: "restricted"},
)

case(
    name="x-outcome-by-list-number",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 08:50:12 +0000",
    subject=f"Re: [{R1}] Request to remove content",
    reply_to_req=mid(R1),
    body=f"""Hello,

Your report listed the following:

1. {X[11]}
2. {X[12]}
3. {X[1]}

Outcome:
Posts 1 and 3 are now withheld in South Korea.
Item 2 (the account) had already been deactivated by its owner when we reviewed it, so there was nothing left for us to act on.

X Legal
""",
    outcome="applied",
    imitates="X legal reply echoing the reported URLs as a numbered list",
    why="statuses given by list number: 1 and 3 withheld in KR, 2 deactivated by its owner (not found)",
    items={X[11]: "restricted", X[12]: "not_found", X[1]: "restricted"},
)

x_table_html = f"""<html><body>
<p>Hello,</p>
<p>Please find below the outcome for the items of request {R1} reviewed this week.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action</th><th>Scope</th></tr>
<tr><td>{X[11]}</td><td>Withheld</td><td>South Korea</td></tr>
<tr><td>{X[12]}</td><td>Withheld</td><td>South Korea</td></tr>
</table>
<p><b>Note:</b> since this table was generated, the account {X[12]} has been permanently suspended for violating our platform manipulation and spam policy. It is no longer available in any country.</p>
<p>X Legal</p>
</body></html>"""
x_table_text = f"""Hello,

Please find below the outcome for the items of request {R1} reviewed this week.

Reported URL | Action | Scope
{X[11]} | Withheld | South Korea
{X[12]} | Withheld | South Korea

Note: since this table was generated, the account {X[12]} has been permanently suspended for violating our platform manipulation and spam policy. It is no longer available in any country.

X Legal"""
case(
    name="x-html-table-note-supersedes-row",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 03:12:40 +0000",
    subject=f"[{R1}] Outcome of your request",
    raw_mime=multipart_alt(x_table_text, x_table_html, "=_xtab_8810"),
    outcome="applied",
    imitates="X legal outcome table (HTML) with a reviewer note",
    why="the note says it postdates the table: account suspended everywhere (removed); the other row stays withheld in KR",
    items={X[11]: "restricted", X[12]: "removed"},
)

case(
    name="x-text-table-contradicted-by-note",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 06:31:05 +0000",
    subject=f"Re: [{R1}] Request to remove content",
    reply_to_req=mid(R1),
    body=f"""Hello,

Status of the remaining posts:

Post                                                      Action
{X[6]}   Withheld (KR)
{X[7]}   In review

Note from the reviewer: {X[6]} was not withheld. We found no violation of the X Rules or of Korean law and the post remains available.

X Legal
""",
    outcome="review", review="conflicting_statements",
    imitates="X legal plain-text status table with a reviewer note",
    why="the table says x6 withheld, the note says not withheld and still available, nothing says which is later; x7 in review",
    items={X[6]: "pending", X[7]: "pending"},
)

x_csv = f"""url,action,scope,comment
{X[1]},withheld,KR,
{X[2]},removed,global,violent speech
{X[3]},no action,,no violation of X Rules or local law
{X[4]},pending,,under review
{X[9]},not found,,post deleted by its author before review
{X[12]},withheld,KR,
"""
case(
    name="x-csv-attachment-results",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 01:05:33 +0000",
    subject=f"[{R1}] Results attached",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_xcsv_8810"

--=_xcsv_8810
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find attached the outcome for the posts in your request {R1}.
Rows marked "pending" are still under review and will be updated.

X Legal
--=_xcsv_8810
Content-Type: text/csv; charset=utf-8; name="results_{R1}.csv"
Content-Disposition: attachment; filename="results_{R1}.csv"
Content-Transfer-Encoding: base64

{b64(x_csv)}
--=_xcsv_8810--
""",
    outcome="applied",
    imitates="X legal results spreadsheet sent as a CSV attachment",
    why="one row per post: withheld KR, removed, no action, pending, not found (author deleted), withheld KR",
    items={X[1]: "restricted", X[2]: "removed", X[3]: "rejected", X[4]: "pending",
           X[9]: "not_found", X[12]: "restricted"},
)

case(
    name="x-concession-then-withheld",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 11:44:21 +0000",
    subject=f"Re: [{R1}] Request to remove content",
    reply_to_req=mid(R1),
    body=f"""Hello,

Although we did not find that the post violates the X Rules, we have withheld {X[5]} in South Korea in response to your legal demand, as it appears to be unlawful under local law.

The account holder has been notified in line with our policy.

X Legal
""",
    outcome="applied",
    imitates="X country-withheld notice for content legal only outside the requesting country",
    why="the negation sits in the concessive clause and 'appears' hedges the legality, not the action: withheld in KR",
    items={X[5]: "restricted"},
)

case(
    name="x-wrapped-urls-in-angle-brackets",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date="Sat, 07 Sep 2024 04:20:58 +0000",
    subject=f"Re: [{R1}] Request to remove content",
    reply_to_req=mid(R1),
    body="""Hello,

We have withheld the following post in South Korea:
<https://x.com/night_ferry_9/status/
1831000000000000407>

The post <https://x.com/haneul_tape/status/1831000000000000510> was
removed for violating our abuse and harassment policy.

X Legal
""",
    outcome="applied",
    imitates="X legal reply as wrapped by a plain-text mail client",
    why="a URL wrapped inside angle brackets is withheld in KR; the second post is removed",
    items={X[7]: "restricted", X[10]: "removed"},
)

case(
    name="x-promise-to-withhold",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 13:02:11 +0000",
    subject=f"Re: [{R1}] Request to remove content",
    reply_to_req=mid(R1),
    body=f"""Hello,

The posts {X[1]} and {X[2]} will be withheld in South Korea once our legal team has completed its review. We expect to update you within five business days.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply",
    why="a promise ('will be withheld once...') is no statement: items stay pending",
    items={X[1]: "pending", X[2]: "pending"},
)

case(
    name="x-all-posts-withheld",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date="Mon, 16 Sep 2024 02:48:36 +0000",
    subject=f"Re: [{R1}] Request to remove content",
    reply_to_req=mid(R1),
    body=f"""Hello,

We have withheld all of the posts identified in your request {R1} in South Korea.

X Legal
""",
    outcome="review", review="bulk",
    imitates="X legal one-line outcome for a whole request",
    why="a statement about every item of a 12-item request without naming any: bulk",
    items={X[i]: "pending" for i in range(1, 13)},
)

case(
    name="x-out-of-office",
    **{"from": "j.moreau@x.com"}, name_from="Julien Moreau",
    date="Tue, 03 Sep 2024 06:05:00 +0000",
    subject=f"Automatic reply: [{R1}] Request to remove content",
    reply_to_req=mid(R1),
    extra_headers=AUTO,
    body="""I am out of the office until 23 September with limited access to email.

For legal requests, please use https://legalrequests.x.com/ so that the team on duty can pick them up.

Julien
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office auto-reply from a platform employee",
    why="recognized auto-reply",
    items={},
)

gmail_quote = request_text(R1, [X[i] for i in range(1, 13)])
case(
    name="x-top-post-over-gmail-quote",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date="Sat, 14 Sep 2024 00:39:02 +0000",
    subject=f"Re: [{R1}] Request to remove content",
    reply_to_req=mid(R1),
    body=f"""Hi,

{X[8]} - we were unable to find this post; it may have been deleted before we looked.
{X[10]} has been withheld in South Korea.

X Legal

On Tue, 3 Sep 2024 at 15:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(gmail_quote)}
""",
    outcome="applied",
    imitates="Gmail-style top-posted reply over the quoted request",
    why="x8 not found (the hedge only guesses why), x10 withheld; the quoted request changes nothing",
    items={X[8]: "not_found", X[10]: "restricted"},
)

# ======================= X (KCSC-240913-07, 2 items) =======================

case(
    name="x2-withheld-and-refused",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date="Mon, 16 Sep 2024 08:14:27 +0000",
    subject=f"Re: [{R7}] Request to remove content",
    reply_to_req=mid(R7),
    body=f"""Hello,

We have withheld {Z[1]} in South Korea.

The other post you reported, {Z[2]}, which we reviewed against both the X Rules and Korean law, does not violate either and will remain available.

X Legal
""",
    outcome="applied",
    imitates="X legal outcome email",
    why="z1 withheld in KR; z2 refused with reason (the 'will remain available' is the refusal, not a promise)",
    items={Z[1]: "restricted", Z[2]: "rejected"},
)

case(
    name="x2-both-removed-unnamed",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date="Tue, 17 Sep 2024 03:33:09 +0000",
    subject=f"Re: [{R7}] Request to remove content",
    reply_to_req=mid(R7),
    body=f"""Hello,

Both posts reported under {R7} have been removed for violating the X Rules.

X Legal
""",
    outcome="review", review="bulk",
    imitates="X legal one-line outcome",
    why="'both posts' covers a 2-item request without naming either: bulk",
    items={Z[1]: "pending", Z[2]: "pending"},
)

# ======================= YouTube (KCSC-240905-02) =======================

case(
    name="yt-block-remove-decline",
    **{"from": "legal-support-kr@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 08:22:18 +0000",
    subject=f"Re: [{R2}] Removal request",
    reply_to_req=mid(R2),
    body=f"""Hi,

Thanks for contacting YouTube about {R2}.

After reviewing the content you reported, we have blocked {Y[2]} from view in South Korea, pursuant to local law.

We removed {Y[3]} for violating YouTube's harassment and cyberbullying policy.

We have decided not to take action on {Y[1]}. It doesn't violate our Community Guidelines, and based on the information provided we were unable to determine that it is unlawful in Korea. If you have a court order, you can submit it at https://support.google.com/legal/answer/3110420.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome email (local-law block, policy removal, no action)",
    why="blocked in KR (restricted), removed, and a refusal with its reason (rejected)",
    items={Y[2]: "restricted", Y[3]: "removed", Y[1]: "rejected"},
)

yt_html = f"""<html><body>
<p>Hello,</p>
<p>We have completed our review of the content in your request {R2}:</p>
<ul>
<li>{Y[2]} &ndash; Removed (Spam, deceptive practices and scams policy)</li>
<li>{Y[3]} &ndash; No action taken: the content does not violate our policies</li>
<li>{Y[4]} &ndash; Channel terminated</li>
</ul>
<p>Learn more about our Community Guidelines at
<a href="https://www.youtube.com/howyoutubeworks/policies/community-guidelines/">How YouTube Works</a>.</p>
<p>&mdash; The YouTube Team</p>
</body></html>"""
case(
    name="yt-qp-html-list",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    date="Tue, 10 Sep 2024 10:05:45 +0000",
    subject=f"Update on your request {R2}",
    raw_mime=single("text/html", "quoted-printable", qp(yt_html)),
    outcome="applied",
    imitates="YouTube HTML outcome notification (quoted-printable)",
    why="HTML list: removed, no action (rejected), channel terminated (removed)",
    items={Y[2]: "removed", Y[3]: "rejected", Y[4]: "removed"},
)

outlook_quote = f"""-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 11:00 AM
To: legal-support-kr@google.com
Subject: [{R2}] Removal request

{request_text(R2, [Y[i] for i in range(1, 5)])}"""
case(
    name="yt-outcome-by-position-over-outlook-quote",
    **{"from": "legal-support-kr@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 01:17:33 +0000",
    subject=f"RE: [{R2}] Removal request",
    reply_to_req=mid(R2),
    body=f"""Hello,

The first two videos in your list below have been removed for violating our Community Guidelines. The third one has been blocked in South Korea under local law. We did not act on the channel (item 4): it does not violate our policies.

Kind regards,
YouTube Legal Support

{outlook_quote}
""",
    outcome="applied",
    imitates="Outlook top-posted reply referring to the quoted request's numbered list",
    why="statuses by position in the quoted numbered list: 1,2 removed; 3 blocked in KR; 4 refused",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "restricted", Y[4]: "rejected"},
)

sor = f"""Statement of reasons - your reference {R2}

Item: {Y[3]}
Decision: Access to the content disabled in the Republic of Korea
Territorial scope: KR
Ground: Alleged illegal content under local law
Automated means used for the decision: No

Item: {Y[2]}
Decision: Removal of the content
Territorial scope: Worldwide
Ground: Incompatible with terms of service (spam policy)
Automated means used for the decision: Partially

Redress: the uploader can appeal through YouTube Studio.
"""
case(
    name="yt-statement-of-reasons-base64",
    **{"from": "legal-support-kr@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 09:40:00 +0000",
    subject=f"Statement of reasons - {R2}",
    raw_mime=single("text/plain", "base64", b64(sor)),
    outcome="applied",
    imitates="DSA Article 17 statement of reasons (decision, territorial scope, ground)",
    why="y3 access disabled in KR (restricted), y2 removed worldwide",
    items={Y[3]: "restricted", Y[2]: "removed"},
)

case(
    name="yt-hedge-made-private",
    **{"from": "legal-support-kr@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 05:55:12 +0000",
    subject=f"Re: [{R2}] Removal request",
    reply_to_req=mid(R2),
    body=f"""Hi,

It looks like {Y[1]} may have been made private by the uploader. We are confirming this with the relevant team and will come back to you with the outcome.

Thanks,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support interim reply",
    why="'looks like ... may have been' is a hedge and the outcome is promised: pending",
    items={Y[1]: "pending"},
)

yt_ooo_quote = request_text(R2, [Y[i] for i in range(1, 5)])
case(
    name="yt-korean-out-of-office",
    **{"from": "minji.seo@google.com"}, name_from="Minji Seo",
    date="Mon, 16 Sep 2024 00:01:09 +0000",
    subject=subj(f"[부재중] Re: [{R2}] Removal request"),
    reply_to_req=mid(R2),
    extra_headers=AUTO,
    body=f"""안녕하세요. 추석 연휴로 9월 18일까지 부재중입니다.
급한 법률 요청은 https://support.google.com/legal 을 통해 접수해 주시기 바랍니다.

서민지 드림

-----Original Message-----
{yt_ooo_quote}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply quoting the original request",
    why="auto-reply; the quoted request's URLs are not statements",
    items={},
)

case(
    name="google-search-delisting-naver-url",
    **{"from": "removals@google.com"}, name_from="Google Legal Removals",
    date="Tue, 10 Sep 2024 14:26:51 +0000",
    subject="Your Google legal removal request [3-2049000012345]",
    body=f"""Hello,

Thank you for your notice. In response to it, we have removed the following URL from Google Search results for users in South Korea:

{N[1]}

Please note that this does not remove the content from the website that hosts it. To have the content taken down from the site itself, please contact the site owner.

Regards,
The Google Team
""",
    outcome="review", review="wrong_platform",
    imitates="Google Search legal removal (delisting) notification",
    why="a YouTube/Google sender states an action on a NAVER item (and only on its search listing)",
    items={N[1]: "pending"},
)

case(
    name="yt-intake-change-notice",
    **{"from": "gov-requests@youtube.com"}, name_from="YouTube Government Requests",
    date="Wed, 18 Sep 2024 02:00:00 +0000",
    subject="Change to how we receive government removal requests",
    body="""Hello,

Starting 1 October 2024, government agencies in Korea should send content removal requests through our web form at https://support.google.com/legal/contact/lr_legalother rather than by email. Messages sent to this address after that date will receive an automatic pointer to the form.

Your existing requests are not affected.

The YouTube Government Requests Team
""",
    outcome="review", review="no_claims",
    imitates="platform notice about a change of intake channel",
    why="trusted platform mail naming no item and no request",
    items={},
)

# ======================= NAVER (KCSC-240906-03) =======================

case(
    name="naver-three-outcomes-korean-sentence",
    **{"from": "right@navercorp.com"}, name_from="NAVER Right Protection Center",
    date="Mon, 09 Sep 2024 02:30:00 +0000",
    subject=subj(f"[네이버] 시정요구({R3}) 조치결과 안내"),
    reply_to_req=mid(R3),
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 시정요구({R3})에 대한 처리 결과를 알려드립니다.

요청하신 게시물 중 {N[1]} 은 게시중단 처리하였고, {N[2]} 는 작성자가 이미 삭제하여 확인되지 않으며, {N3_RAW} 는 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다.

문의사항은 https://right.naver.com 을 이용해 주시기 바랍니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 시정요구 조치결과 notice",
    why="one Korean sentence: 게시중단 (removed), author already deleted (not_found), kept for no violation (rejected); raw Korean path",
    items={N[1]: "removed", N[2]: "not_found", N[3]: "rejected"},
)

case(
    name="naver-imsi-private-and-pending",
    **{"from": "right@navercorp.com"}, name_from="NAVER Right Protection Center",
    date="Tue, 10 Sep 2024 06:12:45 +0000",
    subject=subj(f"Re: [{R3}] 게시물 삭제 요청"),
    reply_to_req=mid(R3),
    body=f"""안녕하세요, 네이버입니다.

{N[1]}에 대하여 정보통신망법 제44조의2에 따라 30일간 임시조치하였습니다.
{N[2]} 게시물은 카페 운영자에 의해 비공개 처리되었습니다.
{N3_RAW} 건은 현재 검토 중이며, 결과는 확인되는 대로 다시 안내드리겠습니다.

감사합니다.
네이버 권리보호센터
""",
    outcome="applied",
    imitates="NAVER 임시조치 (temporary measure) notice",
    why="임시조치 (restricted), 비공개 처리 (removed), 검토 중 (pending); particle glued to a URL",
    items={N[1]: "restricted", N[2]: "removed", N[3]: "pending"},
)

naver_html = f"""<html><body>
<p>안녕하세요. 네이버 권리보호센터입니다.</p>
<p>시정요구 {R3} 처리 결과는 아래와 같습니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>삭제</td><td>-</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>게시물 없음</td><td>이미 삭제된 게시물</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>조치 불가</td><td>위반 사항 없음</td></tr>
</table>
<p>감사합니다.</p>
</body></html>"""
case(
    name="naver-base64-html-result-table",
    **{"from": "noreply@navercorp.com"}, name_from="NAVER",
    date="Wed, 11 Sep 2024 07:00:00 +0000",
    subject=subj(f"[네이버] 시정요구 처리 결과 ({R3})"),
    raw_mime=single("text/html", "base64", b64(naver_html)),
    outcome="applied",
    imitates="Korean 시정요구 조치 결과 table (HTML, base64)",
    why="table: 삭제 (removed), 게시물 없음 (not_found), 조치 불가/위반 사항 없음 (rejected)",
    items={N[1]: "removed", N[2]: "not_found", N[3]: "rejected"},
)

case(
    name="naver-url-below-its-statement",
    **{"from": "right@navercorp.com"}, name_from="NAVER Right Protection Center",
    date="Thu, 12 Sep 2024 01:45:10 +0000",
    subject=subj(f"Re: [{R3}] 게시물 삭제 요청"),
    reply_to_req=mid(R3),
    body=f"""안녕하세요.

아래 게시물은 블라인드 처리되었습니다.
{N[2]}

아래 게시물은 신고 사유에 해당하지 않아 별도의 조치를 하지 않았습니다.
{N[1]}

감사합니다.
""",
    outcome="applied",
    imitates="NAVER 블라인드 처리 notice",
    why="each statement points down to the URL below it: 블라인드 (removed), no action (rejected)",
    items={N[2]: "removed", N[1]: "rejected"},
)

case(
    name="naver-decision-to-come",
    **{"from": "right@navercorp.com"}, name_from="NAVER Right Protection Center",
    date="Mon, 09 Sep 2024 09:10:00 +0000",
    subject=subj(f"Re: [{R3}] 게시물 삭제 요청"),
    reply_to_req=mid(R3),
    body=f"""안녕하세요.

{N3_RAW} 게시물은 내부 검토 후 게시중단 여부를 결정할 예정이며, 처리 결과는 별도로 회신드리겠습니다.

감사합니다.
네이버 권리보호센터
""",
    outcome="review", review="not_understood",
    imitates="NAVER interim reply (검토 예정)",
    why="a decision still to come ('결정할 예정'): pending",
    items={N[3]: "pending"},
)

case(
    name="naver-read-receipt",
    **{"from": "policy@navercorp.com"}, name_from="NAVER Policy",
    date="Fri, 06 Sep 2024 02:01:30 +0000",
    subject=subj(f"읽음 확인: [{R3}] 게시물 삭제 요청"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn_8810"

--=_mdn_8810
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "[{R3}] 게시물 삭제 요청" 을(를) 수신자가 2024-09-06 11:01에 읽었습니다.
--=_mdn_8810
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <{mid(R3)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
--=_mdn_8810--
""",
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (RFC 8098) from a Korean webmail",
    why="read receipt",
    items={},
)

case(
    name="naver-correction-in-one-sentence",
    **{"from": "right@navercorp.com"}, name_from="NAVER Right Protection Center",
    date="Fri, 13 Sep 2024 05:20:00 +0000",
    subject=subj(f"[정정] 시정요구({R3}) 조치결과"),
    reply_to_req=mid(R3),
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

{N[1]} 게시물은 지난 회신에서 위반 사항이 확인되지 않아 게시 유지로 안내드렸으나, 추가 검토 결과 명예훼손 소지가 확인되어 9월 12일 게시중단(블라인드) 처리하였음을 정정하여 알려드립니다.

혼선을 드려 죄송합니다.
""",
    outcome="applied",
    imitates="NAVER corrected 조치결과 notice",
    why="the sentence recalls an earlier 'kept' answer and corrects it: 게시중단(블라인드) = removed",
    items={N[1]: "removed"},
)

# ======================= Telegram (KCSC-240909-04) =======================

case(
    name="tg-four-outcomes-prose",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Wed, 11 Sep 2024 12:07:44 +0000",
    subject=f"Re: [{R4}] Removal request",
    reply_to_req=mid(R4),
    body=f"""Hello,

Thank you for your report. The messages {T[1]} and {T[2]} have been taken down. We could not find {T[3]}: there is no message with that number in the channel. {T[4]} does not violate the Telegram Terms of Service and remains available.

- Telegram Abuse Team
""",
    outcome="applied",
    imitates="Telegram abuse desk reply",
    why="two taken down, one with no such message (not_found), one refused for no violation",
    items={T[1]: "removed", T[2]: "removed", T[3]: "not_found", T[4]: "rejected"},
)

case(
    name="tg-update-reverses-first-answer",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Mon, 16 Sep 2024 10:30:00 +0000",
    subject=f"Re: [{R4}] Removal request",
    reply_to_req=mid(R4),
    body=f"""Hello,

Regarding {T[5]}: our moderators initially found no violation and the channel was left up.

UPDATE, 16 September: following a second review the channel has now been blocked on all Telegram apps.

- Telegram Abuse Team
""",
    outcome="applied",
    imitates="Telegram abuse desk reply with an appended update",
    why="the later update overrides the first answer: blocked everywhere (removed)",
    items={T[5]: "removed"},
)

case(
    name="tg-url-then-status-line",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA",
    date="Thu, 12 Sep 2024 08:08:08 +0000",
    subject=f"[{R4}] Case #104477 - outcome",
    reply_to_req=mid(R4),
    body=f"""Case #104477

{T[3]}
Status: Blocked for users in South Korea

{T[4]}
Status: Not found - no such message

Telegram
""",
    outcome="applied",
    imitates="Telegram DSA desk case outcome",
    why="bare URL with its status on the next line: blocked in KR (restricted), no such message (not_found)",
    items={T[3]: "restricted", T[4]: "not_found"},
)

case(
    name="tg-ticket-opened-already-removed",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Tue, 10 Sep 2024 03:03:03 +0000",
    subject=f"Re: [{R4}] Removal request",
    reply_to_req=mid(R4),
    body=f"""Hi,

Thanks, we have received your message and opened ticket #58823.

The posts {T[1]} and {T[2]} had already been removed by our moderators before your report arrived.

- Telegram Abuse Team
""",
    outcome="applied",
    imitates="Telegram abuse desk receipt carrying an outcome",
    why="acknowledgement phrase plus an unhedged statement: removed",
    items={T[1]: "removed", T[2]: "removed"},
)

case(
    name="tg-dkim-fail",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    auth="fail",
    date="Wed, 11 Sep 2024 19:44:00 +0000",
    subject=f"Re: [{R4}] Removal request",
    reply_to_req=mid(R4),
    body=f"""Hello,

We have blocked {T[3]} and {T[4]}.

Telegram Abuse Team
""",
    outcome="review", review="untrusted",
    imitates="Telegram abuse desk reply failing DMARC",
    why="platform domain but authentication failed",
    items={T[3]: "pending", T[4]: "pending"},
)

bounce_orig = request_text(R4, [T[i] for i in range(1, 6)])
case(
    name="tg-dsn-failed",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    date="Mon, 09 Sep 2024 07:01:12 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn_8810"

--=_dsn_8810
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa-kr@telegram.org>: host mail.telegram.org[203.0.113.40] said: 550 5.1.1
    <dsa-kr@telegram.org>: Recipient address rejected: User unknown

--=_dsn_8810
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Mon, 9 Sep 2024 16:00:58 +0900

Final-Recipient: rfc822; dsa-kr@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--=_dsn_8810
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: dsa-kr@telegram.org
Subject: [{R4}] Removal request
Message-ID: <{mid(R4)}@kcsc.example>
Date: Mon, 9 Sep 2024 16:00:00 +0900
Content-Type: text/plain; charset=us-ascii

{bounce_orig}

--=_dsn_8810--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report delivery-status) returning our request",
    why="bounce; the returned request's URLs are ours",
    items={},
)

case(
    name="channel-admin-says-deleted",
    **{"from": "lanterndrop.admin@mailbox.example"}, name_from="Lantern Drop admin",
    date="Thu, 12 Sep 2024 15:15:15 +0000",
    subject=f"About {R4}",
    body=f"""Hello,

I run the channel lantern_drop. Telegram forwarded me your notice {R4}. I have deleted {T[1]} and {T[2]} myself, so please close the case.

Regards
""",
    outcome="review", review="unknown_sender",
    imitates="channel administrator writing to the regulator directly",
    why="not a platform sender: statements are not trusted",
    items={T[1]: "pending", T[2]: "pending"},
)

# ======================= Kakao (KCSC-240911-05) =======================

case(
    name="kakao-fullwidth-punctuation",
    **{"from": "right@kakaocorp.com"}, name_from="Kakao Right Protection",
    date="Fri, 13 Sep 2024 04:04:04 +0000",
    subject=subj(f"Re: [{R5}] 게시물 삭제 요청에 대한 회신"),
    reply_to_req=mid(R5),
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 게시물 <{K[1]}>은 삭제 조치를 완료하였고，{K[2]}（티스토리 블로그）에 대해서는 30일간 임시조치를 적용하였습니다。

감사합니다.
""",
    outcome="applied",
    imitates="Daum/Kakao 권리침해신고센터 reply",
    why="one sentence: 삭제 (removed) and 임시조치 (restricted); URLs followed by particles and full-width punctuation",
    items={K[1]: "removed", K[2]: "restricted"},
)

case(
    name="kakao-author-deleted-and-refused",
    **{"from": "right@kakaocorp.com"}, name_from="Kakao Right Protection",
    date="Mon, 16 Sep 2024 01:30:00 +0000",
    subject=subj(f"[{R5}] 처리 결과 안내"),
    reply_to_req=mid(R5),
    body=f"""안녕하세요. 카카오입니다. 요청하신 건의 처리 결과를 안내드립니다.

1. {K[1]} : 게시자가 이미 삭제한 게시물로 확인되어 별도 조치가 필요하지 않습니다.
2. {K[2]} : 해당 게시물은 관련 법령 및 운영정책에 위배된다고 보기 어려워 조치하지 않았습니다.

감사합니다.
""",
    outcome="applied",
    imitates="Kakao numbered 처리 결과 notice",
    why="author already deleted (not_found); refused with reason (rejected)",
    items={K[1]: "not_found", K[2]: "rejected"},
)

case(
    name="kakao-asks-for-official-letter",
    **{"from": "right@kakaocorp.com"}, name_from="Kakao Right Protection",
    date="Thu, 12 Sep 2024 02:45:00 +0000",
    subject=subj(f"Re: [{R5}] 추가 자료 요청"),
    reply_to_req=mid(R5),
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 게시물({K[1]}, {K[2]})의 처리를 위해 시정요구 공문 원본과 침해 사실을 소명할 수 있는 자료를 이 메일로 회신해 주시기 바랍니다. 자료가 확인되는 대로 검토를 진행하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Kakao request for supporting documents",
    why="asks the regulator for documents; no status",
    items={K[1]: "pending", K[2]: "pending"},
)

case(
    name="kakao-ticket-receipt",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="Kakao Customer Center",
    date="Wed, 11 Sep 2024 00:31:00 +0000",
    subject=subj("[카카오 고객센터] 문의가 접수되었습니다"),
    body="""안녕하세요. 카카오 고객센터입니다.

문의가 정상적으로 접수되었습니다.
접수번호: 2409-118273

담당자 확인 후 순차적으로 답변드리겠습니다. 답변은 영업일 기준 3~5일 정도 소요될 수 있습니다.

※ 본 메일은 발신전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean help-desk ticket receipt",
    why="pure acknowledgement with a ticket number",
    items={},
)

# ======================= TikTok (KCSC-240912-06, 1 item) =======================

case(
    name="tiktok-sole-removed",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Fri, 13 Sep 2024 11:11:11 +0000",
    subject=f"Re: [{R6}] Removal request",
    reply_to_req=mid(R6),
    body="""Hello,

We reviewed the video you reported and removed it for violating our Community Guidelines on gambling.

You can find our guidelines at https://www.tiktok.com/community-guidelines

Thank you for helping to keep TikTok safe.
TikTok Legal
""",
    outcome="applied",
    imitates="TikTok report outcome email",
    why="a one-item request: an unhedged removal naming no URL applies to its only item",
    items={TK: "removed"},
)

case(
    name="tiktok-hedge-relative-under-review",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Thu, 12 Sep 2024 20:20:20 +0000",
    subject=f"Re: [{R6}] Removal request",
    reply_to_req=mid(R6),
    body=f"""Hello,

The video {TK}, which may already have been removed by its creator, is currently being reviewed by our team. We will let you know the outcome.

TikTok Legal
""",
    outcome="review", review="not_understood",
    imitates="TikTok interim reply",
    why="hedge in the relative clause, 'being reviewed' in the main clause: pending",
    items={TK: "pending"},
)

case(
    name="tiktok-report-receipt",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    date="Thu, 12 Sep 2024 05:01:02 +0000",
    subject="We've received your report",
    body="""Hi,

We've received your report. Your reference number is 7781-2204.

Our team will review it and get back to you by email. You don't need to reply to this message.

TikTok
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok report receipt",
    why="pure acknowledgement",
    items={},
)

HEADER = """# Blind set 810 (focus: what a program gets wrong). Written by make.py from
# each email's meaning, before the reader was run. Each case is judged alone
# on a fresh ledger holding requests.csv."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
    print(f"{len(cases)} cases")
