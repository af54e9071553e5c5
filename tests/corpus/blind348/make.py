#!/usr/bin/env python3
"""Blind set 348: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by a note, statuses given by position. Every email is fictional
and written in our own words; the expected result of each case was written
from the email's meaning alone, before any run of the reader.

    python3 tests/corpus/blind348/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
NAVER_KO_SLUG = "중고장터"

Y = [
    "https://www.youtube.com/watch?v=qR7vLm2XaB0",
    "https://www.youtube.com/watch?v=Tn4kPz8wEe1",
    "https://www.youtube.com/watch?v=bH2sJd5YuQ3",
    "https://www.youtube.com/watch?v=Wc9fGh1KoL4",
    "https://www.youtube.com/watch?v=mZ6xNa3RtP5",
    "https://www.youtube.com/watch?v=Fd8eUy0IcV6",
    "https://www.youtube.com/watch?v=Lp3oQw7SzM7",
    "https://www.youtube.com/watch?v=Ge5rTb2HnJ8",
    "https://www.youtube.com/shorts/Vx1cKs4DmY9",
    "https://www.youtube.com/watch?v=Ak0jWe6PfR2",
    "https://www.youtube.com/@goldrush_signals_kr",
    "https://www.youtube.com/watch?v=Ns2hXq9BgT5",
]
X = [
    "https://x.com/plum_ledger77/status/1833011122334455661",
    "https://x.com/plum_ledger77/status/1833019988776655442",
    "https://x.com/harbor_lights_kr/status/1833102030405060708",
    "https://x.com/nightowl_tips/status/1833200011122233344",
]
T = [
    "https://t.me/greyfox_deals/4411",
    "https://t.me/greyfox_deals/4415",
    "https://t.me/ninebridge_chat/208",
]
N = [
    "https://blog.naver.com/moonlit_ferry/223560011223",
    "https://cafe.naver.com/oldtownmarket/88412",
    "https://blog.naver.com/moonlit_ferry/223560011987",
    "https://cafe.naver.com/oldtownmarket/88420",
    "https://cafe.naver.com/" + quote(NAVER_KO_SLUG) + "/5521",
]
N5_RAW = "https://cafe.naver.com/" + NAVER_KO_SLUG + "/5521"
D = [
    "https://cafe.daum.net/greenpier/Xk3P/3021",
    "https://cafe.daum.net/greenpier/Xk3P/3044",
]
TK = "https://www.tiktok.com/@sunny_mirage_09/video/7412345678901234567"
X7 = "https://x.com/quietmill_kr/status/1834400000000000017"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240910-01", "youtube", "2024-09-10T15:00:00+09:00", "2024-09-17T23:59:59+09:00", Y,
     "illegal_gambling", "betting tip channel and its re-uploads"),
    ("KCSC-240911-02", "x", "2024-09-11T10:30:00+09:00", "2024-09-18T23:59:59+09:00", X,
     "privacy", "posts exposing personal data"),
    ("KCSC-240911-03", "telegram", "2024-09-11T11:00:00+09:00", "2024-09-18T23:59:59+09:00", T,
     "drugs", "drug sale adverts"),
    ("KCSC-240912-04", "naver", "2024-09-12T09:40:00+09:00", "2024-09-19T23:59:59+09:00", N,
     "defamation", "blog and cafe posts"),
    ("KCSC-240912-05", "daum", "2024-09-12T14:10:00+09:00", "2024-09-19T23:59:59+09:00", D,
     "defamation", "cafe posts"),
    ("KCSC-240913-06", "tiktok", "2024-09-13T10:00:00+09:00", "2024-09-20T23:59:59+09:00", [TK],
     "illegal_gambling", "one video"),
    ("KCSC-240913-07", "x", "2024-09-13T16:20:00+09:00", "2024-09-20T23:59:59+09:00", [X7],
     "drugs", "one post"),
]


def msgid(ref):
    return "req-" + ref[5:].lower() + "@kcsc.example"


def req_local(ref):
    return msgid(ref).split("@")[0]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, msgid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def enc(s):
    """RFC 2047 encode a header value when it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def multipart(subtype, boundary, parts, extra=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra}', ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p.strip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


def part(ctype, body, cte="8bit", headers=()):
    lines = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}"]
    lines.extend(headers)
    return "\n".join(lines) + "\n\n" + body.strip("\n") + "\n"


REQ_TEXT = {
    "KCSC-240910-01": "The Korea Communications Standards Commission asks you to remove, or to block\n"
                      "in Korea, the following content found to be illegal gambling promotion:",
    "KCSC-240911-02": "The Commission asks you to remove, or to withhold in Korea, the following\n"
                      "posts, which disclose the personal data of private individuals:",
    "KCSC-240912-04": "위원회는 아래 게시물에 대하여 삭제 또는 접속차단 등 필요한 조치를 요청합니다.",
}


def quoted_request(ref, urls, prefix="> ", numbered=True):
    lines = [f"Reference: {ref}", "", REQ_TEXT.get(ref, "Please act on the following content:"), ""]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}" if numbered else u)
    lines += ["", "Please report the measure taken for each URL by the deadline.", "",
              "KCSC Takedown Desk", "takedown@kcsc.example"]
    return "\n".join((prefix + l).rstrip() for l in lines)


def yt(c):
    c.setdefault("from", "legal-support-kr@google.com")
    c.setdefault("name_from", "YouTube Legal Support")
    return c


def kakao(c):
    c.setdefault("from", "right@kakaocorp.com")
    c.setdefault("name_from", enc("카카오 권리침해신고센터"))
    return c


def tiktok(c):
    c.setdefault("from", "legal-noreply@tiktok.com")
    c.setdefault("name_from", "TikTok Legal")
    return c


R1, R2, R3, R4, R5, R6, R7 = (r[0] for r in REQUESTS)
SUBJ1 = "Re: [KCSC-240910-01] Removal request - 12 YouTube URLs"
SUBJ2 = "Re: KCSC-240911-02 - request to remove 4 posts"
SUBJ3 = "Re: KCSC-240911-03 report (Case #4481920)"
SUBJ4 = enc("Re: [방송통신심의위원회] 시정요구 KCSC-240912-04")
SUBJ5 = enc("Re: [방송통신심의위원회] 게시물 조치 요청 KCSC-240912-05")

cases = []

