#!/usr/bin/env python3
"""Blind set 143: Korean-language replies from NAVER, Kakao/Daum, YouTube
Korea, DC Inside and BAND (공문-style replies, 임시조치 notices, 시정요구
조치결과 tables, informal operator replies, receipts, bounces, auto-replies).

Written from each email's meaning, before any run of the reader.
Deterministic: `python3 tests/corpus/blind143/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import datetime
import os
import quopri
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind143"

# ---------------------------------------------------------------- requests

def pct(url):
    """The form stored in requests.csv: non-ASCII path bytes percent-encoded."""
    return urllib.parse.quote(url, safe=":/?&=@%_-.~")


KO_CAFE_RAW = "https://cafe.daum.net/초록별모임/Fh3k/1182"

REQUESTS = [
    # ref, platform, sent, due, category, message_id, note, urls
    ("KCSC-240903-01", "naver", "2024-09-03T14:00:00+09:00", "2024-09-10T23:59:59+09:00",
     "illegal_finance", "req-240903-01@kcsc.example", "불법 리딩방·도박 홍보 일괄 시정요구", [
         "https://blog.naver.com/haneul_story77/223560011201",
         "https://blog.naver.com/haneul_story77/223560011245",
         "https://blog.naver.com/mintcloud_k/223561234870",
         "https://cafe.naver.com/jjangstocks/58213",
         "https://cafe.naver.com/jjangstocks/58240",
         "https://cafe.naver.com/jjangstocks/58302",
         "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=471230988",
         "https://post.naver.com/viewer/postView.naver?volumeNo=38120455&memberNo=5521907",
         "https://blog.naver.com/greenlamp_diary/223570098812",
         "https://cafe.naver.com/dalbitmarket/120455",
         "https://blog.naver.com/PostView.naver?blogId=nightowl_k3&logNo=223571100234",
         "https://tv.naver.com/v/58812034",
     ]),
    ("KCSC-240905-02", "kakao", "2024-09-05T11:30:00+09:00", "2024-09-12T23:59:59+09:00",
     "defamation", "req-240905-02@kcsc.example", "다음 카페·티스토리·브런치 명예훼손", [
         pct(KO_CAFE_RAW),
         "https://cafe.daum.net/stockroom99/bXr2/455",
         "https://gureumjip.tistory.com/312",
         "https://brunch.co.kr/@seoyun_w/87",
         "https://v.daum.net/v/20240902153012345",
     ]),
    ("KCSC-240909-03", "youtube", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00",
     "illegal_drugs", "req-240909-03@kcsc.example", "마약류 판매 광고 영상", [
         "https://www.youtube.com/watch?v=Qm3kT8vLx2A",
         "https://www.youtube.com/watch?v=bN7pR0wZs4E",
         "https://www.youtube.com/shorts/Xe5hJ2uKd9c",
         "https://www.youtube.com/watch?v=Lf0aY6tGm1Q",
     ]),
    ("KCSC-240910-04", "dcinside", "2024-09-10T15:00:00+09:00", "2024-09-17T23:59:59+09:00",
     "privacy", "req-240910-04@kcsc.example", "개인정보 노출 게시물", [
         "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912034",
         "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912577",
         "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=448120",
         "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=448391",
         "https://gall.dcinside.com/mini/board/view/?id=byeolbit&no=2210",
     ]),
    ("KCSC-240911-05", "band", "2024-09-11T09:40:00+09:00", "2024-09-18T23:59:59+09:00",
     "illegal_gambling", "req-240911-05@kcsc.example", "도박 사이트 홍보 밴드", [
         "https://band.us/band/81234567/post/1205",
         "https://band.us/band/81234567/post/1219",
         "https://band.us/band/90077123/post/88",
     ]),
    ("KCSC-240912-06", "naver", "2024-09-12T16:20:00+09:00", "2024-09-19T23:59:59+09:00",
     "obscene", "req-240912-06@kcsc.example", "음란물 유통 게시물", [
         "https://blog.naver.com/sora_pick/223580012345",
         "https://cafe.naver.com/bamgil/7730",
     ]),
    ("KCSC-240913-07", "kakao", "2024-09-13T10:10:00+09:00", "2024-09-20T23:59:59+09:00",
     "illegal_finance", "req-240913-07@kcsc.example", "카카오톡 채널 불법 대부 광고", [
         "https://pf.kakao.com/_xkQxbT/105338221",
     ]),
]

U = {}
for ref, *_rest, urls in REQUESTS:
    for i, u in enumerate(urls, 1):
        U[(ref[-2:], i)] = u


def u(req, i):
    return U[(req, i)]


# Short names: N = NAVER big request, K = Kakao, Y = YouTube, D = DC, B = BAND,
# S = NAVER small, P = Kakao channel (one item).
def N(i): return u("01", i)
def K(i): return u("02", i)
def Y(i): return u("03", i)
def D(i): return u("04", i)
def B(i): return u("05", i)
def S(i): return u("06", i)
def P(i): return u("07", i)


# ---------------------------------------------------------------- helpers

def date(day, hh, mm, ss=0):
    d = datetime.datetime(2024, 9, day, hh, mm, ss)
    return d.strftime("%a, %d %b %Y %H:%M:%S +0900")


def enc(s):
    """RFC 2047 B-encoding for a header text with non-ASCII characters."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode() + "?="


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode()
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def single(ctype, cte, body):
    if cte == "base64":
        payload = b64(body)
    elif cte == "quoted-printable":
        payload = qp(body)
    else:
        payload = body
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: {cte}\n\n{payload.strip(chr(10))}\n")


def multipart(subtype, boundary, parts, extra=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.strip("\n"))
        out.append("")
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


REQ_TEXT = {
    "06": f"""\
귀사 서비스에 게재된 아래 정보가 「정보통신망 이용촉진 및 정보보호 등에 관한
법률」 제44조의7에 따른 불법정보에 해당하여 시정요구(삭제)하오니
2024. 9. 19.까지 조치하고 그 결과를 회신하여 주시기 바랍니다.

1. {S(1)}
2. {S(2)}

방송통신심의위원회 통신심의국 (요청번호 KCSC-240912-06)""",
    "04": f"""\
귀사 서비스에 게재된 아래 게시물이 타인의 개인정보를 노출하고 있어
시정요구(삭제)하오니 2024. 9. 17.까지 조치 결과를 회신하여 주십시오.

1. {D(1)}
2. {D(2)}
3. {D(3)}
4. {D(4)}
5. {D(5)}

방송통신심의위원회 통신심의국 (요청번호 KCSC-240910-04)""",
}


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED

