#!/usr/bin/env python3
"""Blind set 35 (issue 11): a general mix as a regulator meets it, mostly in
Korean (NAVER, Kakao/Daum, Korean offices of YouTube, X, Meta), plus the
usual doubtful and ignorable mail. Expected results written from each
email's meaning before anything ran. Deterministic: rewrites cases/ and
expected.toml."""
import base64
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpuslib import write_set  # noqa: E402

N = [
    "https://blog.naver.com/moonlit_fox22/223571100101",
    "https://blog.naver.com/moonlit_fox22/223571100102",
    "https://blog.naver.com/moonlit_fox22/223571100103",
    "https://blog.naver.com/greypine_88/223569900411",
    "https://blog.naver.com/greypine_88/223569900412",
    "https://cafe.naver.com/quietriver77/1501",
    "https://cafe.naver.com/quietriver77/1502",
    "https://cafe.naver.com/quietriver77/1503",
    "https://cafe.naver.com/saltwind/88012",
    "https://cafe.naver.com/saltwind/88013",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38110021&memberNo=55120031",
    "https://tv.naver.com/v/58120341",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471102233",
    "https://blog.naver.com/dustyharbor_3/223572200900",
]
K = [
    "https://cafe.daum.net/bluecompass/Xk2P/2041",
    "https://cafe.daum.net/bluecompass/Xk2P/2042",
    "https://pf.kakao.com/_qLmNx/104550213",
    "https://tv.kakao.com/channel/3310452/cliplink/440120771",
    "https://brunch.co.kr/@hollowreed/57",
]
Y = [
    "https://www.youtube.com/watch?v=Qm7rT2xWv1A",
    "https://www.youtube.com/watch?v=Lp4sK9dNe3B",
    "https://www.youtube.com/shorts/Zx8cV5bNm2C",
    "https://www.youtube.com/@pinecone_tv_kr",
]
X = [
    "https://x.com/night_lantern9/status/1834410022331100001",
    "https://x.com/night_lantern9/status/1834410022331100002",
    "https://x.com/copperwave_kr/status/1834522201447700005",
]
M = [
    "https://www.instagram.com/p/C_k3Lm9pQrS/",
    "https://www.facebook.com/amberfield.shop/posts/pfbid02Kx7aBcDeFgHiJk",
]
T = ["https://t.me/velvet_alley_kr/4410"]

R_N, R_K, R_Y, R_X, R_M, R_T = ("req-240910-01", "req-240911-02", "req-240912-03",
                                "req-240913-04", "req-240916-05", "req-240917-06")


def quoted_request(ref, urls, date="2024. 9. 10. (화) 오전 10:00", style="gt"):
    lines = [f"[{ref}] 시정요구 (방송통신심의위원회)", "", "아래 정보에 대해 시정요구를 통보합니다.", ""]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "방송통신심의위원회 불법정보 대응팀"]
    if style == "outlook":
        return ("\n-----Original Message-----\nFrom: KCSC Takedown <takedown@kcsc.example>\n"
                f"Sent: {date}\nSubject: [{ref}] 시정요구\n\n" + "\n".join(lines))
    return f"\n{date}, KCSC Takedown <takedown@kcsc.example>님이 작성:\n" + "\n".join("> " + l if l else ">" for l in lines)


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii").rstrip("\n")


NAVER_FOOTER = """
--
NAVER 고객센터 | 게시중단 요청 서비스
운영정책 안내: https://policy.naver.com/policy/service.html
본 메일은 발신전용이 아니며 회신 시 접수번호를 유지해 주세요.
네이버(주) 경기도 성남시 분당구 정자일로 95"""

KAKAO_FOOTER = """
--
카카오 고객센터 https://cs.kakao.com
카카오 운영정책: https://www.kakao.com/policy/oppolicy
(주)카카오 | 제주특별자치도 제주시 첨단로 242"""

cases = []


def case(**kw):
    cases.append(kw)


# ---------------------------------------------------------------- NAVER
table_rows = "\n".join(
    f"<tr><td>{i}</td><td>{u}</td><td>{r}</td></tr>" for i, (u, r) in enumerate(
        [(N[0], "삭제"), (N[1], "삭제"), (N[2], "임시조치(30일)")], 1))
case(name="naver-kcsc-result-html-table", outcome="applied", classification="confirmation",
     **{"from": "kcsc-report@navercorp.com"}, date="Thu, 12 Sep 2024 16:20:11 +0900",
     subject="[회신] KCSC-240910-01 시정요구 조치결과 통보", reply_to_req=R_N, type="html",
     imitates="Korean 시정요구 조치 결과 회신 공문 with a 연번/URL/조치결과 table, as NAVER answers KCSC",
     why="HTML table: two rows 삭제 (removed), one row 임시조치 (restricted); other items stay pending",
     items={N[0]: "removed", N[1]: "removed", N[2]: "restricted"},
     body=f"""<html><body>
<p>안녕하세요, 네이버 게시물 정책 담당입니다.</p>
<p>귀 위원회의 시정요구(KCSC-240910-01)에 대한 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1"><tr><th>연번</th><th>URL</th><th>조치결과</th></tr>
{table_rows}
</table>
<p>나머지 게시물에 대해서는 확인 후 별도 회신드리겠습니다.</p>
<p>네이버 게시물 정책 담당 드림<br>운영정책: <a href="https://policy.naver.com/policy/service.html">https://policy.naver.com/policy/service.html</a></p>
</body></html>""")

