#!/usr/bin/env python3
"""Blind set 759: Korean portals and community sites (NAVER, Kakao/Daum,
DC Inside, SOOP, Nate, FM Korea, Clien; Inven and Ppomppu as bystanders),
mixing Korean and English, with the doubtful and ignorable mail a
regulator's mailbox receives.

Written before any run of the reader; every expected result comes from the
meaning of the email alone. Deterministic: running it twice changes nothing.

    python3 tests/corpus/blind759/make.py
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
import corpuslib  # noqa: E402

SET = "blind759"

# ---------------------------------------------------------------- requests

TISTORY_SLUG = "신상공개-정리"
TISTORY_RAW = "https://silvermoon-diary.tistory.com/entry/" + TISTORY_SLUG
TISTORY = "https://silvermoon-diary.tistory.com/entry/" + quote(TISTORY_SLUG)

NV = [
    "https://blog.naver.com/luckyspin_77/223561000101",
    "https://blog.naver.com/luckyspin_77/223561000102",
    "https://blog.naver.com/toto_guide_kr/223559870455",
    "https://cafe.naver.com/sportsbetlounge/40211",
    "https://cafe.naver.com/sportsbetlounge/40219",
    "https://cafe.naver.com/sportsbetlounge/40233",
    "https://kin.naver.com/qna/detail.naver?d1id=11&dirId=1117&docId=471200345",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38001122&memberNo=5512093",
    "https://m.blog.naver.com/casino_daily_x/223560441298",
    "https://in.naver.com/jackpotqueen/contents/internal/681200345671234",
    "https://blog.naver.com/PostView.naver?blogId=betmaster_22&logNo=223562118800",
    "https://tv.naver.com/v/58120334",
]
DA = [
    "https://cafe.daum.net/hotissue_zone/Rf3k/1187",
    "https://cafe.daum.net/hotissue_zone/Rf3k/1192",
    TISTORY,
    "https://ggul-info.tistory.com/312",
]
DC = [
    "https://gall.dcinside.com/board/view/?id=dcbest&no=241188",
    "https://gall.dcinside.com/mgallery/board/view/?id=nightcam_x&no=5521",
    "https://gall.dcinside.com/mgallery/board/view/?id=nightcam_x&no=5530",
    "https://gall.dcinside.com/mgallery/board/view/?id=nightcam_x&no=5547",
    "https://gall.dcinside.com/mini/board/view/?id=fakeface&no=318",
]
SO = [
    "https://vod.sooplive.co.kr/player/131245678",
    "https://vod.sooplive.co.kr/player/131245990",
    "https://ch.sooplive.co.kr/redcandle77/post/88120345",
]
NA = [
    "https://pann.nate.com/talk/372201458",
    "https://pann.nate.com/talk/372201733",
]
FM = [
    "https://www.fmkorea.com/7412230981",
    "https://www.fmkorea.com/7412231456",
    "https://www.fmkorea.com/best/7412239002",
]
CL = ["https://www.clien.net/service/board/park/18799123"]

REQUESTS = [
    # ref, platform, sent_at, due_at, category, msgid, urls
    ("KCSC-240903-01", "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "illegal_gambling", "req-240903-01", NV),
    ("KCSC-240904-01", "daum", "2024-09-04T14:00:00+09:00", "2024-09-11T18:00:00+09:00",
     "privacy_exposure", "req-240904-01", DA),
    ("KCSC-240905-01", "dcinside", "2024-09-05T09:30:00+09:00", "2024-09-12T18:00:00+09:00",
     "deepfake_sexual_abuse", "req-240905-01", DC),
    ("KCSC-240906-01", "soop", "2024-09-06T11:00:00+09:00", "2024-09-13T18:00:00+09:00",
     "obscenity", "req-240906-01", SO),
    ("KCSC-240909-01", "nate", "2024-09-09T10:30:00+09:00", "2024-09-16T18:00:00+09:00",
     "privacy_exposure", "req-240909-01", NA),
    ("KCSC-240910-01", "fmkorea", "2024-09-10T15:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "illegal_drugs", "req-240910-01", FM),
    ("KCSC-240911-01", "clien", "2024-09-11T09:00:00+09:00", "2024-09-18T18:00:00+09:00",
     "defamation", "req-240911-01", CL),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, mid, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, f"<{mid}@kcsc.example>", ""])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers

def enc(s):
    """RFC 2047 encoded-word (deterministic)."""
    return Header(s, "utf-8").encode()


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").rstrip("\n")


def request_text(ref, urls, due, prefix=""):
    lines = [
        "안녕하십니까, 방송통신심의위원회 통신심의 담당입니다.",
        "",
        "아래 정보에 대하여 시정요구(삭제 또는 접속차단)를 통보하오니",
        f"조치 후 그 결과를 {due}까지 회신하여 주시기 바랍니다.",
        "",
        f"요청번호: {ref}",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "방송통신심의위원회 디지털성범죄·불법정보 대응팀 드림"]
    return "\n".join((prefix + l).rstrip() if prefix else l for l in lines)


# ---------------------------------------------------------------- cases

C = []

def case(**kw):
    C.append(kw)


# ======================= APPLIED =======================

# A1: NAVER HTML table answering the whole 12-item request.
rows_a1 = [
    (NV[0], "삭제", "불법 도박 사이트 홍보"),
    (NV[1], "삭제", "불법 도박 사이트 홍보"),
    (NV[2], "임시조치(30일)", "정보통신망법 제44조의2"),
    (NV[3], "게시중단", "카페 운영원칙 위반"),
    (NV[4], "블라인드", "카페 운영원칙 위반"),
    (NV[5], "게시물 없음", "작성자 자진 삭제(9/4)"),
    (NV[6], "삭제", "-"),
    (NV[7], "비공개 처리", "포스트 운영정책 위반"),
    (NV[8], "국내 접근 제한", "해외 운영 블로그"),
    (NV[9], "삭제", "-"),
    (NV[10], "조치 불가", "위반 사항이 확인되지 않음"),
    (NV[11], "삭제", "동영상 및 채널 공지 삭제"),
]
trs = "\n".join(
    f"<tr><td>{i}</td><td><a href=\"{u.replace('&', '&amp;')}\">{u.replace('&', '&amp;')}</a></td>"
    f"<td>{s}</td><td>{n}</td></tr>"
    for i, (u, s, n) in enumerate(rows_a1, 1)
)
case(
    name="naver-kcsc-result-table-html",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date="Mon, 09 Sep 2024 17:20:11 +0900",
    subject=enc("[NAVER] 시정요구(KCSC-240903-01) 조치결과 회신"),
    reply_to_req="req-240903-01",
    type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>방송통신심의위원회에서 2024년 9월 3일 통보하신 시정요구(요청번호 KCSC-240903-01, 12건)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#03c75a;color:#fff"><th>연번</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
{trs}
</table>
<p>조치 불가 건에 대해 추가 의견이 있으시면 회신 주시기 바랍니다.<br>
네이버 게시물 운영정책: <a href="https://policy.naver.com/rules/service_post.html">https://policy.naver.com/rules/service_post.html</a></p>
<p>감사합니다.<br>네이버 주식회사 정책지원팀 드림</p>
</body></html>""",
    outcome="applied",
    imitates="NAVER 시정요구 조치결과 회신 (HTML table, one row per URL)",
    why="NAVER answers each of the 12 URLs in a table; statuses from 삭제/게시중단/블라인드/비공개, 임시조치/국내 접근 제한, 게시물 없음 and 조치 불가",
    items={NV[0]: "removed", NV[1]: "removed", NV[2]: "restricted", NV[3]: "removed",
           NV[4]: "removed", NV[5]: "not_found", NV[6]: "removed", NV[7]: "removed",
           NV[8]: "restricted", NV[9]: "removed", NV[10]: "rejected", NV[11]: "removed"},
)

