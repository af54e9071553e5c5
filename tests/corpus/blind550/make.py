#!/usr/bin/env python3
"""Blind set 550: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Pinterest; Twitch and Snapchat as outside senders).

Deterministic: `python3 tests/corpus/blind550/make.py` rewrites
requests.csv, cases/*.eml and expected.toml. Expected results were written
from the meaning of each email before any run of the reader.
"""
import base64
import csv
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
REF_X, REF_YT, REF_META, REF_TT, REF_RD, REF_DC, REF_PIN = (
    "KCSC-240902-01", "KCSC-240903-02", "KCSC-240904-03", "KCSC-240905-04",
    "KCSC-240906-05", "KCSC-240909-06", "KCSC-240910-07")

X = [
    "https://x.com/bluemoth_trade/status/1830411122233344401",
    "https://x.com/bluemoth_trade/status/1830419988776655402",
    "https://x.com/quietpier_77/status/1830502233445566703",
    "https://x.com/quietpier_77/status/1830507766554433204",
    "https://twitter.com/nightferry_kr/status/1829900011122233305",
    "https://x.com/nightferry_kr",
    "https://x.com/saltmarsh_d/status/1830633344455566607",
    "https://x.com/saltmarsh_d/status/1830634455566677708",
    "https://x.com/ember_lane2/status/1830701122334455609",
    "https://x.com/ember_lane2/status/1830702233445566710",
    "https://x.com/i/web/status/1830811223344556611",
    "https://x.com/copperwren/status/1830922334455667712",
    "https://x.com/copperwren/status/1830923445566778813",
    "https://x.com/greyotter_k/status/1831033445566778914?s=20",
]
YT = [
    "https://www.youtube.com/watch?v=Qm7tLx2VbN4",
    "https://www.youtube.com/watch?v=Hd9pWc3RzK1",
    "https://youtu.be/Vf2Ks8NqJ0e",
    "https://www.youtube.com/shorts/Zr4Bn6MtY8p",
]
META = [
    "https://www.facebook.com/groups/4471209935/posts/8812034456",
    "https://www.facebook.com/tidalmart.kr/posts/pfbid02Xk7aLm9QwRt",
    "https://www.instagram.com/p/C9xRt2LmQa7/",
    "https://www.instagram.com/reel/C9yUw4NpLb2/",
    "https://www.facebook.com/permalink.php?story_fbid=90817263544&id=100077712345",
]
TT = [
    "https://www.tiktok.com/@pinecove.kr/video/7410223344556677001",
    "https://www.tiktok.com/@pinecove.kr/video/7410229988776655002",
    "https://www.tiktok.com/@mossy_drift/video/7411002233445566003",
]
RD2_SLUG = "계정_판매"
RD = [
    "https://www.reddit.com/r/kdealsmarket/comments/1fa2b3c/selling_accounts_cheap/",
    "https://www.reddit.com/r/kdealsmarket/comments/1fa9x8k/" + quote(RD2_SLUG) + "/",
]
RD2_RAW = "https://www.reddit.com/r/kdealsmarket/comments/1fa9x8k/" + RD2_SLUG + "/"
DC = ["https://discord.gg/tidepoolkr"]
PIN = [
    "https://www.pinterest.com/pin/884422113355667788/",
    "https://kr.pinterest.com/pin/884422113355667799/",
]

REQUESTS = [
    (REF_X, "x", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", X, "illegal_goods",
     "Batch of 14, sent to legal@x.com; includes one account URL, review \"urgent\""),
    (REF_YT, "youtube", "2024-09-03T10:30:00+09:00", "2024-09-10T18:00:00+09:00", YT, "gambling",
     "Sent via the legal web form, copy by email"),
    (REF_META, "meta", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00", META, "fraud",
     "Facebook and Instagram, one request"),
    (REF_TT, "tiktok", "2024-09-05T09:15:00+09:00", "2024-09-12T18:00:00+09:00", TT, "drugs", ""),
    (REF_RD, "reddit", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00", RD, "illegal_goods",
     "Second URL has a Korean slug, stored percent-encoded"),
    (REF_DC, "discord", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", DC, "obscenity",
     "Server invite link, one item"),
    (REF_PIN, "pinterest", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", PIN, "obscenity",
     "Two pins, one on kr. subdomain"),
]


