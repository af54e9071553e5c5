#!/usr/bin/env python3
"""Blind set 406: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, plus Telegram as a bystander).

    python3 tests/corpus/blind406/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result below was written from the email's meaning alone, before
the reader was run on it. All names, handles, ids and URLs are invented.
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

# ---------------------------------------------------------------- requests
X = {
    1: "https://x.com/nightmarket_kr/status/1830118845512204321",
    2: "https://x.com/nightmarket_kr/status/1830120377045512210",
    3: "https://x.com/nightmarket_kr/status/1830125590117330945",
    4: "https://x.com/pill_courier24/status/1829984412300077056",
    5: "https://x.com/pill_courier24/status/1830003355187266048",
    6: "https://x.com/pill_courier24",
    7: "https://x.com/glowcasino_vip/status/1830211198724456777",
    8: "https://x.com/glowcasino_vip/status/1830215540091101443",
    9: "https://x.com/seoul_ids_fast/status/1829871102933049349",
    10: "https://x.com/seoul_ids_fast/status/1829875530214567936",
    11: "https://x.com/hanbit_leaks/status/1830300018874441728",
    12: "https://x.com/hanbit_leaks/status/1830301122233458690",
    13: "https://x.com/quickloan_daily/status/1830050999012345678",
    14: "https://x.com/quickloan_daily/status/1830052347781230012",
}
Y = {
    1: "https://www.youtube.com/watch?v=Hq3vZt8LmQe",
    2: "https://www.youtube.com/watch?v=pR0kWc5NdYs",
    3: "https://www.youtube.com/shorts/bT6xLq2JfAo",
    4: "https://www.youtube.com/@doljanggame_tv",
}
M = {
    1: "https://www.facebook.com/groups/6621048837/posts/1044907723311284/",
    2: "https://www.instagram.com/p/C_kR2vTnW8a/",
    3: "https://www.instagram.com/sunny.pharm.kr/",
}
T = {
    1: "https://www.tiktok.com/@miso.trade.kr/video/7410228839145567520",
    2: "https://www.tiktok.com/@miso.trade.kr/video/7410561102938847489",
    3: "https://www.tiktok.com/@hwarang_bet/video/7409983314420079877",
    4: "https://www.tiktok.com/@hwarang_bet/video/7411002766612390152",
    5: "https://www.tiktok.com/@dalbit.id.shop",
}
R = {
    1: "https://www.reddit.com/r/KoreaDeals/comments/1f6qk2z/cheap_licence_cards_dm_me/",
    2: "https://www.reddit.com/r/seoulnightlife/comments/1f7b0xw/new_drop_this_week/",
}
D = {1: "https://discord.gg/hN4pXq7Vrk"}
W = {
    1: "https://www.twitch.tv/bamboo_slots_live",
    2: "https://www.twitch.tv/videos/2241876530",
}

REQUESTS = [
    # ref, platform, sent, due, msgid, items [(url, category, note)]
    ("KCSC-240903-01", "x", "2024-09-03T14:05:00+09:00", "2024-09-10T23:59:59+09:00",
     "req-240903-01@kcsc.example",
     [(X[1], "drugs", "sale post"), (X[2], "drugs", "sale post"), (X[3], "drugs", "price list"),
      (X[4], "drugs", "delivery ad"), (X[5], "drugs", "delivery ad"), (X[6], "drugs", "seller account"),
      (X[7], "gambling", "casino ad"), (X[8], "gambling", "casino ad"),
      (X[9], "forged documents", "fake ID ad"), (X[10], "forged documents", "fake ID ad"),
      (X[11], "personal data", "leaked records"), (X[12], "personal data", "leaked records"),
      (X[13], "illegal lending", "loan ad"), (X[14], "illegal lending", "loan ad")]),
    ("KCSC-240904-02", "youtube", "2024-09-04T10:30:00+09:00", "2024-09-11T23:59:59+09:00",
     "req-240904-02@kcsc.example",
     [(Y[1], "gambling", "live casino stream"), (Y[2], "gambling", "betting tutorial"),
      (Y[3], "gambling", "promo short"), (Y[4], "gambling", "channel")]),
    ("KCSC-240905-03", "meta", "2024-09-05T16:00:00+09:00", "2024-09-12T23:59:59+09:00",
     "req-240905-03@kcsc.example",
     [(M[1], "drugs", "group post"), (M[2], "drugs", "instagram post"), (M[3], "drugs", "instagram account")]),
    ("KCSC-240906-04", "tiktok", "2024-09-06T11:15:00+09:00", "2024-09-13T23:59:59+09:00",
     "req-240906-04@kcsc.example",
     [(T[1], "fraud", "resale scam video"), (T[2], "fraud", "resale scam video"),
      (T[3], "gambling", "betting promo"), (T[4], "gambling", "betting promo"),
      (T[5], "forged documents", "account")]),
    ("KCSC-240909-05", "reddit", "2024-09-09T09:40:00+09:00", "2024-09-16T23:59:59+09:00",
     "req-240909-05@kcsc.example",
     [(R[1], "forged documents", "thread"), (R[2], "drugs", "thread")]),
    ("KCSC-240910-06", "discord", "2024-09-10T13:20:00+09:00", "2024-09-17T23:59:59+09:00",
     "req-240910-06@kcsc.example",
     [(D[1], "sexual exploitation", "server invite")]),
    ("KCSC-240911-07", "twitch", "2024-09-11T15:45:00+09:00", "2024-09-18T23:59:59+09:00",
     "req-240911-07@kcsc.example",
     [(W[1], "gambling", "channel"), (W[2], "gambling", "past broadcast")]),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, mid, items in REQUESTS:
        for url, cat, note in items:
            w.writerow([ref, plat, sent, due, url, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
REQ_URLS = {r[0]: [i[0] for i in r[5]] for r in REQUESTS}
PLATFORM_NAME = {"KCSC-240903-01": "X", "KCSC-240904-02": "YouTube", "KCSC-240905-03": "Meta",
                 "KCSC-240906-04": "TikTok", "KCSC-240909-05": "Reddit",
                 "KCSC-240910-06": "Discord", "KCSC-240911-07": "Twitch"}


def request_lines(ref):
    lines = [f"Dear {PLATFORM_NAME[ref]} team,", "",
             "The Korea Communications Standards Commission (KCSC) has found the",
             "content below to be illegal under Korean law and asks you to remove it",
             f"or to block access to it from Korea. Our reference: {ref}.", ""]
    lines += [f"{i}. {u}" for i, u in enumerate(REQ_URLS[ref], 1)]
    lines += ["", "Please reply to this address with the action taken for each item.", "",
              "KCSC Takedown Desk", "takedown@kcsc.example"]
    return lines


def quoted(ref, attribution):
    """Gmail-style quote of our request, every line prefixed with '>'."""
    out = [attribution]
    for line in request_lines(ref):
        out.append("> " + line if line else ">")
    return "\n".join(out)


def outlook_quoted(ref, sent):
    """Outlook-style original message block, not prefixed."""
    head = ["-----Original Message-----",
            "From: KCSC Takedown <takedown@kcsc.example>",
            f"Sent: {sent}",
            "To: legal@x.com",
            f"Subject: {ref} Request for removal of illegal content", ""]
    return "\n".join(head + request_lines(ref))


def b64(text):
    s = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


AUTO = ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]

# ---------------------------------------------------------------- cases
cases = []


def case(**kw):
    cases.append(kw)


# ============================== X (KCSC-240903-01, 14 items) ==============
case(
    name="x-legal-outcome-top-posted",
    outcome="applied",
    imitates="X legal request outcome email (Country Withheld Content + X Rules removal), top-posted over a Gmail quote",
    why="three posts withheld in KR, two removed globally, the account suspended; the rest of the request only in the quote",
    date="Mon, 09 Sep 2024 07:12:44 +0000",
    **{"from": "lr-outbound@x.com"}, name_from="X Legal",
    subject="Re: [Ref:00D1x.5003K2pQr] KCSC-240903-01 Request for removal of illegal content",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Thank you for your report. We have reviewed the posts and the account
listed in your request KCSC-240903-01 and have taken the following action.

Under our Country Withheld Content policy, these posts are now withheld
in South Korea:
{X[1]}
{X[2]}
{X[3]}

These posts violate the X Rules (illegal or certain regulated goods and
services) and have been removed from X globally:
{X[4]}
{X[5]}

The account {X[6]} has been permanently suspended.

We are still assessing the remaining items of your request and will write
to you separately about them.

Regards,
X Legal

ref:_00D1x5003K2pQr:ref

{quoted("KCSC-240903-01", "On Tue, Sep 3, 2024 at 2:05 PM KCSC Takedown <takedown@kcsc.example> wrote:")}
""",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "restricted",
           X[4]: "removed", X[5]: "removed", X[6]: "removed"},
)

