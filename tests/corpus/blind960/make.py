#!/usr/bin/env python3
"""Blind set 960 (focus: what a program gets wrong): mixed statuses in one
sentence, hedges in relative clauses, negations, refusals with reasons,
later sentences that revise earlier ones, a table and a note that disagree,
statuses given by position.

    python3 tests/corpus/blind960/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the meaning of the email alone, before the
reader was run on any of it. All names, accounts, ids and URLs are invented.
"""
import base64
import csv
import io
import os
import quopri
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind960"

# ---------------------------------------------------------------- requests
X_REF, YT_REF, NV_REF, TG_REF, KK_REF, TT_REF, NV1_REF = (
    "KCSC-240902-01", "KCSC-240903-02", "KCSC-240904-03", "KCSC-240905-04",
    "KCSC-240906-05", "KCSC-240909-06", "KCSC-240910-07")

X1 = "https://x.com/nightowl_trades/status/1830112233445566701"
X2 = "https://x.com/nightowl_trades/status/1830112233445566702"
X3 = "https://x.com/grey_lantern/status/1830200000000000013"
X4 = "https://x.com/grey_lantern/status/1830200000000000027"
X5 = "https://x.com/pinecone_relay/status/1830311111111111140"
X6 = "https://x.com/pinecone_relay/status/1830311111111111151"
X7 = "https://x.com/murky_tide88/status/1830422222222222203"
X8 = "https://x.com/murky_tide88/status/1830422222222222219"
X9 = "https://x.com/saltmarsh_kr/status/1830533333333333301"
X10 = "https://x.com/saltmarsh_kr/status/1830533333333333322"
X11 = "https://x.com/bluefern_desk/status/1830644444444444410"
X12 = "https://x.com/bluefern_desk/status/1830644444444444438"
XS = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12]

Y1 = "https://www.youtube.com/watch?v=Qm7rTz2LkP0"
Y2 = "https://www.youtube.com/watch?v=aB3dE5fG7hJ"
Y3 = "https://www.youtube.com/watch?v=Zx9Wc8Vb1Nq"
Y4 = "https://www.youtube.com/shorts/Lp4Ks8Jd2Hf"
YS = [Y1, Y2, Y3, Y4]

N1 = "https://blog.naver.com/hanbit_story/223511002233"
N2_RAW = "https://cafe.naver.com/이야기방/5521"
N2 = "https://cafe.naver.com/" + urllib.parse.quote("이야기방") + "/5521"
N3 = "https://blog.naver.com/quietriver77/223498877665"
NS = [N1, N2, N3]
N4 = "https://blog.naver.com/moonlit_path/223500011122"

T1 = "https://t.me/harbor_signals/412"
T2 = "https://t.me/harbor_signals/415"
T3 = "https://t.me/coldbrew_market/88"
T4 = "https://t.me/coldbrew_market/91"
T5 = "https://t.me/violet_depot/2045"
TS = [T1, T2, T3, T4, T5]

K1 = "https://cafe.daum.net/sunset_lounge/Jx4a/1187"
K2 = "https://yellowsparrow.tistory.com/88"
KS = [K1, K2]

TT1 = "https://www.tiktok.com/@dawnrunner.kr/video/7411223344556677889"

REQUESTS = [
    (X_REF, "x", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", XS,
     "illegal_gambling", "12 posts advertising an unlicensed betting site"),
    (YT_REF, "youtube", "2024-09-03T10:30:00+09:00", "2024-09-10T18:00:00+09:00", YS,
     "defamation", "four videos"),
    (NV_REF, "naver", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00", NS,
     "privacy", "two blog posts and one cafe post"),
    (TG_REF, "telegram", "2024-09-05T09:00:00+09:00", "2024-09-12T18:00:00+09:00", TS,
     "drugs", "five channel posts"),
    (KK_REF, "kakao", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00", KS,
     "defamation", "Daum cafe post and Tistory post"),
    (TT_REF, "tiktok", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", [TT1],
     "self_harm", "one video"),
    (NV1_REF, "naver", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", [N4],
     "privacy", "one blog post"),
]
REQ_URLS = {r[0]: r[4] for r in REQUESTS}


def mid(ref):
    return ref.lower() + ".req"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
REQ_DATES = {
    X_REF: "Mon, 2 Sep 2024 at 10:00",
    YT_REF: "Tue, 3 Sep 2024 at 10:30",
    NV_REF: "2024년 9월 4일 (수) 오전 11:00",
    TG_REF: "Thu, 5 Sep 2024 at 09:00",
    KK_REF: "2024년 9월 6일 (금) 오후 2:00",
    TT_REF: "Mon, 9 Sep 2024 at 10:00",
    NV1_REF: "2024년 9월 10일 (화) 오전 10:00",
}


def request_text(ref):
    urls = REQ_URLS[ref]
    lines = [
        "Dear Sir or Madam,",
        "",
        "The Korea Communications Standards Commission requests the removal of",
        "the following content, which violates Korean law "
        "(reference %s)." % ref,
        "",
    ]
    lines += ["%d. %s" % (i + 1, u) for i, u in enumerate(urls)]
    lines += ["", "Please reply to this address with the action taken on each URL.", "",
              "KCSC Takedown Desk", "takedown@kcsc.example"]
    return lines