# ================================================================ APPLIED
cases.append(yt({
    "name": "yt-one-sentence-three-outcomes",
    "date": "Fri, 13 Sep 2024 11:42:05 +0900",
    "subject": SUBJ1, "reply_to_req": req_local(R1),
    "body": f"""
Hello,

Thank you for your patience while we reviewed the notice referenced KCSC-240910-01.

Having reviewed the first four videos in your notice, we removed {Y[0]} and {Y[1]} globally under our harassment policy, blocked {Y[2]} in South Korea on the basis of local law, and left {Y[3]} up because we did not find that it violates our Community Guidelines or Korean law.

We are still working on the remaining URLs and will write again once that review is complete.

Regards,
Minji
YouTube Legal Support
""",
    "outcome": "applied", "classification": "confirmation",
    "imitates": "YouTube legal removals reply (outcome per URL in prose)",
    "why": "one sentence carries removed, removed, restricted in KR and a refusal with its reason",
    "items": {Y[0]: "removed", Y[1]: "removed", Y[2]: "restricted", Y[3]: "rejected"},
}))

cases.append(yt({
    "name": "yt-hedge-in-relative-clause",
    "date": "Fri, 13 Sep 2024 17:05:51 +0900",
    "subject": SUBJ1, "reply_to_req": req_local(R1),
    "body": f"""
Hi KCSC team,

Update on KCSC-240910-01.

We have removed {Y[4]}, which may already have been set to private by its uploader before our review, for violating our policy on scams and deceptive practices.

The video at {Y[5]}, which appears to be a re-upload of a clip we actioned last month, is still with our specialist team; we have not made a decision on it yet.

Best,
YouTube Legal Support
""",
    "outcome": "applied", "classification": "confirmation",
    "imitates": "YouTube legal removals reply, partial update",
    "why": "the hedge sits in a relative clause of a firm 'we have removed'; the second video is explicitly undecided",
    "items": {Y[4]: "removed", Y[5]: "pending"},
}))

cases.append(yt({
    "name": "yt-negations",
    "date": "Sat, 14 Sep 2024 09:18:40 +0900",
    "subject": SUBJ1, "reply_to_req": req_local(R1),
    "body": f"""
Dear Sir or Madam,

Re: KCSC-240910-01

We did not remove {Y[6]} from YouTube, as it does not breach our Community Guidelines. It does, however, fall foul of the Korean law cited in your notice, so we have blocked it from view for users in South Korea.

We were not able to find any video at {Y[7]}. The video ID in that link does not exist on YouTube; please check that it was copied correctly.

The Short at {Y[8]} is no longer on YouTube: we took it down for violating our Community Guidelines.

Kind regards,
The YouTube Legal Team
""",
    "outcome": "applied", "classification": "confirmation",
    "imitates": "YouTube legal removals reply: local-law block instead of global removal",
    "why": "'did not remove ... does not breach' is followed by a KR block (restricted); 'not able to find' is not_found; 'no longer on YouTube: we took it down' is removed",
    "items": {Y[6]: "restricted", Y[7]: "not_found", Y[8]: "removed"},
}))

cases.append(yt({
    "name": "yt-second-review-overrides",
    "date": "Tue, 17 Sep 2024 14:31:12 +0900",
    "subject": SUBJ1, "reply_to_req": req_local(R1),
    "body": f"""
Hello,

Further to our email of 13 September about KCSC-240910-01:

Our first review of {Y[9]} found no violation and the video was left up. After your follow-up, our legal team took a second look, and we have now removed the video globally for violating our policy on illegal or regulated goods and services.

{Y[11]} stays available: after review we found that it does not violate our policies or Korean law.

Regards,
YouTube Legal Support
""",
    "outcome": "applied", "classification": "confirmation",
    "imitates": "YouTube legal reply after a reconsideration request",
    "why": "the first sentence's 'left up' is revised by the later 'we have now removed the video'; the other video is refused with a reason",
    "items": {Y[9]: "removed", Y[11]: "rejected"},
}))

cases.append(yt({
    "name": "yt-table-note-correction",
    "date": "Mon, 16 Sep 2024 10:02:37 +0900",
    "subject": SUBJ1, "reply_to_req": req_local(R1),
    "type": "html",
    "body": f"""
<html><body>
<p>Hello,</p>
<p>Please find below the outcome for the first four URLs of notice KCSC-240910-01.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Action</th><th>Reason</th></tr>
<tr><td>{Y[0]}</td><td>Removed</td><td>Community Guidelines &ndash; Harassment</td></tr>
<tr><td>{Y[1]}</td><td>Removed</td><td>Community Guidelines &ndash; Harassment</td></tr>
<tr><td>{Y[2]}</td><td>Restricted (KR)</td><td>Local law</td></tr>
<tr><td>{Y[3]}</td><td>No action</td><td>No violation of our policies or of local law</td></tr>
</table>
<p><b>Correction:</b> the action shown above for the third video is wrong.
{Y[2]} was removed globally, not restricted in Korea; the uploader's channel was terminated the same day.</p>
<p>Regards,<br>YouTube Legal Support</p>
</body></html>
""",
    "outcome": "applied", "classification": "confirmation",
    "imitates": "YouTube legal outcome table (HTML) with a correction note",
    "why": "the note explicitly corrects the third row, so that video is removed, not restricted; the other rows stand",
    "items": {Y[0]: "removed", Y[1]: "removed", Y[2]: "removed", Y[3]: "rejected"},
}))

cases.append(yt({
    "name": "yt-respectively",
    "date": "Mon, 16 Sep 2024 16:47:09 +0900",
    "subject": SUBJ1, "reply_to_req": req_local(R1),
    "body": f"""
Hello KCSC,

KCSC-240910-01 - further results

{Y[4]} and {Y[5]} have been removed and age-restricted, respectively.

The channel {Y[10]} has been terminated for repeated violations of our spam and scams policies, so none of its videos can be viewed any longer.

For information on how age restrictions work, see https://support.google.com/youtube/answer/2802167.

YouTube Legal Support
""",
    "outcome": "applied", "classification": "confirmation",
    "imitates": "YouTube legal removals reply (short results note)",
    "why": "'respectively' pairs the first URL with removed and the second with age-restricted; a terminated channel is removed; the help link is not an item",
    "items": {Y[4]: "removed", Y[5]: "restricted", Y[10]: "removed"},
}))