case(
    name="x-bare-url-action-below",
    outcome="applied",
    imitates="X legal desk per-URL decision list (URL on its own line, 'Action taken' line below)",
    why="glowcasino post 777 withheld in KR; post 443 reviewed and left up (no violation)",
    date="Tue, 10 Sep 2024 02:40:05 +0000",
    **{"from": "lr-outbound@x.com"}, name_from="X Legal",
    subject="KCSC-240903-01: decision on two further URLs",
    body=f"""
Hello KCSC team,

Please find below our decision on two further URLs from your request
KCSC-240903-01.

{X[7]}
Action taken: Withheld in KR

{X[8]}
Action taken: None. We reviewed this post against the X Rules and the
Korean law cited in your request and did not find a violation. The post
remains available.

If you have additional information about the second post, you may reply to
this email and we will take another look.

Regards,
X Legal
""",
    items={X[7]: "restricted", X[8]: "rejected"},
)

x_table_rows = [
    (X[9], "Removed globally", "Violates our Illegal or certain regulated goods or services policy"),
    (X[3], "No action possible", "The post was deleted by the account holder before our review"),
    (X[11], "Withheld in KR", "Country Withheld Content, local law"),
    (X[12], "No action", "No violation of the X Rules or of the cited law found"),
]
x_table_html = "\n".join(
    f'<tr><td><a href="{u}">{u}</a></td><td>{a}</td><td>{n}</td></tr>' for u, a, n in x_table_rows)
x_table_text = "\n".join(f"{u} | {a} | {n}" for u, a, n in x_table_rows)
case(
    name="x-html-table-outcome",
    outcome="applied",
    imitates="X legal outcome notice with an HTML results table (multipart/alternative)",
    why="table: 349 removed, 945 deleted by its author before review (not_found), 728 withheld in KR, 690 no action",
    date="Wed, 11 Sep 2024 05:03:19 +0000",
    **{"from": "lr-outbound@x.com"}, name_from="X Legal",
    subject="Re: KCSC-240903-01 Request for removal of illegal content",
    reply_to_req="req-240903-01",
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="==x406tbl=="

--==x406tbl==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Here is the outcome for four URLs from your request KCSC-240903-01.

URL | Action | Notes
{x_table_text}

Regards,
X Legal

--==x406tbl==
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body>
<p>Hello,</p>
<p>Here is the outcome for four URLs from your request KCSC-240903-01.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Action</th><th>Notes</th></tr>
{x_table_html}
</table>
<p>Regards,<br>X Legal</p>
<p style="font-size:11px;color:#777">X Corp. &middot; <a href="https://help.x.com/en/rules-and-policies/x-rules">The X Rules</a></p>
</body></html>

--==x406tbl==--
""",
    items={X[9]: "removed", X[3]: "not_found", X[11]: "restricted", X[12]: "rejected"},
)

x_csv = "\n".join([
    "reported_url,action,scope,decided_at",
    f"{X[13]},removed,global,2024-09-11",
    f"{X[14]},withheld,KR,2024-09-11",
    f"{X[10]},removed,global,2024-09-12",
]) + "\n"
case(
    name="x-csv-attachment-outcome",
    outcome="applied",
    imitates="X legal batch outcome sent as a CSV attachment (batch reports from Korea)",
    why="CSV: two posts removed globally, one withheld in KR",
    date="Thu, 12 Sep 2024 08:21:37 +0000",
    **{"from": "lr-outbound@x.com"}, name_from="X Legal",
    subject="KCSC-240903-01 - outcome file",
    reply_to_req="req-240903-01",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="----=_Part_406_csv"

------=_Part_406_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

The attached file gives the action taken on each URL of your request
KCSC-240903-01 that we have decided so far. One row per URL.

Regards,
X Legal

------=_Part_406_csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(x_csv)}
------=_Part_406_csv--
""",
    items={X[13]: "removed", X[14]: "restricted", X[10]: "removed"},
)

