#!/usr/bin/env python3
"""Blind set blind864 (focus: what a program gets wrong).

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
that disagrees with its note, statuses given by position.

    python3 tests/corpus/blind864/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the meaning of the email alone, before the
reader was ever run on it. All names, ids and URLs are fictional.
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KO_CAFE = "밤바다상점"
KO_CAFE_PCT = "%EB%B0%A4%EB%B0%94%EB%8B%A4%EC%83%81%EC%A0%90"

# ---------------------------------------------------------------- requests
U = {
    # KCSC-240910-01, NAVER, 12 items (the largest request)
    "n1": "https://blog.naver.com/moonlit_kettle/223561001",
    "n2": "https://blog.naver.com/moonlit_kettle/223561044",
    "n3": "https://blog.naver.com/paper_crane88/223560972",
    "n4": "https://cafe.naver.com/greyharborclub/58812",
    "n5": "https://cafe.naver.com/greyharborclub/58830",
    "n6": "https://cafe.naver.com/greyharborclub/58847",
    "n7": "https://m.blog.naver.com/tidal_lantern/223559310",
    "n8": "https://post.naver.com/viewer/postView.naver?volumeNo=38104472&memberNo=5521907",
    "n9": "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=471930288",
    "n10": "https://blog.naver.com/paper_crane88/223560999",
    "n11": "https://cafe.naver.com/" + KO_CAFE_PCT + "/3302",
    "n12": "https://blog.naver.com/tidal_lantern/223559377",
    # KCSC-240910-02, X, 4 items
    "x1": "https://x.com/harbor_owl_77/status/1833012345678901234",
    "x2": "https://x.com/harbor_owl_77/status/1833012987654321098",
    "x3": "https://x.com/quietmeridian/status/1832877001122334455",
    "x4": "https://x.com/fennel_signal",
    # KCSC-240911-03, YouTube, 5 items
    "y1": "https://www.youtube.com/watch?v=Qm3vT8rLx2A",
    "y2": "https://www.youtube.com/watch?v=bN7kP0wZe4c",
    "y3": "https://youtu.be/H2sdQ91LmYo",
    "y4": "https://www.youtube.com/@northgate_relay",
    "y5": "https://www.youtube.com/shorts/Zr5Tk81pWqE",
    # KCSC-240911-04, Telegram, 3 items
    "t1": "https://t.me/velvet_ledger_kr/412",
    "t2": "https://t.me/velvet_ledger_kr/419",
    "t3": "https://t.me/copperwell_market",
    # KCSC-240912-05, Kakao, 2 items
    "k1": "https://cafe.daum.net/sandpiperhouse/Ahb9/3318",
    "k2": "https://lanternfish.tistory.com/128",
    # KCSC-240912-06, TikTok, 1 item
    "tk1": "https://www.tiktok.com/@mirror.tern/video/7412093384455667001",
    # KCSC-240913-07, YouTube, 1 item
    "y6": "https://www.youtube.com/watch?v=Lp0cWz7eR1s",
}
# The Korean cafe path as people write it in mail (raw, not percent-encoded).
N11_RAW = "https://cafe.naver.com/" + KO_CAFE + "/3302"

REQUESTS = [
    # ref, platform, sent_at, due_at, keys, category, note
    ("KCSC-240910-01", "naver", "2024-09-10T10:30:00+09:00", "2024-09-17T18:00:00+09:00",
     ["n%d" % i for i in range(1, 13)], "illegal_gambling", "gambling promotion network, blogs and cafes"),
    ("KCSC-240910-02", "x", "2024-09-10T11:00:00+09:00", "2024-09-17T18:00:00+09:00",
     ["x1", "x2", "x3", "x4"], "drugs", "drug sales posts and one account"),
    ("KCSC-240911-03", "youtube", "2024-09-11T09:40:00+09:00", "2024-09-18T18:00:00+09:00",
     ["y1", "y2", "y3", "y4", "y5"], "illegal_goods", "sale of regulated goods"),
    ("KCSC-240911-04", "telegram", "2024-09-11T15:20:00+09:00", "2024-09-18T18:00:00+09:00",
     ["t1", "t2", "t3"], "fraud", "investment fraud channel and posts"),
    ("KCSC-240912-05", "kakao", "2024-09-12T10:05:00+09:00", "2024-09-19T18:00:00+09:00",
     ["k1", "k2"], "illegal_gambling", "Daum cafe post and Tistory post"),
    ("KCSC-240912-06", "tiktok", "2024-09-12T16:45:00+09:00", "2024-09-19T18:00:00+09:00",
     ["tk1"], "obscenity", "one video"),
    ("KCSC-240913-07", "youtube", "2024-09-13T11:15:00+09:00", "2024-09-20T18:00:00+09:00",
     ["y6"], "defamation", "one video"),
]


def mid(ref):
    return "request.%s.1@kcsc.example" % ref


def thread(ref):
    return "request.%s.1" % ref


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, keys, cat, note in REQUESTS:
            for k in keys:
                w.writerow([ref, plat, sent, due, U[k], cat, mid(ref), note])


# ---------------------------------------------------------------- helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def request_text(ref, keys, greeting, raw_ko=False):
    lines = [greeting, "",
             "The Korea Communications Standards Commission requests, under Article 44-7 of the",
             "Information and Communications Network Act, the removal of or blocking of access",
             "to the following content (reference %s):" % ref, ""]
    for i, k in enumerate(keys, 1):
        url = N11_RAW if (raw_ko and k == "n11") else U[k]
        lines.append("%d. %s" % (i, url))
    lines += ["", "Please inform us of the action taken for each URL.", "",
              "KCSC Takedown Team"]
    return "\n".join(lines)


NAVER_KEYS = ["n%d" % i for i in range(1, 13)]
YT_KEYS = ["y1", "y2", "y3", "y4", "y5"]

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(
    name="naver-mixed-statuses-one-sentence",
    date="Fri, 13 Sep 2024 14:22:10 +0900",
    **{"from": "report_center@navercorp.com"},
    name_from="네이버 게시물 신고센터",
    subject="[NAVER] 시정요구(KCSC-240910-01) 조치 결과 안내",
    reply_to_req=thread("KCSC-240910-01"),
    body=f"""
