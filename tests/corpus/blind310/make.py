#!/usr/bin/env python3
"""Blind set 310: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, plus Snapchat and Pinterest mail).

    python3 tests/corpus/blind310/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result below was written from the meaning of the email alone,
before any run of the reader.
"""
import base64
import csv
import io
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
X_REF, YT_REF, META_REF, TT_REF, RD_REF, DC_REF, TW_REF = (
    "KCSC-240903-01", "KCSC-240904-02", "KCSC-240905-03", "KCSC-240906-04",
    "KCSC-240909-05", "KCSC-240910-06", "KCSC-240911-07")

X = [
    "https://x.com/hanbit_leaks/status/1830412205517731841",
    "https://x.com/hanbit_leaks/status/1830418830992117760",
    "https://x.com/moonlit_cam09/status/1830502266381000704",
    "https://x.com/moonlit_cam09/status/1830577714109448193",
    "https://x.com/seoulnight_arc/status/1830611092847325214",
    "https://x.com/seoulnight_arc/status/1830649930172203008",
    "https://x.com/dflab_kr/status/1830700418859978752",
    "https://x.com/dflab_kr/status/1830733561240506370",
    "https://x.com/pinkroom_b/status/1830790012458835968",
    "https://x.com/pinkroom_b/status/1830801145502904320",
    "https://x.com/gwangan_vid/status/1830855337219489792",
    "https://x.com/gwangan_vid",
]
YT = [
    "https://www.youtube.com/watch?v=Qm7vTz2LkPa",
    "https://www.youtube.com/watch?v=b8RkW0nJxY4",
    "https://www.youtube.com/shorts/Hx3pL9dWq1E",
    "https://www.youtube.com/@nightfeed_kr",
]
META = [
    "https://www.facebook.com/groups/842210556913377/posts/1093385021798664/",
    "https://www.instagram.com/p/C_kR4xYtN2s/",
    "https://www.instagram.com/reel/C_mZ81aSoQe/",
]
TT = [
    "https://www.tiktok.com/@seoul.afterdark/video/7410582937461285121",
    "https://www.tiktok.com/@seoul.afterdark/video/7410633218874116353",
    "https://www.tiktok.com/@clip_hunter_77/video/7410849105523772694",
    "https://www.tiktok.com/@clip_hunter_77/video/7411002385579384082",
    "https://www.tiktok.com/@minari.vault/video/7411267730117201159",
]
RD_SLUG = "유출_영상_원본"
RD_RAW = "https://www.reddit.com/r/kdramaleaks_x/comments/1fc3k9p/" + RD_SLUG + "/"
RD = [
    "https://www.reddit.com/r/kdramaleaks_x/comments/1fc3k9p/" + quote(RD_SLUG) + "/",
    "https://www.reddit.com/r/hiddencam_korea/comments/1fc5b2x/new_batch_sept/",
]
DC = ["https://discord.com/channels/1187420335609876480/1187420336289341451/1283004417765109820"]
TW = [
    "https://www.twitch.tv/videos/2245839017",
    "https://clips.twitch.tv/BraveTinyOtterKappaPride-x9Qa2Lw7Rr",
]

REQUESTS = [
    (X_REF, "x", "2024-09-03T14:00:00+09:00", "2024-09-10", X, "deepfake-sexual-abuse"),
    (YT_REF, "youtube", "2024-09-04T10:30:00+09:00", "2024-09-11", YT, "defamation"),
    (META_REF, "meta", "2024-09-05", "2024-09-12", META, "nci-imagery"),
    (TT_REF, "tiktok", "2024-09-06", "2024-09-13", TT, "deepfake-sexual-abuse"),
    (RD_REF, "reddit", "2024-09-09", "2024-09-16", RD, "nci-imagery"),
    (DC_REF, "discord", "2024-09-10", "2024-09-17", DC, "nci-imagery"),
    (TW_REF, "twitch", "2024-09-11", "2024-09-18", TW, "illegal-gambling"),
]


def req_mid(ref):
    return "req-" + ref[5:].lower()  # KCSC-240903-01 -> req-240903-01


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat in REQUESTS:
        for i, u in enumerate(urls):
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example",
                        "blind310 item %d of %d" % (i + 1, len(urls))])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def quoted(ref, urls, when, style="gmail"):
    """The regulator's own request, quoted below a reply."""
    body = [
        "Dear Trust & Safety team,",
        "",
        "The Korea Communications Standards Commission asks you to remove or",
        "restrict the following content (reference %s):" % ref,
        "",
    ] + ["%d. %s" % (i + 1, u) for i, u in enumerate(urls)] + [
        "",
        "Please tell us the action taken on each URL.",
        "",
        "KCSC Takedown Desk",
    ]
    if style == "gmail":
        return "\n".join(["On %s, KCSC Takedown <takedown@kcsc.example> wrote:" % when, ""]
                         + ["> " + l if l else ">" for l in body])
    return "\n".join([
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        "Sent: %s" % when,
        "To: legal-kr@google.com",
        "Subject: [%s] Request for removal of content" % ref,
        "",
    ] + body)


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").rstrip("\n")


def n(url):  # pending items helper
    return {u: "pending" for u in url}


OOO = ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]

CASES = []


def case(**kw):
    CASES.append(kw)


