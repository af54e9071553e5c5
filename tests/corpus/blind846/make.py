#!/usr/bin/env python3
"""Blind set 846 (focus: what a program gets wrong).

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted (or corrected) by a note, statuses given by position.

Every email is written in our own sentences, in the manner of public
platform notices (named in each case's `imitates`), with fictional URLs,
names and ids. Expected results come from each email's meaning alone and
were written before any run of the reader.

    python3 tests/corpus/blind846/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
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
YT = "https://www.youtube.com/watch?v="
Y = {
    1: YT + "Qm3vT8kLw2A",
    2: YT + "Rz7pXc4NbE1",
    3: YT + "Hd2sK9uYfQ0",
    4: YT + "Lp5wG1mTaZ8",
    5: YT + "Vn8cJ3eRqW6",
    6: YT + "Bt4yF7hUoD2",
    7: YT + "Xk1aM6gPsN9",
    8: YT + "Wf9dL2rCvH3",
    9: YT + "Ge6nS5bKxT7",
    10: "https://www.youtube.com/shorts/Tu3hQ8zMjY4",
    11: "https://www.youtube.com/shorts/Pc0vR4wLnB5",
    12: YT + "Ja7mE2qXdK1",
}
X = {
    1: "https://x.com/bluegull_kr/status/1830412256601845761",
    2: "https://x.com/bluegull_kr/status/1830419907712350208",
    3: "https://x.com/nightferry_77/status/1830501188234567170",
    4: "https://x.com/nightferry_77/status/1830522740019283969",
}
X7 = "https://x.com/tidewell_news/status/1831900022338850817"
N = {
    1: "https://blog.naver.com/moonlit_pier/223561048812",
    2: "https://blog.naver.com/moonlit_pier/223561077305",
    3: "https://cafe.naver.com/greyharbor/88214",
    4: "https://cafe.naver.com/greyharbor/88230",
    5: "https://cafe.naver.com/greyharbor/%EC%9E%90%EC%9C%A0%EA%B2%8C%EC%8B%9C%ED%8C%90/88301",
}
N5_RAW = "https://cafe.naver.com/greyharbor/자유게시판/88301"
T = {
    1: "https://t.me/lanternrow/1184",
    2: "https://t.me/lanternrow/1190",
    3: "https://t.me/quietmill_chat/40771",
}
K = {
    1: "https://cafe.daum.net/pinecone88/Xf2k/512",
    2: "https://cafe.daum.net/pinecone88/Xf2k/530",
    3: "https://cafe.daum.net/sunbeam_lot/ALm9/2207",
}
TT = {
    1: "https://www.tiktok.com/@harrowlane.clips/video/7409123345566778899",
    2: "https://www.tiktok.com/@harrowlane.clips/video/7409150098877665544",
}

R_YT = "KCSC-240902-01"
R_X = "KCSC-240903-02"
R_NV = "KCSC-240904-03"
R_TG = "KCSC-240905-04"
R_KK = "KCSC-240905-05"
R_TT = "KCSC-240906-06"
R_X7 = "KCSC-240906-07"


def mid(ref):
    return "req-" + ref


REQUESTS = [
    (R_YT, "youtube", "2024-09-02", "2024-09-09", [Y[i] for i in range(1, 13)], "gambling",
     "illegal online gambling promotion, 12 videos"),
    (R_X, "x", "2024-09-03", "2024-09-10", [X[i] for i in range(1, 5)], "drugs",
     "sale of narcotics"),
    (R_NV, "naver", "2024-09-04", "2024-09-11", [N[i] for i in range(1, 6)], "privacy",
     "personal information exposure"),
    (R_TG, "telegram", "2024-09-05", "2024-09-12", [T[i] for i in range(1, 4)], "obscenity",
     "non-consensual intimate images"),
    (R_KK, "kakao", "2024-09-05", "2024-09-12", [K[i] for i in range(1, 4)], "defamation",
     "defamation of a private person"),
    (R_TT, "tiktok", "2024-09-06", "2024-09-13", [TT[i] for i in range(1, 3)], "gambling",
     "gambling site advertising"),
    (R_X7, "x", "2024-09-06", "2024-09-13", [X7], "other",
     "incitement, single post"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


YT_FROM = "legal-support@google.com"
YT_NAME = "Google Legal Support"
X_FROM = "legal@x.com"
NV_FROM = "policy@navercorp.com"
TG_FROM = "dsa@telegram.org"
KK_FROM = "right@kakaocorp.com"
TT_FROM = "legal-kr@tiktok.com"

CASES = []


def case(**c):
    CASES.append(c)


# ================================================================ APPLIED
case(
    name="yt-three-statuses-one-sentence",
    outcome="applied", classification="confirmation",
    imitates="Google legal removals team reply to a government request (prose outcome)",
    why="one sentence gives two global removals and a Korea-only block",
    **{"from": YT_FROM, "name_from": YT_NAME},
    date="Mon, 09 Sep 2024 11:02:14 +0900",
    subject=f"Re: [{R_YT}] Request to remove content from YouTube",
    reply_to_req=mid(R_YT),
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "restricted"},
    body=f"""
Dear KCSC team,

Thank you for your request of 2 September regarding online gambling
promotion. We have completed our review of three of the videos you listed.

Of those, {Y[1]} and {Y[2]} were removed from YouTube globally for
violating our Community Guidelines, while {Y[3]} has been blocked from
view in South Korea only, on the basis of the local law you cited.

We will write again about the remaining videos once our review is done.

