#!/usr/bin/env python3
"""Blind corpus set blind300: "what a program gets wrong".

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
corrected (or contradicted) by a note, statuses given by position.

    python3 tests/corpus/blind300/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml beside
this file. Expected results were written from each email's meaning alone,
before any run of the reader.
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
STAR_RAW = "https://in.naver.com/별빛상점/contents/7712"
STAR = "https://in.naver.com/" + quote("별빛상점") + "/contents/7712"

X = {
    1: "https://x.com/greyfinch_kr/status/1832104455617223301",
    2: "https://x.com/greyfinch_kr/status/1832104981102930177",
    3: "https://x.com/pale_orchard/status/1831877320458841602",
    4: "https://x.com/pale_orchard/status/1831990276613554944",
    5: "https://x.com/nocturne_deals/status/1832250014476005519",
    6: "https://x.com/nocturne_deals/status/1832251187940147456",
    7: "https://x.com/saltmarsh_99/status/1831562209983275008",
    8: "https://x.com/saltmarsh_99/status/1831570045512368129",
    9: "https://x.com/ember_ledger/status/1832300871157436610",
    10: "https://x.com/ember_ledger/status/1832301406620622848",
    11: "https://x.com/tidewatch_kr/status/1831720954421428224",
    12: "https://x.com/tidewatch_kr/status/1831722385706311680",
    13: "https://x.com/quillmoss/status/1832015530048106497",
    14: "https://x.com/quillmoss/status/1832017762380927001",
}
TG = {
    1: "https://t.me/harbor_lantern/412",
    2: "https://t.me/harbor_lantern/415",
    3: "https://t.me/velvet_exchange_kr/2088",
    4: "https://t.me/velvet_exchange_kr/2091",
}
YT = {
    1: "https://www.youtube.com/watch?v=q7Lm2XbT0aE",
    2: "https://www.youtube.com/watch?v=Zr4kP9wNc1U",
    3: "https://www.youtube.com/shorts/hV3tQe8yL0s",
}
NV = {
    1: "https://blog.naver.com/ondal_street/223571840012",
    2: "https://blog.naver.com/ondal_street/223572006645",
    3: "https://cafe.naver.com/mintbazaar/58201",
    4: "https://cafe.naver.com/mintbazaar/58344",
    5: STAR,
}
KK = {
    1: "https://cafe.daum.net/nightmarket77/Bx3k/118",
    2: "https://quietfox.tistory.com/88",
}
TT = "https://www.tiktok.com/@dawn.peddler/video/7412338864019082498"
X7 = "https://x.com/lanternmoth/status/1834567018829418496"

R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240910-01", "KCSC-240911-02", "KCSC-240912-03", "KCSC-240913-04",
    "KCSC-240913-05", "KCSC-240916-06", "KCSC-240917-07",
)

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    (R1, "x", "2024-09-10T10:00:00+09:00", "2024-09-17T23:59:59+09:00",
     list(X.values()), "illegal_goods", "batch of drug-sale and gambling posts"),
    (R2, "telegram", "2024-09-11T09:30:00+09:00", "2024-09-18T23:59:59+09:00",
     list(TG.values()), "illegal_goods", "two public channels"),
    (R3, "youtube", "2024-09-12T11:00:00+09:00", "2024-09-19T23:59:59+09:00",
     list(YT.values()), "gambling", "two videos and a Short"),
    (R4, "naver", "2024-09-13T10:00:00+09:00", "2024-09-20T23:59:59+09:00",
     list(NV.values()), "obscenity", "blog, cafe and influencer posts"),
    (R5, "kakao", "2024-09-13T14:00:00+09:00", "2024-09-20T23:59:59+09:00",
     list(KK.values()), "privacy", "Daum cafe and Tistory"),
    (R6, "tiktok", "2024-09-16T10:00:00+09:00", "2024-09-23T23:59:59+09:00",
     [TT], "illegal_goods", "single video"),
    (R7, "x", "2024-09-17T10:00:00+09:00", "2024-09-24T23:59:59+09:00",
     [X7], "gambling", "single post"),
]


def req_mid(ref):
    return "req." + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def quoted_request(ref, urls, when, style="gmail"):
    """Our own request, quoted below a reply (never a statement)."""
    lines = [
        "Dear Trust & Safety team,",
        "",
        f"The Korea Communications Standards Commission requests that you remove or",
        f"block access to the following content (our reference {ref}):",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please tell us the action taken for each URL.", "", "KCSC Takedown Desk"]
    if style == "gmail":
        head = f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:"
        return head + "\n" + "\n".join(("> " + l).rstrip() for l in lines)
    head = (
        "-----Original Message-----\n"
        "From: KCSC Takedown <takedown@kcsc.example>\n"
        f"Sent: {when}\n"
        f"Subject: [{ref}] Request to remove content\n"
    )
    return head + "\n" + "\n".join(lines)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


CASES = []


def case(**kw):
    CASES.append(kw)


XL = dict(name_from="X Legal")
# ================================================================ applied
case(
    name="x-three-statuses-one-sentence", **XL,
    **{"from": "legal-notices@x.com"}, date="Thu, 12 Sep 2024 16:41:07 +0900",
    subject=f"Re: [{R1}] Request to remove content", reply_to_req=req_mid(R1),
    body=f"""
Hello,

Thank you for your report concerning content on X (your reference {R1}).

We have reviewed the reported posts: {X[1]} has been removed for violating the X Rules, {X[2]} has been withheld in South Korea under local law, and {X[3]} will remain available, as we found no violation of our rules or of Korean law.

