#!/usr/bin/env python3
"""Blind set 449 (Korean portals: NAVER, Kakao/Daum, YouTube Korea,
DC Inside, BAND). Writes requests.csv, cases/*.eml and expected.toml.

    python3 tests/corpus/blind449/make.py

Deterministic: no clock, no randomness. Expected results were written from
each email's meaning alone, before the reader was ever run on this set.
"""
import base64
import csv
import os
import quopri
import sys
import zlib
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind449"

# ---------------------------------------------------------------- requests
R_NAVER = "KCSC-240902-01"   # 12 items, the largest
R_KAKAO = "KCSC-240903-02"   # 4 items
R_YT = "KCSC-240904-03"      # 3 items
R_DC = "KCSC-240905-04"      # 5 items
R_BAND = "KCSC-240906-05"    # 2 items
R_NAVER1 = "KCSC-240909-06"  # 1 item, Korean path
R_TISTORY = "KCSC-240910-07"  # 1 item

N1 = "https://blog.naver.com/haneul_story77/223551200411"
N2 = "https://blog.naver.com/haneul_story77/223551207788"
N3 = "https://blog.naver.com/jjangbi_0412/223548810092"
N4 = "https://cafe.naver.com/dongnetalk/41872"
N5 = "https://cafe.naver.com/dongnetalk/41903"
N6 = "https://cafe.naver.com/jusikgoinmul/90215"
N7 = "https://m.blog.naver.com/sora_moon_91/223550019374"
N8 = "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=470112233"
N9 = "https://cafe.naver.com/ArticleRead.nhn?clubid=10501234&articleid=7781"
N10 = "https://blog.naver.com/PostView.naver?blogId=ddalgi_mom&logNo=223549901122"
N11 = "https://tv.naver.com/v/58120934"
N12 = "https://post.naver.com/viewer/postView.naver?volumeNo=38120044&memberNo=5512093"
N13 = "https://cafe.naver.com/%EB%8F%99%EB%84%A4%EC%86%8C%EC%8B%9D%EB%B0%A9/7720"
N13_RAW = "https://cafe.naver.com/동네소식방/7720"

K1 = "https://cafe.daum.net/haebyeon-moim/Kx3P/1842"
K2 = "https://cafe.daum.net/haebyeon-moim/Kx3P/1857"
K3 = "https://hoban-ilgi.tistory.com/312"
K4 = "https://cafe.daum.net/stockrumor/Rr7a/503"
T1 = "https://mirae-gyeongje.tistory.com/1204"

Y1 = "https://www.youtube.com/watch?v=Qm3kR7xTz2A"
Y2 = "https://www.youtube.com/shorts/bN8vLw0pE4s"
Y3 = "https://www.youtube.com/watch?v=Lp0dHs91XcE"

D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9081123"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=jumin_talk&no=55102"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=jumin_talk&no=55147"
D4 = "https://m.dcinside.com/board/ib_new2/4410982"
D5 = "https://gall.dcinside.com/mini/board/view/?id=yeoreum_mini&no=3021"

B1 = "https://band.us/band/81234567/post/1205"
B2 = "https://band.us/band/81234567/post/1219"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, note, urls
    (R_NAVER, "naver", "2024-09-02T10:30:00+09:00", "2024-09-09T18:00:00+09:00", "defamation",
     "정기 심의 결과, 12건 일괄", [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]),
    (R_KAKAO, "kakao", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00", "gambling",
     "Daum 카페 2곳, 티스토리 1곳", [K1, K2, K3, K4]),
    (R_YT, "youtube", "2024-09-04T09:40:00+09:00", "2024-09-11T18:00:00+09:00", "privacy",
     "영상 2, 쇼츠 1", [Y1, Y2, Y3]),
    (R_DC, "dcinside", "2024-09-05T14:20:00+09:00", "2024-09-12T18:00:00+09:00", "defamation",
     'gallery posts; "urgent" flagged by 심의위원', [D1, D2, D3, D4, D5]),
    (R_BAND, "band", "2024-09-06T14:05:00+09:00", "2024-09-13T18:00:00+09:00", "drugs",
     "", [B1, B2]),
    (R_NAVER1, "naver", "2024-09-09T16:00:00+09:00", "2024-09-16T18:00:00+09:00", "privacy",
     "한글 카페 주소 (percent-encoded)", [N13]),
    (R_TISTORY, "kakao", "2024-09-10T10:10:00+09:00", "2024-09-17T18:00:00+09:00", "obscenity",
     "", [T1]),
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
def enc(s):
    """RFC 2047 encoded word, as most Korean mailers write header text."""
    return Header(s, "utf-8").encode()


def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def single(ctype, body, cte="base64"):
    if cte == "base64":
        payload = b64(body.strip("\n").encode("utf-8") + b"\n")
    else:
        payload = qp(body.strip("\n") + "\n")
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: {cte}\n\n{payload}")


def alternative(boundary, text, html, cte="quoted-printable"):
    enc_ = qp if cte == "quoted-printable" else (lambda t: b64(t.encode("utf-8")))
    return (f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
            f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n"
            f"Content-Transfer-Encoding: {cte}\n\n{enc_(text.strip(chr(10)) + chr(10))}\n"
            f"--{boundary}\nContent-Type: text/html; charset=utf-8\n"
            f"Content-Transfer-Encoding: {cte}\n\n{enc_(html.strip(chr(10)) + chr(10))}\n"
            f"--{boundary}--\n")


def with_attachment(boundary, text, att_ctype, att_name, att_bytes):
    body = text.strip("\n").encode("utf-8") + b"\n"
    return (f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
            f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n"
            f"Content-Transfer-Encoding: base64\n\n{b64(body)}\n"
            f"--{boundary}\nContent-Type: {att_ctype}; name=\"{att_name}\"\n"
            f"Content-Disposition: attachment; filename*=UTF-8''{att_name}\n"
            f"Content-Transfer-Encoding: base64\n\n{b64(att_bytes)}\n"
            f"--{boundary}--\n")


def tiny_pdf(text):
    """A small PDF whose page text sits in a deflated stream."""
    stream = zlib.compress(("BT /F1 11 Tf 72 760 Td (" + text + ") Tj ET").encode("latin-1"), 9)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out


REQ_TEXT_DC = f"""안녕하십니까. 방송통신심의위원회 통신심의국입니다.

정보통신망법 제44조의7 및 방송통신위원회의 설치 및 운영에 관한 법률
제21조에 따라 아래 정보에 대한 시정요구(삭제)를 하오니 조치 후 결과를
회신하여 주시기 바랍니다. (요청번호 {R_DC})

1. {D1}
2. {D2}
3. {D3}
4. {D4}
5. {D5}

조치 기한: 2024. 9. 12.
"""

