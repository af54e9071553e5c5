#!/usr/bin/env python3
"""Blind set 63 (issue 11): Korean-first mix of what a regulator's mailbox
really receives (NAVER, Kakao/Daum, Korean offices of YouTube, X, TikTok),
plus doubtful and ignorable mail. Expected results written from each email's
meaning before anything was run. Deterministic: python3 make.py"""
import base64
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpuslib import write_set  # noqa: E402

N = [
    "https://blog.naver.com/haneul_moon22/223571840012",
    "https://blog.naver.com/haneul_moon22/223571840377",
    "https://cafe.naver.com/jjangdeal/88123",
    "https://cafe.naver.com/jjangdeal/88190",
    "https://cafe.naver.com/sunsetmarket77/4512",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80201&docId=471200315",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38201144&memberNo=50122871",
    "https://blog.naver.com/greentea_lab/223580012290",
    "https://blog.naver.com/greentea_lab/223580019931",
    "https://cafe.naver.com/ohmycoin2024/1207",
    "https://cafe.naver.com/ohmycoin2024/1210",
    "https://tv.naver.com/v/58120034",
    "https://blog.naver.com/pinkcloud_88/223590114020",
    "https://in.naver.com/dreamer_lee/contents/internal/711238800123456",
]
K = [
    "https://cafe.daum.net/moonlightsale/Ab3k/1520",
    "https://cafe.daum.net/moonlightsale/Ab3k/1533",
    "https://gamja-diary.tistory.com/318",
    "https://v.daum.net/v/20240908154512345",
    "https://pf.kakao.com/_xbQxkTn/105322118",
]
Y = [
    "https://www.youtube.com/watch?v=Qm7rT2xKp0c",
    "https://www.youtube.com/watch?v=Lk9W3nBv8aE",
    "https://www.youtube.com/shorts/Zt4pLx0Qw2M",
    "https://www.youtube.com/@%EB%B0%A4%ED%95%98%EB%8A%98%ED%8B%B0%EB%B9%84",
]
Y4_RAW = "https://www.youtube.com/@밤하늘티비"
X = [
    "https://x.com/moonwalk_kr99/status/1832214455667788990",
    "https://x.com/moonwalk_kr99/status/1832219000012345678",
    "https://x.com/bada_deal_kr/status/1833001122334455667",
]
T = [
    "https://www.tiktok.com/@sunny.deal.kr/video/7412233445566778899",
    "https://www.tiktok.com/@sunny.deal.kr/video/7412239988776655443",
]
S1 = "https://blog.naver.com/nightowl_kim/223601234567"

R_N, R_K, R_Y, R_X, R_T, R_S = ("req-240910-01", "req-240911-01", "req-240912-01",
                                "req-240913-01", "req-240916-01", "req-240917-01")


def quoted_request(ref, urls, prefix="> "):
    lines = [f"안녕하십니까, 방송통신심의위원회입니다.",
             f"아래 정보에 대하여 시정요구(삭제)를 하오니 조치 후 결과를 회신하여 주시기 바랍니다. (문서번호 {ref})",
             ""]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u} - 삭제 요청")
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


NAVER_FOOTER = """--
네이버 주식회사 | 경기도 성남시 분당구 정자일로 95 (가상 주소 표기)
본 메일은 발신전용이 아닙니다. 문의: 네이버 고객센터 https://help.naver.com/
권리침해 신고 안내: https://right.naver.com/"""

KAKAO_FOOTER = """--
(주)카카오 정책협력팀
카카오 운영정책: https://www.kakao.com/policy/oppolicy
Daum 고객센터: https://cs.daum.net/"""

CASES = []


def case(**kw):
    CASES.append(kw)


# ---------------------------------------------------------------- applied
table_rows = "".join(
    f"<tr><td>{i}</td><td>{u}</td><td>{s}</td><td>{d}</td></tr>\n"
    for i, (u, s, d) in enumerate([
        (N[0], "삭제", "2024-09-11"),
        (N[1], "삭제", "2024-09-11"),
        (N[2], "임시조치(30일)", "2024-09-11"),
        (N[3], "게시물 없음(작성자 삭제)", "-"),
        (N[4], "조치 불가(위반사항 확인 안 됨)", "-"),
    ], 1))