# ===================================================================== X
case(
    name="x-legal-withheld-and-removed-lists",
    date="Thu, 05 Sep 2024 08:12:44 +0000",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    subject="Re: [%s] Request to remove content - X Corp. response" % X_REF,
    reply_to_req=req_mid(X_REF),
    body="""Hello,

Thank you for your correspondence regarding reference %s.

We have reviewed the reported posts against the X Rules and applicable
local law.

The following posts have been withheld in South Korea under our Country
Withheld Content policy:

- %s
- %s
- %s

The following posts were found to violate the X Rules and have been
removed from the platform globally:

- %s
- %s

We are still reviewing the remaining URLs in your request and will reply
separately.

The account holders have been notified unless we were prohibited from
doing so. More on withheld content:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""" % (X_REF, X[0], X[1], X[2], X[4], X[5]),
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email (Country Withheld Content + X Rules removal)",
    why="Two headed lists: three posts withheld in KR, two removed globally; remaining URLs only promised",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted",
           X[4]: "removed", X[5]: "removed"},
)

case(
    name="x-angle-url-above-each-decision",
    date="Fri, 06 Sep 2024 02:40:09 +0000",
    **{"from": "legal-support@x.com"}, name_from="X Legal Operations",
    subject="Re: %s - update on two reported posts" % X_REF,
    reply_to_req=req_mid(X_REF),
    body="""Hi,

Following up on your request %s.

<%s>
We reviewed this post and did not find it to violate the X Rules or the
Korean law cited in your notice. We are not taking action on it, and the
post remains available.

<%s>
This post has been withheld in the Republic of Korea.

Should you obtain a court order concerning the first post, you can submit
it through our legal request portal at https://legal.x.com/en/gov-request.

Thanks,
Min-seo
X Legal Operations
""" % (X_REF, X[6], X[7]),
    outcome="applied", classification="confirmation",
    imitates="X legal operations reply, one URL in angle brackets above each decision",
    why="URL on the line above its statement: first refused (no violation, stays up), second withheld in KR",
    items={X[6]: "rejected", X[7]: "restricted"},
)

case(
    name="x-account-suspended-top-posted",
    date="Fri, 06 Sep 2024 11:03:51 +0000",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    subject="Re: [%s] Request for removal of content" % X_REF,
    reply_to_req=req_mid(X_REF),
    body="""Hello KCSC team,

The account %s has been permanently suspended for
violating our non-consensual nudity policy. Its post
%s
is therefore no longer available on X.

Best,
X Legal

%s
""" % (X[11], X[10], quoted(X_REF, X, "Tue, Sep 3, 2024 at 2:00 PM")),
    outcome="applied", classification="confirmation",
    imitates="X suspension notice top-posted over the regulator's quoted request (Gmail quoting)",
    why="Account suspended and its post gone (removed); the other ten URLs appear only in the quoted request",
    items={X[11]: "removed", X[10]: "removed"},
)

