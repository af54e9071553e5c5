#!/usr/bin/env python3
"""Blind set 768: what a program gets wrong.

Mixed statuses in one sentence, hedges inside relative clauses, negations,
refusals with their reasons, later sentences that revise earlier ones, a
table contradicted (or corrected) by a note under it, and statuses given by
position in a list. Written from each email's meaning alone, before any run
of the reader.

    python3 tests/corpus/blind768/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind768"

# ---------------------------------------------------------------- requests
Y = {
    1: "https://www.youtube.com/watch?v=qP4mT7xLz2a",
    2: "https://www.youtube.com/watch?v=Hn3vKe8Rw0b",
    3: "https://www.youtube.com/watch?v=c7JdWq2sYpE",
    4: "https://www.youtube.com/watch?v=Z0rTf5gNk1u",
    5: "https://www.youtube.com/watch?v=mB9xLa6QeHs",
    6: "https://www.youtube.com/watch?v=uV2pCk4TnJw",
    7: "https://www.youtube.com/watch?v=Rk8sYd1FhQo",
    8: "https://www.youtube.com/watch?v=e5GwNz3PbLm",
    9: "https://www.youtube.com/shorts/Tj6hUq0XcVa",
    10: "https://www.youtube.com/shorts/bW1oPe7KsRd",
    11: "https://www.youtube.com/@kimchi_truth_tv",
    12: "https://www.youtube.com/watch?v=Lf3aMy9GiZt",
}
X = {
    1: "https://x.com/northwind_kr/status/1834412209587716211",
    2: "https://x.com/northwind_kr/status/1834419976104550402",
    3: "https://x.com/dal_bit_99/status/1835002217345122817",
    4: "https://x.com/dal_bit_99/status/1835118840021659648",
}
XS1 = "https://x.com/pale_comet_88/status/1836210043987616099"
T = {
    1: "https://t.me/quiet_lantern_kr/418",
    2: "https://t.me/quiet_lantern_kr/421",
    3: "https://t.me/grey_market_seoul/77",
}
N5_RAW = "https://in.naver.com/바람개비/contents/internal/612345"
N5 = "https://in.naver.com/" + quote("바람개비") + "/contents/internal/612345"
N = {
    1: "https://blog.naver.com/hanbit_story/223561870245",
    2: "https://blog.naver.com/hanbit_story/223562004417",
    3: "https://cafe.naver.com/moonlitgarden/38211",
    4: "https://cafe.naver.com/moonlitgarden/38240",
    5: N5,
}
K = {
    1: "https://cafe.daum.net/starlit_village/Ab3K/881",
    2: "https://cafe.daum.net/starlit_village/Ab3K/902",
    3: "https://bluefox-diary.tistory.com/146",
}
TT = {
    1: "https://www.tiktok.com/@seoul_nightowl/video/7413982200145673474",
    2: "https://www.tiktok.com/@seoul_nightowl/video/7414110563027451137",
}

REQ = {
    "yt": ("KCSC-240917-01", "youtube", "2024-09-17T10:12:00+09:00", "2024-09-24T18:00:00+09:00",
           "defamation", "req.KCSC-240917-01.20240917101200", list(Y.values()),
           "largest request: 11 videos/Shorts and one channel"),
    "x": ("KCSC-240917-02", "x", "2024-09-17T10:40:00+09:00", "2024-09-24T18:00:00+09:00",
          "privacy", "req.KCSC-240917-02.20240917104000", list(X.values()), "two accounts"),
    "tg": ("KCSC-240918-03", "telegram", "2024-09-18T10:05:00+09:00", "2024-09-25T18:00:00+09:00",
           "drugs", "req.KCSC-240918-03.20240918100500", list(T.values()), "two channels"),
    "nv": ("KCSC-240918-04", "naver", "2024-09-18T11:30:00+09:00", "2024-09-25T18:00:00+09:00",
           "gambling", "req.KCSC-240918-04.20240918113000", list(N.values()),
           "blog, cafe and a Korean-path in.naver.com page"),
    "kk": ("KCSC-240919-05", "kakao", "2024-09-19T09:50:00+09:00", "2024-09-26T18:00:00+09:00",
           "obscenity", "req.KCSC-240919-05.20240919095000", list(K.values()), "Daum cafe and Tistory"),
    "tt": ("KCSC-240919-06", "tiktok", "2024-09-19T14:20:00+09:00", "2024-09-26T18:00:00+09:00",
           "drugs", "req.KCSC-240919-06.20240919142000", list(TT.values()), ""),
    "xs": ("KCSC-240920-07", "x", "2024-09-20T09:15:00+09:00", "2024-09-27T18:00:00+09:00",
           "obscenity", "req.KCSC-240920-07.20240920091500", [XS1], "one post"),
}


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, mid, urls, note in REQ.values():
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def rid(key):
    return REQ[key][5]


# ---------------------------------------------------------------- MIME helpers
def qp_plain(text):
    enc = quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return ("Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + enc)


def b64_part(ctype, text):
    enc = base64.encodebytes(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + enc)


def mixed_with_csv(boundary, text, fname, csv_text):
    enc = base64.encodebytes(csv_text.encode("utf-8")).decode("ascii")
    return (f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
            f"--{boundary}\n"
            "Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n"
            f"{text.strip(chr(10))}\n\n"
            f"--{boundary}\n"
            f'Content-Type: text/csv; charset=utf-8; name="{fname}"\n'
            f'Content-Disposition: attachment; filename="{fname}"\n'
            "Content-Transfer-Encoding: base64\n\n"
            f"{enc}\n"
            f"--{boundary}--\n")


def quote_lines(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


X_REQUEST_TEXT = f"""Dear X Legal team,

Under reference KCSC-240917-02 we request the removal of the following
posts, which disclose private information about individuals:

1. {X[1]}
2. {X[2]}
3. {X[3]}
4. {X[4]}

Please let us know the action taken by 24 September 2024.