We are still reviewing the remaining posts in your report and will respond separately.

Regards,
X Legal
""",
    outcome="applied",
    items={X[1]: "removed", X[2]: "restricted", X[3]: "rejected"},
    imitates="X legal-request outcome email (Country Withheld Content notice), several outcomes in one sentence",
    why="one sentence gives three different outcomes; 'will remain available' is a refusal with its reason, not a promise",
)

case(
    name="x-not-removed-but-withheld", **XL,
    **{"from": "legal-notices@x.com"}, date="Fri, 13 Sep 2024 09:12:44 +0900",
    subject=f"Re: [{R1}] Request to remove content", reply_to_req=req_mid(R1),
    body=f"""
Hi,

Regarding {R1}:

The post {X[4]} has not been removed from X. It has been withheld in the Republic of Korea, so it is no longer visible to people in Korea but stays visible elsewhere.

We did not withhold or remove {X[5]}. Our review found that it does not break the X Rules, and we could not identify a Korean law it violates based on the information you provided.

If you have more legal context for the second post, you can file a new request at https://legalrequests.x.com/.

X Legal
""",
    outcome="applied",
    items={X[4]: "restricted", X[5]: "rejected"},
    imitates="X Country Withheld Content notice to a government reporter",
    why="negated removal followed by a withholding (restricted); negated action with a reason (rejected); the portal link is not an item",
)

case(
    name="x-withheld-then-removed-later", **XL,
    **{"from": "legal-notices@x.com"}, date="Tue, 17 Sep 2024 11:03:18 +0900",
    subject=f"Update: {R1}", reply_to_req=req_mid(R1),
    body=f"""
Hello,

Update on your request {R1}.

On 12 September we withheld {X[7]} in South Korea. After a second review on 16 September, our Safety team found that the post also breaks our rules on illegal goods and services, and it has now been removed from X globally.

We looked for {X[8]} but could not locate it; the link returns a "this post doesn't exist" page, which usually means the account holder deleted it.

X Legal
""",
    outcome="applied",
    items={X[7]: "removed", X[8]: "not_found"},
    imitates="X legal follow-up after escalation from country withholding to global removal",
    why="the later sentence revises the withholding to a global removal; the hedge sits in a relative clause after a firm 'could not locate it'",
)

case(
    name="x-html-table-corrected-by-note", **XL,
    **{"from": "legal-notices@x.com"}, date="Fri, 13 Sep 2024 18:20:51 +0900",
    subject=f"Re: [{R1}] Request to remove content", reply_to_req=req_mid(R1), type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>Please find below the actions taken on part of your request {R1}.</p>
<table border="1" cellpadding="4">
<tr><th>Post URL</th><th>Action</th><th>Date</th></tr>
<tr><td><a href="{X[9]}">{X[9]}</a></td><td>Withheld in KR</td><td>2024-09-13</td></tr>
<tr><td><a href="{X[10]}">{X[10]}</a></td><td>Withheld in KR</td><td>2024-09-13</td></tr>
<tr><td><a href="{X[11]}">{X[11]}</a></td><td>Removed (X Rules violation)</td><td>2024-09-13</td></tr>
</table>
<p><b>Correction to the table above:</b> the second row is wrong. We did not withhold
{X[10]}; by the time we acted on your request it had already been deleted by the account holder.</p>
<p>X Legal</p>
</body></html>
""",
    outcome="applied",
    items={X[9]: "restricted", X[10]: "not_found", X[11]: "removed"},
    imitates="X legal outcome table (HTML) with an agent's correction under it",
    why="the explicit correction under the table overrides the table's second row: deleted by its author before action",
)

case(
    name="x-url-then-status-line", **XL,
    **{"from": "legal-notices@x.com"}, date="Sat, 14 Sep 2024 10:05:33 +0900",
    subject=f"Re: [{R1}] results (part 2 of 3)", reply_to_req=req_mid(R1),
    body=f"""
Hello KCSC team,

Results for {R1} (part 2 of 3):

{X[6]}
Action taken: content withheld in KR

{X[7]}
Action taken: none - the reported content does not violate the X Rules or applicable law

{X[12]}
Action taken: removed

Part 3 will follow once the remaining reports are closed.

X Legal
""",
    outcome="applied",
    items={X[6]: "restricted", X[7]: "rejected", X[12]: "removed"},
    imitates="X legal batch result email, bare URL with its action on the line below",
    why="each bare URL's status is on the next line; 'none' with a reason is a refusal",
)

