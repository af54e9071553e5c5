#!/usr/bin/env python3
"""Blind set 576 (focus: what a program gets wrong): mixed statuses in one
sentence, hedges in relative clauses, negations, refusals with reasons,
later sentences that revise earlier ones, a table contradicted by a note,
statuses given by position.

    python3 tests/corpus/blind576/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email is fictional; expected results were written from each email's meaning
before the reader was run on it.
"""
import base64
import csv
import email.header
import os
import quopri
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
Y = [
    "https://www.youtube.com/watch?v=Qm3rT8vLp2A",
    "https://www.youtube.com/watch?v=bN7xK2wZc9E",
    "https://www.youtube.com/watch?v=H4sJd0Tq1uY",
    "https://www.youtube.com/watch?v=pL8eW3nVr6M",
    "https://www.youtube.com/watch?v=Zc1oF5gHy7K",
    "https://www.youtube.com/watch?v=tR2mB9xQe4S",
    "https://www.youtube.com/watch?v=uV6kN1jDa3P",
    "https://www.youtube.com/watch?v=Wf0cG7hLs5T",
    "https://www.youtube.com/shorts/Ea9yM4qKt2R",
    "https://www.youtube.com/shorts/Jd3wP6rXn8B",
    "https://www.youtube.com/@grayharbor-archive",
    "https://www.youtube.com/watch?v=Kx5sA2vTm0C",
]
X = [
    "https://x.com/lunar_tide88/status/1829410023345120001",
    "https://x.com/lunar_tide88/status/1829415598870330112",
    "https://x.com/copperfox_kr/status/1829502211098765313",
    "https://x.com/copperfox_kr",
    "https://x.com/nightmarket_0/status/1830012345678901234",
]
X6 = "https://x.com/paleorbit/status/1831100220033004405"
X7 = "https://x.com/paleorbit/status/1831100987766554433"
T = [
    "https://t.me/quiet_lantern/118",
    "https://t.me/quiet_lantern/121",
    "https://t.me/bluemoth_chat",
    "https://t.me/ashgrove_files/9",
]
T5 = "https://t.me/saltmarsh_deals/342"
N = [
    "https://blog.naver.com/dawnriver77/223561234567",
    "https://cafe.naver.com/mossyroad/48211",
    "https://blog.naver.com/dawnriver77/223561299001",
]
TISTORY_RAW = "https://sunbeam-notes.tistory.com/entry/무료-배포-링크"
TISTORY = "https://sunbeam-notes.tistory.com/entry/" + urllib.parse.quote("무료-배포-링크")
K = [
    "https://cafe.daum.net/greenpier/Ab12/3051",
    TISTORY,
    "https://cafe.daum.net/greenpier/Ab12/3077",
]

