#!/usr/bin/env python3
"""blind16: a BLIND set for issue 11 (general mix, English and Korean, seven
platforms). Expected results were written from each email's meaning before
anything ran. Deterministic: re-running rewrites identical files.

    python3 tests/corpus/blind16/make.py
"""
import base64
import csv
import datetime
import io
import os
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "kakaocorp.com": "Kakao",
    "daum.net": "Daum",
    "tiktok.com": "TikTok",
    "fb.com": "Meta",
    "meta.com": "Meta",
    "instagram.com": "Instagram",
})

# ---------------------------------------------------------------- requests
YT = "https://www.youtube.com/watch?v="
Y = [YT + v for v in [
    "hT3kLm9QwE1", "pX7vB2nRc4A", "Zq8yW1eUo5S", "mN6tG3hJk2D", "rV9cX4zLa7F",
    "Lw2sD8fGh3J", "Qe5rT7yUi9K", "uI4oP6aSd1L", "Gf3hJ5kLz8X", "Cv7bN9mQw2E",
    "Tz6xC3vBn5R"]] + [
    "https://www.youtube.com/shorts/Wy4uI8oPa6T",
    YT + "Sd2fG7hJk9Y", YT + "Ka1zX5cVb3U"]
Y = [None] + Y  # Y[1]..Y[14]
N = [None,
     "https://blog.naver.com/moonlit_walker/223561000101",
     "https://blog.naver.com/moonlit_walker/223561000102",
     "https://cafe.naver.com/greenstockclub/48213",
     "https://cafe.naver.com/greenstockclub/48230",
     "https://blog.naver.com/꿈꾸는여행자/223561000155"]  # stored raw
N5_PCT = "https://blog.naver.com/" + urllib.parse.quote("꿈꾸는여행자") + "/223561000155"
X = [None,
     "https://x.com/kr_leakfeed/status/1833100000000000011",
     "https://x.com/kr_leakfeed/status/1833100000000000012",
     "https://x.com/hotclip_mirror/status/1833100000000000023",
     "https://x.com/hotclip_mirror/status/1833100000000000024"]
K = [None,
     "https://cafe.daum.net/nightmarket77/Bf3K/1024",
     "https://cafe.daum.net/nightmarket77/Bf3K/1031",
     "https://ghostnote-archive.tistory.com/57"]
T = [None,
     "https://www.tiktok.com/@sunny.dancer.kr/video/7413300000000000101",
     "https://www.tiktok.com/@sunny.dancer.kr/video/7413300000000000102"]
G1 = "https://t.me/blackroom_share/2207"
M = [None,
     "https://www.instagram.com/p/C_fAk3Qx9Lm/",
     "https://www.facebook.com/groups/4412000000000001/posts/4412000000000777/"]

REQUESTS = [
    # ref, platform, sent, due, category, urls
    ("KCSC-240909-01", "youtube", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "illegal_gambling", Y[1:]),
    ("KCSC-240910-01", "naver", "2024-09-10T11:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "defamation", N[1:]),
    ("KCSC-240911-01", "x", "2024-09-11T09:30:00+09:00", "2024-09-18T18:00:00+09:00",
     "non_consensual_imagery", X[1:]),
    ("KCSC-240912-01", "kakao", "2024-09-12T14:00:00+09:00", "2024-09-19T18:00:00+09:00",
     "drug_trade", K[1:]),
    ("KCSC-240913-01", "tiktok", "2024-09-13T10:00:00+09:00", "2024-09-20T18:00:00+09:00",
     "obscenity", T[1:]),
    ("KCSC-240916-01", "telegram", "2024-09-16T10:00:00+09:00", "2024-09-23T18:00:00+09:00",
     "deepfake_sexual_abuse", [G1]),
    ("KCSC-240917-01", "meta", "2024-09-17T09:00:00+09:00", "2024-09-24T18:00:00+09:00",
     "illegal_gambling", M[1:]),
]


def msgid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, f"<{msgid(ref)}@kcsc.example>", ""])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(out.getvalue())


def d(day, hm, sec=0):
    h, m = map(int, hm.split(":"))
    t = datetime.datetime(2024, 9, day, h, m, sec)
    return t.strftime("%a, %d %b %Y %H:%M:%S +0900")


def quoted_request(ref, urls, lang="en", prefix="> "):
    if lang == "ko":
        lines = [f"[{ref}] 불법정보 시정요구", "",
                 "아래 정보는 정보통신망법 위반 정보로 판단되어 삭제 또는 접속차단을 요청합니다.", ""]
    else:
        lines = [f"Removal request {ref}", "",
                 "The Korea Communications Standards Commission requests that the",
                 "following content be removed or access to it be blocked:", ""]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Please reply to this address once action has been taken.",
              "KCSC Takedown Desk"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def b64(text, width=76):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + width] for i in range(0, len(raw), width))


def qp(text):
    import quopri
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


CASES = []


def case(**kw):
    CASES.append(kw)


# ====================================================================== YouTube
case(
    name="yt-legal-removed-and-blocked-kr",
    imitates="Google/YouTube legal removals team reply to a government request (\"we have removed ... / we have blocked access ... in South Korea\" with URL lists and a transparency-report footer)",
    from_="legal-removals-noreply@google.com", date=d(11, "16:02"),
    subject="Re: [KCSC-240909-01] Removal request - YouTube",
    reply_to_req="req-240909-01",
    body=f"""Hello,

Thank you for contacting Google regarding your request KCSC-240909-01.

Upon review, we have removed the following videos from YouTube globally for
violating YouTube's Community Guidelines:

  - {Y[1]}
  - {Y[2]}
  - {Y[3]}

In addition, after legal review we have blocked access to the following videos
for users in South Korea based on local law:

  - {Y[4]}
  - {Y[5]}

We are still looking into the remaining URLs of your request and will follow
up separately.

Please note that Google may publish a copy of this request to the Lumen
project (https://lumendatabase.org) and in our Transparency Report
(https://transparencyreport.google.com/government-removals/overview).

Regards,
The Google Legal Team
""",
    outcome="applied", classification="confirmation",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "removed", Y[4]: "restricted", Y[5]: "restricted"},
    why="two headed lists (global removal, KR block); 'still looking into the remaining URLs' leaves the other nine pending; Lumen and transparency links are not items",
)