Regards,
Google Legal Support
https://support.google.com/legal/answer/3110420
""",
)

twelve = [
    (1, "Removed globally (Community Guidelines: gambling promotion)"),
    (2, "Blocked in South Korea (local law)"),
    (3, "Blocked in South Korea (local law)"),
    (4, "Removed globally (Community Guidelines: spam and deceptive practices)"),
    (5, "No action taken. The video does not violate our policies or the law cited."),
    (6, "Not found. The uploader had already deleted this video."),
    (7, "Age-restricted"),
    (8, "Removed globally (Community Guidelines: gambling promotion)"),
    (9, "Blocked in South Korea (local law)"),
    (10, "Removed globally (Community Guidelines: gambling promotion)"),
    (11, "No action taken. We found no violation; the Short stays available."),
    (12, "Could not be found. The video ID is invalid."),
]
twelve_status = {1: "removed", 2: "restricted", 3: "restricted", 4: "removed", 5: "rejected",
                 6: "not_found", 7: "restricted", 8: "removed", 9: "restricted", 10: "removed",
                 11: "rejected", 12: "not_found"}
case(
    name="yt-numbered-twelve-url-then-decision",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome list: one numbered entry per URL, decision on the next line",
    why="all twelve items of the largest request, the decision on the line under each URL",
    **{"from": YT_FROM, "name_from": YT_NAME},
    date="Thu, 12 Sep 2024 16:40:05 +0900",
    subject=f"Outcome of your request {R_YT}",
    reply_to_req=mid(R_YT),
    items={Y[i]: twelve_status[i] for i in range(1, 13)},
    body="Hello,\n\nWe have reviewed every URL in your request " + R_YT
    + " and taken the actions below.\n\n"
    + "\n".join(f"{i}. {Y[i]}\n   {d}\n" for i, d in twelve)
    + "\nIf you disagree with a decision you may reply to this email with further legal\n"
      "reasoning. Our policies: https://www.youtube.com/howyoutubeworks/policies/\n\n"
      "Google Legal Support\n",
)

case(
    name="yt-decisions-by-position",
    outcome="applied", classification="confirmation",
    imitates="Google legal reply listing the URLs it answers, then decisions by their order",
    why="the email lists four URLs and says 'the first and last', 'the second', 'the third'",
    **{"from": YT_FROM, "name_from": YT_NAME},
    date="Tue, 10 Sep 2024 09:15:47 +0900",
    subject=f"RE: {R_YT} - partial response",
    reply_to_req=mid(R_YT),
    items={Y[3]: "removed", Y[4]: "restricted", Y[5]: "rejected", Y[6]: "removed"},
    body=f"""
Hi,

This is a partial response covering the following four videos from your
request, listed in the order you sent them:

{Y[3]}
{Y[4]}
{Y[5]}
{Y[6]}

The first and the last of these have been removed from YouTube worldwide.
The second is no longer available to viewers in South Korea. We found no
violation of our Community Guidelines or of Korean law in the third, so we
have not taken it down and it remains available.

Kind regards,
Mina (Legal Removals, Google)
""",
)

case(
    name="yt-later-sentence-revises",
    outcome="applied", classification="confirmation",
    imitates="Google legal follow-up after escalation: earlier 'no action' replaced by a local block",
    why="first paragraph recounts the earlier no-action decision, the next says it has since been blocked in Korea",
    **{"from": YT_FROM, "name_from": YT_NAME},
    date="Fri, 13 Sep 2024 14:22:31 +0900",
    subject=f"Re: [{R_YT}] Escalation",
    reply_to_req=mid(R_YT),
    items={Y[4]: "restricted"},
    body=f"""
Dear KCSC,

Thanks for escalating {Y[4]}.

Our first-level review found no breach of our Community Guidelines, and
the video was left up at that stage.

Following your escalation, our legal team reviewed the video against the
Korean statute you referenced. As a result, it has since been blocked for
viewers in South Korea. It remains visible elsewhere.

Best,
Google Legal Support
""",
)

case(
    name="yt-hedge-inside-relative-clause",
    outcome="applied", classification="confirmation",
    imitates="Google legal reply with side remarks in relative clauses",
    why="the hedge ('may have been re-uploaded') is about a re-upload, not the removal; one video still unreviewed",
    **{"from": YT_FROM, "name_from": YT_NAME},
    date="Wed, 11 Sep 2024 10:05:09 +0900",
    subject=f"Re: [{R_YT}] Request to remove content from YouTube",
    reply_to_req=mid(R_YT),
    items={Y[5]: "removed", Y[6]: "removed", Y[7]: "pending"},
    body=f"""
Hello,

We removed {Y[5]} today for violating our policy on online gambling.

{Y[6]}, which may have been re-uploaded by the same person on
another channel, has also been removed. If you find a copy, please send us
its URL as a new request.

{Y[7]}, which our team has not been able to review yet, is still
open; we will update you separately.

Google Legal Support
""",
)

case(
    name="yt-negations-mixed",
    outcome="applied", classification="confirmation",
    imitates="Google legal reply with decisions phrased as negatives",
    why="'have not removed ... does not violate' is a refusal, 'could not locate' is not found, 'no longer available ... removed' is removed",
    **{"from": YT_FROM, "name_from": YT_NAME},
    date="Mon, 16 Sep 2024 17:48:12 +0900",
    subject=f"Re: [{R_YT}] Decisions",
    reply_to_req=mid(R_YT),
    items={Y[8]: "rejected", Y[9]: "not_found", Y[10]: "removed"},
    body=f"""