안녕하세요, 네이버 게시물 신고센터입니다.

귀 위원회에서 2024년 9월 10일 요청하신 시정요구(KCSC-240910-01)의 처리 결과를 아래와 같이 알려드립니다.

{U['n1']} 및 {U['n2']} 게시물은 삭제하였고, {U['n4']} 게시물은 임시조치(30일)하였으며, {U['n9']} 게시물은 작성자가 이미 삭제하여 확인되지 않습니다.

나머지 게시물의 처리 결과는 검토를 마치는 대로 별도로 안내드리겠습니다.

고객센터: https://help.naver.com/
감사합니다.

네이버 게시물 신고센터 드림
""",
    outcome="applied",
    imitates="NAVER 시정요구 조치 결과 안내 (Korean portal notice, prose)",
    why="one Korean sentence carries three statuses: 삭제 (two URLs), 임시조치, 작성자 삭제(not found); the rest are promised later",
    items={U["n1"]: "removed", U["n2"]: "removed", U["n4"]: "restricted", U["n9"]: "not_found"},
)

case(
    name="x-withheld-and-removed-one-sentence",
    date="Fri, 13 Sep 2024 09:05:44 +0000",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    subject="Re: Request KCSC-240910-02 [ref:_00Dx5.5003Kq8Rt:ref]",
    reply_to_req=thread("KCSC-240910-02"),
    body=f"""
Hello,

Thank you for your report concerning the posts and account listed in your request KCSC-240910-02.

After review, we have withheld {U['x1']} in South Korea under local law, and {U['x2']} has been removed from X globally because it violates the X Rules.

We did not take action on {U['x3']}: having reviewed it against the X Rules and the Korean provisions cited in your request, we found no violation, so it remains available.

More on country withheld content: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal Operations
""",
    outcome="applied",
    imitates="X legal request outcome email (country withheld content)",
    why="withheld in KR and removed globally in one sentence, then a refusal with its reason; the fourth item is not mentioned",
    items={U["x1"]: "restricted", U["x2"]: "removed", U["x3"]: "rejected"},
)

case(
    name="yt-hedge-in-relative-clause",
    date="Mon, 16 Sep 2024 02:41:19 -0700",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    subject="Your legal removal request [7-4419200031225] - KCSC-240911-03",
    body=f"""
Hello,

We're writing about your legal removal request KCSC-240911-03.

Following our review of the content under local law, we have blocked {U['y1']} from view in South Korea.

{U['y2']} was removed globally for violating YouTube's Community Guidelines.

As to {U['y3']}, which appears to have been taken down by the uploader before our team could look at it, we are checking our records and will write again once we can confirm its status.

Our review of the other URLs in your notice is still in progress.

Sincerely,
The YouTube Legal Team
""",
    outcome="applied",
    imitates="Google/YouTube legal removal request outcome email",
    why="two plain statements apply; the third URL is only hedged ('appears to have been') inside a relative clause, with a promise to confirm",
    items={U["y1"]: "restricted", U["y2"]: "removed", U["y3"]: "pending"},
)

case(
    name="tg-negated-removal",
    date="Sat, 14 Sep 2024 11:17:02 +0000",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Moderation",
    subject="Re: KCSC-240911-04 - Case #4471920",
    reply_to_req=thread("KCSC-240911-04"),
    body=f"""
Hello,

