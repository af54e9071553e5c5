#!/usr/bin/env python3
"""Blind set 354 (focus: what a program gets wrong).

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted (or corrected) by a note, statuses given by position.

    python3 tests/corpus/blind354/make.py

writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result below was written from the meaning of the email alone,
before any run of the reader.
"""
import base64
import csv
import io
import os
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
TG = "KCSC-240903-01"
XR = "KCSC-240905-02"
YT = "KCSC-240906-03"
NV = "KCSC-240909-04"
KK = "KCSC-240910-05"
TT = "KCSC-240911-06"
X1 = "KCSC-240912-07"

TG_LDC112 = "https://t.me/lucky_dragon_casino/112"
TG_LDC140 = "https://t.me/lucky_dragon_casino/140"
TG_SUN7 = "https://t.me/sunrise_pharm_kr/7"
TG_SUN19 = "https://t.me/sunrise_pharm_kr/19"
TG_NIGHT = "https://t.me/nightowl_bets"
TG_LEAF3 = "https://t.me/parcel_leaf_shop/3"
TG_LEAF41 = "https://t.me/parcel_leaf_shop/41"
TG_HAN5 = "https://t.me/hanriver_toto/5"
TG_HAN66 = "https://t.me/hanriver_toto/66"
TG_MOON = "https://t.me/moonlit_grove/208"
TG_CK12 = "https://t.me/copper_kettle_trade/12"
TG_CK13 = "https://t.me/copper_kettle_trade/13"
TG_FERN = "https://t.me/blue_fern_market/77"
TG_WILLOW = "https://t.me/silentwillow_vip/9"

X_GOLD1 = "https://x.com/gold_reef_kr/status/1829100000000000101"
X_GOLD2 = "https://x.com/gold_reef_kr/status/1829100000000000214"
X_PINE = "https://x.com/pinecone_dealz/status/1830200000000000033"
X_MAPLE = "https://x.com/maple_rune77/status/1830300000000000456"
X_QUIET = "https://x.com/quietstream_kr"
X_LANTERN = "https://x.com/lantern_bay_99/status/1832400000000000789"

YT_QM = "https://www.youtube.com/watch?v=Qm3vT8xLk2A"
YT_ZR = "https://www.youtube.com/watch?v=Zr7pN1wYc5E"
YT_SHORT = "https://www.youtube.com/shorts/Hb4kD9sTq0J"
YT_CHAN = "https://www.youtube.com/@sapphire_odds_tv"

NV_BLOG = "https://blog.naver.com/moonpetal88/223500111222"
NV_CAFE = "https://cafe.naver.com/greenhollow/5521"
NV_STAR_RAW = "https://in.naver.com/별빛토토/contents/internal/698812345"
NV_STAR = "https://in.naver.com/" + quote("별빛토토") + "/contents/internal/698812345"

KK_STONE = "https://cafe.daum.net/stonebridge77/Ab3x/215"
KK_EMBER = "https://cafe.daum.net/emberfield/Qr9z/1042"
KK_MOTH = "https://velvetmoth.tistory.com/38"

TT_123 = "https://www.tiktok.com/@jade_tiger_bet/video/7410000000000000123"
TT_456 = "https://www.tiktok.com/@jade_tiger_bet/video/7410000000000000456"

REQUESTS = [
    (TG, "telegram", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", "gambling",
     [TG_LDC112, TG_LDC140, TG_SUN7, TG_SUN19, TG_NIGHT, TG_LEAF3, TG_LEAF41,
      TG_HAN5, TG_HAN66, TG_MOON, TG_CK12, TG_CK13, TG_FERN, TG_WILLOW],
     "largest request: betting and drug channels"),
    (XR, "x", "2024-09-05T10:00:00+09:00", "2024-09-12T18:00:00+09:00", "gambling",
     [X_GOLD1, X_GOLD2, X_PINE, X_MAPLE, X_QUIET], "numbered list of five"),
    (YT, "youtube", "2024-09-06T11:00:00+09:00", "2024-09-13T18:00:00+09:00", "gambling",
     [YT_QM, YT_ZR, YT_SHORT, YT_CHAN], ""),
    (NV, "naver", "2024-09-09T10:30:00+09:00", "2024-09-16T18:00:00+09:00", "gambling",
     [NV_BLOG, NV_CAFE, NV_STAR], "one Korean path"),
    (KK, "kakao", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", "drugs",
     [KK_STONE, KK_EMBER, KK_MOTH], "Daum cafe and Tistory"),
    (TT, "tiktok", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00", "gambling",
     [TT_123, TT_456], ""),
    (X1, "x", "2024-09-12T09:30:00+09:00", "2024-09-19T18:00:00+09:00", "gambling",
     [X_LANTERN], "single item"),
]


def mid(ref):
    return "req." + ref[len("KCSC-"):]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def b64(text):
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def quoted(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)


