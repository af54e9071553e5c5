#!/usr/bin/env python3
"""Blind set 426: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by its own note, statuses given by position. Written from each
email's meaning, before any run of the reader.

    python3 tests/corpus/blind426/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind426"

# ---------------------------------------------------------------- requests
Y = {
    1: "https://www.youtube.com/watch?v=Qm3vT8kLp2A",
    2: "https://www.youtube.com/watch?v=bX7nR4wEe9c",
    3: "https://www.youtube.com/watch?v=H2kPz5uYt0s",
    4: "https://www.youtube.com/watch?v=n8LdW1qVf6J",
    5: "https://www.youtube.com/watch?v=tR9cM3oGa4k",
    6: "https://www.youtube.com/watch?v=Zp0sJ7yHb1u",
    7: "https://www.youtube.com/shorts/Ke4wX2nFq8L",
    8: "https://www.youtube.com/shorts/a6VmT0pRz3D",
    9: "https://www.youtube.com/watch?v=Wc5gB8hNj2e",
    10: "https://www.youtube.com/watch?v=fD1uQ6sKx7m",
    11: "https://www.youtube.com/@haneul_signal_tv",
    12: "https://www.youtube.com/watch?v=Lr8yE3tCv5o",
}
X = {
    1: "https://x.com/grayfin_news/status/1833012345678901234",
    2: "https://x.com/grayfin_news/status/1833019876543210987",
    3: "https://x.com/lotus_arcade/status/1832987001122334455",
    4: "https://x.com/bluepine_daily/status/1833100223344556677",
}
T = {
    1: "https://t.me/amber_quay/418",
    2: "https://t.me/amber_quay/433",
    3: "https://t.me/northwind_deals/92",
}
N4_RAW = "https://in.naver.com/sorasori/contents/후기-모음"
N = {
    1: "https://blog.naver.com/dalbit_road/223571048812",
    2: "https://blog.naver.com/dalbit_road/223571092207",
    3: "https://cafe.naver.com/pinecone2024/15873",
    4: "https://in.naver.com/sorasori/contents/%ED%9B%84%EA%B8%B0-%EB%AA%A8%EC%9D%8C",
    5: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80201&docId=471230598",
}
K2_RAW = "https://greenleaf-notes.tistory.com/entry/제품-후기"
K = {
    1: "https://cafe.daum.net/maplestreet/Ab12/3309",
    2: "https://greenleaf-notes.tistory.com/entry/%EC%A0%9C%ED%92%88-%ED%9B%84%EA%B8%B0",
    3: "https://brunch.co.kr/@yeonwoo-park/57",
}
TT = {
    1: "https://www.tiktok.com/@mintfoxclips/video/7413285501928374612",
    2: "https://www.tiktok.com/@mintfoxclips/video/7413290017263548109",
}
XX1 = "https://x.com/quietmarlin/status/1833402299887766554"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240910-01", "youtube", "2024-09-10T10:30:00+09:00", "2024-09-17T18:00:00+09:00",
     [Y[i] for i in range(1, 13)], "defamation", "req-240910-01@kcsc.example",
     "harassment campaign, videos and one channel"),
    ("KCSC-240910-02", "x", "2024-09-10T11:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [X[i] for i in range(1, 5)], "privacy", "req-240910-02@kcsc.example",
     "personal data of a private person"),
    ("KCSC-240911-03", "telegram", "2024-09-11T09:00:00+09:00", "2024-09-18T18:00:00+09:00",
     [T[i] for i in range(1, 4)], "drugs", "req-240911-03@kcsc.example",
     "sale posts in public channels"),
    ("KCSC-240911-04", "naver", "2024-09-11T14:00:00+09:00", "2024-09-18T18:00:00+09:00",
     [N[i] for i in range(1, 6)], "defamation", "req-240911-04@kcsc.example",
     "시정요구 (blog, cafe, influencer, 지식iN)"),
    ("KCSC-240912-05", "kakao", "2024-09-12T10:00:00+09:00", "2024-09-19T18:00:00+09:00",
     [K[i] for i in range(1, 4)], "defamation", "req-240912-05@kcsc.example",
     "Daum cafe, Tistory, brunch"),
    ("KCSC-240912-06", "tiktok", "2024-09-12T11:00:00+09:00", "2024-09-19T18:00:00+09:00",
     [TT[1], TT[2]], "gambling", "req-240912-06@kcsc.example",
     "illegal gambling promotion"),
    ("KCSC-240912-07", "x", "2024-09-12T15:00:00+09:00", "2024-09-19T18:00:00+09:00",
     [XX1], "privacy", "req-240912-07@kcsc.example", "single post"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def quoted_request(ref, urls, prefix="> "):
    lines = [
        f"Reference: {ref}",
        "",
        "The Korea Communications Standards Commission asks you to remove or",
        "disable access to the following content, which was found to violate",
        "Korean law:",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please tell us the action taken for each URL.", "", "KCSC Takedown Desk"]
    return "\n".join((prefix + l).rstrip() for l in lines)


def pending(urls):
    return {u: "pending" for u in urls}


YT = "legal-support-kr@google.com"

# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ============================ APPLIED ==================================

case(
    name="yt-two-removed-one-blocked-one-sentence",
    frm=YT, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 15:12:40 +0900",
    subject="Re: [KCSC-240910-01] Request to remove content on YouTube",
    reply_to_req="req-240910-01",
    body=f"""
