#!/usr/bin/env python3
"""Blind set 117: Korean portals and community sites (NAVER, Daum, DC Inside,
SOOP, FM Korea, Clien, Ppomppu, with Inven and Nate configured), Korean and
English mixed, plus the doubtful and ignorable mail a regulator's mailbox
receives.

    python3 tests/corpus/blind117/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the meaning of each email before any run
of the reader. All names, URLs and ids are fictional.
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

corpuslib.DOMAIN_NAMES.update({
    "daum.net": "Daum",
    "kakaocorp.com": "Kakao",
    "dcinside.com": "DC Inside",
    "sooplive.co.kr": "SOOP",
    "sooplive.com": "SOOP",
    "fmkorea.com": "FM Korea",
    "clien.net": "CLIEN",
    "ppomppu.co.kr": "Ppomppu",
    "inven.co.kr": "INVEN",
    "nate.com": "Nate",
})


def kpath(base, path):
    """Percent-encoded form of a URL whose path holds Korean."""
    return base + quote(path, safe="/")


# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = ("KCSC-240902-01", "KCSC-240903-02", "KCSC-240905-03",
                              "KCSC-240909-04", "KCSC-240910-05", "KCSC-240911-06",
                              "KCSC-240912-07")

N1 = "https://blog.naver.com/moonlit_kettle/223561001"
N2 = "https://blog.naver.com/moonlit_kettle/223561045"
N3 = "https://blog.naver.com/gray_pelican77/223558812"
N4 = "https://cafe.naver.com/dawnmarket/58213"
N5 = "https://cafe.naver.com/dawnmarket/58240"
N6 = "https://cafe.naver.com/joongoalley/1190442"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471122039"
N8 = "https://post.naver.com/viewer/postView.naver?volumeNo=38112044&memberNo=5520931"
N9 = "https://m.blog.naver.com/seaglass_dot/223570233"
N10_RAW = "https://cafe.naver.com/밤길장터/7731"
N10 = kpath("https://cafe.naver.com", "/밤길장터/7731")
N11 = "https://tv.naver.com/v/58833102"
N12 = "https://in.naver.com/quietfox/contents/internal/712209871"
NAVER = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9918203"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=nightowl_x&no=44120"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=nightowl_x&no=44187"
D4 = "https://gall.dcinside.com/mini/board/view/?id=palebluecrew&no=3051"
D5 = "https://gall.dcinside.com/board/view/?id=baseball_new11&no=15520378"
DC = [D1, D2, D3, D4, D5]

K1 = "https://cafe.daum.net/riverstone88/Ab1C/2231"
K2 = "https://cafe.daum.net/riverstone88/Ab1C/2240"
K3_RAW = "https://cafe.daum.net/잡담방/Zq9/118"
K3 = kpath("https://cafe.daum.net", "/잡담방/Zq9/118")
K4 = "https://cafe.daum.net/tinylantern/F3kx/77"
DAUM = [K1, K2, K3, K4]

S1 = "https://vod.sooplive.co.kr/player/138802211"
S2 = "https://vod.sooplive.co.kr/player/138802397"
S3 = "https://ch.sooplive.co.kr/glasscrane/post/90811234"
SOOP = [S1, S2, S3]

F1 = "https://www.fmkorea.com/7420018833"
F2 = "https://www.fmkorea.com/7420113907"
FMK = [F1, F2]

C1 = "https://www.clien.net/service/board/park/18790512"

P1 = "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9120044"
P2 = "https://www.ppomppu.co.kr/zboard/view.php?id=phone&no=4471208"
PPOM = [P1, P2]

REQUESTS = [
    (R1, "naver", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", NAVER, "defamation",
     "12 items: blogs, cafes, KnowledgeiN, Post, NAVER TV, Influencer"),
    (R2, "dcinside", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00", DC, "privacy",
     "personal data posted in galleries"),
    (R3, "daum", "2024-09-05T10:30:00+09:00", "2024-09-12T18:00:00+09:00", DAUM, "defamation",
     "Daum cafe posts"),
    (R4, "soop", "2024-09-09T11:00:00+09:00", "2024-09-16T18:00:00+09:00", SOOP, "obscenity",
     "two VODs and a channel post"),
    (R5, "fmkorea", "2024-09-10T14:00:00+09:00", "2024-09-17T18:00:00+09:00", FMK, "illegal_gambling",
     "gambling site advertising"),
    (R6, "clien", "2024-09-11T09:30:00+09:00", "2024-09-18T18:00:00+09:00", [C1], "privacy",
     "one post"),
    (R7, "ppomppu", "2024-09-12T10:00:00+09:00", "2024-09-19T18:00:00+09:00", PPOM, "fraud",
     "counterfeit phone sale posts"),
]
REQ_URLS = {ref: urls for ref, _, _, _, urls, _, _ in REQUESTS}
REQ_SENT = {R1: "Mon, 2 Sep 2024 at 10:00", R2: "Tue, 3 Sep 2024 at 11:00",
            R3: "Thu, 5 Sep 2024 at 10:30", R4: "Mon, 9 Sep 2024 at 11:00",
            R5: "Tue, 10 Sep 2024 at 14:00", R6: "Wed, 11 Sep 2024 at 09:30",
            R7: "Thu, 12 Sep 2024 at 10:00"}


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, f"{ref}@kcsc.example", note])


def request_text(ref, raw=True):
    """Our own request, as it is quoted back in replies."""
    urls = REQ_URLS[ref]
    if raw:
        urls = [N10_RAW if u == N10 else K3_RAW if u == K3 else u for u in urls]
    lines = [f"[{ref}] 불법·유해정보 시정요구 (Request for removal)", "",
             "안녕하십니까, 방송통신심의위원회 통신심의국입니다.",
             "아래 정보에 대하여 시정요구(삭제 또는 접속차단)를 하오니 조치 후 결과를 회신하여 주시기 바랍니다.", ""]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "회신 기한: 요청일로부터 7일", "KCSC Takedown Desk"]
    return lines


def quoted(ref, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in request_text(ref))


# ---------------------------------------------------------------- MIME helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def part(body, ctype="text/plain; charset=utf-8", cte="8bit", extra=()):
    hdr = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}", *extra]
    return "\n".join(hdr) + "\n\n" + body.strip("\n") + "\n"


def multipart(subtype, boundary, parts, params=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.rstrip("\n"))
        out.append("")
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def single(body, ctype="text/plain; charset=utf-8", cte="8bit"):
    return f"Content-Type: {ctype}\nContent-Transfer-Encoding: {cte}\n\n" + body.strip("\n") + "\n"


NAVER_SIG = """--
NAVER 게시중단 요청 서비스 담당자 드림
네이버 주식회사 정책지원
정책 안내: https://policy.naver.com/policy/service_group.html"""