# A2: Korean prose, URLs in full-width parentheses and followed by a particle.
case(
    name="naver-blog-prose-fullwidth-parens",
    **{"from": "rights@navercorp.com"},
    name_from="네이버 권리보호센터",
    date="Thu, 05 Sep 2024 11:02:45 +0900",
    subject="Re: [KCSC-240903-01] 불법정보 시정요구 - 블로그 게시물 처리결과(1차)",
    reply_to_req="req-240903-01",
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 KCSC-240903-01 건 가운데 블로그 게시물에 대한 처리 결과를 먼저 알려드립니다.

요청 목록의 블로그 게시물 두 건（{NV[0]}，{NV[1]}）은 불법 도박 사이트 홍보 게시물로 확인되어 삭제하였습니다.

{NV[2]}는 정보통신망법 제44조의2에 따라 30일간 임시조치하였습니다. 게시자에게는 임시조치 사실과 재게시 요청 절차를 안내하였습니다.

카페, 지식iN 등 나머지 게시물은 해당 서비스 담당 부서의 확인이 끝나는 대로 2차 회신드리겠습니다.

감사합니다.
네이버 권리보호센터 드림""",
    outcome="applied",
    imitates="NAVER 권리보호센터 1차 처리결과 안내 (Korean prose)",
    why="two blog posts named in full-width parentheses are 삭제, the third (URL glued to the particle 는) is 임시조치; the rest is a promise naming no item",
    items={NV[0]: "removed", NV[1]: "removed", NV[2]: "restricted"},
)

# A3: English, bullets with status on the line below.
case(
    name="naver-cafe-english-bullets",
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date="Fri, 06 Sep 2024 15:40:02 +0900",
    subject="Re: KCSC-240903-01 removal request - NAVER Cafe posts",
    reply_to_req="req-240903-01",
    body=f"""Dear KCSC team,

Thank you for your request. Our Cafe operations team has reviewed the three
Cafe posts in your list. Results below:

- {NV[3]}
  Removed for promoting an unlicensed gambling site.
- {NV[4]}
  Removed (same reason).
- {NV[5]}
  We could not locate this post. Our records show the author deleted it
  on 4 September, before our team opened the case.

The cafe as a whole (sportsbetlounge) is still being looked at by the Cafe
operations team. We will let you know separately if any action is taken at
the cafe level.

For our policies on gambling content, see
https://help.naver.com/service/5635/contents/19216?lang=en

Best regards,
Minji Kang
NAVER Trust & Safety""",
    outcome="applied",
    imitates="NAVER Trust & Safety English reply to a government removal request",
    why="two Cafe posts removed, the third deleted by its author before review (not_found); the cafe-level review is a promise about no requested item",
    items={NV[3]: "removed", NV[4]: "removed", NV[5]: "not_found"},
)

# A4: numbered Korean list, URLs in parentheses, one refusal with reason.
case(
    name="naver-kin-refused-post-removed",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Sat, 07 Sep 2024 10:15:30 +0900",
    subject="RE: [KCSC-240903-01] 지식iN/포스트 게시물 검토 결과",
    reply_to_req="req-240903-01",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.
요청하신 게시물 중 지식iN과 네이버 포스트 게시물의 검토 결과를 알려드립니다.

1. 지식iN 질문 ({NV[6]})
 - 처리결과: 조치하지 않음
 - 사유: 불법 도박 사이트를 이용한 뒤 입은 피해에 대해 상담을 구하는 질문으로,
   사이트 주소나 이용 권유 내용이 없어 운영정책 위반으로 보기 어렵습니다.

2. 네이버 포스트 ({NV[7]})
 - 처리결과: 게시중단(삭제)
 - 사유: 도박 사이트 가입 코드 홍보

추가 자료가 있으시면 회신해 주시기 바랍니다.
감사합니다.""",
    outcome="applied",
    imitates="NAVER 게시물 검토 결과 안내 (numbered list with 처리결과/사유)",
    why="the 지식iN question is refused with a reason (rejected), the Post is 게시중단(삭제)",
    items={NV[6]: "rejected", NV[7]: "removed"},
)

# A5: CSV attachment (base64, UTF-8 with BOM) for items 9-12.
csv_a5 = "\ufeff번호,URL,처리결과,처리일시\n" + "\n".join([
    f"9,{NV[8]},국내 접속 차단,2024-09-06 14:10",
    f"10,{NV[9]},삭제,2024-09-06 14:12",
    f"11,\"{NV[10]}\",조치 불가(위반사항 없음),2024-09-06 14:20",
    f"12,{NV[11]},삭제,2024-09-06 14:25",
]) + "\n"
case(
    name="naver-csv-attachment-rest",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Fri, 06 Sep 2024 16:03:12 +0900",
    subject=enc("[NAVER] KCSC-240903-01 처리결과 (9~12번) 송부"),
    reply_to_req="req-240903-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="----=_NV_240906_a5"

------=_NV_240906_a5
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 네이버 정책지원팀입니다.

KCSC-240903-01 요청 건 중 9번~12번 게시물의 처리 결과를 첨부 파일(CSV)로 보내드립니다.
확인 부탁드립니다.

네이버 정책지원팀 드림

------=_NV_240906_a5
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_a5)}
------=_NV_240906_a5--
""",
    outcome="applied",
    imitates="portal result sheet sent as a CSV attachment (처리결과 column)",
    why="the CSV gives one status per URL: 국내 접속 차단, 삭제, 조치 불가(위반사항 없음), 삭제",
    items={NV[8]: "restricted", NV[9]: "removed", NV[10]: "rejected", NV[11]: "removed"},
)

# A6: Gmail-style top-posted Korean reply over the quoted request.
case(
    name="naver-top-posted-over-gmail-quote",
    **{"from": "rights@navercorp.com"},
    name_from="네이버 권리보호센터",
    date="Sun, 08 Sep 2024 20:41:09 +0900",
    subject="Re: [KCSC-240903-01] 불법정보 시정요구",
    reply_to_req="req-240903-01",
    body=f"""안녕하세요. 추가 처리 결과 말씀드립니다.