Hello,

Thank you for your notice regarding KCSC-240910-01.

Having reviewed the first three URLs in your list, we removed {Y[1]} and {Y[2]} for violating our harassment policy, while {Y[3]}, which does not violate our Community Guidelines, has been blocked from view in South Korea under local law.

We are still reviewing the remaining URLs and will respond separately.

Regards,
Jiwon
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome email (global removal vs. local block)",
    why="one sentence: two removed, the third blocked in Korea; its relative clause 'does not violate our Community Guidelines' is the reason for a local block, not a refusal",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "restricted"},
)

case(
    name="yt-numbered-outcome-below-url",
    frm=YT, name_from="YouTube Legal",
    date="Thu, 12 Sep 2024 10:04:11 +0900",
    subject="Your legal request KCSC-240910-01 (ref 7-1904000038128)",
    body=f"""
Hello,

We have completed our review of the following items from your request:

1. {Y[4]}
   Outcome: Removed globally. The video violates YouTube's Community
   Guidelines (harmful or dangerous content).

2. {Y[5]}
   Outcome: Content blocked in Korea on the basis of local law. It remains
   available in other countries.

3. {Y[6]}
   Outcome: No action taken. After careful review we did not find that this
   content violates our policies or the law cited in your notice.

4. {Y[7]}
   Outcome: We were unable to locate this content. Please check that the
   URL is correct.

You can read more about how we handle legal requests at
https://support.google.com/legal/answer/3110420.

The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal-request outcome list (one block per URL, 'Outcome:' line below)",
    why="statuses on the line below each URL: removed, blocked in Korea, no action with reason, unable to locate; the help link is no item",
    items={Y[4]: "removed", Y[5]: "restricted", Y[6]: "rejected", Y[7]: "not_found"},
)

case(
    name="yt-hedge-in-relative-clause",
    frm=YT, name_from="YouTube Trust & Safety",
    date="Thu, 12 Sep 2024 17:45:03 +0900",
    subject="Re: [KCSC-240910-01] Request to remove content on YouTube",
    reply_to_req="req-240910-01",
    body=f"""
Hello,

Regarding your request KCSC-240910-01:

The Short at {Y[8]}, which appears to be a re-upload of material from another channel, has been removed for violating our harassment policy.

The video {Y[9]}, which may be upsetting to some viewers, does not violate our Community Guidelines or the Korean law described in your notice, so we are leaving it up.

Kind regards,
Min-seo
YouTube Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Trust & Safety reply to a government flag",
    why="the hedges ('appears to', 'may be') sit in relative clauses about the content; the main clauses state removed and a refusal with its reason",
    items={Y[8]: "removed", Y[9]: "rejected"},
)

case(
    name="yt-restricted-then-removed-globally",
    frm=YT, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 11:20:55 +0900",
    subject="Follow-up: KCSC-240910-01",
    body=f"""
Hello,

Following up on our earlier reply to KCSC-240910-01.

On 12 September we restricted {Y[10]} in South Korea. After an additional review by our policy team, the video has since been removed globally for violating our hate speech policy, so it is no longer available in any country.

The channel {Y[11]} has been terminated for repeated violations of our Community Guidelines.

Best,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube follow-up after escalation (local block upgraded to global removal)",
    why="the later sentence revises the first: the video is now removed; the channel terminated = removed",
    items={Y[10]: "removed", Y[11]: "removed"},
)

HTML_NOTE = f"""<html><body>
<p>Hello,</p>
<p>Please find below the outcome for request <b>KCSC-240910-01</b>.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Action</th><th>Basis</th></tr>
<tr><td>{Y[1]}</td><td>Removed</td><td>Community Guidelines</td></tr>
<tr><td>{Y[12]}</td><td>Blocked (KR)</td><td>Local law</td></tr>
</table>
<p><i>Note:</i> the action shown above for {Y[12]} is out of date.
The video was first blocked in Korea, but the uploader's channel was later
terminated and the video is now removed for all viewers.</p>
<p>YouTube Legal Support</p>
</body></html>"""

case(
    name="yt-html-table-note-corrects-row",
    frm=YT, name_from="YouTube Legal Support",
    date="Sat, 14 Sep 2024 09:30:00 +0900",
    subject="Re: [KCSC-240910-01] Outcome",
    reply_to_req="req-240910-01",
    type="html",
    body=HTML_NOTE,
    outcome="applied", classification="confirmation",
    imitates="Google legal outcome table with a reviewer's note",
    why="the table says Y12 blocked in Korea, the note below explicitly says that row is out of date and the video is now removed; Y1 removed",
    items={Y[1]: "removed", Y[12]: "removed"},
)

CSV_ATT = "url,action,reason\n" + "\n".join([
    f"{Y[2]},Removed,Violates Community Guidelines - harassment",
    f"{Y[6]},Blocked in KR,Local law",
    f"{Y[9]},No action,Does not violate our policies or local law",
    f"{Y[12]},Not found,URL does not resolve to a video",
]) + "\n"

case(
    name="yt-csv-attachment-four-outcomes",
    frm=YT, name_from="YouTube Legal Support",
    date="Sat, 14 Sep 2024 14:02:19 +0900",
    subject="Results for KCSC-240910-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_b426_csv_1"

--=_b426_csv_1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for each URL we have reviewed so far in
your request KCSC-240910-01. The file lists the action taken per URL.

YouTube Legal Support

--=_b426_csv_1
Content-Type: text/csv; charset=utf-8; name="KCSC-240910-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240910-01_results.csv"
Content-Transfer-Encoding: base64

{base64.encodebytes(CSV_ATT.encode()).decode().strip()}
--=_b426_csv_1--
""",
    outcome="applied", classification="confirmation",
    imitates="bulk legal outcome export sent as a CSV attachment",
    why="CSV rows: removed, blocked in KR (restricted), no action with reason (rejected), not found",
    items={Y[2]: "removed", Y[6]: "restricted", Y[9]: "rejected", Y[12]: "not_found"},
)

