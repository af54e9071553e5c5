#!/usr/bin/env python3
"""Blind set 540: what a program gets wrong.

Writes requests.csv, cases/*.eml and expected.toml (deterministic):

    python3 tests/corpus/blind540/make.py

Focus: several statuses in one sentence, hedges inside relative clauses,
negations ("has not been removed, but ..."), refusals with their reasons,
later sentences that correct earlier ones, a table contradicted by a note,
and statuses given by position. Every expected result below was written from
the meaning of the email alone, before any run of the reader.
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind540"

# ---------------------------------------------------------------- requests
X = {i: None for i in range(1, 15)}
X[1] = "https://x.com/moonlit_ferry/status/1830211000000000101"
X[2] = "https://x.com/moonlit_ferry/status/1830211000000000102"
X[3] = "https://x.com/gravel_oracle/status/1830211000000000203"
X[4] = "https://x.com/gravel_oracle/status/1830211000000000204"
X[5] = "https://x.com/tin_lantern_77/status/1830211000000000305"
X[6] = "https://x.com/tin_lantern_77/status/1830211000000000306"
X[7] = "https://x.com/quietbazaar/status/1830211000000000407"
X[8] = "https://x.com/quietbazaar/status/1830211000000000408"
X[9] = "https://x.com/paperkite_kr/status/1830211000000000509"
X[10] = "https://x.com/paperkite_kr/status/1830211000000000510"
X[11] = "https://x.com/saltmarsh_dd/status/1830211000000000611"
X[12] = "https://x.com/saltmarsh_dd/status/1830211000000000612"
X[13] = "https://x.com/hollow_signal"
X[14] = "https://x.com/northgate_relay/status/1830211000000000714"

T1 = "https://t.me/amber_dock_market/118"
T2 = "https://t.me/amber_dock_market/204"
T3 = "https://t.me/velvet_quarry"
T4 = "https://t.me/s/pinecone_exchange/57"

Y1 = "https://www.youtube.com/watch?v=Qm7rTz2LkVa"
Y2 = "https://www.youtube.com/watch?v=bN4xWc9HpQe"
Y3 = "https://www.youtube.com/@lanternroad_tv"

N1 = "https://blog.naver.com/siltriver88/223560011201"
N2 = "https://blog.naver.com/siltriver88/223560011277"
N3 = "https://cafe.naver.com/greyorchard/4410"
N4 = "https://cafe.naver.com/greyorchard/4432"
N5 = "https://blog.naver.com/siltriver88/category/%EA%B1%B0%EB%9E%98%EC%95%88%EB%82%B4"
N5_RAW = "https://blog.naver.com/siltriver88/category/거래안내"
N6 = "https://blog.naver.com/mistyquay/223571100450"

D1 = "https://cafe.daum.net/stonewillow/Fr3k/812"
D2 = "https://lowtide-notes.tistory.com/145"

K1 = "https://www.tiktok.com/@copperwren.kr/video/7410922200118834561"

REQ = {
    "x": ("KCSC-240903-01", "x", "2024-09-03T10:00:00+09:00", "2024-09-10", "drugs",
          "req.240903-01@kcsc.example"),
    "tg": ("KCSC-240905-02", "telegram", "2024-09-05T11:30:00+09:00", "2024-09-12", "drugs",
           "req.240905-02@kcsc.example"),
    "yt": ("KCSC-240906-03", "youtube", "2024-09-06T14:00:00+09:00", "2024-09-13", "gambling",
           "req.240906-03@kcsc.example"),
    "nv": ("KCSC-240909-04", "naver", "2024-09-09T09:40:00+09:00", "2024-09-16", "fraud",
           "req.240909-04@kcsc.example"),
    "dm": ("KCSC-240910-05", "daum", "2024-09-10T10:15:00+09:00", "2024-09-17", "defamation",
           "req.240910-05@kcsc.example"),
    "tt": ("KCSC-240911-06", "tiktok", "2024-09-11T16:20:00+09:00", "2024-09-18", "obscenity",
           "req.240911-06@kcsc.example"),
    "nv2": ("KCSC-240912-07", "naver", "2024-09-12T11:05:00+09:00", "2024-09-19", "privacy",
            "req.240912-07@kcsc.example"),
}

ITEMS = (
    [("x", X[i], "") for i in range(1, 15)]
    + [("tg", T1, 'channel "amber dock market", resale ads'), ("tg", T2, ""), ("tg", T3, ""),
       ("tg", T4, "web preview link, as reported")]
    + [("yt", Y1, ""), ("yt", Y2, ""), ("yt", Y3, "channel, not a single video")]
    + [("nv", N1, ""), ("nv", N2, ""), ("nv", N3, ""), ("nv", N4, ""),
       ("nv", N5, "category page; path is Korean (거래안내)")]
    + [("dm", D1, ""), ("dm", D2, "Tistory blog, handled by Kakao")]
    + [("tt", K1, "")]
    + [("nv2", N6, "")]
)


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for key, url, note in ITEMS:
            ref, plat, sent, due, cat, mid = REQ[key]
            w.writerow([ref, plat, sent, due, url, cat, mid, note])


def rid(key):
    """Our request's Message-ID without the domain, for corpuslib's reply_to_req."""
    return REQ[key][5].split("@", 1)[0]


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def b64_subject(text):
    return "=?UTF-8?B?" + base64.b64encode(text.encode("utf-8")).decode("ascii") + "?="


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


X_SIG = "\nRegards,\nX Legal Requests Team\nX Corp."

# ======================================================== applied (26)

case(name="x-withheld-and-removed-one-sentence", outcome="applied", classification="confirmation",
     frm="legal@x.com", name_from="X Legal", date="Fri, 06 Sep 2024 03:14:09 +0000",
     subject="Re: [KCSC-240903-01] Request for removal of content", reply_to_req=rid("x"),
     imitates="X legal-request outcome email (withheld in country / removed for rules violation)",
     why="one sentence carries two statuses: withheld in Korea for 101, removed entirely for 102",
     items={X[1]: "restricted", X[2]: "removed"},
     body=f"""