case(
    name="x-html-outcome-table",
    date="Sat, 07 Sep 2024 06:22:10 +0000",
    **{"from": "no-reply@x.com"}, name_from="X Legal",
    subject="Your legal request %s: outcome" % X_REF,
    reply_to_req=req_mid(X_REF),
    type="html",
    body="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hello,</p>
<p>We have completed our review of the following items from request <b>%s</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action taken</th></tr>
<tr><td><a href="%s">%s</a></td><td>Withheld in KR</td></tr>
<tr><td><a href="%s">%s</a></td><td>No action &ndash; no violation found</td></tr>
<tr><td><a href="%s">%s</a></td><td>Removed (X Rules violation)</td></tr>
<tr><td><a href="%s">%s</a></td><td>Content not found</td></tr>
</table>
<p>You can read about how we handle legal requests in our
<a href="https://help.x.com/en/rules-and-policies/x-legal-faqs">Help Center</a>.</p>
<p>X Legal</p>
</body></html>""" % (X_REF, X[3], X[3], X[6], X[6], X[8], X[8], X[9], X[9]),
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome email with an HTML table of URLs and actions",
    why="HTML table: withheld in KR, no action (no violation), removed, content not found",
    items={X[3]: "restricted", X[6]: "rejected", X[8]: "removed", X[9]: "not_found"},
)

X_CSV_ROWS = [
    (X[0], "withheld", "KR", "Local law (Information and Communications Network Act)"),
    (X[1], "withheld", "KR", "Local law (Information and Communications Network Act)"),
    (X[2], "withheld", "KR", "Local law (Information and Communications Network Act)"),
    (X[3], "withheld", "KR", "Local law (Information and Communications Network Act)"),
    (X[4], "removed", "global", "X Rules: non-consensual nudity"),
    (X[5], "removed", "global", "X Rules: non-consensual nudity"),
    (X[6], "no action", "", "No violation of X Rules or local law found"),
    (X[7], "withheld", "KR", "Local law (Information and Communications Network Act)"),
    (X[8], "removed", "global", "X Rules: synthetic and manipulated media"),
    (X[9], "not found", "", "Post does not exist (deleted by account holder)"),
    (X[10], "removed", "global", "Account suspended"),
    (X[11], "suspended", "global", "Account suspended: non-consensual nudity"),
]
_xcsv = "url,action,scope,reason\n" + "".join(
    "%s,%s,%s,%s\n" % (u, a, s, '"%s"' % r if "," in r or "(" in r else r) for u, a, s, r in X_CSV_ROWS)
case(
    name="x-csv-attachment-all-urls",
    date="Mon, 09 Sep 2024 09:15:00 +0000",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    subject="RE: [%s] Final response" % X_REF,
    reply_to_req=req_mid(X_REF),
    raw_mime="""Content-Type: multipart/mixed; boundary="=_xl_9f31"

--=_xl_9f31
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

This is our final response to request %s. The action taken on each
reported URL is listed in the attached file (one row per URL).

Regards,
X Legal

--=_xl_9f31
Content-Type: text/csv; charset=utf-8; name="%s_actions.csv"
Content-Disposition: attachment; filename="%s_actions.csv"
Content-Transfer-Encoding: base64

%s
--=_xl_9f31--
""" % (X_REF, X_REF, X_REF, b64(_xcsv)),
    outcome="applied", classification="confirmation",
    imitates="X legal final response with a per-URL CSV export attached",
    why="CSV attachment gives an action for each of the 12 URLs",
    items={u: {"withheld": "restricted", "removed": "removed", "no action": "rejected",
               "not found": "not_found", "suspended": "removed"}[a] for u, a, _, _ in X_CSV_ROWS},
)

case(
    name="x-gmail-reply-two-posts",
    date="Sun, 08 Sep 2024 23:47:12 +0000",
    **{"from": "jiwoo.han@x.com"}, name_from="Jiwoo Han",
    subject="Re: [%s] Request for removal of content" % X_REF,
    reply_to_req=req_mid(X_REF),
    body="""Hi there,

Quick update from our side on two of the posts:

%s was removed today for breaking our rules on
non-consensual intimate media.

%s had already been deleted by the account
holder when we reviewed it, so there was nothing left for us to act on.

Jiwoo Han
Legal Policy, X Corp.

%s
""" % (X[4], X[9], quoted(X_REF, X, "Tue, Sep 3, 2024 at 2:00 PM")),
    outcome="applied", classification="confirmation",
    imitates="X legal policy staff reply, top-posted over Gmail-quoted request",
    why="One post removed, one already deleted by its author (not_found); quoted list not statements",
    items={X[4]: "removed", X[9]: "not_found"},
)

X4_WRAP = X[3][:38] + "\n" + X[3][38:]
case(
    name="x-dsa-statement-of-reasons-wrapped",
    date="Tue, 10 Sep 2024 04:05:33 +0000",
    **{"from": "dsa-notices@x.com"}, name_from="X",
    subject="Statement of reasons - decision on reported content (%s)" % X_REF,
    body="""Statement of reasons

Your notice reference: %s
Decision ID: SOR-2409-77120-KR

Content concerned:
<%s>

Type of restriction: visibility restriction - the post is withheld
and cannot be viewed in the Republic of Korea.
Territorial scope: KR
Grounds: illegal content under the law of the Republic of Korea
Automated detection: no. Automated decision: no.

Information on redress is available at
https://help.x.com/en/forms/account-access/appeals

X
""" % (X_REF, X4_WRAP),
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons as sent by X (decision ID, restriction type, territorial scope)",
    why="SoR: the post (URL wrapped inside angle brackets) withheld in KR -> restricted",
    items={X[3]: "restricted"},
)

case(
    name="x-numbered-results",
    date="Wed, 11 Sep 2024 07:30:00 +0000",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    subject="Re: [%s] remaining items" % X_REF,
    reply_to_req=req_mid(X_REF),
    body="""Hello,

Please see the outcome for the remaining items of your request:

1. %s - Removed (violent and sensitive media policy)
2. %s - No violation found; no action taken
3. %s - Unable to locate: this post does not exist

Kind regards,
X Legal
""" % (X[5], X[6], X[9]),
    outcome="applied", classification="confirmation",
    imitates="X legal reply with a numbered list, decision after each URL",
    why="Numbered list: removed, no violation (rejected), does not exist (not_found)",
    items={X[5]: "removed", X[6]: "rejected", X[9]: "not_found"},
)

case(
    name="x-promise-to-withhold",
    date="Wed, 04 Sep 2024 05:10:00 +0000",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    subject="Re: [%s] Request to remove content" % X_REF,
    reply_to_req=req_mid(X_REF),
    body="""Hello,

We are in receipt of your request and have begun our review.

Based on our initial assessment, the posts at
%s and
%s
will be withheld in South Korea once the review is complete. We will
confirm the outcome for all URLs in a separate email.

Regards,
X Legal
""" % (X[0], X[1]),
    outcome="review", review="not_understood",
    imitates="X legal interim reply announcing an intended withholding",
    why="Only a promise ('will be withheld once the review is complete'): nothing has happened yet",
    items=n([X[0], X[1]]),
)

case(
    name="x-all-actioned-bulk",
    date="Thu, 12 Sep 2024 01:00:00 +0000",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    subject="Re: [%s] Request to remove content" % X_REF,
    reply_to_req=req_mid(X_REF),
    body="""Hello,

All posts and accounts listed in your request %s have now been
actioned in accordance with our policies and local law.

Thank you for your patience.

X Legal
""" % X_REF,
    outcome="review", review="bulk",
    imitates="X legal one-line closure about the whole request",
    why="'All posts and accounts ... actioned' for a 12-item request, no URL named: bulk",
    items=n(X),
)

case(
    name="x-needs-court-order",
    date="Thu, 05 Sep 2024 16:44:00 +0000",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    subject="Re: [%s] Additional information needed" % X_REF,
    reply_to_req=req_mid(X_REF),
    body="""Hello,

Thank you for your request. Before we can assess the following posts we
need more information:

%s
%s
%s

Please send us a copy of the legal order or the specific provision of
Korean law each post is alleged to violate, and explain how the person
depicted is identifiable. We are unable to process these three URLs until
we receive it.

Regards,
X Legal
""" % (X[8], X[9], X[10]),
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="X legal request for the legal basis / court order before acting",
    why="Asks for documents before acting on three named posts; no status stated",
    items=n([X[8], X[9], X[10]]),
)

case(
    name="x-case-received-echo",
    date="Tue, 03 Sep 2024 07:02:11 +0000",
    **{"from": "no-reply@x.com"}, name_from="X Support",
    subject="Case# 0194-8821: We've received your report",
    body="""Hello,

Thanks for reaching out. We've received your report and created case
0194-8821. Our team will review it and get back to you.

Reported content:
%s

Please do not reply to this message; replies to this address are not
monitored.

X Support
""" % X[0],
    outcome="ignored", classification="acknowledgement",
    imitates="X support automatic case-created receipt echoing the reported URL",
    why="Pure receipt: case created, review to come; the echoed URL has no status",
    items={X[0]: "pending"},
)

# ================================================================ YouTube
case(
    name="yt-legal-removed-and-blocked-kr",
    date="Fri, 06 Sep 2024 03:20:00 +0000",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    subject="[%s] YouTube legal removal request - outcome" % YT_REF,
    reply_to_req=req_mid(YT_REF),
    body="""Hello,

Thanks for contacting YouTube regarding request %s.

After reviewing your request, we removed the following video from
YouTube for violating our Community Guidelines:
%s

We have also blocked the following video from view in South Korea in
response to your legal complaint:
%s

We're still reviewing the rest of your request.

Regards,
The YouTube Legal Support Team
""" % (YT_REF, YT[0], YT[1]),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome email (removed under Community Guidelines / blocked locally)",
    why="One video removed globally, one blocked in KR; the rest only promised",
    items={YT[0]: "removed", YT[1]: "restricted"},
)

_yt_b64 = """Hi,

We've reviewed the content you reported under %s.

- %s : this Short has been age-restricted. It is no longer visible to
  viewers who are signed out or under 18.
- %s : this channel has been terminated for repeated violations of our
  harassment and cyberbullying policy.

Learn more about age restrictions:
https://support.google.com/youtube/answer/2802167

Best regards,
YouTube Trust & Safety
""" % (YT_REF, YT[2], YT[3])
case(
    name="yt-base64-age-restricted-terminated",
    date="Sat, 07 Sep 2024 10:01:45 +0000",
    **{"from": "noreply-trustsafety@youtube.com"}, name_from="YouTube",
    subject="Update on your report (%s)" % YT_REF,
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

%s
""" % b64(_yt_b64),
    outcome="applied", classification="confirmation",
    imitates="YouTube Trust & Safety report update (age restriction, channel termination), base64 body",
    why="Base64 body: Short age-restricted (restricted), channel terminated (removed)",
    items={YT[2]: "restricted", YT[3]: "removed"},
)

