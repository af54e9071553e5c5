#!/usr/bin/env python3
"""Blind set 546: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
and a note that disagree, statuses given by position. Every email is
fictional and written in our own sentences; the expected results were
written from each email's meaning before any run of the reader.

    python3 tests/corpus/blind546/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import os
import quopri
from email.header import Header
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
TISTORY_RAW = "https://sweetpea-note.tistory.com/entry/사진-유출-정리"
TISTORY = "https://sweetpea-note.tistory.com/entry/" + quote("사진-유출-정리")

T = {  # Telegram, KCSC-240910-01 (13 items, the largest request)
    "m201": "https://t.me/moonlit_dump/201",
    "m202": "https://t.me/moonlit_dump/202",
    "m203": "https://t.me/moonlit_dump/203",
    "m204": "https://t.me/moonlit_dump/204",
    "g55": "https://t.me/gray_ferry_kr/55",
    "g56": "https://t.me/gray_ferry_kr/56",
    "g57": "https://t.me/gray_ferry_kr/57",
    "n1180": "https://t.me/nightvault_share/1180",
    "n1181": "https://t.me/nightvault_share/1181",
    "n1182": "https://t.me/nightvault_share/1182",
    "p77": "https://t.me/paper_lantern9/77",
    "p78": "https://t.me/paper_lantern9/78",
    "p79": "https://t.me/paper_lantern9/79",
}
X = {  # X, KCSC-240910-02 (5 items)
    "j114": "https://x.com/jackpot_wave88/status/1833412907715226114",
    "j345": "https://x.com/jackpot_wave88/status/1833413550291001345",
    "s984": "https://x.com/sl0t_kingdom/status/1832990176400553984",
    "s505": "https://x.com/sl0t_kingdom/status/1832991023847317505",
    "acct": "https://x.com/bet_harbor_kr",
}
X1 = "https://x.com/lonely_shard/status/1834120055512345678"  # KCSC-240913-07 (1 item)
Y = {  # YouTube, KCSC-240911-03 (4 items)
    "qm4": "https://www.youtube.com/watch?v=Qm4Zr8LpT2c",
    "hv0": "https://www.youtube.com/watch?v=hV0xN3sKd7E",
    "tc9": "https://www.youtube.com/shorts/Tc9wPe1LbA4",
    "chan": "https://www.youtube.com/@greenleaf_delivery",
}
N = {  # NAVER, KCSC-240911-04 (4 items)
    "dalbit": "https://blog.naver.com/dalbit_diary22/223561240118",
    "cafe": "https://cafe.naver.com/sunnyvalleyfan/88412",
    "haneul": "https://blog.naver.com/PostView.naver?blogId=haneul_room&logNo=223559902231",
    "kin": "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=611&docId=471234567",
}
K = {  # Kakao (Tistory, Daum cafe), KCSC-240912-05 (3 items)
    "tistory": TISTORY,
    "c1502": "https://cafe.daum.net/riverside_talk/Fr3q/1502",
    "c1517": "https://cafe.daum.net/riverside_talk/Fr3q/1517",
}
TT = {  # TikTok, KCSC-240912-06 (2 items)
    "v012": "https://www.tiktok.com/@mintcloud_kr/video/7411000123456789012",
    "v098": "https://www.tiktok.com/@mintcloud_kr/video/7411000987654321098",
}

REQUESTS = [
    ("KCSC-240910-01", "telegram", "2024-09-10", "deepfake_sexual_abuse",
     list(T.values()), 'four channels; "moonlit_dump" mirrors the other three'),
    ("KCSC-240910-02", "x", "2024-09-10", "illegal_gambling",
     list(X.values()), "two posts per account, plus the account itself"),
    ("KCSC-240911-03", "youtube", "2024-09-11", "drug_sales",
     list(Y.values()), "videos, a short, and the channel"),
    ("KCSC-240911-04", "naver", "2024-09-11", "privacy_violation",
     list(N.values()), "blog, cafe, and Knowledge iN"),
    ("KCSC-240912-05", "kakao", "2024-09-12", "privacy_violation",
     list(K.values()), "Tistory entry with a Korean path (stored percent-encoded), two Daum cafe posts"),
    ("KCSC-240912-06", "tiktok", "2024-09-12", "privacy_violation",
     list(TT.values()), ""),
    ("KCSC-240913-07", "x", "2024-09-13", "defamation",
     [X1], "single post, 'urgent'"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, day, cat, urls, note in REQUESTS:
            d = int(day[-2:])
            sent = f"{day}T10:00:00+09:00"
            due = f"2024-09-{d + 7:02d}T18:00:00+09:00"
            mid = "<req-" + ref[5:].lower() + "@kcsc.example>"
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- helpers
def enc(s):
    """RFC 2047 encoded-word for a non-ASCII display name or subject, as mail clients send."""
    if s.isascii():
        return s
    return Header(s, "utf-8").encode()


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


TG_FROM = "abuse@telegram.org"
X_FROM = "legal-notices@x.com"
YT_FROM = "legal-support@google.com"
NV_FROM = "policy@navercorp.com"
KK_FROM = "policy@kakaocorp.com"
TT_FROM = "legal-kr@tiktok.com"

QUOTED_X_REQUEST = """On Tue, Sep 10, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X Legal,
>
> Under our request KCSC-240910-02 we ask you to remove the following
> content promoting illegal gambling:
>
> https://x.com/jackpot_wave88/status/1833412907715226114
> https://x.com/jackpot_wave88/status/1833413550291001345
> https://x.com/sl0t_kingdom/status/1832990176400553984
> https://x.com/sl0t_kingdom/status/1832991023847317505
> https://x.com/bet_harbor_kr
>
> Please remove or disable access to these items and confirm by reply.
>
> Korea Communications Standards Commission
"""

CASES = []


def case(**c):
    CASES.append(c)


# ================================================================ APPLIED
case(
    name="tg-mixed-one-sentence", outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply to an authority report",
    why="one sentence: two posts taken down, a third could not be found",
    **{"from": TG_FROM}, name_from="Telegram Abuse", date="Wed, 11 Sep 2024 08:14:22 +0000",
    subject="Re: KCSC-240910-01 removal request (deepfake sexual abuse content)",
    reply_to_req="req-240910-01",
    body=f"""Hello,