DC_SIG = """--
디시인사이드 운영팀
신고센터 안내: https://www.dcinside.com/policy/report"""

KAKAO_SIG = """--
카카오 권리침해신고센터
Daum 고객센터: https://cs.daum.net/faq/95.html"""

# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ======================= APPLIED =========================================

# 1. NAVER result table (HTML only)
rows = [(N1, "삭제", "명예훼손 (정보통신망법 제44조의7)"),
        (N2, "삭제", "동일 작성자 게시물"),
        (N3, "임시조치 (30일)", "권리침해 여부 판단 불가"),
        (N4, "게시물 없음", "작성자가 이미 삭제"),
        (N5, "조치 불가", "이용약관 및 운영정책 위반 사항 없음"),
        (N6, "게시중단", "카페 매니저 통보 완료")]
trs = "\n".join(
    f"<tr><td>{i}</td><td><a href=\"{u}\">{u}</a></td><td>{r}</td><td>{n}</td></tr>"
    for i, (u, r, n) in enumerate(rows, 1))
case(name="naver-sijeong-result-html-table", date="Wed, 04 Sep 2024 15:21:07 +0900",
     **{"from": "report_result@navercorp.com"}, name_from="NAVER 고객센터",
     subject=f"[NAVER] 시정요구 조치 결과 안내 ({R1})", reply_to_req=R1, type="html",
     body=f"""<html><body style="font-family:'Nanum Gothic',sans-serif">
<p>안녕하세요, 네이버 고객센터입니다.</p>
<p>방송통신심의위원회에서 요청하신 <b>{R1}</b> 건 중 아래 6건에 대한 조치 결과를 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>연번</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
{trs}
</table>
<p>나머지 게시물은 확인이 끝나는 대로 별도로 회신드리겠습니다.</p>
<p>네이버 고객센터 드림<br>
<a href="https://help.naver.com/service/5600/contents/19026">권리보호센터 도움말</a></p>
</body></html>""",
     outcome="applied", classification="confirmation",
     imitates="Korean 시정요구 조치결과 table (URL / 조치결과 / 비고) as a portal sends it back",
     why="trusted NAVER table: 삭제 x2, 게시중단, 임시조치, 게시물 없음, 조치 불가 (no violation)",
     items={N1: "removed", N2: "removed", N3: "restricted", N4: "not_found", N5: "rejected",
            N6: "removed"})

# 2. NAVER CSV attachment with all 12 items
csv_rows = [("1", N1, "삭제", ""), ("2", N2, "삭제", ""), ("3", N3, "임시조치", "30일 접근 차단"),
            ("4", N4, "게시물 없음", "작성자 삭제"), ("5", N5, "유지", "위반 사항 없음"),
            ("6", N6, "삭제", ""), ("7", N7, "삭제", "지식iN 답변 포함"),
            ("8", N8, "비공개 처리", ""), ("9", N9, "임시조치", "30일 접근 차단"),
            ("10", N10, "삭제", ""), ("11", N11, "연령 제한", "19세 이상 시청"),
            ("12", N12, "검토 중", "추후 회신")]
buf = io.StringIO()
cw = csv.writer(buf, lineterminator="\r\n")
cw.writerow(["번호", "URL", "처리결과", "비고"])
for r in csv_rows:
    cw.writerow(r)
case(name="naver-csv-attachment-twelve", date="Fri, 06 Sep 2024 17:02:44 +0900",
     **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
     subject=f"RE: [{R1}] 불법·유해정보 시정요구", reply_to_req=R1,
     raw_mime=multipart("mixed", "----=_NaverPart_0906_170244", [
         part(f"""안녕하세요. 네이버 정책지원 담당자입니다.

요청번호 {R1} 건 총 12건의 처리 현황을 첨부 파일(CSV)로 전달드립니다.
12번 항목은 담당 서비스에서 아직 검토 중이며, 확인되면 다시 알려드리겠습니다.

감사합니다.
{NAVER_SIG}"""),
         part(base64.encodebytes(buf.getvalue().encode("utf-8")).decode("ascii"),
              ctype=f'text/csv; charset=utf-8; name="{R1}_result.csv"', cte="base64",
              extra=[f'Content-Disposition: attachment; filename="{R1}_result.csv"']),
     ]),
     outcome="applied", classification="confirmation",
     imitates="portal policy team sending the per-URL result sheet as a CSV attachment",
     why="trusted CSV of all 12 items: 삭제/비공개 removed, 임시조치 and 연령 제한 restricted, 게시물 없음, 유지 rejected, 검토 중 pending",
     items={N1: "removed", N2: "removed", N3: "restricted", N4: "not_found", N5: "rejected",
            N6: "removed", N7: "removed", N8: "removed", N9: "restricted", N10: "removed",
            N11: "restricted", N12: "pending"})

# 3. NAVER prose: two blinded, one under review
case(name="naver-blind-two-one-under-review", date="Thu, 05 Sep 2024 11:40:19 +0900",
     **{"from": "cafe_report@naver.com"}, name_from="네이버 카페 운영팀",
     subject=f"Re: [{R1}] 불법·유해정보 시정요구 (Request for removal)", reply_to_req=R1,
     body=f"""안녕하세요, 네이버 카페 운영팀입니다.

요청하신 게시물 가운데 카페 게시글 아래 2건은 운영정책 위반이 확인되어 블라인드 처리하였습니다.

- {N4}
- {N6}

같은 요청에 포함된 지식iN 질문({N7})은 현재 담당 부서에서 검토 중이며, 결과가 나오는 대로 다시 회신드리겠습니다.

감사합니다.
네이버 카페 운영팀 드림""",
     outcome="applied", classification="confirmation",
     imitates="NAVER cafe 블라인드 처리 notice with a partial answer",
     why="two cafe posts 블라인드 (removed); the KnowledgeiN item is only under review",
     items={N4: "removed", N6: "removed", N7: "pending"})