X_REQUEST_QUOTE = quoted([
    "Dear X Legal,",
    "",
    "Under Article 44-7 of the Network Act, the Korea Communications Standards",
    "Commission asks you to remove the following content by 12 September 2024",
    f"(reference {XR}):",
    "",
    f"1. {X_GOLD1}",
    f"2. {X_GOLD2}",
    f"3. {X_PINE}",
    f"4. {X_MAPLE}",
    f"5. {X_QUIET}",
    "",
    "Please reply to this address with the action taken for each item.",
    "",
    "KCSC Takedown Desk",
])

TG_SIG = "Telegram Abuse Team\nhttps://telegram.org/tos"

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED

case(
    name="tg-removed-and-notfound-one-sentence",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 05 Sep 2024 16:12:40 +0900",
    subject=f"Re: {TG} removal request", reply_to_req=mid(TG),
    body=f"""
Hello,

Thank you for your report. We have taken down {TG_LDC112} and {TG_LDC140}, whereas {TG_SUN7} could not be found on our side, so there was nothing for us to act on.

The other links from your list are still with our moderators.

Regards,
{TG_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply answering several links in one sentence",
    why="one sentence: two links taken down, a third 'could not be found'",
    items={TG_LDC112: "removed", TG_LDC140: "removed", TG_SUN7: "not_found"},
)

case(
    name="tg-hedge-in-relative-clause",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Fri, 06 Sep 2024 09:40:03 +0900",
    subject=f"Re: {TG} removal request", reply_to_req=mid(TG),
    body=f"""
Hi,

We have removed the post {TG_LEAF3}; it offered controlled substances for sale.

The second post from the same channel, {TG_LEAF41}, which may already have been deleted by the channel's administrator, is being checked again. We will write back once we know more.

{TG_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with a partial outcome",
    why="/3 removed; /41 only 'may already have been deleted' in a relative clause and 'being checked': pending",
    items={TG_LEAF3: "removed", TG_LEAF41: "pending"},
)

case(
    name="tg-negation-and-disabled",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Fri, 06 Sep 2024 14:21:55 +0900",
    subject=f"Re: {TG} removal request", reply_to_req=mid(TG),
    body=f"""
Dear KCSC,

Our moderators examined {TG_MOON} and found nothing in it that breaks the Telegram Terms of Service (https://telegram.org/tos), so it has not been removed and stays available.

The posts {TG_HAN5} and {TG_HAN66} were a different matter: both advertised unlicensed betting and have been disabled.

Best,
{TG_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with a refusal and a takedown",
    why="'has not been removed and stays available' with its reason is a refusal; two others disabled",
    items={TG_MOON: "rejected", TG_HAN5: "removed", TG_HAN66: "removed"},
)

case(
    name="tg-correction-of-earlier-reply",
    **{"from": "m.kowalski@telegram.org"}, name_from="Marta Kowalski",
    date="Sat, 07 Sep 2024 18:05:12 +0900",
    subject=f"Correction: Re: {TG} removal request", reply_to_req=mid(TG),
    body=f"""
Dear KCSC team,

In this morning's reply I wrote that {TG_CK12} could not be found. That was a mistake on my part: the message had been forwarded into the channel under a new id. We located it and it has now been removed.

{TG_CK13} has also been removed.

Apologies for the confusion.

Marta
{TG_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk agent correcting her own earlier reply",
    why="the earlier 'could not be found' is reported and withdrawn; the statement now is removed",
    items={TG_CK12: "removed", TG_CK13: "removed"},
)

case(
    name="tg-edit-before-sending",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Sun, 08 Sep 2024 11:47:30 +0900",
    subject=f"Re: {TG} removal request", reply_to_req=mid(TG),
    body=f"""
Status for two of the links in request {TG}:

{TG_HAN5} - not found, the message id does not exist in that channel.
{TG_HAN66} - not found.

EDIT before sending: a colleague has just pointed out that /66 was re-posted and is live under the same id after all. It has been blocked for all users now, so please treat {TG_HAN66} as removed.

{TG_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply amended before it was sent",
    why="/5 not found; /66 first 'not found' then revised by a later paragraph to blocked for all users",
    items={TG_HAN5: "not_found", TG_HAN66: "removed"},
)

case(
    name="x-by-position-quoted-list",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 08:15:44 +0900",
    subject=f"Re: {XR} - request for removal of illegal content", reply_to_req=mid(XR),
    body=f"""
Hello,

We reviewed the five items in your request, in the order you listed them:

Items 1, 2 and 4: removed for violating the X Rules on illegal and regulated goods.
Item 3: we found no violation of the X Rules or of Korean law, so it stays up.
Item 5: the account has been permanently suspended.

X Legal

On Thu, Sep 5, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{X_REQUEST_QUOTE}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply answering a numbered request by item number, Gmail quote below",
    why="statuses by position: the numbers refer to the quoted numbered list of the same request",
    items={X_GOLD1: "removed", X_GOLD2: "removed", X_PINE: "rejected",
           X_MAPLE: "removed", X_QUIET: "removed"},
)

case(
    name="x-withheld-and-declined",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 17:30:02 +0900",
    subject=f"Re: {XR}", reply_to_req=mid(XR),
    body=f"""
Thanks for your patience. Having looked at the reported posts:

- {X_GOLD1} has been withheld in South Korea in response to your request. It remains visible outside Korea.
- {X_MAPLE}: we are declining to act on this post. It is commentary on a news event and, in our view, breaks neither the X Rules nor the law you cited.

If you disagree with this decision you can reply with further legal analysis. Our approach to country withheld content is described at https://help.x.com/en/rules-and-policies/post-withheld-by-country.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld notice combined with a reasoned refusal",
    why="one post withheld in Korea (restricted), one refused with a reason (rejected); help page is no item",
    items={X_GOLD1: "restricted", X_MAPLE: "rejected"},
)

case(
    name="x-sole-item-removed",
    **{"from": "safety-reply@x.com"}, name_from="X Safety",
    date="Fri, 13 Sep 2024 10:02:19 +0900",
    subject=f"Re: {X1}", reply_to_req=mid(X1),
    body=f"""
Hello,

We have removed the post you reported under reference {X1}. It violated our rules on the promotion of illegal gambling.

X Safety
""",
    outcome="applied", classification="confirmation",
    imitates="X report outcome email for a single post",
    why="names no URL but answers a one-item request with an unhedged 'removed'",
    items={X_LANTERN: "removed"},
)

YT_TABLE_HTML = f"""<html><body style="font-family:Roboto,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Thank you for your request <b>{YT}</b>. We reviewed each item against our Community Guidelines and local law. The result for each item is below.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Content</th><th>Action taken</th></tr>
<tr><td><a href="{YT_QM}">{YT_QM}</a></td><td>Removed (harmful or dangerous content)</td></tr>
<tr><td><a href="{YT_ZR}">{YT_ZR}</a></td><td>Age-restricted</td></tr>
<tr><td><a href="{YT_SHORT}">{YT_SHORT}</a></td><td>Blocked in South Korea</td></tr>
<tr><td><a href="{YT_CHAN}">{YT_CHAN}</a></td><td>No action &ndash; no violation found</td></tr>
</table>
<p>You can read more about our policies at <a href="https://support.google.com/youtube/answer/2801964">YouTube Help</a>.</p>
<p>Regards,<br>YouTube Legal Support</p>
</body></html>"""

case(
    name="yt-html-table-four-outcomes",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 15:44:08 +0900",
    subject=f"[{YT}] Outcome of your legal request", reply_to_req=mid(YT),
    type="html", body=YT_TABLE_HTML,
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome email with a per-URL table",
    why="four rows: removed, age-restricted, blocked in Korea, no action",
    items={YT_QM: "removed", YT_ZR: "restricted", YT_SHORT: "restricted", YT_CHAN: "rejected"},
)

YT_NOTE_TEXT = f"""Hello,

Here is the current status of request {YT}:

Content                                         Status
{YT_QM}     Removed
{YT_ZR}     Under review

Update 13 Sep: since this summary was generated, the video Zr7pN1wYc5E has been removed for violating our policy on the sale of regulated goods.

YouTube Legal Support
"""
YT_NOTE_HTML = f"""<html><body>
<p>Hello,</p><p>Here is the current status of request {YT}:</p>
<table border="1" cellpadding="4"><tr><th>Content</th><th>Status</th></tr>
<tr><td>{YT_QM}</td><td>Removed</td></tr>
<tr><td>{YT_ZR}</td><td>Under review</td></tr></table>
<p><i>Update 13 Sep: since this summary was generated, the video Zr7pN1wYc5E has been removed for violating our policy on the sale of regulated goods.</i></p>
<p>YouTube Legal Support</p></body></html>"""

case(
    name="yt-table-then-update-note",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 16:20:51 +0900",
    subject=f"[{YT}] Status update", reply_to_req=mid(YT),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="yt-alt-0913"

--yt-alt-0913
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{YT_NOTE_TEXT}
--yt-alt-0913
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{YT_NOTE_HTML}
--yt-alt-0913--
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube status summary with a dated update line under the table",
    why="table says 'Under review' for Zr7, the dated note below it says removed since: the later statement wins",
    items={YT_QM: "removed", YT_ZR: "removed"},
)

case(
    name="naver-mixed-one-sentence",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 고객센터",
    date="Wed, 11 Sep 2024 13:05:27 +0900",
    subject=f"[NAVER] 게시중단 요청({NV}) 처리 결과 안내", reply_to_req=mid(NV),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 건({NV})의 처리 결과를 알려드립니다.

요청하신 게시물 중 {NV_BLOG} 은(는) 게시중단 조치하였으며, {NV_CAFE} 은(는) 작성자가 이미 삭제하여 확인되지 않습니다.

나머지 1건은 검토가 끝나는 대로 다시 안내드리겠습니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리 결과 안내 메일",
    why="one Korean sentence: blog 게시중단 (removed), cafe post already deleted by its author (not_found)",
    items={NV_BLOG: "removed", NV_CAFE: "not_found", NV_STAR: "pending"},
)

case(
    name="naver-korean-url-with-particle",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 고객센터",
    date="Thu, 12 Sep 2024 10:11:09 +0900",
    subject=f"[NAVER] 임시조치 안내 ({NV})", reply_to_req=mid(NV),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

{NV_STAR_RAW}에 대하여 정보통신망법 제44조의2에 따라 30일간 임시조치하였습니다.
임시조치 기간 동안 해당 게시물은 이용자에게 노출되지 않습니다.

나머지 게시물은 검토 중이며 결과가 나오는 대로 회신드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 임시조치 안내 메일",
    why="raw Korean path followed directly by the particle 에; 30일 임시조치 is restricted",
    items={NV_STAR: "restricted"},
)

case(
    name="kakao-refusal-and-private-korean",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Thu, 12 Sep 2024 15:33:40 +0900",
    subject=f"[카카오] 시정요구({KK}) 조치 결과 회신", reply_to_req=mid(KK),
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

요청하신 게시물에 대한 조치 결과를 아래와 같이 회신드립니다.

{KK_STONE} 게시물은 검토 결과 운영정책 및 관련 법령 위반 사항이 확인되지 않아 별도의 조치를 하지 않았습니다.

{KK_MOTH} 게시물은 비공개 처리하였습니다.

문의 사항은 이 메일로 회신 주시기 바랍니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao (Daum/Tistory) 시정요구 조치 결과 회신",
    why="Daum cafe post: no violation, no action (rejected); Tistory post 비공개 처리 (removed)",
    items={KK_STONE: "rejected", KK_MOTH: "removed"},
)

case(
    name="tiktok-statement-of-reasons",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Fri, 13 Sep 2024 19:02:45 +0900",
    subject=f"Decision on your report {TT}", reply_to_req=mid(TT),
    body=f"""
Decision notice - reference {TT}

Content:
{TT_123}
Decision: access restricted in the Republic of Korea
Scope: the video remains available in other countries
Ground: incompatible with local law (Network Act, Art. 44-7)
Automated means used in the decision: no

Content:
{TT_456}
Decision: removed globally
Ground: violates our Community Guidelines (gambling)
Automated means used in the decision: no

Both the creator and the reporter have been told of these decisions. Information on appeals: https://www.tiktok.com/legal/page/global/appeals

TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok decision notice in the shape of a DSA statement of reasons",
    why="URL on its own line, decision on the line below: restricted in Korea, removed globally",
    items={TT_123: "restricted", TT_456: "removed"},
)

TG_CSV = f"""link,result,comment
{TG_FERN},removed,
{TG_WILLOW},no violation,"news repost, left online"
{TG_CK12},not found,message id does not exist
{TG_NIGHT},blocked,channel blocked for all users
"""

case(
    name="tg-csv-attachment",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Sat, 07 Sep 2024 12:30:00 +0900",
    subject=f"Re: {TG} removal request", reply_to_req=mid(TG),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="tg-mix-77"

--tg-mix-77
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Thank you for your report, which we received on 3 September. The outcome
for each of the links we have finished reviewing is in the attached file.

{TG_SIG}

--tg-mix-77
Content-Type: text/csv; charset=utf-8; name="kcsc-240903-01-results.csv"
Content-Disposition: attachment; filename="kcsc-240903-01-results.csv"
Content-Transfer-Encoding: base64

{b64(TG_CSV)}
--tg-mix-77--
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply with a CSV of per-link results",
    why="CSV rows: removed, no violation (rejected), not found, channel blocked for all users (removed)",
    items={TG_FERN: "removed", TG_WILLOW: "rejected", TG_CK12: "not_found", TG_NIGHT: "removed"},
)

case(
    name="tg-headings-urls-below",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Mon, 09 Sep 2024 10:18:22 +0900",
    subject=f"Re: {TG} removal request", reply_to_req=mid(TG),
    body=f"""
Hello,

The following content has been removed:
{TG_FERN}
{TG_LEAF3}

The following could not be located (the links appear to be invalid):
{TG_WILLOW}

{TG_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with status headings and URLs below",
    why="headings give the status; 'appear to be invalid' is a parenthetical on an unhedged 'could not be located'",
    items={TG_FERN: "removed", TG_LEAF3: "removed", TG_WILLOW: "not_found"},
)

case(
    name="tg-qp-channel-terminated",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Wed, 04 Sep 2024 21:55:10 +0900",
    subject=f"Re: {TG} removal request", reply_to_req=mid(TG),
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Hello,

Thank you for your report. We have received it and reviewed the channel in =
question.

The channel https://t.me/night=
owl_bets has been terminated for repeated violations of our Terms of Servic=
e =E2=80=94 it is no longer accessible to anyone.

The remaining links from KCSC-240903-01 are still under review.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply sent quoted-printable",
    why="acknowledgement phrase plus an unhedged 'terminated'; the URL is split by a QP soft break",
    items={TG_NIGHT: "removed"},
)

case(
    name="x-top-posted-over-gmail-quote",
    **{"from": "jae.park@x.com"}, name_from="Jae Park",
    date="Tue, 10 Sep 2024 11:09:33 +0900",
    subject=f"Re: {XR} - request for removal of illegal content", reply_to_req=mid(XR),
    body=f"""
Hi,

An update on your request:
The post <{X_GOLD2}> has been withheld in South Korea.
The account <{X_QUIET}> has been suspended.

We have not yet reached a decision on the other posts.

Regards,
Jae
X Global Government Affairs

On Thu, Sep 5, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{X_REQUEST_QUOTE}
""",
    outcome="applied", classification="confirmation",
    imitates="X staff reply top-posted over the quoted request",
    why="two statements in angle brackets; the other URLs appear only in the quote and stay pending",
    items={X_GOLD2: "restricted", X_QUIET: "removed", X_GOLD1: "pending",
           X_PINE: "pending", X_MAPLE: "pending"},
)

YT_B64_TEXT = f"""Hello,

Following review of the content listed in your request {YT}, we have blocked access from South Korea to {YT_QM} under local law.

The video {YT_ZR} was already deleted by its uploader before we reached it, so there was nothing left for us to act on.

How we handle government removal requests: https://transparencyreport.google.com/government-removals

YouTube Legal Support
"""

case(
    name="yt-base64-geoblock-and-gone",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 09:27:14 +0900",
    subject=f"[{YT}] Outcome of your legal request", reply_to_req=mid(YT),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(YT_B64_TEXT)}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome email (base64 body)",
    why="one video blocked from Korea (restricted), one already deleted by its uploader (not_found)",
    items={YT_QM: "restricted", YT_ZR: "not_found"},
)

NV_TABLE_HTML = f"""<html><body style="font-family:'Nanum Gothic',sans-serif">
<p>안녕하세요. 네이버 고객센터입니다.</p>
<p>방송통신심의위원회 시정요구({NV})에 대한 조치 결과를 아래와 같이 알려드립니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>번호</th><th>URL</th><th>조치결과</th></tr>
<tr><td>1</td><td>{NV_BLOG}</td><td>게시중단</td></tr>
<tr><td>2</td><td>{NV_STAR_RAW}</td><td>임시조치(30일)</td></tr>
<tr><td>3</td><td>{NV_CAFE}</td><td>위반사항 없음(조치 불가)</td></tr>
</table>
<p>※ 3번 게시물은 재검토 결과 불법 도박 광고로 확인되어 9월 13일 삭제 처리되었습니다.</p>
<p>감사합니다.</p>
</body></html>"""

case(
    name="naver-table-footnote-revision",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 고객센터",
    date="Fri, 13 Sep 2024 17:48:00 +0900",
    subject=f"[NAVER] 시정요구 조치결과 ({NV})", reply_to_req=mid(NV),
    type="html", body=NV_TABLE_HTML,
    outcome="applied", classification="confirmation",
    imitates="Korean portal 시정요구 조치결과 table with a footnote",
    why="table row 3 says no violation, the footnote says it was deleted after re-review: the footnote revises the row",
    items={NV_BLOG: "removed", NV_STAR: "restricted", NV_CAFE: "removed"},
)

case(
    name="tg-restricted-but-not-removed",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Tue, 10 Sep 2024 08:02:37 +0900",
    subject=f"Re: {TG} removal request", reply_to_req=mid(TG),
    body=f"""
Hello,

{TG_SUN19} has been restricted for users in South Korea but not removed, and {TG_SUN7} has been removed entirely.

{TG_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with a country restriction",
    why="one sentence: 'restricted ... but not removed' (restricted) and 'removed entirely' (removed)",
    items={TG_SUN19: "restricted", TG_SUN7: "removed"},
)

case(
    name="x-hedged-cause-firm-status",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 16:40:12 +0900",
    subject=f"Re: {XR}", reply_to_req=mid(XR),
    body=f"""
Hello,

The post {X_PINE}, which we believe the user may have deleted themselves, could not be found when our team checked it.

{X_MAPLE} has been removed.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply explaining a missing post",
    why="the hedge is about who deleted it; 'could not be found' itself is unhedged",
    items={X_PINE: "not_found", X_MAPLE: "removed"},
)

case(
    name="kakao-respectively-korean",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Fri, 13 Sep 2024 11:20:05 +0900",
    subject=f"[카카오] 시정요구({KK}) 처리 결과", reply_to_req=mid(KK),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

신고하신 3건의 게시물({KK_STONE}, {KK_EMBER}, {KK_MOTH})은 각각 블라인드, 임시조치, 게시물 없음으로 처리되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 신고 처리 결과 메일",
    why="statuses by position (각각): 블라인드 removed, 임시조치 restricted, 게시물 없음 not_found",
    items={KK_STONE: "removed", KK_EMBER: "restricted", KK_MOTH: "not_found"},
)

case(
    name="tg-echoed-report-no-action",
    **{"from": "noreply@telegram.org"}, name_from="Telegram",
    date="Thu, 05 Sep 2024 20:14:48 +0900",
    subject="Your report has been reviewed",
    extra_headers=[f"X-Report-Reference: {TG}"],
    body=f"""
Your report
-----------
Reported link: {TG_MOON}
Reason given: illegal gambling advertising
Reference: {TG}
Submitted: 3 Sep 2024

Our decision
------------
No action taken. After review, this content does not violate the Telegram Terms of Service and will remain available.

This is an automated message, please do not reply.
""",
    outcome="applied", classification="confirmation",
    imitates="report-outcome notification echoing the submitted report",
    why="echoed report then 'No action taken ... does not violate': rejected; 'automated message' is no auto-reply",
    items={TG_MOON: "rejected"},
)

case(
    name="yt-not-removed-but-age-restricted",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 14:14:14 +0900",
    subject=f"[{YT}] Outcome of your legal request", reply_to_req=mid(YT),
    body=f"""
Hello,

We have not removed {YT_SHORT}. Instead, after review, we have applied an age restriction to it.

The channel {YT_CHAN} has been terminated for violating our spam, deceptive practices and scams policies.

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome email",
    why="'not removed ... instead age restriction' is restricted; channel terminated is removed",
    items={YT_SHORT: "restricted", YT_CHAN: "removed"},
)

case(
    name="tiktok-removed-and-left-up-wrapped",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Sat, 14 Sep 2024 10:30:59 +0900",
    subject=f"Re: {TT}", reply_to_req=mid(TT),
    body="""
Hello,

Of the two videos you reported under KCSC-240911-06, we removed
<https://www.tiktok.com/@jade_tiger_bet/video/7410000000000000123>
and left
<https://www.tiktok.com/@jade_tiger_bet/
video/7410000000000000456>
up, because it does not violate our Community Guidelines or Korean law.

Kind regards,
Hana
TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok trust-and-safety agent reply with a client-wrapped URL in angle brackets",
    why="one sentence: first video removed, second left up for a stated reason (rejected); second URL wrapped inside <>",
    items={TT_123: "removed", TT_456: "rejected"},
)

case(
    name="x-korean-fullwidth-parens",
    **{"from": "support-kr@x.com"}, name_from="X 고객지원",
    date="Sat, 14 Sep 2024 13:03:21 +0900",
    subject=f"Re: {X1} 신고 처리 결과", reply_to_req=mid(X1),
    body=f"""
안녕하세요. X 고객지원팀입니다.

신고하신 게시물（{X_LANTERN}）은 대한민국에서 볼 수 없도록 제한 조치되었습니다。 다른 국가에서는 계속 표시됩니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="X Korean-language country-withheld notice",
    why="URL inside full-width parentheses; withheld in Korea only is restricted",
    items={X_LANTERN: "restricted"},
)

# ================================================================ REVIEW

case(
    name="tg-promise-within-24h",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Wed, 04 Sep 2024 13:13:13 +0900",
    subject=f"Re: {TG} removal request", reply_to_req=mid(TG),
    body=f"""
Hello,

Thank you for the report. The posts {TG_LDC112} and {TG_LDC140} will be removed within 24 hours, once a second moderator has confirmed the decision.

{TG_SIG}
""",
    outcome="review", review="not_understood",
    imitates="abuse-desk reply promising action",
    why="'will be removed ... once confirmed' is a promise, not a statement",
    items={TG_LDC112: "pending", TG_LDC140: "pending"},
)

case(
    name="yt-appears-taken-down",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 18:25:40 +0900",
    subject=f"[{YT}] Your legal request", reply_to_req=mid(YT),
    body=f"""
Hello,

According to our records, the video {YT_QM} appears to have been taken down already. We are confirming this with the responsible team and will follow up with you.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support interim reply",
    why="'appears to have been taken down' is a hedge still being confirmed",
    items={YT_QM: "pending"},
)

case(
    name="x-bulk-all-removed",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 22:41:00 +0900",
    subject=f"Re: {XR}", reply_to_req=mid(XR),
    body=f"""
Hello,

We have reviewed your request {XR} and removed all of the reported content.

X Legal
""",
    outcome="review", review="bulk",
    imitates="X legal one-line outcome for a whole request",
    why="a statement about all items of a five-item request without naming any",
    items={X_GOLD1: "pending", X_GOLD2: "pending", X_PINE: "pending", X_MAPLE: "pending", X_QUIET: "pending"},
)

case(
    name="naver-bulk-korean",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 고객센터",
    date="Tue, 10 Sep 2024 16:00:00 +0900",
    subject=f"[NAVER] 게시중단 요청({NV}) 처리 완료", reply_to_req=mid(NV),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

요청하신 건({NV})의 게시물 전체에 대하여 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER 게시중단 완료 안내 (request-level)",
    why="'게시물 전체' for a three-item request, no item named",
    items={NV_BLOG: "pending", NV_CAFE: "pending", NV_STAR: "pending"},
)

case(
    name="tg-dmarc-fail",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse", auth="fail",
    date="Sun, 08 Sep 2024 07:55:01 +0900",
    subject=f"Re: {TG} removal request", reply_to_req=mid(TG),
    body=f"""
Hello,

We have removed {TG_FERN} and {TG_WILLOW}.

{TG_SIG}
""",
    outcome="review", review="untrusted",
    imitates="Telegram abuse-desk reply failing DKIM/SPF/DMARC",
    why="platform domain but authentication failed",
    items={TG_FERN: "pending", TG_WILLOW: "pending"},
)

case(
    name="tiktok-lookalike-domain",
    **{"from": "support@tiktok-safety-center.com"}, name_from="TikTok Safety Center",
    date="Thu, 12 Sep 2024 12:12:00 +0900",
    subject=f"Your report {TT} has been resolved",
    body=f"""
Dear reporter,

Your report {TT} has been resolved. The video {TT_123} has been removed from TikTok.

TikTok Safety Center
""",
    outcome="review", review="unknown_sender",
    imitates="look-alike 'safety center' mail about a real report",
    why="sender domain is not TikTok's; names our request and an item",
    items={TT_123: "pending"},
)

case(
    name="kakao-daum-search-naver-item",
    **{"from": "search-policy@kakaocorp.com"}, name_from="Daum 검색 정책팀",
    date="Wed, 11 Sep 2024 11:45:19 +0900",
    subject=f"Re: 검색 노출 제한 요청 ({NV})", reply_to_req=mid(NV),
    body=f"""
안녕하세요, Daum 검색 정책팀입니다.

요청하신 {NV_BLOG} 게시물은 Daum 검색 결과에 노출되지 않도록 제한 조치하였습니다.

원문 게시물의 삭제는 해당 서비스 운영자(네이버)에 요청해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Daum search delisting notice for another portal's page",
    why="Kakao states a restriction for a NAVER item (search delisting only)",
    items={NV_BLOG: "pending"},
)

TT_CONFLICT_HTML = f"""<html><body>
<p>Hello,</p>
<p>Thank you for your report <b>{TT}</b>. Summary of the action taken:</p>
<table border="1" cellpadding="5"><tr><th>Reported video</th><th>Action</th></tr>
<tr><td>{TT_456}</td><td>Content removed</td></tr></table>
<p>Please note: the video {TT_456} did not violate our Community Guidelines and remains available on TikTok.</p>
<p>TikTok Trust &amp; Safety</p>
</body></html>"""

case(
    name="tiktok-table-contradicts-note",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Thu, 12 Sep 2024 18:06:30 +0900",
    subject=f"Update on your report {TT}", reply_to_req=mid(TT),
    type="html", body=TT_CONFLICT_HTML,
    outcome="review", review="conflicting_statements",
    imitates="TikTok report summary whose template row and agent note disagree",
    why="table says removed, the note says no violation and still available; nothing says which is later",
    items={TT_456: "pending"},
)

case(
    name="kakao-asks-for-decision-copy",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Wed, 11 Sep 2024 09:58:44 +0900",
    subject=f"[카카오] 시정요구({KK}) 관련 자료 요청", reply_to_req=mid(KK),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 건({KK})을 처리하기 위해서는 해당 게시물에 대한 위원회 심의 의결서 사본이 필요합니다.
대상 게시물: {KK_EMBER}

회신 메일에 첨부해 주시면 확인 후 처리하겠습니다.

감사합니다.
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="Kakao 권리침해신고센터 서류 보완 요청",
    why="asks for the Commission's decision before acting; no status",
    items={KK_EMBER: "pending"},
)

case(
    name="google-portal-change-notice",
    **{"from": "gov-requests-noreply@google.com"}, name_from="Google Legal",
    date="Mon, 16 Sep 2024 09:00:00 +0900",
    subject="Changes to the legal removals portal for government submitters",
    body="""
Hello,

From 1 October 2024, government agencies will need to sign in to the Legal Removals portal (https://support.google.com/legal/answer/3110420) with a verified account before submitting new requests. Requests already submitted are not affected.

If you have questions about the change, please reply to this message.

Google Legal
""",
    outcome="review", classification="other", review="no_claims",
    imitates="platform notice to government submitters about a portal change",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="tg-conditional-restriction",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Tue, 10 Sep 2024 19:30:20 +0900",
    subject=f"Re: {TG} removal request", reply_to_req=mid(TG),
    body=f"""
Hello,

We have warned the administrator of the channel. {TG_WILLOW} will be restricted for users in Korea if the administrator does not remove it within 48 hours of our warning.

{TG_SIG}
""",
    outcome="review", review="not_understood",
    imitates="abuse-desk reply describing a warning to the channel owner",
    why="a conditional future restriction is no statement",
    items={TG_WILLOW: "pending"},
)

# ================================================================ IGNORED

case(
    name="tg-out-of-office",
    **{"from": "m.kowalski@telegram.org"}, name_from="Marta Kowalski",
    date="Wed, 04 Sep 2024 08:01:00 +0900",
    subject=f"Automatic reply: {TG} removal request", reply_to_req=mid(TG),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until 16 September with limited access to email.
For urgent abuse matters please write to abuse@telegram.org.

Marta
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="google-dsn-address-not-found",
    **{"from": "mailer-daemon@googlemail.com"}, name_from="Mail Delivery Subsystem",
    date="Fri, 06 Sep 2024 11:00:42 +0900",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-0906"

--dsn-0906
Content-Type: text/plain; charset=utf-8

Your message wasn't delivered to legal-kr-old@google.com because the address
couldn't be found, or is unable to receive mail.

--dsn-0906
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Fri, 06 Sep 2024 11:00:40 +0900

Final-Recipient: rfc822; legal-kr-old@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--dsn-0906
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@google.com
Subject: {YT} request for removal of illegal content
Message-ID: <{mid(YT)}@kcsc.example>
Date: Fri, 06 Sep 2024 11:00:00 +0900

--dsn-0906--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail delivery status notification (address not found)",
    why="DSN bounce",
    items={},
)

case(
    name="naver-read-receipt",
    **{"from": "kim.sora@navercorp.com"}, name_from="김소라",
    date="Mon, 09 Sep 2024 14:02:11 +0900",
    subject=f"읽음 확인: {NV} 게시중단 요청", reply_to_req=mid(NV),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-nv-0909"

--mdn-nv-0909
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "{NV} 게시중단 요청"을(를) 2024-09-09 14:02에 읽었습니다.

--mdn-nv-0909
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com
Final-Recipient: rfc822; kim.sora@navercorp.com
Original-Message-ID: <{mid(NV)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-nv-0909--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean mail client read receipt (MDN)",
    why="read receipt",
    items={},
)

case(
    name="tiktok-ticket-receipt",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok Support",
    date="Wed, 11 Sep 2024 10:05:31 +0900",
    subject=f"We've received your report [{TT}]", reply_to_req=mid(TT),
    body=f"""
Hi,

We've received your report ({TT}). Ticket number: TT-2409-558102.

A member of our team will review it and reply to this address. Please keep the ticket number in the subject line of any follow-up.

TikTok Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket-system receipt",
    why="pure acknowledgement with a ticket number",
    items={},
)

case(
    name="naver-out-of-office-korean",
    **{"from": "lee.jiho@navercorp.com"}, name_from="이지호",
    date="Mon, 09 Sep 2024 10:31:00 +0900",
    subject=f"[자동응답] Re: {NV} 게시중단 요청", reply_to_req=mid(NV),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요.
9월 9일부터 9월 18일까지 추석 연휴 및 휴가로 부재 중입니다.
급한 업무는 policy@navercorp.com 으로 연락 부탁드립니다.

이지호 드림
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="yt-case-number-ack",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 11:20:09 +0900",
    subject=f"[{YT}] We've received your legal request", reply_to_req=mid(YT),
    body="""
Hello,

Thank you for submitting your request. We have received it and assigned it case number 4-8812000031175. Please keep this number for any further correspondence about this request.

YouTube Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal request receipt",
    why="pure acknowledgement with a case number",
    items={},
)

case(
    name="tiktok-outlook-ndr",
    **{"from": "postmaster@tiktok.com"}, name_from="Microsoft Outlook",
    date="Wed, 11 Sep 2024 10:01:12 +0900",
    subject=f"Undeliverable: {TT} request for removal",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="ndr-tt-0911"

--ndr-tt-0911
Content-Type: text/plain; charset=utf-8

Delivery has failed to these recipients or groups:

legal-kr-archive@tiktok.com
The recipient's mailbox is full and can't accept messages now.

--ndr-tt-0911
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.tiktok.com

Final-Recipient: rfc822; legal-kr-archive@tiktok.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 mailbox full

--ndr-tt-0911
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
Subject: {TT} request for removal
Message-ID: <{mid(TT)}@kcsc.example>

--ndr-tt-0911--
""",
    outcome="ignored", classification="bounce",
    imitates="Outlook/Exchange non-delivery report",
    why="NDR bounce",
    items={},
)


HEADER = f"""# Blind set 354 (focus: what a program gets wrong), written by
# tests/corpus/blind354/make.py before any run of the reader. Requests in
# requests.csv ({TG} is the largest, 14 items); config in config.toml."""


def encode_names():
    # Non-ASCII display names go out RFC 2047-encoded, as mail clients send them.
    for c in CASES:
        n = c.get("name_from")
        if n and not n.isascii():
            c["name_from"] = Header(n, "utf-8").encode()


def main():
    encode_names()
    write_requests()
    corpuslib.write_set(HERE, "blind354", HEADER, CASES)


if __name__ == "__main__":
    main()