Thank you for your message regarding KCSC-240910-01.

Our moderators have looked at the posts you flagged in moonlit_dump. {T['m201']} and {T['m202']} were taken down for violating our Terms of Service, while {T['m203']} could not be found on Telegram.

The remaining links in your request are still with our team.

Best regards,
Markus
Telegram Abuse Team
""",
    items={T["m201"]: "removed", T["m202"]: "removed", T["m203"]: "not_found"},
)

case(
    name="tg-hedge-in-relative-clause", outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply",
    why="hedge in the relative clause of 55 is about its origin, not its status (blocked); 56's relative clause hedges and its main clause says still being checked",
    **{"from": TG_FROM}, name_from="Telegram Support", date="Wed, 11 Sep 2024 12:40:03 +0000",
    subject="Re: KCSC-240910-01",
    body=f"""Hi,

Regarding your report KCSC-240910-01:

We have blocked {T['g55']}, which appears to have been reposted from another channel that was closed earlier this month.

The post {T['g56']}, which may already have been deleted by the channel admin, is still being checked by our moderators; we will write again once we know more.

Regards,
Telegram Support
""",
    items={T["g55"]: "removed", T["g56"]: "pending"},
)

case(
    name="x-negation-withheld-not-removed", outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email (country withheld content)",
    why="'has not been removed globally; it has been withheld in South Korea' = restricted; 'not taken action ... did not find it to violate' = rejected",
    **{"from": X_FROM}, name_from="X Legal", date="Thu, 12 Sep 2024 02:03:51 +0000",
    subject="Re: [Case 0241-KR-88213] KCSC-240910-02",
    reply_to_req="req-240910-02",
    body=f"""Hello,

We have reviewed the reported content referenced in your request KCSC-240910-02.

The post {X['j114']} has not been removed globally; it has been withheld in South Korea in accordance with local law.

We have not taken action on {X['j345']}. After review, we did not find it to violate the X Rules or the Korean law cited in your request.

For more information on withheld content, see https://help.x.com/en/rules-and-policies/post-withheld-by-country.

X Legal
""",
    items={X["j114"]: "restricted", X["j345"]: "rejected"},
)

case(
    name="yt-refusal-with-reason", outcome="applied", classification="confirmation",
    imitates="YouTube legal-support reply declining one video and removing another",
    why="decided not to remove (news report, no violation) = rejected; the other video removed",
    **{"from": YT_FROM}, name_from="YouTube Legal Support", date="Fri, 13 Sep 2024 06:21:40 +0000",
    subject="Re: [1-7784000031254] Legal removal request KCSC-240911-03",
    body=f"""Hello,

Thanks for reaching out to YouTube.

After careful review, we have decided not to remove {Y['hv0']}. The video is a news segment reporting on a police investigation into online drug sales. It is documentary in context, does not violate our Community Guidelines, and we did not find it to be unlawful under the law you cited.

The video at {Y['qm4']} has been removed from YouTube for violating our policy on the sale of regulated goods.

If you have further information, you can reply to this email.

Regards,
The YouTube Legal Team
""",
    items={Y["hv0"]: "rejected", Y["qm4"]: "removed"},
)

case(
    name="naver-under-review-then-done", outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 게시중단 처리 결과 안내",
    why="recalls that the post was under review, then says review finished and it was 게시중단 on 13 Sep: the later sentence decides",
    **{"from": NV_FROM}, name_from="NAVER 권리보호센터", date="Fri, 13 Sep 2024 07:30:00 +0000",
    subject="[NAVER] 게시중단 요청(KCSC-240911-04) 처리 결과 안내",
    body=f"""안녕하세요, 네이버 권리보호센터입니다.

지난 9월 11일 요청하신 KCSC-240911-04 건과 관련하여, 아래 게시물은 검토가 진행 중이라고 먼저 안내드린 바 있습니다.

{N['dalbit']}

검토가 완료되어, 위 게시물은 9월 13일자로 게시중단 처리되었음을 알려드립니다.

나머지 게시물은 처리 결과가 나오는 대로 별도로 안내드리겠습니다.

감사합니다.
네이버 권리보호센터 드림
""",
    items={N["dalbit"]: "removed"},
)

case(
    name="tg-all-blocked-then-correction", outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk follow-up with a correction",
    why="'all three blocked' is revised for 1182 by the correction below: deleted by the admin before Telegram acted = not_found",
    **{"from": TG_FROM}, name_from="Telegram Abuse", date="Thu, 12 Sep 2024 09:02:17 +0000",
    subject="Re: KCSC-240910-01 update",
    body=f"""Hello,

Update on KCSC-240910-01.

All three posts you listed from nightvault_share have been blocked:
{T['n1180']}
{T['n1181']}
{T['n1182']}

Correction after a second check by our moderators: {T['n1182']} had already been deleted by the channel admin before we reached it, so no action was taken by us on that post.

Telegram Abuse Team
""",
    items={T["n1180"]: "removed", T["n1181"]: "removed", T["n1182"]: "not_found"},
)

case(
    name="yt-html-table-note-corrects-row", outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome table (HTML) with a note",
    why="table says the channel is Restricted but the note below says that row is out of date: channel terminated, no longer available = removed",
    **{"from": YT_FROM}, name_from="YouTube Legal Support", date="Sat, 14 Sep 2024 01:12:09 +0000",
    subject="Outcome of your legal request KCSC-240911-03",
    type="html",
    body=f"""<html><body>
