#!/usr/bin/env python3
"""Blind set 506: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in one thread, replies to our reminders, partial
answers and forwarded mail. Every email is fictional and written in our own
words; the expected result of each case comes from the email's meaning
alone, written before the reader was ever run on it.

    python3 tests/corpus/blind506/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
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

# ---------------------------------------------------------------- requests
Y = {
    1: "https://www.youtube.com/watch?v=Qm3xT8vLp2A",
    2: "https://www.youtube.com/watch?v=bN7wK4rZs9E",
    3: "https://www.youtube.com/watch?v=Hc2pV6yTf1U",
    4: "https://www.youtube.com/watch?v=zR8dJ0mWq5K",
    5: "https://www.youtube.com/watch?v=Lx4nG7sBe3C",
    6: "https://www.youtube.com/watch?v=tF9aM2kYh6D",
    7: "https://www.youtube.com/shorts/pW5cN1vXj8R",
    8: "https://www.youtube.com/shorts/Ke6uB3qTz0S",
    9: "https://www.youtube.com/@goldenreel_tips",
    10: "https://www.youtube.com/watch?v=Vd1hS5oLr7M",
    11: "https://www.youtube.com/watch?v=Ay0eP8gNc4W",
    12: "https://www.youtube.com/watch?v=Uj2fR6wXk9Y",
}
X = {
    1: "https://x.com/redline_picks/status/1831402215567720448",
    2: "https://x.com/redline_picks/status/1831409938812233728",
    3: "https://x.com/moonwalk_odds/status/1831655501239871490",
    4: "https://x.com/moonwalk_odds/status/1831660047718400211",
}
T = {
    1: "https://t.me/harbor_bets/412",
    2: "https://t.me/harbor_bets/415",
    3: "https://t.me/quickcoin_signals/88",
    4: "https://t.me/lucky_dice_room/58",
}
CAFE_RAW = "https://cafe.naver.com/바다점수"
CAFE_ENC = "https://cafe.naver.com/" + quote("바다점수")
N = {
    1: "https://blog.naver.com/moonlight_shop/223561234567",
    2: "https://blog.naver.com/moonlight_shop/223561299001",
    3: CAFE_ENC + "/4412",
    4: CAFE_ENC + "/4419",
    5: "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=471552301",
}
N3_RAW = CAFE_RAW + "/4412"
N4_RAW = CAFE_RAW + "/4419"
K = {
    1: "https://cafe.daum.net/sunnyfarm77/Ab3k/215",
    2: "https://tv.kakao.com/v/445521870",
}
TK1 = "https://www.tiktok.com/@nightmarket_kr/video/7410023345566778123"

R_YT, R_X, R_TG, R_NV, R_KK, R_TT, R_TG1 = (
    "KCSC-240903-01", "KCSC-240904-02", "KCSC-240905-03", "KCSC-240906-04",
    "KCSC-240909-05", "KCSC-240910-06", "KCSC-240911-07")

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    (R_YT, "youtube", "2024-09-03T10:12:00+09:00", "2024-09-10", [Y[i] for i in range(1, 13)],
     "illegal_gambling", 'gambling promotion videos, shorts and one channel ("golden reel")'),
    (R_X, "x", "2024-09-04T11:05:00+09:00", "2024-09-11", [X[i] for i in range(1, 5)],
     "illegal_gambling", "two accounts, tipster posts"),
    (R_TG, "telegram", "2024-09-05T09:40:00+09:00", "2024-09-12", [T[1], T[2], T[3]],
     "fraud", "coin signal scam, betting channel"),
    (R_NV, "naver", "2024-09-06T14:20:00+09:00", "2024-09-13", [N[i] for i in range(1, 6)],
     "illegal_drugs", "blog, cafe and 지식iN posts"),
    (R_KK, "kakao", "2024-09-09T10:00:00+09:00", "2024-09-16", [K[1], K[2]],
     "obscenity", "Daum cafe post, Kakao TV clip"),
    (R_TT, "tiktok", "2024-09-10T16:30:00+09:00", "2024-09-17", [TK1],
     "illegal_gambling", "one video, 'casino' live clip"),
    (R_TG1, "telegram", "2024-09-11T09:15:00+09:00", "2024-09-18", [T[4]],
     "illegal_gambling", "single post"),
]


def req_mid(ref):
    return f"{ref}.1@kcsc.example"


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, req_mid(ref), note])


def rid(ref):
    """In-Reply-To value for corpuslib (it appends @kcsc.example)."""
    return f"{ref}.1"


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").replace("\r\n", "\n")


ZD_LINE = "##- Please type your reply above this line -##"
YT_SUBJ = f"[Request #4471203] Re: [{R_YT}] Request for removal of illegal content"
YT_FROM = "legal-kr-support@google.com"

# Our reminders, quoted in some replies.
def quoted(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)


REMINDER_YT = [
    "Dear YouTube,",
    "",
    f"Our request {R_YT} of 3 September was due on 10 September. The",
    "following items are still shown as pending in our records:",
    "",
    Y[10], Y[11], Y[12],
    "",
    "Please tell us what was done with each.",
    "",
    "KCSC Takedown desk",
]

# ------------------------------------------------------------------ cases
CASES = []


def case(**c):
    CASES.append(c)


# ============================== APPLIED ==================================

case(
    name="yt-zendesk-solved-numbered",
    **{"from": YT_FROM}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 18:21:04 +0900", subject=YT_SUBJ, reply_to_req=rid(R_YT),
    extra_headers=["X-Mailer: Zendesk Mailer", "X-Zendesk-From-Account-Id: 8f21c0"],
    body=f"""
{ZD_LINE}