case(
    name="yt-status-below-bare-url",
    imitates="YouTube legal support per-URL outcome list (bare URL, outcome on the following line) as quoted in creators' forum posts",
    from_="youtube-legal-support@google.com", date=d(12, "09:41"),
    subject="YouTube Legal Support - outcome of your request [KCSC-240909-01]",
    reply_to_req="req-240909-01",
    body=f"""Hi KCSC team,

Please see the outcome for each URL we reviewed below.

{Y[6]}
Content taken down for violation of our policy on illegal gambling.

{Y[7]}
Not available in KR - local legal restriction applied.

{Y[8]}
We reviewed this video and it does not violate our Community Guidelines or
local law, so we did not take action on it.

If you believe we made a mistake, you can reply to this email with additional
context. Learn more at https://support.google.com/youtube/answer/2802032

Best,
Dana
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    items={Y[6]: "removed", Y[7]: "restricted", Y[8]: "rejected"},
    why="status on the line(s) below each bare URL in free wording; the third is a negated action with a reason (rejection); help link is not an item",
)

case(
    name="yt-age-restricted-with-policy-links",
    imitates="YouTube 'age-restricted' notice (video restricted to viewers 18+ with links to the age-restriction policy and appeal page)",
    from_="no-reply@youtube.com", date=d(12, "13:15"),
    subject="Update on your report - KCSC-240909-01",
    reply_to_req="req-240909-01",
    body=f"""Hi there,

Our team has reviewed the video you reported and age-restricted it:
{Y[9]}

Age-restricted videos are not visible to users who are under 18 or signed
out. You can read about our age-restriction policy here:
https://support.google.com/youtube/answer/2802167
and about how appeals work here:
https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

- The YouTube Team

(c) 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
    outcome="applied", classification="confirmation",
    items={Y[9]: "restricted"},
    why="age restriction is a restriction; URL on the line below its statement; policy/help links must not get statuses or count as unmatched claims",
)

YT_TABLE_HTML = f"""<html><body>
<p>Dear KCSC,</p>
<p>Below is the result of our review of your request <b>KCSC-240909-01</b>.</p>
<table border="1" cellpadding="4">
<tr><th>#</th><th>Reported URL</th><th>Action</th></tr>
<tr><td>1</td><td><a href="{Y[10]}">{Y[10]}</a></td><td>Removed - Community Guidelines</td></tr>
<tr><td>2</td><td><a href="{Y[11]}">{Y[11]}</a></td><td>Video unavailable - could not be located</td></tr>
<tr><td>3</td><td><a href="{Y[12]}">{Y[12]}</a></td><td>No action - content does not violate policy</td></tr>
</table>
<p>For policy information see <a href="https://www.youtube.com/t/community_guidelines">Community Guidelines</a>.</p>
<p>Regards,<br>YouTube Trust &amp; Safety</p>
</body></html>"""

case(
    name="yt-html-table-three-outcomes",
    imitates="trust-and-safety outcome table in an HTML email (URL | Action columns) as in YouTube/Google legal replies to authorities",
    from_="legal-kr@google.com", date=d(13, "10:20"),
    subject="RE: KCSC-240909-01",
    reply_to_req="req-240909-01",
    type="html", body=YT_TABLE_HTML,
    outcome="applied", classification="confirmation",
    items={Y[10]: "removed", Y[11]: "not_found", Y[12]: "rejected"},
    why="HTML table rows: removed, could not be located, no action (does not violate); a Shorts URL; policy link not an item",
)

case(
    name="yt-removed-and-still-under-review",
    imitates="YouTube legal reply that confirms one removal and keeps another under review",
    from_="legal-kr@google.com", date=d(13, "15:05"),
    subject="Re: [KCSC-240909-01] Removal request - YouTube",
    reply_to_req="req-240909-01",
    body=f"""Hello,

{Y[13]} has been removed for violating YouTube's spam, deceptive practices and
scams policies.

{Y[14]} is still under review by our legal team. We will let you know once a
decision has been made.

Thank you,
Google Legal Support
""",
    outcome="applied", classification="confirmation",
    items={Y[13]: "removed"},
    why="one removal and one 'still under review' (must stay pending) in the same email",
)

case(
    name="yt-top-posted-over-quoted-list",
    imitates="Gmail-style top-posted reply from a YouTube legal specialist over our quoted request ('On ... wrote:' block)",
    from_="mkwon@google.com", name_from="Minji Kwon (Google)", date=d(10, "18:30"),
    subject="Re: [KCSC-240909-01] Removal request - YouTube",
    reply_to_req="req-240909-01",
    body=f"""Hi,

Quick update: we took down {Y[14]} this afternoon. The other videos in your
list are still being reviewed and we will come back to you on them.

Best regards,
Minji Kwon
Legal Specialist, Google Korea

On Mon, Sep 9, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240909-01", Y[1:])}
""",
    outcome="applied", classification="confirmation",
    items={Y[14]: "removed"},
    why="only the unquoted sentence counts; the quoted request (all 14 URLs, 'removed or blocked') must not change anything",
)

