#!/usr/bin/env python3
"""blind84: a general mix (English and Korean, eight platforms) of replies to
takedown requests, written in the manner of public notices (see NOTES.md).
Expected results are written from each email's meaning, before any run.
Deterministic: python3 tests/corpus/blind84/make.py
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
from corpuslib import write_set  # noqa: E402

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/nightowl_k22/status/1833012345678901201",
    "https://x.com/nightowl_k22/status/1833012345678901202",
    "https://x.com/pix_dump_kr/status/1833098765432101003",
    "https://x.com/pix_dump_kr/status/1833098765432101004",
    "https://x.com/moonrabbit_0/status/1833111122223333005",
    "https://x.com/moonrabbit_0/status/1833111122223333006",
    "https://x.com/hanriver_leaks/status/1833222233334444007",
    "https://x.com/hanriver_leaks/status/1833222233334444008",
    "https://x.com/hanriver_leaks/status/1833222233334444009",
    "https://x.com/sora_clipz/status/1833333344445555010",
    "https://x.com/sora_clipz/status/1833333344445555011",
    "https://x.com/deep_faces_99/status/1833444455556666012",
    "https://x.com/deep_faces_99/status/1833444455556666013",
    "https://x.com/blue_tape_kr/status/1833555566667777014",
]
HANDLE = "@한빛뉴스채널"
Y = [
    "https://www.youtube.com/watch?v=Qm3xT7bLp0A",
    "https://www.youtube.com/watch?v=Zr8KfW2nYdE",
    "https://www.youtube.com/shorts/Hc5pVn1uJtQ",
    "https://www.youtube.com/watch?v=aB9sDk4LmXo",
    "https://www.youtube.com/" + quote(HANDLE),  # stored percent-encoded
]
Y5_RAW = "https://www.youtube.com/" + HANDLE
N = [
    "https://blog.naver.com/moonlight_77/223567891234",
    "https://cafe.naver.com/bluesky22/48213",
    "https://blog.naver.com/hanul_k/223571112233",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=8&docId=470123456",
]
T = [
    "https://t.me/night_market_kr/2045",
    "https://t.me/night_market_kr/2051",
    "https://t.me/free_pics_zone/88",
]
K = [
    "https://cafe.daum.net/sunflower_club/Ab12/3051",
    "https://brunch.co.kr/@mintroad/57",
    "https://hanbyeol-note.tistory.com/128",
]
TK = [
    "https://www.tiktok.com/@lucky.dal.kr/video/7412345678901234567",
    "https://www.tiktok.com/@lucky.dal.kr/video/7412345678901234598",
]
M = [
    "https://www.instagram.com/p/C9xQ2LmTvRa/",
    "https://www.facebook.com/jiwoo.park.5821/posts/pfbid02kXyZ7TqLmN4wRsA1bC3dE5fG7hJ9kL1mN3pQ5rS7tU9vWl",
]
R = ["https://www.reddit.com/r/koreanleaks_fake/comments/1fdk3qz/new_folder_sept/"]

REQS = [
    ("KCSC-240910-01", "x", "2024-09-10T10:00:00+09:00", X, "req-240910-01"),
    ("KCSC-240911-01", "youtube", "2024-09-11T10:00:00+09:00", Y, "req-240911-01"),
    ("KCSC-240912-01", "naver", "2024-09-12T10:00:00+09:00", N, "req-240912-01"),
    ("KCSC-240913-01", "telegram", "2024-09-13T10:00:00+09:00", T, "req-240913-01"),
    ("KCSC-240913-02", "kakao", "2024-09-13T14:00:00+09:00", K, "req-240913-02"),
    ("KCSC-240916-01", "tiktok", "2024-09-16T10:00:00+09:00", TK, "req-240916-01"),
    ("KCSC-240916-02", "meta", "2024-09-16T11:00:00+09:00", M, "req-240916-02"),
    ("KCSC-240917-01", "reddit", "2024-09-17T10:00:00+09:00", R, "req-240917-01"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, urls, mid in REQS:
        due = "2024-09-%02dT18:00:00+09:00" % (int(sent[8:10]) + 7) if int(sent[8:10]) + 7 <= 30 else sent
        for u in urls:
            w.writerow([ref, plat, sent, due, u, "deepfake_sexual_abuse" if plat in ("x", "telegram", "tiktok") else "nonconsensual_intimate_imagery", "<%s@kcsc.example>" % mid, ""])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def quoted_request(ref, urls, date_line, prefix="> "):
    lines = [
        f"Dear Sir or Madam,",
        "",
        f"The Korea Communications Standards Commission requests the removal of",
        f"the following content under reference {ref}. Please remove or block it",
        "and confirm the action taken for each URL.",
        "",
    ] + [f"{i}. {u}" for i, u in enumerate(urls, 1)] + ["", "KCSC Takedown Desk"]
    return date_line + "\n" + "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


C = []


def case(**kw):
    # Non-ASCII display names are sent as RFC 2047 encoded-words, as real mailers do.
    nf = kw.get("name_from")
    if nf and not nf.isascii():
        kw["name_from"] = Header(nf, "utf-8").encode()
    C.append(kw)


# ====================================================================== X
case(
    name="x-csv-attachment-withheld",
    **{"from": "legal-notices@x.com"}, name_from="X Corp. Legal",
    date="Wed, 11 Sep 2024 03:12:40 +0000",
    subject="Re: [KCSC-240910-01] Request for removal of illegal content",
    reply_to_req="req-240910-01",
    raw_mime="""Content-Type: multipart/mixed; boundary="==x1=="

