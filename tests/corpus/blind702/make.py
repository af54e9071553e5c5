#!/usr/bin/env python3
"""Blind set 702: what a program gets wrong.

Mixed statuses in one sentence, hedges inside relative clauses, negations,
refusals with their reasons, later sentences that revise earlier ones, a
table contradicted by a note, statuses given by position ("respectively").

Written from each email's meaning, before any run of the reader. All names,
URLs, ids and people are fictional.

    python3 tests/corpus/blind702/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind702"

# ---------------------------------------------------------------- requests
X1 = "https://x.com/bluefern_mkt/status/1831020000000000101"
X2 = "https://x.com/bluefern_mkt/status/1831020000000000102"
X3 = "https://x.com/nightowl_kr88/status/1831020000000000203"
X4 = "https://x.com/nightowl_kr88/status/1831020000000000204"
X5 = "https://x.com/pale_lantern/status/1831020000000000305"
X6 = "https://x.com/pale_lantern/status/1831020000000000306"
X7 = "https://x.com/seoul_dealz_77/status/1831020000000000407"
X8 = "https://x.com/seoul_dealz_77/status/1831020000000000408"
X9 = "https://x.com/quiet_moth_22/status/1831020000000000509"
X10 = "https://x.com/quiet_moth_22/status/1831020000000000510"
X11 = "https://x.com/harbor_ledger"
X12 = "https://x.com/ginkgo_whisper/status/1831020000000000612"
X13 = "https://x.com/ginkgo_whisper/status/1831020000000000613"

Y1 = "https://www.youtube.com/watch?v=Qm7vT2kLp0a"
Y2 = "https://www.youtube.com/watch?v=Rb3xN8wHc1e"
Y3 = "https://www.youtube.com/shorts/Hk4pZ9sYd2u"
Y4 = "https://www.youtube.com/watch?v=Lf6eJ1qTm3o"
Y5 = "https://www.youtube.com/@moonbridge_tv"
Y6 = "https://www.youtube.com/watch?v=Tz9cW4bGn5s"

T1 = "https://t.me/amber_relay/118"
T2 = "https://t.me/amber_relay/119"
T3 = "https://t.me/coldspring_board/2045"
T4 = "https://t.me/coldspring_board/2051"
T5 = "https://t.me/lowtide_exchange"

N1 = "https://blog.naver.com/dalbit_store/223560001122"
N2 = "https://cafe.naver.com/greentearoom/5512"
N3 = "https://blog.naver.com/hanul_memo/%ED%9B%84%EA%B8%B0-223560004455"
N3_RAW = "https://blog.naver.com/hanul_memo/후기-223560004455"

K1 = "https://cafe.daum.net/bamboo_market/Jq8x/311"
K2 = "https://cafe.daum.net/bamboo_market/Jq8x/327"

R1, R2, R3, R4 = "KCSC-240903-01", "KCSC-240905-02", "KCSC-240906-03", "KCSC-240909-04"
R5, R6, R7 = "KCSC-240910-05", "KCSC-240911-06", "KCSC-240912-07"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, note, urls
    (R1, "x", "2024-09-03T15:20:00+09:00", "2024-09-10T23:59:59+09:00", "illegal_gambling",
     "largest request", [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12, X13]),
    (R2, "youtube", "2024-09-05T10:05:00+09:00", "2024-09-12T23:59:59+09:00", "drugs", "",
     [Y1, Y2, Y3, Y4, Y5]),
    (R3, "telegram", "2024-09-06T11:30:00+09:00", "2024-09-13T23:59:59+09:00", "drugs", "",
     [T1, T2, T3, T4]),
    (R4, "naver", "2024-09-09T09:40:00+09:00", "2024-09-16T23:59:59+09:00", "illegal_trade",
     "Korean path in one URL", [N1, N2, N3]),
    (R5, "kakao", "2024-09-10T14:00:00+09:00", "2024-09-17T23:59:59+09:00", "illegal_gambling", "",
     [K1, K2]),
    (R6, "youtube", "2024-09-11T16:10:00+09:00", "2024-09-18T23:59:59+09:00", "obscenity", "", [Y6]),
    (R7, "telegram", "2024-09-12T10:00:00+09:00", "2024-09-19T23:59:59+09:00", "illegal_trade", "",
     [T5]),
]


def mid(ref):
    return f"request.{ref}.1"


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def quoted(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)


def request_lines(ref, urls, greeting):
    out = [greeting, "",
           "The Korea Communications Standards Commission requests the removal of, or",
           "restriction of access to, the following content, found to be unlawful",
           "under Korean law:", ""]
    out += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    out += ["", f"Our reference: {ref}", "Please reply to this address with the action taken.", "",
            "KCSC Takedown Desk"]
    return out


AUTO = ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]

# ---------------------------------------------------------------- cases
cases = []


def case(**kw):
    cases.append(kw)


# ======================= APPLIED =======================

case(name="x-withheld-two-removed-one-in-one-sentence", outcome="applied",
     imitates="X legal request outcome email (country-withheld vs removed under the X Rules)",
     why="one sentence: two posts withheld in Korea, a third removed globally; the rest are still being assessed",
     **{"from": "legal-ops@x.com"}, date="Thu, 05 Sep 2024 08:14:09 +0000", reply_to_req=mid(R1),
     subject=f"Re: Removal request {R1} [ref:_00D1x.5002Kq8Z:ref]",
     body=f"""
Hello,

Thank you for your report dated 3 September 2024 ({R1}).

After reviewing the reported content under the X Rules and applicable Korean law, we have withheld {X1} and {X2} in the Republic of Korea, while {X3} was removed from X altogether because it broke our rules on illegal goods and services.

