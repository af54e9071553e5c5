#!/usr/bin/env python3
"""Blind set blind700: English notices from many platforms (X, YouTube,
Meta, TikTok, Reddit, Discord, Telegram, Twitch, Snapchat, Pinterest).

Deterministic: `python3 tests/corpus/blind700/make.py` rewrites
requests.csv, cases/*.eml and expected.toml. Every expected result below was
written from the meaning of the email alone, before the reader was run on it.
All names, accounts, ids and URLs are fictional.
"""
import base64
import csv
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "twitter.com": "X",
    "facebookmail.com": "Facebook",
    "meta.com": "Meta",
    "instagram.com": "Instagram",
    "tiktok.com": "TikTok",
    "reddit.com": "Reddit",
    "redditmail.com": "Reddit",
    "discord.com": "Discord",
    "twitch.tv": "Twitch",
    "snapchat.com": "Snapchat",
    "pinterest.com": "Pinterest",
})

# ---------------------------------------------------------------- requests
R1 = "KCSC-240902-01"  # X, 13 items (largest)
R2 = "KCSC-240903-02"  # YouTube, 4 items
R3 = "KCSC-240903-03"  # Meta, 4 items
R4 = "KCSC-240904-04"  # TikTok, 3 items
R5 = "KCSC-240905-05"  # Reddit, 1 item
R6 = "KCSC-240905-06"  # Discord, 2 items
R7 = "KCSC-240906-07"  # Telegram, 2 items

X = [
    "https://x.com/nightowl_kr/status/1830011122334455601",
    "https://x.com/nightowl_kr/status/1830011122334455602",
    "https://x.com/bluepine_trade/status/1830022233344455603",
    "https://x.com/bluepine_trade/status/1830022233344455604",
    "https://x.com/cheap_pills_seoul/status/1830033344455566605",
    "https://x.com/cheap_pills_seoul",
    "https://x.com/moonlit_cards/status/1830044455566677707",
    "https://x.com/moonlit_cards/status/1830044455566677708",
    "https://x.com/quickloan_0k/status/1830055566677788809",
    "https://x.com/quickloan_0k/status/1830055566677788810",
    "https://x.com/hanriver_leaks/status/1830066677788899911",
    "https://x.com/hanriver_leaks/status/1830066677788899912",
    "https://twitter.com/grey_ferry/status/1830088899900011114",
]
YT = [
    "https://www.youtube.com/watch?v=Qk7vT2mLpXa",
    "https://www.youtube.com/watch?v=Zr3nW8eKdYb",
    "https://www.youtube.com/shorts/Hm5pL2xQwRc",
    "https://www.youtube.com/@seoul_fastcash_tv",
]
META_PAGE_RAW = "https://www.facebook.com/빠른대출상담"
META = [
    "https://www.facebook.com/groups/4471203998812/posts/4472900112233/",
    "https://www.instagram.com/p/C9xKq2LmT4a/",
    "https://www.instagram.com/lucky_gift_shop_kr/",
    "https://www.facebook.com/%EB%B9%A0%EB%A5%B8%EB%8C%80%EC%B6%9C%EC%83%81%EB%8B%B4",
]
TT = [
    "https://www.tiktok.com/@velvet.deals/video/7409112233445566778",
    "https://www.tiktok.com/@velvet.deals/video/7409112233445566779",
    "https://www.tiktok.com/@quietcorner_07/video/7410223344556677889",
]
RD = ["https://www.reddit.com/r/KoreaMarketPlace/comments/1f8xq2z/selling_prescription_meds_cheap/"]
DC = [
    "https://discord.gg/hanbitmarket",
    "https://discord.com/channels/1181122334455667788/1181122334455667790/1281234567890123456",
]
TG = ["https://t.me/seoul_cardshop", "https://t.me/seoul_cardshop/4821"]