def req_mid(ref):
    return "req." + ref


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- mime helpers
def b64(data):
    s = base64.b64encode(data.encode("utf-8")).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def part_text(text, sub="plain"):
    return (f"Content-Type: text/{sub}; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            + text.strip("\n") + "\n")


def part_qp(text, sub="plain"):
    return (f"Content-Type: text/{sub}; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
            + qp(text.strip("\n") + "\n"))


def part_b64(text, ctype, extra=""):
    return (f"Content-Type: {ctype}\nContent-Transfer-Encoding: base64\n{extra}\n"
            + b64(text) + "\n")


def multipart(sub, boundary, parts, params=""):
    out = [f'Content-Type: multipart/{sub}; boundary="{boundary}"{params}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p.rstrip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


def quoted_request(ref, urls, platform_name, date_line, style="gmail"):
    lines = [f"Dear {platform_name} team,", "",
             f"The Korea Communications Standards Commission (reference {ref}) has found the",
             "content at the addresses below to be illegal under Korean law and asks",
             "you to remove it or block access to it from Korea.", ""]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please reply to this address with the action taken for each item.", "",
              "KCSC Takedown desk"]
    if style == "gmail":
        return f"On {date_line}, KCSC Takedown <takedown@kcsc.example> wrote:\n" + "\n".join(
            ("> " + l) if l else ">" for l in lines)
    return ("-----Original Message-----\nFrom: KCSC Takedown <takedown@kcsc.example>\n"
            f"Sent: {date_line}\nTo: {platform_name} Legal\nSubject: {ref} Request for removal\n\n"
            + "\n".join(lines))


def st(urls, status):
    return {u: status for u in urls}


# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ======================= X (largest request) =======================
case(name="x-cwc-withheld-bulleted", outcome="applied", classification="confirmation",
     **{"from": "legal-noreply@x.com"}, name_from="X Legal",
     date="Thu, 05 Sep 2024 16:21:07 +0000",
     subject=f"Re: {REF_X} Request for removal of illegal content [ref:00D1x.5004Kq]",
     imitates="X Legal country-withheld-content outcome email (bulleted post list)",
     why="four posts stated withheld in South Korea, each listed; 'other URLs ongoing' names none",
     items=st(X[0:4], "restricted"),
     body=f"""
Hello,

We have reviewed your request ({REF_X}) under the X Rules and applicable local law.

After our review, we have withheld access to the following posts in South Korea under our Country Withheld Content policy:

- {X[0]}
- {X[1]}
- {X[2]}
- {X[3]}

The affected account holders have been notified of this action. Review of the remaining URLs in your request is still in progress and we will write to you separately about them.

You can read more about withheld content here: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,

X Legal
""")

case(name="x-plain-table-mixed", outcome="applied", classification="confirmation",
     **{"from": "legal-noreply@x.com"}, name_from="X Legal",
     date="Fri, 06 Sep 2024 08:40:12 +0000",
     subject=f"Case 0412-5566-KR / {REF_X} outcome",
     imitates="X legal-request outcome summary as a fixed-width text table",
     why="six rows, each URL with its action: removed, suspended account, withheld, not found, no violation, withheld",
     items={X[4]: "removed", X[5]: "removed", X[6]: "restricted", X[7]: "not_found",
            X[8]: "rejected", X[9]: "restricted"},
     body=f"""
Hello,

Please see below the outcome for part of your request.

Case:      0412-5566-KR
Reference: {REF_X}

Reported URL                                                  | Action taken
--------------------------------------------------------------+--------------------------------------
{X[4]:<62}| Removed (violation of the X Rules)
{X[5]:<62}| Account permanently suspended
{X[6]:<62}| Withheld in KR
{X[7]:<62}| No action - post not found
{X[8]:<62}| No action - no violation of X Rules or local law
{X[9]:<62}| Withheld in KR

If you have questions about this case, please reply and quote the case number.

X Legal
""")

X_HTML = f"""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We are writing about your notice <b>{REF_X}</b>. Below is the decision we took for each reported post.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported content</th><th>Decision</th><th>Territorial scope</th><th>Ground</th></tr>
<tr><td><a href="{X[10]}">{X[10]}</a></td><td>Removed</td><td>Global</td><td>Violation of X Rules (illegal or certain regulated goods or services)</td></tr>
<tr><td><a href="{X[11]}">{X[11]}</a></td><td>Withheld</td><td>Republic of Korea</td><td>Local law</td></tr>
<tr><td><a href="{X[12]}">{X[12]}</a></td><td>No action</td><td>-</td><td>Not found to violate the X Rules or local law</td></tr>
<tr><td><a href="{X[13]}">{X[13]}</a></td><td>No action</td><td>-</td><td>Content not found; the post had already been deleted</td></tr>
</table>
<p>Information on how to appeal a decision is available at <a href="https://help.x.com/en/forms/account-access/appeals">help.x.com</a>.</p>
<p>X Global Government Affairs &amp; Legal</p>
</body></html>"""
case(name="x-html-table-decisions", outcome="applied", classification="confirmation",
     **{"from": "legal-noreply@x.com"}, name_from="X Legal",
     date="Mon, 09 Sep 2024 02:15:44 +0000",
     subject=f"Decision on your notice {REF_X}",
     imitates="X statement-of-reasons style decision table (HTML, with plain-text stub)",
     why="HTML table: removed globally, withheld in Korea, no action (no violation), not found (already deleted)",
     items={X[10]: "removed", X[11]: "restricted", X[12]: "rejected", X[13]: "not_found"},
     raw_mime=multipart("alternative", "==x-html-7f31", [
         part_text("This message contains a table. Please view it in an HTML-capable mail client."),
         part_text(X_HTML, "html")]))

case(name="x-top-posted-over-gmail-quote", outcome="applied", classification="confirmation",
     **{"from": "dana.r@x.com"}, name_from="Dana R",
     date="Tue, 10 Sep 2024 05:02:19 +0000",
     subject=f"Re: {REF_X} Request for removal",
     reply_to_req=req_mid(REF_X),
     imitates="X legal-operations staff reply top-posted over the quoted request (Gmail quoting)",
     why="two posts stated above the quote (withheld; deleted by owner before review); the quoted list states nothing",
     items={**st([u for i, u in enumerate(X) if i not in (6, 7)], "pending"),
            X[6]: "restricted", X[7]: "not_found"},
     body=f"""
Hello KCSC team,

A quick update on two of the posts in your request. {X[6]} is now withheld in South Korea. {X[7]} had already been deleted by the account owner before we completed our review, so there was nothing left for us to action.

We'll come back to you on the rest.

Thanks,
Dana R.
X Legal Operations

{quoted_request(REF_X, X, "X", "Mon, Sep 2, 2024 at 10:00 AM")}
""")

X_CSV = "\n".join([
    "reported_url,action,scope,notes",
    f"{X[0]},withheld,KR,Country Withheld Content",
    f"{X[1]},withheld,KR,",
    f'{X[2]},removed,global,"Violation of X Rules: illegal goods, services"',
    f"{X[11]},no action,,No violation of X Rules or local law found",
    f'{X[12]},not found,,"Post deleted by its author, before review"',
]) + "\n"
case(name="x-csv-attachment", outcome="applied", classification="confirmation",
     **{"from": "legal-noreply@x.com"}, name_from="X Legal",
     date="Wed, 11 Sep 2024 07:30:00 +0000",
     subject=f"[{REF_X}] Outcome report attached",
     imitates="X legal batch outcome sent as a CSV attachment",
     why="CSV rows: two withheld in KR, one removed, one no action (no violation), one not found",
     items={X[0]: "restricted", X[1]: "restricted", X[2]: "removed", X[11]: "rejected", X[12]: "not_found"},
     raw_mime=multipart("mixed", "==x-csv-20240911", [
         part_text(f"""
Hello,

Attached is the outcome of our review of your request {REF_X}. Each row gives the reported URL and the action we took on it.

X Legal
"""),
         part_b64(X_CSV, 'text/csv; charset=utf-8; name="kcsc-240902-01_outcome.csv"',
                  'Content-Disposition: attachment; filename="kcsc-240902-01_outcome.csv"\n')]))

case(name="x-bare-url-result-below", outcome="applied", classification="confirmation",
     **{"from": "legal-noreply@x.com"}, name_from="X Legal",
     date="Thu, 12 Sep 2024 11:11:11 +0000",
     subject=f"Your report {REF_X} - results",
     imitates="X per-post result blocks (Post: / Result: lines) from a legal-request ticket",
     why="each post URL with its result on the next line: withheld, removed globally, could not locate",
     items={X[8]: "restricted", X[9]: "removed", X[10]: "not_found"},
     body=f"""
Hi,

Your report ID: {REF_X}

Post:
{X[8]}
Result: Withheld in South Korea

Post:
{X[9]}
Result: Removed globally for violating our illegal or certain regulated goods or services policy

Post:
{X[10]}
Result: We were unable to locate this post on X.

Thank you,
X Safety
""")

case(name="x-outlook-original-message", outcome="applied", classification="confirmation",
     **{"from": "min.park@x.com"}, name_from="Min Park",
     date="Fri, 13 Sep 2024 09:48:30 +0000",
     subject=f"RE: {REF_X} Request for removal",
     imitates="X staff reply in Outlook style above '-----Original Message-----' with the unquoted request",
     why="two posts stated above the original message (removed; does not exist); the copied request below states nothing",
     items={**st([u for i, u in enumerate(X) if i not in (11, 12)], "pending"),
            X[11]: "removed", X[12]: "not_found"},
     body=f"""
Dear KCSC,

Further to your request, we removed {X[11]} for violating the X Rules.

We checked {X[12]} as well, but this post does not exist on X (the link returns "this post doesn't exist"), so no action could be taken on it.

Kind regards,
Min Park
Legal Policy, X Korea

{quoted_request(REF_X, X, "X", "Monday, September 2, 2024 10:00 AM", style="outlook")}
""")

case(name="x-korean-staff-angle-brackets", outcome="applied", classification="confirmation",
     **{"from": "jiwoo.han@x.com"}, name_from="Jiwoo Han",
     date="Fri, 13 Sep 2024 03:05:00 +0000",
     subject=f"Re: [{REF_X}] 불법정보 삭제 요청 / removal request",
     reply_to_req=req_mid(REF_X),
     imitates="bilingual reply from a Korea-based X policy staffer, URLs in angle brackets followed by Korean particles",
     why="one post withheld in Korea, one removed; Korean and English paragraphs agree",
     items={X[2]: "restricted", X[3]: "removed"},
     body=f"""
안녕하세요, X 코리아 정책팀입니다.

요청하신 게시물 중 <{X[2]}>은 국내에서 접근이 제한(withheld)되었으며, <{X[3]}>는 X 규칙 위반으로 삭제되었습니다.

(English) Of the posts you reported, <{X[2]}> has been withheld in Korea, and <{X[3]}> was removed for breaking the X Rules.

감사합니다.
한지우 드림 / Jiwoo Han, Public Policy, X Korea
""")

case(name="x-account-suspended", outcome="applied", classification="confirmation",
     **{"from": "legal-noreply@x.com"}, name_from="X Legal",
     date="Sat, 14 Sep 2024 01:00:00 +0000",
     subject=f"Account action taken - {REF_X}",
     imitates="X notice that a reported account was permanently suspended",
     why="the reported account URL is stated permanently suspended (removed from X)",
     items={X[5]: "removed"},
     body=f"""
Hello,

Thank you for your report. We have reviewed the account below and found that it violated our rules on illegal or certain regulated goods or services.

Account: {X[5]}
Action: The account has been permanently suspended and is no longer visible on X.

Please note that we are not able to share further details about the account holder.

X Safety
""")

case(name="x-promise-withhold", outcome="review", review="not_understood",
     **{"from": "legal-noreply@x.com"}, name_from="X Legal",
     date="Wed, 04 Sep 2024 06:00:00 +0000",
     subject=f"Re: {REF_X} Request for removal of illegal content",
     imitates="X legal 'escalated to legal team' interim reply that promises an action",
     why="the posts 'will be withheld once the assessment is complete': a promise, not a statement",
     items=st([X[8], X[9]], "pending"),
     body=f"""
Hello,

Thank you for your request {REF_X}. It has been escalated to our legal team.

The posts listed below will be withheld in South Korea once the legal assessment is complete:

- {X[8]}
- {X[9]}

We expect to complete this within five business days and will confirm by email.

X Legal
""")

case(name="x-conditional-withhold", outcome="review", review="not_understood",
     **{"from": "legal-noreply@x.com"}, name_from="X Legal",
     date="Thu, 05 Sep 2024 09:00:00 +0000",
     subject=f"Re: {REF_X} - additional assessment",
     imitates="X legal reply stating a conditional outcome pending local-law assessment",
     why="'if found unlawful, we will withhold it; otherwise it remains available' is a condition, nothing stated",
     items=st([X[10]], "pending"),
     body=f"""
Hello,

Regarding {X[10]} from your request {REF_X}: this post does not appear to break the X Rules, so we are assessing it against Korean law. If our legal review finds that it is unlawful in Korea, we will withhold it in Korea; otherwise it will remain available.

X Legal
""")

case(name="x-forged-auth-fail", outcome="review", review="untrusted",
     **{"from": "legal@x.com"}, name_from="X Legal", auth="fail",
     date="Sat, 07 Sep 2024 22:10:00 +0000",
     subject=f"Re: {REF_X} Completed",
     imitates="X legal completion notice, but from a message failing DKIM/SPF/DMARC for x.com",
     why="x.com sender whose authentication fails: statements not trusted, items stay pending",
     items=st([X[0], X[1]], "pending"),
     body=f"""
Hello,

Your request {REF_X} has been completed. The following posts have been removed from X:

{X[0]}
{X[1]}

X Legal
""")

case(name="x-out-of-office", outcome="ignored", classification="auto_reply",
     **{"from": "jane.kwon@x.com"}, name_from="Jane Kwon",
     date="Mon, 02 Sep 2024 01:02:03 +0000",
     subject=f"Automatic reply: {REF_X} Request for removal of illegal content",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     reply_to_req=req_mid(REF_X),
     imitates="Outlook out-of-office auto-reply from an X staff member",
     why="out-of-office auto-reply",
     body="""
Thank you for your email. I am out of the office until 9 September with limited access to email.

For legal requests, please use https://legalrequests.x.com. For anything urgent, contact legal-kr@x.com.

Jane
""")

# ======================= YouTube =======================
case(name="yt-legal-removed-and-blocked", outcome="applied", classification="confirmation",
     **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support",
     date="Thu, 05 Sep 2024 13:22:00 +0000",
     subject=f"[5-1234000012345] Re: {REF_YT}",
     imitates="YouTube legal-removal outcome: removed globally for Community Guidelines / blocked locally",
     why="URL on the line below each statement: one removed globally, one blocked for Korean users",
     items={YT[0]: "removed", YT[1]: "restricted"},
     body=f"""
Hello,

Thank you for reaching out to us about your concerns under Korean law.

After reviewing your request, we have removed the following content from YouTube globally for violating YouTube's Community Guidelines:

{YT[0]}

In addition, we have blocked the following content from view on the YouTube service in South Korea, in response to local legal requirements:

{YT[1]}

For more on how we handle legal removal requests, see https://support.google.com/legal/answer/3110420.

Regards,
The YouTube Legal Support Team
""")

case(name="yt-no-action-and-age-restricted", outcome="applied", classification="confirmation",
     **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support",
     date="Fri, 06 Sep 2024 04:45:00 +0000",
     subject=f"[5-1234000012345] Re: {REF_YT}",
     imitates="YouTube legal outcome declining action on one video and age-restricting another",
     why="one video left up as it breaks no guideline or local law; one Short age-restricted",
     items={YT[2]: "rejected", YT[3]: "restricted"},
     body=f"""
Hello,

We have reviewed the content you reported and have decided not to take action on {YT[2]} at this time. Based on our review, the video does not violate our Community Guidelines, and we did not find it to be unlawful under the local law cited in your notice.

We have applied an age restriction to {YT[3]}, so it can no longer be viewed by users who are signed out or under 18.

Regards,
The YouTube Legal Support Team
""")

case(name="yt-quoted-printable", outcome="applied", classification="confirmation",
     **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support",
     date="Mon, 09 Sep 2024 10:10:10 +0000",
     subject=f"[5-1234000012399] Re: {REF_YT} follow-up",
     imitates="YouTube legal reply in a quoted-printable body with soft line breaks",
     why="one Short removed; one video not found (deleted by the uploader before review)",
     items={YT[3]: "removed", YT[2]: "not_found"},
     raw_mime=part_qp(f"""
Hello,

Following our earlier email about your notice {REF_YT}, we can confirm that the Short at {YT[3]} has been removed from YouTube for violating our policy on illegal or regulated goods and services.

We were unable to find a video at {YT[2]}. The link shows "Video unavailable" because the uploader deleted the video before our review was completed.

Regards,
The YouTube Legal Support Team
"""))

YT_HTML = f"""<html><body>
<div style="font-family:Roboto,Arial,sans-serif">
<p>Hello,</p>
<p>Thanks for your notice ({REF_YT}). We've completed our review:</p>
<ul>
<li><a href="{YT[0]}">{YT[0]}</a> &mdash; removed for violating YouTube's Community Guidelines.</li>
<li><a href="{YT[2]}">{YT[2]}</a> &mdash; removed for violating YouTube's Community Guidelines.</li>
<li><a href="{YT[3]}">{YT[3]}</a> &mdash; age-restricted.</li>
</ul>
<p>Learn more about <a href="https://support.google.com/youtube/answer/2802008">age-restricted content</a>.</p>
<p>&mdash; The YouTube Team</p>
</div></body></html>"""
case(name="yt-html-list", outcome="applied", classification="confirmation",
     **{"from": "no-reply@youtube.com"}, name_from="YouTube",
     date="Tue, 10 Sep 2024 12:00:00 +0000",
     subject=f"Update on your report {REF_YT}",
     type="html",
     imitates="YouTube HTML report-outcome email with a bulleted list of linked videos",
     why="HTML list: two videos removed, one Short age-restricted; help link is no item",
     items={YT[0]: "removed", YT[2]: "removed", YT[3]: "restricted"},
     body=YT_HTML)

case(name="yt-hedged-initial-check", outcome="review", review="not_understood",
     **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support",
     date="Wed, 04 Sep 2024 03:30:00 +0000",
     subject=f"[5-1234000012345] Re: {REF_YT}",
     imitates="YouTube legal interim reply with hedged observations",
     why="'may already have been removed', 'appears to be private', confirmation promised: hedges only",
     items=st([YT[1], YT[2]], "pending"),
     body=f"""
Hello,

Thank you for your notice. Our initial check suggests that {YT[1]} may already have been removed by the uploader, and {YT[2]} appears to be set to private. We will confirm the status of each video once our review is complete.

Regards,
The YouTube Legal Support Team
""")

case(name="yt-case-receipt", outcome="ignored", classification="acknowledgement",
     **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support",
     date="Tue, 03 Sep 2024 01:35:00 +0000",
     subject=f"[5-1234000012345] We received your request ({REF_YT})",
     reply_to_req=req_mid(REF_YT),
     imitates="Google/YouTube legal web-form receipt with a case ID",
     why="pure receipt: case number, promise to review, no statement about any item",
     body=f"""
Hello,

Thanks for contacting YouTube Legal Support. This email confirms that we have received your request {REF_YT}. Your case ID is 5-1234000012345; please keep it in the subject line of any reply.

We will review your request and get back to you. Because of the volume of requests we receive, this may take some time.

Regards,
The YouTube Legal Support Team
""")

# ======================= Meta =======================
case(name="meta-dsa-statement-of-reasons", outcome="applied", classification="confirmation",
     **{"from": "noreply@facebookmail.com"}, name_from="Facebook",
     date="Fri, 06 Sep 2024 15:00:00 +0000",
     subject=f"Decision on your report ({REF_META}): statement of reasons",
     imitates="Meta DSA-style statement of reasons (decision, territorial scope, ground, redress)",
     why="one post: access restricted in the Republic of Korea on a local-law ground",
     items={META[0]: "restricted"},
     body=f"""
Statement of reasons

Your report: {REF_META}
Content: {META[0]}
Content type: Post in a group

Decision: We restricted access to this content in the country where it was reported as illegal.
Territorial scope: Republic of Korea
Ground for decision: Reported as illegal under the law of the Republic of Korea (Korea Communications Standards Commission notice)
Facts and circumstances: The content was reviewed by our team following your notice.
Automated means: No automated means were used to take this decision.

Redress: The person who posted the content can appeal this decision at https://www.facebook.com/help/contact/appeal.

Meta Platforms Ireland Ltd.
""")

case(name="meta-instagram-numbered", outcome="applied", classification="confirmation",
     **{"from": "no-reply@mail.instagram.com"}, name_from="Instagram",
     date="Mon, 09 Sep 2024 07:20:00 +0000",
     subject=f"Update on your report {REF_META}",
     imitates="Instagram report-outcome message with numbered items and per-item decision",
     why="numbered: one post removed; one reel not removed because it does not go against the guidelines",
     items={META[2]: "removed", META[3]: "rejected"},
     body=f"""
Hi,

We reviewed the content you reported and here is what we decided:

1. {META[2]}
   Removed. This post went against our Community Guidelines on fraud and scams.

2. {META[3]}
   Not removed. We found that this reel doesn't go against our Community Guidelines or the local law you cited.

Thanks for helping us keep Instagram safe.

Instagram Help Center: https://help.instagram.com/
""")

case(name="meta-restricted-and-broken-link", outcome="applied", classification="confirmation",
     **{"from": "jordan.lee@meta.com"}, name_from="Jordan Lee",
     date="Tue, 10 Sep 2024 06:06:06 +0000",
     subject=f"Re: {REF_META} Request for removal",
     reply_to_req=req_mid(REF_META),
     imitates="Meta law-enforcement/government outreach staff reply over a Gmail-quoted request",
     why="angle-bracketed URLs: one post restricted in Korea, one link finds no content; quoted list states nothing",
     items={META[0]: "pending", META[2]: "pending", META[3]: "pending",
            META[1]: "restricted", META[4]: "not_found"},
     body=f"""
Hi KCSC team,

Thanks for your patience. We have restricted access in South Korea to the post at <{META[1]}>.

For <{META[4]}>, we could not find any content at this address. The post does not exist on Facebook, so there is nothing for us to act on.

Best,
Jordan Lee
Government & Regulatory Outreach, Meta

{quoted_request(REF_META, META, "Meta", "Wed, Sep 4, 2024 at 11:00 AM")}
""")

case(name="meta-echoed-report", outcome="applied", classification="confirmation",
     **{"from": "noreply@facebookmail.com"}, name_from="Facebook",
     date="Wed, 11 Sep 2024 08:00:00 +0000",
     subject=f"We removed the content you reported ({REF_META})",
     imitates="Facebook Support Inbox outcome echoing the report fields",
     why="echoed report with one content URL and 'Our decision: we removed this content'",
     items={META[4]: "removed"},
     body=f"""
Your report

Report ID: 1187766554433
Reported by: Korea Communications Standards Commission
Reference: {REF_META}
Content reported: {META[4]}
Reason: Fraud or scam (illegal under local law)

Our decision

We removed this content because it goes against our Community Standards on fraud, scams and deceptive practices. The person who shared it has been told that it was removed.

Thanks for your report. You can see the status of your reports in your Support Inbox: https://www.facebook.com/support/
""")

case(name="meta-bulk-all-restricted", outcome="review", review="bulk",
     **{"from": "noreply@facebookmail.com"}, name_from="Facebook",
     date="Thu, 12 Sep 2024 02:00:00 +0000",
     subject=f"Decision on your report {REF_META}",
     imitates="Meta short outcome notice covering a whole report",
     why="'all five items' restricted without naming them, for a five-item request: bulk",
     items=st(META, "pending"),
     body=f"""
Hello,

We have reviewed the five items in your report {REF_META} and have restricted access to all of them in South Korea, based on local law.

Meta
""")

case(name="meta-bounce", outcome="ignored", classification="bounce",
     **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System", auth="none",
     date="Wed, 04 Sep 2024 02:00:05 +0000",
     subject="Undelivered Mail Returned to Sender",
     imitates="Postfix DSN for the request sent to a mistyped Meta address, original attached",
     why="delivery status notification; the returned request states nothing",
     raw_mime=multipart("report", "B0unce.5F2C1A.1725415205", [
         part_text("""
This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<kr-legal-request@meta.com>: host mxa-meta.mail.example[203.0.113.25] said:
    550 5.1.1 <kr-legal-request@meta.com>: Recipient address rejected: User
    unknown (in reply to RCPT TO command)
"""),
         """Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed,  4 Sep 2024 11:00:01 +0900 (KST)

Final-Recipient: rfc822; kr-legal-request@meta.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown
""",
         "Content-Description: Undelivered Message\nContent-Type: message/rfc822\n\n"
         f"From: KCSC Takedown <takedown@kcsc.example>\nTo: kr-legal-request@meta.com\n"
         f"Subject: {REF_META} Request for removal\nMessage-ID: <{req_mid(REF_META)}@kcsc.example>\n"
         "Date: Wed, 04 Sep 2024 11:00:00 +0900\nContent-Type: text/plain; charset=utf-8\n\n"
         + "\n".join(l[2:] if l.startswith("> ") else l[1:] for l in
                     quoted_request(REF_META, META, "Meta", "x").split("\n")[1:]) + "\n",
     ], params='; report-type=delivery-status'))

# ======================= TikTok =======================
case(name="tiktok-ack-plus-outcomes", outcome="applied", classification="confirmation",
     **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
     date="Mon, 09 Sep 2024 09:09:00 +0000",
     subject=f"Re: {REF_TT} - outcome of your report",
     imitates="TikTok legal reply opening with a receipt phrase and giving per-video outcomes",
     why="receipt phrase plus unhedged statements: removed, restricted in South Korea, stays up (no violation)",
     items={TT[0]: "removed", TT[1]: "restricted", TT[2]: "rejected"},
     body=f"""
Hello,

Thank you for your report. We received it on 5 September 2024 and have now completed our review.

- {TT[0]} : removed for violating our Community Guidelines.
- {TT[1]} : restricted in South Korea under local law.
- {TT[2]} : after review, we found that this video does not violate our Community Guidelines or applicable law, so it remains available.

If you have further questions, please reply to this email.

TikTok Legal Team
""")

TT_HTML = f"""<!DOCTYPE html><html><body style="margin:0;padding:0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:24px;font-family:Arial">
<h2 style="font-size:18px">We've taken action on your report</h2>
<p>Reference: {REF_TT}</p>
<p>We've removed the following videos for violating our Community Guidelines:</p>
<ul>
<li><a href="{TT[0]}">{TT[0]}</a></li>
<li><a href="{TT[1]}">{TT[1]}</a></li>
</ul>
<p>Thank you for helping keep TikTok safe. Read our <a href="https://www.tiktok.com/community-guidelines">Community Guidelines</a>.</p>
</td></tr></table></body></html>"""
case(name="tiktok-base64-html", outcome="applied", classification="confirmation",
     **{"from": "noreply@tiktok.com"}, name_from="TikTok",
     date="Tue, 10 Sep 2024 10:00:00 +0000",
     subject="We've taken action on your report",
     imitates="TikTok templated HTML report-outcome email, base64-encoded",
     why="HTML list of two videos under 'We've removed the following videos'",
     items={TT[0]: "removed", TT[1]: "removed"},
     raw_mime=part_b64(TT_HTML, "text/html; charset=utf-8"))

case(name="tiktok-dsa-sor-restricted", outcome="applied", classification="confirmation",
     **{"from": "dsa-notices@tiktok.com"}, name_from="TikTok Trust and Safety",
     date="Wed, 11 Sep 2024 11:30:00 +0000",
     subject=f"Statement of reasons - {REF_TT}",
     imitates="TikTok DSA statement of reasons (content restricted in your country/region)",
     why="one video: content restricted in South Korea, local-law ground",
     items={TT[2]: "restricted"},
     body=f"""
Statement of reasons

Reference: {REF_TT}
Content: {TT[2]}
Content type: Video

Decision: Content restricted in your country/region (South Korea)
Ground: Illegal content under the law of the Republic of Korea
Information on the decision: reviewed by a human moderator following a notice from an authority
Automated detection used: No

The creator may appeal this decision in the TikTok app. More information: https://www.tiktok.com/legal/page/global/dsa
""")

case(name="tiktok-read-receipt", outcome="ignored", classification="read_receipt",
     **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
     date="Thu, 05 Sep 2024 01:00:00 +0000",
     subject=f"Read: {REF_TT} Request for removal",
     imitates="Outlook read receipt (MDN) from the TikTok legal mailbox",
     why="message disposition notification: displayed",
     raw_mime=multipart("report", "----=_MDN_tt_0905", [
         part_text(f"""
Your message

  To: legal-kr@tiktok.com
  Subject: {REF_TT} Request for removal
  Sent: Thursday, September 5, 2024 9:15:00 AM (UTC+09:00) Seoul

was read on Thursday, September 5, 2024 10:00:00 AM (UTC+09:00) Seoul.
"""),
         f"""Content-Type: message/disposition-notification

Reporting-UA: mail.tiktok.com; Microsoft Exchange Server
Final-Recipient: rfc822; legal-kr@tiktok.com
Original-Message-ID: <{req_mid(REF_TT)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
"""], params='; report-type=disposition-notification'))

case(name="tiktok-unknown-sender-vendor", outcome="review", review="unknown_sender",
     **{"from": "trustandsafety@tiktok-support-center.com"}, name_from="TikTok Trust & Safety",
     date="Fri, 06 Sep 2024 12:00:00 +0000",
     subject=f"Re: {REF_TT} resolved",
     imitates="report-outcome notice from a look-alike domain that is not TikTok's",
     why="sender domain belongs to no configured platform; names the request and two videos",
     items=st([TT[0], TT[1]], "pending"),
     body=f"""
Dear Sir/Madam,

We are pleased to inform you that your request {REF_TT} has been resolved. The following videos have been removed:

{TT[0]}
{TT[1]}

TikTok Trust & Safety Team
""")

case(name="twitch-about-tiktok-reupload", outcome="review", review="wrong_platform",
     **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
     date="Sat, 07 Sep 2024 18:00:00 +0000",
     subject="Re: re-uploaded stream content",
     imitates="Twitch legal reply about a Twitch broadcast re-uploaded to TikTok",
     why="Twitch states the removal of a TikTok item: wrong platform, item stays pending",
     items=st([TT[0]], "pending"),
     body=f"""
Hello,

Thanks for flagging {TT[0]}. The video is a re-upload of a broadcast that originally aired on Twitch. We have removed the VOD and the related clips on our side, and the TikTok upload has been taken down as well after our rights team filed a notice with TikTok.

Twitch Legal
""")

# ======================= Reddit =======================
case(name="reddit-safety-prose-korean-slug", outcome="applied", classification="confirmation",
     **{"from": "noreply@reddit.com"}, name_from="Reddit Safety",
     date="Mon, 09 Sep 2024 20:00:00 +0000",
     subject=f"Re: {REF_RD} - Reddit report outcome",
     imitates="Reddit Safety ('after investigating') outcome reply, raw Korean slug in the URL",
     why="one post removed; the other already deleted by its author (not found)",
     items={RD[0]: "removed", RD[1]: "not_found"},
     body=f"""
Hi there,

Thanks for submitting a report to the Reddit Safety team. After investigating, we've removed the post at {RD[0]} for violating Reddit's Content Policy.

The post at {RD2_RAW} had already been deleted by its author before we reviewed it, so no further action was needed.

Thanks again for your report,

Reddit Safety
https://www.redditinc.com/policies/content-policy
""")

case(name="reddit-bilingual-particles", outcome="applied", classification="confirmation",
     **{"from": "kr-legal@reddit.com"}, name_from="Reddit Legal",
     date="Tue, 10 Sep 2024 01:30:00 +0000",
     subject=f"[{REF_RD}] 조치 결과 / Outcome",
     reply_to_req=req_mid(REF_RD),
     imitates="bilingual Reddit legal reply, URLs followed directly by Korean particles",
     why="one post removed; the other kept as it breaks no rule or Korean law; both languages agree",
     items={RD[0]: "removed", RD[1]: "rejected"},
     body=f"""
안녕하세요. 요청하신 게시물 {RD[0]}은 Reddit 콘텐츠 정책 위반으로 삭제되었습니다. {RD[1]}는 검토 결과 정책 및 한국 법률 위반이 확인되지 않아 게시가 유지됩니다.

Hello. The post {RD[0]} has been removed for breaking Reddit's Content Policy. We reviewed {RD[1]} and found no violation of our policies or of Korean law, so it stays up.

Reddit Legal
""")

case(name="reddit-bulk-both-removed", outcome="review", review="bulk",
     **{"from": "noreply@reddit.com"}, name_from="Reddit Safety",
     date="Wed, 11 Sep 2024 03:00:00 +0000",
     subject=f"Re: {REF_RD}",
     reply_to_req=req_mid(REF_RD),
     imitates="Reddit short outcome reply covering the whole report",
     why="'both posts you reported have been removed' names neither post, two-item request: bulk",
     items=st(RD, "pending"),
     body="""
Hi there,

Thanks for your report. Both posts you reported have been removed for violating Reddit's Content Policy.

Reddit Safety
""")

case(name="reddit-zendesk-receipt-echo", outcome="ignored", classification="acknowledgement",
     **{"from": "support@reddithelp.reddit.com"}, name_from="Reddit Help",
     date="Fri, 06 Sep 2024 05:10:00 +0000",
     subject=f"[Reddit Help] Re: {REF_RD} Request for removal",
     reply_to_req=req_mid(REF_RD),
     imitates="Zendesk-style ticket receipt echoing the submitted request",
     why="ticket receipt; the echoed request only asks for removal, nothing is stated",
     body=f"""
##- Please type your reply above this line -##

Your request (7712345) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown, Sep 6, 2024, 14:00 KST

Dear Reddit team,

Under reference {REF_RD}, please remove the following posts, which are illegal under Korean law:

{RD[0]}
{RD[1]}

KCSC Takedown desk
""")

# ======================= Discord =======================
case(name="discord-server-removed", outcome="applied", classification="confirmation",
     **{"from": "tns-noreply@discord.com"}, name_from="Discord Trust & Safety",
     date="Wed, 11 Sep 2024 16:00:00 +0000",
     subject=f"Re: {REF_DC} [Ticket #30417755]",
     imitates="Discord Trust & Safety reply that a reported server was removed",
     why="the server behind the reported invite was removed from Discord",
     items={DC[0]: "removed"},
     body=f"""
Hi there,

Thanks for reaching out. We've reviewed the server you reported (invite: {DC[0]}) and have removed it from Discord for violating our Community Guidelines. The invite link is no longer active.

Discord Trust & Safety
https://discord.com/guidelines
""")

case(name="discord-sole-statement-thread", outcome="applied", classification="confirmation",
     **{"from": "tns-noreply@discord.com"}, name_from="Discord Trust & Safety",
     date="Thu, 12 Sep 2024 09:00:00 +0000",
     subject=f"Re: {REF_DC} Request for removal",
     reply_to_req=req_mid(REF_DC),
     imitates="Discord T&S ticket reply in the request's thread, no URL named",
     why="one-item request; 'the reported server has been taken down' is a definite sole statement",
     items={DC[0]: "removed"},
     body=f"""
Hello,

Thank you for your report regarding {REF_DC}. We have investigated and the reported server has been taken down for violating our Terms of Service. It is no longer accessible on Discord.

Regards,
Discord Trust & Safety
""")

case(name="discord-asks-message-links", outcome="review", review="asks_more",
     classification="request_for_info",
     **{"from": "tns-noreply@discord.com"}, name_from="Discord Trust & Safety",
     date="Tue, 10 Sep 2024 07:00:00 +0000",
     subject=f"Re: {REF_DC} [Ticket #30417755] - more information needed",
     reply_to_req=req_mid(REF_DC),
     imitates="Discord T&S request for message links before acting",
     why="asks for message links / IDs before it can review; nothing stated",
     items={DC[0]: "pending"},
     body=f"""
Hi there,

Thanks for your report about {DC[0]}. To investigate, we need the specific message links for the content you are reporting. You can copy a message link by right-clicking the message and choosing "Copy Message Link" (see https://support.discord.com/hc/en-us/articles/206346498).

Could you please reply with the message links and a short description of each? Once we have them, we'll review the server.

Discord Trust & Safety
""")

case(name="discord-ticket-autoresponse", outcome="ignored", classification="acknowledgement",
     **{"from": "noreply@discord.com"}, name_from="Discord",
     date="Mon, 09 Sep 2024 01:05:00 +0000",
     subject=f"[Ticket #30417755] Re: {REF_DC} Request for removal",
     reply_to_req=req_mid(REF_DC),
     extra_headers=["Auto-Submitted: auto-generated"],
     imitates="Discord help-desk automatic ticket receipt",
     why="automatic ticket-created receipt",
     body="""
Hi there,

We've received your message and a member of our Trust & Safety team will get back to you as soon as possible. Your ticket number is #30417755.

Please don't open a new ticket for the same issue; replies to this email are added to your ticket.

Discord
""")

# ======================= Pinterest =======================
case(name="pinterest-both-removed", outcome="applied", classification="confirmation",
     **{"from": "legal@pinterest.com"}, name_from="Pinterest Legal",
     date="Thu, 12 Sep 2024 18:30:00 +0000",
     subject=f"Re: {REF_PIN}",
     imitates="Pinterest report outcome with bullet list of removed Pins",
     why="both Pins named under 'we removed the following Pins'",
     items=st(PIN, "removed"),
     body=f"""
Hi there,

Thanks for letting us know. We removed the following Pins for going against our Community Guidelines:

\u2022 {PIN[0]}
\u2022 {PIN[1]}

Pinterest Legal
""")

case(name="pinterest-removed-and-left-up", outcome="applied", classification="confirmation",
     **{"from": "legal@pinterest.com"}, name_from="Pinterest Legal",
     date="Fri, 13 Sep 2024 17:00:00 +0000",
     subject=f"Re: {REF_PIN} Request for removal",
     reply_to_req=req_mid(REF_PIN),
     imitates="Pinterest reply removing one Pin and declining the other",
     why="one Pin removed; the other does not go against the guidelines and stays up",
     items={PIN[0]: "removed", PIN[1]: "rejected"},
     body=f"""
Hi KCSC team,

We've removed the Pin {PIN[0]}.

We also reviewed {PIN[1]}, and it doesn't go against our Community Guidelines, so it'll stay up.

Best,
Pinterest Legal
""")

case(name="pinterest-hedged", outcome="review", review="not_understood",
     **{"from": "legal@pinterest.com"}, name_from="Pinterest Legal",
     date="Wed, 11 Sep 2024 12:00:00 +0000",
     subject=f"Re: {REF_PIN}",
     reply_to_req=req_mid(REF_PIN),
     imitates="Pinterest interim reply with a hedge and an 'under review' item",
     why="'looks like it may have been deactivated' is a hedge; the other Pin is still being reviewed",
     items=st(PIN, "pending"),
     body=f"""
Hi there,

It looks like the Pin {PIN[0]} may have been deactivated by the Pinner. {PIN[1]} is still being reviewed by our team, and we'll follow up once we have an outcome.

Pinterest Legal
""")

case(name="pinterest-out-of-office-html", outcome="ignored", classification="auto_reply",
     **{"from": "s.moreau@pinterest.com"}, name_from="Sophie Moreau",
     date="Tue, 10 Sep 2024 01:01:00 +0000",
     subject=f"Out of Office Re: {REF_PIN} Request for removal",
     reply_to_req=req_mid(REF_PIN),
     extra_headers=["Auto-Submitted: auto-replied"],
     type="html",
     imitates="Gmail-style out-of-office vacation reply (HTML) from a Pinterest staff member",
     why="vacation auto-reply",
     body="""<div dir="ltr">Hi, I'm out of the office until September 23 and won't be checking email. For legal requests please write to legal@pinterest.com.<br><br>Thanks,<br>Sophie</div>""")

# ======================= Snapchat (no items) =======================
case(name="snap-process-notice-no-claims", outcome="review", review="no_claims",
     **{"from": "lawenforcement@snap.com"}, name_from="Snap Law Enforcement Operations",
     date="Thu, 12 Sep 2024 04:00:00 +0000",
     subject="Update to how Snap receives government requests",
     imitates="Snap law-enforcement operations process notice to a government contact",
     why="trusted Snapchat mail naming no item and no request",
     body="""
Dear partner,

From 1 October 2024, Snap will accept government content-removal requests only through our Law Enforcement Service Portal (https://les.snapchat.com). Requests sent by email after this date will receive an automated reply pointing to the portal.

If your agency does not yet have a portal account, please register using your official government email address.

Snap Law Enforcement Operations
""")

HEADER = """# Blind set 550 (English notices from many platforms). Written by make.py;
# expected results come from each email's meaning, written before any run."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind550", HEADER, CASES)