--==x1==
Content-Type: text/plain; charset=utf-8

Hello,

We have reviewed your request KCSC-240910-01. The action taken on each
reported URL is listed in the attached file (outcome.csv).

Regards,
X Corp. Legal

--==x1==
Content-Type: text/csv; charset=utf-8; name="outcome.csv"
Content-Disposition: attachment; filename="outcome.csv"
Content-Transfer-Encoding: base64

""" + b64("reported_url,action_taken,country\n" + "".join(f"{u},Withheld,KR\n" for u in X[:4])) + """
--==x1==--
""",
    outcome="applied",
    imitates="X legal-request outcome sent with a per-URL spreadsheet (country-withheld content, X Help Center 'Country withheld content')",
    why="CSV rows say Withheld in KR for the first four posts: restricted",
    items={u: "restricted" for u in X[:4]},
)

case(
    name="x-removed-top-posted-over-quote",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 07:40:00 +0000",
    subject="RE: [KCSC-240910-01] Request for removal of illegal content",
    reply_to_req="req-240910-01",
    body="""Hello,

We have removed the following posts for violating the X Rules:

https://x.com/moonrabbit_0/status/1833111122223333005
https://x.com/moonrabbit_0/status/1833111122223333006

Thanks,
X Legal

""" + quoted_request("KCSC-240910-01", X, "On Tue, Sep 10, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:"),
    outcome="applied",
    imitates="X legal team short reply 'we have removed the following posts' top-posted over the quoted request (as quoted in public forums)",
    why="only the two posts above the quote are removed; the quoted list of all 14 says nothing",
    items={X[4]: "removed", X[5]: "removed"},
)

case(
    name="x-no-violation-help-links",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 01:05:00 +0000",
    subject="Case# 0451239876: Legal request from KCSC [ ref:_00D4_KCSC-240910-01 ]",
    reply_to_req="req-240910-01",
    body="""Hello,

Thank you for your report regarding the following post:
https://x.com/hanriver_leaks/status/1833222233334444007

After review, we have determined that the reported content is not in
violation of the X Rules (https://help.x.com/en/rules-and-policies/x-rules)
or applicable local law, and we will not be taking any action on it at this
time.

If you have further information you would like us to consider, you can
reply to this email or submit a new report at https://help.x.com/forms.

Thanks,
X Corp.""",
    outcome="applied",
    imitates="X 'not in violation of the X Rules' legal-request reply with help-center links",
    why="plain refusal with reason for one post: rejected; the help links are not items",
    items={X[6]: "rejected"},
)

case(
    name="x-under-review-only",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 05:30:00 +0000",
    subject="Re: [KCSC-240910-01] Request for removal of illegal content",
    reply_to_req="req-240910-01",
    body="""Hello,

The following posts from your request are still under review by our legal
team. We will follow up with you once a decision has been reached.

- https://x.com/hanriver_leaks/status/1833222233334444008
- https://x.com/hanriver_leaks/status/1833222233334444009

Thanks,
X Legal""",
    outcome="review",
    review="not_understood",
    imitates="X legal 'still under review, we will follow up' holding reply",
    why="names two items but states no outcome; must be seen, not ignored, and nothing applied",
    items={X[7]: "pending", X[8]: "pending"},
)

case(
    name="x-deleted-by-user-and-suspended",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 02:00:00 +0000",
    subject="Re: [KCSC-240910-01] Request for removal of illegal content",
    reply_to_req="req-240910-01",
    body="""Hello,

Update on your request KCSC-240910-01:

https://x.com/sora_clipz/status/1833333344445555010
This post is no longer available on X. It was deleted by the account owner
before our review, so no action was required from us.

https://x.com/sora_clipz/status/1833333344445555011
The account that posted this content has been permanently suspended for
violating the X Rules, and the post is no longer viewable.

Thanks,
X Legal""",
    outcome="applied",
    imitates="X legal update per URL: 'deleted by the account owner' and 'account permanently suspended'",
    why="first: deleted by its author before action = not_found; second: account suspended and post no longer viewable = removed",
    items={X[9]: "not_found", X[10]: "removed"},
)

case(
    name="x-dmarc-fail-claims-removed",
    **{"from": "legal@x.com"}, name_from="X Legal",
    auth="fail",
    date="Fri, 13 Sep 2024 06:00:00 +0000",
    subject="Re: [KCSC-240910-01] Request for removal of illegal content",
    reply_to_req="req-240910-01",
    body="""Hello,

We have removed the following posts:
https://x.com/deep_faces_99/status/1833444455556666012
https://x.com/deep_faces_99/status/1833444455556666013

Thanks,
X Legal""",
    outcome="review",
    review="untrusted",
    imitates="X legal removal reply, as a spoof failing DMARC",
    why="DMARC fails for x.com: nothing may be applied, but it names our items so it is reviewed",
    items={X[11]: "pending", X[12]: "pending"},
)

case(
    name="x-lookalike-domain",
    **{"from": "legal@x-legalsupport.com"}, name_from="X Legal Support",
    date="Fri, 13 Sep 2024 08:00:00 +0000",
    subject="Re: [KCSC-240910-01] Request for removal of illegal content",
    reply_to_req="req-240910-01",
    body="""Dear KCSC,

The post https://x.com/deep_faces_99/status/1833444455556666012 has been
taken down globally. Reference: KCSC-240910-01.

Kind regards,
X Legal Support""",
    outcome="review",
    review="unknown_sender",
    imitates="look-alike 'X Legal Support' domain claiming a takedown",
    why="authenticated, but x-legalsupport.com is no platform's domain",
    items={X[11]: "pending"},
)

case(
    name="x-out-of-office",
    **{"from": "j.kwon@x.com"}, name_from="Jiyeon Kwon",
    date="Tue, 10 Sep 2024 01:01:00 +0000",
    subject="Automatic reply: [KCSC-240910-01] Request for removal of illegal content",
    reply_to_req="req-240910-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until 16 September with limited access to email.
For urgent legal requests please use https://legalrequests.x.com.

""" + quoted_request("KCSC-240910-01", X, "> From: KCSC Takedown"),
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook out-of-office automatic reply quoting the request",
    why="auto-reply; the quoted request is not a statement",
)