Your request (#4471203) has been solved. To reopen it, reply to this email.

Min-seo (YouTube Legal Support)
Sep 9, 2024, 18:20 GMT+9

Hello,

Thank you for your patience. We have finished reviewing the first part of
your notice {R_YT}. The outcome for each URL is below.

1. {Y[1]} - removed for violating our Community Guidelines.
2. {Y[2]} - removed for violating our Community Guidelines.
3. {Y[3]} - blocked from view in South Korea on the basis of local law.
4. {Y[4]} - we found no violation of our policies or of local law, so no action was taken; the video remains available.
5. {Y[5]} - we were unable to locate this video. Please check the link.

The remaining URLs are still with the team and we will update you on them separately.

Regards,
Min-seo
YouTube Legal Support

This email is a service from YouTube Legal Support.
[R9PX2K-41Y0]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'your request has been solved' notification carrying an agent's per-URL outcome list (YouTube legal removals)",
    why="numbered list, one unhedged outcome per URL; the promise about the remaining URLs names none",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "restricted", Y[4]: "rejected", Y[5]: "not_found"},
)

case(
    name="yt-followup-same-thread-quoted-earlier",
    **{"from": "jaewon.lim@google.com"}, name_from="Jae-won Lim",
    date="Wed, 11 Sep 2024 10:02:40 +0900", subject=f"Re: [{R_YT}] Request for removal of illegal content",
    reply_to_req=rid(R_YT),
    body=f"""
Hello again,

Following up in the same thread with more of the links:

- {Y[6]} has been removed.
- {Y[7]} has been removed.
- {Y[8]} has been age-restricted; it is no longer shown to signed-out viewers or to users under 18.

That leaves the channel and three videos, which are still with our legal team.

Best,
Jae-won
YouTube Legal Support

On Mon, Sep 9, 2024 at 6:20 PM YouTube Legal Support <{YT_FROM}> wrote:
{quoted(["Hello,", "", f"We have finished reviewing the first part of your notice {R_YT}.", "",
         f"1. {Y[1]} - removed.", f"2. {Y[2]} - removed.", f"3. {Y[3]} - blocked in South Korea."])}
""",
    outcome="applied", classification="confirmation",
    imitates="agent's follow-up in a Gmail thread, top-posted over the platform's own earlier reply quoted with '>'",
    why="three fresh statements on top; the quoted earlier answer is quoted text and changes nothing",
    items={Y[6]: "removed", Y[7]: "removed", Y[8]: "restricted",
           Y[1]: "pending", Y[2]: "pending", Y[3]: "pending"},
)

case(
    name="yt-html-table-decisions",
    **{"from": YT_FROM}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 15:44:12 +0900", subject=YT_SUBJ, reply_to_req=rid(R_YT), type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<div style="color:#b5b5b5">{ZD_LINE}</div>
<p>Hello,</p>
<p>Your request <b>#4471203</b> ({R_YT}) has been updated. Our decisions for the remaining URLs:</p>
<table border="1" cellpadding="5" cellspacing="0">
<tr><th>URL</th><th>Decision</th><th>Notes</th></tr>
<tr><td><a href="{Y[9]}">{Y[9]}</a></td><td>Channel terminated</td><td>Repeated violations of our spam and deceptive practices policy</td></tr>
<tr><td><a href="{Y[10]}">{Y[10]}</a></td><td>Blocked in KR</td><td>Local legal removal</td></tr>
<tr><td><a href="{Y[11]}">{Y[11]}</a></td><td>No action</td><td>Does not violate our Community Guidelines and is not subject to local blocking</td></tr>
<tr><td><a href="{Y[12]}">{Y[12]}</a></td><td>Not found</td><td>No video exists with this ID</td></tr>
</table>
<p>Our policies are described at <a href="https://support.google.com/youtube/answer/2801973">YouTube Help</a>.</p>
<p>Regards,<br>YouTube Legal Support</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk HTML ticket update with a decision table (YouTube legal removals)",
    why="HTML table, one decision per URL row; the help link is not an item",
    items={Y[9]: "removed", Y[10]: "restricted", Y[11]: "rejected", Y[12]: "not_found"},
)

CSV_ATT = f"""url,status,policy,decided_at
{Y[1]},REMOVED,Spam and deceptive practices,2024-09-09
{Y[3]},GEO_BLOCKED_KR,Local law (KR),2024-09-10
{Y[4]},NO_ACTION,,2024-09-10
{Y[5]},NOT_FOUND,,2024-09-10
"""
case(
    name="yt-csv-attachment-key",
    **{"from": YT_FROM}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 11:08:55 +0900", subject=YT_SUBJ, reply_to_req=rid(R_YT),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="b506-csv-0001"

--b506-csv-0001
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{ZD_LINE}

Hello,

The decisions on the four videos you asked about in your follow-up to
request #4471203 are in the attached file.

Key to the status column:
REMOVED = taken down globally
GEO_BLOCKED_KR = unavailable in South Korea only
NO_ACTION = no violation found, the video stays up
NOT_FOUND = there is no video at this address

YouTube Legal Support

--b506-csv-0001
Content-Type: text/csv; charset=utf-8; name="request_4471203_decisions.csv"
Content-Disposition: attachment; filename="request_4471203_decisions.csv"
Content-Transfer-Encoding: base64

{b64(CSV_ATT)}
--b506-csv-0001--
""",
    outcome="applied", classification="confirmation",
    imitates="ticket reply whose per-URL results are in a CSV export attached to the message",
    why="CSV rows give one status per URL; the body explains the codes",
    items={Y[1]: "removed", Y[3]: "restricted", Y[4]: "rejected", Y[5]: "not_found"},
)

case(
    name="yt-reminder-reply-url-then-status",
    **{"from": "dohyun.seo@google.com"}, name_from="Do-hyun Seo",
    date="Fri, 13 Sep 2024 17:31:02 +0900",
    subject=f"Re: Reminder: {R_YT} removal request overdue", reply_to_req=rid(R_YT),
    body=f"""
Hello KCSC team,

Sorry for the slow reply on this one.

{Y[10]}
Blocked in South Korea on 12 September under local law.

{Y[11]}
Reviewed; it does not break our guidelines and it stays up.

Kind regards,
Do-hyun
YouTube Trust & Safety

On Fri, 13 Sept 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(REMINDER_YT)}
""",
    outcome="applied", classification="confirmation",
    imitates="staff reply to a regulator's overdue reminder, bare URL with its status on the next line, reminder quoted below",
    why="two statements; the third URL only appears in the quoted reminder",
    items={Y[10]: "restricted", Y[11]: "rejected", Y[12]: "pending"},
)

QP_BODY = f"""Request #4471203 \u2014 update from YouTube Legal Operations