REQUESTS = [
    ("KCSC-240903-01", "youtube", "2024-09-03T01:30:00Z", "2024-09-10T14:59:59Z", Y,
     "illegal_gambling", "req-240903-01@kcsc.example",
     "channel and 11 videos, same operator"),
    ("KCSC-240905-02", "x", "2024-09-05T02:00:00Z", "2024-09-12T14:59:59Z", X,
     "drug_sale", "req-240905-02@kcsc.example", "posts and one account"),
    ("KCSC-240906-03", "telegram", "2024-09-06T05:10:00Z", "2024-09-13T14:59:59Z", T,
     "obscenity", "req-240906-03@kcsc.example", 'channel "bluemoth", two posts, one file'),
    ("KCSC-240909-04", "naver", "2024-09-09T00:45:00Z", "2024-09-16T14:59:59Z", N,
     "privacy", "req-240909-04@kcsc.example", "blog, cafe"),
    ("KCSC-240910-05", "kakao", "2024-09-10T03:20:00Z", "2024-09-17T14:59:59Z", K,
     "illegal_gambling", "req-240910-05@kcsc.example", "Daum cafe and Tistory; Korean path"),
    ("KCSC-240911-06", "x", "2024-09-11T06:00:00Z", "2024-09-18T14:59:59Z", [X6, X7],
     "defamation", "req-240911-06@kcsc.example", ""),
    ("KCSC-240912-07", "telegram", "2024-09-12T02:30:00Z", "2024-09-19T14:59:59Z", [T5],
     "drug_sale", "req-240912-07@kcsc.example", "single channel post"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def yt_request_quote():
    lines = [
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        "Sent: Tuesday, September 3, 2024 10:30 AM",
        "To: legal-kr@google.com",
        "Subject: [KCSC-240903-01] Request to remove content on YouTube",
        "",
        "Dear YouTube Legal team,",
        "",
        "Under Article 44-7 of the Information and Communications Network Act we ask",
        "you to remove or block the following 12 items:",
        "",
    ]
    for i, u in enumerate(Y, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "KCSC Communications Standards Team"]
    return "\n".join(lines)


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ YouTube
case(
    name="yt-two-removed-one-restricted-one-sentence",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 04 Sep 2024 16:12:40 +0900",
    subject="Re: [KCSC-240903-01] Request to remove content on YouTube",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Thank you for your notice regarding request KCSC-240903-01.

After reviewing the videos against our Community Guidelines and the local law
you cited, we removed {Y[0]} and {Y[1]} from YouTube globally, while
{Y[2]} has been blocked for viewers in South Korea only.

We will write again about the other videos in your notice once our review is
complete.

Regards,
The YouTube Legal Support Team
Case ID: 6-2817000034519
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removals team outcome email (global removal vs. local block)",
    why="one sentence: two videos removed globally, a third blocked in Korea only",
    items={Y[0]: "removed", Y[1]: "removed", Y[2]: "restricted"},
)

case(
    name="yt-did-not-remove-instead-restricted",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 11:03:19 +0900",
    subject="Re: [KCSC-240903-01] Request to remove content on YouTube",
    reply_to_req="req-240903-01",
    body=f"""
Hi,

We've completed our review of three of the videos in your request
KCSC-240903-01.

We did not remove {Y[3]} from YouTube. Instead, we have restricted access to
it in South Korea, based on the local law you cited.

{Y[4]} does not violate our Community Guidelines, and we found no legal basis
to restrict it locally, so it will remain available.

We weren't able to find {Y[5]}. It may have been removed by the uploader
before our review.

Kind regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removals outcome email with a local block, a refusal and a not-found",
    why="'did not remove ... instead restricted in South Korea' is restricted; no violation is rejected; "
        "could not find is not_found (the hedge is only about why)",
    items={Y[3]: "restricted", Y[4]: "rejected", Y[5]: "not_found"},
)

case(
    name="yt-table-with-explicit-correction",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 09:41:02 +0900",
    subject="Re: [KCSC-240903-01] Outcome for reviewed videos",
    reply_to_req="req-240903-01",
    type="html",
    body=f"""
<html><body>
<p>Dear KCSC team,</p>
<p>Below is the outcome for the videos in your request KCSC-240903-01 that our team has reviewed so far.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action</th><th>Scope</th></tr>
<tr><td>{Y[6]}</td><td>Removed</td><td>Global</td></tr>
<tr><td>{Y[7]}</td><td>Restricted</td><td>South Korea</td></tr>
</table>
<p><b>Correction:</b> the second row above was generated before our policy team finished its second review.
{Y[7]} has since been removed from YouTube globally for violating our Community Guidelines,
so the Korea-only restriction shown in the table no longer applies.</p>
<p>YouTube Legal Support</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome table followed by a reviewer's correction",
    why="the note says outright that the table row is out of date and gives the newer status: the correction wins",
    items={Y[6]: "removed", Y[7]: "removed"},
)

case(
    name="yt-hedge-in-relative-clause",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 17:20:55 +0900",
    subject="Re: [KCSC-240903-01] Request to remove content on YouTube",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

The Short at {Y[8]}, which appears to be a re-upload of a video we had
already taken down from another channel, has been removed for violating our
Community Guidelines.

The Short at {Y[9]}, which our reviewers think may fall under our harassment
policy, is still under review. We'll let you know the outcome.

Best regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support update with one decision and one pending review",
    why="the hedge sits in the relative clause, the main clause states removal; the second Short is under review",
    items={Y[8]: "removed", Y[9]: "pending"},
)

YT_FINAL = f"""Hello,

This is the final outcome of our review of request KCSC-240903-01 (12 items).

Removed globally for violating our Community Guidelines:
- {Y[0]}
- {Y[1]}
- {Y[5]}
- {Y[10]} (channel terminated)

Blocked for viewers in South Korea on the basis of local law:
- {Y[2]}
- {Y[3]}
- {Y[7]}

Age-restricted (viewers must be signed in and over 18):
- {Y[8]}

No action taken =E2=80=93 the content does not violate our policies or the local law you cited:
- {Y[4]}
- {Y[9]}

We could not find the following; the links are invalid or the videos were deleted by the uploader:
- {Y[6]}
- {Y[11]}

If you disagree with any of these decisions, you can reply to this email with
additional legal information.

Regards,
YouTube Legal Support
Case ID: 6-2817000034519
"""
case(
    name="yt-final-outcome-grouped-qp",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 10:05:33 +0900",
    subject="Re: [KCSC-240903-01] Final outcome of your request",
    reply_to_req="req-240903-01",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    + qp(YT_FINAL.replace("=E2=80=93", "\u2013")),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removals final outcome, URLs grouped under action headings (quoted-printable)",
    why="each URL takes the status of the heading it is listed under; quoted-printable soft breaks split long lines",
    items={Y[0]: "removed", Y[1]: "removed", Y[5]: "removed", Y[10]: "removed",
           Y[2]: "restricted", Y[3]: "restricted", Y[7]: "restricted", Y[8]: "restricted",
           Y[4]: "rejected", Y[9]: "rejected", Y[6]: "not_found", Y[11]: "not_found"},
)

_rows = [
    (Y[6], "Removed", "Global"),
    (Y[7], "Blocked", "South Korea"),
    (Y[8], "Age-restricted", "Global"),
    (Y[9], "No action \u2013 does not violate policy", "\u2013"),
    (Y[10], "Channel terminated", "Global"),
    (Y[11], "Not found \u2013 video ID does not exist", "\u2013"),
]
_html = ("<html><body><p>Hello,</p><p>Please find below the decisions for the remaining items of "
         "request KCSC-240903-01.</p>\n<table border=\"1\">\n<tr><th>URL</th><th>Action</th><th>Scope</th></tr>\n"
         + "".join(f"<tr><td>{u}</td><td>{a}</td><td>{s}</td></tr>\n" for u, a, s in _rows)
         + "</table>\n<p>YouTube Legal Support</p></body></html>\n")
_plain = ("Hello,\n\nPlease find below the decisions for the remaining items of request KCSC-240903-01.\n\n"
          + "".join(f"{u}  |  {a}  |  {s}\n" for u, a, s in _rows)
          + "\nYouTube Legal Support\n")
case(
    name="yt-html-table-base64",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 14:48:10 +0900",
    subject="Re: [KCSC-240903-01] Decisions on remaining items",
    reply_to_req="req-240903-01",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="b576-alt-yt"

--b576-alt-yt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_plain)}
--b576-alt-yt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_html)}
--b576-alt-yt--
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removals decision table (HTML and plain alternative, base64)",
    why="one row per URL: removed, blocked in Korea, age-restricted, no action, terminated, not found",
    items={Y[6]: "removed", Y[7]: "restricted", Y[8]: "restricted", Y[9]: "rejected",
           Y[10]: "removed", Y[11]: "not_found"},
)