case(
    name="x-status-below-bare-url",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Sat, 14 Sep 2024 00:20:00 +0000",
    subject="Re: [KCSC-240910-01] Request for removal of illegal content",
    reply_to_req="req-240910-01",
    body="""Hello,

https://x.com/deep_faces_99/status/1833444455556666012
We have withheld this content in the Republic of Korea in response to a
valid legal demand. It remains visible in other countries.

https://x.com/deep_faces_99/status/1833444455556666013
Not actioned. Our review did not find a violation of the X Rules or of the
local law cited in your request.

More about country withheld content:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Thanks,
X Legal""",
    outcome="applied",
    imitates="X country-withheld notice ('withheld in ... in response to a valid legal demand') laid out per URL",
    why="status on the lines below each bare URL: restricted, then rejected; the help link is not an item",
    items={X[11]: "restricted", X[12]: "rejected"},
)

case(
    name="x-reported-content-echoed-report",
    **{"from": "no-reply@x.com"}, name_from="X",
    date="Sat, 14 Sep 2024 09:15:00 +0000",
    subject="Update on your report",
    body="""X

We've removed the reported content.

Thanks for letting us know. We reviewed the content you reported and
found it broke our rules, so we took it down.

Your report
Reported post: https://x.com/blue_tape_kr/status/1833555566667777014
Reason: Illegal content (KCSC-240910-01)
Submitted: Sep 10, 2024

Help Center  https://help.x.com
X Corp. 1355 Market Street, Suite 900 San Francisco, CA 94103""",
    outcome="applied",
    imitates="X report-outcome email 'We've removed the reported content' followed by the echoed report",
    why="the statement about 'the reported content' applies to the echoed reported post",
    items={X[13]: "removed"},
)

case(
    name="x-numbered-mixed-statuses",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Sun, 15 Sep 2024 03:00:00 +0000",
    subject="Re: [KCSC-240910-01] outcome",
    reply_to_req="req-240910-01",
    body="""Hello,

Outcome of our review of KCSC-240910-01:

1. https://x.com/nightowl_k22/status/1833012345678901201 - Removed (violation of our Non-consensual nudity policy)
2. https://x.com/nightowl_k22/status/1833012345678901202 - Withheld in South Korea
3. https://x.com/pix_dump_kr/status/1833098765432101003 - Could not locate; the URL does not resolve to an existing post
4. https://x.com/pix_dump_kr/status/1833098765432101004 - No action taken: no violation found

Policy: https://help.x.com/en/rules-and-policies/intimate-media

Thanks,
X Legal""",
    outcome="applied",
    imitates="X legal numbered per-URL outcome list",
    why="four distinct statuses, one per numbered line",
    items={X[0]: "removed", X[1]: "restricted", X[2]: "not_found", X[3]: "rejected"},
)

case(
    name="x-url-below-statement",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Sun, 15 Sep 2024 05:00:00 +0000",
    subject="Re: [KCSC-240910-01] Request for removal of illegal content",
    reply_to_req="req-240910-01",
    body="""Hello,

The following post has been withheld in South Korea:
https://x.com/moonrabbit_0/status/1833111122223333005

The following post was found not to violate our rules and will remain
available:
https://x.com/moonrabbit_0/status/1833111122223333006

Thanks,
X Legal""",
    outcome="applied",
    imitates="X legal reply with the statement on one line and its URL on the next",
    why="statement above each URL: restricted, rejected",
    items={X[4]: "restricted", X[5]: "rejected"},
)

case(
    name="x-relative-clause-hedge",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Mon, 16 Sep 2024 02:00:00 +0000",
    subject="Re: [KCSC-240910-01] Request for removal of illegal content",
    reply_to_req="req-240910-01",
    body="""Hello,

The post https://x.com/hanriver_leaks/status/1833222233334444007, which may
also have been reported to us by other users earlier, has been removed for
violating our Non-consensual nudity policy.

Thanks,
X Legal""",
    outcome="applied",
    imitates="X legal removal sentence with a hedged relative clause about the post's history",
    why="the hedge 'may also have been reported' is about the post's past; the main clause states removal",
    items={X[6]: "removed"},
)