GONGMUN_RESULTS = ["삭제", "임시조치(30일)", "게시중단", "블라인드", "게시물 없음(작성자 삭제)",
                   "조치불가(운영정책 위반 없음, 게시 유지)", "삭제", "임시조치", "삭제",
                   "존재하지 않는 URL", "비공개 처리", "국내 접속 차단"]
_W = max(len(N(i)) for i in range(1, 13))
GONGMUN_TABLE = "\n".join(
    [f" 번호 | {'URL'.ljust(_W)} | 조치결과", "------+-" + "-" * _W + "-+-" + "-" * 28]
    + [f" {str(i).rjust(3)}  | {N(i).ljust(_W)} | {GONGMUN_RESULTS[i - 1]}" for i in range(1, 13)])


case(name="naver-gongmun-text-table-12", date=date(9, 17, 5),
     **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책협력팀"),
     subject=enc("[NAVER] 시정요구(KCSC-240903-01) 조치결과 회신"),
     reply_to_req="req-240903-01",
     body=f"""\
수    신 : 방송통신심의위원회 통신심의국장
참    조 : 불법정보 시정요구 담당자
제    목 : 시정요구(KCSC-240903-01)에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.

2. 귀 위원회에서 2024. 9. 3. 송부하신 시정요구(요청번호 KCSC-240903-01)와
   관련하여, 당사 서비스 내 해당 정보에 대한 조치결과를 아래와 같이 회신합니다.

                                - 아    래 -

{GONGMUN_TABLE}

3. 6번 게시물은 내부 검토 결과 당사 운영정책 및 관계 법령 위반 사항이 확인되지
   않아 게시를 유지하였음을 알려드립니다.

4. 기타 문의사항은 정책협력팀(policy@navercorp.com)으로 연락 주시기 바랍니다.  끝.

네이버 주식회사 정책협력팀장
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 공문-style 시정요구 조치결과 회신 with a plain-text 번호/URL/조치결과 table",
     why="item-level statuses for all 12 items of the largest request, from NAVER, authenticated",
     items={N(1): "removed", N(2): "restricted", N(3): "removed", N(4): "removed",
            N(5): "not_found", N(6): "rejected", N(7): "removed", N(8): "restricted",
            N(9): "removed", N(10): "not_found", N(11): "removed", N(12): "restricted"})

html_cafe = f"""\
<html><head><meta charset="utf-8"></head>
<body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 카페 운영팀입니다.</p>
<p>방송통신심의위원회 요청번호 <b>KCSC-240903-01</b> 중 카페 게시글에 대한 처리 결과를 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#03c75a;color:#fff"><th>게시글 주소</th><th>처리 결과</th><th>처리 일시</th></tr>
<tr><td><a href="{N(4)}">{N(4)}</a></td><td>블라인드 처리</td><td>2024.09.05 10:12</td></tr>
<tr><td><a href="{N(5)}">{N(5)}</a></td><td>게시중단</td><td>2024.09.05 10:14</td></tr>
<tr><td><a href="{N(6)}">{N(6)}</a></td><td>카페 운영원칙 위반 소지가 확인되지 않아 게시 유지</td><td>2024.09.05 10:20</td></tr>
<tr><td><a href="{N(10)}">{N(10)}</a></td><td>작성자가 이미 삭제한 게시글</td><td>-</td></tr>
</table>
<p>카페 운영원칙은 <a href="https://help.naver.com/service/5637/contents/10012">고객센터 도움말</a>에서 확인하실 수 있습니다.</p>
<p>감사합니다.<br>네이버 카페 운영팀 드림</p>
</body></html>"""

case(name="naver-cafe-html-table-qp", date=date(5, 11, 2),
     **{"from": "cafe_help@naver.com"}, name_from=enc("네이버 카페"),
     subject=enc("Re: [방송통신심의위원회] 시정요구 (KCSC-240903-01)"),
     reply_to_req="req-240903-01",
     raw_mime=single("text/html", "quoted-printable", html_cafe),
     outcome="applied", classification="confirmation",
     imitates="NAVER 카페 운영팀 HTML 처리 결과 안내 table (quoted-printable)",
     why="four cafe posts each with its own result in an HTML table; help link is not an item",
     items={N(4): "removed", N(5): "removed", N(6): "rejected", N(10): "not_found"})

csv_text = "\ufeff번호,URL,처리결과,처리일시\n" + "\n".join([
    f"7,{N(7)},삭제,2024-09-06 09:31",
    f"8,{N(8)},임시조치(30일),2024-09-06 09:35",
    f"9,{N(9)},삭제,2024-09-06 09:40",
    f"11,\"{N(11)}\",비공개 처리,2024-09-06 09:52",
]) + "\n"

case(name="naver-csv-attachment", date=date(6, 10, 30),
     **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책협력팀"),
     subject=enc("RE: 시정요구 조치결과 송부 (KCSC-240903-01, 일부)"),
     reply_to_req="req-240903-01",
     raw_mime=multipart("mixed", "=_nv_240906_csv", [
         single("text/plain", "8bit", """\
안녕하십니까, 네이버 정책협력팀입니다.

KCSC-240903-01 시정요구 건 중 블로그·지식iN·포스트 게시물 4건의 조치결과를
첨부 파일(CSV)로 송부드립니다. 나머지 건은 별도 회신드렸습니다.

감사합니다.
네이버 정책협력팀 드림"""),
         "Content-Type: text/csv; charset=utf-8; name=\"KCSC-240903-01_result.csv\"\n"
         "Content-Disposition: attachment; filename=\"KCSC-240903-01_result.csv\"\n"
         "Content-Transfer-Encoding: base64\n\n" + b64(csv_text),
     ]),
     outcome="applied", classification="confirmation",
     imitates="NAVER 정책협력팀 reply with a 조치결과 CSV attachment (UTF-8 with BOM)",
     why="CSV attachment states one result per requested URL",
     items={N(7): "removed", N(8): "restricted", N(9): "removed", N(11): "removed"})

case(name="naver-blog-informal-particle", date=date(4, 15, 48),
     **{"from": "blog_cs@naver.com"}, name_from=enc("네이버 블로그 고객센터"),
     subject=enc("[네이버 블로그] 문의하신 게시물 처리 결과 안내"),
     reply_to_req="req-240903-01",
     body=f"""\
안녕하세요, 네이버 블로그 고객센터입니다.

문의하신 게시물을 확인한 결과 아래와 같이 처리되었음을 안내드립니다.

{N(1)} 은 블로그 운영정책 위반(불법 금융 홍보)으로 블라인드 처리하였고,
{N(2)}는 작성자 본인이 이미 삭제하여 현재 존재하지 않는 게시물입니다.

추가로 궁금하신 점은 고객센터로 문의해 주세요.
고맙습니다.

네이버 블로그 고객센터 드림
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 블로그 고객센터 informal 처리 결과 안내, URL followed by Korean particles",
     why="one post blinded (removed), the other deleted by its author (not_found); particle 는 glued to the second URL",
     items={N(1): "removed", N(2): "not_found"})