REQUESTS = [
    (R1, "x", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", X, "illegal_finance",
     "req-240902-01@kcsc.example", "largest request"),
    (R2, "youtube", "2024-09-03T10:30:00+09:00", "2024-09-10T18:00:00+09:00", YT, "gambling",
     "req-240903-02@kcsc.example", ""),
    (R3, "meta", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00", META, "illegal_finance",
     "req-240903-03@kcsc.example", "Facebook and Instagram"),
    (R4, "tiktok", "2024-09-04T09:40:00+09:00", "2024-09-11T18:00:00+09:00", TT, "drugs",
     "req-240904-04@kcsc.example", ""),
    (R5, "reddit", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00", RD, "drugs",
     "req-240905-05@kcsc.example", "one item"),
    (R6, "discord", "2024-09-05T15:20:00+09:00", "2024-09-12T18:00:00+09:00", DC, "fraud",
     "req-240905-06@kcsc.example", ""),
    (R7, "telegram", "2024-09-06T10:10:00+09:00", "2024-09-13T18:00:00+09:00", TG, "fraud",
     "req-240906-07@kcsc.example", ""),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def quoted_request(ref, urls, prefix="> "):
    """Our own request as a platform's reply quotes it."""
    lines = [
        "Dear Sir or Madam,",
        "",
        f"The Korea Communications Standards Commission (KCSC) requests, under reference {ref},",
        "the removal of the following content, which violates the laws of the Republic of Korea:",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please reply to this address with the action taken for each URL.", "",
              "KCSC Takedown Desk"]
    return "\n".join((prefix + l).rstrip() for l in lines)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- cases
cases = []


def case(**kw):
    cases.append(kw)


# ======================= APPLIED =======================

case(
    name="x-legal-withheld-kr-bullets",
    **{"from": "legal-noreply@x.com"},
    date="Thu, 05 Sep 2024 07:12:40 +0000",
    subject=f"Re: [{R1}] Removal request - Case 0481-2209-KR",
    reply_to_req="req-240902-01",
    body=f"""Hello,

Thank you for your request. X has reviewed the reported content in light of
the laws of South Korea and has withheld the following posts in South Korea:

  * {X[0]}
  * {X[1]}
  * {X[2]}
  * {X[3]}

These posts remain viewable outside South Korea. The account holders have
been notified in line with our user notice policy. More information about
country withheld content is available at
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome: country-withheld content notice with bulleted post links",
    why="four posts named one per bullet under 'withheld ... in South Korea'; help link is not an item",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted", X[3]: "restricted"},
)

case(
    name="x-mixed-prose-removed-suspended-no-action",
    **{"from": "legal@x.com"},
    name_from="X Legal Support",
    date="Fri, 06 Sep 2024 02:45:11 +0000",
    subject=f"{R1} - outcome of your request",
    body=f"""Dear KCSC Takedown Desk,

We write regarding your request {R1}.

The post {X[4]} was found to violate the X Rules on illegal
and regulated goods and has been removed from X. The account
{X[5]} has been permanently suspended for repeated
violations of the same policy.

We reviewed {X[6]} and {X[7]} under the X Rules
and under Korean law and did not find a violation. We are therefore not
taking action on these two posts, and they remain available.

If you have additional information, for example a court order, you may
submit it through our legal request portal.

Kind regards,
Haruto M.
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal team free-text reply combining a Rules removal, an account suspension and a refusal",
    why="one removed post, one suspended account (removed), two posts refused because they break no rule",
    items={X[4]: "removed", X[5]: "removed", X[6]: "rejected", X[7]: "rejected"},
)

case(
    name="x-bare-url-status-line-below",
    **{"from": "no-reply@x.com"},
    date="Sat, 07 Sep 2024 11:03:27 +0000",
    subject=f"Your legal request {R1} has been processed",
    body=f"""We have completed our review of the items in your request.

{X[8]}
Status: Withheld - South Korea

{X[9]}
Status: Removed

{X[10]}
Status: Unable to locate

For any question about this notice, reply to this email and keep the
reference in the subject line.

X Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="X automated legal-request processing notice, one URL per block with a Status line",
    why="status line below each URL: withheld in KR, removed, unable to locate",
    items={X[8]: "restricted", X[9]: "removed", X[10]: "not_found"},
)

case(
    name="x-not-found-deleted-by-holder",
    **{"from": "legal@x.com"},
    date="Mon, 09 Sep 2024 05:20:00 +0000",
    subject=f"RE: {R1}",
    body=f"""Hello,

Regarding the last two URLs of your request:

- {X[11]} was deleted by the account holder before our
  review, so there was nothing left for us to action.
- {X[12]} does not resolve to any post on our service.
  Please check that the link is complete and correct.

Best,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply explaining content already deleted by the user / invalid link",
    why="deleted by its author and a link that points to no post are both not_found",
    items={X[11]: "not_found", X[12]: "not_found"},
)

case(
    name="x-top-posted-over-quoted-request",
    **{"from": "legal@x.com"},
    date="Wed, 04 Sep 2024 23:58:19 +0000",
    subject=f"Re: [{R1}] Request for removal of illegal content",
    reply_to_req="req-240902-01",
    body=f"""Hi,

We have withheld the following two posts in South Korea:
{X[0]}
{X[1]}

The remaining URLs in your request are still with our team and we will
come back to you on those separately.

X Legal

On Mon, Sep 2, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request(R1, X)}
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted reply by an X legal agent above the quoted regulator request",
    why="two posts withheld in KR stated above the quote; the quoted list says nothing about the other eleven",
    items={X[0]: "restricted", X[1]: "restricted"},
)

case(
    name="x-html-table-actions",
    **{"from": "legal-noreply@x.com"},
    date="Tue, 10 Sep 2024 08:31:55 +0000",
    subject=f"Legal request update - {R1}",
    type="html",
    body=f"""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hello,</p>
<p>Below is the outcome of our review for your request <b>{R1}</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action taken</th></tr>
<tr><td><a href="{X[2]}">{X[2]}</a></td><td>Withheld in South Korea</td></tr>
<tr><td><a href="{X[3]}">{X[3]}</a></td><td>Withheld in South Korea</td></tr>
<tr><td><a href="{X[4]}">{X[4]}</a></td><td>Removed (violation of the X Rules)</td></tr>
<tr><td><a href="{X[5]}">{X[5]}</a></td><td>Account suspended</td></tr>
<tr><td><a href="{X[6]}">{X[6]}</a></td><td>No action - no violation of the X Rules or local law found</td></tr>
</table>
<p>Learn more about how we handle legal requests in our
<a href="https://help.x.com/en/rules-and-policies/x-legal-faqs">Legal request FAQs</a>.</p>
<p>X Legal</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="X HTML legal request update with a two-column outcome table",
    why="one row per URL: two withheld in KR, one removed, one suspended account, one no action",
    items={X[2]: "restricted", X[3]: "restricted", X[4]: "removed", X[5]: "removed", X[6]: "rejected"},
)

_csv = "Reported URL,Action,Scope,Notes\n" + "\n".join([
    f"{X[7]},Withheld,KR,Local law",
    f"{X[8]},Removed,Global,X Rules - financial scam",
    f"{X[9]},Removed,Global,X Rules - financial scam",
    f"{X[10]},No action,-,No violation of X Rules or local law",
    f"{X[11]},Not found,-,Post deleted by account holder",
    f"{X[12]},Withheld,KR,Local law",
]) + "\n"
case(
    name="x-csv-attachment-results",
    **{"from": "legal@x.com"},
    date="Wed, 11 Sep 2024 03:14:08 +0000",
    subject=f"{R1} results",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_x700_csv_b1"

--=_x700_csv_b1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for the remaining URLs of request
{R1}, one row per URL.

X Legal

--=_x700_csv_b1
Content-Type: text/csv; charset=utf-8; name="{R1}_outcome.csv"
Content-Disposition: attachment; filename="{R1}_outcome.csv"
Content-Transfer-Encoding: base64

{b64(_csv)}
--=_x700_csv_b1--
""",
    outcome="applied", classification="confirmation",
    imitates="legal team reply with a CSV of per-URL outcomes attached",
    why="CSV rows: withheld KR, removed x2, no action (rejected), not found (deleted by holder), withheld KR",
    items={X[7]: "restricted", X[8]: "removed", X[9]: "removed", X[10]: "rejected",
           X[11]: "not_found", X[12]: "restricted"},
)

case(
    name="x-fullwidth-comma-gmail-quote",
    **{"from": "kr-legal@x.com"},
    name_from="Jiwoo Han (X)",
    date="Thu, 12 Sep 2024 01:40:02 +0000",
    subject=f"Re: {R1} follow-up",
    reply_to_req="req-240902-01",
    body=f"""Hello team,

The two quickloan_0k posts {X[8]}， {X[9]}
have been removed for violating our rules on financial scams.

Thanks,
Jiwoo

On Wed, Sep 11, 2024 at 4:02 PM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X Legal,
> Could you tell us what happened to {X[8]} and
> {X[9]}? They are still listed as pending on our side.
> KCSC Takedown Desk
""",
    outcome="applied", classification="confirmation",
    imitates="personal reply from a Korea-based X staff member typing a full-width comma between URLs",
    why="both URLs share one 'have been removed' sentence; the full-width comma is not part of the first URL",
    items={X[8]: "removed", X[9]: "removed"},
)

case(
    name="yt-legal-removed-and-blocked",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 09:18:44 +0000",
    subject=f"[{R2}] YouTube legal complaint - outcome [0-7734000032189]",
    body=f"""Hello,

Thanks for reaching out to us.

In response to your request, we have removed the following content from
YouTube for violating our Community Guidelines:
{YT[0]}

After reviewing the following content under applicable local law, we have
blocked it from view in South Korea:
{YT[1]}

For more information on how we handle legal complaints, see
https://support.google.com/youtube/answer/6154230

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome: global removal and local (country) block, URL under each statement",
    why="statement line then URL below it: first removed, second blocked in KR (restricted)",
    items={YT[0]: "removed", YT[1]: "restricted"},
)

case(
    name="yt-age-restricted-and-channel-no-action",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 12:05:30 +0000",
    subject=f"Re: [{R2}] YouTube legal complaint [0-7734000032189]",
    body=f"""Hello,

We've completed our review of the remaining items.

1. {YT[2]} - we have age-restricted this Short. It is no longer
   available to viewers under 18 or to signed-out viewers.
2. {YT[3]} - after careful review we did not find that this channel
   violates our policies or local law, so we are not taking action on it.
   The channel remains available.

The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support numbered outcome list with an age restriction and a refusal",
    why="age-restricted Short is restricted; channel kept with its reason is rejected",
    items={YT[2]: "restricted", YT[3]: "rejected"},
)

case(
    name="yt-channel-terminated-qp",
    **{"from": "no-reply@youtube.com"},
    name_from="YouTube",
    date="Tue, 10 Sep 2024 16:22:09 +0000",
    subject=f"Update on your report ({R2})",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''Hi KCSC Takedown Desk,

Thanks for your report. Our team reviewed the channel you reported and found that it violates YouTube's Community Guidelines on spam, deceptive practices and scams. The channel {YT[3]} has been terminated and its videos are no longer available on YouTube.

We appreciate you helping keep YouTube safe.

- The YouTube Team

You received this email because you reported content on YouTube. Manage your reports at https://www.youtube.com/reporthistory
''')}""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'update on your report' channel-termination email, quoted-printable with soft line breaks",
    why="channel terminated = removed; report-history link is a dashboard, not an item",
    items={YT[3]: "removed"},
)

case(
    name="yt-deleted-by-uploader-and-short-removed",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 04:50:12 +0000",
    subject=f"[{R2}] additional outcome",
    body=f"""Hello,

The video at {YT[0]} is no longer on YouTube: it was deleted
by the uploader before our review was completed, so we took no further
action on it.

The Short at {YT[2]} has been removed for violating our policy on
illegal or regulated goods and services.

Kind regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support note: content deleted by the uploader, plus a policy removal",
    why="deleted by its uploader before review is not_found; the Short is removed",
    items={YT[0]: "not_found", YT[2]: "removed"},
)

case(
    name="yt-wrapped-url-outlook-quote",
    **{"from": "kr-trustsafety@google.com"},
    name_from="Minseo Park",
    date="Wed, 11 Sep 2024 07:07:07 +0000",
    subject=f"RE: {R2} - Zr3nW8eKdYb",
    body=f"""Hello,

Following local legal review, the video <https://www.youtube.com/watch?v=
Zr3nW8eKdYb> has been blocked from view in South Korea. It remains
available in other countries.

Best regards,
Minseo Park
YouTube Trust & Safety, Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 10:15 AM
To: kr-trustsafety@google.com
Subject: {R2} - Zr3nW8eKdYb

Hello, could you confirm the status of {YT[1]}?
It is still reachable from Korea. Thank you.
KCSC Takedown Desk
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a YouTube Trust & Safety employee; URL in angle brackets wrapped by the mail client",
    why="wrapped bracketed URL is the requested video; blocked in South Korea = restricted (our own question below is quoted)",
    items={YT[1]: "restricted"},
)

case(
    name="meta-dsa-sor-restricted-kr",
    **{"from": "noreply@facebookmail.com"},
    name_from="Meta",
    date="Fri, 06 Sep 2024 13:40:51 +0000",
    subject=f"Decision on your report {R3} (ref 1099283746655)",
    body=f"""Decision on your report

Reference: 1099283746655
Your reference: {R3}

What we decided
We reviewed the content below against our Community Standards and did not
find that it goes against them. We then reviewed it under the law of South
Korea and restricted access to it in South Korea.

Content:
{META[0]}
{META[1]}

Type of restriction: Content unavailable in South Korea (country-level)
Ground: Alleged illegal content under local law
Automation: The decision was made by a human reviewer.

If you disagree with this decision, you may be able to use the options
described at https://www.facebook.com/help/contact/decision-review

Meta Platforms Ireland Ltd.
""",
    outcome="applied", classification="confirmation",
    imitates="Meta notice-and-action decision email in the DSA statement-of-reasons layout (restricted by local law)",
    why="the decision 'restricted access to it in South Korea' covers the two URLs listed under Content",
    items={META[0]: "restricted", META[1]: "restricted"},
)

case(
    name="meta-account-disabled-and-hangul-page",
    **{"from": "support@instagram.com"},
    name_from="Instagram",
    date="Sat, 07 Sep 2024 02:02:36 +0000",
    subject=f"Re: {R3}",
    body=f"""Hi,

Thanks for contacting us. We've reviewed your report and taken the
following actions:

The Instagram account {META[2]} has been disabled for
violating our Community Guidelines on fraud and scams.

The Facebook Page {META_PAGE_RAW} has been removed for the same
reason and is no longer available on Facebook.

Thanks,
The Instagram Team
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram/Facebook report outcome listing a disabled account and an unpublished Page",
    why="disabled account and removed Page are removed; the Page URL is written raw in Hangul (matches its percent-encoded form)",
    items={META[2]: "removed", META[3]: "removed"},
)

case(
    name="meta-no-violation-base64",
    **{"from": "noreply@facebookmail.com"},
    name_from="Instagram",
    date="Mon, 09 Sep 2024 18:11:03 +0000",
    subject=f"We reviewed your report ({R3})",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''Hi,

We reviewed the post you reported:
{META[1]}

We didn't remove it. It doesn't go against our Community Guidelines, and
after a legal review we did not find grounds to restrict it under local law.
The post remains on Instagram.

We understand this may be disappointing. You can learn more about our
guidelines at https://help.instagram.com/477434105621119

The Instagram Team
''')}""",
    outcome="applied", classification="confirmation",
    imitates="Instagram 'we reviewed your report, we didn't remove it' outcome, base64 body",
    why="explicit refusal with its reason: the post stays up = rejected",
    items={META[1]: "rejected"},
)

case(
    name="meta-sor-fields-removed-and-no-action",
    **{"from": "dsa-notices@meta.com"},
    name_from="Meta DSA Notices",
    date="Tue, 10 Sep 2024 10:10:10 +0000",
    subject=f"Statement of reasons - {R3}",
    body=f"""Statement of reasons

Item 1
  Content: {META[0]}
  Decision: Removed
  Facts and circumstances: reported by a public authority
  Ground: Incompatible with our terms of service (fraud and deception)
  Territorial scope: Worldwide

Item 2
  Content: {META[2]}
  Decision: No action taken
  Facts and circumstances: reported by a public authority
  Ground: The content was found neither illegal nor incompatible with our terms
  Territorial scope: -

Redress: where available, you may request a review of this decision.

Meta Platforms Ireland Ltd.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17 statement of reasons as a fielded per-item record (decision, ground, territorial scope)",
    why="item 1 removed worldwide; item 2 no action because neither illegal nor against terms = rejected",
    items={META[0]: "removed", META[2]: "rejected"},
)

case(
    name="tiktok-legal-numbered-restricted-removed",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    date="Fri, 06 Sep 2024 08:00:00 +0000",
    subject=f"TikTok response to government request {R4}",
    body=f"""Dear KCSC,

Thank you for your request dated 4 September 2024. We have reviewed the
reported videos against our Community Guidelines and applicable law.

1) {TT[0]}
   Restricted in the Republic of Korea on the basis of local law.
2) {TT[1]}
   Restricted in the Republic of Korea on the basis of local law.
3) {TT[2]}
   Removed globally for violating our Community Guidelines
   (Illegal activities and regulated goods).

Sincerely,
TikTok Law Enforcement & Government Outreach
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok government removal request response with a numbered list, statement below each URL",
    why="two videos geo-restricted in KR, one removed globally",
    items={TT[0]: "restricted", TT[1]: "restricted", TT[2]: "removed"},
)

case(
    name="tiktok-deleted-by-owner",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    date="Sat, 07 Sep 2024 03:33:33 +0000",
    subject=f"RE: {R4} - video 7410223344556677889",
    body=f"""Hello,

The following video is no longer available on TikTok. It was deleted by
the account owner before our review, so no further action was needed:

{TT[2]}

Best regards,
TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal note: reported video already deleted by its creator, URL on the line below",
    why="deleted by the account owner before review = not_found",
    items={TT[2]: "not_found"},
)

case(
    name="tiktok-sor-qp-removed",
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok",
    date="Sun, 08 Sep 2024 21:47:02 +0000",
    subject=f"Statement of reasons for your report ({R4})",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''Statement of reasons

Thank you for your report. We have taken a decision on the following content:

Reported content: {TT[0]}
Action taken: Video removed (worldwide)
Basis: Violation of TikTok Community Guidelines – Regulated goods
Decision made by: human moderator

The creator has been informed of this decision and of the ways to appeal it.

TikTok Trust & Safety
''')}""",
    outcome="applied", classification="confirmation",
    imitates="TikTok DSA-style statement of reasons with 'Action taken' field, quoted-printable",
    why="one video, 'Video removed (worldwide)'",
    items={TT[0]: "removed"},
)

case(
    name="reddit-admin-removed-with-url",
    **{"from": "noreply@redditmail.com"},
    name_from="Reddit",
    date="Sat, 07 Sep 2024 00:19:55 +0000",
    subject=f"Re: {R5} - Report received and actioned",
    body=f"""Hi there,

