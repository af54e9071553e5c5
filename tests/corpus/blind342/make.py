#!/usr/bin/env python3
"""Blind set 342: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by its note, statuses given by position. Every email is
fictional and written in our own sentences; the expected results were
written from each email's meaning before any run of the reader.

    python3 tests/corpus/blind342/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))
UTC = timezone.utc


def d(s, tz=KST):
    return format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz))


# ---------------------------------------------------------------- requests
X = {
    1: "https://x.com/mintcoin_kr/status/1830412265501118471",
    2: "https://x.com/mintcoin_kr/status/1830412871203344902",
    3: "https://x.com/daebak_signal/status/1829907733165520898",
    4: "https://x.com/daebak_signal/status/1829911420876005377",
    5: "https://x.com/yeouido_tips/status/1830058812234711040",
    6: "https://x.com/yeouido_tips/status/1830060127769933831",
    7: "https://x.com/bluemoon_rx/status/1829764410092335106",
    8: "https://x.com/bluemoon_rx/status/1829770953301876744",
    9: "https://x.com/hanriver_pass/status/1830201587724419079",
    10: "https://x.com/hanriver_pass/status/1830203366125133826",
    11: "https://x.com/gold_lane77/status/1829652207338814471",
    12: "https://x.com/gold_lane77/status/1829655518902290432",
}
TG = {
    1: "https://t.me/coldstar_market/4412",
    2: "https://t.me/coldstar_market/4419",
    3: "https://t.me/nightferry_kr/208",
    4: "https://t.me/nightferry_kr/233",
}
YT = {
    1: "https://www.youtube.com/watch?v=Qm4rT8vLx2A",
    2: "https://www.youtube.com/watch?v=b7HkP0zWd3E",
    3: "https://www.youtube.com/shorts/Zx9cN1uYe5K",
}
YT1 = "https://www.youtube.com/watch?v=Lt3fG6wQp8R"
NV = {
    1: "https://blog.naver.com/sunny_harbor88/223561200417",
    2: "https://cafe.naver.com/greenleafclub/58213",
    3: "https://blog.naver.com/moonvalley_k/223558831092",
}
TISTORY_SLUG = "무료-중계-모음"
KK_RAW3 = "https://jade-lantern.tistory.com/entry/" + TISTORY_SLUG
KK = {
    1: "https://cafe.daum.net/silverbell/Xq2L/1187",
    2: "https://cafe.daum.net/silverbell/Xq2L/1203",
    3: "https://jade-lantern.tistory.com/entry/" + quote(TISTORY_SLUG),
    4: "https://jade-lantern.tistory.com/96",
}
TT = {
    1: "https://www.tiktok.com/@velvetfox.kr/video/7409912345678901234",
    2: "https://www.tiktok.com/@velvetfox.kr/video/7410033456789012345",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240902-01", "x", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     [X[i] for i in range(1, 13)], "illegal_gambling", "req-240902-01@kcsc.example",
     "gambling promotion accounts, 12 posts"),
    ("KCSC-240903-02", "telegram", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00",
     [TG[i] for i in range(1, 5)], "drugs", "req-240903-02@kcsc.example",
     "two channels selling narcotics"),
    ("KCSC-240904-03", "youtube", "2024-09-04T09:30:00+09:00", "2024-09-11T18:00:00+09:00",
     [YT[i] for i in range(1, 4)], "defamation", "req-240904-03@kcsc.example",
     "videos and a Short"),
    ("KCSC-240905-04", "naver", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00",
     [NV[i] for i in range(1, 4)], "privacy", "req-240905-04@kcsc.example",
     "blog and cafe posts"),
    ("KCSC-240906-05", "kakao", "2024-09-06T10:30:00+09:00", "2024-09-13T18:00:00+09:00",
     [KK[i] for i in range(1, 5)], "copyright", "req-240906-05@kcsc.example",
     "Daum cafe and Tistory, one Korean path"),
    ("KCSC-240909-06", "tiktok", "2024-09-09T15:00:00+09:00", "2024-09-16T18:00:00+09:00",
     [TT[1], TT[2]], "obscenity", "req-240909-06@kcsc.example", "two videos"),
    ("KCSC-240910-07", "youtube", "2024-09-10T16:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [YT1], "illegal_gambling", "req-240910-07@kcsc.example", "single video"),
]
R1, R2, R3, R4, R5, R6, R7 = (r[6].split("@")[0] for r in REQUESTS)


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def request_text(ref, urls, intro="Please remove or block access to the following content"):
    lines = [f"Reference: {ref}", "", intro + ", found to be illegal", "under the Act on the Establishment and Operation of the Korea", "Communications Standards Commission:", ""]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Korea Communications Standards Commission", "takedown@kcsc.example"]
    return "\n".join(lines)


TT_NAME = "TikTok Trust & Safety"
KK_NAME = "카카오 고객센터"

cases = []


def case(**kw):
    cases.append(kw)


# ================================================================= APPLIED
case(
    name="x-removed-and-withheld-one-sentence",
    frm="legal-support@x.com", date=d("2024-09-04 11:20:05"),
    subject="Re: [KCSC-240902-01] Request to remove content", reply_to_req=R1,
    body=f"""Hello,