<p>Hello,</p>
<p>Below is the outcome of our review of your request KCSC-240911-03.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Outcome</th></tr>
<tr><td><a href="{Y['tc9']}">{Y['tc9']}</a></td><td>Removed &ndash; Community Guidelines (regulated goods)</td></tr>
<tr><td><a href="{Y['chan']}">{Y['chan']}</a></td><td>Restricted</td></tr>
</table>
<p><b>Please note:</b> the outcome shown above for the channel {Y['chan']} is out of date. The channel was terminated on 13 September for repeated violations of our regulated goods policy and is no longer available on YouTube.</p>
<p>Regards,<br>YouTube Legal Support</p>
</body></html>
""",
    items={Y["tc9"]: "removed", Y["chan"]: "removed"},
)

case(
    name="x-statuses-by-position", outcome="applied", classification="confirmation",
    imitates="X Safety reply answering a numbered list",
    why="'the first and the third' removed, 'the second' under review: statuses by position in the email's own list",
    **{"from": X_FROM}, name_from="X Safety", date="Thu, 12 Sep 2024 11:45:00 +0000",
    subject="Re: KCSC-240910-02",
    body=f"""Hello,

Regarding the three posts below from your request KCSC-240910-02:

1) {X['j114']}
2) {X['s984']}
3) {X['s505']}

The first and the third have been removed for violating our rules on illegal gambling. The second remains under review and we will update you separately.

Thanks,
X Safety
""",
    items={X["j114"]: "removed", X["s984"]: "pending", X["s505"]: "removed"},
)

case(
    name="kakao-numbered-korean-position", outcome="applied", classification="confirmation",
    imitates="Kakao 시정요구 조치결과 회신 (numbered list, results by number)",
    why="1번, 2번 삭제 조치; 3번 작성자가 직접 삭제하여 존재하지 않음 = not_found",
    **{"from": KK_FROM}, name_from="카카오 정책운영팀", date="Fri, 13 Sep 2024 08:05:44 +0000",
    subject="[카카오] 시정요구(KCSC-240912-05) 조치결과 회신",
    body=f"""안녕하세요. 카카오 정책운영팀입니다.

귀 위원회에서 요청하신 아래 3건의 게시물에 대한 조치 결과를 회신드립니다.

1. {TISTORY_RAW}
2. {K['c1502']}
3. {K['c1517']}

위 1번과 2번 게시물은 9월 13일 삭제 조치하였으며, 3번 게시물은 요청 접수 전에 작성자가 직접 삭제하여 현재 존재하지 않습니다.

감사합니다.
카카오 정책운영팀 드림
""",
    items={K["tistory"]: "removed", K["c1502"]: "removed", K["c1517"]: "not_found"},
)

case(
    name="tg-bare-url-status-below", outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk per-link result list",
    why="status on the line under each bare URL: blocked / no violation, stays up / not found",
    **{"from": TG_FROM}, name_from="Telegram Abuse", date="Fri, 13 Sep 2024 03:33:10 +0000",
    subject="Re: KCSC-240910-01 paper_lantern9",
    body=f"""Hello,

Results for the paper_lantern9 links in KCSC-240910-01:

{T['p77']}
Status: blocked

{T['p78']}
Status: no violation of our Terms of Service found, the post stays up

{T['p79']}
Status: not found (this message ID does not exist in the channel)

Kind regards,
Telegram Abuse Team
""",
    items={T["p77"]: "removed", T["p78"]: "rejected", T["p79"]: "not_found"},
)

case(
    name="x-top-posted-over-quote", outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply from X Trust & Safety over the quoted request",
    why="only the account is spoken about above the quote (suspended, no longer available); the posts appear only in the quoted request",
    **{"from": "jun.park@x.com"}, name_from="Jun Park", date="Wed, 11 Sep 2024 23:58:02 +0000",
    subject="Re: KCSC-240910-02 removal request",
    reply_to_req="req-240910-02",
    body=f"""Hi,

The account @bet_harbor_kr ({X['acct']}) has been suspended for violating our rules on gambling promotion and is no longer available on X. We're still looking at the individual posts.

Best,
Jun
X Trust & Safety

{QUOTED_X_REQUEST}""",
    items={X["acct"]: "removed", X["j114"]: "pending", X["j345"]: "pending",
           X["s984"]: "pending", X["s505"]: "pending"},
)

_yt_qp_text = f"""Hello,

Thank you for your legal request KCSC-240911-03.

The content at {Y['tc9']} has been actioned under our policies, and it is no longer viewable on YouTube.

We are still reviewing the channel {Y['chan']} and will follow up when our review is complete.

Sincerely,
The YouTube Team

(c) 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
Help Center: https://support.google.com/youtube/answer/6154230
"""
_yt_qp_html = f"""<html><body><p>Hello,</p><p>Thank you for your legal request KCSC-240911-03.</p><p>The content at <a href="{Y['tc9']}">{Y['tc9']}</a> has been actioned under our policies, and it is no longer viewable on YouTube.</p><p>We are still reviewing the channel <a href="{Y['chan']}">{Y['chan']}</a> and will follow up when our review is complete.</p><p>Sincerely,<br>The YouTube Team</p><p style="color:#777">&copy; 2024 Google LLC &middot; <a href="https://support.google.com/youtube/answer/6154230">Help Center</a></p></body></html>
"""
case(
    name="yt-qp-actioned-and-still-reviewing", outcome="applied", classification="confirmation",
    imitates="YouTube templated legal outcome (multipart, quoted-printable)",
    why="short actioned and no longer viewable = removed; channel still under review = pending; Help Center link is not an item",
    **{"from": "noreply-legal@youtube.com"}, name_from="YouTube", date="Thu, 12 Sep 2024 17:20:55 +0000",
    subject="Update on your legal request KCSC-240911-03",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="yt-b546-alt"

--yt-b546-alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_yt_qp_text)}
--yt-b546-alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_yt_qp_html)}
--yt-b546-alt--
""",
    items={Y["tc9"]: "removed", Y["chan"]: "pending"},
)