REQ_TEXT_BAND = f"""BAND 운영 담당자님께,

아래 게시글 2건은 마약류 판매 광고로 심의되어 삭제를 요청드립니다.
(요청번호 {R_BAND})

- {B1}
- {B2}

방송통신심의위원회 통신심의국 드림
"""

REQ_TEXT_KAKAO = f"""Dear Kakao Trust & Safety team,

Please remove the following items, found to be illegal gambling promotion
(request {R_KAKAO}):

{K1}
{K2}
{K3}
{K4}

Kind regards,
KCSC Communications Review Bureau
"""


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ===== NAVER ==================================================================
case(
    name="naver-gongmun-text-table-12",
    date="Fri, 06 Sep 2024 15:42:10 +0900",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책협력실"),
    subject=enc(f"[회신] 시정요구에 대한 조치결과 회신 ({R_NAVER})"),
    reply_to_req=mid(R_NAVER),
    body=f"""
네이버 주식회사

수신   방송통신심의위원회 (통신심의국장)
제목   시정요구에 대한 조치결과 회신 ({R_NAVER})

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회가 2024. 9. 2. 당사에 통보한 시정요구({R_NAVER}, 12건)에 대하여
   당사의 조치결과를 아래와 같이 회신합니다.

                              - 아    래 -

연번 | 정보 URL | 조치결과 | 비고
---- | -------- | -------- | ----
1 | {N1} | 삭제 |
2 | {N2} | 삭제 |
3 | {N3} | 게시중단 |
4 | {N4} | 임시조치(30일) | 권리침해 신고 건과 병합
5 | {N5} | 조치불요 | 작성자가 이미 삭제함
6 | {N6} | 삭제 |
7 | {N7} | 비공개 처리 |
8 | {N8} | 미조치 | 운영정책 위반 사항 확인되지 않음
9 | {N9} | 조치불가 | 존재하지 않는 게시물
10 | {N10} | 삭제 |
11 | {N11} | 19세 미만 시청제한 |
12 | {N12} | 삭제 |

3. 기타 문의사항은 정책협력실(policy@navercorp.com)로 연락 주시기 바랍니다.  끝.

네이버 주식회사 대표이사 (직인생략)
담당 정책협력실 이서연 / 시행 정책협력-2024-0917 (2024. 9. 6.)
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문 reply to a KCSC 시정요구: 수신/제목/아래 layout with a 연번|URL|조치결과|비고 table",
    why="trusted NAVER 공문, one row per item: 삭제/게시중단/비공개 -> removed, 임시조치/시청제한 -> restricted, 작성자 삭제/존재하지 않음 -> not_found, 미조치(위반 없음) -> rejected",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "restricted", N5: "not_found",
           N6: "removed", N7: "removed", N8: "rejected", N9: "not_found", N10: "removed",
           N11: "restricted", N12: "removed"},
)

_html_rows = [(N1, "삭제"), (N2, "삭제"), (N3, "블라인드 처리"), (N4, "임시조치 (30일간 접근 차단)"),
              (N5, "게시물 없음 (작성자 삭제)")]
case(
    name="naver-html-table-qp",
    date="Wed, 04 Sep 2024 11:05:33 +0900",
    **{"from": "noreply-report@navercorp.com"},
    name_from=enc("네이버 신고센터"),
    subject=enc(f"[네이버] 신고하신 게시물 처리 결과 안내 ({R_NAVER})"),
    reply_to_req=mid(R_NAVER),
    raw_mime=alternative(
        "=_nv_7f3a21",
        f"""안녕하세요. 네이버 신고센터입니다.
요청번호 {R_NAVER} 중 1차 검토가 끝난 게시물의 처리 결과를 안내드립니다.

""" + "\n".join(f"- {u} : {s}" for u, s in _html_rows) + """

나머지 게시물은 검토가 끝나는 대로 별도로 안내드리겠습니다.
네이버 신고센터 드림""",
        """<html><body style="font-family:'Malgun Gothic',sans-serif">
<p>안녕하세요. 네이버 신고센터입니다.<br>
요청번호 """ + R_NAVER + """ 중 1차 검토가 끝난 게시물의 처리 결과를 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>No.</th><th>게시물 주소</th><th>처리 결과</th></tr>
""" + "\n".join(f'<tr><td>{i}</td><td><a href="{u}">{u}</a></td><td>{s}</td></tr>'
                for i, (u, s) in enumerate(_html_rows, 1)) + """
</table>
<p>나머지 게시물은 검토가 끝나는 대로 별도로 안내드리겠습니다.</p>
<p style="color:#888">본 메일은 발신전용입니다. 운영정책: <a href="https://policy.naver.com/policy/service.html">https://policy.naver.com/policy/service.html</a></p>
</body></html>"""),
    outcome="applied", classification="confirmation",
    imitates="NAVER 신고센터 처리 결과 안내 mail, HTML table with a plain-text twin, quoted-printable",
    why="five rows with a result each; remaining items only promised a later answer",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "restricted", N5: "not_found"},
)

case(
    name="naver-imsijochi-notice",
    date="Tue, 03 Sep 2024 17:20:00 +0900",
    **{"from": "right@navercorp.com"},
    name_from=enc("네이버 권리보호센터"),
    subject=enc("[네이버] 게시물 임시조치 안내"),
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 게시물({R_NAVER} 관련)에 대하여
「정보통신망 이용촉진 및 정보보호 등에 관한 법률」 제44조의2 제4항에 따라
아래와 같이 임시조치하였음을 알려드립니다.

  - 대상 게시물 : {N4}
  - 조치 내용   : 임시조치 (30일간 다른 이용자의 접근 차단)
  - 조치 일시   : 2024.09.03 16:58

게시자가 임시조치 기간 내 재게시를 요청하지 않으면 기간 만료 후 삭제될 수 있습니다.
임시조치 제도 안내: https://help.naver.com/service/5653/contents/19142

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER/Daum 임시조치 notice under 정보통신망법 제44조의2 (30-day access block)",
    why="임시조치 with access blocked for 30 days is a present restriction; the later possible deletion is only a condition",
    items={N4: "restricted"},
)

case(
    name="naver-cafe-staff-informal",
    date="Thu, 05 Sep 2024 10:12:44 +0900",
    **{"from": "kim.dohyun@navercorp.com"},
    name_from=enc("김도현"),
    subject=f"Re: [{R_NAVER}] 불법정보 시정요구",
    reply_to_req=mid(R_NAVER),
    body=f"""
안녕하세요, 네이버 카페 운영팀 김도현입니다.

문의주신 건 확인했습니다.
{N4} 이 글은 오늘 오전에 운영원칙 위반으로 삭제했고요,
{N5} 은 작성자가 이미 지운 상태라 저희 쪽에서 따로 조치할 게 없었습니다.

나머지 카페 글은 다른 담당자가 보고 있어서 그쪽에서 회신드릴 거예요.

김도현 드림
네이버 카페 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="informal reply from a NAVER cafe operations staffer",
    why="two clear item statements from a navercorp.com address: deleted, and already deleted by its author",
    items={N4: "removed", N5: "not_found"},
)