The remaining URLs in your report are still being assessed and we will write again once a decision has been made.

Withheld content remains visible outside the country concerned. Our policy on country-withheld content: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
     items={X1: "restricted", X2: "restricted", X3: "removed"})

case(name="x-hedges-inside-relative-clauses", outcome="applied",
     imitates="X legal operations reply written by an agent, per-post paragraphs",
     why="'which may have been edited' and 'which appears to quote' hedge only the relative clauses; the main clauses state withheld and no violation",
     **{"from": "legal-ops@x.com"}, date="Fri, 06 Sep 2024 02:41:30 +0000", reply_to_req=mid(R1),
     subject=f"Re: Removal request {R1}",
     body=f"""
Hi KCSC team,

Following up on {R1}.

The post {X5}, which may have been edited by its author after you filed the report, is now withheld in South Korea.

We reviewed {X6}, which appears to quote a news article, and found no violation of the X Rules or of Korean law as described in your notice. It stays up.

Thanks,
Min-seo
X Legal Operations
""",
     items={X5: "restricted", X6: "rejected"})

case(name="x-not-removed-but-withheld", outcome="applied",
     imitates="X legal reply explaining withheld-not-removed and a refusal",
     why="'have not removed ... instead withheld in Korea' is restricted; 'not taken any action ... remains available' with its reason is rejected",
     **{"from": "legal-ops@x.com"}, date="Fri, 06 Sep 2024 07:03:12 +0000", reply_to_req=mid(R1),
     subject=f"Re: Removal request {R1}",
     body=f"""
Hello,

We have not removed {X7} from X. Instead, access to it has been withheld in Korea: the post is unlawful there, but it does not break the X Rules.

We have not taken any action on {X8}. Having looked at it together with the context you provided, we could not identify a violation of the X Rules or of Korean law, so it remains available.

Best,
X Legal
""",
     items={X7: "restricted", X8: "rejected"})

case(name="x-update-paragraph-revises-decision", outcome="applied",
     imitates="X legal reply with an 'Update:' paragraph added before sending",
     why="both posts first called no violation; a later Update says the first has since been withheld in Korea and the second decision stands",
     **{"from": "legal-ops@x.com"}, date="Sat, 07 Sep 2024 01:22:48 +0000", reply_to_req=mid(R1),
     subject=f"Re: Removal request {R1}",
     body=f"""
Hello,

Our decision on two of the posts in {R1}:

{X9}
{X10}

Neither post violates the X Rules, and both remain available.

Update: while this reply was waiting in our queue, our legal reviewers reconsidered {X9} and it has since been withheld in Korea under local law. The decision on the second post stands.

Regards,
X Legal
""",
     items={X9: "restricted", X10: "rejected"})

case(name="yt-numbered-four-decisions", outcome="applied",
     imitates="YouTube/Google legal removals outcome email with one line per URL",
     why="four numbered lines: blocked in KR, removed globally, no action with reason, unable to locate ('appears to be invalid' only explains)",
     **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
     date="Mon, 09 Sep 2024 05:30:00 +0000", reply_to_req=mid(R2),
     subject=f"[7-3312000018811] Your legal request - {R2}",
     body=f"""
Hello,

Thanks for reaching out to us. We've reviewed the content you listed and reached the following decisions:

1. {Y1} - We have blocked this video from view in South Korea based on local law.
2. {Y2} - Removed from YouTube globally for violating our Community Guidelines.
3. {Y3} - We have decided not to take action. The Short does not violate our policies and we did not find it unlawful on the basis of the information provided.
4. {Y4} - We were unable to locate this video; the link appears to be invalid.

We have not yet reached a decision about the channel in your request.

Regards,
The YouTube Legal Team
""",
     items={Y1: "restricted", Y2: "removed", Y3: "rejected", Y4: "not_found"})

case(name="yt-headings-with-urls-below", outcome="applied",
     imitates="YouTube Trust & Safety outcome grouped under decision headings",
     why="statuses given by the heading above each group of URLs: two blocked in Korea, the channel terminated",
     **{"from": "trustandsafety@youtube.com"}, name_from="YouTube Trust & Safety",
     date="Mon, 09 Sep 2024 09:12:51 +0000", reply_to_req=mid(R2),
     subject=f"Re: {R2} - outcome of your request",
     body=f"""
Hi there,

We've completed our review of your request ({R2}).

Content blocked in South Korea under local law:
{Y1}
{Y3}

Channel terminated for repeated violations of our Community Guidelines:
{Y5}

You can find out more about how we handle government requests at https://support.google.com/transparencyreport/answer/7347743

Sincerely,
YouTube Trust & Safety
""",
     items={Y1: "restricted", Y3: "restricted", Y5: "removed"})

case(name="yt-refusal-with-reason-and-actioned", outcome="applied",
     imitates="Google legal support reply: 'actioned under our policies' plus a reasoned refusal",
     why="Rb3x 'has been actioned under our policies' (configured removed phrase); Lf6e refused with reasons and 'will remain available'; the legal form link is no item",
     **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
     date="Tue, 10 Sep 2024 03:05:44 +0000", reply_to_req=mid(R2),
     subject=f"Re: Removal request {R2}",
     body=f"""
Hello,

Re: {R2}

{Y2} has been actioned under our policies.

After careful review we have decided not to take action on {Y4}. The video is a documentary excerpt with educational context, which our policies allow, and the notice did not identify a court order or a specific provision of Korean law that the video breaches. It will remain available on YouTube.

If you have additional information, such as a court decision, you can submit a new request at https://support.google.com/legal/answer/3110420

Regards,
Google Legal Support
""",
     items={Y2: "removed", Y4: "rejected"})