case(
    name="x-outlook-quote-two-removed",
    outcome="applied",
    imitates="X legal staff reply from Outlook over an '-----Original Message-----' block",
    why="two named posts removed; the full request below Original Message is quoted, not stated",
    date="Fri, 13 Sep 2024 01:55:02 +0000",
    **{"from": "j.whitfield@x.com"}, name_from="Jonah Whitfield",
    subject="RE: KCSC-240903-01 Request for removal of illegal content",
    reply_to_req="req-240903-01",
    body=f"""
Hi,

Following up on your request: both of the posts below were taken down
today after a second review found them in breach of our rules on
regulated goods.

  - {X[2]}
  - {X[9]}

Best,
Jonah Whitfield
Legal Operations, X Corp.

{outlook_quoted("KCSC-240903-01", "Tuesday, September 3, 2024 2:05 PM")}
""",
    items={X[2]: "removed", X[9]: "removed"},
)

case(
    name="x-korea-team-particles",
    outcome="applied",
    imitates="X Korea policy liaison note, bilingual, Korean particles glued to the URLs",
    why="1829875530214567936 삭제 (removed globally); 1830052347781230012 국내 접근 제한 (withheld in Korea)",
    date="Fri, 13 Sep 2024 06:10:48 +0000",
    **{"from": "kr-policy@x.com"}, name_from="X Korea Policy",
    subject="[KCSC-240903-01] 처리 결과 안내 / outcome",
    body=f"""
안녕하세요, KCSC 담당자님.

Quick update from the X Korea policy team on KCSC-240903-01.

- {X[10]}은 규정 위반으로 삭제되었습니다 (removed globally).
- {X[14]}는 국내에서 접근이 제한되었습니다 (withheld in Korea).

나머지 항목은 검토가 끝나는 대로 별도로 회신드리겠습니다.

감사합니다.
X Korea Policy
""",
    items={X[10]: "removed", X[14]: "restricted"},
)

case(
    name="x-receipt-plus-statement",
    outcome="applied",
    imitates="X case receipt that already carries a decision ('we have received your report ... we have withheld')",
    why="acknowledgement wording, but it also states plainly that 690 is withheld in South Korea",
    date="Wed, 04 Sep 2024 03:30:11 +0000",
    **{"from": "noreply-legal@x.com"}, name_from="X Support",
    subject="Your report has been received [Case 0193358821] KCSC-240903-01",
    body=f"""
Hello,

We have received your report and created case 0193358821.

Our team has already reviewed one of the URLs in it: the post
{X[12]} has been withheld in South Korea under our
Country Withheld Content policy.

You do not need to submit the remaining URLs again; we will contact you
when we have made a decision on them.

X Support
""",
    items={X[12]: "restricted"},
)

case(
    name="x-withheld-links-to-youtube",
    outcome="applied",
    imitates="X legal reply that withholds posts and points the regulator to another platform for linked content",
    why="both glowcasino posts withheld in KR; the YouTube channel is only mentioned as not on X (no status for it)",
    date="Mon, 16 Sep 2024 09:14:29 +0000",
    **{"from": "lr-outbound@x.com"}, name_from="X Legal",
    subject="Re: KCSC-240903-01 Request for removal of illegal content",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

We have withheld the following two posts in South Korea in response to
your request:

{X[7]}
{X[8]}

Both posts advertise a YouTube channel
({Y[4]}). That channel is not hosted by X and
we are unable to act on it; please contact YouTube directly about it.

Regards,
X Legal
""",
    items={X[7]: "restricted", X[8]: "restricted", Y[4]: "pending"},
)

case(
    name="x-promise-withhold-after-review",
    outcome="review",
    review="not_understood",
    imitates="X legal interim reply: action promised once the legal review is complete",
    why="'will be withheld once our review is complete' is a promise: both posts stay pending",
    date="Thu, 05 Sep 2024 10:02:50 +0000",
    **{"from": "lr-outbound@x.com"}, name_from="X Legal",
    subject="Re: KCSC-240903-01 Request for removal of illegal content",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Thank you for your patience. Our legal team has looked at the first two
URLs of your request:

{X[1]}
{X[2]}

Subject to the completion of our local law review, these posts will be
withheld in South Korea. We expect to confirm the outcome within five
business days.

Regards,
X Legal
""",
    items={X[1]: "pending", X[2]: "pending"},
)

case(
    name="x-bulk-all-withheld",
    outcome="review",
    review="bulk",
    imitates="X legal closing reply stating one action for the whole request without listing the URLs",
    why="'all of the reported posts and accounts' for a 14-item request names no item: bulk review, all pending",
    date="Tue, 17 Sep 2024 04:44:12 +0000",
    **{"from": "lr-outbound@x.com"}, name_from="X Legal",
    subject="Re: KCSC-240903-01 Request for removal of illegal content",
    reply_to_req="req-240903-01",
    body="""
Hello,

We are writing to close our case for your request KCSC-240903-01.

All of the reported posts and accounts have now been withheld in South
Korea in accordance with our Country Withheld Content policy.

Regards,
X Legal
""",
    items={u: "pending" for u in X.values()},
)