cases.append(yt({
    "name": "yt-numbered-list",
    "date": "Tue, 17 Sep 2024 09:55:20 +0900",
    "subject": SUBJ1, "reply_to_req": req_local(R1),
    "body": f"""
Hi,

Here is where we are on KCSC-240910-01:

1. {Y[0]} - removed (harassment)
2. {Y[1]} - not removed; we found no violation of our policies or of local law
3. {Y[6]} - restricted in South Korea
4. {Y[7]} - we could not find this video
5. {Y[9]} - removed (regulated goods)
6. {Y[11]} - age-restricted

We have nothing further on the other six links at this stage.

Thanks,
Daniel
YouTube Legal Support
""",
    "outcome": "applied", "classification": "confirmation",
    "imitates": "YouTube legal removals reply (numbered list)",
    "why": "each line carries its own status; 'not removed; ... no violation' is a refusal with reason, 'could not find' is not_found",
    "items": {Y[0]: "removed", Y[1]: "rejected", Y[6]: "restricted", Y[7]: "not_found",
              Y[9]: "removed", Y[11]: "restricted"},
}))

cases.append(yt({
    "name": "yt-dsa-style-blocks",
    "from": "legal-noreply@google.com", "name_from": "Google Legal",
    "date": "Sat, 14 Sep 2024 02:13:44 +0900",
    "subject": "Your notice KCSC-240910-01: decisions (our ref. 4-8812003019442)",
    "body": f"""
Notice reference: KCSC-240910-01
Our reference: 4-8812003019442

Below is our decision for each item we have finished reviewing.

{Y[2]}
Decision: visibility restricted - access disabled in the Republic of Korea
Ground: illegal content under the law of the Republic of Korea
Automated detection: no; automated decision: no

{Y[3]}
Decision: no restriction applied
Ground: the content was found compatible with our terms of service and with the law cited
Automated detection: no; automated decision: no

{Y[4]}
Decision: content removed worldwide
Ground: incompatible with our Community Guidelines (harassment and cyberbullying)
Automated detection: no; automated decision: no

You can ask for these decisions to be reconsidered at https://support.google.com/legal/answer/3110420.

Google LLC - YouTube Legal
""",
    "outcome": "applied", "classification": "confirmation",
    "imitates": "DSA-style statement of reasons (decision / ground blocks per URL)",
    "why": "bare URL with its decision on the lines below: KR-disabled is restricted, 'no restriction applied' with ground is rejected, removed worldwide is removed",
    "items": {Y[2]: "restricted", Y[3]: "rejected", Y[4]: "removed"},
}))

CSV_ROWS = "\n".join([
    "url,action,detail",
    f"{Y[0]},removed,Community Guidelines: harassment",
    f"{Y[1]},removed,Community Guidelines: harassment",
    f"{Y[2]},geo-blocked,KR - local law",
    f"{Y[3]},no action,no violation of policy or local law",
    f"{Y[4]},removed,scams and deceptive practices",
    f"{Y[5]},not found,video ID does not exist",
    f"{Y[8]},removed,Community Guidelines",
    f"{Y[11]},restricted,age restriction",
]) + "\n"
cases.append(yt({
    "name": "yt-csv-attachment",
    "date": "Wed, 18 Sep 2024 13:20:00 +0900",
    "subject": SUBJ1, "reply_to_req": req_local(R1),
    "raw_mime": multipart("mixed", "b348-csv-7f1a", [
        part("text/plain; charset=utf-8", """
Hello,

The outcome for each URL of your notice KCSC-240910-01 that we have finished reviewing is in the attached CSV file. URLs not listed in the file are still under review.

Regards,
YouTube Legal Support
"""),
        part('text/csv; charset=utf-8; name="KCSC-240910-01_outcome.csv"', b64(CSV_ROWS), "base64",
             ['Content-Disposition: attachment; filename="KCSC-240910-01_outcome.csv"']),
    ]),
    "outcome": "applied", "classification": "confirmation",
    "imitates": "bulk-review export sent as CSV attachment",
    "why": "one row per URL: geo-blocked is restricted, 'no action' with reason is rejected, 'not found' is not_found",
    "items": {Y[0]: "removed", Y[1]: "removed", Y[2]: "restricted", Y[3]: "rejected",
              Y[4]: "removed", Y[5]: "not_found", Y[8]: "removed", Y[11]: "restricted"},
}))

cases.append(yt({
    "name": "yt-top-posted-over-request",
    "date": "Thu, 12 Sep 2024 18:40:03 +0900",
    "subject": SUBJ1, "reply_to_req": req_local(R1),
    "body": f"""
Hello,

We have restricted {Y[2]} and {Y[7]} in South Korea. The other videos in your notice are still being reviewed.

YouTube Legal Support

On Tue, Sep 10, 2024 at 3:00 PM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request(R1, Y)}
""",
    "outcome": "applied", "classification": "confirmation",
    "imitates": "Gmail top-posted reply over the quoted request",
    "why": "only the two URLs in the unquoted reply change; the twelve quoted URLs below 'wrote:' are the regulator's own",
    "items": {Y[2]: "restricted", Y[7]: "restricted"},
}))

cases.append({
    "name": "x-four-outcomes",
    "from": "legal-support@x.com", "name_from": "X Legal",
    "date": "Fri, 13 Sep 2024 08:12:55 +0900",
    "subject": SUBJ2, "reply_to_req": req_local(R2),
    "body": f"""
Hello,

We are writing in response to your request KCSC-240911-02.

We have withheld {X[0]} in Korea.

We have reviewed {X[1]} and {X[2]} and did not find them to be in violation of the X Rules or of the local law cited; we are therefore not taking action on these posts at this time.

{X[3]} had already been deleted by the account holder by the time we reviewed your request.

Regards,
X Legal
""",
    "outcome": "applied", "classification": "confirmation",
    "imitates": "X (Twitter) legal request outcome (country withheld content)",
    "why": "withheld in Korea is restricted; a refusal with reason covering two named posts; deleted by its author is not_found",
    "items": {X[0]: "restricted", X[1]: "rejected", X[2]: "rejected", X[3]: "not_found"},
})

