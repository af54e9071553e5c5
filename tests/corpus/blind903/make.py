#!/usr/bin/env python3
"""Blind set blind903: Korean portals and community sites.

NAVER, Daum/Kakao (Daum cafe, Tistory), DC Inside, SOOP, FM Korea, Inven and
Clien replies to the regulator (KCSC), in Korean, English or both, plus the
doubtful and ignorable mail such a mailbox receives (promises, hedges, bulk
statements, forged and foreign senders, out-of-office replies, receipts,
DSNs and MDNs). Written from public descriptions of such notices, in our own
sentences, with fictional URLs, names and ids, before any run of the reader.

    python3 tests/corpus/blind903/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys
import zlib
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402


def enc(s):
    """RFC 2047 encoding of a non-ASCII header value (as mail clients do)."""
    return Header(s, "utf-8").encode()


def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- requests
SLUG_DOCTOR = "동네-의사-실명-공개"
SLUG_REVIEWS = "후기-모음"

N = {
    1: "https://blog.naver.com/moonlit_bet77/223560011101",
    2: "https://blog.naver.com/moonlit_bet77/223560011102",
    3: "https://blog.naver.com/slotking_kr/223561230045",
    4: "https://blog.naver.com/slotking_kr/223561230046",
    5: "https://blog.naver.com/haneul_toto/223562004410",
    6: "https://blog.naver.com/haneul_toto/223562004411",
    7: "https://cafe.naver.com/sportspick24/18834",
    8: "https://cafe.naver.com/sportspick24/18841",
    9: "https://cafe.naver.com/sportspick24/18859",
    10: "https://cafe.naver.com/casinostory/5521",
    11: "https://cafe.naver.com/casinostory/5530",
    12: "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40905&docId=471122334",
    13: "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40905&docId=471122390",
    14: "https://post.naver.com/viewer/postView.naver?volumeNo=38120455&memberNo=5120077",
}
D = {
    1: "https://cafe.daum.net/jeonse-victims/Fq2k/1184",
    2: "https://cafe.daum.net/jeonse-victims/Fq2k/1190",
    3: "https://bamboo-diary.tistory.com/entry/" + quote(SLUG_DOCTOR),
    4: "https://bamboo-diary.tistory.com/entry/" + quote(SLUG_REVIEWS),
}
D_RAW = {
    3: "https://bamboo-diary.tistory.com/entry/" + SLUG_DOCTOR,
    4: "https://bamboo-diary.tistory.com/entry/" + SLUG_REVIEWS,
}
C = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812034",
    2: "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812177",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=idolcam&no=402211",
    4: "https://gall.dcinside.com/mgallery/board/view/?id=idolcam&no=402298",
    5: "https://gall.dcinside.com/mini/board/view/?id=hiddencam&no=3310",
}
S = {
    1: "https://vod.sooplive.co.kr/player/131204455",
    2: "https://vod.sooplive.co.kr/player/131204890",
    3: "https://ch.sooplive.co.kr/nightowl99/post/88120034",
}
F = {
    1: "https://www.fmkorea.com/7288104561",
    2: "https://www.fmkorea.com/best/7288119032",
}
INV = "https://www.inven.co.kr/board/lostark/5355/1127788"
L = {
    1: "https://www.clien.net/service/board/park/18755012",
    2: "https://www.clien.net/service/board/cm_car/18755390",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, category, urls, note
    ("KCSC-240902-01", "naver", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     "gambling", [N[i] for i in range(1, 15)], "불법 도박 사이트 홍보 (블로그·카페·지식iN·포스트)"),
    ("KCSC-240903-02", "daum", "2024-09-03T10:30:00+09:00", "2024-09-10T18:00:00+09:00",
     "defamation", [D[i] for i in range(1, 5)], "명예훼손 (다음 카페, 티스토리)"),
    ("KCSC-240905-03", "dcinside", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00",
     "privacy", [C[i] for i in range(1, 6)], "개인정보 노출 및 불법촬영물 의심"),
    ("KCSC-240906-04", "soop", "2024-09-06T11:00:00+09:00", "2024-09-13T18:00:00+09:00",
     "obscenity", [S[i] for i in range(1, 4)], "음란 VOD 및 채널 게시글"),
    ("KCSC-240909-05", "fmkorea", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "hate_speech", [F[1], F[2]], "차별·비하 게시물"),
    ("KCSC-240910-06", "inven", "2024-09-10T14:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "illegal_trade", [INV], "계정 불법 거래 게시물"),
    ("KCSC-240911-07", "clien", "2024-09-11T09:30:00+09:00", "2024-09-18T18:00:00+09:00",
     "drugs", [L[1], L[2]], "마약류 판매 광고"),
]


def mid(ref):
    return "req." + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, "<%s@kcsc.example>" % mid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ======================= APPLIED =======================

# 1. KCSC-style result table (HTML) for the whole NAVER request
rows = [
    (1, "게시중단 (삭제)"), (2, "게시중단 (삭제)"), (3, "게시중단 (삭제)"),
    (4, "게시중단 (삭제)"), (5, "게시중단 (삭제)"), (6, "게시중단 (삭제)"),
    (7, "블라인드 처리"), (8, "블라인드 처리"), (9, "블라인드 처리"),
    (10, "게시물 없음 (작성자 삭제)"), (11, "위반사항 없음 - 게시 유지"),
    (12, "삭제"), (13, "존재하지 않는 게시물"), (14, "임시조치 (30일)"),
]
trs = "\n".join(
    f'<tr><td>{i}</td><td><a href="{N[i]}">{N[i].replace("&", "&amp;")}</a></td><td>{st}</td></tr>'
    for i, st in rows
)
case(
    name="naver-siljeong-result-table-html",
    **{"from": "cp-report@navercorp.com"}, name_from="NAVER Trust & Safety",
    date="Fri, 06 Sep 2024 16:20:11 +0900",
    subject=enc("[NAVER] 시정요구(KCSC-240902-01) 조치결과 회신"),
    reply_to_req=mid("KCSC-240902-01"), type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>방송통신심의위원회 담당자님께,</p>
<p>귀 위원회의 시정요구(문서번호 KCSC-240902-01)에 대한 당사 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>순번</th><th>대상 URL</th><th>조치결과</th></tr>
{trs}
</table>
<p>※ 위반사항 없음으로 판단한 게시물은 이용약관 및 운영정책 기준에 따른 검토 결과이며, 추가 의견이 있으시면 회신 부탁드립니다.</p>
<p>네이버 주식회사 Trust &amp; Safety 드림<br>
<a href="https://policy.naver.com/policy/service.html">네이버 운영정책</a></p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="KCSC 시정요구 조치결과 회신 table from a Korean portal (NAVER)",
    why="trusted NAVER reply with one status per URL in an HTML table; policy link is not an item",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "removed", N[5]: "removed",
           N[6]: "removed", N[7]: "removed", N[8]: "removed", N[9]: "removed",
           N[10]: "not_found", N[11]: "rejected", N[12]: "removed", N[13]: "not_found",
           N[14]: "restricted"},
)

# 2. NAVER blog team, Korean prose
case(
    name="naver-blog-team-prose-ko",
    **{"from": "blog_help@naver.com"}, name_from="NAVER Blog",
    date="Wed, 04 Sep 2024 11:02:40 +0900",
    subject=enc("Re: [KCSC-240902-01] 불법 도박 홍보 게시물 게시중단 요청"),
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""안녕하세요, 네이버 블로그 운영팀입니다.

요청하신 게시물 가운데 블로그 서비스 소관 건에 대해 먼저 답변드립니다.

{N[3]}
{N[4]}
위 두 게시물은 불법 도박 사이트로 이용자를 유도하는 내용으로 확인되어 9월 4일 게시중단 처리를 완료하였습니다. 해당 블로그에는 운영정책에 따른 이용제한도 함께 적용되었습니다.

{N[5]} 는 확인 시점에 이미 작성자가 스스로 삭제하여 더 이상 존재하지 않는 게시물입니다.

나머지 카페·지식iN 게시물은 각 서비스 담당 부서에서 별도로 회신드릴 예정입니다.

감사합니다.
네이버 블로그 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog 게시중단 notice (운영팀 reply in Korean prose)",
    why="N3 and N4 게시중단 completed, N5 deleted by its author before review; the rest is a promise about other items",
    items={N[3]: "removed", N[4]: "removed", N[5]: "not_found"},
)

# 3. NAVER cafe: bare URL, status on the line below
case(
    name="naver-cafe-url-then-status-line",
    **{"from": "cafe_admin@naver.com"}, name_from="NAVER Cafe",
    date="Thu, 05 Sep 2024 09:47:15 +0900",
    subject=enc("RE: KCSC-240902-01 카페 게시글 처리 결과 (cafe posts)"),
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""안녕하세요. 네이버 카페 고객센터입니다.
Hello, this is the NAVER Cafe support desk. Results for the cafe posts in your request:

{N[7]}
→ 블라인드 처리 완료 (hidden from all users)

{N[8]}
→ 블라인드 처리 완료 (hidden from all users)

{N[9]}
→ 해당 게시글 없음 – 이미 삭제된 글입니다 (no such post)

카페 매니저에게도 운영원칙 위반 사실을 안내하였습니다.
네이버 카페 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Cafe 블라인드 처리 notice, bilingual, URL with its result on the next line",
    why="each URL is followed by its own result line: two blinded, one no longer exists",
    items={N[7]: "removed", N[8]: "removed", N[9]: "not_found"},
)

# 4. NAVER 지식iN: CSV attachment
csv_text = ("\ufeffURL,처리결과,처리일시,비고\n"
            f"\"{N[12]}\",삭제,2024-09-05 15:10,불법 도박 홍보\n"
            f"\"{N[13]}\",삭제,2024-09-05 15:11,불법 도박 홍보\n"
            f"\"{N[14]}\",비공개 처리,2024-09-05 15:30,포스트 작성자 계정 이용제한\n")
case(
    name="naver-kin-post-csv-attachment",
    **{"from": "kin_help@navercorp.com"}, name_from="NAVER KnowledgeiN",
    date="Thu, 05 Sep 2024 17:05:02 +0900",
    subject=enc("[지식iN/포스트] KCSC-240902-01 처리 결과 송부"),
    reply_to_req=mid("KCSC-240902-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="==nv_kin_7741=="

--==nv_kin_7741==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 지식iN·포스트 담당자입니다.

KCSC-240902-01 요청 건 중 지식iN 질문 2건과 포스트 1건의 처리 결과를
첨부 파일(CSV)로 보내드립니다. 확인 부탁드립니다.

네이버 지식iN 운영팀

--==nv_kin_7741==
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_text.encode("utf-8"))}
--==nv_kin_7741==--
""",
    outcome="applied", classification="confirmation",
    imitates="portal result sheet sent as a CSV attachment (NAVER 지식iN/포스트)",
    why="CSV rows give one result per URL: two deleted, the post made private (비공개 처리 = removed)",
    items={N[12]: "removed", N[13]: "removed", N[14]: "removed"},
)