case(
    name="x-dkim-fail-removed",
    outcome="review",
    review="untrusted",
    imitates="X legal outcome that fails DMARC (spoofed or broken relay)",
    why="claims 777 removed, but the x.com sender fails DKIM/SPF/DMARC",
    date="Wed, 11 Sep 2024 12:31:00 +0000",
    **{"from": "legal@x.com"}, name_from="X Legal", auth="fail",
    subject="Re: KCSC-240903-01 removal completed",
    body=f"""
Hello,

The post {X[7]} has been removed from X for violating our gambling
policy.

X Legal
""",
    items={X[7]: "pending"},
)

case(
    name="x-read-receipt",
    outcome="ignored",
    classification="read_receipt",
    imitates="Outlook read receipt (MDN) from an X legal staff member",
    why="message disposition notification: displayed, nothing about the items",
    date="Tue, 03 Sep 2024 06:20:31 +0000",
    **{"from": "j.whitfield@x.com"}, name_from="Jonah Whitfield",
    subject="Read: KCSC-240903-01 Request for removal of illegal content",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn406x"

--mdn406x
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@x.com
  Subject: KCSC-240903-01 Request for removal of illegal content
  Sent: Tuesday, September 3, 2024 2:05:00 PM (UTC+09:00) Seoul

was read on Tuesday, September 3, 2024 3:20:31 PM (UTC+09:00) Seoul.

--mdn406x
Content-Type: message/disposition-notification

Reporting-UA: XCORP-MBX07.corp.x.com; Microsoft Exchange Server 2019
Final-Recipient: rfc822;j.whitfield@x.com
Original-Message-ID: <req-240903-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn406x--
""",
)

# ============================== YouTube (KCSC-240904-02, 4 items) =========
case(
    name="yt-legal-blocked-kr-and-removed",
    outcome="applied",
    imitates="YouTube Legal Support outcome ('we have blocked the content from view on YouTube in South Korea')",
    why="two watch URLs blocked in KR; the Short removed globally under Community Guidelines",
    date="Fri, 06 Sep 2024 02:17:45 +0000",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    subject="Re: [1-6623000039912] KCSC-240904-02",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

Thank you for your notice. After review, we have blocked the following
content from view on YouTube in South Korea in accordance with local law:

{Y[1]}
{Y[2]}

In addition, the following Short was found to violate our Community
Guidelines and has been removed from YouTube globally:
{Y[3]}

Regards,
The YouTube Legal Support Team
""",
    items={Y[1]: "restricted", Y[2]: "restricted", Y[3]: "removed"},
)

case(
    name="yt-channel-terminated",
    outcome="applied",
    imitates="YouTube notice that a reported channel was terminated for spam, deceptive practices and scams",
    why="the one named channel was terminated (removed)",
    date="Mon, 09 Sep 2024 11:48:02 +0000",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    subject="Update on your request KCSC-240904-02",
    body=f"""
Hi there,

We have an update on your request. The channel
{Y[4]} has been terminated for repeated violations
of our spam, deceptive practices and scams policy. Videos on the channel
are no longer viewable.

You can learn more about channel terminations at
https://support.google.com/youtube/answer/2802168.

Best regards,
YouTube Trust & Safety
""",
    items={Y[4]: "removed"},
)

yt_qp_text = f"""Hello,

We reviewed the two videos you asked us to look at again under KCSC-240904-02.

Video {Y[2]} \u2014 we have applied an age restriction to this video. It can no longer be viewed by signed-out users or by users under 18.

Video {Y[1]} \u2014 after careful review we did not find a violation of our policies or of the local law you cited, so we won\u2019t be taking action on it at this time.

Sincerely,
YouTube Legal Support
"""
case(
    name="yt-qp-age-restricted-and-rejected",
    outcome="applied",
    imitates="YouTube legal outcome with an age restriction and a refusal, quoted-printable long lines",
    why="pR0k age-restricted (restricted); Hq3v kept up after review (rejected)",
    date="Wed, 11 Sep 2024 07:59:33 +0000",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    subject="Re: [1-6623000039912] KCSC-240904-02 second review",
    reply_to_req="req-240904-02",
    raw_mime=f"""
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(yt_qp_text)}
""",
    items={Y[2]: "restricted", Y[1]: "rejected"},
)

yt_html = f"""<html><body style="font-family:Roboto,Arial,sans-serif">
<div><img src="https://www.gstatic.com/youtube/img/branding/youtubelogo/2x/youtube_logo_light.png" alt="YouTube" width="90"></div>
<p>Hello,</p>
<p>We're writing to let you know the outcome of your report under reference KCSC-240904-02.</p>
<p>The content at <a href="{Y[3]}">{Y[3]}</a> has been removed from YouTube for violating our Community Guidelines.</p>
<p>Thank you for helping keep YouTube safe.</p>
<p>&mdash; The YouTube Team</p>
<p style="font-size:11px;color:#888">&copy; 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043.
<a href="https://www.youtube.com/t/community_guidelines">Community Guidelines</a></p>
</body></html>
"""
case(
    name="yt-base64-html-short-removed",
    outcome="applied",
    imitates="YouTube report-outcome notification, HTML body in base64",
    why="the Short is removed for violating Community Guidelines; the guidelines link is not an item",
    date="Thu, 12 Sep 2024 13:05:27 +0000",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    subject="Update on your report: KCSC-240904-02",
    raw_mime=f"""
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(yt_html)}
""",
    items={Y[3]: "removed"},
)

