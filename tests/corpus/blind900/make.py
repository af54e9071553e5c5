#!/usr/bin/env python3
"""Blind set 900 (focus: what a program gets wrong).

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
and a note that disagree, statuses given by position ("items 1 and 3",
"respectively", "1번과 2번").

    python3 tests/corpus/blind900/make.py

writes requests.csv, cases/*.eml and expected.toml beside this file. The
expected results were written from each email's meaning, before any run of
the reader. Deterministic: no clock, no randomness.
"""
import base64
import csv
import io
import os
import quopri
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
CAFE_KR = "몽환일기"
CAFE_KR_ENC = urllib.parse.quote(CAFE_KR)

X = [
    "https://x.com/moonlit_ferry/status/1830412290011734016",
    "https://x.com/moonlit_ferry/status/1830412290011734101",
    "https://x.com/grey_orchard_88/status/1830519934400122880",
    "https://x.com/grey_orchard_88/status/1830519934400122977",
    "https://x.com/hanul_dropbox/status/1830620017733451776",
    "https://x.com/hanul_dropbox/status/1830620017733451890",
    "https://x.com/tidewatch_k/status/1830733380155867136",
    "https://x.com/tidewatch_k/status/1830733380155867250",
    "https://x.com/velvet_sketch_kr/status/1830845512398061568",
    "https://x.com/velvet_sketch_kr/status/1830845512398061600",
    "https://x.com/nori_bunker/status/1830951177420378112",
    "https://x.com/nori_bunker/status/1830951177420378213",
    "https://x.com/pale_lantern_04/status/1831067734520086528",
]
Y = [
    "https://www.youtube.com/watch?v=Qh7rTz2LmWc",
    "https://www.youtube.com/watch?v=bN4xK0pVa8s",
    "https://www.youtube.com/watch?v=Zc1eY6uJd3M",
    "https://www.youtube.com/shorts/Lw9gR2fTn0E",
]
N = [
    "https://blog.naver.com/stella_mirror/223571904412",
    "https://blog.naver.com/stella_mirror/223571988105",
    "https://cafe.naver.com/" + CAFE_KR_ENC + "/2210",
    "https://cafe.naver.com/quietdeck/58817",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38820415&memberNo=51120937",
]
N2_RAW = "https://cafe.naver.com/" + CAFE_KR + "/2210"
T = [
    "https://t.me/lotus_vault_kr/1184",
    "https://t.me/lotus_vault_kr/1191",
    "https://t.me/amber_relay/402",
]
K = [
    "https://cafe.daum.net/nightowl_club/Hx2a/3120",
    "https://mistyharbor.tistory.com/87",
]
TT = ["https://www.tiktok.com/@silk.rover/video/7412093385526611217"]
XB = [
    "https://x.com/coldbrew_shade/status/1833501122047098880",
    "https://x.com/coldbrew_shade/status/1833501122047099012",
]