case(
    name="yt-bare-url-status-below",
    date="Mon, 09 Sep 2024 02:15:00 +0000",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Korea",
    subject="Re: [%s] Request for removal of content" % YT_REF,
    reply_to_req=req_mid(YT_REF),
    body="""Dear KCSC,

Please find below the outcome of our review for each URL.

%s
Status: Removed - Community Guidelines (harassment)

%s
Status: Blocked in South Korea - local legal grounds

%s
Status: Age-restricted

%s
Status: Channel terminated

Kind regards,
Google Legal Team
""" % (YT[0], YT[1], YT[2], YT[3]),
    outcome="applied", classification="confirmation",
    imitates="Google legal team per-URL outcome list (bare URL, Status line below)",
    why="Each bare URL followed by its status line: removed, blocked in KR, age-restricted, terminated",
    items={YT[0]: "removed", YT[1]: "restricted", YT[2]: "restricted", YT[3]: "removed"},
)

_yt_qp = """Hello,

Thank you for your patience while we reviewed request %s.

The video at %s has been removed from YouTube because it violates our policy on harassment and cyberbullying. The channel %s has also been terminated under the same policy; all of its videos are no longer available.

You can find more information about our policies at https://www.youtube.com/howyoutubeworks/policies/community-guidelines/ \u2014 we appreciate your help keeping YouTube safe.

YouTube Legal Support
""" % (YT_REF, YT[0], YT[3])
case(
    name="yt-quoted-printable-long-lines",
    date="Tue, 10 Sep 2024 08:50:12 +0000",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    subject="[%s] Your removal request" % YT_REF,
    reply_to_req=req_mid(YT_REF),
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

%s
""" % qp(_yt_qp),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support email with quoted-printable soft-wrapped long lines",
    why="QP body: video removed, channel terminated (removed)",
    items={YT[0]: "removed", YT[3]: "removed"},
)

case(
    name="yt-outlook-original-message",
    date="Wed, 11 Sep 2024 05:33:00 +0000",
    **{"from": "soyeon.park@google.com"}, name_from="Soyeon Park",
    subject="RE: [%s] Request for removal of content" % YT_REF,
    reply_to_req=req_mid(YT_REF),
    body="""Hello,

Further to our earlier message: %s is now blocked
from view in South Korea following our legal review. The other URLs were
answered separately.

Best regards,
Soyeon Park | Legal Specialist, YouTube Korea

%s
""" % (YT[1], quoted(YT_REF, YT, "Wednesday, September 4, 2024 10:30 AM", "outlook")),
    outcome="applied", classification="confirmation",
    imitates="YouTube Korea legal specialist reply in Outlook style over '-----Original Message-----'",
    why="One video blocked in KR; the quoted original request below is not a statement",
    items={YT[1]: "restricted"},
)

case(
    name="yt-hedged-still-reviewing",
    date="Thu, 05 Sep 2024 06:00:00 +0000",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    subject="Re: [%s] Request for removal of content" % YT_REF,
    reply_to_req=req_mid(YT_REF),
    body="""Hello,

Thanks for your request. A quick note while our review continues:

It appears that %s may already have been
taken down by the uploader, but we have not yet been able to confirm this.
%s is still under review with our legal team.

We'll be in touch once we have a decision.

YouTube Legal Support
""" % (YT[0], YT[1]),
    outcome="review", review="not_understood",
    imitates="YouTube legal interim update with hedged wording",
    why="'appears ... may already have been taken down', unconfirmed, and 'still under review': no statement",
    items=n([YT[0], YT[1]]),
)

case(
    name="yt-template-contradiction",
    date="Fri, 13 Sep 2024 09:09:09 +0000",
    **{"from": "noreply-trustsafety@youtube.com"}, name_from="YouTube",
    subject="Content removed - %s" % YT_REF,
    body="""Hi,

Outcome for %s: Removed

We reviewed the channel you reported and found that it does not violate
our Community Guidelines, so we have not taken action on it at this time.

If you think we got this wrong, you can reply with more information.

YouTube Trust & Safety
""" % YT[3],
    outcome="review", review="conflicting_statements",
    imitates="YouTube report outcome template whose headline contradicts its body",
    why="'Outcome: Removed' and 'does not violate ... not taken action' about the same channel",
    items={YT[3]: "pending"},
)

case(
    name="yt-out-of-office-quoting-request",
    date="Wed, 04 Sep 2024 01:35:00 +0000",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Korea",
    subject="Automatic reply: [%s] Request for removal of content" % YT_REF,
    extra_headers=OOO,
    body="""I am out of the office until 9 September with limited access to email.
Urgent legal requests about YouTube can be filed at
https://support.google.com/legal/answer/3110420 and will be handled by
the team in my absence.

%s
""" % quoted(YT_REF, YT, "Wed, Sep 4, 2024 at 10:30 AM"),
    outcome="ignored", classification="auto_reply",
    imitates="Google Workspace out-of-office auto-reply that quotes the incoming request",
    why="Out-of-office; the URLs are only in the quoted request",
)

# =================================================================== Meta
case(
    name="meta-dsa-statement-of-reasons",
    date="Sat, 07 Sep 2024 12:12:12 +0000",
    **{"from": "notification@support.facebookmail.com"}, name_from="Instagram",
    subject="Decision on the content you reported (%s)" % META_REF,
    body="""Statement of reasons

Reference: %s
Decision date: 7 September 2024

What we decided
We removed the content below. It is no longer available on Instagram.

Content
%s

Why we made this decision
The content goes against our Community Guidelines on adult nudity and
sexual activity, and it was also reported as illegal content under the
law of the Republic of Korea.

Territorial scope: worldwide
Detected by: report from a government authority
Decision made by: a human reviewer

Your options
If you disagree with this decision you can ask for another review at
https://help.instagram.com/contact/dsa-appeal

Meta Platforms Ireland Ltd.
""" % (META_REF, META[1]),
    outcome="applied", classification="confirmation",
    imitates="Meta DSA statement of reasons ('What we decided / Why / Your options')",
    why="Instagram post removed worldwide",
    items={META[1]: "removed"},
)

case(
    name="meta-facebook-restricted-in-korea",
    date="Mon, 09 Sep 2024 04:44:00 +0000",
    **{"from": "records@fb.com"}, name_from="Meta Law Enforcement Response Team",
    subject="Re: [%s] Request for removal of content" % META_REF,
    reply_to_req=req_mid(META_REF),
    body="""Hello,

We have reviewed your report under %s.

Based on local law, we have restricted access to the following Facebook
content in South Korea:
%s

It is still visible outside South Korea, as it does not go against the
Facebook Community Standards.

We will respond about the Instagram content in your request separately.

Regards,
Meta
""" % (META_REF, META[0]),
    outcome="applied", classification="confirmation",
    imitates="Meta content-restriction-based-on-local-law reply (Facebook)",
    why="Group post restricted in KR; the Instagram items are only promised",
    items={META[0]: "restricted"},
)

case(
    name="meta-instagram-html-two-items",
    date="Tue, 10 Sep 2024 13:00:00 +0000",
    **{"from": "no-reply@instagram.com"}, name_from="Instagram",
    subject="We reviewed the content you reported",
    reply_to_req=req_mid(META_REF),
    type="html",
    body="""<!DOCTYPE html><html><body style="margin:0;font-family:-apple-system,Helvetica,sans-serif">
<div style="max-width:560px;margin:auto;padding:16px">
<h2 style="font-size:18px">We reviewed the content you reported</h2>
<p>Thanks for your report (%s). Here is what we found.</p>
<div style="border:1px solid #dbdbdb;padding:12px;margin-bottom:10px">
<p style="margin:0"><a href="%s">%s</a></p>
<p style="margin:4px 0 0 0"><b>We removed this post</b> because it goes against our Community Guidelines.</p>
</div>
<div style="border:1px solid #dbdbdb;padding:12px">
<p style="margin:0"><a href="%s">%s</a></p>
<p style="margin:4px 0 0 0"><b>We didn't remove this reel</b> because it doesn't go against our Community Guidelines.</p>
</div>
<p style="color:#8e8e8e;font-size:12px">&copy; Meta &middot; <a href="https://help.instagram.com/">Help Center</a></p>
</div></body></html>""" % (META_REF, META[1], META[1], META[2], META[2]),
    outcome="applied", classification="confirmation",
    imitates="Instagram 'We reviewed the content you reported' HTML outcome email",
    why="Post removed; reel not removed because it does not break the guidelines (rejected)",
    items={META[1]: "removed", META[2]: "rejected"},
)

case(
    name="meta-failed-dmarc",
    date="Wed, 11 Sep 2024 03:03:03 +0000",
    **{"from": "records@fb.com"}, name_from="Meta",
    auth="fail",
    subject="Re: [%s] Request for removal of content" % META_REF,
    reply_to_req=req_mid(META_REF),
    body="""Hello,

We have removed the following content as requested:
%s

Regards,
Meta Content Response
""" % META[0],
    outcome="review", review="untrusted",
    imitates="Meta content-response reply, but DKIM/SPF/DMARC fail",
    why="Claims a removal from fb.com but fails authentication",
    items={META[0]: "pending"},
)

_mdn = """Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-5521"

--mdn-5521
Content-Type: text/plain; charset=utf-8

Your message

  To: lawenforcement-kr@meta.com
  Subject: [%s] Request for removal of content
  Sent: Thursday, 5 September 2024 11:00 (UTC+09:00) Seoul

was read on Friday, 6 September 2024 02:14 (UTC+00:00).

--mdn-5521
Content-Type: message/disposition-notification

Reporting-UA: meta.com; Microsoft Exchange Server
Final-Recipient: rfc822;lawenforcement-kr@meta.com
Original-Message-ID: <%s@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-5521--
""" % (META_REF, req_mid(META_REF))
case(
    name="meta-read-receipt",
    date="Fri, 06 Sep 2024 02:14:30 +0000",
    **{"from": "lawenforcement-kr@meta.com"}, name_from="Meta LE Korea",
    subject="Read: [%s] Request for removal of content" % META_REF,
    reply_to_req=req_mid(META_REF),
    raw_mime=_mdn,
    outcome="ignored", classification="read_receipt",
    imitates="Exchange read receipt (MDN, message/disposition-notification)",
    why="Read receipt only",
)

# ================================================================= TikTok
case(
    name="tiktok-numbered-restricted-removed",
    date="Mon, 09 Sep 2024 08:00:00 +0000",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    subject="Re: [%s] Request for removal of content" % TT_REF,
    reply_to_req=req_mid(TT_REF),
    body="""Dear Sir or Madam,

Thank you for your notice (%s). Having assessed the reported videos, we
have taken the following action:

1) %s
   Restricted - no longer viewable in the Republic of Korea (local law).