# 5. top-posted English reply over the quoted request (Gmail '>' quoting)
quoted = "\n".join("> %d. %s" % (i, N[i]) for i in range(1, 15))
case(
    name="naver-top-posted-over-quoted-request",
    **{"from": "jiwoo.han@navercorp.com"}, name_from="Han Jiwoo",
    date="Fri, 06 Sep 2024 10:15:33 +0900",
    subject="Re: [KCSC-240902-01] Request to remove illegal gambling promotion",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""Dear KCSC team,

Update on the moonlit_bet77 and haneul_toto blogs:

- {N[1]} : removed
- {N[2]} : removed
- {N[6]} : we reviewed this post and it is a personal diary entry about
  a sports match with no link or code for a gambling site. It does not
  violate our policies and will remain up.

Best regards,
Han Jiwoo | Content Policy, NAVER Corp.

2024년 9월 2일 (월) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 안녕하세요, 방송통신심의위원회입니다.
> 아래 게시물은 불법 도박 사이트를 홍보하는 정보로 심의 결과 삭제 시정요구
> 대상으로 결정되었으므로 조치 후 결과를 회신하여 주시기 바랍니다.
>
{quoted}
>
> 기한: 2024-09-09
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply from a platform policy staffer over the regulator's quoted request",
    why="statements above the quote: N1, N2 removed, N6 refused with a reason; the 14 quoted URLs say nothing",
    items={N[1]: "removed", N[2]: "removed", N[6]: "rejected"},
)