URL: {Y[2]}
Status: Removed (harmful or dangerous content)

URL: {Y[6]}
Status: Removed (spam, deceptive practices and scams)

URL: {Y[8]}
Status: Age-restricted \u2014 viewers must be signed in and over 18

Please don\u2019t reply to this notification directly; use the request page instead.

Ha-eun \u00b7 YouTube Legal Operations
"""
case(
    name="yt-qp-url-status-pairs",
    **{"from": "noreply-legal@youtube.com"}, name_from="YouTube Legal Operations",
    date="Sat, 14 Sep 2024 09:12:33 +0900", subject=f"[{R_YT}] Request #4471203 update",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(QP_BODY)}""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system status notification in quoted-printable with URL:/Status: pairs",
    why="each URL line is followed by its own status line",
    items={Y[2]: "removed", Y[6]: "removed", Y[8]: "restricted"},
)

case(
    name="x-helpscout-mixed-prose",
    **{"from": "legal@x.com"}, name_from="X Legal Operations",
    date="Tue, 10 Sep 2024 20:14:09 +0900", subject=f"Re: {R_X} removal request [#58213]",
    reply_to_req=rid(R_X),
    extra_headers=["X-HelpScout-Conversation: 58213"],
    body=f"""
Hi there,

Thanks for your request. After review we have taken the following actions.

{X[1]} and {X[2]} are now withheld in South Korea in response to your legal demand. They remain visible in other countries.

{X[3]} was removed for violating our rules on illegal or regulated goods and services.

We reviewed {X[4]} and did not find it to be in violation of the X Rules or of local law, so we have not taken action on it.

--
Min-jun
X Legal Operations

Conversation #58213 - reply to this email to continue the conversation.
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout-style agent reply from a platform's legal desk (X country-withheld content outcome)",
    why="one sentence withholds two posts, one removal, one refusal with its reason",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "removed", X[4]: "rejected"},
)

case(
    name="x-angle-bracket-url-below",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 08:50:41 +0900", subject=f"Your legal request {R_X} [ref:_00D1x.5003kR2:ref]",
    body=f"""
Hello,

We have withheld the following post in the Republic of Korea:
<{X[1]}>

The following post was reviewed and found not to violate the X Rules; no action will be taken:
<{X[4]}>

If you believe we have made an error, you may reply with additional information.

Thanks,
X Legal

ref:_00D1x.5003kR2:ref
""",
    outcome="applied", classification="confirmation",
    imitates="Salesforce-style case reply (X legal request outcome) with URLs in angle brackets under the statement",
    why="statement line ending in ':' then the URL in <...> on the next line",
    items={X[1]: "restricted", X[4]: "rejected"},
)

case(
    name="x-jira-sm-resolved-bullets",
    **{"from": "jira@x.com"}, name_from="X Legal Service Desk",
    date="Thu, 12 Sep 2024 13:27:18 +0900", subject=f"LGL-4821 {R_X} removal request",
    reply_to_req=rid(R_X),
    extra_headers=["X-JIRA-FingerPrint: 5a7e0c2f91d3"],
    body=f"""
\u2014-\u2014-\u2014-\u2014
Reply above this line.

Ha-neul Yoon resolved this as Done.

Hello,

We have completed the review of the posts in this request.

* {X[3]} \u2014 removed for violating the X Rules (illegal or certain regulated goods or services).
* {X[4]} \u2014 this post no longer exists; it was deleted by the account holder before our review.

View request \u00b7 Turn off this request's notifications

This is shared with KCSC Takedown.

Powered by Jira Service Management
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management customer notification 'resolved this as Done' with the agent's comment",
    why="bulleted list: one removal, one post deleted by its author",
    items={X[3]: "removed", X[4]: "not_found"},
)

case(
    name="x-echoed-report-blocks",
    **{"from": "noreply@x.com"}, name_from="X",
    date="Thu, 12 Sep 2024 21:03:50 +0900", subject="Your report has been reviewed",
    body=f"""
Your report has been reviewed

Thanks for letting us know. Here is what we decided.

Report ID: 4f7c-22a1
Reported content: {X[2]}
Reason given: Illegal gambling (Korean law)
Your reference: {R_X}
Outcome: Content withheld in KR

Report ID: 4f7c-22a2
Reported content: {X[3]}
Reason given: Illegal gambling (Korean law)
Your reference: {R_X}
Outcome: Post removed (violation of X Rules)

You can see the status of your reports in the Help Center.
https://help.x.com/forms/status

X Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="X report outcome email echoing each report's fields with an 'Outcome:' line",
    why="each echoed report block ends with its outcome; the help-centre link is not an item",
    items={X[2]: "restricted", X[3]: "removed"},
)