case(name="naver-tv-kr-access-blocked", date=date(5, 18, 22),
     **{"from": "tv_help@navercorp.com"}, name_from=enc("네이버TV 운영팀"),
     subject=enc("네이버TV 동영상 조치 안내 (KCSC-240903-01)"),
     body=f"""\
안녕하세요. 네이버TV 운영팀입니다.

귀 위원회의 요청에 따라 아래 동영상은 관계 법령에 근거하여 대한민국 내에서
접속할 수 없도록 접근 제한 조치하였습니다.
https://tv.naver.com/v/58812034

해외에서의 노출은 해당 국가 법령 및 당사 정책에 따라 별도로 판단됩니다.
운영정책 안내: https://tv.naver.com/policy/operation

네이버TV 운영팀
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER TV country-restriction notice (국내 접근 제한), URL on the line below its statement",
     why="the video is blocked in Korea only: restricted; the policy page is not an item",
     items={N(12): "restricted"})

case(name="naver-small-bare-url-status-below", date=date(13, 11, 7),
     **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책협력팀"),
     subject=enc("[처리결과] KCSC-240912-06"),
     reply_to_req="req-240912-06",
     body=f"""\
[처리결과 안내] 요청번호 KCSC-240912-06

{S(1)}
→ 게시중단 완료 (2024.09.13 10:20)

{S(2)}
→ 임시조치 (30일간 열람 제한, 게시자 이의제기 가능)

문의: 네이버 정책협력팀 policy@navercorp.com
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER short 처리결과 안내 with bare URL lines and the result on the line below",
     why="each URL is followed by its own result line: 게시중단 = removed, 임시조치 = restricted",
     items={S(1): "removed", S(2): "restricted"})

case(name="naver-outlook-toppost-rejected", date=date(14, 9, 41),
     **{"from": "jiwon.park@navercorp.com"}, name_from=enc("박지원"),
     subject=enc("RE: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240912-06)"),
     reply_to_req="req-240912-06",
     body=f"""\
안녕하세요, 네이버 정책협력팀 박지원입니다.

요청 주신 2건 검토 결과 회신드립니다.
블로그 게시물 {S(1)} 은 어제 게시중단 처리했습니다.
카페 게시물 {S(2)} 은 성인 인증이 적용된 카페 내 게시물로,
내용 확인 결과 음란물에 해당한다고 보기 어려워 조치하지 않았습니다(게시 유지).

이견이 있으시면 심의 의결서를 보내주시면 재검토하겠습니다.

박지원 드림
네이버 정책협력팀 | 031-000-0000

-----Original Message-----
From: 방송통신심의위원회 <takedown@kcsc.example>
Sent: Thursday, September 12, 2024 4:20 PM
To: policy@navercorp.com
Subject: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240912-06)

{REQ_TEXT["06"]}
""",
     outcome="applied", classification="confirmation",
     imitates="Outlook top-posted reply from a NAVER staff member over the quoted 시정요구",
     why="one post taken down, the other kept with a stated reason; the quoted request below says nothing",
     items={S(1): "removed", S(2): "rejected"})

case(name="kakao-imsijochi-korean-url", date=date(6, 14, 0),
     **{"from": "right@kakaocorp.com"}, name_from=enc("카카오 권리침해신고센터"),
     subject=enc("[Daum] 게시물 임시조치 안내 (KCSC-240905-02)"),
     reply_to_req="req-240905-02",
     body=f"""\
안녕하세요. 카카오 권리침해신고센터입니다.

귀 위원회에서 요청하신 다음 카페 게시글
{KO_CAFE_RAW} 에 대하여 「정보통신망법」 제44조의2 제4항에
따라 2024년 9월 6일부터 30일간 임시조치(게시물 접근 차단)하였음을 알려드립니다.

임시조치 기간 중 게시자의 복원 요청이 없으면 해당 게시물은 삭제됩니다.

※ 본 메일은 발신 전용입니다. 문의는 고객센터(cs.kakao.com)를 이용해 주세요.

카카오 권리침해신고센터
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao/Daum 권리침해신고센터 30일 임시조치 notice, raw Korean-path cafe URL",
     why="임시조치 = restricted; 'deleted if no restore request' is a future condition and changes nothing",
     items={K(1): "restricted"})

html_kakao = f"""\
<html><body>
<p>방송통신심의위원회 귀중</p>
<p>시정요구(요청번호 KCSC-240905-02)에 대한 조치 결과를 아래와 같이 알려드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<thead><tr><th>No.</th><th>서비스</th><th>URL</th><th>조치 결과</th></tr></thead>
<tbody>
<tr><td>1</td><td>다음카페</td><td><a href="{K(1)}">{KO_CAFE_RAW}</a></td><td>삭제</td></tr>
<tr><td>2</td><td>다음카페</td><td><a href="{K(2)}">{K(2)}</a></td><td>블라인드</td></tr>
<tr><td>3</td><td>티스토리</td><td><a href="{K(3)}">{K(3)}</a></td><td>비공개 전환</td></tr>
<tr><td>4</td><td>브런치</td><td><a href="{K(4)}">{K(4)}</a></td><td>게시물 없음</td></tr>
<tr><td>5</td><td>다음뉴스</td><td><a href="{K(5)}">{K(5)}</a></td><td>위반 사항 없음(유지)</td></tr>
</tbody></table>
<p>주식회사 카카오 Trust&amp;Safety팀</p>
</body></html>"""

case(name="kakao-html-table-all5-base64", date=date(9, 10, 15),
     **{"from": "safety@kakaocorp.com"}, name_from=enc("카카오 Trust&Safety"),
     subject=enc("[카카오] 시정요구 조치결과 통보 (KCSC-240905-02)"),
     reply_to_req="req-240905-02",
     raw_mime=single("text/html", "base64", html_kakao),
     outcome="applied", classification="confirmation",
     imitates="Kakao 시정요구 조치결과 통보 as a base64 HTML table (No./서비스/URL/조치 결과)",
     why="all five items with their own results; the Korean cafe URL is shown raw and linked percent-encoded",
     items={K(1): "removed", K(2): "removed", K(3): "removed", K(4): "not_found", K(5): "rejected"})

case(name="kakao-tistory-brunch-prose", date=date(6, 17, 33),
     **{"from": "noreply@kakao.com"}, name_from=enc("카카오 고객센터"),
     subject=enc("[카카오 고객센터] 신고 처리 결과 안내"),
     reply_to_req="req-240905-02",
     body=f"""\
안녕하세요, 카카오 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물의 처리 결과를 안내드립니다.

티스토리 블로그 게시글 {K(3)} 는 운영정책 위반(특정인 비방)으로
삭제 조치되었습니다.

브런치 글 {K(4)} 은 확인 결과 작가가 이미 삭제하여
존재하지 않는 페이지입니다.

더 나은 서비스를 위해 노력하겠습니다.
카카오 고객센터 드림
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao 고객센터 신고 처리 결과 안내 prose (Tistory/brunch)",
     why="Tistory post deleted (removed); brunch post already deleted by its author (not_found)",
     items={K(3): "removed", K(4): "not_found"})