QP_BODY = f"""Dear KCSC team,

Thank you for contacting YouTube about KCSC-240910-01.

We have age-restricted {Y[3]}. Viewers now need to be signed in and over 18 to watch it, and it cannot be embedded on other sites.

We will not remove {Y[4]}: after review, the video is news reporting and does not violate our policies or the local law you cited, so it will stay available.

— YouTube Legal
"""

case(
    name="yt-qp-age-restricted-and-refused",
    frm=YT, name_from="YouTube Legal",
    date="Sun, 15 Sep 2024 13:15:44 +0900",
    subject="Re: [KCSC-240910-01] Request to remove content on YouTube",
    reply_to_req="req-240910-01",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    + quopri.encodestring(QP_BODY.encode("utf-8")).decode("ascii"),
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction notice and refusal (quoted-printable body)",
    why="age-restricted = restricted; 'we will not remove ... does not violate ... will stay available' is a refusal with its reason, not a promise",
    items={Y[3]: "restricted", Y[4]: "rejected"},
)

KO_B64 = f"""안녕하세요, 유튜브 법무팀입니다.
요청번호 KCSC-240910-01 관련하여 검토 결과를 안내드립니다.

- {Y[5]} : 현지 법률에 따라 대한민국 내 접근이 제한되었습니다.
- {Y[6]} : 커뮤니티 가이드 위반으로 삭제되었습니다.

나머지 URL은 검토가 끝나는 대로 별도로 회신드리겠습니다.

감사합니다.
YouTube 법무팀 드림
"""

case(
    name="yt-korean-base64-two-outcomes",
    frm=YT, name_from="YouTube 법무팀",
    date="Mon, 16 Sep 2024 10:40:00 +0900",
    subject="RE: [KCSC-240910-01] 게시물 삭제 요청 검토 결과",
    reply_to_req="req-240910-01",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
    + base64.encodebytes(KO_B64.encode("utf-8")).decode("ascii"),
    outcome="applied", classification="confirmation",
    imitates="Google Korea legal team reply in Korean (base64 body)",
    why="대한민국 내 접근 제한 = restricted; 삭제 = removed; the promise about the rest names no URL",
    items={Y[5]: "restricted", Y[6]: "removed"},
)

case(
    name="yt-not-removed-and-uploader-deleted",
    frm=YT, name_from="YouTube Legal Support",
    date="Mon, 16 Sep 2024 16:05:27 +0900",
    subject="Re: [KCSC-240910-01] Request to remove content on YouTube",
    reply_to_req="req-240910-01",
    body=f"""
Hi,

About KCSC-240910-01: we did not remove {Y[7]}. Our reviewers found no violation of our Community Guidelines, and the Short remains available.

{Y[8]} is no longer on YouTube, but not because of any action by us: the uploader deleted it before we reviewed your request.

Thanks,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube reply distinguishing refusal from uploader deletion",
    why="'did not remove ... remains available' with reason = rejected; 'no longer on YouTube ... the uploader deleted it' = not_found (deleted by its author), not removed",
    items={Y[7]: "rejected", Y[8]: "not_found"},
)

case(
    name="x-statuses-by-position",
    frm="legal-noreply@x.com", name_from="X Legal",
    date="Thu, 12 Sep 2024 08:55:31 +0900",
    subject="Re: [KCSC-240910-02] Legal request concerning 4 posts",
    reply_to_req="req-240910-02",
    body=f"""
Hello,

We are writing in response to your request KCSC-240910-02 concerning the following posts:

1. {X[1]}
2. {X[2]}
3. {X[3]}
4. {X[4]}

After review, we have withheld posts 1 and 3 in South Korea under local law. Post 2 has been removed for violating the X Rules. We were unable to locate post 4; it may have been deleted before our review.

For more information, please see https://help.x.com/en/rules-and-policies/post-withheld-by-country.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld content notice answering a numbered list",
    why="statuses given by position in the echoed numbered list: 1 and 3 withheld in Korea, 2 removed, 4 not located (the hedge is only about why)",
    items={X[1]: "restricted", X[2]: "removed", X[3]: "restricted", X[4]: "not_found"},
)