Korea Communications Standards Commission
Takedown desk"""

# ---------------------------------------------------------------- cases
cases = []


def case(**kw):
    cases.append(kw)


# ======== APPLIED ========

case(
    name="yt-mixed-statuses-one-sentence",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply to a government removal notice, partial outcome",
    why="one sentence gives two removals, a Korea-only block and a refusal; each item gets its own clause's status",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "restricted", Y[4]: "rejected"},
    **{"from": "yt-legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 20 Sep 2024 16:41:07 +0900",
    subject="Re: [KCSC-240917-01] Removal request - 12 items - partial outcome",
    reply_to_req=rid("yt"),
    body=f"""
Hello,

Thank you for your notice under reference KCSC-240917-01.

Following our review, {Y[1]} and {Y[2]} have been removed from YouTube for violating our harassment and cyberbullying policy, {Y[3]} has been blocked from view in South Korea on the basis of local law, and {Y[4]} remains available because we found that it does not violate our Community Guidelines or local law.

We are still reviewing the other videos in your notice and will write to you separately about them.

More about how we handle government requests: https://support.google.com/youtube/answer/7554338

Regards,
Minji
YouTube Legal Support
""")

case(
    name="yt-hedges-in-relative-clauses",
    outcome="applied", classification="confirmation",
    imitates="YouTube Trust & Safety escalation reply with per-video bullets",
    why="the hedges sit in 'which may/appears/might' clauses; the main clauses are firm for the first two, the third is still under review",
    items={Y[5]: "removed", Y[6]: "not_found", Y[7]: "pending"},
    **{"from": "trust-safety-apac@google.com"}, name_from="YouTube Trust & Safety",
    date="Sat, 21 Sep 2024 10:02:55 +0900",
    subject="Update: KCSC-240917-01",
    body=f"""
Hi KCSC team,

An update on three of the videos in KCSC-240917-01:

- {Y[5]}, which may have been re-uploaded elsewhere under a different title, has been removed for violating our spam and deceptive practices policy. If you come across copies, please send the new links in a separate notice.
- {Y[6]}, which appears to have been deleted by the uploader some time ago, could not be located on our systems.
- {Y[7]}, which we believe might fall under our violent extremism policy, is still with our specialist reviewers and has not been actioned yet.

Best,
Daniel
YouTube Trust & Safety
""")

case(
    name="yt-later-paragraph-corrects-first",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply in which the agent corrects an earlier line of the same message",
    why="the second paragraph withdraws 'removed' for the first video (its uploader had deleted it): not_found; the Short stays removed",
    items={Y[8]: "not_found", Y[9]: "removed"},
    **{"from": "yt-legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 23 Sep 2024 11:15:40 +0900",
    subject="Re: [KCSC-240917-01] Removal request - 12 items",
    reply_to_req=rid("yt"),
    body=f"""
Hello,

Regarding your request KCSC-240917-01: {Y[8]} has been removed and {Y[9]} has been removed.

Please note one correction to the line above. On a second check, the first of the two videos, {Y[8]}, was not removed by our team: its uploader had deleted it before your notice reached us, so the link now only shows "Video unavailable". The Short was removed by us as stated.

Kind regards,
Seo-yeon
YouTube Legal Support
""")

case(
    name="yt-html-table-note-corrects-row",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome table generated by a tracking tool, with a handwritten correction note",
    why="the note says row 2 was filled in wrongly and the video stays up (no violation): rejected; other rows as in the table",
    items={Y[1]: "removed", Y[2]: "rejected", Y[3]: "restricted", Y[10]: "not_found"},
    **{"from": "yt-legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 24 Sep 2024 09:30:12 +0900",
    subject="[KCSC-240917-01] Outcome of your legal request",
    type="html",
    body=f"""
<html><body>
<p>Dear KCSC,</p>
<p>Please find below the outcome for reference KCSC-240917-01.</p>
<table border="1" cellpadding="4">
<tr><th>#</th><th>URL</th><th>Outcome</th></tr>
<tr><td>1</td><td>{Y[1]}</td><td>Removed - Community Guidelines</td></tr>
<tr><td>2</td><td>{Y[2]}</td><td>Removed - Community Guidelines</td></tr>
<tr><td>3</td><td>{Y[3]}</td><td>Blocked in KR - Local law</td></tr>
<tr><td>4</td><td>{Y[10]}</td><td>Not found</td></tr>
</table>
<p><b>Note:</b> row 2 was filled in wrongly by our tracking tool. Our reviewers found no violation in
{Y[2]} and the video remains available on YouTube. Rows 1, 3 and 4 are correct.</p>
<p>Regards,<br>YouTube Legal Support</p>
</body></html>
""")

case(
    name="x-statuses-by-position-over-quoted-request",
    outcome="applied", classification="confirmation",
    imitates="X legal reply top-posted over the regulator's numbered request (Gmail quoting)",
    why="statuses are given as '1 and 2', '3', '4' against the numbered list quoted below; a clerk maps them by position",
    items={X[1]: "removed", X[2]: "removed", X[3]: "restricted", X[4]: "rejected"},
    **{"from": "legal-kr@x.com"}, name_from="X Legal",
    date="Mon, 23 Sep 2024 15:22:09 +0900",
    subject="Re: [KCSC-240917-02] Removal request - 4 posts",
    reply_to_req=rid("x"),
    body=f"""
Hello,

Thanks for your patience. Taking the posts in the order of your list below:

1 and 2 - removed for violating the X Rules on private information.
3 - withheld in South Korea in response to your request.
4 - no action; it does not violate the X Rules and we did not find it unlawful under Korean law.

X Legal