_nv_b64 = f"""안녕하세요, 네이버 권리보호센터입니다.

KCSC-240911-04 건으로 요청하신 게시물에 대하여 아래와 같이 처리하였음을 알려드립니다.

- {N['cafe']} : 게시중단 완료
- {N['haneul']} : 처리 불가 (요청하신 사유에 해당하는 내용이 게시물에서 확인되지 않아 게시를 유지합니다)

처리 결과에 이의가 있으신 경우 https://right.naver.com 에서 다시 요청하실 수 있습니다.

감사합니다.
"""
case(
    name="naver-base64-done-and-refused", outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리 결과 안내 (base64 body)",
    why="게시중단 완료 = removed; 처리 불가 with its reason, 게시 유지 = rejected; right.naver.com is a help page",
    **{"from": NV_FROM}, name_from="NAVER", date="Fri, 13 Sep 2024 05:10:31 +0000",
    subject="[NAVER] KCSC-240911-04 처리 결과",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_nv_b64)}
""",
    items={N["cafe"]: "removed", N["haneul"]: "rejected"},
)

case(
    name="naver-kin-temporary-measure", outcome="applied", classification="confirmation",
    imitates="NAVER 임시조치 안내 (정보통신망법 제44조의2)",
    why="30일 임시조치 = restricted now; deletion after the period is only a future consequence",
    **{"from": "noreply@naver.com"}, name_from="NAVER", date="Thu, 12 Sep 2024 04:44:12 +0000",
    subject="[NAVER] 임시조치 안내 (KCSC-240911-04)",
    body=f"""안녕하세요. 네이버입니다.

요청하신 지식iN 게시물 {N['kin']} 에 대해 정보통신망법 제44조의2에 따라 30일간 임시조치하였습니다.

임시조치 기간 동안 해당 게시물은 다른 이용자에게 노출되지 않으며, 게시자의 재게시 요청이 없으면 기간 만료 후 삭제됩니다.

본 메일은 발신전용입니다.
""",
    items={N["kin"]: "restricted"},
)

case(
    name="kakao-korean-particles", outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해 신고 처리 안내",
    why="Tistory entry 비공개 처리 = removed; the cafe post (URL with attached particle 는) 검토 중 = pending",
    **{"from": KK_FROM}, name_from="카카오", date="Thu, 12 Sep 2024 09:55:00 +0000",
    subject="Re: KCSC-240912-05 게시물 처리 안내",
    body=f"""안녕하세요, 카카오입니다.

KCSC-240912-05 요청 건 중 {TISTORY_RAW} 게시물은 개인정보 침해가 확인되어 비공개 처리되었습니다.

{K['c1502']}는 현재 검토 중이며, 결과는 추후 회신드리겠습니다.

감사합니다.
""",
    items={K["tistory"]: "removed", K["c1502"]: "pending"},
)

case(
    name="tiktok-fullwidth-brackets", outcome="applied", classification="confirmation",
    imitates="TikTok Korean-language report outcome",
    why="first video (in full-width brackets) 삭제 = removed; the other does not violate, 게시 유지 = rejected",
    **{"from": TT_FROM}, name_from="TikTok 법무팀", date="Fri, 13 Sep 2024 10:02:48 +0000",
    subject="Re: KCSC-240912-06 신고 처리 결과",
    body=f"""안녕하세요, TikTok 법무팀입니다.

신고하신 동영상（{TT['v012']}）은 커뮤니티 가이드라인 위반으로 삭제되었습니다.
다른 동영상 {TT['v098']} 은 검토 결과 커뮤니티 가이드라인이나 현지 법률을 위반하지 않는 것으로 판단되어 게시가 유지됩니다.

감사합니다.
TikTok Trust & Safety
""",
    items={TT["v012"]: "removed", TT["v098"]: "rejected"},
)

case(
    name="x-one-item-ack-plus-statement", outcome="applied", classification="confirmation",
    imitates="X legal reply to a one-item request (no URL repeated)",
    why="an acknowledgement phrase followed by an unhedged 'we have withheld the reported post in South Korea' for a one-item request",
    **{"from": X_FROM}, name_from="X Legal", date="Fri, 13 Sep 2024 08:31:00 +0000",
    subject="Re: KCSC-240913-07",
    reply_to_req="req-240913-07",
    body="""Hello,

Thank you for your request. We have received it and reviewed the reported content.

We have withheld the reported post in South Korea in response to your request KCSC-240913-07. It remains visible outside South Korea.

X Legal
""",
    items={X1: "restricted"},
)

case(
    name="tiktok-statement-of-reasons", outcome="applied", classification="confirmation",
    imitates="DSA Art. 17 statement of reasons as TikTok formats it",
    why="Decision: visibility restricted, not available in Korea, territorial scope KR = restricted; redress link is not an item",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok", date="Sat, 14 Sep 2024 02:00:13 +0000",
    subject="Statement of reasons - decision on your report KCSC-240912-06",
    body=f"""Hello,

We are writing to inform you of our decision on the content you reported.