case(
    name="x-ticket-receipt-echoing-urls",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 01:30:00 +0000",
    subject="Case# 0451239876: Legal request received [ ref:_00D4_KCSC-240910-01 ]",
    reply_to_req="req-240910-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

Thank you for contacting X. We have received your request and a case has
been opened (Case# 0451239876). Our team will review it and respond by email.

Reported URLs:
""" + "\n".join(X[:6]) + """

Please do not reply to this message; replies are not monitored.
X Corp.""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="X legal-request case-opened auto-receipt echoing reported URLs",
    why="pure receipt of the request: echoes URLs, states nothing done",
)

# ================================================================ YouTube
case(
    name="yt-blocked-korea-domain",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date="Thu, 12 Sep 2024 04:00:00 +0000",
    subject="[KCSC-240911-01] Your legal request to YouTube [1-7234000012345]",
    reply_to_req="req-240911-01",
    body="""Hello,

Thanks for reaching out to us.

In response to your request, we have blocked access to the following
content on the YouTube Korea country site (youtube.co.kr) and for viewers
located in South Korea. The videos remain available elsewhere.

https://www.youtube.com/watch?v=Qm3xT7bLp0A
https://www.youtube.com/watch?v=Zr8KfW2nYdE

Regards,
The YouTube Legal Support Team""",
    outcome="applied",
    imitates="YouTube legal support reply 'we have blocked access ... on the country domain' (local law block)",
    why="blocked only in Korea, available elsewhere: restricted, not removed",
    items={Y[0]: "restricted", Y[1]: "restricted"},
)

yt_html = """<html><body>
<p>Hello,</p>
<p>We have reviewed the content identified in your request KCSC-240911-01.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Outcome</th></tr>
<tr><td><a href="https://www.youtube.com/shorts/Hc5pVn1uJtQ">https://www.youtube.com/shorts/Hc5pVn1uJtQ</a></td><td>Removed &ndash; violates our Community Guidelines</td></tr>
<tr><td><a href="https://www.youtube.com/watch?v=aB9sDk4LmXo">https://www.youtube.com/watch?v=aB9sDk4LmXo</a></td><td>No action &ndash; does not violate our policies</td></tr>
</table>
<p>Learn more: <a href="https://support.google.com/youtube/answer/9288567">Community Guidelines</a></p>
<p>The YouTube Team</p>
</body></html>
"""
yt_text = """Hello,

We have reviewed the content identified in your request KCSC-240911-01.

URL | Outcome
https://www.youtube.com/shorts/Hc5pVn1uJtQ | Removed - violates our Community Guidelines
https://www.youtube.com/watch?v=aB9sDk4LmXo | No action - does not violate our policies

Learn more: https://support.google.com/youtube/answer/9288567

The YouTube Team
"""
case(
    name="yt-html-table-alternative",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    date="Fri, 13 Sep 2024 02:00:00 +0000",
    subject="Re: [KCSC-240911-01] outcome of your request",
    reply_to_req="req-240911-01",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="yt-alt"

--yt-alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(yt_text)}
--yt-alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(yt_html)}
--yt-alt--
""",
    outcome="applied",
    imitates="YouTube outcome table (Removed / No action) in multipart/alternative",
    why="table rows: shorts removed, video rejected; the support link is not an item",
    items={Y[2]: "removed", Y[3]: "rejected"},
)

case(
    name="yt-korean-channel-terminated-iri",
    **{"from": "legal-kr@google.com"}, name_from="Google 법무지원팀",
    date="Fri, 13 Sep 2024 06:30:00 +0000",
    subject="Re: [KCSC-240911-01] 불법정보 삭제 요청에 대한 회신",
    reply_to_req="req-240911-01",
    body=f"""안녕하세요.

요청하신 채널({Y5_RAW})은 YouTube 커뮤니티 가이드라인을
반복적으로 위반하여 해지되었습니다. 해당 채널의 모든 동영상은 더 이상
볼 수 없습니다.

자세한 내용은 https://support.google.com/youtube/answer/2802168 를 참고해 주세요.

감사합니다.
YouTube 법무지원팀""",
    outcome="applied",
    imitates="YouTube channel termination notice ('채널이 해지되었습니다'), Korean",
    why="channel terminated = removed; raw Korean handle must match the percent-encoded item",
    items={Y[4]: "removed"},
)

case(
    name="yt-legal-receipt",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date="Wed, 11 Sep 2024 01:10:00 +0000",
    subject="[1-7234000012345] We received your legal request",
    reply_to_req="req-240911-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

Thanks for contacting Google. This is an automated confirmation that we
received your submission (KCSC-240911-01) concerning:

""" + "\n".join(Y[:4]) + """

We will review your request and take appropriate action where required.
You don't need to reply to this message.

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Google legal removals webform auto-confirmation ('we received your submission')",
    why="receipt only; 'will ... take appropriate action' is the generic promise of a receipt",
)

yt_ko = """안녕하세요, Google 법무지원팀입니다.