case(
    name="x-top-posted-over-gmail-quote",
    frm="legal@x.com", name_from="X Legal",
    date="Fri, 13 Sep 2024 12:31:08 +0900",
    subject="Re: [KCSC-240910-02] Legal request concerning 4 posts",
    reply_to_req="req-240910-02",
    body=f"""
Hi,

The two posts from @grayfin_news in your request have been withheld in Korea:
{X[1]}
{X[2]}

We'll follow up on the rest separately.

X Legal

On Tue, Sep 10, 2024 at 11:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240910-02", [X[1], X[2], X[3], X[4]])}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply top-posted over the quoted request (Gmail quoting)",
    why="X1 and X2 withheld in Korea; X3 and X4 appear only in the quoted request",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "pending", X[4]: "pending"},
)

case(
    name="x-refusal-with-reason-and-removal",
    frm="legal@x.com", name_from="X Legal",
    date="Sat, 14 Sep 2024 10:10:10 +0900",
    subject="KCSC-240910-02",
    body=f"""
Regarding KCSC-240910-02.

We have decided not to take action on {X[3]}. The post is commentary on a public figure's conduct, and we did not find it to violate the X Rules or the Korean law cited in your request; it remains visible.

{X[4]} has been removed for violating our private information and media policy.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal response declining one post and removing another",
    why="a refusal with its reason (rejected) next to a removal",
    items={X[3]: "rejected", X[4]: "removed"},
)

case(
    name="x-single-item-no-url",
    frm="legal@x.com", name_from="X Legal",
    date="Fri, 13 Sep 2024 16:48:02 +0900",
    subject="Re: [KCSC-240912-07] Request to remove one post",
    reply_to_req="req-240912-07",
    body="""
Hello,

Thank you for your report. The reported post has been removed for violating the X Rules.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X short report-outcome email",
    why="a one-item request; 'the reported post has been removed' is a statement about its only item",
    items={XX1: "removed"},
)

case(
    name="tg-blocked-but-channel-missing",
    frm="abuse@telegram.org", name_from="Telegram Abuse",
    date="Thu, 12 Sep 2024 19:22:47 +0900",
    subject="Re: [KCSC-240911-03] Illegal drug sales on Telegram",
    reply_to_req="req-240911-03",
    body=f"""
Hello,

Thank you for your report (KCSC-240911-03). Messages {T[1]} and {T[2]} have been blocked for all users, but we could not find {T[3]} - the channel northwind_deals does not exist.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply",
    why="one sentence, two statuses: two messages blocked for all users (removed), the third does not exist (not_found)",
    items={T[1]: "removed", T[2]: "removed", T[3]: "not_found"},
)

case(
    name="tg-correction-later-line",
    frm="abuse@telegram.org", name_from="Telegram Abuse",
    date="Fri, 13 Sep 2024 22:03:19 +0900",
    subject="Re: [KCSC-240911-03] Case #2471193",
    reply_to_req="req-240911-03",
    body=f"""
Case #2471193

Hi,

We blocked {T[1]} and {T[2]} today.

Correction to the line above: message 433 had already been deleted by the channel admin before our moderators got to it, so no action was needed on our side for that one.

{T[3]} stays up. It is an ordinary sales post for kitchenware and does not break Telegram's Terms of Service.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with a self-correction",
    why="the correction revises the first sentence for 433: deleted by its owner (not_found); 418 blocked (removed); 92 stays up with reason (rejected)",
    items={T[1]: "removed", T[2]: "not_found", T[3]: "rejected"},
)

NV_ROWS = [
    (1, N[1], "삭제", "-"),
    (2, N[2], "블라인드", "-"),
    (3, N[3], "임시조치(30일)", "게시자 소명 대기"),
    (4, N[4], "게시물 없음", "작성자 삭제"),
    (5, N[5], "미조치", "위반 사항 확인되지 않음"),
]
NV_TEXT = "\n".join(f"{n}. {u} | {a} | {b}" for n, u, a, b in NV_ROWS)
NV_HTML = "\n".join(f"<tr><td>{n}</td><td>{u}</td><td>{a}</td><td>{b}</td></tr>" for n, u, a, b in NV_ROWS)
case(
    name="naver-sijeong-result-table",
    frm="policy@navercorp.com", name_from="네이버 정책지원",
    date="Fri, 13 Sep 2024 15:00:00 +0900",
    subject="[KCSC-240911-04] 시정요구에 대한 조치결과 회신",
    reply_to_req="req-240911-04",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="=_b426_nv_2"

--=_b426_nv_2
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

방송통신심의위원회 담당자님께,

KCSC-240911-04 시정요구에 대한 조치결과를 아래와 같이 회신드립니다.

번호 | URL | 조치결과 | 비고
{NV_TEXT}

네이버 주식회사 정책지원팀

--=_b426_nv_2
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>KCSC-240911-04 시정요구에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
{NV_HTML}
</table>
<p>네이버 주식회사 정책지원팀</p>
</body></html>

--=_b426_nv_2--
""",
    outcome="applied", classification="confirmation",
    imitates="시정요구 조치결과 회신 table from a Korean portal",
    why="삭제 and 블라인드 = removed; 임시조치 = restricted; 게시물 없음(작성자 삭제) = not_found; 미조치 with reason = rejected",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found", N[5]: "rejected"},
)

case(
    name="naver-korean-particles-fullwidth",
    frm="policy@navercorp.com", name_from="네이버 정책지원",
    date="Sat, 14 Sep 2024 11:11:11 +0900",
    subject="Re: [KCSC-240911-04] 게시물 게시중단 요청",
    reply_to_req="req-240911-04",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.
KCSC-240911-04 요청 건에 대해 다음과 같이 처리하였음을 알려드립니다.

{N[1]}은 게시중단 처리되었습니다.
{N[3]}의 경우 작성자가 이미 삭제한 게시물이어서 별도 조치가 필요하지 않았습니다.
{N4_RAW} 는 비공개 처리되었습니다.
{N[5]}：삭제 완료。

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리 안내 (prose, one URL a line)",
    why="URLs followed by Korean particles and full-width punctuation; a raw Korean path; 작성자가 이미 삭제 = not_found",
    items={N[1]: "removed", N[3]: "not_found", N[4]: "removed", N[5]: "removed"},
)