Statement of reasons
Notice reference: KCSC-240912-06
Content: {TT['v098']}
Decision: Visibility restricted - the video is not available to users in the Republic of Korea
Territorial scope: KR
Legal ground: Illegal content under the laws of the Republic of Korea (personal information)
Facts and circumstances: Notice submitted by a public authority
Automated means used for detection: No
Automated means used for decision: No

You may be able to challenge this decision. For information on redress options, see https://www.tiktok.com/legal/page/global/dsa-redress/en

TikTok Trust and Safety
""",
    items={TT["v098"]: "restricted"},
)

case(
    name="x-angle-brackets", outcome="applied", classification="confirmation",
    imitates="X Support plain-text reply with URLs in angle brackets",
    why="first post removed; the other 'does not exist or was deleted by its owner' = not_found",
    **{"from": "support@x.com"}, name_from="X Support", date="Fri, 13 Sep 2024 14:17:26 +0000",
    subject="Re: KCSC-240910-02 sl0t_kingdom",
    body=f"""Hello,

We have removed the following post for violating our rules:
<{X['s984']}>.

The other post you listed, <{X['s505']}>, does not exist or was deleted by its owner before we could review it.

X Support
""",
    items={X["s984"]: "removed", X["s505"]: "not_found"},
)

case(
    name="x-two-statuses-one-sentence", outcome="applied", classification="confirmation",
    imitates="X legal outcome email",
    why="one sentence: withheld in South Korea (restricted) and removed entirely (removed)",
    **{"from": X_FROM}, name_from="X Legal", date="Sat, 14 Sep 2024 00:40:00 +0000",
    subject="Re: KCSC-240910-02 jackpot_wave88",
    body=f"""Hello,

Of the posts you reported in KCSC-240910-02, we withheld {X['j114']} in South Korea and removed {X['j345']} entirely for violating our gambling policy.

X Legal
""",
    items={X["j114"]: "restricted", X["j345"]: "removed"},
)


def _row(u, r):
    return f"{u:<38} | {r}"


case(
    name="tg-large-text-table", outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk outcome table for a large report",
    why="13-row plain-text table; 56 no violation = rejected; 78 'pending' with an appeal note = pending",
    **{"from": TG_FROM}, name_from="Telegram Abuse", date="Mon, 16 Sep 2024 06:00:00 +0000",
    subject="KCSC-240910-01: outcome",
    reply_to_req="req-240910-01",
    body="\n".join([
        "Hello,", "",
        "Please find below the outcome for KCSC-240910-01.", "",
        _row("Link", "Result"),
        "-" * 39 + "+" + "-" * 28,
        _row(T["m201"], "Blocked"),
        _row(T["m202"], "Blocked"),
        _row(T["m203"], "Not found"),
        _row(T["m204"], "Blocked"),
        _row(T["g55"], "Blocked"),
        _row(T["g56"], "No violation - left up"),
        _row(T["g57"], "Blocked"),
        _row(T["n1180"], "Blocked"),
        _row(T["n1181"], "Blocked"),
        _row(T["n1182"], "Not found"),
        _row(T["p77"], "Blocked"),
        _row(T["p78"], "Pending (see note)"),
        _row(T["p79"], "Blocked"),
        "",
        "Note on paper_lantern9/78: the channel admin has appealed; a decision",
        "will be made within 48 hours.", "",
        "Telegram Abuse Team", "",
    ]),
    items={T["m201"]: "removed", T["m202"]: "removed", T["m203"]: "not_found", T["m204"]: "removed",
           T["g55"]: "removed", T["g56"]: "rejected", T["g57"]: "removed",
           T["n1180"]: "removed", T["n1181"]: "removed", T["n1182"]: "not_found",
           T["p77"]: "removed", T["p78"]: "pending", T["p79"]: "removed"},
)

case(
    name="yt-not-removed-already-gone", outcome="applied", classification="confirmation",
    imitates="YouTube legal-support reply",
    why="'did not remove ... had already been deleted by the uploader' = not_found (negation of the action, not a refusal); the other no longer available after review = removed",
    **{"from": YT_FROM}, name_from="YouTube Legal Support", date="Sat, 14 Sep 2024 05:49:02 +0000",
    subject="Re: [1-7784000031254] KCSC-240911-03",
    body=f"""Hello,

We did not remove {Y['hv0']}: the video had already been deleted by the uploader when our team reviewed your request, so no action by YouTube was needed.

{Y['qm4']} is no longer available on YouTube following our review.

Regards,
YouTube Legal Support
""",
    items={Y["hv0"]: "not_found", Y["qm4"]: "removed"},
)

case(
    name="naver-not-deleted-korean", outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 처리 불가 안내",
    why="삭제되지 않았습니다 + reason + 게시를 유지 = rejected; the offer to re-review on new material is not a request for information",
    **{"from": NV_FROM}, name_from="NAVER 권리보호센터", date="Sat, 14 Sep 2024 03:03:03 +0000",
    subject="[NAVER] KCSC-240911-04 게시중단 요청 검토 결과",
    body=f"""안녕하세요, 네이버 권리보호센터입니다.

요청하신 게시물 {N['dalbit']} 은 삭제되지 않았습니다. 게시물 내용을 검토한 결과 신고하신 사유(개인정보 노출)에 해당하는 내용을 확인할 수 없어, 게시를 유지하기로 결정하였습니다.

추가 자료를 보내주시면 다시 검토하겠습니다.

감사합니다.
""",
    items={N["dalbit"]: "rejected"},
)

case(
    name="kakao-html-table-korean", outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table (HTML) from Kakao",
    why="접속차단(국내 접속 제한) = restricted; 삭제 = removed; 해당없음/게시물 없음(작성자 삭제) = not_found; the note agrees with the table",
    **{"from": KK_FROM}, name_from="카카오 정책운영팀", date="Mon, 16 Sep 2024 02:15:00 +0000",
    subject="[카카오] KCSC-240912-05 조치결과",
    type="html",
    body=f"""<html><body>