case(
    name="tg-freshdesk-resolved",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Support",
    date="Mon, 09 Sep 2024 23:40:12 +0900", subject=f"[#90211] Re: {R_TG} Request to remove content",
    reply_to_req=rid(R_TG),
    body=f"""
Dear KCSC,

Your ticket #90211 has been marked as Resolved. Summary of actions:

{T[1]} \u2014 taken down.
{T[2]} \u2014 we could not find this message; the link is invalid.
{T[3]} \u2014 made unavailable for users in the Republic of Korea.

If you have further questions, simply reply to this email and the ticket will be reopened.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket resolved' email with the agent's summary (Telegram abuse desk)",
    why="three URL lines each with its own outcome",
    items={T[1]: "removed", T[2]: "not_found", T[3]: "restricted"},
)

case(
    name="tg-single-item-no-url",
    **{"from": "abuse@telegram.org"}, name_from="Telegram",
    date="Thu, 12 Sep 2024 19:22:07 +0900",
    subject=f"Re: [{R_TG1}] Request to remove content \u2014 Case #7720388", reply_to_req=rid(R_TG1),
    body="""
Hello,

Thank you for your report. The content you reported has been removed for violating the Telegram Terms of Service.

Telegram Abuse Team
Case #7720388
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk one-line outcome answering a one-item request",
    why="'the content you reported has been removed' answers a request of one item, so it applies to that item",
    items={T[4]: "removed"},
)

TG_B64 = f"""Hello,

Case #7720145, your reference {R_TG}.

We have removed the post at {T[2]} .

The post at {T[3]} has been reviewed. It does not violate the Telegram Terms of Service, and we will not take action against it.

Best regards,
Telegram Legal
"""
case(
    name="tg-base64-removed-and-refused",
    **{"from": "dsa@telegram.org"}, name_from="Telegram Legal",
    date="Fri, 13 Sep 2024 02:15:44 +0900", subject=f"Case #7720145 \u2014 {R_TG}",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(TG_B64)}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram legal-desk case reply sent base64-encoded",
    why="one removal, one refusal with reason (no violation of the ToS)",
    items={T[2]: "removed", T[3]: "rejected"},
)

REMINDER_TG = [
    f"Our request {R_TG} of 5 September was due on 12 September.",
    "These items are still pending:",
    "",
    T[1], T[2], T[3],
    "",
    "KCSC Takedown desk",
]
case(
    name="tg-reminder-reply-case-number",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Fri, 13 Sep 2024 21:48:00 +0900", subject=f"Re: Reminder: {R_TG} removal request overdue",
    reply_to_req=rid(R_TG),
    body=f"""
Hello,

Regarding Case #7720145:

{T[1]} \u2014 blocked for users in South Korea.
{T[2]} \u2014 no longer available; the channel owner deleted this message before our moderators reached it.

The third link is still being looked at.

Telegram Abuse

On 2024-09-13 09:00, KCSC Takedown wrote:
{quoted(REMINDER_TG)}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse reply to an overdue reminder, top-posted over the quoted reminder",
    why="Korea-only block is restricted; deleted by its owner is not_found; the third link is only in the quote",
    items={T[1]: "restricted", T[2]: "not_found", T[3]: "pending"},
)

case(
    name="tg-policy-links-not-items",
    **{"from": "abuse@telegram.org"}, name_from="Telegram",
    date="Sat, 14 Sep 2024 12:01:19 +0900", subject=f"Case #7720145 ({R_TG})",
    body=f"""
Hi,

Following your request, the message {T[1]} has been deleted for violating our Terms of Service (https://telegram.org/tos). How moderation works on Telegram is explained at https://telegram.org/moderation .

You may follow up on this case by replying to this email.

Telegram Moderation
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram moderation reply citing its ToS and moderation pages",
    why="one deletion; telegram.org policy links are not items",
    items={T[1]: "removed"},
)

case(
    name="naver-cs-answer-arrows",
    **{"from": "help@navercorp.com"}, name_from="NAVER 고객센터",
    date="Tue, 10 Sep 2024 16:05:31 +0900",
    subject=f"[NAVER 고객센터] 문의하신 내용에 대한 답변입니다 ({R_NV})", reply_to_req=rid(R_NV),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 {R_NV} 건의 처리 결과를 안내드립니다.

1. {N[1]}
   → 게시중단 처리되었습니다.
2. {N[2]}
   → 임시조치(30일) 되었습니다.
3. {N3_RAW}
   → 블라인드 처리되었습니다.

나머지 URL은 확인 후 별도로 회신드리겠습니다.

문의번호: 2024090611457
감사합니다.

※ 본 메일은 발신 전용입니다. 추가 문의는 고객센터 도움말을 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 답변 메일 (게시중단·임시조치·블라인드 처리 결과)",
    why="numbered URLs with the result on the next line after an arrow; raw Korean cafe path",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "removed"},
)