# 4. NAVER English, top-posted over Gmail quote of the full request
case(name="naver-english-top-posted-gmail", date="Thu, 05 Sep 2024 19:12:55 +0900",
     **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
     subject=f"Re: [{R1}] 불법·유해정보 시정요구 (Request for removal)", reply_to_req=R1,
     body=f"""Dear KCSC team,

Thank you for your notice. After review we have taken down the two blog posts below:
{N1}
{N2}

The NAVER TV clip {N11} has been age-restricted: it can now only be played by signed-in users verified as 19 or older.

We need a little more time for the remaining links and will write again.

Best regards,
Hana Seo
NAVER Trust & Safety

On {REQ_SENT[R1]} KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(R1)}""",
     outcome="applied", classification="confirmation",
     imitates="English trust-and-safety reply top-posted over a Gmail-quoted request",
     why="two posts taken down, one clip age-restricted; the quoted request below says nothing new",
     items={N1: "removed", N2: "removed", N11: "restricted"})

# 5. NAVER: author already deleted, and 비공개 처리
case(name="naver-author-deleted-and-private", date="Fri, 06 Sep 2024 09:05:31 +0900",
     **{"from": "blog_help@naver.com"}, name_from="네이버 블로그팀",
     subject=f"[네이버 블로그] {R1} 관련 처리 결과", reply_to_req=R1,
     body=f"""안녕하세요. 네이버 블로그팀입니다.

문의하신 블로그 게시물에 대해 확인한 결과를 안내드립니다.

{N3}
→ 작성자가 직접 삭제하여 현재 존재하지 않는 게시물입니다.

{N9}
→ 운영정책(타인의 권리 침해) 위반으로 비공개 처리하였습니다.

추가 문의는 고객센터(https://help.naver.com/service/5622/category)로 접수해 주세요.
감사합니다.""",
     outcome="applied", classification="confirmation",
     imitates="NAVER blog team result with an arrow line under each URL",
     why="one post deleted by its author (not_found), one made private (removed)",
     items={N3: "not_found", N9: "removed"})

# 6. NAVER: particles and full-width brackets stuck to URLs
case(name="naver-particles-fullwidth", date="Fri, 06 Sep 2024 14:48:02 +0900",
     **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
     subject=f"Re: [{R1}] 불법·유해정보 시정요구 (Request for removal)", reply_to_req=R1,
     body=f"""안녕하십니까, 네이버 정책지원 담당 김도윤입니다.

{R1} 건 중 지식iN·포스트·네이버TV 항목에 대해 회신드립니다.

지식iN 질문 {N7} 는 질문과 답변 모두 삭제되었습니다.
네이버 포스트 게시물（{N8}）은 게시중단 처리했습니다.
{N11}의 경우 내부 검토 결과 운영정책 위반 사항이 확인되지 않아 게시를 유지하기로 하였습니다. 판단 근거가 필요하시면 말씀해 주십시오.

김도윤 드림""",
     outcome="applied", classification="confirmation",
     imitates="Korean policy-desk prose reply, URLs followed by particles and full-width brackets",
     why="KnowledgeiN deleted, Post 게시중단, NAVER TV kept for no violation (rejected)",
     items={N7: "removed", N8: "removed", N11: "rejected"})

# 7. NAVER: raw Korean path, 임시조치 under the Network Act
case(name="naver-korean-path-imsijochi", date="Sat, 07 Sep 2024 10:15:40 +0900",
     **{"from": "right@navercorp.com"}, name_from="네이버 권리보호센터",
     subject=f"[네이버 권리보호센터] 임시조치 안내 ({R1})", reply_to_req=R1,
     body=f"""안녕하세요, 네이버 권리보호센터입니다.

아래 카페 게시글은 정보통신망법 제44조의2에 따라 30일간 임시조치(게시물 접근 차단)하였습니다.
{N10_RAW}

또한 인플루언서 콘텐츠 {N12} 은 삭제하였습니다.

임시조치 기간 중 게시자가 재게시를 요청하는 경우 관련 절차에 따라 다시 안내드리겠습니다.
{NAVER_SIG}""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 권리보호센터 임시조치 notice (정보통신망법 제44조의2, 30 days)",
     why="raw Korean cafe path put under 임시조치 (restricted); influencer content deleted",
     items={N10: "restricted", N12: "removed"})

# 8. DC Inside numbered list
case(name="dc-numbered-list-korean", date="Thu, 05 Sep 2024 16:30:12 +0900",
     **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
     subject=f"Re: [{R2}] 불법·유해정보 시정요구 (Request for removal)", reply_to_req=R2,
     body=f"""안녕하세요. 디시인사이드 운영팀입니다.
요청하신 게시물 처리 결과입니다.

1. {D1}
   - 삭제 완료
2. {D2}
   - 삭제 완료
3. {D3}
   - 이미 작성자가 삭제한 게시물입니다
4. {D4}
   - 개인정보 노출이 확인되지 않아 삭제하지 않았습니다 (운영원칙 위반 아님)
5. {D5}
   - 삭제 완료

감사합니다.
{DC_SIG}""",
     outcome="applied", classification="confirmation",
     imitates="DC Inside 운영팀 result list, status on the line under each URL",
     why="three deleted, one already deleted by its author, one refused with a reason",
     items={D1: "removed", D2: "removed", D3: "not_found", D4: "rejected", D5: "removed"})

# 9. DC Inside quoted-printable
case(name="dc-quoted-printable-manager-delete", date="Fri, 06 Sep 2024 10:02:48 +0900",
     **{"from": "help@dcinside.com"}, name_from="디시인사이드 고객센터",
     subject=f"[디시인사이드] 요청 처리 결과 안내 - {R2}", reply_to_req=R2,
     raw_mime=single(qp(f"""안녕하세요, 디시인사이드 고객센터입니다.

{R2} 요청 건 중 마이너 갤러리 게시물 2건을 운영자 권한으로 삭제하였습니다.

  {D2}
  {D3}

해당 갤러리 매니저에게도 개인정보 게시 금지에 관한 안내를 전달하였습니다.
운영원칙 전문: https://www.dcinside.com/policy/terms

{DC_SIG}"""), cte="quoted-printable"),
     outcome="applied", classification="confirmation",
     imitates="DC Inside customer-centre notice sent quoted-printable",
     why="two minor-gallery posts deleted by the operator; policy link is not an item",
     items={D2: "removed", D3: "removed"})

# 10. DC Inside English, URLs in angle brackets
case(name="dc-english-angle-brackets", date="Fri, 06 Sep 2024 18:44:09 +0900",
     **{"from": "global@dcinside.com"}, name_from="DC Inside Global Support",
     subject=f"Re: [{R2}] 불법·유해정보 시정요구 (Request for removal)", reply_to_req=R2,
     body=f"""Hello,

Regarding your request {R2}: we deleted <{D1}> and <{D5}> today.

The post at <{D4}> could not be found. That mini gallery was closed by its owner
last week and its posts no longer exist.

Kind regards,
Jiwon
DC Inside Global Support""",
     outcome="applied", classification="confirmation",
     imitates="English support reply with URLs in angle brackets",
     why="two deleted; the mini-gallery post no longer exists (not_found)",
     items={D1: "removed", D5: "removed", D4: "not_found"})

# 11. DC Inside: receipt phrase plus a real result
case(name="dc-receipt-plus-result", date="Wed, 04 Sep 2024 13:27:50 +0900",
     **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
     subject=f"[접수완료] {R2} 신고 접수 및 처리 안내", reply_to_req=R2,
     body=f"""신고가 정상적으로 접수되었습니다. (접수번호 DC-24-0918823)

확인 결과 아래 게시물은 삭제 처리되었습니다.
{D3}

나머지 게시물은 확인 후 순차적으로 처리 결과를 알려드리겠습니다.

※ 본 메일은 디시인사이드 신고센터에서 발송되었습니다.""",
     outcome="applied", classification="confirmation",
     imitates="ticket receipt that already carries one item's result",
     why="'접수되었습니다' plus an unhedged 삭제 for one item is a confirmation, not an acknowledgement",
     items={D3: "removed"})

# 12. Kakao/Daum 임시조치 30 days, raw Korean path
case(name="daum-imsijochi-30days", date="Mon, 09 Sep 2024 10:12:03 +0900",
     **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
     subject=f"[Daum] 게시물 임시조치 결과 안내 ({R3})", reply_to_req=R3,
     body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

{R3} 건으로 요청하신 게시물 중 아래 게시물에 대하여 정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2 제4항에 따라 30일간 임시조치를 진행하였습니다.

· {K1}
· {K3_RAW}

임시조치된 게시물은 30일간 다른 이용자가 볼 수 없으며, 해당 기간 내 게시자의 이의 제기가 없으면 삭제됩니다.
{KAKAO_SIG}""",
     outcome="applied", classification="confirmation",
     imitates="Daum 권리침해신고센터 30일 임시조치 notice",
     why="two Daum cafe posts under 30-day 임시조치 (restricted); the later deletion is only conditional",
     items={K1: "restricted", K3: "restricted"})