case(name="naver-kcsc-result-table-html", date="Wed, 11 Sep 2024 17:20:05 +0900",
     **{"from": "kcsc-report@navercorp.com"}, subject="[회신] 시정요구(KCSC-240910-01) 조치결과 통보",
     reply_to_req=R_N, type="html",
     body=f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>귀 위원회의 시정요구(KCSC-240910-01)에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
{table_rows}</table>
<p>나머지 게시물은 확인 후 별도 회신드리겠습니다.</p>
<p>네이버 주식회사 정책협력실 드림<br>운영정책: <a href="https://policy.naver.com/policy/service.html">https://policy.naver.com/policy/service.html</a></p>
</body></html>""",
     outcome="applied", classification="confirmation",
     imitates="KCSC 시정요구 조치결과 회신 표 (번호/URL/조치결과/조치일), as Korean portals return them",
     why="HTML table: 삭제 -> removed, 임시조치 -> restricted, 게시물 없음(작성자 삭제) -> not_found, 조치 불가(위반사항 확인 안 됨) -> rejected; the other nine stay pending",
     items={N[0]: "removed", N[1]: "removed", N[2]: "restricted", N[3]: "not_found", N[4]: "rejected"})

case(name="naver-blind-top-posted-over-quote", date="Thu, 12 Sep 2024 10:02:44 +0900",
     **{"from": "policy@navercorp.com"}, subject="RE: [방송통신심의위원회] 시정요구 KCSC-240910-01",
     reply_to_req=R_N,
     body=f"""안녕하세요, 네이버 정책협력 담당자입니다.

요청하신 건 중 지식iN 질문 게시물({N[5]})과 네이버 포스트 게시물({N[6]})은 운영정책 위반이 확인되어 블라인드 처리하였습니다.

감사합니다.

2024년 9월 10일 (화) 오전 10:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{quoted_request("KCSC-240910-01", N)}
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 블라인드 처리 안내 (지식iN/포스트), Gmail-style quoted request below a top-posted answer",
     why="블라인드 처리 is removal for the two named items; the quoted request (삭제 요청 next to all 14 URLs) does not count",
     items={N[5]: "removed", N[6]: "removed"})

case(name="naver-status-below-bare-url", date="Thu, 12 Sep 2024 15:40:10 +0900",
     **{"from": "policy@navercorp.com"}, subject="RE: 시정요구 KCSC-240910-01 처리 결과 안내",
     reply_to_req=R_N,
     body=f"""담당자님 안녕하십니까.
KCSC-240910-01 관련 처리 결과입니다.

{N[7]}
블로그 게시물 게시중단 처리되었습니다.

{N[8]}
해당 게시물은 작성자가 이미 삭제하여 확인되지 않습니다.

문의사항은 회신 주시기 바랍니다.
{NAVER_FOOTER}
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 게시중단 결과 안내 with the result line under each bare URL",
     why="status on the line below each bare URL: 게시중단 -> removed; deleted by the author before review -> not_found",
     items={N[7]: "removed", N[8]: "not_found"})

csv_body = ("번호,URL,처리결과,비고\n"
            f"1,{N[9]},삭제 완료,운영정책 위반(사기)\n"
            f"2,{N[10]},임시조치,정보통신망법 제44조의2에 따른 30일 임시조치\n"
            f"3,{N[11]},조치 불가,위반 사항이 확인되지 않아 게시 유지\n")
case(name="naver-csv-attachment", date="Fri, 13 Sep 2024 11:15:00 +0900",
     **{"from": "policy@navercorp.com"}, subject="RE: KCSC-240910-01 조치결과 (첨부)",
     reply_to_req=R_N,
     raw_mime=f"""Content-Type: multipart/mixed; boundary="nv-csv-63"

--nv-csv-63
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. KCSC-240910-01 중 3건의 처리 결과를 첨부 파일로 송부드립니다.
네이버 정책협력실

--nv-csv-63
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240910-01.csv"
Content-Disposition: attachment; filename="result_KCSC-240910-01.csv"
Content-Transfer-Encoding: base64

{b64(csv_body)}
--nv-csv-63--
""",
     outcome="applied", classification="confirmation",
     imitates="Korean portal result spreadsheet exported as CSV (번호,URL,처리결과,비고)",
     why="CSV rows: 삭제 완료 -> removed, 임시조치 -> restricted, 조치 불가 + 게시 유지 -> rejected",
     items={N[9]: "removed", N[10]: "restricted", N[11]: "rejected"})

case(name="naver-url-below-statement", date="Fri, 13 Sep 2024 16:03:31 +0900",
     **{"from": "blog_help@naver.com"}, subject="[네이버 블로그] 게시물 비공개 처리 안내",
     reply_to_req=R_N,
     body=f"""안녕하세요, 네이버 블로그 고객센터입니다.

방송통신심의위원회의 요청(KCSC-240910-01)에 따라 아래 게시물을 비공개 처리하였음을 알려드립니다.
{N[12]}

블로그 운영정책 보기: https://blog.naver.com/post/blogrule.htm
감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="네이버 블로그 고객센터 '게시물 비공개 처리 안내' mail, URL on the line below its statement",
     why="비공개 처리 is removal (issue 11 lists it); the blog-rule link is not an item",
     items={N[12]: "removed"})