case(name="naver-bare-url-status-below", outcome="applied", classification="confirmation",
     **{"from": "noreply-cs@navercorp.com"}, date="Fri, 13 Sep 2024 10:02:40 +0900",
     subject="RE: [KCSC-240910-01] 시정요구", reply_to_req=R_N,
     imitates="NAVER 게시중단 처리 결과 mail: each URL on its own line, the result sentence below it",
     why="status on the line below each bare URL: 블라인드 → removed; already deleted by its author → not_found",
     items={N[3]: "removed", N[4]: "not_found"},
     body=f"""안녕하세요. 네이버 고객센터입니다.

요청하신 게시물의 처리 결과를 안내드립니다.

{N[3]}
해당 게시물은 블라인드 처리되어 현재 외부에 노출되지 않습니다.

{N[4]}
작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

접수번호: NV-2024091300187
{NAVER_FOOTER}""")

case(name="naver-cafe-operator-deleted-quoted", outcome="applied", classification="confirmation",
     **{"from": "cafe-help@naver.com"}, date="Fri, 13 Sep 2024 15:44:09 +0900",
     subject="Re: [KCSC-240910-01] 시정요구", reply_to_req=R_N,
     imitates="NAVER Cafe 고객센터 reply quoting the regulator's list under a Gmail-style '님이 작성:' block",
     why="prose naming two cafe posts deleted by the operator; the quoted request lists all 14 and must not count",
     items={N[5]: "removed", N[6]: "removed"},
     body=f"""안녕하세요, 네이버 카페 고객센터입니다.

요청하신 카페 게시글 {N[5]} 및 {N[6]} 은(는) 운영자에 의해 삭제 조치되었습니다.

감사합니다.
{quoted_request("KCSC-240910-01", N)}""")

case(name="naver-no-violation-kept", outcome="applied", classification="confirmation",
     **{"from": "policy@navercorp.com"}, date="Sat, 14 Sep 2024 11:10:00 +0900",
     subject="[KCSC-240910-01] 검토 결과 안내", reply_to_req=R_N,
     imitates="NAVER 게시중단 요청 검토 결과 '요청 반려' notice (no violation found, post kept)",
     why="a negated measure together with its reason (no violation) is a rejection",
     items={N[9]: "rejected"},
     body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청하신 아래 게시물을 검토한 결과, 당사 운영정책 및 관련 법령에 위반되는 내용이
확인되지 않아 게시중단 조치를 하지 않았음을 알려드립니다.

 - 대상: {N[9]}
 - 결과: 요청 반려(게시 유지)

재요청 시 위법성을 확인할 수 있는 자료를 함께 보내 주시기 바랍니다.
{NAVER_FOOTER}""")

case(name="naver-will-act-sequentially", outcome="review", review="not_understood",
     **{"from": "policy@navercorp.com"}, date="Wed, 11 Sep 2024 17:30:00 +0900",
     subject="RE: [KCSC-240910-01] 시정요구", reply_to_req=R_N,
     imitates="Korean portal interim reply: 검토 중이며 순차적으로 조치할 예정",
     why="future tense (조치할 예정) naming items: nothing done yet; must be seen, not ignored",
     items={},
     body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 중 {N[6]}, {N[7]} 에 대해서는 현재 내부 검토 중이며,
검토가 끝나는 대로 순차적으로 조치할 예정입니다.

처리 결과는 완료 후 다시 회신드리겠습니다.
{NAVER_FOOTER}""")

case(name="naver-asks-official-document", outcome="review", review="asks_more",
     classification="request_for_info",
     **{"from": "policy@navercorp.com"}, date="Wed, 11 Sep 2024 09:15:22 +0900",
     subject="RE: [KCSC-240910-01] 추가 자료 요청", reply_to_req=R_N,
     imitates="Korean portal 보완 요청: asks for the official 공문 and the legal basis before acting",
     why="asks for documents before acting on named items; nothing is stated as done",
     items={},
     body=f"""안녕하세요. 네이버 정책지원팀입니다.

보내주신 요청 건({N[12]}) 처리를 위해 아래 자료를 추가로 보내 주시기 바랍니다.

1. 시정요구 결정 공문 원본(PDF)
2. 해당 게시물이 위반한 법령 조항

자료 확인 후 처리하겠습니다.
{NAVER_FOOTER}""")

case(name="naver-receipt-ticket-only", outcome="ignored", classification="acknowledgement",
     **{"from": "help@navercorp.com"}, date="Tue, 10 Sep 2024 10:03:12 +0900",
     subject="[네이버 고객센터] 문의가 접수되었습니다 (접수번호 NV-2024091000042)", reply_to_req=R_N,
     extra_headers=["Auto-Submitted: auto-generated"],
     imitates="NAVER 고객센터 automatic 문의 접수 확인 mail with ticket number",
     why="pure receipt: states nothing about any item",
     items={},
     body=f"""안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: NV-2024091000042

담당자가 확인 후 순차적으로 답변드리겠습니다. 답변은 영업일 기준 3~5일 정도 소요될 수 있습니다.
{NAVER_FOOTER}""")

