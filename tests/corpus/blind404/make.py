#!/usr/bin/env python3
"""Blind set 404: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail, from the platforms of config.toml. Every email
is fictional and written in our own words; the expected result of each case
was written from the email's meaning alone, before any run of the reader.

    python3 tests/corpus/blind404/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote as pct

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind404"


def enc(s):
    """RFC 2047 encoded-word for non-ASCII header text."""
    return Header(s, "utf-8").encode()


# ---------------------------------------------------------------- requests
Y = [
    "https://www.youtube.com/watch?v=kT4rQ9vLm2A",   # Y[0]
    "https://www.youtube.com/watch?v=Pq8sW1nXe7B",   # Y[1]
    "https://www.youtube.com/watch?v=Zc3uH6yJd0C",   # Y[2]
    "https://www.youtube.com/watch?v=mN5gT2kRb8D",   # Y[3]
    "https://www.youtube.com/watch?v=Hf7vL4pQs1E",   # Y[4]
    "https://www.youtube.com/watch?v=Wx2aC9eUo3F",   # Y[5]
    "https://www.youtube.com/watch?v=Rb6jK0tNy5G",   # Y[6]
    "https://www.youtube.com/watch?v=Dl1mF8zXq4H",   # Y[7]
    "https://www.youtube.com/shorts/Tg9hV3cPw6J",    # Y[8]
    "https://www.youtube.com/shorts/Ek0nB7sLr2K",    # Y[9]
    "https://www.youtube.com/@moonlit_exchange_tv",  # Y[10]
    "https://www.youtube.com/watch?v=Qa4dS5wMi9L",   # Y[11]
]
X = [
    "https://x.com/gray_lantern_88/status/1831204455667788001",
    "https://x.com/gray_lantern_88/status/1831209911223344002",
    "https://x.com/quietfox_kr/status/1831300012345678003",
    "https://x.com/quietfox_kr",
]
X7 = "https://x.com/bluepier_seoul/status/1834001122334455667"
T = [
    "https://t.me/harborline_deals/412",
    "https://t.me/harborline_deals/418",
    "https://t.me/nightmarket_relay",
]
N = [
    "https://blog.naver.com/sunny_ledger77/223571234501",
    "https://blog.naver.com/sunny_ledger77/223571234777",
    "https://cafe.naver.com/greenvalleytrade/88412",
    "https://cafe.naver.com/greenvalleytrade/88415",
    "https://cafe.naver.com/greenvalleytrade/88420",
]
K1_RAW = "https://goldmint.tistory.com/entry/급전-대출-안내"
K = [
    pct(K1_RAW, safe=":/"),  # stored percent-encoded in requests.csv
    "https://cafe.daum.net/morningmarket7/Ab3x/5521",
    "https://open.kakao.com/o/gH7kLm2a",
]
TT = [
    "https://www.tiktok.com/@lucky_orbit_kr/video/7410012233445566771",
    "https://www.tiktok.com/@lucky_orbit_kr/video/7410019988776655442",
    "https://www.tiktok.com/@lucky_orbit_kr",
]

REQUESTS = [
    ("KCSC-240903-01", "youtube", "2024-09-03", "2024-09-10", Y, "gambling", "illegal gambling promotion"),
    ("KCSC-240905-02", "x", "2024-09-05", "2024-09-12", X, "fraud", "investment scam posts"),
    ("KCSC-240909-03", "telegram", "2024-09-09", "2024-09-16", T, "drugs", "drug sale channel"),
    ("KCSC-240910-04", "naver", "2024-09-10", "2024-09-17", N, "fraud", "used-goods fraud"),
    ("KCSC-240912-05", "kakao", "2024-09-12", "2024-09-19", K, "finance", "unregistered lending"),
    ("KCSC-240916-06", "tiktok", "2024-09-16", "2024-09-23", TT, "gambling", "betting site promotion"),
    ("KCSC-240919-07", "x", "2024-09-19", "2024-09-26", [X7], "privacy", "personal data exposure"),
]


def mid(ref):
    return f"request.{ref}.1"


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])


# ------------------------------------------------------------ text helpers
def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def our_request(ref, urls, lang="en"):
    if lang == "ko":
        body = (f"방송통신심의위원회 시정요구 ({ref})\n\n"
                "아래 정보에 대하여 시정요구하오니 조치 후 결과를 회신하여 주시기 바랍니다.\n\n")
        body += "\n".join(f"{i}. {u}" for i, u in enumerate(urls, 1))
        body += "\n\n방송통신심의위원회 통신심의국"
        return body
    body = (f"Dear Sir or Madam,\n\nThe Korea Communications Standards Commission requests the "
            f"removal of the following content (reference {ref}) under Article 44-7 of the "
            f"Network Act.\n\n")
    body += "\n".join(f"{i}. {u}" for i, u in enumerate(urls, 1))
    body += "\n\nPlease reply to this email with the action taken for each URL.\n\nKCSC Takedown Desk"
    return body


def our_reminder(ref, urls):
    body = (f"Reminder: request {ref}\n\nThe following items of our request are still awaiting "
            f"your decision. Please let us know what action was taken on each.\n\n")
    body += "\n".join(f"- {u}" for u in urls)
    body += "\n\nKCSC Takedown Desk"
    return body


def reminder_headers(ref):
    return [
        f"In-Reply-To: <reminder.{ref}.2@kcsc.example>",
        f"References: <{mid(ref)}@kcsc.example> <reminder.{ref}.2@kcsc.example>",
    ]


# ------------------------------------------------------------ MIME helpers
def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def mime_alt(text, html, boundary):
    return (f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
            f"--{boundary}\n"
            "Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n"
            f"{qp(text)}\n"
            f"--{boundary}\n"
            "Content-Type: text/html; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n"
            f"{qp(html)}\n"
            f"--{boundary}--\n")


def mime_text_csv(text, fname, data, boundary):
    return (f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
            f"--{boundary}\n"
            "Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n"
            f"{text.strip()}\n\n"
            f"--{boundary}\n"
            f'Content-Type: text/csv; charset=utf-8; name="{fname}"\n'
            f'Content-Disposition: attachment; filename="{fname}"\n'
            "Content-Transfer-Encoding: base64\n\n"
            f"{b64(data)}\n"
            f"--{boundary}--\n")


def mime_single(text, ctype="plain", cte="base64"):
    body = b64(text) if cte == "base64" else qp(text)
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: {cte}\n\n{body}\n")


# ------------------------------------------------------------------- cases
cases = []


def case(**kw):
    cases.append(kw)


YT_FOOT = ("\n--\nYouTube Legal Support\nGoogle LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043\n"
           "This email was sent from a notification-only system. Reply to this ticket to add a comment.")

# ---- applied: YouTube (KCSC-240903-01, the largest request) ---------------
case(
    name="yt-zendesk-solved-first-five",
    date="Wed, 11 Sep 2024 07:40:12 +0000",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    subject="[Request #48213077] Re: KCSC-240903-01 request for removal (12 URLs) - Solved",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""##- Please type your reply above this line -##

Your request (48213077) has been solved. To reopen it, reply to this email.

Min-seo K. (YouTube Legal Support)
Sep 11, 2024, 16:40 GMT+9

Hello,

Thank you for your notice, reference KCSC-240903-01. We have finished our review of the first five URLs you listed; the outcome for each is set out below.

1. {Y[0]}
   Removed for violating our policy on harmful or dangerous content.

2. {Y[1]}
   Removed for violating our spam, deceptive practices and scams policy.

3. {Y[2]}
   Blocked from view in South Korea on the basis of local law. The video remains available in other countries.

4. {Y[3]}
   We did not find a violation of our Community Guidelines, nor of Korean law as described in your notice, so we have not taken action on this video.

5. {Y[4]}
   We could not find this video: no video with this ID exists on YouTube.

The other seven URLs are still with the team; we will write to you separately about them.

Kind regards,
Min-seo K.
YouTube Legal Support

[ZX7Q2M-0P4R]
{YT_FOOT}""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request solved' notification with a numbered agent comment (Google legal removals)",
    why="solved ticket, five URLs each with its own outcome: two removed, one geo-blocked in Korea, one no violation, one does not exist",
    items={Y[0]: "removed", Y[1]: "removed", Y[2]: "restricted", Y[3]: "rejected", Y[4]: "not_found"},
)

case(
    name="yt-zendesk-history-below",
    date="Fri, 13 Sep 2024 02:15:40 +0000",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    subject="[Request #48213077] Re: KCSC-240903-01 request for removal (12 URLs)",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""##- Please type your reply above this line -##

Your request (48213077) has been updated. To add additional comments, reply to this email.

----------------------------------------------

Min-seo K. (YouTube Legal Support)
Sep 13, 2024, 11:15 GMT+9

Hello again,

Two more results on this request:

- {Y[5]} has been removed from YouTube for violating our spam, deceptive practices and scams policy.
- {Y[6]} is no longer available in South Korea; we restricted it there on the basis of local law.

----------------------------------------------

KCSC Takedown
Sep 3, 2024, 10:02 GMT+9

{our_request("KCSC-240903-01", Y)}

----------------------------------------------
{YT_FOOT}""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request updated' notification: newest agent comment on top, the ticket history (our own request) below it unquoted",
    why="newest comment states Y6 removed and Y7 restricted; the history below is our own request, which states nothing",
    items={Y[5]: "removed", Y[6]: "restricted", Y[0]: "pending", Y[7]: "pending", Y[11]: "pending"},
)

YT_TABLE = [(Y[7], "Removed", "Harassment and cyberbullying"),
            (Y[8], "Age-restricted", "Violent or graphic content"),
            (Y[9], "Removed", "Spam, deceptive practices and scams"),
            (Y[10], "Channel terminated", "Repeated violations of the Community Guidelines"),
            (Y[11], "No action: does not violate our policies", "-")]
_text = ("Legal removals - update on your request\n\nYour reference: KCSC-240903-01\nTicket: 48213077\n\n"
         + "\n".join(f"{u}\n  Decision: {d}\n  Policy: {p}\n" for u, d, p in YT_TABLE)
         + "\nYou can reply to this message if you have questions about these decisions.\n")
_rows = "".join(f'<tr><td><a href="{u}">{u}</a></td><td>{d}</td><td>{p}</td></tr>\n' for u, d, p in YT_TABLE)
_html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Legal removals &ndash; update on your request</p>
<p>Your reference: <b>KCSC-240903-01</b><br>Ticket: 48213077</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Decision</th><th>Policy</th></tr>
{_rows}</table>
<p>You can reply to this message if you have questions about these decisions.</p>
<p style="color:#888">YouTube Legal Support &middot; <a href="https://support.google.com/youtube/answer/2802027">Legal policies</a></p>
</body></html>"""
case(
    name="yt-html-table-decisions",
    date="Mon, 16 Sep 2024 05:30:00 +0000",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    subject="Update on your legal request KCSC-240903-01 [48213077]",
    raw_mime=mime_alt(_text, _html, "=_yt_alt_48213077"),
    outcome="applied", classification="confirmation",
    imitates="helpdesk HTML notification with a decision table (reported URL / decision / policy), plain-text twin",
    why="table rows: Y8 removed, Y9 age-restricted, Y10 removed, channel terminated, Y12 no violation; the help-centre link is not an item",
    items={Y[7]: "removed", Y[8]: "restricted", Y[9]: "removed", Y[10]: "removed", Y[11]: "rejected"},
)