<p>안녕하세요. 카카오 정책운영팀입니다.</p>
<p>KCSC-240912-05 시정요구에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td><a href="{K['tistory']}">{TISTORY_RAW}</a></td><td>접속차단</td><td>국내 접속 제한</td></tr>
<tr><td>2</td><td><a href="{K['c1502']}">{K['c1502']}</a></td><td>삭제</td><td></td></tr>
<tr><td>3</td><td><a href="{K['c1517']}">{K['c1517']}</a></td><td>해당없음</td><td>게시물 없음(작성자 삭제)</td></tr>
</table>
<p>※ 3번 게시물은 요청 접수 시점에 이미 삭제된 상태였습니다.</p>
<p>감사합니다.</p>
</body></html>
""",
    items={K["tistory"]: "restricted", K["c1502"]: "removed", K["c1517"]: "not_found"},
)

case(
    name="tg-done-and-promise", outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk short reply",
    why="204 has been blocked = removed; 57 'will be blocked once the appeal period ends' is a promise = pending",
    **{"from": TG_FROM}, name_from="Telegram Abuse", date="Fri, 13 Sep 2024 16:22:40 +0000",
    subject="Re: KCSC-240910-01",
    body=f"""Hi,

{T['m204']} has been blocked.

{T['g57']} will be blocked once the channel owner's appeal period ends on 20 September.

Telegram Abuse Team
Reference: KCSC-240910-01
""",
    items={T["m204"]: "removed", T["g57"]: "pending"},
)

case(
    name="x-one-item-not-located", outcome="applied", classification="confirmation",
    imitates="X legal reply, bare URL with the statement on the line below",
    why="'could not be located' = not_found; the hedge ('may have been deleted by the account holder') is about the cause only",
    **{"from": X_FROM}, name_from="X Legal", date="Sat, 14 Sep 2024 07:07:07 +0000",
    subject="Re: KCSC-240913-07",
    reply_to_req="req-240913-07",
    body=f"""Hello,

Regarding KCSC-240913-07:

{X1}
This post could not be located on X. It may have been deleted by the account holder before we received your request.

X Legal
""",
    items={X1: "not_found"},
)

_x_csv = (
    "reported_url,action,reason\r\n"
    f"{X['j114']},Withheld in KR,Local law - illegal gambling\r\n"
    f"{X['j345']},No action,\"No violation of the X Rules or local law found\"\r\n"
    f"{X['acct']},Account suspended,Violation of the X Rules (gambling promotion)\r\n"
)
case(
    name="x-csv-attachment", outcome="applied", classification="confirmation",
    imitates="X legal outcome with a CSV export attached",
    why="CSV rows: withheld in KR = restricted; no action, no violation = rejected; account suspended = removed; the two unlisted posts stay pending",
    **{"from": X_FROM}, name_from="X Legal", date="Tue, 17 Sep 2024 01:30:00 +0000",
    subject="KCSC-240910-02 - outcome (attachment)",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="x-b546-mix"

--x-b546-mix
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome of our review for your request
KCSC-240910-02. The two posts not listed in the attachment are still
being reviewed.

X Legal

--x-b546-mix
Content-Type: text/csv; charset=utf-8; name="KCSC-240910-02_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240910-02_outcome.csv"
Content-Transfer-Encoding: base64

{b64(_x_csv)}
--x-b546-mix--
""",
    items={X["j114"]: "restricted", X["j345"]: "rejected", X["acct"]: "removed"},
)

# ================================================================ REVIEW
case(
    name="tg-promise-will-review", outcome="review", review="not_understood",
    imitates="Telegram abuse-desk holding reply",
    why="names two requested posts but only promises review and removal 'if they violate': no statement",
    **{"from": TG_FROM}, name_from="Telegram Abuse", date="Tue, 10 Sep 2024 14:00:00 +0000",
    subject="Re: KCSC-240910-01",
    body=f"""Hello,

Thanks for your report KCSC-240910-01. Our moderators will review the following posts and will take them down if they violate the Telegram Terms of Service:
{T['n1180']}
{T['n1181']}

We aim to process reports from authorities within a few days.

Telegram Abuse Team
""",
    items={T["n1180"]: "pending", T["n1181"]: "pending"},
)

case(
    name="x-hedge-only", outcome="review", review="not_understood",
    imitates="X Support interim reply",
    why="'it appears that ... may already have been removed ... not yet been able to confirm' is a hedge, not a statement",
    **{"from": "support@x.com"}, name_from="X Support", date="Wed, 11 Sep 2024 05:15:00 +0000",
    subject="Re: KCSC-240910-02",
    body=f"""Hello,

Thanks for your report KCSC-240910-02. It appears that {X['s984']} may already have been removed by the account holder, but we have not yet been able to confirm this. We will let you know once our review is complete.

X Support
""",
    items={X["s984"]: "pending"},
)

case(
    name="yt-bulk-all-removed", outcome="review", review="bulk",
    imitates="YouTube 'we have completed our review' legal reply",
    why="'all of the content identified in your request has been removed' for a four-item request, no item named",
    **{"from": YT_FROM}, name_from="YouTube Legal Support", date="Mon, 16 Sep 2024 08:00:00 +0000",
    subject="Re: [1-7784000031254] Legal removal request KCSC-240911-03",
    body="""Hello,

We have completed our review of your legal request KCSC-240911-03. All of the content identified in your request has been removed from YouTube for violating our Community Guidelines.

Thank you for helping keep YouTube safe.

The YouTube Legal Team
""",
    items={Y["qm4"]: "pending", Y["hv0"]: "pending", Y["tc9"]: "pending", Y["chan"]: "pending"},
)