Thanks for submitting a report to the Reddit admin team. After
investigating, we've found that the reported content violates Reddit's
Content Policy, and we've removed it:

{RD[0]}

Thanks again for your report and for helping keep Reddit safe.

Reddit Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit admin 'thanks for submitting a report ... after investigating' outcome message",
    why="acknowledgement phrase plus an unhedged removal of the named URL",
    items={RD[0]: "removed"},
)

case(
    name="reddit-one-item-no-url",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    date="Mon, 09 Sep 2024 17:00:45 +0000",
    subject=f"Re: {R5}",
    reply_to_req="req-240905-05",
    body=f"""Hello,

The content identified in your request has been removed from Reddit by
our Safety team.

Regards,
Reddit Legal

On Thu, Sep 5, 2024 at 2:00 PM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request(R5, RD)}
""",
    outcome="applied", classification="confirmation",
    imitates="short Reddit legal reply in the request thread naming no URL",
    why="one-item request: 'the content identified in your request has been removed' applies to it",
    items={RD[0]: "removed"},
)

case(
    name="discord-ts-server-and-message-removed",
    **{"from": "trustandsafety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Sun, 08 Sep 2024 06:26:41 +0000",
    subject=f"[Discord] Your report {R6} (#8812034)",
    body=f"""Hello,

Thank you for your patience while we looked into this.

We removed the server reached through the invite
<{DC[0]}> for violating our Community Guidelines on fraud.
The message at <{DC[1]}> was part of that server
and has been deleted along with it.

You can read more about the actions we take at
https://discord.com/safety/360044159011-what-actions-we-take

Best,
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety ticket reply confirming server removal, URLs in angle brackets",
    why="server removed and message deleted; safety-centre link is not an item",
    items={DC[0]: "removed", DC[1]: "removed"},
)

case(
    name="discord-invite-invalid-message-actioned",
    **{"from": "trustandsafety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Mon, 09 Sep 2024 14:14:14 +0000",
    subject=f"Re: [Discord] {R6}",
    body=f"""Hi,

A quick update on your request:

* {DC[0]} - this invite is invalid or has expired, so we
  could not identify a server behind it.
* {DC[1]} - we took action on the account that posted this
  message, and the message has been removed.

Thanks,
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety reply with an invalid invite and an actioned message",
    why="invalid/expired invite = not_found; message removed",
    items={DC[0]: "not_found", DC[1]: "removed"},
)

case(
    name="tg-abuse-channel-blocked",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Mon, 09 Sep 2024 09:45:00 +0000",
    subject=f"Re: {R7}",
    body=f"""Hello,

Thank you for the report. The channel {TG[0]} has been blocked
for violating the Telegram Terms of Service, and its posts, including
{TG[1]}, are no longer accessible on Telegram.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply confirming a channel block",
    why="channel blocked (globally) and its post no longer accessible: both removed",
    items={TG[0]: "removed", TG[1]: "removed"},
)

case(
    name="tg-restricted-for-korea",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram",
    date="Tue, 10 Sep 2024 19:30:00 +0000",
    subject=f"{R7}: action taken",
    body=f"""Dear KCSC,

Following your request, access to {TG[0]} has been restricted for users in
the Republic of Korea.

Regards,
Telegram
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram short notice of country restriction of a channel",
    why="channel restricted for users in Korea; the post is not mentioned",
    items={TG[0]: "restricted"},
)

# ======================= REVIEW =======================

case(
    name="x-promise-will-withhold",
    **{"from": "legal@x.com"},
    date="Wed, 04 Sep 2024 06:06:06 +0000",
    subject=f"Re: {R1}",
    body=f"""Hello,

Thank you for your request. Our team is reviewing the posts below and,
if they are found to be illegal in South Korea, they will be withheld in
the country:

{X[9]}
{X[10]}

We aim to complete our review within the next few business days.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply: review in progress with a conditional promise",
    why="'will be withheld' under a condition is a promise, not a statement; named items stay pending",
    items={X[9]: "pending", X[10]: "pending"},
)

case(
    name="yt-under-review-hedge",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 10:00:00 +0000",
    subject=f"[{R2}] status",
    body=f"""Hello,

The following videos are currently under review by our legal team:
{YT[0]}
{YT[1]}

From an initial check, one of them appears to have already been taken
down, but we will confirm once the review is complete.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support interim status: under review with a hedged remark",
    why="'under review' and 'appears to have' are no statements; both items stay pending",
    items={YT[0]: "pending", YT[1]: "pending"},
)

case(
    name="meta-bulk-all-removed",
    **{"from": "noreply@facebookmail.com"},
    name_from="Facebook",
    date="Sun, 08 Sep 2024 15:15:15 +0000",
    subject=f"Your report {R3} has been resolved",
    body=f"""Hi,

We've finished reviewing your report {R3}. We removed all of the
content you reported because it goes against our Community Standards.

Thanks for helping us keep Facebook and Instagram safe.

The Facebook Team
""",
    outcome="review", review="bulk",
    imitates="Facebook 'your report has been resolved / we removed the content' summary",
    why="'all of the content' for a four-item request without naming them: bulk, items pending",
    items={META[0]: "pending", META[1]: "pending", META[2]: "pending", META[3]: "pending"},
)

case(
    name="tiktok-bulk-restricted-region",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    date="Thu, 05 Sep 2024 22:10:00 +0000",
    subject=f"RE: {R4}",
    reply_to_req="req-240904-04",
    body=f"""Dear KCSC,

All videos listed in your request have been restricted in your region.

Best regards,
TikTok Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 9:40 AM
Subject: {R4}

{quoted_request(R4, TT, prefix="")}
""",
    outcome="review", review="bulk",
    imitates="TikTok Outlook reply with a one-line summary above the unquoted original request",
    why="one sentence about all three videos; the URLs appear only in our own request below 'Original Message'",
    items={TT[0]: "pending", TT[1]: "pending", TT[2]: "pending"},
)

case(
    name="x-dmarc-fail-withheld",
    **{"from": "legal@x.com"},
    auth="fail",
    date="Thu, 12 Sep 2024 12:12:12 +0000",
    subject=f"Re: {R1} - withheld",
    body=f"""Hello,

The following posts have been withheld in South Korea:
{X[0]}
{X[1]}
{X[2]}

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal withheld notice arriving with failed DKIM/SPF/DMARC",
    why="From x.com but authentication fails: nothing applied",
    items={X[0]: "pending", X[1]: "pending", X[2]: "pending"},
)

case(
    name="unknown-agency-claims-removal",
    **{"from": "compliance@socialsafe-partners.example"},
    name_from="SocialSafe Partners - Platform Compliance",
    date="Fri, 13 Sep 2024 04:44:44 +0000",
    subject=f"{R6} completed on behalf of Discord",
    body=f"""Dear KCSC,

We handle government notices for several online services. We are pleased
to confirm that the following items from your request {R6} have been
removed:

- {DC[0]}
- {DC[1]}

Kind regards,
SocialSafe Partners
""",
    outcome="review", review="unknown_sender",
    imitates="third-party compliance vendor claiming to act for a platform",
    why="sender is no platform's domain; its removal claims cannot change statuses",
    items={DC[0]: "pending", DC[1]: "pending"},
)

case(
    name="snapchat-wrong-platform",
    **{"from": "lawenforcement@snapchat.com"},
    name_from="Snap Inc. Law Enforcement Operations",
    date="Mon, 09 Sep 2024 20:20:20 +0000",
    subject=f"Fwd request {R4} - not Snapchat content",
    body=f"""Hello,

We were copied on your request {R4}. The links below are not Snapchat
content and we could not locate them on our service:

{TT[0]}
{TT[1]}

Please direct your request to the service that hosts this content.

Snap Inc. Law Enforcement Operations
""",
    outcome="review", review="wrong_platform",
    imitates="Snap law-enforcement operations reply stating reported links are not on Snapchat",
    why="Snapchat states 'could not locate' about TikTok items: another platform's items",
    items={TT[0]: "pending", TT[1]: "pending"},
)

case(
    name="reddit-asks-for-more",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    date="Fri, 06 Sep 2024 16:40:00 +0000",
    subject=f"Re: {R5} - additional information needed",
    body=f"""Hello,

Thank you for contacting Reddit. Before we can act on
{RD[0]}
we need further information: please tell us which provision of Korean law
the post violates, and attach any decision or order issued by your
Commission. Once we receive it, we will review the request.

Regards,
Reddit Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Reddit legal request for the legal basis / order before acting",
    why="asks us for more information about a named item; nothing stated about it",
    items={RD[0]: "pending"},
)

case(
    name="discord-redirect-no-claims",
    **{"from": "noreply@discord.com"},
    name_from="Discord",
    date="Tue, 10 Sep 2024 02:02:02 +0000",
    subject="About your message to Discord",
    body="""Hello,

This mailbox is not monitored for government or law enforcement requests.
To submit a request to Discord, please use our government request portal at
https://discord.com/safety/government-requests and include all relevant
links in the form.

Discord
""",
    outcome="review", review="no_claims",
    imitates="Discord notice redirecting government requests to its web portal",
    why="trusted Discord mail, names no item and no request: no_claims",
    items={},
)

case(
    name="tg-conditional-block",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Sat, 07 Sep 2024 07:00:00 +0000",
    subject=f"Re: {R7}",
    body=f"""Hello,

We have contacted the owner of {TG[0]}. If the post
{TG[1]} is not deleted within 24 hours, the channel will be blocked.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk reply announcing a conditional block",
    why="a condition and a promise, no statement: both items stay pending",
    items={TG[0]: "pending", TG[1]: "pending"},
)

case(
    name="meta-forwarded-internal-note",
    **{"from": "gov-requests@meta.com"},
    name_from="Meta Government Requests",
    date="Wed, 11 Sep 2024 11:11:11 +0000",
    subject=f"Fwd: {R3} done",
    body=f"""Hi KCSC team, forwarding the note from our review team below.

---------- Forwarded message ---------
From: Content Review Ops <cro-apac@meta.com>
Date: Wed, Sep 11, 2024 at 6:40 PM
Subject: {R3} done
To: Meta Government Requests <gov-requests@meta.com>

Both items are done: {META[1]} removed,
{META[2]} disabled.
""",
    outcome="review", review="forwarded",
    imitates="Meta staff forwarding an internal review-team message",
    why="the statements are inside a forwarded message, not the sender's own: review forwarded",
    items={META[1]: "pending", META[2]: "pending"},
)

# ======================= IGNORED =======================

case(
    name="x-ack-case-number",
    **{"from": "no-reply@x.com"},
    date="Mon, 02 Sep 2024 01:05:00 +0000",
    subject=f"We received your legal request [{R1}]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""Hello,

We've received your legal request and a case has been opened.

Case number: 0481-2209-KR
Your reference: {R1}

We will review your request and contact you if we need more information.
Please do not reply to this message.

X Corp.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X legal request submission receipt with a case number",
    why="pure acknowledgement: no item named, no statement",
    items={},
)

case(
    name="yt-legal-autoresponse-receipt",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 03 Sep 2024 01:31:00 +0000",
    subject=f"[{R2}] Your YouTube legal complaint [0-7734000032189]",
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""Hello,

Thanks for contacting YouTube. This is an automated response confirming
that we've received your complaint. Our team will review it and reply to
you as soon as possible. Your complaint ID is 0-7734000032189.

Please note that we may not respond to messages that duplicate an existing
complaint.

YouTube Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google/YouTube legal complaint automatic receipt with a complaint ID",
    why="automated receipt; nothing about any item",
    items={},
)

case(
    name="twitch-out-of-office",
    **{"from": "j.okafor@twitch.tv"},
    name_from="Jordan Okafor",
    date="Thu, 05 Sep 2024 07:02:00 +0000",
    subject=f"Automatic reply: {R6} - Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Hi,

I'm out of the office until 16 September with limited access to email.
For urgent trust and safety matters please contact safety-escalations@twitch.tv.

Thanks,
Jordan
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply from a Twitch staff member copied on a request",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="pinterest-dsn-bounce",
    **{"from": "MAILER-DAEMON@mx2.pinterest.com"},
    name_from="Mail Delivery System",
    date="Thu, 05 Sep 2024 06:21:40 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn_p700"

--=_dsn_p700
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.pinterest.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<takedown-kr@pinterest.com>: mailbox unavailable (user unknown)

--=_dsn_p700
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.pinterest.com
Arrival-Date: Thu, 05 Sep 2024 06:21:38 +0000

Final-Recipient: rfc822; takedown-kr@pinterest.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <takedown-kr@pinterest.com>: user unknown

--=_dsn_p700
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: takedown-kr@pinterest.com
Subject: {R6} - Request for removal of illegal content
Message-ID: <req-240905-06@kcsc.example>

--=_dsn_p700--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (user unknown)",
    why="bounce of a misaddressed copy of our request",
    items={},
)

case(
    name="tiktok-read-receipt",
    **{"from": "minjun.lee@tiktok.com"},
    name_from="Minjun Lee",
    date="Wed, 04 Sep 2024 02:15:00 +0000",
    subject=f"Read: {R4} - Request for removal of illegal content",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn_t700"

--=_mdn_t700
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@tiktok.com
  Subject: {R4} - Request for removal of illegal content
  Sent: Wednesday, September 4, 2024 9:40 AM

was read on Wednesday, September 4, 2024 11:15 AM.

--=_mdn_t700
Content-Type: message/disposition-notification

Reporting-UA: tiktok.com; Microsoft Outlook 16.0
Final-Recipient: rfc822; minjun.lee@tiktok.com
Original-Message-ID: <req-240904-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn_t700--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) from a TikTok employee",
    why="read receipt",
    items={},
)

case(
    name="meta-report-received",
    **{"from": "noreply@facebookmail.com"},
    name_from="Facebook",
    date="Tue, 03 Sep 2024 02:40:00 +0000",
    subject=f"We received your report ({R3})",
    body=f"""Hi,

Thanks for your report. We've received it and it has been assigned the
reference number 1099283746655. We'll review the content and let you know
what we decide. You can check the status in your Support Inbox.

The Facebook Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Facebook/Meta 'we received your report' receipt with a reference number",
    why="pure acknowledgement",
    items={},
)

case(
    name="discord-zendesk-receipt-quoting-request",
    **{"from": "support@discord.com"},
    name_from="Discord Support",
    date="Thu, 05 Sep 2024 06:30:00 +0000",
    subject=f"[Discord] Re: {R6} - Request for removal of illegal content",
    reply_to_req="req-240905-06",
    body=f"""##- Please type your reply above this line -##

Your request (8812034) has been received and is being reviewed by our
support staff. To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown, Sep 5, 2024, 6:20 AM UTC

{quoted_request(R6, DC, prefix="")}
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style ticket receipt echoing the submitted request",
    why="ticket receipt; the URLs appear only in our echoed request",
    items={},
)


HEADER = """# blind700: English notices from many platforms (X, YouTube, Meta, TikTok,
# Reddit, Discord, Telegram, Twitch, Snapchat, Pinterest). Generated by make.py;
# expected results written from each email's meaning before any run."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind700", HEADER, cases)
    print(len(cases), "cases")
