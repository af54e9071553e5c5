#!/usr/bin/env python3
"""Blind set 629 (Korean: NAVER, Kakao/Daum/Tistory, YouTube Korea, DC Inside,
BAND). Writes requests.csv, cases/*.eml and expected.toml. Deterministic.

Every email is fictional and written in our own sentences; expected results
were written from each email's meaning before the reader was run.

    python3 tests/corpus/blind629/make.py
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

corpuslib.DOMAIN_NAMES.update({
    "kakaocorp.com": "Kakao",
    "kakao.com": "Kakao",
    "daum.net": "Daum",
    "dcinside.com": "dcinside",
    "band.us": "BAND",
})


def enc(s):
    """RFC 2047 encoded-word, as real mailers write Korean headers."""
    return Header(s, "utf-8").encode()


def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240905-02", "KCSC-240906-03", "KCSC-240909-04",
    "KCSC-240910-05", "KCSC-240911-06", "KCSC-240912-07")

N1 = "https://blog.naver.com/moonlit_k7/223555100101"
N2 = "https://blog.naver.com/moonlit_k7/223555100188"
N3 = "https://blog.naver.com/greyfox_diary/223560421007"
N4 = "https://cafe.naver.com/hanbitplaza/90211"
N5 = "https://cafe.naver.com/hanbitplaza/90240"
N6 = "https://cafe.naver.com/hanbitplaza/90377"
N7 = "https://cafe.naver.com/sodamtalk/15520"
N8 = "https://kin.naver.com/qna/detail.naver?d1id=11&dirId=1118&docId=470112233"
N9 = "https://blog.naver.com/PostView.naver?blogId=rainy_0412&logNo=223561234500"
N10 = "https://post.naver.com/viewer/postView.naver?volumeNo=38812345&memberNo=5512301"
N11 = "https://m.blog.naver.com/greyfox_diary/223560421990"
N12 = "https://cafe.naver.com/sodamtalk/15601"
N13 = "https://blog.naver.com/starlit_room/223570000312"
N14 = "https://tv.naver.com/v/58123400"
NAVER_ALL = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12, N13, N14]

K1 = "https://cafe.daum.net/bluepine22/Xk1p/3310"
K2 = "https://cafe.daum.net/bluepine22/Xk1p/3325"
K3_RAW = "https://hangang-note.tistory.com/entry/여름밤-영상-모음"
K3 = ("https://hangang-note.tistory.com/entry/"
      "%EC%97%AC%EB%A6%84%EB%B0%A4-%EC%98%81%EC%83%81-%EB%AA%A8%EC%9D%8C")
K4 = "https://hangang-note.tistory.com/57"

Y1 = "https://www.youtube.com/watch?v=Qm3vXa7LpR2"
Y2 = "https://www.youtube.com/watch?v=bT9kE2wPzN0"
Y3 = "https://www.youtube.com/shorts/Hc4uZr8YtWq"
Y4 = "https://youtu.be/p0LmN7sVd3c"
Y5_RAW = "https://www.youtube.com/@한밤채널TV"
Y5 = "https://www.youtube.com/@%ED%95%9C%EB%B0%A4%EC%B1%84%EB%84%90TV"

D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120345"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=nightcity&no=48812"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=nightcity&no=48830"

B1 = "https://band.us/band/83120455/post/2104"
B2 = "https://band.us/band/83120455/post/2117"

S1 = "https://blog.naver.com/dalbit_house/223580011245"
S2 = "https://open.kakao.com/o/gQx7bLmT"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, note, urls
    (R1, "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "sexual_exploitation", "", NAVER_ALL),
    (R2, "kakao", "2024-09-05T11:30:00+09:00", "2024-09-12T18:00:00+09:00",
     "illegal_filming", 'Daum cafe + Tistory, "여름밤" series', [K1, K2, K3, K4]),
    (R3, "youtube", "2024-09-06T09:15:00+09:00", "2024-09-13T18:00:00+09:00",
     "illegal_gambling", "channel and four videos, see annex 2", [Y1, Y2, Y3, Y4, Y5]),
    (R4, "dcinside", "2024-09-09T14:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "privacy", "", [D1, D2, D3]),
    (R5, "band", "2024-09-10T10:40:00+09:00", "2024-09-17T18:00:00+09:00",
     "drug_trade", "", [B1, B2]),
    (R6, "naver", "2024-09-11T16:20:00+09:00", "2024-09-18T18:00:00+09:00",
     "deepfake_sexual_abuse", "urgent", [S1]),
    (R7, "kakao", "2024-09-12T09:05:00+09:00", "2024-09-19T18:00:00+09:00",
     "drug_trade", "open chat room", [S2]),
]


def mid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, "<%s@kcsc.example>" % mid(ref), note])


# The regulator's own request text (quoted in some replies).
def request_lines(ref, urls, date_ko):
    out = [
        "안녕하십니까, 방송통신심의위원회 통신심의 담당입니다.",
        "",
        "아래 정보에 대하여 정보통신망법에 따른 시정요구(삭제 또는 접속차단)를",
        "통보하오니 조치 후 결과를 회신하여 주시기 바랍니다. (%s)" % ref,
        "",
    ]
    for i, u in enumerate(urls, 1):
        out.append("%d. %s" % (i, u))
    out += ["", "조치기한: " + date_ko, "", "방송통신심의위원회 드림"]
    return out


def quoted(lines):
    return "\n".join((">" + (" " + l if l else "")) for l in lines)


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED

case(name="naver-gongmun-text-table-14",
     frm="policy@navercorp.com", name_from=enc("네이버 정책지원팀"),
     date="Tue, 10 Sep 2024 15:42:07 +0900",
     subject=enc("[회신] 시정요구(KCSC-240903-01)에 대한 조치결과 회신"),
     reply_to_req=mid(R1),
     body="""수    신: 방송통신심의위원회 통신심의국
참    조: 통신심의 담당자
발    신: 네이버 주식회사 정책지원팀
제    목: 시정요구(KCSC-240903-01)에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 2024. 9. 3.자 귀 위원회 시정요구(KCSC-240903-01)와 관련하여 당사의
   조치결과를 아래와 같이 회신합니다.

                              - 아    래 -

 연번 | URL                                                                  | 조치결과        | 비고