def gmail_quote(ref):
    head = "On %s, KCSC Takedown <takedown@kcsc.example> wrote:" % REQ_DATES[ref]
    return "\n".join([head] + [("> " + l).rstrip() for l in request_text(ref)])


def outlook_quote(ref, to):
    lines = ["-----Original Message-----",
             "From: KCSC Takedown <takedown@kcsc.example>",
             "Sent: %s" % REQ_DATES[ref],
             "To: %s" % to,
             "Subject: [%s] Request for removal of illegal content" % ref,
             ""]
    return "\n".join(lines + request_text(ref))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def single(text, ctype="plain", cte="quoted-printable"):
    enc = qp(text) if cte == "quoted-printable" else b64(text)
    return ("Content-Type: text/%s; charset=utf-8\nContent-Transfer-Encoding: %s\n\n%s"
            % (ctype, cte, enc))


def alternative(plain, html, boundary):
    return "\n".join([
        'Content-Type: multipart/alternative; boundary="%s"' % boundary, "",
        "--" + boundary,
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: quoted-printable", "",
        qp(plain).rstrip("\n"),
        "--" + boundary,
        "Content-Type: text/html; charset=utf-8",
        "Content-Transfer-Encoding: quoted-printable", "",
        qp(html).rstrip("\n"),
        "--" + boundary + "--", ""])


def subj(ref, korean=False):
    if korean:
        return "Re: [%s] 불법정보 삭제 요청" % ref
    return "Re: [%s] Request for removal of illegal content" % ref


def pend(urls):
    return {u: "pending" for u in urls}


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================= X (12)
case(
    name="x-three-outcomes-one-sentence",
    **{"from": "legalrequests@x.com"},
    date="Thu, 05 Sep 2024 16:12:40 +0900",
    subject=subj(X_REF), reply_to_req=mid(X_REF),
    body=f"""
Hello,

Thank you for your report ({X_REF}). Following our review, we have withheld {X1} in South Korea, removed {X3} for violating the X Rules, and taken no action on {X4}, which in our assessment does not violate the X Rules or applicable Korean law.

We have notified the affected account holders.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome email (withheld in country / removed / no action)",
    why="one sentence with three statuses: X1 restricted, X3 removed, X4 rejected (the relative clause is the refusal reason)",
    items={X1: "restricted", X3: "removed", X4: "rejected"},
)

case(
    name="x-hedge-in-relative-clause",
    **{"from": "legalrequests@x.com"},
    date="Fri, 06 Sep 2024 11:03:05 +0900",
    subject=subj(X_REF), reply_to_req=mid(X_REF),
    body=f"""
Hi,

An update on {X_REF}.

The post at {X5} has been removed globally for violating our illegal and regulated goods policy. We have also withheld {X6}, which may be a repost of the first one, in South Korea.

We have not acted on {X8}, which appears to have been deleted by the account holder already; we will confirm once our systems have caught up.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome email, free-form update",
    why="hedge in a relative clause does not touch the main clause (X6 withheld); the hedge about X8 is the only thing said about it, so X8 stays pending",
    items={X5: "removed", X6: "restricted", X8: "pending"},
)

case(
    name="x-negations",
    **{"from": "legalrequests@x.com"},
    date="Mon, 09 Sep 2024 09:41:27 +0900",
    subject=subj(X_REF), reply_to_req=mid(X_REF),
    body=f"""
Hello KCSC team,

We did not find that {X7} violates the X Rules or local law, so it remains available on X.

We were unable to locate {X9}. The link returns an error on our side and there is no post with this ID in our records.

Please note that we have not yet completed our review of {X10}. We will write again when we have.

Kind regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal support reply: no violation / cannot locate / still reviewing",
    why="negated verbs: X7 'did not find ... violates' = rejected, X9 'unable to locate' = not_found, X10 'not yet completed our review' = pending",
    items={X7: "rejected", X9: "not_found", X10: "pending"},
)

case(
    name="x-correction-of-earlier-message",
    **{"from": "legalrequests@x.com"},
    date="Wed, 11 Sep 2024 17:20:00 +0900",
    subject="Correction: " + subj(X_REF), reply_to_req=mid(X_REF),
    body=f"""
Hello,

A correction to our earlier email on {X_REF}.

In that email we told you that {X11} had been withheld in South Korea. That was not correct. The post was removed globally on 8 September for violating our violent and hateful entities policy, and it is not available in any country.

Apologies for the confusion.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal follow-up correcting an earlier outcome",
    why="the earlier 'withheld' is reported speech, revised by the next sentences: X11 removed",
    items={X11: "removed"},
)