# 6. Daum 권리침해신고센터 임시조치 notice
case(
    name="daum-imsi-jochi-notice-ko",
    **{"from": "right@kakaocorp.com"}, name_from="Kakao",
    date="Thu, 05 Sep 2024 14:40:00 +0900",
    subject=enc("[카카오 권리침해신고센터] 게시중단 요청 처리 결과 안내 (KCSC-240903-02)"),
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 게시물에 대한 처리 결과를 안내드립니다.

1) {D[1]}
2) {D[2]}
 - 처리 결과: 임시조치 (정보통신망법 제44조의2 제4항에 따라 30일간 접근 제한)
 - 게시자가 30일 이내 재게시를 요청하지 않으면 게시물은 삭제됩니다.

3) {D_RAW[3]}
 - 처리 결과: 게시중단 (삭제). 특정인의 실명과 병원명을 공개하며 비방한 내용으로 확인되었습니다.

처리 결과에 이의가 있으신 경우 고객센터(https://cs.daum.net/faq/95.html)로 문의해 주세요.

카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum/Kakao 권리침해신고센터 임시조치 (30일 접근 제한) and 게시중단 notice",
    why="D1 and D2 temporarily restricted (임시조치) under one result line; D3 (raw Korean path) deleted; help link not an item",
    items={D[1]: "restricted", D[2]: "restricted", D[3]: "removed"},
)

# 7. Tistory: raw Korean path inside parentheses followed by a particle; a refusal
case(
    name="daum-tistory-korean-path-particle",
    **{"from": "tistory-help@kakaocorp.com"}, name_from="Tistory",
    date="Fri, 06 Sep 2024 13:25:51 +0900",
    subject=enc("Re: KCSC-240903-02 티스토리 게시물 관련 회신"),
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""안녕하세요, 티스토리 운영팀입니다.

요청하신 게시물 중 티스토리 게시물({D_RAW[4]})은 저희가 확인하기 전에 블로그 운영자가 이미 삭제하여 현재 존재하지 않습니다.

함께 문의하신 다음 카페 게시물 {D[2]} 에 대해서는 카페 담당 부서 검토 결과, 전세 사기 피해 경험을 공익 목적으로 알리는 사실 적시로 판단되어 게시중단 요청을 받아들이지 않았습니다. 게시물은 유지됩니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory/Daum cafe reply: post already deleted by its blogger, and a refused request with its reason",
    why="D4 (raw Korean path in parentheses before 은) not found; D2 kept with a stated reason = rejected",
    items={D[4]: "not_found", D[2]: "rejected"},
)

# 8. DC Inside 운영자 삭제, Korean
case(
    name="dcinside-operator-deletion-ko",
    **{"from": "report@dcinside.com"}, name_from="DCInside",
    date="Fri, 06 Sep 2024 18:12:09 +0900",
    subject=enc("[디시인사이드] 게시물 삭제 요청 처리 안내 - KCSC-240905-03"),
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

방송통신심의위원회에서 요청하신 게시물 처리 결과입니다.

■ {C[1]}
■ {C[2]}
 → 개인정보(휴대전화 번호, 주소) 노출 게시물로 확인되어 운영자 삭제 처리하였습니다.

■ {C[3]}
 → 이미 삭제된 게시물입니다. (작성자 본인 삭제)

디시인사이드 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 운영팀 deletion notice with ■ bullets",
    why="C1, C2 운영자 삭제 under one result line; C3 already deleted by its author",
    items={C[1]: "removed", C[2]: "removed", C[3]: "not_found"},
)

# 9. DC Inside English bulleted, angle brackets
case(
    name="dcinside-english-bullets-angle",
    **{"from": "global@dcinside.com"}, name_from="DCInside Global Support",
    date="Mon, 09 Sep 2024 10:30:44 +0900",
    subject="RE: KCSC-240905-03 privacy exposure posts",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""Hello,

Following your request of 5 September:

  * <{C[4]}> - the post was deleted by our moderators and the poster's
    IP range was blocked from the idolcam minor gallery.
  * <{C[5]}> - the hiddencam mini gallery has been closed by DC Inside;
    the post and the whole gallery have been taken down.

Kind regards,
DCInside Global Support
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside English support reply, bulleted, URLs in angle brackets",
    why="C4 deleted; C5 taken down with its gallery",
    items={C[4]: "removed", C[5]: "removed"},
)