csv_att = ("\ufeff연번,URL,조치결과,비고\n"
           f"1,{N[10]},삭제,\n"
           f"2,{N[11]},접근제한,청소년 유해 - 19세 이상 이용 가능\n"
           f"3,{N[12]},해당없음,게시물 없음(이미 삭제됨)\n")
case(name="naver-csv-attachment-results", outcome="applied", classification="confirmation",
     **{"from": "kcsc-report@navercorp.com"}, date="Mon, 16 Sep 2024 14:00:00 +0900",
     subject="[회신] KCSC-240910-01 조치결과 (첨부)", reply_to_req=R_N,
     imitates="Korean portal result sheet sent as an attached CSV (연번/URL/조치결과/비고)",
     why="CSV attachment: 삭제 → removed, 접근제한 (adults only) → restricted, 게시물 없음 → not_found",
     items={N[10]: "removed", N[11]: "restricted", N[12]: "not_found"},
     raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_csv_01"

--=_nv_csv_01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64("안녕하세요. 네이버 게시물 정책 담당입니다." + chr(10) + chr(10) + "시정요구 건의 조치 결과를 첨부 파일로 회신드립니다." + chr(10) + "감사합니다." + chr(10))}
--=_nv_csv_01
Content-Type: text/csv; charset=utf-8; name="KCSC-240910-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240910-01_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_att)}
--=_nv_csv_01--
""")

big = [
    (N[0], "삭제 완료"), (N[1], "삭제 완료"), (N[2], "삭제 완료"),
    (N[3], "블라인드 처리"), (N[4], "임시조치(30일간 게시중단)"),
    (N[5], "카페 운영자 삭제"), (N[6], "삭제 완료"), (N[7], "존재하지 않는 게시물"),
    (N[8], "삭제 완료"), (N[9], "위반 사항 없음 - 게시 유지"),
    (N[10], "비공개 처리"), (N[11], "국내 접속 차단"),
    (N[12], "삭제된 게시물(작성자 삭제)"), (N[13], "삭제 완료"),
]
case(name="naver-full-list-numbered", outcome="applied", classification="confirmation",
     **{"from": "kcsc-report@navercorp.com"}, date="Wed, 18 Sep 2024 18:05:31 +0900",
     subject="[최종회신] KCSC-240910-01 시정요구 조치결과", reply_to_req=R_N,
     imitates="Korean portal final 조치결과 회신: numbered list 'URL - 조치내용' covering the whole request",
     why="numbered list, one status per line in varied Korean wordings for all 14 items",
     items={N[0]: "removed", N[1]: "removed", N[2]: "removed", N[3]: "removed",
            N[4]: "restricted", N[5]: "removed", N[6]: "removed", N[7]: "not_found",
            N[8]: "removed", N[9]: "rejected", N[10]: "removed", N[11]: "restricted",
            N[12]: "not_found", N[13]: "removed"},
     body="안녕하세요. 네이버 게시물 정책 담당입니다.\n\n"
          "귀 위원회 시정요구(KCSC-240910-01)에 대한 최종 조치 결과를 다음과 같이 회신합니다.\n\n"
          + "\n".join(f"{i}. {u} - {r}" for i, (u, r) in enumerate(big, 1))
          + "\n\n문의: 네이버 게시물 정책 담당\n" + NAVER_FOOTER)

alt_plain = (f"안녕하세요. 네이버TV 운영팀입니다.\n\n요청하신 영상 {N[11]} 은(는) 청소년 유해 정보로 판단되어 "
             "성인 인증을 거친 이용자만 시청할 수 있도록 연령 제한 조치하였습니다.\n\n네이버TV 운영팀 드림\n")
alt_html = (f"<p>안녕하세요. 네이버TV 운영팀입니다.</p><p>요청하신 영상 <a href=\"{N[11]}\">{N[11]}</a> 은(는) "
            "청소년 유해 정보로 판단되어 성인 인증을 거친 이용자만 시청할 수 있도록 연령 제한 조치하였습니다.</p>"
            "<p>네이버TV 운영팀 드림</p>")
case(name="naver-tv-age-restricted-alternative-b64", outcome="applied", classification="confirmation",
     **{"from": "tv-help@naver.com"}, date="Sat, 14 Sep 2024 09:12:44 +0900",
     subject="RE: [KCSC-240910-01] 네이버TV 영상 조치 안내", reply_to_req=R_N,
     imitates="NAVER TV 청소년 유해 연령 제한 notice, multipart/alternative with base64 parts",
     why="age restriction (성인 인증 후 시청) → restricted, text in base64 alternative parts",
     items={N[11]: "restricted"},
     raw_mime=f"""Content-Type: multipart/alternative; boundary="=_nvtv_alt"

--=_nvtv_alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(alt_plain)}
--=_nvtv_alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(alt_html)}
--=_nvtv_alt--
""")

case(name="naver-top-posted-outlook-private", outcome="applied", classification="confirmation",
     **{"from": "policy@navercorp.com"}, date="Tue, 17 Sep 2024 13:27:50 +0900",
     subject="RE: [KCSC-240910-01] 시정요구", reply_to_req=R_N,
     imitates="Outlook top-posted reply from a portal policy officer over '-----Original Message-----'",
     why="비공개 처리 is a removal form; only the top-posted item counts, not the quoted list",
     items={N[13]: "removed"},
     body=f"""위원회 담당자님께,