Regarding your notice (Case #4471920).

The channel {U['t3']} has been blocked and is no longer accessible to any Telegram user.

The posts {U['t1']} and {U['t2']} were not removed. Our moderators reviewed both and found that they do not violate Telegram's Terms of Service: they are screenshots of a television news report and contain no links to the scheme described in your notice.

Telegram Moderation Team
""",
    outcome="applied",
    imitates="Telegram abuse-desk reply to an authority notice",
    why="channel blocked for all users = removed; 'were not removed' plus a reason = rejected for both posts",
    items={U["t3"]: "removed", U["t1"]: "rejected", U["t2"]: "rejected"},
)

case(
    name="x-correction-later-sentence",
    date="Wed, 18 Sep 2024 07:30:00 +0000",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    subject="Update on your request KCSC-240910-02",
    body=f"""
Hi,

Following up on your request KCSC-240910-02.

On September 13 we withheld {U['x1']} in South Korea. Correction to our earlier message: after a further review by our Safety team, that post was found to violate our rules on illegal goods and has now been removed globally, so it is no longer available in any country.

{U['x2']} remains available; it does not violate the X Rules and we found no basis under local law to withhold it.

Thanks,
X Legal
""",
    outcome="applied",
    imitates="X legal follow-up correcting an earlier country-withheld outcome",
    why="the later sentence revises 'withheld in South Korea' to 'removed globally'; the second post is refused with its reason",
    items={U["x1"]: "removed", U["x2"]: "rejected"},
)

case(
    name="naver-table-then-update-note",
    date="Sat, 14 Sep 2024 16:48:33 +0900",
    **{"from": "cafe_policy@navercorp.com"},
    name_from="네이버 카페 운영정책",
    subject="[네이버] KCSC-240910-01 카페·블로그 게시물 처리 현황",
    type="html",
    body=f"""
<html><body>
<p>안녕하세요. 네이버 카페·블로그 운영정책 담당자입니다.</p>
<p>시정요구 KCSC-240910-01 가운데 아래 게시물의 처리 현황을 알려드립니다.</p>
<table border="1" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>처리 결과</th><th>처리일</th></tr>
<tr><td>1</td><td>{U['n5']}</td><td>검토 중</td><td>-</td></tr>
<tr><td>2</td><td>{U['n6']}</td><td>임시조치(30일)</td><td>2024-09-13</td></tr>
<tr><td>3</td><td>{U['n7']}</td><td>삭제</td><td>2024-09-13</td></tr>
</table>
<p>※ 위 표는 9월 13일 기준으로 작성되었습니다. 표 작성 이후 1번 게시물(greyharborclub/58830)도 9월 14일 삭제 처리를 완료하였습니다.</p>
<p>감사합니다.</p>
</body></html>
""",
    outcome="applied",
    imitates="NAVER 처리 현황 HTML table with a footnote",
    why="the footnote, dated after the table, updates row 1 from 검토 중 to 삭제; the other rows stand",
    items={U["n5"]: "removed", U["n6"]: "restricted", U["n7"]: "removed"},
)

case(
    name="yt-statuses-by-position",
    date="Tue, 17 Sep 2024 03:12:55 -0700",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    subject="Outcome of your legal request KCSC-240911-03",
    body=f"""
Hello,

Thank you for your notice KCSC-240911-03, which listed the following URLs:

1. {U['y1']}
2. {U['y2']}
3. {U['y3']}
4. {U['y4']}
5. {U['y5']}

Outcome of our review, by item number:

- Items 1 and 4: removed from YouTube for violating our Community Guidelines (item 4 is a channel; it has been terminated).
- Item 2: blocked from view in South Korea on the basis of local law.
- Item 3: no action taken. The video does not violate our policies and we did not find it unlawful under the provisions you cited.
- Item 5: we could not find this Short; the URL does not lead to any video on YouTube.

Regards,
YouTube Legal Support
""",
    outcome="applied",
    imitates="YouTube legal support reply answering a numbered list by item number",
    why="statuses are given by item number against the numbered list at the top of the same email",
    items={U["y1"]: "removed", U["y2"]: "restricted", U["y3"]: "rejected", U["y4"]: "removed", U["y5"]: "not_found"},
)

case(
    name="kakao-removed-but-kept",
    date="Thu, 19 Sep 2024 10:02:40 +0900",
    **{"from": "rights_center@kakaocorp.com"},
    name_from="카카오 권리보호센터",
    subject="[카카오] 시정요구 처리 결과 회신 (KCSC-240912-05)",
    reply_to_req=thread("KCSC-240912-05"),
    body=f"""
안녕하세요, 카카오 권리보호센터입니다.

요청하신 게시물 2건을 검토하였습니다. {U['k1']} 게시물은 운영정책 위반으로 삭제 조치하였으나, {U['k2']} 게시물은 관련 법령 및 운영정책에 위반되는 내용이 확인되지 않아 게시를 유지합니다.

유지 결정에 이의가 있으시면 위원회 심의 의결서를 첨부하여 재검토를 요청하실 수 있습니다.

카카오 권리보호센터 드림
""",
    outcome="applied",
    imitates="Kakao (Daum/Tistory) 게시중단 요청 처리 결과 회신",
    why="one sentence: 삭제 조치 for the cafe post, 게시 유지 with its reason for the Tistory post",
    items={U["k1"]: "removed", U["k2"]: "rejected"},
)

case(
    name="tiktok-single-item-sole",
    date="Sun, 15 Sep 2024 06:20:11 +0000",
    **{"from": "legal-noreply@tiktok.com"},
    name_from="TikTok Trust & Safety",
    subject="Re: KCSC-240912-06 - Government removal request",
    reply_to_req=thread("KCSC-240912-06"),
    body="""
Hi,

Thanks for contacting TikTok. We have reviewed the video you reported under reference KCSC-240912-06 and removed it for violating our Community Guidelines. It is no longer viewable on TikTok.

Best regards,
TikTok Trust & Safety
""",
    outcome="applied",
    imitates="TikTok report outcome email to a government reporter",
    why="names no URL but the reference is a one-item request and the statement is plain",
    items={U["tk1"]: "removed"},
)

case(
    name="yt-single-restricted-sole",
    date="Wed, 18 Sep 2024 01:55:07 -0700",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    subject="Legal removal request KCSC-240913-07 [7-4419200039987]",
    reply_to_req=thread("KCSC-240913-07"),
    body="""
Hello,

We reviewed the content identified in your notice KCSC-240913-07. Based on local law, we have restricted access to the video in South Korea. It remains available in other countries.

If you have questions, you can reply to this email.

The YouTube Legal Team
""",
    outcome="applied",
    imitates="YouTube legal removal outcome (local-law block) without the URL",
    why="one-item request; restricted in South Korea is a plain statement about that one item",
    items={U["y6"]: "restricted"},
)

case(
    name="naver-bare-url-status-below",
    date="Mon, 16 Sep 2024 11:03:27 +0900",
    **{"from": "blog_ops@navercorp.com"},
    name_from="네이버 블로그 운영팀",
    subject="Re: 시정요구 KCSC-240910-01 블로그 게시물 처리 결과",
    reply_to_req=thread("KCSC-240910-01"),
    body=f"""
안녕하세요. 네이버 블로그 운영팀입니다.
KCSC-240910-01 시정요구 건 중 블로그 게시물 처리 결과를 회신드립니다.

{U['n3']}
→ 게시중단(삭제) 완료

{U['n10']}
→ 해당 게시물 없음 (작성자가 9월 9일 삭제)

{U['n12']}
→ 임시조치 완료

감사합니다.
""",
    outcome="applied",
    imitates="NAVER blog team reply, bare URL with the result on the line below",
    why="each status stands on the line below its URL",
    items={U["n3"]: "removed", U["n10"]: "not_found", U["n12"]: "restricted"},
)

case(
    name="x-statement-then-url-below",
    date="Sun, 15 Sep 2024 13:40:19 +0000",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    subject="Actions taken on request KCSC-240910-02",
    body=f"""
Hello,

In response to your request KCSC-240910-02, please find the actions taken below.

The following post has been withheld in South Korea:
{U['x1']}

The following account has been permanently suspended for violating the X Rules and is no longer visible on X:
{U['x4']}

We are still reviewing the remaining content in your request.

X Legal Operations
""",
    outcome="applied",
    imitates="X legal outcome email with the URL under its statement",
    why="the statement stands on the line above each URL; an account suspended and no longer visible is removed",
    items={U["x1"]: "restricted", U["x4"]: "removed"},
)

case(
    name="naver-korean-particles-fullwidth",
    date="Tue, 17 Sep 2024 15:09:51 +0900",
    **{"from": "report_center@navercorp.com"},
    name_from="네이버 게시물 신고센터",
    subject="[NAVER] KCSC-240910-01 추가 조치 결과",
    body=f"""
안녕하세요, 네이버 게시물 신고센터입니다.

귀 위원회의 시정요구(KCSC-240910-01)에 따라 아래와 같이 추가 조치하였음을 알려드립니다.

- 카페 게시물 {U['n6']}은 블라인드 처리하였습니다.
- 블로그 게시물（{U['n7']}）은 게시자에게 통보한 뒤 비공개 처리하였습니다.
- {N11_RAW}는 임시조치하였습니다.

감사합니다.
""",
    outcome="applied",
    imitates="NAVER 신고센터 follow-up, URLs glued to Korean particles and full-width brackets",
    why="블라인드 and 비공개 처리 are removed, 임시조치 is restricted; particles and full-width brackets are not part of the URLs; raw Korean path matches the percent-encoded one",
    items={U["n6"]: "removed", U["n7"]: "removed", U["n11"]: "restricted"},
)

case(
    name="yt-top-posted-over-quoted-request",
    date="Mon, 16 Sep 2024 22:14:36 -0700",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: Removal request KCSC-240911-03",
    reply_to_req=thread("KCSC-240911-03"),
    body=f"""
Hello,

We have removed the following videos for violating YouTube's policy on the sale of regulated goods:
{U['y2']}
{U['y5']}

We will follow up separately on the remaining URLs.

YouTube Legal Support

On Wed, Sep 11, 2024 at 9:40 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(request_text("KCSC-240911-03", YT_KEYS, "Dear YouTube Legal team,"))}
""",
    outcome="applied",
    imitates="Gmail top-posted reply from Google legal over the quoted request",
    why="two URLs named above the quote are removed; the quoted request's URLs say nothing",
    items={U["y2"]: "removed", U["y5"]: "removed"},
)

_n_rows = [
    ("n1", U["n1"], "삭제", "불법 도박 홍보"),
    ("n3", U["n3"], "임시조치", "불법 도박 홍보 의심, 30일"),
    ("n8", U["n8"], "유지", "검토 결과 관련 법령 위반이 확인되지 않음"),
    ("n11", N11_RAW, "게시중단", "운영자 삭제"),
]
_plain = ("안녕하세요. 네이버 게시물 신고센터입니다.\n\n"
          "시정요구 KCSC-240910-01 의 처리 결과를 표로 정리하여 드립니다.\n\n"
          "URL | 처리 결과 | 비고\n"
          + "\n".join(f"{u} | {s} | {r}" for _, u, s, r in _n_rows)
          + "\n\n감사합니다.\n")
_html = ("<html><body><p>안녕하세요. 네이버 게시물 신고센터입니다.</p>\n"
         "<p>시정요구 KCSC-240910-01 의 처리 결과를 표로 정리하여 드립니다.</p>\n"
         "<table border=\"1\"><tr><th>URL</th><th>처리 결과</th><th>비고</th></tr>\n"
         + "\n".join(f"<tr><td><a href=\"{u.replace('&', '&amp;')}\">{u.replace('&', '&amp;')}</a></td>"
                     f"<td>{s}</td><td>{r}</td></tr>" for _, u, s, r in _n_rows)
         + "\n</table><p>감사합니다.</p></body></html>\n")
case(
    name="naver-qp-html-table",
    date="Wed, 18 Sep 2024 10:26:05 +0900",
    **{"from": "report_center@navercorp.com"},
    name_from="NAVER Report Center",
    subject="=?UTF-8?B?" + base64.b64encode("[NAVER] KCSC-240910-01 처리 결과표".encode()).decode() + "?=",
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="=_nv_alt_8841"

--=_nv_alt_8841
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_plain)}
--=_nv_alt_8841
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_html)}
--=_nv_alt_8841--
""",
    outcome="applied",
    imitates="NAVER 처리 결과표, quoted-printable text and HTML alternatives",
    why="table rows: 삭제, 임시조치, 유지 (no violation found), 게시중단; the Korean-path URL is written raw",
    items={U["n1"]: "removed", U["n3"]: "restricted", U["n8"]: "rejected", U["n11"]: "removed"},
)