# 10. SOOP Trust & Safety English, mixed statuses
case(
    name="soop-trust-safety-mixed-en",
    **{"from": "safety@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
    date="Mon, 09 Sep 2024 15:55:20 +0900",
    subject="[SOOP] Outcome of KCSC-240906-04",
    reply_to_req=mid("KCSC-240906-04"),
    body=f"""Dear KCSC,

SOOP has completed its review of the three items in KCSC-240906-04.

1. {S[1]}
   Action: VOD deleted. The streamer received a 30-day broadcast suspension.
2. {S[2]}
   Action: VOD changed to 19+ (adult verification required); it remains
   viewable by verified adult users only.
3. {S[3]}
   Action: channel post deleted.

For the standards applied, see https://www.sooplive.co.kr/policy/operation.

SOOP Trust & Safety Team
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (AfreecaTV) moderation outcome mail, numbered with an Action line per item",
    why="S1 deleted, S2 age-restricted to 19+ (restricted), S3 deleted; the policy link is not an item",
    items={S[1]: "removed", S[2]: "restricted", S[3]: "removed"},
)

# 11. SOOP Korean, quoted-printable
soop_qp = f"""안녕하세요, SOOP 고객센터입니다.

KCSC-240906-04 건으로 요청하신 VOD 처리 결과를 알려드립니다.

- {S[1]} : 삭제 완료
- {S[2]} : 삭제 완료

두 영상 모두 음란성 운영정책 위반으로 판단하여 다시보기에서 영구 삭제하였습니다.
채널 게시글({S[3]})은 현재 검토 중이며, 결과가 나오는 대로 다시 연락드리겠습니다.

SOOP 고객센터 드림
"""
case(
    name="soop-vod-deleted-qp-ko",
    **{"from": "help@sooplive.co.kr"}, name_from="SOOP",
    date="Tue, 10 Sep 2024 09:12:00 +0900",
    subject=enc("[SOOP] 요청하신 VOD 처리 결과 안내"),
    reply_to_req=mid("KCSC-240906-04"),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(soop_qp),
    outcome="applied", classification="confirmation",
    imitates="SOOP 고객센터 result mail sent quoted-printable",
    why="S1, S2 deleted; S3 still under review (stays pending)",
    items={S[1]: "removed", S[2]: "removed", S[3]: "pending"},
)

# 12. FM Korea admin, Korean
case(
    name="fmkorea-admin-deleted-ko",
    **{"from": "admin@fmkorea.com"}, name_from="FMKorea",
    date="Tue, 10 Sep 2024 20:41:37 +0900",
    subject=enc("Re: [KCSC-240909-05] 차별·비하 게시물 삭제 요청"),
    reply_to_req=mid("KCSC-240909-05"),
    body=f"""안녕하세요, 에펨코리아 운영진입니다.

요청 주신 게시물 처리 결과입니다.

{F[1]}
해당 게시물은 삭제하였으며 작성자는 7일 이용정지 되었습니다.

{F[2]}
포텐(베스트) 게시판에서 내렸고 원글도 함께 삭제 처리했습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="community-site admin reply (FM Korea 운영진), URL then its result",
    why="both posts deleted",
    items={F[1]: "removed", F[2]: "removed"},
)

# 13. FM Korea: one refused with a reason, one deleted
case(
    name="fmkorea-one-kept-one-deleted",
    **{"from": "report@fmkorea.com"}, name_from="FMKorea",
    date="Wed, 11 Sep 2024 11:03:29 +0900",
    subject=enc("KCSC-240909-05 처리 결과"),
    reply_to_req=mid("KCSC-240909-05"),
    body=f"""안녕하세요. 에펨코리아 신고처리 담당입니다.

1. {F[1]}
   검토 결과 특정 지역 출신을 비하하는 표현으로 보기 어렵고, 사이트 운영규정 위반 사항이 없어 게시물을 유지합니다.

2. {F[2]}
   운영규정 제4조(차별·혐오 표현) 위반으로 삭제했습니다.

추가 자료가 있으시면 회신 주십시오.
""",
    outcome="applied", classification="confirmation",
    imitates="FM Korea report desk reply: one post kept with its reason, one deleted",
    why="F1 kept because it breaks no rule = rejected; F2 deleted",
    items={F[1]: "rejected", F[2]: "removed"},
)

# 14. Inven: sole statement, no URL, one-item request, in thread
case(
    name="inven-sole-statement-thread",
    **{"from": "cs@inven.co.kr"}, name_from="INVEN",
    date="Wed, 11 Sep 2024 10:20:05 +0900",
    subject=enc("Re: [KCSC-240910-06] 계정 불법 거래 게시물 삭제 요청"),
    reply_to_req=mid("KCSC-240910-06"),
    body="""안녕하세요, 인벤 고객지원팀입니다.

요청하신 로스트아크 거래 게시판 게시물은 금일 오전 삭제 조치하였고, 작성자 계정은 거래 게시판 이용이 영구 제한되었습니다.

인벤 고객지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Inven customer-support reply about the single requested post, without repeating its URL",
    why="one-item request, unhedged statement that the requested post was deleted",
    items={INV: "removed"},
)

# 15. Inven English, angle brackets, not found
case(
    name="inven-angle-url-author-deleted-en",
    **{"from": "support@inven.co.kr"}, name_from="INVEN Support",
    date="Thu, 12 Sep 2024 09:58:12 +0900",
    subject="RE: KCSC-240910-06",
    reply_to_req=mid("KCSC-240910-06"),
    body=f"""Hello,

Regarding <{INV}>:
when our moderator opened the link it showed "삭제된 게시물입니다" - the
author had already deleted the post himself before we could act, so
there is nothing left for us to remove.

INVEN Support
""",
    outcome="applied", classification="confirmation",
    imitates="Inven English support reply: post already deleted by its author",
    why="the author deleted the post before review = not_found",
    items={INV: "not_found"},
)

# 16. Clien, bilingual prose
case(
    name="clien-admin-bilingual",
    **{"from": "admin@clien.net"}, name_from="CLIEN",
    date="Thu, 12 Sep 2024 16:44:00 +0900",
    subject=enc("Re: KCSC-240911-07 마약류 판매 광고 게시물"),
    reply_to_req=mid("KCSC-240911-07"),
    body=f"""안녕하세요, 클리앙 운영진입니다.

{L[1]} 게시물과 {L[2]} 게시물 모두 삭제했고, 두 작성자 계정은 강제 탈퇴 처리했습니다.
Both posts listed above were deleted and the two accounts were banned.

클리앙 운영진
""",
    outcome="applied", classification="confirmation",
    imitates="Clien admin reply in Korean with an English line",
    why="both named posts deleted",
    items={L[1]: "removed", L[2]: "removed"},
)

# 17. Clien base64 body
clien_b64 = f"""안녕하세요. 클리앙 운영팀입니다.

요청 번호 KCSC-240911-07 관련하여 확인한 결과를 전달드립니다.

* {L[1]}
  : 존재하지 않는 게시물입니다 (잘못된 글 번호이거나 이미 삭제됨)
* {L[2]}
  : 운영자 삭제 완료

문의사항은 이 메일로 회신 주세요.
"""
case(
    name="clien-base64-mixed",
    **{"from": "help@clien.net"}, name_from="CLIEN",
    date="Fri, 13 Sep 2024 10:05:47 +0900",
    subject=enc("[클리앙] 요청 게시물 확인 결과"),
    reply_to_req=mid("KCSC-240911-07"),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
             + b64(clien_b64.encode("utf-8")) + "\n",
    outcome="applied", classification="confirmation",
    imitates="community-site reply sent as a base64 text body (Clien 운영팀)",
    why="L1 does not exist; L2 deleted by the operator",
    items={L[1]: "not_found", L[2]: "removed"},
)

# 18. NAVER Outlook reply above '-----Original Message-----'
case(
    name="naver-outlook-original-message",
    **{"from": "seoyeon.park@navercorp.com"}, name_from="Park Seoyeon",
    date="Mon, 09 Sep 2024 14:18:02 +0900",
    subject="RE: [KCSC-240902-01] casinostory cafe posts",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""안녕하세요, 네이버 박서연입니다.

casinostory 카페 게시물 2건 결과 공유드립니다.

{N[10]} - 운영정책 위반으로 삭제
{N[11]} - 명예훼손 다툼이 있어 임시조치(30일) 처리, 게시물은 현재 외부에 보이지 않습니다

박서연 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: policy@navercorp.com
Subject: [KCSC-240902-01] 불법 도박 홍보 게시물 게시중단 요청

아래 14건의 게시물에 대해 삭제 조치를 요청드립니다.
{N[10]}
{N[11]}
{N[12]}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a NAVER staffer above -----Original Message-----",
    why="N10 deleted; N11 임시조치 (restricted); URLs in the original message below say nothing",
    items={N[10]: "removed", N[11]: "restricted"},
)

# 19. NAVER wrapped URL (hard-wrapped by the sender's client)
kin12a, kin12b = N[12].split("dirId=40905&")
case(
    name="naver-kin-wrapped-url",
    **{"from": "kin_help@naver.com"}, name_from="NAVER KnowledgeiN",
    date="Mon, 09 Sep 2024 09:31:58 +0900",
    subject=enc("[지식iN] 게시물 조치 안내 (KCSC-240902-01)"),
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""안녕하세요. 네이버 지식iN 운영자입니다.

아래 질문글은 불법 도박 사이트 홍보글로 확인되어 삭제되었습니다.
{kin12a}dirId=40905&
docId=471122334

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN 운영자 notice whose long URL was hard-wrapped by the mail client",
    why="the wrapped URL is N12 (the second line completes its query); statement is unhedged: deleted",
    items={N[12]: "removed"},
)

# 20. Kakao English HTML table, all four Daum items
dtr = "\n".join(f"<tr><td>{u}</td><td>{st}</td></tr>" for u, st in [
    (D[1], "Removed"), (D[2], "Removed"),
    (D_RAW[3], "Temporary measure (access blocked for 30 days)"),
    (D_RAW[4], "Not found - already deleted by the blog owner")])
case(
    name="daum-english-html-table",
    **{"from": "trustandsafety@kakaocorp.com"}, name_from="Kakao Trust & Safety",
    date="Tue, 10 Sep 2024 17:00:30 +0900",
    subject="[Kakao] Result of your request KCSC-240903-02",
    reply_to_req=mid("KCSC-240903-02"), type="html",
    body=f"""<html><body>
<p>Dear Korea Communications Standards Commission,</p>
<p>Please find the outcome of your request below.</p>
<table border="1">
<thead><tr><th>Content URL</th><th>Outcome</th></tr></thead>
<tbody>
{dtr}
</tbody></table>
<p>Kakao Corp. Trust &amp; Safety</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Kakao English outcome table (HTML) for Daum cafe and Tistory posts",
    why="one outcome per row: D1, D2 removed, D3 temporary measure (restricted), D4 already deleted (not_found)",
    items={D[1]: "removed", D[2]: "removed", D[3]: "restricted", D[4]: "not_found"},
)

# 21. SOOP: statement first, URL on the line below
case(
    name="soop-statement-then-url-below",
    **{"from": "safety@sooplive.com"}, name_from="SOOP Global Safety",
    date="Wed, 11 Sep 2024 12:34:10 +0900",
    subject="Re: KCSC-240906-04 follow-up",
    reply_to_req=mid("KCSC-240906-04"),
    body=f"""Hello,

The following VOD was taken down for violating our adult content policy:
{S[2]}

The following channel post was reviewed; it is a text announcement of a
broadcast schedule, does not violate our guidelines and remains available:
{S[3]}

Regards,
SOOP Global Safety
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP English follow-up: sentence ending in ':' with the URL on the next line",
    why="S2 taken down; S3 kept with a reason (rejected)",
    items={S[2]: "removed", S[3]: "rejected"},
)

# 22. DC Inside echoed report form
case(
    name="dcinside-echoed-report-form",
    **{"from": "noreply@dcinside.com"}, name_from="DCInside",
    date="Tue, 10 Sep 2024 08:15:00 +0900",
    subject=enc("[디시인사이드] 신고 처리 결과 알림"),
    body=f"""[디시인사이드 신고 처리 결과]

신고 번호 : DCR-20240905-0412
신고자 : 방송통신심의위원회 (KCSC-240905-03)
신고 대상 URL : {C[1]}
신고 사유 : 개인정보 노출
처리 상태 : 처리 완료 - 게시물 삭제

신고 번호 : DCR-20240905-0413
신고자 : 방송통신심의위원회 (KCSC-240905-03)
신고 대상 URL : {C[4]}
신고 사유 : 개인정보 노출
처리 상태 : 처리 완료 - 게시물 삭제 및 작성자 차단

본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside report-system result mail echoing each report with its 처리 상태",
    why="each echoed report block ends with its own result: C1 and C4 deleted",
    items={C[1]: "removed", C[4]: "removed"},
)

# 23. NAVER: acknowledgement phrase plus an unhedged statement
case(
    name="naver-receipt-plus-statement",
    **{"from": "cp-report@navercorp.com"}, name_from="NAVER",
    date="Tue, 03 Sep 2024 09:02:44 +0900",
    subject=enc("[NAVER] 요청 접수 확인 (KCSC-240902-01)"),
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""안녕하세요, 네이버입니다.

KCSC-240902-01 시정요구가 정상 접수되었습니다 (접수번호 NV-2409-33817).
전체 조치결과는 처리 완료 후 일괄 회신드리겠습니다.

다만 아래 게시물은 어제(9월 2일) 오후 자체 모니터링으로 이미 게시중단되었음을 먼저 알려드립니다.
{N[3]}

네이버 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER receipt that also reports one item already taken down",
    why="an acknowledgement plus an unhedged statement: N3 already taken down (removed)",
    items={N[3]: "removed"},
)

# 24. FM Korea: two URLs joined by full-width punctuation
case(
    name="fmkorea-fullwidth-punctuation",
    **{"from": "admin@fmkorea.com"}, name_from="FMKorea",
    date="Thu, 12 Sep 2024 22:10:03 +0900",
    subject=enc("답변: KCSC-240909-05"),
    reply_to_req=mid("KCSC-240909-05"),
    body=f"""담당자님 안녕하세요。

요청하신 {F[1]}、{F[2]} 두 게시물 모두 삭제하였습니다。
앞으로도 유사 게시물은 모니터링하겠습니다。

에펨코리아 운영진 드림
""",
    outcome="applied", classification="confirmation",
    imitates="FM Korea admin reply typed with full-width punctuation (、。)",
    why="both URLs named (separated by 、), both deleted",
    items={F[1]: "removed", F[2]: "removed"},
)

# 25. NAVER Gmail Korean quoting, mixed statuses
case(
    name="naver-cafe-gmail-korean-quote",
    **{"from": "minho.lee@navercorp.com"}, name_from="Lee Minho",
    date="Tue, 10 Sep 2024 11:48:19 +0900",
    subject=enc("Re: [KCSC-240902-01] 카페 게시물 추가 확인"),
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""안녕하세요, 이민호입니다.

추가 확인 결과 공유드립니다.
- {N[9]} : 카페 매니저 협조로 게시물 삭제 완료
- {N[10]} : 해당 주소로는 게시물이 조회되지 않습니다 (없는 글)

2024년 9월 9일 (월) 오후 3:12, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 두 게시물은 아직 접속이 되는 것으로 보입니다. 확인 부탁드립니다.
> {N[9]}
> {N[10]}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER staff Gmail reply with Korean attribution line ('님이 작성:') and '>' quoting",
    why="N9 deleted, N10 cannot be found; the quoted follow-up says nothing",
    items={N[9]: "removed", N[10]: "not_found"},
)

# 26. SOOP moderation decision notice (statement-of-reasons style)
case(
    name="soop-decision-notice-age-gate",
    **{"from": "notice@sooplive.co.kr"}, name_from="SOOP",
    date="Thu, 12 Sep 2024 14:00:00 +0900",
    subject="SOOP moderation decision - reference KCSC-240906-04",
    reply_to_req=mid("KCSC-240906-04"),
    body=f"""MODERATION DECISION NOTICE

Content: {S[1]}
Decision: restriction of visibility - the VOD is shown only to logged-in
users verified as 19 or older
Ground: SOOP Operating Policy, section 3 (sexually suggestive content)
Facts: the VOD contains suggestive dancing without nudity
Automated means used: no
Redress: the uploader may appeal within 30 days

This notice was issued by SOOP Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons adapted by a Korean streaming platform (SOOP)",
    why="S1 visibility restricted to verified adults = restricted",
    items={S[1]: "restricted"},
)

# ======================= REVIEW =======================

case(
    name="naver-promise-sequential",
    **{"from": "cp-report@navercorp.com"}, name_from="NAVER",
    date="Wed, 04 Sep 2024 15:30:00 +0900",
    subject=enc("Re: [KCSC-240902-01] 처리 일정 안내"),
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""안녕하세요, 네이버입니다.

요청하신 게시물 중 아래 2건은 현재 담당 부서에서 검토 중이며, 위반이 확인되면 순차적으로 게시중단 조치될 예정입니다.
{N[1]}
{N[2]}

조치가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER interim reply: under review, will be taken down if a violation is confirmed",
    why="only a conditional promise about N1 and N2; nothing has happened yet",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="dcinside-hedge-appears-removed",
    **{"from": "global@dcinside.com"}, name_from="DCInside Global Support",
    date="Mon, 09 Sep 2024 17:20:00 +0900",
    subject="RE: KCSC-240905-03",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""Hi,

We had a quick look. The two stock gallery posts
{C[1]}
{C[2]}
appear to have been removed already, possibly by the gallery managers,
but we have not been able to confirm this in our admin logs yet.
We will get back to you once we know more.

DCInside Global Support
""",
    outcome="review", review="not_understood",
    imitates="DC Inside support reply hedging ('appear to have been removed, possibly')",
    why="hedged, unconfirmed: C1 and C2 stay pending",
    items={C[1]: "pending", C[2]: "pending"},
)

case(
    name="naver-bulk-all-fourteen",
    **{"from": "cp-report@navercorp.com"}, name_from="NAVER",
    date="Mon, 09 Sep 2024 18:00:00 +0900",
    subject=enc("[NAVER] KCSC-240902-01 조치 완료 안내"),
    reply_to_req=mid("KCSC-240902-01"),
    body="""안녕하세요, 네이버입니다.

KCSC-240902-01 시정요구로 요청하신 게시물 14건은 모두 게시중단 조치를 완료하였습니다.

감사합니다.
네이버 Trust & Safety 드림
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="NAVER one-line completion notice for a whole request",
    why="one statement for all 14 items without naming any: bulk, items stay pending",
    items={},
)

case(
    name="soop-bulk-all-reported",
    **{"from": "help@sooplive.co.kr"}, name_from="SOOP",
    date="Fri, 13 Sep 2024 10:00:00 +0900",
    subject="Re: KCSC-240906-04",
    reply_to_req=mid("KCSC-240906-04"),
    body="""Hello,

All of the reported content in KCSC-240906-04 has been removed from SOOP.

SOOP Customer Center
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="SOOP terse English completion note",
    why="'all of the reported content' for a three-item request, none named: bulk",
    items={},
)

case(
    name="naver-forged-auth-fail",
    **{"from": "cp-report@navercorp.com"}, name_from="NAVER", auth="fail",
    date="Sat, 07 Sep 2024 03:14:55 +0900",
    subject=enc("[NAVER] KCSC-240902-01 조치결과"),
    body=f"""안녕하세요. 네이버입니다.

아래 게시물은 검토 결과 위반사항이 없어 게시를 유지합니다.
{N[5]}
{N[6]}
{N[7]}

자세한 사항은 첨부 링크에서 확인하세요: http://naver-notice.example.net/kcsc
""",
    outcome="review", review="untrusted",
    imitates="phishing-like mail claiming to be NAVER, failing DKIM/SPF/DMARC",
    why="navercorp.com sender fails authentication: nothing may be applied",
    items={N[5]: "pending", N[6]: "pending", N[7]: "pending"},
)

case(
    name="cafe-manager-from-gmail",
    **{"from": "sportspick.manager@gmail.com"}, name_from="sportspick24 cafe manager",
    date="Sat, 07 Sep 2024 21:40:12 +0900",
    subject=enc("카페 게시글 삭제했습니다 (KCSC-240902-01)"),
    body=f"""안녕하세요, 네이버 카페 sportspick24 매니저입니다.
네이버에서 연락을 받고 말씀하신 글 두 개 제가 직접 삭제했습니다.
{N[7]}
{N[8]}
앞으로 도박 홍보글은 올라오지 않게 관리하겠습니다. 카페 폐쇄만은 막아주세요.
""",
    outcome="review", review="unknown_sender",
    imitates="a cafe manager writing from a personal Gmail account",
    why="statements from a sender that is no platform's domain: review, nothing applied",
    items={N[7]: "pending", N[8]: "pending"},
)

case(
    name="nate-says-urls-are-dcinside",
    **{"from": "report@skcomms.co.kr"}, name_from="Nate (SK Communications)",
    date="Fri, 06 Sep 2024 11:11:11 +0900",
    subject=enc("Re: 게시물 삭제 요청 관련 (KCSC-240905-03)"),
    body=f"""안녕하세요, 네이트 고객센터입니다.

보내주신 아래 주소는 당사(네이트판) 서비스의 게시물이 아니어서 당사에서는 해당 게시물을 찾을 수 없습니다.
{C[1]}
{C[2]}
디시인사이드 측으로 요청해 주시기 바랍니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Nate customer center saying the posts are on another site",
    why="Nate states 'cannot find' about DC Inside items: another platform's items",
    items={C[1]: "pending", C[2]: "pending"},
)

case(
    name="naver-contact-change-no-claims",
    **{"from": "partner-noreply@navercorp.com"}, name_from="NAVER",
    date="Wed, 11 Sep 2024 10:00:00 +0900",
    subject=enc("[NAVER] 기관 협조 요청 접수 창구 변경 안내"),
    body="""안녕하세요, 네이버입니다.

2024년 10월 1일부터 공공기관의 게시물 조치 요청 접수 창구가 변경됩니다.
변경 후에는 네이버 기관 협조 포털(https://partners.naver.com/gov)을 통해 요청해 주시기 바랍니다.
기존 이메일 접수는 10월 31일까지 병행 운영합니다.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="NAVER notice to public agencies about a change of intake channel",
    why="trusted NAVER mail naming no item and no request",
    items={},
)

case(
    name="inven-asks-official-letter",
    **{"from": "cs@inven.co.kr"}, name_from="INVEN",
    date="Tue, 10 Sep 2024 17:30:00 +0900",
    subject=enc("Re: [KCSC-240910-06] 추가 자료 요청"),
    reply_to_req=mid("KCSC-240910-06"),
    body=f"""안녕하세요, 인벤 고객지원팀입니다.

요청하신 게시물({INV})에 대한 조치를 진행하려면 기관 명의의 공문(직인 날인본)이 필요합니다.
공문 PDF와 담당자 연락처를 회신해 주시면 확인 후 처리하겠습니다.

인벤 고객지원팀
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Inven asks for an official letter with seal before acting",
    why="the platform asks for documents; no status stated",
    items={INV: "pending"},
)

case(
    name="clien-conditional-deletion",
    **{"from": "admin@clien.net"}, name_from="CLIEN",
    date="Thu, 12 Sep 2024 09:00:00 +0900",
    subject=enc("Re: KCSC-240911-07"),
    reply_to_req=mid("KCSC-240911-07"),
    body=f"""안녕하세요, 클리앙 운영진입니다.

{L[1]}
위 게시물 작성자에게 소명을 요청했습니다. 7일 이내에 소명이 없으면 삭제하겠습니다.
If the member does not answer within 7 days, the post will be deleted.
""",
    outcome="review", review="not_understood",
    imitates="community admin: deletion conditional on the poster not answering",
    why="a condition and a promise, not a statement: L1 pending",
    items={L[1]: "pending"},
)

case(
    name="daum-hedge-seems-deleted",
    **{"from": "right@kakaocorp.com"}, name_from="Kakao",
    date="Mon, 09 Sep 2024 13:13:13 +0900",
    subject=enc("Re: [KCSC-240903-02] 문의 답변"),
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

문의하신 {D[1]} 게시물은 카페 운영진에 의해 삭제된 것으로 보입니다.
정확한 처리 이력은 카페 담당 부서에 확인 후 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao reply hedging ('삭제된 것으로 보입니다') pending confirmation",
    why="'seems to have been deleted' is a hedge: D1 stays pending",
    items={D[1]: "pending"},
)

# PDF attachment holding only a scanned image
img = bytes((i * 73 + 41) % 256 for i in range(600))
img_z = zlib.compress(img, 9)
content = b"q 595 0 0 842 0 0 cm /Im0 Do Q"
objs = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 5 0 R >> >> /Contents 4 0 R >>",
    b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    b"<< /Type /XObject /Subtype /Image /Width 20 /Height 30 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % len(img_z) + img_z + b"\nendstream",
]
pdf = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
offs = []
for i, o in enumerate(objs, 1):
    offs.append(len(pdf))
    pdf += b"%d 0 obj\n" % i + o + b"\nendobj\n"
xref = len(pdf)
pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
for o in offs:
    pdf += b"%010d 00000 n \n" % o
pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
case(
    name="soop-scanned-pdf-result",
    **{"from": "legal@sooplive.co.kr"}, name_from="SOOP Legal",
    date="Fri, 13 Sep 2024 16:20:00 +0900",
    subject=enc("[SOOP] KCSC-240906-04 조치결과 회신 공문"),
    reply_to_req=mid("KCSC-240906-04"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="soop-legal-0913"

--soop-legal-0913
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 주식회사 SOOP 법무팀입니다.
KCSC-240906-04 시정요구에 대한 조치결과를 첨부 공문(PDF)으로 회신드립니다.

--soop-legal-0913
Content-Type: application/pdf; name="SOOP_reply_KCSC-240906-04.pdf"
Content-Disposition: attachment; filename="SOOP_reply_KCSC-240906-04.pdf"
Content-Transfer-Encoding: base64

{b64(pdf)}
--soop-legal-0913--
""",
    outcome="review", review="unreadable_attachment",
    imitates="official reply letter (공문) sent as a scanned PDF by a platform's legal team",
    why="the results are only in a scanned PDF with no text layer",
    items={},
)

# ======================= IGNORED =======================

case(
    name="naver-out-of-office-chuseok",
    **{"from": "seoyeon.park@navercorp.com"}, name_from="Park Seoyeon",
    date="Mon, 16 Sep 2024 09:00:02 +0900",
    subject=enc("[자동회신] 부재중 안내 Re: [KCSC-240902-01] 미조치 게시물 재요청"),
    reply_to_req=mid("KCSC-240902-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요, 박서연입니다.
추석 연휴로 9월 14일(토)부터 9월 18일(수)까지 부재중입니다.
급한 건은 네이버 정책팀 대표 메일(policy@navercorp.com)로 보내주시면 순차적으로 처리됩니다.
I am out of office for the Chuseok holidays until 18 September.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply over Chuseok",
    why="auto-reply; the 'processed in turn' line is about mail, not items",
    items={},
)

case(
    name="soop-ticket-receipt",
    **{"from": "no-reply@sooplive.co.kr"}, name_from="SOOP Help Center",
    date="Fri, 06 Sep 2024 11:00:40 +0900",
    subject="[SOOP] Your inquiry has been received (#SP-2409-118204)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

Your inquiry "KCSC-240906-04 removal request" has been received.
Ticket number: #SP-2409-118204

Our team will review it and reply by email. Replies usually take 2-3
business days. Please do not reply to this message.

SOOP Help Center
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt (Zendesk/Helpshift style) from SOOP",
    why="pure acknowledgement with a ticket number",
    items={},
)

case(
    name="daum-receipt-echoes-urls",
    **{"from": "noreply@kakaocorp.com"}, name_from="Kakao",
    date="Tue, 03 Sep 2024 10:31:20 +0900",
    subject=enc("[카카오 권리침해신고센터] 신고가 접수되었습니다"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.
게시중단 요청이 정상적으로 접수되었습니다.

접수번호: KR-20240903-55102
요청기관: 방송통신심의위원회 (KCSC-240903-02)
접수 게시물:
 {D[1]}
 {D[2]}
 {D_RAW[3]}
 {D_RAW[4]}

검토 후 처리 결과를 이메일로 안내드립니다. 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 권리침해신고센터 automatic receipt echoing the reported URLs",
    why="receipt only: echoes what was filed, states nothing about any item",
    items={},
)

dsn = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-dc-0905"

--dsn-dc-0905
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@dcinside.com>: host mailstore.dcinside.com said: 552 5.2.2
    Mailbox full, quota exceeded

--dsn-dc-0905
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.dcinside.com
Arrival-Date: Thu, 5 Sep 2024 09:40:03 +0900

Final-Recipient: rfc822; report@dcinside.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full, quota exceeded

--dsn-dc-0905
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: report@dcinside.com
Subject: {enc("[KCSC-240905-03] 개인정보 노출 게시물 삭제 요청")}
Message-ID: <{mid("KCSC-240905-03")}@kcsc.example>
Date: Thu, 05 Sep 2024 09:40:00 +0900
Content-Type: text/plain; charset=utf-8

Please remove the following posts:
{C[1]}
{C[2]}
{C[3]}
{C[4]}
{C[5]}

--dsn-dc-0905--
"""
case(
    name="dcinside-dsn-mailbox-full",
    **{"from": "MAILER-DAEMON@mx1.dcinside.com"}, name_from="Mail Delivery System",
    date="Thu, 05 Sep 2024 09:40:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=dsn,
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (552 mailbox full) returning the request with its URLs",
    why="bounce; the URLs are in the returned original request",
    items={},
)

case(
    name="naver-dsn-delayed-own-mta",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery Subsystem",
    date="Mon, 02 Sep 2024 14:05:00 +0900",
    subject="Delayed Mail (still being retried)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dly-0902"

--dly-0902
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4 hours.
It will be retried until it is 5 days old.

<policy@navercorp.com>: connect to mx.navercorp.com[203.0.113.25]:25:
    Connection timed out

--dly-0902
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example

Final-Recipient: rfc822; policy@navercorp.com
Action: delayed
Status: 4.4.1
Will-Retry-Until: Sat, 7 Sep 2024 10:00:00 +0900

--dly-0902
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: policy@navercorp.com
Subject: {enc("[KCSC-240902-01] 불법 도박 홍보 게시물 게시중단 요청")}
Message-ID: <{mid("KCSC-240902-01")}@kcsc.example>

--dly-0902--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delay warning DSN from the regulator's own MTA",
    why="delivery-status report (delayed): nothing about items",
    items={},
)

case(
    name="fmkorea-mdn-read-receipt",
    **{"from": "report@fmkorea.com"}, name_from="FMKorea",
    date="Mon, 09 Sep 2024 10:22:31 +0900",
    subject=enc("읽음: [KCSC-240909-05] 차별·비하 게시물 삭제 요청"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-fm-0909"

--mdn-fm-0909
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

받는 사람: report@fmkorea.com
제목: [KCSC-240909-05] 차별·비하 게시물 삭제 요청
보낸 날짜: 2024-09-09 10:00

위 메시지를 2024-09-09 10:22에 읽었습니다.

--mdn-fm-0909
Content-Type: message/disposition-notification

Reporting-UA: fmkorea.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;report@fmkorea.com
Original-Message-ID: <{mid("KCSC-240909-05")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-fm-0909--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) in Korean ('읽음:')",
    why="read receipt only",
    items={},
)

case(
    name="clien-out-of-office-quoting-request",
    **{"from": "admin@clien.net"}, name_from="CLIEN admin",
    date="Wed, 11 Sep 2024 09:30:30 +0900",
    subject="Automatic reply: [KCSC-240911-07] removal request",
    reply_to_req=mid("KCSC-240911-07"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""I am away until 16 September with limited access to email.
Reports about posts will be handled when I return.
현재 휴가 중입니다. 9월 16일 복귀 후 확인하겠습니다.

> From: KCSC Takedown <takedown@kcsc.example>
> Subject: [KCSC-240911-07] removal request
> Please remove the following posts advertising drugs:
> {L[1]}
> {L[2]}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply that quotes the incoming request",
    why="out-of-office auto-reply; the URLs are only in the quoted request",
    items={},
)


HEADER = """# blind903: Korean portals and community sites (NAVER, Daum/Kakao, DC Inside,
# SOOP, FM Korea, Inven, Clien; Nate as a wrong-platform sender), with the
# doubtful and ignorable mail a regulator's mailbox receives.
# Written by tests/corpus/blind903/make.py; expected results from each
# email's meaning, before any run of the reader. See NOTES.md.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind903", HEADER, CASES)
    print("%d cases" % len(CASES))