case(
    name="x-url-then-action-line",
    **{"from": "legalrequests@x.com"},
    date="Tue, 10 Sep 2024 13:55:12 +0900",
    subject=subj(X_REF), reply_to_req=mid(X_REF),
    body=f"""
Request: {X_REF}
Results for the URLs below:

{X10}
Action taken: Withheld in KR

{X11}
Action taken: None - reported content does not violate X Rules

{X12}
Action taken: Removed (account suspended)

If you have questions about these results, reply to this email.

X Legal

{outlook_quote(X_REF, "legalrequests@x.com")}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal results list, status on the line below each URL, Outlook quote below",
    why="status on the line below each URL; the quoted request below names all 12 posts and changes nothing",
    items={X10: "restricted", X11: "rejected", X12: "removed", X1: "pending", X5: "pending"},
)

X_TABLE_HTML = f"""<html><body>
<p>Hello,</p>
<p>Below are the results of our review of your request {X_REF}.</p>
<table border="1" cellpadding="4">
<tr><th>#</th><th>Reported URL</th><th>Outcome</th></tr>
<tr><td>1</td><td>{X1}</td><td>Withheld (KR)</td></tr>
<tr><td>2</td><td>{X2}</td><td>Withheld (KR)</td></tr>
<tr><td>3</td><td>{X3}</td><td>No violation found</td></tr>
</table>
<p><b>Note:</b> after this table was prepared, the post in row 2 was deleted by the account owner, so it is no longer on X and the withholding no longer applies to it.</p>
<p>X Legal</p>
</body></html>
"""
X_TABLE_PLAIN = f"""Hello,

Below are the results of our review of your request {X_REF}.

# | Reported URL | Outcome
1 | {X1} | Withheld (KR)
2 | {X2} | Withheld (KR)
3 | {X3} | No violation found

Note: after this table was prepared, the post in row 2 was deleted by the account owner, so it is no longer on X and the withholding no longer applies to it.

X Legal
"""
case(
    name="x-table-note-revises-row",
    **{"from": "legalrequests@x.com"},
    date="Thu, 12 Sep 2024 10:18:44 +0900",
    subject=subj(X_REF), reply_to_req=mid(X_REF),
    raw_mime=alternative(X_TABLE_PLAIN, X_TABLE_HTML, "=_xtbl_0912"),
    outcome="applied", classification="confirmation",
    imitates="X legal results table (HTML + plain) with a note under it",
    why="the note revises row 2 by position: X2 deleted by its owner = not_found; rows 1 and 3 stand",
    items={X1: "restricted", X2: "not_found", X3: "rejected"},
)

X_CSV = "\n".join([
    "tweet_url,action,detail",
    f"{X4},WITHHELD_IN_COUNTRY,KR",
    f"{X5},REMOVED,illegal and regulated goods",
    f"{X6},NO_ACTION,no violation of X Rules or local law",
    f"{X7},NOT_FOUND,post deleted by user before review",
    f"{X8},REMOVED,account suspended",
    f"{X9},WITHHELD_IN_COUNTRY,KR",
]) + "\n"
case(
    name="x-csv-attachment",
    **{"from": "legalrequests@x.com"},
    date="Fri, 13 Sep 2024 15:02:31 +0900",
    subject=subj(X_REF), reply_to_req=mid(X_REF),
    raw_mime="\n".join([
        'Content-Type: multipart/mixed; boundary="=_xcsv_0913"', "",
        "--=_xcsv_0913",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 7bit", "",
        "Hello,",
        "",
        f"Please find attached the outcome for each URL in your request {X_REF}.",
        "Rows not listed in the file are still being processed.",
        "",
        "X Legal",
        "",
        "--=_xcsv_0913",
        'Content-Type: text/csv; charset=utf-8; name="outcome_KCSC-240902-01.csv"',
        'Content-Disposition: attachment; filename="outcome_KCSC-240902-01.csv"',
        "Content-Transfer-Encoding: base64", "",
        b64(X_CSV).rstrip("\n"),
        "--=_xcsv_0913--", ""]),
    outcome="applied", classification="confirmation",
    imitates="X legal outcome with a per-URL CSV attachment",
    why="six rows, four different statuses; NOT_FOUND with 'deleted by user' is not_found",
    items={X4: "restricted", X5: "removed", X6: "rejected", X7: "not_found",
           X8: "removed", X9: "restricted"},
)

case(
    name="x-top-posted-over-request",
    **{"from": "legalrequests@x.com"},
    date="Wed, 04 Sep 2024 19:47:09 +0900",
    subject=subj(X_REF), reply_to_req=mid(X_REF),
    body=f"""
Hi,

Quick update: {X3} is now removed. We're still going through the rest of your list and will get back to you.

Thanks,
Dana
X Legal

{gmail_quote(X_REF)}
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted reply from an X legal agent over the Gmail-quoted request",
    why="only X3 is stated; the other eleven appear only in the quoted request",
    items={X3: "removed", X1: "pending", X2: "pending", X12: "pending"},
)

case(
    name="x-statuses-by-position",
    **{"from": "legalrequests@x.com"},
    date="Sat, 07 Sep 2024 08:30:51 +0900",
    subject=subj(X_REF), reply_to_req=mid(X_REF),
    body=f"""
Hello,

We reviewed the following four posts from your request {X_REF}:

1. {X1}
2. {X2}
3. {X3}
4. {X4}

We removed items 1 and 4 for violating the X Rules. Items 2 and 3 have been withheld in South Korea only.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply listing URLs first and giving statuses by item number",
    why="statuses given by the email's own numbering: 1 and 4 removed, 2 and 3 restricted",
    items={X1: "removed", X2: "restricted", X3: "restricted", X4: "removed"},
)

case(
    name="x-both-withheld-one-since-deleted",
    **{"from": "legalrequests@x.com"},
    date="Sat, 14 Sep 2024 12:15:36 +0900",
    subject=subj(X_REF), reply_to_req=mid(X_REF),
    body=f"""
Hello,

{X11} and {X12} were both withheld in South Korea on 10 September, but the second of these has since been deleted by the account owner and is no longer on X.

Best,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal follow-up, two outcomes in one sentence",
    why="'both withheld' then 'the second ... since deleted by the account owner': X11 restricted, X12 not_found (latest state, by position)",
    items={X11: "restricted", X12: "not_found"},
)