case(
    name="naver-one-done-one-under-review",
    frm="help@naver.com", name_from="NAVER 고객센터",
    date="Sun, 15 Sep 2024 09:48:36 +0900",
    subject="[KCSC-240911-04] 처리 결과 안내",
    body=f"""
KCSC-240911-04 관련 회신드립니다.

{N[2]} 게시물은 검토 결과 운영정책 위반으로 삭제하였습니다.
{N[5]} 게시물은 현재 법무 검토가 진행 중이며, 결과가 나오는 대로 다시 안내드리겠습니다.

NAVER 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 partial reply",
    why="N2 deleted; N5 under legal review (a promise, stays pending)",
    items={N[2]: "removed", N[5]: "pending"},
)

case(
    name="kakao-temporary-measure-and-refusal",
    frm="right@kakaocorp.com", name_from="카카오 권리침해신고센터",
    date="Fri, 13 Sep 2024 17:30:00 +0900",
    subject="[카카오] KCSC-240912-05 게시중단 요청 처리 결과 안내",
    reply_to_req="req-240912-05",
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.
요청하신 KCSC-240912-05 건의 처리 결과를 안내드립니다.

1) {K[1]}
 → 정보통신망법 제44조의2에 따라 30일간 임시조치(접근 차단)하였습니다.
2) {K2_RAW}
 → 서비스 운영정책 위반이 확인되어 삭제하였습니다.
3) {K[3]}
 → 게시물 내용만으로는 위법성을 판단하기 어려워 별도 조치를 하지 않았습니다. 권리침해를 입증할 수 있는 자료가 있으시면 회신해 주십시오.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 권리침해신고 처리 결과 안내 (임시조치)",
    why="임시조치(접근 차단) = restricted; 삭제 = removed; no action with its reason = rejected (the offer to look at evidence does not undo the refusal)",
    items={K[1]: "restricted", K[2]: "removed", K[3]: "rejected"},
)

case(
    name="kakao-url-below-statement",
    frm="right@kakaocorp.com", name_from="카카오 권리침해신고센터",
    date="Sat, 14 Sep 2024 10:20:00 +0900",
    subject="[카카오] KCSC-240912-05 추가 회신",
    body=f"""
KCSC-240912-05 건 추가 회신드립니다.

아래 게시물은 운영자 삭제 처리되었습니다.
{K[2]}

아래 게시물은 존재하지 않는 페이지로 확인됩니다(이미 작성자가 삭제).
{K[3]}

카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 follow-up",
    why="each statement points forward to the URL on the line below: 운영자 삭제 = removed, 존재하지 않는 페이지 = not_found",
    items={K[2]: "removed", K[3]: "not_found"},
)

case(
    name="tiktok-statement-of-reasons-blocks",
    frm="legal-kr@tiktok.com", name_from="TikTok Trust and Safety",
    date="Sat, 14 Sep 2024 03:14:15 +0900",
    subject="Decision on your report KCSC-240912-06",
    body=f"""
Dear reporter,

We have reviewed the content you reported under KCSC-240912-06 and taken the following decisions.

Content: {TT[1]}
Decision: Access restricted in the Republic of Korea
Ground: Found to be illegal under the local law you cited. The video does not violate our Community Guidelines, so it remains available outside Korea.
Automated means used: No

Content: {TT[2]}
Decision: Removed
Ground: Violation of our Community Guidelines (illegal activities and regulated goods).
Automated means used: No

If you disagree with a decision, you can appeal within six months at https://www.tiktok.com/legal/report/feedback.

TikTok Trust and Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok decision notice in the DSA statement-of-reasons layout",
    why="Decision lines: restricted in Korea (the 'does not violate ... remains available outside Korea' ground is no refusal), removed; appeal link is no item",
    items={TT[1]: "restricted", TT[2]: "removed"},
)

case(
    name="tiktok-not-removed-but-restricted",
    frm="legal-kr@tiktok.com", name_from="TikTok Legal",
    date="Mon, 16 Sep 2024 20:41:09 +0900",
    subject="Re: [KCSC-240912-06] Request to remove videos",
    reply_to_req="req-240912-06",
    body=f"""
Hi,

Thanks for your patience on KCSC-240912-06. We did not remove {TT[1]} from TikTok, because it does not go against our Community Guidelines; however, we have restricted access to it in South Korea on the basis of the local law you cited.

We were unable to locate {TT[2]}. It may have been deleted by the creator.

Best regards,
TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok government-request reply (local restriction instead of removal)",
    why="negation then revision in one sentence: not removed, but restricted in Korea; 'unable to locate' is unhedged (the hedge is only the guess why)",
    items={TT[1]: "restricted", TT[2]: "not_found"},
)