N5_HTML = N[5].replace("&", "&amp;")
case(
    name="naver-correction-result-table",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date="Wed, 11 Sep 2024 10:40:00 +0900", subject=f"[회신] 시정요구 조치결과 ({R_NV})",
    reply_to_req=rid(R_NV), type="html",
    body=f"""
<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>요청번호 {R_NV} 시정요구에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>삭제</td><td>9/10 조치</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>미조치</td><td>운영정책 위반 사항이 확인되지 않아 게시 유지</td></tr>
<tr><td>3</td><td>{N[4]}</td><td>삭제</td><td>카페 게시글</td></tr>
<tr><td>4</td><td><a href="{N5_HTML}">{N5_HTML}</a></td><td>해당 게시물 없음</td><td>존재하지 않는 질문</td></tr>
</table>
<p>네이버 정책지원팀 드림</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table (NAVER)",
    why="table rows: 삭제 x2, 미조치 with its reason (rejected), 게시물 없음 (not_found)",
    items={N[1]: "removed", N[2]: "rejected", N[4]: "removed", N[5]: "not_found"},
)

case(
    name="naver-particles-fullwidth",
    **{"from": "help@navercorp.com"}, name_from="NAVER 고객센터",
    date="Thu, 12 Sep 2024 11:25:47 +0900", subject=f"RE: {R_NV} 불법정보 삭제 요청 건",
    reply_to_req=rid(R_NV),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

요청하신 게시물 중 {N[2]}은 임시조치되어 현재 열람이 제한되어 있습니다.
또한 {N3_RAW}는 카페 운영원칙 위반으로 운영자 삭제되었습니다.
대상 게시물（{N4_RAW}）은 삭제 처리되었습니다.

（문의번호：2024091200871）

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 reply with URLs glued to Korean particles and full-width brackets",
    why="임시조치 → restricted, 운영자 삭제 and 삭제 → removed; particles 은/는 and （） are not part of the URLs",
    items={N[2]: "restricted", N[3]: "removed", N[4]: "removed"},
)

case(
    name="naver-partial-answer-thread",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Thu, 12 Sep 2024 17:02:29 +0900", subject=f"Re: [{R_NV}] 처리 결과 확인 요청",
    reply_to_req=rid(R_NV),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.
추가 문의주신 건 답변드립니다.

- {N3_RAW} : 게시중단 완료
- {N4_RAW} : 게시중단 완료
- {N[5]} : 내부 검토 중이며, 결과가 나오는 대로 안내드리겠습니다.

감사합니다.

2024년 9월 12일 (목) 오전 10:30, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 안녕하십니까. 방송통신심의위원회입니다.
> {R_NV} 건 중 아래 URL의 처리 결과를 알려주시기 바랍니다.
> {N[3]}
> {N[4]}
> {N[5]}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy team partial answer in a Gmail-quoted Korean thread",
    why="two 게시중단 완료; the third is 검토 중 (under review) and stays pending",
    items={N[3]: "removed", N[4]: "removed", N[5]: "pending"},
)

case(
    name="naver-kin-wrapped-angle-url",
    **{"from": "kin_help@naver.com"}, name_from="네이버 지식iN",
    date="Fri, 13 Sep 2024 14:18:03 +0900", subject=f"[지식iN] 신고 처리 결과 안내 ({R_NV})",
    body=f"""
안녕하세요. 네이버 지식iN 운영팀입니다.

신고해 주신 질문
<https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&
docId=471552301>
은(는) 불법 도박 홍보에 해당하여 삭제 처리되었습니다.

지식iN 운영정책: https://kin.naver.com/policy/operation

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="네이버 지식iN 신고 처리 결과 안내, long URL wrapped inside angle brackets",
    why="the wrapped <...> URL is the requested 지식iN question; 삭제 처리 → removed; the policy link is not an item",
    items={N[5]: "removed"},
)

case(
    name="kakao-zendesk-solved-korean",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Wed, 11 Sep 2024 15:30:00 +0900",
    subject=f"[카카오 고객센터] 문의하신 내용에 대한 답변입니다 ({R_KK})", reply_to_req=rid(R_KK),
    body=f"""
##- 이 줄 위에 답장을 입력해 주세요 -##

요청번호 #1187342의 상태가 '해결됨'으로 변경되었습니다.

안녕하세요, 카카오 고객센터입니다.
요청하신 게시물에 대한 처리 결과입니다.

■ {K[1]}
  - 처리결과: 운영자 삭제
■ {K[2]}
  - 처리결과: 조치 불가 (서비스 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다)

더 궁금하신 점이 있으면 이 메일에 회신해 주세요.
카카오 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 Zendesk-style solved ticket (해결됨) with per-URL 처리결과",
    why="운영자 삭제 → removed; 조치 불가 with its reason → rejected",
    items={K[1]: "removed", K[2]: "rejected"},
)

case(
    name="kakao-reminder-reply-korean",
    **{"from": "cafe_help@daum.net"}, name_from="Daum 고객센터",
    date="Tue, 17 Sep 2024 14:44:10 +0900", subject=f"Re: [재요청] {R_KK} 불법정보 삭제 요청",
    reply_to_req=rid(R_KK),
    body=f"""
안녕하세요. Daum 고객센터입니다.
재요청 주신 두 건의 확인 결과입니다.

{K[1]}
이미 작성자가 삭제한 게시물로 확인됩니다.

{K[2]}
국내 접속 차단 조치를 완료하였습니다.

감사합니다.

2024년 9월 17일 (화) 오전 9:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
> [재요청] {R_KK} 건의 처리 기한(9월 16일)이 지났습니다.
> 아래 URL의 처리 결과를 회신해 주시기 바랍니다.
> {K[1]}
> {K[2]}
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 고객센터 reply to a regulator's 재요청 (reminder), Gmail-quoted",
    why="deleted by its author → not_found; 국내 접속 차단 → restricted",
    items={K[1]: "not_found", K[2]: "restricted"},
)