# ----------------------------------------------------------- X review/ign
case(
    name="x-promise-to-withhold",
    **{"from": "legalrequests@x.com"},
    date="Tue, 03 Sep 2024 18:02:11 +0900",
    subject=subj(X_REF), reply_to_req=mid(X_REF),
    body=f"""
Hello,

Thanks for your request {X_REF}. We will withhold {X1} and {X2} in South Korea once our legal review is complete, which we expect within five business days. The remaining posts are with our safety team.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply with a promise",
    why="'will withhold ... once' is a promise, not a statement: nothing changes",
    items=pend([X1, X2]),
)

case(
    name="x-seem-unavailable",
    **{"from": "legalrequests@x.com"},
    date="Thu, 05 Sep 2024 10:40:02 +0900",
    subject=subj(X_REF), reply_to_req=mid(X_REF),
    body=f"""
Hello,

Regarding {X_REF}: the posts {X7} and {X8} seem to be no longer available, possibly because the account deleted them. We are confirming this with the relevant team and will update you.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply with a hedge",
    why="'seem to be no longer available, possibly' is a hedge: nothing changes",
    items=pend([X7, X8]),
)

case(
    name="x-auth-fail",
    **{"from": "legalrequests@x.com"}, auth="fail",
    date="Fri, 06 Sep 2024 02:11:48 +0900",
    subject=subj(X_REF), reply_to_req=mid(X_REF),
    body=f"""
Hello,

We have removed {X1} and {X2} following your request {X_REF}.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal outcome email failing DKIM/SPF/DMARC",
    why="plain statements, but the sender domain fails authentication",
    items=pend([X1, X2]),
)

case(
    name="lawfirm-says-deleted",
    **{"from": "j.park@hanul-law.example"}, name_from="Park Ji-won (Hanul Law)",
    date="Mon, 09 Sep 2024 16:25:00 +0900",
    subject=f"{X_REF} - posts by @murky_tide88", reply_to_req=mid(X_REF),
    body=f"""
Dear KCSC,

We act for the holder of the X account @murky_tide88. Our client has deleted the posts {X7} and {X8} on 8 September 2024 and asks that the matter {X_REF} be closed.

Yours faithfully,
Park Ji-won
Hanul Law Office
""",
    outcome="review", review="unknown_sender",
    imitates="letter from the account holder's lawyer",
    why="names our request and URLs but is not from X",
    items=pend([X7, X8]),
)

# =========================================================== YouTube (4)
case(
    name="yt-three-outcomes-bullets",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 20:31:14 +0900",
    subject=subj(YT_REF), reply_to_req=mid(YT_REF),
    body=f"""
Hello,

Thanks for reaching out to us. After reviewing your request {YT_REF}, we have taken the following actions:

  • {Y1} – blocked from view in South Korea under local law
  • {Y2} – removed from YouTube for violating our harassment and cyberbullying policy
  • {Y3} – we decided not to take action, because the video does not violate our Community Guidelines or local law

You can read more about how we handle legal removals at https://support.google.com/legal/answer/3110420.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube/Google legal removals outcome email",
    why="bulleted list, three statuses; the Google help link is not an item",
    items={Y1: "restricted", Y2: "removed", Y3: "rejected"},
)

case(
    name="yt-refusal-with-reason",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 09:12:58 +0900",
    subject=subj(YT_REF), reply_to_req=mid(YT_REF),
    body=f"""
Hello,

We have reviewed {Y4} and have decided not to remove it. The video is a news report about a court case and shows the material in an educational and documentary context, which our policies allow. We also did not find it unlawful in South Korea on the information provided.

If you have a court order concerning this video, please send it to us. For our approach to such content, see https://support.google.com/youtube/answer/6345538.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal refusal citing the EDSA (educational/documentary) exception",
    why="explicit refusal with reason: Y4 rejected (the invitation to send a court order does not make it conditional)",
    items={Y4: "rejected"},
)

YT_B64 = f"""Hello,

Thank you for your report {YT_REF}.

{Y1}, which we understand may also have been reported to us by another authority, has been blocked in South Korea.

{Y2} has been actioned under our policies.

We are still reviewing the other videos in your request.

Regards,
Google Legal Removals
"""
case(
    name="yt-relative-hedge-base64",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Removals",
    date="Sat, 07 Sep 2024 03:44:19 +0900",
    subject=subj(YT_REF), reply_to_req=mid(YT_REF),
    raw_mime=single(YT_B64, cte="base64"),
    outcome="applied", classification="confirmation",
    imitates="Google legal removals notice, base64 body",
    why="the hedge sits in the relative clause; main clause 'has been blocked in South Korea' = restricted; 'actioned under our policies' = removed",
    items={Y1: "restricted", Y2: "removed", Y3: "pending", Y4: "pending"},
)

case(
    name="yt-statement-before-urls",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    date="Tue, 10 Sep 2024 14:09:33 +0900",
    subject=f"Update on your legal complaint ({YT_REF})",
    body=f"""
Hi KCSC Takedown Desk,

The following content was removed for violating YouTube's Community Guidelines:

    {Y2}
    {Y4}

The following content was reviewed and is not being removed, as it does not violate our policies or local law:

    {Y3}

— The YouTube Team

© 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube automated complaint outcome notice",
    why="statements precede indented URL lists: Y2, Y4 removed; Y3 rejected",
    items={Y2: "removed", Y4: "removed", Y3: "rejected"},
)