{NV[2]} 게시물은 임시조치 이후 재검토에서 운영정책 위반이 확인되어 삭제하였습니다.
{NV[10]} 역시 재검토 결과 삭제하였습니다.

네이버 권리보호센터 드림

2024년 9월 3일 (화) 오전 10:00, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
{request_text("KCSC-240903-01", NV, "2024. 9. 10.(화) 18:00", prefix="> ")}
""",
    outcome="applied",
    imitates="Gmail top-posted reply with Korean quote header (…님이 작성:)",
    why="two URLs stated deleted above the quote; the 12 URLs in the quoted request are not statements",
    items={NV[2]: "removed", NV[10]: "removed"},
)

# A7: Kakao 권리침해신고센터, raw Korean tistory path, arrows on the next line.
case(
    name="daum-right-center-temporary-measure",
    **{"from": "right@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    date="Fri, 06 Sep 2024 13:25:50 +0900",
    subject=enc("[카카오] 권리침해신고 처리 결과 안내 (KCSC-240904-01)"),
    reply_to_req="req-240904-01",
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 안내드립니다.

[처리 결과]
■ {DA[0]}
  → 임시조치 (30일간 게시물 접근 차단)
■ {DA[1]}
  → 임시조치 (30일간 게시물 접근 차단)
■ {TISTORY_RAW}
  → 삭제 (개인정보 노출 게시물)
■ {DA[3]}
  → 해당 게시물이 존재하지 않아 조치할 수 없습니다.

임시조치된 게시물은 게시자가 30일 이내에 재게시를 요청하지 않으면 삭제됩니다.
자세한 내용은 카카오 고객센터(https://cs.kakao.com/helps?service=164)를 참고해 주세요.

감사합니다.
카카오 권리침해신고센터 드림""",
    outcome="applied",
    imitates="Kakao/Daum 권리침해신고 처리 결과 안내 (임시조치 notice)",
    why="two cafe posts under 30-day 임시조치 (restricted), the tistory post (raw Korean path) deleted, the last one does not exist",
    items={DA[0]: "restricted", DA[1]: "restricted", DA[2]: "removed", DA[3]: "not_found"},
)