# 13. Daum base64 HTML table
daum_html = f"""<html><body>
<p>안녕하세요, Daum 카페 운영팀입니다. {R3} 건 처리 결과입니다.</p>
<table border="1">
<tr><th>게시물 주소</th><th>처리 결과</th></tr>
<tr><td>{K2}</td><td>게시중단</td></tr>
<tr><td>{K4}</td><td>게시물이 존재하지 않습니다</td></tr>
<tr><td>{K1}</td><td>유지 (위반 사항 없음)</td></tr>
</table>
<p>Daum 카페 운영팀 드림</p>
</body></html>"""
case(name="daum-base64-html-table", date="Tue, 10 Sep 2024 15:33:20 +0900",
     **{"from": "cafe_admin@daum.net"}, name_from="Daum 카페",
     subject=f"[Daum 카페] 요청하신 게시물 처리 결과 ({R3})", reply_to_req=R3,
     raw_mime=multipart("alternative", "=_daum_alt_0910", [
         part(b64(f"""{R3} 건 처리 결과
{K2} : 게시중단
{K4} : 게시물이 존재하지 않습니다
{K1} : 유지 (위반 사항 없음)"""), cte="base64"),
         part(b64(daum_html), ctype="text/html; charset=utf-8", cte="base64"),
     ]),
     outcome="applied", classification="confirmation",
     imitates="Daum cafe result mail, multipart/alternative with base64 text and HTML",
     why="게시중단 removed, missing post not_found, kept for no violation rejected",
     items={K2: "removed", K4: "not_found", K1: "rejected"})

# 14. Daum bilingual, URL on the line below its statement
case(name="daum-bilingual-url-below", date="Wed, 11 Sep 2024 09:48:37 +0900",
     **{"from": "help@kakaocorp.com"}, name_from="Kakao Customer Care",
     subject=f"RE: [{R3}] 불법·유해정보 시정요구 (Request for removal)", reply_to_req=R3,
     body=f"""안녕하세요. / Hello,

아래 게시물을 삭제했습니다. / The following post has been removed:
{K2}

작성자가 이미 삭제한 게시물입니다. / This post had already been deleted by its author:
{K4}

감사합니다. / Thank you.
Kakao Customer Care""",
     outcome="applied", classification="confirmation",
     imitates="bilingual Kakao customer-care reply, statement line above each URL",
     why="one removed, one already deleted by its author (not_found)",
     items={K2: "removed", K4: "not_found"})

# 15. SOOP DSA-style statement of reasons in English
case(name="soop-statement-of-reasons", date="Wed, 11 Sep 2024 22:10:45 +0900",
     **{"from": "trust@sooplive.com"}, name_from="SOOP Trust & Safety",
     subject=f"Statement of reasons - your notice {R4}", reply_to_req=R4,
     body=f"""SOOP Trust & Safety - Statement of reasons

Notice reference: {R4}
Decision date: 2024-09-11

Item 1
Content: {S1}
Decision: removal of the VOD
Ground: violation of the SOOP Community Guidelines (sexual content)
Territorial scope: worldwide

Item 2
Content: {S2}
Decision: restriction of visibility - playable only by adult-verified (19+) viewers
Ground: content harmful to minors
Territorial scope: worldwide

Redress: the uploader may appeal at https://help.sooplive.co.kr/appeal
This decision was taken by a human reviewer.""",
     outcome="applied", classification="confirmation",
     imitates="DSA-style statement of reasons (decision, ground, territorial scope, redress)",
     why="VOD removed; second VOD limited to adult-verified viewers (restricted); appeal link is not an item",
     items={S1: "removed", S2: "restricted"})

# 16. SOOP Korean bullets
case(name="soop-korean-bullets", date="Thu, 12 Sep 2024 11:20:00 +0900",
     **{"from": "cs@sooplive.co.kr"}, name_from="SOOP 고객센터",
     subject=f"[SOOP] 신고 처리 결과 안내 ({R4})", reply_to_req=R4,
     body=f"""안녕하세요, SOOP 고객센터입니다.
요청하신 콘텐츠에 대한 처리 결과를 안내드립니다.

• {S3} : 방송국 게시글 삭제 완료
• {S2} : 다시보기 영상 삭제 완료
• {S1} : 스트리머가 직접 삭제한 VOD로 현재 존재하지 않습니다

더 나은 서비스를 위해 노력하겠습니다.
SOOP 고객센터""",
     outcome="applied", classification="confirmation",
     imitates="SOOP 고객센터 bullet list of results",
     why="post and VOD deleted; the other VOD was deleted by the streamer (not_found)",
     items={S3: "removed", S2: "removed", S1: "not_found"})