KCSC-240911-01 요청과 관련하여 아래 동영상에 대해 대한민국 내 접속 차단
조치를 완료하였습니다.
- https://www.youtube.com/watch?v=Qm3xT7bLp0A
- https://www.youtube.com/watch?v=Zr8KfW2nYdE

아래 동영상은 확인 결과 이미 삭제되어 존재하지 않는 동영상입니다.
- https://www.youtube.com/shorts/Hc5pVn1uJtQ

감사합니다.
"""
case(
    name="yt-korean-qp-lists",
    **{"from": "legal-kr@google.com"}, name_from="Google 법무지원팀",
    date="Sat, 14 Sep 2024 01:00:00 +0000",
    subject="Re: [KCSC-240911-01] 조치 결과 회신",
    reply_to_req="req-240911-01",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(yt_ko),
    outcome="applied",
    imitates="Google Korea legal team 조치 결과 reply with heading sentences over bulleted lists",
    why="접속 차단 for two = restricted; 이미 삭제되어 존재하지 않는 = not_found",
    items={Y[0]: "restricted", Y[1]: "restricted", Y[2]: "not_found"},
)

# ================================================================== NAVER
nv_html = """<html><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구(KCSC-240912-01)에 대한 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치 결과</th><th>조치 일시</th></tr>
<tr><td>1</td><td>https://blog.naver.com/moonlight_77/223567891234</td><td>삭제</td><td>2024-09-12 16:20</td></tr>
<tr><td>2</td><td>https://cafe.naver.com/bluesky22/48213</td><td>임시조치(30일)</td><td>2024-09-12 16:25</td></tr>
</table>
<p>나머지 게시물은 확인 후 별도 회신드리겠습니다.</p>
<p>네이버 주식회사 정책지원팀 드림</p>
</body></html>
"""
case(
    name="naver-kcsc-result-table",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Thu, 12 Sep 2024 08:00:00 +0000",
    subject="[회신] 시정요구(KCSC-240912-01) 조치 결과",
    reply_to_req="req-240912-01",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(nv_html),
    outcome="applied",
    imitates="Korean portal 시정요구 조치결과 회신 HTML table (번호/URL/조치 결과/조치 일시)",
    why="삭제 = removed; 임시조치(30일) = restricted; the other two stay pending",
    items={N[0]: "removed", N[1]: "restricted"},
)

case(
    name="naver-already-deleted-by-author",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Fri, 13 Sep 2024 02:00:00 +0000",
    subject="RE: [KCSC-240912-01] 시정요구 조치 결과 추가 회신",
    reply_to_req="req-240912-01",
    body="""안녕하세요. 네이버 정책지원팀입니다.

https://blog.naver.com/hanul_k/223571112233
→ 해당 게시물은 당사 조치 이전에 작성자가 직접 삭제하여 현재 존재하지 않습니다.

감사합니다.""",
    outcome="applied",
    imitates="NAVER reply '작성자가 직접 삭제하여 존재하지 않습니다' (already deleted by its author)",
    why="deleted by its author before the platform acted: not_found, not removed",
    items={N[2]: "not_found"},
)

case(
    name="naver-internal-review",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Fri, 13 Sep 2024 05:00:00 +0000",
    subject="RE: [KCSC-240912-01] 시정요구 관련 안내",
    reply_to_req="req-240912-01",
    body="""안녕하세요.

https://kin.naver.com/qna/detail.naver?d1id=8&dirId=8&docId=470123456 게시물은
현재 내부 검토 중이며, 검토가 완료되는 대로 결과를 회신드리겠습니다.

네이버 정책지원팀 드림""",
    outcome="review",
    review="not_understood",
    imitates="NAVER holding reply '현재 내부 검토 중이며 ... 회신드리겠습니다'",
    why="names an item but no outcome yet; a trusted email naming an item must not be ignored",
    items={N[3]: "pending"},
)

case(
    name="naver-auto-receipt",
    **{"from": "noreply@navercorp.com"}, name_from="네이버",
    date="Thu, 12 Sep 2024 01:02:00 +0000",
    subject="[접수 완료] 시정요구가 정상적으로 접수되었습니다 (접수번호 2024091200417)",
    reply_to_req="req-240912-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""방송통신심의위원회 담당자님,

요청하신 시정요구(KCSC-240912-01)가 정상적으로 접수되었습니다.
접수번호: 2024091200417

접수 대상:
""" + "\n".join(N) + """

처리 결과는 검토 후 별도로 안내해 드립니다.
본 메일은 발신 전용입니다.""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="NAVER 게시중단요청서비스 접수 완료 automatic mail",
    why="automatic receipt listing the URLs; says nothing was done",
)

nv_b64 = """<div>안녕하세요, 네이버입니다.</div>
<div><br></div>
<div>요청하신 게시물에 대한 처리 결과입니다.</div>
<ul>
<li>https://blog.naver.com/hanul_k/223571112233 : 운영자에 의해 비공개 처리되었습니다.</li>
<li>https://kin.naver.com/qna/detail.naver?d1id=8&amp;dirId=8&amp;docId=470123456 : 운영원칙 위반으로 삭제되었습니다.</li>
</ul>
<div>네이버 고객센터 https://help.naver.com</div>
"""
case(
    name="naver-base64-html-private-and-deleted",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date="Sun, 15 Sep 2024 04:00:00 +0000",
    subject="Re: [KCSC-240912-01] 처리 결과 안내",
    reply_to_req="req-240912-01",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(nv_b64),
    outcome="applied",
    imitates="NAVER 고객센터 처리 결과 안내 (비공개 처리 / 삭제) in base64 HTML",
    why="운영자에 의해 비공개 처리 and 삭제 are both removals; &amp; in the kin URL must decode",
    items={N[2]: "removed", N[3]: "removed"},
)

case(
    name="naver-out-of-office-korean",
    **{"from": "s.lee@navercorp.com"}, name_from="이서연",
    date="Thu, 12 Sep 2024 01:00:30 +0000",
    subject="자동 회신: [KCSC-240912-01] 불법정보 시정요구",
    reply_to_req="req-240912-01",
    body="""9월 18일까지 추석 연휴로 부재중입니다. 급한 용무는 policy@navercorp.com 으로 연락 바랍니다.""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean Outlook '자동 회신:' holiday out-of-office",
    why="auto-reply",
)