case(
    name="yt-numbered-refusal-with-reasons",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 15:30:00 +0900",
    subject="Re: [KCSC-240903-01] Request to remove content on YouTube",
    reply_to_req="req-240903-01",
    body=f"""
Dear Sir or Madam,

Our decisions on two of the videos in your request:

1. {Y[1]}
   Decision: no action. The video is a news report about the event described
   in your notice and falls under our exception for educational, documentary,
   scientific and artistic content. We also did not find that it breaches the
   Korean law you referred to.

2. {Y[2]}
   Decision: removed for violating our spam, deceptive practices and scams
   policy.

You can learn more about our policies at
https://support.google.com/youtube/answer/9288567 .

Sincerely,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal team decision letter with an EDSA exception refusal",
    why="first item refused with its reason (rejected), second removed; the help-centre link is no item",
    items={Y[1]: "rejected", Y[2]: "removed"},
)

case(
    name="yt-ack-phrase-plus-removal-outlook-quote",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 04 Sep 2024 10:02:12 +0900",
    subject="RE: [KCSC-240903-01] Request to remove content on YouTube",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Thank you for your request. We have received it under your reference
KCSC-240903-01 (our case 6-2817000034519).

We have removed {Y[4]} and {Y[5]} for violating our Community Guidelines. The
remaining ten videos are still being reviewed by our legal team, and we will
reply separately.

Best,
YouTube Legal Support

{yt_request_quote()}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support first reply over an Outlook-quoted request",
    why="receipt sentence plus an unhedged removal of two videos; the ten others are under review and "
        "the quoted request below '-----Original Message-----' states nothing",
    items={Y[4]: "removed", Y[5]: "removed", Y[0]: "pending", Y[1]: "pending", Y[2]: "pending",
           Y[3]: "pending", Y[6]: "pending", Y[7]: "pending", Y[8]: "pending", Y[9]: "pending",
           Y[10]: "pending", Y[11]: "pending"},
)

case(
    name="yt-no-action-because-link-invalid",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 13:14:51 +0900",
    subject="Re: [KCSC-240903-01] Request to remove content on YouTube",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

We did not take any action on {Y[3]} because the link does not lead to a
video: no video with this ID exists on YouTube. Please check the URL and, if
needed, send us a new request with the correct link.

{Y[11]} has been removed for violating our Community Guidelines.

Thanks,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply about an invalid video link",
    why="'did not take action because no video with this ID exists' is not_found, not a refusal; second video removed",
    items={Y[3]: "not_found", Y[11]: "removed"},
)

# ================================================================ X
case(
    name="x-withheld-refused-author-deleted",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Sat, 07 Sep 2024 02:15:44 +0000",
    subject="Re: [KCSC-240905-02] Legal request - Republic of Korea",
    reply_to_req="req-240905-02",
    body=f"""
Hello,

We have reviewed the content you reported in request KCSC-240905-02.

- {X[0]} has been withheld in South Korea in response to your legal demand.
- We have not taken action on {X[1]}, as we did not find it to be in
  violation of the X Rules or of the Korean law you cited.
- {X[2]} is no longer available on X because the account holder deleted it.

Thank you,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X (Twitter) legal request reply: country withheld content, no action, deleted by user",
    why="withheld in Korea is restricted; 'have not taken action ... as not in violation' is rejected; "
        "deleted by the account holder is not_found",
    items={X[0]: "restricted", X[1]: "rejected", X[2]: "not_found"},
)