case(
    name="yt-hedged-may-have-been",
    outcome="review",
    review="not_understood",
    imitates="YouTube support agent reply hedging about content that seems already gone",
    why="'appears to have been', 'may already be' are hedges: no status for either video",
    date="Sat, 07 Sep 2024 04:26:18 +0000",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    subject="Re: [1-6623000039912] KCSC-240904-02",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

Thanks for your follow-up. From what I can see, the video at
{Y[1]} appears to have been made private by the
uploader, and the Short {Y[3]} may already be
unavailable in your region.

I have passed both URLs to the team handling your notice so they can
confirm.

Kind regards,
Ana
YouTube Legal Support
""",
    items={Y[1]: "pending", Y[3]: "pending"},
)

case(
    name="yt-counter-notice-condition",
    outcome="review",
    review="not_understood",
    imitates="YouTube reply explaining a removal that depends on the uploader not objecting",
    why="removal is conditional on no response from the uploader within 10 days: still pending",
    date="Tue, 10 Sep 2024 03:09:40 +0000",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    subject="Re: [1-6623000039912] KCSC-240904-02",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

We have notified the uploader of {Y[2]} about your notice.
If the uploader does not respond with a valid objection within 10 days,
the video will be removed. If they do respond, we will share their
response with you.

Regards,
YouTube Legal Support
""",
    items={Y[2]: "pending"},
)

case(
    name="yt-legal-receipt-echo",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Google legal removal request receipt echoing the submitted URLs",
    why="pure receipt: 'we have received your submission', echoes the URLs with no statement about them",
    date="Wed, 04 Sep 2024 01:31:09 +0000",
    **{"from": "legal-notices@google.com"}, name_from="Google Legal",
    subject="Your legal request has been received [1-6623000039912] KCSC-240904-02",
    body=f"""
Thank you for contacting Google. We have received your submission and a
member of our team will review it. Your reference number is 1-6623000039912.

Summary of your submission
Product: YouTube
Country: South Korea
Reference provided: KCSC-240904-02
URLs submitted:
{Y[1]}
{Y[2]}
{Y[3]}
{Y[4]}

Please do not reply to this automated message.

Google LLC
""",
)

# ============================== Meta (KCSC-240905-03, 3 items) ============
case(
    name="meta-local-law-restricted",
    outcome="applied",
    imitates="Meta content-restriction-based-on-local-law response to a government authority",
    why="group post and Instagram post restricted in KR; the Instagram account could not be found (not_found)",
    date="Mon, 09 Sep 2024 06:42:55 +0000",
    **{"from": "records-response@meta.com"}, name_from="Meta Government Response",
    subject="Re: KCSC-240905-03 Request to restrict content",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

We reviewed your request KCSC-240905-03. The content below does not go
against our Community Standards, but following a legal review we have
restricted access to it in South Korea, where it was reported as unlawful:

* {M[1]}
* {M[2]}

We were unable to locate an account at {M[3]}. The username does not
exist on Instagram, so no action was taken on it.

Thanks,
Meta Government Response Team
""",
    items={M[1]: "restricted", M[2]: "restricted", M[3]: "not_found"},
)

case(
    name="instagram-post-removed",
    outcome="applied",
    imitates="Instagram 'We removed the content you reported' notice",
    why="the one named Instagram post is removed for going against the Community Guidelines",
    date="Tue, 10 Sep 2024 22:03:14 +0000",
    **{"from": "no-reply@instagram.com"}, name_from="Instagram",
    subject="We removed the post you reported",
    body=f"""
Hi KCSC,

Thanks for your report. We removed the post you reported because it goes
against our Community Guidelines on the sale of drugs.

Post: {M[2]}

We appreciate you letting us know. Reports like yours help keep
Instagram a safe place.

The Instagram team
""",
    items={M[2]: "removed"},
)

case(
    name="meta-kr-staff-fullwidth",
    outcome="applied",
    imitates="Meta Korea public policy staff email, English with Korean punctuation and full-width brackets",
    why="the group post and the Instagram account are deleted (삭제); full-width brackets and particles follow the URLs",
    date="Thu, 12 Sep 2024 02:38:21 +0000",
    **{"from": "jiwoo.han@meta.com"}, name_from="Jiwoo Han",
    subject="RE: KCSC-240905-03",
    reply_to_req="req-240905-03",
    body=f"""
담당자님 안녕하세요,

Following our call, I can confirm two outcomes:

1. Facebook group post（{M[1]}）— removed globally for breaching our
   policy on restricted goods.
2. Instagram account {M[3]}의 경우 계정 자체가 삭제되었습니다 (account deleted).

The remaining Instagram post is covered by our earlier email.

Best,
Jiwoo Han | Public Policy, Meta Korea
""",
    items={M[1]: "removed", M[3]: "removed"},
)

case(
    name="meta-asks-court-order",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="Meta request for the legal basis / court order before acting on a government request",
    why="asks for the statutory basis and an official decision document before acting: no status",
    date="Fri, 06 Sep 2024 08:15:37 +0000",
    **{"from": "records-response@meta.com"}, name_from="Meta Government Response",
    subject="Re: KCSC-240905-03 Request to restrict content - additional information needed",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

Thank you for your request. Before we can assess the following items we
need more information:

{M[1]}
{M[2]}

Please send us (1) the specific provision of Korean law that each item is
alleged to violate and (2) a copy of the Commission's official decision
for this request. Once we receive these documents we will continue our
review.

Thanks,
Meta Government Response Team
""",
    items={M[1]: "pending", M[2]: "pending"},
)

case(
    name="meta-out-of-office",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook automatic reply from a Meta staff member",
    why="out-of-office auto-reply, nothing about the items",
    date="Thu, 05 Sep 2024 07:01:03 +0000",
    **{"from": "jiwoo.han@meta.com"}, name_from="Jiwoo Han",
    subject="Automatic reply: KCSC-240905-03 Request to restrict content",
    extra_headers=AUTO,
    body="""
Thank you for your email. I am out of the office until Monday 9 September
with limited access to email. For urgent law enforcement or government
requests, please use the Law Enforcement Online Request System at
https://www.facebook.com/records.

Best,
Jiwoo
""",
)