2) %s
   Restricted - no longer viewable in the Republic of Korea (local law).
3) %s
   Removed globally for violating our Community Guidelines.

The remaining videos are still being assessed.

Kind regards,
TikTok Legal Team
""" % (TT_REF, TT[0], TT[1], TT[2]),
    outcome="applied", classification="confirmation",
    imitates="TikTok legal team reply to a government takedown (local-law restriction vs. global removal)",
    why="Two videos restricted in KR, one removed globally; rest only under assessment",
    items={TT[0]: "restricted", TT[1]: "restricted", TT[2]: "removed"},
)

case(
    name="tiktok-statement-then-url-line",
    date="Tue, 10 Sep 2024 07:07:00 +0000",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    subject="Report update: %s" % TT_REF,
    body="""Hi,

Thanks for helping keep TikTok safe. Here is an update on your report
%s.

The video below was removed for violating our Community Guidelines:
%s

The video below did not violate our Community Guidelines and remains
available:
%s

You can check the status of reports in the Safety Center:
https://www.tiktok.com/safety/en/report-status

TikTok Trust & Safety
""" % (TT_REF, TT[3], TT[4]),
    outcome="applied", classification="confirmation",
    imitates="TikTok 'report update' notification (removed / did not violate)",
    why="Statement line with the URL on the next line: removed; no violation, remains (rejected)",
    items={TT[3]: "removed", TT[4]: "rejected"},
)

case(
    name="tiktok-text-table-all-five",
    date="Thu, 12 Sep 2024 02:30:00 +0000",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    subject="[%s] Result of review" % TT_REF,
    reply_to_req=req_mid(TT_REF),
    body="""Hello,