YT_CONFLICT_HTML = f"""<html><body>
<p>Hello,</p>
<p>Here is the outcome of your request {YT_REF}.</p>
<table border="1" cellpadding="4">
<tr><th>Reported content</th><th>Action taken</th></tr>
<tr><td>{Y3}</td><td>Content removed</td></tr>
</table>
<p>Note from the reviewer: the video {Y3} remains available on YouTube. It does not violate our Community Guidelines and we did not find it unlawful.</p>
<p>The YouTube Legal Team</p>
</body></html>
"""
case(
    name="yt-table-and-note-disagree",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 11:27:45 +0900",
    subject=subj(YT_REF), reply_to_req=mid(YT_REF),
    raw_mime=single(YT_CONFLICT_HTML, ctype="html"),
    outcome="review", review="conflicting_statements",
    imitates="YouTube legal outcome table with a reviewer's note",
    why="the table says removed, the note says it remains available; neither says it revises the other",
    items={Y3: "pending"},
)

case(
    name="yt-hedges-only",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 22:05:10 +0900",
    subject=subj(YT_REF), reply_to_req=mid(YT_REF),
    body=f"""
Hello,

Our records indicate that {Y1} appears to have been taken down by the uploader, and {Y2} may already be unavailable in your country. We are still checking {Y3} and will let you know.

Regards,
The YouTube Legal Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim reply",
    why="'appears to', 'may already be' and 'still checking' are not statements",
    items=pend([Y1, Y2, Y3]),
)

case(
    name="yt-new-webform-notice",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    date="Mon, 16 Sep 2024 09:00:00 +0900",
    subject="Changes to how government agencies submit legal requests",
    body="""
Dear partner,

From 1 October 2024, government agencies should submit legal removal requests for YouTube through our updated webform at https://support.google.com/legal/contact/lr_gov. Requests sent by email will continue to be accepted until 31 December 2024.

The updated form lets you attach court orders and track each request in one place.

Thank you,
The YouTube Team
""",
    outcome="review", review="no_claims",
    imitates="YouTube service announcement to trusted flaggers / government reporters",
    why="trusted YouTube mail naming no item and no request",
    items={},
)

case(
    name="yt-out-of-office",
    **{"from": "minseo.kang@google.com"}, name_from="Minseo Kang",
    date="Tue, 03 Sep 2024 10:31:02 +0900",
    subject=f"Automatic reply: [{YT_REF}] Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""
Thank you for your email. I am out of the office until Monday 16 September with limited access to email.

For urgent legal removal matters please contact legal-kr@google.com. Your message about {Y1} and the other videos will be handled by the team.

Minseo
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Gmail out-of-office reply",
    why="out-of-office auto-reply, even though it names a video",
    items={Y1: "pending"},
)

# ============================================================== NAVER (3+1)
case(
    name="naver-mixed-korean-sentence",
    **{"from": "policy@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Fri, 06 Sep 2024 15:40:22 +0900",
    subject=subj(NV_REF, korean=True), reply_to_req=mid(NV_REF),
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 건({NV_REF})에 대한 처리 결과를 안내드립니다.

요청하신 게시물 중 {N1} 은 게시중단 조치하였고, {N3} 은 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

감사합니다.
네이버 권리보호센터 드림

{outlook_quote(NV_REF, "policy@navercorp.com")}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 게시중단 처리 결과 안내, Outlook quote below",
    why="one Korean sentence with two statuses: N1 removed (게시중단), N3 not_found (작성자가 이미 삭제); N2 only in the quote",
    items={N1: "removed", N3: "not_found", N2: "pending"},
)

case(
    name="naver-raw-korean-url-particles",
    **{"from": "policy@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Sat, 07 Sep 2024 10:05:37 +0900",
    subject=subj(NV_REF, korean=True), reply_to_req=mid(NV_REF),
    body=f"""
안녕하세요. 네이버입니다.

{N2_RAW} 게시물에 대하여 정보통신망법 제44조의2에 따라 30일간 임시조치하였습니다.

{N1}（블로그）은 현재 담당 부서에서 검토 중이며, 결과가 나오는 대로 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 임시조치 안내",
    why="raw Korean cafe path = N2, 임시조치 = restricted; N1 '검토 중' stays pending despite the full-width bracket",
    items={N2: "restricted", N1: "pending"},
)