case(name="yt-one-item-no-url-removed", outcome="applied",
     imitates="YouTube short reply to a one-video report (no URL repeated)",
     why="answers the one-item request by thread and reference; 'removed it from YouTube' is its only statement; the appeal sentence is conditional",
     **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
     date="Thu, 12 Sep 2024 06:48:02 +0000", reply_to_req=mid(R6),
     subject=f"Re: {R6} request to remove YouTube content",
     body="""
Hello,

We've reviewed the video you reported in your email of 11 September and removed it from YouTube for violating our policy on nudity and sexual content.

The uploader has been notified and may appeal. If the video is reinstated after an appeal, we will let you know.

The YouTube Team
""",
     items={Y6: "removed"})

case(name="yt-age-restricted-quoted-printable", outcome="applied",
     imitates="YouTube age-restriction notice, quoted-printable body",
     why="'does not meet the bar for removal, but ... we have age-restricted it': age restriction is restricted",
     **{"from": "policy-support@youtube.com"}, name_from="YouTube Policy Support",
     date="Fri, 13 Sep 2024 02:10:37 +0000", reply_to_req=mid(R6),
     subject=f"Your report {R6}",
     raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(f"""안녕하세요,

Following your request {R6} regarding {Y6}:

We reviewed the video against our Community Guidelines. It does not meet the bar for removal, but it is not suitable for all audiences, so we have age-restricted it. Viewers who are signed out or under 18 can no longer watch it.

Learn more about age-restricted content: https://support.google.com/youtube/answer/2802167

Kind regards,
YouTube Policy Support
"""),
     items={Y6: "restricted"})

case(name="tg-taken-down-and-not-found-one-sentence", outcome="applied",
     imitates="Telegram abuse-desk reply (Case # subject), one sentence mixing outcomes",
     why="two posts taken down and a third could not be found in one sentence; 'it seems the admin had deleted it' only explains the not_found",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
     date="Sun, 08 Sep 2024 19:32:10 +0000", reply_to_req=mid(R3),
     subject=f"Re: [Case #4471902] {R3}",
     body=f"""
Hello,

Thank you for your report. The posts {T1} and {T2} have been taken down, but {T3} could not be found - it seems the channel admin had already deleted it before our moderators got to it.

We are still looking into the last link from your report.

Telegram Abuse Team
""",
     items={T1: "removed", T2: "removed", T3: "not_found"})

case(name="tg-did-not-block-and-kr-unavailable", outcome="applied",
     imitates="Telegram abuse-desk follow-up on the same case",
     why="'We did not block X' with its reason is rejected; the other message is 'now unavailable to users in South Korea' (restricted)",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
     date="Mon, 09 Sep 2024 11:02:55 +0000", reply_to_req=mid(R3),
     subject=f"Re: [Case #4471902] {R3}",
     body=f"""
Hi,

Case #4471902.

We did not block {T4}. The message is a price list for goods that are legal to sell, and it doesn't violate the Telegram Terms of Service.

{T3} is now unavailable to users in South Korea.

Telegram Abuse Team
""",
     items={T4: "rejected", T3: "restricted"})

case(name="tg-top-posted-over-quoted-request", outcome="applied",
     imitates="Gmail-style top-posted reply over the quoted request",
     why="the reply names two messages as no longer accessible; the other two URLs appear only in the quoted request",
     **{"from": "support@telegram.org"}, name_from="Telegram Support",
     date="Tue, 10 Sep 2024 08:40:19 +0000", reply_to_req=mid(R3),
     subject=f"Re: Removal request {R3}",
     body=f"""
Done. Both messages below are no longer accessible on Telegram:
{T1}
{T2}

Regards,
Telegram Support

On Fri, 6 Sep 2024 at 11:30, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(request_lines(R3, [T1, T2, T3, T4], "Dear Telegram team,"))}
""",
     items={T1: "removed", T2: "removed", T3: "pending", T4: "pending"})

case(name="naver-blind-and-already-deleted", outcome="applied",
     imitates="NAVER 권리보호센터 게시중단 처리 결과 안내 (Korean prose)",
     why="one sentence: 게시중단(블라인드) for the blog post, 작성자가 이미 삭제 for the cafe post; the third is 검토 중",
     **{"from": "right-noreply@navercorp.com"}, name_from="네이버 권리보호센터",
     date="Wed, 11 Sep 2024 02:15:00 +0000", reply_to_req=mid(R4),
     subject=f"[네이버] 게시중단 요청 처리 결과 안내 ({R4})",
     body=f"""
안녕하세요. 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 안내드립니다.

요청하신 게시물 중 {N1} 는 정보통신망법에 따라 게시중단(블라인드) 처리되었으며, {N2} 는 작성자가 이미 삭제하여 확인되지 않습니다.

나머지 1건은 검토 중이며, 결과가 나오는 대로 다시 알려드리겠습니다.

감사합니다.
네이버 권리보호센터 드림
""",
     items={N1: "removed", N2: "not_found"})