case(
    name="x-statuses-by-item-number",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 08:40:00 +0000",
    subject="Re: [KCSC-240905-02] Legal request - Republic of Korea",
    reply_to_req="req-240905-02",
    body=f"""
Hello,

Thank you for your report. The content in scope was:

1. {X[0]}
2. {X[1]}
3. {X[2]}
4. {X[3]}
5. {X[4]}

Outcome: items 1 to 3 have been withheld in South Korea. Item 4 (the account
@copperfox_kr) has been suspended for violating the X Rules. We found no
violation in item 5 and it remains available.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply listing reported URLs and giving outcomes by item number",
    why="statuses given by position: items 1-3 withheld in Korea, item 4 account suspended (removed), item 5 no violation",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted", X[3]: "removed", X[4]: "rejected"},
)

case(
    name="x-top-posted-over-gmail-quote",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 04:22:10 +0000",
    subject="Re: [KCSC-240911-06] Request to remove defamatory posts",
    reply_to_req="req-240911-06",
    body=f"""
Hi,

{X6} has been withheld in South Korea. {X7} was already deleted by
the user before we reviewed it.

Best,
Dana, X Legal

On Wed, Sep 11, 2024 at 3:00 PM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X Legal team,
>
> Please remove the following posts (request KCSC-240911-06):
> {X6}
> {X7}
>
> KCSC Communications Standards Team
""",
    outcome="applied", classification="confirmation",
    imitates="X legal agent's short top-posted reply above a Gmail-quoted request",
    why="own text: first withheld in Korea, second deleted by the user; the quoted request states nothing",
    items={X6: "restricted", X7: "not_found"},
)

_csv = (
    "url,action,scope,note\n"
    f"{X[0]},Removed,Global,Illegal goods and services policy\n"
    f"{X[1]},Withheld,KR,\"Country withheld content, legal demand\"\n"
    f"{X[2]},No action,,\"No violation of the X Rules; no legal basis found\"\n"
    f"{X[3]},Not found,,Account deactivated by its owner\n"
    f"{X[4]},Removed,Global,\n"
)
case(
    name="x-csv-attachment-outlook-quote",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 06:05:00 +0000",
    subject="RE: [KCSC-240905-02] Legal request - Republic of Korea",
    reply_to_req="req-240905-02",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="b576-mix-x"

--b576-mix-x
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find attached the results for your request KCSC-240905-02, one row
per reported URL.

Regards,
X Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 11:00 AM
To: legal@x.com
Subject: [KCSC-240905-02] Legal request - Republic of Korea

Please remove the following content:
{X[0]}
{X[1]}
{X[2]}
{X[3]}
{X[4]}

--b576-mix-x
Content-Type: text/csv; charset=utf-8; name="KCSC-240905-02_results.csv"
Content-Disposition: attachment; filename="KCSC-240905-02_results.csv"
Content-Transfer-Encoding: base64

{b64(_csv)}
--b576-mix-x--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal results sheet sent as a CSV attachment over an Outlook quote",
    why="CSV rows: removed, withheld in KR, no action (rejected), account deactivated by owner (not_found), removed",
    items={X[0]: "removed", X[1]: "restricted", X[2]: "rejected", X[3]: "not_found", X[4]: "removed"},
)

case(
    name="x-withheld-then-removed-globally",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 01:10:09 +0000",
    subject="Re: [KCSC-240905-02] Update on reported post",
    reply_to_req="req-240905-02",
    body=f"""
Hello,

An update on one post from your request KCSC-240905-02.

On 10 September we withheld {X[4]} in South Korea. After an additional
review by our Safety team, the post has now been removed globally for
violating our rules on illegal goods and services.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal follow-up revising an earlier country-withheld action",
    why="the earlier withholding is superseded by the later sentence: removed globally",
    items={X[4]: "removed"},
)

case(
    name="x-dsa-style-statement-of-reasons",
    **{"from": "noreply-legal@x.com"}, name_from="X",
    date="Sun, 08 Sep 2024 12:00:31 +0000",
    subject="Decision on your notice KCSC-240905-02",
    body=f"""
Statement of reasons

Notice reference: KCSC-240905-02
Notice received: 5 September 2024
Reported content: {X[2]}
Reported as: illegal content under the law of the Republic of Korea

Decision: visibility restriction (content withheld)
Territorial scope: Republic of Korea
Ground: the content is illegal under the local law cited in the notice. We
did not find a violation of the X Rules, so the content remains available
outside the territorial scope above.
Automated detection: no
Automated decision: no

You may appeal this decision at https://help.x.com/forms/legal-appeal .
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17 statement of reasons as sent by X (visibility restriction, territorial scope)",
    why="withheld in Korea only: restricted; 'did not find a violation of the X Rules' explains the scope, it is no refusal; "
        "the appeal form is no item",
    items={X[2]: "restricted"},
)

case(
    name="x-neither-nor-stays-up",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Sat, 14 Sep 2024 03:33:03 +0000",
    subject="Re: [KCSC-240911-06] Request to remove defamatory posts",
    reply_to_req="req-240911-06",
    body=f"""
Hello,

Neither {X6} nor {X7} violates the X Rules, and your report did not establish
that they are unlawful in South Korea. Both posts will therefore remain
available. If a Korean court issues an order about them, please send it to
us.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal refusal of a defamation report",
    why="'neither ... nor ... violates', both remain available: both rejected; the court-order sentence is conditional advice",
    items={X6: "rejected", X7: "rejected"},
)