아래 요청 건 중 {N[13]} 게시물은 금일 비공개 처리 완료하였습니다.
나머지 건은 확인 중입니다.

김서윤 드림
네이버 정책지원팀
{quoted_request("KCSC-240910-01", N, style="outlook")}""")

case(name="naver-lookalike-domain", outcome="review", review="unknown_sender",
     **{"from": "notice@naver-policy.com"}, name_from="NAVER 정책지원팀",
     date="Fri, 13 Sep 2024 08:40:00 +0900",
     subject="RE: [KCSC-240910-01] 조치 완료", reply_to_req=R_N,
     imitates="spoof: a look-alike portal domain claiming a completed 삭제 for our items",
     why="sender domain is not NAVER's; a claim about our items must be seen, never applied",
     items={},
     body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청하신 {N[0]}, {N[1]}, {N[2]} 게시물은 모두 삭제 조치 완료되었습니다.

감사합니다.""")

case(name="naver-dmarc-fail", outcome="review", review="untrusted",
     **{"from": "policy@navercorp.com"}, auth="fail",
     date="Fri, 13 Sep 2024 21:02:13 +0900",
     subject="RE: [KCSC-240910-01] 처리 결과", reply_to_req=R_N,
     imitates="NAVER-looking 처리 결과 mail whose DMARC check failed",
     why="DMARC fail: claims must go to review as untrusted",
     items={},
     body=f"""안녕하세요.

{N[8]} 및 {N[9]} 게시물은 게시중단 처리되었습니다.

네이버 정책지원팀""")

case(name="naver-out-of-office", outcome="ignored", classification="auto_reply",
     **{"from": "seoyun.kim@navercorp.com"}, name_from="김서윤",
     date="Tue, 10 Sep 2024 10:00:40 +0900",
     subject="[자동회신] 부재중입니다: [KCSC-240910-01] 시정요구", reply_to_req=R_N,
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     imitates="Korean Outlook 부재중 자동회신",
     why="out-of-office auto-reply: says nothing about items",
     items={},
     body="""안녕하세요. 김서윤입니다.

9월 10일(화)부터 9월 12일(목)까지 휴가로 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 보내 주시기 바랍니다.

감사합니다.""")

case(name="naver-url-with-particle", outcome="applied", classification="confirmation",
     **{"from": "cafe-help@naver.com"}, date="Sun, 15 Sep 2024 12:31:07 +0900",
     subject="RE: [KCSC-240910-01] 카페 게시글 처리", reply_to_req=R_N,
     imitates="NAVER Cafe reply in running Korean prose, URL followed by a particle and full-width bracket",
     why="URL glued to a Korean particle (…/88012에) and one in full-width brackets: both deleted",
     items={N[8]: "removed", N[7]: "removed"},
     body=f"""안녕하세요, 네이버 카페 고객센터입니다.

{N[8]}에 게시된 글은 확인 결과 불법정보에 해당하여 삭제하였습니다.
또한 요청하신 다른 글（{N[7]}）도 같은 사유로 삭제 처리되었습니다。

감사합니다.
{NAVER_FOOTER}""")

case(name="naver-temp-measure-help-link", outcome="applied", classification="confirmation",
     **{"from": "noreply-cs@navercorp.com"}, date="Thu, 12 Sep 2024 11:45:00 +0900",
     subject="[네이버] 게시중단(임시조치) 처리 안내", reply_to_req=R_N,
     imitates="NAVER 게시중단요청서비스 임시조치 안내 (Network Act Art. 44-2, 30-day 재게시 요청)",
     why="임시조치 → restricted; the help and policy links are not items",
     items={N[3]: "restricted"},
     body=f"""[네이버] 게시중단(임시조치) 처리 안내

안녕하세요. 네이버 게시중단요청서비스입니다.

정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2에 따라
아래 게시물에 대하여 30일간 임시조치(게시중단)를 하였습니다.

 - 게시물 주소: {N[3]}
 - 조치 일시: 2024.09.12 11:40

게시자는 30일 이내에 재게시를 요청할 수 있습니다.
재게시 요청 안내: https://help.naver.com/service/5640/contents/18312
{NAVER_FOOTER}""")

case(name="naver-echoed-report", outcome="applied", classification="confirmation",
     **{"from": "noreply-cs@navercorp.com"}, date="Fri, 13 Sep 2024 19:20:00 +0900",
     subject="[네이버] 신고 처리 결과 안내", reply_to_req=R_N,
     imitates="NAVER 신고 처리 결과 mail: a statement about '신고하신 게시물' then the echoed 신고 내용",
     why="statement about the reported post followed by the echoed report that names it → removed",
     items={N[5]: "removed"},
     body=f"""안녕하세요. 네이버 고객센터입니다.

신고하신 게시물은 검토 결과 운영정책 위반으로 확인되어 삭제 조치되었습니다.

----- 신고 내용 -----
신고 번호: RPT-88120442
신고 대상: {N[5]}
신고 사유: 불법정보 (방송통신심의위원회 시정요구)
신고 일시: 2024-09-10 10:00
---------------------
{NAVER_FOOTER}""")