NAVER_TABLE = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>{R4} 시정요구에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N1}</td><td>삭제</td><td>-</td></tr>
<tr><td>2</td><td>{N2}</td><td>임시조치</td><td>30일</td></tr>
<tr><td>3</td><td>{N3_RAW}</td><td>조치불가</td><td>위법성이 확인되지 않음(판매 게시물 아님)</td></tr>
</table>
<p>조치 결과에 이견이 있으시면 회신 주시기 바랍니다.</p>
<p>네이버 정책지원팀</p>
</body></html>"""

case(name="naver-sijeong-html-table-three", outcome="applied",
     imitates="Korean 시정요구 조치결과 회신 HTML table (NAVER)",
     why="table rows: 삭제 (removed), 임시조치 (restricted), 조치불가 with its reason (rejected); third URL has a raw Korean path",
     **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
     date="Thu, 12 Sep 2024 01:30:00 +0000", reply_to_req=mid(R4),
     subject=f"RE: 시정요구 조치결과 회신 요청 ({R4})",
     type="html", body=NAVER_TABLE,
     items={N1: "removed", N2: "restricted", N3: "rejected"})

case(name="naver-urls-followed-by-particles", outcome="applied",
     imitates="NAVER staff reply in Korean prose, URLs glued to particles and full-width brackets",
     why="first URL followed by '는' and 국내 접근 제한 (restricted); second followed by '（카페 게시글）는' and 운영자 삭제 (removed)",
     **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
     date="Thu, 12 Sep 2024 07:55:20 +0000", reply_to_req=mid(R4),
     subject=f"RE: 게시물 삭제 요청 {R4}",
     body=f"""
안녕하세요, 네이버 정책지원팀 이서윤입니다.

{N1}는 국내 접근 제한 조치를 완료하였고, {N2}（카페 게시글）는 카페 운영자 협조로 운영자 삭제 처리되었습니다.

감사합니다.
""",
     items={N1: "restricted", N2: "removed"})

case(name="daum-imsi-and-kept", outcome="applied",
     imitates="Kakao/Daum 권리침해신고센터 처리 결과 (임시조치 / 게시 유지)",
     why="임시조치(30일) is restricted; 게시 유지 with its reason is rejected; the closing 'may be deleted after 30 days' is conditional",
     **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
     date="Wed, 11 Sep 2024 05:20:00 +0000", reply_to_req=mid(R5),
     subject=f"[Daum] 게시물 처리 결과 안내 ({R5})",
     body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

{R5} 건으로 요청하신 다음 카페 게시물의 처리 결과입니다.

- {K1} : 임시조치(30일) 완료
- {K2} : 게시 유지 - 신고 내용과 달리 불법 정보로 보기 어려워 조치하지 않았습니다.

임시조치된 게시물은 게시자의 이의제기가 없을 경우 30일 후 삭제될 수 있습니다.

감사합니다.
""",
     items={K1: "restricted", K2: "rejected"})

DAUM_CSV = f"""번호,URL,처리결과,사유
1,{K1},삭제,불법 정보(도박)
2,{K2},게시물 없음,작성자 삭제
"""

case(name="daum-csv-attachment", outcome="applied",
     imitates="Kakao result sheet sent as a CSV attachment",
     why="CSV rows: 삭제 (removed) and 게시물 없음 / 작성자 삭제 (not_found)",
     **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
     date="Thu, 12 Sep 2024 04:44:10 +0000", reply_to_req=mid(R5),
     subject=f"[Daum] 처리 결과 회신 {R5}",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="=_daum_702_a"

--=_daum_702_a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 카카오 권리침해신고센터입니다.

{R5} 건의 처리 결과를 첨부 파일(CSV)로 보내드립니다.

감사합니다.

--=_daum_702_a
Content-Type: text/csv; charset=utf-8; name="result_{R5}.csv"
Content-Disposition: attachment; filename="result_{R5}.csv"
Content-Transfer-Encoding: base64

{b64(DAUM_CSV)}
--=_daum_702_a--
""",
     items={K1: "removed", K2: "not_found"})

X_CSV = f"""url,action,scope,notes
{X1},removed,global,Illegal goods and services policy
{X2},withheld,KR,Local law
{X3},no action,,No violation of the X Rules or local law found
{X4},not found,,Post no longer exists
{X5},withheld,KR,
{X6},withheld,KR,
{X7},removed,global,
{X8},no action,,Reported post is commentary
"""

case(name="x-csv-attachment-eight-rows", outcome="applied",
     imitates="X legal outcome sheet as a base64 CSV attachment",
     why="one row per post: removed, withheld (restricted), no action (rejected), not found",
     **{"from": "legal-ops@x.com"}, date="Mon, 09 Sep 2024 06:00:00 +0000", reply_to_req=mid(R1),
     subject=f"Re: Removal request {R1} - outcomes (part 1)",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="----=_Part_702_x1"

------=_Part_702_x1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find the outcome for each reported URL in the attached CSV. This covers the first eight URLs of {R1}; we are still working on the rest.

X Legal

------=_Part_702_x1
Content-Type: text/csv; name="{R1}_outcomes.csv"
Content-Disposition: attachment; filename="{R1}_outcomes.csv"
Content-Transfer-Encoding: base64

{b64(X_CSV)}
------=_Part_702_x1--
""",
     items={X1: "removed", X2: "restricted", X3: "rejected", X4: "not_found",
            X5: "restricted", X6: "restricted", X7: "removed", X8: "rejected"})

case(name="x-echoed-report-blocks", outcome="applied",
     imitates="X legal form reply echoing 'Your report' / 'Our decision' per report",
     why="each block echoes the reported URL, then states the decision: withheld in KR (restricted), no action with reason (rejected)",
     **{"from": "noreply-legal@x.com"}, date="Sat, 07 Sep 2024 10:17:33 +0000", reply_to_req=mid(R1),
     subject=f"Your legal request {R1} - decisions",
     body=f"""
Hello,

We have made decisions on two of the reports you submitted.

Your report
-----------
Report ID: LR-24-0907-55120
Reported content: {X10}
Reported reason: Illegal gambling (Korea)

Our decision
------------
Withheld in: South Korea (KR)

Your report
-----------
Report ID: LR-24-0907-55121
Reported content: {X13}
Reported reason: Illegal gambling (Korea)

Our decision
------------
No action. The content does not violate the X Rules and we did not find sufficient grounds to withhold it under local law.

X Legal
""",
     items={X10: "restricted", X13: "rejected"})