CSV_ATT = (
    "post_url,outcome,scope,note\r\n"
    f"{X[9]},removed,global,Violates illegal goods policy\r\n"
    f"{X[10]},withheld,KR,Unlawful under local law\r\n"
    f"{X[11]},no_action,,No violation found\r\n"
    f"{X[12]},not_found,,Post deleted before review\r\n"
    f"{X[13]},in_review,,\r\n"
)
case(
    name="x-csv-attachment-mixed", **XL,
    **{"from": "legal-ops@x.com"}, date="Mon, 16 Sep 2024 14:30:02 +0900",
    subject=f"Outcome sheet {R1}", reply_to_req=req_mid(R1),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="==b300csv01=="

--==b300csv01==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hi,

Please find attached the outcome sheet for your request {R1}.
One post is still with the reviewing team; we will update you on it.

Kind regards,
X Legal Operations

--==b300csv01==
Content-Type: text/csv; charset=utf-8; name="{R1}-outcomes.csv"
Content-Disposition: attachment; filename="{R1}-outcomes.csv"
Content-Transfer-Encoding: base64

{b64(CSV_ATT)}
--==b300csv01==--
""",
    outcome="applied",
    items={X[9]: "removed", X[10]: "restricted", X[11]: "rejected", X[12]: "not_found", X[13]: "pending"},
    imitates="X legal operations outcome spreadsheet sent as a CSV attachment",
    why="five rows with five different outcomes, one still in review",
)

case(
    name="x-top-posted-over-quoted-request", name_from="Dana Whitlock (X Legal Policy)",
    **{"from": "dwhitlock@x.com"}, date="Mon, 16 Sep 2024 17:48:26 +0900",
    subject=f"Re: [{R1}] Request to remove content", reply_to_req=req_mid(R1),
    body=f"""
Hi,

{X[14]} is now withheld in South Korea.
The earlier post from the same account, {X[13]}, was already removed on 12 September for breaking our rules.

Best,
Dana
X Legal Policy

{quoted_request(R1, list(X.values()), "Tue, Sep 10, 2024 at 10:02 AM")}
""",
    outcome="applied",
    items={X[14]: "restricted", X[13]: "removed", X[1]: "pending", X[5]: "pending"},
    imitates="Gmail top-posted reply by an X legal policy employee above the quoted request",
    why="only the two URLs in the reply change; the quoted request's 'remove or block' is our own text",
)

case(
    name="x-account-suspended-names-posts", **XL,
    **{"from": "legal-notices@x.com"}, date="Wed, 18 Sep 2024 08:55:10 +0900",
    subject=f"Re: [{R1}] Request to remove content", reply_to_req=req_mid(R1),
    body=f"""
Hello,

Concerning {R1}: the account @quillmoss has been permanently suspended for repeated violations of our rules on illegal goods. Both posts you reported from it,
{X[13]} and
{X[14]}, are therefore no longer available on X.

X Legal
""",
    outcome="applied",
    items={X[13]: "removed", X[14]: "removed"},
    imitates="X account suspension notice to a reporter",
    why="account suspended, each post named and stated no longer available (URLs wrapped onto their own lines)",
)

case(
    name="x-not-only-withheld-removed", **XL,
    **{"from": "legal-notices@x.com"}, date="Wed, 18 Sep 2024 15:22:40 +0900",
    subject=f"Clarification: {R1}", reply_to_req=req_mid(R1),
    body=f"""
Hello,

We want to clarify the outcome for three posts in {R1}. These posts were not only withheld in Korea: {X[1]} and {X[2]} were removed from X entirely after our review found them in breach of the X Rules.

{X[3]} was not removed; it stays withheld in South Korea only, as it violates Korean law but not our rules.

X Legal
""",
    outcome="applied",
    items={X[1]: "removed", X[2]: "removed", X[3]: "restricted"},
    imitates="X legal clarification email after a country withholding",
    why="'not only withheld' then 'removed entirely'; 'was not removed' then 'stays withheld' (restricted)",
)

case(
    name="x-single-item-request-no-url", **XL,
    **{"from": "legal-notices@x.com"}, date="Thu, 19 Sep 2024 10:40:15 +0900",
    subject=f"RE: [{R7}] Request to remove content", reply_to_req=req_mid(R7),
    body=f"""
Hello,

We have reviewed the content you reported under reference {R7} and it has been removed for violating the X Rules.

X Legal

{quoted_request(R7, [X7], "Tuesday, September 17, 2024 10:01 AM", style="outlook")}
""",
    outcome="applied",
    items={X7: "removed"},
    imitates="X legal short outcome email over an Outlook-quoted request",
    why="statement about 'the content' of a one-item request: applies to its only item",
)

TGN = dict(name_from="Telegram Abuse Team")
case(
    name="tg-statuses-by-position", **TGN,
    **{"from": "abuse@telegram.org"}, date="Thu, 12 Sep 2024 03:17:52 +0900",
    subject=f"Re: {R2}", reply_to_req=req_mid(R2),
    body=f"""
Hello,

Thank you for your report. We have checked the links you sent:

1) {TG[1]}
2) {TG[2]}
3) {TG[3]}
4) {TG[4]}

Links 1, 2 and 4 have been taken down. Link 3 could not be found: there is no message with that number in the channel.

Telegram Abuse Team
""",
    outcome="applied",
    items={TG[1]: "removed", TG[2]: "removed", TG[4]: "removed", TG[3]: "not_found"},
    imitates="Telegram abuse desk reply echoing the reported links and answering by number",
    why="statuses given by the list position of each link in the same email",
)

case(
    name="tg-hedge-in-relative-clause", **TGN,
    **{"from": "abuse@telegram.org"}, date="Fri, 13 Sep 2024 22:04:11 +0900",
    subject=f"Re: {R2}", reply_to_req=req_mid(R2),
    body=f"""
Hi,

The message {TG[4]}, which may also have been forwarded to other chats, has been deleted.

The message {TG[3]}, which is now with our moderators, may be taken down once they complete their review.

Best regards,
Telegram Abuse
""",
    outcome="applied",
    items={TG[4]: "removed", TG[3]: "pending"},
    imitates="Telegram abuse desk reply with a partial outcome",
    why="the hedge of the first sentence is in a relative clause about forwarding, the main clause is firm; the second is a hedged promise",
)

case(
    name="tg-angle-bracket-urls", name_from="Telegram Support",
    **{"from": "support@telegram.org"}, date="Sat, 14 Sep 2024 05:40:29 +0900",
    subject=f"Re: [{R2}] Illegal content on Telegram", reply_to_req=req_mid(R2),
    body=f"""
Hello,