cases.append({
    "name": "x-not-withheld-but-removed",
    "from": "legal-support@x.com", "name_from": "X Legal",
    "date": "Sat, 14 Sep 2024 03:26:18 +0900",
    "subject": SUBJ2, "reply_to_req": req_local(R2),
    "body": f"""
Hi,

Regarding KCSC-240911-02:

We have not withheld {X[0]} in Korea; the post broke our rules on private information, so it was removed for everyone. While it may still show up in some search engines' cached results for a few days, it is no longer on X.

We have not taken any action on {X[2]}, because we did not find a violation of the X Rules or of Korean law.

Thanks,
X Legal
""",
    "outcome": "applied", "classification": "confirmation",
    "imitates": "X (Twitter) legal request outcome, global removal",
    "why": "'not withheld' is negated only to say it was removed everywhere; the cache hedge does not hedge the removal; the second post is refused with a reason",
    "items": {X[0]: "removed", X[2]: "rejected"},
})

cases.append({
    "name": "x-single-item-reported-content",
    "from": "legal-support@x.com", "name_from": "X Legal",
    "date": "Mon, 16 Sep 2024 07:44:29 +0900",
    "subject": "Re: KCSC-240913-07 - request to remove 1 post",
    "reply_to_req": req_local(R7),
    "body": """
Hello,

Thanks for your report KCSC-240913-07. The reported content has been removed from X for violating our rules on illegal or certain regulated goods or services.

X Legal
""",
    "outcome": "applied", "classification": "confirmation",
    "imitates": "X (Twitter) short report outcome without the URL",
    "why": "'the reported content has been removed' answers a request of exactly one item, so it applies to that item",
    "items": {X7: "removed"},
})

cases.append({
    "name": "tg-blocked-and-not-found",
    "from": "abuse@telegram.org", "name_from": "Telegram Abuse",
    "date": "Thu, 12 Sep 2024 21:03:10 +0900",
    "subject": SUBJ3, "reply_to_req": req_local(R3),
    "body": f"""
Hello,

Regarding your report KCSC-240911-03 (Case #4481920).

The posts {T[0]} and {T[1]} have been blocked for all users, while {T[2]} could not be found - the message ID does not exist in that chat.

Telegram Abuse Team
""",
    "outcome": "applied", "classification": "confirmation",
    "imitates": "Telegram abuse-desk reply",
    "why": "one sentence: two posts blocked for everyone (removed), the third after 'while' not found",
    "items": {T[0]: "removed", T[1]: "removed", T[2]: "not_found"},
})

cases.append({
    "name": "tg-angle-brackets-status-below",
    "from": "abuse@telegram.org", "name_from": "Telegram Support",
    "date": "Fri, 13 Sep 2024 19:50:31 +0900",
    "subject": SUBJ3, "reply_to_req": req_local(R3),
    "body": f"""
Hi,

Case #4481920 / your ref. KCSC-240911-03

<{T[0]}>
Removed. The message violated our Terms of Service.

<{T[1]}>
No violation found. This post is a price list for phone cases and contains none of the content described in your report, so it stays available.

Please note that the channel @greyfox_deals itself remains online, as its remaining content does not violate our Terms.

Best regards,
Telegram Support
""",
    "outcome": "applied", "classification": "confirmation",
    "imitates": "Telegram abuse-desk reply with per-link verdicts",
    "why": "URL in angle brackets with its status on the line below; the channel remark names no requested item",
    "items": {T[0]: "removed", T[1]: "rejected"},
})

cases.append({
    "name": "tg-update-overrides",
    "from": "abuse@telegram.org", "name_from": "Telegram Abuse",
    "date": "Tue, 17 Sep 2024 20:14:58 +0900",
    "subject": SUBJ3, "reply_to_req": req_local(R3),
    "body": f"""
Hello,

Case #4481920 (KCSC-240911-03)

{T[2]} - reviewed 16 Sep, no violation found.

UPDATE 17 Sep: after a moderator took a second look at the context of this chat, {T[2]} has been taken down.

Telegram Abuse Team
""",
    "outcome": "applied", "classification": "confirmation",
    "imitates": "Telegram abuse-desk reply edited with an update line",
    "why": "the later dated UPDATE revises the earlier 'no violation found': taken down",
    "items": {T[2]: "removed"},
})

NAVER_TABLE = f"""
<html><body>
<p>안녕하세요. 네이버 고객센터입니다.</p>
<p>방송통신심의위원회 시정요구(KCSC-240912-04)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치 결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[0]}</td><td>게시중단</td><td>운영정책 위반</td></tr>
<tr><td>2</td><td>{N[1]}</td><td>임시조치(30일)</td><td>권리침해 여부 판단 곤란</td></tr>
<tr><td>3</td><td>{N[2]}</td><td>조치 불가</td><td>작성자가 이미 삭제한 게시물</td></tr>
<tr><td>4</td><td>{N[3]}</td><td>조치 불가</td><td>관련 법령 및 운영정책 위반 사항 없음(게시 유지)</td></tr>
<tr><td>5</td><td>{N5_RAW}</td><td>블라인드</td><td>카페 운영원칙 위반</td></tr>
</table>
<p>감사합니다.<br>NAVER 고객센터 드림</p>
</body></html>
"""
cases.append({
    "name": "naver-table-five",
    "from": "help@navercorp.com", "name_from": enc("네이버 고객센터"),
    "date": "Fri, 13 Sep 2024 15:22:41 +0900",
    "subject": SUBJ4, "reply_to_req": req_local(R4),
    "raw_mime": part("text/html; charset=utf-8", b64(NAVER_TABLE), "base64"),
    "outcome": "applied", "classification": "confirmation",
    "imitates": "Korean 시정요구 조치결과 table (HTML, base64)",
    "why": "two rows both say 조치 불가 but for different reasons: author already deleted (not_found) vs no violation, kept (rejected); 임시조치 is restricted, 블라인드 removed",
    "items": {N[0]: "removed", N[1]: "restricted", N[2]: "not_found", N[3]: "rejected", N[4]: "removed"},
})

cases.append({
    "name": "naver-prose-particles",
    "from": "help@navercorp.com", "name_from": enc("네이버 고객센터"),
    "date": "Fri, 13 Sep 2024 10:08:16 +0900",
    "subject": SUBJ4, "reply_to_req": req_local(R4),
    "body": f"""
안녕하세요, 네이버 고객센터 게시중단 담당자입니다.

요청번호 KCSC-240912-04 관련하여 처리 결과를 안내드립니다.

{N[0]}은 운영정책 위반으로 게시중단 조치하였으며, {N[1]}의 경우 작성자가 이미 삭제한 게시물로 확인되어 별도 조치가 불가합니다.

감사합니다.
""",
    "outcome": "applied", "classification": "confirmation",
    "imitates": "NAVER 게시중단 처리 결과 안내 (prose)",
    "why": "URLs run straight into Korean particles; one sentence: first 게시중단, second already deleted by its author",
    "items": {N[0]: "removed", N[1]: "not_found"},
})