# ================================================================ Telegram
case(
    name="tg-four-statuses-one-sentence",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Sun, 08 Sep 2024 19:02:47 +0000",
    subject="Re: [KCSC-240906-03] Report of illegal content",
    reply_to_req="req-240906-03",
    body=f"""
Hello,

Regarding your report KCSC-240906-03: the channel {T[2]} has been blocked on
all Telegram apps and {T[0]} is now unavailable to users in South Korea, but
we could not find the post {T[1]}, and {T[3]} does not break the Telegram
Terms of Service.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk one-paragraph reply",
    why="one sentence, four statuses: blocked everywhere, unavailable in Korea, not found, no violation",
    items={T[2]: "removed", T[0]: "restricted", T[1]: "not_found", T[3]: "rejected"},
)

case(
    name="tg-sole-item-no-url",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Fri, 13 Sep 2024 08:45:00 +0000",
    subject="Re: [KCSC-240912-07] Report of illegal content",
    reply_to_req="req-240912-07",
    body="""
Hello,

Thank you for your report. The channel you reported has been blocked.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk two-line confirmation",
    why="reply in the thread of a one-item request; 'the channel you reported has been blocked' applies to its only item",
    items={T5: "removed"},
)

case(
    name="tg-status-on-line-below-url",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Mon, 09 Sep 2024 10:20:00 +0000",
    subject="Re: [KCSC-240906-03] Report of illegal content",
    reply_to_req="req-240906-03",
    body=f"""
Hi,

Results of our check:

{T[0]}
Result: post deleted

{T[1]}
Result: post deleted

{T[2]}
Result: channel blocked for users in South Korea

{T[3]}
Result: no violation found, no action taken

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk result list, bare URL with result on the line below",
    why="each result line belongs to the URL above it",
    items={T[0]: "removed", T[1]: "removed", T[2]: "restricted", T[3]: "rejected"},
)

case(
    name="tg-url-below-its-statement",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Tue, 10 Sep 2024 07:55:12 +0000",
    subject="Re: [KCSC-240906-03] Report of illegal content",
    reply_to_req="req-240906-03",
    body=f"""
Hello,

The following channel has been blocked on all platforms:
{T[2]}

We could not locate this message; the link may be wrong or the message was
deleted by the channel admin:
{T[3]}

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply with each statement above its URL",
    why="statement precedes its URL; 'could not locate' is not_found, the 'may be' only guesses the cause",
    items={T[2]: "removed", T[3]: "not_found"},
)

# ================================================================ NAVER
case(
    name="naver-mixed-korean-fullwidth-parens",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Wed, 11 Sep 2024 15:30:00 +0900",
    subject="[네이버] 게시물 조치 결과 안내 (KCSC-240909-04)",
    reply_to_req="req-240909-04",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240909-04)에 대한 처리 결과를 안내드립니다.

요청하신 게시물 중 블로그 게시물（{N[0]}）은 게시중단 조치하였고, 카페 게시물 {N[1]} 은 임시조치(30일간 접근 제한)하였습니다.
또한 {N[2]} 게시물은 작성자가 이미 삭제하여 확인되지 않습니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 게시중단·임시조치 처리 결과 안내",
    why="게시중단 is removed, 임시조치 is restricted, deleted by its author is not_found; full-width parentheses end the URL",
    items={N[0]: "removed", N[1]: "restricted", N[2]: "not_found"},
)

case(
    name="naver-result-by-number",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Thu, 12 Sep 2024 10:12:00 +0900",
    subject="RE: [KCSC-240909-04] 불법정보 삭제 요청",
    reply_to_req="req-240909-04",
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

[요청 게시물]
1. {N[0]}
2. {N[1]}
3. {N[2]}

[처리 결과]
- 1번, 3번 게시물: 게시중단(삭제) 완료
- 2번 게시물: 검토 결과 서비스 운영정책 및 관련 법령 위반 사항이 확인되지 않아 별도의 조치를 하지 않았습니다.

문의사항은 본 메일로 회신 부탁드립니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 reply listing posts and results by number",
    why="statuses by position: posts 1 and 3 removed, post 2 refused for no violation (rejected)",
    items={N[0]: "removed", N[2]: "removed", N[1]: "rejected"},
)