Thanks for reaching out. The following messages were blocked and are no longer accessible on Telegram: <{TG[1]}>, <{TG[2]}>.

We were unable to act on <{TG[3]}> because the link leads to a message that does not exist.

--
Telegram Support
""",
    outcome="applied",
    items={TG[1]: "removed", TG[2]: "removed", TG[3]: "not_found"},
    imitates="Telegram support reply with links in angle brackets",
    why="'unable to act on' with the reason 'does not exist' is not_found, not a refusal",
)

YTN = dict(name_from="YouTube Legal Support")
case(
    name="yt-removed-and-refused-with-reason", **YTN,
    **{"from": "youtube-legal-support@google.com"}, date="Fri, 13 Sep 2024 07:31:45 +0900",
    subject=f"[{R3}] Your legal request to YouTube", reply_to_req=req_mid(R3),
    body=f"""
Hello,

Thank you for contacting YouTube. We've reviewed your request (reference {R3}).

After review, we removed the following video from YouTube for violating our Community Guidelines:
- {YT[1]}

We have decided not to take action on the following video:
- {YT[2]}
This video is a news segment that reports on the activity rather than promoting it. It does not violate our Community Guidelines, and we did not find it to be unlawful in Korea based on the information provided.

Regards,
The YouTube Legal Team
""",
    outcome="applied",
    items={YT[1]: "removed", YT[2]: "rejected"},
    imitates="YouTube legal removal outcome email (removed / no action sections)",
    why="each heading governs its list; the refusal carries its reason",
)

case(
    name="yt-geo-blocked-and-age-restricted", name_from="YouTube",
    **{"from": "legal-noreply@youtube.com"}, date="Sat, 14 Sep 2024 02:12:09 +0900",
    subject=f"Outcome of your request {R3}", reply_to_req=req_mid(R3),
    body=f"""
Hi,

We've completed our review of {R3}.

- {YT[3]} : access to this Short has been blocked in South Korea based on local law. It remains available in other countries.
- {YT[2]} : this video does not violate local law, but we have placed an age restriction on it under our policies, so it can't be viewed by signed-out users or viewers under 18.

The YouTube Team
""",
    outcome="applied",
    items={YT[3]: "restricted", YT[2]: "restricted"},
    imitates="YouTube local-law geo-block and age-restriction notice",
    why="geo-blocked in Korea and age-restricted are both 'restricted'; 'does not violate local law' is not a refusal here",
)

YT_QP = f"""Hello,

Re: your request {R3} (시정요구).

We've removed {YT[2]}. It violated our policy on regulated goods and services.

We weren't able to take action on {YT[1]} — the video had already been deleted by its uploader before we reviewed it, so there is nothing left for us to remove.

Thanks,
YouTube Legal Support
"""
case(
    name="yt-qp-removed-and-gone", **YTN,
    **{"from": "youtube-legal-support@google.com"}, date="Mon, 16 Sep 2024 06:48:37 +0900",
    subject=f"Re: [{R3}] Your legal request to YouTube", reply_to_req=req_mid(R3),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(YT_QP)}
""",
    outcome="applied",
    items={YT[2]: "removed", YT[1]: "not_found"},
    imitates="YouTube legal support reply, quoted-printable body",
    why="'weren't able to take action' is explained by the uploader's own deletion: not_found",
)

case(
    name="yt-dsa-statement-of-reasons", name_from="YouTube Trust & Safety",
    **{"from": "no-reply@youtube.com"}, date="Tue, 17 Sep 2024 13:00:00 +0900",
    subject=f"Statement of reasons: decision on content reported by KCSC ({R3})", reply_to_req=req_mid(R3),
    body=f"""
Statement of reasons

Decision reference: SOR-KR-2024-0917-3312
Content: {YT[3]}
Type of restriction: access to the content disabled in a specific territory
Territorial scope: Republic of Korea
Ground for decision: illegal content (notice from an authority, reference {R3})
Facts and circumstances: the notice was assessed by a human reviewer, who found the content unlawful under Korean law.
Automated means used in the decision: no

How to seek redress: https://support.google.com/legal/answer/9990001
""",
    outcome="applied",
    items={YT[3]: "restricted"},
    imitates="DSA Art. 17 statement of reasons (territorial restriction) in field/value form",
    why="access disabled in one territory is restricted; the redress help page is not an item",
)

case(
    name="yt-acknowledgement-plus-statement", **YTN,
    **{"from": "youtube-legal-support@google.com"}, date="Thu, 12 Sep 2024 15:26:58 +0900",
    subject=f"Re: [{R3}] Request to remove content", reply_to_req=req_mid(R3),
    body=f"""
Hi there,

Thanks for your message - we've received your request {R3} and a case has been opened (case ID 8-2291000044153).

Please note that the Short {YT[3]} has already been removed from YouTube following an earlier flag from our own systems, so no further action is needed on it.

We'll get back to you about the other videos in your request.

YouTube Legal Support
""",
    outcome="applied",
    items={YT[3]: "removed", YT[1]: "pending", YT[2]: "pending"},
    imitates="YouTube legal support case-opened receipt with an added note",
    why="an acknowledgement phrase plus a firm statement about one item is not a pure acknowledgement",
)