cases.append({
    "name": "naver-negation",
    "from": "right@navercorp.com", "name_from": enc("NAVER 권리보호센터"),
    "date": "Sat, 14 Sep 2024 11:35:02 +0900",
    "subject": SUBJ4, "reply_to_req": req_local(R4),
    "body": f"""
안녕하세요. NAVER 권리보호센터입니다.

KCSC-240912-04 건 회신드립니다.

1) {N[3]} : 해당 게시물은 삭제하지 않았으며, 정보통신망법 제44조의2에 따라 30일간 임시조치(접근 제한)만 진행하였습니다.
2) {N[2]} : 검토 결과 삭제 처리하였습니다.

감사합니다.
""",
    "outcome": "applied", "classification": "confirmation",
    "imitates": "NAVER 권리보호센터 임시조치 notice",
    "why": "'삭제하지 않았으며 ... 임시조치만' is a restriction, not a refusal; the second post is deleted",
    "items": {N[3]: "restricted", N[2]: "removed"},
})

cases.append({
    "name": "naver-mixed-pending",
    "from": "help@navercorp.com", "name_from": enc("네이버 고객센터"),
    "date": "Mon, 16 Sep 2024 09:12:44 +0900",
    "subject": SUBJ4, "reply_to_req": req_local(R4),
    "body": f"""
안녕하세요, 네이버입니다.

KCSC-240912-04 요청 건 중 {N[1]} 게시물은 삭제 처리하였습니다.
다만 {N5_RAW} 게시물은 추가 검토가 필요하여, 처리 결과를 추후 다시 안내드리겠습니다.

감사합니다.
""",
    "outcome": "applied", "classification": "confirmation",
    "imitates": "NAVER 처리 결과 안내, partial",
    "why": "one post deleted; the raw Korean-path URL (matches its percent-encoded form) is still under review",
    "items": {N[1]: "removed", N[4]: "pending"},
})

cases.append(kakao({
    "name": "daum-restrict-and-keep",
    "date": "Fri, 13 Sep 2024 16:30:27 +0900",
    "subject": SUBJ5, "reply_to_req": req_local(R5),
    "body": f"""
안녕하세요, 카카오 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 KCSC-240912-05 건의 처리 결과를 알려드립니다.

- {D[0]} : 임시조치(30일) 완료
- {D[1]} : 신고하신 내용이 관련 법령 및 운영정책 위반에 해당하지 않는다고 판단되어 게시를 유지합니다.

문의사항은 고객센터로 연락 주시기 바랍니다.
""",
    "outcome": "applied", "classification": "confirmation",
    "imitates": "Daum/Kakao 권리침해신고 처리 결과 안내",
    "why": "임시조치 is restricted; keeping the post because it breaks no law or policy is rejected",
    "items": {D[0]: "restricted", D[1]: "rejected"},
}))

cases.append(tiktok({
    "name": "tiktok-ack-plus-outcome",
    "date": "Tue, 17 Sep 2024 04:51:39 +0900",
    "subject": "Your report KCSC-240913-06 [Ticket 88213045]",
    "reply_to_req": req_local(R6),
    "body": f"""
Hello,

Thank you for contacting TikTok. We have received your report (ticket 88213045) and completed our review.

We found that the video {TK} violates local law in South Korea, so we have restricted access to it in that country. It remains available in other regions, where it does not breach our Community Guidelines.

TikTok Legal Team
""",
    "outcome": "applied", "classification": "confirmation",
    "imitates": "TikTok government request outcome",
    "why": "the receipt phrase is followed by an unhedged outcome; 'remains available in other regions' does not make it a refusal",
    "items": {TK: "restricted"},
}))

cases.append(yt({
    "name": "yt-quoted-printable",
    "date": "Wed, 18 Sep 2024 08:03:50 +0900",
    "subject": SUBJ1, "reply_to_req": req_local(R1),
    "raw_mime": part("text/plain; charset=utf-8", qp(f"""Hello KCSC team,

Re: KCSC-240910-01 \u2014 we have finished our review of two more items from your notice. The video {Y[3]} has been taken down for violating our policy on harmful or dangerous content, and we could not locate {Y[11]} \u2013 that link leads to a video ID that does not exist on YouTube.

Regards,
YouTube Legal Support
"""), "quoted-printable"),
    "outcome": "applied", "classification": "confirmation",
    "imitates": "YouTube legal reply sent quoted-printable (soft line breaks)",
    "why": "long QP line with soft breaks; one video taken down, the other could not be located",
    "items": {Y[3]: "removed", Y[11]: "not_found"},
}))

YT_HTML = f"""<html><body>
<p>Dear KCSC,</p>
<p>Results for notice KCSC-240910-01:</p>
<ul>
<li><a href="{Y[6]}">{Y[6]}</a> &ndash; blocked in South Korea (local law)</li>
<li><a href="{Y[8]}">youtube.com/shorts/Vx1cKs4DmY9</a> &ndash; removed globally</li>
<li><a href="{Y[10]}">@goldrush_signals_kr</a> &ndash; channel terminated</li>
</ul>
<p>Learn more about our <a href="https://www.youtube.com/howyoutubeworks/policies/community-guidelines/">Community Guidelines</a>.</p>
<p>YouTube Legal Support</p>
</body></html>
"""
cases.append(yt({
    "name": "yt-base64-html",
    "date": "Wed, 18 Sep 2024 19:27:14 +0900",
    "subject": SUBJ1, "reply_to_req": req_local(R1),
    "raw_mime": multipart("alternative", "b348-alt-03c9", [
        part("text/plain; charset=utf-8", b64(
            "Dear KCSC,\n\nResults for notice KCSC-240910-01:\n\n"
            f"* {Y[6]} - blocked in South Korea (local law)\n"
            f"* {Y[8]} - removed globally\n"
            f"* {Y[10]} - channel terminated\n\nYouTube Legal Support\n"), "base64"),
        part("text/html; charset=utf-8", b64(YT_HTML), "base64"),
    ]),
    "outcome": "applied", "classification": "confirmation",
    "imitates": "YouTube legal reply, multipart/alternative base64 HTML list",
    "why": "KR block is restricted, removed globally is removed, terminated channel is removed; the policy link is not an item",
    "items": {Y[6]: "restricted", Y[8]: "removed", Y[10]: "removed"},
}))