Hello,

Thank you for your request (KCSC-240903-01).

We have reviewed the reported posts. In response to your notice we have
withheld {X[1]} in South Korea, while {X[2]} has been removed from X entirely
because it violates our rules on illegal goods and services.

The remaining posts in your request are still being reviewed and we will
contact you about them separately.
{X_SIG}
""")

case(name="x-refusal-with-reason-and-withheld", outcome="applied", classification="confirmation",
     frm="legal@x.com", name_from="X Legal", date="Fri, 06 Sep 2024 08:40:51 +0000",
     subject="Re: [KCSC-240903-01] Request for removal of content", reply_to_req=rid("x"),
     imitates="X legal-request reply declining one post with its reason and withholding another",
     why="refusal with a reason ('not taking action', discusses news rather than offering) = rejected; the other post withheld in KR",
     items={X[3]: "rejected", X[4]: "restricted"},
     body=f"""
Hello,

We reviewed {X[3]} and did not find that it violates the X Rules or Korean
law: the post comments on news coverage of the activity rather than offering
anything for sale, and we are therefore not taking action on it.

The other post by the same account, {X[4]}, is now withheld in Korea (KR) in
accordance with local law.
{X_SIG}
""")

case(name="x-not-removed-but-withheld", outcome="applied", classification="confirmation",
     frm="legal@x.com", name_from="X Legal", date="Sat, 07 Sep 2024 01:02:33 +0000",
     subject="Re: [KCSC-240903-01] Status of two posts", reply_to_req=rid("x"),
     imitates="X legal-request clarification email (country withholding, post deleted by its author)",
     why="'has not been removed, but it is withheld in Korea' = restricted (the negation is of removal only); 306 deleted by its author before review = not_found",
     items={X[5]: "restricted", X[6]: "not_found"},
     body=f"""
Hello KCSC team,

To clarify the status of two posts from your request:

{X[5]} has not been removed, but it is withheld in the Republic of Korea and
cannot be viewed from there.

We could not act on {X[6]} because it no longer exists. The account holder
deleted it before our review took place.
{X_SIG}
""")

case(name="x-correction-in-later-sentence", outcome="applied", classification="confirmation",
     frm="dana.whitfield@x.com", name_from="Dana Whitfield", date="Tue, 10 Sep 2024 06:25:10 +0000",
     subject="Correction: KCSC-240903-01", reply_to_req=rid("x"),
     imitates="personal follow-up from a platform legal-requests employee correcting an earlier reply",
     why="the first sentence reports what she wrote before (withheld); the later sentences correct it: removed globally",
     items={X[7]: "removed"},
     body=f"""
Hello again,

In my message yesterday I wrote that {X[7]} had been withheld in Korea. That
was a mistake on my part. After a further review the post was found to breach
our violent speech policy and it has been removed globally, so it is not
available in any country.

Apologies for the confusion.

Dana Whitfield
Global Government Affairs - Legal Requests, X
""")

case(name="x-echoed-list-outcomes-by-position", outcome="applied", classification="confirmation",
     frm="legal-requests@x.com", name_from="X Legal Requests", date="Mon, 09 Sep 2024 11:47:02 +0000",
     subject="Your report KCSC-240903-01 - outcome (LR-2409-55817)", reply_to_req=rid("x"),
     imitates="ticket-system outcome notice echoing the reported URLs, then outcomes numbered in the same order",
     why="outcome n applies to reported URL n: 408 withheld in KR, 509 no violation, 510 removed",
     items={X[8]: "restricted", X[9]: "rejected", X[10]: "removed"},
     body=f"""
Report reference: KCSC-240903-01
Our reference: LR-2409-55817

Content reported:
  1. {X[8]}
  2. {X[9]}
  3. {X[10]}

Outcome:
  1. Withheld in: KR
  2. No action. The content does not violate the X Rules or applicable law.
  3. Removed. Violation of the X Rules (illegal or certain regulated goods
     or services).

This message was sent from an address that does not accept replies. To
follow up, open your request at https://legalrequests.x.com/case/LR-2409-55817
""")

case(name="x-html-table-with-correcting-note", outcome="applied", classification="confirmation",
     frm="legal-requests@x.com", name_from="X Legal Requests", date="Tue, 10 Sep 2024 02:30:18 +0000",
     subject="Outcome of your request KCSC-240903-01 (LR-2409-55902)", reply_to_req=rid("x"),
     imitates="HTML outcome table from a legal-request portal with a handwritten correction underneath",
     why="the table says 'Actioned' for 612 but the note below expressly corrects that row: no such post = not_found; 611 withheld KR",
     items={X[11]: "restricted", X[12]: "not_found"},
     type="html",
     body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Please see below the outcome for the posts reviewed under request KCSC-240903-01.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>#</th><th>Reported URL</th><th>Action</th></tr>
<tr><td>1</td><td><a href="{X[11]}">{X[11]}</a></td><td>Withheld (KR)</td></tr>
<tr><td>2</td><td><a href="{X[12]}">{X[12]}</a></td><td>Actioned</td></tr>
</table>
<p><b>Correction regarding row 2:</b> {X[12]} was not actioned by us. The
link does not lead to any post on X (there is no post with that ID), so please
treat it as not found and disregard the &quot;Actioned&quot; entry above.</p>
<p>Regards,<br>X Legal Requests</p>
</body></html>
""")