case(name="x-wrapped-urls-in-angle-brackets", outcome="applied",
     imitates="Outlook plain-text reply with URLs in angle brackets, one wrapped",
     why="'Both posts listed below have been removed'; both URLs named, the second wrapped inside its angle brackets",
     **{"from": "jh.kang@x.com"}, name_from="Ji-hoon Kang (X Legal)",
     date="Tue, 10 Sep 2024 00:58:14 +0000", reply_to_req=mid(R1),
     subject=f"RE: Removal request {R1}",
     body=f"""
Hello,

Both posts listed below have been removed from X for violating our rules on illegal or certain regulated goods and services:

<{X12}>
<https://x.com/ginkgo_whisper/status/
1831020000000000613>

Kind regards,
Ji-hoon Kang
Legal Operations, X
""",
     items={X12: "removed", X13: "removed"})

YT_HTML = f"""<html><body>
<p>Hello,</p>
<p>Here are the results for your request <b>{R2}</b>.</p>
<table border="1" cellpadding="6">
<thead><tr><th>Content</th><th>Decision</th><th>Reason</th></tr></thead>
<tbody>
<tr><td><a href="{Y3}">{Y3}</a></td><td>Removed</td><td>Community Guidelines: sale of regulated goods</td></tr>
<tr><td><a href="{Y4}">{Y4}</a></td><td>Blocked in KR</td><td>Local law</td></tr>
<tr><td><a href="{Y5}">{Y5}</a></td><td>No action</td><td>The channel as a whole does not violate our policies</td></tr>
</tbody></table>
<p>See our <a href="https://support.google.com/youtube/answer/2801939">Community Guidelines</a> for more information.</p>
<p>The YouTube Legal Team</p>
</body></html>
"""

case(name="yt-base64-html-table", outcome="applied",
     imitates="YouTube HTML results table, base64 encoded, with a plain-text stub",
     why="HTML table: Removed, Blocked in KR (restricted), No action with reason (rejected); the Community Guidelines link is no item",
     **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
     date="Wed, 11 Sep 2024 07:21:09 +0000", reply_to_req=mid(R2),
     subject=f"[7-3312000018811] Results for {R2}",
     raw_mime=f"""Content-Type: multipart/alternative; boundary="000000000000a702b1c2"

--000000000000a702b1c2
Content-Type: text/plain; charset="UTF-8"

This message contains a table with the results of your request {R2}. Please view it in an email client that displays HTML.

--000000000000a702b1c2
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: base64

{b64(YT_HTML)}
--000000000000a702b1c2--
""",
     items={Y3: "removed", Y4: "restricted", Y5: "rejected"})

case(name="tg-bare-urls-status-on-next-line", outcome="applied",
     imitates="Telegram terse case update: bare t.me links, status on the line below",
     why="scheme-less links each followed by 'Status: blocked' (removed) and 'Status: not found (deleted by the owner)'",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
     date="Wed, 11 Sep 2024 16:05:41 +0000", reply_to_req=mid(R3),
     subject=f"Case #4471902 update",
     body="""
Case #4471902 update

t.me/coldspring_board/2045
Status: blocked

t.me/coldspring_board/2051
Status: not found (the message was deleted by the channel owner)

- Telegram Abuse
""",
     items={T3: "removed", T4: "not_found"})

case(name="x-respectively-by-position", outcome="applied",
     imitates="X legal agent reply giving outcomes 'respectively'",
     why="three URLs listed, then 'have been, respectively, removed, withheld in Korea, and left up' (removed, restricted, rejected)",
     **{"from": "legal-ops@x.com"}, date="Sun, 08 Sep 2024 03:30:00 +0000", reply_to_req=mid(R1),
     subject=f"Re: Removal request {R1}",
     body=f"""
Hi,

The three posts from your request

{X3}
{X4}
{X5}

have been, respectively, removed, withheld in Korea, and left up (we found no violation of the X Rules or of Korean law in the last one).

Best regards,
X Legal
""",
     items={X3: "removed", X4: "restricted", X5: "rejected"})

case(name="yt-outlook-top-post-one-of-five", outcome="applied",
     imitates="Google legal agent reply top-posted over an Outlook '-----Original Message-----' quote",
     why="only Rb3x is stated (blocked for viewers in Korea); the other four are in the quoted request and 'still with our legal team'",
     **{"from": "legal-kr@google.com"}, name_from="Jae-won (Google Legal Support)",
     date="Fri, 06 Sep 2024 09:44:27 +0000", reply_to_req=mid(R2),
     subject=f"RE: Removal request {R2}",
     body=f"""
Hello,

We have blocked {Y2} for viewers in Korea. The other items in your request are still with our legal team and we'll get back to you on them separately.

Regards,
Jae-won
Google Legal Support

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 10:05 AM
To: legal-kr@google.com
Subject: Removal request {R2}

""" + "\n".join(request_lines(R2, [Y1, Y2, Y3, Y4, Y5], "Dear YouTube Legal team,")),
     items={Y2: "restricted", Y1: "pending", Y3: "pending", Y4: "pending", Y5: "pending"})