_csv = ("url,action,scope,date\n"
        f"{U['x1']},Withheld,KR,2024-09-14\n"
        f"{U['x2']},Removed,Global,2024-09-14\n"
        f"{U['x3']},No action - no violation found,,2024-09-14\n"
        f"{U['x4']},Account suspended,Global,2024-09-15\n")
case(
    name="x-csv-attachment",
    date="Mon, 16 Sep 2024 08:01:12 +0000",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    subject="Results for request KCSC-240910-02",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="xlegal-7f3a90"

--xlegal-7f3a90
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the results of our review of your request KCSC-240910-02.

X Legal Operations

--xlegal-7f3a90
Content-Type: text/csv; charset=utf-8; name="KCSC-240910-02_results.csv"
Content-Disposition: attachment; filename="KCSC-240910-02_results.csv"
Content-Transfer-Encoding: base64

{b64(_csv)}
--xlegal-7f3a90--
""",
    outcome="applied",
    imitates="X legal results sheet sent as a CSV attachment",
    why="one row per URL: withheld KR, removed, no action with reason, account suspended",
    items={U["x1"]: "restricted", U["x2"]: "removed", U["x3"]: "rejected", U["x4"]: "removed"},
)

_yt_b64 = f"""Hello,

Re: KCSC-240911-03

The channel {U['y4']} has been terminated for repeated violations of our spam, deceptive practices and scams policies. Its videos are no longer available on YouTube.

We could not locate the video at {U['y3']}. The link does not lead to an existing video; please check the URL if you believe this is in error.

Kind regards,
YouTube Legal Support
"""
case(
    name="yt-base64-body",
    date="Thu, 19 Sep 2024 04:44:20 -0700",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: KCSC-240911-03",
    raw_mime=f"""
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(_yt_b64)}
""",
    outcome="applied",
    imitates="YouTube legal reply sent with a base64 body",
    why="channel terminated = removed; video cannot be located = not_found",
    items={U["y4"]: "removed", U["y3"]: "not_found"},
)

_req_ko = request_text("KCSC-240910-01", NAVER_KEYS, "네이버 정책 담당자님께,", raw_ko=True)
case(
    name="naver-gmail-quote-partial",
    date="Thu, 12 Sep 2024 18:31:45 +0900",
    **{"from": "seoyun.kim@navercorp.com"},
    name_from="김서윤",
    subject="Re: [KCSC] 시정요구 KCSC-240910-01",
    reply_to_req=thread("KCSC-240910-01"),
    body=f"""