Result of our review for %s:

No | %s | Action
---+-%s-+-------------------------
1  | %s | Restricted in KR
2  | %s | Restricted in KR
3  | %s | Removed
4  | %s | Removed
5  | %s | No violation - no action

Best regards,
TikTok Legal Team
""" % (TT_REF, "Video URL".ljust(len(TT[0])), "-" * len(TT[0]), TT[0], TT[1], TT[2].ljust(len(TT[0])), TT[3].ljust(len(TT[0])), TT[4].ljust(len(TT[0]))),
    outcome="applied", classification="confirmation",
    imitates="TikTok legal result as a plain-text table",
    why="Text table: two restricted in KR, two removed, one no violation (rejected)",
    items={TT[0]: "restricted", TT[1]: "restricted", TT[2]: "removed",
           TT[3]: "removed", TT[4]: "rejected"},
)

case(
    name="tiktok-bilingual-korean-particles",
    date="Fri, 13 Sep 2024 01:10:00 +0000",
    **{"from": "kr-policy@tiktok.com"}, name_from="TikTok Korea Policy",
    subject="Re: [%s] 요청하신 콘텐츠 조치 결과 / action taken" % TT_REF,
    reply_to_req=req_mid(TT_REF),
    body="""안녕하세요, 틱톡 코리아 정책팀입니다. (English below)

%s는 커뮤니티 가이드라인 위반으로 삭제되었습니다.
%s 은 검토 결과 가이드라인 위반이 확인되지 않아 게시가 유지됩니다.

---
Hello, this is the TikTok Korea policy team.

%s has been removed for violating our Community
Guidelines. %s was reviewed and found not
to violate our guidelines, so it remains on TikTok.