case(
    name="naver-html-table-correction-result",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Thu, 12 Sep 2024 17:45:00 +0900",
    subject="[KCSC-240909-04] 시정요구 조치결과 회신",
    reply_to_req="req-240909-04",
    type="html",
    body=f"""
<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>귀 위원회의 시정요구(KCSC-240909-04)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1">
<tr><th>연번</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[0]}</td><td>삭제</td><td></td></tr>
<tr><td>2</td><td>{N[1]}</td><td>접속차단</td><td>국내 IP 접근 제한</td></tr>
<tr><td>3</td><td>{N[2]}</td><td>게시물 없음</td><td>작성자 자진 삭제</td></tr>
</table>
<p>※ 위 조치는 2024.09.12. 완료되었습니다.</p>
<p>네이버 주식회사 정책지원팀</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table as returned by a portal",
    why="rows: 삭제 removed, 접속차단 (Korea only) restricted, 게시물 없음 not_found; the note agrees with the table",
    items={N[0]: "removed", N[1]: "restricted", N[2]: "not_found"},
)

# ================================================================ Kakao
case(
    name="kakao-korean-path-and-particles",
    **{"from": "safety@kakaocorp.com"}, name_from="카카오 세이프티",
    date="Fri, 13 Sep 2024 11:00:00 +0900",
    subject="Re: [KCSC-240910-05] 불법정보 삭제 요청",
    reply_to_req="req-240910-05",
    body=f"""
안녕하세요, 카카오 세이프티팀입니다.

요청하신 3건의 처리 결과를 알려드립니다.

{K[0]}은 운영자 삭제 처리되었고, 티스토리 게시물({TISTORY_RAW})은 비공개 처리하였습니다.
{K[2]} 게시물은 검토 결과 삭제 사유에 해당하지 않아 게시 상태를 유지합니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao (Daum cafe / Tistory) 신고 처리 결과 안내",
    why="운영자 삭제 removed; 비공개 처리 removed (raw Korean path matches its percent-encoded form); "
        "no ground for deletion, stays up: rejected",
    items={K[0]: "removed", TISTORY: "removed", K[2]: "rejected"},
)

case(
    name="kakao-under-review-then-done",
    **{"from": "safety@kakaocorp.com"}, name_from="카카오 세이프티",
    date="Thu, 12 Sep 2024 18:20:00 +0900",
    subject="Re: [KCSC-240910-05] 불법정보 삭제 요청",
    reply_to_req="req-240910-05",
    body=f"""
안녕하세요, 카카오 세이프티팀입니다.

1) {K[0]}
   해당 게시물은 현재 검토 중입니다.

2) {K[2]}
   해당 게시물은 임시조치(30일) 하였습니다.

[추가 안내] 본 메일 작성 중 1) 게시물에 대한 검토가 완료되어 운영자 삭제 처리되었음을 함께 알려드립니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao safety reply with an added note after the list",
    why="the later note revises item 1 from under review to 운영자 삭제 (removed); item 2 임시조치 is restricted",
    items={K[0]: "removed", K[2]: "restricted"},
)

# ================================================================ review
case(
    name="yt-promise-will-be-removed",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 04 Sep 2024 18:40:00 +0900",
    subject="Re: [KCSC-240903-01] Request to remove content on YouTube",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

{Y[0]} and {Y[1]} will be removed from the platform once our legal team signs
off, which we expect within two business days. {Y[2]} is scheduled to be
restricted in South Korea at the same time.

YouTube Legal Support
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="YouTube legal support interim update announcing planned actions",
    why="promises only ('will be removed', 'is scheduled to be restricted'): nothing has happened yet",
    items={Y[0]: "pending", Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="yt-table-contradicted-by-note",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 10:10:10 +0900",
    subject="Re: [KCSC-240903-01] Outcome for reviewed video",
    reply_to_req="req-240903-01",
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<table border="1">
<tr><th>Requested URL</th><th>Action</th><th>Scope</th></tr>
<tr><td>{Y[3]}</td><td>Removed</td><td>Global</td></tr>
</table>
<p>Note from the reviewer: {Y[3]} remains available on YouTube. It is a commentary video and does not violate our Community Guidelines.</p>
<p>YouTube Legal Support</p>
</body></html>
""",
    outcome="review", classification="confirmation", review="conflicting_statements",
    imitates="YouTube legal outcome table with a reviewer note that disagrees with it",
    why="the table says removed, the note says it stays up for no violation, and neither says it corrects the other",
    items={Y[3]: "pending"},
)

case(
    name="yt-form-moved-notice",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 16 Sep 2024 09:00:00 +0900",
    subject="Change to how we receive government removal requests",
    body="""
Dear partner,

From 30 September 2024 the Korean legal removals team will accept government
requests only through the web form at
https://support.google.com/legal/contact/gov_removal_kr . Requests sent to this
address after that date will not be processed.

Thank you for your cooperation.
YouTube Legal Support
""",
    outcome="review", classification="other", review="no_claims",
    imitates="Google legal team notice about a new intake form",
    why="trusted platform mail naming no item and no request; the form link is no item",
    items={},
)