case(
    name="naver-url-then-status-line",
    date="Sat, 07 Sep 2024 09:31:02 +0900",
    **{"from": "cafe-blog-report@navercorp.com"},
    name_from=enc("네이버 블로그·카페 신고 담당"),
    subject=enc(f"RE: 시정요구 {R_NAVER} 처리 결과 (2차)"),
    reply_to_req=mid(R_NAVER),
    body=f"""
안녕하세요.
{R_NAVER} 요청 건 중 2차 처리 결과입니다.

{N6}
→ 운영원칙 위반(불법 투자 권유)으로 삭제 완료

{N7}
→ 청소년 유해 게시물로 판단되어 19세 미만 이용자 열람 제한(성인 인증 필요)

{N8}
→ 질문·답변 내용 확인 결과 지식iN 운영정책상 삭제 사유에 해당하지 않아 게시 유지합니다.

네이버 블로그·카페 신고 담당 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER staff reply listing each URL with its result on the line below (arrow lines)",
    why="status on the line below each URL: removed, age-restricted, kept because it breaks no rule",
    items={N6: "removed", N7: "restricted", N8: "rejected"},
)

case(
    name="naver-korean-path-particle",
    date="Wed, 11 Sep 2024 14:03:27 +0900",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책협력실"),
    subject=enc(f"[{R_NAVER1}] 개인정보 노출 게시물 조치 결과"),
    body=f"""
방송통신심의위원회 담당자님께

요청번호 {R_NAVER1}로 요청하신 {N13_RAW}의 게시물은
개인정보 노출이 확인되어 2024년 9월 11일 자로 삭제 조치되었습니다.

감사합니다.
네이버 정책협력실 드림
""",
    outcome="applied", classification="confirmation",
    imitates="short NAVER policy-team reply writing a raw Korean cafe path followed directly by the particle 의",
    why="the raw Korean path matches the percent-encoded request URL; the particle is not part of it; stated deleted",
    items={N13: "removed"},
)

case(
    name="naver-single-sole-blind",
    date="Tue, 10 Sep 2024 11:48:00 +0900",
    **{"from": "cafe-report@navercorp.com"},
    name_from=enc("네이버 카페 고객센터"),
    subject=enc(f"Re: [{R_NAVER1}] 정보 삭제 요청"),
    reply_to_req=mid(R_NAVER1),
    body="""
안녕하세요, 네이버 카페 고객센터입니다.

요청하신 게시물은 카페 운영원칙 위반(개인정보 노출)으로 확인되어
블라인드 처리되었습니다.

더 궁금하신 점은 고객센터(https://help.naver.com/service/5637)로 문의해 주세요.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe customer-centre answer that names no URL (블라인드 처리 안내)",
    why="a single unhedged statement about 'the requested post' answering a one-item request in its thread",
    items={N13: "removed"},
)

case(
    name="naver-angle-fullwidth",
    date="Thu, 05 Sep 2024 18:25:51 +0900",
    **{"from": "blog-report@navercorp.com"},
    name_from=enc("네이버 블로그팀"),
    subject=enc(f"[네이버 블로그] {R_NAVER} 관련 회신"),
    body=f"""
안녕하세요. 네이버 블로그팀입니다.
{R_NAVER} 건 중 블로그 게시물 2건에 대해 회신드립니다.

1) <{N3}>：게시중단 완료
2) （{N2}）해당 글은 이미 삭제되어 존재하지 않습니다。

블로그팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog team reply with URLs in angle brackets and full-width punctuation （）：。",
    why="게시중단 완료 -> removed; already deleted, does not exist -> not_found",
    items={N3: "removed", N2: "not_found"},
)

case(
    name="naver-wrapped-angle-url",
    date="Fri, 06 Sep 2024 10:02:15 +0900",
    **{"from": "kin-report@navercorp.com"},
    name_from=enc("네이버 지식iN 운영팀"),
    subject=f"Re: [{R_NAVER}] 시정요구",
    reply_to_req=mid(R_NAVER),
    body=f"""
안녕하세요, 지식iN·카페 운영 담당입니다.

<https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&
 docId=470112233>
위 질문은 검토 결과 불법 정보로 보기 어려워 삭제하지 않고 유지하기로 했습니다.
(답변 내용이 일반적인 정보 제공 수준으로 판단됨)

{N9} : 운영원칙 위반으로 삭제 처리 완료

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER operator reply where a long URL is wrapped inside angle brackets (RFC 3986 appendix C)",
    why="the wrapped <...> URL is the kin item: kept with a reason -> rejected; the cafe article deleted",
    items={N8: "rejected", N9: "removed"},
)

case(
    name="naver-base64-tv-post",
    date="Mon, 09 Sep 2024 13:40:09 +0900",
    **{"from": "tvpost-report@navercorp.com"},
    name_from=enc("네이버TV·포스트 운영팀"),
    subject=enc(f"[네이버TV/포스트] 시정요구 처리 결과 {R_NAVER}"),
    reply_to_req=mid(R_NAVER),
    raw_mime=single("text/plain", f"""
안녕하세요. 네이버TV·포스트 운영팀입니다.

{R_NAVER} 요청 중 저희 서비스 게시물 2건의 처리 결과입니다.

■ {N11}
  처리 결과: 동영상 삭제 (채널 경고 1회 부여)

■ {N12}
  처리 결과: 게시 유지
  사유: 명예훼손 여부를 판단할 수 있는 자료가 부족하고, 운영정책상 삭제 기준에 해당하지 않음

감사합니다.
"""),
    outcome="applied", classification="confirmation",
    imitates="NAVER TV/Post result mail, base64-encoded text/plain",
    why="video deleted -> removed; kept, does not meet the deletion criteria -> rejected",
    items={N11: "removed", N12: "rejected"},
)

case(
    name="naver-echoed-report",
    date="Thu, 05 Sep 2024 08:55:00 +0900",
    **{"from": "noreply@navercorp.com"},
    name_from=enc("네이버 고객센터"),
    subject=enc("[네이버 고객센터] 신고 처리가 완료되었습니다"),
    body=f"""
네이버 고객센터 신고 처리 결과 안내

[신고 내용]
신고 번호   : NV-2409-0381127
신고 대상   : {N10}
신고 사유   : 명예훼손 / 허위사실 유포
참고 번호   : {R_NAVER}
접수 일시   : 2024-09-02 10:41

[처리 결과]
처리 상태   : 처리 완료
조치 내용   : 게시물 삭제 및 작성자 이용제한 7일

본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre form mail echoing the report fields above a 처리 결과 block",
    why="one echoed item with a clear 게시물 삭제 result",
    items={N10: "removed"},
)

case(
    name="naver-statement-then-urls-below",
    date="Wed, 04 Sep 2024 16:10:42 +0900",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책협력실"),
    subject=enc(f"RE: [{R_NAVER}] 시정요구 일부 조치 결과"),
    reply_to_req=mid(R_NAVER),
    body=f"""
안녕하십니까, 네이버 정책협력실입니다.

아래 게시물은 블로그 운영정책 위반이 확인되어 삭제되었습니다.

{N1}
{N2}

다음 카페 게시물은 임시조치(30일) 되어 현재 다른 이용자가 볼 수 없습니다.

{N6}

그 외 게시물은 확인 후 회신드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy-team reply: statement first, the URLs it covers on the lines below",
    why="each statement's URLs follow it: two removed, one under 임시조치 -> restricted",
    items={N1: "removed", N2: "removed", N6: "restricted"},
)

# ===== Kakao / Daum ===========================================================
case(
    name="kakao-gwonri-center",
    date="Thu, 05 Sep 2024 14:30:12 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from=enc("Daum 권리침해신고센터"),
    subject=enc(f"[Daum] 신고하신 게시물의 처리 결과를 안내드립니다 ({R_KAKAO})"),
    body=f"""
안녕하세요. Daum 권리침해신고센터입니다.

방송통신심의위원회에서 접수하신 게시물({R_KAKAO})의 처리 결과를 안내드립니다.

■ 게시물 주소 : {K1}
■ 처리 결과  : 삭제 (불법 도박 홍보)

■ 게시물 주소 : {K2}
■ 처리 결과  : 임시조치 (30일간 게시물 접근 차단)

나머지 게시물은 서비스 담당 부서에서 확인 중이며 결과가 나오는 대로 안내드리겠습니다.

※ 본 메일은 발신전용입니다. 문의: https://cs.daum.net/faq/95.html
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 권리침해신고센터 처리 결과 mail (■ field lines)",
    why="two results in field lines; the rest explicitly still under check",
    items={K1: "removed", K2: "restricted"},
)

case(
    name="kakao-tistory-single-private",
    date="Wed, 11 Sep 2024 10:20:00 +0900",
    **{"from": "tistory-cs@kakaocorp.com"},
    name_from=enc("티스토리 운영팀"),
    subject=enc(f"[티스토리] 게시글 조치 안내 ({R_TISTORY})"),
    body=f"""
안녕하세요, 티스토리 운영팀입니다.

요청하신 게시글 {T1} 은 티스토리 운영정책(음란물 게시 금지) 위반으로
비공개 처리하였으며, 블로그 운영자에게도 조치 사실을 안내하였습니다.

감사합니다.
티스토리 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory (Kakao) operations notice: post switched to private (비공개 처리)",
    why="비공개 처리 of the one requested item -> removed",
    items={T1: "removed"},
)

_csv = ("\ufeff번호,게시물 URL,처리결과,처리일시\n"
        f"1,{K1},삭제,2024-09-04 15:10\n"
        f"2,{K2},삭제,2024-09-04 15:12\n"
        f"3,{K3},게시물 없음(블로그 운영자 삭제),2024-09-04 15:20\n"
        f"4,{K4},유지(운영정책 위반 아님),2024-09-04 15:31\n").encode("utf-8")
case(
    name="kakao-csv-attachment",
    date="Wed, 04 Sep 2024 16:02:58 +0900",
    **{"from": "safety-report@kakaocorp.com"},
    name_from=enc("카카오 안전정책팀"),
    subject=enc(f"[카카오] 시정요구 조치결과 송부 ({R_KAKAO})"),
    reply_to_req=mid(R_KAKAO),
    raw_mime=with_attachment(
        "kk_b0a1_2024",
        f"""안녕하세요. 카카오 안전정책팀입니다.

{R_KAKAO} 시정요구 4건에 대한 조치결과를 첨부 파일(CSV)로 송부드립니다.
확인 부탁드립니다.

카카오 안전정책팀 드림""",
        "text/csv; charset=utf-8", "KCSC-240903-02_result.csv", _csv),
    outcome="applied", classification="confirmation",
    imitates="Kakao safety-team mail sending the result table as a CSV attachment (UTF-8 with BOM)",
    why="the CSV gives one result per URL: two deleted, one gone before review, one kept as no violation",
    items={K1: "removed", K2: "removed", K3: "not_found", K4: "rejected"},
)

case(
    name="kakao-ack-plus-result",
    date="Fri, 06 Sep 2024 09:14:37 +0900",
    **{"from": "cs-noreply@kakao.com"},
    name_from=enc("카카오 고객센터"),
    subject=enc(f"[카카오 고객센터] 문의하신 내용에 대한 답변입니다 ({R_KAKAO})"),
    body=f"""
안녕하세요, 카카오 고객센터입니다.
문의하신 내용은 접수번호 #KA-240906-55821로 접수되었습니다.

검토 결과 {K4} 게시글은 불법 도박 홍보로 볼 만한 내용이
확인되지 않아 별도의 조치를 하지 않았습니다.
게시글은 현재 그대로 유지되고 있습니다.

추가로 확인이 필요하시면 위 접수번호로 회신 주세요.
카카오 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-centre answer that opens with a ticket-receipt line and then gives the result",
    why="acknowledgement phrase plus an unhedged refusal with its reason -> rejected, not a pure receipt",
    items={K4: "rejected"},
)

case(
    name="kakao-outlook-english",
    date="Sat, 07 Sep 2024 02:44:19 +0900",
    **{"from": "trustsafety@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    subject=f"RE: Removal request {R_KAKAO}",
    reply_to_req=mid(R_KAKAO),
    body=f"""
Dear KCSC team,

Following up on the two items still open from your request:

- {K3}: we could not locate this post. The blog owner deleted it before our review started.
- {K4}: after review we found no violation of the Daum Cafe operating policy or of Korean law on our side, so the post stays up.

Best regards,
Minji Oh
Kakao Trust & Safety

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 11:00 AM
To: Kakao Trust & Safety <trustsafety@kakaocorp.com>
Subject: Removal request {R_KAKAO}

{REQ_TEXT_KAKAO}""",
    outcome="applied", classification="confirmation",
    imitates="Kakao global T&S reply in English over an Outlook -----Original Message----- quote",
    why="two stated results above the quote; the quoted removal request states nothing",
    items={K3: "not_found", K4: "rejected"},
)

# ===== YouTube Korea ===========================================================
case(
    name="youtube-kr-geoblock-and-removal",
    date="Fri, 06 Sep 2024 20:11:05 +0900",
    **{"from": "legal-kr@google.com"},
    name_from=enc("YouTube 법무팀"),
    subject=enc(f"[YouTube] 법적 요청 검토 결과 안내 - {R_YT}"),
    reply_to_req=mid(R_YT),
    body=f"""
안녕하세요.

방송통신심의위원회에서 보내주신 요청({R_YT})을 검토했습니다.

현지 법률에 따라 다음 콘텐츠의 대한민국 내 접근을 제한했습니다.
- {Y1}
- {Y2}

아울러 아래 동영상은 YouTube 커뮤니티 가이드(개인정보 보호) 위반으로 삭제되었습니다.
- {Y3}

YouTube의 법적 요청 처리 방식은 https://support.google.com/youtube/answer/6154218 에서 확인하실 수 있습니다.

감사합니다.
YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome in Korean: local-law block in Korea plus a Community Guidelines removal",
    why="blocked in Korea -> restricted (two); removed under guidelines -> removed; the help link is not an item",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed"},
)

case(
    name="youtube-age-restriction",
    date="Sat, 07 Sep 2024 07:30:00 +0900",
    **{"from": "no-reply@youtube.com"},
    name_from="YouTube",
    subject=enc("YouTube 신고 검토 결과"),
    body=f"""
안녕하세요.

{R_YT} 건으로 신고하신 동영상을 검토했습니다.

동영상: {Y3}
검토 결과: 이 동영상은 삭제 기준에는 해당하지 않지만 일부 시청자에게 부적절할 수 있어
연령 제한을 적용했습니다. 이제 로그인한 만 18세 이상 사용자만 시청할 수 있습니다.

커뮤니티 가이드: https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

YouTube 팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube report outcome: age restriction applied instead of removal",
    why="age restriction -> restricted; 'does not meet removal criteria' is the reason for restricting, not a rejection",
    items={Y3: "restricted"},
)

case(
    name="youtube-bilingual-no-violation",
    date="Mon, 09 Sep 2024 03:15:40 +0900",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    subject=f"Re: [{R_YT}] Legal removal request / 법적 삭제 요청",
    reply_to_req=mid(R_YT),
    body=f"""
Hello,

Thanks for your report. We reviewed the following video:
{Y1}

We have not taken action on this content. Based on the information provided, it does not
appear to violate local law or our Community Guidelines, and it remains available.

안녕하세요. 보내주신 신고를 검토했습니다.
위 동영상은 제공해 주신 정보만으로는 현지 법률이나 커뮤니티 가이드 위반을 확인할 수 없어
조치를 취하지 않았으며, 계속 게시됩니다.

If you have additional information, such as a court order, you may submit a new request:
https://support.google.com/legal/answer/3110420

Regards,
The Google Team
""",
    outcome="applied", classification="confirmation",
    imitates="Google/YouTube legal 'no action taken' reply in English and Korean",
    why="explicit refusal: no action taken, remains available -> rejected ('does not appear to violate' is the reason, the decision itself is firm)",
    items={Y1: "rejected"},
)

case(
    name="youtube-sor-removal",
    date="Sun, 08 Sep 2024 12:00:03 +0900",
    **{"from": "no-reply@youtube.com"},
    name_from="YouTube",
    subject=enc("콘텐츠 조치 결정 및 이유 안내"),
    body=f"""
YouTube 콘텐츠 조치 결정 안내

참조 번호: {R_YT}
결정 일자: 2024-09-07
대상 콘텐츠: {Y2}
결정: 삭제
근거: YouTube 커뮤니티 가이드 - 괴롭힘 및 사이버 폭력
탐지 방식: 외부 신고 (정부 기관)
자동화 수단 사용 여부: 아니요 (담당자 검토)

이 결정에 이의가 있는 경우 업로더는 YouTube 스튜디오에서 항소할 수 있습니다.
자세히 알아보기: https://support.google.com/youtube/answer/185111
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube statement-of-reasons style decision notice (DSA-like fields) in Korean",
    why="결정: 삭제 for the one named short",
    items={Y2: "removed"},
)

# ===== DC Inside ===============================================================
case(
    name="dc-operator-informal",
    date="Fri, 06 Sep 2024 11:47:21 +0900",
    **{"from": "admin@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    subject=f"Re: [{R_DC}] 시정요구",
    reply_to_req=mid(R_DC),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.
말씀하신 게시물 확인했습니다.

{D1} 삭제
{D2} 삭제
{D3} 삭제
{D4} 은 이미 작성자가 삭제한 글입니다.

나머지 미니갤 글은 미니갤 매니저 확인 후 처리 예정입니다.
수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="terse DC Inside operations-team reply, one URL per line with 삭제",
    why="three deleted, one already deleted by its author; the mini-gallery post only promised",
    items={D1: "removed", D2: "removed", D3: "removed", D4: "not_found", D5: "pending"},
)

case(
    name="dc-numbered-list",
    date="Mon, 09 Sep 2024 15:05:55 +0900",
    **{"from": "report@dcinside.com"},
    name_from=enc("디시인사이드 신고센터"),
    subject=enc(f"[디시인사이드] 시정요구 처리 결과 회신 ({R_DC})"),
    body=f"""
방송통신심의위원회 통신심의국 담당자님께

{R_DC} 시정요구 5건에 대한 처리 결과를 아래와 같이 회신드립니다.

1. {D1}
   - 삭제 및 작성자 IP 차단(7일)
2. {D2}
   - 삭제
3. {D3}
   - 유지: 게시 내용이 특정인을 지목하지 않아 명예훼손 요건에 해당하지 않는 것으로 판단
4. {D4}
   - 삭제
5. {D5}
   - 존재하지 않는 게시물입니다 (주소를 다시 확인해 주세요)

감사합니다.
디시인사이드 신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 신고센터 numbered result list, result on an indented dash line",
    why="five items, each with its own result: removed x3, rejected with reason, not_found",
    items={D1: "removed", D2: "removed", D3: "rejected", D4: "removed", D5: "not_found"},
)

case(
    name="dc-top-posted-over-quote",
    date="Sat, 07 Sep 2024 22:18:40 +0900",
    **{"from": "mini-admin@dcinside.com"},
    name_from=enc("디시인사이드 미니갤러리 관리"),
    subject=f"Re: [{R_DC}] 시정요구",
    reply_to_req=mid(R_DC),
    body=f"""
{D5} 삭제 처리했습니다.
나머지 건은 정식 갤러리 담당자가 확인 중입니다.

2024. 9. 5. 오후 2:20, KCSC 통신심의국 <takedown@kcsc.example> 작성:
{quote(REQ_TEXT_DC)}
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted one-line reply over the quoted KCSC request (mobile mail client)",
    why="only D5 is stated deleted; the others are 'being checked' and appear otherwise only in the quoted request",
    items={D5: "removed", D1: "pending", D2: "pending", D3: "pending", D4: "pending"},
)

# ===== BAND =====================================================================
case(
    name="band-cs-reply",
    date="Mon, 09 Sep 2024 10:33:12 +0900",
    **{"from": "help@band.us"},
    name_from=enc("BAND 고객센터"),
    subject=enc(f"[BAND] 문의 답변: 게시글 삭제 요청 ({R_BAND})"),
    body=f"""
안녕하세요. BAND 고객센터입니다.

요청하신 게시글 확인 결과를 안내드립니다.

{B1}
: 마약류 거래 유도 게시글로 확인되어 삭제하였으며, 작성 멤버의 밴드 이용을 제한하였습니다.

{B2}
: 밴드 리더가 이미 삭제한 게시글로, 현재 존재하지 않습니다.

BAND 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="BAND (NAVER Band) customer-centre answer, URL then ': result' line",
    why="deleted -> removed; already deleted by the band leader, no longer exists -> not_found",
    items={B1: "removed", B2: "not_found"},
)

case(
    name="band-gmail-korean-quote",
    date="Tue, 10 Sep 2024 17:02:48 +0900",
    **{"from": "safety@band.us"},
    name_from=enc("BAND 안전센터"),
    subject=f"Re: [{R_BAND}] 게시글 삭제 요청",
    reply_to_req=mid(R_BAND),
    body=f"""
안녕하세요, BAND 안전센터입니다.

두 번째 게시글({B2})은 운영정책 위반으로 비공개 처리했습니다.
첫 번째 게시글은 담당 부서에서 확인 중입니다.

BAND 안전센터 드림

2024년 9월 6일 (금) 오후 2:05, KCSC 통신심의국 <takedown@kcsc.example>님이 작성:
{quote(REQ_TEXT_BAND)}
""",
    outcome="applied", classification="confirmation",
    imitates="BAND safety-centre reply above a Korean Gmail quote header (...님이 작성:)",
    why="B2 (in parentheses) made private -> removed; B1 only under check and otherwise only quoted",
    items={B2: "removed", B1: "pending"},
)

# ===== review ====================================================================
case(
    name="naver-promise-review",
    date="Tue, 03 Sep 2024 09:20:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책협력실"),
    subject=enc(f"RE: [{R_NAVER}] 시정요구 접수 확인 및 처리 일정"),
    reply_to_req=mid(R_NAVER),
    body=f"""
안녕하십니까, 네이버 정책협력실입니다.

보내주신 시정요구 중 아래 블로그 게시물은 담당 부서에서 검토 후 이번 주 내로
삭제 조치할 예정입니다.

{N1}
{N2}
{N3}

조치가 완료되면 결과를 다시 회신드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER policy-team reply promising deletion within the week",
    why="'will be deleted after review' is a promise: named items stay pending",
    items={N1: "pending", N2: "pending", N3: "pending"},
)

case(
    name="kakao-hedge-seems-deleted",
    date="Wed, 04 Sep 2024 13:10:10 +0900",
    **{"from": "daumcafe-cs@kakaocorp.com"},
    name_from=enc("Daum 카페 고객센터"),
    subject=enc(f"Re: {R_KAKAO} 게시물 삭제 요청"),
    reply_to_req=mid(R_KAKAO),
    body=f"""
안녕하세요, Daum 카페 고객센터입니다.

확인해 보니 {K3} 는 블로그 운영자가 이미 삭제한 것으로 보입니다.
다만 티스토리 쪽 시스템에서 정확한 삭제 이력을 아직 받지 못해 확정적으로 말씀드리기는 어렵습니다.

카페 게시물들은 현재 검토 중입니다.
""",
    outcome="review", review="not_understood",
    imitates="Daum cafe customer-centre reply hedging (…것으로 보입니다, 확정적으로 말씀드리기 어렵습니다)",
    why="a hedge and explicit uncertainty, plus 'under review': nothing is stated",
    items={K3: "pending"},
)

case(
    name="naver-bulk-all-removed",
    date="Mon, 09 Sep 2024 17:45:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책협력실"),
    subject=enc(f"RE: [{R_NAVER}] 시정요구 조치 완료"),
    reply_to_req=mid(R_NAVER),
    body=f"""
안녕하십니까, 네이버 정책협력실입니다.

{R_NAVER}로 요청하신 게시물 12건 전부에 대하여 삭제 조치를 완료하였습니다.

협조에 감사드립니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER one-line 'all 12 posts deleted' completion notice",
    why="one statement covering a twelve-item request without naming each item",
    items={},
)

case(
    name="dc-bulk-all-deleted",
    date="Sun, 08 Sep 2024 23:51:07 +0900",
    **{"from": "admin@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    subject=f"Re: [{R_DC}] 시정요구",
    reply_to_req=mid(R_DC),
    body="""
신고해주신 글 모두 지웠습니다~
앞으로도 문제 되는 글 있으면 이 주소로 보내주시면 됩니다.

디시 운영팀
""",
    outcome="review", review="bulk",
    imitates="casual DC Inside operator reply 'all deleted' in the request thread",
    why="'all the posts you reported' for a five-item request, none named",
    items={},
)

case(
    name="naver-auth-fail",
    date="Thu, 05 Sep 2024 12:00:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책협력실"),
    auth="fail",
    subject=enc(f"[회신] {R_NAVER} 조치결과"),
    body=f"""
안녕하십니까, 네이버 정책협력실입니다.

{R_NAVER} 건 중 다음 게시물을 삭제하였습니다.

{N1}
{N4}

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER policy-team result mail whose DKIM/SPF/DMARC checks fail",
    why="claims from a navercorp.com address that fails authentication are not applied",
    items={N1: "pending", N4: "pending"},
)

case(
    name="dc-gallery-manager-gmail",
    date="Sat, 07 Sep 2024 01:12:30 +0900",
    **{"from": "jumintalk.manager@gmail.com"},
    name_from=enc("주민톡갤 매니저"),
    subject=f"Re: [{R_DC}] 시정요구",
    body=f"""
안녕하세요 주민톡 마이너 갤러리 매니저입니다.
운영팀에서 전달받고 제가 직접 처리했습니다.

{D2}
{D3}

위 두 글 삭제했고 작성자 차단했습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="DC Inside minor-gallery manager answering from a personal Gmail address",
    why="a gallery manager writing from gmail.com is not DC Inside's sender domain",
    items={D2: "pending", D3: "pending"},
)

case(
    name="navercorp-about-band-posts",
    date="Wed, 11 Sep 2024 09:40:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책협력실"),
    subject=enc(f"[회신] 밴드 게시글 시정요구 ({R_BAND})"),
    body=f"""
안녕하십니까, 네이버 정책협력실입니다.
BAND 서비스 관련 시정요구({R_BAND})에 대하여 회신드립니다.

- {B1} : 삭제
- {B2} : 삭제

BAND 관련 요청은 앞으로 report@band.us 로 보내주시면 더 빨리 처리됩니다.
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER Corp policy team answering for BAND posts (BAND is run by NAVER but configured as its own platform)",
    why="navercorp.com is NAVER's domain; the items belong to the band platform",
    items={B1: "pending", B2: "pending"},
)

case(
    name="youtube-asks-court-order",
    date="Thu, 05 Sep 2024 06:22:10 +0900",
    **{"from": "legal-kr@google.com"},
    name_from=enc("YouTube 법무팀"),
    subject=enc(f"Re: [{R_YT}] 추가 정보 요청"),
    reply_to_req=mid(R_YT),
    body=f"""
안녕하세요.

{Y1} 에 대한 요청을 처리하려면 추가 정보가 필요합니다.
해당 콘텐츠가 위반하는 법 조항과 위법하다고 판단한 구체적인 근거, 또는 관련 법원 명령이나
심의 의결서 사본을 이 메일에 회신으로 보내주십시오.

정보를 받은 후 검토를 계속하겠습니다.
YouTube 법무팀
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="YouTube legal team asking for the legal basis or a court order before acting",
    why="a request for documents; nothing stated about the item",
    items={Y1: "pending"},
)

case(
    name="naver-conditional-sojeong",
    date="Sun, 08 Sep 2024 10:05:00 +0900",
    **{"from": "blog-report@navercorp.com"},
    name_from=enc("네이버 블로그팀"),
    subject=enc(f"[네이버 블로그] {R_NAVER} 진행 상황"),
    body=f"""
안녕하세요. 네이버 블로그팀입니다.

{N7}
위 게시물 작성자에게 소명 기회를 부여했습니다. 소명 기간(7일) 안에 소명이 없거나
소명이 받아들여지지 않으면 게시물이 삭제될 예정입니다.

결과는 기간 종료 후 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER blog progress note: author given a 7-day chance to explain before deletion",
    why="a conditional future deletion: nothing done yet",
    items={N7: "pending"},
)

case(
    name="naver-contact-change-no-claims",
    date="Mon, 02 Sep 2024 15:00:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책협력실"),
    subject=enc("[네이버] 시정요구 접수 창구 변경 안내"),
    body="""
안녕하십니까, 네이버 정책협력실입니다.

2024년 9월 16일부터 불법·유해정보 시정요구 접수 창구가 아래와 같이 변경됩니다.

- 변경 전: policy@navercorp.com
- 변경 후: kcsc-request@navercorp.com (기존 주소는 10월 말까지 병행 운영)

공문은 종전과 같이 정책협력실장 앞으로 보내주시면 됩니다.
앞으로도 원활한 협력 부탁드립니다.
""",
    outcome="review", review="no_claims",
    imitates="NAVER notice of a changed contact address for 시정요구",
    why="trusted NAVER mail that names no item and references no request",
    items={},
)