------+----------------------------------------------------------------------+-----------------+-----------------
  1   | https://blog.naver.com/moonlit_k7/223555100101                       | 삭제            |
  2   | https://blog.naver.com/moonlit_k7/223555100188                       | 삭제            |
  3   | https://blog.naver.com/greyfox_diary/223560421007                    | 해당 게시물 없음 | 작성자 자진삭제
  4   | https://cafe.naver.com/hanbitplaza/90211                             | 게시중단        |
  5   | https://cafe.naver.com/hanbitplaza/90240                             | 게시중단        |
  6   | https://cafe.naver.com/hanbitplaza/90377                             | 임시조치        | 30일
  7   | https://cafe.naver.com/sodamtalk/15520                               | 삭제            |
  8   | https://kin.naver.com/qna/detail.naver?d1id=11&dirId=1118&docId=470112233 | 조치 불가   | 위반사항 미확인
  9   | https://blog.naver.com/PostView.naver?blogId=rainy_0412&logNo=223561234500 | 블라인드    |
 10   | https://post.naver.com/viewer/postView.naver?volumeNo=38812345&memberNo=5512301 | 비공개 처리 |
 11   | https://m.blog.naver.com/greyfox_diary/223560421990                  | 해당 게시물 없음 | 존재하지 않는 URL
 12   | https://cafe.naver.com/sodamtalk/15601                               | 삭제            |
 13   | https://blog.naver.com/starlit_room/223570000312                     | 게시중단        |
 14   | https://tv.naver.com/v/58123400                                      | 삭제            | 재생 불가 처리

   ※ 연번 8은 검토 결과 당사 운영원칙 및 관련 법령 위반 사항이 확인되지 않아
     게시를 유지하였습니다.

3. 기타 문의사항은 정책지원팀(policy@navercorp.com)으로 연락 주시기 바랍니다.  끝.

네이버 주식회사 정책지원팀
""",
     outcome="applied", classification="confirmation",
     imitates="Korean portal 공문-style 시정요구 조치결과 회신 with a text table (연번/URL/조치결과/비고)",
     why="14-row table, each row a trusted item-level outcome: 삭제/게시중단/블라인드/비공개 → removed, 임시조치 → restricted, 해당 게시물 없음 → not_found, 조치 불가(위반 미확인) → rejected",
     items={N1: "removed", N2: "removed", N3: "not_found", N4: "removed", N5: "removed",
            N6: "restricted", N7: "removed", N8: "rejected", N9: "removed", N10: "removed",
            N11: "not_found", N12: "removed", N13: "removed", N14: "removed"})

_html_rows = [
    (N2, "삭제"), (N5, "블라인드"), (N6, "임시조치(30일)"), (N9, "삭제"),
    (N13, "게시 유지 (위반사항 없음)"),
]
_plain = ["방송통신심의위원회 귀중", "",
          "시정요구 KCSC-240903-01 중 아래 게시물의 조치 결과를 알려드립니다.", ""]
for u, s in _html_rows:
    _plain.append("- %s : %s" % (u, s))
_plain += ["", "운영원칙: https://policy.naver.com/policy/service_group.html", "",
           "NAVER 게시물 모니터링팀"]
_html = ["<html><body style=\"font-family:'Malgun Gothic',sans-serif\">",
         "<p>방송통신심의위원회 귀중</p>",
         "<p>시정요구 <b>KCSC-240903-01</b> 중 아래 게시물의 조치 결과를 알려드립니다.</p>",
         "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">",
         "<tr><th>번호</th><th>게시물 주소</th><th>조치결과</th></tr>"]
for i, (u, s) in enumerate(_html_rows, 1):
    _html.append("<tr><td>%d</td><td><a href=\"%s\">%s</a></td><td>%s</td></tr>"
                 % (i, u.replace("&", "&amp;"), u.replace("&", "&amp;"), s))
_html += ["</table>",
          "<p>운영원칙은 <a href=\"https://policy.naver.com/policy/service_group.html\">여기</a>에서 확인하실 수 있습니다.</p>",
          "<p>NAVER 게시물 모니터링팀</p>", "</body></html>"]
case(name="naver-html-table-alternative",
     frm="monitoring@navercorp.com", name_from=enc("NAVER 게시물 모니터링"),
     date="Mon, 09 Sep 2024 11:03:44 +0900",
     subject=enc("시정요구 조치 결과 안내 (KCSC-240903-01, 일부)"),
     raw_mime="""Content-Type: multipart/alternative; boundary="=_nv_alt_5521"

--=_nv_alt_5521
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

%s

--=_nv_alt_5521
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

%s

--=_nv_alt_5521--
""" % (b64("\n".join(_plain).encode()), b64("\n".join(_html).encode())),
     outcome="applied", classification="confirmation",
     imitates="NAVER monitoring team HTML results table (multipart/alternative, base64 parts)",
     why="five rows: 삭제/블라인드 → removed, 임시조치 → restricted, 게시 유지(위반사항 없음) → rejected; the policy link is not an item",
     items={N2: "removed", N5: "removed", N6: "restricted", N9: "removed", N13: "rejected"})

_csv = "\ufeff번호,URL,조치내용,조치일시\n" + "\n".join([
    "1,%s,삭제,2024-09-06 14:10" % N3,
    '2,"%s",삭제,2024-09-06 14:12' % N8,
    '3,"%s",해당 게시물 없음,2024-09-06 14:15' % N10,
    "4,%s,임시조치(30일),2024-09-06 14:20" % N11,
    "5,%s,삭제,2024-09-06 14:31" % N14,
]) + "\n"
case(name="naver-csv-attachment",
     frm="policy@navercorp.com", name_from=enc("네이버 정책지원팀"),
     date="Fri, 06 Sep 2024 15:02:19 +0900",
     subject=enc("RE: [방송통신심의위원회] 시정요구 통보 (KCSC-240903-01)"),
     reply_to_req=mid(R1),
     raw_mime="""Content-Type: multipart/mixed; boundary="----=_Part_88120_1947"

------=_Part_88120_1947
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀입니다.

통보하신 시정요구 건 중 처리가 끝난 5건의 조치 결과를 첨부 파일(CSV)로
송부드립니다. 나머지 건은 처리되는 대로 별도로 회신드리겠습니다.

감사합니다.

------=_Part_88120_1947
Content-Type: text/csv; charset=UTF-8; name="=?UTF-8?B?%s?="
Content-Disposition: attachment; filename*=UTF-8''%%EC%%A1%%B0%%EC%%B9%%98%%EA%%B2%%B0%%EA%%B3%%BC_KCSC-240903-01.csv
Content-Transfer-Encoding: base64

%s

------=_Part_88120_1947--
""" % (base64.b64encode("조치결과_KCSC-240903-01.csv".encode()).decode(), b64(_csv.encode("utf-8"))),
     outcome="applied", classification="confirmation",
     imitates="portal reply with the 조치결과 as a UTF-8 (BOM) CSV attachment",
     why="CSV rows state each item: 삭제 → removed, 해당 게시물 없음 → not_found, 임시조치 → restricted",
     items={N3: "removed", N8: "removed", N10: "not_found", N11: "restricted", N14: "removed"})

case(name="naver-single-blind-parenthesis",
     frm="help@naver.com", name_from=enc("네이버 고객센터"),
     date="Thu, 12 Sep 2024 10:21:55 +0900",
     subject=enc("[네이버] 게시중단 요청 처리 결과 안내"),
     body="""안녕하세요. 네이버 고객센터입니다.