감사합니다 / Thank you,
TikTok Korea Policy
""" % (TT[3], TT[4], TT[3], TT[4]),
    outcome="applied", classification="confirmation",
    imitates="TikTok Korea policy team bilingual (Korean/English) reply",
    why="Same two statements in both languages: removed; no violation, stays up (rejected); URLs followed by Korean particles",
    items={TT[3]: "removed", TT[4]: "rejected"},
)

case(
    name="tiktok-all-videos-removed-bulk",
    date="Wed, 11 Sep 2024 10:10:10 +0000",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    subject="Re: [%s] Request for removal of content" % TT_REF,
    reply_to_req=req_mid(TT_REF),
    body="""Hello,

We confirm that all of the videos reported in your request %s have
been removed from TikTok.

Kind regards,
TikTok Legal Team
""" % TT_REF,
    outcome="review", review="bulk",
    imitates="TikTok legal short closure for a whole request",
    why="'all of the videos ... removed' for a five-item request, none named: bulk",
    items=n(TT),
)

case(
    name="tiktok-vendor-unknown-sender",
    date="Thu, 12 Sep 2024 11:45:00 +0000",
    **{"from": "casework@trustops-partners.example"}, name_from="TrustOps Partners (on behalf of TikTok)",
    subject="Re: [%s] Request for removal of content" % TT_REF,
    reply_to_req=req_mid(TT_REF),
    body="""Hello,

We handle government notices on behalf of TikTok in the APAC region.

The following video has been removed:
%s

Best,
TrustOps Partners casework team
""" % TT[2],
    outcome="review", review="unknown_sender",
    imitates="outsourced moderation vendor replying for a platform from its own domain",
    why="Removal claim from a domain that is not TikTok's",
    items={TT[2]: "pending"},
)

case(
    name="tiktok-out-of-office",
    date="Sat, 07 Sep 2024 00:05:00 +0000",
    **{"from": "hyejin.kang@tiktok.com"}, name_from="Hyejin Kang",
    subject="Out of Office: [%s] Request for removal of content" % TT_REF,
    reply_to_req=req_mid(TT_REF),
    extra_headers=OOO,
    body="""Thank you for your email. I am on annual leave until Monday 16 September
and will reply on my return. For urgent government requests, please
contact legal-kr@tiktok.com.

Hyejin
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office auto-reply from a platform staffer",
    why="Out-of-office auto-reply",
)

case(
    name="pinterest-about-tiktok-video",
    date="Thu, 12 Sep 2024 06:06:06 +0000",
    **{"from": "legal@pinterest.com"}, name_from="Pinterest Legal",
    subject="Re: [%s] Request for removal of content" % TT_REF,
    body="""Hello,

We received a copy of your request %s. We have removed the
following content you reported:

%s

Please note that Pinterest cannot act on content hosted on other
services; the Pins that linked to this video have been deactivated.

Pinterest Legal
""" % (TT_REF, TT[2]),
    outcome="review", review="wrong_platform",
    imitates="Pinterest legal reply about a request copied to it, naming another service's URL",
    why="Pinterest states a removal of a TikTok video: another platform's item",
    items={TT[2]: "pending"},
)

# ================================================================= Reddit
case(
    name="reddit-safety-echoed-report",
    date="Wed, 11 Sep 2024 18:20:00 +0000",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit Safety",
    subject="Thanks for your report (%s)" % RD_REF,
    body="""Hi,

Thanks for submitting a report to the Reddit Safety team.

Reported content: %s
Report reason: Non-consensual intimate media
Reference: %s

After investigating, we've found that the reported content violates
Reddit's Content Policy and have removed it.

Thanks again for your report. You can find out more about our policies
at https://www.redditinc.com/policies/content-policy

Reddit Safety
""" % (RD[1], RD_REF),
    outcome="applied", classification="confirmation",
    imitates="Reddit Safety report-outcome email echoing the reported link",
    why="Echoed report names one post; 'have removed it' is about that post",
    items={RD[1]: "removed"},
)

case(
    name="reddit-legal-raw-korean-slug",
    date="Fri, 13 Sep 2024 15:00:00 +0000",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    subject="Re: [%s] Request for removal of content" % RD_REF,
    reply_to_req=req_mid(RD_REF),
    body="""Hello,

Thank you for your request. Our decisions are as follows.

Post: %s
Action: Restricted in South Korea (geo-blocked under local law)

Post: %s
Action: Already removed by Reddit's Safety team on 11 September 2024

Regards,
Reddit Legal
""" % (RD_RAW, RD[1]),
    outcome="applied", classification="confirmation",
    imitates="Reddit legal government-request reply (geo-block under local law)",
    why="Korean slug written raw (matches its percent-encoded form): geo-blocked; second already removed by Reddit",
    items={RD[0]: "restricted", RD[1]: "removed"},
)

case(
    name="reddit-portal-notice-no-claims",
    date="Tue, 17 Sep 2024 20:00:00 +0000",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    subject="Changes to how government authorities contact Reddit",
    body="""Hello,

We are writing to government authorities who have contacted Reddit in
the past year. From 1 October 2024, removal requests and other legal
requests should be submitted through our government request portal at
https://www.reddit.com/gov-requests rather than by email.

Requests already sent by email will still be answered.

Regards,
Reddit Legal
""",
    outcome="review", review="no_claims",
    imitates="Reddit legal circular to government requesters about a new intake portal",
    why="Trusted Reddit mail that names no item and no request",
)