case(
    name="tiktok-bulk-over-outlook-quote", outcome="review", review="bulk",
    imitates="Outlook-style top-posted reply over the quoted request",
    why="'both videos you reported have been removed' names neither (the URLs are only in the quoted original) for a two-item request",
    **{"from": TT_FROM}, name_from="TikTok Legal", date="Fri, 13 Sep 2024 06:45:00 +0000",
    subject="RE: KCSC-240912-06 removal request",
    reply_to_req="req-240912-06",
    body=f"""Hello,

Both videos you reported have been removed from TikTok for violating our Community Guidelines.

Kind regards,
TikTok Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 12, 2024 10:00 AM
To: legal-kr@tiktok.com
Subject: KCSC-240912-06 removal request

Dear TikTok,

Under reference KCSC-240912-06 please remove the following videos, which expose a private person's personal information:
{TT['v012']}
{TT['v098']}

Regards,
KCSC
""",
    items={TT["v012"]: "pending", TT["v098"]: "pending"},
)

case(
    name="naver-dmarc-fail", outcome="review", review="untrusted",
    imitates="NAVER 게시중단 처리 결과 (failing authentication)",
    why="claims deletion from navercorp.com but DKIM/SPF/DMARC fail",
    **{"from": NV_FROM}, auth="fail", name_from="NAVER 권리보호센터", date="Thu, 12 Sep 2024 13:13:13 +0000",
    subject="[NAVER] KCSC-240911-04 처리 완료",
    body=f"""안녕하세요, 네이버 권리보호센터입니다.

KCSC-240911-04 건으로 요청하신 아래 게시물은 모두 삭제 처리되었습니다.

{N['cafe']}
{N['dalbit']}

감사합니다.
""",
    items={N["cafe"]: "pending", N["dalbit"]: "pending"},
)

case(
    name="gmail-channel-admin", outcome="review", review="unknown_sender",
    imitates="message from a channel administrator writing from a webmail address",
    why="a non-platform sender says he deleted two posts himself",
    **{"from": "moonlit.admin.kr@gmail.com"}, name_from="moonlit admin", date="Wed, 11 Sep 2024 15:30:00 +0000",
    subject="Re: KCSC-240910-01",
    body=f"""Hello,

I run the channel moonlit_dump. I deleted {T['m201']} and {T['m202']} myself yesterday after Telegram contacted me. Please close KCSC-240910-01, the posts are gone.

Thanks
""",
    items={T["m201"]: "pending", T["m202"]: "pending"},
)

case(
    name="naver-says-daum-not-ours", outcome="review", review="wrong_platform",
    imitates="NAVER reply to a request about a Daum cafe post sent to it by mistake",
    why="NAVER speaks about a Kakao (Daum cafe) item: it cannot act, not its service",
    **{"from": NV_FROM}, name_from="NAVER", date="Fri, 13 Sep 2024 02:20:00 +0000",
    subject="Re: KCSC-240912-05",
    body=f"""안녕하세요, 네이버입니다.

KCSC-240912-05 건으로 보내주신 {K['c1502']} 는 네이버가 운영하는 서비스의 게시물이 아니어서 당사에서는 조치할 수 없습니다. 해당 서비스 운영사(카카오)에 요청해 주시기 바랍니다.

감사합니다.
""",
    items={K["c1502"]: "pending"},
)

case(
    name="x-summary-vs-text-conflict", outcome="review", review="conflicting_statements",
    imitates="X legal templated outcome whose summary block and prose disagree",
    why="summary block says 'No action taken' for the post, the text below says it was withheld in South Korea; no correction marker",
    **{"from": X_FROM}, name_from="X Legal", date="Sat, 14 Sep 2024 10:10:10 +0000",
    subject="Re: KCSC-240913-07 - outcome",
    reply_to_req="req-240913-07",
    body=f"""Hello,

We have reviewed your request KCSC-240913-07.

Summary of action taken
  Reported content: {X1}
  Action: No action taken

Upon review, we have withheld the reported content in South Korea under local law.

X Legal
""",
    items={X1: "pending"},
)

case(
    name="tg-contact-change-no-claims", outcome="review", review="no_claims",
    imitates="Telegram notice to authorities about a changed contact point",
    why="trusted Telegram mail that names no item and no request",
    **{"from": "dsa@telegram.org"}, name_from="Telegram", date="Tue, 17 Sep 2024 09:00:00 +0000",
    subject="Change of contact point for authorities",
    body="""Dear colleagues,

From 1 October 2024, removal requests from public authorities should be sent through our authority portal at https://telegram.org/authorities instead of by email. Requests already sent to this address will still be answered.

Telegram
""",
    items={},
)

case(
    name="kakao-asks-official-letter", outcome="review", review="asks_more", classification="request_for_info",
    imitates="Kakao 추가 서류 요청 (공문 요청)",
    why="asks for an official letter with the agency seal and the legal basis before acting",
    **{"from": KK_FROM}, name_from="카카오 정책운영팀", date="Thu, 12 Sep 2024 03:40:00 +0000",
    subject="[카카오] KCSC-240912-05 추가 자료 요청",
    body="""안녕하세요. 카카오 정책운영팀입니다.

KCSC-240912-05 건 처리를 위해 기관 직인이 날인된 공문과 요청 근거 법령을 첨부하여 회신해 주시기 바랍니다.
서류가 확인되는 대로 검토를 진행하겠습니다.

감사합니다.
""",
    items={},
)