case(name="naver-influencer-age-restricted", date="Sat, 14 Sep 2024 09:12:00 +0900",
     **{"from": "policy@navercorp.com"}, subject="RE: KCSC-240910-01 인플루언서 콘텐츠 조치",
     reply_to_req=R_N,
     body=f"""안녕하십니까.

문의하신 인플루언서 콘텐츠 {N[13]} 는 청소년 유해 정보에 해당하여 성인 인증 후에만 열람할 수 있도록 연령 제한 조치를 적용하였습니다. 콘텐츠 자체는 삭제되지 않았음을 참고 부탁드립니다.

네이버 정책협력실
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 청소년 유해 게시물 성인인증(연령 제한) 조치 안내",
     why="age restriction applied, explicitly not deleted -> restricted",
     items={N[13]: "restricted"})

case(name="naver-single-item-particle", date="Tue, 17 Sep 2024 15:30:00 +0900",
     **{"from": "policy@navercorp.com"}, subject="RE: [KCSC-240917-01] 시정요구",
     reply_to_req=R_S,
     body=f"""안녕하세요.
요청하신 {S1}에 대하여 운영정책 위반(불법 도박 홍보)이 확인되어 게시물을 삭제 조치하였습니다.
감사합니다.
{NAVER_FOOTER}
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER one-line 삭제 조치 회신 for a one-item request",
     why="URL followed directly by the particle 에; the sentence states deletion -> removed",
     items={S1: "removed"})

case(name="kakao-daum-cafe-blind-bullets", date="Thu, 12 Sep 2024 14:05:12 +0900",
     **{"from": "cleancenter@daum.net"}, subject="[Daum 클린센터] 게시물 블라인드 처리 결과 안내 (KCSC-240911-01)",
     name_from="Daum 클린센터", reply_to_req=R_K,
     body=f"""안녕하세요, Daum 클린센터입니다.

신고가 접수되어 살펴본 결과, 아래 카페 게시물은 운영정책상 불법 거래(사기) 관련 게시물로 확인되어 블라인드 처리되었습니다.

 • {K[0]}
 • {K[1]}

블라인드 된 게시물은 게시자의 소명이 없을 경우 30일 후 삭제됩니다.
{KAKAO_FOOTER}
""",
     outcome="applied", classification="confirmation",
     imitates="Daum 클린센터 '신고가 접수되어 살펴본 결과 … 블라인드 처리' mail (quoted by bloggers), bulleted",
     why="블라인드 처리 -> removed for both bullets; the later deletion clause does not hedge what was done",
     items={K[0]: "removed", K[1]: "removed"})

case(name="kakao-tistory-temporary-measure", date="Thu, 12 Sep 2024 18:44:00 +0900",
     **{"from": "policy@kakaocorp.com"}, subject="RE: 시정요구 KCSC-240911-01 (티스토리)",
     reply_to_req=R_K,
     body=f"""담당자님 안녕하세요, 카카오 정책협력팀입니다.

티스토리 게시물 {K[2]} 은(는) 정보통신망법 제44조의2에 따라 30일간 임시조치되었습니다. 기간 내 게시자의 재게시 요청이 없으면 해당 게시물은 삭제될 예정입니다.

감사합니다.
{KAKAO_FOOTER}
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao/Tistory 임시조치(Article 44-2) notice with its 30-day re-posting clause",
     why="임시조치 is a restriction; the future deletion is conditional and does not change the present status",
     items={K[2]: "restricted"})

case(name="kakao-numbered-not-found-and-rejected", date="Fri, 13 Sep 2024 10:30:00 +0900",
     **{"from": "policy@kakaocorp.com"}, subject="RE: KCSC-240911-01 조치결과 회신",
     reply_to_req=R_K,
     body=f"""안녕하세요, 카카오입니다. KCSC-240911-01 중 2건의 검토 결과를 안내드립니다.

1) {K[3]}
   - 해당 URL의 게시물은 존재하지 않습니다(잘못된 주소이거나 이미 삭제된 게시물).
2) {K[4]}
   - 카카오톡 채널 게시물로, 운영정책 위반 사항이 확인되지 않아 별도의 조치를 하지 않았습니다.

추가 소명 자료가 있으시면 회신 부탁드립니다.
{KAKAO_FOOTER}
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao 정책협력 numbered 검토 결과 reply (존재하지 않음 / 위반 사항 확인되지 않음)",
     why="numbered list, status on the line below: does not exist -> not_found; no violation, no action -> rejected. The closing invitation to send more material is not a request for information",
     items={K[3]: "not_found", K[4]: "rejected"})