NVN = dict(name_from="네이버 게시중단 담당자")
case(
    name="naver-sijeong-result-html-table", **NVN,
    **{"from": "takedown@navercorp.com"}, date="Tue, 17 Sep 2024 16:10:22 +0900",
    subject=f"[회신] 시정요구 조치결과 ({R4})", reply_to_req=req_mid(R4), type="html",
    body=f"""
<html><body>
<p>안녕하세요. 네이버 게시중단 담당자입니다.</p>
<p>방송통신심의위원회 시정요구({R4})에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1">
<tr><th>순번</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{NV[1]}</td><td>게시중단(삭제)</td><td></td></tr>
<tr><td>2</td><td>{NV[2]}</td><td>임시조치</td><td>30일</td></tr>
<tr><td>3</td><td>{NV[3]}</td><td>게시물 없음</td><td>작성자 삭제</td></tr>
<tr><td>4</td><td>{NV[4]}</td><td>조치 불가</td><td>운영정책 위반 사항이 확인되지 않음</td></tr>
<tr><td>5</td><td>{STAR_RAW}</td><td>검토 중</td><td>추가 확인 후 회신 예정</td></tr>
</table>
<p>감사합니다.</p>
</body></html>
""",
    outcome="applied",
    items={NV[1]: "removed", NV[2]: "restricted", NV[3]: "not_found", NV[4]: "rejected", NV[5]: "pending"},
    imitates="Korean 시정요구 조치결과 reply table (NAVER)",
    why="five rows, five outcomes: 게시중단, 임시조치, 작성자 삭제, 조치 불가 with reason, 검토 중",
)

case(
    name="naver-two-statuses-one-sentence", **NVN,
    **{"from": "takedown@navercorp.com"}, date="Sat, 14 Sep 2024 11:45:03 +0900",
    subject=f"RE: [{R4}] 게시물 삭제 요청", reply_to_req=req_mid(R4),
    body=f"""
안녕하세요, 네이버입니다.

요청하신 게시물 중 {NV[1]}는 게시중단 처리하였고, {NV[2]} 는 작성자가 이미 삭제한 게시물로 확인되어 별도 조치가 필요하지 않았습니다.

나머지 게시물은 검토 후 회신드리겠습니다.

네이버 게시중단 담당자 드림
""",
    outcome="applied",
    items={NV[1]: "removed", NV[2]: "not_found"},
    imitates="NAVER 게시중단 reply in prose",
    why="one sentence, two items, two statuses; the first URL carries a Korean particle",
)

case(
    name="naver-not-deleted-but-restricted", **NVN,
    **{"from": "takedown@navercorp.com"}, date="Mon, 16 Sep 2024 10:20:47 +0900",
    subject=f"RE: [{R4}] 게시물 삭제 요청", reply_to_req=req_mid(R4),
    body=f"""
안녕하세요. 네이버 카페 운영팀입니다.

{NV[3]} 게시물은 삭제되지 않았으며, 관련 법령에 따라 국내 이용자의 접근을 제한하였습니다.

{NV[4]} 게시물은 검토 결과 관련 법령 및 네이버 운영정책에 위반되는 사항이 확인되지 않아 조치하지 않았습니다.

감사합니다.
""",
    outcome="applied",
    items={NV[3]: "restricted", NV[4]: "rejected"},
    imitates="NAVER cafe operations reply (접근 제한 / 조치하지 않음)",
    why="negated deletion then access restricted in Korea; no action with its reason is a refusal",
)

NV_B64 = f"""안녕하세요, 네이버 고객센터입니다.

{R4} 건 관련하여 추가 회신드립니다.

인플루언서 게시물({STAR_RAW})은 블라인드 처리하였습니다.

{NV[1]} 게시물은 현재 법무 검토가 진행 중이며, 결과가 나오는 대로 다시 알려드리겠습니다.

감사합니다.
"""
case(
    name="naver-base64-korean-path", name_from="네이버 고객센터",
    **{"from": "help@naver.com"}, date="Wed, 18 Sep 2024 09:02:19 +0900",
    subject=f"[네이버] {R4} 추가 회신", reply_to_req=req_mid(R4),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(NV_B64)}
""",
    outcome="applied",
    items={NV[5]: "removed", NV[1]: "pending"},
    imitates="NAVER customer centre reply, base64 body, raw Korean path in parentheses",
    why="블라인드 is removed; the raw Korean path matches the percent-encoded request URL; 법무 검토 진행 중 stays pending",
)

case(
    name="naver-pipe-text-table", **NVN,
    **{"from": "takedown@navercorp.com"}, date="Thu, 19 Sep 2024 14:33:40 +0900",
    subject=f"[게시중단 요청 처리 결과] {R4}", reply_to_req=req_mid(R4),
    body=f"""
[게시중단 요청 처리 결과]
요청번호: {R4}

| No | 게시물 주소 | 처리 결과 |
|----|-------------|-----------|
| 1 | {NV[2]} | 비공개 처리 |
| 2 | {NV[3]} | 접근 제한(임시조치) |
| 3 | {NV[4]} | 존재하지 않는 게시물 |

※ 위 표에 없는 게시물은 검토가 끝나는 대로 별도로 안내드리겠습니다.
""",
    outcome="applied",
    items={NV[2]: "removed", NV[3]: "restricted", NV[4]: "not_found"},
    imitates="NAVER 게시중단 처리 결과 notice as a plain-text pipe table",
    why="비공개 처리 is removed, 접근 제한(임시조치) restricted, 존재하지 않는 게시물 not_found",
)

KKN = dict(name_from="카카오 권리침해신고센터")
case(
    name="kakao-numbered-arrows", **KKN,
    **{"from": "right-report@kakaocorp.com"}, date="Tue, 17 Sep 2024 17:05:12 +0900",
    subject=f"[카카오] {R5} 처리 결과 안내", reply_to_req=req_mid(R5),
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.
방송통신심의위원회에서 요청하신 {R5} 건의 처리 결과를 안내드립니다.

1. {KK[1]}
 → 운영정책 위반이 확인되어 게시물을 삭제하였습니다.
2. {KK[2]}
 → 권리침해 여부를 판단하기 어려워 30일간 임시조치(게시물 접근 차단)하였습니다.

감사합니다.
""",
    outcome="applied",
    items={KK[1]: "removed", KK[2]: "restricted"},
    imitates="Kakao 권리침해신고센터 처리 결과 (삭제 / 30일 임시조치)",
    why="each URL's status on the arrow line below it; 임시조치 is restricted, not removed",
)