# =============================================================== Telegram
case(
    name="tg-abuse-deleted-and-blocked",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Fri, 13 Sep 2024 09:00:00 +0000",
    subject="Re: KCSC-240913-01",
    reply_to_req="req-240913-01",
    body="""Hello,

Thank you for your report. The message t.me/night_market_kr/2045 has been
deleted. The channel https://t.me/free_pics_zone has been blocked for users
in South Korea, including https://t.me/free_pics_zone/88.

--
Telegram Abuse Team""",
    outcome="applied",
    imitates="Telegram abuse desk terse reply ('has been deleted' / 'blocked for users in ...')",
    why="2045 removed (scheme-less link); channel geo-blocked covers 88: restricted; 2051 not mentioned",
    items={T[0]: "removed", T[2]: "restricted"},
)

case(
    name="tg-reminder-bounce",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    date="Sat, 14 Sep 2024 01:00:05 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b"

--dsn-b
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa-kr@telegram.org>: host mail.telegram.org[203.0.113.40] said: 550 5.1.1
    <dsa-kr@telegram.org>: Recipient address rejected: User unknown

--dsn-b
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example

Final-Recipient: rfc822; dsa-kr@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-b
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: dsa-kr@telegram.org
Subject: Reminder: [KCSC-240913-01] Request for removal of illegal content
Message-ID: <rem-240913-01-1@kcsc.example>

--dsn-b--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix 'Undelivered Mail Returned to Sender' DSN of our own reminder",
    why="bounce of our reminder",
)

case(
    name="tg-unknown-sender-spoof",
    **{"from": "abuse@telegram-support.org"}, name_from="Telegram Support",
    date="Sat, 14 Sep 2024 03:00:00 +0000",
    subject="Re: KCSC-240913-01",
    reply_to_req="req-240913-01",
    body="""Hello,

The content https://t.me/night_market_kr/2051 has been removed.

Telegram Support""",
    outcome="review",
    review="unknown_sender",
    imitates="Telegram abuse reply style sent from a look-alike domain",
    why="telegram-support.org is no platform's domain",
    items={T[1]: "pending"},
)

case(
    name="tg-outlook-original-partly",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA",
    date="Sun, 15 Sep 2024 10:00:00 +0000",
    subject="RE: [KCSC-240913-01] Request for removal of illegal content",
    reply_to_req="req-240913-01",
    body="""Hi,

https://t.me/night_market_kr/2051 - taken down.
The other two links are still being looked at; we will get back to you.

Telegram DSA team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 13, 2024 10:00 AM
To: dsa@telegram.org
Subject: [KCSC-240913-01] Request for removal of illegal content

Please remove the following content and confirm:
1. https://t.me/night_market_kr/2045
2. https://t.me/night_market_kr/2051
3. https://t.me/free_pics_zone/88
""",
    outcome="applied",
    imitates="Telegram DSA reply top-posted over an Outlook '-----Original Message-----' quote",
    why="only 2051 is stated taken down; the others are 'still being looked at' (and listed only in the quote)",
    items={T[1]: "removed"},
)

# ================================================================== Kakao
case(
    name="kakao-blind-and-deleted",
    **{"from": "report@kakaocorp.com"}, name_from="카카오 신고센터",
    date="Sat, 14 Sep 2024 02:00:00 +0000",
    subject="Re: [KCSC-240913-02] 불법정보 시정요구 처리 결과",
    reply_to_req="req-240913-02",
    body="""안녕하세요, 카카오 고객보호팀입니다.

시정요구하신 게시물에 대하여 다음과 같이 처리하였음을 알려드립니다.

Daum 카페 게시물 https://cafe.daum.net/sunflower_club/Ab12/3051 은 블라인드 처리하였고,
브런치 글 https://brunch.co.kr/@mintroad/57 은 운영정책 위반으로 삭제 조치하였습니다.

카카오 운영정책: https://www.kakao.com/policy/oppolicy

감사합니다.
카카오 고객보호팀""",
    outcome="applied",
    imitates="Kakao 고객보호팀 처리 결과 mail (블라인드 처리 / 삭제 조치)",
    why="블라인드 and 삭제 = removed (issue 11: blind forms are removal); policy link is not an item",
    items={K[0]: "removed", K[1]: "removed"},
)