case(name="naver-reconsidered-then-taken-down", outcome="applied",
     imitates="NAVER 재검토 결과 안내 (Korean), raw Korean path in the URL",
     why="'처음에는 조치 대상이 아닌 것으로 판단하였으나 ... 재검토한 결과 게시중단 처리': the later clause is the decision (removed)",
     **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
     date="Fri, 13 Sep 2024 03:12:00 +0000", reply_to_req=mid(R4),
     subject=f"RE: {R4} 재검토 결과 안내",
     body=f"""
안녕하세요, 네이버입니다.

{N3_RAW} 게시물은 1차 검토 시 조치 대상이 아닌 것으로 판단하였으나, 귀 위원회에서 보내주신 추가 자료를 토대로 재검토한 결과 게시중단 처리하였습니다.

감사합니다.
""",
     items={N3: "removed"})

case(name="x-receipt-phrase-plus-statement", outcome="applied",
     imitates="X support case-opened receipt that also carries one decision",
     why="opens like an acknowledgement ('We've received your request'), but states one post removed, unhedged",
     **{"from": "support@x.com"}, name_from="X Support",
     date="Wed, 04 Sep 2024 01:09:58 +0000", reply_to_req=mid(R1),
     subject=f"Case 0192837: we received your request ({R1})",
     body=f"""
Hello,

We've received your request and opened case 0192837. Please keep this number for any follow-up.

Our team has already reviewed one of the reported posts: {X8} has been removed for violating the X Rules. We will reply separately about the others.

X Support
""",
     items={X8: "removed"})

case(name="tg-one-item-reasoned-refusal", outcome="applied",
     imitates="Telegram abuse-desk refusal for a channel report (no URL repeated)",
     why="reply in the thread of a one-item request: the channel breaks no ToS rule, 'we have decided not to take it down' (rejected)",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
     date="Sat, 14 Sep 2024 12:26:03 +0000", reply_to_req=mid(R7),
     subject=f"Re: {R7} - channel report",
     body="""
Hello,

We looked at the channel you reported. It republishes headlines from licensed Korean news outlets, and we could not find anything in it that breaks our Terms of Service, so we have decided not to take it down.

Telegram Abuse Team
""",
     items={T5: "rejected"})

# ======================= REVIEW =======================

X_CONFLICT_HTML = f"""<html><body>
<p>Hello,</p>
<p>Below is the status of the account in your request {R1}.</p>
<table border="1" cellpadding="4">
<tr><th>Reported account</th><th>Action taken</th></tr>
<tr><td>{X11}</td><td>Account suspended</td></tr>
</table>
<p>We did not find a violation of the X Rules in the account you reported, and it remains available.</p>
<p>X Legal</p>
</body></html>"""

case(name="x-table-contradicted-by-note", outcome="review", review="conflicting_statements",
     imitates="X case-tool HTML table followed by an agent's note",
     why="the table says 'Account suspended', the note below says no violation and it remains available; neither says the other is wrong",
     **{"from": "legal-ops@x.com"}, date="Mon, 09 Sep 2024 13:40:00 +0000", reply_to_req=mid(R1),
     subject=f"Re: Removal request {R1} - account",
     type="html", body=X_CONFLICT_HTML,
     items={X11: "pending"})

case(name="x-will-be-withheld-promise", outcome="review", review="not_understood",
     imitates="X legal reply announcing a withholding after the user-notice period",
     why="'will be withheld ... should take effect within 24 hours' is a promise, not a statement",
     **{"from": "legal-ops@x.com"}, date="Wed, 04 Sep 2024 10:30:00 +0000", reply_to_req=mid(R1),
     subject=f"Re: Removal request {R1}",
     body=f"""
Hello,

Regarding {R1}: our legal team has confirmed that {X1} and {X2} will be withheld in Korea. The withholding should take effect within the next 24 hours, once the account holder has been notified in line with our user notice policy.

X Legal
""",
     items={X1: "pending", X2: "pending"})

case(name="yt-may-have-been-taken-down", outcome="review", review="not_understood",
     imitates="Google legal agent's interim reply",
     why="'may have been taken down by the uploader ... will confirm' is a hedge and a promise",
     **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
     date="Sat, 07 Sep 2024 05:05:05 +0000", reply_to_req=mid(R2),
     subject=f"RE: Removal request {R2}",
     body=f"""
Hi,

About {Y4} from your request {R2}: the video may have been taken down by the uploader already, as it no longer shows up for us in our internal tools. We are checking with the relevant team and will confirm its status in a follow-up.

Best,
Google Legal Support
""",
     items={Y4: "pending"})

case(name="tg-all-messages-removed-bulk", outcome="review", review="bulk",
     imitates="Telegram one-line case closure",
     why="'All the messages listed in your report have been removed' for a four-item request names no item",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
     date="Thu, 12 Sep 2024 21:14:37 +0000", reply_to_req=mid(R3),
     subject=f"Re: [Case #4471902] {R3}",
     body=f"""
Hello,

Case #4471902 / {R3}

All the messages listed in your report have been removed. Thank you for helping keep Telegram safe.

Telegram Abuse Team
""",
     items={T1: "pending", T2: "pending", T3: "pending", T4: "pending"})

case(name="naver-all-three-done-bulk", outcome="review", review="bulk",
     imitates="NAVER 처리 완료 안내 (Korean one-liner)",
     why="'게시물 3건 모두 게시중단 처리를 완료' names none of the three items",
     **{"from": "right-noreply@navercorp.com"}, name_from="네이버 권리보호센터",
     date="Sat, 14 Sep 2024 00:30:00 +0000", reply_to_req=mid(R4),
     subject=f"[네이버] 처리 완료 안내 ({R4})",
     body=f"""
안녕하세요. 네이버 권리보호센터입니다.

요청번호 {R4}로 요청하신 게시물 3건 모두 게시중단 처리를 완료하였습니다.

감사합니다.
""",
     items={N1: "pending", N2: "pending", N3: "pending"})