cases.append({
    "name": "x-gmail-quoted",
    "from": "legal-support@x.com", "name_from": "X Legal",
    "date": "Sun, 15 Sep 2024 06:19:33 +0900",
    "subject": SUBJ2, "reply_to_req": req_local(R2),
    "body": f"""
Hello,

Update on your request: {X[2]} has been withheld in South Korea. {X[1]} was not withheld - we removed it entirely, as it breaks the X Rules everywhere.

X Legal

On Wed, Sep 11, 2024 at 10:30 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request(R2, X, numbered=False)}
""",
    "outcome": "applied", "classification": "confirmation",
    "imitates": "X (Twitter) legal reply in Gmail quoting style",
    "why": "two posts in the reply change (withheld KR, removed despite 'not withheld'); the four quoted URLs are the request",
    "items": {X[2]: "restricted", X[1]: "removed"},
})

X_OUTLOOK = f"""
Hello,

Results for the four posts in your request, in the order you listed them:

1 - withheld in Korea
2 - withheld in Korea
3 - no action; the post does not violate the X Rules or Korean law
4 - removed for violating our rules on private information

Regards,
X Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 10:30 AM
To: legal@x.com
Subject: KCSC-240911-02 - request to remove 4 posts

{quoted_request(R2, X, prefix="")}
"""
cases.append({
    "name": "x-results-by-position",
    "from": "legal-support@x.com", "name_from": "X Legal",
    "date": "Mon, 16 Sep 2024 02:40:08 +0900",
    "subject": SUBJ2, "reply_to_req": req_local(R2),
    "body": X_OUTLOOK,
    "outcome": "applied", "classification": "confirmation",
    "imitates": "Outlook reply giving results by position over the original message",
    "why": "statuses are given by position 'in the order you listed them'; the order is the request's own (numbered 1-4 in the original below)",
    "items": {X[0]: "restricted", X[1]: "restricted", X[2]: "rejected", X[3]: "removed"},
})

cases.append(kakao({
    "name": "daum-hedge-adnominal",
    "date": "Mon, 16 Sep 2024 14:55:21 +0900",
    "subject": SUBJ5, "reply_to_req": req_local(R5),
    "body": f"""
안녕하세요. 카카오 권리침해신고센터입니다.

KCSC-240912-05 관련 회신입니다.

{D[0]} 게시물은 운영정책 위반으로 게시중단(삭제) 처리하였습니다.
작성자가 이미 삭제한 것으로 보이는 {D[1]} 게시물은 현재 카페 운영자에게 확인 중이며, 확인되는 대로 결과를 안내드리겠습니다.

감사합니다.
""",
    "outcome": "applied", "classification": "confirmation",
    "imitates": "Daum/Kakao 게시중단 처리 결과 안내, partial",
    "why": "first post 게시중단(삭제); the second is only 'seems already deleted' (adnominal hedge) and still being checked",
    "items": {D[0]: "removed", D[1]: "pending"},
}))

# ================================================================ REVIEW
cases.append(yt({
    "name": "yt-promise-within-24h",
    "date": "Wed, 11 Sep 2024 17:29:45 +0900",
    "subject": SUBJ1, "reply_to_req": req_local(R1),
    "body": f"""
Hello,

Thanks for your notice KCSC-240910-01.

{Y[0]} and {Y[1]} will be removed within the next 24 hours, once the uploader's appeal window has closed. We will also review {Y[2]} and let you know the outcome.

YouTube Legal Support
""",
    "outcome": "review", "review": "not_understood",
    "imitates": "YouTube legal reply announcing a future action",
    "why": "'will be removed' and 'will review' are promises, not statements",
    "items": {Y[0]: "pending", Y[1]: "pending", Y[2]: "pending"},
}))

cases.append({
    "name": "x-hedges-only",
    "from": "legal-support@x.com", "name_from": "X Legal",
    "date": "Thu, 12 Sep 2024 05:57:02 +0900",
    "subject": SUBJ2, "reply_to_req": req_local(R2),
    "body": f"""
Hi,

About KCSC-240911-02: it looks like {X[3]} may have been deleted by the account itself, though we have not confirmed this yet. {X[0]} is likely to be withheld in Korea once our legal review is finished.

We'll follow up when we have final answers.

X Legal
""",
    "outcome": "review", "review": "not_understood",
    "imitates": "X (Twitter) legal interim reply",
    "why": "'looks like ... may have been', 'not confirmed', 'likely to be withheld ... once' are hedges and conditions",
    "items": {X[3]: "pending", X[0]: "pending"},
})

cases.append(yt({
    "name": "yt-all-removed-bulk",
    "date": "Thu, 19 Sep 2024 10:10:10 +0900",
    "subject": SUBJ1, "reply_to_req": req_local(R1),
    "body": """
Hello,

We have completed our review of your notice KCSC-240910-01. All the content you reported has been removed from YouTube for violating our Community Guidelines.

YouTube Legal Support
""",
    "outcome": "review", "review": "bulk",
    "imitates": "YouTube legal one-line closing reply",
    "why": "a statement about all content of a twelve-item request without naming any URL",
    "items": {u: "pending" for u in Y},
}))

cases.append({
    "name": "naver-bulk-korean",
    "from": "help@navercorp.com", "name_from": enc("네이버 고객센터"),
    "date": "Tue, 17 Sep 2024 13:44:30 +0900",
    "subject": SUBJ4, "reply_to_req": req_local(R4),
    "body": """
안녕하세요, 네이버입니다.
요청하신 KCSC-240912-04 건의 게시물 5건에 대해 모두 게시중단 조치를 완료하였습니다.
감사합니다.
""",
    "outcome": "review", "review": "bulk",
    "imitates": "NAVER 게시중단 완료 안내 (one line)",
    "why": "'all 5 posts' without naming each, for a five-item request",
    "items": {u: "pending" for u in N},
})