qp_text = f"""안녕하세요. 네이버 블로그 운영팀입니다.

요청하신 블로그 게시물 {N[1]} 은 게시중단 처리하였고,
{N[2]} 은 확인 결과 위법 내용이 없어 조치하지 않았습니다(게시 유지).

감사합니다.
"""
case(name="naver-quoted-printable-two-results", outcome="applied", classification="confirmation",
     **{"from": "blog-help@naver.com"}, date="Mon, 16 Sep 2024 16:40:12 +0900",
     subject="RE: [KCSC-240910-01] 블로그 게시물 처리 결과", reply_to_req=R_N,
     imitates="NAVER Blog 운영팀 reply sent quoted-printable",
     why="quoted-printable Korean: 게시중단 → removed; 위법 내용 없어 조치하지 않음 → rejected",
     items={N[1]: "removed", N[2]: "rejected"},
     raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
              + quopri.encodestring(qp_text.encode("utf-8")).decode("ascii"))

case(name="naver-ack-phrase-plus-statement", outcome="applied", classification="confirmation",
     **{"from": "help@navercorp.com"}, date="Wed, 11 Sep 2024 15:05:00 +0900",
     subject="RE: [KCSC-240910-01] 문의 답변", reply_to_req=R_N,
     imitates="NAVER 고객센터 answer opening with a receipt sentence, then the result",
     why="an acknowledgement phrase plus an unhedged statement is a confirmation, not an acknowledgement",
     items={N[4]: "removed"},
     body=f"""안녕하세요. 네이버 고객센터입니다.
보내주신 요청은 정상적으로 접수되었습니다.

접수된 게시물 {N[4]} 은(는) 확인 후 삭제 처리되었습니다.

접수번호: NV-2024091100311
{NAVER_FOOTER}""")

# ---------------------------------------------------------------- Kakao / Daum
case(name="kakao-daum-cafe-blind", outcome="applied", classification="confirmation",
     **{"from": "cafe_admin@daum.net"}, name_from="Daum 카페",
     date="Thu, 12 Sep 2024 10:30:00 +0900",
     subject="RE: [KCSC-240911-02] 시정요구", reply_to_req=R_K,
     imitates="Daum 클린센터 블라인드 조치 안내",
     why="two cafe posts 블라인드 처리 → removed",
     items={K[0]: "removed", K[1]: "removed"},
     body=f"""안녕하세요. Daum 카페 클린센터입니다.

방송통신심의위원회 시정요구에 따라 아래 게시글을 블라인드 처리하였습니다.

· {K[0]}
· {K[1]}

블라인드 처리된 게시글은 카페 회원 및 외부에 노출되지 않습니다.
{KAKAO_FOOTER}""")

case(name="kakao-pf-temp-measure", outcome="applied", classification="confirmation",
     **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
     date="Thu, 12 Sep 2024 14:05:10 +0900",
     subject="[카카오] 권리침해 신고 처리 안내 (임시조치)", reply_to_req=R_K,
     imitates="Kakao 권리침해신고 임시조치 안내 mail (44조의2, 30일 후 삭제)",
     why="임시조치 under the Network Act → restricted",
     items={K[2]: "restricted"},
     body=f"""안녕하세요. 카카오 고객센터입니다.

접수된 신고 건과 관련하여, 정보통신망법 제44조의2(정보의 삭제요청 등)에 따라
아래 게시물을 임시조치(비공개) 하였음을 안내드립니다.

대상 게시물: {K[2]}
조치 내용: 임시조치 (30일)

게시자가 30일 이내에 복원을 요청하지 않으면 게시물은 삭제됩니다.
{KAKAO_FOOTER}""")

case(name="kakao-brunch-author-deleted", outcome="applied", classification="confirmation",
     **{"from": "brunch@kakaocorp.com"}, name_from="브런치팀",
     date="Fri, 13 Sep 2024 11:11:11 +0900",
     subject="RE: [KCSC-240911-02] 브런치 글 확인 결과", reply_to_req=R_K,
     imitates="Brunch team reply: the reported post was already deleted by its writer",
     why="already deleted by its author / 확인되지 않음 → not_found (not removed by the platform)",
     items={K[4]: "not_found"},
     body=f"""안녕하세요, 브런치팀입니다.

요청하신 글 {K[4]} 을 확인하였으나, 작가가 이미 삭제하여 현재 존재하지 않는 글입니다.
따라서 별도의 조치는 진행하지 않았습니다.

고맙습니다.
브런치팀 드림""")

case(name="kakao-tv-partly-done", outcome="review", review="not_understood",
     **{"from": "kakaotv_help@kakaocorp.com"}, name_from="카카오TV 운영팀",
     date="Sat, 14 Sep 2024 15:00:00 +0900",
     subject="RE: [KCSC-240911-02] 카카오TV 영상", reply_to_req=R_K,
     imitates="Kakao TV reply: part of a clip cut, the rest still under review",
     why="only part of the clip was cut and the rest is under review: a clerk would hesitate",
     items={},
     body=f"""안녕하세요. 카카오TV 운영팀입니다.

요청하신 영상 {K[3]} 중 문제가 된 일부 구간은 편집 삭제하였으며,
영상 전체에 대한 조치 여부는 아직 검토 중입니다.

결과가 나오면 다시 안내드리겠습니다.
{KAKAO_FOOTER}""")