case(name="x-dmarc-fail-removed", outcome="review", review="untrusted",
     imitates="X-looking legal reply failing DKIM/SPF/DMARC",
     why="From x.com but authentication failed: its 'removed' statements cannot be trusted",
     **{"from": "legal@x.com"}, auth="fail", date="Tue, 10 Sep 2024 04:04:04 +0000",
     subject=f"Re: Removal request {R1}",
     body=f"""
Hello,

The posts {X12} and {X13} have been removed.

X Legal
""",
     items={X12: "pending", X13: "pending"})

case(name="lawfirm-says-uploader-deleted", outcome="review", review="unknown_sender",
     imitates="letter from the uploader's lawyer",
     why="a law firm (no platform domain) says the uploader deleted the video: not the platform's statement",
     **{"from": "jiho.park@hanbit-lawfirm.example"}, name_from="Park Ji-ho (Hanbit Law)",
     date="Mon, 09 Sep 2024 08:00:00 +0000",
     subject=f"Your request {R2} - video deleted by our client",
     body=f"""
Dear Sir or Madam,

We act for the uploader of {Y1}, which was the subject of your request {R2} to YouTube. Our client deleted the video on 6 September 2024 and asks that the matter be closed.

Yours faithfully,
Park Ji-ho
Hanbit Law
""",
     items={Y1: "pending"})

case(name="tg-reports-on-x-post", outcome="review", review="wrong_platform",
     imitates="Telegram abuse-desk reply to a request copied to it by mistake",
     why="telegram.org states that an X post was deleted; only X can state its items' status",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
     date="Thu, 05 Sep 2024 14:12:00 +0000", reply_to_req=mid(R1),
     subject=f"Re: Removal request {R1}",
     body=f"""
Hello,

You copied us on your request to X. The posts you listed are hosted on X, not Telegram, so we can't act on them.

For your information, {X4}, which promoted a Telegram channel, has been deleted; we checked when we reviewed the channel on our side.

Telegram Abuse Team
""",
     items={X4: "pending"})

case(name="naver-asks-for-legal-basis", outcome="review", review="asks_more",
     classification="request_for_info",
     imitates="NAVER 소명자료 요청 (Korean request for supporting documents)",
     why="asks for the legal basis and the 심의 의결서 before reviewing the cafe post; nothing decided",
     **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
     date="Tue, 10 Sep 2024 06:20:00 +0000", reply_to_req=mid(R4),
     subject=f"RE: {R4} 관련 자료 요청",
     body=f"""
안녕하세요, 네이버 정책지원팀입니다.

{R4} 건 중 {N2} 게시물에 대해서는 요청 근거(위반 법령 및 심의 의결서)를 확인할 수 있는 자료가 필요합니다.
해당 자료를 회신해 주시면 검토를 진행하겠습니다.

감사합니다.
""",
     items={N2: "pending"})

case(name="yt-dashboard-update-no-details", outcome="review", review="no_claims",
     imitates="Google legal dashboard 'there is an update on your request' notification",
     why="trusted Google mail naming no item and no request of ours: nothing to apply",
     **{"from": "legal-notifications@google.com"}, name_from="Google Legal",
     date="Sun, 15 Sep 2024 02:00:00 +0000",
     subject="An update on your legal request",
     body="""
Hello,

There is an update on one of your legal requests. To see the decision, sign in to the Legal Removals dashboard:
https://support.google.com/legal/dashboard

Please do not reply to this email; this mailbox is not monitored.

Google Legal
""",
     items={})

case(name="x-under-review-and-will-withhold", outcome="review", review="not_understood",
     imitates="X legal interim status reply",
     why="'which our reviewers consider likely to be unlawful' is a hedge inside 'is still under review'; the other post 'will be withheld' later",
     **{"from": "legal-ops@x.com"}, date="Tue, 10 Sep 2024 10:10:10 +0000", reply_to_req=mid(R1),
     subject=f"Re: Removal request {R1} - status",
     body=f"""
Hello,

Thanks for your patience on {R1}.

{X6}, which our reviewers consider likely to be unlawful in Korea, is still under review by our legal team. {X5} will be withheld in Korea once the account holder's notice period ends on 13 September.

We will confirm both outcomes by email.

X Legal
""",
     items={X5: "pending", X6: "pending"})