# ============================== TikTok (KCSC-240906-04, 5 items) ==========
case(
    name="tiktok-numbered-outcome",
    outcome="applied",
    imitates="TikTok Law Enforcement / government removal request outcome, numbered list",
    why="two videos removed, one restricted in KR, one left up (no violation), the account banned",
    date="Tue, 10 Sep 2024 09:27:14 +0000",
    **{"from": "lert-noreply@tiktok.com"}, name_from="TikTok Law Enforcement Response",
    subject="[TikTok] Outcome of your request KCSC-240906-04",
    reply_to_req="req-240906-04",
    body=f"""
Dear KCSC,

We have completed our review of your request. The outcome for each
reported item is as follows:

1. {T[1]}
   Removed for violating our Community Guidelines (frauds and scams).
2. {T[2]}
   Removed for violating our Community Guidelines (frauds and scams).
3. {T[3]}
   Restricted in the Republic of Korea based on local law.
4. {T[4]}
   No violation found. The video remains available.
5. {T[5]}
   Account banned.

If you would like us to reconsider any of these decisions, please reply
with additional information.

TikTok Law Enforcement Response Team
""",
    items={T[1]: "removed", T[2]: "removed", T[3]: "restricted", T[4]: "rejected", T[5]: "removed"},
)

case(
    name="tiktok-dsa-decision-fields",
    outcome="applied",
    imitates="TikTok decision on a notice in DSA statement-of-reasons field layout (Art. 16(5)/17)",
    why="first decision: removal, territorial scope worldwide; second: no action, not illegal or against the terms",
    date="Wed, 11 Sep 2024 14:50:01 +0000",
    **{"from": "dsa-notices@tiktok.com"}, name_from="TikTok",
    subject="Decision on your notice - KCSC-240906-04",
    body=f"""
Decision on your notice

Reference: KCSC-240906-04
Decision date: 11 September 2024

--- Item 1 ---
Content: {T[1]}
Decision: Content removed
Ground: Incompatible with terms and conditions (Community Guidelines:
Frauds and Scams)
Territorial scope: Worldwide
Automated detection: No / Automated decision: No

--- Item 2 ---
Content: {T[2]}
Decision: No action taken
Ground: The content was assessed as neither illegal nor incompatible with
our terms and conditions
Territorial scope: Not applicable

You can find out more about how we review notices at
https://www.tiktok.com/legal/page/global/dsa-notice-and-action/en.
If you disagree with a decision, you may submit an appeal through
https://www.tiktok.com/legal/report/appeal.

TikTok Technology Limited
""",
    items={T[1]: "removed", T[2]: "rejected"},
)

case(
    name="tiktok-echoed-report-outcome",
    outcome="applied",
    imitates="TikTok report-status email that echoes the submitted report before the outcome",
    why="outcome: both hwarang_bet videos removed; the other three reviewed and found not violating",
    date="Thu, 12 Sep 2024 05:33:46 +0000",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    subject="Your report KCSC-240906-04: review complete",
    body=f"""
Your report

Submitted on: 6 September 2024
Reporter: Korea Communications Standards Commission
Reported content:
{T[1]}
{T[2]}
{T[3]}
{T[4]}
{T[5]}

Outcome

We removed the following videos because they violate our Community
Guidelines on gambling:
{T[3]}
{T[4]}

We reviewed {T[1]}, {T[2]} and
{T[5]} and did not find any violations. They will stay on
TikTok.

Thanks for helping us keep TikTok safe.
""",
    items={T[3]: "removed", T[4]: "removed", T[1]: "rejected", T[2]: "rejected", T[5]: "rejected"},
)

case(
    name="tiktok-video-not-found",
    outcome="applied",
    imitates="TikTok support reply that a reported video no longer exists",
    why="the video is unavailable because its creator deleted it: not_found",
    date="Mon, 09 Sep 2024 12:12:12 +0000",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal (KR)",
    subject="Re: KCSC-240906-04",
    reply_to_req="req-240906-04",
    body=f"""
Hello,

We could not review {T[2]}: the video
no longer exists on TikTok because its creator deleted it before our
review.

We will reply about the other items in your request separately.

Kind regards,
TikTok Legal (KR)
""",
    items={T[2]: "not_found"},
)

case(
    name="tiktok-bulk-all-removed",
    outcome="review",
    review="bulk",
    imitates="TikTok short closing reply covering the whole request without listing URLs",
    why="'all of the content you reported' for a 5-item request: bulk, items pending",
    date="Fri, 13 Sep 2024 03:40:22 +0000",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal (KR)",
    subject="Re: KCSC-240906-04",
    reply_to_req="req-240906-04",
    body="""
Hello,

Thank you for your request. We have reviewed all of the content you
reported under KCSC-240906-04, and it has all been removed from TikTok.

Kind regards,
TikTok Legal (KR)
""",
    items={u: "pending" for u in T.values()},
)