case(name="kakao-channel-sole-item", date=date(14, 16, 2),
     **{"from": "right@kakaocorp.com"}, name_from=enc("카카오 권리침해신고센터"),
     subject=enc("Re: 시정요구 KCSC-240913-07 조치 완료"),
     reply_to_req="req-240913-07",
     body="""\
안녕하세요. 카카오입니다.

요청하신 카카오톡 채널 게시물(요청번호 KCSC-240913-07)은 관계 법령 및
카카오 운영정책 위반이 확인되어 2024. 9. 14. 삭제 조치를 완료하였습니다.

감사합니다.
카카오 권리침해신고센터
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao short 조치 완료 reply naming the request number but not the URL",
     why="the request has one item; an unhedged deletion of 'the requested post' applies to it",
     items={P(1): "removed"})

case(name="kakao-daum-news-refusal", date=date(10, 11, 20),
     **{"from": "news_help@daum.net"}, name_from=enc("다음뉴스 고객센터"),
     subject=enc("다음뉴스 기사 삭제 요청 건 회신 (KCSC-240905-02)"),
     reply_to_req="req-240905-02",
     body=f"""\
안녕하세요. 다음뉴스 고객센터입니다.

요청하신 기사 {K(5)} 는 제휴 언론사가 작성하고
관리하는 기사로, 다음뉴스는 언론사의 기사 내용을 임의로 수정하거나 삭제하지
않습니다. 따라서 해당 기사는 현재 그대로 게시되어 있으며 당사 차원의 조치는
하지 않았습니다.

기사 삭제 또는 정정은 해당 언론사나 언론중재위원회를 통해 요청해 주시기 바랍니다.

다음뉴스 고객센터
""",
     outcome="applied", classification="confirmation",
     imitates="Daum News refusal: partner press articles are not deleted by the portal",
     why="a clear refusal with its reason; the article stays up: rejected",
     items={K(5): "rejected"})

case(name="youtube-kr-legal-geo-and-removed", date=date(11, 8, 55),
     **{"from": "legal-kr-noreply@google.com"}, name_from=enc("YouTube 법무 지원팀"),
     subject=enc("YouTube 법적 요청 처리 결과 [KCSC-240909-03]"),
     reply_to_req="req-240909-03",
     body=f"""\
안녕하세요.

YouTube에 법적 요청을 보내주셔서 감사합니다. 검토 결과를 다음과 같이 알려드립니다.

다음 콘텐츠는 현지 법률에 따라 대한민국에서 액세스가 차단되었습니다.
  - {Y(1)}
  - {Y(2)}

다음 콘텐츠는 YouTube 커뮤니티 가이드 위반으로 YouTube에서 삭제되었습니다.
  - {Y(3)}

YouTube의 법적 정책에 대한 자세한 내용은 https://support.google.com/youtube/answer/6154230 을
참고하시기 바랍니다.

YouTube 법무 지원팀
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube Korean legal-request outcome email: 'access restricted in South Korea' / 'removed for Community Guidelines'",
     why="two videos blocked in Korea (restricted), one short removed globally",
     items={Y(1): "restricted", Y(2): "restricted", Y(3): "removed"})

case(name="youtube-english-with-korean-translation", date=date(12, 3, 14),
     **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
     subject="Re: Legal request KCSC-240909-03",
     reply_to_req="req-240909-03",
     body=f"""\
Hello,

Thanks for reaching out to YouTube.

After review, we have removed the following video from YouTube for violating our
Community Guidelines:
{Y(1)}

We could not find any video at the following URL. The video ID does not exist on
YouTube, so no action could be taken:
{Y(4)}

Regards,
The YouTube Legal Team

---------- 한국어 ----------
검토 결과, {Y(1)} 동영상은 커뮤니티 가이드 위반으로 삭제되었습니다.
{Y(4)} 에는 존재하는 동영상이 없어 조치할 수 없었습니다.
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube Legal Support English outcome email with a Korean translation block",
     why="one video removed, one URL pointing to no video (not_found); both languages agree",
     items={Y(1): "removed", Y(4): "not_found"})

case(name="youtube-age-restriction-fullwidth-colon", date=date(13, 19, 30),
     **{"from": "legal-kr-noreply@google.com"}, name_from=enc("YouTube 법무 지원팀"),
     subject=enc("[YouTube] 신고하신 콘텐츠 검토 결과"),
     reply_to_req="req-240909-03",
     body=f"""\
안녕하세요, YouTube 팀입니다.

요청번호 KCSC-240909-03 에 포함된 콘텐츠 중 2건의 검토 결과입니다.

■ {Y(3)}：연령 제한 적용 (만 18세 미만 및 로그아웃 사용자 시청 불가)
■ {Y(4)}：검토 결과 YouTube 정책 및 현지 법률 위반이 확인되지 않아 조치하지 않음

결정에 대해 추가 정보를 제공하시려면 이 메일에 회신해 주세요.

YouTube 팀
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube Korea review result with age restriction and a no-violation decision, full-width colons",
     why="the short is age-restricted (restricted); the video was reviewed and left up (rejected)",
     items={Y(3): "restricted", Y(4): "rejected"})

case(name="dc-operator-informal-two", date=date(10, 18, 12),
     **{"from": "helpdesk@dcinside.com"}, name_from=enc("디시인사이드 운영팀"),
     subject=enc("Re: [방송통신심의위원회] 개인정보 노출 게시물 시정요구 (KCSC-240910-04)"),
     reply_to_req="req-240910-04",
     body=f"""\
안녕하세요 디시인사이드 운영팀입니다.

요청주신 글 확인했고요, 우선 아래 두 건은 삭제했습니다.
- {D(1)}
- {D(2)}

작성자 IP도 같이 차단해 두었습니다.
나머지 건은 갤러리 쪽 확인하고 다시 연락드리겠습니다.

수고하세요.
디시인사이드 운영팀
""",
     outcome="applied", classification="confirmation",
     imitates="DC Inside operator's informal reply with a bulleted list of deleted posts",
     why="two named posts deleted; 'the rest later' names nothing and changes nothing",
     items={D(1): "removed", D(2): "removed"})