_csv = ("url,decision,notes\n"
        f"{Y[0]},Removed,Harmful or dangerous content\n"
        f"{Y[1]},Removed,Scams\n"
        f"{Y[2]},Geo-restricted (KR),Local law\n"
        f"{Y[3]},No action,Does not violate Community Guidelines\n"
        f"{Y[4]},Not found,Video ID does not exist\n"
        f"{Y[5]},Removed,Scams\n")
case(
    name="yt-jira-resolved-csv",
    date="Tue, 17 Sep 2024 01:05:33 +0000",
    **{"from": "legal-removals-noreply@google.com"}, name_from="Google Legal Removals",
    subject="LRK-5512 Removal request KCSC-240903-01 has been resolved",
    reply_to_req=mid("KCSC-240903-01"),
    raw_mime=mime_text_csv("""—— Reply above this line.

Your request LRK-5512 "Removal request KCSC-240903-01" has been resolved.

Hye-jin Lee resolved this as Done.

We have processed the first six URLs of your request. The decision for each URL is in the attached file (KCSC-240903-01_results.csv). The remaining URLs are tracked in the same request.

View request · Turn off this request's notifications

This is shared with KCSC Takedown.
Powered by Jira Service Management""", "KCSC-240903-01_results.csv", _csv, "=_jsm_5512"),
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'your request has been resolved' notification with a results CSV attached",
    why="the attached CSV gives a decision per URL: removed x3, geo-restricted, no action, not found",
    items={Y[0]: "removed", Y[1]: "removed", Y[2]: "restricted", Y[3]: "rejected", Y[4]: "not_found", Y[5]: "removed"},
)