On Tue, 17 Sep 2024 at 10:40, KCSC Takedown <takedown@kcsc.example> wrote:
{quote_lines(X_REQUEST_TEXT)}
""")

case(
    name="x-negations-per-post",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with one paragraph per reported post",
    why="'has not been removed ... stays up' is a refusal, 'not withheld in other countries' qualifies a Korea withholding, 'was not just withheld: account suspended' is removal",
    items={X[1]: "rejected", X[2]: "not_found", X[3]: "restricted", X[4]: "removed"},
    **{"from": "legal-kr@x.com"}, name_from="X Legal",
    date="Tue, 24 Sep 2024 10:05:31 +0900",
    subject="Your request KCSC-240917-02",
    body=f"""
Hi,

We have looked at each post in your request KCSC-240917-02.

{X[1]} has not been removed. We did not find a violation of the X Rules, and no court order accompanied the request, so the post stays up.

{X[2]} is no longer on X. It was deleted by the account holder before we reviewed it.

{X[3]} has been withheld in South Korea. It is not withheld in other countries.

{X[4]} was not just withheld: the account that posted it has been suspended for repeated violations, and the post can no longer be viewed anywhere.

Regards,
X Legal
""")

case(
    name="x-single-refusal-with-reasons",
    outcome="applied", classification="confirmation",
    imitates="X reply declining a government request for lack of a violation and of a legal basis",
    why="'declining to take action' with its reasons: rejected",
    items={XS1: "rejected"},
    **{"from": "legal-kr@x.com"}, name_from="X Legal",
    date="Wed, 25 Sep 2024 17:48:02 +0900",
    subject="Re: [KCSC-240920-07] Removal request (1 post)",
    reply_to_req=rid("xs"),
    body=f"""
Hello,

We've reviewed the post you reported ({XS1}).

We're declining to take action on it. The post comments on a public figure's conduct, it does not violate the X Rules, and your request does not identify a provision of Korean law that the post breaks. If a court order is issued, you can submit it through https://help.x.com/forms/legal-request and we will look at the matter again.

Regards,
X Legal
""")

case(
    name="tg-mixed-statuses-one-sentence",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply (short, one sentence for the whole request)",
    why="'were blocked, whereas ... does not exist': two removed, one not_found",
    items={T[1]: "removed", T[2]: "removed", T[3]: "not_found"},
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 19 Sep 2024 21:13:44 +0900",
    subject="Re: KCSC-240918-03 Removal request (3 items)",
    reply_to_req=rid("tg"),
    body=f"""
Hello,

The messages at {T[1]} and {T[2]} were blocked by our moderators, whereas {T[3]} could not be processed because that message does not exist (the channel owner deleted it).

Regards,
Telegram Abuse Team
""")

case(
    name="tg-geo-restricted-and-declined",
    outcome="applied", classification="confirmation",
    imitates="Telegram reply restricting posts for one country and declining the rest",
    why="restricted for users in Korea (visible elsewhere) and a refusal with reason",
    items={T[1]: "restricted", T[2]: "restricted", T[3]: "rejected"},
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Fri, 20 Sep 2024 08:57:19 +0900",
    subject="Re: KCSC-240918-03",
    body=f"""
Hi,

Re: your request KCSC-240918-03.

We have restricted {T[1]} and {T[2]} for users in the Republic of Korea; the posts remain visible elsewhere. We decline to act on {T[3]} - it is a repost of a public news article and does not breach the Telegram Terms of Service.

Thanks,
Telegram Support
""")

case(
    name="naver-korean-particles-mixed",
    outcome="applied", classification="confirmation",
    imitates="NAVER 정책지원팀 조치 결과 안내 (게시중단·임시조치·작성자 삭제·미조치)",
    why="URLs directly followed by Korean particles; 게시중단 x2, 임시조치, 작성자 삭제(없음), 위반 없음 미조치",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found", N[5]: "rejected"},
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Fri, 20 Sep 2024 14:10:00 +0900",
    subject="[네이버] 게시물 조치 결과 안내 (KCSC-240918-04)",
    reply_to_req=rid("nv"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

귀 위원회에서 요청하신 건(KCSC-240918-04)에 대한 조치 결과를 안내드립니다.

{N[1]} 및 {N[2]}은 게시중단 조치를 완료하였고, {N[3]}는 임시조치(30일)되었습니다.
{N[4]}의 경우 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.
{N5_RAW}은 검토 결과 운영정책 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.

감사합니다.
네이버 정책지원팀 드림
""")

case(
    name="naver-html-table-note-corrects-row3",
    outcome="applied", classification="confirmation",
    imitates="시정요구 조치결과 회신 table from a Korean portal, with a ※ 정정 note",
    why="the ※ note corrects row 3 from 삭제 to 임시조치(접근 제한): restricted; the other rows stand",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found", N[5]: "rejected"},
    **{"from": "policy@navercorp.com"}, name_from="NAVER",
    date="Mon, 23 Sep 2024 10:20:00 +0900",
    subject="[회신] 시정요구(KCSC-240918-04) 조치결과",
    type="html",
    body=f"""
<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>시정요구(KCSC-240918-04)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>삭제</td><td>2024.09.20</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>블라인드</td><td>2024.09.20</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>삭제</td><td>2024.09.20</td></tr>
<tr><td>4</td><td>{N[4]}</td><td>해당 게시물 없음</td><td>-</td></tr>
<tr><td>5</td><td><a href="{N5}">{N5_RAW}</a></td><td>미조치(위반사항 없음)</td><td>-</td></tr>
</table>
<p>※ 정정: 3번 게시물은 표에 '삭제'로 잘못 기재되었습니다. 해당 게시물은 삭제가 아닌 임시조치(접근 제한, 30일) 상태입니다.</p>
<p>네이버 정책지원팀 드림</p>
</body></html>
""")