case(name="dc-numbered-list-all5", date=date(12, 14, 40),
     **{"from": "helpdesk@dcinside.com"}, name_from=enc("디시인사이드 운영팀"),
     subject=enc("[디시인사이드] 시정요구 처리결과 (KCSC-240910-04)"),
     reply_to_req="req-240910-04",
     body=f"""\
방송통신심의위원회 담당자님께,

요청번호 KCSC-240910-04 처리결과 회신드립니다.

1. {D(1)}
   - 삭제 완료
2. {D(2)}
   - 삭제 완료
3. {D(3)}
   - 이미 삭제된 게시물 (작성자 삭제)
4. {D(4)}
   - 개인정보 노출 여부 확인되지 않아 게시 유지
5. {D(5)}
   - 삭제 완료, 작성자 이용 차단

이상입니다.
(주)디시인사이드 운영팀
""",
     outcome="applied", classification="confirmation",
     imitates="DC Inside 처리결과 as a numbered list with each result on the line below the URL",
     why="five results, one per numbered URL: removed, removed, not_found, rejected, removed",
     items={D(1): "removed", D(2): "removed", D(3): "not_found", D(4): "rejected", D(5): "removed"})

case(name="dc-angle-brackets-fullwidth", date=date(11, 13, 3),
     **{"from": "report@dcinside.com"}, name_from=enc("디시인사이드 신고센터"),
     subject=enc("디시인사이드 신고센터 처리 안내"),
     reply_to_req="req-240910-04",
     body=f"""\
안녕하세요. 디시인사이드 신고센터입니다.

귀 위원회의 요청 건 중 아래 게시물은 삭제 처리되었습니다（2건）：
<{D(3)}>
<{D(5)}>

아래 게시물은 존재하지 않는 게시물로 확인됩니다：
<{D(4)}>

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="DC Inside 신고센터 notice with URLs in angle brackets under full-width-colon headings",
     why="two posts deleted under the first heading, one does not exist under the second",
     items={D(3): "removed", D(5): "removed", D(4): "not_found"})

case(name="dc-gmail-quoted-request", date=date(11, 9, 2),
     **{"from": "kim.mod@dcinside.com"}, name_from=enc("김민호"),
     subject=enc("Re: [방송통신심의위원회] 개인정보 노출 게시물 시정요구 (KCSC-240910-04)"),
     reply_to_req="req-240910-04",
     body=f"""\
안녕하세요. 디시 운영팀 김민호입니다.
{D(2)} 글은 방금 삭제했습니다.
다른 글들은 담당 매니저와 확인 중이라 조금만 기다려 주세요.

2024년 9월 10일 (화) 오후 3:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{quoted(REQ_TEXT["04"])}
""",
     outcome="applied", classification="confirmation",
     imitates="Gmail-style Korean reply (…님이 작성:) over the quoted request",
     why="only the one URL in the reply is deleted; the quoted list and 'checking the others' change nothing",
     items={D(2): "removed"})

case(name="band-prose-three", date=date(12, 10, 5),
     **{"from": "policy@band.us"}, name_from=enc("BAND 운영정책팀"),
     subject=enc("[BAND] 시정요구 처리 결과 안내 (KCSC-240911-05)"),
     reply_to_req="req-240911-05",
     body=f"""\
안녕하세요. BAND 운영정책팀입니다.

요청하신 게시글 중 {B(1)} 와
{B(2)} 는 운영정책 위반(불법 도박 홍보)으로 삭제했습니다.

{B(3)} 은 밴드 리더가 이미 밴드를 삭제하여 게시글을 찾을 수 없습니다.

BAND 운영정책팀 드림
""",
     outcome="applied", classification="confirmation",
     imitates="BAND 운영정책팀 처리 결과 prose",
     why="two posts deleted; the third cannot be found because its band was deleted by its leader",
     items={B(1): "removed", B(2): "removed", B(3): "not_found"})

case(name="naver-wrapped-postview-url", date=date(7, 9, 12),
     **{"from": "blog_cs@naver.com"}, name_from=enc("네이버 블로그 고객센터"),
     subject=enc("Re: 블로그 게시물 조치 요청 (KCSC-240903-01)"),
     reply_to_req="req-240903-01",
     body=f"""\
안녕하세요, 네이버 블로그 고객센터입니다.

요청하신 게시물 중 아래 2건을 블라인드 처리하였습니다.

{N(9)}
https://blog.naver.com/PostView.naver?blogId=nightowl_k3&
logNo=223571100234

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER blog support reply whose long PostView URL was wrapped by the sender's mail client",
     why="both posts blinded (removed); the second URL is wrapped after '&' and a clerk reads it whole",
     items={N(9): "removed", N(11): "removed"})

gongmun_b64 = f"""\
네 이 버 주 식 회 사

문서번호 : 정책협력-2024-0917
시행일자 : 2024. 9. 6.
수    신 : 방송통신심의위원회 통신심의국
제    목 : 불법정보 시정요구에 대한 조치결과 통보

1. 관련: 방송통신심의위원회 시정요구(KCSC-240903-01, 2024. 9. 3.)
2. 위 관련 시정요구 중 아래 정보에 대하여 다음과 같이 조치하였음을 통보합니다.

  가. {N(3)}
      - 조치내용: 게시중단
  나. {N(9)}
      - 조치내용: 임시조치(30일, 접근 차단)

3. 나머지 정보에 대한 조치결과는 별도 통보 예정입니다.  끝.

네이버 주식회사 대표이사 (직인생략)
"""

case(name="naver-gongmun-base64", date=date(6, 16, 45),
     **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책협력팀"),
     subject=enc("[공문] 불법정보 시정요구에 대한 조치결과 통보"),
     raw_mime=single("text/plain", "base64", gongmun_b64),
     outcome="applied", classification="confirmation",
     imitates="NAVER 공문 (문서번호/시행일자/수신/제목, 가. 나. items) sent as a base64 text body",
     why="two items with their own 조치내용: 게시중단 = removed, 임시조치 = restricted; 'rest later' changes nothing",
     items={N(3): "removed", N(9): "restricted"})