요청하신 게시물(https://blog.naver.com/dalbit_house/223580011245)은 검토 결과
정보통신망법 및 네이버 블로그 운영정책에 따라 블라인드 처리되었습니다.

블라인드 처리된 게시물은 작성자를 제외한 누구도 열람할 수 없습니다.

더 궁금하신 점은 네이버 고객센터(https://help.naver.com)로 문의해 주세요.
감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 고객센터 게시중단 처리 결과 안내 (블라인드)",
     why="the one URL is named, in parentheses followed by 은, and stated 블라인드 처리 → removed; help.naver.com is not an item",
     items={S1: "removed"})

case(name="naver-single-sole-no-url",
     frm="policy@navercorp.com", name_from=enc("네이버 정책지원팀"),
     date="Thu, 12 Sep 2024 17:48:02 +0900",
     subject=enc("[긴급] KCSC-240911-06 조치 완료 회신"),
     reply_to_req=mid(R6),
     body="""방송통신심의위원회 담당자님께

안녕하세요, 네이버 정책지원팀입니다.
KCSC-240911-06으로 요청하신 게시물 1건에 대하여 2024. 9. 12. 17:30부로
게시중단 조치를 완료하였습니다.

해당 블로그 운영자에게는 이용제한 조치가 함께 적용되었습니다.

감사합니다.
네이버 정책지원팀 드림
""",
     outcome="applied", classification="confirmation",
     imitates="short 공문-style completion notice naming the request and '게시물 1건', no URL",
     why="a one-item request; an unhedged 게시중단 조치를 완료 for its single post applies to that item → removed",
     items={S1: "removed"})

case(name="naver-kin-post-prose",
     frm="kin-policy@navercorp.com", name_from=enc("NAVER 지식iN·포스트 운영"),
     date="Sat, 07 Sep 2024 09:12:38 +0900",
     subject=enc("Re: 시정요구 KCSC-240903-01 관련 지식iN/포스트 건"),
     reply_to_req=mid(R1),
     body="""안녕하세요. 지식iN·포스트 서비스 운영 담당입니다.

요청 주신 건 가운데 저희 서비스 소관 2건에 대해 말씀드립니다.

지식iN 질문(https://kin.naver.com/qna/detail.naver?d1id=11&dirId=1118&docId=470112233)은
확인 시점에 이미 질문자가 직접 삭제한 상태여서 조회되지 않았습니다.

네이버 포스트 https://post.naver.com/viewer/postView.naver?volumeNo=38812345&memberNo=5512301 는
운영정책 위반이 확인되어 오늘 오전 비공개 처리하였습니다.

블로그·카페 게시물은 각 서비스 담당자가 따로 회신드릴 예정입니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="informal NAVER service-team reply in prose",
     why="지식iN question already deleted by its author → not_found; 포스트 비공개 처리 → removed; the promise names no item",
     items={N8: "not_found", N10: "removed"})

_q = request_lines(R1, NAVER_ALL, "2024. 9. 10. 18:00")
case(name="naver-cafe-top-posted-gmail-quote",
     frm="cafe-support@navercorp.com", name_from=enc("네이버 카페 운영지원"),
     date="Sun, 08 Sep 2024 14:05:51 +0900",
     subject=enc("Re: [방송통신심의위원회] 시정요구 통보 (KCSC-240903-01)"),
     reply_to_req=mid(R1),
     body="""안녕하세요, 네이버 카페 운영지원입니다.
요청하신 건 중 카페 게시물 3건 처리 결과입니다.

- https://cafe.naver.com/sodamtalk/15520 : 삭제
- https://cafe.naver.com/sodamtalk/15601 : 삭제
- https://cafe.naver.com/hanbitplaza/90377 : 카페 운영정책 및 관련 법령 위반이 확인되지 않아 게시 유지

나머지 건은 블로그 담당 부서에서 별도로 회신드릴 예정입니다.

감사합니다.

2024년 9월 3일 (화) 오전 10:00, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
""" + quoted(_q) + "\n",
     outcome="applied", classification="confirmation",
     imitates="Gmail-style top-posted reply above the quoted 시정요구 notice",
     why="three cafe posts above the quote: two 삭제 → removed, one 게시 유지 with its reason → rejected; the 14 quoted URLs state nothing",
     items={N7: "removed", N12: "removed", N6: "rejected"})

_qp_text = """방송통신심의위원회 통신심의 담당자님께,

네이버 블로그 운영팀입니다. 시정요구(KCSC-240903-01) 관련 블로그 게시물 3건의 처리 내용을 알려드립니다.

1) https://blog.naver.com/starlit_room/223570000312
   → 게시중단 완료

2) https://blog.naver.com/moonlit_k7/223555100188
   → 청소년 유해 정보로 판단되어 19세 미만 이용자의 열람을 제한(성인 인증 후 열람)하였습니다.

3) https://blog.naver.com/PostView.naver?blogId=rainy_0412&logNo=223561234500
   → 검토 결과 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다.

감사합니다.
네이버 블로그 운영팀
"""
case(name="naver-blog-qp-numbered",
     frm="blog-ops@navercorp.com", name_from=enc("네이버 블로그 운영팀"),
     date="Mon, 09 Sep 2024 16:40:12 +0900",
     subject=enc("시정요구(KCSC-240903-01) 블로그 게시물 처리 내용"),
     raw_mime="""Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

""" + qp(_qp_text),
     outcome="applied", classification="confirmation",
     imitates="numbered reply with the outcome on the line below each URL, quoted-printable",
     why="게시중단 완료 → removed; 19세 미만 열람 제한 (age-restricted) → restricted; 위반 사항 없음, 게시 유지 → rejected",
     items={N13: "removed", N2: "restricted", N9: "rejected"})

case(name="kakao-daum-cafe-bullets",
     frm="cs-report@kakaocorp.com", name_from=enc("카카오 고객센터"),
     date="Sat, 07 Sep 2024 13:27:09 +0900",
     subject=enc("[Daum 카페] 신고하신 게시물의 처리 결과를 알려드립니다"),
     body="""안녕하세요, 카카오 고객센터입니다.

방송통신심의위원회에서 요청하신 Daum 카페 게시물에 대한 처리 결과를 안내드립니다.

  • https://cafe.daum.net/bluepine22/Xk1p/3310 — 블라인드 처리 완료
  • https://cafe.daum.net/bluepine22/Xk1p/3325 — 블라인드 처리 완료

블라인드 처리된 게시물은 카페 회원을 포함한 모든 이용자에게 노출되지 않습니다.
티스토리 게시물은 티스토리 운영팀에서 별도로 안내드릴 예정입니다.

카카오 운영정책: https://www.kakao.com/policy/oppolicy

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao/Daum 고객센터 신고 처리 결과 notice with bullets",
     why="two Daum cafe posts each stated 블라인드 처리 완료 → removed; the policy link is not an item",
     items={K1: "removed", K2: "removed"})