case(
    name="kakao-tistory-not-illegal",
    **{"from": "tistory@kakaocorp.com"}, name_from="티스토리 운영팀",
    date="Sun, 15 Sep 2024 01:00:00 +0000",
    subject="Re: [KCSC-240913-02] 시정요구 검토 결과",
    reply_to_req="req-240913-02",
    body="""안녕하세요. 티스토리 운영팀입니다.

https://hanbyeol-note.tistory.com/128
검토 결과 해당 게시물은 관련 법령 및 운영정책상 불법정보에 해당한다고
보기 어려워 별도의 조치를 하지 않았습니다.

추가 자료가 있으시면 회신해 주시기 바랍니다.
티스토리 운영팀""",
    outcome="applied",
    imitates="Tistory/Kakao '불법정보에 해당한다고 보기 어려워 별도 조치하지 않았습니다' decision",
    why="negated action with a reason = rejected; the offer to receive more material is not a request for it",
    items={K[2]: "rejected"},
)

case(
    name="kakao-future-temporary-measure",
    **{"from": "report@kakaocorp.com"}, name_from="카카오 신고센터",
    date="Fri, 13 Sep 2024 08:00:00 +0000",
    subject="Re: [KCSC-240913-02] 불법정보 시정요구",
    reply_to_req="req-240913-02",
    body="""안녕하세요.

https://cafe.daum.net/sunflower_club/Ab12/3051 게시물에 대해서는 내부 절차에 따라
임시조치를 진행할 예정입니다. 처리가 완료되면 다시 안내드리겠습니다.

카카오 고객보호팀""",
    outcome="review",
    review="not_understood",
    imitates="Kakao reply announcing a 임시조치 '진행할 예정' (future)",
    why="future tense: nothing done yet; names an item, so review, nothing applied",
    items={K[0]: "pending"},
)

case(
    name="kakao-bulk-all-done",
    **{"from": "report@kakaocorp.com"}, name_from="카카오 신고센터",
    date="Sun, 15 Sep 2024 06:00:00 +0000",
    subject="Re: [KCSC-240913-02] 처리 완료",
    reply_to_req="req-240913-02",
    body="""안녕하세요.

KCSC-240913-02로 요청하신 게시물 3건 모두 삭제 조치를 완료하였습니다.

카카오 고객보호팀""",
    outcome="review",
    review="bulk",
    imitates="Kakao one-line '요청하신 게시물 N건 모두 조치 완료' reply",
    why="a count without an item list (bulk_confirmations = review)",
)

case(
    name="daum-claims-naver-item",
    **{"from": "cafe-admin@daum.net"}, name_from="Daum 카페 운영팀",
    date="Sun, 15 Sep 2024 07:00:00 +0000",
    subject="요청하신 게시물 처리 안내 (KCSC-240912-01)",
    body="""안녕하세요.

https://cafe.naver.com/bluesky22/48213 게시물은 삭제되었습니다.

Daum 카페 운영팀""",
    outcome="review",
    review="wrong_platform",
    imitates="Daum 카페 처리 안내 naming another portal's item",
    why="a trusted Kakao/Daum email cannot settle a NAVER item",
    items={N[1]: "pending"},
)

# ================================================================= TikTok
case(
    name="tiktok-restricted-and-conditional",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Mon, 16 Sep 2024 09:00:00 +0000",
    subject="Re: [KCSC-240916-01] Request for removal of illegal content",
    reply_to_req="req-240916-01",
    body="""Hi there,

Thank you for your report.

https://www.tiktok.com/@lucky.dal.kr/video/7412345678901234567
This video is now restricted in your country/region in accordance with
local law.

https://www.tiktok.com/@lucky.dal.kr/video/7412345678901234598
We are assessing this video against our Community Guidelines and will
remove it if it is found to violate them.

TikTok Trust & Safety
https://www.tiktok.com/community-guidelines""",
    outcome="applied",
    imitates="TikTok 'restricted in your country/region' local-law notice with a conditional promise for a second video",
    why="first restricted; second is a conditional future, stays pending",
    items={TK[0]: "restricted", TK[1]: "pending"},
)

case(
    name="tiktok-read-receipt",
    **{"from": "m.choi@tiktok.com"}, name_from="Minho Choi",
    date="Mon, 16 Sep 2024 02:00:00 +0000",
    subject="Read: [KCSC-240916-01] Request for removal of illegal content",
    reply_to_req="req-240916-01",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b"

--mdn-b
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@tiktok.com
  Subject: [KCSC-240916-01] Request for removal of illegal content
  Sent: Monday, September 16, 2024 10:00:00 AM (UTC+09:00) Seoul

was read on Monday, September 16, 2024 11:00:00 AM (UTC+09:00) Seoul.

--mdn-b
Content-Type: message/disposition-notification

Reporting-UA: mail.tiktok.com; Microsoft Exchange Server
Final-Recipient: rfc822; legal-kr@tiktok.com
Original-Message-ID: <req-240916-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Outlook/Exchange read receipt (MDN)",
    why="read receipt",
)