case(
    name="yt-reported-content-then-echoed-report",
    imitates="YouTube 'we removed the content you reported' email followed by an echo of the submitted report form (Reported content / Reason / Submitted)",
    from_="no-reply@youtube.com", date=d(11, "07:58"),
    subject="We removed content you reported",
    reply_to_req="req-240909-01",
    body=f"""Hi KCSC,

Thanks for reporting. After reviewing the reported content, we removed it
because it violates our Community Guidelines. We also terminated the channel
that uploaded it.

Here is a copy of your report:

  Reference: KCSC-240909-01
  Reported content:
    {Y[1]}
    {Y[2]}
  Reason: Illegal gambling promotion
  Submitted: September 9, 2024

Learn more about our Community Guidelines: https://www.youtube.com/t/community_guidelines

- The YouTube Team
""",
    outcome="applied", classification="confirmation",
    items={Y[1]: "removed", Y[2]: "removed"},
    why="the statement is about 'the reported content'; the echoed report that follows lists the two items",
)

case(
    name="yt-removed-relative-clause-hedge",
    imitates="Google legal reply with a hedged relative clause ('which may have been flagged before') inside a plain statement of removal",
    from_="legal-kr@google.com", date=d(14, "11:11"),
    subject="Re: [KCSC-240909-01] Removal request - YouTube",
    reply_to_req="req-240909-01",
    body=f"""Hello,

The video {Y[6]}, which may have been flagged by other users earlier this
month, was removed on September 13 for violating our gambling policy.

Kind regards,
Google Legal Support
""",
    outcome="applied", classification="confirmation",
    items={Y[6]: "removed"},
    why="'may have been flagged' hedges only the relative clause about the item's past; the main clause states the removal",
)

case(
    name="yt-we-will-remove-future",
    imitates="Google legal reply promising action ('we will remove ... within the next 24 hours')",
    from_="legal-kr@google.com", date=d(12, "17:40"),
    subject="Re: [KCSC-240909-01] Removal request - YouTube",
    reply_to_req="req-240909-01",
    body=f"""Hello,

We have completed our review of the two videos below and we will remove them
within the next 24 hours, once the uploader's notice period has ended:

{Y[10]}
{Y[11]}

Regards,
Google Legal Support
""",
    outcome="review", review="not_understood",
    items={},
    why="future tense: the removal has not happened yet; a clerk would not record it, and the email names items, so it must not be ignored",
)

case(
    name="yt-dmarc-fail-confirmation",
    imitates="Google legal removals reply (same template as a real confirmation) arriving with dmarc=fail",
    from_="legal-removals-noreply@google.com", auth="fail", date=d(12, "02:13"),
    subject="Re: [KCSC-240909-01] Removal request - YouTube",
    reply_to_req="req-240909-01",
    body=f"""Hello,

We have removed the following videos from YouTube:

{Y[3]}
{Y[4]}
{Y[5]}

The Google Legal Team
""",
    outcome="review", review="untrusted",
    items={},
    why="perfect removal statement but DMARC fails for google.com: nothing applied",
)

YT_CSV = "url,action,detail\r\n" + \
    f"{Y[3]},Removed,Community Guidelines - gambling\r\n" + \
    f"{Y[5]},Geo-blocked (KR),Local legal restriction\r\n" + \
    f"{Y[7]},Not actioned,Video already deleted by the uploader\r\n"

case(
    name="yt-csv-attachment",
    imitates="Google legal bulk-response with a CSV outcome sheet attached ('please find the outcome for each URL in the attached file')",
    from_="legal-kr@google.com", date=d(16, "14:00"),
    subject="Re: [KCSC-240909-01] outcome sheet",
    reply_to_req="req-240909-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="b16csv"

--b16csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find the outcome for each URL we processed in the attached file.

Regards,
Google Legal Support

--b16csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240909-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240909-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(YT_CSV)}
--b16csv--
""",
    outcome="applied", classification="confirmation",
    items={Y[3]: "removed", Y[5]: "restricted", Y[7]: "not_found"},
    why="CSV attachment: removed, geo-blocked, and 'not actioned' because the uploader already deleted it (not_found, not rejected)",
)

case(
    name="yt-korean-google-reply",
    imitates="구글코리아 법무팀의 한국어 회신 (커뮤니티 가이드 위반 삭제 / 국내 접근 제한 안내)",
    from_="legal-kr@google.com", name_from="Google 법무팀", date=d(13, "17:22"),
    subject="RE: [KCSC-240909-01] 시정요구에 대한 회신",
    reply_to_req="req-240909-01",
    body=f"""안녕하세요, 구글 법무팀입니다.

요청하신 건(KCSC-240909-01)에 대한 검토 결과를 아래와 같이 알려드립니다.

1. {Y[8]}
   - YouTube 커뮤니티 가이드 위반으로 삭제되었습니다.
2. {Y[9]}
   - 현지 법률에 따라 대한민국에서 해당 동영상에 대한 접근이 제한되었습니다.

추가 문의 사항이 있으시면 본 메일로 회신해 주시기 바랍니다.