case(name="kakao-tistory-raw-korean-slug",
     frm="tistory-ops@kakaocorp.com", name_from=enc("티스토리 운영팀"),
     date="Mon, 09 Sep 2024 10:55:31 +0900",
     subject=enc("[티스토리] 게시물 조치 결과 안내 (KCSC-240905-02)"),
     body="""안녕하세요. 티스토리 운영팀입니다.

요청하신 티스토리 게시글 2건의 처리 결과입니다.

https://hangang-note.tistory.com/entry/여름밤-영상-모음 게시글은 권리침해 신고 절차에 따라
임시조치(30일)되었습니다.

또한 https://hangang-note.tistory.com/57의 경우 확인 당시 이미 블로그 운영자가 삭제하여
존재하지 않는 게시글이었습니다.

감사합니다.
티스토리 드림
""",
     outcome="applied", classification="confirmation",
     imitates="Tistory (Kakao) operations notice; raw Korean path and a particle glued to a URL",
     why="the Korean-slug entry (raw, matches its percent-encoded form) 임시조치 → restricted; /57 (followed by 의 경우) deleted by its author → not_found",
     items={K3: "restricted", K4: "not_found"})

case(name="kakao-openchat-single",
     frm="noreply-safety@kakao.com", name_from=enc("카카오톡 오픈채팅"),
     date="Fri, 13 Sep 2024 19:02:47 +0900",
     subject=enc("[카카오톡] 오픈채팅방 신고 처리 결과 안내"),
     body="""안녕하세요. 카카오톡 오픈채팅 운영팀입니다.

방송통신심의위원회에서 요청하신 오픈채팅방(https://open.kakao.com/o/gQx7bLmT)을
확인한 결과, 불법 마약류 거래 관련 운영정책 위반이 확인되어 해당 채팅방을 종료하고
더 이상 누구도 입장할 수 없도록 조치하였습니다.

방장 계정에는 카카오톡 서비스 영구 이용제한이 적용되었습니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="KakaoTalk open chat report outcome notice",
     why="the chat room is closed and can no longer be entered (made unavailable) → removed",
     items={S2: "removed"})

_kakao_gm = """수신: 방송통신심의위원회 통신심의국장
(경유)
제목: 시정요구에 대한 조치결과 회신 (KCSC-240905-02)

1. 귀 기관의 무궁한 발전을 기원합니다.
2. 귀 기관 시정요구(KCSC-240905-02, 2024. 9. 5.)와 관련하여 당사 조치결과를
   다음과 같이 회신합니다.

   가. 조치결과

   번호  정보 위치(URL)                                         조치결과
   ----  -----------------------------------------------------  ----------------
   1     https://cafe.daum.net/bluepine22/Xk1p/3310             삭제
   2     https://cafe.daum.net/bluepine22/Xk1p/3325             삭제
   3     https://hangang-note.tistory.com/entry/여름밤-영상-모음   게시중단
   4     https://hangang-note.tistory.com/57                    해당 정보 없음(확인 불가)

   나. 조치일자: 2024. 9. 10.

3. 번호 4는 요청 URL로 접속 시 게시물이 존재하지 않아 조치할 대상이 확인되지
   않았음을 알려드립니다.  끝.

주식회사 카카오  정책협력팀
"""
case(name="kakao-gongmun-euckr-base64",
     frm="policy-coop@kakaocorp.com", name_from=enc("카카오 정책협력팀"),
     date="Tue, 10 Sep 2024 17:20:00 +0900",
     subject="=?euc-kr?B?%s?=" % base64.b64encode("[회신] 시정요구 조치결과 (KCSC-240905-02)".encode("euc-kr")).decode(),
     reply_to_req=mid(R2),
     raw_mime="""Content-Type: text/plain; charset="euc-kr"
Content-Transfer-Encoding: base64

""" + b64(_kakao_gm.encode("euc-kr")),
     outcome="applied", classification="confirmation",
     imitates="Kakao 공문-style 조치결과 회신 in EUC-KR, base64 body",
     why="four numbered rows: 삭제 ×2 and 게시중단 → removed; 해당 정보 없음 (post does not exist) → not_found",
     items={K1: "removed", K2: "removed", K3: "removed", K4: "not_found"})

case(name="yt-legal-geoblock-and-removal-en",
     frm="legal-noreply@google.com", name_from="YouTube Legal Support",
     date="Wed, 11 Sep 2024 03:14:26 -0700",
     subject="[2-7731000041122] Your legal removal request - KCSC-240906-03",
     body="""Hello,

Thank you for your notice (your reference KCSC-240906-03).

After reviewing the content you reported, we have restricted access to the
following videos in South Korea, based on the local law you cited:

https://www.youtube.com/watch?v=Qm3vXa7LpR2
https://www.youtube.com/watch?v=bT9kE2wPzN0

Separately, the following Short was removed from YouTube globally because it
violates our Community Guidelines:

https://www.youtube.com/shorts/Hc4uZr8YtWq

To learn more about how we handle government requests, please visit
https://support.google.com/youtube/answer/2802032

Regards,
The YouTube Legal Support Team
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal-support outcome email (local-law geo-block plus a Community Guidelines removal)",
     why="two videos restricted in South Korea → restricted; the Short removed globally → removed; the support link is not an item",
     items={Y1: "restricted", Y2: "restricted", Y3: "removed"})

case(name="yt-korean-channel-terminated",
     frm="kr-policy@youtube.com", name_from=enc("YouTube 한국 정책팀"),
     date="Thu, 12 Sep 2024 18:31:09 +0900",
     subject=enc("시정요구(KCSC-240906-03) 관련 조치 결과"),
     body="""안녕하세요, YouTube 한국 정책팀입니다.

요청하신 콘텐츠에 대한 검토 결과를 안내드립니다.

https://youtu.be/p0LmN7sVd3c 영상은 커뮤니티 가이드 위반으로 삭제되었습니다.

채널 https://www.youtube.com/@한밤채널TV 은(는) 스팸, 현혹 행위 및 사기 정책의
반복 위반으로 해지되었으며, 채널에 게시된 모든 콘텐츠도 함께 삭제되었습니다.

감사합니다.
YouTube 한국 정책팀
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube Korea policy team Korean outcome notice (video removal, channel termination)",
     why="video 삭제 → removed; channel (raw Korean handle, matches its percent-encoded form) 해지 → removed",
     items={Y4: "removed", Y5: "removed"})

case(name="yt-age-restricted-and-kept",
     frm="legal-noreply@google.com", name_from="YouTube Legal Support",
     date="Fri, 13 Sep 2024 01:55:40 -0700",
     subject="Re: KCSC-240906-03 - update on two videos",
     body="""Hi,

Here is an update on two of the videos in your request KCSC-240906-03.

https://www.youtube.com/watch?v=bT9kE2wPzN0
Age-restricted. The video is no longer visible to signed-out viewers or to
users under 18.

https://www.youtube.com/watch?v=Qm3vXa7LpR2
No action taken. We reviewed this video against our policies and the local
law you cited and did not find a violation, so it remains available.

Kind regards,
YouTube Legal Support
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal-support update, bare URL with its outcome on the lines below",
     why="age-restricted → restricted; no violation found, remains available → rejected",
     items={Y2: "restricted", Y1: "rejected"})