case(
    name="yt-angle-brackets-wrapped",
    frm=YT, name_from="YouTube Legal Support",
    date="Tue, 17 Sep 2024 09:02:33 +0900",
    subject="Update on KCSC-240910-01",
    body=f"""
Hello KCSC,

Update on KCSC-240910-01. The following video was removed for violating our violent extremism policy:
<{Y[9]}>.

The video <https://www.youtube.com/watch?
v=fD1uQ6sKx7m> has been blocked in South Korea; it remains viewable elsewhere.

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal update with angle-bracketed, wrapped URLs",
    why="statement ending in ':' with its URL on the next line (removed); an angle-bracketed URL wrapped after '?' then blocked in Korea (restricted)",
    items={Y[9]: "removed", Y[10]: "restricted"},
)

case(
    name="yt-top-post-over-full-quote",
    frm=YT, name_from="YouTube Legal Support",
    date="Tue, 17 Sep 2024 14:26:50 +0900",
    subject="Re: [KCSC-240910-01] Request to remove content on YouTube",
    reply_to_req="req-240910-01",
    body=f"""
Hi,

Two updates on your request: the channel {Y[11]} was terminated yesterday, and {Y[12]} is now age-restricted.

Thanks,
Hyun-woo
YouTube Legal Support

On Tue, Sep 10, 2024 at 10:30 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240910-01", [Y[i] for i in range(1, 13)])}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply over the full quoted request",
    why="one sentence, two statuses: channel terminated (removed), video age-restricted (restricted); the other URLs are only quoted",
    items={Y[11]: "removed", Y[12]: "restricted", Y[1]: "pending", Y[5]: "pending"},
)

case(
    name="x-outlook-bullets-over-original",
    frm="legal@x.com", name_from="X Legal Operations",
    date="Wed, 18 Sep 2024 10:00:42 +0900",
    subject="RE: [KCSC-240910-02] Legal request concerning 4 posts",
    reply_to_req="req-240910-02",
    body=f"""
Hello,

Please see the outcome for your request below.

• {X[2]} – removed (violent speech)
• {X[4]} – not found; this post ID does not exist

Regards,
X Legal Operations

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 11:00 AM
To: legal@x.com
Subject: [KCSC-240910-02] Legal request concerning 4 posts

{quoted_request("KCSC-240910-02", [X[1], X[2], X[3], X[4]], prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with bullets over '-----Original Message-----'",
    why="bulleted statuses above the original; X1 and X3 appear only in the unquoted-but-original request below the separator",
    items={X[2]: "removed", X[4]: "not_found", X[1]: "pending", X[3]: "pending"},
)

case(
    name="yt-ticket-receipt-plus-removal",
    frm="youtube-legal-noreply@google.com", name_from="YouTube Legal",
    date="Wed, 11 Sep 2024 09:15:20 +0900",
    subject="[Ticket 9-4417000031274] KCSC-240910-01",
    body=f"""
Thank you for your report. Your request has been assigned ticket number 9-4417000031274.

We have reviewed {Y[2]} and removed it for violating our harassment and cyberbullying policy.

The remaining URLs in your request are still being reviewed.

YouTube Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Google ticket receipt that already carries one outcome",
    why="an acknowledgement phrase plus an unhedged removal is a confirmation, not an acknowledgement",
    items={Y[2]: "removed"},
)

case(
    name="yt-actioned-and-not-actioned",
    frm=YT, name_from="YouTube Legal Support",
    date="Wed, 18 Sep 2024 16:16:16 +0900",
    subject="Re: [KCSC-240910-01] Request to remove content on YouTube",
    reply_to_req="req-240910-01",
    body=f"""
Hello,

Regarding KCSC-240910-01:

{Y[1]} has been actioned under our policies.

{Y[3]} has not been actioned: we reviewed it and it does not violate our policies or the local law cited.

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'actioned under our policies' outcome lines",
    why="'actioned' = removed (configured phrase); the negated phrase with a reason is a refusal (rejected), not a removal",
    items={Y[1]: "removed", Y[3]: "rejected"},
)

# ============================ REVIEW ===================================

case(
    name="yt-promise-if-violating",
    frm=YT, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 18:40:00 +0900",
    subject="Re: [KCSC-240910-01] Request to remove content on YouTube",
    reply_to_req="req-240910-01",
    body=f"""
Hello,

We will review {Y[1]} and {Y[2]} against our policies first, and if we find that they violate them, they will be removed. The other URLs will be assessed under local law. We expect to complete the review within five business days.

YouTube Legal Support
""",
    outcome="review", review="not_understood", classification="other",
    imitates="YouTube first reply announcing the review path",
    why="only promises and conditions ('will review', 'if ... they will be removed'): no status; names items so not ignored",
    items={Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="x-hedged-already-withheld",
    frm="legal@x.com", name_from="X Legal",
    date="Wed, 11 Sep 2024 13:05:00 +0900",
    subject="Re: [KCSC-240910-02] Legal request concerning 4 posts",
    reply_to_req="req-240910-02",
    body=f"""
Hi,

Re KCSC-240910-02: {X[1]} appears to have been withheld in Korea already under an earlier order, and {X[3]} may no longer be available. We are confirming both with the team and will let you know.

X Legal
""",
    outcome="review", review="not_understood", classification="other",
    imitates="X legal interim reply",
    why="both statements hedged ('appears to have been', 'may no longer be') and followed by 'we are confirming': nothing to record",
    items={X[1]: "pending", X[3]: "pending"},
)

case(
    name="naver-bulk-all-five",
    frm="policy@navercorp.com", name_from="네이버 정책지원",
    date="Thu, 12 Sep 2024 18:00:00 +0900",
    subject="[KCSC-240911-04] 게시중단 조치 완료 안내",
    reply_to_req="req-240911-04",
    body="""
안녕하세요, 네이버 정책지원팀입니다.

KCSC-240911-04로 요청하신 게시물 5건 전체에 대하여 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="NAVER 게시중단 완료 안내 without per-URL lines",
    why="'all 5 posts' taken down without naming each, for a five-item request",
    items={N[i]: "pending" for i in range(1, 6)},
)