cases.append({
    "name": "x-auth-fail",
    "from": "legal@x.com", "name_from": "X Legal", "auth": "fail",
    "date": "Sat, 14 Sep 2024 22:31:47 +0900",
    "subject": SUBJ2, "reply_to_req": req_local(R2),
    "body": f"""
Hello,

Your request KCSC-240911-02: {X[0]} has been removed.

X Legal
""",
    "outcome": "review", "review": "untrusted",
    "imitates": "X legal reply whose DKIM/SPF/DMARC fail",
    "why": "From x.com but authentication fails: not trustworthy",
    "items": {X[0]: "pending"},
})

cases.append({
    "name": "tiktok-vendor-unknown-sender",
    "from": "casework@clearpath-trust.example", "name_from": "TikTok Trust & Safety (via ClearPath)",
    "date": "Tue, 17 Sep 2024 12:02:19 +0900",
    "subject": "KCSC-240913-06 - outcome",
    "reply_to_req": req_local(R6),
    "body": f"""
Hello,

We handle regulator and law-enforcement correspondence on behalf of TikTok in the APAC region.

Regarding KCSC-240913-06: the video {TK} has been removed.

ClearPath Trust Operations
""",
    "outcome": "review", "review": "unknown_sender",
    "imitates": "outsourced trust-and-safety vendor reply",
    "why": "the sender's domain is no platform's, whatever its display name says",
    "items": {TK: "pending"},
})

cases.append(kakao({
    "name": "daum-about-naver-post",
    "date": "Fri, 13 Sep 2024 09:21:06 +0900",
    "subject": enc("Re: [방송통신심의위원회] 게시물 조치 요청"),
    "body": f"""
안녕하세요. 카카오 권리침해신고센터입니다.

보내주신 요청 중 {N[2]} 게시물은 당사(다음) 서비스의 게시물이 아니어서 당사가 조치할 수 있는 대상이 아닙니다. 참고로 확인해 보니 해당 게시물은 이미 삭제되어 있습니다.

감사합니다.
""",
    "outcome": "review", "review": "wrong_platform",
    "imitates": "Daum/Kakao reply about a post on another portal",
    "why": "Kakao states the status of a NAVER item",
    "items": {N[2]: "pending"},
}))

X_CONFLICT = f"""<html><body>
<p>Hello,</p>
<p>Outcome of your request KCSC-240911-02:</p>
<table border="1" cellpadding="4">
<tr><th>Post</th><th>Action</th><th>Country</th></tr>
<tr><td>{X[0]}</td><td>Withheld</td><td>KR</td></tr>
</table>
<p>Note: the post {X[0]} remains visible in all countries, including Korea, as we did not find it to violate local law.</p>
<p>X Legal</p>
</body></html>
"""
cases.append({
    "name": "x-table-contradicts-note",
    "from": "legal-support@x.com", "name_from": "X Legal",
    "date": "Sun, 15 Sep 2024 23:08:55 +0900",
    "subject": SUBJ2, "reply_to_req": req_local(R2),
    "type": "html", "body": X_CONFLICT,
    "outcome": "review", "review": "conflicting_statements",
    "imitates": "X legal outcome table with a contradicting note",
    "why": "the table says withheld in KR, the note says visible in Korea (no violation); neither says it corrects the other",
    "items": {X[0]: "pending"},
})

cases.append({
    "name": "tg-asks-legal-basis",
    "from": "abuse@telegram.org", "name_from": "Telegram Abuse",
    "date": "Thu, 12 Sep 2024 13:36:21 +0900",
    "subject": SUBJ3, "reply_to_req": req_local(R3),
    "body": f"""
Hello,

Case #4481920 - KCSC-240911-03

To proceed with your report concerning {T[0]} and {T[1]}, we need the specific provision of Korean law that each post is alleged to violate, and a short description of the offending content in each message. Please reply to this email with that information.

Telegram Abuse Team
""",
    "outcome": "review", "review": "asks_more", "classification": "request_for_info",
    "imitates": "Telegram abuse-desk request for the legal basis",
    "why": "asks for more information before acting; no status",
    "items": {T[0]: "pending", T[1]: "pending"},
})

cases.append(yt({
    "name": "yt-policy-update-no-claims",
    "from": "legal-ops@google.com", "name_from": "Google Legal Operations",
    "date": "Wed, 18 Sep 2024 09:00:00 +0900",
    "subject": "Changes to how Google receives legal removal requests from Korean authorities",
    "body": """
Dear partner,

From 1 October 2024, legal removal requests from government agencies in Korea should be submitted through our dedicated government request form rather than by email. Submissions through the form are acknowledged automatically and can be tracked in the request dashboard at https://support.google.com/legal/answer/dashboard-kr.

Requests already sent by email will continue to be processed as usual.

Google Legal Operations
""",
    "outcome": "review", "review": "no_claims",
    "imitates": "platform circular about a new submission channel",
    "why": "trusted Google mail naming no item and no request",
    "items": {},
}))

cases.append({
    "name": "naver-promise-korean",
    "from": "help@navercorp.com", "name_from": enc("네이버 고객센터"),
    "date": "Thu, 12 Sep 2024 17:48:13 +0900",
    "subject": SUBJ4, "reply_to_req": req_local(R4),
    "body": f"""
안녕하세요, 네이버 고객센터입니다.

KCSC-240912-04 요청 건 관련하여 안내드립니다.
{N[0]} 게시물은 내부 검토 후 게시중단 조치할 예정입니다.
{N[1]} 게시물은 작성자가 삭제한 것으로 보이나, 정확한 확인을 위해 카페 측에 문의 중입니다.

처리가 완료되면 다시 연락드리겠습니다.
""",
    "outcome": "review", "review": "not_understood",
    "imitates": "NAVER interim 처리 예정 안내",
    "why": "'조치할 예정' is a promise and '삭제한 것으로 보이나 ... 문의 중' a hedge",
    "items": {N[0]: "pending", N[1]: "pending"},
})

cases.append({
    "name": "tg-conditional-ultimatum",
    "from": "abuse@telegram.org", "name_from": "Telegram Abuse",
    "date": "Fri, 13 Sep 2024 08:06:45 +0900",
    "subject": SUBJ3, "reply_to_req": req_local(R3),
    "body": f"""
Hello,

Case #4481920 (KCSC-240911-03)

We have contacted the administrators of the channel hosting {T[0]}. If they do not delete the post within 48 hours, we will block it ourselves and let you know.

Telegram Abuse Team
""",
    "outcome": "review", "review": "not_understood",
    "imitates": "Telegram abuse-desk reply with a deadline given to the channel owner",
    "why": "a condition and a promise; nothing has happened to the post yet",
    "items": {T[0]: "pending"},
})