# A8: quoted-printable Korean; one statement, two items still reviewed.
case(
    name="daum-qp-tistory-private-cafe-pending",
    **{"from": "right@kakaocorp.com"},
    name_from="Kakao Right Center",
    date="Thu, 05 Sep 2024 18:12:04 +0900",
    subject=enc("Re: [KCSC-240904-01] 개인정보 노출 게시물"),
    reply_to_req="req-240904-01",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''안녕하세요, 카카오 권리침해신고센터입니다.

요청하신 티스토리 게시물 {TISTORY_RAW} 은 개인정보 노출로 확인되어 비공개 처리했습니다.

다음 카페 게시물 2건은 카페 운영정책 담당 부서에서 검토 중이며, 결과가 나오는 대로 다시 안내드리겠습니다.
- {DA[0]}
- {DA[1]}

감사합니다.''')}
""",
    outcome="applied",
    imitates="Kakao 권리침해신고센터 interim reply (quoted-printable body)",
    why="the tistory post is 비공개 처리 (removed); the two cafe posts are only 검토 중 and stay pending",
    items={DA[2]: "removed", DA[0]: "pending", DA[1]: "pending"},
)

# A9: DC Inside plain list.
case(
    name="dc-operator-deleted-list",
    **{"from": "cs@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date="Fri, 06 Sep 2024 09:48:33 +0900",
    subject="Re: [KCSC-240905-01] 불법정보 시정요구 통보",
    reply_to_req="req-240905-01",
    body=f"""안녕하세요, 디시인사이드 운영팀입니다.
요청하신 게시물의 처리 결과입니다.

{DC[0]} - 삭제 완료
{DC[1]} - 삭제 완료
{DC[2]} - 삭제 완료
{DC[3]} - 작성자 본인이 이미 삭제한 게시물입니다.
{DC[4]} - 삭제 완료

해당 게시물 작성자(유동 IP 포함)는 글쓰기 차단 조치하였습니다.
디시인사이드 운영팀""",
    outcome="applied",
    imitates="DC Inside 운영팀 삭제 처리 회신 (URL - 결과 per line)",
    why="four posts 삭제 완료, one already deleted by its author (not_found)",
    items={DC[0]: "removed", DC[1]: "removed", DC[2]: "removed", DC[3]: "not_found", DC[4]: "removed"},
)

# A10: a long line hard-wrapped inside the URL.
case(
    name="dc-wrapped-mgallery-url",
    **{"from": "report@dcinside.com"},
    name_from="DCinside Report Center",
    date="Fri, 06 Sep 2024 14:03:51 +0900",
    subject="Re: [KCSC-240905-01] 마이너 갤러리 게시물",
    reply_to_req="req-240905-01",
    body=f"""안녕하세요. 디시인사이드 신고센터입니다.

nightcam_x 마이너 갤러리 게시물 두 건은 갤러리 매니저 확인 후 삭제되었고, 게시자는 차단되었습니다.
게시물 1: https://gall.dcinside.com/mgallery/board/view/?id=nightcam_x&no=
5521
게시물 2: {DC[2]}

나머지 게시물은 별도로 회신드리겠습니다.
감사합니다.""",
    outcome="applied",
    imitates="DC Inside 신고센터 reply whose mail client hard-wrapped a long line",
    why="both mgallery posts deleted; the first URL is broken after 'no=' and its number stands on the next line, a clerk reads it as no=5521",
    items={DC[1]: "removed", DC[2]: "removed"},
)

# A11: adult gate = restricted.
case(
    name="dc-mini-adult-gate",
    **{"from": "cs@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date="Sat, 07 Sep 2024 11:30:00 +0900",
    subject="Re: [KCSC-240905-01] 미니 갤러리 게시물 조치",
    reply_to_req="req-240905-01",
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

{DC[4]} 게시물은 성인 인증을 거친 이용자만 볼 수 있도록 19세 이상 열람 제한으로 전환하였습니다.
합성 여부에 대한 추가 확인 자료가 있으시면 보내주시기 바랍니다.

감사합니다.""",
    outcome="applied",
    imitates="DC Inside 성인 인증 게시물 전환 안내",
    why="the mini-gallery post is age-gated (19세 이상 열람 제한): restricted",
    items={DC[4]: "restricted"},
)

# A12: SOOP Korean, mixed with a refusal.
case(
    name="soop-vod-mixed-korean",
    **{"from": "help@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    date="Mon, 09 Sep 2024 10:05:27 +0900",
    subject="[SOOP] 시정요구 처리 결과 안내 (KCSC-240906-01)",
    reply_to_req="req-240906-01",
    body=f"""안녕하세요. SOOP 고객센터입니다.

요청하신 건의 처리 결과를 안내드립니다.

1) {SO[0]}
   VOD 삭제 및 해당 스트리머 방송 7일 정지
2) {SO[1]}
   VOD 비공개 처리
3) {SO[2]}
   방송국 게시글 확인 결과 운영정책 위반 사항이 확인되지 않아 별도의 조치를 하지 않았습니다.

SOOP 운영정책: https://www.sooplive.co.kr/policy/operation
감사합니다.""",
    outcome="applied",
    imitates="SOOP (ex-AfreecaTV) 신고 처리 결과 안내",
    why="one VOD deleted, one made private (removed), the station post kept for no violation (rejected)",
    items={SO[0]: "removed", SO[1]: "removed", SO[2]: "rejected"},
)

# A13: SOOP English, one still under review.
case(
    name="soop-english-age-gate-one-pending",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    date="Tue, 10 Sep 2024 16:44:10 +0900",
    subject="Re: KCSC-240906-01",
    reply_to_req="req-240906-01",
    body=f"""Hello,

Following your notice KCSC-240906-01:

VOD 131245990 ({SO[1]}) has been made unavailable on our service.

The station post {SO[2]} has been age-restricted; it can now be viewed
only by users who have completed adult verification (19+).

VOD 131245678 is still under review by our policy team; we expect to reply
within two business days.

Regards,
SOOP Trust & Safety""",
    outcome="applied",
    imitates="streaming platform trust & safety English reply (unavailable / age-restricted / under review)",
    why="one VOD made unavailable (removed), the station post age-restricted; the third VOD is under review and stays pending",
    items={SO[1]: "removed", SO[2]: "restricted", SO[0]: "pending"},
)

# A14: Nate, statement first, URLs in angle brackets below.
case(
    name="nate-pann-blind-angle-brackets",
    **{"from": "helpdesk@nate.com"},
    name_from=enc("네이트 고객센터"),
    date="Tue, 10 Sep 2024 15:22:18 +0900",
    subject=enc("[네이트] 게시물 처리 결과 안내 - KCSC-240909-01"),
    reply_to_req="req-240909-01",
    body="""안녕하세요. 네이트 고객센터입니다.

요청하신 네이트판 게시물은 개인정보 노출이 확인되어 아래와 같이 블라인드 처리되었습니다.
<https://pann.nate.com/talk/372201458>
<https://pann.nate.com/talk/372201733>

블라인드 처리된 게시물은 작성자 외에는 열람할 수 없습니다.
감사합니다.""",
    outcome="applied",
    imitates="Nate 고객센터 블라인드 처리 안내",
    why="the statement (블라인드 처리) stands above two URLs in angle brackets, both removed",
    items={NA[0]: "removed", NA[1]: "removed"},
)

# A15: Outlook-style reply over -----Original Message-----.
case(
    name="nate-outlook-original-message",
    **{"from": "cs@nate.com"},
    name_from="SK Communications CS",
    date="Wed, 11 Sep 2024 09:12:44 +0900",
    subject="RE: [KCSC-240909-01] 불법정보 시정요구",
    reply_to_req="req-240909-01",
    body=f"""안녕하세요, SK커뮤니케이션즈 고객지원팀입니다.

{NA[0]} 게시물은 삭제 조치 완료하였습니다.
{NA[1]} 는 확인 결과 존재하지 않는 게시물입니다(작성자 탈퇴로 일괄 삭제됨).

감사합니다.

-----Original Message-----
From: KCSC 통신심의 <takedown@kcsc.example>
Sent: Monday, September 9, 2024 10:30 AM
To: cs@nate.com
Subject: [KCSC-240909-01] 불법정보 시정요구

{request_text("KCSC-240909-01", NA, "2024. 9. 16.(월) 18:00")}
""",
    outcome="applied",
    imitates="Outlook reply over -----Original Message----- (Korean CS desk)",
    why="one post deleted, the other does not exist (gone with the author's account); the request below the separator is quoted",
    items={NA[0]: "removed", NA[1]: "not_found"},
)

# A16: FM Korea bare URL, status on the line below.
case(
    name="fmkorea-bare-url-status-below",
    **{"from": "admin@fmkorea.com"},
    name_from=enc("에펨코리아 운영진"),
    date="Wed, 11 Sep 2024 22:07:35 +0900",
    subject="Re: [KCSC-240910-01] 게시물 시정요구",
    reply_to_req="req-240910-01",
    body=f"""에펨코리아 운영진입니다. 요청 건 처리 결과 회신드립니다.

{FM[0]}
처리: 삭제, 작성자 이용정지 7일

{FM[1]}
처리: 삭제

{FM[2]}
처리: 유지 (커뮤니티 규정 및 관련 법령 위반 사항 없음 - 약물 오남용 경고 내용의 게시물)

문의사항은 회신 주세요.""",
    outcome="applied",
    imitates="community-site admin reply, bare URL then '처리:' line",
    why="two posts deleted, the best-board post kept with a reason (rejected)",
    items={FM[0]: "removed", FM[1]: "removed", FM[2]: "rejected"},
)

# A18: Clien, one-item request, no URL in the reply.
case(
    name="clien-sole-statement-one-item",
    **{"from": "admin@clien.net"},
    name_from=enc("클리앙 운영진"),
    date="Thu, 12 Sep 2024 13:55:02 +0900",
    subject="Re: [KCSC-240911-01] 게시물 삭제 요청",
    reply_to_req="req-240911-01",
    body="""안녕하세요, 클리앙 운영진입니다.

요청하신 게시물은 확인 후 삭제 조치하였습니다.
작성자에게는 이용규칙 위반으로 경고를 부과하였습니다.

감사합니다.
클리앙 운영진 드림""",
    outcome="applied",
    imitates="small community admin's short reply to a one-URL request",
    why="an unhedged 삭제 statement answering a request of one item applies to that item",
    items={CL[0]: "removed"},
)

# A20: English top reply over a Gmail 'On ... wrote:' quote.
quoted_a20 = "\n".join("> " + l if l else ">" for l in request_text(
    "KCSC-240903-01", NV, "2024. 9. 10.(화) 18:00").split("\n"))
case(
    name="naver-tv-geo-restricted-gmail-quote",
    **{"from": "tv-policy@navercorp.com"},
    name_from="NAVER Video Policy",
    date="Sat, 07 Sep 2024 08:30:19 +0900",
    subject="Re: [KCSC-240903-01] 불법정보 시정요구",
    reply_to_req="req-240903-01",
    body=f"""Hello,

{NV[11]} is now unavailable to viewers in Korea (blocked for Korean IP
addresses following your notice); the uploader's channel remains active.

The NAVER In content {NV[9]}
has been deleted.

Thanks,
Seojun Oh | NAVER Video Policy

On Tue, Sep 3, 2024 at 10:00 AM KCSC 통신심의 <takedown@kcsc.example> wrote:
{quoted_a20}
""",
    outcome="applied",
    imitates="Gmail-style English reply over the quoted Korean request",
    why="the video is blocked in Korea only (restricted), the NAVER In content deleted (URL on the line before its verb); quoted URLs are not statements",
    items={NV[11]: "restricted", NV[9]: "removed"},
)

# A21: acknowledgement phrase plus an unhedged statement.
case(
    name="naver-receipt-plus-urgent-removal",
    **{"from": "help@navercorp.com"},
    name_from=enc("네이버 고객센터"),
    date="Tue, 03 Sep 2024 16:40:00 +0900",
    subject=enc("[네이버 고객센터] 문의가 접수되었습니다 (NV-2409-558120)"),
    reply_to_req="req-240903-01",
    body=f"""안녕하세요. 네이버 고객센터입니다.

보내주신 요청(KCSC-240903-01)이 정상적으로 접수되었습니다.
접수번호: NV-2409-558120

아울러 긴급 건으로 분류된 아래 게시물은 접수 즉시 게시중단 조치하였습니다.
- {NV[8]}

나머지 게시물은 순차적으로 검토한 뒤 결과를 회신드리겠습니다.
네이버 고객센터 드림""",
    outcome="applied",
    imitates="NAVER 고객센터 접수 안내 with an immediate 게시중단 line",
    why="a receipt that also states one post 게시중단: not a pure acknowledgement; the rest is a promise",
    items={NV[8]: "removed"},
)

# A22: DSA-style statement of reasons (English, two blocks).
case(
    name="daum-statement-of-reasons-english",
    **{"from": "ts-noreply@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    date="Mon, 09 Sep 2024 12:00:41 +0900",
    subject="Statement of reasons for your notice KCSC-240904-01",
    reply_to_req="req-240904-01",
    body=f"""Statement of reasons
Notice reference: KCSC-240904-01
Notifier: Korea Communications Standards Commission

Content: {DA[0]}
Decision: Visibility restricted - access disabled for users in the Republic of Korea
Ground: Illegal content (exposure of personal information)
Automated means used in the decision: No

Content: {DA[1]}
Decision: Removal of the content
Ground: Illegal content (exposure of personal information)
Automated means used in the decision: No

You may contest this decision through https://cs.kakao.com/requests?service=164
This message was sent automatically. Please do not reply.""",
    outcome="applied",
    imitates="DSA Art. 17 statement-of-reasons style notice adapted by a Korean portal",
    why="one cafe post restricted in Korea, the other removed; the contest link is not an item",
    items={DA[0]: "restricted", DA[1]: "removed"},
)

# A23: plain-text table.
case(
    name="dc-text-table-five",
    **{"from": "cs@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date="Mon, 09 Sep 2024 18:31:07 +0900",
    subject="Re: [KCSC-240905-01] 처리 결과",
    reply_to_req="req-240905-01",
    body=f"""안녕하세요. 디시인사이드입니다. 요청 건 처리 결과를 표로 정리했습니다.

번호 | 게시물 주소                                                          | 처리 결과
-----+----------------------------------------------------------------------+----------------------
1    | {DC[0]}            | 삭제
2    | {DC[1]} | 삭제
3    | {DC[2]} | 삭제
4    | {DC[3]} | 게시물 없음
5    | {DC[4]}      | 미조치(위반 사항 확인되지 않음)

감사합니다.""",
    outcome="applied",
    imitates="DC Inside 처리 결과 as a plain-text table",
    why="three deleted, one does not exist, one not actioned because no violation was found (rejected)",
    items={DC[0]: "removed", DC[1]: "removed", DC[2]: "removed", DC[3]: "not_found", DC[4]: "rejected"},
)

# A24: SOOP HTML, base64.
html_a24 = f"""<html><body>
<p>안녕하세요. SOOP 운영정책팀입니다.</p>
<p>시정요구 <b>KCSC-240906-01</b> 처리 결과입니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<thead><tr><th>대상</th><th>처리 내용</th></tr></thead>
<tbody>
<tr><td><a href="{SO[0]}">{SO[0]}</a></td><td>VOD 영구 삭제</td></tr>
<tr><td><a href="{SO[1]}">{SO[1]}</a></td><td>VOD 삭제</td></tr>
<tr><td><a href="{SO[2]}">{SO[2]}</a></td><td>게시글 숨김 처리 (작성자 외 열람 불가)</td></tr>
</tbody></table>
<p style="color:#888">본 메일은 발신 전용입니다. 문의는 <a href="https://help.sooplive.co.kr/">SOOP 고객센터</a>를 이용해 주세요.</p>
</body></html>"""
case(
    name="soop-html-base64-table",
    **{"from": "policy@sooplive.co.kr"},
    name_from=enc("SOOP 운영정책팀"),
    date="Wed, 11 Sep 2024 11:11:11 +0900",
    subject=enc("[SOOP] 시정요구 처리 결과 (KCSC-240906-01)"),
    reply_to_req="req-240906-01",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="soop-a24-alt"

--soop-a24-alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(html_a24)}
--soop-a24-alt--
""",
    outcome="applied",
    imitates="SOOP 발신 전용 HTML notice (base64, table)",
    why="two VODs deleted and the station post hidden from everyone but its author (removed)",
    items={SO[0]: "removed", SO[1]: "removed", SO[2]: "removed"},
)

# A25: Nate English numbered list with a refusal.
case(
    name="nate-english-numbered-refusal",
    **{"from": "pann-ops@nate.com"},
    name_from="Nate Pann Operations",
    date="Thu, 12 Sep 2024 17:45:00 +0900",
    subject="Re: [KCSC-240909-01] takedown request",
    reply_to_req="req-240909-01",
    body=f"""Dear Sir or Madam,

We have reviewed the two Pann posts in your request.

1. {NA[0]} - removed. The post disclosed a private individual's phone
   number and workplace.
2. {NA[1]} - not removed. After review we found no violation of law or of
   our terms of service: the post criticises the conduct of a public
   official and contains no personal data.

If you disagree with the second decision, please send us the legal basis
and we will look at it again.

Kind regards,
Nate Pann Operations""",
    outcome="applied",
    imitates="English takedown outcome with a reasoned refusal (numbered list)",
    why="one post removed, the other refused with its reason (rejected); offering to look again is not a hedge on the decision",
    items={NA[0]: "removed", NA[1]: "rejected"},
)

# A26: statements, then URLs on the lines below.
case(
    name="fmkorea-statement-then-urls",
    **{"from": "support@fmkorea.com"},
    name_from="FM Korea 고객지원",
    date="Fri, 13 Sep 2024 10:20:30 +0900",
    subject="Re: [KCSC-240910-01] 처리 결과 회신",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요, 에펨코리아 고객지원입니다.

다음 게시물은 삭제 처리했습니다:
{FM[0]}
{FM[2]}

다음 게시물은 이미 작성자가 삭제하여 조치할 대상이 없었습니다:
{FM[1]}

감사합니다.""",
    outcome="applied",
    imitates="Korean community support reply grouping URLs under a statement ending in ':'",
    why="two URLs under '삭제 처리했습니다:' are removed, the one under '이미 작성자가 삭제' is not_found",
    items={FM[0]: "removed", FM[2]: "removed", FM[1]: "not_found"},
)

# A27: one fact, one hedge.
case(
    name="naver-cafe-fact-and-hedge",
    **{"from": "cafe-support@navercorp.com"},
    name_from=enc("네이버 카페 운영지원"),
    date="Thu, 05 Sep 2024 14:18:26 +0900",
    subject="Re: [KCSC-240903-01] 카페 게시물 문의",
    reply_to_req="req-240903-01",
    body=f"""안녕하세요. 네이버 카페 운영지원 담당자입니다.

{NV[4]} 게시물은 당사 운영정책에 따라 삭제하였습니다.

{NV[5]} 게시물은 현재 조회되지 않는 것으로 보아 이미 삭제된 것으로 보입니다만,
정확한 경위는 확인 중입니다. 확인되는 대로 다시 말씀드리겠습니다.

감사합니다.""",
    outcome="applied",
    imitates="NAVER Cafe support reply mixing a fact and a hedge",
    why="40219 deleted (statement); 40233 only 'appears to be deleted' while still being checked, so it stays pending",
    items={NV[4]: "removed", NV[5]: "pending"},
)

# ======================= REVIEW =======================

case(
    name="naver-promise-will-delete",
    **{"from": "rights@navercorp.com"},
    name_from="네이버 권리보호센터",
    date="Wed, 04 Sep 2024 10:33:00 +0900",
    subject="Re: [KCSC-240903-01] 불법정보 시정요구",
    reply_to_req="req-240903-01",
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

요청하신 게시물 중 {NV[0]}, {NV[3]} 은
내부 검토를 거쳐 삭제될 예정입니다. 처리가 완료되면 별도로 안내드리겠습니다.

감사합니다.""",
    outcome="review",
    review="not_understood",
    imitates="NAVER 처리 예정 안내 (promise, no result yet)",
    why="'삭제될 예정' is a promise: both named items stay pending and a person should read it",
    items={NV[0]: "pending", NV[3]: "pending"},
)

case(
    name="dc-bulk-all-five-deleted",
    **{"from": "cs@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date="Fri, 06 Sep 2024 17:02:19 +0900",
    subject="Re: [KCSC-240905-01] 불법정보 시정요구 통보",
    reply_to_req="req-240905-01",
    body="""안녕하세요. 디시인사이드 운영팀입니다.

KCSC-240905-01 요청 건으로 신고해 주신 게시물 5건 모두 삭제 처리 완료하였습니다.
작성자는 전원 차단하였습니다.

감사합니다.""",
    outcome="review",
    review="bulk",
    imitates="DC Inside one-line '전부 삭제' reply",
    why="'5건 모두 삭제' names no URL for a five-item request: bulk, items stay pending",
    items={u: "pending" for u in DC},
)

case(
    name="daum-bulk-english-all-blocked",
    **{"from": "ts-noreply@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    date="Sat, 07 Sep 2024 09:00:05 +0900",
    subject="Your notice KCSC-240904-01 has been processed",
    reply_to_req="req-240904-01",
    body="""Hello,

All four items listed in your notice KCSC-240904-01 have been temporarily
blocked for 30 days under Article 44-2 of the Network Act.

This message was sent automatically. Please do not reply.
Kakao Trust & Safety""",
    outcome="review",
    review="bulk",
    imitates="automated portal notice summarising a whole notice",
    why="a statement about 'all four items' without naming them, for a four-item request: bulk",
    items={u: "pending" for u in DA},
)

case(
    name="naver-auth-fail-untrusted",
    **{"from": "help@naver.com"},
    name_from="NAVER 고객센터",
    auth="fail",
    date="Wed, 04 Sep 2024 23:51:40 +0900",
    subject="Re: [KCSC-240903-01] 처리 완료 안내",
    reply_to_req="req-240903-01",
    body=f"""안녕하세요. 네이버 고객센터입니다.

요청하신 아래 게시물은 모두 삭제되었습니다.
{NV[0]}
{NV[1]}

추가로 확인이 필요하시면 아래 링크에서 담당자 인증 후 조회해 주세요.
https://naver-help-center.example.net/verify

네이버 고객센터""",
    outcome="review",
    review="untrusted",
    imitates="spoofed portal reply (naver.com From, DMARC fail)",
    why="claims from naver.com that fail authentication are not applied",
    items={NV[0]: "pending", NV[1]: "pending"},
)

case(
    name="blogger-gmail-says-deleted",
    **{"from": "doyoon.lucky77@gmail.com"},
    name_from=enc("김도윤"),
    date="Thu, 05 Sep 2024 01:14:52 +0900",
    subject="블로그 글 삭제했습니다",
    body=f"""안녕하세요. luckyspin_77 블로그 주인입니다.
네이버에서 임시조치 안내 받고 이 주소로 연락드립니다.

문제된 글 {NV[0]} 하고
{NV[1]} 둘 다 제가 지웠습니다.

광고 대행사가 써준 글인데 이런 건줄 몰랐습니다. 블로그 정지는 풀어주실 수 있나요?""",
    outcome="review",
    review="unknown_sender",
    imitates="a poster writing to the regulator from a personal webmail address",
    why="the author says he deleted his posts, but he is not the platform: unknown sender, nothing applied",
    items={NV[0]: "pending", NV[1]: "pending"},
)

case(
    name="fmkorea-vendor-unknown-sender",
    **{"from": "report@safenet-moderation.co.kr"},
    name_from=enc("세이프넷 모니터링 (에펨코리아 위탁)"),
    date="Thu, 12 Sep 2024 19:40:12 +0900",
    subject="RE: [KCSC-240910-01] 게시물 시정요구",
    reply_to_req="req-240910-01",
    body=f"""안녕하십니까, 에펨코리아 게시물 모니터링 위탁업체 세이프넷입니다.

{FM[0]} 게시물 삭제 완료하였습니다.
{FM[1]} 게시물 삭제 완료하였습니다.

이후 처리 결과도 당사에서 회신드릴 예정입니다.""",
    outcome="review",
    review="unknown_sender",
    imitates="outsourced moderation vendor answering for a community site",
    why="the vendor's domain is not FM Korea's sender domain: unknown sender, even though it names the request",
    items={FM[0]: "pending", FM[1]: "pending"},
)

case(
    name="inven-wrong-platform-dc-urls",
    **{"from": "cs@inven.co.kr"},
    name_from=enc("인벤 운영팀"),
    date="Fri, 06 Sep 2024 11:47:29 +0900",
    subject="Re: [KCSC-240905-01] 불법정보 시정요구 통보",
    reply_to_req="req-240905-01",
    body=f"""안녕하세요, 인벤 운영팀입니다.

귀 위원회에서 보내주신 KCSC-240905-01 메일이 저희 인벤 고객지원 주소로 수신되었습니다.
확인해 보니 아래 주소는 인벤 게시물이 아니며, 인벤 내에서는 해당 게시물을 찾을 수 없습니다.

{DC[0]}
{DC[1]}

디시인사이드 측으로 다시 보내주시기 바랍니다.
감사합니다.""",
    outcome="review",
    review="wrong_platform",
    imitates="misdirected notice answered by another community's CS desk",
    why="Inven (a configured platform) says DC Inside's posts cannot be found on its site: not its items",
    items={DC[0]: "pending", DC[1]: "pending"},
)

case(
    name="ppomppu-contact-change-no-claims",
    **{"from": "webmaster@ppomppu.co.kr"},
    name_from=enc("뽐뿌 운영팀"),
    date="Tue, 10 Sep 2024 10:00:00 +0900",
    subject=enc("[뽐뿌] 게시물 삭제 요청 접수 창구 변경 안내"),
    body="""안녕하세요. 뽐뿌 운영팀입니다.

2024년 9월 23일부터 게시물 삭제·임시조치 요청 접수 창구가 변경됩니다.
앞으로 기관 요청은 legal@ppomppu.co.kr 로 보내주시기 바랍니다.

기존 주소(webmaster@ppomppu.co.kr)로 보내주신 요청은 10월 말까지 함께 처리됩니다.
자세한 내용: https://www.ppomppu.co.kr/notice/view.php?no=3381

감사합니다.""",
    outcome="review",
    review="no_claims",
    imitates="portal notice about a new contact address for takedown requests",
    why="trusted platform mail naming no item and no request of ours",
    items={},
)

case(
    name="soop-under-review-may-restrict",
    **{"from": "help@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    date="Sat, 07 Sep 2024 13:13:13 +0900",
    subject="Re: [KCSC-240906-01] 시정요구",
    reply_to_req="req-240906-01",
    body=f"""안녕하세요. SOOP 고객센터입니다.

{SO[0]} VOD는 현재 정책팀에서 검토 중입니다.
검토 결과에 따라 삭제 또는 연령 제한 조치가 이루어질 수 있으며, 결과는 영업일 기준 3일 이내에 안내드리겠습니다.

감사합니다.""",
    outcome="review",
    review="not_understood",
    imitates="SOOP interim '검토 중' reply",
    why="'검토 중', '이루어질 수 있으며' are no statement: the VOD stays pending",
    items={SO[0]: "pending"},
)

case(
    name="nate-asks-official-document",
    **{"from": "cs@nate.com"},
    name_from="SK Communications CS",
    date="Mon, 09 Sep 2024 16:28:00 +0900",
    subject="RE: [KCSC-240909-01] 불법정보 시정요구",
    reply_to_req="req-240909-01",
    body=f"""안녕하세요, SK커뮤니케이션즈 고객지원팀입니다.

요청하신 게시물
{NA[0]}
{NA[1]}
에 대한 조치를 진행하기 위해 위원회 직인이 날인된 시정요구 공문(PDF)이 필요합니다.
공문을 이 메일로 회신해 주시면 확인 후 바로 처리하겠습니다.

감사합니다.""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="Korean CS desk asking for an official sealed letter before acting",
    why="the platform asks for a document and states nothing: asks_more, items pending",
    items={NA[0]: "pending", NA[1]: "pending"},
)

case(
    name="clien-hedge-maybe-author-deleted",
    **{"from": "admin@clien.net"},
    name_from=enc("클리앙 운영진"),
    date="Wed, 11 Sep 2024 21:09:44 +0900",
    subject="Re: [KCSC-240911-01] 게시물 삭제 요청",
    reply_to_req="req-240911-01",
    body=f"""안녕하세요, 클리앙 운영진입니다.

말씀하신 게시물({CL[0]})은 지금 접속이 되지 않는 것으로 보아
작성자가 직접 삭제했을 가능성이 있습니다.
서버 기록을 확인한 뒤 다시 말씀드리겠습니다.""",
    outcome="review",
    review="not_understood",
    imitates="community admin's first guess before checking logs",
    why="'삭제했을 가능성이 있습니다' is a hedge, not a statement; the one item stays pending",
    items={CL[0]: "pending"},
)

case(
    name="daum-conditional-deletion",
    **{"from": "right@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    date="Thu, 05 Sep 2024 09:40:00 +0900",
    subject="Re: [KCSC-240904-01] 문의 답변",
    reply_to_req="req-240904-01",
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

{DA[3]} 게시물은 게시자에게 소명 기회를 부여하였으며,
게시자가 9월 12일까지 소명하지 않을 경우 삭제될 예정입니다.

감사합니다.""",
    outcome="review",
    review="not_understood",
    imitates="Kakao notice of a conditional deletion (소명 기회 부여)",
    why="deletion depends on a condition not yet met: no statement, item pending",
    items={DA[3]: "pending"},
)

# ======================= IGNORED =======================

case(
    name="naver-ooo-korean",
    **{"from": "jihoon.lee@navercorp.com"},
    name_from=enc("이지훈"),
    date="Tue, 03 Sep 2024 10:00:41 +0900",
    subject=enc("[자동회신] 부재중입니다: [KCSC-240903-01] 불법정보 시정요구"),
    reply_to_req="req-240903-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 이지훈입니다.
9월 2일부터 9월 9일까지 휴가로 부재중입니다.
급한 용무는 정책지원팀 공용 주소(policy@navercorp.com)로 보내주시기 바랍니다.

I am on leave until 9 September. For urgent matters please write to policy@navercorp.com.""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean/English out-of-office auto-reply (Auto-Submitted: auto-replied)",
    why="an out-of-office reply says nothing about the items",
    items={},
)

orig_i2 = request_text("KCSC-240904-01", [DA[0], DA[1], TISTORY, DA[3]], "2024. 9. 11.(수) 18:00")
case(
    name="daum-dsn-bounce",
    **{"from": "MAILER-DAEMON@mx1.daum.net"},
    name_from="Mail Delivery System",
    date="Wed, 04 Sep 2024 14:00:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
	boundary="BNC.240904140009.mx1"

--BNC.240904140009.mx1
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.daum.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<cafe-right@daum.net>: host mx1.daum.net said: 550 5.1.1 <cafe-right@daum.net>:
    Recipient address rejected: User unknown in virtual mailbox table

--BNC.240904140009.mx1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.daum.net
Arrival-Date: Wed,  4 Sep 2024 14:00:05 +0900 (KST)

Final-Recipient: rfc822; cafe-right@daum.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--BNC.240904140009.mx1
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: cafe-right@daum.net
Subject: {enc("[KCSC-240904-01] 불법정보 시정요구")}
Message-ID: <req-240904-01@kcsc.example>
Date: Wed, 04 Sep 2024 14:00:00 +0900
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{orig_i2}

--BNC.240904140009.mx1--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN (multipart/report) returning the request with its URLs",
    why="a bounce carries our own request; its URLs are not statements",
    items={},
)

case(
    name="dc-mdn-read-receipt",
    **{"from": "cs@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date="Thu, 05 Sep 2024 10:02:17 +0900",
    subject=enc("읽음 확인: [KCSC-240905-01] 불법정보 시정요구 통보"),
    reply_to_req="req-240905-01",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification;
	boundary="mdn-dc-240905"

--mdn-dc-240905
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240905-01] 불법정보 시정요구 통보"을(를)
2024-09-05 10:02에 수신인이 읽었습니다.

--mdn-dc-240905
Content-Type: message/disposition-notification

Reporting-UA: cs@dcinside.com; Hiworks Mail
Final-Recipient: rfc822; cs@dcinside.com
Original-Message-ID: <req-240905-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-dc-240905--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Korean webmail read receipt (MDN, 읽음 확인)",
    why="a read receipt says only that the request was opened",
    items={},
)

case(
    name="soop-ticket-receipt",
    **{"from": "noreply@sooplive.co.kr"},
    name_from=enc("SOOP 고객센터"),
    date="Fri, 06 Sep 2024 11:00:52 +0900",
    subject=enc("[SOOP 고객센터] 문의가 접수되었습니다 (접수번호 2409-77123)"),
    reply_to_req="req-240906-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요. SOOP 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
  - 접수번호: 2409-77123
  - 제목: [KCSC-240906-01] 불법정보 시정요구
  - 접수일시: 2024-09-06 11:00

담당자가 확인 후 영업일 기준 3일 이내에 답변드리겠습니다.
본 메일은 발신 전용입니다.""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="helpdesk ticket receipt (접수 완료, 접수번호)",
    why="a pure receipt: ticket number and a promise to answer",
    items={},
)

case(
    name="fmkorea-ooo-english",
    **{"from": "jinsu.park@fmkorea.com"},
    name_from="Jinsu Park",
    date="Tue, 10 Sep 2024 15:00:30 +0900",
    subject=enc("Automatic reply: [KCSC-240910-01] 게시물 시정요구"),
    reply_to_req="req-240910-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: jinsu.park@fmkorea.com"],
    body="""Thank you for your email.

I am out of the office until Monday 16 September (Chuseok holidays) with
limited access to email. Takedown requests are handled by admin@fmkorea.com
in my absence.

추석 연휴로 9월 16일까지 부재중입니다. 게시물 관련 요청은 admin@fmkorea.com 으로 보내주세요.

Jinsu Park""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office (Chuseok holiday)",
    why="an out-of-office reply",
    items={},
)

case(
    name="nate-ticket-receipt-bilingual",
    **{"from": "helpdesk@nate.com"},
    name_from=enc("네이트 고객센터"),
    date="Mon, 09 Sep 2024 10:31:20 +0900",
    subject="[Nate] Your inquiry has been received / 문의 접수 완료 (NT-240909-0042)",
    reply_to_req="req-240909-01",
    body="""[Nate 고객센터]

문의가 접수되었습니다. 접수번호: NT-240909-0042
신고하신 게시물 주소를 담당 부서에서 확인한 뒤 회신드리겠습니다.

Your inquiry has been received. Ticket No. NT-240909-0042
Our team will review the reported URLs and get back to you.

본 메일은 발신 전용입니다. / This is a send-only address.""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="bilingual ticket-system receipt",
    why="a receipt with a ticket number and a promise, no statement about any item",
    items={},
)

case(
    name="clien-dsn-delayed",
    **{"from": "postmaster@mail.clien.net"},
    name_from="Mail Delivery Subsystem",
    date="Wed, 11 Sep 2024 13:00:02 +0900",
    subject="Delivery Status Notification (Delay)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
	boundary="dsn-clien-delay"

--dsn-clien-delay
Content-Type: text/plain; charset=us-ascii

This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY.
YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipient has been delayed:

     admin@clien.net

Message will be retried for 4 more day(s).

--dsn-clien-delay
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.clien.net

Final-Recipient: rfc822; admin@clien.net
Action: delayed
Status: 4.2.2
Diagnostic-Code: smtp; 452 4.2.2 Mailbox full
Will-Retry-Until: Sun, 15 Sep 2024 09:00:00 +0900

--dsn-clien-delay
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: admin@clien.net
Subject: {enc("[KCSC-240911-01] 게시물 삭제 요청")}
Message-ID: <req-240911-01@kcsc.example>
Date: Wed, 11 Sep 2024 09:00:00 +0900

--dsn-clien-delay--
""",
    outcome="ignored",
    classification="bounce",
    imitates="sendmail-style delayed-delivery DSN",
    why="a delivery delay warning says nothing about the item",
    items={},
)

HEADER = """# Blind set 759 (tests/corpus/blind759): Korean portals and community sites
# (NAVER, Kakao/Daum, DC Inside, SOOP, Nate, FM Korea, Clien; Inven and
# Ppomppu as bystanders), Korean and English mixed. Generated by make.py;
# expected results written from each email's meaning before any run.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, C)
    print(f"{len(C)} cases")