case(name="daum-deletion-if-no-response", outcome="review", review="not_understood",
     imitates="Kakao 소명 요청 진행 안내 (conditional deletion)",
     why="'7일 이내 소명이 없을 경우 삭제될 예정' is conditional and future: nothing decided yet",
     **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
     date="Wed, 11 Sep 2024 00:40:00 +0000", reply_to_req=mid(R5),
     subject=f"[Daum] 처리 진행 안내 ({R5})",
     body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

{K1} 게시물은 게시자에게 소명을 요청하였으며, 7일 이내 소명이 없을 경우 삭제될 예정입니다.

처리가 완료되면 다시 안내드리겠습니다.
""",
     items={K1: "pending"})

# ======================= IGNORED =======================

case(name="x-out-of-office", outcome="ignored", classification="auto_reply",
     imitates="Outlook automatic reply from an X employee",
     why="out-of-office auto-reply; says nothing about any item",
     **{"from": "yuna.choi@x.com"}, name_from="Yuna Choi",
     date="Tue, 03 Sep 2024 06:21:00 +0000", reply_to_req=mid(R1), extra_headers=AUTO,
     subject=f"Automatic reply: Removal request {R1}",
     body="""
Thank you for your message. I am out of the office until 16 September with limited access to email.

For legal requests, please use the legal request portal; your message has not been forwarded.

Yuna Choi
""",
     items={})

DSN_TEXT = """This is the mail system at host mail-out1.telegram.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-kr@telegram.org>: host mx.telegram.org[203.0.113.25] said:
    550 5.1.1 <abuse-kr@telegram.org>: Recipient address rejected:
    User unknown in virtual mailbox table
"""

case(name="tg-dsn-user-unknown", outcome="ignored", classification="bounce",
     imitates="Postfix delivery status notification (multipart/report)",
     why="bounce for a wrong recipient address; the original headers name our reference only",
     **{"from": "MAILER-DAEMON@mail-out1.telegram.org"}, name_from="Mail Delivery System",
     date="Thu, 12 Sep 2024 01:00:22 +0000", reply_to_req=mid(R7),
     extra_headers=["Auto-Submitted: auto-replied"],
     subject="Undelivered Mail Returned to Sender",
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="7A1C2B3D4E.1726102822/mail-out1.telegram.org"

--7A1C2B3D4E.1726102822/mail-out1.telegram.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

{DSN_TEXT}
--7A1C2B3D4E.1726102822/mail-out1.telegram.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail-out1.telegram.org
X-Postfix-Queue-ID: 7A1C2B3D4E
Arrival-Date: Thu, 12 Sep 2024 01:00:20 +0000 (UTC)

Final-Recipient: rfc822; abuse-kr@telegram.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.telegram.org
Diagnostic-Code: smtp; 550 5.1.1 <abuse-kr@telegram.org>: Recipient address
    rejected: User unknown in virtual mailbox table

--7A1C2B3D4E.1726102822/mail-out1.telegram.org
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-kr@telegram.org
Subject: Removal request {R7}
Date: Thu, 12 Sep 2024 10:00:00 +0900
Message-ID: <{mid(R7)}@kcsc.example>

--7A1C2B3D4E.1726102822/mail-out1.telegram.org--
""",
     items={T5: "pending"})

case(name="naver-read-receipt", outcome="ignored", classification="read_receipt",
     imitates="MDN read receipt (읽음 확인) from a NAVER mailbox",
     why="message disposition notification: the request was displayed, nothing more",
     **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
     date="Mon, 09 Sep 2024 01:02:03 +0000", reply_to_req=mid(R4),
     subject=f"읽음: 게시물 삭제 요청 {R4}",
     raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="mdn_702_naver"

--mdn_702_naver
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "게시물 삭제 요청 {R4}"을(를) 수신자가 2024-09-09 10:02에 읽었습니다.

--mdn_702_naver
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER Works Mail
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <{mid(R4)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_702_naver--
""",
     items={})

case(name="yt-ticket-receipt", outcome="ignored", classification="acknowledgement",
     imitates="Google legal request auto-receipt with ticket number",
     why="pure acknowledgement: received, will review, no decision",
     **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
     date="Thu, 05 Sep 2024 01:06:40 +0000", reply_to_req=mid(R2), extra_headers=["Auto-Submitted: auto-generated"],
     subject=f"[7-3312000018811] We received your legal request",
     body=f"""
Hello,

Thanks for your request {R2}. This is an automated message to confirm that we've received it.

We review every request carefully, and we'll contact you by email if we need more information or once we've made a decision.

Regards,
Google Legal Support
""",
     items={})

case(name="naver-receipt-korean", outcome="ignored", classification="acknowledgement",
     imitates="NAVER 신고 접수 완료 자동 안내",
     why="접수 완료 receipt with a ticket number; no decision",
     **{"from": "right-noreply@navercorp.com"}, name_from="네이버 권리보호센터",
     date="Mon, 09 Sep 2024 00:41:00 +0000", reply_to_req=mid(R4), extra_headers=["Auto-Submitted: auto-generated"],
     subject=f"[네이버] 신고 접수 완료 안내 ({R4})",
     body=f"""
안녕하세요. 네이버 권리보호센터입니다.

요청하신 신고({R4})가 정상적으로 접수되었습니다.
접수번호: NR-2024-0909-11832

담당자 검토 후 처리 결과를 메일로 안내해 드리겠습니다.
본 메일은 발신 전용입니다.
""",
     items={})

case(name="daum-out-of-office-korean", outcome="ignored", classification="auto_reply",
     imitates="Korean 부재중 자동응답 from a Kakao employee",
     why="out-of-office auto-reply (추석 연휴); no item",
     **{"from": "minji.oh@kakaocorp.com"}, name_from="오민지",
     date="Tue, 10 Sep 2024 05:00:10 +0000", reply_to_req=mid(R5), extra_headers=AUTO,
     subject=f"[자동응답] 부재중입니다: 게시물 삭제 요청 {R5}",
     body="""
안녕하세요, 오민지입니다.

9월 13일부터 9월 18일까지 추석 연휴로 부재중입니다.
급한 권리침해 신고 건은 권리침해신고센터 대표 메일로 보내주시기 바랍니다.

감사합니다.
""",
     items={})

# ---------------------------------------------------------------- write
HEADER = """# Blind set 702 (what a program gets wrong): expected results written from
# each email's meaning before any run of the reader. Generated by make.py.
"""

def encode_headers(c):
    # Real mailers send non-ASCII display names and subjects as RFC 2047 words.
    if "name_from" in c and not c["name_from"].isascii():
        c["name_from"] = Header(c["name_from"], "utf-8").encode()
    if not c["subject"].isascii():
        c["subject"] = Header(c["subject"], "utf-8").encode()


if __name__ == "__main__":
    for c in cases:
        encode_headers(c)
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