_rem = [Y[5], Y[6], Y[7], Y[8], Y[9], Y[10], Y[11]]
case(
    name="yt-reply-to-reminder-gmail",
    date="Sat, 14 Sep 2024 06:48:02 +0000",
    **{"from": "j.whitfield@google.com"}, name_from="Jonah Whitfield",
    subject="Re: Reminder: KCSC-240903-01 - 7 items awaiting your decision",
    extra_headers=reminder_headers("KCSC-240903-01"),
    body=f"""Hello,

Thanks for the nudge. The two Shorts below were removed today for violating our spam policy:

{Y[8]}
{Y[9]}

The channel {Y[10]} was terminated at the same time. I will come back to you on the other items early next week.

Best,
Jonah
YouTube Trust & Safety, Legal Removals

On Fri, 13 Sep 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
{q(our_reminder("KCSC-240903-01", _rem))}""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply from a platform employee to our reminder, reminder quoted with '>'",
    why="two Shorts removed and the channel terminated; the other URLs appear only in our quoted reminder",
    items={Y[8]: "removed", Y[9]: "removed", Y[10]: "removed", Y[5]: "pending", Y[6]: "pending", Y[7]: "pending", Y[11]: "pending"},
)

case(
    name="yt-qp-status-below-url",
    date="Wed, 18 Sep 2024 03:12:45 +0000",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    subject="Status report: KCSC-240903-01 (ticket 48213077)",
    reply_to_req=mid("KCSC-240903-01"),
    raw_mime=mime_single(f"""Hello KCSC team,

Here is the current status of three URLs from request KCSC-240903-01 (our ticket 48213077), as recorded in our removals tool this morning:

{Y[1]}
Status: Removed – violates our spam, deceptive practices and scams policy

{Y[4]}
Status: Restricted – not available in South Korea (local legal block)

{Y[7]}
Status: Not found – the video ID is invalid and there is nothing to act on

Kind regards,
Da-eun P. – YouTube Legal Support
""", cte="quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="agent status report in quoted-printable, bare URL with a 'Status:' line below it",
    why="each URL is followed by its status: removed, restricted in Korea, not found",
    items={Y[1]: "removed", Y[4]: "restricted", Y[7]: "not_found"},
)

case(
    name="yt-echoed-complaint-fields",
    date="Thu, 19 Sep 2024 08:20:10 +0000",
    **{"from": "noreply-legal@youtube.com"}, name_from="YouTube",
    subject="Update on your legal complaint 7-4410928371",
    body=f"""YouTube

Update on your legal complaint

Your complaint
  Complaint ID:     7-4410928371
  Your reference:   KCSC-240903-01
  Content URL:      {Y[11]}
  Legal issue:      Local law - Republic of Korea
  Submitted:        3 September 2024

Our decision
  After review, the content has been removed from YouTube globally because it violates our Community Guidelines.

You can see all of your complaints in the legal dashboard: https://www.youtube.com/legal_dashboard

© 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
You received this mandatory service email to update you about a legal complaint you submitted.""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-complaint outcome notice echoing the complaint fields (ID, URL, legal issue) above the decision",
    why="the echoed complaint names one URL and the decision says it was removed globally; the dashboard link is not an item",
    items={Y[11]: "removed"},
)