case(
    name="x-bulk-all-four-withheld",
    frm="legal@x.com", name_from="X Legal",
    date="Thu, 12 Sep 2024 21:30:00 +0900",
    subject="Re: [KCSC-240910-02] Legal request concerning 4 posts",
    reply_to_req="req-240910-02",
    body="""
Hello,

All four posts in your request have been withheld in South Korea.

X Legal
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="X one-line withheld-content notice",
    why="a statement about all four items without naming each",
    items={X[i]: "pending" for i in range(1, 5)},
)

case(
    name="x-dmarc-fail-removal",
    frm="legal@x.com", name_from="X Legal", auth="fail",
    date="Fri, 13 Sep 2024 02:12:00 +0900",
    subject="Re: [KCSC-240910-02] Legal request concerning 4 posts",
    reply_to_req="req-240910-02",
    body=f"""
Hello,

{X[3]} has been removed.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal reply whose authentication fails",
    why="from x.com but DKIM/SPF/DMARC fail",
    items={X[3]: "pending"},
)

case(
    name="uploader-gmail-says-deleted",
    frm="haneul.signal.tv@gmail.com", name_from="하늘시그널TV",
    date="Sat, 14 Sep 2024 23:59:00 +0900",
    subject="KCSC-240910-01 관련 / video deleted",
    body=f"""
Hello,

I am the owner of the channel. I have deleted {Y[3]} myself today. Please close KCSC-240910-01 for this video.

Thank you.
""",
    outcome="review", review="unknown_sender", classification="other",
    imitates="uploader writing to the regulator from a webmail address",
    why="not a platform's domain: the claim is not the platform's",
    items={Y[3]: "pending"},
)

case(
    name="naver-states-daum-post",
    frm="policy@navercorp.com", name_from="네이버 정책지원",
    date="Sun, 15 Sep 2024 14:44:00 +0900",
    subject="Re: [KCSC-240912-05] 게시물 삭제 요청",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

문의하신 {K[1]} 은 당사 서비스가 아닌 Daum 카페의 게시물입니다. 참고로 확인해 보니 현재 삭제된 게시물로 표시됩니다.

감사합니다.
""",
    outcome="review", review="wrong_platform", classification="other",
    imitates="Korean portal answering a request meant for another portal",
    why="NAVER states a status for a Kakao (Daum cafe) item",
    items={K[1]: "pending"},
)

case(
    name="yt-table-vs-appeal-note",
    frm=YT, name_from="YouTube Legal Support",
    date="Mon, 16 Sep 2024 11:30:00 +0900",
    subject="Re: [KCSC-240910-01] Outcome",
    reply_to_req="req-240910-01",
    body=f"""
Hello,

Outcome for KCSC-240910-01:

URL                                            Action
{Y[4]}    Removed

Reviewer note: this video is still live. The uploader's appeal is being considered and the video stays up until the appeal is decided.

YouTube Legal Support
""",
    outcome="review", review="conflicting_statements", classification="confirmation",
    imitates="outcome table with a reviewer note that contradicts it",
    why="the table says removed, the note says the video is still live pending appeal; neither is a clear later correction to a known status",
    items={Y[4]: "pending"},
)

case(
    name="tg-address-change-notice",
    frm="dsa@telegram.org", name_from="Telegram",
    date="Mon, 16 Sep 2024 08:00:00 +0900",
    subject="Change of contact address for official requests",
    body="""
Hello,

Please note that from 1 October 2024, requests from authorities should be sent through our official form at https://telegram.org/dsa-report. Emails sent to this address will no longer be monitored after that date.

Telegram
""",
    outcome="review", review="no_claims", classification="other",
    imitates="platform notice changing the channel for authority requests",
    why="trusted platform mail naming no item and referencing no request",
    items={},
)

case(
    name="kakao-asks-for-decision-document",
    frm="right@kakaocorp.com", name_from="카카오 권리침해신고센터",
    date="Fri, 13 Sep 2024 09:10:00 +0900",
    subject="[카카오] KCSC-240912-05 추가 자료 요청",
    reply_to_req="req-240912-05",
    body="""
안녕하세요, 카카오 권리침해신고센터입니다.

KCSC-240912-05 요청 건과 관련하여, 게시중단 처리를 위해 해당 게시물들이 관련 법령을 위반한다는 판단 근거(심의 의결서 등)를 추가로 보내주시기 바랍니다. 자료가 접수되는 대로 검토하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Kakao 권리침해신고센터 request for supporting documents",
    why="asks for the decision document before acting; no status",
    items={},
)

case(
    name="tiktok-conditional-restriction",
    frm="legal-kr@tiktok.com", name_from="TikTok Legal",
    date="Fri, 13 Sep 2024 12:00:00 +0900",
    subject="Re: [KCSC-240912-06] Request to remove videos",
    reply_to_req="req-240912-06",
    body=f"""
Hello,

If our review confirms that {TT[1]} is illegal under Korean law, we will restrict access to it in Korea. We will update you once a decision has been made.

TikTok Legal
""",
    outcome="review", review="not_understood", classification="other",
    imitates="TikTok interim reply to a government request",
    why="a condition and a promise, no status",
    items={TT[1]: "pending"},
)