case(
    name="x-may-already-be-withheld",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 09:12:00 +0000",
    subject="Re: [KCSC-240905-02] Legal request - Republic of Korea",
    reply_to_req="req-240905-02",
    body=f"""
Hello,

Our records indicate that {X[0]}, which was reported to us last month by
another authority, may already be withheld in South Korea. We are checking
this and will update you shortly.

X Legal
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="X legal holding reply",
    why="'may already be withheld' is a hedge and they are still checking",
    items={X[0]: "pending"},
)

case(
    name="x-forged-auth-fail",
    **{"from": "legal@x.com"}, name_from="X Legal", auth="fail",
    date="Fri, 13 Sep 2024 11:00:00 +0000",
    subject="Re: [KCSC-240911-06] Request to remove defamatory posts",
    reply_to_req="req-240911-06",
    body=f"""
Hello,

{X6} and {X7} have been removed from X.

X Legal
""",
    outcome="review", classification="confirmation", review="untrusted",
    imitates="X legal removal confirmation failing DKIM/SPF/DMARC",
    why="x.com sender but authentication fails",
    items={X6: "pending", X7: "pending"},
)

case(
    name="x-asks-for-court-order",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 02:00:00 +0000",
    subject="Re: [KCSC-240905-02] Legal request - additional information needed",
    reply_to_req="req-240905-02",
    body=f"""
Hello,

Before we can act on the account {X[3]}, we need a copy of the decision or
order on which your request is based and the specific statute that the
account's content is said to violate. Please reply to this email with those
documents.

X Legal
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="X legal request for the underlying legal order",
    why="the platform asks for documents before acting",
    items={X[3]: "pending"},
)

case(
    name="tg-all-reported-blocked-bulk",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Sat, 07 Sep 2024 22:10:00 +0000",
    subject="Re: [KCSC-240906-03] Report of illegal content",
    reply_to_req="req-240906-03",
    body="""
Hello,

All channels and posts listed in your report KCSC-240906-03 have been blocked.

Telegram Abuse Team
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="Telegram abuse desk blanket confirmation",
    why="one statement for a four-item request, no item named",
    items={T[0]: "pending", T[1]: "pending", T[2]: "pending", T[3]: "pending"},
)

case(
    name="tg-conditional-block",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Fri, 13 Sep 2024 03:30:00 +0000",
    subject="Re: [KCSC-240912-07] Report of illegal content",
    reply_to_req="req-240912-07",
    body=f"""
Hello,

If {T5} is found to break the Telegram Terms of Service, the channel will be
blocked. Our moderators are looking into it.

Telegram Abuse Team
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="Telegram abuse desk conditional reply",
    why="a condition and a promise; nothing has been done",
    items={T5: "pending"},
)

case(
    name="naver-all-removed-bulk",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Tue, 10 Sep 2024 14:00:00 +0900",
    subject="RE: [KCSC-240909-04] 불법정보 삭제 요청",
    reply_to_req="req-240909-04",
    body="""
안녕하세요, 네이버 고객센터입니다.

요청하신 게시물(3건)에 대해 모두 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="NAVER 게시중단 완료 안내 (blanket)",
    why="all three posts at once, none named",
    items={N[0]: "pending", N[1]: "pending", N[2]: "pending"},
)

case(
    name="kakao-about-naver-post",
    **{"from": "safety@kakaocorp.com"}, name_from="카카오 세이프티",
    date="Fri, 13 Sep 2024 16:00:00 +0900",
    subject="Re: 게시물 삭제 요청 건",
    body=f"""
안녕하세요, 카카오 세이프티팀입니다.

요청하신 {N[1]} 게시물을 삭제 조치하였습니다.

감사합니다.
""",
    outcome="review", classification="confirmation", review="wrong_platform",
    imitates="Kakao safety reply that names another portal's post",
    why="Kakao states a status for a NAVER cafe post",
    items={N[1]: "pending"},
)

case(
    name="kakao-appears-deleted",
    **{"from": "safety@kakaocorp.com"}, name_from="카카오 세이프티",
    date="Wed, 11 Sep 2024 13:30:00 +0900",
    subject="Re: [KCSC-240910-05] 불법정보 삭제 요청",
    reply_to_req="req-240910-05",
    body=f"""
안녕하세요, 카카오 세이프티팀입니다.

{K[2]} 게시물은 삭제된 것으로 보이나, 정확한 처리 주체와 일시는 확인 중입니다.
확인되는 대로 다시 안내드리겠습니다.
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="Kakao safety interim reply",
    why="'삭제된 것으로 보이나 ... 확인 중' is a hedge",
    items={K[2]: "pending"},
)

case(
    name="uploader-lawyer-says-deleted",
    **{"from": "office@parkseo-law.example"}, name_from="Park & Seo Law Office",
    date="Mon, 09 Sep 2024 16:00:00 +0900",
    subject="KCSC-240903-01 - deletion by our client",
    body=f"""
Dear Sir or Madam,

We act for the uploader of {Y[6]}. We inform you that our client deleted the
video on 6 September 2024 in connection with your request KCSC-240903-01.

Yours faithfully,
Park & Seo Law Office
""",
    outcome="review", classification="other", review="unknown_sender",
    imitates="letter from an uploader's lawyer",
    why="not a platform domain; names our request and a URL",
    items={Y[6]: "pending"},
)

