#!/usr/bin/env python3
"""Blind set 558: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
that conflicts with its note, statuses given by position ("respectively",
table columns). Every email is fictional and written in our own sentences;
expected results come from each email's meaning alone, written before any
run of the reader.

    python3 tests/corpus/blind558/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
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

SET = "blind558"

# ---------------------------------------------------------------- requests
TG = [
    "https://t.me/ember_lane/101",     # 0
    "https://t.me/ember_lane/117",     # 1
    "https://t.me/grey_orchard/8",     # 2
    "https://t.me/grey_orchard/9",     # 3
    "https://t.me/grey_orchard/15",    # 4
    "https://t.me/s/lotus_dock/240",   # 5
    "https://t.me/lotus_dock/241",     # 6
    "https://t.me/quartz_mill/3301",   # 7
    "https://t.me/quartz_mill/3302",   # 8
    "https://t.me/nightpier_kr/57",    # 9
    "https://t.me/nightpier_kr/58",    # 10
    "https://t.me/nightpier_kr/64",    # 11
]
X = [
    "https://x.com/brassfinch_kr/status/1830412257716432101",
    "https://x.com/brassfinch_kr/status/1830498813372059750",
    "https://x.com/mellow_quarry/status/1829977340165120033",
    "https://twitter.com/mellow_quarry/status/1830003378112098304",
]
YT = [
    "https://www.youtube.com/watch?v=Qm7rT2xkL9a",
    "https://youtu.be/Hn3pW8cVb0E",
    "https://www.youtube.com/shorts/Zt5yK1aPq4M",
]
NV4_RAW = "https://post.naver.com/하늘별/223571199001"
NV = [
    "https://blog.naver.com/moonriver_77/223571100421",
    "https://blog.naver.com/moonriver_77/223571100535",
    "https://cafe.naver.com/greenstall/8812",
    "https://cafe.naver.com/greenstall/8840",
    "https://post.naver.com/" + quote("하늘별") + "/223571199001",
]
KK = [
    "https://cafe.daum.net/silverbay/Kx3f/412",
    "https://cafe.daum.net/silverbay/Kx3f/418",
]
TT = ["https://www.tiktok.com/@dune.sparrow/video/7411223344556677889"]
YT1 = ["https://www.youtube.com/watch?v=Lp0sD4fGh2Q"]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240902-01", "telegram", "2024-09-02T10:30:00+09:00", "2024-09-09T18:00:00+09:00", TG,
     "illegal_gambling", 'Four channels, one operator; see "lotus" cluster, batch A'),
    ("KCSC-240904-02", "x", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00", X,
     "drug_trade", "two accounts, one reported via twitter.com link"),
    ("KCSC-240905-03", "youtube", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00", YT,
     "obscenity", "video, short link and Shorts"),
    ("KCSC-240906-04", "naver", "2024-09-06T09:40:00+09:00", "2024-09-13T18:00:00+09:00", NV,
     "defamation", "blog, cafe, post (Korean path)"),
    ("KCSC-240909-05", "kakao", "2024-09-09T15:20:00+09:00", "2024-09-16T18:00:00+09:00", KK,
     "privacy", "Daum cafe posts"),
    ("KCSC-240911-06", "tiktok", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00", TT,
     "drug_trade", ""),
    ("KCSC-240912-07", "youtube", "2024-09-12T16:10:00+09:00", "2024-09-19T18:00:00+09:00", YT1,
     "violence", "single video, graphic"),
]


def req_mid(ref):
    return "req." + ref


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


TG_SIG = "\nTelegram Trust & Safety\nhttps://telegram.org/tos\n"
X_SIG = "\nX Legal\nhttps://help.x.com/rules-and-policies/x-rules\n"
YT_SIG = "\nRegards,\nThe YouTube Legal Support Team\n"
NV_SIG = "\n감사합니다.\n네이버 정책지원팀 드림\nhttps://policy.naver.com/policy/service.html\n"
KK_SIG = "\n카카오 고객센터 드림\nhttps://cs.kakao.com/helps?service=5\n"
TT_SIG = "\nTikTok Trust & Safety\nhttps://www.tiktok.com/legal/page/global/law-enforcement/en\n"

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(
    name="tg-one-sentence-three-statuses",
    **{"from": "dsa@telegram.org"},
    date="Thu, 05 Sep 2024 08:14:22 +0000",
    subject="Re: KCSC-240902-01 removal request",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""Hello,

With regard to KCSC-240902-01, {TG[0]} and {TG[1]} were removed by our moderators, while {TG[2]} could not be found because the message does not exist.

The other links in your request are still with our team.
{TG_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply giving several outcomes in one sentence",
    why="one sentence, two statuses: removed for the two ember_lane posts, not_found for grey_orchard/8",
    items={TG[0]: "removed", TG[1]: "removed", TG[2]: "not_found"},
)

case(
    name="tg-not-deleted-but-geo-blocked",
    **{"from": "dsa@telegram.org"},
    date="Fri, 06 Sep 2024 11:02:40 +0000",
    subject="Re: KCSC-240902-01 removal request",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""Dear KCSC team,

The message {TG[7]} has not been deleted. Instead, it has been made unavailable to users in the Republic of Korea under local law.

The message {TG[8]} was deleted for violating our Terms of Service.
{TG_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="Telegram reply on a country-restricted message (local-law block)",
    why="negated deletion followed by a Korea-only block: restricted, not removed; 3302 removed",
    items={TG[7]: "restricted", TG[8]: "removed"},
)

case(
    name="tg-geo-block-then-deleted",
    **{"from": "abuse@telegram.org"},
    date="Mon, 09 Sep 2024 06:40:00 +0000",
    subject="KCSC-240902-01: nightpier_kr",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""Hi,

On 5 September we restricted access to {TG[9]} from the Republic of Korea. Following a second review, the channel administrators were asked to take it down, and the message has since been deleted.

{TG[10]} remains blocked for users in Korea only.
{TG_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="Telegram follow-up after a second moderation review",
    why="later sentence revises the earlier restriction of /57 to deletion; /58 restricted",
    items={TG[9]: "removed", TG[10]: "restricted"},
)

case(
    name="tg-refusal-court-notice",
    **{"from": "dsa@telegram.org"},
    date="Sat, 07 Sep 2024 13:25:09 +0000",
    subject="Re: KCSC-240902-01 removal request",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""Hello,

We removed {TG[5]}.

We did not act on {TG[6]}: the message reproduces a court notice that is publicly available and does not violate Telegram's Terms of Service, so it will stay up.
{TG_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk refusal with its reason",
    why="removed for /240; refusal with a reason for /241 is rejected",
    items={TG[5]: "removed", TG[6]: "rejected"},
)

case(
    name="tg-respectively",
    **{"from": "dsa@telegram.org"},
    date="Sun, 08 Sep 2024 09:51:33 +0000",
    subject="Re: KCSC-240902-01 removal request",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""Dear colleagues,

The messages {TG[3]} and {TG[4]} have been, respectively, deleted and blocked for users in South Korea.
{TG_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="Telegram short outcome mail, statuses given by position",
    why="'respectively': the first URL deleted (removed), the second blocked in Korea (restricted)",
    items={TG[3]: "removed", TG[4]: "restricted"},
)

case(
    name="tg-hedge-in-relative-clause",
    **{"from": "dsa@telegram.org"},
    date="Tue, 10 Sep 2024 07:07:07 +0000",
    subject="Re: KCSC-240902-01 removal request",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""Hello,

We have removed {TG[11]} for violating our Terms of Service.

Regarding {TG[8]}, which our moderators think may be a repost of content we removed earlier, no decision has been made yet.
{TG_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk partial outcome",
    why="/64 removed; 3302 only appears with a hedge ('may be a repost of content we removed') and 'no decision yet': pending",
    items={TG[11]: "removed", TG[8]: "pending"},
)

case(
    name="tg-heading-lists",
    **{"from": "dsa@telegram.org"},
    date="Wed, 11 Sep 2024 10:30:00 +0000",
    subject="Results: KCSC-240902-01",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""Dear KCSC,

We have completed part of the review of your request KCSC-240902-01. Results:

Removed:
{TG[5]}
{TG[6]}
{TG[11]}

Could not be located (the message ID does not exist in the channel):
{TG[2]}

No violation found, no action taken:
{TG[3]}

The remaining links in your request are still being reviewed.
{TG_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="Telegram results mail grouped under headings, URLs on the lines below",
    why="status given by the heading above each URL list",
    items={TG[5]: "removed", TG[6]: "removed", TG[11]: "removed", TG[2]: "not_found", TG[3]: "rejected"},
)

csv_att = (
    "reported_url,decision,detail\n"
    f"{TG[0]},removed,Terms of Service violation\n"
    f"{TG[4]},restricted,\"Geo-restricted (KR), local law\"\n"
    f"{TG[7]},no action,\"Does not violate ToS; news report, not an advertisement\"\n"
    f"{TG[10]},not found,Message does not exist\n"
)
case(
    name="tg-csv-attachment",
    **{"from": "dsa@telegram.org"},
    date="Thu, 12 Sep 2024 05:45:10 +0000",
    subject="Re: KCSC-240902-01 removal request - decisions attached",
    reply_to_req=req_mid("KCSC-240902-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="tg558csv"

--tg558csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find our decisions on four of the links in KCSC-240902-01 in the attached file.
{TG_SIG}
--tg558csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_decisions.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_decisions.csv"
Content-Transfer-Encoding: base64

{b64(csv_att)}
--tg558csv--
""",
    outcome="applied", classification="confirmation",
    imitates="Trust-and-safety reply with a CSV decision export attached",
    why="CSV rows: removed, restricted (geo-restricted KR), no action with reason (rejected), not found",
    items={TG[0]: "removed", TG[4]: "restricted", TG[7]: "rejected", TG[10]: "not_found"},
)