# 17. FM Korea: both deleted, listed
case(name="fmk-both-deleted-list", date="Thu, 12 Sep 2024 08:55:14 +0900",
     **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
     subject=f"Re: [{R5}] 불법·유해정보 시정요구 (Request for removal)", reply_to_req=R5,
     body=f"""안녕하세요. 에펨코리아 운영진입니다.

{F1} - 삭제
{F2} - 삭제

두 게시물 작성자는 도박 사이트 홍보로 영구 이용정지 처리하였습니다.

에펨코리아 운영진 드림""",
     outcome="applied", classification="confirmation",
     imitates="community-site admin reply, 'URL - 삭제' lines",
     why="both FM Korea posts named and deleted",
     items={F1: "removed", F2: "removed"})

# 18. FM Korea: one deleted, one refused with reason
case(name="fmk-one-refused-news-quote", date="Fri, 13 Sep 2024 13:07:31 +0900",
     **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
     subject=f"Re: [{R5}] 처리 결과", reply_to_req=R5,
     body=f"""안녕하세요.

{F1} 게시물은 삭제 처리하였습니다.

{F2} 게시물은 불법 도박 관련 언론 보도를 인용한 글로, 홍보 목적이 아니라고 판단되어 운영규정 위반이 아닌 것으로 보고 유지합니다.

문의 사항이 있으시면 회신 주십시오.
에펨코리아 운영진""",
     outcome="applied", classification="confirmation",
     imitates="admin reply refusing one item with its reason",
     why="one deleted; the other kept as news quotation, not a rule violation (rejected)",
     items={F1: "removed", F2: "rejected"})

# 19. Clien one-item request, no URL in the reply
case(name="clien-single-item-no-url", date="Thu, 12 Sep 2024 16:40:02 +0900",
     **{"from": "admin@clien.net"}, name_from="클리앙 운영자",
     subject=f"Re: [{R6}] 불법·유해정보 시정요구 (Request for removal)", reply_to_req=R6,
     body=f"""안녕하세요, 클리앙 운영자입니다.

요청하신 게시물은 확인 후 삭제 처리했습니다.
작성자에게는 개인정보 게시에 대한 경고를 보냈습니다.

감사합니다.

On {REQ_SENT[R6]} KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(R6)}""",
     outcome="applied", classification="confirmation",
     imitates="short admin reply in the request's thread, no URL repeated",
     why="reply in the thread of a one-item request saying the post was deleted: applies to that item",
     items={C1: "removed"})

# 20. Ppomppu Outlook: status line, URL below, original message under it
case(name="ppomppu-outlook-status-then-url", date="Fri, 13 Sep 2024 10:22:18 +0900",
     **{"from": "cs@ppomppu.co.kr"}, name_from="뽐뿌 고객지원",
     subject=f"RE: [{R7}] 불법·유해정보 시정요구 (Request for removal)", reply_to_req=R7,
     body=f"""안녕하세요. 뽐뿌 고객지원팀입니다.

처리 결과: 삭제
{P1}

처리 결과: 접근 제한 (성인 인증 회원만 열람 가능)
{P2}

감사합니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 12, 2024 10:00 AM
To: cs@ppomppu.co.kr
Subject: [{R7}] 불법·유해정보 시정요구 (Request for removal)

""" + "\n".join(request_text(R7)),
     outcome="applied", classification="confirmation",
     imitates="Outlook reply with '처리 결과:' line above each URL and the original message below",
     why="one deleted, one limited to adult-verified members (restricted); the original message below repeats the URLs",
     items={P1: "removed", P2: "restricted"})

# 21. Ppomppu: a long line wrapped inside the angle brackets
case(name="ppomppu-wrapped-angle-url", date="Sat, 14 Sep 2024 09:11:56 +0900",
     **{"from": "cs@ppomppu.co.kr"}, name_from="뽐뿌 고객지원",
     subject=f"Re: [{R7}] 처리 결과 안내", reply_to_req=R7,
     body=f"""안녕하세요, 뽐뿌 고객지원팀입니다. 요청하신 건 확인하였습니다.

휴대폰 포럼 게시물 <https://www.ppomppu.co.kr/zboard/view.php?id=phone&
no=4471208> 은 판매 사기 게시물로 확인되어 삭제했습니다.

자유게시판 링크 {P1} 는 존재하지 않는 게시물 번호로 확인됩니다(잘못된 링크).

뽐뿌 고객지원팀 드림""",
     outcome="applied", classification="confirmation",
     imitates="Korean reply whose URL in angle brackets was wrapped by the mail client",
     why="wrapped phone-forum URL deleted; freeboard number does not exist (invalid link, not_found)",
     items={P2: "removed", P1: "not_found"})