html_yt = f"""\
<html><body style="font-family:Roboto,Arial,sans-serif">
<p>안녕하세요,</p>
<p>요청번호 KCSC-240909-03 에 대한 YouTube의 조치 결과는 다음과 같습니다.</p>
<table style="border:1px solid #ccc" cellpadding="6">
<tr><th align="left">콘텐츠 URL</th><th align="left">조치</th></tr>
<tr><td>{Y(1)}</td><td>대한민국에서 차단됨</td></tr>
<tr><td>{Y(2)}</td><td>삭제됨 (YouTube 정책 위반)</td></tr>
</table>
<p>이 결정에 대한 문의는 <a href="https://support.google.com/legal/contact/lr_legalother?product=youtube&amp;hl=ko">법적 문의 양식</a>을 이용해 주세요.</p>
<p>감사합니다.<br>YouTube 법무팀</p>
</body></html>"""

case(name="youtube-html-table-qp", date=date(10, 22, 8),
     **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube Legal",
     subject=enc("YouTube 조치 결과 안내"),
     reply_to_req="req-240909-03",
     raw_mime=multipart("alternative", "yt-alt-0910", [
         single("text/plain", "quoted-printable",
                "요청번호 KCSC-240909-03 에 대한 YouTube의 조치 결과는 HTML 버전의 표를 확인해 주세요.\n\nYouTube 법무팀"),
         single("text/html", "quoted-printable", html_yt),
     ]),
     outcome="applied", classification="confirmation",
     imitates="YouTube 조치 결과 HTML table (multipart/alternative, quoted-printable)",
     why="one video blocked in Korea (restricted), one removed; the legal form link is not an item",
     items={Y(1): "restricted", Y(2): "removed"})

case(name="naver-echoed-report", date=date(5, 13, 27),
     **{"from": "report_noreply@naver.com"}, name_from=enc("네이버 신고센터"),
     subject=enc("[네이버 신고센터] 신고 처리 결과 안내"),
     reply_to_req="req-240903-01",
     body=f"""\
네이버 신고센터입니다. 신고하신 내용의 처리 결과를 알려드립니다.

[신고 내용]
신고 URL  : {N(4)}
신고 사유 : 불법 금융투자(리딩방) 홍보
[처리 결과] 게시중단

[신고 내용]
신고 URL  : {N(5)}
신고 사유 : 불법 금융투자(리딩방) 홍보
[처리 결과] 해당 게시물 없음 (이미 삭제된 게시물)

※ 본 메일은 발신전용입니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 신고센터 result mail echoing each report (신고 URL / 신고 사유 / 처리 결과)",
     why="each echoed report carries its own result: removed and not_found",
     items={N(4): "removed", N(5): "not_found"})

case(name="kakao-receipt-plus-statement", date=date(6, 9, 58),
     **{"from": "cafe_cs@daum.net"}, name_from=enc("다음카페 고객센터"),
     subject=enc("[다음카페] 요청 접수 및 처리 안내 (DK-240906-5531)"),
     reply_to_req="req-240905-02",
     body=f"""\
안녕하세요. 다음카페 고객센터입니다.

귀 위원회의 요청이 정상적으로 접수되었습니다. (접수번호 DK-240906-5531)

확인 결과 {K(2)} 게시글은 카페 운영정책
위반(특정인 비방)으로 삭제하였습니다.

다른 요청 게시물은 담당 부서에서 별도로 안내드릴 예정입니다.

다음카페 고객센터
""",
     outcome="applied", classification="confirmation",
     imitates="Daum cafe 접수 및 처리 안내: receipt wording plus a result",
     why="a receipt phrase plus an unhedged deletion of a named post is a confirmation",
     items={K(2): "removed"})

case(name="band-private-by-operator", date=date(13, 15, 15),
     **{"from": "help@band.us"}, name_from=enc("BAND 고객센터"),
     subject=enc("Re: 밴드 게시글 조치 요청 (KCSC-240911-05)"),
     reply_to_req="req-240911-05",
     body=f"""\
안녕하세요, BAND 고객센터입니다.

요청하신 게시글 {B(3)} 은
운영자 권한으로 비공개 처리하여 현재 밴드 멤버를 포함한 누구도 볼 수 없습니다.

BAND 고객센터 드림
""",
     outcome="applied", classification="confirmation",
     imitates="BAND 고객센터 reply: post made private by the operator",
     why="비공개 처리 so that nobody can see it: removed",
     items={B(3): "removed"})

# ================================================================ REVIEW

case(name="naver-promise-sequential", date=date(4, 11, 30),
     **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책협력팀"),
     subject=enc("Re: [방송통신심의위원회] 시정요구 (KCSC-240903-01)"),
     reply_to_req="req-240903-01",
     body=f"""\
안녕하십니까, 네이버 정책협력팀입니다.

말씀하신 게시물 {N(1)} 및
{N(3)} 은 내부 검토를 거쳐 순차적으로
게시중단할 예정입니다. 조치가 완료되는 대로 결과를 회신드리겠습니다.

감사합니다.
""",
     outcome="review", review="not_understood", classification="confirmation",
     imitates="NAVER 'will take down in turn after internal review' interim reply",
     why="a promise ('예정입니다'), not a statement: items stay pending, email names them",
     items={N(1): "pending", N(3): "pending"})

case(name="kakao-hedge-appears-deleted", date=date(7, 13, 20),
     **{"from": "noreply@kakao.com"}, name_from=enc("카카오 고객센터"),
     subject=enc("[카카오 고객센터] 문의 답변"),
     reply_to_req="req-240905-02",
     body=f"""\
안녕하세요, 카카오 고객센터입니다.

문의하신 브런치 글 {K(4)} 은 작가가 이미 삭제한 것으로
보입니다. 정확한 확인을 위해 담당 부서에서 내부 기록을 조회하고 있으니
조금만 기다려 주세요.

카카오 고객센터 드림
""",
     outcome="review", review="not_understood", classification="confirmation",
     imitates="Kakao 고객센터 hedged answer ('…삭제한 것으로 보입니다', still checking)",
     why="a hedge ('appears to have been deleted') while still checking: not a statement",
     items={K(4): "pending"})

case(name="naver-bulk-all-twelve", date=date(10, 17, 50),
     **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책협력팀"),
     subject=enc("[NAVER] KCSC-240903-01 조치 완료"),
     reply_to_req="req-240903-01",
     body="""\
안녕하십니까.

귀 위원회의 시정요구(KCSC-240903-01) 관련 게시물 12건에 대하여 모두 삭제
조치를 완료하였음을 알려드립니다.

네이버 정책협력팀 드림
""",
     outcome="review", review="bulk", classification="confirmation",
     imitates="NAVER one-line 'all 12 posts deleted' completion notice",
     why="a statement about all items of a 12-item request without naming each: bulk",
     items={url: "pending" for url in REQUESTS[0][7]})

case(name="dc-bulk-all-deleted", date=date(13, 10, 1),
     **{"from": "helpdesk@dcinside.com"}, name_from=enc("디시인사이드 운영팀"),
     subject=enc("Re: [방송통신심의위원회] 개인정보 노출 게시물 시정요구 (KCSC-240910-04)"),
     reply_to_req="req-240910-04",
     body="""\
안녕하세요 디시인사이드입니다.
신고해주신 게시물은 모두 삭제했습니다. 확인 부탁드립니다.
""",
     outcome="review", review="bulk", classification="confirmation",
     imitates="DC Inside terse 'all reported posts deleted' reply",
     why="'all reported posts deleted' for a five-item request, naming none: bulk",
     items={D(i): "pending" for i in range(1, 6)})

case(name="naver-dkim-fail-spoof", date=date(13, 8, 0), auth="fail",
     **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책협력팀"),
     subject=enc("[처리결과] KCSC-240912-06 삭제 완료"),
     reply_to_req="req-240912-06",
     body=f"""\
요청번호 KCSC-240912-06 의 게시물 2건을 삭제하였습니다.

{S(1)} - 삭제
{S(2)} - 삭제

네이버 정책협력팀
""",
     outcome="review", review="untrusted",
     imitates="NAVER-looking 처리결과 mail failing DKIM/SPF/DMARC",
     why="From navercorp.com but authentication fails: statements not applied",
     items={S(1): "pending", S(2): "pending"})

case(name="hanmail-blogger-says-deleted", date=date(7, 22, 40),
     **{"from": "gureumjip@hanmail.net"}, name_from=enc("구름집"),
     subject=enc("글 삭제했습니다 (KCSC-240905-02)"),
     body=f"""\
안녕하세요. 티스토리 '구름집' 블로그 운영자입니다.
카카오에서 안내 메일을 받고 연락드립니다.

문제가 된 제 글 {K(3)} 는 오늘 제가 직접 삭제했습니다.
앞으로 주의하겠습니다.
""",
     outcome="review", review="unknown_sender",
     imitates="a blogger writing from a personal Daum mail address that they deleted their post",
     why="hanmail.net is no platform's sender domain (the author, not Kakao): unknown_sender",
     items={K(3): "pending"})

case(name="naver-corp-about-band-posts", date=date(12, 18, 0),
     **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책협력팀"),
     subject=enc("밴드 게시글 조치 결과 (KCSC-240911-05)"),
     body=f"""\
안녕하십니까, 네이버 정책협력팀입니다.

BAND 서비스 관련 요청(KCSC-240911-05) 중 아래 게시글 2건은 삭제 완료되었음을
관계사를 대신하여 알려드립니다.

{B(1)}
{B(2)}

네이버 정책협력팀
""",
     outcome="review", review="wrong_platform", classification="confirmation",
     imitates="NAVER corporate policy team answering for the BAND service on its behalf",
     why="NAVER's domain states statuses for items of the band platform: wrong_platform",
     items={B(1): "pending", B(2): "pending"})

case(name="kakao-asks-for-resolution", date=date(14, 10, 25),
     **{"from": "right@kakaocorp.com"}, name_from=enc("카카오 권리침해신고센터"),
     subject=enc("[카카오] 시정요구 관련 자료 요청 (KCSC-240913-07)"),
     reply_to_req="req-240913-07",
     body=f"""\
안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 카카오톡 채널 게시물 {P(1)} 에 대한
조치 검토를 위해 아래 자료를 회신해 주시기 바랍니다.

 1) 심의 의결서 사본
 2) 위법 근거 조항 및 위반 내용 요약