case(
    name="dc-under-legal-review",
    date="Fri, 06 Sep 2024 18:00:00 +0900",
    **{"from": "legal@dcinside.com"},
    name_from=enc("디시인사이드 법무팀"),
    subject=enc(f"[디시인사이드] {R_DC} 관련 안내"),
    body=f"""
안녕하세요, 디시인사이드 법무팀입니다.

{R_DC} 요청 중 아래 게시물은 게시자 측에서 이의를 제기하여 현재 법무 검토 중입니다.
  · {D1}
  · {D2}
검토가 끝나는 대로 조치 여부를 회신드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="DC Inside legal team: posts under legal review after the poster objected",
    why="'under review' names the items but states no outcome",
    items={D1: "pending", D2: "pending"},
)

case(
    name="naver-pdf-gongmun",
    date="Thu, 12 Sep 2024 10:30:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책협력실"),
    subject=enc(f"[공문] 시정요구 조치결과 회신 ({R_NAVER})"),
    raw_mime=with_attachment(
        "nv_pdf_0912",
        f"""안녕하십니까, 네이버 정책협력실입니다.

{R_NAVER} 시정요구에 대한 조치결과 회신 공문을 첨부와 같이 송부합니다.
세부 조치 내역은 첨부 공문의 별지를 참고해 주시기 바랍니다.

네이버 정책협력실 드림""",
        "application/pdf", "naver_reply_KCSC-240902-01.pdf",
        tiny_pdf("NAVER policy reply, see annex table")),
    outcome="review", review="unreadable_attachment",
    imitates="NAVER 공문 sent as a PDF attachment with a covering note only",
    why="the results are only in the PDF attachment; the body states nothing",
    items={},
)

# ===== ignored ====================================================================
case(
    name="naver-ooo-chuseok",
    date="Mon, 16 Sep 2024 09:00:05 +0900",
    **{"from": "lee.seoyeon@navercorp.com"},
    name_from=enc("이서연"),
    subject=enc(f"[자동회신] Re: [{R_NAVER}] 시정요구 조치결과 문의"),
    reply_to_req=mid(R_NAVER),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body=f"""
안녕하세요. 이서연입니다.

추석 연휴로 9월 18일(수)까지 부재중입니다.
급한 시정요구 건은 정책협력실 대표 메일(policy@navercorp.com)로 보내주시기 바랍니다.

복귀 후 확인하여 회신드리겠습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply over the Chuseok holiday ([자동회신])",
    why="recognised auto-reply, names no item",
    items={},
)