dsn_text = """This is the mail system at host mx2.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@kakaocorp.com>: host mailstore.kakaocorp.com[203.0.113.41] said:
    550 5.1.1 <report@kakaocorp.com>: Recipient address rejected: mailbox
    unavailable
"""
case(name="kakao-bounce-dsn", outcome="ignored", classification="bounce",
     **{"from": "MAILER-DAEMON@kakaocorp.com"}, name_from="Mail Delivery System",
     date="Wed, 18 Sep 2024 09:00:21 +0900",
     subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     imitates="Postfix delivery status notification (multipart/report; report-type=delivery-status)",
     why="bounce of our reminder: ignored",
     items={},
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn_k1"

--=_dsn_k1
Content-Type: text/plain; charset=us-ascii

{dsn_text}
--=_dsn_k1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kakaocorp.com
Arrival-Date: Wed, 18 Sep 2024 09:00:19 +0900

Final-Recipient: rfc822; report@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected

--=_dsn_k1
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: report@kakaocorp.com
Subject: [Reminder] KCSC-240911-02 시정요구 조치결과 회신 요청
Message-ID: <reminder-240911-02-1@kcsc.example>

--=_dsn_k1--
""")

case(name="kakao-bulleted-kept-and-deleted", outcome="applied", classification="confirmation",
     **{"from": "safety@kakaocorp.com"}, name_from="카카오 세이프티",
     date="Mon, 16 Sep 2024 10:10:10 +0900",
     subject="[KCSC-240911-02] 조치결과 회신", reply_to_req=R_K,
     imitates="Kakao safety team 조치결과 회신 with a '- URL : 결과' bulleted list",
     why="bulleted per-line statuses: 삭제 → removed; 위반사항 없음(게시 유지) → rejected",
     items={K[0]: "removed", K[1]: "rejected"},
     body=f"""안녕하세요. 카카오 세이프티팀입니다.

시정요구 건의 조치결과를 다음과 같이 회신드립니다.

- {K[0]} : 삭제
- {K[1]} : 위반사항 없음 (게시 유지)

나머지 건은 검토가 끝나는 대로 회신드리겠습니다.
{KAKAO_FOOTER}""")

case(name="kakao-unknown-sender-cafe-owner", outcome="review", review="unknown_sender",
     **{"from": "bluecompass.owner@gmail.com"}, name_from="블루컴퍼스 카페지기",
     date="Sun, 15 Sep 2024 22:14:00 +0900",
     subject="카페 게시글 지웠습니다 (KCSC-240911-02)",
     imitates="a cafe owner writing in from a personal address after hearing of the request",
     why="unknown sender naming our items and request: review, nothing applied",
     items={},
     body=f"""안녕하세요. 다음 카페 블루컴퍼스 카페지기입니다.

위원회에서 문제 삼으신 {K[0]} 글은 제가 직접 지웠습니다.
앞으로 회원들 글 관리 잘 하겠습니다.""")

# ---------------------------------------------------------------- YouTube
case(name="yt-korean-legal-restricted-kr", outcome="applied", classification="confirmation",
     **{"from": "legal-kr@google.com"}, name_from="YouTube 법무팀",
     date="Fri, 13 Sep 2024 16:00:00 +0900",
     subject="RE: [KCSC-240912-03] YouTube 법적 삭제 요청", reply_to_req=R_Y,
     imitates="Google/YouTube legal removal outcome in Korean: 현지 법률에 따라 대한민국에서 액세스 제한",
     why="local-law geo-block in Korea for two videos → restricted",
     items={Y[0]: "restricted", Y[1]: "restricted"},
     body=f"""안녕하세요.

YouTube에 제출하신 법적 요청을 검토하였습니다. 검토 결과, 아래 콘텐츠는
현지 법률에 따라 대한민국 내에서 액세스가 제한되었습니다.

{Y[0]}
{Y[1]}

해당 콘텐츠는 YouTube 커뮤니티 가이드를 위반하지 않아 다른 국가에서는 계속 이용할 수 있습니다.

YouTube 법무팀 드림
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
참조 번호: 7-1844200031554""")

case(name="yt-english-no-action", outcome="applied", classification="confirmation",
     **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
     date="Sat, 14 Sep 2024 03:22:10 +0900",
     subject="Re: [KCSC-240912-03] Legal removal request [7-1844200031561]", reply_to_req=R_Y,
     imitates="YouTube legal team 'we will not be taking action' outcome",
     why="decided not to act because it breaks no guideline and no unlawfulness found → rejected",
     items={Y[2]: "rejected"},
     body=f"""Hello,

Thanks for reaching out to us.

We have reviewed the content you reported, {Y[2]}. After careful consideration
we have decided not to take action, as it does not violate YouTube's Community
Guidelines and we were unable to determine that it is unlawful in South Korea.

If you have further information, such as a court order, you may submit a new request
at https://support.google.com/legal/answer/3110420.

Regards,
The YouTube Legal Team""")

case(name="yt-channel-terminated", outcome="applied", classification="confirmation",
     **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
     date="Tue, 17 Sep 2024 08:05:00 +0900",
     subject="Re: [KCSC-240912-03] Legal removal request [7-1844200031588]", reply_to_req=R_Y,
     imitates="YouTube outcome: channel terminated for repeated Community Guidelines violations",
     why="the requested channel was terminated → removed; the policy link is not an item",
     items={Y[3]: "removed"},
     body=f"""Hello,

Thank you for your report. After review, the channel {Y[3]} has been
terminated for repeated violations of our Community Guidelines, and it is no
longer available on YouTube.

Learn more about channel terminations: https://support.google.com/youtube/answer/2802168

Sincerely,
The YouTube Team""")

case(name="yt-age-restricted", outcome="applied", classification="confirmation",
     **{"from": "legal-kr@google.com"}, name_from="YouTube 법무팀",
     date="Wed, 18 Sep 2024 10:40:00 +0900",
     subject="RE: [KCSC-240912-03] 추가 회신", reply_to_req=R_Y,
     imitates="YouTube age-restriction notice (연령 제한 적용)",
     why="age-restricted video → restricted",
     items={Y[1]: "restricted"},
     body=f"""안녕하세요.

신고하신 동영상을 다시 검토한 결과, {Y[1]} 에 연령 제한을 적용하였습니다.
이제 로그인한 만 18세 이상 사용자만 이 동영상을 볼 수 있습니다.

연령 제한 정책: https://support.google.com/youtube/answer/2802167

YouTube 법무팀 드림""")

case(name="yt-read-receipt-mdn", outcome="ignored", classification="read_receipt",
     **{"from": "jiho.park@google.com"}, name_from="박지호",
     date="Thu, 12 Sep 2024 10:01:30 +0900",
     subject="읽음: [KCSC-240912-03] YouTube 법적 삭제 요청", reply_to_req=R_Y,
     imitates="Outlook/Gmail read receipt (multipart/report; report-type=disposition-notification)",
     why="MDN read receipt: ignored",
     items={},
     raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn_y1"

--=_mdn_y1
Content-Type: text/plain; charset=utf-8

[KCSC-240912-03] YouTube 법적 삭제 요청 메일을 2024-09-12 10:01에 읽었습니다.

--=_mdn_y1
Content-Type: message/disposition-notification

Reporting-UA: Microsoft Outlook 16.0
Final-Recipient: rfc822;jiho.park@google.com
Original-Message-ID: <req-240912-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn_y1--
""")