안녕하세요, 네이버 정책지원팀 김서윤입니다.

요청하신 12건 중 아래 2건은 오늘 삭제 처리하였습니다.
{U['n2']}
{U['n5']}

나머지 10건은 아직 검토 중이며, 결과가 나오는 대로 회신드리겠습니다.

김서윤 드림

2024년 9월 10일 (화) 오전 10:30, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted(_req_ko)}
""",
    outcome="applied",
    imitates="NAVER staff Gmail reply over the quoted request (Korean quote header)",
    why="two URLs removed above the quote; 'the remaining 10 under review' changes nothing; quoted URLs are not statements",
    items={U["n2"]: "removed", U["n5"]: "removed"},
)

case(
    name="tg-channel-refused-posts-removed",
    date="Tue, 17 Sep 2024 19:52:08 +0000",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Moderation",
    subject="Re: Case #4471920",
    body=f"""
Hi,

Thanks for reaching out (Case #4471920).

We will not block {U['t3']}. The channel is a public marketplace for second-hand electronics; the listings we reviewed contain nothing prohibited by our Terms of Service, and your notice does not point to specific unlawful posts in it.

The two posts in @velvet_ledger_kr that you reported, {U['t1']} and {U['t2']}, have been taken down.

Telegram Moderation Team
""",
    outcome="applied",
    imitates="Telegram abuse-desk reply refusing a channel block with reasons",
    why="'We will not block' with reasons is a refusal (rejected), not a promise; the two posts are taken down",
    items={U["t3"]: "rejected", U["t1"]: "removed", U["t2"]: "removed"},
)

case(
    name="x-not-withheld-but-removed",
    date="Thu, 19 Sep 2024 12:15:33 +0000",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    subject="Request KCSC-240910-02 - outcome",
    body=f"""
Hello,

Regarding KCSC-240910-02: {U['x2']} was not merely withheld in Korea. It has been removed globally, as it breaches our rules on illegal goods and services.

We have not removed or withheld {U['x3']} and do not intend to: it is commentary on a public matter and does not violate the X Rules or, in our assessment, Korean law.

X Legal Operations
""",
    outcome="applied",
    imitates="X legal outcome mixing a negated withholding, a removal and a refusal",
    why="'not merely withheld ... removed globally' = removed; 'have not removed or withheld ... does not violate' = rejected",
    items={U["x2"]: "removed", U["x3"]: "rejected"},
)

case(
    name="naver-temp-measure-then-deleted",
    date="Fri, 20 Sep 2024 09:47:14 +0900",
    **{"from": "report_center@navercorp.com"},
    name_from="네이버 게시물 신고센터",
    subject="[NAVER] KCSC-240910-01 임시조치 게시물 처리 결과",
    body=f"""
안녕하세요, 네이버 게시물 신고센터입니다.

시정요구 KCSC-240910-01과 관련하여 {U['n4']} 게시물은 9월 12일 임시조치되었습니다. 이후 임시조치 기간 중 게시자의 재게시 요청이 없었고 운영정책 위반이 확인되어, 9월 19일 해당 게시물을 최종 삭제하였습니다.

{U['n12']} 게시물은 임시조치(30일) 상태가 유지되고 있습니다.

감사합니다.
""",
    outcome="applied",
    imitates="NAVER notice: 임시조치 followed by final deletion",
    why="the later sentence revises 임시조치 to 최종 삭제 for the cafe post; the blog post stays under 임시조치",
    items={U["n4"]: "removed", U["n12"]: "restricted"},
)

case(
    name="yt-two-requests",
    date="Fri, 20 Sep 2024 05:33:41 -0700",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    subject="Your legal removal requests KCSC-240911-03 and KCSC-240913-07",
    body=f"""
Hello,

{U['y6']} (KCSC-240913-07) has been removed for violating our harassment and cyberbullying policy.

For KCSC-240911-03, the URL {U['y1']} returns no video: it is an invalid link, and our systems show no video ever uploaded under that ID.

Regards,
YouTube Legal Support
""",
    outcome="applied",
    imitates="YouTube legal reply covering two requests",
    why="removal for the one-item request; invalid link / no such video = not_found in the other",
    items={U["y6"]: "removed", U["y1"]: "not_found"},
)

case(
    name="kakao-tistory-restricted",
    date="Mon, 16 Sep 2024 17:20:58 +0900",
    **{"from": "tistory_ops@kakaocorp.com"},
    name_from="티스토리 운영팀",
    subject="[티스토리] 게시물 조치 결과 안내 (KCSC-240912-05)",
    body=f"""
안녕하세요. 카카오 티스토리 운영팀입니다.
방송통신심의위원회의 요청에 대한 조치 결과를 안내드립니다.

[조치 결과]
- 대상: {U['k2']}
- 조치: 청소년 접근 제한 (성인 인증 후 열람 가능)
- 조치일: 2024-09-16

감사합니다.
""",
    outcome="applied",
    imitates="Tistory 조치 결과 안내 (field list)",
    why="age-gated 접근 제한 = restricted; the cafe post is not mentioned",
    items={U["k2"]: "restricted"},
)

case(
    name="tg-three-way-sentence",
    date="Fri, 20 Sep 2024 08:08:08 +0000",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram",
    subject="Re: KCSC-240911-04",
    reply_to_req=thread("KCSC-240911-04"),
    body=f"""
Hello,

We removed {U['t1']}, kept {U['t2']} online because it contains no illegal content, and could not find {U['t3']} - that username is not in use by any channel.

Best,
Telegram
""",
    outcome="applied",
    imitates="Telegram short reply with three outcomes in one sentence",
    why="one sentence: removed, kept online with a reason (rejected), could not find (not_found)",
    items={U["t1"]: "removed", U["t2"]: "rejected", U["t3"]: "not_found"},
)

case(
    name="yt-age-restricted-not-blocked",
    date="Sat, 21 Sep 2024 03:27:16 -0700",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    subject="KCSC-240911-03: review outcome",
    body=f"""
Hello,

We have age-restricted {U['y5']} rather than removing it: viewers must now be signed in and confirmed to be over 18 to watch it.

We have not blocked {U['y2']} in South Korea. The video is a news segment reporting on the goods described in your notice; it does not violate local law or our Community Guidelines, so it remains available.

Regards,
YouTube Legal Support
""",
    outcome="applied",
    imitates="YouTube legal outcome: age restriction instead of removal, and a refusal",
    why="'age-restricted ... rather than removing it' = restricted; 'have not blocked ... remains available' with a reason = rejected",
    items={U["y5"]: "restricted", U["y2"]: "rejected"},
)

case(
    name="tiktok-dsa-statement-no-action",
    date="Thu, 19 Sep 2024 14:02:50 +0000",
    **{"from": "dsa-notices@tiktok.com"},
    name_from="TikTok",
    subject="Decision on your report - KCSC-240912-06",
    body=f"""
Decision on your notice

Reference: KCSC-240912-06
Content: {U['tk1']}
Decision: No restriction applied

Facts and circumstances: The video was reviewed by a moderator against TikTok's Community Guidelines and against the Korean laws cited in your notice.

Reasons: We did not find that the content breaches our Community Guidelines or is illegal. It remains available on TikTok.

Automated means: Automated means were not used to take this decision.

Redress: If you disagree with this decision, you can appeal at https://www.tiktok.com/legal/report/appeal within six months.

TikTok
""",
    outcome="applied",
    imitates="DSA Article 17-style statement of reasons (no action)",
    why="'No restriction applied ... remains available' with reasons = rejected; the appeal link is not an item",
    items={U["tk1"]: "rejected"},
)

case(
    name="naver-wrapped-angle-url",
    date="Sat, 21 Sep 2024 11:36:02 +0900",
    **{"from": "global.policy@navercorp.com"},
    name_from="NAVER Global Policy",
    subject="RE: KCSC-240910-01 removal request",
    body=f"""
Dear KCSC,

We have removed the following content for violating the NAVER Post and KnowledgeiN operating policies:

<https://post.naver.com/viewer/postView.naver?volumeNo=38104472&
memberNo=5521907>
<{U['n9']}>

Kind regards,
NAVER Global Policy Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 10:30 AM
To: policy@navercorp.com
Subject: KCSC-240910-01 removal request

{request_text("KCSC-240910-01", NAVER_KEYS, "Dear NAVER Policy team,")}
""",
    outcome="applied",
    imitates="Outlook reply from a NAVER English-language policy desk, URL wrapped inside angle brackets",
    why="the Post URL is wrapped inside <...> (RFC 3986 appendix C) and is removed; the Outlook-quoted request below says nothing",
    items={U["n8"]: "removed", U["n9"]: "removed"},
)

# ================================================================ REVIEW
case(
    name="naver-promise-and-hedge",
    date="Thu, 12 Sep 2024 17:10:22 +0900",
    **{"from": "report_center@navercorp.com"},
    name_from="네이버 게시물 신고센터",
    subject="[NAVER] 시정요구 KCSC-240910-01 검토 진행 안내",
    body=f"""
안녕하세요, 네이버 게시물 신고센터입니다.

요청하신 {U['n1']} , {U['n2']} 게시물은 내부 검토를 거쳐 이번 주 중 삭제될 예정입니다.

또한 {U['n9']} 게시물은 작성자가 이미 삭제한 것으로 보이나, 확인 후 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review",
    review="not_understood",
    imitates="NAVER 검토 진행 안내 (promise and hedge)",
    why="'삭제될 예정' is a promise and '삭제한 것으로 보이나' a hedge; nothing stated, items named",
    items={U["n1"]: "pending", U["n2"]: "pending", U["n9"]: "pending"},
)