case(
    name="kakao-ticket-receipt",
    date="Tue, 03 Sep 2024 11:00:41 +0900",
    **{"from": "cs-noreply@kakao.com"},
    name_from=enc("카카오 고객센터"),
    subject=enc("[카카오 고객센터] 문의가 정상적으로 접수되었습니다"),
    body=f"""
안녕하세요. 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

접수번호 : 2409-0311-77810
문의제목 : [{R_KAKAO}] 불법 도박 홍보 게시물 삭제 요청
접수일시 : 2024-09-03 11:00

답변은 영업일 기준 3일 이내에 이메일로 보내드립니다.
문의 내역은 카카오 고객센터(https://cs.kakao.com)에서 확인하실 수 있습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer-centre automatic ticket receipt (접수번호, 답변 예정 안내)",
    why="pure acknowledgement of receipt",
    items={},
)

case(
    name="dc-dsn-bounce",
    date="Thu, 05 Sep 2024 14:20:09 +0900",
    **{"from": "MAILER-DAEMON@mail.dcinside.com"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="5B2A01C3F7.1725513609/mail.dcinside.com"

This is a MIME-encapsulated message.

--5B2A01C3F7.1725513609/mail.dcinside.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<dcreport@dcinside.com>: unknown user: "dcreport"

--5B2A01C3F7.1725513609/mail.dcinside.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.dcinside.com
X-Postfix-Queue-ID: 5B2A01C3F7
Arrival-Date: Thu,  5 Sep 2024 14:20:08 +0900 (KST)

Final-Recipient: rfc822; dcreport@dcinside.com
Original-Recipient: rfc822;dcreport@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "dcreport"

--5B2A01C3F7.1725513609/mail.dcinside.com
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: dcreport@dcinside.com
Subject: [{R_DC}] =?utf-8?b?7Iuc7KCV7JqU6rWs?=
Date: Thu, 05 Sep 2024 14:20:00 +0900
Message-ID: <{mid(R_DC)}@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{REQ_TEXT_DC}
--5B2A01C3F7.1725513609/mail.dcinside.com--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (unknown user) returning the KCSC request with its URLs",
    why="a bounce; the URLs are only in the returned request",
    items={},
)

case(
    name="band-mdn-read",
    date="Fri, 06 Sep 2024 16:21:00 +0900",
    **{"from": "report@band.us"},
    name_from=enc("BAND 신고 담당"),
    subject=enc(f"읽음 확인: [{R_BAND}] 게시글 삭제 요청"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="mdn-7c1e-band"

--mdn-7c1e-band
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "[{R_BAND}] 게시글 삭제 요청"을(를)
2024-09-06 오후 4:20에 수신자가 읽었습니다.

--mdn-7c1e-band
Content-Type: message/disposition-notification

Reporting-UA: mail.band.us; Mailplug Webmail
Original-Recipient: rfc822;report@band.us
Final-Recipient: rfc822;report@band.us
Original-Message-ID: <{mid(R_BAND)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-7c1e-band--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (MDN, 읽음 확인)",
    why="a read receipt states nothing about items",
    items={},
)

case(
    name="youtube-report-received",
    date="Wed, 04 Sep 2024 09:41:30 +0900",
    **{"from": "no-reply@google.com"},
    name_from="Google Legal",
    subject=enc("YouTube 법적 신고가 접수되었습니다"),
    body=f"""
안녕하세요.

YouTube에 법적 신고를 제출해 주셔서 감사합니다. 신고가 접수되었으며 곧 검토를 시작합니다.

신고 ID: 8-1124000036915
참조: {R_YT}
신고된 URL:
{Y1}
{Y2}
{Y3}

검토가 완료되면 이 주소로 결과를 알려드리겠습니다. 이 메일에는 회신하지 마세요.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google/YouTube legal webform receipt echoing the reported URLs",
    why="pure receipt: the listed URLs are only what was reported, with no status",
    items={},
)