Thank you for your report. We have removed {X[1]} and withheld {X[2]} in South Korea.

The other posts in your request are still being reviewed and we will write again.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email (removed / country withheld)",
    why="one sentence holds two statuses: the first URL removed, the second withheld in Korea",
    items={X[1]: "removed", X[2]: "restricted"},
)

case(
    name="x-numbered-list-action-lines",
    frm="legal-support@x.com", date=d("2024-09-05 16:02:41"),
    subject="Re: [KCSC-240902-01] Request to remove content", reply_to_req=R1,
    body=f"""Hello,

We have completed our review of part of your request. The outcome for each post is listed below.

1. {X[3]}
   Action taken: Withheld in South Korea
2. {X[4]}
   Action taken: Removed (violation of the X Rules)
3. {X[5]}
   Action taken: None. The post does not violate the X Rules or the Korean law cited in your request.
4. {X[6]}
   Action taken: None. The post no longer exists; it was deleted by the account holder before our review.
5. {X[7]}
   Action taken: Withheld in South Korea

Withheld content remains available outside the country concerned.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome list, one 'Action taken' line per post",
    why="status on the line under each URL; two 'None' lines mean different things (no violation vs deleted by its author)",
    items={X[3]: "restricted", X[4]: "removed", X[5]: "rejected", X[6]: "not_found", X[7]: "restricted"},
)

case(
    name="x-refusal-with-reason-then-removal",
    frm="legal-support@x.com", date=d("2024-09-06 09:45:12"),
    subject="Re: [KCSC-240902-01] Request to remove content", reply_to_req=R1,
    body=f"""Hi,

After careful review, we found that the post {X[8]} does not violate the X Rules or the provisions of Korean law referred to in your letter. It is a news summary with no link to a gambling service, so it will remain available on X.

The post {X[9]} was removed for violating our private information policy.

If you have additional information about the first post, you may send it in reply to this email.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request reply declining one post with reasons",
    why="a refusal with its reason ('will remain available' is the refusal, not a promise) then a removal",
    items={X[8]: "rejected", X[9]: "removed"},
)

case(
    name="x-withheld-then-removed-later",
    frm="legal-support@x.com", date=d("2024-09-10 13:30:00"),
    subject="Update: [KCSC-240902-01] Request to remove content", reply_to_req=R1,
    body=f"""Hello,

Regarding {X[10]}: on 5 September we withheld this post in South Korea in response to your request. After an internal escalation on 9 September, the post was removed globally for violating our violent and hateful entities policy.

No further action is required on your side.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X follow-up email updating an earlier country-withheld decision",
    why="the later sentence revises the earlier one: the post's status now is removed, not restricted",
    items={X[10]: "removed"},
)

case(
    name="x-removed-and-did-not-remove",
    frm="legal-support@x.com", date=d("2024-09-06 18:11:37"),
    subject="Re: [KCSC-240902-01] Request to remove content", reply_to_req=R1,
    body=f"""Hello,

We have removed {X[11]}.

We did not remove {X[12]}: the post is commentary on a public court case and does not break our rules or local law.

Kind regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request reply with one removal and one refusal",
    why="'did not remove' is a negated removal: the second post is rejected, not removed",
    items={X[11]: "removed", X[12]: "rejected"},
)

case(
    name="x-html-table-note-since-removed",
    frm="legal-support@x.com", date=d("2024-09-11 10:05:19"),
    subject="Re: [KCSC-240902-01] Request to remove content", reply_to_req=R1, type="html",
    body=f"""<html><body>
<p>Hello,</p>
<p>Please find below our decisions on the posts we have reviewed so far.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Decision</th><th>Scope</th></tr>
<tr><td>{X[1]}</td><td>Removed</td><td>Global</td></tr>
<tr><td>{X[3]}</td><td>Withheld</td><td>KR</td></tr>
<tr><td>{X[5]}</td><td>No action &ndash; not in violation</td><td>&ndash;</td></tr>
<tr><td>{X[12]}</td><td>Not found</td><td>&ndash;</td></tr>
</table>
<p><b>Note:</b> after this table was prepared, the post <a href="{X[3]}">{X[3]}</a> received further reports and has since been removed globally.</p>
<p>You can read about country withheld content at <a href="https://help.x.com/en/rules-and-policies/post-withheld-by-country">our Help Center</a>.</p>
<p>X Legal</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X outcome table in an HTML email, with a note under it",
    why="the note explicitly updates the table row (withheld, since removed); the help-centre link is not an item",
    items={X[1]: "removed", X[3]: "removed", X[5]: "rejected", X[12]: "not_found"},
)

case(
    name="tg-mixed-prose",
    frm="abuse@telegram.org", name_from="Telegram Abuse", date=d("2024-09-04 22:14:03"),
    subject="Re: [KCSC-240903-02] Illegal content on Telegram [Case #5531207]", reply_to_req=R2,
    body=f"""Hello,

Thank you for your report. We have blocked the messages {TG[1]} and {TG[2]}; they are no longer accessible on Telegram. We were unable to find any message at {TG[3]}. The message {TG[4]} does not violate Telegram's Terms of Service, so no action was taken on it.

Best regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply to a government report",
    why="four statuses in two sentences: two blocked (removed), one not found, one refused with its reason",
    items={TG[1]: "removed", TG[2]: "removed", TG[3]: "not_found", TG[4]: "rejected"},
)