# ================================================================ IGNORED
cases.append({
    "name": "yt-out-of-office",
    "from": "jiwoo.park@google.com", "name_from": "Jiwoo Park",
    "date": "Tue, 10 Sep 2024 15:00:41 +0900",
    "subject": "Automatic reply: [KCSC-240910-01] Removal request - 12 YouTube URLs",
    "reply_to_req": req_local(R1),
    "extra_headers": ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    "body": """
Thank you for your email. I am out of the office until 23 September with limited access to email.

For urgent legal removal matters, please write to legal-support-kr@google.com.
""",
    "outcome": "ignored", "classification": "auto_reply",
    "imitates": "Outlook out-of-office automatic reply",
    "why": "out-of-office reply",
    "items": {},
})

DSN_ORIG = f"""From: KCSC Takedown <takedown@kcsc.example>
To: kcsc-report@navercorp.com
Subject: KCSC-240912-04
Date: Thu, 12 Sep 2024 09:40:00 +0900
Message-ID: <{msgid(R4)}>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{quoted_request(R4, N, prefix="")}
"""
cases.append({
    "name": "naver-dsn-bounce",
    "from": "MAILER-DAEMON@navercorp.com", "name_from": "Mail Delivery System",
    "date": "Thu, 12 Sep 2024 09:40:07 +0900",
    "subject": "Undelivered Mail Returned to Sender",
    "raw_mime": multipart("report", "b348-dsn-5521", [
        part("text/plain; charset=us-ascii", """
This is the mail system at host mx2.navercorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<kcsc-report@navercorp.com>: host inbound.navercorp.com[203.0.113.25] said:
    550 5.1.1 <kcsc-report@navercorp.com>: Recipient address rejected:
    User unknown in virtual mailbox table
""", "7bit"),
        part("message/delivery-status", """
Reporting-MTA: dns; mx2.navercorp.com
Arrival-Date: Thu, 12 Sep 2024 09:40:05 +0900

Final-Recipient: rfc822; kcsc-report@navercorp.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; inbound.navercorp.com
Diagnostic-Code: smtp; 550 5.1.1 User unknown
""", "7bit"),
        part("message/rfc822", DSN_ORIG, "8bit"),
    ], extra="; report-type=delivery-status"),
    "outcome": "ignored", "classification": "bounce",
    "imitates": "Postfix delivery status notification returning the request",
    "why": "a bounce; the URLs are only in the returned original",
    "items": {u: "pending" for u in N},
})

cases.append({
    "name": "x-mdn-read-receipt",
    "from": "legal@x.com", "name_from": "X Legal",
    "date": "Wed, 11 Sep 2024 12:14:22 +0900",
    "subject": "Read: KCSC-240911-02 - request to remove 4 posts",
    "raw_mime": multipart("report", "b348-mdn-0b2e", [
        part("text/plain; charset=utf-8", """
This is a receipt for the mail you sent to legal@x.com at 9/11/2024 10:30 AM.

This receipt verifies that the message has been displayed on the recipient's computer.
"""),
        part("message/disposition-notification", f"""
Reporting-UA: legal-ws14.x.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal@x.com
Original-Message-ID: <{msgid(R2)}>
Disposition: manual-action/MDN-sent-manually; displayed
""", "7bit"),
    ], extra="; report-type=disposition-notification"),
    "outcome": "ignored", "classification": "read_receipt",
    "imitates": "Outlook read receipt (MDN)",
    "why": "a read receipt says nothing about the posts",
    "items": {},
})

cases.append(tiktok({
    "name": "tiktok-ticket-receipt",
    "from": "noreply@tiktok.com",
    "date": "Fri, 13 Sep 2024 10:00:52 +0900",
    "subject": "We've received your report [Ticket #88213045]",
    "reply_to_req": req_local(R6),
    "body": """
Hi,

Thanks for reaching out. This is an automatic confirmation that we've received your report regarding KCSC-240913-06. A ticket has been created (#88213045) and a member of our team will review it.

You don't need to reply to this email; replying will not speed up the review.

TikTok Legal Team
""",
    "outcome": "ignored", "classification": "acknowledgement",
    "imitates": "ticket-system receipt (Zendesk-style)",
    "why": "pure acknowledgement: ticket created, review to come",
    "items": {},
}))

cases.append(kakao({
    "name": "daum-korean-receipt",
    "from": "noreply@kakaocorp.com",
    "date": "Thu, 12 Sep 2024 14:11:30 +0900",
    "subject": enc("[카카오] 권리침해 신고 접수 안내"),
    "reply_to_req": req_local(R5),
    "body": """
안녕하세요. 카카오 권리침해신고센터입니다.

고객님께서 요청하신 신고(KCSC-240912-05)가 정상적으로 접수되었습니다.
접수번호: 2024091200417
신고 내용을 검토한 후 처리 결과를 메일로 안내드리겠습니다.

※ 본 메일은 발신전용입니다.
""",
    "outcome": "ignored", "classification": "acknowledgement",
    "imitates": "Kakao 권리침해 신고 접수 안내",
    "why": "pure Korean receipt with a number; no statement about any post",
    "items": {},
}))

cases.append({
    "name": "naver-korean-out-of-office",
    "from": "seoyeon.kim@navercorp.com", "name_from": enc("김서연"),
    "date": "Thu, 12 Sep 2024 09:41:15 +0900",
    "subject": enc("[자동회신] Re: [방송통신심의위원회] 시정요구 KCSC-240912-04"),
    "reply_to_req": req_local(R4),
    "extra_headers": ["Auto-Submitted: auto-replied"],
    "body": """
안녕하세요. 김서연입니다.
9월 14일부터 9월 18일까지 추석 연휴로 부재중입니다. 9월 19일부터 순차적으로 회신드리겠습니다.
급한 업무는 policy@navercorp.com 으로 연락 부탁드립니다.
""",
    "outcome": "ignored", "classification": "auto_reply",
    "imitates": "Korean 부재중 자동회신",
    "why": "out-of-office auto-reply",
    "items": {},
})

HEADER = """# Blind set 348 (tests/corpus/blind348/): what a program gets wrong.
# Written by make.py from the meaning of each email, before any run of the reader.
# Each case is ingested alone into a fresh ledger holding requests.csv."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind348", HEADER, cases)