case(
    name="google-ooo-english",
    date="Thu, 05 Sep 2024 01:05:00 +0900",
    **{"from": "jkang@google.com"},
    name_from="Jiwon Kang",
    subject=f"Automatic reply: [{R_YT}] Legal removal request",
    reply_to_req=mid(R_YT),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""
Hi,

I'm out of the office until September 23 with limited access to email.
For urgent legal removal requests concerning YouTube in Korea, please use
https://support.google.com/legal/answer/3110420 or write to legal-kr@google.com.

Thanks,
Jiwon
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Gmail English out-of-office auto-reply from a Google employee",
    why="recognised auto-reply",
    items={},
)

case(
    name="kakao-bounce-mailbox-full",
    date="Tue, 10 Sep 2024 10:10:30 +0900",
    **{"from": "mailer-daemon@kakaocorp.com"},
    name_from="Mail Delivery Subsystem",
    subject="Mail delivery failed: returning message to sender",
    body=f"""
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  tistory-report@kakaocorp.com
    host mx.kakaocorp.com [203.0.113.25]
    SMTP error from remote mail server after RCPT TO:<tistory-report@kakaocorp.com>:
    552 5.2.2 Mailbox full

------ This is a copy of the message, including all the headers. ------

From: KCSC Takedown <takedown@kcsc.example>
To: tistory-report@kakaocorp.com
Subject: [{R_TISTORY}] 음란물 게시글 삭제 요청
Message-ID: <{mid(R_TISTORY)}@kcsc.example>

아래 게시글은 음란정보로 심의되어 삭제를 요청합니다.
{T1}
삭제 후 결과를 회신해 주십시오.
""",
    outcome="ignored", classification="bounce",
    imitates="Exim-style 'Mail delivery failed' bounce (mailbox full) quoting the request",
    why="a bounce; the only URL is in the returned request copy",
    items={},
)

HEADER = """# Blind set 449 (Korean portals): NAVER, Kakao/Daum, YouTube Korea,
# DC Inside and BAND writing in Korean. Written by tests/corpus/blind449/make.py
# before any run of the reader; do not edit by hand.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