case(
    name="tg-condition-if-admin", outcome="review", review="not_understood",
    imitates="Telegram abuse-desk reply giving a channel admin time",
    why="'if ... is not removed by the admin within 24 hours, we will block it' is a condition and a promise",
    **{"from": TG_FROM}, name_from="Telegram Abuse", date="Thu, 12 Sep 2024 19:05:00 +0000",
    subject="Re: KCSC-240910-01 paper_lantern9/78",
    body=f"""Hello,

Regarding KCSC-240910-01: we have contacted the admin of paper_lantern9. If {T['p78']} is not removed by the admin within 24 hours, we will block it ourselves.

Telegram Abuse Team
""",
    items={T["p78"]: "pending"},
)

# ================================================================ IGNORED
case(
    name="tg-out-of-office", outcome="ignored", classification="auto_reply",
    imitates="Outlook-style automatic reply (out of office)",
    why="out-of-office auto-reply",
    **{"from": "elena.v@telegram.org"}, name_from="Elena V.", date="Tue, 10 Sep 2024 01:00:41 +0000",
    subject="Automatic reply: KCSC-240910-01 removal request",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your email.

I am out of the office until 23 September with limited access to email. Your message about KCSC-240910-01 has not been read yet. For urgent abuse reports, please write to abuse@telegram.org.

Elena
""",
    items={},
)

case(
    name="x-dsn-bounce", outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (RFC 3464) with the original attached",
    why="bounce of our request; the URL is only in the returned original",
    **{"from": "MAILER-DAEMON@x.com"}, name_from="Mail Delivery System", date="Fri, 13 Sep 2024 01:00:09 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="x-b546-dsn"

--x-b546-dsn
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail-relay.x.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr-desk@x.com>: host inbound.x.com[203.0.113.25] said: 550 5.1.1
    <legal-kr-desk@x.com>: Recipient address rejected: User unknown

--x-b546-dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mail-relay.x.com
Arrival-Date: Fri, 13 Sep 2024 01:00:04 +0000

Final-Recipient: rfc822; legal-kr-desk@x.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--x-b546-dsn
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-desk@x.com
Subject: KCSC-240913-07 removal request
Message-ID: <req-240913-07@kcsc.example>
Date: Fri, 13 Sep 2024 10:00:00 +0900

Dear X,

Under reference KCSC-240913-07 please remove this post, which defames a
private person:
{X1}

KCSC

--x-b546-dsn--
""",
    items={X1: "pending"},
)

case(
    name="naver-mdn-read", outcome="ignored", classification="read_receipt",
    imitates="NAVER Mail read confirmation (RFC 8098 MDN)",
    why="read receipt for our request",
    **{"from": NV_FROM}, name_from="NAVER", date="Wed, 11 Sep 2024 06:02:00 +0000",
    subject="읽음 확인: KCSC-240911-04 게시중단 요청",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="nv-b546-mdn"

--nv-b546-mdn
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64("보내신 메일 'KCSC-240911-04 게시중단 요청'을 수신인이 2024-09-11 15:02에 읽었습니다.")}

--nv-b546-mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.naver.com; NAVER Mail
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <req-240911-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--nv-b546-mdn--
""",
    items={},
)

case(
    name="yt-legal-receipt", outcome="ignored", classification="acknowledgement",
    imitates="Google legal removal request automated confirmation",
    why="automated receipt with a reference number, nothing about any item",
    **{"from": "legal-noreply@google.com"}, name_from="Google Legal", date="Wed, 11 Sep 2024 01:05:30 +0000",
    subject="[1-7784000031254] We received your request KCSC-240911-03",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

Thank you for submitting a legal request to Google. This is an automated confirmation that we have received it.

Your reference number is 1-7784000031254. Please include it in the subject line of any further correspondence about this request.

Requests are reviewed in the order received. You can follow the status of your requests at https://support.google.com/legal/dashboard.

Google Legal Support
""",
    items={},
)

case(
    name="kakao-receipt-korean", outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 접수 완료 안내",
    why="접수 완료 with a receipt number and the usual processing time only",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터", date="Thu, 12 Sep 2024 01:02:03 +0000",
    subject="[카카오 고객센터] 문의가 접수되었습니다 (KCSC-240912-05)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, 카카오 고객센터입니다.

게시중단 요청이 정상적으로 접수되었습니다.
접수번호: KR-2409-55120

처리 결과는 영업일 기준 3~5일 이내에 이메일로 안내드리겠습니다.
본 메일은 발신전용으로 회신되지 않습니다.
""",
    items={},
)

case(
    name="tiktok-unmonitored-autoreply", outcome="ignored", classification="auto_reply",
    imitates="TikTok 'this mailbox is not monitored' automatic response",
    why="auto-reply pointing to the web form",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok", date="Thu, 12 Sep 2024 01:00:20 +0000",
    subject="Re: KCSC-240912-06 removal request",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""This is an automated response.

This email address is not monitored. To submit a request from a government or law enforcement authority, please use our online form at https://www.tiktok.com/legal/report/government.

TikTok
""",
    items={},
)

case(
    name="x-case-received", outcome="ignored", classification="acknowledgement",
    imitates="X case-number acknowledgement",
    why="pure acknowledgement: case number assigned, will review",
    **{"from": "noreply@x.com"}, name_from="X", date="Tue, 10 Sep 2024 01:10:00 +0000",
    subject="Case# 0241-KR-88213: KCSC-240910-02",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

Thank you for contacting X. We have received your report and assigned it case number 0241-KR-88213. We will review it and respond once we have more information.

Please do not reply to this message.

X
""",
    items={},
)

HEADER = """# Blind set 546 (what a program gets wrong): expected results written from
# each email's meaning before any run of the reader. Generated by make.py.
"""

if __name__ == "__main__":
    write_requests()
    for c in CASES:
        c["subject"] = enc(c["subject"])
        if "name_from" in c:
            c["name_from"] = enc(c["name_from"])
    corpuslib.write_set(HERE, "blind546", HEADER, CASES)