REQUESTS = [
    # ref, platform, sent, due, category, message_id, note, urls
    ("KCSC-240902-01", "x", "2024-09-02", "2024-09-09", "non-consensual-intimate-imagery",
     "req-240902-01@kcsc.example", "largest request: 13 posts from six accounts", X),
    ("KCSC-240903-02", "youtube", "2024-09-03", "2024-09-10", "defamation",
     "req-240903-02@kcsc.example", "four videos and one Short", Y),
    ("KCSC-240904-03", "naver", "2024-09-04", "2024-09-11", "privacy",
     "req-240904-03@kcsc.example", "blog, cafe (one Korean cafe name) and post", N),
    ("KCSC-240905-04", "telegram", "2024-09-05", "2024-09-12", "deepfake-sexual-abuse",
     "req-240905-04@kcsc.example", "two channels", T),
    ("KCSC-240906-05", "kakao", "2024-09-06", "2024-09-13", "privacy",
     "req-240906-05@kcsc.example", "Daum cafe and Tistory", K),
    ("KCSC-240909-06", "tiktok", "2024-09-09", "2024-09-16", "defamation",
     "req-240909-06@kcsc.example", "one video", TT),
    ("KCSC-240911-07", "x", "2024-09-11", "2024-09-18", "privacy",
     "req-240911-07@kcsc.example", "two posts of one account", XB),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


X_REQUEST_TEXT = (
    "Dear X Legal,\n\n"
    "The Korea Communications Standards Commission asks you to remove or block\n"
    "the following posts (reference KCSC-240902-01). Deadline: 2024-09-09.\n\n"
    + "\n".join(f"{i + 1}. {u}" for i, u in enumerate(X))
    + "\n\nKCSC Takedown Desk"
)

N_REQUEST_TEXT = (
    "네이버 정책지원팀 귀중\n\n"
    "방송통신심의위원회는 아래 게시물에 대하여 삭제 또는 접속차단을 요청합니다.\n"
    "요청번호: KCSC-240904-03 / 처리기한: 2024-09-11\n\n"
    + "\n".join(f"{i + 1}. {u}" for i, u in enumerate(N))
    + "\n\n방송통신심의위원회 통신심의국"
)

T_REQUEST_TEXT = (
    "Dear Telegram,\n\n"
    "Please remove the following messages (KCSC-240905-04), which contain\n"
    "sexual deepfake images of a real person:\n\n"
    + "\n".join(T)
    + "\n\nKCSC Takedown Desk"
)

XB_REQUEST_TEXT = (
    "Dear X Legal,\n\n"
    "Please remove the two posts below, which publish a private person's home\n"
    "address (reference KCSC-240911-07, deadline 2024-09-18):\n\n"
    + "\n".join(XB)
    + "\n\nKCSC Takedown Desk"
)

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED

case(
    name="x-mixed-statuses-one-sentence",
    **{"from": "legal-kr@x.com"},
    date="Wed, 04 Sep 2024 09:12:44 +0000",
    subject="Re: KCSC-240902-01 Request for removal of content",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

Thank you for your request (KCSC-240902-01). We reviewed the reported posts
against the X Rules and the applicable local law.

We withheld {X[0]} in the Republic of Korea and removed {X[2]} globally for violating our non-consensual nudity policy, but {X[3]} did not violate the X Rules or Korean law as presented to us and remains available.

We are still reviewing the other posts in your request and will follow up
separately.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email (withheld in country / removed / no violation)",
    why="three statuses in one sentence: withheld in KR, removed, did not violate and remains available",
    items={X[0]: "restricted", X[2]: "removed", X[3]: "rejected"},
)

case(
    name="x-hedge-in-relative-clause-promise",
    **{"from": "legal-kr@x.com"},
    date="Thu, 05 Sep 2024 02:40:10 +0000",
    subject="Re: KCSC-240902-01 Request for removal of content",
    reply_to_req="req-240902-01",
    body=f"""
Hi KCSC team,

Update on KCSC-240902-01:

- {X[4]} has been removed, together with the media attached to it.
- {X[5]}, which appears to have been deleted by the account holder shortly
  after your notice, is still being checked by our systems. We will confirm
  its status once that check has finished.

Best,
Seo-yeon
X Legal, APAC
""",
    outcome="applied", classification="confirmation",
    imitates="X legal support analyst's bulleted update",
    why="first post removed; the second is only 'appears to have been deleted' plus a promise to confirm: pending",
    items={X[4]: "removed", X[5]: "pending"},
)

case(
    name="yt-table-then-correction-note",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 07:03:55 +0000",
    subject="Re: [KCSC-240903-02] Legal removal request - YouTube",
    reply_to_req="req-240903-02",
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>Thank you for contacting YouTube. Below is the outcome of our review of your request KCSC-240903-02.</p>
<table border="1" cellpadding="4">
<tr><th>Video</th><th>Action</th><th>Scope</th></tr>
<tr><td>{Y[0]}</td><td>Removed</td><td>Global</td></tr>
<tr><td>{Y[1]}</td><td>Removed</td><td>Global</td></tr>
<tr><td>{Y[2]}</td><td>Blocked</td><td>South Korea</td></tr>
<tr><td>{Y[3]}</td><td>Under review</td><td>-</td></tr>
</table>
<p><b>Correction to the table above:</b> the second video ({Y[1]}) was not removed.
It was age-restricted instead, so it can only be watched by signed-in viewers over 18.</p>
<p>Regards,<br>The YouTube Legal Team</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome table (HTML) with a correction paragraph",
    why="table row 2 says Removed, the note below explicitly corrects it to age-restricted; row 3 blocked in KR; row 4 under review",
    items={Y[0]: "removed", Y[1]: "restricted", Y[2]: "restricted", Y[3]: "pending"},
)

case(
    name="naver-korean-particles-mixed",
    **{"from": "noreply_cs@navercorp.com"},
    name_from="네이버 고객센터",
    date="Fri, 06 Sep 2024 05:21:09 +0000",
    subject="[네이버] KCSC-240904-03 게시중단 요청 처리 결과 안내",
    reply_to_req="req-240904-03",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 KCSC-240904-03 건의 처리 결과를 안내드립니다.

{N[0]} 는 게시중단 처리하였고, {N[1]} 는 작성자가 이미 삭제하여 확인되지 않습니다.
{N2_RAW}은 「정보통신망법」 제44조의2에 따라 30일간 임시조치하였습니다.

나머지 게시물은 검토 중이며, 결과가 나오는 대로 다시 알려드리겠습니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단/임시조치 처리 결과 안내 메일",
    why="게시중단 (removed) and 작성자 삭제로 확인되지 않음 (not found) in one sentence; raw Korean cafe URL glued to 은: 임시조치 (restricted)",
    items={N[0]: "removed", N[1]: "not_found", N[2]: "restricted"},
)

case(
    name="tg-items-by-number",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Sat, 07 Sep 2024 11:45:30 +0000",
    subject="Re: [Case #5520931] KCSC-240905-04",
    reply_to_req="req-240905-04",
    body=f"""
Hello,

Thank you for your report. We have reviewed the following links:

1. {T[0]}
2. {T[1]}
3. {T[2]}

Items 1 and 3 have been blocked for violating the Telegram Terms of Service.
Item 2 could not be found; the message may have been deleted before our
moderators reached it.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply with a numbered list",
    why="statuses given by position: items 1 and 3 blocked, item 2 could not be found (the 'may have been' is only the reason)",
    items={T[0]: "removed", T[1]: "not_found", T[2]: "removed"},
)

case(
    name="tiktok-one-item-no-url",
    **{"from": "legal-response@tiktok.com"},
    name_from="TikTok Trust & Safety",
    date="Wed, 11 Sep 2024 03:10:00 +0000",
    subject="Re: KCSC-240909-06 - Notice of illegal content",
    reply_to_req="req-240909-06",
    body="""
Dear KCSC,

We have completed our review of your notice (reference KCSC-240909-06).
The content you reported has been removed from TikTok for violating our
Community Guidelines.

If you have any questions, you can reply to this email.

TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome email for a government notice",
    why="one-item request; 'the content you reported has been removed' is its only statement",
    items={TT[0]: "removed"},
)

case(
    name="x-later-sentence-revises",
    **{"from": "legal-kr@x.com"},
    date="Mon, 09 Sep 2024 08:30:12 +0000",
    subject="Re: KCSC-240902-01 Request for removal of content",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

Regarding KCSC-240902-01.

On September 5 we withheld {X[6]} in South Korea. Following a second review
requested by our safety team, that post has now been removed globally and is
no longer available anywhere.

{X[7]} remains available. We looked at it carefully: it is commentary on a
public court case and does not share the images described in your notice, so
it does not break the X Rules.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal follow-up after a second review",
    why="first withheld, then 'that post has now been removed globally' revises it; the second is a refusal with its reason",
    items={X[6]: "removed", X[7]: "rejected"},
)

case(
    name="yt-refusal-with-reason",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 01:55:40 +0000",
    subject="Re: [KCSC-240903-02] Legal removal request - YouTube",
    reply_to_req="req-240903-02",
    body=f"""
Hi,

Thanks for your notice KCSC-240903-02. After review:

{Y[2]} - removed for violating our harassment and cyberbullying policy.

{Y[3]} - we are not taking action on this Short. It is a news report about
the investigation, shows no identifiable victim, and does not violate our
Community Guidelines or the local laws cited in your notice.

You can read more about how we handle government requests at
https://support.google.com/youtube/answer/7554338 .

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal team reply: one removal, one refusal with reasons",
    why="one removed; the Short is refused with a reason (rejected); the help link is not an item",
    items={Y[2]: "removed", Y[3]: "rejected"},
)

case(
    name="naver-negation-kept-and-private",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Mon, 09 Sep 2024 06:12:00 +0000",
    subject="RE: [KCSC-240904-03] 게시물 삭제 요청",
    reply_to_req="req-240904-03",
    body=f"""
안녕하세요. 네이버 게시중단 업무 담당자입니다.

요청번호 KCSC-240904-03 관련하여 회신드립니다.

{N[3]}
위 게시물은 삭제하지 않았습니다. 내부 운영정책과 관련 법령에 따라 검토하였으나 위반 사항이 확인되지 않아 게시를 유지합니다.

{N[4]}
위 포스트는 비공개 처리되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 담당자 회신 (URL, then its result on the next line)",
    why="'삭제하지 않았습니다 … 위반 사항이 확인되지 않아 게시를 유지' is a refusal (rejected), not a deletion; 비공개 처리 is removed",
    items={N[3]: "rejected", N[4]: "removed"},
)

KAKAO_CSV = (
    "번호,URL,조치결과,조치일시\n"
    f"1,{K[0]},게시중단,2024-09-09 15:20\n"
    f"2,{K[1]},접근제한(국내),2024-09-09 15:24\n"
)
case(
    name="kakao-csv-attachment",
    **{"from": "cs-report@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Mon, 09 Sep 2024 07:30:00 +0000",
    subject="[카카오] KCSC-240906-05 처리 결과 회신",
    reply_to_req="req-240906-05",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="kk-b900-0001"

--kk-b900-0001
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 카카오 고객센터입니다.

요청하신 KCSC-240906-05 건의 처리 결과를 첨부 파일로 보내드립니다.
확인 부탁드립니다.

카카오 고객센터 드림

--kk-b900-0001
Content-Type: text/csv; charset=utf-8; name="KCSC-240906-05_result.csv"
Content-Disposition: attachment; filename="KCSC-240906-05_result.csv"
Content-Transfer-Encoding: base64

{b64(KAKAO_CSV)}
--kk-b900-0001--
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-centre reply with a CSV result attachment",
    why="CSV attachment: 게시중단 (removed) and 접근제한(국내) (restricted)",
    items={K[0]: "removed", K[1]: "restricted"},
)

X_CSV_ROWS = [
    (X[0], "removed", "global", ""),
    (X[1], "removed", "global", ""),
    (X[2], "withheld", "KR", "local law"),
    (X[3], "no_violation", "", "does not violate X Rules"),
    (X[4], "removed", "global", ""),
    (X[5], "not_found", "", "post no longer exists"),
    (X[6], "removed", "global", ""),
    (X[7], "in_review", "", "escalated"),
    (X[8], "withheld", "KR", "local law"),
    (X[9], "removed", "global", ""),
    (X[10], "removed", "global", ""),
    (X[11], "no_violation", "", "satire"),
    (X[12], "not_found", "", "account deactivated before review"),
]
X_CSV = "url,action,scope,notes\n" + "".join(f"{u},{a},{s},{n}\n" for u, a, s, n in X_CSV_ROWS)
X_CSV_STATUS = {"removed": "removed", "withheld": "restricted", "no_violation": "rejected",
                "not_found": "not_found", "in_review": "pending"}
case(
    name="x-csv-thirteen-rows",
    **{"from": "legal-kr@x.com"},
    date="Tue, 10 Sep 2024 10:00:00 +0000",
    subject="KCSC-240902-01: outcomes per post",
    reply_to_req="req-240902-01",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_x_b900_csv"

--=_x_b900_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Attached are the outcomes for each post in KCSC-240902-01. A post marked
in_review is still with our team; we will write again about it.

X Legal

--=_x_b900_csv
Content-Type: text/csv; name="KCSC-240902-01_outcomes.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_outcomes.csv"
Content-Transfer-Encoding: 7bit

{X_CSV}
--=_x_b900_csv--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with a per-post CSV of actions",
    why="CSV row per post: removed, withheld (KR), no_violation, not_found, in_review (pending)",
    items={u: X_CSV_STATUS[a] for u, a, _s, _n in X_CSV_ROWS},
)

case(
    name="tg-top-posted-over-quote",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Support",
    date="Sun, 08 Sep 2024 13:02:47 +0000",
    subject="Re: KCSC-240905-04 Removal request",
    reply_to_req="req-240905-04",
    body=f"""
Hello,

t.me/lotus_vault_kr/1184 and t.me/lotus_vault_kr/1191 have been taken down.
The post in amber_relay is still being reviewed by our moderators.

Telegram Support

On Thu, 5 Sep 2024 at 10:02, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(T_REQUEST_TEXT)}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram support reply top-posted above the quoted request",
    why="two named posts taken down; the third is still being reviewed (pending); the quoted request states nothing",
    items={T[0]: "removed", T[1]: "removed", T[2]: "pending"},
)

YT_QP_TEXT = f"""Hello KCSC,

Following our review of your request KCSC-240903-02, we removed the video at {Y[0]} for violating our policy on non-consensual intimate imagery, and we age-restricted the video at {Y[1]}, which remains visible only to signed-in viewers over 18.

Regards,
YouTube Legal Support
"""
case(
    name="yt-quoted-printable-two-statuses",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 22:14:03 +0000",
    subject="Re: [KCSC-240903-02] Legal removal request - YouTube",
    reply_to_req="req-240903-02",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(YT_QP_TEXT)}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply, quoted-printable body with soft line breaks",
    why="removed and age-restricted in one sentence; the relative clause after the second URL only describes the restriction",
    items={Y[0]: "removed", Y[1]: "restricted"},
)

NAVER_HTML = f"""<html><head><meta charset="utf-8"></head><body>
<p>방송통신심의위원회 담당자님께</p>
<p>요청번호 KCSC-240904-03 시정요구에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th></tr>
<tr><td>1</td><td>{N[0]}</td><td>삭제</td></tr>
<tr><td>2</td><td>{N[1]}</td><td>게시중단</td></tr>
<tr><td>3</td><td>{N2_RAW}</td><td>임시조치(30일)</td></tr>
<tr><td>4</td><td>{N[3]}</td><td>블라인드</td></tr>
<tr><td>5</td><td>{N[4]}</td><td>게시물 없음(작성자 삭제)</td></tr>
</table>
<p>네이버 주식회사 정책지원팀</p>
</body></html>
"""
case(
    name="naver-base64-html-result-table",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Tue, 10 Sep 2024 02:00:00 +0000",
    subject="[회신] KCSC-240904-03 시정요구 조치결과",
    reply_to_req="req-240904-03",
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(NAVER_HTML)}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table (HTML, base64)",
    why="five rows: 삭제, 게시중단, 임시조치, 블라인드, 게시물 없음(작성자 삭제)",
    items={N[0]: "removed", N[1]: "removed", N[2]: "restricted", N[3]: "removed", N[4]: "not_found"},
)

case(
    name="x-statement-then-url-below",
    **{"from": "gga@x.com"},
    name_from="X Global Government Affairs",
    date="Wed, 11 Sep 2024 04:20:00 +0000",
    subject="Re: KCSC-240902-01 Request for removal of content",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

The following post has been withheld in South Korea in response to your request:
{X[8]}

The following post was reviewed and found not to violate the X Rules; no action was taken:
{X[9]}

X Global Government Affairs
""",
    outcome="applied", classification="confirmation",
    imitates="X government affairs reply, statement line with the URL on the next line",
    why="statement precedes each URL: withheld in KR (restricted), no violation / no action (rejected)",
    items={X[8]: "restricted", X[9]: "rejected"},
)

case(
    name="x-small-bare-url-status-below",
    **{"from": "legal-kr@x.com"},
    date="Fri, 13 Sep 2024 06:45:00 +0000",
    subject="Case update for KCSC-240911-07",
    reply_to_req="req-240911-07",
    body=f"""
Case update for KCSC-240911-07

{XB[0]}
Status: Removed (violation of the X Rules - private information)

{XB[1]}
Status: No action taken - the post does not violate the X Rules

If you disagree with this outcome you may submit more information at
https://help.x.com/forms/legal .
""",
    outcome="applied", classification="confirmation",
    imitates="X legal case-update template (URL, then Status line)",
    why="bare URL with its status on the line below: removed, then a refusal (rejected); help form is not an item",
    items={XB[0]: "removed", XB[1]: "rejected"},
)

case(
    name="kakao-angle-brackets-fullwidth",
    **{"from": "rights@kakaocorp.com"},
    name_from="카카오 권리침해 신고센터",
    date="Tue, 10 Sep 2024 09:05:00 +0000",
    subject="Re: [KCSC-240906-05] 게시물 삭제 요청",
    reply_to_req="req-240906-05",
    body=f"""
안녕하세요, 카카오 권리침해 신고센터입니다.

KCSC-240906-05 요청에 대한 처리 결과입니다.

<{K[0]}>：게시중단 완료
<{K[1]}>：작성자가 직접 삭제하여 현재 존재하지 않는 게시물입니다。

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 권리침해 신고센터 reply",
    why="URLs in angle brackets followed by full-width colon: 게시중단 (removed), 작성자 삭제로 존재하지 않음 (not found)",
    items={K[0]: "removed", K[1]: "not_found"},
)

case(
    name="yt-negation-restricted-not-removed",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 08:08:08 +0000",
    subject="Re: [KCSC-240903-02] Legal removal request - YouTube",
    reply_to_req="req-240903-02",
    body=f"""
Hello,

A short update on KCSC-240903-02.

We did not remove {Y[2]}. Instead, access to it has been restricted in South
Korea under local law; it remains available in other countries.

{Y[0]} was not restricted locally but removed from YouTube altogether, as it
violates our Community Guidelines.

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal update (local block vs global removal)",
    why="'did not remove … instead restricted in South Korea' is restricted; 'was not restricted locally but removed' is removed",
    items={Y[2]: "restricted", Y[0]: "removed"},
)

case(
    name="x-echoed-report-outcome",
    **{"from": "noreply@x.com"},
    date="Thu, 12 Sep 2024 12:00:00 +0000",
    subject="Update on your report",
    body=f"""
Hello,

We're writing to let you know about a report you submitted.

----------------------------------------
Report ID: 0x88F21C04
Reported content: {X[10]}
Reported for: Illegal content - Korea (KCSC-240902-01)
----------------------------------------

Outcome: We removed the reported content because it violated the X Rules.

Thanks,
X
""",
    outcome="applied", classification="confirmation",
    imitates="X report-outcome notification that echoes the report",
    why="the echo names one post and the outcome 'we removed the reported content' is about it",
    items={X[10]: "removed"},
)

case(
    name="naver-attempt-then-author-deleted",
    **{"from": "noreply_cs@navercorp.com"},
    name_from="네이버 고객센터",
    date="Thu, 12 Sep 2024 01:30:00 +0000",
    subject="[네이버] KCSC-240904-03 처리 결과",
    reply_to_req="req-240904-03",
    body=f"""
안녕하세요, 네이버입니다.

{N[0]} 게시물은 블라인드 처리 완료하였습니다.

{N[1]} 게시물에 대해서도 임시조치를 진행하고자 하였으나, 확인해 보니 작성자가 이미 삭제한 게시물이었습니다. 따라서 별도 조치는 하지 않았습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 처리 결과 안내",
    why="블라인드 is removed; for the second, the intended 임시조치 was not carried out because the author had already deleted it (not found)",
    items={N[0]: "removed", N[1]: "not_found"},
)

case(
    name="tiktok-refusal-with-reason",
    **{"from": "legal-response@tiktok.com"},
    name_from="TikTok Trust & Safety",
    date="Thu, 12 Sep 2024 05:00:00 +0000",
    subject="Re: KCSC-240909-06 - Notice of illegal content",
    reply_to_req="req-240909-06",
    body=f"""
Dear KCSC,

Thank you for your notice regarding {TT[0]} (your reference KCSC-240909-06).

Our team reviewed the video against our Community Guidelines and the Korean
law cited in your notice. The video shows a public protest and does not
include the personal information or images you describe, so we did not find
a violation. The video will stay up.

You can ask us to reconsider this decision by replying with more context.

TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok 'no violation' decision for a government notice",
    why="a refusal with its reason: no violation found, the video stays up (rejected)",
    items={TT[0]: "rejected"},
)

case(
    name="x-respectively-over-gmail-quote",
    **{"from": "minseo.lee@x.com"},
    name_from="Minseo Lee",
    date="Fri, 13 Sep 2024 02:22:00 +0000",
    subject="Re: KCSC-240902-01 Request for removal of content",
    reply_to_req="req-240902-01",
    body=f"""
Hi,

{X[11]} and {X[12]} have been removed and withheld in Korea, respectively.

Thanks,
Minseo
X Legal, APAC

On Mon, Sep 2, 2024 at 6:05 PM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(X_REQUEST_TEXT)}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal staffer's short Gmail reply over the quoted request",
    why="'removed and withheld in Korea, respectively': first removed, second restricted; the 13 quoted URLs state nothing",
    items={X[11]: "removed", X[12]: "restricted"},
)

case(
    name="yt-statement-and-promise",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 03:33:00 +0000",
    subject="Re: [KCSC-240903-02] Legal removal request - YouTube",
    reply_to_req="req-240903-02",
    body=f"""
Hello,

We have removed {Y[1]}.

We will review {Y[3]} and get back to you within five business days.

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal short reply",
    why="one removed; the other only promised a review (pending)",
    items={Y[1]: "removed", Y[3]: "pending"},
)

case(
    name="x-dsa-statement-of-reasons",
    **{"from": "dsa-notices@x.com"},
    name_from="X Trust & Safety",
    date="Fri, 06 Sep 2024 15:00:00 +0000",
    subject="Statement of reasons - KCSC-240902-01",
    reply_to_req="req-240902-01",
    body=f"""
Statement of reasons

Reference: KCSC-240902-01
Content: {X[4]}
Decision: Visibility restriction - content withheld
Territorial scope: Republic of Korea (KR)
Ground: Illegal content under the law of the requesting country
Automated detection: No
Automated decision: No

Redress: the account holder may appeal this decision. This statement is also
published at https://transparency.x.example/sor/77120455 .
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17 statement of reasons (territorial withholding)",
    why="decision 'content withheld', territorial scope KR: restricted; the transparency link is not an item",
    items={X[4]: "restricted"},
)

case(
    name="naver-positions-over-outlook-quote",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Fri, 13 Sep 2024 08:00:00 +0000",
    subject="RE: [KCSC-240904-03] 게시물 삭제 요청",
    reply_to_req="req-240904-03",
    body=f"""
방송통신심의위원회 담당자님께,

요청하신 5건의 처리 결과를 알려드립니다.

1. {N[0]}
2. {N[1]}
3. {N[2]}
4. {N[3]}
5. {N[4]}

1번과 2번은 삭제하였고, 3번은 30일간 임시조치하였습니다. 4번은 검토 결과 위반 사항이 없어 게시를 유지하며, 5번은 이미 삭제되어 존재하지 않는 게시물입니다.

네이버 정책지원팀 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 10:15 AM
To: policy@navercorp.com
Subject: [KCSC-240904-03] 게시물 삭제 요청

{N_REQUEST_TEXT}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy team reply in Outlook, results by list number",
    why="statuses by number: 1,2 삭제; 3 임시조치; 4 위반 없음·유지 (rejected); 5 이미 삭제되어 존재하지 않음 (not found)",
    items={N[0]: "removed", N[1]: "removed", N[2]: "restricted", N[3]: "rejected", N[4]: "not_found"},
)

case(
    name="tg-hedge-relative-clause-blocked",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Mon, 09 Sep 2024 17:20:00 +0000",
    subject="Re: [Case #5520931] KCSC-240905-04",
    reply_to_req="req-240905-04",
    body=f"""
Hi,

{T[2]}, which may have been forwarded to other channels before we acted, has
been blocked. If you find copies elsewhere, please report each link
separately.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk short reply",
    why="the hedge 'may have been forwarded' sits in a relative clause; the main clause 'has been blocked' is unhedged",
    items={T[2]: "removed"},
)

# ================================================================ REVIEW

case(
    name="x-promise-not-yet",
    **{"from": "legal-kr@x.com"},
    date="Tue, 03 Sep 2024 23:50:00 +0000",
    subject="Re: KCSC-240902-01 Request for removal of content",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

We've received your request KCSC-240902-01. Once our legal review is
complete, {X[0]} and {X[1]} will be withheld in South Korea. We have not taken
action on either post yet.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply",
    why="a promise ('will be withheld once review is complete') and 'not taken action yet': nothing stated",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="yt-hedge-only",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 04:04:00 +0000",
    subject="Re: [KCSC-240903-02] Legal removal request - YouTube",
    reply_to_req="req-240903-02",
    body=f"""
Hi,

Regarding {Y[0]}: it looks like the video may already have been taken down
by the uploader, but we are still confirming this on our side. We'll write
again when we know more.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim reply",
    why="'looks like … may already have been taken down … still confirming' is a hedge, no statement",
    items={Y[0]: "pending"},
)

case(
    name="x-bulk-all-actioned",
    **{"from": "legal-kr@x.com"},
    date="Sat, 14 Sep 2024 01:00:00 +0000",
    subject="Re: KCSC-240902-01 Request for removal of content",
    reply_to_req="req-240902-01",
    body="""
Hello,

All posts listed in your request KCSC-240902-01 have been actioned in
accordance with our policies and local law.

X Legal
""",
    outcome="review", review="bulk",
    imitates="X legal one-line closure of a multi-post request",
    why="one statement about all 13 posts without naming any; 'actioned' does not even say removed or withheld",
    items={u: "pending" for u in X},
)

case(
    name="naver-auth-fail",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    auth="fail",
    date="Tue, 10 Sep 2024 03:15:00 +0000",
    subject="RE: [KCSC-240904-03] 게시물 삭제 요청",
    reply_to_req="req-240904-03",
    body=f"""
안녕하세요.

요청하신 게시물 {N[0]}, {N[3]} 두 건 모두 삭제 처리되었습니다.

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER 처리 완료 회신 (failing DMARC)",
    why="NAVER domain but DKIM/SPF/DMARC fail: not trusted",
    items={N[0]: "pending", N[3]: "pending"},
)

case(
    name="tg-channel-owner-writes",
    **{"from": "lotusvault.admin@proton.me"},
    name_from="lotus vault admin",
    date="Sun, 08 Sep 2024 20:10:00 +0000",
    subject="KCSC-240905-04 - posts deleted",
    body=f"""
Hello,

I am the admin of the lotus_vault_kr channel. Telegram told me about your
request KCSC-240905-04. I deleted both posts myself today:

{T[0]}
{T[1]}

Please close the case.
""",
    outcome="review", review="unknown_sender",
    imitates="channel owner writing to the regulator directly",
    why="the sender is not Telegram: a third party's word changes nothing",
    items={T[0]: "pending", T[1]: "pending"},
)

case(
    name="naver-speaks-about-daum-post",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Wed, 11 Sep 2024 02:40:00 +0000",
    subject="RE: [KCSC-240906-05] 게시물 삭제 요청",
    reply_to_req="req-240906-05",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청번호 KCSC-240906-05 관련하여 회신드립니다.
{K[0]} 게시물은 삭제 처리되었습니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER reply to a request that was Kakao's (mis-addressed thread)",
    why="NAVER states a status for a Daum cafe post, which only Kakao can act on",
    items={K[0]: "pending"},
)

case(
    name="naver-table-and-note-disagree",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Thu, 12 Sep 2024 06:00:00 +0000",
    subject="[회신] KCSC-240904-03 조치결과",
    reply_to_req="req-240904-03",
    type="html",
    body=f"""
<html><body>
<p>요청번호 KCSC-240904-03 조치결과를 회신합니다.</p>
<table border="1">
<tr><th>URL</th><th>조치결과</th></tr>
<tr><td>{N[3]}</td><td>삭제</td></tr>
</table>
<p>※ 참고: cafe.naver.com/quietdeck/58817 게시물은 검토 결과 관련 법령 및 운영정책 위반 사항이 확인되지 않아 게시를 유지하고 있습니다.</p>
<p>네이버 정책지원팀</p>
</body></html>
""",
    outcome="review", review="conflicting_statements",
    imitates="Korean 조치결과 table with a footnote",
    why="the table says 삭제, the note says the same post is kept (no violation); nothing says which is right",
    items={N[3]: "pending"},
)

case(
    name="tg-no-claims-notice",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram",
    date="Tue, 10 Sep 2024 12:00:00 +0000",
    subject="Submitting notices to Telegram",
    body="""
Hello,

Telegram now receives notices from authorities through a dedicated form at
https://telegram.org/dsa-authorities . Notices sent there are routed to the
right team faster than email.

Please use the form for future requests.

Telegram
""",
    outcome="review", review="no_claims",
    imitates="Telegram notice about its authority submission channel",
    why="trusted Telegram mail naming no item and no request",
    items={},
)

case(
    name="kakao-asks-for-documents",
    **{"from": "cs-report@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Mon, 09 Sep 2024 01:00:00 +0000",
    subject="[카카오] KCSC-240906-05 추가 자료 요청",
    reply_to_req="req-240906-05",
    body=f"""
안녕하세요, 카카오 고객센터입니다.

KCSC-240906-05 요청 중 {K[1]} 게시물에 대한 검토를 위해 추가 자료가 필요합니다.
해당 게시물이 위법하다고 판단하신 근거와 심의 의결서 사본을 회신해 주시기 바랍니다.
자료를 받은 후 처리하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Kakao request for supporting documents",
    why="asks for the legal basis and the decision document before acting; no status",
    items={K[1]: "pending"},
)

case(
    name="yt-conditional",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 05:30:00 +0000",
    subject="Re: [KCSC-240903-02] Legal removal request - YouTube",
    reply_to_req="req-240903-02",
    body=f"""
Hello,

We have notified the uploader of {Y[2]}. If the uploader does not edit the
video within 7 days, it will be removed.

Separately, {Y[3]} would be restricted in South Korea if a Korean court order
is provided to us.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal reply with conditions",
    why="both are conditions ('if … will be removed', 'would be restricted if'), not statements",
    items={Y[2]: "pending", Y[3]: "pending"},
)

case(
    name="x-which-ones-violated",
    **{"from": "legal-kr@x.com"},
    date="Sun, 08 Sep 2024 09:00:00 +0000",
    subject="Re: KCSC-240902-01 Request for removal of content",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

We reviewed the posts below from your request KCSC-240902-01:

{X[2]}
{X[3]}
{X[4]}

Posts that were found to violate the X Rules have been removed; those that
did not remain available.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal generic outcome over a list of posts",
    why="the relative clause ('posts that were found to violate') does not say which of the three were removed",
    items={X[2]: "pending", X[3]: "pending", X[4]: "pending"},
)

case(
    name="tiktok-predates-request",
    **{"from": "noreply@tiktok.com"},
    name_from="TikTok",
    date="Sat, 07 Sep 2024 10:00:00 +0000",
    subject="Update on your report",
    body=f"""
Hi,

Thanks for your report. We reviewed {TT[0]} and removed it because it
violates our Community Guidelines.

Thanks for helping keep TikTok safe.
TikTok
""",
    outcome="review", review="predates_request",
    imitates="TikTok in-app report outcome email",
    why="dated 7 September, before the request of 9 September: it answers some earlier report, not ours",
    items={TT[0]: "pending"},
)

# ================================================================ IGNORED

case(
    name="naver-out-of-office",
    **{"from": "jh.choi@navercorp.com"},
    name_from="최지훈",
    date="Wed, 04 Sep 2024 01:16:00 +0000",
    subject="[부재중 자동회신] [KCSC-240904-03] 게시물 삭제 요청",
    reply_to_req="req-240904-03",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요.

9월 4일부터 9월 13일까지 휴가로 부재중입니다. 메일 확인이 늦어질 수 있습니다.
급한 용무는 policy@navercorp.com 으로 보내 주시기 바랍니다.

최지훈 드림
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply",
    why="out-of-office auto-reply",
    items={},
)

DSN_ORIG = (
    "From: KCSC Takedown <takedown@kcsc.example>\n"
    "To: legal-kr@youtube.example\n"
    "Subject: [KCSC-240903-02] Legal removal request\n"
    "Message-ID: <req-240903-02@kcsc.example>\n"
    "Date: Tue, 03 Sep 2024 10:00:00 +0900\n\n"
    "Please remove the following videos:\n" + "\n".join(Y) + "\n"
)
case(
    name="yt-bounce-dsn",
    **{"from": "mailer-daemon@googlemail.com"},
    name_from="Mail Delivery Subsystem",
    date="Tue, 03 Sep 2024 01:00:30 +0000",
    subject="Delivery Status Notification (Failure)",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b900-yt"

--dsn-b900-yt
Content-Type: text/plain; charset=utf-8

Your message wasn't delivered to legal-kr@youtube.example because the address
couldn't be found, or is unable to receive mail.

--dsn-b900-yt
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 03 Sep 2024 01:00:21 +0000

Final-Recipient: rfc822; legal-kr@youtube.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.

--dsn-b900-yt
Content-Type: message/rfc822

{DSN_ORIG}
--dsn-b900-yt--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail delivery status notification (5.1.1)",
    why="a bounce; the URLs are in our own returned request",
    items={},
)

case(
    name="tg-read-receipt",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram",
    date="Thu, 05 Sep 2024 02:00:00 +0000",
    subject="Read: KCSC-240905-04 Removal request",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b900-tg"

--mdn-b900-tg
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to dsa@telegram.org at 05/09/2024 10:02.
This receipt verifies that the message has been displayed on the recipient's
computer.

--mdn-b900-tg
Content-Type: message/disposition-notification

Reporting-UA: mail.telegram.org; Webmail
Final-Recipient: rfc822;dsa@telegram.org
Original-Message-ID: <req-240905-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b900-tg--
""",
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt",
    why="a read receipt",
    items={},
)

case(
    name="tiktok-ticket-receipt",
    **{"from": "legal-response@tiktok.com"},
    name_from="TikTok Trust & Safety",
    date="Mon, 09 Sep 2024 09:00:00 +0000",
    subject="Re: KCSC-240909-06 - Notice of illegal content [Ticket 2409-118843]",
    reply_to_req="req-240909-06",
    body="""
Hello,

We've received your notice. Your ticket number is 2409-118843.
Please keep this number in the subject line of any further correspondence.

Our team will respond by email.

TikTok Trust & Safety
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok ticket-system receipt",
    why="pure receipt: ticket created, nothing about the item",
    items={},
)

case(
    name="kakao-receipt-korean",
    **{"from": "no-reply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Fri, 06 Sep 2024 03:00:00 +0000",
    subject="[카카오 고객센터] 문의 접수 완료 안내",
    reply_to_req="req-240906-05",
    body="""
안녕하세요, 카카오 고객센터입니다.

문의가 정상적으로 접수되었습니다.
접수번호: KK-0906-55021
접수된 문의는 순서대로 확인하여 답변드리겠습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer-centre 접수 완료 receipt",
    why="pure receipt with a ticket number",
    items={},
)

case(
    name="x-out-of-office-quoted",
    **{"from": "jiwoo.park@x.com"},
    name_from="Jiwoo Park",
    date="Wed, 11 Sep 2024 01:30:00 +0000",
    subject="Automatic reply: KCSC-240911-07 Request for removal of content",
    reply_to_req="req-240911-07",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""
I am out of the office until Monday 16 September with limited access to email.
For urgent legal requests please write to legal@x.com.

Jiwoo

> From: KCSC Takedown <takedown@kcsc.example>
> Subject: KCSC-240911-07 Request for removal of content
>
{quoted(XB_REQUEST_TEXT)}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply quoting the request",
    why="out-of-office; the URLs are only in the quoted request",
    items={},
)

HEADER = """# Blind set 900 (focus: what a program gets wrong): mixed statuses in one
# sentence, hedges in relative clauses, negations, refusals with reasons,
# later sentences that revise earlier ones, a table and a note that disagree,
# statuses by position. Written by make.py from each email's meaning, before
# any run of the reader. Each case is ingested alone into a fresh ledger."""


def main():
    write_requests()
    # Group the cases so that the file reads applied, review, ignored; the
    # order of CASES is already that.
    corpuslib.write_set(HERE, "blind900", HEADER, CASES)


if __name__ == "__main__":
    main()