case(
    name="yt-hedge-may-have-been",
    date="Fri, 13 Sep 2024 02:19:48 -0700",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    subject="Update on your legal request KCSC-240911-03",
    body=f"""
Hello,

Some of the videos in your request, including {U['y1']} and {U['y2']}, may already have been removed by their uploaders. Once our review is complete we will confirm the status of each URL.

The YouTube Legal Team
""",
    outcome="review",
    review="not_understood",
    imitates="YouTube legal interim update",
    why="'may already have been removed' is a hedge and the confirmation is promised",
    items={U["y1"]: "pending", U["y2"]: "pending"},
)

case(
    name="x-conditional-under-review",
    date="Thu, 12 Sep 2024 21:44:03 +0000",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    subject="Re: Request KCSC-240910-02",
    reply_to_req=thread("KCSC-240910-02"),
    body=f"""
Hello,

{U['x1']} and {U['x2']} are currently under review by our legal team. If we find that they are unlawful in Korea, they will be withheld in that country.

We'll let you know the outcome.

X Legal Operations
""",
    outcome="review",
    review="not_understood",
    imitates="X legal interim reply (under review, conditional withholding)",
    why="under review plus a conditional future withholding: no statement",
    items={U["x1"]: "pending", U["x2"]: "pending"},
)