case(
    name="yt-actioned-under-policies",
    date="Thu, 19 Sep 2024 10:02:55 +0000",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    subject="Re: [Request #48213077] KCSC-240903-01",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""Hi,

Following our earlier reply we looked at two of the videos again.

{Y[2]} has been actioned under our policies.
{Y[3]} has been actioned under our policies.

Thanks,
YouTube Legal Support
Ticket 48213077""",
    outcome="applied", classification="confirmation",
    imitates="short Help Scout-style agent reply using YouTube's 'actioned under our policies' wording (configured removal phrase)",
    why="the configured phrase 'has been actioned under our policies' means removed, said of each URL",
    items={Y[2]: "removed", Y[3]: "removed"},
)

case(
    name="yt-url-below-statement",
    date="Fri, 20 Sep 2024 04:44:18 +0000",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    subject="[Request #48213077] Further results - KCSC-240903-01",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""##- Please type your reply above this line -##

Hello,

The following video is no longer viewable in South Korea; it has been restricted there under local law:
{Y[6]}

The following videos were taken down globally for violating our Community Guidelines:
{Y[7]}
{Y[8]}

Regards,
Seo-yeon
YouTube Legal Support
{YT_FOOT}""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk agent comment with the statement first and the URLs on the lines below it",
    why="one video restricted in Korea, two taken down globally; each URL sits below its statement",
    items={Y[6]: "restricted", Y[7]: "removed", Y[8]: "removed"},
)

# ---- applied: X ---------------------------------------------------------
X_FOOT = "\n\nX Corp. Legal\n1355 Market Street, Suite 900, San Francisco, CA 94103\nref:_00D1xYz.500Qa2bC3:ref"
case(
    name="x-case-update-bullets",
    date="Tue, 10 Sep 2024 18:03:27 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="Case# 0293817114: KCSC-240905-02 [ ref:_00D1xYz.500Qa2bC3:ref ]",
    reply_to_req=mid("KCSC-240905-02"),
    body=f"""Hello,

Thank you for your report. We have reviewed the reported content and have taken the following actions:

• {X[0]} — withheld in South Korea in response to your legal demand
• {X[1]} — removed for violating the X Rules on financial scams
• {X[2]} — no action taken; we did not find that this post violates the X Rules or local law
• {X[3]} — account permanently suspended

You can learn more about country withheld content here: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal{X_FOOT}""",
    outcome="applied", classification="confirmation",
    imitates="X legal case update (Salesforce-style case number and thread ref) with a bulleted action list",
    why="withheld in Korea, removed, no violation, account suspended: one status per bullet; help link is not an item",
    items={X[0]: "restricted", X[1]: "removed", X[2]: "rejected", X[3]: "removed"},
)

case(
    name="x-partial-answer",
    date="Mon, 09 Sep 2024 22:41:09 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="Case# 0293817114: KCSC-240905-02 [ ref:_00D1xYz.500Qa2bC3:ref ]",
    reply_to_req=mid("KCSC-240905-02"),
    body=f"""Hello,

We are writing with an initial response to your request.

{X[0]}
We have withheld this post in South Korea.

{X[1]}
This post no longer exists on X. The account holder deleted it before our review.

We are still looking into the other two items in your report and will update you on this case.

Regards,
X Legal{X_FOOT}""",
    outcome="applied", classification="confirmation",
    imitates="X legal partial answer: two items decided, the rest announced for later",
    why="X1 withheld in Korea, X2 deleted by its author (not found); the other two items are not named and stay pending",
    items={X[0]: "restricted", X[1]: "not_found", X[2]: "pending", X[3]: "pending"},
)

case(
    name="x-single-item-no-url",
    date="Sat, 21 Sep 2024 03:30:51 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="Re: KCSC-240919-07 request for removal [ ref:_00D1xYz.500Qb7dE1:ref ]",
    reply_to_req=mid("KCSC-240919-07"),
    body=f"""Hello,

Thank you for your report, Case# 0294401876.

We have reviewed the post you reported and removed it for violating our private information and media policy.

Regards,
X Legal{X_FOOT}""",
    outcome="applied", classification="confirmation",
    imitates="X legal one-line outcome for a single reported post, no URL repeated",
    why="a one-item request; 'the post you reported' was removed, so the statement applies to that item",
    items={X7: "removed"},
)

case(
    name="x-base64-body",
    date="Wed, 11 Sep 2024 16:55:00 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="Case# 0293817114: KCSC-240905-02 - additional update",
    reply_to_req=mid("KCSC-240905-02"),
    raw_mime=mime_single(f"""Hello,

Further to our previous email, please find an update on your report.

The account @quietfox_kr ({X[3]}) has been permanently suspended for violating the X Rules.

The post {X[2]} has been withheld in South Korea.

Regards,
X Legal
"""),
    outcome="applied", classification="confirmation",
    imitates="X legal follow-up with a base64-encoded text/plain body",
    why="account suspended (removed) and post withheld in Korea (restricted), each with its URL",
    items={X[3]: "removed", X[2]: "restricted"},
)

case(
    name="x-reminder-reply-wrapped-url",
    date="Tue, 17 Sep 2024 15:12:40 +0000",
    **{"from": "m.oconnell@x.com"}, name_from="Maeve O'Connell",
    subject="RE: Reminder: KCSC-240905-02 - 4 items awaiting your decision",
    extra_headers=reminder_headers("KCSC-240905-02"),
    body=f"""Hi,

Sorry for the slow reply. The post <https://x.com/gray_lantern_88/
status/1831209911223344002> was removed on 16 September for violating
our rules on financial scams. I'm chasing the team for the rest.

Maeve
Legal Operations, X

On Tue, Sep 17, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{q(our_reminder("KCSC-240905-02", X))}""",
    outcome="applied", classification="confirmation",
    imitates="Outlook/Gmail plain-text reply from a platform employee with a URL wrapped inside angle brackets, reminder quoted below",
    why="the wrapped URL in angle brackets is X2, removed; the other URLs only appear in our quoted reminder",
    items={X[1]: "removed", X[0]: "pending", X[2]: "pending", X[3]: "pending"},
)

# ---- applied: Telegram ----------------------------------------------------
case(
    name="tg-helpscout-results",
    date="Thu, 12 Sep 2024 11:22:33 +0000",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject="Re: KCSC-240909-03 [Case #4471902]",
    reply_to_req=mid("KCSC-240909-03"),
    body=f"""Hi,

Thanks for reporting. Here is what we did:

{T[0]} - blocked, the post was deleted
{T[1]} - blocked, the post was deleted
{T[2]} - the channel is now unavailable for users in South Korea

Telegram Abuse Team

--
Case #4471902 | Conversation started Sep 9
Please keep the case number in the subject when replying.""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout-style abuse-desk reply with a case footer",
    why="two posts blocked and deleted (removed), the channel unavailable in Korea (restricted)",
    items={T[0]: "removed", T[1]: "removed", T[2]: "restricted"},
)