case(
    name="reddit-bounce-dsn",
    date="Mon, 09 Sep 2024 02:01:00 +0000",
    **{"from": "mailer-daemon@googlemail.com"}, name_from="Mail Delivery Subsystem",
    subject="Delivery Status Notification (Failure)",
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-77aa"

--dsn-77aa
Content-Type: text/plain; charset=utf-8

** Address not found **

Your message wasn't delivered to legal-requests@reddit.com because the
address couldn't be found, or is unable to receive mail.

--dsn-77aa
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Mon, 09 Sep 2024 02:00:58 +0000

Final-Recipient: rfc822; legal-requests@reddit.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.

--dsn-77aa
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-requests@reddit.com
Subject: [%s] Request for removal of content
Message-ID: <%s@kcsc.example>
Date: Mon, 09 Sep 2024 11:00:40 +0900

--dsn-77aa--
""" % (RD_REF, req_mid(RD_REF)),
    outcome="ignored", classification="bounce",
    imitates="Gmail-style DSN (5.1.1 address not found) with the original headers",
    why="Delivery failure report",
)

# ================================================================ Discord
case(
    name="discord-ts-single-item-no-url",
    date="Thu, 12 Sep 2024 22:22:00 +0000",
    **{"from": "support@discord.com"}, name_from="Discord Trust & Safety",
    subject="Re: [%s] Request for removal of content - Ticket #48213" % DC_REF,
    reply_to_req=req_mid(DC_REF),
    body="""Hello,

Thank you for reaching out to Discord Trust & Safety.

We have reviewed your report and removed the reported message. We have
also taken action against the account that posted it, in line with our
Community Guidelines.

Our Transparency Reports describe the enforcement actions we take:
https://discord.com/safety-transparency-reports

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety ticket reply ('we have taken action')",
    why="Reply in the thread of a one-item request: the reported message removed, no URL needed",
    items={DC[0]: "removed"},
)

case(
    name="discord-ticket-received",
    date="Tue, 10 Sep 2024 06:40:00 +0000",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    subject="[Discord] We've received your request (#48213)",
    reply_to_req=req_mid(DC_REF),
    body="""Hi there,

Your request (#48213) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

This email is a service from Discord.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style ticket receipt from Discord support",
    why="Pure ticket receipt",
)

# ================================================================= Twitch
case(
    name="twitch-vod-deleted-clip-invalid",
    date="Fri, 13 Sep 2024 04:00:00 +0000",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    subject="Re: [%s] Request for removal of content" % TW_REF,
    reply_to_req=req_mid(TW_REF),
    body="""Hello,

Thank you for your notice. We reviewed both links:

* The VOD %s has been deleted for violating our
  Community Guidelines on gambling.
* The clip link %s is
  invalid - no clip exists at that address.

Best regards,
Twitch Legal
""" % (TW[0], TW[1]),
    outcome="applied", classification="confirmation",
    imitates="Twitch legal reply to a government notice (bulleted)",
    why="VOD deleted (removed); clip does not exist (not_found)",
    items={TW[0]: "removed", TW[1]: "not_found"},
)

_tw_txt = """Your report has been resolved

Reference: %s

%s
We took action on this VOD and it is no longer available on Twitch.

%s
This clip was deleted by its creator before our review.

Twitch Safety
""" % (TW_REF, TW[0], TW[1])
_tw_html = """<html><body>
<h3>Your report has been resolved</h3>
<p>Reference: %s</p>
<p><a href="%s">%s</a><br>We took action on this VOD and it is no longer available on Twitch.</p>
<p><a href="%s">%s</a><br>This clip was deleted by its creator before our review.</p>
<p>Twitch Safety &middot; <a href="https://safety.twitch.tv/s/article/Community-Guidelines">Community Guidelines</a></p>
</body></html>""" % (TW_REF, TW[0], TW[0], TW[1], TW[1])
case(
    name="twitch-html-report-resolved",
    date="Sat, 14 Sep 2024 09:30:00 +0000",
    **{"from": "no-reply@twitch.tv"}, name_from="Twitch",
    subject="Your report has been resolved",
    raw_mime="""Content-Type: multipart/alternative; boundary="tw-alt-01"

--tw-alt-01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

%s
--tw-alt-01
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

%s
--tw-alt-01--
""" % (_tw_txt, b64(_tw_html)),
    outcome="applied", classification="confirmation",
    imitates="Twitch 'Your report has been resolved' notification (multipart/alternative)",
    why="VOD actioned and no longer available (removed); clip deleted by its creator (not_found)",
    items={TW[0]: "removed", TW[1]: "not_found"},
)

case(
    name="twitch-conditional-removal",
    date="Thu, 12 Sep 2024 03:00:00 +0000",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    subject="Re: [%s] Request for removal of content" % TW_REF,
    reply_to_req=req_mid(TW_REF),
    body="""Hello,

We have contacted the streamer about the VOD
%s.
If the streamer does not delete it within 48 hours, we will remove it
ourselves and apply an enforcement action to the channel.

Best regards,
Twitch Legal
""" % TW[0],
    outcome="review", review="not_understood",
    imitates="Twitch legal reply giving the creator a deadline",
    why="Conditional future removal only",
    items={TW[0]: "pending"},
)

# ===================================================== Snapchat (no request)
case(
    name="snapchat-unmonitored-autoreply",
    date="Wed, 11 Sep 2024 00:30:00 +0000",
    **{"from": "no-reply@snap.com"}, name_from="Snap Inc.",
    subject="Auto: [%s] Request for removal of content" % TT_REF,
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""This mailbox is not monitored and your message has not been read.

To report content on Snapchat, please use https://help.snapchat.com/hc/requests/new
Government and law enforcement requests should be submitted through
https://lawenforcement.snapchat.com

Snap Inc.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Snap unmonitored-mailbox automatic response",
    why="Automatic 'not monitored' reply to a request copied to Snap",
)

HEADER = """# Blind set 310 (English notices from many platforms), written from each
# email's meaning before any run of the reader. Generated by make.py."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind310", HEADER, CASES)


if __name__ == "__main__":
    main()