case(name="x-account-suspended-other-under-review", outcome="applied", classification="confirmation",
     frm="legal@x.com", name_from="X Legal", date="Wed, 11 Sep 2024 04:05:44 +0000",
     subject="Re: [KCSC-240903-01] Request for removal of content", reply_to_req=rid("x"),
     imitates="X reply reporting an account suspension and one post still under review",
     why="permanently suspended account = removed; 'still under review' leaves 714 pending",
     items={X[13]: "removed", X[14]: "pending"},
     body=f"""
Hello,

The account {X[13]} has been permanently suspended for repeated violations of
our rules, and none of its posts can be seen on X any longer.

The post {X[14]} is still under review by our team. We will let you know the
outcome once a decision has been made.
{X_SIG}
""")

case(name="x-url-below-statement-angle-wrapped", outcome="applied", classification="confirmation",
     frm="legal@x.com", name_from="X Legal", date="Thu, 12 Sep 2024 09:18:27 +0000",
     subject="Re: [KCSC-240903-01] Request for removal of content", reply_to_req=rid("x"),
     imitates="plain-text legal-request reply with each URL in angle brackets on the line under its statement",
     why="statement first, URL on the next line; the second URL is wrapped inside its angle brackets; 101 withheld, 305 no violation = rejected",
     items={X[1]: "restricted", X[5]: "rejected"},
     body=f"""
Hello,

The following post has been withheld in South Korea in response to your
request:
<{X[1]}>

The following post was reviewed and found not to violate our rules or local
law; it remains available:
<{X[5][:36]}
{X[5][36:]}>
{X_SIG}
""")