case(name="youtube-kr-office-removed-and-geo", date="Fri, 13 Sep 2024 13:00:00 +0900",
     **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
     subject="Re: [KCSC-240912-01] 시정요구 / Removal request", reply_to_req=R_Y,
     body=f"""안녕하세요,

YouTube 법무지원팀입니다. 요청하신 콘텐츠를 검토한 결과는 다음과 같습니다.

- {Y[0]} : 커뮤니티 가이드 위반으로 YouTube에서 삭제되었습니다.
- {Y[1]} : 현지 법률에 따라 대한민국에서 시청할 수 없도록 제한했습니다.

YouTube 커뮤니티 가이드: https://www.youtube.com/howyoutubeworks/policies/community-guidelines/
법적 삭제 요청 절차: https://support.google.com/legal/answer/3110420

감사합니다.
YouTube 법무지원팀
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal-removal outcome mail (removed globally / blocked in country under local law), Korean office",
     why="per-line statuses: deleted -> removed; blocked from viewing in Korea -> restricted; help links are not items",
     items={Y[0]: "removed", Y[1]: "restricted"})

case(name="youtube-age-restricted-english", date="Sat, 14 Sep 2024 02:11:09 +0900",
     **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
     subject="Re: [KCSC-240912-01] Removal request", reply_to_req=R_Y,
     body=f"""Hello,

Thanks for reaching out to YouTube. After reviewing the content you reported, we've applied an age restriction to it, so it is no longer visible to viewers who are signed out or under 18:

{Y[2]}

You can learn more about age-restricted content here: https://support.google.com/youtube/answer/2802167

Regards,
The YouTube Legal Team
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube 'we've age-restricted the content' outcome email",
     why="age restriction -> restricted for the URL below the statement",
     items={Y[2]: "restricted"})

case(name="youtube-channel-terminated-korean-iri", date="Sat, 14 Sep 2024 11:45:00 +0900",
     **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
     subject="Re: [KCSC-240912-01] 채널 관련", reply_to_req=R_Y,
     body=f"""안녕하세요.

신고하신 채널 {Y4_RAW} 은 YouTube 서비스 약관을 반복적으로 위반하여 해지되었습니다. 해지된 채널의 콘텐츠는 더 이상 YouTube에서 볼 수 없습니다.

YouTube 법무지원팀 드림
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube channel termination notice (채널 해지), channel handle written raw in Korean",
     why="raw Korean handle must match the percent-encoded item; channel terminated -> removed",
     items={Y[3]: "removed"})

case(name="youtube-korean-no-violation", date="Sun, 15 Sep 2024 09:30:00 +0900",
     **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
     subject="Re: [KCSC-240912-01]", reply_to_req=R_Y,
     body=f"""안녕하세요.

{Y[1]} 동영상을 검토하였으나 커뮤니티 가이드 또는 현지 법률 위반을 확인할 수 없어 현재로서는 삭제하지 않기로 결정했습니다.

추가 정보가 있으시면 https://support.google.com/youtube/contact/legal_request 를 통해 제출해 주세요.
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube 'we have decided not to take action' legal outcome, Korean",
     why="negated removal with a reason is a rejection; 'for now' does not make the decision doubtful",
     items={Y[1]: "rejected"})

case(name="x-withheld-in-korea", date="Sat, 14 Sep 2024 08:05:00 +0900",
     **{"from": "legal@x.com"}, name_from="X Legal",
     subject="Case# 0123987654: KCSC-240913-01 [ref:_00D0x1234:]", reply_to_req=R_X,
     body=f"""Hello,

We have received your request regarding the following content:

{X[0]}
{X[1]}

After review, we have withheld the reported posts in South Korea in accordance with local law. The posts remain available outside that country.

For more information on country withheld content, see https://help.x.com/en/rules-and-policies/post-withheld-by-country

Sincerely,
X Corp.
""",
     outcome="applied", classification="confirmation",
     imitates="X legal 'withheld in country' notice with the echoed list before the statement",
     why="'the reported posts' refers to the two listed URLs; withheld in Korea -> restricted. 'We have received your request' is not an acknowledgement here",
     items={X[0]: "restricted", X[1]: "restricted"})

case(name="x-korean-rejected", date="Sun, 15 Sep 2024 10:10:00 +0900",
     **{"from": "legal@x.com"}, name_from="X Legal",
     subject="RE: 시정요구 KCSC-240913-01", reply_to_req=R_X,
     body=f"""안녕하세요.

보고하신 게시물({X[2]})을 검토한 결과, X 규칙 및 관련 현지 법률을 위반하지 않는 것으로 판단되어 별도의 조치를 취하지 않았습니다.

X Corp. 법무팀
""",
     outcome="applied", classification="confirmation",
     imitates="X 'no violation of X Rules' outcome, Korean translation style",
     why="no violation, no action -> rejected",
     items={X[2]: "rejected"})

case(name="x-removed-echoed-report", date="Mon, 16 Sep 2024 07:50:00 +0900",
     **{"from": "legal@x.com"}, name_from="X Legal",
     subject="Case# 0123987990: Your report", reply_to_req=R_X,
     body=f"""Hello,

Thanks for your report. We've removed the reported content for violating the X Rules.

Your report
-----------
Reported by: KCSC (takedown@kcsc.example)
Reference: KCSC-240913-01
Content: {X[1]}
Reason: Illegal or regulated goods

X Rules: https://help.x.com/en/rules-and-policies/x-rules
""",
     outcome="applied", classification="confirmation",
     imitates="X report-outcome mail with the statement first and the echoed report below",
     why="statement about 'the reported content' followed by the echoed report naming one URL -> removed",
     items={X[1]: "removed"})