case(
    name="kakao-temporary-then-deleted", **KKN,
    **{"from": "right-report@kakaocorp.com"}, date="Wed, 18 Sep 2024 18:40:55 +0900",
    subject=f"[카카오] {R5} 처리 결과 변경 안내", reply_to_req=req_mid(R5),
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

{KK[2]} 게시물은 9월 14일 임시조치되었습니다. 다만 이후 추가 검토 결과 불법정보임이 명백하여 9월 18일 해당 게시물을 영구 삭제하였습니다.

{KK[1]} 게시물은 확인 결과 존재하지 않는 게시물입니다.

감사합니다.
""",
    outcome="applied",
    items={KK[2]: "removed", KK[1]: "not_found"},
    imitates="Kakao notice changing a 임시조치 to a permanent deletion",
    why="the later sentence revises 임시조치 to 영구 삭제; the other post does not exist",
)

TTN = dict(name_from="TikTok Trust and Safety")
case(
    name="tiktok-sole-statement-no-url", **TTN,
    **{"from": "legal-response@tiktok.com"}, date="Wed, 18 Sep 2024 02:58:30 +0900",
    subject=f"Your report {R6}", reply_to_req=req_mid(R6),
    body=f"""
Hello,

We reviewed the video you reported under reference {R6} and removed it because it violates our Community Guidelines.

Thank you for helping keep TikTok safe.

TikTok Trust and Safety
""",
    outcome="applied",
    items={TT: "removed"},
    imitates="TikTok report outcome email ('we removed the video')",
    why="one-item request, one firm statement naming no URL",
)

case(
    name="tiktok-stays-up-with-reason", **TTN,
    **{"from": "legal-response@tiktok.com"}, date="Thu, 19 Sep 2024 04:12:08 +0900",
    subject=f"Update on your report {R6}", reply_to_req=req_mid(R6),
    body=f"""
Hello,

Following our review, the video {TT} will stay up: we found no violation of our Community Guidelines or of applicable local law.

As a precaution we have made it ineligible for recommendation in the For You feed.

TikTok Trust and Safety
""",
    outcome="applied",
    items={TT: "rejected"},
    imitates="TikTok 'no violation' report outcome with a For You feed eligibility note",
    why="a refusal with its reason; not recommending it is no geo-block or age gate, so not restricted",
)

# ================================================================ review
case(
    name="x-promise-to-withhold", **XL,
    **{"from": "legal-notices@x.com"}, date="Wed, 11 Sep 2024 12:14:36 +0900",
    subject=f"Re: [{R1}] Request to remove content", reply_to_req=req_mid(R1),
    body=f"""
Hello,

Thank you for your report {R1}. Our legal team is assessing {X[5]} and {X[6]}. If they are found to violate Korean law, they will be withheld in South Korea.

We expect to complete this assessment within five business days.

X Legal
""",
    outcome="review", review="not_understood",
    items={X[5]: "pending", X[6]: "pending"},
    imitates="X legal interim reply (assessment in progress, conditional withholding)",
    why="'will be withheld' under a condition is a promise, not a statement",
)

case(
    name="yt-hedge-only", **YTN,
    **{"from": "youtube-legal-support@google.com"}, date="Fri, 13 Sep 2024 19:55:21 +0900",
    subject=f"Re: [{R3}] Your legal request to YouTube", reply_to_req=req_mid(R3),
    body=f"""
Hello,

Regarding {R3}: it appears that {YT[1]} may have been taken down by the uploader, but we are still confirming this with our systems. We'll write again once we have a definite answer.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    items={YT[1]: "pending"},
    imitates="YouTube legal support interim reply",
    why="'appears', 'may have been' and 'still confirming': nothing firm",
)