case(
    name="tiktok-single-removed",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Thu, 12 Sep 2024 08:15:22 +0900",
    subject=f"Re: [{R_TT}] Illegal content report - ticket 3391827", reply_to_req=rid(R_TT),
    body=f"""
Hi,

Thanks for reaching out. We reviewed the video at {TK1} and removed it for violating our Community Guidelines.

Best,
TikTok Trust & Safety
Ticket 3391827
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok support ticket reply on a reported video",
    why="'removed it' refers to the named video",
    items={TK1: "removed"},
)

case(
    name="yt-outlook-over-original-request",
    **{"from": "seoyeon.park@google.com"}, name_from="Seo-yeon Park",
    date="Mon, 16 Sep 2024 10:20:44 +0900", subject=f"RE: [{R_YT}] Request for removal of illegal content",
    reply_to_req=rid(R_YT),
    body=f"""
Dear Sir or Madam,

Further to our earlier emails: the channel {Y[9]} has been terminated today and its videos are no longer available on YouTube.

Regards,
Seo-yeon Park
Legal Specialist, YouTube

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:12 AM
To: legal-kr@google.com
Subject: [{R_YT}] Request for removal of illegal content

Dear YouTube,

Under Article 44-7 of the Network Act, we ask you to remove the following content:

1. {Y[1]}
2. {Y[2]}
3. {Y[3]}
4. {Y[9]}
5. {Y[12]}

KCSC Takedown desk
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over the regulator's original request (-----Original Message-----)",
    why="one termination on top; the URLs in the quoted request below change nothing",
    items={Y[9]: "removed", Y[1]: "pending", Y[2]: "pending", Y[3]: "pending", Y[12]: "pending"},
)

case(
    name="yt-ack-followup-plus-outcome",
    **{"from": YT_FROM}, name_from="YouTube Legal Support",
    date="Tue, 17 Sep 2024 09:05:11 +0900", subject=YT_SUBJ, reply_to_req=rid(R_YT),
    body=f"""
{ZD_LINE}

Hello,

Thank you, we have received your follow-up and added it to request #4471203.

For your records: {Y[4]} was reviewed on 11 September. We found no violation of our Community Guidelines or of local law, and the video remains available.

Any other links from your notice are still with the team.

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk follow-up receipt that also carries an outcome",
    why="an acknowledgement phrase plus an unhedged refusal for a named URL is not a pure acknowledgement",
    items={Y[4]: "rejected"},
)

# ============================== REVIEW ===================================

case(
    name="yt-promise-within-24h",
    **{"from": YT_FROM}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 13:30:00 +0900", subject=YT_SUBJ, reply_to_req=rid(R_YT),
    body=f"""
{ZD_LINE}

Hello,

We have confirmed that {Y[5]} violates our policies. It will be removed from YouTube within the next 24 hours.

{Y[12]} will be blocked in South Korea once our legal review has been signed off.

We will write again when both actions are complete.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="ticket update announcing future actions (promises) on named URLs",
    why="'will be removed' and 'will be blocked once...' are promises, not statements",
    items={Y[5]: "pending", Y[12]: "pending"},
)