case(
    name="tg-ack-phrase-plus-statement",
    **{"from": "abuse@telegram.org"},
    date="Fri, 13 Sep 2024 02:11:54 +0000",
    subject="Case #20931877 - KCSC-240902-01",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""Thank you for your report. Case #20931877 has been opened for it.

The message {TG[7]} has been removed from the channel.
{TG_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="Telegram ticket mail that already carries an outcome",
    why="acknowledgement phrase plus an unhedged removal: not a pure acknowledgement",
    items={TG[7]: "removed"},
)

case(
    name="tg-update-revises-promise",
    **{"from": "dsa@telegram.org"},
    date="Sat, 14 Sep 2024 15:30:00 +0000",
    subject="Re: KCSC-240902-01 removal request",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""Hello,

Earlier today we wrote that {TG[1]} would be taken down shortly. Update: it has now been taken down.

{TG[3]} has been passed to our legal team, who will review it this week.
{TG_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="Telegram follow-up turning an earlier promise into an outcome",
    why="'Update: it has now been taken down' revises the promise: /117 removed; grey_orchard/9 only promised a review: pending",
    items={TG[1]: "removed", TG[3]: "pending"},
)

case(
    name="x-withheld-two-refused-one",
    **{"from": "legalrequests@x.com"},
    date="Fri, 06 Sep 2024 18:20:00 +0000",
    subject="Re: KCSC-240904-02 [ref:_00D3x_5002X1k9Q:ref]",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""Hello,

In response to your request KCSC-240904-02, we have withheld the posts {X[0]} and {X[1]} in South Korea.

We have not withheld {X[2]}: after review, we concluded that it does not violate the X Rules or Korean law, as it is commentary on a public matter.

Information about country-withheld content: https://help.x.com/rules-and-policies/post-withheld-by-country
{X_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request reply (country-withheld content) with a partial refusal",
    why="two posts withheld in KR (restricted); negated withholding with a reason (rejected); help link is no item",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "rejected"},
)

case(
    name="x-table-note-correction",
    **{"from": "legalrequests@x.com"},
    date="Mon, 09 Sep 2024 20:05:44 +0000",
    subject="Re: KCSC-240904-02 outcome",
    reply_to_req=req_mid("KCSC-240904-02"),
    type="html",
    body=f"""<html><body>
<p>Hello,</p>
<p>Below is the outcome of our review of KCSC-240904-02.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action</th></tr>
<tr><td>{X[0]}</td><td>Withheld in KR</td></tr>
<tr><td>{X[3]}</td><td>Withheld in KR</td></tr>
</table>
<p>Correction to the table above: when our team went to apply the withholding, the post at {X[3]} had already been deleted by the account holder, so no withholding was applied to it. That post no longer exists.</p>
<p>X Legal</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="X outcome table followed by a correcting note",
    why="X0 withheld in KR (restricted); the note explicitly corrects the table row for X3: deleted by its author, not_found",
    items={X[0]: "restricted", X[3]: "not_found"},
)

case(
    name="x-top-posted-gmail-quote",
    **{"from": "legalrequests@x.com"},
    date="Tue, 10 Sep 2024 01:33:12 +0000",
    subject="Re: KCSC-240904-02 Request for removal of illegal content",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""Hi KCSC team,

We've withheld {X[2]} in the Republic of Korea. We're still looking at the other posts in your request and will follow up.

X Legal

On Wed, Sep 4, 2024 at 11:02 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X Legal,
>
> Under Article 44-7 of the Information and Communications Network Act we
> request the removal of the following posts (reference KCSC-240904-02):
>
> 1. {X[0]}
> 2. {X[1]}
> 3. {X[2]}
> 4. {X[3]}
>
> Please remove them and confirm by 11 September.
>
> KCSC Takedown desk
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply over the regulator's quoted request",
    why="only the top statement counts: X2 withheld in KR; the quoted list changes nothing",
    items={X[2]: "restricted", X[0]: "pending", X[1]: "pending", X[3]: "pending"},
)

case(
    name="x-angle-brackets",
    **{"from": "legalrequests@x.com"},
    date="Wed, 11 Sep 2024 16:48:02 +0000",
    subject="Re: KCSC-240904-02",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""Hello,

Outcome for two of the reported posts:

<{X[1]}>: removed for violating our rules on illegal goods and services.

<{X[3]}>: this link does not lead to any existing post; no post with this ID exists on X.
{X_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="X abuse reply with URLs in angle brackets",
    why="X1 removed; X3 does not exist (not_found)",
    items={X[1]: "removed", X[3]: "not_found"},
)

case(
    name="yt-one-sentence-mixed",
    **{"from": "legal-kr@google.com"},
    date="Mon, 09 Sep 2024 04:12:00 +0000",
    subject="Re: [KCSC-240905-03] Legal removal request",
    reply_to_req=req_mid("KCSC-240905-03"),
    body=f"""Hello,

Following our review, the video {YT[1]} has been actioned under our policies, and {YT[0]} has been blocked from view in South Korea based on local law; we were unable to find the content at {YT[2]}.
{YT_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome mail",
    why="one sentence, three statuses: actioned (removed, platform phrase), blocked in Korea (restricted), unable to find (not_found)",
    items={YT[1]: "removed", YT[0]: "restricted", YT[2]: "not_found"},
)

case(
    name="yt-age-restricted-not-removed",
    **{"from": "legal-kr@google.com"},
    date="Tue, 17 Sep 2024 07:55:31 +0000",
    subject="Re: [KCSC-240912-07] Legal removal request",
    reply_to_req=req_mid("KCSC-240912-07"),
    body=f"""Hello,

We have reviewed the video at {YT1[0]}. It will not be removed: we found that it does not violate our Community Guidelines or local law.

However, given its graphic nature, we have age-restricted the video, so it is no longer visible to viewers under 18 or to signed-out viewers.

Learn more about age-restricted content: https://support.google.com/youtube/answer/2802167
{YT_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="YouTube reply: no removal, age restriction applied",
    why="refusal to remove is overtaken by the age restriction actually applied: restricted",
    items={YT1[0]: "restricted"},
)

yt_qp_text = f"""Hello,

Thank you for contacting YouTube Legal. We reviewed the content identified in your notice KCSC-240905-03 and are writing to let you know the outcome.

We removed the following video from YouTube for violating our Community Guidelines: {YT[0]}

We decided not to take action on {YT[2]}. It is a news report about the incident and, in our view, falls within our exception for educational, documentary, scientific or artistic content.

Policy on educational and documentary content: https://support.google.com/youtube/answer/6345162

Regards,
The YouTube Legal Support Team
"""
case(
    name="yt-quoted-printable-wrapped",
    **{"from": "legal-kr@google.com"},
    date="Wed, 11 Sep 2024 09:09:09 +0000",
    subject="Re: [KCSC-240905-03] Legal removal request",
    reply_to_req=req_mid("KCSC-240905-03"),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(yt_qp_text),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome, quoted-printable body with soft-wrapped URLs",
    why="first video removed; Shorts refused with an EDSA reason (rejected)",
    items={YT[0]: "removed", YT[2]: "rejected"},
)

case(
    name="yt-dsa-statement-of-reasons",
    **{"from": "noreply-legal@youtube.com"},
    name_from="YouTube",
    date="Thu, 12 Sep 2024 12:00:00 +0000",
    subject="Statement of reasons - KCSC-240905-03",
    reply_to_req=req_mid("KCSC-240905-03"),
    body=f"""Statement of reasons

Reference: KCSC-240905-03
Content: {YT[2]}
Decision: Restriction of visibility (content blocked)
Territorial scope: Republic of Korea
Ground: Content considered illegal under local law
Detected by automated means: No
Decided by automated means: No

You may appeal this decision through our legal help centre: https://support.google.com/legal/answer/3110420
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (visibility restriction, territorial scope)",
    why="visibility restriction with territorial scope Korea: restricted",
    items={YT[2]: "restricted"},
)

case(
    name="naver-mixed-korean-particles",
    **{"from": "policy@navercorp.com"},
    date="Tue, 10 Sep 2024 02:30:00 +0000",
    subject="RE: [KCSC-240906-04] 게시물 삭제 요청 처리 결과",
    reply_to_req=req_mid("KCSC-240906-04"),
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 중 {NV[0]}은 게시중단 처리되었으며, {NV[2]}는 이미 작성자에 의해 삭제되어 존재하지 않는 게시물입니다.

나머지 게시물은 확인 후 다시 안내드리겠습니다.
{NV_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리 결과 안내 (Korean particles glued to URLs)",
    why="one sentence: 게시중단 (removed) and deleted by its author / does not exist (not_found)",
    items={NV[0]: "removed", NV[2]: "not_found"},
)

case(
    name="naver-negated-gesijungdan",
    **{"from": "policy@navercorp.com"},
    date="Wed, 11 Sep 2024 05:12:40 +0000",
    subject="RE: [KCSC-240906-04] 게시물 삭제 요청 처리 결과",
    reply_to_req=req_mid("KCSC-240906-04"),
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 중 {NV[3]} 게시물은 검토 결과 관련 법령 및 네이버 운영정책에 위반되는 내용이 확인되지 않아 게시중단 조치를 하지 않았습니다.

한편 포스트 게시물（{NV4_RAW}）은 운영자 삭제 처리되었습니다.
{NV_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 결과: 미조치 사유 안내",
    why="negated 게시중단 with a reason is a refusal (rejected); raw Korean-path post 운영자 삭제 (removed)",
    items={NV[3]: "rejected", NV[4]: "removed"},
)

case(
    name="naver-imsijochi",
    **{"from": "policy@navercorp.com"},
    date="Thu, 12 Sep 2024 01:00:00 +0000",
    subject="[네이버] 임시조치 결과 안내 (KCSC-240906-04)",
    reply_to_req=req_mid("KCSC-240906-04"),
    body=f"""안녕하세요, 네이버입니다.

{NV[1]} 게시물에 대하여 정보통신망법 제44조의2에 따라 30일간 임시조치(접근 제한)를 하였음을 알려드립니다.

임시조치 기간 중 게시자의 재게시 요청이 있는 경우 별도로 안내드리겠습니다.
{NV_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 임시조치 결과 안내 (정보통신망법 제44조의2)",
    why="임시조치(접근 제한): restricted",
    items={NV[1]: "restricted"},
)

nv_table_html = f"""<html><body>
<p>안녕하세요, 네이버 정책지원팀입니다.</p>
<p>방송통신심의위원회 시정요구(KCSC-240906-04)에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1">
<tr><th>연번</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{NV[0]}</td><td>삭제</td><td></td></tr>
<tr><td>2</td><td>{NV[1]}</td><td>접속차단</td><td>국내 IP 대상</td></tr>
<tr><td>3</td><td>{NV[2]}</td><td>미조치</td><td>게시물 없음(작성자 삭제)</td></tr>
<tr><td>4</td><td>{NV[3]}</td><td>미조치</td><td>위반 사항 없음</td></tr>
<tr><td>5</td><td>{NV[4]}</td><td>게시중단</td><td></td></tr>
</table>
<p>감사합니다.<br>네이버 정책지원팀 드림</p>
</body></html>
"""
case(
    name="naver-kcsc-table-base64",
    **{"from": "policy@navercorp.com"},
    date="Fri, 13 Sep 2024 06:20:00 +0000",
    subject="RE: [KCSC-240906-04] 시정요구 조치결과 회신",
    reply_to_req=req_mid("KCSC-240906-04"),
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(nv_table_html),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table (HTML, base64)",
    why="status column plus 비고: 삭제, 접속차단 (restricted), 미조치+게시물 없음 (not_found), 미조치+위반 없음 (rejected), 게시중단",
    items={NV[0]: "removed", NV[1]: "restricted", NV[2]: "not_found", NV[3]: "rejected", NV[4]: "removed"},
)

case(
    name="naver-outlook-quote",
    **{"from": "policy@navercorp.com"},
    date="Mon, 09 Sep 2024 08:45:00 +0000",
    subject="RE: [KCSC-240906-04] 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240906-04"),
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청하신 건 중 카페 게시글 {NV[2]} 는 블라인드 처리되었습니다. 나머지 게시물은 검토가 끝나는 대로 회신드리겠습니다.
{NV_SIG}
-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 6, 2024 9:40 AM
To: policy@navercorp.com
Subject: [KCSC-240906-04] 게시물 삭제 요청

아래 게시물은 명예훼손 정보로 판단되어 삭제를 요청합니다.

1. {NV[0]}
2. {NV[1]}
3. {NV[2]}
4. {NV[3]}
5. {NV4_RAW}

방송통신심의위원회 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply over the regulator's original request (-----Original Message-----)",
    why="only the cafe post is stated (블라인드: removed); the quoted request below changes nothing",
    items={NV[2]: "removed", NV[0]: "pending", NV[1]: "pending", NV[3]: "pending", NV[4]: "pending"},
)

case(
    name="kakao-blind-and-keep",
    **{"from": "report@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Thu, 12 Sep 2024 03:15:00 +0000",
    subject="[Daum 카페] 신고 처리 결과 안내 (KCSC-240909-05)",
    reply_to_req=req_mid("KCSC-240909-05"),
    body=f"""안녕하세요, 카카오 고객센터입니다.

신고하신 다음 카페 게시글 {KK[0]} 는 운영정책 위반으로 블라인드 처리하였습니다.

다만 {KK[1]} 게시글은 검토 결과 관련 법령이나 운영정책을 위반한 내용이 확인되지 않아 게시를 유지하기로 하였습니다.
{KK_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 신고 처리 결과 (블라인드 / 게시 유지)",
    why="블라인드 (removed); kept up because no violation found (rejected)",
    items={KK[0]: "removed", KK[1]: "rejected"},
)

case(
    name="kakao-correction",
    **{"from": "report@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Sat, 14 Sep 2024 01:40:00 +0000",
    subject="[정정] Daum 카페 신고 처리 결과 안내 (KCSC-240909-05)",
    reply_to_req=req_mid("KCSC-240909-05"),
    body=f"""안녕하세요, 카카오 고객센터입니다.

지난 9월 12일 메일에서 {KK[1]} 게시글을 삭제했다고 안내드렸으나, 이는 잘못된 안내였습니다. 해당 게시글은 삭제되지 않았으며, 국내에서의 접속만 차단(접근 제한)된 상태입니다.

혼란을 드려 죄송합니다.
{KK_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="Kakao correction of an earlier outcome mail",
    why="the earlier 'deleted' is retracted; now: not deleted, blocked in Korea only (restricted)",
    items={KK[1]: "restricted"},
)

case(
    name="tiktok-sole-no-url",
    **{"from": "legal@tiktok.com"},
    name_from="TikTok Trust & Safety",
    date="Fri, 13 Sep 2024 10:22:00 +0000",
    subject="Re: KCSC-240911-06 content report",
    reply_to_req=req_mid("KCSC-240911-06"),
    body=f"""Hi,

Thanks for your report regarding KCSC-240911-06. We reviewed the video you reported and removed it for violating our Community Guidelines on regulated goods.

Community Guidelines: https://www.tiktok.com/community-guidelines/en/
{TT_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome notice",
    why="one-item request, unhedged removal of 'the video you reported': applies to its only item",
    items={TT[0]: "removed"},
)

# ================================================================ REVIEW
case(
    name="tg-promise-scheduled",
    **{"from": "dsa@telegram.org"},
    date="Thu, 05 Sep 2024 22:10:00 +0000",
    subject="Re: KCSC-240902-01 removal request",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""Hello,

The following messages are scheduled to be removed within 24 hours:
{TG[9]}
{TG[10]}

We will confirm once the removal is complete.
{TG_SIG}""",
    outcome="review", review="not_understood",
    imitates="Telegram interim reply announcing a removal",
    why="a promise ('scheduled to be removed') is no statement: items stay pending",
    items={TG[9]: "pending", TG[10]: "pending"},
)

case(
    name="tg-bulk-all-removed",
    **{"from": "dsa@telegram.org"},
    date="Mon, 16 Sep 2024 09:00:00 +0000",
    subject="Re: KCSC-240902-01 removal request",
    reply_to_req=req_mid("KCSC-240902-01"),
    body="""Hello,

We have reviewed the links in your request KCSC-240902-01. All of the reported messages have been removed from Telegram.
""" + TG_SIG,
    outcome="review", review="bulk",
    imitates="Telegram blanket confirmation",
    why="one statement about all twelve items without naming them: bulk review",
    items={},
)

case(
    name="tg-forged-auth-fail",
    **{"from": "dsa@telegram.org"},
    auth="fail",
    date="Tue, 10 Sep 2024 23:59:01 +0000",
    subject="Re: KCSC-240902-01 removal request",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""Hello,

The messages {TG[0]} and {TG[1]} have been deleted.
{TG_SIG}""",
    outcome="review", review="untrusted",
    imitates="Telegram outcome mail, but DKIM/SPF/DMARC fail",
    why="platform domain failing authentication: not trusted",
    items={TG[0]: "pending", TG[1]: "pending"},
)

case(
    name="x-hedge-seems-deleted",
    **{"from": "legalrequests@x.com"},
    date="Thu, 12 Sep 2024 19:40:00 +0000",
    subject="Re: KCSC-240904-02",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""Hello,

Thanks for your report. The post <{X[1]}> seems to have been deleted by the user who posted it, but our systems cannot confirm this yet. We will let you know once we know more.
{X_SIG}""",
    outcome="review", review="not_understood",
    imitates="X support reply with an unconfirmed observation",
    why="'seems to have been deleted ... cannot confirm': a hedge, no statement",
    items={X[1]: "pending"},
)

case(
    name="x-summary-contradicts-table",
    **{"from": "legalrequests@x.com"},
    date="Fri, 13 Sep 2024 21:02:00 +0000",
    subject="Re: KCSC-240904-02 outcome",
    reply_to_req=req_mid("KCSC-240904-02"),
    type="html",
    body=f"""<html><body>
<p>Hello,</p>
<p>Summary: we have withheld the reported post {X[2]} in the Republic of Korea.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action</th><th>Reason</th></tr>
<tr><td>{X[2]}</td><td>No action</td><td>Does not violate the X Rules</td></tr>
</table>
<p>X Legal</p>
</body></html>""",
    outcome="review", review="conflicting_statements",
    imitates="X outcome mail whose summary and table disagree",
    why="summary says withheld, table says no action; neither says it corrects the other",
    items={X[2]: "pending"},
)

case(
    name="yt-conditional-restriction",
    **{"from": "legal-kr@google.com"},
    date="Sat, 07 Sep 2024 03:30:00 +0000",
    subject="Re: [KCSC-240905-03] Legal removal request",
    reply_to_req=req_mid("KCSC-240905-03"),
    body=f"""Hello,

If our legal team concludes that the videos at {YT[0]} and {YT[1]} are unlawful under Korean law, we will restrict them in South Korea. Until then they remain available while the review is ongoing.
{YT_SIG}""",
    outcome="review", review="not_understood",
    imitates="YouTube interim reply (conditional action, under review)",
    why="a condition and 'under review': no statement, both stay pending",
    items={YT[0]: "pending", YT[1]: "pending"},
)

case(
    name="naver-bulk-korean",
    **{"from": "policy@navercorp.com"},
    date="Sat, 14 Sep 2024 00:30:00 +0000",
    subject="RE: [KCSC-240906-04] 게시물 삭제 요청 처리 결과",
    reply_to_req=req_mid("KCSC-240906-04"),
    body="""안녕하세요, 네이버 정책지원팀입니다.

KCSC-240906-04 건으로 요청하신 게시물 5건에 대하여 모두 게시중단 조치를 완료하였습니다.
""" + NV_SIG,
    outcome="review", review="bulk",
    imitates="NAVER blanket 게시중단 완료 notice",
    why="'all five posts' without naming them, request of five items: bulk",
    items={},
)

case(
    name="naver-about-daum-post",
    **{"from": "policy@navercorp.com"},
    date="Fri, 13 Sep 2024 02:00:00 +0000",
    subject="RE: [KCSC-240909-05] 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240909-05"),
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청하신 {KK[0]} 게시물은 네이버 검색 결과에서 노출 제외(삭제) 처리하였습니다.
{NV_SIG}""",
    outcome="review", review="wrong_platform",
    imitates="NAVER search-delisting reply about another portal's post",
    why="NAVER states an outcome for a Daum cafe post (Kakao's item): wrong platform",
    items={KK[0]: "pending"},
)

case(
    name="naver-asks-documents",
    **{"from": "policy@navercorp.com"},
    date="Wed, 11 Sep 2024 07:30:00 +0000",
    subject="RE: [KCSC-240906-04] 추가 자료 요청",
    reply_to_req=req_mid("KCSC-240906-04"),
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

{NV[1]} 게시물에 대해서는 명예훼손 피해 당사자를 확인할 수 있는 자료가 필요합니다. 피해 당사자의 신고서 또는 위임장을 추가로 제출해 주시면 검토를 진행하겠습니다.
{NV_SIG}""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER 추가 소명자료 요청",
    why="asks for documents before reviewing; no status",
    items={NV[1]: "pending"},
)

case(
    name="unknown-sender-law-firm",
    **{"from": "hyunwoo.baek@baeklaw.example"},
    name_from="Baek & Partners",
    date="Mon, 16 Sep 2024 05:05:00 +0000",
    subject="KCSC-240911-06 - content taken down",
    body=f"""Dear Sir or Madam,

We act for the holder of the TikTok account @dune.sparrow. The video at {TT[0]} was taken down by our client on 13 September. We ask that you close file KCSC-240911-06.

Yours faithfully,
Hyunwoo Baek
Baek & Partners
""",
    outcome="review", review="unknown_sender",
    imitates="Letter from the uploader's lawyer",
    why="not the platform: unknown sender naming our request and URL",
    items={TT[0]: "pending"},
)

case(
    name="tg-policy-newsletter",
    **{"from": "dsa@telegram.org"},
    date="Wed, 18 Sep 2024 12:00:00 +0000",
    subject="Updated contact points for authorities",
    body="""Dear partner,

Telegram has updated its contact points for public authorities. From 1 October, requests from authorities should be sent through the form at https://telegram.org/legal/authorities. Requests sent by email will continue to be processed during a transition period.

Telegram Legal
""",
    outcome="review", review="no_claims",
    imitates="Platform notice to authorities about new contact channels",
    why="trusted platform mail, no item and no request named",
    items={},
)

case(
    name="tiktok-hedge-relative-clause",
    **{"from": "legal@tiktok.com"},
    name_from="TikTok Trust & Safety",
    date="Thu, 12 Sep 2024 14:00:00 +0000",
    subject="Re: KCSC-240911-06 content report",
    reply_to_req=req_mid("KCSC-240911-06"),
    body=f"""Hi,

The video {TT[0]}, which appears to have been deleted by its creator, will be checked again by our team before we close your report.
{TT_SIG}""",
    outcome="review", review="not_understood",
    imitates="TikTok interim report update",
    why="the only status is in a hedged relative clause ('appears to have been deleted'); main clause is a promise",
    items={TT[0]: "pending"},
)

# ================================================================ IGNORED
case(
    name="tg-out-of-office",
    **{"from": "m.varga@telegram.org"},
    name_from="Marta Varga",
    date="Mon, 02 Sep 2024 02:00:00 +0000",
    subject="Automatic reply: KCSC-240902-01 removal request",
    reply_to_req=req_mid("KCSC-240902-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Hello,

I am out of the office until 23 September with limited access to email. Requests about content are handled by dsa@telegram.org.

Marta
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="x-dsn-bounce",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    date="Wed, 04 Sep 2024 02:01:10 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn558"

--dsn558
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr-old@x.com>: host mx.x.com[203.0.113.25] said: 550 5.1.1
    <legal-kr-old@x.com>: Recipient address rejected: User unknown

--dsn558
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed, 4 Sep 2024 11:00:58 +0900

Final-Recipient: rfc822; legal-kr-old@x.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn558
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@x.com
Subject: KCSC-240904-02 Request for removal of illegal content
Message-ID: <req.KCSC-240904-02@kcsc.example>
Date: Wed, 4 Sep 2024 11:00:00 +0900
Content-Type: text/plain; charset=utf-8

Please remove the following posts:
{X[0]}
{X[1]}
{X[2]}
{X[3]}

--dsn558--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (RFC 3464)",
    why="bounce of our own request; the URLs are in the returned message",
    items={},
)

case(
    name="naver-mdn",
    **{"from": "policy@navercorp.com"},
    date="Fri, 06 Sep 2024 01:02:00 +0000",
    subject="읽음 확인: [KCSC-240906-04] 게시물 삭제 요청",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn558"

--mdn558
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지 "[KCSC-240906-04] 게시물 삭제 요청"을(를) 수신자가 2024-09-06 10:02에 읽었습니다.

--mdn558
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER Works
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <req.KCSC-240906-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn558--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Read receipt (RFC 8098 MDN) in Korean",
    why="read receipt",
    items={},
)

case(
    name="tiktok-ticket-receipt",
    **{"from": "noreply@tiktok.com"},
    name_from="TikTok",
    date="Wed, 11 Sep 2024 01:15:00 +0000",
    subject="We've received your report (KCSC-240911-06)",
    reply_to_req=req_mid("KCSC-240911-06"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hi,

We've received your report (KCSC-240911-06). Your ticket number is 58213344. Our team will review it and get back to you by email.

Please do not reply to this message.

TikTok
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok ticket receipt",
    why="pure acknowledgement with a ticket number",
    items={},
)

case(
    name="kakao-receipt-korean",
    **{"from": "cs_noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Mon, 09 Sep 2024 06:30:00 +0000",
    subject="[카카오 고객센터] 문의가 접수되었습니다",
    reply_to_req=req_mid("KCSC-240909-05"),
    body="""안녕하세요, 카카오 고객센터입니다.

보내주신 문의(KCSC-240909-05)가 정상적으로 접수되었습니다.
접수번호: 2409-118273

담당자가 순차적으로 검토한 후 답변 드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 접수 완료 안내",
    why="pure receipt with a 접수번호",
    items={},
)

case(
    name="yt-ooo-korean",
    **{"from": "jiyoon.han@google.com"},
    name_from="Jiyoon Han",
    date="Fri, 13 Sep 2024 00:05:00 +0000",
    subject="자동 회신: Re: [KCSC-240905-03] Legal removal request",
    reply_to_req=req_mid("KCSC-240905-03"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요.

9월 13일부터 9월 19일까지 휴가로 부재중입니다. 복귀 후 회신드리겠습니다.
긴급한 법률 요청은 legal-kr@google.com 으로 보내주시기 바랍니다.

한지윤 드림
""",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail vacation responder in Korean",
    why="out-of-office auto-reply",
    items={},
)


HEADER = """# Blind set 558 (tests/corpus/blind558/make.py): what a program gets wrong.
# Written from each email's meaning before any run of the reader."""


def encode_names():
    # Real mailers RFC 2047-encode non-ASCII display names; so do we (the
    # Korean Subject lines stay raw UTF-8, as RFC 6532 mail sends them, except
    # the correction mail, whose Subject is encoded too).
    for c in CASES:
        n = c.get("name_from")
        if n and not n.isascii():
            c["name_from"] = Header(n, "utf-8").encode()
        if c["name"] == "kakao-correction":
            c["subject"] = Header(c["subject"], "utf-8").encode()


def main():
    encode_names()
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