case(
    name="naver-bulk-all-five", **NVN,
    **{"from": "takedown@navercorp.com"}, date="Thu, 19 Sep 2024 09:30:00 +0900",
    subject=f"RE: [{R4}] 게시물 삭제 요청", reply_to_req=req_mid(R4),
    body=f"""
안녕하세요, 네이버 게시중단 담당자입니다.

{R4} 건으로 요청하신 게시물 5건에 대해 모두 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    items={u: "pending" for u in NV.values()},
    imitates="NAVER 게시중단 완료 notice covering the whole request",
    why="'all five' without naming any of them, for a five-item request",
)

case(
    name="x-bulk-all-withheld", **XL,
    **{"from": "legal-notices@x.com"}, date="Thu, 19 Sep 2024 11:11:11 +0900",
    subject=f"Re: [{R1}] Request to remove content", reply_to_req=req_mid(R1),
    body=f"""
Hello,

All posts listed in your request {R1} have been withheld in South Korea.

X Legal
""",
    outcome="review", review="bulk",
    items={u: "pending" for u in X.values()},
    imitates="X Country Withheld Content confirmation for a batch request",
    why="statement about every post of a 14-item request without naming one",
)

case(
    name="tg-auth-fail", name_from="Telegram Abuse Team",
    **{"from": "abuse@telegram.org"}, auth="fail", date="Fri, 13 Sep 2024 01:27:44 +0900",
    subject=f"Re: {R2} - processed", reply_to_req=req_mid(R2),
    body=f"""
Hello,

Your report has been processed. The following messages were removed:
{TG[1]}
{TG[2]}

A full report is available for download at http://tg-report-files.example.net/r/88213.

Telegram Abuse Team
""",
    outcome="review", review="untrusted",
    items={TG[1]: "pending", TG[2]: "pending"},
    imitates="forged Telegram abuse desk reply (DMARC fail)",
    why="From telegram.org but authentication fails",
)

case(
    name="tg-lookalike-domain", name_from="Telegram Moderation",
    **{"from": "moderation@telegram-support-center.com"}, date="Sat, 14 Sep 2024 20:19:03 +0900",
    subject=f"Report {R2} resolved",
    body=f"""
Dear reporter,

Regarding your report {R2}: the messages {TG[3]} and {TG[4]} have been permanently deleted from Telegram.

Telegram Moderation
""",
    outcome="review", review="unknown_sender",
    items={TG[3]: "pending", TG[4]: "pending"},
    imitates="look-alike 'Telegram moderation' mail from a domain that is not Telegram's",
    why="sender domain belongs to no configured platform",
)

case(
    name="kakao-answers-about-naver-post", **KKN,
    **{"from": "right-report@kakaocorp.com"}, date="Mon, 16 Sep 2024 15:15:15 +0900",
    subject="[카카오] 문의하신 게시물 관련 회신",
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

보내주신 {NV[2]} 게시물은 카카오(다음) 서비스의 게시물이 아닙니다. 참고로 해당 주소는 현재 삭제되어 열리지 않는 것으로 확인됩니다.

네이버 게시물은 네이버 고객센터로 문의해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    items={NV[2]: "pending"},
    imitates="Kakao reply pointing out that a link belongs to another portal",
    why="Kakao states a status for a NAVER item",
)

case(
    name="yt-summary-contradicts-prose", **YTN,
    **{"from": "youtube-legal-support@google.com"}, date="Tue, 17 Sep 2024 08:08:49 +0900",
    subject=f"Re: [{R3}] Your legal request to YouTube", reply_to_req=req_mid(R3),
    body=f"""
Request outcome: Content removed
URL: {YT[2]}

Hello,

Having reviewed the video at {YT[2]}, we have concluded that it does not violate our Community Guidelines or local law, and it remains available on YouTube.

YouTube Legal Support
""",
    outcome="review", review="conflicting_statements",
    items={YT[2]: "pending"},
    imitates="YouTube legal support reply whose template header disagrees with the agent's text",
    why="the summary line says removed, the prose says it stays up; nothing says which is right",
)

case(
    name="x-portal-announcement", name_from="X Legal",
    **{"from": "legal-notices@x.com"}, date="Wed, 11 Sep 2024 06:00:00 +0900",
    subject="Changes to how X receives legal requests",
    body="""
Hello,

From 1 October 2024, legal requests from government agencies must be submitted through our online portal at https://legalrequests.x.com/. Requests sent by email after that date will receive an automatic reply pointing to the portal.

Guidance on what to include is available at https://help.x.com/en/rules-and-policies/legal-request-guidelines.

X Legal
""",
    outcome="review", review="no_claims",
    items={},
    imitates="X notice to government reporters about the legal request portal",
    why="trusted X mail naming no item and no request",
)

case(
    name="naver-asks-for-documents", **NVN,
    **{"from": "takedown@navercorp.com"}, date="Fri, 13 Sep 2024 17:25:36 +0900",
    subject=f"RE: [{R4}] 게시물 삭제 요청 - 자료 요청", reply_to_req=req_mid(R4),
    body=f"""
안녕하세요, 네이버 게시중단 담당자입니다.

{R4} 건의 처리를 위해 기관장 직인이 날인된 공문 사본과 게시물별 위반 근거 법령 조항을 회신해 주시기 바랍니다.

자료가 확인되는 대로 검토를 진행하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    items={},
    imitates="NAVER request for an official letter and legal grounds before acting",
    why="asks the regulator for documents; no statement about any item",
)

case(
    name="tg-conditional-removal", **TGN,
    **{"from": "abuse@telegram.org"}, date="Thu, 12 Sep 2024 21:50:02 +0900",
    subject=f"Re: {R2}", reply_to_req=req_mid(R2),
    body=f"""
Hello,

The channel messages {TG[1]} and {TG[2]} will be removed if the channel administrator does not send us a valid counter-notice within 48 hours.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    items={TG[1]: "pending", TG[2]: "pending"},
    imitates="Telegram abuse desk notice of an intended removal",
    why="removal under a condition, in the future",
)

case(
    name="x-not-removed-at-this-time", **XL,
    **{"from": "legal-notices@x.com"}, date="Sun, 15 Sep 2024 10:58:44 +0900",
    subject=f"Re: [{R1}] Request to remove content", reply_to_req=req_mid(R1),
    body=f"""
Hello,

We have not yet taken a decision on {X[11]}. The post is not removed at this time; it is under review by our Korea legal team.

X Legal
""",
    outcome="review", review="not_understood",
    items={X[11]: "pending"},
    imitates="X legal interim status reply",
    why="'not removed at this time' describes a pending review, not a refusal",
)

# ================================================================ ignored
case(
    name="naver-out-of-office", name_from="김하늘",
    **{"from": "haneul.kim@navercorp.com"}, date="Fri, 13 Sep 2024 10:01:12 +0900",
    subject=f"자동 회신: [{R4}] 게시물 삭제 요청", reply_to_req=req_mid(R4),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
[자동 회신] 9월 13일부터 9월 20일까지 휴가로 부재중입니다.
9월 23일에 복귀하여 확인하겠습니다. 급한 게시중단 관련 문의는 policy@navercorp.com 으로 보내주시기 바랍니다.

김하늘 드림
""",
    outcome="ignored", classification="auto_reply",
    items={},
    imitates="Outlook out-of-office auto-reply in Korean",
    why="out-of-office reply",
)