case(
    name="naver-bulk-all-deleted",
    date="Tue, 24 Sep 2024 10:00:31 +0900",
    **{"from": "report_center@navercorp.com"},
    name_from="네이버 게시물 신고센터",
    subject="[NAVER] 시정요구 KCSC-240910-01 조치 완료",
    body="""
안녕하세요, 네이버 게시물 신고센터입니다.

KCSC-240910-01 시정요구 건의 대상 게시물 12건 전체에 대해 삭제 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review",
    review="bulk",
    imitates="NAVER 조치 완료 one-liner covering the whole request",
    why="'all 12' without naming them, for a 12-item request",
    items={},
)

case(
    name="x-bulk-all-withheld",
    date="Mon, 23 Sep 2024 09:12:45 +0000",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    subject="Request KCSC-240910-02 completed",
    body="""
Hello,

All of the posts and the account listed in your request KCSC-240910-02 have been withheld in South Korea.

X Legal Operations
""",
    outcome="review",
    review="bulk",
    imitates="X legal completion notice without item list",
    why="a statement about all items of a four-item request without naming each",
    items={},
)

case(
    name="tg-auth-fail",
    date="Sun, 15 Sep 2024 10:31:09 +0000",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Moderation",
    auth="fail",
    subject="Re: KCSC-240911-04 - Case #4471920",
    body=f"""
Hello,

{U['t1']} has been removed and {U['t3']} has been blocked.

Telegram Moderation Team
""",
    outcome="review",
    review="untrusted",
    imitates="Telegram abuse-desk reply failing DMARC",
    why="telegram.org From but DKIM/SPF/DMARC fail: statements cannot be trusted",
    items={U["t1"]: "pending", U["t3"]: "pending"},
)

case(
    name="cafe-manager-gmail",
    date="Sat, 14 Sep 2024 23:02:17 +0900",
    **{"from": "greyharbor.manager@gmail.com"},
    name_from="회색항구클럽 매니저",
    subject="Re: [NAVER] 카페 게시물 관련 (KCSC-240910-01)",
    body=f"""
안녕하세요. 네이버 카페 '회색항구클럽' 매니저입니다.

위원회에서 요청하신 {U['n4']} 글은 제가 직접 삭제했습니다. 확인 부탁드립니다.
""",
    outcome="review",
    review="unknown_sender",
    imitates="cafe manager writing from a personal mailbox",
    why="a statement from a gmail.com address, not NAVER's sender domain",
    items={U["n4"]: "pending"},
)

case(
    name="google-about-x-urls",
    date="Mon, 16 Sep 2024 06:50:02 -0700",
    **{"from": "legal-kr@google.com"},
    name_from="Google Legal Support",
    subject="Re: KCSC-240910-02",
    body=f"""
Hello,

We received a copy of your request KCSC-240910-02, which is addressed to X Corp. The URLs {U['x1']} and {U['x4']} are not hosted on YouTube or any other Google service. We could not locate this content on our products and have taken no action.

Please direct this request to the service that hosts the content.

Google Legal Support
""",
    outcome="review",
    review="wrong_platform",
    imitates="Google 'not hosted on our services' reply to a copied request",
    why="Google states 'could not locate' about X's items; not Google's to state",
    items={U["x1"]: "pending", U["x4"]: "pending"},
)

case(
    name="yt-table-vs-note-conflict",
    date="Mon, 23 Sep 2024 01:14:29 -0700",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    subject="Legal request KCSC-240913-07 - outcome",
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>Please find the outcome of your request KCSC-240913-07 below.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Action</th><th>Date</th></tr>
<tr><td>{U['y6']}</td><td>Removed</td><td>2024-09-20</td></tr>
</table>
<p>Note: our review found that this video does not violate our Community Guidelines or local law. It remains available on YouTube.</p>
<p>YouTube Legal Support</p>
</body></html>
""",
    outcome="review",
    review="conflicting_statements",
    imitates="YouTube legal outcome table with a contradicting note",
    why="the table says Removed and the note says it remains available, with nothing ordering them in time",
    items={U["y6"]: "pending"},
)

case(
    name="tg-policy-newsletter",
    date="Wed, 18 Sep 2024 12:00:00 +0000",
    **{"from": "noreply@telegram.org"},
    name_from="Telegram",
    subject="Changes to how Telegram handles reports from authorities",
    body="""
Hello,

We are writing to organisations that have sent reports to Telegram in the past year.

From October 1, reports from public authorities should be submitted through our dedicated form at https://telegram.org/support?setln=en&tab=authorities. Reports sent by email will still be accepted during a transition period.

You can find more information in our FAQ: https://telegram.org/faq#q-there-39s-illegal-content-on-telegram-how-do-i-take-it-down

Telegram
""",
    outcome="review",
    review="no_claims",
    classification="other",
    imitates="Telegram process announcement to reporters",
    why="trusted platform mail that names no item and no request; the links are Telegram's own help pages",
    items={},
)