감사합니다.
Google 법무팀 드림
""",
    outcome="applied", classification="confirmation",
    items={Y[8]: "removed", Y[9]: "restricted"},
    why="Korean numbered list, status on the indented line below each URL",
)

# ====================================================================== NAVER
case(
    name="naver-imsijochi-and-author-deleted",
    imitates="네이버 권리침해 신고센터 임시조치 처리 결과 안내 (정보통신망법 제44조의2, 작성자 삭제 게시물 안내 포함)",
    from_="noreply@navercorp.com", name_from="네이버 고객센터", date=d(11, "10:05"),
    subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240910-01)",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요. 네이버 고객센터입니다.

요청하신 게시물에 대한 처리 결과를 안내해 드립니다.

■ 처리 결과
- {N[1]} : 임시조치 (30일)
- {N[2]} : 임시조치 (30일)
- {N[3]} : 작성자에 의해 이미 삭제된 게시물로 확인되어 별도 조치가 불가합니다.

임시조치된 게시물은 정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2에
따라 30일간 게시가 중단되며, 게시자는 이 기간 동안 재게시를 요청할 수 있습니다.

자세한 내용은 네이버 권리보호센터(https://right.naver.com)를 참고해 주세요.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    items={N[1]: "restricted", N[2]: "restricted", N[3]: "not_found"},
    why="임시조치 = restricted (issue 11); already deleted by its author = not_found although the sentence says no action is possible; right.naver.com is not an item",
)

NAVER_TABLE = f"""<html><body>
<p>안녕하세요, 네이버 정책지원팀입니다.</p>
<p>귀 위원회의 시정요구(KCSC-240910-01)에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1">
<tr><th>연번</th><th>URL</th><th>조치결과</th><th>조치일시</th></tr>
<tr><td>1</td><td>{N[4]}</td><td>삭제</td><td>2024-09-12 14:10</td></tr>
<tr><td>2</td><td>{N5_PCT}</td><td>블라인드</td><td>2024-09-12 14:12</td></tr>
</table>
<p>네이버 주식회사 정책지원팀 드림</p>
</body></html>"""

case(
    name="naver-kcsc-result-table-html",
    imitates="포털의 방송통신심의위원회 시정요구 조치결과 회신 표 (연번/URL/조치결과/조치일시)",
    from_="policy@navercorp.com", name_from="네이버 정책지원팀", date=d(12, "15:30"),
    subject="RE: [KCSC-240910-01] 시정요구 조치결과 회신",
    reply_to_req="req-240910-01",
    type="html", body=NAVER_TABLE,
    outcome="applied", classification="confirmation",
    items={N[4]: "removed", N[5]: "removed"},
    why="HTML result table: 삭제 and 블라인드 are both removal forms (issue 11); the second URL is percent-encoded while requests.csv stores it raw",
)

case(
    name="naver-no-violation-and-private",
    imitates="네이버 게시물 신고 검토 결과 안내 (운영정책 위반 사항 미확인 → 조치 불가 / 비공개 처리)",
    from_="help@naver.com", name_from="네이버 고객센터", date=d(13, "09:12"),
    subject="[네이버 고객센터] 신고하신 게시물 검토 결과 안내",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요, 네이버 고객센터입니다.

KCSC-240910-01 관련 검토 결과를 안내드립니다.

{N[2]}
검토 결과 해당 게시물에서 네이버 운영정책 위반 사항이 확인되지 않아 별도의 조치를 하지 않았습니다.

{N[1]}
해당 게시물은 운영자에 의해 비공개 처리되었습니다.

문의하신 내용에 대해 더 궁금하신 점은 고객센터(https://help.naver.com)로 문의해 주세요.
""",
    outcome="applied", classification="confirmation",
    items={N[2]: "rejected", N[1]: "removed"},
    why="Korean no-violation reasoning = rejected; 운영자에 의해 비공개 처리 = removed; status below each bare URL",
)

case(
    name="naver-raw-korean-url-with-particle",
    imitates="네이버 블로그 게시물 삭제 안내 (짧은 담당자 회신, URL 뒤에 조사)",
    from_="policy@navercorp.com", name_from="네이버 정책지원팀", date=d(14, "16:44"),
    subject="RE: [KCSC-240910-01] 처리 결과",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요.

요청하신 게시물 {N[5]}은 금일 삭제 조치되었습니다.
나머지 게시물은 검토가 끝나는 대로 별도로 회신드리겠습니다.

네이버 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    items={N[5]: "removed"},
    why="raw Korean path followed directly by the particle 은; the remaining items are promised a later answer (pending)",
)

case(
    name="naver-asks-supporting-documents",
    imitates="네이버 권리침해 신고 소명자료 보완 요청 안내",
    from_="policy@navercorp.com", name_from="네이버 정책지원팀", date=d(11, "14:50"),
    subject="RE: [KCSC-240910-01] 자료 보완 요청",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

아래 게시물에 대해서는 위법성 판단을 위해 추가 자료가 필요합니다.

- {N[3]}
- {N[4]}

해당 게시물이 위법 정보에 해당한다는 심의 의결서 사본을 보내주시면
확인 후 신속히 조치하겠습니다. 자료가 확인되기 전까지는 게시물이 유지됩니다.

감사합니다.
""",
    outcome="review", review="asks_more",
    items={},
    why="asks for the decision document before acting; 'stays up until then' is not a rejection",
)

case(
    name="naver-gave-author-chance-to-explain",
    imitates="네이버 게시자 소명 절차 안내 (게시자에게 소명 기회 부여)",
    from_="policy@navercorp.com", name_from="네이버 정책지원팀", date=d(16, "11:02"),
    subject="RE: [KCSC-240910-01] 진행 상황 안내",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요.

{N[4]} 게시물과 관련하여 게시자에게 소명 기회를 부여하였으며,
소명 기간이 종료되는 9월 23일 이후 최종 처리 결과를 안내드리겠습니다.

네이버 정책지원팀
""",
    outcome="review", review="not_understood",
    items={},
    why="a procedural step (author asked to explain) with the result promised later: nothing to record, but it names an item so it must be seen",
)