case(name="yt-uploader-deleted-url-below",
     frm="legal-noreply@google.com", name_from="YouTube Legal Support",
     date="Mon, 09 Sep 2024 22:08:13 -0700",
     subject="Your request KCSC-240906-03",
     body="""Hello,

The video at the link below is no longer on YouTube: it was deleted by the
uploader before our team reviewed it, so there is nothing left for us to act on.

  https://www.youtube.com/shorts/Hc4uZr8YtWq

The other items in your request are still with our team.

Best,
YouTube Legal Support
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal-support reply, statement first and the URL on the line below",
     why="deleted by the uploader before review → not_found; 'still with our team' names no item",
     items={Y3: "not_found"})

case(name="yt-echoed-report-outcomes",
     frm="youtube-legal@google.com", name_from="YouTube",
     date="Sun, 15 Sep 2024 04:44:00 -0700",
     subject="Outcome of your report(s) - KCSC-240906-03",
     body="""Hello,

Below is a copy of what you submitted, followed by our decision for each item.

---------------------------------------------
Reporter: Korea Communications Standards Commission
URL of content: https://youtu.be/p0LmN7sVd3c
Issue: illegal gambling promotion
---------------------------------------------
Decision: We removed this video for violating our policy on
illegal or regulated goods and services.

---------------------------------------------
Reporter: Korea Communications Standards Commission
URL of content: https://www.youtube.com/watch?v=Qm3vXa7LpR2
Issue: illegal gambling promotion
---------------------------------------------
Decision: No action. After review, this video does not violate our
Community Guidelines, and we did not find grounds to block it under local law.

Thanks,
YouTube Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube report outcome echoing each submitted report form with a decision below",
     why="first echoed report → removed; second → no violation, not blocked → rejected",
     items={Y4: "removed", Y1: "rejected"})

case(name="dc-operator-informal-numbered",
     frm="report@dcinside.com", name_from=enc("디시인사이드 운영팀"),
     date="Tue, 10 Sep 2024 20:17:33 +0900",
     subject=enc("Re: 게시물 삭제 요청 (KCSC-240909-04)"),
     reply_to_req=mid(R4),
     body="""안녕하세요 디시인사이드 운영팀입니다.

요청주신 게시물 확인하고 처리했습니다.

1) https://gall.dcinside.com/board/view/?id=stock_new2&no=9120345
 - 삭제했습니다.
2) https://gall.dcinside.com/mgallery/board/view/?id=nightcity&no=48812
 - 삭제 및 작성자 IP 차단했습니다.
3) https://gall.dcinside.com/mgallery/board/view/?id=nightcity&no=48830
 - 작성자가 이미 지운 글이라 조회가 안 됩니다.

수고하세요.
디시인사이드 운영팀
""",
     outcome="applied", classification="confirmation",
     imitates="DC Inside operator's short informal reply with a numbered list",
     why="two posts 삭제 → removed; the third already deleted by its author → not_found",
     items={D1: "removed", D2: "removed", D3: "not_found"})

case(name="dc-angle-bracket-wrapped",
     frm="report@dcinside.com", name_from=enc("디시인사이드 운영팀"),
     date="Thu, 12 Sep 2024 11:46:05 +0900",
     subject=enc("[디시인사이드] KCSC-240909-04 처리 결과"),
     body="""안녕하세요, 디시인사이드입니다.

아래 글은 개인정보 노출이 확인되어 삭제처리 하였습니다.
<https://gall.dcinside.com/mgallery/board/view/?id=nightcity&
no=48812>

<https://gall.dcinside.com/board/view/?id=stock_new2&no=9120345> 은 특정 종목에 대한
의견글로, 개인정보가 포함되어 있지 않아 삭제 사유에 해당하지 않으므로 유지합니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="DC Inside reply with URLs in angle brackets, one wrapped by the mailer inside the brackets",
     why="the wrapped bracketed URL (rejoined) 삭제처리 → removed; the other stays up, no deletion ground → rejected",
     items={D2: "removed", D1: "rejected"})

case(name="band-numbered-arrows",
     frm="help@band.us", name_from=enc("BAND 운영팀"),
     date="Thu, 12 Sep 2024 09:33:21 +0900",
     subject=enc("[BAND] 요청하신 게시글 처리 결과 안내"),
     reply_to_req=mid(R5),
     body="""안녕하세요. BAND 운영팀입니다.

요청하신 게시글의 처리 결과를 알려드립니다.

1. https://band.us/band/83120455/post/2104 → 게시글 삭제
2. https://band.us/band/83120455/post/2117 → 작성자 탈퇴로 이미 삭제된 게시글입니다

해당 밴드는 추가 모니터링 대상으로 지정되었습니다.

감사합니다.
BAND 드림
""",
     outcome="applied", classification="confirmation",
     imitates="BAND (NAVER's group service) operator notice, numbered with arrows",
     why="post 2104 삭제 → removed; post 2117 already gone with its author's account → not_found",
     items={B1: "removed", B2: "not_found"})

case(name="band-html-list",
     frm="help@band.us", name_from=enc("BAND 고객센터"),
     date="Fri, 13 Sep 2024 14:09:57 +0900",
     subject=enc("[BAND] KCSC-240910-05 신고 처리 결과"),
     type="html",
     body="""<html><body>
<p>안녕하세요, BAND 고객센터입니다.</p>
<p>방송통신심의위원회에서 요청하신 게시글(KCSC-240910-05)을 검토하였습니다.</p>
<ul>
<li><a href="https://band.us/band/83120455/post/2104">https://band.us/band/83120455/post/2104</a><br>
마약류 판매 광고로 확인되어 게시글을 블라인드 처리하였습니다.</li>
<li><a href="https://band.us/band/83120455/post/2117">https://band.us/band/83120455/post/2117</a><br>
모임 공지 글로, BAND 운영정책 위반 사항이 없어 별도 조치하지 않았습니다.</li>
</ul>
<p>BAND 운영정책: <a href="https://band.us/policy/operation">band.us/policy/operation</a></p>
<p>감사합니다.</p>
</body></html>
""",
     outcome="applied", classification="confirmation",
     imitates="BAND customer-centre HTML notice with a bulleted list",
     why="블라인드 → removed; no policy violation, no action → rejected; the policy page is not an item",
     items={B1: "removed", B2: "rejected"})

case(name="naver-receipt-plus-urgent-action",
     frm="help@naver.com", name_from=enc("네이버 고객센터"),
     date="Tue, 03 Sep 2024 11:26:40 +0900",
     subject=enc("[네이버 고객센터] 문의가 접수되었습니다 (접수번호 20240903-0118842)"),
     body="""안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회의 시정요구(KCSC-240903-01)가 정상적으로 접수되었습니다.
접수번호: 20240903-0118842

긴급 건으로 분류된 아래 게시물은 접수 즉시 게시중단하였습니다.
https://blog.naver.com/starlit_room/223570000312

나머지 게시물은 순차적으로 검토한 뒤 결과를 회신드리겠습니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 고객센터 receipt that also reports one post taken down at once",
     why="a receipt plus an unhedged item-level 게시중단 → removed; not a pure acknowledgement",
     items={N13: "removed"})