case(
    name="naver-asks-documents",
    date="Fri, 13 Sep 2024 11:25:37 +0900",
    **{"from": "report_center@navercorp.com"},
    name_from="네이버 게시물 신고센터",
    subject="[NAVER] KCSC-240910-01 관련 자료 요청",
    body=f"""
안녕하세요, 네이버 게시물 신고센터입니다.

시정요구 KCSC-240910-01 가운데 {U['n5']} 게시물에 대하여, 위법 여부 판단을 위해 심의 의결서 사본을 회신해 주시기 바랍니다.

자료를 받는 대로 검토하여 처리 결과를 안내드리겠습니다.

감사합니다.
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="NAVER 자료 요청 (request for the commission's decision document)",
    why="asks for the deliberation document before acting; nothing stated",
    items={U["n5"]: "pending"},
)

# ================================================================ IGNORED
case(
    name="naver-ooo-korean",
    date="Fri, 13 Sep 2024 09:00:02 +0900",
    **{"from": "jihoon.park@navercorp.com"},
    name_from="박지훈",
    subject="[자동회신] 부재중입니다 (Re: 시정요구 KCSC-240910-01)",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 박지훈입니다.

9월 13일(금)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 연락 주시기 바랍니다.

감사합니다.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean out-of-office auto-reply (추석 연휴)",
    why="auto-reply, says nothing about items",
    items={},
)

_orig = request_text("KCSC-240912-05", ["k1", "k2"], "카카오 담당자님께,")
case(
    name="kakao-dsn-bounce",
    date="Thu, 12 Sep 2024 10:05:49 +0900",
    **{"from": "MAILER-DAEMON@kakaocorp.com"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-kk-5520"

--dsn-kk-5520
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report-team@kakaocorp.com>: host mx2.kakaocorp.com said: 550 5.1.1
    <report-team@kakaocorp.com>: Recipient address rejected: User unknown

--dsn-kk-5520
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kakaocorp.com
Arrival-Date: Thu, 12 Sep 2024 10:05:47 +0900

Final-Recipient: rfc822; report-team@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-kk-5520
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: report-team@kakaocorp.com
Subject: KCSC-240912-05 removal request
Date: Thu, 12 Sep 2024 10:05:00 +0900
Message-ID: <{mid("KCSC-240912-05")}>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{_orig}

--dsn-kk-5520--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN returning the request with its URLs",
    why="delivery failure; the URLs are in the returned request only",
    items={},
)

case(
    name="x-mdn-read-receipt",
    date="Wed, 11 Sep 2024 01:18:33 +0000",
    **{"from": "jreyes@x.com"},
    name_from="Jordan Reyes",
    subject="Read: Request KCSC-240910-02",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-x-1120"

--mdn-x-1120
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@x.com
  Subject: Request KCSC-240910-02
  Sent: Tuesday, September 10, 2024 2:00 AM (UTC)

was read on Wednesday, September 11, 2024 1:18 AM (UTC).

--mdn-x-1120
Content-Type: message/disposition-notification

Reporting-UA: x.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;jreyes@x.com
Original-Message-ID: <{mid("KCSC-240910-02")}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-x-1120--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="read receipt, no statement",
    items={},
)

case(
    name="yt-ticket-receipt",
    date="Wed, 11 Sep 2024 00:41:10 -0700",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    subject="We've received your legal request [7-4419200031225]",
    body="""
Hello,

Thank you for your submission. Your legal removal request (your reference KCSC-240911-03) has been received and assigned case ID 7-4419200031225.

Our team will review it and contact you if more information is needed. Please do not reply to this automated message.

The YouTube Legal Team
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Google legal webform receipt",
    why="pure acknowledgement with a case id",
    items={},
)

case(
    name="kakao-receipt-echo-korean",
    date="Thu, 12 Sep 2024 10:07:15 +0900",
    **{"from": "noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    subject="[카카오] 신고가 접수되었습니다 (접수번호 2409-118273)",
    body=f"""
안녕하세요, 카카오 고객센터입니다.
신고가 정상적으로 접수되었습니다.

접수번호: 2409-118273
접수일시: 2024-09-12 10:07

[접수 내용]
대상 URL: {U['k1']}
대상 URL: {U['k2']}
신고 사유: 불법 도박 광고
요청 사항: 게시물 삭제 (KCSC-240912-05)

담당 부서에서 확인 후 결과를 안내드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Kakao 고객센터 신고 접수 receipt echoing the report",
    why="receipt that echoes our own report ('요청 사항: 게시물 삭제' is our request, not an outcome)",
    items={},
)

case(
    name="tiktok-ooo-english",
    date="Fri, 13 Sep 2024 02:03:55 +0000",
    **{"from": "m.lindqvist@tiktok.com"},
    name_from="Maja Lindqvist",
    subject="Automatic reply: KCSC-240912-06 - Government removal request",
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: m.lindqvist@tiktok.com"],
    body="""
Hello,

I'm out of the office until September 23 with limited access to email. For urgent government requests please use the Law Enforcement portal; otherwise I will reply when I return.

Maja
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Exchange 'Automatic reply' out-of-office",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="tg-ack-echo",
    date="Wed, 11 Sep 2024 06:21:40 +0000",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram",
    subject="Your report has been received - Case #4471920",
    body=f"""
Hello,

Thanks for your report. We have received your notice regarding the following links:

{U['t1']}
{U['t2']}
{U['t3']}

Your case number is #4471920. Our moderators will review the reported content. Please keep the case number for any further correspondence.

Telegram
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Telegram report receipt echoing the reported links",
    why="acknowledgement that lists our links back; no statement about any of them",
    items={},
)


HEADER = """# Blind set blind864 (focus: what a program gets wrong). Generated by make.py;
# expected results written from each email's meaning, before any run."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind864", HEADER, CASES)


if __name__ == "__main__":
    main()