case(
    name="tiktok-reminder-bounce",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix delivery status notification (5.1.1 user unknown) from a TikTok relay",
    why="DSN for our reminder; the URLs are only in the returned original",
    date="Sat, 14 Sep 2024 00:05:41 +0000",
    **{"from": "MAILER-DAEMON@mx2.tiktok.com"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="DSN406.tt/mx2"

--DSN406.tt/mx2
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.tiktok.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<lert-kr@tiktok.com>: host inbound.tiktok.com[203.0.113.44] said: 550 5.1.1
    <lert-kr@tiktok.com>: Recipient address rejected: User unknown

--DSN406.tt/mx2
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.tiktok.com
Arrival-Date: Sat, 14 Sep 2024 09:05:39 +0900 (KST)

Final-Recipient: rfc822; lert-kr@tiktok.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <lert-kr@tiktok.com>: Recipient address
    rejected: User unknown

--DSN406.tt/mx2
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: lert-kr@tiktok.com
Subject: Reminder: KCSC-240906-04 items still online
Date: Sat, 14 Sep 2024 09:05:30 +0900
Message-ID: <reminder.KCSC-240906-04.1@kcsc.example>
Content-Type: text/plain; charset=utf-8

The following items of KCSC-240906-04 are still online past the deadline:
{T[1]}
{T[3]}
{T[5]}

--DSN406.tt/mx2--
""",
)

# ============================== Reddit (KCSC-240909-05, 2 items) ==========
rd_qp_text = f"""Hi there,

Thanks for your report (KCSC-240909-05). After investigating, we've removed the following posts from Reddit for violating Reddit's Content Policy, which prohibits soliciting or facilitating transactions involving illegal goods and services:

<{R[1]}>
<{R[2]}>

We've also taken action against the accounts that posted them.

Reddit Safety
"""
case(
    name="reddit-both-removed-angle-qp",
    outcome="applied",
    imitates="Reddit Safety report-outcome message, URLs in angle brackets, quoted-printable soft breaks",
    why="both threads removed for the illegal transactions rule",
    date="Wed, 11 Sep 2024 18:22:09 +0000",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit Safety",
    subject="Re: KCSC-240909-05 - we took action on your report",
    reply_to_req="req-240909-05",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(rd_qp_text)}
""",
    items={R[1]: "removed", R[2]: "removed"},
)

case(
    name="reddit-removed-and-author-deleted",
    outcome="applied",
    imitates="Reddit legal operations reply, one removed and one already deleted by its author",
    why="KoreaDeals thread removed; seoulnightlife thread already deleted by its author (not_found)",
    date="Thu, 12 Sep 2024 16:47:30 +0000",
    **{"from": "legal-ops@reddit.com"}, name_from="Reddit Legal Operations",
    subject="Re: KCSC-240909-05 Request for removal",
    reply_to_req="req-240909-05",
    body=f"""
Hello,

Thanks for reaching out. Here is where things stand on your request:

{R[1]}
Removed by Reddit admins (Rule 4 / illegal transactions).

{R[2]}
This post was deleted by its author before we reviewed it; there was
nothing left for us to action.

Best,
Reddit Legal Operations

On Mon, Sep 9, 2024 at 9:40 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Reddit team,
> Please remove the two threads listed in KCSC-240909-05.
""",
    items={R[1]: "removed", R[2]: "not_found"},
)

case(
    name="reddit-geo-restricted",
    outcome="applied",
    imitates="Reddit reply that content was restricted in one country in response to a legal request",
    why="seoulnightlife thread made unavailable in South Korea only: restricted",
    date="Fri, 13 Sep 2024 19:05:18 +0000",
    **{"from": "legal-ops@reddit.com"}, name_from="Reddit Legal Operations",
    subject="KCSC-240909-05 - geo-restriction applied",
    body=f"""
Hello,

In response to your legal request we have restricted access in South
Korea to the following post. It remains visible in other countries.

    {R[2]}

Reddit Legal Operations
""",
    items={R[2]: "restricted"},
)

case(
    name="reddit-under-review-escalated",
    outcome="review",
    review="not_understood",
    imitates="Reddit interim reply: one item under review, another escalated",
    why="'currently under review' and 'escalated' are no statements: both pending",
    date="Tue, 10 Sep 2024 21:15:44 +0000",
    **{"from": "legal-ops@reddit.com"}, name_from="Reddit Legal Operations",
    subject="Re: KCSC-240909-05 Request for removal",
    reply_to_req="req-240909-05",
    body=f"""
Hello,

A quick status update: {R[1]} is currently under review
by our Safety team, and {R[2]} has been escalated to our
legal team because it involves a question of Korean law.

We will reply again once decisions have been made.

Reddit Legal Operations
""",
    items={R[1]: "pending", R[2]: "pending"},
)

case(
    name="reddit-moderator-gmail",
    outcome="review",
    review="unknown_sender",
    imitates="subreddit volunteer moderator answering from a personal mailbox",
    why="a moderator (not Reddit, not a platform domain) says he removed the thread",
    date="Tue, 10 Sep 2024 02:59:03 +0000",
    **{"from": "koreadeals.mods@gmail.com"}, name_from="r/KoreaDeals mod team",
    subject="Re: KCSC-240909-05 Request for removal",
    reply_to_req="req-240909-05",
    body=f"""
Hi,

I'm one of the volunteer moderators of r/KoreaDeals. Reddit forwarded
your notice to us. I have removed {R[1]} from the
subreddit and banned the user.

Cheers,
u/quiet_lantern_mod
""",
    items={R[1]: "pending"},
)

# ============================== Discord (KCSC-240910-06, 1 item) ==========
case(
    name="discord-sole-server-removed",
    outcome="applied",
    imitates="Discord Trust & Safety ticket reply ('we have taken action ... server removed'), no URL",
    why="one-item request: the server behind the reported invite was removed; the only statement names no URL",
    date="Thu, 12 Sep 2024 20:34:56 +0000",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    subject="[Request #48213377] Re: KCSC-240910-06",
    reply_to_req="req-240910-06",
    body="""
##- Please type your reply above this line -##

Hello,

Thank you for your report and for your patience while we investigated.

We have reviewed the server you reported and found that it violated our
Community Guidelines. The server has been removed from Discord and the
accounts that ran it have been disabled.

Best,
Discord Trust & Safety
https://discord.com/safety
""",
    items={D[1]: "removed"},
)

case(
    name="discord-invite-invalid",
    outcome="applied",
    imitates="Discord Trust & Safety reply that an invite link is invalid or expired",
    why="the invite resolves to no server: not_found",
    date="Fri, 13 Sep 2024 15:20:10 +0000",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    subject="[Request #48213377] Re: KCSC-240910-06",
    body=f"""
##- Please type your reply above this line -##

Hello,

We looked into the invite link you provided ({D[1]}), but
it is invalid and we were not able to find any server associated with
it. If you have a server ID or message links, please send them in a new
report.

Best,
Discord Trust & Safety
""",
    items={D[1]: "not_found"},
)

case(
    name="discord-ticket-receipt",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Discord support (Zendesk) automatic request receipt",
    why="'your request (#48213377) has been received', no statement",
    date="Tue, 10 Sep 2024 04:21:37 +0000",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    subject="[Request #48213377] KCSC-240910-06",
    body="""
##- Please type your reply above this line -##

Your request (#48213377) has been received and is being reviewed by our
Trust & Safety team.

To add any additional comments, reply to this email.

This email is a service from Discord.
""",
)

# ============================== Twitch (KCSC-240911-07, 2 items) ==========
case(
    name="twitch-suspended-vod-removed",
    outcome="applied",
    imitates="Twitch Trust & Safety enforcement outcome (indefinite suspension, VOD removal)",
    why="the channel is indefinitely suspended and the past broadcast removed",
    date="Fri, 13 Sep 2024 17:08:29 +0000",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    subject="Re: KCSC-240911-07",
    reply_to_req="req-240911-07",
    body=f"""
Hello,

Thank you for your report. We have taken the following action:

- Channel {W[1]}: indefinitely suspended for violating our
  Community Guidelines on gambling.
- Past broadcast {W[2]}: removed.

Twitch Legal
""",
    items={W[1]: "removed", W[2]: "removed"},
)

case(
    name="twitch-rejected-and-vod-expired",
    outcome="applied",
    imitates="Twitch reply declining action on a channel and saying the VOD no longer exists",
    why="channel reviewed, no violation, no action (rejected); VOD expired and no longer exists (not_found)",
    date="Mon, 16 Sep 2024 18:40:02 +0000",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    subject="Re: KCSC-240911-07",
    reply_to_req="req-240911-07",
    body=f"""
Hello,

We reviewed the channel {W[1]} and its recent broadcasts and
did not find content that violates our Community Guidelines or the
applicable law. We are therefore not taking action on this channel.

The past broadcast {W[2]} no longer exists. It expired
under our storage rules before we could review it.

Twitch Legal
""",
    items={W[1]: "rejected", W[2]: "not_found"},
)

case(
    name="twitch-generic-reply",
    outcome="review",
    review="no_claims",
    imitates="Twitch Trust & Safety generic reply pointing to the reporting tools",
    why="trusted Twitch email that names no item and refers to no request",
    date="Thu, 12 Sep 2024 22:11:50 +0000",
    **{"from": "support@twitch.tv"}, name_from="Twitch Support",
    subject="Your message to Twitch",
    body="""
Hi,

Thanks for contacting Twitch. We are unable to act on reports sent to this
mailbox. To report content on Twitch, please use the Report option on the
channel or video, or the form at https://help.twitch.tv/s/article/how-to-file-a-user-report.

Government agencies can submit legal requests through
https://www.twitch.tv/p/legal/.

Twitch Support
""",
)

case(
    name="twitch-staff-out-of-office",
    outcome="ignored",
    classification="auto_reply",
    imitates="Gmail vacation responder of a Twitch staff member, over our quoted request",
    why="out-of-office auto-reply; the URLs are only in the quoted request",
    date="Wed, 11 Sep 2024 06:46:12 +0000",
    **{"from": "m.ortega@twitch.tv"}, name_from="Marisol Ortega",
    subject="Out of office Re: KCSC-240911-07",
    reply_to_req="req-240911-07",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: bulk"],
    body=f"""
Hi, I'm away until September 23 and will not be checking email. For
legal requests please write to legal@twitch.tv.

Marisol

{quoted("KCSC-240911-07", "On Wed, Sep 11, 2024 at 3:45 PM KCSC Takedown <takedown@kcsc.example> wrote:")}
""",
)

# ============================== others =====================================
case(
    name="kcsc-colleague-forwards-tiktok",
    outcome="review",
    review="forwarded",
    classification="forwarded",
    imitates="colleague forwarding a platform notice received in a personal mailbox",
    why="the TikTok statement reaches us only inside a forward from our own staff: review, not applied",
    date="Fri, 13 Sep 2024 00:48:25 +0000",
    **{"from": "s.kim@kcsc.example"}, name_from="Soyeon Kim",
    subject="Fwd: Outcome of your request KCSC-240906-04",
    body=f"""
This came to my address instead of the takedown mailbox. Forwarding for
the record.

Soyeon

---------- Forwarded message ---------
From: TikTok Law Enforcement Response <lert-noreply@tiktok.com>
Date: Thu, Sep 12, 2024 at 6:02 PM
Subject: Outcome of your request KCSC-240906-04
To: Soyeon Kim <s.kim@kcsc.example>

Dear KCSC,

The video {T[3]} has been removed for
violating our Community Guidelines.

TikTok Law Enforcement Response Team
""",
    items={T[3]: "pending"},
)

case(
    name="telegram-dsa-mailbox-autoreply",
    outcome="ignored",
    classification="auto_reply",
    imitates="Telegram DSA contact-point automatic reply",
    why="automatic reply of a mailbox that is not monitored for this kind of request",
    date="Sat, 07 Sep 2024 10:10:10 +0000",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    subject="Auto: KCSC-240903-01 Request for removal of illegal content",
    extra_headers=AUTO,
    body="""
This is an automated response.

This address is the single point of contact for authorities of EU member
states under the Digital Services Act. Messages on other matters are not
processed. To report illegal content on Telegram, please use
https://telegram.org/support or abuse@telegram.org.
""",
)


HEADER = """# Blind set 406: English notices from many platforms (X, YouTube, Meta,
# TikTok, Reddit, Discord, Twitch). Written by tests/corpus/blind406/make.py
# from each email's meaning, before the reader was run. Do not edit by hand.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind406", HEADER, cases)
    n = {}
    for c in cases:
        n[c["outcome"]] = n.get(c["outcome"], 0) + 1
    print(len(cases), "cases", n)