# 22. NAVER echoes the report fields
case(name="naver-echoed-report-fields", date="Sun, 08 Sep 2024 20:31:09 +0900",
     **{"from": "noreply_right@navercorp.com"}, name_from="네이버 게시중단 요청 서비스",
     subject=f"[네이버] 게시중단 요청 처리 완료 안내 ({R1})", reply_to_req=R1,
     body=f"""네이버 게시중단 요청 서비스입니다.
접수하신 신고의 처리가 완료되어 안내드립니다.

■ 신고 URL : {N5}
■ 신고 사유 : 명예훼손
■ 처리 결과 : 게시중단

■ 신고 URL : {N3}
■ 신고 사유 : 명예훼손
■ 처리 결과 : 삭제

※ 게시자는 게시중단 후 30일 이내 재게시를 요청할 수 있습니다.
※ 본 메일은 발신 전용입니다. 문의: https://right.naver.com/report/help""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 게시중단 요청 서비스 completion notice echoing the report fields",
     why="each echoed URL is followed by its own 처리 결과: 게시중단 and 삭제",
     items={N5: "removed", N3: "removed"})

# 23. NAVER TV age restriction + blog deleted
case(name="naver-tv-age-limit-blog-deleted", date="Mon, 09 Sep 2024 11:03:27 +0900",
     **{"from": "tvcast_help@navercorp.com"}, name_from="네이버TV 운영팀",
     subject=f"Re: [{R1}] 불법·유해정보 시정요구 (Request for removal)", reply_to_req=R1,
     body=f"""안녕하세요. 네이버TV 운영팀입니다.

네이버TV 영상 {N11} 은 청소년에게 유해한 콘텐츠로 판단되어 19세 이상 연령 제한 조치하였습니다.
함께 전달해 주신 블로그 게시물 {N9} 는 블로그팀 확인을 거쳐 삭제되었습니다.

감사합니다.""",
     outcome="applied", classification="confirmation",
     imitates="NAVER TV 운영팀 연령 제한 reply",
     why="video age-restricted (restricted); blog post deleted",
     items={N11: "restricted", N9: "removed"})

# 24. SOOP Gmail Korean top-post
case(name="soop-gmail-korean-top-post", date="Tue, 10 Sep 2024 17:45:00 +0900",
     **{"from": "report@sooplive.co.kr"}, name_from="SOOP 신고센터",
     subject=f"Re: [{R4}] 불법·유해정보 시정요구 (Request for removal)", reply_to_req=R4,
     body=f"""안녕하세요. SOOP 신고센터입니다.
말씀하신 다시보기 두 건 모두 삭제 처리했습니다.

{S1}
{S2}

방송국 게시글은 확인 중입니다.

2024년 9월 9일 (월) 오전 11:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted(R4)}""",
     outcome="applied", classification="confirmation",
     imitates="Gmail Korean-locale top-posted reply ('…님이 작성:') over the request",
     why="both VODs named and deleted; the channel post is still being checked and not named by URL",
     items={S1: "removed", S2: "removed"})

# 25. Daum text table
case(name="daum-pipe-text-table", date="Thu, 12 Sep 2024 14:14:14 +0900",
     **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
     subject=f"[Daum] {R3} 처리 결과", reply_to_req=R3,
     body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

| 게시물 URL                                      | 처리결과      |
|-------------------------------------------------|---------------|
| {K1}    | 삭제          |
| {K2}    | 임시조치(30일) |
| {K3}    | 게시물 없음    |

문의: right@kakaocorp.com
{KAKAO_SIG}""",
     outcome="applied", classification="confirmation",
     imitates="plain-text pipe table of results",
     why="삭제 removed, 임시조치 restricted, 게시물 없음 not_found (percent-encoded Korean path)",
     items={K1: "removed", K2: "restricted", K3: "not_found"})

# ======================= REVIEW ==========================================

case(name="naver-promise-will-delete", date="Tue, 03 Sep 2024 16:20:41 +0900",
     **{"from": "blog_help@naver.com"}, name_from="네이버 블로그팀",
     subject=f"Re: [{R1}] 불법·유해정보 시정요구 (Request for removal)", reply_to_req=R1,
     body=f"""안녕하세요, 네이버 블로그팀입니다.

말씀하신 블로그 게시물
{N1}
{N2}
두 건은 담당자 확인 후 이번 주 안으로 삭제 조치할 예정입니다.
조치가 끝나면 다시 알려드리겠습니다.

감사합니다.""",
     outcome="review", review="not_understood",
     imitates="'조치할 예정입니다' promise from a blog team",
     why="a promise to delete is not a statement; items named, nothing decided",
     items={N1: "pending", N2: "pending"})

case(name="dc-hedge-appears-deleted", date="Wed, 04 Sep 2024 09:12:00 +0900",
     **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
     subject=f"Re: [{R2}] 불법·유해정보 시정요구 (Request for removal)", reply_to_req=R2,
     body=f"""안녕하세요, 디시인사이드 운영팀입니다.

{D1} 게시물은 이미 삭제된 것으로 보입니다. 로그 확인 후 정확한 내용을 다시 말씀드리겠습니다.
{D5} 도 확인해 보겠습니다.

감사합니다.""",
     outcome="review", review="not_understood",
     imitates="operator's first look, hedged ('삭제된 것으로 보입니다')",
     why="'appears to be deleted' is a hedge and the other item is only to be checked",
     items={D1: "pending", D5: "pending"})

case(name="naver-bulk-all-twelve", date="Tue, 10 Sep 2024 10:30:00 +0900",
     **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
     subject=f"Re: [{R1}] 불법·유해정보 시정요구 (Request for removal)", reply_to_req=R1,
     body=f"""안녕하세요. 네이버 정책지원 담당자입니다.

{R1} 로 요청하신 게시물 12건 모두 게시중단 조치를 완료했습니다.
협조해 주셔서 감사합니다.
{NAVER_SIG}""",
     outcome="review", review="bulk",
     imitates="'요청하신 게시물 전체 조치 완료' one-line bulk confirmation",
     why="statement about all twelve items without naming any: bulk, a person checks",
     items={u: "pending" for u in NAVER})

case(name="dc-bulk-english-all-removed", date="Mon, 09 Sep 2024 12:00:31 +0900",
     **{"from": "global@dcinside.com"}, name_from="DC Inside Global Support",
     subject=f"Re: [{R2}] 불법·유해정보 시정요구 (Request for removal)", reply_to_req=R2,
     body=f"""Hello,

All of the posts listed in your request {R2} have been removed from DC Inside.

Regards,
DC Inside Global Support

On {REQ_SENT[R2]} KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(R2)}""",
     outcome="review", review="bulk",
     imitates="English 'all reported content was removed' over the quoted request",
     why="five-item request answered collectively; the URLs appear only in the quote",
     items={u: "pending" for u in DC})

case(name="daum-dmarc-fail", date="Tue, 10 Sep 2024 03:14:59 +0900",
     **{"from": "right@daum.net"}, name_from="Daum 권리침해신고센터", auth="fail",
     subject=f"[Daum] {R3} 게시물 삭제 완료", reply_to_req=R3,
     body=f"""안녕하세요. Daum 권리침해신고센터입니다.

아래 게시물을 삭제하였습니다.
{K1}
{K2}

감사합니다.""",
     outcome="review", review="untrusted",
     imitates="Daum-looking result mail failing DKIM/SPF/DMARC",
     why="claims from a Daum domain whose authentication fails are not applied",
     items={K1: "pending", K2: "pending"})

case(name="dc-gallery-manager-gmail", date="Thu, 05 Sep 2024 23:02:11 +0900",
     **{"from": "nightowl.gm@gmail.com"}, name_from="나이트아울 갤러리 매니저",
     subject=f"Re: [{R2}] 불법·유해정보 시정요구 (Request for removal)", reply_to_req=R2,
     body=f"""안녕하세요, 나이트아울 마이너 갤러리 매니저입니다.
운영팀에서 전달받고 제가 직접 아래 두 글을 삭제했습니다.

{D2}
{D3}

앞으로 갤러리 관리 더 신경 쓰겠습니다.""",
     outcome="review", review="unknown_sender",
     imitates="volunteer gallery manager writing from a personal webmail address",
     why="statements from a gmail.com address, not DC Inside's domain",
     items={D2: "pending", D3: "pending"})