case(
    name="x-hedged-appears-deleted",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 19:45:30 +0900", subject=f"Re: {R_X} removal request [#58213]",
    reply_to_req=rid(R_X),
    body=f"""
Hi,

Thank you for your patience. {X[4]} appears to be no longer available; it may have been deleted by its author.

We are still checking the other reported posts and may need to take further action.

--
X Legal Operations
""",
    outcome="review", review="not_understood",
    imitates="Help Scout-style agent reply with hedged wording",
    why="'appears to be', 'may have been' are hedges, not statements",
    items={X[4]: "pending"},
)

case(
    name="yt-on-hold-under-review",
    **{"from": YT_FROM}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 16:10:00 +0900", subject=YT_SUBJ, reply_to_req=rid(R_YT),
    body=f"""
{ZD_LINE}

Your request (#4471203) has been updated. Its status is now On-hold.

Hello,

The following links have been escalated to our legal team and are under review:
{Y[6]}
{Y[7]}

We expect an outcome within 5 business days and will write again when it is available.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="Zendesk on-hold notification: links escalated and under review",
    why="'under review' is no statement; it names items and the request, so not a pure acknowledgement",
    items={Y[6]: "pending", Y[7]: "pending"},
)

case(
    name="yt-solved-all-actioned-bulk",
    **{"from": YT_FROM}, name_from="YouTube Legal Support",
    date="Mon, 16 Sep 2024 18:00:00 +0900", subject=YT_SUBJ, reply_to_req=rid(R_YT),
    body=f"""
{ZD_LINE}

Your request (#4471203) has been solved. To reopen it, reply to this email.

Hello,

All of the URLs listed in your notice {R_YT} have been actioned under our policies.

Thank you for helping to keep YouTube safe.

YouTube Legal Support
""",
    outcome="review", review="bulk",
    imitates="Zendesk solved notification with a one-line blanket outcome",
    why="one statement about every URL of a 12-item request, none named",
    items={u: "pending" for u in Y.values()},
)

REMINDER_X = [
    f"Our request {R_X} of 4 September was due on 11 September.",
    "These items are still pending:",
    "",
    X[1], X[2], X[3], X[4],
]
case(
    name="x-reminder-reply-bulk",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 10:10:10 +0900", subject=f"Re: Reminder: {R_X} removal request overdue",
    reply_to_req=rid(R_X),
    body=f"""
Hi,

All four reported posts have been withheld in the Republic of Korea.

Regards,
X Legal

On Fri, Sep 13, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(REMINDER_X)}
""",
    outcome="review", review="bulk",
    imitates="short reply to a reminder covering all items at once, reminder quoted below",
    why="'all four reported posts' names no URL outside the quote; 4-item request",
    items={X[1]: "pending", X[2]: "pending", X[3]: "pending", X[4]: "pending"},
)

case(
    name="tg-auth-fail",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse Team", auth="fail",
    date="Tue, 10 Sep 2024 03:33:00 +0900", subject=f"[#90211] Re: {R_TG} Request to remove content",
    body=f"""
Dear KCSC,

Your ticket #90211 has been marked as Resolved.

{T[1]} \u2014 taken down.

Telegram Abuse Team
""",
    outcome="review", review="untrusted",
    imitates="Freshdesk-style resolved ticket that fails DKIM/SPF/DMARC for telegram.org",
    why="platform domain but authentication fails",
    items={T[1]: "pending"},
)

case(
    name="x-outsourced-desk-unknown-sender",
    **{"from": "kr-desk@safetyops-partners.example"}, name_from="Trust & Safety Desk (on behalf of X)",
    date="Thu, 12 Sep 2024 12:12:12 +0900", subject=f"{R_X} - outcome",
    body=f"""
Hello,

We handle Korean-language legal requests on behalf of X Corp.

Regarding {R_X}: {X[1]} has been withheld in Korea.

Kind regards,
Trust & Safety Desk
""",
    outcome="review", review="unknown_sender",
    imitates="outsourced moderation vendor replying for a platform from its own domain",
    why="sender domain belongs to no configured platform",
    items={X[1]: "pending"},
)

case(
    name="kakao-about-naver-item",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Mon, 09 Sep 2024 17:20:00 +0900", subject=f"Re: [{R_NV}] 불법정보 삭제 요청",
    body=f"""
안녕하세요, 카카오 고객센터입니다.

보내주신 요청서의 URL은 카카오(다음) 서비스가 아닌 네이버 블로그 주소입니다.
참고로 확인해 보니 {N[1]} 게시물은 이미 삭제되어 존재하지 않습니다.

카카오 서비스 관련 요청은 고객센터로 접수해 주세요.
""",
    outcome="review", review="wrong_platform",
    imitates="platform answering a misaddressed request about another platform's URL",
    why="Kakao states a status for a NAVER item",
    items={N[1]: "pending"},
)

case(
    name="yt-forwarded-by-employee",
    **{"from": "jiho.kang@google.com"}, name_from="Ji-ho Kang",
    date="Wed, 11 Sep 2024 14:30:00 +0900", subject="Fwd: Request 4471203 outcome",
    body=f"""
Hi KCSC team,

As requested on the phone, forwarding the note from our reviewers below.

Ji-ho

---------- Forwarded message ---------
From: YouTube Legal Review <legal-review-noreply@google.com>
Date: Wed, 11 Sep 2024 at 14:05
Subject: Request 4471203 outcome
To: Ji-ho Kang <jiho.kang@google.com>

Outcome for request 4471203 ({R_YT}):
{Y[3]} - blocked in KR
{Y[9]} - channel terminated
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Gmail 'Forwarded message' from a platform employee passing on an internal outcome",
    why="the statements are in the forwarded part, not the sender's own words",
    items={Y[3]: "pending", Y[9]: "pending"},
)

case(
    name="tiktok-csat-survey",
    **{"from": "support-noreply@tiktok.com"}, name_from="TikTok Support",
    date="Sat, 14 Sep 2024 08:00:00 +0900", subject="How did we do? Ticket 3391827",
    body="""
Hi,

Your ticket 3391827 has been closed.

How would you rate the support you received?

  Good, I'm satisfied  |  Bad, I'm unsatisfied

Your feedback helps us improve.

TikTok Support
""",
    outcome="review", review="no_claims", classification="other",
    imitates="Zendesk customer satisfaction survey after a ticket is closed",
    why="trusted platform mail naming no item and no request of ours",
    items={},
)

case(
    name="yt-asks-legal-basis",
    **{"from": YT_FROM}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 11:11:11 +0900", subject=YT_SUBJ, reply_to_req=rid(R_YT),
    body=f"""
{ZD_LINE}

Hello,

Before we can proceed with {Y[9]} we need more information. Please send us a copy of the decision or tell us which provision of Korean law the channel as a whole is said to breach.

Reply to this email with the document and we will continue the review.

YouTube Legal Support
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Zendesk agent asking the requester for supporting documents",
    why="asks for a document before acting; nothing decided",
    items={Y[9]: "pending"},
)

case(
    name="kakao-conditional-korean",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Thu, 12 Sep 2024 13:00:00 +0900",
    subject=f"[카카오 고객센터] 문의하신 내용에 대한 답변입니다 ({R_KK})", reply_to_req=rid(R_KK),
    body=f"""
##- 이 줄 위에 답장을 입력해 주세요 -##

안녕하세요, 카카오 고객센터입니다.

{K[2]} 영상은 게시자 확인 절차가 끝나면 삭제될 예정입니다.
다만 게시자가 기한 내 소명자료를 제출하는 경우 검토 후 다시 안내드리겠습니다.

카카오 고객센터 드림
""",
    outcome="review", review="not_understood",
    imitates="Kakao 고객센터 answer with a conditional future deletion (삭제될 예정)",
    why="'삭제될 예정' under a condition is a promise, not a statement",
    items={K[2]: "pending"},
)

# ============================== IGNORED ==================================

case(
    name="yt-zendesk-receipt",
    **{"from": YT_FROM}, name_from="YouTube Legal Support",
    date="Tue, 03 Sep 2024 10:14:02 +0900", subject=YT_SUBJ, reply_to_req=rid(R_YT),
    body=f"""
{ZD_LINE}

Your request (#4471203) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

This email is a service from YouTube Legal Support.
[R9PX2K-41Y0]
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'Request received' automatic notification",
    why="pure receipt with a ticket number",
    items={},
)

case(
    name="naver-receipt-korean",
    **{"from": "help@navercorp.com"}, name_from="NAVER 고객센터",
    date="Fri, 06 Sep 2024 14:22:10 +0900", subject=f"[NAVER 고객센터] 문의가 접수되었습니다 ({R_NV})",
    reply_to_req=rid(R_NV),
    body="""
안녕하세요, 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: 2024090611457

담당자가 확인 후 순차적으로 답변 드리겠습니다.
답변은 영업일 기준 3~5일 정도 소요될 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 문의 접수 안내 (ticket receipt)",
    why="pure receipt: 접수되었습니다 + 접수번호",
    items={},
)

case(
    name="kakao-receipt-echoes-request",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Mon, 09 Sep 2024 10:03:00 +0900", subject=f"[카카오 고객센터] 문의가 접수되었습니다 ({R_KK})",
    reply_to_req=rid(R_KK),
    body=f"""
##- 이 줄 위에 답장을 입력해 주세요 -##

안녕하세요, 카카오 고객센터입니다.
문의가 접수되었습니다. (요청번호 #1187342)
확인 후 빠르게 답변드리겠습니다.

[접수 내용]
제목: {R_KK} 불법정보 삭제 요청
내용:
아래 게시물의 삭제를 요청합니다.
{K[1]}
{K[2]}
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style Korean receipt echoing the submitted request under [접수 내용]",
    why="receipt only; the URLs are our own request echoed back, no statement about them",
    items={K[1]: "pending", K[2]: "pending"},
)

case(
    name="tg-out-of-office",
    **{"from": "elena.v@telegram.org"}, name_from="Elena V.",
    date="Fri, 13 Sep 2024 09:00:40 +0900", subject=f"Out of office: Reminder: {R_TG} removal request overdue",
    reply_to_req=rid(R_TG),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
Hello,

I am away until 23 September with no access to email. Abuse reports are handled by the team at abuse@telegram.org in the meantime.

Elena
""",
    outcome="ignored", classification="auto_reply",
    imitates="vacation auto-reply from a platform employee to our reminder",
    why="out-of-office (Auto-Submitted: auto-replied)",
    items={},
)

case(
    name="yt-exchange-automatic-reply",
    **{"from": "seoyeon.park@google.com"}, name_from="Seo-yeon Park",
    date="Fri, 13 Sep 2024 09:00:05 +0900", subject=f"Automatic reply: Reminder: {R_YT} removal request overdue",
    extra_headers=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until Monday 23 September with limited access to email.

For urgent legal removal requests please write to legal-kr@google.com, where the team will pick up your message.

Seo-yeon Park
""",
    outcome="ignored", classification="auto_reply",
    imitates="Exchange/Outlook 'Automatic reply' out-of-office",
    why="out-of-office automatic reply, no statement",
    items={},
)

case(
    name="x-dsn-reminder-bounced",
    **{"from": "MAILER-DAEMON@mail3.x.com"}, name_from="Mail Delivery System",
    date="Fri, 13 Sep 2024 09:00:12 +0900", subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="b506-dsn-7"

--b506-dsn-7
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail3.x.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr-desk@x.com>: host mx.x.com said: 550 5.1.1 User unknown

--b506-dsn-7
Content-Type: message/delivery-status

Reporting-MTA: dns; mail3.x.com
Arrival-Date: Fri, 13 Sep 2024 09:00:10 +0900

Final-Recipient: rfc822; legal-kr-desk@x.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal-kr-desk@x.com>: Recipient address rejected

--b506-dsn-7
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-desk@x.com
Subject: Reminder: {R_X} removal request overdue
Date: Fri, 13 Sep 2024 09:00:00 +0900
Message-ID: <reminder.{R_X}.1@kcsc.example>

Our request {R_X} of 4 September was due on 11 September.
These items are still pending:

{X[1]}
{X[2]}

--b506-dsn-7--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN returning our reminder (multipart/report delivery-status)",
    why="delivery failure report; the URLs are in our returned reminder",
    items={X[1]: "pending", X[2]: "pending"},
)

case(
    name="naver-mdn-read",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date="Fri, 06 Sep 2024 15:02:30 +0900", subject=f"읽음 확인: [{R_NV}] 불법정보 삭제 요청",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="b506-mdn-3"

--b506-mdn-3
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "[{R_NV}] 불법정보 삭제 요청"을 수신자가 2024-09-06 15:02에 읽었습니다.

--b506-mdn-3
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER WORKS Mail
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <{req_mid(R_NV)}>
Disposition: manual-action/MDN-sent-manually; displayed

--b506-mdn-3--
""",
    outcome="ignored", classification="read_receipt",
    imitates="read receipt (MDN, disposition-notification) from a Korean mail client",
    why="read receipt only",
    items={},
)

HEADER = """# Blind set 506: ticket systems and threads (Zendesk/Freshdesk/Jira/Help Scout
# receipts and results, solved tickets, follow-ups, replies to reminders,
# partial answers, forwarded mail). Written from each email's meaning before
# any run of the reader. Generated by make.py; do not edit by hand."""


def encode_headers(cases):
    """Non-ASCII display names and subjects go out RFC 2047-encoded, as mail clients send them."""
    for c in cases:
        for key in ("name_from", "subject"):
            v = c.get(key)
            if v is not None and not v.isascii():
                c[key] = Header(v, "utf-8").encode(linesep="\n")


def main():
    write_requests()
    encode_headers(CASES)
    corpuslib.write_set(HERE, "blind506", HEADER, CASES)


if __name__ == "__main__":
    main()