case(
    name="kakao-blind-keep-private",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 운영정책팀 처리 결과 회신 (블라인드, 유지, 비공개)",
    why="블라인드 = removed; '삭제하지 않고 유지' = rejected; 운영자 비공개 처리 = removed",
    items={K[1]: "removed", K[2]: "rejected", K[3]: "removed"},
    **{"from": "cs-policy@kakaocorp.com"}, name_from="카카오 운영정책팀",
    date="Mon, 23 Sep 2024 13:05:27 +0900",
    subject="[카카오] 게시물 조치 결과 회신 - KCSC-240919-05",
    reply_to_req=rid("kk"),
    body=f"""
안녕하세요. 카카오 운영정책팀입니다.

요청하신 게시물 3건에 대한 처리 결과를 알려드립니다.

1) {K[1]} : 블라인드 처리 완료
2) {K[2]} : 신고 내용을 검토하였으나 게시중단 대상에 해당하지 않아 삭제하지 않고 게시물을 유지합니다.
3) {K[3]} : 운영자에 의해 비공개 처리되었습니다.

문의 사항이 있으시면 회신 주시기 바랍니다.
감사합니다.
""")

CSV_YT = "\n".join([
    "url,decision,detail",
    f"{Y[1]},Removed,Harassment and cyberbullying",
    f"{Y[5]},Restricted (KR),Blocked in South Korea - local law",
    f"{Y[6]},No action,Does not violate Community Guidelines",
    f"{Y[7]},Not found,Video was deleted by the uploader before review",
    f"{Y[9]},Removed,Violent or graphic content",
    f"{Y[10]},Removed,Spam and deceptive practices",
]) + "\n"

case(
    name="yt-csv-attachment-outcomes",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal operations reply with a per-URL outcome CSV",
    why="one CSV row per URL; decisions mapped to removed/restricted/rejected/not_found",
    items={Y[1]: "removed", Y[5]: "restricted", Y[6]: "rejected", Y[7]: "not_found",
           Y[9]: "removed", Y[10]: "removed"},
    **{"from": "legal-ops-noreply@google.com"}, name_from="YouTube Legal Operations",
    date="Wed, 25 Sep 2024 19:30:00 +0900",
    subject="KCSC-240917-01 - outcome file",
    raw_mime=mixed_with_csv(
        "=_yt768_csv_01",
        "Hello,\n\nThe outcome of our review for KCSC-240917-01 is in the attached CSV file, one row\n"
        "per URL. URLs that are not in the file are still under review.\n\nYouTube Legal Operations",
        "KCSC-240917-01_outcome.csv", CSV_YT),
)