CSV_X = (
    "url,action,scope,reason\r\n"
    f"{X[2]},removed,global,Illegal or regulated goods\r\n"
    f"{X[6]},withheld,KR,Local law\r\n"
    f"{X[9]},no_action,,No violation found\r\n"
    f"{X[14]},not_found,,Post does not exist\r\n"
)
case(name="x-csv-attachment-outcomes", outcome="applied", classification="confirmation",
     frm="legal-requests@x.com", name_from="X Legal Requests", date="Fri, 13 Sep 2024 07:00:03 +0000",
     subject="Outcome file for KCSC-240903-01", reply_to_req=rid("x"),
     imitates="legal-request portal export sent as a CSV attachment",
     why="CSV rows: removed / withheld KR / no_action / not_found",
     items={X[2]: "removed", X[6]: "restricted", X[9]: "rejected", X[14]: "not_found"},
     raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_lr_5f1c0a"

--=_lr_5f1c0a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome of our review for request KCSC-240903-01.
Posts that are not listed in the attachment remain under review.

X Legal Requests

--=_lr_5f1c0a
Content-Type: text/csv; charset=utf-8; name="outcome_KCSC-240903-01.csv"
Content-Disposition: attachment; filename="outcome_KCSC-240903-01.csv"
Content-Transfer-Encoding: base64

{b64(CSV_X)}
--=_lr_5f1c0a--
""")

case(name="x-hedges-inside-relative-clauses", outcome="applied", classification="confirmation",
     frm="legal@x.com", name_from="X Legal", date="Sat, 14 Sep 2024 02:51:39 +0000",
     subject="Re: [KCSC-240903-01] Request for removal of content", reply_to_req=rid("x"),
     imitates="X legal-request reply with asides in relative clauses",
     why="'which may also have been reported by others' does not hedge the withholding of 204; for 408 'appears to have been deleted' plus 'unable to confirm' is no statement",
     items={X[4]: "restricted", X[8]: "pending"},
     body=f"""
Hello,

The post {X[4]}, which may also have been reported to us by other users, has
been withheld in Korea.

As for {X[8]}, which appears to have been deleted already, we were unable to
confirm its status and are checking again.
{X_SIG}
""")

case(name="tg-taken-down-whereas-remains", outcome="applied", classification="confirmation",
     frm="abuse@telegram.org", name_from="Telegram Abuse", date="Fri, 06 Sep 2024 13:22:10 +0000",
     subject="Re: KCSC-240905-02", reply_to_req=rid("tg"),
     imitates="Telegram abuse-desk reply in prose",
     why="one sentence: two posts taken down, 'whereas' the channel remains because no ToS breach = rejected",
     items={T1: "removed", T2: "removed", T3: "rejected"},
     body=f"""
Hello,

Regarding KCSC-240905-02: the posts {T1} and {T2} have been taken down,
whereas the channel {T3} remains accessible, as our moderators found no
content there that breaches Telegram's Terms of Service.

Telegram Abuse Team
""")

case(name="tg-bare-url-status-below", outcome="applied", classification="confirmation",
     frm="abuse@telegram.org", name_from="Telegram Abuse", date="Sat, 07 Sep 2024 10:09:55 +0000",
     subject="Case #7730145 - KCSC-240905-02", reply_to_req=rid("tg"),
     imitates="Telegram case-system summary with a status line under each URL",
     why="status on the line below each bare URL: blocked = removed, unavailable in South Korea = restricted, pending review = pending",
     items={T1: "removed", T3: "restricted", T4: "pending"},
     body=f"""
Case #7730145 (KCSC-240905-02)

{T1}
Status: blocked

{T3}
Status: unavailable in South Korea (local restriction)

{T4}
Status: pending moderator review

Telegram Abuse Team
""")

case(name="tg-restricted-then-deleted", outcome="applied", classification="confirmation",
     frm="abuse@telegram.org", name_from="Telegram Abuse", date="Mon, 09 Sep 2024 15:40:12 +0000",
     subject="Re: KCSC-240905-02 - update", reply_to_req=rid("tg"),
     imitates="Telegram abuse-desk update after a second review",
     why="the first sentence (limited in KR) is superseded by the next (deleted altogether) = removed; 204 message id does not exist = not_found",
     items={T4: "removed", T2: "not_found"},
     body=f"""
Hello,

Regarding {T4}: we initially limited this post for users in South Korea only.
After a second review, the post has now been deleted from Telegram altogether.

{T2} could not be located. That message ID does not exist in the channel.

Telegram Abuse Team
""")

case(name="tg-top-posted-over-gmail-quote", outcome="applied", classification="confirmation",
     frm="m.orlov@telegram.org", name_from="Mikhail Orlov", date="Tue, 10 Sep 2024 08:03:31 +0000",
     subject="Re: Request to remove content - KCSC-240905-02", reply_to_req=rid("tg"),
     imitates="top-posted personal reply over a Gmail-style quoted request",
     why="204 blocked; 118 left up because the product is legal to sell = rejected; the other two appear only in our quoted request",
     items={T2: "removed", T1: "rejected", T3: "pending", T4: "pending"},
     body=f"""
Hi,

Done: {T2} is blocked. We left {T1} up. It advertises a product that is
legal to sell, so it doesn't break our rules.

We'll get back to you about the rest.

Best,
Mikhail
Telegram Abuse Team

On Thu, 5 Sep 2024 at 11:30, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Telegram,
>
> Please remove the following content (our reference KCSC-240905-02):
>
> 1. {T1}
> 2. {T2}
> 3. {T3}
> 4. {T4}
>
> We would be grateful for confirmation of removal by 12 September.
>
> KCSC Takedown Team
""")

case(name="tg-acknowledgement-plus-statement", outcome="applied", classification="confirmation",
     frm="abuse@telegram.org", name_from="Telegram Abuse", date="Wed, 11 Sep 2024 12:12:12 +0000",
     subject="Case #7730162 - KCSC-240905-02", reply_to_req=rid("tg"),
     imitates="Telegram reply that opens like a receipt but states an outcome",
     why="receipt wording plus an unhedged statement: channel blocked for users in South Korea only = restricted",
     items={T3: "restricted"},
     body=f"""
Hello,

Thank you for your report. We have received it and opened Case #7730162.

Having reviewed the material, we have blocked {T3} for users in South Korea.
The channel remains available in other countries.

Telegram Abuse Team
""")

case(name="yt-three-outcomes-one-sentence", outcome="applied", classification="confirmation",
     frm="legal-support@youtube.com", name_from="YouTube Legal Support", date="Mon, 09 Sep 2024 05:33:48 +0000",
     subject="Re: [KCSC-240906-03] Legal removal request", reply_to_req=rid("yt"),
     imitates="YouTube legal-support outcome email with links to its help centre and policies",
     why="one sentence: removed, blocked in South Korea (restricted), and 'did not violate ... remains live' (rejected); help/policy links are not items",
     items={Y1: "removed", Y2: "restricted", Y3: "rejected"},
     body=f"""
Hello,

Thanks for contacting YouTube. After reviewing your request, we've removed
{Y1} for violating our Community Guidelines and blocked {Y2} from view in
South Korea under local law, but the channel {Y3} did not violate our
policies and remains live.

To learn more about how we handle legal requests, visit
https://support.google.com/youtube/answer/9154601 and our Community
Guidelines at https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

Regards,
The YouTube Legal Support Team
""")

case(name="yt-not-removed-age-restricted", outcome="applied", classification="confirmation",
     frm="legal-support@youtube.com", name_from="YouTube Legal Support", date="Tue, 10 Sep 2024 06:01:20 +0000",
     subject="Re: [KCSC-240906-03] Legal removal request", reply_to_req=rid("yt"),
     imitates="YouTube reply applying an age restriction instead of removal",
     why="'did not remove' negates removal only; the age restriction stated next = restricted",
     items={Y2: "restricted"},
     body=f"""
Hello,

We did not remove {Y2}. Instead, we have applied an age restriction to it:
the video is no longer visible to viewers who are signed out or under 18.

Regards,
The YouTube Legal Support Team
""")

YT_QP = (
    "Hello,\n\n"
    f"Following our review of request KCSC-240906-03, the video {Y1} has been actioned under our policies.\n\n"
    f"The channel {Y3} has been terminated for severe violations of our Community Guidelines, so its videos are no longer available on YouTube.\n\n"
    "Regards,\nThe YouTube Legal Support Team\n"
)
case(name="yt-quoted-printable-actioned-terminated", outcome="applied", classification="confirmation",
     frm="legal-support@youtube.com", name_from="YouTube Legal Support", date="Wed, 11 Sep 2024 02:44:09 +0000",
     subject="Re: [KCSC-240906-03] Legal removal request", reply_to_req=rid("yt"),
     imitates="YouTube outcome email sent quoted-printable with long soft-wrapped lines",
     why="'has been actioned under our policies' (configured phrase) = removed; channel terminated = removed",
     items={Y1: "removed", Y3: "removed"},
     raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(YT_QP)}
""")