# ============================ IGNORED ==================================

case(
    name="yt-out-of-office",
    frm="seoyeon.lim@google.com", name_from="Seo-yeon Lim",
    date="Tue, 10 Sep 2024 10:31:02 +0900",
    subject="Automatic reply: [KCSC-240910-01] Request to remove content on YouTube",
    reply_to_req="req-240910-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 23 September with limited access to email.

For urgent legal requests about YouTube, please write to legal-kr@google.com.

Seo-yeon
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Exchange out-of-office reply",
    why="out-of-office auto-reply",
    items={},
)

DSN_ORIG = f"""From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@tiktok.com
Subject: [KCSC-240912-06] Request to remove videos
Date: Thu, 12 Sep 2024 11:00:00 +0900
Message-ID: <req-240912-06@kcsc.example>
Content-Type: text/plain; charset=utf-8

{quoted_request("KCSC-240912-06", [TT[1], TT[2]], prefix="")}"""

case(
    name="tiktok-dsn-relay-bounce",
    frm="MAILER-DAEMON@mx2.kcsc.example", name_from="Mail Delivery System", auth="none",
    date="Thu, 12 Sep 2024 11:00:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_b426_dsn_3"

--=_b426_dsn_3
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@tiktok.com>: host mx.tiktok.com[203.0.113.25] said: 550 5.1.1
    <legal-kr@tiktok.com>: Recipient address rejected: User unknown

--=_b426_dsn_3
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kcsc.example
Arrival-Date: Thu, 12 Sep 2024 11:00:01 +0900

Final-Recipient: rfc822; legal-kr@tiktok.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.tiktok.com
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--=_b426_dsn_3
Content-Type: message/rfc822

{DSN_ORIG}

--=_b426_dsn_3--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the returned request",
    why="a bounce carrying our own request and its URLs",
    items={TT[1]: "pending", TT[2]: "pending"},
)

case(
    name="naver-read-receipt",
    frm="policy@navercorp.com", name_from="네이버 정책지원",
    date="Wed, 11 Sep 2024 14:32:00 +0900",
    subject="읽음 확인: [KCSC-240911-04] 게시물 게시중단 요청",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_b426_mdn_4"

--=_b426_mdn_4
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지 "[KCSC-240911-04] 게시물 게시중단 요청"을(를) 수신자가 2024-09-11 14:31에 읽었습니다.
이 확인은 메시지가 수신자의 화면에 표시되었다는 뜻이며, 내용을 읽었거나 이해했다는 보장은 아닙니다.

--=_b426_mdn_4
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER WORKS Mail
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <req-240911-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_b426_mdn_4--
""",
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (Korean mail client)",
    why="a read receipt says nothing about items",
    items={},
)

case(
    name="tiktok-ticket-receipt",
    frm="noreply@tiktok.com", name_from="TikTok",
    date="Thu, 12 Sep 2024 11:02:40 +0900",
    subject="We've received your report (KCSC-240912-06)",
    body="""
Hi,

We've received your report (KCSC-240912-06). Your ticket number is 40817725.

Our team will review your report and respond by email. Please do not reply to this message.

TikTok Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok support ticket receipt",
    why="pure acknowledgement: received, ticket number, will review",
    items={},
)

case(
    name="x-ack-echoes-urls",
    frm="noreply@x.com", name_from="X Support",
    date="Tue, 10 Sep 2024 11:03:12 +0900",
    subject="Your legal request has been received [case 0192837465]",
    body=f"""
Hello,

We have received your legal request. Case number: 0192837465.

Reported content:
{X[1]}
{X[2]}
{X[3]}
{X[4]}

Our team will review your request and contact you if we need more information. You do not need to submit it again.

X Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X legal-request receipt echoing the reported URLs",
    why="pure acknowledgement; the URLs are only the echo of our report",
    items={X[i]: "pending" for i in range(1, 5)},
)

case(
    name="kakao-holiday-auto-reply",
    frm="jh.kim@kakaocorp.com", name_from="김지현",
    date="Thu, 12 Sep 2024 10:00:40 +0900",
    subject="[자동응답] Re: [KCSC-240912-05] 게시물 게시중단 요청",
    reply_to_req="req-240912-05",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요.
9월 13일부터 9월 18일까지 추석 연휴로 부재중입니다.
급한 용무는 right@kakaocorp.com 으로 보내주시기 바랍니다.

김지현 드림
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday out-of-office reply",
    why="auto-reply",
    items={},
)

case(
    name="tg-automatic-queue-receipt",
    frm="dsa@telegram.org", name_from="Telegram",
    date="Wed, 11 Sep 2024 09:00:30 +0900",
    subject="Re: [KCSC-240911-03] Case #2471190",
    reply_to_req="req-240911-03",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
This is an automated message.

We have received your email and added it to our queue as Case #2471190. Please do not send duplicate reports about the same content.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram automatic queue receipt",
    why="automatic receipt, no statement",
    items={},
)

HEADER = """# Blind set 426 (tests/corpus/blind426/): what a program gets wrong.
# Written by tests/corpus/blind426/make.py from each email's meaning, before
# any run of the reader. Each case is ingested alone into a fresh ledger
# holding requests.csv."""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("frm")
        # Non-ASCII display names and subjects as real mailers send them (RFC 2047).
        for key in ("name_from", "subject"):
            if key in c and not c[key].isascii():
                c[key] = Header(c[key], "utf-8").encode()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