tt_text = f"""안녕하세요, TikTok 신뢰 및 안전팀입니다.

KCSC-240916-01 요청 검토 결과를 알려드립니다.

{T[0]} - 커뮤니티 가이드라인 위반으로 동영상이 삭제되었습니다.
{T[1]} - 해당 동영상을 찾을 수 없습니다. 이미 게시자가 삭제한 것으로 보입니다.

커뮤니티 가이드라인: https://www.tiktok.com/community-guidelines/ko-kr/

감사합니다.
TikTok Korea
"""
case(name="tiktok-qp-removed-and-gone", date="Tue, 17 Sep 2024 16:20:00 +0900",
     **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Trust & Safety",
     subject="RE: KCSC-240916-01", reply_to_req=R_T,
     raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(tt_text)}""",
     outcome="applied", classification="confirmation",
     imitates="TikTok trust & safety outcome notice (removed / cannot find), quoted-printable Korean",
     why="QP-decoded per-line statuses: deleted -> removed; cannot find, apparently deleted by the poster -> not_found ('보입니다' hedges only why it is gone, not that it cannot be found)",
     items={T[0]: "removed", T[1]: "not_found"})

tt_plain = f"""안녕하세요.
신고하신 동영상 {T[0]} 은 TikTok 커뮤니티 가이드라인 위반으로 삭제되었습니다.
TikTok
"""
tt_html = f"""<html><body><p>안녕하세요.</p><p>신고하신 동영상 <a href="{T[0]}">{T[0]}</a> 은 TikTok 커뮤니티 가이드라인 위반으로 <b>삭제</b>되었습니다.</p><p>TikTok</p></body></html>"""
case(name="tiktok-multipart-base64", date="Wed, 18 Sep 2024 09:00:00 +0900",
     **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Trust & Safety",
     subject="KCSC-240916-01 처리 결과", reply_to_req=R_T,
     raw_mime=f"""Content-Type: multipart/alternative; boundary="tt-alt-63"

--tt-alt-63
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(tt_plain)}
--tt-alt-63
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(tt_html)}
--tt-alt-63--
""",
     outcome="applied", classification="confirmation",
     imitates="TikTok HTML notification with plain alternative, both base64",
     why="both alternatives say the one video was deleted -> removed; the other item stays pending",
     items={T[0]: "removed"})

case(name="tiktok-korean-rejected", date="Thu, 19 Sep 2024 11:00:00 +0900",
     **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Trust & Safety",
     subject="RE: KCSC-240916-01", reply_to_req=R_T,
     body=f"""안녕하세요.

검토 결과 {T[1]} 동영상은 커뮤니티 가이드라인을 위반하지 않는 것으로 확인되어 게시가 유지됩니다.

TikTok 신뢰 및 안전팀
""",
     outcome="applied", classification="confirmation",
     imitates="TikTok 'no violation found' report outcome, Korean",
     why="does not violate, stays up -> rejected",
     items={T[1]: "rejected"})

case(name="naver-echoed-report-block", date="Wed, 11 Sep 2024 20:15:00 +0900",
     **{"from": "cafe_help@naver.com"}, subject="[네이버 카페] 신고 게시물 처리 결과",
     reply_to_req=R_N,
     body=f"""안녕하세요, 네이버 카페 고객센터입니다.
신고하신 게시물은 검토 결과 게시중단 조치되었습니다.

[신고 내용]
신고자: 방송통신심의위원회
문서번호: KCSC-240910-01
신고 게시물:
{N[2]}
{N[3]}
신고 사유: 마약류 판매 광고

카페 운영원칙: https://cafe.naver.com/cafesupport/rule
""",
     outcome="applied", classification="confirmation",
     imitates="네이버 카페 신고 처리 결과 mail with the echoed report block",
     why="statement about 'the reported posts' followed by the echoed report listing two URLs -> both removed (게시중단)",
     items={N[2]: "removed", N[3]: "removed"})

case(name="kakao-outlook-original-message", date="Fri, 13 Sep 2024 17:55:00 +0900",
     **{"from": "jiyoon.park@kakaocorp.com"}, name_from="박지윤 (Kakao)",
     subject="RE: [방송통신심의위원회] 시정요구 KCSC-240911-01", reply_to_req=R_K,
     body=f"""담당자님, 요청하신 5건 중 아래 2건 삭제 처리 완료했습니다.
{K[0]}
{K[2]}
나머지는 확인 중입니다.

박지윤 드림 | 카카오 정책협력팀

-----Original Message-----
From: 방송통신심의위원회 <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 11:30 AM
To: policy@kakaocorp.com
Subject: [방송통신심의위원회] 시정요구 KCSC-240911-01