Dear KCSC team,

We have not removed {Y[8]}. Having reviewed it against our policies and
the provision you cited, we concluded that it does not violate either.

We could not locate {Y[9]}; that video ID does not exist on YouTube.

{Y[10]} is no longer available on YouTube: we removed it on
14 September for violating our Community Guidelines.

Regards,
Google Legal Support
""",
)

case(
    name="yt-html-table-corrected-by-note",
    outcome="applied", classification="confirmation",
    imitates="Google legal HTML outcome table followed by an agent's correction note",
    why="the note below the table explicitly corrects its 'Removed' for the first Short to a Korea-only block",
    **{"from": YT_FROM, "name_from": YT_NAME},
    date="Tue, 17 Sep 2024 12:30:00 +0900",
    subject=f"Your request {R_YT}: outcome",
    reply_to_req=mid(R_YT),
    type="html",
    items={Y[10]: "restricted", Y[11]: "not_found"},
    body=f"""
<html><body>
<p>Hello,</p>
<p>Please find the outcome for the following items of request {R_YT}.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Action</th></tr>
<tr><td>{Y[10]}</td><td>Removed</td></tr>
<tr><td>{Y[11]}</td><td>Not found</td></tr>
</table>
<p><b>Correction to the table above:</b> {Y[10]} was not removed worldwide.
It has been blocked in South Korea only. The table was generated before the
final decision and shows the wrong action for that Short.</p>
<p>Google Legal Support</p>
</body></html>
""",
)

csv_att = (
    "url,action,notes\n"
    f"{Y[1]},Removed - global,Community Guidelines\n"
    f"{Y[6]},Blocked - KR,Local law\n"
    f"{Y[8]},No action,Does not violate Community Guidelines or local law\n"
    f"{Y[9]},Not found,Video ID unavailable\n"
    f"{Y[12]},Removed - global,Community Guidelines\n"
)
case(
    name="yt-csv-attachment",
    outcome="applied", classification="confirmation",
    imitates="Google legal reply with a CSV export of decisions attached",
    why="five rows with removed, restricted, rejected, not found and removed",
    **{"from": YT_FROM, "name_from": YT_NAME},
    date="Wed, 18 Sep 2024 08:55:41 +0900",
    subject=f"Re: [{R_YT}] Results attached",
    reply_to_req=mid(R_YT),
    items={Y[1]: "removed", Y[6]: "restricted", Y[8]: "rejected", Y[9]: "not_found", Y[12]: "removed"},
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="b846-csv-1"

--b846-csv-1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

The decisions for the URLs we have finished reviewing are in the attached
file. The remaining URLs are still with our team.

Google Legal Support

--b846-csv-1
Content-Type: text/csv; charset=utf-8; name="{R_YT}-results.csv"
Content-Disposition: attachment; filename="{R_YT}-results.csv"
Content-Transfer-Encoding: base64

{b64(csv_att)}
--b846-csv-1--
""",
)

case(
    name="yt-base64-body-refusal",
    outcome="applied", classification="confirmation",
    imitates="Google legal reply sent base64-encoded, one removal and one reasoned refusal",
    why="'has been removed' and 'stays up ... we will not remove it' (a refusal with its reason)",
    **{"from": YT_FROM, "name_from": YT_NAME},
    date="Thu, 19 Sep 2024 15:10:26 +0900",
    subject=f"Re: [{R_YT}] Two remaining videos",
    reply_to_req=mid(R_YT),
    items={Y[12]: "removed", Y[1]: "rejected"},
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''Dear KCSC,

{Y[12]} has been removed from YouTube.

{Y[1]} stays up. We reviewed it against the Korean law you cited and
our own policies and concluded that it is commentary criticising
gambling advertising rather than promoting it, so we will not remove it.

Regards,
Google Legal Support
''')}
""",
)

case(
    name="yt-actioned-phrase-quoted-printable",
    outcome="applied", classification="confirmation",
    imitates="YouTube trust and safety template ('has been actioned under our policies'), quoted-printable",
    why="configured phrase for removal plus an age restriction",
    **{"from": "noreply@youtube.com", "name_from": "YouTube"},
    date="Fri, 20 Sep 2024 03:14:59 +0000",
    subject=f"Update on your report ({R_YT})",
    reply_to_req=mid(R_YT),
    items={Y[2]: "removed", Y[7]: "restricted"},
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''Hi KCSC Takedown,

Thanks for reporting content on YouTube. Here is what we did:

Video: {Y[2]}
Outcome: This video has been actioned under our policies.

Video: {Y[7]}
Outcome: This video is now age-restricted. Viewers must be signed in and 18 or older to watch it.

You can review your reports at any time in your Report history: https://www.youtube.com/reporthistory

- The YouTube Team
''')}
""",
)

case(
    name="x-three-statuses-three-sentences",
    outcome="applied", classification="confirmation",
    imitates="X legal reply to a government legal demand (withheld in country / removed / declined)",
    why="withheld in Korea, removed, declined with reason; the fourth post is not mentioned",
    **{"from": X_FROM, "name_from": "X Legal"},
    date="Mon, 09 Sep 2024 22:41:03 +0000",
    subject=f"Re: Legal demand {R_X}",
    reply_to_req=mid(R_X),
    items={X[1]: "restricted", X[2]: "removed", X[3]: "rejected"},
    body=f"""
Hello,

We have withheld {X[1]} in South Korea in response to your legal demand.
{X[2]} was removed globally for violating the X Rules on illegal goods and services.
We declined to take action on {X[3]}, which we found does not violate the X Rules
or the Korean law cited in your request.