case(name="naver-outlook-original-message",
     frm="tvcast-ops@navercorp.com", name_from=enc("네이버 TV 운영"),
     date="Wed, 04 Sep 2024 19:12:03 +0900",
     subject="RE: " + enc("[방송통신심의위원회] 시정요구 통보 (KCSC-240903-01)"),
     reply_to_req=mid(R1),
     body="""담당자님, 안녕하세요.

네이버 TV 영상 https://tv.naver.com/v/58123400 은 오늘 삭제되었으며,
카페 게시물 https://cafe.naver.com/sodamtalk/15520 은 임시조치(30일)되었습니다.

나머지는 각 서비스에서 회신 예정입니다.

김하늘 드림
네이버 TV 운영

-----Original Message-----
From: "KCSC 통신심의"<takedown@kcsc.example>
To: "NAVER Policy"<policy@navercorp.com>
Sent: 2024-09-03 (화) 10:00:00 (GMT+09:00)
Subject: [방송통신심의위원회] 시정요구 통보 (KCSC-240903-01)

""" + "\n".join(_q) + "\n",
     outcome="applied", classification="confirmation",
     imitates="Outlook-style reply with the request below -----Original Message-----",
     why="above the original: NAVER TV video 삭제 → removed, cafe post 임시조치 → restricted; the quoted request states nothing",
     items={N14: "removed", N7: "restricted"})

case(name="naver-angle-fullwidth-parens",
     frm="cafe-support@navercorp.com", name_from=enc("네이버 카페 운영지원"),
     date="Thu, 05 Sep 2024 15:37:18 +0900",
     subject=enc("KCSC-240903-01 한빛플라자 카페 게시물 조치"),
     body="""안녕하세요, 네이버 카페 운영지원입니다.

한빛플라자 카페 게시물 3건 조치 결과입니다.

<https://cafe.naver.com/hanbitplaza/90211>（게시중단）
<https://cafe.naver.com/hanbitplaza/90240>（게시중단）
<https://cafe.naver.com/hanbitplaza/90377>（임시조치）

카페 매니저에게도 운영정책 위반 안내를 발송하였습니다.
감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="terse cafe-support list, URLs in angle brackets followed by full-width parentheses",
     why="게시중단 ×2 → removed; 임시조치 → restricted",
     items={N4: "removed", N5: "removed", N6: "restricted"})

_b64_text = """안녕하세요. 네이버 블로그 운영팀입니다.

시정요구 KCSC-240903-01 관련 블로그 게시물 조치 결과를 알려드립니다.

https://blog.naver.com/moonlit_k7/223555100101 - 삭제 완료
https://blog.naver.com/moonlit_k7/223555100188 - 삭제 완료
https://blog.naver.com/greyfox_diary/223560421007 - 존재하지 않는 게시물입니다 (이미 삭제됨)

감사합니다.
"""
case(name="naver-blog-base64-dash-list",
     frm="blog-ops@navercorp.com", name_from=enc("네이버 블로그 운영팀"),
     date="Sat, 07 Sep 2024 12:01:45 +0900",
     subject=enc("[네이버 블로그] 조치 결과 (KCSC-240903-01)"),
     raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64(_b64_text.encode("utf-8")),
     outcome="applied", classification="confirmation",
     imitates="NAVER blog team list reply, base64-encoded body",
     why="two 삭제 완료 → removed; 존재하지 않는 게시물 → not_found",
     items={N1: "removed", N2: "removed", N3: "not_found"})

case(name="naver-one-done-one-pending",
     frm="blog-ops@navercorp.com", name_from=enc("네이버 블로그 운영팀"),
     date="Sun, 08 Sep 2024 10:14:22 +0900",
     subject=enc("Re: KCSC-240903-01 블로그/포스트 처리 현황"),
     reply_to_req=mid(R1),
     body="""안녕하세요, 네이버 블로그 운영팀입니다.

https://blog.naver.com/PostView.naver?blogId=rainy_0412&logNo=223561234500
위 게시물은 블라인드 처리를 완료했습니다.

https://post.naver.com/viewer/postView.naver?volumeNo=38812345&memberNo=5512301
위 포스트는 작성자의 소명이 접수되어 재검토 중이며, 결과는 추후 안내드리겠습니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER blog team status reply: one done, one under re-review",
     why="블라인드 처리 완료 → removed; the post under re-review stays pending",
     items={N9: "removed", N10: "pending"})

# ================================================================ REVIEW

case(name="naver-promise-only",
     frm="blog-ops@navercorp.com", name_from=enc("네이버 블로그 운영팀"),
     date="Fri, 06 Sep 2024 09:48:10 +0900",
     subject=enc("Re: 시정요구 통보 (KCSC-240903-01)"),
     reply_to_req=mid(R1),
     body="""안녕하세요, 네이버 블로그 운영팀입니다.

요청하신 아래 게시물은 내부 검토를 거쳐 조치될 예정입니다.

 - https://m.blog.naver.com/greyfox_diary/223560421990
 - https://cafe.naver.com/sodamtalk/15601

처리가 완료되면 다시 안내드리겠습니다.
감사합니다.
""",
     outcome="review", review="not_understood",
     imitates="holding reply promising action (조치될 예정)",
     why="a promise is no statement: both named items stay pending and the email goes to review",
     items={N11: "pending", N12: "pending"})

case(name="kakao-hedge-seems-deleted",
     frm="cs-report@kakaocorp.com", name_from=enc("카카오 고객센터"),
     date="Sun, 08 Sep 2024 16:22:37 +0900",
     subject=enc("Re: [문의] Daum 카페 게시물 처리 여부 (KCSC-240905-02)"),
     reply_to_req=mid(R2),
     body="""안녕하세요, 카카오 고객센터 상담원 이서윤입니다.

문의하신 https://cafe.daum.net/bluepine22/Xk1p/3325 게시글은 확인해 보니
이미 삭제된 것으로 보입니다. 다만 정확한 처리 이력은 담당 부서 확인이 필요하여,
확인되는 대로 다시 말씀드리겠습니다.

감사합니다.
""",
     outcome="review", review="not_understood",
     imitates="Kakao customer-centre agent's hedged answer (~것으로 보입니다)",
     why="'appears to be deleted' is a hedge, not a statement: item pending, review",
     items={K2: "pending"})

case(name="yt-bulk-all-removed",
     frm="legal-noreply@google.com", name_from="YouTube Legal Support",
     date="Sat, 14 Sep 2024 02:30:11 -0700",
     subject="[2-7731000041122] KCSC-240906-03 - resolved",
     body="""Hello,

We have reviewed the URLs in your notice KCSC-240906-03. All of the reported
content has been removed from YouTube.

We consider this request resolved.

Regards,
The YouTube Legal Support Team
""",
     outcome="review", review="bulk",
     imitates="YouTube legal-support closing note covering the whole notice",
     why="'all of the reported content' for a five-item request, no URL named: bulk, items pending",
     items={Y1: "pending", Y2: "pending", Y3: "pending", Y4: "pending", Y5: "pending"})