case(
    name="tg-angle-brackets-mixed",
    date="Fri, 13 Sep 2024 09:10:00 +0000",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA",
    subject="Re: KCSC-240909-03 [Case #4471902]",
    reply_to_req=mid("KCSC-240909-03"),
    body="""Hello,

We have taken down <https://t.me/harborline_deals/412>.

As for <https://t.me/nightmarket_relay>, our moderators reviewed the channel and did not find anything that breaks Telegram's Terms of Service, so it remains accessible.

Best regards,
Telegram""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with URLs in angle brackets",
    why="T1 taken down (removed); the channel breaks no rule and stays (rejected)",
    items={T[0]: "removed", T[2]: "rejected"},
)

case(
    name="tg-jira-comment",
    date="Sat, 14 Sep 2024 13:47:21 +0000",
    **{"from": "dsa@telegram.org"}, name_from="Elena V. (Jira)",
    subject="[JIRA] (DSA-3381) KCSC-240909-03: removal request from KCSC",
    body=f"""Elena V. commented on DSA-3381
Re: KCSC-240909-03: removal request from KCSC

The post {T[1]} has been deleted by our moderation team.

Reply above this line or view it in Jira.

DSA-3381 · Case #4471902

This message was sent by Atlassian Jira (v9.12.4#9120004-sha1:3b1c2d0)""",
    outcome="applied", classification="confirmation",
    imitates="Atlassian Jira 'commented on' notification sent to an external participant",
    why="a single comment: T2 deleted by moderation",
    items={T[1]: "removed"},
)

# ---- applied: NAVER -------------------------------------------------------
case(
    name="naver-korean-text-table",
    date="Fri, 13 Sep 2024 01:30:00 +0000",
    **{"from": "help@navercorp.com"}, name_from=enc("네이버 고객센터"),
    subject=enc("[NAVER] 시정요구(KCSC-240910-04) 처리 결과 안내"),
    reply_to_req=mid("KCSC-240910-04"),
    body=f"""안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 시정요구(KCSC-240910-04)에 대한 조치 결과를 아래와 같이 알려드립니다.

번호 | URL | 조치 결과
1 | {N[0]} | 게시중단
2 | {N[1]} | 임시조치(30일)
3 | {N[2]} | 삭제
4 | {N[3]} | 해당 게시물 없음(작성자 삭제)
5 | {N[4]} | 조치 불가(운영정책 위반 사항 없음)

추가 문의 사항은 본 메일에 회신해 주시기 바랍니다.
감사합니다.

네이버 고객센터 (문의번호 2409-5531902)""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 시정요구 처리 결과 안내 with a pipe table (게시중단/임시조치/삭제/게시물 없음/조치 불가)",
    why="one row per URL: 게시중단 removed, 임시조치 restricted, 삭제 removed, 작성자 삭제 not_found, 위반 없음 rejected",
    items={N[0]: "removed", N[1]: "restricted", N[2]: "removed", N[3]: "not_found", N[4]: "rejected"},
)

case(
    name="naver-korean-particles",
    date="Sat, 14 Sep 2024 02:05:11 +0000",
    **{"from": "help@navercorp.com"}, name_from=enc("네이버 카페 고객센터"),
    subject=enc("RE: [KCSC] 시정요구 KCSC-240910-04 카페 게시물 조치 결과"),
    reply_to_req=mid("KCSC-240910-04"),
    body=f"""안녕하세요. 네이버 카페 고객센터입니다.

요청하신 카페 게시물 중 {N[2]}는 카페 운영원칙 위반으로 운영자 삭제되었고, {N[3]}의 경우 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

확인 부탁드립니다.
감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Cafe 고객센터 prose reply with Korean particles glued to the URLs",
    why="88412 운영자 삭제 (removed); 88415 already deleted by its author (not_found)",
    items={N[2]: "removed", N[3]: "not_found"},
)

case(
    name="naver-fullwidth-punct",
    date="Mon, 16 Sep 2024 00:40:00 +0000",
    **{"from": "blog_help@naver.com"}, name_from=enc("네이버 블로그팀"),
    subject=enc("[네이버 블로그] 요청하신 게시물 처리 안내 (KCSC-240910-04)"),
    reply_to_req=mid("KCSC-240910-04"),
    body=f"""안녕하세요， 네이버 블로그팀입니다。

요청하신 블로그 게시물에 대한 처리 결과입니다。

① {N[0]}：블라인드 처리 완료
② {N[1]}（비공개 처리 완료）

더 궁금하신 점은 고객센터로 문의해 주세요。
감사합니다。""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Blog team notice with circled numbers and full-width punctuation after the URLs",
    why="블라인드 처리 and 비공개 처리 both mean removed; full-width '：' and '（' end the URLs",
    items={N[0]: "removed", N[1]: "removed"},
)

_prev_naver = f"""안녕하세요, 네이버 카페 고객센터입니다.
{N[2]} 게시물은 삭제되었습니다.
{N[4]} 게시물은 현재 검토 중이며, 결과가 나오는 대로 다시 안내드리겠습니다."""
case(
    name="naver-followup-after-review",
    date="Thu, 19 Sep 2024 05:15:00 +0000",
    **{"from": "help@navercorp.com"}, name_from=enc("네이버 카페 고객센터"),
    subject=enc("RE: RE: [KCSC] 시정요구 KCSC-240910-04 카페 게시물 조치 결과"),
    reply_to_req=mid("KCSC-240910-04"),
    body=f"""안녕하세요, 네이버 카페 고객센터입니다.

지난 회신에서 검토 중으로 안내드렸던 {N[4]} 게시물은 재검토 결과 게시중단 조치하였습니다.

감사합니다.

2024년 9월 14일 (토) 오전 11:05, 네이버 카페 고객센터 <help@navercorp.com>님이 작성:
{q(_prev_naver)}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER follow-up in the same thread after an earlier 'under review' answer, earlier answer quoted in Korean Gmail style",
    why="88420 now 게시중단 (removed); the earlier answer about 88412 is quoted and changes nothing",
    items={N[4]: "removed", N[2]: "pending"},
)

# ---- applied: Kakao -------------------------------------------------------
case(
    name="kakao-tistory-raw-korean-url",
    date="Mon, 16 Sep 2024 06:00:00 +0000",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from=enc("카카오 고객센터"),
    subject=enc("[카카오 고객센터] 문의하신 내용에 대한 답변입니다 (KCSC-240912-05)"),
    reply_to_req=mid("KCSC-240912-05"),
    body=f"""안녕하세요, 카카오 고객센터입니다.

방송통신심의위원회의 시정요구(KCSC-240912-05)에 대한 답변 드립니다.

- 티스토리 게시물 {K1_RAW} 은(는) 게시중단 조치되었습니다.
- 오픈채팅방 {K[2]} 은(는) 국내 이용자의 접근을 제한하는 조치를 하였습니다.

다음 카페 게시물에 대해서는 별도로 안내드리겠습니다.

본 메일은 발신전용입니다. 추가 문의는 고객센터(https://cs.kakao.com)를 이용해 주세요.""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 answer to a 시정요구 (Tistory post and open chat room), Korean URL path written raw",
    why="the raw Korean Tistory path is the percent-encoded request URL: 게시중단 (removed); open chat 접근 제한 in Korea (restricted)",
    items={K[0]: "removed", K[2]: "restricted"},
)

_kakao_html = f"""<html><body>
<div style="font-family:'Malgun Gothic',sans-serif">
<p>안녕하세요. Daum 카페 운영팀입니다.</p>
<p>시정요구 <b>KCSC-240912-05</b> 관련 처리 결과를 안내드립니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>대상</th><th>처리 결과</th></tr>
<tr><td>{K[1]}</td><td>게시물 임시조치 (30일간 접근 제한)</td></tr>
<tr><td>{K[2]}</td><td>운영정책 위반 사항이 확인되지 않아 별도 조치하지 않았습니다</td></tr>
</table>
<p>감사합니다.<br>Daum 카페 운영팀</p>
<p style="font-size:11px;color:#999"><a href="https://cs.daum.net/faq/site/cafe.html">카페 고객센터</a> | 발신전용 메일입니다.</p>
</div></body></html>"""
case(
    name="kakao-daum-html-base64",
    date="Tue, 17 Sep 2024 07:25:00 +0000",
    **{"from": "cafe_notice@daum.net"}, name_from=enc("Daum 카페"),
    subject=enc("[Daum 카페] 시정요구 처리 결과 안내 (KCSC-240912-05)"),
    raw_mime=mime_single(_kakao_html, ctype="html"),
    outcome="applied", classification="confirmation",
    imitates="Daum Cafe operations HTML-only notice (base64) with a result table",
    why="Daum cafe post 임시조치 with 30-day access restriction (restricted); open chat found not violating (rejected)",
    items={K[1]: "restricted", K[2]: "rejected"},
)

# ---- applied: TikTok ------------------------------------------------------
TT_FOOT = "\n\nTikTok Trust & Safety\nThis email was generated from ticket #88120. Reply to this email to add to the ticket."
case(
    name="tiktok-freshdesk-resolved",
    date="Thu, 19 Sep 2024 09:40:00 +0000",
    **{"from": "support@tiktok.com"}, name_from="TikTok Trust & Safety",
    subject="Ticket Resolved - [#88120] KCSC-240916-06 removal request",
    reply_to_req=mid("KCSC-240916-06"),
    body=f"""Dear KCSC Takedown,

Your ticket #88120 has been resolved. Here is a summary of the actions we took on the content you reported:

Video: {TT[0]}
Action: Removed (violates our Community Guidelines on gambling)

Video: {TT[1]}
Action: Age restriction applied; the video can no longer be viewed by users under 18

Account: {TT[2]}
Action: None. After review, this account does not violate our Community Guidelines and will stay active.

If you feel this ticket has not been resolved, simply reply to this email and it will be reopened.{TT_FOOT}""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket resolved' notification with per-item Video/Action pairs",
    why="video removed, video age-restricted, account stays (no violation): removed, restricted, rejected",
    items={TT[0]: "removed", TT[1]: "restricted", TT[2]: "rejected"},
)

case(
    name="tiktok-outlook-toppost-partial",
    date="Wed, 18 Sep 2024 02:02:02 +0000",
    **{"from": "h.tanaka@tiktok.com"}, name_from="Hiroshi Tanaka",
    subject="RE: [KCSC] Request for removal - KCSC-240916-06",
    reply_to_req=mid("KCSC-240916-06"),
    body=f"""Hello,

We have removed the video {TT[0]}. The other two items are still being reviewed by the regional team.

Best regards,
Hiroshi Tanaka
Trust & Safety Operations, TikTok

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 16, 2024 10:00 AM
To: legal@tiktok.com
Subject: [KCSC] Request for removal - KCSC-240916-06

{our_request("KCSC-240916-06", TT)}""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply above '-----Original Message-----' with our full request below",
    why="TT1 removed; 'the other two' are only under review and named only in our own request below",
    items={TT[0]: "removed", TT[1]: "pending", TT[2]: "pending"},
)

# ---- review ---------------------------------------------------------------
case(
    name="yt-promise-will-remove",
    date="Tue, 10 Sep 2024 08:08:08 +0000",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    subject="[Request #48213077] Re: KCSC-240903-01 request for removal (12 URLs) - Pending",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""##- Please type your reply above this line -##

Your request (48213077) has been updated.

Min-seo K. (YouTube Legal Support)

Hello,

Our team has confirmed that the videos below breach our policies. They will be removed within the next 24 hours, and we will confirm once this is done.

{Y[0]}
{Y[1]}

Kind regards,
Min-seo K.
{YT_FOOT}""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="Zendesk agent comment promising removal 'within the next 24 hours'",
    why="a promise ('will be removed'), not a statement that the videos are gone",
    items={Y[0]: "pending", Y[1]: "pending"},
)

case(
    name="x-hedge-appears",
    date="Sun, 08 Sep 2024 20:15:00 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="Case# 0293817114: KCSC-240905-02 [ ref:_00D1xYz.500Qa2bC3:ref ]",
    reply_to_req=mid("KCSC-240905-02"),
    body=f"""Hello,

Thanks for your patience. A quick preliminary note on two of the items:

{X[0]} appears to have been deleted already, although we have not yet been able to confirm this in our systems.

{X[1]} may be withheld in some countries depending on local law; our legal team is checking whether this applies in South Korea.

We will send a full answer once our review is complete.

Regards,
X Legal{X_FOOT}""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="X legal preliminary answer full of hedges ('appears to', 'may be')",
    why="hedged, unconfirmed statements: nothing to apply, but the email names requested items",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="tg-under-review-reminder-reply",
    date="Wed, 18 Sep 2024 10:31:00 +0000",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject="Re: Reminder: KCSC-240909-03 [Case #4471902]",
    extra_headers=reminder_headers("KCSC-240909-03"),
    body=f"""Hi,

Case #4471902: the post {T[1]} is still under review by our moderators. We will get back to you as soon as a decision has been made.

Telegram Abuse Team

On 18.09.2024 09:00, KCSC Takedown wrote:
{q(our_reminder("KCSC-240909-03", [T[1]]))}""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="abuse-desk reply to our reminder saying the item is still under review",
    why="'still under review' is no status; the email names a requested item, so a person looks at it",
    items={T[1]: "pending"},
)

case(
    name="tg-bulk-all-three-blocked",
    date="Wed, 11 Sep 2024 14:00:00 +0000",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject="Re: KCSC-240909-03 [Case #4471902]",
    reply_to_req=mid("KCSC-240909-03"),
    body="""Hello,

All three items you listed under KCSC-240909-03 have been blocked.

Thank you for helping keep Telegram safe.

Telegram Abuse Team
Case #4471902""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="one-line Telegram abuse-desk closure covering the whole report",
    why="a statement about all three items without naming each, for a request of three items: bulk",
    items={T[0]: "pending", T[1]: "pending", T[2]: "pending"},
)

case(
    name="yt-solved-bulk-no-urls",
    date="Sun, 22 Sep 2024 04:00:00 +0000",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    subject="[Request #48299310] KCSC-240903-01 - Solved",
    body=f"""##- Please type your reply above this line -##

Your request (48299310) has been solved. To reopen it, reply to this email.

Hello,

We have completed our review of request KCSC-240903-01. All of the content listed in your request has now been removed from YouTube.

Kind regards,
YouTube Legal Support
{YT_FOOT}""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="Zendesk 'solved' notification with a blanket closing sentence",
    why="'all of the content listed' covers twelve items without naming any: bulk, nothing applied",
    items={u: "pending" for u in Y},
)

case(
    name="x-auth-fail-untrusted",
    date="Wed, 11 Sep 2024 02:22:00 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal", auth="fail",
    subject="Case# 0293817114: KCSC-240905-02 - resolved",
    reply_to_req=mid("KCSC-240905-02"),
    body=f"""Hello,

Your case has been resolved:

{X[0]} - removed
{X[1]} - removed

Regards,
X Legal{X_FOOT}""",
    outcome="review", classification="confirmation", review="untrusted",
    imitates="X legal case resolution whose DKIM/SPF/DMARC checks fail",
    why="looks like X but fails authentication; statements kept for a person, nothing applied",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="tiktok-vendor-unknown-sender",
    date="Fri, 20 Sep 2024 11:11:00 +0000",
    **{"from": "case-updates@clearpath-moderation.example"}, name_from="ClearPath Moderation Services",
    subject="KCSC-240916-06 - outcome (on behalf of TikTok)",
    body=f"""Dear KCSC Takedown,

ClearPath Moderation Services processes legal removal requests on behalf of TikTok in the APAC region.

Outcome for request KCSC-240916-06:
{TT[0]} - removed
{TT[1]} - removed

This mailbox is monitored. Reference CP-TT-2024-118830.""",
    outcome="review", classification="confirmation", review="unknown_sender",
    imitates="outsourced moderation vendor reporting outcomes on a platform's behalf from its own domain",
    why="the sender is not a TikTok domain; statements about TikTok items go to a person",
    items={TT[0]: "pending", TT[1]: "pending"},
)

case(
    name="naver-search-delists-tistory",
    date="Tue, 17 Sep 2024 03:03:03 +0000",
    **{"from": "search_help@navercorp.com"}, name_from=enc("네이버 검색 고객센터"),
    subject=enc("RE: [KCSC] 시정요구 KCSC-240912-05 (티스토리) 참조 회신"),
    reply_to_req=mid("KCSC-240912-05"),
    body=f"""안녕하세요, 네이버 검색 고객센터입니다.

참조로 보내주신 시정요구 건 관련하여 회신드립니다.
{K1_RAW} 게시물은 네이버 검색 결과에서 노출되지 않도록 제한 조치하였습니다.

해당 게시물 자체의 조치는 서비스 운영사(카카오)에 문의해 주시기 바랍니다.

감사합니다.""",
    outcome="review", classification="confirmation", review="wrong_platform",
    imitates="NAVER search support reply to a request it was copied on, about a Kakao (Tistory) post",
    why="NAVER states a status (search delisting) for a Kakao item; only Kakao's word counts for it",
    items={K[0]: "pending"},
)

case(
    name="yt-asks-more-info",
    date="Thu, 05 Sep 2024 06:30:00 +0000",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    subject="[Request #48213077] Re: KCSC-240903-01 - additional information needed",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""##- Please type your reply above this line -##

Your request (48213077) is awaiting your reply.

Hello,

To continue processing your request for the two videos below, we need more information:

{Y[4]}
{Y[5]}

- the legal provision each video is alleged to violate, and
- the timestamps at which the unlawful content appears.

Please reply to this email with these details. If we do not hear back within 7 days, this request will be closed automatically.

Kind regards,
YouTube Legal Support
{YT_FOOT}""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="Zendesk 'awaiting your reply' (pending) notification asking for legal basis and timestamps",
    why="the platform asks us for more information about two items; nothing decided",
    items={Y[4]: "pending", Y[5]: "pending"},
)

case(
    name="tiktok-csat-survey",
    date="Sat, 21 Sep 2024 09:40:00 +0000",
    **{"from": "support@tiktok.com"}, name_from="TikTok Support",
    subject="How would you rate the support you received? [#88120]",
    body="""Hello,

We'd love to hear what you think of our customer service. Please take a moment to answer one simple question by clicking either link below:

How would you rate the support you received?

Good, I'm satisfied: https://tiktok-legal.freshdesk.example/survey/88120/good
Bad, I'm unsatisfied: https://tiktok-legal.freshdesk.example/survey/88120/bad

Here's a reminder of what this ticket was about: Removal request.

TikTok Support""",
    outcome="review", review="no_claims",
    imitates="Freshdesk/Zendesk satisfaction survey sent after a ticket is resolved",
    why="trusted TikTok mail with no item, no status and no KCSC reference: not an acknowledgement, so a person files it",
    items={},
)

case(
    name="x-conflicting-duplicate-line",
    date="Thu, 12 Sep 2024 19:20:00 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="Case# 0293817114: KCSC-240905-02 [ ref:_00D1xYz.500Qa2bC3:ref ]",
    reply_to_req=mid("KCSC-240905-02"),
    body=f"""Hello,

Update on your report:

1) {X[2]}
   Outcome: withheld in South Korea
2) {X[2]}
   Outcome: no violation found, no action taken