자료가 확인되는 대로 검토를 진행하겠습니다.

카카오 권리침해신고센터
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="Kakao request for the 심의 의결서 and legal basis before acting",
     why="the platform asks for documents before it acts: asks_more, item pending",
     items={P(1): "pending"})

case(name="youtube-under-review", date=date(10, 6, 40),
     **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
     subject="Re: Legal request KCSC-240909-03 [ref:0924KR3318]",
     reply_to_req="req-240909-03",
     body=f"""\
Hello,

Your request regarding the following content is currently under review by our
legal team:

{Y(1)}
{Y(2)}

We will get back to you once a decision has been made.

(한국어) 요청하신 위 콘텐츠는 현재 법무팀에서 검토 중입니다. 결정이 내려지면
다시 연락드리겠습니다.

The YouTube Legal Team
""",
     outcome="review", review="not_understood", classification="confirmation",
     imitates="YouTube 'currently under review' interim reply naming the videos, English and Korean",
     why="'under review' is not a statement; the email names two requested videos",
     items={Y(1): "pending", Y(2): "pending"})

case(name="naver-contact-change-notice", date=date(9, 9, 0),
     **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책협력팀"),
     subject=enc("[안내] 정책협력 담당자 변경 안내"),
     body="""\
안녕하십니까, 네이버 정책협력팀입니다.

2024년 9월 9일부로 방송통신심의위원회 협력 담당자가 아래와 같이 변경되었음을
알려드립니다.

 - 변경 전: 이서연 매니저
 - 변경 후: 박지원 매니저 (policy@navercorp.com, 031-000-0000)

앞으로도 원활한 협조 부탁드립니다.

네이버 정책협력팀 드림
""",
     outcome="review", review="no_claims",
     imitates="NAVER notice that the liaison contact person has changed",
     why="trusted NAVER mail naming no item and no request: no_claims",
     items={})

case(name="band-leader-condition", date=date(13, 17, 44),
     **{"from": "policy@band.us"}, name_from=enc("BAND 운영정책팀"),
     subject=enc("Re: [방송통신심의위원회] 시정요구 (KCSC-240911-05)"),
     reply_to_req="req-240911-05",
     body=f"""\
안녕하세요. BAND 운영정책팀입니다.

게시글 {B(2)} 에 대해서는 밴드 리더에게
소명 요청을 하였으며, 2024년 9월 20일까지 소명하지 않을 경우 삭제될 예정입니다.

결과는 기한 이후 다시 안내드리겠습니다.
BAND 운영정책팀
""",
     outcome="review", review="not_understood", classification="confirmation",
     imitates="BAND notice that a post will be deleted unless the band leader explains by a deadline",
     why="a condition and a future deletion, not a statement: pending, named",
     items={B(2): "pending"})

# ================================================================ IGNORED

case(name="naver-out-of-office", date=date(4, 8, 0),
     **{"from": "seoyeon.lee@navercorp.com"}, name_from=enc("이서연"),
     subject=enc("[자동회신] Re: [방송통신심의위원회] 시정요구 (KCSC-240903-01)"),
     reply_to_req="req-240903-01",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""\
안녕하세요. 이서연입니다.

9월 4일(수)부터 9월 6일(금)까지 교육 참석으로 메일 확인이 어렵습니다.
급한 용무는 정책협력팀 대표 메일(policy@navercorp.com)로 연락 부탁드립니다.

감사합니다.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook Korean out-of-office (자동회신) from a NAVER employee",
     why="an auto-reply: nothing to record",
     items={})