case(
    name="tg-positions-echoed-list",
    frm="abuse@telegram.org", name_from="Telegram Abuse", date=d("2024-09-05 03:40:55"),
    subject="Re: [KCSC-240903-02] Illegal content on Telegram [Case #5531207]", reply_to_req=R2,
    body=f"""Case #5531207

Reported links:
[1] {TG[1]}
[2] {TG[2]}
[3] {TG[3]}
[4] {TG[4]}

Result: [1] and [3] have been taken down. [2] is restricted for users in South Korea. We found no violation in [4]; it remains available.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk case summary with numbered links",
    why="statuses given by position in the list the platform echoes in its own reply",
    items={TG[1]: "removed", TG[2]: "restricted", TG[3]: "removed", TG[4]: "rejected"},
)

case(
    name="tg-positions-over-quoted-request",
    frm="abuse@telegram.org", name_from="Telegram Abuse", date=d("2024-09-06 01:12:30"),
    subject="Re: [KCSC-240903-02] Illegal content on Telegram", reply_to_req=R2,
    body=f"""Hello,

Of the four links in your message below, we have blocked the first and the second one. The third link does not lead to any existing message. We reviewed the fourth one and found no breach of our Terms of Service, so it stays up.

Telegram Abuse Team

On Tue, 3 Sep 2024 at 11:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(request_text("KCSC-240903-02", [TG[i] for i in range(1, 5)]))}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk top-posted reply referring to the quoted request by position",
    why="the statements are the platform's own; only the order of links comes from our quoted request (arguable, see NOTES.md)",
    items={TG[1]: "removed", TG[2]: "removed", TG[3]: "not_found", TG[4]: "rejected"},
)

case(
    name="yt-actioned-blocked-no-action",
    frm="legal-noreply@google.com", name_from="YouTube Legal Support", date=d("2024-09-06 08:03:44", UTC),
    subject="Re: [KCSC-240904-03] Legal removal request", reply_to_req=R3,
    body=f"""Hello,

Thanks for reaching out to us.

The video {YT[1]} has been actioned under our policies.

The video {YT[2]} was blocked from view in South Korea based on local law.

We did not take action on the Short {YT[3]}, since it does not violate our Community Guidelines and we did not find it unlawful under the law you cited.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome email",
    why="platform phrase 'actioned under our policies' (removed), a Korea-only block (restricted), a reasoned refusal",
    items={YT[1]: "removed", YT[2]: "restricted", YT[3]: "rejected"},
)

case(
    name="yt-hedge-in-relative-clause",
    frm="legal-noreply@google.com", name_from="YouTube Legal Support", date=d("2024-09-07 02:51:09", UTC),
    subject="Re: [KCSC-240904-03] Legal removal request", reply_to_req=R3,
    body=f"""Hello,

We removed the video {YT[1]}, which may also have been re-uploaded by other channels that your request does not list. Please report such copies separately.

The Short {YT[3]}, which appears to have been taken down by its uploader, is still being checked on our side.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply with a partial answer",
    why="the hedge sits in a relative clause: the first main clause is a plain removal; the second item is hedged and still being checked",
    items={YT[1]: "removed", YT[3]: "pending"},
)