case(name="fmk-poster-law-firm", date="Fri, 13 Sep 2024 15:50:20 +0900",
     **{"from": "j.lee@haneul-law.example"}, name_from="법무법인 하늘 이정민 변호사",
     subject=f"[{R5}] 게시물 자진 삭제 통지",
     body=f"""방송통신심의위원회 귀중

본 법인은 에펨코리아 게시물 작성자의 대리인입니다.
의뢰인은 {R5} 시정요구 대상인 아래 게시물을 2024. 9. 13. 자진 삭제하였음을 알려드립니다.

{F1}

법무법인 하늘
변호사 이정민""",
     outcome="review", review="unknown_sender",
     imitates="law firm writing for the poster about a voluntary deletion",
     why="not the platform: a third party's word about a requested item",
     items={F1: "pending"})

case(name="naver-about-daum-cafe", date="Wed, 11 Sep 2024 13:33:00 +0900",
     **{"from": "cafe_report@naver.com"}, name_from="네이버 카페 운영팀",
     subject="[네이버 카페] 게시물 처리 결과 안내",
     body=f"""안녕하세요, 네이버 카페 운영팀입니다.

요청하신 카페 게시글은 삭제 처리되었습니다.
{K2}

감사합니다.""",
     outcome="review", review="wrong_platform",
     imitates="portal answering about a cafe URL that belongs to the other portal",
     why="NAVER states a status for a Daum cafe item",
     items={K2: "pending"})

case(name="soop-asks-for-decision-copy", date="Tue, 10 Sep 2024 14:05:33 +0900",
     **{"from": "cs@sooplive.co.kr"}, name_from="SOOP 고객센터",
     subject=f"Re: [{R4}] 불법·유해정보 시정요구 (Request for removal)", reply_to_req=R4,
     body=f"""안녕하세요, SOOP 고객센터입니다.

요청하신 방송국 게시글 {S3} 에 대한 조치를 위해 심의 의결서 사본 또는 위반 근거 자료를 보내주시기 바랍니다.
자료 확인 후 처리 결과를 안내드리겠습니다.

SOOP 고객센터""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="portal asking for the deliberation decision before acting",
     why="asks for documents; no status for the post",
     items={S3: "pending"})

case(name="inven-unrequested-post", date="Thu, 12 Sep 2024 18:18:18 +0900",
     **{"from": "webmaster@inven.co.kr"}, name_from="인벤 운영팀",
     subject="[인벤] 신고 게시물 처리 안내",
     body="""안녕하세요. 인벤 운영팀입니다.

신고해 주신 게시물은 운영정책 위반으로 삭제 처리되었습니다.
https://www.inven.co.kr/board/lol/4625/889120

감사합니다.""",
     outcome="review", review="unmatched_claims",
     imitates="Inven moderation result for a post the regulator never requested",
     why="a trusted statement about a URL in none of our requests",
     items={})

case(name="fmk-conditional-author-edit", date="Wed, 11 Sep 2024 11:11:45 +0900",
     **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
     subject=f"Re: [{R5}] 불법·유해정보 시정요구 (Request for removal)", reply_to_req=R5,
     body=f"""안녕하세요. 에펨코리아 운영진입니다.

{F1}
{F2}

위 두 게시물 작성자에게 홍보 링크를 지우라는 수정 요청을 보냈습니다.
24시간 안에 수정되지 않으면 게시물은 삭제됩니다.

에펨코리아 운영진""",
     outcome="review", review="not_understood",
     imitates="moderator giving the author a deadline to edit",
     why="deletion is conditional on the author's inaction: no status yet",
     items={F1: "pending", F2: "pending"})

case(name="clien-done-no-reference", date="Fri, 13 Sep 2024 09:00:12 +0900",
     **{"from": "support@clien.net"}, name_from="클리앙 고객지원",
     subject="문의하신 건 처리 완료",
     body="""안녕하세요, 클리앙입니다.

문의하신 건은 처리가 완료되었습니다.
이용해 주셔서 감사합니다.

클리앙 고객지원""",
     outcome="review", review="no_claims",
     imitates="terse helpdesk 'your inquiry has been handled' mail with no reference",
     why="trusted Clien mail that names no item and references no request or thread",
     items={})

# ======================= IGNORED =========================================

case(name="naver-out-of-office-korean", date="Mon, 09 Sep 2024 09:00:03 +0900",
     **{"from": "doyun.kim@navercorp.com"}, name_from="김도윤",
     subject=f"[자동회신] Re: [{R1}] 불법·유해정보 시정요구", reply_to_req=R1,
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""안녕하세요. 김도윤입니다.
9월 9일부터 9월 13일까지 휴가로 부재중입니다.
급한 용무는 정책지원 대표 메일(policy@navercorp.com)로 보내주시기 바랍니다.
복귀 후 확인하겠습니다.""",
     outcome="ignored", classification="auto_reply",
     imitates="Korean 부재중 자동회신",
     why="out-of-office auto-reply",
     items={})

case(name="soop-out-of-office-english", date="Mon, 09 Sep 2024 11:00:41 +0900",
     **{"from": "minseo.park@sooplive.com"}, name_from="Minseo Park",
     subject=f"Automatic reply: [{R4}] 불법·유해정보 시정요구 (Request for removal)",
     reply_to_req=R4,
     extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: minseo.park@sooplive.com"],
     body="""Thank you for your email. I am out of the office until 18 September (Chuseok holidays) with no access to email.
For trust and safety matters please contact trust@sooplive.com.

추석 연휴로 9월 18일까지 부재중입니다.""",
     outcome="ignored", classification="auto_reply",
     imitates="Exchange 'Automatic reply' over the Chuseok holidays",
     why="out-of-office auto-reply",
     items={})

dsn_text = f"""This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse@ppomppu.co.kr>: host mx1.ppomppu.co.kr[203.0.113.45] said: 550 5.1.1
    <abuse@ppomppu.co.kr>: Recipient address rejected: User unknown in local
    recipient table (in reply to RCPT TO command)"""