Regards,
X Legal{X_FOOT}""",
    outcome="review", classification="confirmation", review="conflicting_statements",
    imitates="X legal update with a copy-paste slip: the same URL listed twice with opposite outcomes",
    why="X3 is said to be both withheld and left up; a person must ask which is right",
    items={X[2]: "pending"},
)

_fwd = f"""---------- Forwarded message ---------
보낸사람: 게시물 검토팀 <review-team@navercorp.com>
Date: 2024년 9월 12일 (목) 오후 3:10
Subject: [내부] KCSC-240910-04 처리 결과
To: 고객센터 <help@navercorp.com>

고객센터 담당자님,
{N[0]} 게시중단 완료
{N[2]} 게시중단 완료
회신 부탁드립니다."""
case(
    name="naver-forwarded-internal",
    date="Thu, 12 Sep 2024 07:00:00 +0000",
    **{"from": "help@navercorp.com"}, name_from=enc("네이버 고객센터"),
    subject=enc("Fwd: [내부] KCSC-240910-04 처리 결과"),
    body=f"""안녕하세요, 네이버 고객센터입니다.
담당 부서의 회신을 아래와 같이 전달드립니다.

{_fwd}""",
    outcome="review", classification="forwarded", review="forwarded",
    imitates="NAVER 고객센터 forwarding an internal review team's note instead of answering itself",
    why="the statuses are only in a forwarded internal message; a person confirms before applying",
    items={N[0]: "pending", N[2]: "pending"},
)

# ---- ignored --------------------------------------------------------------
case(
    name="yt-zendesk-receipt",
    date="Tue, 03 Sep 2024 01:03:00 +0000",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    subject="[Request #48213077] Re: KCSC-240903-01 request for removal (12 URLs) - Received",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""##- Please type your reply above this line -##

Thank you for contacting YouTube Legal Support.

Your request (48213077) has been received and is being reviewed by our support staff. To add additional comments, reply to this email.

You can expect a first answer within five business days.
{YT_FOOT}""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'request received' auto-acknowledgement",
    why="pure receipt: ticket created, no item, no status",
    items={},
)

case(
    name="tiktok-freshdesk-receipt-echo",
    date="Mon, 16 Sep 2024 01:01:30 +0000",
    **{"from": "support@tiktok.com"}, name_from="TikTok Support",
    subject="Ticket Received - [#88120] KCSC-240916-06 removal request",
    reply_to_req=mid("KCSC-240916-06"),
    body=f"""Dear KCSC Takedown,