case(name="band-bulk-korean",
     frm="help@band.us", name_from=enc("BAND 운영팀"),
     date="Wed, 11 Sep 2024 18:44:02 +0900",
     subject=enc("Re: [방송통신심의위원회] 시정요구 통보 (KCSC-240910-05)"),
     reply_to_req=mid(R5),
     body="""안녕하세요, BAND 운영팀입니다.

KCSC-240910-05로 요청하신 게시글 모두 삭제 처리하였습니다.

감사합니다.
""",
     outcome="review", review="bulk",
     imitates="BAND one-line completion reply (요청하신 게시글 모두 삭제)",
     why="a statement about 'all' posts of a two-item request without naming them: bulk",
     items={B1: "pending", B2: "pending"})

case(name="naver-auth-fail",
     frm="policy@navercorp.com", name_from=enc("네이버 정책지원팀"), auth="fail",
     date="Sat, 07 Sep 2024 22:10:54 +0900",
     subject=enc("[회신] 시정요구 조치 완료 (KCSC-240903-01)"),
     body="""방송통신심의위원회 담당자님께

아래 게시물은 삭제 조치가 완료되었습니다.

1. https://blog.naver.com/moonlit_k7/223555100101 - 삭제
2. https://blog.naver.com/moonlit_k7/223555100188 - 삭제

네이버 정책지원팀
""",
     outcome="review", review="untrusted",
     imitates="NAVER-looking completion notice whose DKIM/SPF/DMARC fail",
     why="a navercorp.com From that fails authentication: nothing applied, review untrusted",
     items={N1: "pending", N2: "pending"})

case(name="dc-gallery-manager-gmail",
     frm="nightcity.manager@gmail.com", name_from=enc("나이트시티 마이너갤 매니저"),
     date="Wed, 11 Sep 2024 01:37:29 +0900",
     subject=enc("위원회 요청글 삭제했습니다"),
     body="""안녕하세요 나이트시티 마이너 갤러리 매니저입니다.
디시 운영팀 통해서 연락받았습니다.

위원회에서 요청하신 https://gall.dcinside.com/mgallery/board/view/?id=nightcity&no=48830
글 매니저 권한으로 삭제했고 작성자 차단했습니다.

혹시 더 지울 거 있으면 이 메일로 말씀해 주세요.
""",
     outcome="review", review="unknown_sender",
     imitates="minor-gallery volunteer manager writing from a personal webmail address",
     why="a deletion stated by someone outside any platform domain: review unknown_sender, nothing applied",
     items={D3: "pending"})

case(name="naver-states-band-item",
     frm="policy@navercorp.com", name_from=enc("네이버 정책지원팀"),
     date="Thu, 12 Sep 2024 13:05:26 +0900",
     subject=enc("BAND 게시물 관련 회신 (KCSC-240910-05)"),
     body="""안녕하세요, 네이버 정책지원팀입니다.

BAND 담당 조직으로부터 전달받은 내용을 안내드립니다.

BAND 게시물 https://band.us/band/83120455/post/2104 은 마약류 판매 광고로 확인되어
삭제 조치되었습니다.

이후 BAND 관련 요청은 help@band.us로 보내 주시면 더 빠르게 처리됩니다.
""",
     outcome="review", review="wrong_platform",
     imitates="NAVER policy team relaying an outcome for its sister service BAND",
     why="navercorp.com is NAVER's sender, the item belongs to the band platform: wrong_platform, nothing applied",
     items={B1: "pending"})