case(name="yt-ticket-receipt", outcome="ignored", classification="acknowledgement",
     **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
     date="Thu, 12 Sep 2024 09:31:05 +0900",
     subject="[7-1844200031554] We've received your legal request", reply_to_req=R_Y,
     extra_headers=["Auto-Submitted: auto-generated"],
     imitates="Google legal webform automatic receipt with case id",
     why="receipt only; nothing said about any item",
     items={},
     body="""Hello,

Thanks for contacting Google. We have received your request and a case
(7-1844200031554) has been created. We will review it and reply by email.

Please do not reply to this automated message.

Google LLC""")

case(name="yt-hedge-in-relative-clause", outcome="applied", classification="confirmation",
     **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
     date="Mon, 16 Sep 2024 07:50:00 +0900",
     subject="Re: [KCSC-240912-03] Legal removal request [7-1844200031570]", reply_to_req=R_Y,
     imitates="YouTube Trust & Safety outcome with a remark about a possible re-upload",
     why="'which may have been re-uploaded' hedges the item's past, not the main clause 'has been removed'",
     items={Y[0]: "removed"},
     body=f"""Hello,

The video {Y[0]}, which may have been re-uploaded from another channel earlier,
has been removed from YouTube for violating our policies.

Best regards,
The YouTube Team""")

# ---------------------------------------------------------------- X
case(name="x-withheld-in-kr", outcome="applied", classification="confirmation",
     **{"from": "legal@x.com"}, name_from="X Legal",
     date="Sat, 14 Sep 2024 02:10:00 +0900",
     subject="Re: [KCSC-240913-04] Legal request - case 0917-KR-2231", reply_to_req=R_X,
     imitates="X 'country withheld content' legal reply",
     why="posts withheld in South Korea → restricted",
     items={X[0]: "restricted", X[1]: "restricted"},
     body=f"""Hello,

We have reviewed your request. In accordance with applicable local law, we have
withheld the following posts in South Korea:

{X[0]}
{X[1]}

For more information, see https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal""")

case(name="x-korean-office-deleted", outcome="applied", classification="confirmation",
     **{"from": "korea-policy@x.com"}, name_from="X 코리아",
     date="Mon, 16 Sep 2024 11:00:00 +0900",
     subject="RE: [KCSC-240913-04] 시정요구", reply_to_req=R_X,
     imitates="Korean-language reply from a global platform's Korean office",
     why="Korean prose: the post was deleted for violating X rules → removed",
     items={X[2]: "removed"},
     body=f"""안녕하세요. X 코리아 정책팀입니다.

요청하신 게시물 {X[2]} 은 X 규칙 위반으로 확인되어 삭제되었습니다.
{quoted_request("KCSC-240913-04", X, date="2024. 9. 13. (금) 오후 2:00")}""")