We would like to acknowledge that we have received your request and a ticket has been created. A support representative will review your request and send you a personal response, usually within 72 hours.

To view the status of the ticket or add comments, please reply to this email.

Here is a copy of your request:

{our_request("KCSC-240916-06", TT)}

Thank you for your patience.

Sincerely,
TikTok Support Team""",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk new-ticket acknowledgement echoing the requester's original message",
    why="receipt only; the URLs are in our own echoed request and carry no status",
    items={TT[0]: "pending", TT[1]: "pending", TT[2]: "pending"},
)

case(
    name="x-out-of-office",
    date="Tue, 17 Sep 2024 00:01:00 +0000",
    **{"from": "j.moreau@x.com"}, name_from="Julien Moreau",
    subject="Automatic reply: Reminder: KCSC-240905-02 - 4 items awaiting your decision",
    extra_headers=reminder_headers("KCSC-240905-02") + ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until Monday 23 September with limited access to email.

For urgent legal requests please write to legal@x.com, where the team will pick up your message.

Julien""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office from a platform employee copied on our reminder",
    why="out-of-office auto-reply",
    items={},
)

_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: kcsc-liaison@navercorp.com
Subject: Reminder: KCSC-240910-04 - 5 items awaiting your decision
Date: Tue, 17 Sep 2024 09:00:00 +0900
Message-ID: <reminder.KCSC-240910-04.2@kcsc.example>
Content-Type: text/plain; charset=utf-8

{our_reminder("KCSC-240910-04", N)}
"""
case(
    name="naver-dsn-bounce",
    date="Tue, 17 Sep 2024 00:00:05 +0000",
    **{"from": "MAILER-DAEMON@mail.navercorp.com"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn_7F3A"

--=_dsn_7F3A
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.navercorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<kcsc-liaison@navercorp.com>: host mx.navercorp.com[198.51.100.25] said:
    550 5.1.1 <kcsc-liaison@navercorp.com>: Recipient address rejected:
    User unknown in virtual mailbox table

--=_dsn_7F3A
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.navercorp.com
Arrival-Date: Tue, 17 Sep 2024 09:00:02 +0900

Final-Recipient: rfc822; kcsc-liaison@navercorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--=_dsn_7F3A
Content-Type: message/rfc822

{_orig}
--=_dsn_7F3A--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report) returning our reminder with the full original attached",
    why="delivery failure report; the URLs are our own returned reminder",
    items={},
)