dsn_text = """\
This is the mail system at host mx3.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-team@kakaocorp.com>: host mbox.kakaocorp.com[192.0.2.45] said: 550 5.1.1
    <legal-team@kakaocorp.com>: Recipient address rejected: User unknown
"""
dsn_status = """\
Reporting-MTA: dns; mx3.kakaocorp.com
Arrival-Date: Thu,  5 Sep 2024 11:30:04 +0900 (KST)

Final-Recipient: rfc822; legal-team@kakaocorp.com
Original-Recipient: rfc822;legal-team@kakaocorp.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mbox.kakaocorp.com
Diagnostic-Code: smtp; 550 5.1.1 <legal-team@kakaocorp.com>: Recipient address
    rejected: User unknown
"""
dsn_orig = f"""\
From: KCSC Takedown <takedown@kcsc.example>
To: legal-team@kakaocorp.com
Subject: {enc("[방송통신심의위원회] 시정요구 (KCSC-240905-02)")}
Date: Thu, 05 Sep 2024 11:30:00 +0900
Message-ID: <req-240905-02@kcsc.example>
"""

case(name="kakao-dsn-user-unknown", date=date(5, 11, 30, 5),
     **{"from": "MAILER-DAEMON@kakaocorp.com"}, name_from="Mail Delivery System",
     subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=multipart("report", "DSN.240905.113005", [
         "Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n" + dsn_text,
         "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n" + dsn_status,
         "Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n" + dsn_orig,
     ], extra='; report-type=delivery-status'),
     outcome="ignored", classification="bounce",
     imitates="Postfix DSN (550 5.1.1 user unknown) for our request to a wrong Kakao address",
     why="a delivery failure report: ignored",
     items={})

mdn_text = """\
This is a receipt for the mail you sent to
<legal-kr@google.com>

Note: This receipt only acknowledges that the message was displayed on the
recipient's computer. There is no guarantee that the content has been read or
understood.
"""
mdn_report = """\
Reporting-UA: mail.google.com; Gmail
Final-Recipient: rfc822; legal-kr@google.com
Original-Message-ID: <req-240909-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
"""

case(name="youtube-read-receipt", date=date(9, 11, 12),
     **{"from": "legal-kr@google.com"}, name_from="Google Legal KR",
     subject=enc("읽음: [방송통신심의위원회] 시정요구 (KCSC-240909-03)"),
     reply_to_req="req-240909-03",
     raw_mime=multipart("report", "mdn-0909-1112", [
         "Content-Type: text/plain; charset=us-ascii\n\n" + mdn_text,
         "Content-Type: message/disposition-notification\n\n" + mdn_report,
     ], extra='; report-type=disposition-notification'),
     outcome="ignored", classification="read_receipt",
     imitates="MDN read receipt (읽음:) for our request to Google's Korean legal address",
     why="a read receipt: ignored",
     items={})

case(name="naver-cs-ticket-receipt", date=date(12, 16, 25),
     **{"from": "help_noreply@naver.com"}, name_from=enc("네이버 고객센터"),
     subject=enc("[네이버 고객센터] 문의가 접수되었습니다 (접수번호 2409-118823)"),
     reply_to_req="req-240912-06",
     body="""\
안녕하세요, 네이버 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다.

 - 접수번호 : 2409-118823
 - 접수일시 : 2024.09.12 16:25
 - 문의제목 : [방송통신심의위원회] 불법정보 시정요구 (KCSC-240912-06)

답변은 영업일 기준 1~3일 이내에 메일로 보내드립니다.
※ 본 메일은 발신전용입니다.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="NAVER 고객센터 automatic 문의 접수 receipt with a ticket number",
     why="a pure receipt (접수 완료) with no statement about any item",
     items={})

case(name="dc-out-of-office", date=date(10, 15, 2),
     **{"from": "kim.mod@dcinside.com"}, name_from=enc("김민호"),
     subject=enc("부재중 자동 응답: [방송통신심의위원회] 개인정보 노출 게시물 시정요구 (KCSC-240910-04)"),
     reply_to_req="req-240910-04",
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""\
휴가로 9월 11일까지 부재중입니다. 게시물 삭제 요청은 helpdesk@dcinside.com 으로
보내주시면 운영팀에서 처리합니다.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Korean out-of-office auto reply (부재중 자동 응답) from a DC Inside moderator",
     why="an auto-reply; 'requests are handled by the team' is no statement about our items",
     items={})

case(name="band-report-receipt", date=date(11, 9, 41),
     **{"from": "noreply@band.us"}, name_from="BAND",
     subject=enc("[BAND] 신고가 접수되었습니다"),
     reply_to_req="req-240911-05",
     body="""\
안녕하세요, BAND입니다.

보내주신 신고(요청번호 KCSC-240911-05)가 접수되었습니다.
접수번호: BR-20240911-00773

신고 내용은 운영정책에 따라 검토 후 처리되며, 처리 결과는 별도로 안내드립니다.

BAND 고객센터
""",
     outcome="ignored", classification="acknowledgement",
     imitates="BAND 신고 접수 receipt with a receipt number",
     why="a pure acknowledgement; 'will be reviewed' is only the usual receipt wording",
     items={})

case(name="kakao-chuseok-autoreply", date=date(16, 10, 0),
     **{"from": "right@kakaocorp.com"}, name_from=enc("카카오 권리침해신고센터"),
     subject=enc("[자동응답] 추석 연휴 휴무 안내"),
     reply_to_req="req-240913-07",
     extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
     body="""\
안녕하세요. 카카오 권리침해신고센터입니다.

추석 연휴(9월 14일 ~ 9월 18일) 기간 동안 권리침해신고센터 업무가 휴무입니다.
접수된 메일은 9월 19일(목)부터 순차적으로 확인하여 처리해 드리겠습니다.

양해 부탁드립니다.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Kakao holiday auto-response (추석 연휴 휴무 안내)",
     why="a holiday auto-reply: ignored",
     items={})


# ---------------------------------------------------------------- write

def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
            for url in urls:
                w.writerow([ref, plat, sent, due, url, cat, mid, note])


HEADER = """\
# Blind set 143 (Korean replies: NAVER, Kakao/Daum, YouTube Korea, DC Inside,
# BAND). Generated by make.py; expected results written from each email's
# meaning before the reader was run on it. Each case runs on a fresh ledger
# holding requests.csv."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print(f"{len(CASES)} cases")