Thank you,
X Legal
https://help.x.com/en/rules-and-policies/post-withheld-by-country
""",
)

case(
    name="x-top-posted-over-gmail-quote",
    outcome="applied", classification="confirmation",
    imitates="X agent reply top-posted above the quoted request (Gmail 'On ... wrote:')",
    why="one post withheld in Korea; the rest only appear in the quoted request and 'the others'",
    **{"from": X_FROM, "name_from": "X Legal"},
    date="Wed, 11 Sep 2024 06:12:44 +0000",
    subject=f"Re: [{R_X}] Request to remove posts",
    reply_to_req=mid(R_X),
    items={X[4]: "restricted", X[1]: "pending", X[2]: "pending", X[3]: "pending"},
    body=f"""
Hi,

{X[4]} is now withheld in South Korea. The others are still being looked at.

Thanks,
Dana
X Legal

On Tue, 3 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X Legal,
>
> Under Korean law we request the removal of the following posts ({R_X}):
>
> 1. {X[1]}
> 2. {X[2]}
> 3. {X[3]}
> 4. {X[4]}
>
> Please confirm the action taken by 10 September.
>
> KCSC
""",
)

case(
    name="x-single-item-no-url",
    outcome="applied", classification="confirmation",
    imitates="X legal short closure reply naming no URL, for a request of one post",
    why="a one-item request: 'the reported post has been removed' covers it",
    **{"from": X_FROM, "name_from": "X Legal"},
    date="Tue, 10 Sep 2024 13:05:52 +0000",
    subject=f"Re: [{R_X7}] Request to remove a post",
    reply_to_req=mid(R_X7),
    items={X7: "removed"},
    body=f"""
Hello,

Thank you for your report {R_X7}. The reported post has been removed for
violating our rules on violent speech.

X Legal
""",
)

case(
    name="x-refusal-over-outlook-original",
    outcome="applied", classification="confirmation",
    imitates="X legal refusal with reasons, sent from Outlook above '-----Original Message-----'",
    why="'we will not be taking action ... news reporting' is a refusal with its reason",
    **{"from": X_FROM, "name_from": "X Legal"},
    date="Thu, 12 Sep 2024 09:30:18 +0000",
    subject=f"RE: [{R_X7}] Request to remove a post",
    reply_to_req=mid(R_X7),
    items={X7: "rejected"},
    body=f"""
Hello KCSC,

After careful review, we will not be taking action on
{X7}. The post reports on a public protest and
quotes a speech; it does not itself call for violence, and it does not
violate the X Rules. We also did not find it unlawful under the provision
cited in your request.

Regards,
J. Park
X Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 6, 2024 11:00 AM
To: legal@x.com
Subject: [{R_X7}] Request to remove a post

Dear X,

We request the removal of {X7} (incitement).
Please reply by 13 September.

KCSC
""",
)

case(
    name="x-angle-brackets-status-below",
    outcome="applied", classification="confirmation",
    imitates="X legal ticket reply with URLs in angle brackets and a Status line under each",
    why="status on the line below each URL; the second URL is wrapped inside its angle brackets",
    **{"from": X_FROM, "name_from": "X Legal"},
    date="Fri, 13 Sep 2024 02:44:09 +0000",
    subject=f"Case update - {R_X}",
    reply_to_req=mid(R_X),
    items={X[2]: "removed", X[3]: "not_found"},
    body=f"""
Hello,

Here is an update on two posts from your request.

<{X[2]}>
Status: Removed

<{X[3].rsplit('/', 1)[0]}/
{X[3].rsplit('/', 1)[1]}>
Status: No longer exists (deleted by the account holder before our review)

X Legal
""",
)

case(
    name="naver-one-sentence-three-statuses",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리 결과 안내 (prose, one long Korean sentence)",
    why="게시중단 → removed, 작성자가 이미 삭제 → not_found, 임시조치 → restricted, all in one sentence",
    **{"from": NV_FROM, "name_from": "NAVER Policy"},
    date="Mon, 09 Sep 2024 10:20:00 +0900",
    subject=f"[네이버] 게시중단 요청 처리 결과 안내 ({R_NV})",
    reply_to_req=mid(R_NV),
    items={N[1]: "removed", N[2]: "not_found", N[3]: "restricted"},
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 건({R_NV})에 대해 검토한 결과, {N[1]} 은 게시중단 처리되었으나, {N[2]} 은 작성자가 이미 삭제하여 확인할 수 없으며, {N[3]} 은 임시조치(30일) 되었음을 알려드립니다.

나머지 게시물은 검토가 끝나는 대로 다시 안내드리겠습니다.

감사합니다.
네이버 정책지원팀
""",
)

case(
    name="naver-html-result-table",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table (번호/URL/조치결과/비고) sent by a portal",
    why="five rows: 삭제, 게시물 없음, 접속차단(국내), 미조치(위반 아님), 블라인드",
    **{"from": NV_FROM, "name_from": "NAVER Policy"},
    date="Thu, 12 Sep 2024 18:03:27 +0900",
    subject=f"{R_NV} 시정요구 조치결과 회신",
    reply_to_req=mid(R_NV),
    type="html",
    items={N[1]: "removed", N[2]: "not_found", N[3]: "restricted", N[4]: "rejected", N[5]: "removed"},
    body=f"""
<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>귀 위원회의 시정요구({R_NV})에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>삭제</td><td></td></tr>
<tr><td>2</td><td>{N[2]}</td><td>게시물 없음</td><td>작성자 삭제</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>접속차단</td><td>국내</td></tr>
<tr><td>4</td><td>{N[4]}</td><td>미조치</td><td>운영정책 및 관련 법령 위반 사항 없음</td></tr>
<tr><td>5</td><td>{N[5]}</td><td>블라인드</td><td></td></tr>
</table>
<p>문의사항은 본 메일로 회신 부탁드립니다.<br>네이버 정책지원팀</p>
</body></html>
""",
)