DSN_ORIG = f"""Dear Trust & Safety team,

The Korea Communications Standards Commission requests that you remove the
following content (our reference {R6}):

1. {TT}

KCSC Takedown Desk
"""
case(
    name="tiktok-request-bounced", name_from="Mail Delivery System",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, auth="none", date="Mon, 16 Sep 2024 10:00:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="b300-dsn-77"

--b300-dsn-77
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-respons@tiktok.com>: host mx.tiktok.com[203.0.113.44] said: 550 5.1.1
    <legal-respons@tiktok.com>: Recipient address rejected: User unknown

--b300-dsn-77
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Mon, 16 Sep 2024 10:00:38 +0900

Final-Recipient: rfc822; legal-respons@tiktok.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--b300-dsn-77
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-respons@tiktok.com
Subject: [{R6}] Request to remove content
Date: Mon, 16 Sep 2024 10:00:36 +0900
Message-ID: <{req_mid(R6)}.typo@kcsc.example>
Content-Type: text/plain; charset=utf-8

{DSN_ORIG}
--b300-dsn-77--
""",
    outcome="ignored", classification="bounce",
    items={},
    imitates="Postfix delivery status notification for a mistyped recipient",
    why="bounce of our own request; its URL is our text",
)

case(
    name="x-read-receipt", **XL,
    **{"from": "legal-notices@x.com"}, date="Tue, 10 Sep 2024 10:33:09 +0900",
    subject=f"Read: [{R1}] Request to remove content",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="b300-mdn-5"

--b300-mdn-5
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-notices@x.com
  Subject: [{R1}] Request to remove content
  Sent: Tuesday, September 10, 2024 10:02 AM (UTC+09:00) Seoul

was read on Tuesday, September 10, 2024 10:33 AM (UTC+09:00) Seoul.

--b300-mdn-5
Content-Type: message/disposition-notification

Reporting-UA: mail.x.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal-notices@x.com
Original-Message-ID: <{req_mid(R1)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b300-mdn-5--
""",
    outcome="ignored", classification="read_receipt",
    items={},
    imitates="Outlook read receipt (MDN)",
    why="read receipt",
)

case(
    name="yt-case-receipt-echo", name_from="YouTube Legal Support",
    **{"from": "legal-noreply@youtube.com"}, date="Thu, 12 Sep 2024 11:04:27 +0900",
    subject=f"[4-1186000027511] We received your request {R3}", reply_to_req=req_mid(R3),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Thanks for contacting YouTube Legal Support.

This is an automated confirmation that we have received your request ({R3}). Your case number is 4-1186000027511. We review requests in the order received and will contact you by email when we have an update.

URLs submitted:
- {YT[1]}
- {YT[2]}
- {YT[3]}

Please do not reply to this message.
""",
    outcome="ignored", classification="acknowledgement",
    items={},
    imitates="YouTube legal webform receipt with the submitted URLs echoed",
    why="pure acknowledgement; the URLs are an echo without any status",
)

case(
    name="kakao-receipt-korean", name_from="카카오 고객센터",
    **{"from": "noreply@kakaocorp.com"}, date="Fri, 13 Sep 2024 14:02:10 +0900",
    subject=f"[카카오] 게시중단 요청이 정상적으로 접수되었습니다 ({R5})", reply_to_req=req_mid(R5),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
안녕하세요, 카카오 고객센터입니다.

요청하신 게시중단 신고({R5})가 정상적으로 접수되었습니다.
접수번호: RR-20240913-00417

처리 결과는 검토가 완료된 후 메일로 안내드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    items={},
    imitates="Kakao 신고 접수 완료 automatic receipt",
    why="receipt with a ticket number and a promise of a later answer",
)

case(
    name="tg-automatic-reply", name_from="Telegram Abuse",
    **{"from": "abuse@telegram.org"}, date="Wed, 11 Sep 2024 09:31:02 +0900",
    subject=f"Re: {R2}", reply_to_req=req_mid(R2),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
This is an automatic reply.

We have received your message and a member of the team will look at it. Because of the number of reports we receive, we may not be able to answer every message individually.

Telegram Abuse
""",
    outcome="ignored",
    items={},
    imitates="Telegram abuse mailbox automatic reply",
    why="automatic receipt, nothing about any item",
)

HEADER = """# blind300: blind corpus set (what a program gets wrong), written by
# tests/corpus/blind300/make.py from each email's meaning before any run.
"""


def encode_headers(c):
    """Non-ASCII display names and subjects as RFC 2047 encoded-words, as
    real mailers send them (one Korean subject is left raw UTF-8, as some
    SMTPUTF8 mailers send it)."""
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v and not v.isascii() and not (key == "subject" and c["name"] == RAW_SUBJECT):
            c[key] = Header(v, "utf-8").encode()


RAW_SUBJECT = "naver-two-statuses-one-sentence"


def main():
    write_requests()
    for c in CASES:
        encode_headers(c)
    corpuslib.write_set(HERE, "blind300", HEADER, CASES)


if __name__ == "__main__":
    main()