case(name="yt-outlook-reply-one-done", outcome="applied", classification="confirmation",
     frm="jisoo.han@google.com", name_from="Jisoo Han", date="Thu, 12 Sep 2024 01:15:37 +0000",
     subject="RE: [KCSC-240906-03] Legal removal request", reply_to_req=rid("yt"),
     imitates="Outlook reply from a platform employee above the '-----Original Message-----' block",
     why="only y1 is stated removed; the other two are 'still being reviewed'; the quoted request below says nothing of their status",
     items={Y1: "removed", Y2: "pending", Y3: "pending"},
     body=f"""
Hi KCSC team,

Quick update: {Y1} has been removed. The other two items in your request are
still being reviewed by our policy specialists.

Thanks,
Jisoo Han
Legal Specialist, Google Korea (YouTube)

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 6, 2024 2:00 PM
To: legal-kr@google.com
Subject: [KCSC-240906-03] Legal removal request

Dear YouTube,

Please remove the following content, which breaches Korean law on illegal
gambling:

{Y1}
{Y2}
{Y3}

KCSC Takedown Team
""")

case(name="naver-mixed-korean-particles", outcome="applied", classification="confirmation",
     frm="policy@navercorp.com", name_from="네이버 고객센터", date="Tue, 10 Sep 2024 15:02:11 +0900",
     subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240909-04)", reply_to_req=rid("nv"),
     imitates="NAVER 고객센터 게시중단 처리 결과 안내 (prose)",
     why="게시중단 = removed; URL followed directly by the particle 은, 위반 사항이 확인되지 않아 조치하지 않음 = rejected",
     items={N1: "removed", N3: "rejected"},
     body=f"""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240909-04)에 대한 처리 결과를 안내드립니다.

{N1} 게시물은 게시중단 처리하였으며, {N3}은 검토 결과 관련 법령 및 운영정책 위반 사항이 확인되지 않아 별도 조치를 하지 않았습니다.

나머지 게시물은 검토가 끝나는 대로 다시 안내드리겠습니다.

감사합니다.
네이버 고객센터 드림
""")

case(name="naver-html-table-correction-result", outcome="applied", classification="confirmation",
     frm="policy@navercorp.com", name_from="NAVER 정책지원", date="Thu, 12 Sep 2024 10:30:00 +0900",
     subject="[회신] 시정요구 조치결과 통보 (KCSC-240909-04)", reply_to_req=rid("nv"),
     imitates="Korean 시정요구 조치결과 table (연번/URL/조치결과/비고) sent as HTML",
     why="삭제 = removed, 임시조치 = restricted, 게시물 없음(작성자 삭제) = not_found, 블라인드 = removed, 미조치(위반사항 없음) = rejected; the Korean-path URL is written raw",
     items={N1: "removed", N2: "restricted", N3: "not_found", N4: "removed", N5: "rejected"},
     type="html",
     body=f"""
<html><body>
<p>안녕하십니까. 네이버 정책지원팀입니다.</p>
<p>귀 위원회의 시정요구(KCSC-240909-04)에 대한 조치결과를 아래와 같이 통보합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>연번</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N1}</td><td>삭제</td><td>-</td></tr>
<tr><td>2</td><td>{N2}</td><td>임시조치(30일)</td><td>권리침해 주장 게시물</td></tr>
<tr><td>3</td><td>{N3}</td><td>조치불가</td><td>게시물 없음(작성자 삭제)</td></tr>
<tr><td>4</td><td>{N4}</td><td>블라인드</td><td>-</td></tr>
<tr><td>5</td><td>{N5_RAW}</td><td>미조치</td><td>위반사항 확인되지 않음</td></tr>
</table>
<p>감사합니다.<br>네이버 정책지원팀</p>
</body></html>
""")

case(name="naver-blind-planned-author-deleted", outcome="applied", classification="confirmation",
     frm="cafe_help@naver.com", name_from="네이버 카페 고객센터", date="Fri, 13 Sep 2024 17:45:26 +0900",
     subject="Re: 카페 게시물 게시중단 요청 (KCSC-240909-04)", reply_to_req=rid("nv"),
     imitates="NAVER Cafe 고객센터 reply (블라인드 처리)",
     why="'블라인드 처리할 예정이었으나' is overtaken by '작성자가 이미 삭제한 게시물' = not_found; the second post 블라인드 처리 완료 = removed",
     items={N3: "not_found", N4: "removed"},
     body=f"""
안녕하세요, 네이버 카페 고객센터입니다.

요청하신 {N3} 게시물은 블라인드 처리할 예정이었으나, 확인해 보니 작성자가 이미 삭제한 게시물이었습니다.

{N4} 게시물은 카페 운영정책에 따라 블라인드 처리를 완료하였습니다.

이용에 참고 부탁드립니다.
""")

NV_B64 = f"""안녕하세요. 네이버 블로그 운영팀입니다.

KCSC-240909-04 건 관련하여 조치 내용을 알려드립니다.

（{N5_RAW}）의 경우 국내에서의 접속을 차단하였습니다。
{N1} 게시물은 삭제 완료되었습니다.

감사합니다.
"""
case(name="naver-base64-raw-korean-url", outcome="applied", classification="confirmation",
     frm="blog_help@naver.com", name_from="네이버 블로그", date="Sat, 14 Sep 2024 11:11:40 +0900",
     subject="[네이버 블로그] 조치 내용 안내 (KCSC-240909-04)", reply_to_req=rid("nv"),
     imitates="NAVER blog team notice sent base64-encoded, Korean URL in full-width parentheses",
     why="국내 접속 차단 = restricted (URL raw in full-width brackets, followed by 의); 삭제 완료 = removed",
     items={N5: "restricted", N1: "removed"},
     raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(NV_B64)}