{quoted_request("KCSC-240911-01", K, prefix="")}
""",
     outcome="applied", classification="confirmation",
     imitates="Outlook reply with '-----Original Message-----' block from a Kakao policy staffer",
     why="the two URLs under the top statement are removed; the unquoted-but-original-message list (삭제 요청) does not count; '나머지는 확인 중' leaves the others pending",
     items={K[0]: "removed", K[2]: "removed"})

case(name="youtube-one-removed-one-in-review", date="Fri, 13 Sep 2024 19:00:00 +0900",
     **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
     subject="Re: [KCSC-240912-01]", reply_to_req=R_Y,
     body=f"""안녕하세요.

{Y[0]} 동영상은 삭제되었습니다.
{Y[2]} 은(는) 아직 검토 중이며, 결과가 나오는 대로 다시 안내드리겠습니다.

YouTube 법무지원팀
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube partial outcome (one decided, one still under review)",
     why="one removed; the other is only under review and stays pending",
     items={Y[0]: "removed"})

case(name="naver-operator-vs-author-deleted", date="Sat, 14 Sep 2024 13:40:00 +0900",
     **{"from": "cafe_help@naver.com"}, subject="RE: KCSC-240910-01 카페 게시물 처리",
     reply_to_req=R_N,
     body=f"""안녕하세요.

· {N[9]} : 운영자에 의해 삭제된 게시물입니다. (네이버 운영정책 위반)
· {N[10]} : 작성자가 직접 삭제하여 이미 존재하지 않는 게시물입니다.

감사합니다.
{NAVER_FOOTER}
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER cafe '운영자에 의해 삭제된 게시물' / '작성자가 삭제' placeholder wordings",
     why="deleted by the operator for a policy breach -> removed; deleted by its author before review -> not_found",
     items={N[9]: "removed", N[10]: "not_found"})

case(name="naver-angle-brackets-fullwidth", date="Mon, 16 Sep 2024 10:25:00 +0900",
     **{"from": "policy@navercorp.com"}, subject="RE: KCSC-240910-01",
     reply_to_req=R_N,
     body=f"""안녕하세요. 추가 처리 결과입니다.
블로그 게시물 <{N[1]}>。해당 게시물은 삭제 완료되었습니다。
tv 영상（{N[11]}）은 청소년 유해 매체물로 19세 미만 이용자의 접근을 제한하였습니다.
네이버 정책협력실
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER short reply with angle-bracketed URL and full-width punctuation",
     why="URL in <> followed by 。 -> removed; URL in full-width parentheses -> restricted (age restriction)",
     items={N[1]: "removed", N[11]: "restricted"})

case(name="kakao-channel-post-access-limited", date="Mon, 16 Sep 2024 15:00:00 +0900",
     **{"from": "policy@kakaocorp.com"}, subject="RE: KCSC-240911-01 채널 게시물",
     reply_to_req=R_K,
     body=f"""안녕하세요, 카카오 정책협력팀입니다.
재검토 요청하신 카카오톡 채널 게시물에 대해 국내 이용자 대상 접근 제한 조치를 완료하였습니다.
대상: {K[4]}
{KAKAO_FOOTER}
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao 채널 게시물 접근 제한 조치 안내, URL labelled 대상: under the statement",
     why="접근 제한 조치 완료 -> restricted for the item on the next line",
     items={K[4]: "restricted"})

case(name="naver-mixed-list-with-hedged-relative", date="Tue, 17 Sep 2024 11:10:00 +0900",
     **{"from": "policy@navercorp.com"}, subject="RE: KCSC-240910-01 최종 회신",
     reply_to_req=R_N,
     body=f"""안녕하세요, 네이버 정책협력실입니다.

1. {N[4]} — 재검토 결과 사기 의심 거래로 판단되어 게시중단하였습니다.
2. {N[12]} — 작성자가 삭제했을 수도 있는 게시물이었으나, 확인 결과 게시되어 있어 블라인드 처리하였습니다.
3. {N[13]} — 검토 중입니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER numbered final reply with em-dash statuses",
     why="1 removed; 2 removed (the hedge '삭제했을 수도 있는' sits in a relative clause about the past, the main clause states 블라인드 처리); 3 under review -> pending",
     items={N[4]: "removed", N[12]: "removed"})

# ---------------------------------------------------------------- review
case(name="naver-future-tense", date="Wed, 11 Sep 2024 09:30:00 +0900",
     **{"from": "policy@navercorp.com"}, subject="RE: KCSC-240910-01",
     reply_to_req=R_N,
     body=f"""안녕하세요.
요청하신 게시물 {N[0]} 및 {N[1]} 은 내부 검토를 거쳐 삭제할 예정입니다. 조치가 완료되면 다시 알려드리겠습니다.
네이버 정책협력실
""",
     outcome="review", review="not_understood",
     imitates="NAVER interim reply promising deletion (future tense)",
     why="'will delete after review' is a promise, not an action: nothing applied, must be seen by staff",
     items={})