case(
    name="tiktok-korean-removed-both",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok 법무팀",
    date="Wed, 18 Sep 2024 03:00:00 +0000",
    subject="Re: [KCSC-240916-01] 조치 결과",
    reply_to_req="req-240916-01",
    body="""안녕하세요, TikTok입니다.

요청하신 아래 동영상은 커뮤니티 가이드라인 위반으로 삭제되었습니다.
1) https://www.tiktok.com/@lucky.dal.kr/video/7412345678901234567
2) https://www.tiktok.com/@lucky.dal.kr/video/7412345678901234598

이의가 있는 경우 https://www.tiktok.com/legal/report 를 이용해 주세요.
TikTok 법무팀""",
    outcome="applied",
    imitates="TikTok Korean notice '커뮤니티 가이드라인 위반으로 삭제되었습니다' with numbered URLs",
    why="heading sentence applies to both listed videos",
    items={TK[0]: "removed", TK[1]: "removed"},
)

# =================================================================== Meta
case(
    name="meta-local-law-echoed-report",
    **{"from": "noreply@meta.com"}, name_from="Meta",
    date="Tue, 17 Sep 2024 01:00:00 +0000",
    subject="Your report about content on Instagram [KCSC-240916-02]",
    reply_to_req="req-240916-02",
    body="""Hi,

We've restricted access to the content you reported in South Korea, based
on local law. It remains available in other countries.

Content you reported:
https://www.instagram.com/p/C9xQ2LmTvRa/

Learn how we handle government requests:
https://transparency.meta.com/reports/content-restrictions/

Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025""",
    outcome="applied",
    imitates="Meta 'we've restricted access to this content in [country] based on local law' notice with echoed report",
    why="restriction stated about 'the content you reported', which the echoed block lists",
    items={M[0]: "restricted"},
)

case(
    name="meta-asks-legal-basis",
    **{"from": "records@fb.com"}, name_from="Meta Law Enforcement Response Team",
    date="Tue, 17 Sep 2024 05:00:00 +0000",
    subject="Re: [KCSC-240916-02] Request for removal of illegal content",
    reply_to_req="req-240916-02",
    body="""Hello,

Regarding https://www.facebook.com/jiwoo.park.5821/posts/pfbid02kXyZ7TqLmN4wRsA1bC3dE5fG7hJ9kL1mN3pQ5rS7tU9vWl :
to continue processing this request, please provide the specific provision
of Korean law the content violates and, if available, a copy of the
Commission's decision. We are unable to proceed until we receive this.

Thank you,
Meta Platforms""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="Meta legal team request for the specific legal basis before acting",
    why="asks for more information; 'unable to proceed until' is not a rejection",
    items={M[1]: "pending"},
)

case(
    name="meta-appears-removed-hedged",
    **{"from": "noreply@meta.com"}, name_from="Meta",
    date="Wed, 18 Sep 2024 02:00:00 +0000",
    subject="Update on your report [KCSC-240916-02]",
    reply_to_req="req-240916-02",
    body="""Hi,

The post at
https://www.facebook.com/jiwoo.park.5821/posts/pfbid02kXyZ7TqLmN4wRsA1bC3dE5fG7hJ9kL1mN3pQ5rS7tU9vWl
appears to have been taken down already, possibly by the person who shared
it. We were not able to confirm this.

Meta""",
    outcome="review",
    review="not_understood",
    imitates="Meta update 'appears to have been taken down already, possibly by the person who shared it'",
    why="hedged ('appears', 'possibly', 'not able to confirm'): neither removed nor not_found with certainty",
    items={M[1]: "pending"},
)

# ================================================================= Reddit
case(
    name="reddit-removed-one-liner",
    **{"from": "noreply@reddit.com"}, name_from="Reddit",
    date="Wed, 18 Sep 2024 01:10:00 +0000",
    subject="Re: [KCSC-240917-01] Request for removal of illegal content",
    reply_to_req="req-240917-01",
    body="""Thanks for your report. After investigating, we found the reported content violates Reddit's Content Policy and have removed it: https://www.reddit.com/r/koreanleaks_fake/comments/1fdk3qz/new_folder_sept/

-- Reddit Safety
https://www.redditinc.com/policies/content-policy""",
    outcome="applied",
    imitates="Reddit Safety report outcome 'we found ... violates Reddit's Content Policy and have removed it'",
    why="one sentence and one URL: removed; the policy link is not an item",
    items={R[0]: "removed"},
)

case(
    name="reddit-no-violation",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Thu, 19 Sep 2024 02:00:00 +0000",
    subject="Re: [KCSC-240917-01] Request for removal of illegal content",
    reply_to_req="req-240917-01",
    body="""Hello,

Thank you for your report. After review, we didn't find that the post below
violates Reddit's Content Policy, so we haven't removed it.

https://www.reddit.com/r/koreanleaks_fake/comments/1fdk3qz/new_folder_sept/

Reddit Legal""",
    outcome="applied",
    imitates="Reddit 'we didn't find that ... violates Reddit's Content Policy' decision",
    why="negated removal with reason = rejected",
    items={R[0]: "rejected"},
)

HEADER = """# blind84: expected results written from each email's meaning before any
# run (see NOTES.md). Generated by make.py."""

if __name__ == "__main__":
    write_requests()
    write_set(HERE, "blind84", HEADER, C)