""")

case(name="daum-temp-measure-and-refusal", outcome="applied", classification="confirmation",
     frm="right@kakaocorp.com", name_from="카카오 권리침해신고센터", date="Thu, 12 Sep 2024 14:20:05 +0900",
     subject="[카카오] 게시중단 요청 처리 결과 안내 (KCSC-240910-05)", reply_to_req=rid("dm"),
     imitates="Kakao 권리침해신고센터 result notice (임시조치 under 정보통신망법 44조의2, refusal)",
     why="30일 임시조치(접근 차단) = restricted; 불법성이 소명되지 않아 요청을 받아들이지 않음 = rejected",
     items={D1: "restricted", D2: "rejected"},
     body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 게시물에 대한 처리 결과를 안내드립니다.

1. {D1}
 - 정보통신망법 제44조의2에 따라 30일간 임시조치(접근 차단)하였습니다.

2. {D2}
 - 제출하신 자료만으로는 불법성이 소명되지 않아 게시중단 요청을 받아들이지 않았습니다.

자세한 기준은 https://cs.kakao.com/helps?articleId=1073190044 을 참고해 주시기 바랍니다.

카카오 권리침해신고센터 드림
""")

case(name="tiktok-one-item-no-url", outcome="applied", classification="confirmation",
     frm="legal-kr@tiktok.com", name_from="TikTok Legal", date="Fri, 13 Sep 2024 09:05:00 +0000",
     subject="Re: KCSC-240911-06 removal request", reply_to_req=rid("tt"),
     imitates="TikTok report-outcome email ('we removed it for violating our Community Guidelines')",
     why="the request has one item; 'the content you reported ... removed' answers it",
     items={K1: "removed"},
     body="""
Hi,

Thank you for your report. We reviewed the content you reported and removed
it for violating our Community Guidelines.

We appreciate your help in keeping TikTok safe.

TikTok Trust & Safety
""")

case(name="naver-one-item-sole-statement", outcome="applied", classification="confirmation",
     frm="policy@navercorp.com", name_from="네이버 고객센터", date="Mon, 16 Sep 2024 10:00:00 +0900",
     subject="[네이버] 게시중단 요청 처리 결과 (KCSC-240912-07)", reply_to_req=rid("nv2"),
     imitates="NAVER one-line 게시중단 완료 notice",
     why="one-item request; '요청하신 게시물에 대하여 게시중단 조치를 완료' = removed",
     items={N6: "removed"},
     body="""
안녕하세요. 네이버 고객센터입니다.

요청하신 게시물에 대하여 게시중단 조치를 완료하였습니다.

감사합니다.
""")

# ======================================================== review (12)

case(name="x-promises-only", outcome="review", review="not_understood",
     frm="legal@x.com", name_from="X Legal", date="Thu, 05 Sep 2024 05:20:00 +0000",
     subject="Re: [KCSC-240903-01] Request for removal of content", reply_to_req=rid("x"),
     imitates="X interim reply promising action",
     why="'will be withheld once ...' and 'we will review' are promises: nothing is stated",
     items={X[1]: "pending", X[2]: "pending"},
     body=f"""
Hello,

Thanks for your patience. {X[1]} will be withheld in Korea once our legal
team completes its assessment, and we will review {X[2]} and get back to you
by the end of the week.
{X_SIG}
""")