case(name="kakao-asks-for-documents", date="Thu, 12 Sep 2024 09:05:00 +0900",
     **{"from": "policy@kakaocorp.com"}, subject="RE: KCSC-240911-01 자료 요청",
     reply_to_req=R_K,
     body=f"""안녕하세요, 카카오 정책협력팀입니다.

{K[1]} 게시물에 대한 조치를 검토하기 위해 심의 의결서 사본 및 위반 근거 조항을 추가로 보내주시기 바랍니다. 자료 확인 후 처리 결과를 안내드리겠습니다.
{KAKAO_FOOTER}
""",
     outcome="review", classification="request_for_info", review="asks_more",
     imitates="Kakao 정책협력팀 request for the 심의 의결서 before acting",
     why="asks for documents, no action taken",
     items={})

case(name="naver-dmarc-fail", date="Thu, 12 Sep 2024 12:00:00 +0900",
     **{"from": "policy@navercorp.com"}, auth="fail", subject="RE: KCSC-240910-01 조치 완료",
     reply_to_req=R_N,
     body=f"""안녕하세요.
{N[7]} / {N[8]} 두 건 모두 삭제 조치 완료하였습니다.
네이버 정책협력실
""",
     outcome="review", review="untrusted",
     imitates="NAVER 삭제 조치 완료 reply, but DMARC fails",
     why="a perfect confirmation whose DMARC fails must not be applied",
     items={})

case(name="unknown-sender-naver-lookalike", date="Fri, 13 Sep 2024 08:00:00 +0900",
     **{"from": "notice@navercorp-support.com"}, name_from="NAVER 정책지원",
     subject="[NAVER] KCSC-240910-01 처리 완료",
     body=f"""방송통신심의위원회 귀중

시정요구 KCSC-240910-01 의 게시물 {N[4]} 은 삭제 처리되었습니다.

NAVER 정책지원센터
""",
     outcome="review", review="unknown_sender",
     imitates="spoof of a NAVER 처리 완료 notice from a look-alike domain",
     why="look-alike domain passes DMARC for itself but is no platform sender; names our request and item",
     items={})

case(name="youtube-under-review-only", date="Fri, 13 Sep 2024 10:00:00 +0900",
     **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
     subject="Re: [KCSC-240912-01]", reply_to_req=R_Y,
     body=f"""안녕하세요.

{Y[1]} 에 대한 요청은 현재 담당 팀에서 검토 중입니다. 검토에는 영업일 기준 최대 5일이 소요될 수 있습니다.

YouTube 법무지원팀
""",
     outcome="review", review="not_understood",
     imitates="YouTube 'your request is being reviewed' status update naming the item",
     why="names an item but states no outcome; a trusted email naming items must not be ignored. Arguable: could be read as an acknowledgement",
     items={})

case(name="kakao-about-naver-item", date="Fri, 13 Sep 2024 14:30:00 +0900",
     **{"from": "policy@kakaocorp.com"}, subject="RE: 시정요구 게시물",
     body=f"""안녕하세요, 카카오 정책협력팀입니다.
보내주신 목록 중 {N[4]} 게시물은 삭제 처리되었습니다.
{KAKAO_FOOTER}
""",
     outcome="review", review="wrong_platform",
     imitates="Kakao reply speaking about another portal's item",
     why="Kakao cannot confirm a NAVER cafe post; nothing applied",
     items={})

case(name="kakao-bulk-count", date="Sat, 14 Sep 2024 10:00:00 +0900",
     **{"from": "policy@kakaocorp.com"}, subject="RE: KCSC-240911-01",
     reply_to_req=R_K,
     body=f"""안녕하세요.
KCSC-240911-01로 요청하신 5건 모두 삭제 조치하였습니다.
카카오 정책협력팀
""",
     outcome="review", review="bulk",
     imitates="Kakao one-line bulk confirmation by count",
     why="count-only confirmation without URLs; config says bulk confirmations go to review",
     items={})

case(name="naver-partly-done-unspecified", date="Sun, 15 Sep 2024 09:00:00 +0900",
     **{"from": "policy@navercorp.com"}, subject="RE: KCSC-240910-01 진행 상황",
     reply_to_req=R_N,
     body=f"""안녕하세요.
KCSC-240910-01 요청 건 중 일부 게시물은 조치를 완료하였고, 나머지는 검토가 진행 중입니다. 최종 결과는 취합하여 회신드리겠습니다.
네이버 정책협력실
""",
     outcome="review", review="not_understood",
     imitates="NAVER progress note (일부 완료, 나머지 검토 중) without item list",
     why="references the request but does not say which items were actioned. Arguable: bulk or no_claims are also fair reasons",
     items={})

case(name="tiktok-conditional-removal", date="Tue, 17 Sep 2024 10:00:00 +0900",
     **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Trust & Safety",
     subject="RE: KCSC-240916-01", reply_to_req=R_T,
     body=f"""Hello,

Thank you for your report about {T[0]}. If we find that the video violates our Community Guidelines, it will be removed and the account may be restricted.

TikTok Trust & Safety
""",
     outcome="review", review="not_understood",
     imitates="TikTok generic conditional 'if we find a violation' reply",
     why="conditional future, nothing done; names the item so it must not be silently ignored",
     items={})