case(
    name="naver-receipt-ack",
    imitates="네이버 고객센터 자동 접수 확인 메일 (문의가 정상적으로 접수되었습니다, 접수번호)",
    from_="help@naver.com", name_from="네이버 고객센터", date=d(10, "11:03"),
    subject="[네이버 고객센터] 문의 접수 완료 안내",
    reply_to_req="req-240910-01",
    body="""안녕하세요, 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: 2024091000387

담당자가 확인 후 순차적으로 답변드릴 예정입니다.
답변은 영업일 기준 최대 3일이 소요될 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    items={},
    why="pure receipt with a ticket number, names no item",
)

case(
    name="naver-ooo-korean",
    imitates="한국어 부재중 자동회신 (휴가로 부재중, 긴급 시 대체 담당자 안내)",
    from_="jihoon.park@navercorp.com", name_from="박지훈", date=d(10, "11:02"),
    subject="[자동회신] 부재중입니다: [KCSC-240910-01] 불법정보 시정요구",
    reply_to_req="req-240910-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""안녕하세요. 박지훈입니다.

9월 9일부터 9월 13일까지 휴가로 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 연락 부탁드립니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    items={},
    why="out-of-office auto-reply",
)

# ====================================================================== X
case(
    name="x-withheld-kr-and-no-action",
    imitates="X (Twitter) legal 'country withheld content' response to a government request, with a no-action item and a help-center link",
    from_="legal@x.com", date=d(12, "06:30"),
    subject="Re: KCSC-240911-01 [ref:_00D1Ab2Cd._5005x0B1K2:ref]",
    reply_to_req="req-240911-01",
    body=f"""Hello,

We have received your request regarding the accounts and posts below.

After review, we have withheld the following posts in South Korea:
{X[1]}
{X[2]}

We have reviewed {X[3]} and have not taken action on it at this time, as we
did not find it to be in violation of the X Rules or applicable local law.

For more information about country withheld content, please see:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Thanks,
X Legal

ref:_00D1Ab2Cd._5005x0B1K2:ref
""",
    outcome="applied", classification="confirmation",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "rejected"},
    why="'We have received your request' opening does not make it an acknowledgement; withheld in KR and a reasoned no-action",
)

case(
    name="x-statement-line-above-url",
    imitates="X safety team 'Update on your report' messages where the verdict precedes the post link",
    from_="support@x.com", date=d(13, "03:17"),
    subject="Update on your report [KCSC-240911-01]",
    reply_to_req="req-240911-01",
    body=f"""Hello,

The following post has been removed for violating our rules against
non-consensual nudity:
{X[4]}

The following post could not be found. It may have been deleted by its author:
{X[3]}

Thanks for helping keep X safe.
X Safety
""",
    outcome="applied", classification="confirmation",
    items={X[4]: "removed", X[3]: "not_found"},
    why="statement on the line(s) above its URL; 'may have been deleted by its author' is a hedge only on the explanation, the post could not be found",
)

X_QP_TEXT = f"""Hello,

We're writing to let you know that the post below has been removed from X for violating our Sensitive media policy:

{X[2]}

You can learn more about our enforcement options at https://help.x.com/en/rules-and-policies/enforcement-options

X Legal Team
"""
X_QP_HTML = f"""<html><body><p>Hello,</p>
<p>We&#39;re writing to let you know that the post below has been removed from X for violating our Sensitive media policy:</p>
<p><a href="{X[2]}">{X[2]}</a></p>
<p>You can learn more about our enforcement options at <a href="https://help.x.com/en/rules-and-policies/enforcement-options">help.x.com</a></p>
<p>X Legal Team</p></body></html>
"""

case(
    name="x-multipart-quoted-printable",
    imitates="X legal notice sent as multipart/alternative with quoted-printable text and HTML parts",
    from_="legal@x.com", date=d(14, "08:05"),
    subject="Re: KCSC-240911-01",
    reply_to_req="req-240911-01",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="b16alt"

--b16alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(X_QP_TEXT)}
--b16alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(X_QP_HTML)}
--b16alt--
""",
    outcome="applied", classification="confirmation",
    items={X[2]: "removed"},
    why="quoted-printable soft line breaks in both alternatives; one removal",
)

case(
    name="x-will-not-remove-with-reason",
    imitates="X legal decline ('we will not be taking action ... does not violate the X Rules')",
    from_="legal@x.com", date=d(15, "22:40"),
    subject="Re: KCSC-240911-01",
    reply_to_req="req-240911-01",
    body=f"""Hello,

Thank you for your report. We will not be removing {X[4]}, as after careful
review it does not violate the X Rules and we did not find sufficient legal
basis to withhold it in South Korea.

If you have a court order relating to this post, you may submit it through our
legal request form: https://help.x.com/en/forms/legal

X Legal
""",
    outcome="applied", classification="confirmation",
    items={X[4]: "rejected"},
    why="negated removal with a reason is a rejection, not a future promise; the form link is not an item",
)

case(
    name="x-partly-withheld-unclear-which",
    imitates="X legal interim update ('some of the reported posts have been actioned, others remain under review')",
    from_="legal@x.com", date=d(12, "20:10"),
    subject="Re: KCSC-240911-01",
    reply_to_req="req-240911-01",
    body=f"""Hello,

Some of the posts you reported have already been withheld in South Korea;
the others are still being assessed by our team. Posts reported:

{X[1]}
{X[2]}
{X[3]}
{X[4]}

We will send a full outcome once our review is complete.

X Legal
""",
    outcome="review", review="not_understood",
    items={},
    why="partly done without saying which posts: applying anything would be a guess",
)

case(
    name="x-lookalike-domain",
    imitates="spoof of an X legal removal notice from a look-alike domain (authenticated for itself)",
    from_="legal@x-corp-legal.com", name_from="X Legal", date=d(12, "04:44"),
    subject="Re: KCSC-240911-01 - content removed",
    reply_to_req="req-240911-01",
    body=f"""Hello,

We have removed all four posts listed in your request:
{X[1]}
{X[2]}
{X[3]}
{X[4]}

X Legal
""",
    outcome="review", review="unknown_sender",
    items={},
    why="x-corp-legal.com is not one of X's sender domains: a spoof attempt must be seen, nothing applied",
)