case(name="daum-hedge-korean", outcome="review", review="not_understood",
     frm="right@kakaocorp.com", name_from="카카오 권리침해신고센터", date="Fri, 13 Sep 2024 16:40:00 +0900",
     subject="Re: [카카오] 게시중단 요청 (KCSC-240910-05)", reply_to_req=rid("dm"),
     imitates="Kakao interim reply with a hedge ('...것으로 보이나')",
     why="'이미 삭제된 것으로 보이나, 확인 후 다시 안내' is a hedge with a promise: no statement",
     items={D2: "pending"},
     body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

{D2} 게시물은 이미 게시자에 의해 삭제된 것으로 보이나, 정확한 확인 후 다시 안내드리겠습니다.

감사합니다.
""")

case(name="yt-conditional-counter-notice", outcome="review", review="not_understood",
     frm="legal-support@youtube.com", name_from="YouTube Legal Support", date="Mon, 09 Sep 2024 09:10:00 +0000",
     subject="Re: [KCSC-240906-03] Legal removal request", reply_to_req=rid("yt"),
     imitates="YouTube notice that the uploader has been contacted and may respond",
     why="removal depends on a condition that has not happened yet",
     items={Y1: "pending"},
     body=f"""
Hello,

We have notified the uploader of {Y1} about your request. If the uploader
does not respond within 10 business days, the video will be removed. If they
do respond, we will review their response and let you know the outcome.

Regards,
The YouTube Legal Support Team
""")

case(name="x-bulk-all-withheld", outcome="review", review="bulk",
     frm="legal@x.com", name_from="X Legal", date="Wed, 11 Sep 2024 10:00:00 +0000",
     subject="Re: [KCSC-240903-01] Request for removal of content", reply_to_req=rid("x"),
     imitates="X one-line reply covering a whole multi-item request",
     why="'all of the posts listed' for a 14-item request, none named",
     items={X[i]: "pending" for i in range(1, 15)},
     body=f"""
Hello,

All of the posts listed in your request KCSC-240903-01 have been withheld in
South Korea.
{X_SIG}
""")

case(name="tg-bulk-blocked", outcome="review", review="bulk",
     frm="abuse@telegram.org", name_from="Telegram Abuse", date="Sun, 08 Sep 2024 18:30:00 +0000",
     subject="Case #7730190 - KCSC-240905-02", reply_to_req=rid("tg"),
     imitates="terse Telegram abuse-desk reply",
     why="'the reported content' for a four-item request, no item named",
     items={T1: "pending", T2: "pending", T3: "pending", T4: "pending"},
     body="""
Hello,

We have blocked the reported content.

Telegram Abuse Team
""")

case(name="tg-auth-fail", outcome="review", review="untrusted", auth="fail",
     frm="abuse@telegram.org", name_from="Telegram Abuse", date="Mon, 09 Sep 2024 04:00:00 +0000",
     subject="Re: KCSC-240905-02",
     imitates="Telegram abuse-desk reply whose DKIM/SPF/DMARC fail",
     why="platform domain but authentication fails",
     items={T1: "pending"},
     body=f"""
Hello,

{T1} has been removed.

Telegram Abuse Team
""")

case(name="x-lookalike-vendor-domain", outcome="review", review="unknown_sender",
     frm="desk@xcorp-legalsupport.com", name_from="X Trust & Safety Desk", date="Tue, 10 Sep 2024 12:00:00 +0000",
     subject="Re: [KCSC-240903-01] Request for removal of content",
     imitates="outsourced 'trust and safety desk' reply from a domain that is not X's",
     why="sender domain belongs to no platform",
     items={X[6]: "pending"},
     body=f"""
Dear KCSC,

On behalf of X Corp., we confirm that {X[6]} has been removed.

Kind regards,
Trust & Safety Desk
""")

case(name="naver-about-daum-item", outcome="review", review="wrong_platform",
     frm="policy@navercorp.com", name_from="네이버 고객센터", date="Fri, 13 Sep 2024 11:00:00 +0900",
     subject="Re: 게시중단 요청 (KCSC-240910-05)",
     imitates="NAVER reply to a request that was addressed to Kakao (copied to NAVER)",
     why="NAVER states the status of a Daum cafe post",
     items={D1: "pending"},
     body=f"""
안녕하세요. 네이버 고객센터입니다.

문의하신 {D1} 게시물은 삭제되어 현재 확인되지 않습니다.

참고로 해당 게시물은 당사 서비스가 아닌 다음 카페 게시물입니다.

감사합니다.
""")

case(name="tiktok-table-contradicted-by-note", outcome="review", review="conflicting_statements",
     frm="legal-kr@tiktok.com", name_from="TikTok Legal", date="Mon, 16 Sep 2024 08:00:00 +0000",
     subject="Re: KCSC-240911-06 removal request", reply_to_req=rid("tt"),
     imitates="TikTok HTML outcome summary whose free-text note disagrees with its table",
     why="table says Removed, the note says the video stays up: contradiction with no correction stated",
     items={K1: "pending"},
     type="html",
     body=f"""
<html><body>
<p>Hi,</p>
<p>Here is the result of your report:</p>
<table border="1" cellpadding="4">
<tr><th>Content</th><th>Result</th></tr>
<tr><td>{K1}</td><td>Removed</td></tr>
</table>
<p>Note: this video remains available on TikTok, as we did not find a
violation of our Community Guidelines.</p>
<p>TikTok Trust &amp; Safety</p>
</body></html>
""")

case(name="naver-asks-for-legal-basis", outcome="review", review="asks_more",
     classification="request_for_info",
     frm="policy@navercorp.com", name_from="네이버 고객센터", date="Wed, 11 Sep 2024 13:30:00 +0900",
     subject="[네이버] 추가 자료 요청 (KCSC-240909-04)", reply_to_req=rid("nv"),
     imitates="NAVER request for supporting documents before acting",
     why="asks for the legal basis before deciding; no status",
     items={N2: "pending"},
     body=f"""
안녕하세요. 네이버 고객센터입니다.

요청하신 {N2} 게시물을 검토하기 위하여, 해당 게시물이 위반하는 법령과 판단 근거 자료를 회신 메일로 보내주시기 바랍니다.

자료를 확인한 후 조치 여부를 안내드리겠습니다.

감사합니다.
""")

case(name="x-intake-change-notice", outcome="review", review="no_claims",
     frm="legal-requests@x.com", name_from="X Legal Requests", date="Sun, 15 Sep 2024 00:00:00 +0000",
     subject="Changes to how X receives legal requests",
     imitates="platform-wide notice to regulators about a new request portal",
     why="trusted X mail naming no item and no request",
     items={},
     body="""
Hello,

From 1 October 2024, X will accept legal requests from government agencies
only through the portal at https://legalrequests.x.com. Requests sent by
email after that date will be answered with a link to the portal.

If you already have open requests, you do not need to resubmit them.

X Legal Requests
""")

case(name="tg-not-yet-removed", outcome="review", review="not_understood",
     frm="abuse@telegram.org", name_from="Telegram Abuse", date="Sat, 07 Sep 2024 09:00:00 +0000",
     subject="Re: KCSC-240905-02", reply_to_req=rid("tg"),
     imitates="Telegram interim reply",
     why="'has not been removed yet; still looking into it' is neither a removal nor a refusal",
     items={T1: "pending"},
     body=f"""
Hello,

{T1} has not been removed yet; our moderators are still looking into the
reports about it. We'll write again once a decision is made.

Telegram Abuse Team
""")

# ======================================================== ignored (7)

case(name="x-out-of-office", outcome="ignored", classification="auto_reply",
     frm="dana.whitfield@x.com", name_from="Dana Whitfield", date="Tue, 03 Sep 2024 01:00:05 +0000",
     subject="Automatic reply: [KCSC-240903-01] Request for removal of content",
     reply_to_req=rid("x"),
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     imitates="Outlook out-of-office reply",
     why="out-of-office",
     items={},
     body="""
I'm out of the office until 23 September with limited access to email.

For legal requests, please write to legal@x.com and the team will assist you.

Dana
""")

DSN = f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn_b540_01"

--dsn_b540_01
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa@telegram.org>: host mail1.telegram.org[198.51.100.77] said: 550 5.1.1
    <dsa@telegram.org>: Recipient address rejected: mailbox full

--dsn_b540_01
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Thu, 12 Sep 2024 09:00:02 +0900 (KST)

Final-Recipient: rfc822; dsa@telegram.org
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 550 5.1.1 <dsa@telegram.org>: mailbox full

--dsn_b540_01
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: dsa@telegram.org
Subject: Reminder: KCSC-240905-02 is overdue
Date: Thu, 12 Sep 2024 09:00:00 +0900
Message-ID: <reminder.240905-02.1@kcsc.example>

The following items of request KCSC-240905-02 are still pending:

{T1}
{T2}
{T3}
{T4}

--dsn_b540_01--
"""
case(name="dsn-reminder-to-telegram-bounced", outcome="ignored", classification="bounce", auth="none",
     frm="MAILER-DAEMON@mx.kcsc.example", name_from="Mail Delivery System",
     date="Thu, 12 Sep 2024 09:00:04 +0900",
     subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     imitates="Postfix DSN (multipart/report) carrying our reminder with its URL list",
     why="bounce; the URLs are in our own returned message",
     items={}, raw_mime=DSN)

MDN = """
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_b540"

--mdn_b540
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@google.com
  Subject: [KCSC-240906-03] Legal removal request
  Sent: Friday, September 6, 2024 2:00 PM

was read on Monday, September 9, 2024 9:02 AM.

--mdn_b540
Content-Type: message/disposition-notification

Reporting-UA: mail.google.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal-kr@google.com
Original-Message-ID: <req.240906-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_b540--
"""
case(name="yt-read-receipt", outcome="ignored", classification="read_receipt",
     frm="legal-kr@google.com", name_from="Google Legal KR", date="Mon, 09 Sep 2024 00:02:10 +0000",
     subject="Read: [KCSC-240906-03] Legal removal request", reply_to_req=rid("yt"),
     imitates="Outlook read receipt (MDN)",
     why="read receipt", items={}, raw_mime=MDN)

case(name="tiktok-ticket-receipt", outcome="ignored", classification="acknowledgement",
     frm="no-reply@tiktok.com", name_from="TikTok Support", date="Wed, 11 Sep 2024 07:21:00 +0000",
     subject="We've received your report [Ticket #TT-88120455]", reply_to_req=rid("tt"),
     extra_headers=["Auto-Submitted: auto-generated"],
     imitates="TikTok ticket-system receipt echoing the reported link",
     why="pure receipt: ticket number and a promise to review",
     items={K1: "pending"},
     body=f"""
Hi there,

We've received your report regarding KCSC-240911-06. Your ticket number is
TT-88120455.

Reported content: {K1}

Our team will review it and get back to you as soon as possible. Please do
not reply to this email.

TikTok Support
""")

case(name="naver-receipt-korean", outcome="ignored", classification="acknowledgement",
     frm="help@naver.com", name_from="네이버 고객센터", date="Mon, 09 Sep 2024 09:41:30 +0900",
     subject="[네이버] 신고가 접수되었습니다 (접수번호 2409-118820)", reply_to_req=rid("nv"),
     extra_headers=["Auto-Submitted: auto-generated"],
     imitates="NAVER 고객센터 접수 안내 (ticket receipt)",
     why="접수 안내 only: 검토 후 회신",
     items={},
     body="""
안녕하세요. 네이버 고객센터입니다.

보내주신 게시중단 요청(KCSC-240909-04)이 정상적으로 접수되었습니다.
접수번호: 2409-118820

담당 부서에서 검토한 후 결과를 회신드리겠습니다.
본 메일은 발신 전용입니다.
""")

case(name="daum-holiday-auto-reply", outcome="ignored", classification="auto_reply",
     frm="sy.park@kakaocorp.com", name_from="박서연", date="Fri, 13 Sep 2024 08:00:00 +0900",
     subject="[자동회신] Re: [카카오] 게시중단 요청 (KCSC-240910-05)", reply_to_req=rid("dm"),
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     imitates="Korean holiday out-of-office auto-reply (추석 연휴 부재중)",
     why="out-of-office",
     items={},
     body="""
안녕하세요. 박서연입니다.

9월 13일(금)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 권리침해신고센터(right@kakaocorp.com)로 연락 부탁드립니다.

감사합니다.
""")

case(name="x-ack-over-quoted-request", outcome="ignored", classification="acknowledgement",
     frm="legal@x.com", name_from="X Legal", date="Tue, 03 Sep 2024 03:30:00 +0000",
     subject="Re: [KCSC-240903-01] Request for removal of content", reply_to_req=rid("x"),
     imitates="X receipt top-posted over the quoted request",
     why="receipt with case number; the URLs and 'please remove' are only in our quoted request",
     items={},
     body=f"""
Hello,

Thank you for contacting X. This is to confirm that we have received your
request and it has been assigned case number 0149-2291-55. We will reply once
our review is complete.

X Legal

On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X,
>
> Please remove the following posts (KCSC-240903-01), which offer illegal
> drugs for sale in Korea:
>
> {X[1]}
> {X[2]}
> {X[3]}
> {X[4]}
> {X[13]}
>
> KCSC Takedown Team
""")


HEADER = """# blind540: blind corpus set (what a program gets wrong).
# Written by tests/corpus/blind540/make.py from each email's meaning alone,
# before any run of the reader. Do not edit by hand."""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("frm")
        # Non-ASCII display names and subjects go out RFC 2047-encoded, as
        # Korean webmail and ticket systems send them.
        for key in ("name_from", "subject"):
            if key in c and not c[key].isascii():
                c[key] = b64_subject(c[key])
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