# ================================================================ ignored
case(
    name="yt-out-of-office",
    **{"from": "jiwoo.han@google.com"}, name_from="Jiwoo Han",
    date="Tue, 03 Sep 2024 10:31:05 +0900",
    subject="Automatic reply: [KCSC-240903-01] Request to remove content on YouTube",
    reply_to_req="req-240903-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until 16 September with limited access to email.
For urgent legal removal matters please contact legal-kr@google.com.

Jiwoo
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Gmail out-of-office automatic reply",
    why="out-of-office reply",
    items={},
)

_orig = ("From: KCSC Takedown <takedown@kcsc.example>\nTo: yt-legal-kr@google.com\n"
         "Subject: [KCSC-240903-01] Reminder: request to remove content on YouTube\n"
         "Date: Mon, 09 Sep 2024 09:00:00 +0900\nMessage-ID: <reminder.KCSC-240903-01.1@kcsc.example>\n"
         "Content-Type: text/plain; charset=utf-8\n\n"
         "The following items of request KCSC-240903-01 are still online:\n"
         + "".join(f"{u}\n" for u in Y[:4]))
case(
    name="google-dsn-bounce",
    **{"from": "mailer-daemon@googlemail.com"}, name_from="Mail Delivery Subsystem",
    date="Mon, 09 Sep 2024 09:00:07 +0900",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b576-dsn"

--b576-dsn
Content-Type: text/plain; charset=utf-8

Your message wasn't delivered to yt-legal-kr@google.com because the address
couldn't be found, or is unable to receive mail.

--b576-dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.google.com

Final-Recipient: rfc822; yt-legal-kr@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.

--b576-dsn
Content-Type: message/rfc822

{_orig}
--b576-dsn--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail delivery status notification (5.1.1)",
    why="bounce of our reminder; the URLs are in the returned message",
    items={},
)

case(
    name="naver-read-receipt",
    **{"from": "minseo.kang@navercorp.com"}, name_from="강민서",
    date="Mon, 09 Sep 2024 10:02:00 +0900",
    subject="읽음: [KCSC-240909-04] 불법정보 삭제 요청",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="b576-mdn"

--b576-mdn
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 수신자가 2024-09-09 10:02에 읽었습니다.

--b576-mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com
Final-Recipient: rfc822; minseo.kang@navercorp.com
Original-Message-ID: <req-240909-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b576-mdn--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean mail client read receipt (MDN)",
    why="read receipt",
    items={},
)

case(
    name="tg-ticket-receipt-echo",
    **{"from": "noreply@telegram.org"}, name_from="Telegram",
    date="Thu, 12 Sep 2024 02:31:10 +0000",
    subject="Your report has been received [#5127734]",
    reply_to_req="req-240912-07",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Thank you for your report. Ticket #5127734 has been created.

Reported: {T5}

Our moderators review reports in the order received. Please do not reply to
this email.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket-system receipt echoing the reported link",
    why="pure receipt; echoing the reported URL states nothing about it",
    items={},
)

case(
    name="kakao-report-received",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Tue, 10 Sep 2024 12:25:00 +0900",
    subject="[카카오] 신고 접수 안내 (KCSC-240910-05)",
    body="""
안녕하세요, 카카오 고객센터입니다.

신고가 정상적으로 접수되었습니다.
접수번호: 2409-K-0038812

담당 부서에서 검토한 후 결과를 회신드리겠습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 신고 접수 안내",
    why="pure receipt with a ticket number",
    items={},
)

case(
    name="x-unmonitored-mailbox",
    **{"from": "noreply@x.com"}, name_from="X",
    date="Wed, 11 Sep 2024 06:00:30 +0000",
    subject="Re: [KCSC-240911-06] Request to remove defamatory posts",
    reply_to_req="req-240911-06",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
This is an automated message. Replies to this address are not monitored.

Law enforcement and government agencies can submit legal requests through
https://legalrequests.x.com/ .
""",
    outcome="ignored", classification="auto_reply",
    imitates="X unmonitored-mailbox auto-response",
    why="auto-reply pointing to a form",
    items={},
)

case(
    name="naver-out-of-office-korean",
    **{"from": "jihun.lee@navercorp.com"}, name_from="이지훈",
    date="Mon, 09 Sep 2024 09:46:00 +0900",
    subject="[자동회신] RE: [KCSC-240909-04] 불법정보 삭제 요청",
    reply_to_req="req-240909-04",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 이지훈입니다.
9월 13일까지 휴가로 부재중입니다. 급한 용무는 policy@navercorp.com 으로 연락 부탁드립니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto reply (자동회신 부재중)",
    why="out-of-office reply",
    items={},
)

HEADER = """# Blind set 576 (tests/corpus/blind576/make.py): what a program gets wrong.
# Written from each email's meaning before any run of the reader."""


def encode_headers(c):
    """Non-ASCII display names and subjects go out as RFC 2047 encoded words,
    as Korean mail systems send them."""
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v and not v.isascii():
            c[key] = email.header.Header(v, "utf-8").encode()


def main():
    write_requests()
    for c in CASES:
        encode_headers(c)
    corpuslib.write_set(HERE, "blind576", HEADER, CASES)


if __name__ == "__main__":
    main()