case(
    name="x-case-received-ack",
    imitates="X legal automated case receipt ('We've received your request ... case number')",
    from_="legal-noreply@x.com", date=d(11, "09:31"),
    subject="Case# 0847721356: We've received your request [ref:_00D1Ab2Cd._5005x0B1K2:ref]",
    reply_to_req="req-240911-01",
    body="""Hello,

We've received your request and a case has been created (Case# 0847721356).
Our team will review it and get back to you. Please do not reply to this
message with new requests; reply only to add information to this case.

Thanks,
X Legal

ref:_00D1Ab2Cd._5005x0B1K2:ref
""",
    outcome="ignored", classification="acknowledgement",
    items={},
    why="ticket receipt; states nothing about any item",
)

# ====================================================================== Kakao / Daum
case(
    name="kakao-daum-cafe-blind-and-gone",
    imitates="카카오 다음카페 권리침해/유해게시물 신고 처리 결과 안내 (블라인드 처리 / 존재하지 않는 게시물)",
    from_="cs@daum.net", name_from="Daum 고객센터", date=d(13, "13:40"),
    subject="[Daum 카페] 신고 게시물 처리 결과 안내 (KCSC-240912-01)",
    reply_to_req="req-240912-01",
    body=f"""안녕하세요, Daum 고객센터입니다.

요청하신 게시물에 대한 처리 결과를 알려드립니다.

1) {K[1]}
   → 운영정책 위반으로 블라인드 처리되었습니다.
2) {K[2]}
   → 이미 삭제되어 존재하지 않는 게시물입니다.

카카오 운영정책: https://www.kakao.com/policy/oppolicy

Daum 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    items={K[1]: "removed", K[2]: "not_found"},
    why="블라인드 = removal; 이미 삭제되어 존재하지 않는 = not_found; policy link not an item",
)

case(
    name="kakao-outlook-quote-partial",
    imitates="카카오 정책팀 담당자 Outlook 회신 (-----Original Message----- 아래 시정요구 원문 인용)",
    from_="sora.lee@kakaocorp.com", name_from="이소라 (Kakao)", date=d(14, "10:15"),
    subject="RE: [KCSC-240912-01] 불법정보 시정요구",
    reply_to_req="req-240912-01",
    body=f"""안녕하세요, 카카오 정책팀 이소라입니다.

{K[3]} 게시물은 티스토리 운영정책에 따라 게시중단 조치하였습니다.
다음카페 게시물 2건은 현재 카페 운영자 확인 중으로, 결과는 추후 안내드리겠습니다.

감사합니다.
이소라 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 12, 2024 2:00 PM
To: policy@kakaocorp.com
Subject: [KCSC-240912-01] 불법정보 시정요구

{quoted_request("KCSC-240912-01", K[1:], lang="ko", prefix="")}
""",
    outcome="applied", classification="confirmation",
    items={K[3]: "removed"},
    why="게시중단 조치 = removed for the tistory post; the two cafe posts are under check (pending); the unprefixed Outlook quote asks for 삭제 of all three and must not count",
)

KAKAO_B64 = f"""안녕하세요. 카카오 고객센터입니다.

요청하신 다음카페 게시물 {K[2]} 에 대하여
게시중단 조치를 완료하였습니다.

감사합니다.
"""

case(
    name="kakao-base64-korean",
    imitates="카카오 고객센터 회신 (base64 인코딩된 한국어 본문)",
    from_="cs@kakaocorp.com", name_from="카카오 고객센터", date=d(13, "18:05"),
    subject="=?UTF-8?B?" + base64.b64encode("[카카오] 요청하신 게시물 처리 완료 안내".encode()).decode() + "?=",
    reply_to_req="req-240912-01",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(KAKAO_B64)}
""",
    outcome="applied", classification="confirmation",
    items={K[2]: "removed"},
    why="base64 Korean body and RFC 2047 subject; 게시중단 조치를 완료 = removed",
)