case(name="yt-asks-more-info-channel",
     frm="legal-noreply@google.com", name_from="YouTube Legal Support",
     date="Tue, 10 Sep 2024 06:12:48 -0700",
     subject="[2-7731000041122] Additional information needed - KCSC-240906-03",
     body="""Hello,

Thanks for your notice KCSC-240906-03.

Before we can take action on the channel
https://www.youtube.com/@한밤채널TV
we need more information. Please reply with:

  1. the specific videos on the channel that you consider unlawful, and
  2. a copy of the Commission's decision (의결서) for this channel.

Once we receive these we will continue our review.

Regards,
The YouTube Legal Support Team
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="YouTube legal-support request for more information before acting on a channel",
     why="asks for the videos and the decision before acting: review asks_more, the channel stays pending",
     items={Y5: "pending"})

case(name="naver-contact-change-notice",
     frm="policy@navercorp.com", name_from=enc("네이버 정책지원팀"),
     date="Mon, 16 Sep 2024 10:00:00 +0900",
     subject=enc("[안내] 공공기관 시정요구 접수 창구 변경 안내"),
     body="""방송통신심의위원회 담당자님께

안녕하세요, 네이버 정책지원팀입니다.

2024년 10월 1일부터 공공기관의 시정요구 및 협조 요청 접수 창구가 변경됩니다.
변경 후에는 전용 접수 페이지(https://help.naver.com/gov-request)를 통해 접수해 주시기
바라며, 기존 이메일 주소는 12월 31일까지만 병행 운영됩니다.

이용에 참고 부탁드립니다.
감사합니다.
""",
     outcome="review", review="no_claims",
     imitates="portal's notice of a changed channel for government requests",
     why="trusted NAVER mail naming no requested item and no request: review no_claims",
     items={})

case(name="dc-conditional-after-notice",
     frm="report@dcinside.com", name_from=enc("디시인사이드 운영팀"),
     date="Wed, 11 Sep 2024 15:24:11 +0900",
     subject=enc("Re: 게시물 삭제 요청 (KCSC-240909-04)"),
     reply_to_req=mid(R4),
     body="""안녕하세요, 디시인사이드 운영팀입니다.

https://gall.dcinside.com/board/view/?id=stock_new2&no=9120345 게시물은 작성자에게
소명 기회를 부여하였으며, 7일 이내 소명이 없을 경우 삭제될 예정입니다.

처리 결과는 기간 만료 후 다시 알려드리겠습니다.
""",
     outcome="review", review="not_understood",
     imitates="DC Inside reply making deletion conditional on the author's answer",
     why="deletion conditional on no reply within 7 days: no statement, item pending, review",
     items={D1: "pending"})

case(name="yt-may-have-been-en",
     frm="youtube-legal@google.com", name_from="YouTube",
     date="Sun, 15 Sep 2024 23:51:02 -0700",
     subject="Re: KCSC-240906-03 - status of youtu.be link",
     body="""Hi there,

Thanks for following up. It looks like https://youtu.be/p0LmN7sVd3c may have
already been taken down by the uploader, but I can't confirm that from here.
I've asked the reviewing team to check and will get back to you.

Best,
Min-jun
YouTube Partner Operations (Korea)
""",
     outcome="review", review="not_understood",
     imitates="individual YouTube operations employee's hedged follow-up",
     why="'may have already been taken down … can't confirm' is a hedge: item pending, review",
     items={Y4: "pending"})

# ================================================================ IGNORED

case(name="naver-ticket-receipt",
     frm="no-reply@help.naver.com", name_from=enc("네이버 고객센터"),
     date="Wed, 11 Sep 2024 16:21:03 +0900",
     subject=enc("[네이버 고객센터] 문의 접수 완료 안내"),
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

  - 접수번호: 20240911-0442197
  - 문의 제목: [방송통신심의위원회] 시정요구 통보 (KCSC-240911-06)
  - 접수일시: 2024.09.11 16:21

담당자가 확인 후 순차적으로 답변드리겠습니다.
답변은 영업일 기준 1~3일 정도 소요될 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="NAVER 고객센터 automatic 문의 접수 완료 receipt",
     why="pure receipt with a ticket number; says nothing about the item",
     items={})

case(name="kakao-out-of-office-ko",
     frm="seoyun.lee@kakaocorp.com", name_from=enc("이서윤"),
     date="Mon, 16 Sep 2024 09:00:12 +0900",
     subject=enc("[자동응답] 부재중입니다: Re: KCSC-240905-02 처리 결과 문의"),
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     body="""안녕하세요, 이서윤입니다.

추석 연휴로 9월 16일(월)부터 9월 18일(수)까지 부재중입니다.
9월 19일(목)부터 순차적으로 확인 후 회신드리겠습니다.

급한 건은 카카오 고객센터(cs-report@kakaocorp.com)로 문의해 주세요.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Korean holiday (추석) out-of-office auto-reply",
     why="an out-of-office reply",
     items={})

_orig_band = "\n".join(request_lines(R5, [B1, B2], "2024. 9. 17. 18:00"))
case(name="band-dsn-unknown-user",
     frm="MAILER-DAEMON@mx1.band.us", name_from="Mail Delivery System",
     date="Tue, 10 Sep 2024 10:40:09 +0900",
     subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime="""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="8A21C1F0.1725932409/mx1.band.us"

--8A21C1F0.1725932409/mx1.band.us
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.band.us.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@band.us>: host mx1.band.us[local] said: 550 5.1.1
    <legal-kr@band.us>: Recipient address rejected: User unknown

--8A21C1F0.1725932409/mx1.band.us
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.band.us
Arrival-Date: Tue, 10 Sep 2024 10:40:07 +0900

Final-Recipient: rfc822; legal-kr@band.us
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal-kr@band.us>: Recipient address
    rejected: User unknown

--8A21C1F0.1725932409/mx1.band.us
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC <takedown@kcsc.example>
To: legal-kr@band.us
Subject: KCSC-240910-05
Date: Tue, 10 Sep 2024 10:40:00 +0900
Message-ID: <req-240910-05@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

%s

--8A21C1F0.1725932409/mx1.band.us--
""" % _orig_band,
     outcome="ignored", classification="bounce",
     imitates="Postfix DSN (550 5.1.1 user unknown) returning our request",
     why="a bounce; the URLs are in our own returned request",
     items={})

case(name="dc-read-receipt-mdn",
     frm="report@dcinside.com", name_from=enc("디시인사이드 운영팀"),
     date="Mon, 09 Sep 2024 14:32:50 +0900",
     subject=enc("읽음 확인: 게시물 삭제 요청 (KCSC-240909-04)"),
     raw_mime="""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="mdn-dc-0909-1432"

--mdn-dc-0909-1432
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

이 메시지는 2024-09-09 오후 2:32에 수신자가 읽었습니다.

  받는 사람: report@dcinside.com
  제목: 게시물 삭제 요청 (KCSC-240909-04)

--mdn-dc-0909-1432
Content-Type: message/disposition-notification

Reporting-UA: mail.dcinside.com; Webmail
Final-Recipient: rfc822; report@dcinside.com
Original-Message-ID: <req-240909-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-dc-0909-1432--
""",
     outcome="ignored", classification="read_receipt",
     imitates="Korean webmail read receipt (읽음 확인, RFC 8098 MDN)",
     why="a read receipt",
     items={})

case(name="yt-submission-receipt-en",
     frm="youtube-noreply@google.com", name_from="YouTube",
     date="Fri, 06 Sep 2024 00:16:33 -0700",
     subject="We received your legal request [2-7731000041122]",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""Hello,

Thank you for contacting YouTube. This email confirms that we have received
your request (your reference: KCSC-240906-03).

Your case number is 2-7731000041122. Please keep this number in the subject
line of any further correspondence about this request.

Our team will review your request and get back to you.

- The YouTube Legal Team
""",
     outcome="ignored", classification="acknowledgement",
     imitates="YouTube legal webform automatic receipt with a case number",
     why="pure acknowledgement with a case number; the review promise names no item",
     items={})

case(name="naver-ooo-bilingual",
     frm="jihoon.park@navercorp.com", name_from=enc("박지훈"),
     date="Wed, 04 Sep 2024 08:30:45 +0900",
     subject="Automatic reply: " + enc("[방송통신심의위원회] 시정요구 통보 (KCSC-240903-01)"),
     extra_headers=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
     body="""안녕하세요. 박지훈입니다.
9월 4일부터 9월 6일까지 해외 출장으로 메일 확인이 어렵습니다.
시정요구 관련 건은 policy@navercorp.com 으로 보내 주시기 바랍니다.

I am travelling from 4 to 6 September with limited access to email.
For government requests please write to policy@navercorp.com.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook bilingual out-of-office reply (Automatic reply:)",
     why="an out-of-office reply",
     items={})

case(name="kakao-dsn-delayed",
     frm="MAILER-DAEMON@mx3.daum.net", name_from="Mail Delivery Subsystem",
     date="Thu, 05 Sep 2024 15:31:02 +0900",
     subject="Delivery Status Notification (Delay)",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime="""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="dsn-delay-0905-daum"

--dsn-delay-0905-daum
Content-Type: text/plain; charset=us-ascii

This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY.
YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipient has been delayed:

     safety@kakaocorp.com

Message will be retried for 4 more day(s).

--dsn-delay-0905-daum
Content-Type: message/delivery-status

Reporting-MTA: dns; mx3.daum.net

Final-Recipient: rfc822; safety@kakaocorp.com
Action: delayed
Status: 4.4.7
Will-Retry-Until: Mon, 09 Sep 2024 11:30:00 +0900

--dsn-delay-0905-daum
Content-Type: text/rfc822-headers

From: KCSC <takedown@kcsc.example>
To: safety@kakaocorp.com
Subject: KCSC-240905-02
Date: Thu, 05 Sep 2024 11:30:00 +0900
Message-ID: <req-240905-02@kcsc.example>

--dsn-delay-0905-daum--
""",
     outcome="ignored", classification="bounce",
     imitates="delivery-delay DSN (Action: delayed, 4.4.7)",
     why="a delay warning from a mail system",
     items={})


HEADER = """# Blind set 629 (Korean focus): NAVER, Kakao/Daum/Tistory, YouTube Korea,
# DC Inside, BAND. Written by tests/corpus/blind629/make.py; expected results
# written from each email's meaning before the reader was run."""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("frm")
    corpuslib.write_set(HERE, "blind629", HEADER, CASES)


if __name__ == "__main__":
    main()