# ---------------------------------------------------------------- ignored
case(name="naver-out-of-office", date="Wed, 11 Sep 2024 08:00:00 +0900",
     **{"from": "minsu.kang@navercorp.com"}, name_from="강민수",
     subject="[자동회신] 부재중입니다 (Re: KCSC-240910-01)", reply_to_req=R_N,
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     body="""안녕하세요. 강민수입니다.
9월 11일부터 9월 18일까지 추석 연휴로 부재중입니다. 급한 용무는 policy@navercorp.com 으로 연락 주시기 바랍니다.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Korean Outlook 부재중 자동회신 (Chuseok holiday)",
     why="out-of-office auto-reply",
     items={})

dsn = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-63"

--dsn-63
Content-Type: text/plain; charset=utf-8

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<policy@kakao-corp.example>: host not found

--dsn-63
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed, 11 Sep 2024 11:30:02 +0900

Final-Recipient: rfc822; policy@kakao-corp.example
Action: failed
Status: 5.1.2
Diagnostic-Code: X-Postfix; Host or domain name not found

--dsn-63
Content-Type: text/rfc822-headers

From: 방송통신심의위원회 <takedown@kcsc.example>
To: policy@kakao-corp.example
Subject: [방송통신심의위원회] 시정요구 KCSC-240911-01
Message-ID: <{R_K}@kcsc.example>

--dsn-63--
"""
case(name="bounce-dsn-request", date="Wed, 11 Sep 2024 11:30:05 +0900",
     **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System", auth="none",
     subject="Undelivered Mail Returned to Sender", extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=dsn,
     outcome="ignored", classification="bounce",
     imitates="Postfix DSN returning a copy of our request's headers",
     why="bounce of our own mail",
     items={})

mdn = f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-63"

--mdn-63
Content-Type: text/plain; charset=utf-8

귀하가 보낸 메시지를 수신자가 읽었습니다.

--mdn-63
Content-Type: message/disposition-notification

Reporting-UA: Microsoft Outlook 16.0
Final-Recipient: rfc822;legal-kr@google.com
Original-Message-ID: <{R_Y}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-63--
"""
case(name="youtube-read-receipt", date="Thu, 12 Sep 2024 10:15:00 +0900",
     **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
     subject="읽음: [방송통신심의위원회] 시정요구 KCSC-240912-01", reply_to_req=R_Y,
     raw_mime=mdn,
     outcome="ignored", classification="read_receipt",
     imitates="Outlook Korean read receipt (읽음:) MDN",
     why="read receipt",
     items={})

case(name="naver-ticket-receipt", date="Tue, 10 Sep 2024 10:05:00 +0900",
     **{"from": "noreply@navercorp.com"}, subject="[네이버] 문의가 접수되었습니다 (접수번호 2409100457)",
     reply_to_req=R_N,
     body="""안녕하세요, 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: 2409100457
처리 결과는 담당자 확인 후 메일로 안내드리겠습니다.

※ 본 메일은 발신 전용입니다.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="NAVER 고객센터 문의 접수 자동 안내 (접수번호)",
     why="pure receipt, says nothing about items",
     items={})

case(name="x-ticket-created", date="Fri, 13 Sep 2024 14:01:00 +0900",
     **{"from": "legal@x.com"}, name_from="X Support",
     subject="Case# 0123987654: We received your report", reply_to_req=R_X,
     body="""Hello,

Thanks for contacting X. A ticket has been created for your request and our team will review it. You will receive an update at this address.

Case number: 0123987654

X Support
""",
     outcome="ignored", classification="acknowledgement",
     imitates="X support 'a ticket has been created' receipt",
     why="pure ticket receipt",
     items={})

case(name="kakao-receipt-echoing-urls", date="Wed, 11 Sep 2024 11:35:00 +0900",
     **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
     subject="[카카오] 신고 접수 완료 안내", reply_to_req=R_K,
     body=f"""안녕하세요, 카카오 고객센터입니다.
아래 신고가 정상적으로 접수되었습니다. 검토 후 결과를 안내드리겠습니다.

[접수 내용]
접수번호: K2409110088
신고 대상:
{K[0]}
{K[1]}
{K[2]}
{K[3]}
{K[4]}
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Kakao 신고 접수 완료 receipt echoing the reported URLs",
     why="a receipt as a whole; the echoed URLs carry no statement. Arguable: it names items, a cautious reader might send it to review",
     items={})

HEADER = """# Blind set 63 (issue 11): Korean-first mix (NAVER, Kakao/Daum, Korean offices
# of YouTube/X/TikTok), doubtful and ignorable mail. Generated by make.py;
# expected results written from each email's meaning before anything ran.
"""

if __name__ == "__main__":
    write_set(HERE, "blind63", HEADER, CASES)