case(
    name="kakao-helpdesk-auto-receipt",
    imitates="카카오 고객센터 자동 접수 메일 (Auto-Submitted, 문의 접수번호)",
    from_="noreply@kakaocorp.com", name_from="카카오 고객센터", date=d(12, "14:01"),
    subject="[카카오 고객센터] 문의가 접수되었습니다",
    reply_to_req="req-240912-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""카카오 고객센터입니다.

문의하신 내용이 접수되었습니다. (접수번호 #KA-2409-118204)
확인 후 빠른 시일 내에 답변드리겠습니다.

본 메일은 발신전용 메일입니다.
""",
    outcome="ignored",
    items={},
    why="automatic receipt (Auto-Submitted); either auto_reply or acknowledgement, both ignored",
)

# ====================================================================== TikTok
case(
    name="tiktok-removed-and-stays-up",
    imitates="TikTok 'Update on your report' outcomes (removed for violating Community Guidelines / does not violate, will remain on TikTok)",
    from_="legal@tiktok.com", date=d(14, "01:20"),
    subject="TikTok: update on your request KCSC-240913-01",
    reply_to_req="req-240913-01",
    body=f"""Hello,

Thank you for your report. We reviewed the following videos:

* {T[1]} - We removed this video for violating our Community Guidelines.
* {T[2]} - We found that this video does not violate our Community Guidelines,
  so it will remain on TikTok.

To learn more, visit https://www.tiktok.com/community-guidelines

TikTok Trust and Safety
""",
    outcome="applied", classification="confirmation",
    items={T[1]: "removed", T[2]: "rejected"},
    why="bulleted statuses; 'will remain on TikTok' after 'does not violate' is a rejection, not a future promise",
)

case(
    name="tiktok-restricted-in-region",
    imitates="TikTok local-law restriction notice ('this content is now restricted in your country/region')",
    from_="legal@tiktok.com", date=d(15, "12:00"),
    subject="Re: KCSC-240913-01",
    reply_to_req="req-240913-01",
    body=f"""Hi,

Based on local laws, the following video is now restricted in South Korea
and can no longer be viewed there: {T[2]}.

TikTok Legal
""",
    outcome="applied", classification="confirmation",
    items={T[2]: "restricted"},
    why="a notice that is one sentence and one URL, the URL followed by a full stop",
)

case(
    name="tiktok-claims-youtube-item",
    imitates="TikTok legal reply that mistakenly answers for another platform's URL",
    from_="legal@tiktok.com", date=d(16, "09:30"),
    subject="Re: KCSC-240913-01",
    reply_to_req="req-240913-01",
    body=f"""Hello,

We have removed the content below as requested:
{Y[12]}

TikTok Legal
""",
    outcome="review", review="wrong_platform",
    items={},
    why="a trusted TikTok email cannot change a YouTube item",
)

# ====================================================================== Telegram
case(
    name="tg-one-line-blocked",
    imitates="Telegram abuse desk terse reply ('This channel has been blocked' + link)",
    from_="abuse@telegram.org", date=d(17, "02:11"),
    subject="Re: [KCSC-240916-01] Removal request",
    reply_to_req="req-240916-01",
    body=f"""{G1} - blocked.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    items={G1: "removed"},
    why="a URL and one word; 'blocked' without a country is a removal on Telegram",
)

TG_DSN = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b16dsn"

--b16dsn
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa-kr@telegram.org>: host mail.telegram.org[198.51.100.44] said: 550 5.1.1
    <dsa-kr@telegram.org>: Recipient address rejected: User unknown

--b16dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: {d(16, "10:00")}

Final-Recipient: rfc822; dsa-kr@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--b16dsn
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: dsa-kr@telegram.org
Subject: [KCSC-240916-01] Removal request
Message-ID: <req-240916-01@kcsc.example>

--b16dsn--
"""

case(
    name="tg-bounce-dsn",
    imitates="Postfix delivery status notification (550 5.1.1 user unknown) for our request",
    from_="MAILER-DAEMON@mx.kcsc.example", name_from="Mail Delivery System", auth="none",
    date=d(16, "10:00", 7),
    subject="Undelivered Mail Returned to Sender",
    raw_mime=TG_DSN,
    outcome="ignored", classification="bounce",
    items={},
    why="bounce of our own request; ignored whoever sent it",
)

case(
    name="tg-unknown-sender-gmail",
    imitates="impersonation of a Telegram abuse reply sent from a free-mail account",
    from_="telegram.abuse.desk@gmail.com", name_from="Telegram Abuse", date=d(17, "05:30"),
    subject="Re: [KCSC-240916-01] Removal request",
    reply_to_req="req-240916-01",
    body=f"""Hello,

The content {G1} has been deleted and the channel has been closed.

Telegram Abuse Team
""",
    outcome="review", review="unknown_sender",
    items={},
    why="gmail.com is no platform's sender although DMARC passes for it; names our item, so review",
)

# ====================================================================== Meta
case(
    name="meta-local-law-and-removed",
    imitates="Meta (Facebook/Instagram) response to a government report: 'restricted access in [country] based on local law' and 'removed for going against Community Standards'",
    from_="records@fb.com", name_from="Meta Law Enforcement Response", date=d(18, "23:15"),
    subject="Re: KCSC-240917-01 - Content report",
    reply_to_req="req-240917-01",
    body=f"""Hello,

Thank you for your report. We reviewed the content you reported and took the
following actions:

Instagram post: {M[1]}
Action: We restricted access to this content in South Korea based on local law.

Facebook group post: {M[2]}
Action: We removed this content because it goes against our Community
Standards on regulated goods.

You can learn more about how we respond to government requests at
https://transparency.meta.com/reports/content-restrictions/

Meta Law Enforcement Response Team
""",
    outcome="applied", classification="confirmation",
    items={M[1]: "restricted", M[2]: "removed"},
    why="'Action:' line below each URL; a transparency link is not an item",
)

MDN = f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="b16mdn"

--b16mdn
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-requests@fb.com
  Subject: [KCSC-240917-01] Removal request
  Sent: {d(17, "09:00")}

was read on {d(17, "11:42")}.

--b16mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.fb.com; Microsoft Exchange Server
Final-Recipient: rfc822;legal-requests@fb.com
Original-Message-ID: <req-240917-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b16mdn--
"""

case(
    name="meta-read-receipt",
    imitates="Exchange read receipt (MDN, 'Read: ...') for our request",
    from_="legal-requests@fb.com", name_from="Legal Requests", date=d(17, "11:42"),
    subject="Read: [KCSC-240917-01] Removal request",
    reply_to_req="req-240917-01",
    raw_mime=MDN,
    outcome="ignored",
    items={},
    why="read receipt: ignored, never forwarded",
)

case(
    name="meta-asks-legal-basis",
    imitates="Meta reply asking a government requester to specify the legal basis / provide a court order before acting",
    from_="records@fb.com", name_from="Meta Law Enforcement Response", date=d(18, "08:00"),
    subject="Re: KCSC-240917-01 - additional information needed",
    reply_to_req="req-240917-01",
    body=f"""Hello,

We are unable to process your report about {M[2]} in its current form.
Please provide the specific provision of Korean law the content violates and,
if available, a copy of the administrative decision, by replying to this
email. Once we receive this information, we will review the content again.

Meta Law Enforcement Response Team
""",
    outcome="review", review="asks_more",
    items={},
    why="'unable to process ... in its current form' plus a request for the legal basis: neither a rejection nor a removal",
)

# ====================================================================== extra mix
case(
    name="yt-ooo-english",
    imitates="Gmail vacation responder of a Google legal specialist",
    from_="mkwon@google.com", name_from="Minji Kwon", date=d(9, "10:01"),
    subject="Out of office: [KCSC-240909-01] Removal request - YouTube",
    reply_to_req="req-240909-01",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""I'm out of the office until September 18 with limited access to email.
For urgent legal removal matters, please contact legal-kr@google.com.

Thanks,
Minji
""",
    outcome="ignored", classification="auto_reply",
    items={},
    why="vacation auto-reply",
)

case(
    name="yt-korean-not-found-and-under-review",
    imitates="구글코리아 법무팀 한국어 회신 (존재하지 않는 동영상 / 검토 진행 중)",
    from_="legal-kr@google.com", name_from="Google 법무팀", date=d(17, "15:50"),
    subject="RE: [KCSC-240909-01] 추가 회신",
    reply_to_req="req-240909-01",
    body=f"""안녕하세요.

{Y[13]} 동영상은 확인 결과 존재하지 않는 동영상(잘못된 링크)입니다.
{Y[14]} 동영상은 현재 법률 검토가 진행 중이며, 검토가 완료되는 대로 회신드리겠습니다.

Google 법무팀 드림
""",
    outcome="applied", classification="confirmation",
    items={Y[13]: "not_found"},
    why="Korean not-found wording; the second video is under review and stays pending",
)

case(
    name="kakao-dmarc-fail",
    imitates="카카오 고객센터 처리 완료 안내 (DMARC 실패로 도착한 동일 양식)",
    from_="cs@kakaocorp.com", name_from="카카오 고객센터", auth="fail", date=d(15, "09:09"),
    subject="[카카오] 요청하신 게시물 삭제 완료 안내",
    reply_to_req="req-240912-01",
    body=f"""안녕하세요. 카카오 고객센터입니다.

요청하신 게시물 3건을 모두 삭제하였습니다.
- {K[1]}
- {K[2]}
- {K[3]}
""",
    outcome="review", review="untrusted",
    items={},
    why="DMARC fails for kakaocorp.com: nothing applied",
)

case(
    name="tiktok-ack-with-policy-text",
    imitates="TikTok legal automated acknowledgement ('We have received your request and will review it') with standard policy boilerplate",
    from_="legal@tiktok.com", date=d(13, "10:03"),
    subject="We received your request - KCSC-240913-01",
    reply_to_req="req-240913-01",
    body="""Hello,

We have received your request. A member of our team will review it and take
appropriate action in line with our Community Guidelines and applicable law.
Content that violates our policies may be removed or restricted.

Ticket ID: 24091300077

TikTok Legal
""",
    outcome="ignored", classification="acknowledgement",
    items={},
    why="receipt whose boilerplate mentions 'removed or restricted' in general terms but names no item",
)

case(
    name="naver-wrapped-url-angle-brackets",
    imitates="네이버 카페 게시물 삭제 안내 (Outlook 평문 회신, 꺾쇠 안의 URL이 줄바꿈으로 잘림)",
    from_="policy@navercorp.com", name_from="네이버 정책지원팀", date=d(12, "10:30"),
    subject="RE: [KCSC-240910-01] 카페 게시물 처리 결과",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

시정요구하신 카페 게시물 <{N[3][:38]}
{N[3][38:]}> 은 카페 운영정책 위반으로 삭제 처리되었음을 알려드립니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    items={N[3]: "removed"},
    why="a URL in angle brackets wrapped across two lines by the mailer, followed by a Korean particle",
)

case(
    name="x-korean-fullwidth-parens",
    imitates="X 한국 법무 담당 한국어 회신 (국가별 게시 보류 withheld 안내, 전각 괄호)",
    from_="legal-kr@x.com", name_from="X 법무팀", date=d(13, "11:45"),
    subject="RE: KCSC-240911-01 시정요구 회신",
    reply_to_req="req-240911-01",
    body=f"""안녕하세요, X 법무팀입니다.

요청하신 게시물（{X[1]}）은 대한민국 내에서 게시 보류(withheld) 처리되어 국내 이용자에게 표시되지 않습니다.

감사합니다.
X 법무팀 드림
""",
    outcome="applied", classification="confirmation",
    items={X[1]: "restricted"},
    why="Korean: withheld in Korea = restricted; URL inside full-width parentheses directly followed by a particle",
)

case(
    name="instagram-we-removed-your-report-echo",
    imitates="Instagram 'We removed the post you reported' notification with the echoed report summary (Your report / Reported on)",
    from_="security@instagram.com", name_from="Instagram", date=d(18, "04:12"),
    subject="We removed the post you reported",
    reply_to_req="req-240917-01",
    body=f"""Hi KCSC,

Thanks for your report. We removed the post because it goes against our
Community Guidelines on regulated goods.

Your report
  Post: {M[1]}
  Reported on: September 17, 2024
  Reason: Sale of illegal or regulated goods

We use reports like yours to help keep Instagram safe.
Learn more: https://help.instagram.com/477434105621119

Instagram from Meta
Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025
""",
    outcome="applied", classification="confirmation",
    items={M[1]: "removed"},
    why="statement about 'the post' followed by the echoed report naming it; help link not an item",
)

case(
    name="tg-ack-phrase-and-statement",
    imitates="Telegram abuse desk reply that opens with a receipt phrase and then states the action",
    from_="abuse@telegram.org", date=d(18, "19:03"),
    subject="Re: [KCSC-240916-01] Removal request",
    reply_to_req="req-240916-01",
    body=f"""Hello,

We have received your report KCSC-240916-01. The message
{G1} has been removed and is no longer available on Telegram.

Best regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    items={G1: "removed"},
    why="an acknowledgement phrase together with an unhedged statement about the item is not an acknowledgement",
)


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
    corpuslib.write_set(HERE, "blind16", HEADER, CASES)


HEADER = """# blind16: BLIND set for issue 11 (general mix, English and Korean, seven platforms).
# Generated by make.py; expected results written from each email's meaning
# before anything ran. See NOTES.md for what each case imitates and the arguable ones.
"""

if __name__ == "__main__":
    main()