case(name="x-asks-court-order", outcome="review", review="asks_more", classification="request_for_info",
     **{"from": "legal@x.com"}, name_from="X Legal",
     date="Fri, 13 Sep 2024 23:40:00 +0900",
     subject="Re: [KCSC-240913-04] Additional information needed", reply_to_req=R_X,
     imitates="X legal reply asking for a valid legal process before acting",
     why="asks for more documentation; nothing done",
     items={},
     body=f"""Hello,

To process your request regarding {X[0]} we need additional information.
Please provide a copy of the decision or order, and the specific provision of
local law the content is alleged to violate.

Regards,
X Legal""")

case(name="x-out-of-office-english", outcome="ignored", classification="auto_reply",
     **{"from": "d.lee@x.com"}, name_from="Daniel Lee",
     date="Fri, 13 Sep 2024 14:00:30 +0900",
     subject="Automatic reply: [KCSC-240913-04] 시정요구", reply_to_req=R_X,
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     imitates="Outlook 'Automatic reply' out-of-office",
     why="out-of-office: ignored",
     items={},
     body="""I am out of the office until September 23 with limited access to email.
For urgent legal matters please contact legal@x.com.

Thanks,
Daniel""")

# ---------------------------------------------------------------- Meta
case(name="meta-korean-restricted-and-removed", outcome="applied", classification="confirmation",
     **{"from": "kr-regulatory@meta.com"}, name_from="Meta 대한민국 규제 대응팀",
     date="Wed, 18 Sep 2024 17:20:00 +0900",
     subject="RE: [KCSC-240916-05] 시정요구 처리 결과", reply_to_req=R_M,
     imitates="Meta Korean-language local-law outcome: 현지 법률에 따라 접근 제한 / 커뮤니티 규정 위반 삭제",
     why="Instagram post restricted in Korea under local law; Facebook post removed",
     items={M[0]: "restricted", M[1]: "removed"},
     body=f"""안녕하세요. Meta 대한민국 규제 대응팀입니다.

보내주신 요청을 검토한 결과는 다음과 같습니다.

{M[0]}
→ 현지 법률 위반으로 판단되어 대한민국에서 이 콘텐츠에 대한 접근을 제한했습니다.

{M[1]}
→ Facebook 커뮤니티 규정 위반으로 삭제되었습니다.

Meta의 정부 요청 관련 정책: https://transparency.meta.com/ko-kr/reports/content-restrictions/

감사합니다.
Meta Platforms, Inc.""")

case(name="meta-names-x-items", outcome="review", review="wrong_platform",
     **{"from": "kr-regulatory@meta.com"}, name_from="Meta 대한민국 규제 대응팀",
     date="Tue, 17 Sep 2024 10:00:00 +0900",
     subject="RE: 요청하신 게시물 관련",
     imitates="a platform answering about another platform's items (misdirected reply)",
     why="Meta states an X post is deleted: Meta cannot act on X items; must be seen, not applied",
     items={},
     body=f"""안녕하세요. Meta 대한민국 규제 대응팀입니다.

문의하신 {X[2]} 게시물은 삭제된 것으로 확인됩니다.
해당 서비스는 Meta가 운영하지 않으므로 자세한 사항은 해당 사업자에게 문의해 주시기 바랍니다.""")

# ---------------------------------------------------------------- Telegram
case(name="tg-url-and-one-sentence", outcome="applied", classification="confirmation",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
     date="Wed, 18 Sep 2024 03:15:00 +0900",
     subject="Re: [KCSC-240917-06] Request", reply_to_req=R_T,
     imitates="Telegram abuse-desk one-line reply under the URL",
     why="a notice that is only a URL and one sentence: taken down → removed",
     items={T[0]: "removed"},
     body=f"""{T[0]}
This message has been taken down.

Telegram Abuse Team""")

case(name="tg-under-review", outcome="review", review="not_understood",
     **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
     date="Tue, 17 Sep 2024 22:40:00 +0900",
     subject="Re: [KCSC-240917-06] Request", reply_to_req=R_T,
     imitates="Telegram abuse-desk holding reply: reviewing, will act if it breaks the ToS",
     why="under review / conditional future action about a named item: review, nothing applied",
     items={},
     body=f"""Hello,

Our moderators are looking into {T[0]} and will take action if it is found to
violate Telegram's Terms of Service.

Telegram Abuse Team""")

from email.header import Header  # noqa: E402

# Real mail carries non-ASCII display names and most Korean subjects as
# RFC 2047 encoded-words; every other case keeps a raw UTF-8 subject.
for i, c in enumerate(cases):
    if "name_from" in c and not c["name_from"].isascii():
        c["name_from"] = Header(c["name_from"], "utf-8").encode()
    if not c["subject"].isascii() and i % 2 == 0:
        c["subject"] = Header(c["subject"], "utf-8").encode()

here = HERE
write_set(here, "blind35", """# Blind set 35 (issue 11): general mix, mostly Korean. Generated by make.py.
# Expected results written from each email's meaning before anything ran.""", cases)
print(len(cases), "cases")