case(
    name="naver-korean-particles",
    frm="policy@navercorp.com", name_from="네이버 고객센터", date=d("2024-09-09 15:22:10"),
    subject="RE: [KCSC-240905-04] 게시물 삭제 요청에 대한 처리 결과", reply_to_req=R4,
    body=f"""안녕하세요. 네이버 고객센터입니다.

요청하신 게시물 중 {NV[1]} 은 삭제 조치하였으며, {NV[2]} 은 정보통신망법 제44조의2에 따라 30일간 임시조치하였습니다.
{NV[3]}는 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단·임시조치 처리 결과 안내 메일",
    why="three statuses in Korean prose; one URL has its particle '는' glued to it",
    items={NV[1]: "removed", NV[2]: "restricted", NV[3]: "not_found"},
)

case(
    name="naver-html-table-note-revision",
    frm="policy@navercorp.com", name_from="네이버 고객센터", date=d("2024-09-12 17:40:00"),
    subject="RE: [KCSC-240905-04] 시정요구 조치결과 회신", reply_to_req=R4, type="html",
    body=f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>귀 위원회의 시정요구(KCSC-240905-04)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{NV[1]}</td><td>삭제</td><td>2024-09-09</td></tr>
<tr><td>2</td><td>{NV[2]}</td><td>임시조치(30일)</td><td>2024-09-09</td></tr>
<tr><td>3</td><td>{NV[3]}</td><td>미조치(불법정보 해당 없음)</td><td>-</td></tr>
</table>
<p>※ 2번 게시물은 추가 검토 결과 청소년유해정보에 해당하여 9월 12일 삭제 조치로 변경하였습니다.</p>
<p>네이버 주식회사 정책지원팀</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table from a portal, with a ※ note",
    why="the ※ note changes row 2 from 임시조치 to 삭제 (by row number); row 3 is a reasoned 미조치",
    items={NV[1]: "removed", NV[2]: "removed", NV[3]: "rejected"},
)

case(
    name="kakao-korean-prose",
    frm="safety@kakaocorp.com", name_from=KK_NAME, date=d("2024-09-10 11:05:33"),
    subject="RE: [KCSC-240906-05] 저작권 침해 게시물 조치 요청 건", reply_to_req=R5,
    body=f"""안녕하세요, 카카오 고객센터입니다.

요청하신 게시물에 대한 처리 결과를 안내드립니다.

- 다음 카페 게시글 {KK[1]} 은 블라인드 처리되었습니다.
- 게시글 {KK[2]} 에 대해서는 임시조치를 하였습니다.
- 티스토리 게시물 {KK_RAW3} 은 운영정책 위반으로 비공개 처리되었습니다.
- {KK[4]} 은 작성자가 직접 삭제하여 이미 존재하지 않는 페이지입니다.

추가 문의사항이 있으시면 회신 부탁드립니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao (Daum cafe / Tistory) 권리침해 신고 처리 결과 안내",
    why="블라인드 and 비공개 처리 are removals, 임시조치 a restriction, deleted by its author is not_found; a raw Korean path",
    items={KK[1]: "removed", KK[2]: "restricted", KK[3]: "removed", KK[4]: "not_found"},
)

KK_CSV = "번호,URL,처리결과,처리일\n" + "\n".join([
    f"1,{KK[1]},삭제,2024-09-11",
    f"2,{KK[2]},접근제한(국내),2024-09-11",
    f"3,{KK[3]},조치하지 않음(위반 아님),2024-09-11",
    f"4,{KK[4]},게시물 없음(작성자 삭제),2024-09-11",
]) + "\n"
case(
    name="kakao-csv-attachment",
    frm="safety@kakaocorp.com", name_from=KK_NAME, date=d("2024-09-11 16:48:02"),
    subject="RE: [KCSC-240906-05] 처리 결과 회신", reply_to_req=R5,
    raw_mime=f"""Content-Type: multipart/mixed; boundary="kk-342-b"

--kk-342-b
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 카카오 고객센터입니다.

KCSC-240906-05 건의 처리 결과를 첨부 파일로 보내드립니다.
확인 부탁드립니다.

--kk-342-b
Content-Type: text/csv; charset=utf-8; name="KCSC-240906-05_result.csv"
Content-Disposition: attachment; filename="KCSC-240906-05_result.csv"
Content-Transfer-Encoding: base64

{b64(KK_CSV)}
--kk-342-b--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal result sheet sent as a CSV attachment",
    why="one row per URL in a CSV attachment: 삭제, 접근제한(국내), a refusal, and a post deleted by its author",
    items={KK[1]: "removed", KK[2]: "restricted", KK[3]: "rejected", KK[4]: "not_found"},
)

case(
    name="tiktok-not-removed-but-restricted",
    frm="legal@tiktok.com", name_from=TT_NAME, date=d("2024-09-11 07:15:48", UTC),
    subject="Re: [KCSC-240909-06] Request to remove content", reply_to_req=R6,
    body=f"""Hello,

Thank you for contacting TikTok.

The video at {TT[1]} has not been removed from TikTok. It has, however, been made unavailable to viewers in South Korea in accordance with local law.

We have removed the video {TT[2]} for violating our Community Guidelines.

TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok law-enforcement / government request outcome email",
    why="'has not been removed' then 'made unavailable in South Korea': restricted, not removed",
    items={TT[1]: "restricted", TT[2]: "removed"},
)

case(
    name="yt-single-item-content-removed",
    frm="legal-noreply@google.com", name_from="YouTube Legal Support", date=d("2024-09-12 05:30:00", UTC),
    subject="Re: [KCSC-240910-07] Legal removal request", reply_to_req=R7,
    body="""Hello,

Following our review, the content you reported has been removed from YouTube for violating our Community Guidelines.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome email without the URL",
    why="names no URL but answers a one-item request with a plain removal",
    items={YT1: "removed"},
)

X_QP = f"""Hello,

We have reviewed the posts listed in your request KCSC-240902-01 (“Request to remove content”).

The following post has been withheld in South Korea in response to your request: {X[5]}

The following post has been removed for violating the X Rules: {X[6]}

We’ll follow up on the remaining posts separately.

X Legal
"""
case(
    name="x-quoted-printable-wrapped",
    frm="legal-support@x.com", date=d("2024-09-07 12:00:21"),
    subject="Re: [KCSC-240902-01] Request to remove content", reply_to_req=R1,
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(X_QP)}""",
    outcome="applied", classification="confirmation",
    imitates="X legal email sent quoted-printable (soft line breaks inside URLs)",
    why="quoted-printable body; each status precedes its URL on the same line",
    items={X[5]: "restricted", X[6]: "removed"},
)