case(
    name="naver-refusal-negated-gesijungdan",
    **{"from": "policy@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Mon, 09 Sep 2024 17:18:03 +0900",
    subject=subj(NV_REF, korean=True), reply_to_req=mid(NV_REF),
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

요청하신 게시물 {N3} 에 대하여 검토한 결과, 관련 법령 및 네이버 운영정책 위반 사항이 확인되지 않아 게시중단하지 않았음을 알려드립니다.

추가 자료가 있으시면 회신 부탁드립니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 불수용(기각) 안내",
    why="'게시중단하지 않았음' with a reason is a refusal: N3 rejected (the word 게시중단 is negated)",
    items={N3: "rejected"},
)

NV_TABLE_HTML = f"""<html><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구({NV_REF})에 대한 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1" cellpadding="3">
<tr><th>연번</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{N1}</td><td>삭제</td><td>2024.09.10</td></tr>
<tr><td>2</td><td>{N2_RAW}</td><td>접속차단</td><td>2024.09.10</td></tr>
<tr><td>3</td><td>{N3}</td><td>해당 게시물 없음</td><td>-</td></tr>
</table>
<p>네이버 주식회사 정책지원팀</p>
</body></html>
"""
case(
    name="naver-result-table-html",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Tue, 10 Sep 2024 18:30:00 +0900",
    subject=f"[회신] 시정요구 조치결과 ({NV_REF})", reply_to_req=mid(NV_REF),
    raw_mime=single(NV_TABLE_HTML, ctype="html"),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table",
    why="HTML table, quoted-printable: N1 삭제 removed, N2 접속차단 restricted, N3 게시물 없음 not_found",
    items={N1: "removed", N2: "restricted", N3: "not_found"},
)

case(
    name="naver-one-item-all-blinded",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date="Thu, 12 Sep 2024 09:50:41 +0900",
    subject=subj(NV1_REF, korean=True), reply_to_req=mid(NV1_REF),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

접수번호 {NV1_REF} 건과 관련하여, 요청하신 게시물은 모두 블라인드 처리되었음을 알려드립니다.

네이버를 이용해 주셔서 감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 블라인드 처리 안내",
    why="'all requested posts blinded' for a request of one item applies to that item",
    items={N4: "removed"},
)

case(
    name="naver-bulk-three",
    **{"from": "policy@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Wed, 11 Sep 2024 14:14:14 +0900",
    subject=subj(NV_REF, korean=True), reply_to_req=mid(NV_REF),
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

{NV_REF} 건으로 요청하신 게시물 3건에 대해 모두 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER 게시중단 완료 안내 (건수만 기재)",
    why="a statement about three items without naming each",
    items=pend(NS),
)

case(
    name="naver-out-of-office-korean",
    **{"from": "jiyoon.seo@navercorp.com"}, name_from="서지윤",
    date="Wed, 04 Sep 2024 11:00:40 +0900",
    subject=f"[자동응답] {subj(NV_REF, korean=True)}",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 서지윤입니다.

9월 4일부터 9월 13일까지 휴가로 부재중입니다. 게시중단 관련 문의는 policy@navercorp.com 으로 보내주시면 담당자가 처리해 드립니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답",
    why="out-of-office auto-reply",
    items={},
)

MDN_TEXT = f"""이 메시지는 수신자가 귀하의 메일을 열어 본 것을 확인하는 수신 확인입니다.

원본 제목: [{NV_REF}] 불법정보 삭제 요청
수신자: policy@navercorp.com
읽은 시각: 2024-09-04 13:22 (KST)
"""
case(
    name="naver-read-receipt",
    **{"from": "policy@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Wed, 04 Sep 2024 13:22:05 +0900",
    subject=f"읽음 확인: [{NV_REF}] 불법정보 삭제 요청",
    reply_to_req=mid(NV_REF),
    raw_mime="\n".join([
        'Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn_0904"', "",
        "--=_mdn_0904",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: base64", "",
        b64(MDN_TEXT).rstrip("\n"),
        "--=_mdn_0904",
        "Content-Type: message/disposition-notification", "",
        "Reporting-UA: mail.navercorp.com; NAVER Works Mail",
        "Original-Recipient: rfc822;policy@navercorp.com",
        "Final-Recipient: rfc822;policy@navercorp.com",
        f"Original-Message-ID: <{mid(NV_REF)}@kcsc.example>",
        "Disposition: manual-action/MDN-sent-manually; displayed",
        "",
        "--=_mdn_0904--", ""]),
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (RFC 8098) from a Korean webmail",
    why="read receipt",
    items={},
)

# =========================================================== Telegram (5)
case(
    name="tg-five-outcomes-prose",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA Team",
    date="Sun, 08 Sep 2024 21:33:18 +0900",
    subject=subj(TG_REF), reply_to_req=mid(TG_REF),
    body=f"""
Hello,

We have blocked {T1} and {T2}. {T3} could not be found on our servers. {T4} was deleted by the channel owner before we reviewed it. {T5} does not violate Telegram's Terms of Service and will stay up.

Best regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply, several outcomes in one paragraph",
    why="five short statements: T1, T2 removed; T3 not_found; T4 deleted by owner = not_found; T5 refused with reason = rejected",
    items={T1: "removed", T2: "removed", T3: "not_found", T4: "not_found", T5: "rejected"},
)

case(
    name="tg-later-sentence-widens",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA Team",
    date="Tue, 10 Sep 2024 12:01:09 +0900",
    subject=subj(TG_REF), reply_to_req=mid(TG_REF),
    body=f"""
Hello,

Initially, {T3} was made unavailable only for users in South Korea. Following further review, the entire channel @coldbrew_market has been terminated, and {T3} and {T4} are no longer available on Telegram.

Kind regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk follow-up",
    why="the first sentence (KR only) is revised by the second: channel terminated, T3 and T4 removed",
    items={T3: "removed", T4: "removed"},
)

case(
    name="tg-ack-phrase-plus-statement",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Fri, 06 Sep 2024 07:25:50 +0900",
    subject=f"Re: [{TG_REF}] Case #40912771",
    body=f"""
Thank you, we have received your report (Case #40912771).

{T5} has been taken down.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk short reply",
    why="acknowledgement phrase plus an unhedged statement: not an acknowledgement; T5 removed",
    items={T5: "removed"},
)

case(
    name="tg-angle-brackets-wrapped",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA Team",
    date="Mon, 09 Sep 2024 16:48:27 +0900",
    subject=subj(TG_REF), reply_to_req=mid(TG_REF),
    body=f"""
Hello,

The messages at
<{T1}> and
<{T2}>
have been removed from the channel.

<{T5}> remains accessible: the post
quotes a news article and does not break our rules.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA desk reply with URLs in angle brackets, wrapped lines",
    why="statement wraps across the URL lines: T1, T2 removed; T5 refused with reason = rejected",
    items={T1: "removed", T2: "removed", T5: "rejected"},
)

case(
    name="tg-all-taken-down",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA Team",
    date="Wed, 11 Sep 2024 19:19:19 +0900",
    subject=subj(TG_REF), reply_to_req=mid(TG_REF),
    body=f"""
Hello,

All the content you reported under {TG_REF} has been taken down.

Telegram Abuse Team
""",
    outcome="review", review="bulk",
    imitates="Telegram abuse desk one-line reply",
    why="a statement about five items without naming any",
    items=pend(TS),
)

case(
    name="tg-conditional",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA Team",
    date="Sat, 07 Sep 2024 14:36:00 +0900",
    subject=subj(TG_REF), reply_to_req=mid(TG_REF),
    body=f"""
Hello,

We have contacted the administrators of the channel hosting {T5}. If they do not remove the post within 24 hours, we will block the channel.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse desk interim reply with a condition",
    why="a condition and a promise, no statement",
    items={T5: "pending"},
)

case(
    name="tg-ticket-receipt",
    **{"from": "noreply@telegram.org"}, name_from="Telegram Support",
    date="Thu, 05 Sep 2024 09:02:44 +0900",
    subject=f"[Case #40912771] We received your report",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Hello,

We've received your report and created Case #40912771. Our team will review the following links:

{T1}
{T2}
{T3}
{T4}
{T5}

You don't need to reply to this message.

Telegram Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket-system receipt",
    why="pure acknowledgement listing the received links",
    items=pend(TS),
)

# ============================================================= Kakao (2)
case(
    name="kakao-text-table",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Tue, 10 Sep 2024 10:20:10 +0900",
    subject=subj(KK_REF, korean=True), reply_to_req=mid(KK_REF),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

{KK_REF} 요청 건의 처리 결과를 아래와 같이 안내드립니다.

[처리 결과]
번호 | 게시물 주소 | 조치 내용
1 | {K1} | 임시조치(30일)
2 | {K2} | 삭제

임시조치된 게시물은 30일간 다른 이용자가 볼 수 없습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 권리침해신고 처리 결과 안내",
    why="text table: K1 임시조치 = restricted, K2 삭제 = removed",
    items={K1: "restricted", K2: "removed"},
)

case(
    name="kakao-not-us-author-deleted",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Wed, 11 Sep 2024 16:02:50 +0900",
    subject=subj(KK_REF, korean=True), reply_to_req=mid(KK_REF),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

{K2} 게시물은 당사가 삭제한 것이 아니며, 확인 결과 작성자가 9월 5일 직접 삭제한 게시물입니다.

{K1} 게시물은 카페 운영정책에 따라 비공개 처리되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고 처리 결과 안내",
    why="'not deleted by us ... the author deleted it' = not_found for K2; 비공개 처리 = removed for K1",
    items={K2: "not_found", K1: "removed"},
)

case(
    name="kakao-asks-documents",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Mon, 09 Sep 2024 11:11:11 +0900",
    subject=subj(KK_REF, korean=True), reply_to_req=mid(KK_REF),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

{KK_REF} 건으로 요청하신 아래 게시물의 처리를 위해 심의 의결서 또는 시정요구 공문 사본이 필요합니다.

- {K1}
- {K2}

자료를 회신해 주시면 확인 후 처리하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Kakao 권리침해신고 보완 요청",
    why="asks for documents before acting",
    items=pend(KS),
)

case(
    name="kakao-search-hides-naver-post",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Thu, 12 Sep 2024 13:30:30 +0900",
    subject=f"Re: [{NV_REF}] 불법정보 삭제 요청 (참조: 카카오)",
    body=f"""
안녕하세요. 카카오입니다.

참조로 보내주신 요청과 관련하여, Daum 검색 결과에서 {N3} 게시물의 노출을 제한하였습니다.

원문 게시물은 네이버 서비스에 있으므로 게시물 자체의 조치는 네이버에 요청해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Daum search delisting notice about another portal's post",
    why="Kakao states a status for a NAVER item (search delisting only)",
    items={N3: "pending"},
)

case(
    name="kakao-receipt",
    **{"from": "noreply@daum.net"}, name_from="Daum 고객센터",
    date="Fri, 06 Sep 2024 14:02:30 +0900",
    subject="[Daum] 권리침해 신고가 접수되었습니다",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
안녕하세요. Daum 고객센터입니다.

요청하신 권리침해 신고가 정상적으로 접수되었습니다.

접수번호: RC-20240906-55128
신고 게시물: {K1}

처리 결과는 검토 후 이메일로 안내드리겠습니다. 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Daum 권리침해 신고 접수 완료 안내",
    why="pure receipt with a ticket number",
    items={K1: "pending"},
)

# ============================================================ TikTok (1)
TT_HTML = f"""<html><body style="font-family:Arial">
<p>Hello,</p>
<p>Thank you for your report ({TT_REF}). After review, we've restricted access to the video below in South Korea, based on local law:</p>
<p><a href="{TT1}">{TT1}</a></p>
<p>The video remains available in other countries, as it does not violate our Community Guidelines.</p>
<p>Learn more about how we handle government requests: <a href="https://www.tiktok.com/legal/page/global/law-enforcement/en">Law enforcement guidelines</a></p>
<p>TikTok Legal</p>
</body></html>
"""
TT_PLAIN = f"""Hello,

Thank you for your report ({TT_REF}). After review, we've restricted access to the video below in South Korea, based on local law:

{TT1}

The video remains available in other countries, as it does not violate our Community Guidelines.

Learn more about how we handle government requests: https://www.tiktok.com/legal/page/global/law-enforcement/en

TikTok Legal
"""
case(
    name="tiktok-restricted-remains-elsewhere",
    **{"from": "legal@tiktok.com"}, name_from="TikTok Legal",
    date="Thu, 12 Sep 2024 08:08:08 +0900",
    subject=subj(TT_REF), reply_to_req=mid(TT_REF),
    raw_mime=alternative(TT_PLAIN, TT_HTML, "=_tt_0912"),
    outcome="applied", classification="confirmation",
    imitates="TikTok government removal request outcome (local-law restriction)",
    why="restricted in South Korea; 'remains available in other countries ... does not violate' explains the scope and is not a refusal",
    items={TT1: "restricted"},
)

DSN_TEXT = """This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<kr-legal@tiktok.com>: host mx1.tiktok.com[203.0.113.25] said: 550 5.1.1
    <kr-legal@tiktok.com>: Recipient address rejected: User unknown
"""
case(
    name="tiktok-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    date="Mon, 09 Sep 2024 10:00:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime="\n".join([
        'Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn_0909"', "",
        "--=_dsn_0909",
        "Content-Description: Notification",
        "Content-Type: text/plain; charset=us-ascii", "",
        DSN_TEXT.rstrip("\n"), "",
        "--=_dsn_0909",
        "Content-Description: Delivery report",
        "Content-Type: message/delivery-status", "",
        "Reporting-MTA: dns; mx.kcsc.example",
        "Arrival-Date: Mon,  9 Sep 2024 10:00:39 +0900 (KST)", "",
        "Final-Recipient: rfc822; kr-legal@tiktok.com",
        "Action: failed",
        "Status: 5.1.1",
        "Remote-MTA: dns; mx1.tiktok.com",
        "Diagnostic-Code: smtp; 550 5.1.1 <kr-legal@tiktok.com>: Recipient address rejected: User unknown",
        "",
        "--=_dsn_0909",
        "Content-Description: Undelivered Message",
        "Content-Type: message/rfc822", "",
        "From: KCSC Takedown <takedown@kcsc.example>",
        "To: kr-legal@tiktok.com",
        f"Subject: [{TT_REF}] Request for removal of illegal content",
        f"Message-ID: <{mid(TT_REF)}@kcsc.example>",
        "Date: Mon, 9 Sep 2024 10:00:00 +0900",
        "Content-Type: text/plain; charset=utf-8", "",
        "\n".join(request_text(TT_REF)),
        "",
        "--=_dsn_0909--", ""]),
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (RFC 3464) returning our own request",
    why="bounce of our own request; the URL is inside the returned message",
    items={TT1: "pending"},
)

# ---------------------------------------------------------------- header
HEADER = f"""# Blind set 960 (focus: what a program gets wrong). Generated by make.py;
# expected results written from each email's meaning before any run.
# Requests: {X_REF} (x, 12), {YT_REF} (youtube, 4), {NV_REF} (naver, 3),
# {TG_REF} (telegram, 5), {KK_REF} (kakao, 2), {TT_REF} (tiktok, 1),
# {NV1_REF} (naver, 1).
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