case(
    name="yt-qp-channel-terminated-age-restricted",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply (quoted-printable) on a channel termination and an age restriction",
    why="channel terminated = removed; age-restricted video stays up but is restricted",
    items={Y[11]: "removed", Y[12]: "restricted"},
    **{"from": "yt-legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 26 Sep 2024 09:12:48 +0900",
    subject="Re: [KCSC-240917-01] Channel and video",
    raw_mime=qp_plain(f"""
Dear KCSC,

With reference to KCSC-240917-01: the channel {Y[11]} has been terminated for repeated violations of our Community Guidelines, so none of its videos are available any longer. The video {Y[12]}, which is on a different channel, has been age-restricted – it stays on YouTube but can only be watched by signed-in viewers aged 18 or over.

Regards,
YouTube Legal Support – Seoul
"""),
)

case(
    name="yt-base64-html-list",
    outcome="applied", classification="confirmation",
    imitates="YouTube agent reply sent as base64 HTML with a bulleted list",
    why="two removals and one 'left up: news reporting, does not break our rules' = rejected",
    items={Y[2]: "removed", Y[4]: "removed", Y[8]: "rejected"},
    **{"from": "trust-safety-apac@google.com"}, name_from="YouTube Trust & Safety",
    date="Thu, 26 Sep 2024 14:44:03 +0900",
    subject="Re: KCSC-240917-01",
    raw_mime=b64_part("text/html", f"""
<html><body>
<p>Hi,</p>
<p>Here is where your request KCSC-240917-01 stands for the three videos my team handled:</p>
<ul>
<li><a href="{Y[2]}">{Y[2]}</a> &ndash; removed (hate speech)</li>
<li><a href="{Y[4]}">{Y[4]}</a> &ndash; removed (harassment)</li>
<li><a href="{Y[8]}">{Y[8]}</a> &ndash; left up: the video is news reporting and does not break our rules</li>
</ul>
<p>The rest of the request is with another team.</p>
<p>Daniel<br>YouTube Trust &amp; Safety</p>
</body></html>
"""),
)

case(
    name="x-gmail-top-posted-withheld-and-kept",
    outcome="applied", classification="confirmation",
    imitates="X government-affairs reply top-posted over the quoted request (Gmail)",
    why="two withheld in Korea, two 'did not violate our rules and remain available'; the quoted request below changes nothing",
    items={X[1]: "restricted", X[3]: "restricted", X[2]: "rejected", X[4]: "rejected"},
    **{"from": "jae.kwon@x.com"}, name_from="Jae Kwon",
    date="Wed, 25 Sep 2024 11:31:16 +0900",
    subject="Re: [KCSC-240917-02] Removal request - 4 posts",
    reply_to_req=rid("x"),
    body=f"""
Hi KCSC,

Quick update: we've withheld {X[1]} and {X[3]} in Korea. The other two posts, {X[2]} and {X[4]}, did not violate our rules and remain available.

Thanks,
Jae
Government Affairs, X Korea

On Tue, Sep 17, 2024 at 10:40 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote_lines(X_REQUEST_TEXT)}
""")

case(
    name="tg-outlook-partial-rest-under-review",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse reply top-posted over an Outlook '-----Original Message-----' block",
    why="one item removed; 'the other two ... still being reviewed' leaves them pending; the original request below is quoted",
    items={T[2]: "removed", T[1]: "pending", T[3]: "pending"},
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Sat, 21 Sep 2024 12:40:51 +0900",
    subject="RE: KCSC-240918-03 Removal request (3 items)",
    body=f"""
Hello,

{T[2]} has been removed. The other two links from your request are still being reviewed by our team and we will get back to you on them.

Telegram Abuse Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 18, 2024 10:05 AM
To: abuse@telegram.org
Subject: KCSC-240918-03 Removal request (3 items)

Dear Telegram,

Under reference KCSC-240918-03, please remove the following messages, which advertise the sale of narcotics:
{T[1]}
{T[2]}
{T[3]}

Regards,
KCSC Takedown desk
""")

case(
    name="yt-korean-angle-brackets-fullwidth",
    outcome="applied", classification="confirmation",
    imitates="YouTube 법률 지원팀 Korean reply with <URL>：result lines",
    why="URLs in angle brackets followed by full-width colon; 삭제, 한국 내 접근 제한, 찾을 수 없음",
    items={Y[3]: "removed", Y[12]: "restricted", Y[5]: "not_found"},
    **{"from": "legal-kr@google.com"}, name_from="YouTube 법률 지원팀",
    date="Fri, 27 Sep 2024 10:03:22 +0900",
    subject="RE: [KCSC-240917-01] 삭제 요청에 대한 답변",
    body=f"""
안녕하세요, YouTube 법률 지원팀입니다.

요청하신 동영상 중 아래 3건의 처리 결과를 알려드립니다.

<{Y[3]}>：커뮤니티 가이드 위반으로 삭제되었습니다.
<{Y[12]}>：현지 법률에 따라 한국 내에서 접근이 제한되었습니다。
<{Y[5]}>：해당 동영상을 찾을 수 없습니다（업로더가 이미 삭제함）.

나머지 동영상은 검토가 끝나는 대로 회신드리겠습니다.

감사합니다.
""")

case(
    name="yt-url-on-line-below-statement",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal notice template: 'The following video has been ...:' then the URL",
    why="each statement ends with ':' and its URL stands on the next line; the policy link at the end is not an item",
    items={Y[1]: "removed", Y[2]: "restricted", Y[3]: "rejected"},
    **{"from": "yt-legal-kr@google.com"}, name_from="YouTube",
    date="Fri, 20 Sep 2024 18:02:10 +0900",
    subject="[KCSC-240917-01] Action taken on your request",
    body=f"""
Hello,

Following our review of your notice KCSC-240917-01, we have taken the action below.

The following video has been removed for violating our Community Guidelines:
{Y[1]}

The following video has been blocked in South Korea on the basis of local law, and remains available in other countries:
{Y[2]}

We have reviewed the following video and will not remove it, as it does not violate our policies and we did not find it unlawful:
{Y[3]}

You can read our Community Guidelines at https://www.youtube.com/howyoutubeworks/policies/community-guidelines/ .

Sincerely,
The YouTube Team
""")

case(
    name="yt-bare-url-status-below",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal batch result: bare URL, 'Status:' line below",
    why="each URL is followed by its Status line; 'No action' comes with its reason",
    items={Y[6]: "removed", Y[7]: "removed", Y[9]: "not_found", Y[10]: "rejected"},
    **{"from": "yt-legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Sun, 22 Sep 2024 20:15:00 +0900",
    subject="Results for KCSC-240917-01 (batch 2 of 3)",
    body=f"""
Hi,

Results for KCSC-240917-01 (batch 2 of 3):

{Y[6]}
Status: Removed
Policy: Child safety

{Y[7]}
Status: Removed
Policy: Violent extremism

{Y[9]}
Status: Not found - the Short had been deleted by its creator

{Y[10]}
Status: No action
Reason: content does not violate the Community Guidelines; no violation of local law identified

Regards,
YouTube Legal Support
""")

case(
    name="x-url-wrapped-by-ticket-system",
    outcome="applied", classification="confirmation",
    imitates="X legal ticket reply hard-wrapped at 72 columns, splitting a long URL",
    why="the URL is broken after '/status/' by the ticket system's wrapping; a clerk joins it: withheld in Korea",
    items={X[3]: "restricted"},
    **{"from": "legal-kr@x.com"}, name_from="X Legal",
    date="Thu, 26 Sep 2024 16:00:04 +0900",
    subject="[Ticket 0924-58812] KCSC-240917-02",
    body="""
Hello,

Regarding KCSC-240917-02: the post https://x.com/dal_bit_99/status/
1835002217345122817 has been withheld in South Korea following your
request. We are still reviewing the remaining posts.

X Legal
""")

case(
    name="naver-general-pending-then-one-exception",
    outcome="applied", classification="confirmation",
    imitates="NAVER interim reply ('검토 중') with one post already gone",
    why="the general '5건 검토 중' leaves items pending; the later sentence states the one post was deleted by its author: not_found",
    items={N[4]: "not_found", N[1]: "pending", N[2]: "pending", N[3]: "pending", N[5]: "pending"},
    **{"from": "policy@navercorp.com"}, name_from="네이버",
    date="Thu, 19 Sep 2024 17:25:00 +0900",
    subject="Re: [KCSC-240918-04] 게시물 삭제 요청",
    reply_to_req=rid("nv"),
    body=f"""
안녕하세요, 네이버입니다.

KCSC-240918-04 건으로 요청하신 게시물 5건은 현재 담당 부서에서 검토 중입니다. 검토가 끝나는 대로 결과를 회신드리겠습니다.

다만 이 중 {N[4]} 은 확인 결과 작성자가 이미 삭제하여 현재 존재하지 않는 게시물이므로 조치 대상에서 제외하였습니다.

감사합니다.
""")

case(
    name="x-single-item-no-url",
    outcome="applied", classification="confirmation",
    imitates="X safety reply naming the request reference, not the URL",
    why="'the reported post has been removed' for a request of one item: applies to that item",
    items={XS1: "removed"},
    **{"from": "safety-kr@x.com"}, name_from="X Safety",
    date="Mon, 23 Sep 2024 09:44:40 +0900",
    subject="Re: [KCSC-240920-07] Removal request (1 post)",
    reply_to_req=rid("xs"),
    body="""
Hello,

We have reviewed your request KCSC-240920-07. The reported post has been removed for violating the X Rules on non-consensual nudity.

Thanks,
X Safety
""")

case(
    name="tiktok-statement-of-reasons-blocks",
    outcome="applied", classification="confirmation",
    imitates="TikTok DSA-style statement of reasons, one block per reported item",
    why="'Visibility restricted, territorial scope: Republic of Korea' = restricted; 'No decision taken ... deleted by the creator' = not_found",
    items={TT[1]: "restricted", TT[2]: "not_found"},
    **{"from": "legal-notices@tiktok.com"}, name_from="TikTok",
    date="Tue, 24 Sep 2024 02:11:09 +0900",
    subject="Your report KCSC-240919-06: decisions",
    body=f"""
Dear Korea Communications Standards Commission,

We have made decisions on the content you reported (reference KCSC-240919-06). The details for each item are below.

Content: {TT[1]}
Decision: Visibility restricted
Territorial scope: Republic of Korea
Ground: Illegal content under local law
Automated decision: No

Content: {TT[2]}
Decision: No decision taken
Reason: The video was no longer available on TikTok when we reviewed it; it had been deleted by the creator.

If you disagree with a decision, you can tell us at https://www.tiktok.com/legal/report/feedback .

TikTok Legal
""")

case(
    name="kakao-receipt-plus-result",
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 '신고 접수 및 처리 결과 안내' (receipt number plus result)",
    why="a receipt phrase followed by an unhedged deletion of two posts is a confirmation; the Tistory post is deferred",
    items={K[1]: "removed", K[2]: "removed", K[3]: "pending"},
    **{"from": "noreply-cs@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Fri, 20 Sep 2024 11:48:30 +0900",
    subject="[카카오] 신고 접수 및 처리 결과 안내 (접수번호 2024091940817)",
    body=f"""
안녕하세요, 카카오 고객센터입니다.

보내주신 신고가 정상적으로 접수되었습니다. (접수번호: 2024091940817 / 관련 요청: KCSC-240919-05)

검토 결과 아래 게시물은 Daum 카페 운영정책 위반으로 삭제 처리되었습니다.
- {K[1]}
- {K[2]}

티스토리 게시물({K[3]})은 담당 부서에서 별도로 검토한 후 안내드리겠습니다.

본 메일은 발신 전용입니다.
""")

case(
    name="x-withheld-but-not-one-sentence",
    outcome="applied", classification="confirmation",
    imitates="X legal reply compressing four outcomes into one sentence",
    why="'withheld A and B in South Korea but not C, which does not violate..., and D could not be found'",
    items={X[1]: "restricted", X[2]: "restricted", X[4]: "rejected", X[3]: "not_found"},
    **{"from": "legal-kr@x.com"}, name_from="X Legal",
    date="Fri, 27 Sep 2024 13:37:00 +0900",
    subject="KCSC-240917-02 outcome",
    body=f"""
Hello,

After review, we have withheld {X[1]} and {X[2]} in South Korea but not {X[4]}, which does not violate the X Rules, and {X[3]} could not be found.

X Legal
""")

# ======== REVIEW ========

case(
    name="yt-promise-will-be-removed",
    outcome="review", review="not_understood",
    imitates="YouTube agent interim reply promising removal after verification",
    why="'will be removed ... once verification is complete' is a promise, not a statement",
    items={Y[1]: "pending", Y[2]: "pending"},
    **{"from": "trust-safety-apac@google.com"}, name_from="YouTube Trust & Safety",
    date="Wed, 18 Sep 2024 15:20:00 +0900",
    subject="Re: KCSC-240917-01",
    body=f"""
Hello,

Thank you for your request KCSC-240917-01. {Y[1]} and {Y[2]} will be removed within 24 hours once our policy team has completed its verification. We will confirm to you when this is done.

Best regards,
YouTube Trust & Safety
""")

case(
    name="yt-hedge-may-already-be-gone",
    outcome="review", review="not_understood",
    imitates="YouTube agent reply that cannot confirm a video's state",
    why="'it appears that the video may already have been taken down ... we cannot confirm' is a hedge",
    items={Y[3]: "pending"},
    **{"from": "trust-safety-apac@google.com"}, name_from="YouTube Trust & Safety",
    date="Thu, 19 Sep 2024 11:02:37 +0900",
    subject="Re: KCSC-240917-01 - one video",
    body=f"""
Hi,

About {Y[3]} from your notice KCSC-240917-01: it appears that the video may already have been taken down by the uploader, but our tools do not show this yet, so we cannot confirm it. We will check again and get back to you.

Thanks,
YouTube Trust & Safety
""")

case(
    name="naver-conditional-pending-explanation",
    outcome="review", review="not_understood",
    imitates="NAVER 소명 절차 안내 (게시자 소명 후 게시중단 예정)",
    why="게시중단 '될 예정' on a condition (no explanation within 7 days): a promise",
    items={N[1]: "pending", N[2]: "pending"},
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Thu, 19 Sep 2024 10:30:00 +0900",
    subject="Re: [KCSC-240918-04] 게시물 삭제 요청 - 처리 진행 안내",
    reply_to_req=rid("nv"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물(KCSC-240918-04) 중 {N[1]} 와 {N[2]} 에 대해서는 게시자 소명 절차를 진행 중입니다.
소명 기간(7일) 내에 소명이 없을 경우 게시중단 조치될 예정이며, 소명이 접수되면 검토 후 다시 안내드리겠습니다.

감사합니다.
""")

case(
    name="yt-bulk-all-removed",
    outcome="review", review="bulk",
    imitates="YouTube one-line closure of a government notice",
    why="'all of the videos listed' for a request of 12 items names none of them",
    items={u: "pending" for u in Y.values()},
    **{"from": "yt-legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Sat, 28 Sep 2024 10:00:00 +0900",
    subject="Re: [KCSC-240917-01] Removal request - 12 items",
    reply_to_req=rid("yt"),
    body="""
Dear KCSC,

We have completed our review of KCSC-240917-01. All of the videos listed in your notice have been removed from YouTube for violations of our Community Guidelines.

Regards,
YouTube Legal Support
""")

case(
    name="naver-bulk-all-takedown",
    outcome="review", review="bulk",
    imitates="NAVER 일괄 게시중단 완료 회신",
    why="'요청하신 게시물 전체' for a request of 5 items names none of them",
    items={u: "pending" for u in N.values()},
    **{"from": "policy@navercorp.com"}, name_from="네이버",
    date="Tue, 24 Sep 2024 16:00:00 +0900",
    subject="[네이버] KCSC-240918-04 조치 완료",
    body="""
안녕하세요, 네이버입니다.

KCSC-240918-04 요청 건과 관련하여, 요청하신 게시물 전체에 대해 게시중단 조치를 완료하였습니다.

감사합니다.
""")

case(
    name="x-dmarc-fail-claims-removal",
    outcome="review", review="untrusted",
    imitates="X legal reply as delivered with failing DKIM/SPF/DMARC",
    why="x.com sender failing authentication: nothing applies",
    auth="fail",
    items={X[1]: "pending", X[2]: "pending"},
    **{"from": "legal-kr@x.com"}, name_from="X Legal",
    date="Sun, 22 Sep 2024 03:14:00 +0900",
    subject="Re: [KCSC-240917-02] Removal request - 4 posts",
    body=f"""
Hello,

{X[1]} and {X[2]} have been removed. The two other posts are under review.

X Legal
""")

case(
    name="tiktok-vendor-unknown-sender",
    outcome="review", review="unknown_sender",
    imitates="outsourced moderation vendor writing on a platform's behalf",
    why="a domain that is no platform's states outcomes for TikTok items",
    auth="pass",
    items={TT[1]: "pending", TT[2]: "pending"},
    **{"from": "escalations@safetyops-vendor.example"}, name_from="TikTok Trust & Safety (via SafetyOps)",
    date="Mon, 23 Sep 2024 22:05:00 +0900",
    subject="KCSC-240919-06 - action completed",
    body=f"""
Dear KCSC,

On behalf of TikTok Trust & Safety, we confirm that {TT[1]} and {TT[2]} have been removed from the platform.

Kind regards,
Escalations Team, SafetyOps
""")

case(
    name="naver-about-daum-post",
    outcome="review", review="wrong_platform",
    imitates="NAVER reply pointing out that a URL belongs to another operator",
    why="NAVER speaks about a Daum cafe post (Kakao's item): it cannot state that item's status",
    items={K[1]: "pending"},
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Fri, 20 Sep 2024 09:40:00 +0900",
    subject="문의하신 URL 관련 안내",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

문의하신 {K[1]} 은 네이버가 운영하는 서비스의 게시물이 아니어서 당사에서는 확인 및 조치가 불가합니다.
해당 서비스 운영사(카카오)로 요청해 주시기 바랍니다.

감사합니다.
""")

case(
    name="yt-html-table-contradicted-by-note",
    outcome="review", review="conflicting_statements",
    imitates="YouTube outcome table whose note says the opposite without saying which is right",
    why="table says Removed, the note says both videos are still live with no violation found; nothing says which is correct",
    items={Y[6]: "pending", Y[7]: "pending"},
    **{"from": "yt-legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 24 Sep 2024 18:11:00 +0900",
    subject="[KCSC-240917-01] Outcome of your legal request (2 videos)",
    type="html",
    body=f"""
<html><body>
<p>Dear KCSC,</p>
<p>Outcome for two videos of reference KCSC-240917-01:</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Outcome</th></tr>
<tr><td>{Y[6]}</td><td>Removed</td></tr>
<tr><td>{Y[7]}</td><td>Removed</td></tr>
</table>
<p>Note: at the time of writing both videos are still live, as our reviewers did not find a policy violation.</p>
<p>Regards,<br>YouTube Legal Support</p>
</body></html>
""")

case(
    name="tg-asks-for-legal-basis",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Telegram reply asking for the legal provision and an order before acting",
    why="asks for the provision of law and a court order; no status for any item",
    items={T[1]: "pending", T[2]: "pending", T[3]: "pending"},
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Thu, 19 Sep 2024 13:00:00 +0900",
    subject="Re: KCSC-240918-03 Removal request (3 items)",
    reply_to_req=rid("tg"),
    body=f"""
Hello,

We have received your request KCSC-240918-03 about {T[1]}, {T[2]} and {T[3]}.

Before we can act, please send us the specific provision of Korean law that each message violates and, where available, a copy of the court or administrative order. Without this information we are unable to process the request.

Telegram
""")

case(
    name="tiktok-portal-change-no-claims",
    outcome="review", review="no_claims", classification="other",
    imitates="TikTok notice to government senders about a new request portal",
    why="trusted TikTok mail naming no item and no request",
    items={},
    **{"from": "legal-notices@tiktok.com"}, name_from="TikTok",
    date="Wed, 25 Sep 2024 08:00:00 +0900",
    subject="Changes to how TikTok receives government requests in Korea",
    body="""
Dear partner,

From 1 October 2024, TikTok will accept content removal requests from Korean government agencies only through our online portal at https://www.tiktok.com/legal/page/global/gov-request-portal/ko . Requests sent by email after that date will be answered with a pointer to the portal.

Existing requests will continue to be handled by email.

TikTok Legal
""")

# ======== IGNORED ========

case(
    name="naver-out-of-office-korean",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 자동응답 (휴가) from a NAVER employee's mailbox",
    why="out-of-office reply",
    items={},
    **{"from": "sora.kim@navercorp.com"}, name_from="김소라",
    date="Mon, 23 Sep 2024 09:00:05 +0900",
    subject="[자동응답] Re: [KCSC-240918-04] 게시물 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 김소라입니다.

9월 23일(월)부터 9월 27일(금)까지 휴가로 메일 확인이 어렵습니다.
급한 용무는 정책지원팀 대표메일(policy@navercorp.com)로 연락 부탁드립니다.

감사합니다.
""")

case(
    name="x-out-of-office-quoting-request",
    outcome="ignored", classification="auto_reply",
    imitates="Exchange 'Automatic reply' that quotes the original message",
    why="out-of-office reply; the URLs are only in the quoted request",
    items={},
    **{"from": "jae.kwon@x.com"}, name_from="Jae Kwon",
    date="Tue, 17 Sep 2024 10:41:02 +0900",
    subject="Automatic reply: [KCSC-240917-02] Removal request - 4 posts",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""
I'm out of the office until Monday 30 September with no access to email. For urgent legal requests please write to legal@x.com.

Jae

{quote_lines(X_REQUEST_TEXT)}
""")

DSN_ORIG = f"""From: KCSC Takedown <takedown@kcsc.example>
To: cs-policy@kakaocorp.co.kr
Subject: [KCSC-240919-05] 게시물 삭제 요청 (3건)
Date: Thu, 19 Sep 2024 09:50:00 +0900
Message-ID: <req.KCSC-240919-05.resend1@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

카카오 담당자님께,

아래 게시물의 삭제를 요청드립니다 (KCSC-240919-05).
{K[1]}
{K[2]}
{K[3]}

방송통신심의위원회
"""

case(
    name="dsn-bounce-kakao-typo-domain",
    outcome="ignored", classification="bounce",
    imitates="Postfix 'Undelivered Mail Returned to Sender' DSN with the original message attached",
    why="delivery failure report; the URLs are only in our returned request",
    auth="none",
    items={},
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    date="Thu, 19 Sep 2024 09:50:04 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn768-A1"

--dsn768-A1
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<cs-policy@kakaocorp.co.kr>: Host or domain name not found. Name service error
    for name=kakaocorp.co.kr type=MX: Host not found

--dsn768-A1
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Thu, 19 Sep 2024 09:50:00 +0900

Final-Recipient: rfc822; cs-policy@kakaocorp.co.kr
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found

--dsn768-A1
Content-Description: Undelivered Message
Content-Type: message/rfc822

{DSN_ORIG}
--dsn768-A1--
""")

case(
    name="dsn-delayed-tiktok",
    outcome="ignored", classification="bounce",
    imitates="Postfix 'Delayed Mail (still being retried)' warning with the original headers",
    why="delay notification; no statement from the platform",
    auth="none",
    items={},
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    date="Thu, 19 Sep 2024 18:20:10 +0900",
    subject="Delayed Mail (still being retried)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn768-B2"

--dsn768-B2
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<legal-kr@tiktok.com>: connect to mx1.tiktok.com[203.0.113.45]:25: Connection
    timed out

--dsn768-B2
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Thu, 19 Sep 2024 14:20:00 +0900

Final-Recipient: rfc822; legal-kr@tiktok.com
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx1.tiktok.com[203.0.113.45]:25:
    Connection timed out
Will-Retry-Until: Tue, 24 Sep 2024 14:20:00 +0900

--dsn768-B2
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@tiktok.com
Subject: [KCSC-240919-06] Removal request (2 videos)
Date: Thu, 19 Sep 2024 14:20:00 +0900
Message-ID: <req.KCSC-240919-06.20240919142000@kcsc.example>

--dsn768-B2--
""")

case(
    name="tg-read-receipt-mdn",
    outcome="ignored", classification="read_receipt",
    imitates="RFC 8098 read receipt ('Read: ...') from a platform mailbox",
    why="message disposition notification only",
    items={},
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Wed, 18 Sep 2024 16:02:33 +0900",
    subject="Read: KCSC-240918-03 Removal request (3 items)",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn768-C3"

--mdn768-C3
Content-Type: text/plain; charset=utf-8

Your message

  To: dsa@telegram.org
  Subject: KCSC-240918-03 Removal request (3 items)
  Sent: Wednesday, September 18, 2024 10:05 AM

was read on Wednesday, September 18, 2024 4:02 PM.

--mdn768-C3
Content-Type: message/disposition-notification

Reporting-UA: mail.telegram.org; Mailer
Final-Recipient: rfc822; dsa@telegram.org
Original-Message-ID: <{rid("tg")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn768-C3--
""")

case(
    name="tiktok-ticket-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok support ticket receipt ('We've received your request')",
    why="pure acknowledgement with a ticket number",
    items={},
    **{"from": "legal-support@tiktok.com"}, name_from="TikTok Support",
    date="Thu, 19 Sep 2024 14:21:40 +0900",
    subject="[Ticket #48213377] We've received your request: KCSC-240919-06",
    body="""
Hi there,

Thank you for contacting TikTok. We've received your request and a member of our team will review it soon.

Your ticket number is #48213377. Please keep it for your records; replying to this email will add your message to the same ticket.

TikTok Support
""")

case(
    name="yt-legal-case-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal removals receipt with a case ID",
    why="pure acknowledgement: case created, will be reviewed",
    items={},
    **{"from": "legal-noreply@google.com"}, name_from="Google Legal Support",
    date="Tue, 17 Sep 2024 10:13:15 +0900",
    subject="[6-4410000031277] Your legal request has been received - KCSC-240917-01",
    body="""
Hello,

Thanks for submitting your legal request (your reference: KCSC-240917-01). We've received it and it has been assigned case ID 6-4410000031277.

Our team will review the request and may contact you if further information is needed. Please do not reply to this automated message.

Google Legal Support
""")


HEADER = """# Blind set 768 (tests/corpus/blind768/make.py): what a program gets wrong.
# Mixed statuses in one sentence, hedges in relative clauses, negations,
# refusals with reasons, later sentences revising earlier ones, a table and
# a note that conflict, statuses by position. Expected results written from
# each email's meaning alone, before any run of the reader. Each case is
# judged alone on a fresh ledger holding requests.csv.
"""

if __name__ == "__main__":
    write_requests()
    for c in cases:
        c.setdefault("auth", "pass")
    corpuslib.write_set(HERE, SET, HEADER, cases)
    print(f"{len(cases)} cases written")