TG_B64 = f"""Hello,

Regarding Case #5531207: the message {TG[2]} has been taken down.

The message {TG[4]} was not found: the link leads to a message that no longer exists.

Telegram Abuse Team
"""
case(
    name="tg-base64-body",
    frm="abuse@telegram.org", name_from="Telegram Abuse", date=d("2024-09-08 20:02:17"),
    subject="Re: [KCSC-240903-02] Illegal content on Telegram [Case #5531207]", reply_to_req=R2,
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(TG_B64)}""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with a base64 body",
    why="base64 body: one message taken down, one not found",
    items={TG[2]: "removed", TG[4]: "not_found"},
)

case(
    name="x-angle-brackets-headings",
    frm="legal-support@x.com", date=d("2024-09-08 14:33:50"),
    subject="Re: [KCSC-240902-01] Request to remove content", reply_to_req=R1,
    body=f"""Hello,

We've taken down the following posts:

<{X[2]}>
<{X[7]}>

The following post is now withheld in South Korea:

<{X[9]}>

If you have questions about these decisions, reply to this email.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal email grouping posts under outcome headings",
    why="URLs in angle brackets under a heading sentence ending in ':'; the status comes from the heading above",
    items={X[2]: "removed", X[7]: "removed", X[9]: "restricted"},
)

X_ORIG = request_text("KCSC-240902-01", [X[i] for i in range(1, 13)])
case(
    name="x-outlook-top-posted",
    frm="legal-support@x.com", date=d("2024-09-09 10:12:09"),
    subject="RE: [KCSC-240902-01] Request to remove content", reply_to_req=R1,
    body=f"""Hello,

The post {X[11]} has been removed. We were unable to locate {X[12]}; the post does not exist on X.

We are still reviewing the remaining posts in your request.

X Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: legal-support@x.com
Subject: [KCSC-240902-01] Request to remove content

{X_ORIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook-style top-posted reply over the regulator's request",
    why="two statements above '-----Original Message-----'; the quoted request lists all twelve URLs and changes nothing",
    items={X[11]: "removed", X[12]: "not_found"},
)

case(
    name="x-gmail-followup-over-own-quote",
    frm="legal-support@x.com", date=d("2024-09-10 09:02:44"),
    subject="Re: [KCSC-240902-01] Request to remove content", reply_to_req=R1,
    body=f"""Hello,

An update on one of the posts from my previous email: {X[4]} has now been removed for violating our rules.

X Legal

On Thu, 5 Sep 2024 at 09:12, X Legal <legal-support@x.com> wrote:
> Hello,
>
> The post {X[4]} is still under review.
> The post {X[3]} has been withheld in South Korea.
>
> X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style follow-up quoting the platform's own earlier reply",
    why="the new text removes one post; the quoted earlier statements (under review, withheld) do not count",
    items={X[4]: "removed", X[3]: "pending"},
)

case(
    name="naver-url-below-statement",
    frm="noreply@naver.com", name_from="네이버 고객센터", date=d("2024-09-10 10:10:10"),
    subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240905-04)", reply_to_req=R4,
    body=f"""안녕하세요, 네이버 고객센터입니다.
요청하신 건(KCSC-240905-04)에 대한 처리 결과를 알려드립니다.

아래 게시물은 게시중단 조치되었습니다.
{NV[3]}

아래 게시물은 검토 결과 불법정보에 해당하지 않아 별도 조치하지 않았습니다.
{NV[2]}

본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리 결과 안내 (발신 전용)",
    why="the URL stands on the line under its statement; one 게시중단, one reasoned 미조치",
    items={NV[3]: "removed", NV[2]: "rejected"},
)

case(
    name="yt-status-line-below-url",
    frm="legal-noreply@google.com", name_from="YouTube Legal Support", date=d("2024-09-09 06:44:13", UTC),
    subject="Re: [KCSC-240904-03] Legal removal request", reply_to_req=R3,
    body=f"""Hello,

Below is the outcome for each URL in your request:

{YT[1]}
Status: Removed - Harassment and cyberbullying policy

{YT[2]}
Status: Content not found - the video had been deleted by the uploader before our review

{YT[3]}
Status: Age-restricted

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube per-URL outcome list with 'Status:' lines",
    why="bare URL with its status on the line below",
    items={YT[1]: "removed", YT[2]: "not_found", YT[3]: "restricted"},
)

case(
    name="tiktok-receipt-plus-outcome",
    frm="no-reply@tiktok.com", name_from=TT_NAME, date=d("2024-09-10 02:20:36", UTC),
    subject="Re: [KCSC-240909-06] Request to remove content - Ticket 88213", reply_to_req=R6,
    body=f"""Hi,

Thank you for your report. We have received it and assigned ticket number 88213.

The video {TT[1]} has been removed for violating our Community Guidelines.

We'll contact you about the other video in your request once our review is complete.

TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok ticket receipt that already carries one outcome",
    why="an acknowledgement phrase plus an unhedged removal is not a pure acknowledgement; 'the other video' is a promise",
    items={TT[1]: "removed"},
)

case(
    name="x-korean-fullwidth-punct",
    frm="legal-support@x.com", name_from="X 법무팀", date=d("2024-09-11 15:55:05"),
    subject="Re: [KCSC-240902-01] 게시물 삭제 요청", reply_to_req=R1,
    body=f"""안녕하세요。

신고하신 게시물（{X[9]}）은 대한민국 내에서 열람이 보류(withheld) 처리되었습니다。
또한 {X[10]}、{X[2]} 두 게시물은 X 규칙 위반으로 삭제되었습니다。

X 법무팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="X Korea legal reply in Korean",
    why="URLs followed by full-width '）' and '、'; one withheld in Korea, two deleted",
    items={X[9]: "restricted", X[10]: "removed", X[2]: "removed"},
)

# ================================================================== REVIEW
case(
    name="x-promise-within-24h",
    frm="legal-support@x.com", date=d("2024-09-03 17:25:00"),
    subject="Re: [KCSC-240902-01] Request to remove content", reply_to_req=R1,
    body=f"""Hello,

Thanks for your request. The posts {X[3]} and {X[4]} will be removed within 24 hours, once our team has finished verifying the court documents attached to your request.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal reply announcing a future removal",
    why="'will be removed ... once' is a promise with a condition, not a statement",
    items={X[3]: "pending", X[4]: "pending"},
)

case(
    name="yt-under-legal-review",
    frm="legal-noreply@google.com", name_from="YouTube Legal Support", date=d("2024-09-05 04:10:00", UTC),
    subject="Re: [KCSC-240904-03] Legal removal request", reply_to_req=R3,
    body=f"""Hello,

Your request regarding {YT[2]} is currently under review by our legal team. Some requests take longer to process because we need to assess them under local law.

We'll let you know once a decision has been made.

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support interim 'under review' email",
    why="names an item but only says it is under review",
    items={YT[2]: "pending"},
)

case(
    name="tg-may-have-been-deleted",
    frm="abuse@telegram.org", name_from="Telegram Abuse", date=d("2024-09-05 12:44:01"),
    subject="Re: [KCSC-240903-02] Illegal content on Telegram", reply_to_req=R2,
    body=f"""Hello,

We looked into the links you sent. It seems the messages {TG[3]} and {TG[4]} may have been deleted by the channel's administrators already, but we cannot confirm this at the moment.

We will get back to you.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk interim reply",
    why="'seems ... may have been deleted ... cannot confirm' is a hedge, not a status",
    items={TG[3]: "pending", TG[4]: "pending"},
)

case(
    name="x-all-reported-removed",
    frm="legal-support@x.com", date=d("2024-09-12 08:30:00"),
    subject="Re: [KCSC-240902-01] Request to remove content", reply_to_req=R1,
    body="""Hello,

Following our review of request KCSC-240902-01, all of the reported posts have been removed for violating the X Rules.

X Legal
""",
    outcome="review", review="bulk",
    imitates="X legal closing email with a blanket statement",
    why="a statement about all posts of a twelve-item request without naming any",
    items={X[i]: "pending" for i in range(1, 13)},
)

case(
    name="kakao-all-deleted-korean",
    frm="safety@kakaocorp.com", name_from=KK_NAME, date=d("2024-09-12 10:00:00"),
    subject="RE: [KCSC-240906-05] 조치 완료 안내", reply_to_req=R5,
    body="""안녕하세요, 카카오 고객센터입니다.

요청하신 KCSC-240906-05 건의 게시물 4건은 모두 삭제 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Korean portal 조치 완료 안내 without a URL list",
    why="'4건은 모두 삭제' for a four-item request names no item",
    items={KK[i]: "pending" for i in range(1, 5)},
)

case(
    name="x-auth-fail",
    frm="legal-support@x.com", auth="fail", date=d("2024-09-07 03:03:03"),
    subject="Re: [KCSC-240902-01] Request to remove content", reply_to_req=R1,
    body=f"""Hello,

We have removed the posts {X[1]} and {X[11]}.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal outcome email failing DMARC",
    why="clear statements, but the x.com sender fails authentication",
    items={X[1]: "pending", X[11]: "pending"},
)

case(
    name="agency-unknown-sender",
    frm="rights@velvetfox-mgmt.example", name_from="VelvetFox Management", date=d("2024-09-10 19:20:00"),
    subject="Re: [KCSC-240909-06] Request to remove content",
    body=f"""Dear Sir or Madam,

We represent the creator of the account @velvetfox.kr. Our artist has deleted both videos:
{TT[1]}
{TT[2]}

Please close case KCSC-240909-06.

Kind regards,
VelvetFox Management
""",
    outcome="review", review="unknown_sender",
    imitates="creator's management agency writing to the regulator",
    why="statements about requested items from a sender that is no platform",
    items={TT[1]: "pending", TT[2]: "pending"},
)

case(
    name="naver-about-daum-cafe",
    frm="policy@navercorp.com", name_from="네이버 고객센터", date=d("2024-09-09 09:30:00"),
    subject="문의하신 카페 게시글 관련 회신",
    body=f"""안녕하세요. 네이버 고객센터입니다.

문의하신 {KK[1]} 게시글은 네이버 카페가 아닌 다음 카페의 게시물로, 당사 서비스에서는 확인되지 않습니다.
해당 서비스 운영사에 문의하시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER reply to a question about a Daum cafe post",
    why="NAVER states 'not found on our service' about a Kakao item",
    items={KK[1]: "pending"},
)

case(
    name="tg-process-change-no-claims",
    frm="dsa@telegram.org", name_from="Telegram", date=d("2024-09-13 18:00:00"),
    subject="Changes to how government bodies report content to Telegram",
    body="""Dear partner,

Starting 1 October 2024, reports from government bodies and regulators should be submitted through our dedicated portal at https://telegram.org/support/gov-reports rather than by email. Reports sent by email after that date will still be read, but replies may take longer.

Thank you for your cooperation.

Telegram
""",
    outcome="review", review="no_claims", classification="other",
    imitates="Telegram notice to authorities about a new reporting portal",
    why="trusted platform mail naming no item and no request; the portal link is not an item",
    items={},
)

case(
    name="tiktok-table-vs-note",
    frm="legal@tiktok.com", name_from=TT_NAME, date=d("2024-09-13 06:12:44", UTC),
    subject="Re: [KCSC-240909-06] Request to remove content", reply_to_req=R6, type="html",
    body=f"""<html><body>
<p>Hello,</p>
<p>Please see the outcome of your request below.</p>
<table border="1" cellpadding="3">
<tr><th>Video</th><th>Result</th></tr>
<tr><td>{TT[1]}</td><td>Removed</td></tr>
</table>
<p>Please note that the video {TT[1]} remains available on TikTok, as we did not find a violation of our Community Guidelines or of local law.</p>
<p>TikTok Trust &amp; Safety</p>
</body></html>
""",
    outcome="review", review="conflicting_statements",
    imitates="TikTok outcome table with a contradicting note",
    why="the table says Removed, the note under it says the same video remains available; no sign which is later",
    items={TT[1]: "pending"},
)

case(
    name="naver-asks-documents",
    frm="policy@navercorp.com", name_from="네이버 고객센터", date=d("2024-09-06 11:11:11"),
    subject="RE: [KCSC-240905-04] 추가 자료 요청", reply_to_req=R4,
    body=f"""안녕하세요. 네이버 고객센터입니다.

요청하신 게시물 {NV[2]} 의 불법성 판단을 위하여 관련 심의 의결서 사본을 추가로 보내주시기 바랍니다.
자료가 확인되는 대로 검토 후 처리 결과를 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean portal request for supporting documents (소명자료 요청)",
    why="the platform asks for a document before deciding; nothing is decided",
    items={NV[2]: "pending"},
)

case(
    name="yt-counter-notice-condition",
    frm="legal-noreply@google.com", name_from="YouTube Legal Support", date=d("2024-09-08 03:33:33", UTC),
    subject="Re: [KCSC-240904-03] Legal removal request", reply_to_req=R3,
    body=f"""Hello,

We have notified the uploader of your request. If no valid counter notification is received by 20 September, the video {YT[2]} will be removed.

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal email announcing a removal conditional on the uploader",
    why="a condition and a future removal, not a status",
    items={YT[2]: "pending"},
)

# ================================================================= IGNORED
case(
    name="x-out-of-office",
    frm="mpark@x.com", name_from="Minji Park", date=d("2024-09-02 10:00:40"),
    subject="Automatic reply: [KCSC-240902-01] Request to remove content", reply_to_req=R1,
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I'm out of the office until 23 September with limited access to email.

For urgent legal requests please write to legal-support@x.com.

Minji
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="an out-of-office reply",
    items={},
)

NV_DSN = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="nv-dsn-342"

--nv-dsn-342
Content-Type: text/plain; charset=utf-8

This is the mail system at host mx2.navercorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<policy-old@navercorp.com>: host mailstore.navercorp.com said:
    550 5.1.1 User unknown

--nv-dsn-342
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.navercorp.com
Arrival-Date: Thu, 5 Sep 2024 14:00:03 +0900 (KST)

Final-Recipient: rfc822; policy-old@navercorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--nv-dsn-342
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: policy-old@navercorp.com
Subject: [KCSC-240905-04] 게시물 삭제 요청
Message-ID: <{R4}@kcsc.example>
Date: Thu, 5 Sep 2024 14:00:00 +0900
Content-Type: text/plain; charset=utf-8

아래 게시물의 삭제를 요청합니다.
1. {NV[1]}
2. {NV[2]}
3. {NV[3]}

--nv-dsn-342--
"""
case(
    name="naver-dsn-bounce",
    frm="MAILER-DAEMON@navercorp.com", name_from="Mail Delivery System", date=d("2024-09-05 14:00:05"),
    subject="Undelivered Mail Returned to Sender", reply_to_req=R4,
    raw_mime=NV_DSN,
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (multipart/report)",
    why="a bounce carrying our own request and its URLs",
    items={NV[1]: "pending", NV[2]: "pending", NV[3]: "pending"},
)

TT_MDN = f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="tt-mdn-342"

--tt-mdn-342
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@tiktok.com
  Subject: [KCSC-240909-06] Request to remove content
  Sent: Monday, September 9, 2024 3:00:00 PM (UTC+09:00) Seoul

was read on Tuesday, September 10, 2024 9:02:11 AM (UTC+09:00) Seoul.

--tt-mdn-342
Content-Type: message/disposition-notification

Reporting-UA: mail.tiktok.com; Microsoft Outlook 16.0
Final-Recipient: rfc822; legal@tiktok.com
Original-Message-ID: <{R6}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--tt-mdn-342--
"""
case(
    name="tiktok-read-receipt",
    frm="legal@tiktok.com", name_from=TT_NAME, date=d("2024-09-10 09:02:12"),
    subject="Read: [KCSC-240909-06] Request to remove content", reply_to_req=R6,
    raw_mime=TT_MDN,
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (message/disposition-notification)",
    why="a read receipt",
    items={},
)

case(
    name="tg-ticket-receipt",
    frm="abuse@telegram.org", name_from="Telegram Abuse", date=d("2024-09-03 11:02:00"),
    subject="Re: [KCSC-240903-02] Illegal content on Telegram [Case #5531207]", reply_to_req=R2,
    body="""Hello,

Thank you for your report. It has been received and assigned Case #5531207.

Our moderators will look into it. Please keep the case number in the subject line if you write to us about this report again.

Telegram Abuse Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram abuse-desk case receipt",
    why="a pure receipt with a case number, no statement about any item",
    items={},
)

case(
    name="kakao-auto-receipt",
    frm="noreply@kakaocorp.com", name_from=KK_NAME, date=d("2024-09-06 10:31:02"),
    subject="[자동발신] 문의 접수 안내 (KCSC-240906-05)", reply_to_req=R5,
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: KS-20240906-0412

담당자가 확인 후 순차적으로 답변드리겠습니다.
본 메일은 발신 전용으로 회신되지 않습니다.
""",
    outcome="ignored",
    imitates="Korean help-desk automatic 문의 접수 안내",
    why="an automatic receipt with a ticket number, nothing about any item",
    items={},
)

case(
    name="yt-ooo-quoting-request",
    frm="dcho@google.com", name_from="Daniel Cho", date=d("2024-09-04 09:31:10"),
    subject="Automatic reply: [KCSC-240904-03] Legal removal request", reply_to_req=R3,
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""Thank you for your email. I am on leave until 30 September and will not be reading mail.

For YouTube legal matters please use legal-kr@google.com.

Daniel

{quoted(request_text("KCSC-240904-03", [YT[i] for i in range(1, 4)]))}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail vacation responder quoting the original request",
    why="an out-of-office reply; the URLs are only in our quoted request",
    items={YT[1]: "pending", YT[2]: "pending", YT[3]: "pending"},
)

GM_DSN = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="gm-dsn-342"

--gm-dsn-342
Content-Type: text/plain; charset=UTF-8

** Address not found **

Your message wasn't delivered to legal-kr-old@google.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.

--gm-dsn-342
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 10 Sep 2024 00:00:04 -0700 (PDT)

Final-Recipient: rfc822; legal-kr-old@google.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--gm-dsn-342
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@google.com
Subject: [KCSC-240910-07] Legal removal request
Message-ID: <{R7}@kcsc.example>
Date: Tue, 10 Sep 2024 16:00:00 +0900
Content-Type: text/plain; charset=utf-8

Please remove the following video:
{YT1}

--gm-dsn-342--
"""
case(
    name="google-dsn-failure",
    frm="mailer-daemon@googlemail.com", name_from="Mail Delivery Subsystem", date=d("2024-09-10 16:00:06"),
    subject="Delivery Status Notification (Failure)", reply_to_req=R7,
    raw_mime=GM_DSN,
    outcome="ignored", classification="bounce",
    imitates="Gmail 'Address not found' delivery status notification",
    why="a bounce from Google's mailer for our request of one item",
    items={YT1: "pending"},
)


HEADER = """# Blind set 342 (what a program gets wrong): expected results written from
# each email's meaning before any run of the reader. Generated by make.py."""

if __name__ == "__main__":
    write_requests()
    # corpuslib.headers reads c["from"]
    for c in cases:
        c["from"] = c.pop("frm")
        # non-ASCII display names and subjects as RFC 2047 encoded-words
        for k in ("subject", "name_from"):
            if k in c and not c[k].isascii():
                c[k] = Header(c[k], "utf-8").encode()
    corpuslib.write_set(HERE, "blind342", HEADER, cases)
    counts = {}
    for c in cases:
        counts[c["outcome"]] = counts.get(c["outcome"], 0) + 1
    print(len(cases), "cases", counts)