dsn_status = """Reporting-MTA: dns; mx.kcsc.example
X-Postfix-Queue-ID: 7F3A21C0042
Arrival-Date: Thu, 12 Sep 2024 10:00:02 +0900

Final-Recipient: rfc822; abuse@ppomppu.co.kr
Original-Recipient: rfc822;abuse@ppomppu.co.kr
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.ppomppu.co.kr
Diagnostic-Code: smtp; 550 5.1.1 <abuse@ppomppu.co.kr>: Recipient address
    rejected: User unknown in local recipient table"""
dsn_headers = f"""From: KCSC Takedown <takedown@kcsc.example>
To: abuse@ppomppu.co.kr
Subject: [{R7}] request for removal
Date: Thu, 12 Sep 2024 10:00:00 +0900
Message-ID: <{R7}@kcsc.example>"""
case(name="ppomppu-dsn-user-unknown", date="Thu, 12 Sep 2024 10:00:04 +0900",
     **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
     subject="Undelivered Mail Returned to Sender", reply_to_req=R7,
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=multipart("report", "7F3A21C0042.1726102804/mx.kcsc.example", [
         part(dsn_text, ctype="text/plain; charset=us-ascii", cte="7bit",
              extra=["Content-Description: Notification"]),
         part(dsn_status, ctype="message/delivery-status", cte="7bit",
              extra=["Content-Description: Delivery report"]),
         part(dsn_headers, ctype="text/rfc822-headers", cte="7bit",
              extra=["Content-Description: Undelivered Message Headers"]),
     ], params="; report-type=delivery-status"),
     outcome="ignored", classification="bounce",
     imitates="Postfix DSN (550 5.1.1 user unknown) for the Ppomppu request",
     why="delivery failure report",
     items={})

dsn2_text = """This is the mail system at host mx.kcsc.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<report@dcinside.com>: connect to mx.dcinside.com[198.51.100.77]:25: Connection
    timed out"""
dsn2_status = """Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Tue, 3 Sep 2024 11:00:03 +0900

Final-Recipient: rfc822; report@dcinside.com
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.dcinside.com[198.51.100.77]:25:
    Connection timed out
Will-Retry-Until: Sun, 8 Sep 2024 11:00:03 +0900"""
case(name="dc-dsn-delayed-warning", date="Tue, 03 Sep 2024 15:05:10 +0900",
     **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
     subject="Delayed Mail (still being retried)", reply_to_req=R2,
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=multipart("report", "B41C2A9D11.1725343510/mx.kcsc.example", [
         part(dsn2_text, ctype="text/plain; charset=us-ascii", cte="7bit"),
         part(dsn2_status, ctype="message/delivery-status", cte="7bit"),
         part(f"""From: KCSC Takedown <takedown@kcsc.example>
To: report@dcinside.com
Subject: [{R2}] request for removal
Message-ID: <{R2}@kcsc.example>""", ctype="text/rfc822-headers", cte="7bit"),
     ], params="; report-type=delivery-status"),
     outcome="ignored", classification="bounce",
     imitates="Postfix delayed-delivery warning (Action: delayed)",
     why="delivery delay notice, no statement from anyone",
     items={})

case(name="clien-mdn-read-receipt", date="Wed, 11 Sep 2024 10:14:27 +0900",
     **{"from": "admin@clien.net"}, name_from="클리앙 운영자",
     subject=f"읽음: [{R6}] 불법·유해정보 시정요구 (Request for removal)", reply_to_req=R6,
     raw_mime=multipart("report", "----=_MDN_clien_0911", [
         part(f"""귀하가 보낸 메시지를 수신자가 읽었습니다.

받는 사람: admin@clien.net
제목: [{R6}] 불법·유해정보 시정요구 (Request for removal)
읽은 시간: 2024-09-11 10:14 (KST)

참고: 이 확인은 메시지가 수신자의 컴퓨터에 표시되었다는 것만 뜻하며, 내용을 읽었거나 이해했다는 보장은 없습니다."""),
         part(f"""Reporting-UA: clien.net; Webmail
Final-Recipient: rfc822;admin@clien.net
Original-Message-ID: <{R6}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed""",
              ctype="message/disposition-notification", cte="7bit"),
     ], params="; report-type=disposition-notification"),
     outcome="ignored", classification="read_receipt",
     imitates="Korean webmail read receipt (MDN, disposition: displayed)",
     why="read receipt only",
     items={})

case(name="daum-helpdesk-ticket-receipt", date="Thu, 05 Sep 2024 10:31:15 +0900",
     **{"from": "noreply@daum.net"}, name_from="Daum 고객센터",
     subject=f"[Daum 고객센터] 문의가 접수되었습니다 (접수번호 2409-118832)",
     extra_headers=["Auto-Submitted: auto-generated"],
     body=f"""안녕하세요. Daum 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
 - 접수번호: 2409-118832
 - 문의 제목: [{R3}] 불법·유해정보 시정요구
 - 접수 일시: 2024-09-05 10:31

문의하신 내용은 담당자가 확인 후 영업일 기준 3일 이내에 답변드리겠습니다.
※ 본 메일은 발신 전용입니다.""",
     outcome="ignored", classification="acknowledgement",
     imitates="Daum helpdesk 문의 접수 ticket receipt",
     why="pure receipt with a ticket number; no statement about any item",
     items={})

case(name="fmk-english-report-received", date="Tue, 10 Sep 2024 14:02:09 +0900",
     **{"from": "noreply@fmkorea.com"}, name_from="FM Korea",
     subject=f"We received your report ({R5})", reply_to_req=R5,
     extra_headers=["Auto-Submitted: auto-generated"],
     body=f"""Hello,

We have received your report regarding {R5} and created ticket #FMK-88213.
Our moderators review reports in the order they arrive. You will get another email once a decision is made.

This mailbox is not monitored.
FM Korea""",
     outcome="ignored", classification="acknowledgement",
     imitates="English 'we received your report, ticket created' auto-receipt",
     why="pure acknowledgement with a ticket number",
     items={})


HEADER = f"""# Blind set 117 (Korean portals and community sites). Written by make.py;
# do not edit by hand. Expected results come from each email's meaning,
# written before any run of the reader. {len(CASES)} cases.
"""


def encode_headers(c):
    """Non-ASCII display names and subjects as RFC 2047 encoded words, as
    Korean mailers send them."""
    from email.header import Header
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v is not None and not v.isascii():
            c[key] = Header(v, "utf-8").encode(linesep="\n")


def main():
    write_requests()
    for c in CASES:
        encode_headers(c)
    corpuslib.write_set(HERE, "blind117", HEADER, CASES)


if __name__ == "__main__":
    main()