case(
    name="tg-mdn-read-receipt",
    date="Mon, 09 Sep 2024 05:45:00 +0000",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA",
    subject="Read: [KCSC] Request for removal - KCSC-240909-03",
    reply_to_req=mid("KCSC-240909-03"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn_4471"

--=_mdn_4471
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to dsa@telegram.org at 9/9/2024 2:30 PM.

This receipt verifies that the message has been displayed on the recipient's computer.

--=_mdn_4471
Content-Type: message/disposition-notification

Reporting-UA: dsa.telegram.org; Thunderbird 115.14.0
Final-Recipient: rfc822;dsa@telegram.org
Original-Message-ID: <{mid("KCSC-240909-03")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn_4471--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird read receipt (message/disposition-notification) for our request",
    why="MDN: the request was displayed, nothing more",
    items={},
)

case(
    name="kakao-receipt-korean",
    date="Thu, 12 Sep 2024 02:10:00 +0000",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from=enc("카카오 고객센터"),
    subject=enc("[카카오 고객센터] 문의가 정상적으로 접수되었습니다"),
    reply_to_req=mid("KCSC-240912-05"),
    body="""안녕하세요, 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
  - 접수번호: 2409-118274
  - 문의 제목: [KCSC] 시정요구 KCSC-240912-05
  - 접수일시: 2024.09.12 11:10

담당자가 확인 후 순차적으로 답변드리겠습니다. 답변은 영업일 기준 3일 이내에 메일로 안내됩니다.

본 메일은 발신전용입니다.""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 문의 접수 완료 receipt with 접수번호",
    why="pure Korean receipt: ticket number and expected answer time, no item",
    items={},
)


HEADER = """# Blind set 404 (ticket systems and threads): expected results, one
# [[case]] per email, each ingested alone into a fresh ledger holding this
# set's requests.csv. Written by tests/corpus/blind404/make.py from each
# email's meaning, before the reader was run on them.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