case(
    name="naver-particles-fullwidth-punct",
    outcome="applied", classification="confirmation",
    imitates="NAVER 카페 게시물 처리 안내 with circled numbers, corner brackets and full-width punctuation",
    why="URLs directly followed by Korean particles or 」; 게시중단 → removed, 임시조치 → restricted",
    **{"from": NV_FROM, "name_from": "NAVER Policy"},
    date="Tue, 10 Sep 2024 15:47:10 +0900",
    subject=f"RE: {R_NV} 카페 게시물 처리 안내",
    reply_to_req=mid(R_NV),
    items={N[3]: "removed", N[4]: "restricted"},
    body=f"""
담당자님 안녕하세요。

카페 게시물 2건의 처리 결과입니다．

① {N[3]}의 게시물은 게시중단 처리되었습니다。
② 「{N[4]}」에 대하여는 임시조치(30일)를 취하였습니다．

감사합니다。
네이버 카페 운영지원
""",
)

case(
    name="naver-raw-korean-path-qp",
    outcome="applied", classification="confirmation",
    imitates="NAVER 카페 블라인드 처리 안내, quoted-printable, Korean board name in the URL path",
    why="raw Korean path matches the percent-encoded request URL; 블라인드 → removed",
    **{"from": NV_FROM, "name_from": "NAVER Policy"},
    date="Wed, 11 Sep 2024 11:11:11 +0900",
    subject=f"[네이버 카페] 게시물 블라인드 처리 안내 ({R_NV})",
    reply_to_req=mid(R_NV),
    items={N[5]: "removed"},
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''안녕하세요.

요청하신 게시물
{N5_RAW}
은 카페 운영원칙 위반으로 확인되어 블라인드 처리되었습니다.

네이버 카페 운영지원
''')}
""",
)

case(
    name="naver-korean-negation-and-removal",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 불수용 안내 (reasoned refusal) with one removal",
    why="'삭제하지 않았습니다 ... 위반한다고 판단되지 않았기 때문' is a refusal; '반면 ... 삭제 조치하였습니다' is removed",
    **{"from": NV_FROM, "name_from": "NAVER Policy"},
    date="Fri, 13 Sep 2024 10:02:45 +0900",
    subject=f"Re: [{R_NV}] 게시물 처리 결과",
    reply_to_req=mid(R_NV),
    items={N[4]: "rejected", N[2]: "removed"},
    body=f"""
안녕하세요, 네이버입니다.

{N[4]} 게시물은 삭제하지 않았습니다. 검토 결과 해당 게시물의 내용이 관련 법령이나 운영정책을 위반한다고 판단되지 않았기 때문입니다.

반면 {N[2]} 게시물은 개인정보 노출이 확인되어 삭제 조치하였습니다.

추가 자료가 있으시면 회신 부탁드립니다.
네이버 정책지원팀
""",
)

case(
    name="tg-echoed-report-then-decision",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply echoing the report, then one sentence of decisions",
    why="echoed report lists three links without statuses; the decision blocks two and cannot find the third",
    **{"from": TG_FROM, "name_from": "Telegram"},
    date="Sun, 08 Sep 2024 19:33:02 +0000",
    subject=f"Re: {R_TG} Case #5531907",
    reply_to_req=mid(R_TG),
    items={T[1]: "removed", T[2]: "removed", T[3]: "not_found"},
    body=f"""
Hello,

Your report:
  Reported links: {T[1]}, {T[2]}, {T[3]}
  Reason: non-consensual intimate images

Our decision: we have blocked {T[1]} and {T[2]} for all users, but we
could not find any message at {T[3]}; that link points to a message that
does not exist.

Telegram Abuse Team
""",
)

case(
    name="tg-decision-revised-after-translation",
    outcome="applied", classification="confirmation",
    imitates="Telegram follow-up revising an earlier decision after a second look",
    why="first message: earlier decision recounted, now taken down; second: earlier assessment stands (reason given)",
    **{"from": TG_FROM, "name_from": "Telegram"},
    date="Wed, 11 Sep 2024 08:14:27 +0000",
    subject=f"Re: {R_TG} Case #5531907 - update",
    reply_to_req=mid(R_TG),
    items={T[1]: "removed", T[2]: "rejected"},
    body=f"""
Hello again,

On 9 September we told you that {T[1]} did not breach our Terms of
Service. Our moderators looked at it again with the translation you
supplied, and the message has now been taken down.

Our earlier assessment of {T[2]} stands: it does not breach our Terms
of Service and stays up.

Telegram Abuse Team
""",
)

case(
    name="daum-imsi-list-mixed",
    outcome="applied", classification="confirmation",
    imitates="Kakao(Daum) 권리침해신고 처리결과 안내 (임시조치 30일 / 삭제 / 게시물 없음)",
    why="임시조치(접근 차단) → restricted, 삭제 → removed, 작성자가 이미 삭제 → not_found",
    **{"from": KK_FROM, "name_from": "Kakao Rights Center"},
    date="Mon, 09 Sep 2024 14:00:00 +0900",
    subject=f"[Daum] 권리침해신고 처리결과 안내 ({R_KK})",
    reply_to_req=mid(R_KK),
    items={K[1]: "restricted", K[2]: "removed", K[3]: "not_found"},
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

신고하신 게시물에 대한 처리 결과를 안내드립니다.

- {K[1]} : 임시조치 (30일간 접근 차단)
- {K[2]} : 삭제
- {K[3]} : 작성자가 이미 삭제하여 게시물이 존재하지 않음

임시조치에 대한 안내는 https://cs.daum.net/faq/95/7580.html 을 참고해 주세요.

카카오 권리침해신고센터 드림
""",
)

case(
    name="daum-refusal-with-reason",
    outcome="applied", classification="confirmation",
    imitates="Kakao(Daum) 게시중단 요청 미조치 안내 with reason, plus a cafe operator deletion",
    why="'요청을 수용하지 않았습니다(미조치)' with its reason → rejected; '운영자 삭제' → removed",
    **{"from": KK_FROM, "name_from": "Kakao Rights Center"},
    date="Thu, 12 Sep 2024 16:30:40 +0900",
    subject=f"Re: [{R_KK}] 처리결과 추가 안내",
    reply_to_req=mid(R_KK),
    items={K[3]: "rejected", K[1]: "removed"},
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

{K[3]} 게시물은 검토 결과 특정인을 식별할 수 있는 내용이 없고 관련 법령 및 운영정책 위반 사항이 확인되지 않아 게시중단 요청을 수용하지 않았습니다(미조치).

{K[1]} 게시물은 카페 운영자 삭제 처리되었습니다.

감사합니다.
""",
)

case(
    name="tiktok-ack-phrase-plus-decisions",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome email ('Thanks for your report ... we removed ...')",
    why="an acknowledgement phrase followed by unhedged decisions: removed and 'doesn't violate ... will stay' (refusal)",
    **{"from": TT_FROM, "name_from": "TikTok Trust & Safety"},
    date="Tue, 10 Sep 2024 05:21:36 +0000",
    subject=f"Your report {R_TT}: outcome",
    reply_to_req=mid(R_TT),
    items={TT[1]: "removed", TT[2]: "rejected"},
    body=f"""
Hi,

Thanks for your report. We've received it and reviewed both videos.

We removed {TT[1]} for violating our Community Guidelines on gambling.

{TT[2]} doesn't violate our Community Guidelines or local law, so it
will stay on TikTok.

TikTok Trust & Safety
https://www.tiktok.com/community-guidelines
""",
)

case(
    name="tiktok-age-restricted-other-pending",
    outcome="applied", classification="confirmation",
    imitates="TikTok agent reply above a Gmail-quoted request",
    why="one video age-restricted; the other explicitly still under review",
    **{"from": TT_FROM, "name_from": "TikTok Trust & Safety"},
    date="Wed, 11 Sep 2024 07:40:13 +0000",
    subject=f"Re: [{R_TT}] Request to remove videos",
    reply_to_req=mid(R_TT),
    items={TT[2]: "restricted", TT[1]: "pending"},
    body=f"""
Hello,

{TT[2]} has been age-restricted and is no longer shown to users under 18.
We're still reviewing {TT[1]}.

Best,
Hana, TikTok Trust & Safety

On Fri, 6 Sep 2024 at 10:12, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear TikTok,
> Please remove the following videos advertising gambling sites:
> 1. {TT[1]}
> 2. {TT[2]}
> KCSC
""",
)

# ================================================================ REVIEW
case(
    name="yt-promise-will-be-removed",
    outcome="review", review="not_understood",
    imitates="Google legal reply accepting a request before the action is taken",
    why="'will be removed within 24 hours' is a promise, not a statement of what was done",
    **{"from": YT_FROM, "name_from": YT_NAME},
    date="Tue, 10 Sep 2024 18:20:00 +0900",
    subject=f"Re: [{R_YT}] Request to remove content from YouTube",
    reply_to_req=mid(R_YT),
    items={Y[2]: "pending", Y[3]: "pending"},
    body=f"""
Hello,

We have accepted your request for {Y[2]} and {Y[3]}. Both videos
will be removed from YouTube within 24 hours, once the final sign-off
from our legal team is in place.

Google Legal Support
""",
)

case(
    name="x-hedges-appears-may-have",
    outcome="review", review="not_understood",
    imitates="X legal reply with uncertain findings",
    why="'appears to have been deleted' and 'may already have been withheld' are hedges",
    **{"from": X_FROM, "name_from": "X Legal"},
    date="Thu, 12 Sep 2024 21:15:40 +0000",
    subject=f"Re: Legal demand {R_X}",
    reply_to_req=mid(R_X),
    items={X[1]: "pending", X[3]: "pending"},
    body=f"""
Hi,

{X[1]} appears to have been deleted by the account holder before we
got to it. {X[3]} may already have been withheld in South Korea under an
earlier court order; we are checking with the team that handled it.

X Legal
""",
)

case(
    name="naver-bulk-all-five",
    outcome="review", review="bulk",
    imitates="NAVER 게시중단 일괄 처리 완료 안내 (no URLs)",
    why="'요청하신 게시물 5건 전부' for a five-item request names no item",
    **{"from": NV_FROM, "name_from": "NAVER Policy"},
    date="Fri, 13 Sep 2024 17:00:00 +0900",
    subject=f"[네이버] {R_NV} 처리 완료 안내",
    reply_to_req=mid(R_NV),
    items={N[i]: "pending" for i in range(1, 6)},
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 5건 전부에 대해 게시중단 조치를 완료하였습니다.

감사합니다.
""",
)

case(
    name="yt-bulk-all-videos",
    outcome="review", review="bulk",
    imitates="Google legal one-line closure for a multi-URL request",
    why="'all of the videos in your request' for a twelve-item request names no item",
    **{"from": YT_FROM, "name_from": YT_NAME},
    date="Sat, 14 Sep 2024 09:00:00 +0900",
    subject=f"Re: [{R_YT}] Request to remove content from YouTube",
    reply_to_req=mid(R_YT),
    items={},
    body=f"""
Hello KCSC,

All of the videos in your request {R_YT} have been removed from YouTube.
We are closing this ticket.

Google Legal Support
""",
)

case(
    name="x-dmarc-fail",
    outcome="review", review="untrusted",
    imitates="X legal reply whose authentication failed (spoofed or relayed)",
    why="x.com sender with dkim/spf/dmarc failing: nothing applied",
    **{"from": X_FROM, "name_from": "X Legal"},
    auth="fail",
    date="Sat, 14 Sep 2024 04:05:06 +0000",
    subject=f"Re: Legal demand {R_X}",
    reply_to_req=mid(R_X),
    items={X[2]: "pending", X[4]: "pending"},
    body=f"""
Hello,

{X[2]} and {X[4]} have been removed.

X Legal
""",
)

case(
    name="lawfirm-unknown-sender",
    outcome="review", review="unknown_sender",
    imitates="Letter from a law firm representing the creator",
    why="a law firm, not the platform, says its client deleted the video",
    **{"from": "jhlee@hanbit-law.example", "name_from": "Lee Jihoon (Hanbit Law)"},
    date="Thu, 12 Sep 2024 13:45:00 +0900",
    subject=f"Regarding {R_TT}",
    items={TT[1]: "pending"},
    body=f"""
Dear Sir or Madam,

We act for the owner of the TikTok account harrowlane.clips. Our client
has deleted the video at {TT[1]} and asks that your request
{R_TT} be closed as far as it concerns that video.

Yours faithfully,
Lee Jihoon
Hanbit Law Office
""",
)

case(
    name="google-answers-about-x-post",
    outcome="review", review="wrong_platform",
    imitates="Google legal reply saying a URL is not hosted on its services",
    why="Google states the X post is not on its services: a statement about another platform's item",
    **{"from": YT_FROM, "name_from": YT_NAME},
    date="Mon, 09 Sep 2024 12:00:00 +0900",
    subject="Re: Request to remove a post",
    items={X7: "pending"},
    body=f"""
Hello,

The URL {X7} is not hosted on YouTube or any other
Google service, and we could not find it on our systems. Please send the
request to the service that hosts it.

Google Legal Support
""",
)

case(
    name="yt-table-contradicted-by-summary",
    outcome="review", review="conflicting_statements",
    imitates="Google legal ticket export (table) with an agent summary that disagrees",
    why="the summary says no action was taken, the table says Removed, and nothing says which is right",
    **{"from": YT_FROM, "name_from": YT_NAME},
    date="Wed, 18 Sep 2024 19:12:00 +0900",
    subject=f"Your request {R_YT}: outcome",
    reply_to_req=mid(R_YT),
    type="html",
    items={Y[9]: "pending"},
    body=f"""
<html><body>
<p>Hello,</p>
<p>Summary: we reviewed {Y[9]} and took no action, as it does not
violate our Community Guidelines.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Action</th><th>Date</th></tr>
<tr><td>{Y[9]}</td><td>Removed</td><td>2024-09-18</td></tr>
</table>
<p>Google Legal Support</p>
</body></html>
""",
)

case(
    name="naver-korean-hedge",
    outcome="review", review="not_understood",
    imitates="NAVER 처리 현황 안내 with uncertain findings (~것으로 보입니다 / 확인 중)",
    why="'삭제된 것으로 보입니다' is a hedge and '확인 중' is under review",
    **{"from": NV_FROM, "name_from": "NAVER Policy"},
    date="Tue, 10 Sep 2024 09:30:00 +0900",
    subject=f"Re: [{R_NV}] 처리 현황",
    reply_to_req=mid(R_NV),
    items={N[1]: "pending", N[2]: "pending"},
    body=f"""
안녕하세요.

{N[1]} 게시물은 작성자에 의해 삭제된 것으로 보입니다.
{N[2]} 게시물은 현재 담당 부서에서 확인 중입니다.

확인이 끝나는 대로 다시 안내드리겠습니다.
네이버 정책지원팀
""",
)

case(
    name="google-dashboard-notice-no-claims",
    outcome="review", review="no_claims",
    imitates="Google legal removals notice pointing to the dashboard, naming no request",
    why="trusted Google email naming no item and no request; the dashboard link is not an item",
    **{"from": YT_FROM, "name_from": YT_NAME},
    date="Thu, 19 Sep 2024 02:00:00 +0000",
    subject="We've completed our review of your submission",
    items={},
    body="""
Hello,

We've completed our review of your recent submission. You can see the
outcome for each URL in the Legal Removals dashboard:
https://reportcontent.google.com/dashboard

Google Legal Support
""",
)

case(
    name="tiktok-asks-legal-basis",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="TikTok law-enforcement/government request desk asking for the legal basis",
    why="TikTok asks for a legal basis and an official document before acting on one video",
    **{"from": TT_FROM, "name_from": "TikTok Trust & Safety"},
    date="Mon, 09 Sep 2024 06:30:00 +0000",
    subject=f"Re: [{R_TT}] Additional information needed",
    reply_to_req=mid(R_TT),
    items={TT[2]: "pending"},
    body=f"""
Hello,

To proceed with {TT[2]}, we need the specific provision of Korean law
the video violates and a copy of the official decision ordering its
removal. Please reply to this email with both.

TikTok Trust & Safety
""",
)

case(
    name="x-conditional-counter-notice",
    outcome="review", review="not_understood",
    imitates="X legal notice of a pending withholding subject to the account holder's response",
    why="withholding depends on a counter-notice that has not happened yet: a condition, not a statement",
    **{"from": X_FROM, "name_from": "X Legal"},
    date="Tue, 10 Sep 2024 20:00:00 +0000",
    subject=f"Re: Legal demand {R_X}",
    reply_to_req=mid(R_X),
    items={X[2]: "pending"},
    body=f"""
Hello,

We have notified the account holder of {X[2]}. If they do not
submit a counter-notice by 20 September, the post will be withheld in
South Korea.

X Legal
""",
)

# ================================================================ IGNORED
case(
    name="google-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail vacation responder of a Google legal specialist",
    why="automatic out-of-office reply",
    **{"from": "mina.cho@google.com", "name_from": "Mina Cho"},
    date="Tue, 03 Sep 2024 09:01:00 +0900",
    subject=f"Out of office: Re: [{R_YT}] Request to remove content from YouTube",
    reply_to_req=mid(R_YT),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    items={},
    body="""
I am out of the office until 16 September with limited access to email.
For legal removal requests please use https://support.google.com/legal
and the team will pick them up.

Mina
""",
)

case(
    name="daum-dsn-bounce",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (multipart/report) quoting the original request",
    why="a bounce; the URLs are in the returned original message",
    **{"from": "MAILER-DAEMON@kakaocorp.com", "name_from": "Mail Delivery System"},
    date="Thu, 05 Sep 2024 10:02:00 +0900",
    subject="Undelivered Mail Returned to Sender",
    items={},
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="b846-dsn"

--b846-dsn
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<rights-old@kakaocorp.com>: host mbox.kakaocorp.com said: 550 5.1.1
    User unknown

--b846-dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kakaocorp.com
Arrival-Date: Thu,  5 Sep 2024 10:01:58 +0900

Final-Recipient: rfc822; rights-old@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--b846-dsn
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: rights-old@kakaocorp.com
Subject: [{R_KK}] Request to remove posts
Date: Thu, 05 Sep 2024 10:01:50 +0900
Message-ID: <{mid(R_KK)}-copy@kcsc.example>

Please remove:
{K[1]}
{K[2]}
{K[3]}

--b846-dsn--
""",
)

case(
    name="naver-mdn-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="Message disposition notification (RFC 8098 read receipt) from a portal mailbox",
    why="a read receipt says nothing about items",
    **{"from": NV_FROM, "name_from": "NAVER Policy"},
    date="Wed, 04 Sep 2024 16:20:00 +0900",
    subject=f"읽음: [{R_NV}] 게시물 삭제 요청",
    reply_to_req=mid(R_NV),
    items={},
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="b846-mdn"

--b846-mdn
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "[{R_NV}] 게시물 삭제 요청"을 수신자가 2024-09-04 16:19에 읽었습니다.

--b846-mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <{mid(R_NV)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b846-mdn--
""",
)

case(
    name="tiktok-ticket-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok support ticket auto-receipt ('We've received your report')",
    why="a pure receipt with a ticket number",
    **{"from": "no-reply@tiktok.com", "name_from": "TikTok Support"},
    date="Fri, 06 Sep 2024 01:15:00 +0000",
    subject=f"We've received your request [{R_TT}] - Ticket 0906-55810",
    reply_to_req=mid(R_TT),
    items={},
    body="""
Hello,

We've received your request and created ticket 0906-55810. Our team will
review it and get back to you. There is no need to reply to this email.

TikTok Support
""",
)

case(
    name="daum-korean-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao(Daum) 권리침해신고 접수 완료 안내",
    why="접수 완료 with a receipt number; the result is only promised",
    **{"from": KK_FROM, "name_from": "Kakao Rights Center"},
    date="Thu, 05 Sep 2024 11:30:00 +0900",
    subject=f"[Daum] 권리침해신고 접수 완료 안내 ({R_KK})",
    reply_to_req=mid(R_KK),
    items={},
    body="""
안녕하세요. 카카오 권리침해신고센터입니다.

보내주신 권리침해신고가 정상적으로 접수되었습니다. (접수번호: 2024-0905-33817)
검토 후 처리 결과를 메일로 안내드리겠습니다.

감사합니다.
""",
)

case(
    name="tg-receipt-over-quoted-request",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram abuse desk receipt top-posted over the quoted request",
    why="a receipt with a case number; the URLs are only in the quoted request",
    **{"from": TG_FROM, "name_from": "Telegram"},
    date="Thu, 05 Sep 2024 12:40:00 +0000",
    subject=f"Re: [{R_TG}] Request to remove content",
    reply_to_req=mid(R_TG),
    items={},
    body=f"""
Thank you, we have received your request and opened Case #5531907.

On Thu, 5 Sep 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Telegram,
> Please remove the following messages:
> {T[1]}
> {T[2]}
> {T[3]}
> KCSC
""",
)


HEADER = """# Blind set 846 (focus: what a program gets wrong). Written from each
# email's meaning before any run of the reader. Generated by make.py."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind846", HEADER, CASES)
