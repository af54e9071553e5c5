#!/usr/bin/env python3
"""Blind set 917: Korean replies (NAVER, Kakao/Daum, YouTube Korea, DC Inside,
BAND), 공문-style answers, 임시조치 notices, 시정요구 조치결과 tables and
informal operator replies.

Written without reading the reader (src/), docs/reader.md or any other
corpus set. Every expected result below comes from the meaning of the email
alone. Deterministic: running it twice changes nothing.

    python3 tests/corpus/blind917/make.py
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind917"

# ---------------------------------------------------------------- requests
TISTORY_RAW = "https://nightowl-memo.tistory.com/entry/공동구매-후기"
TISTORY_ENC = "https://nightowl-memo.tistory.com/entry/%EA%B3%B5%EB%8F%99%EA%B5%AC%EB%A7%A4-%ED%9B%84%EA%B8%B0"

U = {
    # KCSC-240902-01 naver, 12 items (largest)
    "n1": "https://blog.naver.com/moonlit_ferry22/223561100401",
    "n2": "https://blog.naver.com/moonlit_ferry22/223561100577",
    "n3": "https://blog.naver.com/greypine_log/223549981230",
    "n4": "https://cafe.naver.com/quietmarket77/48213",
    "n5": "https://cafe.naver.com/quietmarket77/48290",
    "n6": "https://cafe.naver.com/bluetide_trade/10552",
    "n7": "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80201&docId=471230988",
    "n8": "https://blog.naver.com/saltroad_kim/223570012876",
    "n9": "https://post.naver.com/viewer/postView.naver?volumeNo=38120044&memberNo=5529817",
    "n10": "https://cafe.naver.com/bluetide_trade/10561",
    "n11": "https://blog.naver.com/greypine_log/223550002219",
    "n12": "https://blog.naver.com/hanbit_notes/223574410092",
    # KCSC-240903-02 kakao, 4 items
    "k1": "https://cafe.daum.net/silverpond9/Fq3a/1187",
    "k2": "https://cafe.daum.net/silverpond9/Fq3a/1203",
    "k3": TISTORY_ENC,
    "k4": "https://brunch.co.kr/@quietfox/41",
    # KCSC-240905-03 youtube, 5 items
    "y1": "https://www.youtube.com/watch?v=Qm3xT8vLp2A",
    "y2": "https://www.youtube.com/watch?v=Rb7kW1nZc9E",
    "y3": "https://www.youtube.com/shorts/Hd4pY6uKx0s",
    "y4": "https://www.youtube.com/watch?v=Lt5vN2qJm8F",
    "y5": "https://www.youtube.com/channel/UCx7Fq2LmP9sRd3TvWk1Yb8Q",
    # KCSC-240906-04 dcinside, 3 items
    "d1": "https://gall.dcinside.com/board/view/?id=stock_new2&no=9841122",
    "d2": "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=551203",
    "d3": "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=551347",
    # KCSC-240909-05 band, 2 items
    "b1": "https://band.us/band/84512093/post/3310",
    "b2": "https://band.us/band/84512093/post/3318",
    # KCSC-240910-06 naver, 1 item
    "m1": "https://cafe.naver.com/dawnflower55/7731",
    # KCSC-240911-07 kakao, 1 item
    "r1": "https://cafe.daum.net/redkite_club/Kb8e/402",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, keys, category, note
    ("KCSC-240902-01", "naver", "2024-09-02T10:00:00+09:00", "2024-09-09T23:59:59+09:00",
     ["n%d" % i for i in range(1, 13)], "illegal_trade", "불법 의약품 판매 게시물 (블로그·카페·지식iN·포스트)"),
    ("KCSC-240903-02", "kakao", "2024-09-03T11:00:00+09:00", "2024-09-10T23:59:59+09:00",
     ["k1", "k2", "k3", "k4"], "privacy", "개인정보 노출 (다음 카페·티스토리·브런치)"),
    ("KCSC-240905-03", "youtube", "2024-09-05T09:30:00+09:00", "2024-09-12T23:59:59+09:00",
     ["y1", "y2", "y3", "y4", "y5"], "gambling", "불법 도박 홍보 동영상 및 채널"),
    ("KCSC-240906-04", "dcinside", "2024-09-06T14:00:00+09:00", "2024-09-13T23:59:59+09:00",
     ["d1", "d2", "d3"], "defamation", "주식·코인 갤러리 게시물"),
    ("KCSC-240909-05", "band", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00",
     ["b1", "b2"], "illegal_trade", "밴드 게시글 (불법 대출 광고)"),
    ("KCSC-240910-06", "naver", "2024-09-10T16:00:00+09:00", "2024-09-17T23:59:59+09:00",
     ["m1"], "obscenity", "네이버 카페 게시물 1건"),
    ("KCSC-240911-07", "kakao", "2024-09-11T10:30:00+09:00", "2024-09-18T23:59:59+09:00",
     ["r1"], "illegal_trade", "다음 카페 게시물 1건"),
]


def req_mid(ref):
    # KCSC-240902-01 -> req.240902.01 (used as In-Reply-To <req.240902.01@kcsc.example>)
    return "req." + ref[5:11] + "." + ref[-2:]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, keys, cat, note in REQUESTS:
        for k in keys:
            w.writerow([ref, plat, sent, due, U[k], cat, req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def d(day, hms):
    """Date header for 2024-09-DAY at HMS, +0900 (1 Sep 2024 was a Sunday)."""
    wd = WD[(day - 2) % 7]
    return "%s, %02d Sep 2024 %s +0900" % (wd, day, hms)


def ew(s):
    """RFC 2047 encoded word (as many Korean mailers send)."""
    return Header(s, "utf-8").encode()


def b64(data):
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def quote_req(ref, keys, intro="아래 정보에 대하여 정보통신망법 및 방송통신위원회 설치법에 따른 시정요구(삭제)를 요청합니다."):
    lines = ["방송통신심의위원회 통신심의국입니다.", "", intro, "요청번호: %s" % ref, ""]
    for i, k in enumerate(keys, 1):
        lines.append("%d. %s" % (i, U[k]))
    lines += ["", "조치 결과를 회신 기한 내에 본 메일로 회신하여 주시기 바랍니다.", "", "방송통신심의위원회 드림"]
    return lines


def gmail_quote(header, ref, keys, **kw):
    return header + "\n" + "\n".join(("> " + l) if l else ">" for l in quote_req(ref, keys, **kw))


def outlook_quote(sent, subject, ref, keys):
    return "\n".join([
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        "Sent: " + sent,
        "Subject: " + subject,
        "",
    ] + quote_req(ref, keys))


ALL_N = ["n%d" % i for i in range(1, 13)]
NAVER = "네이버 정책지원"
KAKAO = "카카오 정책협력팀"
DC = "디시인사이드 운영팀"

cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ APPLIED
# 1. 공문 with an HTML table covering the whole 12-item request.
rows = [
    ("n1", "삭제", "불법 의약품 판매"),
    ("n2", "삭제", "불법 의약품 판매"),
    ("n3", "조치 불가", "위반 사항 확인되지 않음 (의약품 후기, 판매 정황 없음)"),
    ("n4", "임시조치(30일)", "카페 게시글, 권리침해 신고 병합"),
    ("n5", "임시조치(30일)", "카페 게시글"),
    ("n6", "게시중단", ""),
    ("n7", "해당 게시물 없음", "질문자 본인이 이미 삭제"),
    ("n8", "삭제", ""),
    ("n9", "비공개 처리", "포스트 시리즈 전체 비공개"),
    ("n10", "게시중단", ""),
    ("n11", "해당 게시물 없음", "존재하지 않는 게시물 번호"),
    ("n12", "조치 불가", "언론 보도 인용글로 판단, 게시 유지"),
]
txt = ["문서번호: 네이버정책-2024-0912-031", "수    신: 방송통신심의위원회 통신심의국",
       "제    목: 시정요구(KCSC-240902-01)에 대한 조치결과 회신", "",
       "1. 귀 위원회의 무궁한 발전을 기원합니다.",
       "2. 귀 위원회에서 2024. 9. 2. 요청하신 시정요구와 관련하여 당사의 조치결과를 아래와 같이 회신합니다.", "",
       "- 아  래 -", ""]
html = ["<html><body style=\"font-family:'Malgun Gothic'\">",
        "<p>문서번호: 네이버정책-2024-0912-031<br>수&nbsp;&nbsp;신: 방송통신심의위원회 통신심의국<br>"
        "제&nbsp;&nbsp;목: 시정요구(KCSC-240902-01)에 대한 조치결과 회신</p>",
        "<p>1. 귀 위원회의 무궁한 발전을 기원합니다.<br>2. 귀 위원회에서 2024. 9. 2. 요청하신 시정요구와 관련하여 "
        "당사의 조치결과를 아래와 같이 회신합니다.</p>",
        "<p style=\"text-align:center\">- 아 래 -</p>",
        "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">",
        "<tr><th>연번</th><th>URL</th><th>조치결과</th><th>비고</th></tr>"]
for i, (k, res, note) in enumerate(rows, 1):
    txt.append("%2d | %s | %s | %s" % (i, U[k], res, note or "-"))
    html.append("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (
        i, U[k].replace("&", "&amp;"), res, note or "-"))
txt += ["", "3. 기타 문의 사항은 정책지원팀(policy-support@navercorp.com)으로 연락 주시기 바랍니다.  끝.", "",
        "네이버 주식회사 정책지원팀"]
html += ["</table>", "<p>3. 기타 문의 사항은 정책지원팀으로 연락 주시기 바랍니다.&nbsp;&nbsp;끝.</p>",
         "<p>네이버 주식회사 정책지원팀</p></body></html>"]
case(name="naver-gongmun-html-table-all12", from_="policy-support@navercorp.com", name_from=ew(NAVER),
     date=d(12, "14:05:31"), subject=ew("[회신] 시정요구(KCSC-240902-01)에 대한 조치결과 회신"),
     reply_to_req="req.240902.01",
     raw_mime="\n".join([
         'Content-Type: multipart/alternative; boundary="=_nv_0912_a"', "",
         "--=_nv_0912_a", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "",
         "\n".join(txt), "",
         "--=_nv_0912_a", "Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: 8bit", "",
         "\n".join(html), "",
         "--=_nv_0912_a--"]),
     outcome="applied", classification="confirmation",
     imitates="Korean portal 공문-style 시정요구 조치결과 회신 with a per-URL result table",
     why="trusted NAVER 공문 table: 삭제/게시중단/비공개 -> removed, 임시조치 -> restricted, 게시물 없음 -> not_found, 조치 불가 with reason -> rejected",
     items={"n1": "removed", "n2": "removed", "n3": "rejected", "n4": "restricted", "n5": "restricted",
            "n6": "removed", "n7": "not_found", "n8": "removed", "n9": "removed", "n10": "removed",
            "n11": "not_found", "n12": "rejected"})

# 2. Blind notice naming two blog posts in parentheses.
case(name="naver-blog-blind-two-in-parens", from_="policy-support@navercorp.com", name_from=ew(NAVER),
     date=d(4, "10:22:03"), subject="Re: [KCSC-240902-01] 시정요구 (블로그 게시물)",
     reply_to_req="req.240902.01",
     body="""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 블로그 게시물 2건(%s, %s)에 대하여
네이버 블로그 운영정책에 따라 블라인드 처리를 완료하였습니다.
블라인드 처리된 게시물은 작성자 외에는 열람할 수 없습니다.

나머지 요청 건은 확인이 끝나는 대로 별도로 안내드리겠습니다.

감사합니다.
네이버 정책지원팀 드림
""" % (U["n1"], U["n2"]),
     outcome="applied", classification="confirmation",
     imitates="NAVER blog 블라인드 처리 안내 (게시중단 요청 결과)",
     why="two posts named in parentheses, 블라인드 처리 완료 -> removed; the promise about the rest names nothing",
     items={"n1": "removed", "n2": "removed"})

# 3. 임시조치 notice for two cafe posts, bulleted.
case(name="naver-cafe-imsi-jochi-bullets", from_="noreply-right@navercorp.com", name_from=ew("네이버 게시중단요청서비스"),
     date=d(5, "09:41:17"), subject=ew("[네이버] 요청하신 게시물에 대한 임시조치 결과 안내 (KCSC-240902-01)"),
     body="""
[네이버 게시중단요청서비스]

방송통신심의위원회 담당자님, 안녕하세요.
접수하신 요청(KCSC-240902-01) 중 아래 카페 게시물에 대하여 정보통신망법 제44조의2에 따라
임시조치(30일)를 하였습니다.

 · %s
 · %s

임시조치 기간 동안 해당 게시물은 게시가 중단되며, 기간 내 작성자의 재게시 요청이 없는 경우 삭제됩니다.
임시조치 제도에 대한 자세한 내용은 https://help.naver.com/service/5614/contents/18971 에서 확인하실 수 있습니다.

※ 본 메일은 발신 전용입니다.
""" % (U["n4"], U["n5"]),
     outcome="applied", classification="confirmation",
     imitates="NAVER 게시중단요청서비스 임시조치 결과 안내",
     why="임시조치(30일) applied to two named cafe posts -> restricted; the help link is not an item; later deletion is only conditional",
     items={"n4": "restricted", "n5": "restricted"})

# 4. 지식iN question already deleted by its author.
case(name="naver-kin-author-deleted", from_="policy-support@navercorp.com", name_from=ew(NAVER),
     date=d(6, "16:12:44"), subject="RE: [KCSC-240902-01] 지식iN 게시물 관련",
     reply_to_req="req.240902.01",
     body="""
담당자님 안녕하세요.

문의하신 지식iN 질문
%s 은(는)
질문자가 9월 1일 직접 삭제한 글로, 현재 존재하지 않아 별도 조치가 불가하였습니다.

참고 부탁드립니다.
네이버 정책지원팀 김하늘 드림
""" % U["n7"],
     outcome="applied", classification="confirmation",
     imitates="NAVER 지식iN reply: post already deleted by its writer",
     why="the question no longer exists, deleted by its author before any action -> not_found",
     items={"n7": "not_found"})

# 5. CSV attachment (UTF-8 with BOM) for five items.
csvrows = [
    ("1", U["n8"], "삭제", "2024-09-09 15:10", ""),
    ("2", U["n9"], "블라인드", "2024-09-09 15:12", ""),
    ("3", U["n10"], "임시조치", "2024-09-09 15:20", "30일"),
    ("4", U["n11"], "미조치", "", "운영정책 위반 사항 없음(일반 건강 정보 게시글)"),
    ("5", U["n12"], "게시물 없음", "", "작성자 삭제"),
]
cb = io.StringIO()
cw = csv.writer(cb, lineterminator="\r\n")
cw.writerow(["번호", "URL", "조치결과", "조치일시", "비고"])
for r in csvrows:
    cw.writerow(r)
csvdata = b"\xef\xbb\xbf" + cb.getvalue().encode("utf-8")
case(name="naver-csv-attachment-five", from_="policy-support@navercorp.com", name_from=ew(NAVER),
     date=d(9, "17:30:02"), subject=ew("[KCSC-240902-01] 조치결과 회신 (첨부)"),
     reply_to_req="req.240902.01",
     raw_mime="\n".join([
         'Content-Type: multipart/mixed; boundary="nvcsv_240909"', "",
         "--nvcsv_240909", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "",
         "안녕하세요. 네이버 정책지원팀입니다.",
         "",
         "요청번호 KCSC-240902-01 중 5건에 대한 조치결과를 첨부 파일로 회신드립니다.",
         "나머지 건은 앞서 회신드린 메일을 참고해 주시기 바랍니다.",
         "",
         "감사합니다.", "",
         "--nvcsv_240909",
         'Content-Type: text/csv; charset=utf-8; name="=?utf-8?b?7KGw7LmY6rKw6rO8LmNzdg==?="',
         "Content-Transfer-Encoding: base64",
         "Content-Disposition: attachment; filename*=utf-8''%EC%A1%B0%EC%B9%98%EA%B2%B0%EA%B3%BC.csv", "",
         b64(csvdata), "",
         "--nvcsv_240909--"]),
     outcome="applied", classification="confirmation",
     imitates="portal result sheet sent as a CSV attachment (조치결과.csv)",
     why="CSV rows: 삭제/블라인드 -> removed, 임시조치 -> restricted, 미조치 with reason -> rejected, 게시물 없음 -> not_found",
     items={"n8": "removed", "n9": "removed", "n10": "restricted", "n11": "rejected", "n12": "not_found"})

# 6. One-item request, statement names no URL (reply in thread, quoted request below).
case(name="naver-cafe-single-item-reply", from_="cafe-safety@naver.com", name_from=ew("네이버 카페 운영지원"),
     date=d(11, "11:03:59"), subject="Re: [KCSC-240910-06] 시정요구(삭제) 요청 - 네이버 카페 게시물",
     reply_to_req="req.240910.06",
     body="""
안녕하세요, 네이버 카페 운영지원 담당자입니다.

요청하신 게시물은 카페 운영원칙(음란물 게시 금지) 위반으로 확인되어 오늘 오전 삭제 조치하였습니다.
해당 카페에는 운영원칙 위반 경고도 함께 발송하였습니다.

감사합니다.

""" + gmail_quote("2024년 9월 10일 (화) 오후 4:00, KCSC Takedown <takedown@kcsc.example>님이 작성:",
                  "KCSC-240910-06", ["m1"]),
     outcome="applied", classification="confirmation",
     imitates="NAVER cafe operations reply in the request's thread, Gmail-style Korean quote",
     why="one-item request: '요청하신 게시물은 ... 삭제 조치' is an unhedged statement about that item -> removed",
     items={"m1": "removed"})

# 7. Refusal with a reason plus one removal.
case(name="naver-rejected-with-reason", from_="policy-support@navercorp.com", name_from=ew(NAVER),
     date=d(10, "13:47:20"), subject="RE: [KCSC-240902-01] 블로그 게시물 검토 결과",
     reply_to_req="req.240902.01",
     body="""
담당자님께,

요청번호 KCSC-240902-01 관련 블로그 게시물 2건의 검토 결과를 알려드립니다.

1) %s
   해당 글은 본인이 복용한 의약품에 대한 개인 후기로, 판매·알선 정황이 확인되지 않았습니다.
   블로그 운영정책상 제한 사유에 해당하지 않아 게시를 유지합니다.

2) %s
   판매처 연락처가 포함된 판매 게시물로 확인되어 삭제하였습니다.

추가 자료를 주시면 1)번 게시물은 다시 검토하겠습니다.

네이버 정책지원팀 드림
""" % (U["n3"], U["n11"]),
     outcome="applied", classification="confirmation",
     imitates="NAVER blog review result with a reasoned refusal (게시 유지)",
     why="1) stays up because it breaks no rule (reason given) -> rejected; 2) 삭제하였습니다 -> removed; the offer to re-review is not a request for information",
     items={"n3": "rejected", "n11": "removed"})

# 8. Top-posted reply over the full quoted request (Outlook).
case(name="naver-top-posted-outlook-quote", from_="jiwoo.han@navercorp.com", name_from=ew("한지우"),
     date=d(5, "18:20:11"), subject="RE: [KCSC-240902-01] 시정요구(삭제) 요청",
     reply_to_req="req.240902.01",
     body="""
안녕하세요, 한지우입니다.

우선 처리된 2건 공유드립니다.
- %s : 삭제 완료
- %s : 비공개 처리 완료

나머지는 담당 부서 확인 후 회신드리겠습니다.

한지우 | NAVER 정책지원
""" % (U["n12"], U["n8"]) + "\n" + outlook_quote("Monday, September 2, 2024 10:00 AM",
                                                   "[KCSC-240902-01] 시정요구(삭제) 요청",
                                                   "KCSC-240902-01", ALL_N),
     outcome="applied", classification="confirmation",
     imitates="Outlook top-posted staff reply over the regulator's quoted request",
     why="two URLs with 삭제 완료 / 비공개 처리 완료 above the quote -> removed; the ten quoted URLs stay pending",
     items={"n12": "removed", "n8": "removed"})

# 9. Kakao 공문 prose: two Daum cafe posts blinded.
case(name="kakao-daum-cafe-blind-gongmun", from_="policy@kakaocorp.com", name_from=ew(KAKAO),
     date=d(5, "15:00:48"), subject=ew("[카카오] 시정요구(KCSC-240903-02) 조치결과 통보"),
     reply_to_req="req.240903.02",
     body="""
수신: 방송통신심의위원회
제목: 시정요구 조치결과 통보

1. 귀 기관의 발전을 기원합니다.
2. 귀 기관 요청번호 KCSC-240903-02 와 관련하여 Daum 카페 게시물에 대한 조치 결과를 통보합니다.

  가. %s
      - 조치: 블라인드 (2024. 9. 5. 14:20)
  나. %s
      - 조치: 블라인드 (2024. 9. 5. 14:22)

3. 티스토리 및 브런치 게시물은 해당 서비스 담당 부서에서 별도 회신 예정입니다.  끝.

주식회사 카카오 정책협력팀
""" % (U["k1"], U["k2"]),
     outcome="applied", classification="confirmation",
     imitates="Kakao 공문 시정요구 조치결과 통보 (Daum cafe 블라인드)",
     why="two Daum cafe posts each with 조치: 블라인드 -> removed; the other two items are only promised a later reply",
     items={"k1": "removed", "k2": "removed"})

# 10. Raw Korean path with a particle, URL in angle brackets followed by 은.
case(name="kakao-tistory-raw-korean-path", from_="policy@kakaocorp.com", name_from=ew(KAKAO),
     date=d(6, "11:38:25"), subject="Re: [KCSC-240903-02] 티스토리·브런치 게시물 처리 결과",
     reply_to_req="req.240903.02",
     body="""
안녕하세요. 카카오 정책협력팀입니다.

지난번 안내드린 대로 티스토리와 브런치 게시물 처리 결과를 알려드립니다.

%s 의 경우 개인정보(실명, 연락처)가 노출된 글로 확인되어 비공개 처리되었습니다.
<%s>은 작가 본인의 동의를 받아 삭제되었습니다.

이상입니다. 감사합니다.
""" % (TISTORY_RAW, U["k4"]),
     outcome="applied", classification="confirmation",
     imitates="Kakao operator reply about Tistory/Brunch posts",
     why="raw Korean Tistory path (matches its percent-encoded form) 비공개 처리 -> removed; bracketed Brunch URL 삭제 -> removed",
     items={"k3": "removed", "k4": "removed"})

# 11. Quoted-printable reply for the one-item Kakao request.
qp_body = """안녕하세요, 카카오 고객보호팀입니다.

요청번호 KCSC-240911-07 로 요청하신 Daum 카페 게시물
%s 을 확인하였습니다.
해당 게시물은 불법 상품(의약품) 판매글로 확인되어 2024년 9월 12일 삭제 조치되었습니다.
게시자에게는 카페 이용 제한 7일이 함께 적용되었습니다.

감사합니다.
카카오 고객보호팀 드림
""" % U["r1"]
case(name="kakao-r7-quoted-printable", from_="protect@kakaocorp.com", name_from=ew("카카오 고객보호팀"),
     date=d(12, "10:15:09"), subject=ew("Re: [KCSC-240911-07] 게시물 삭제 요청"),
     reply_to_req="req.240911.07",
     raw_mime="\n".join(["Content-Type: text/plain; charset=utf-8",
                         "Content-Transfer-Encoding: quoted-printable", "", qp(qp_body)]),
     outcome="applied", classification="confirmation",
     imitates="Kakao customer-protection reply, quoted-printable body",
     why="the named Daum cafe post 삭제 조치되었습니다 -> removed",
     items={"r1": "removed"})

# 12. Access restriction plus an author-deleted post.
case(name="kakao-access-limit-and-gone", from_="policy@kakaocorp.com", name_from=ew(KAKAO),
     date=d(9, "14:44:30"), subject="RE: [KCSC-240903-02] 추가 회신",
     reply_to_req="req.240903.02",
     body="""
안녕하세요, 카카오 정책협력팀입니다.

KCSC-240903-02 건 추가 회신드립니다.

■ %s
  → 국내 이용자 대상 접근 제한 조치 (해외 접속은 유지)

■ %s
  → 작성자가 이미 삭제한 게시물로 현재 존재하지 않습니다.

감사합니다.
""" % (TISTORY_ENC, U["k1"]),
     outcome="applied", classification="confirmation",
     imitates="Kakao follow-up reply with arrow-style results",
     why="접근 제한 for Korean users only -> restricted; post already deleted by its writer -> not_found",
     items={"k3": "restricted", "k1": "not_found"})

# 13. YouTube legal, Korean, country block + global removal.
case(name="youtube-kr-legal-local-block", from_="legal-kr@google.com", name_from="YouTube Legal Support",
     date=d(10, "08:02:51"), subject=ew("YouTube 법적 요청 검토 결과 [KCSC-240905-03]"),
     body="""
안녕하세요.

YouTube에 연락해 주셔서 감사합니다. 요청번호 KCSC-240905-03 관련 콘텐츠를 검토하였습니다.

대한민국 현지 법률에 근거하여 아래 동영상에 대한 대한민국 내 액세스를 차단했습니다.
%s
%s

또한 아래 동영상은 YouTube 커뮤니티 가이드 위반으로 전 세계에서 삭제되었습니다.
%s

YouTube의 법적 삭제 절차에 대한 자세한 내용은 https://support.google.com/youtube/answer/6154230 을 참고하세요.

감사합니다.
YouTube 법무팀
""" % (U["y1"], U["y2"], U["y3"]),
     outcome="applied", classification="confirmation",
     imitates="YouTube legal removal outcome in Korean (현지 법률에 따른 국가별 차단)",
     why="blocked in Korea only -> restricted for y1, y2; removed worldwide for the Short -> removed; help link is no item",
     items={"y1": "restricted", "y2": "restricted", "y3": "removed"})

# 14. Age restriction + no action on the channel.
case(name="youtube-kr-age-restricted", from_="legal-kr@google.com", name_from="YouTube Legal Support",
     date=d(11, "09:15:12"), subject="Re: [KCSC-240905-03] 추가 검토 결과",
     reply_to_req="req.240905.03",
     body="""
안녕하세요.

요청하신 나머지 콘텐츠의 검토 결과입니다.

- %s
  연령 제한이 적용되었습니다. 로그인하지 않았거나 만 18세 미만인 사용자는 시청할 수 없습니다.

- %s
  채널 전체를 검토했으나 YouTube 정책 또는 현지 법률 위반이 확인되지 않아 조치를 취하지 않았습니다.

감사합니다.
YouTube 법무팀
""" % (U["y4"], U["y5"]),
     outcome="applied", classification="confirmation",
     imitates="YouTube Korea outcome: age restriction and a no-action decision",
     why="연령 제한 적용 -> restricted; channel reviewed, no violation found, no action -> rejected",
     items={"y4": "restricted", "y5": "rejected"})

# 15. Channel terminated + reasoned no-action, English.
case(name="youtube-channel-terminated-en", from_="legal-kr@google.com", name_from="YouTube Legal Support",
     date=d(12, "07:55:40"), subject="Re: [KCSC-240905-03] Your request",
     reply_to_req="req.240905.03",
     body="""
Hello,

Thanks for reaching out to YouTube. We have completed our review of the following:

%s
The channel has been terminated for repeated violations of our spam and deceptive practices policies.

%s
We reviewed this video and did not find it to violate our Community Guidelines. Based on the
information provided, we were also unable to identify a violation of local law, so we have not
taken action on it.

Regards,
The YouTube Legal Team
""" % (U["y5"], U["y2"]),
     outcome="applied", classification="confirmation",
     imitates="YouTube legal team English outcome (channel terminated / no action)",
     why="channel terminated -> removed; video stays up, no policy or law violation found -> rejected",
     items={"y5": "removed", "y2": "rejected"})

# 16. HTML-only English table for all five YouTube items.
yt_rows = [("y1", "Removed", "Community Guidelines: gambling promotion"),
           ("y2", "Blocked in South Korea", "Local law"),
           ("y3", "No action", "Does not violate our policies"),
           ("y4", "Not found", "Video unavailable / invalid URL"),
           ("y5", "Age-restricted", "Channel content restricted to 18+")]
yt_html = ["<html><body>", "<p>Hello,</p>",
           "<p>Please find below the outcome of your request <b>KCSC-240905-03</b>.</p>",
           "<table border=\"1\" style=\"border-collapse:collapse\">",
           "<thead><tr><th>Content</th><th>Action</th><th>Reason</th></tr></thead><tbody>"]
for k, a, r in yt_rows:
    yt_html.append("<tr><td><a href=\"%s\">%s</a></td><td>%s</td><td>%s</td></tr>" % (U[k], U[k], a, r))
yt_html += ["</tbody></table>",
            "<p>If you have questions, reply to this email or visit the "
            "<a href=\"https://support.google.com/legal/answer/3110420\">Legal Help Center</a>.</p>",
            "<p>YouTube Legal</p></body></html>"]
case(name="youtube-html-table-en", from_="legal-kr@google.com", name_from="YouTube Legal",
     date=d(13, "10:40:00"), subject="[KCSC-240905-03] Outcome of your legal request",
     type="html", body="\n".join(yt_html),
     outcome="applied", classification="confirmation",
     imitates="YouTube legal outcome table (HTML only)",
     why="table row per video: Removed -> removed, Blocked in South Korea -> restricted, No action -> rejected, Not found -> not_found, Age-restricted -> restricted",
     items={"y1": "removed", "y2": "restricted", "y3": "rejected", "y4": "not_found", "y5": "restricted"})

# 17. DC Inside informal operator reply.
case(name="dc-informal-operator-dash", from_="cs@dcinside.com", name_from=ew(DC),
     date=d(9, "13:26:07"), subject="Re: [KCSC-240906-04] 게시물 삭제 요청",
     reply_to_req="req.240906.04",
     body="""
안녕하세요 디시인사이드 운영팀입니다.
보내주신 요청 건 처리했습니다.

%s - 삭제했습니다
%s - 삭제 + 작성자 IP 차단
%s - 이 글은 작성자가 먼저 지워서 없는 글이네요

추가로 필요하신 거 있으면 회신 주세요.
수고하세요.
""" % (U["d1"], U["d2"], U["d3"]),
     outcome="applied", classification="confirmation",
     imitates="DC Inside operator's short informal reply",
     why="삭제했습니다 / 삭제 + IP 차단 -> removed; already deleted by its writer -> not_found",
     items={"d1": "removed", "d2": "removed", "d3": "not_found"})

# 18. Outlook (ks_c_5601-1987, base64), bare URL with result on the line below.
dc18 = """디시인사이드 운영팀입니다.

[시정요구 조치 결과]

%s
처리결과 : 삭제 완료 (2024-09-10 11:20)

%s
처리결과 : 조치 불가 - 특정인을 지칭하지 않은 시황 의견 글로, 당사 운영원칙상 삭제 사유에 해당하지 않아 게시를 유지합니다.

""" % (U["d1"], U["d2"]) + outlook_quote("Friday, September 06, 2024 2:00 PM",
                                           "[KCSC-240906-04] 게시물 삭제 요청", "KCSC-240906-04",
                                           ["d1", "d2", "d3"]) + "\n"
case(name="dc-outlook-euckr-base64", from_="cs@dcinside.com", name_from=Header(DC, "ks_c_5601-1987").encode(),
     date=d(10, "11:31:45"), subject=Header("RE: [KCSC-240906-04] 게시물 삭제 요청", "ks_c_5601-1987").encode(),
     reply_to_req="req.240906.04",
     raw_mime="\n".join(['Content-Type: text/plain; charset="ks_c_5601-1987"',
                         "Content-Transfer-Encoding: base64", "",
                         b64(dc18.encode("euc_kr"))]),
     outcome="applied", classification="confirmation",
     imitates="Korean Outlook reply (ks_c_5601-1987, base64) with per-URL 처리결과 lines",
     why="d1 처리결과 삭제 완료 -> removed; d2 조치 불가 with reason, kept up -> rejected; d3 only in the quote -> pending",
     items={"d1": "removed", "d2": "rejected"})

# 19. Minor-gallery manager: URL on the line below the statement, plus not found.
case(name="dc-url-below-statement", from_="cs@dcinside.com", name_from=ew(DC),
     date=d(11, "17:02:33"), subject="[KCSC-240906-04] 처리 결과 안내",
     body="""
안녕하세요. 디시인사이드 운영팀입니다.

다음 게시물은 운영원칙 위반으로 삭제 조치하였습니다.
%s

요청하신 게시물 중 아래 주소는 존재하지 않는 게시물입니다. (게시물 번호 확인 불가)
%s

감사합니다.
""" % (U["d1"], U["d3"]),
     outcome="applied", classification="confirmation",
     imitates="DC Inside 처리 결과 안내, statement first, URL on the next line",
     why="statement followed by its URL on the next line -> removed; 존재하지 않는 게시물 -> not_found",
     items={"d1": "removed", "d3": "not_found"})

# 20. BAND reply: one deleted, one kept.
case(name="band-deleted-and-kept", from_="help@band.us", name_from=ew("BAND 고객센터"),
     date=d(11, "15:30:21"), subject=ew("[BAND] 신고하신 게시글 처리 결과 안내 (KCSC-240909-05)"),
     body="""
안녕하세요, BAND 고객센터입니다.

방송통신심의위원회에서 요청하신 게시글 2건의 처리 결과를 안내드립니다.

1. %s
   불법 대출 광고로 확인되어 게시글을 삭제하고 작성 멤버에게 이용 제한 조치를 적용했습니다.

2. %s
   대출 관련 정보 공유 글이나 광고·알선 정황이 없어 BAND 운영정책 위반 사항이 확인되지 않았습니다.
   따라서 별도 조치 없이 게시글을 유지합니다.

BAND 운영정책: https://band.us/policy/operation

감사합니다.
""" % (U["b1"], U["b2"]),
     outcome="applied", classification="confirmation",
     imitates="BAND 고객센터 report outcome",
     why="1 삭제 -> removed; 2 no violation, kept without action -> rejected; the policy link is no item",
     items={"b1": "removed", "b2": "rejected"})

# 21. BAND short notice: URL on the line below a 비공개 statement.
case(name="band-private-url-below", from_="help@band.us", name_from=ew("BAND 고객센터"),
     date=d(10, "19:05:00"), subject="Re: [KCSC-240909-05] 밴드 게시글 삭제 요청",
     reply_to_req="req.240909.05",
     body="""
안녕하세요, BAND 고객센터입니다.

아래 게시글은 운영정책 위반으로 비공개 처리되었습니다.

https://band.us/band/84512093/post/3310

나머지 1건은 검토 중이며 결과가 나오는 대로 알려드리겠습니다.

BAND 고객센터 드림
""",
     outcome="applied", classification="confirmation",
     imitates="BAND short 비공개 처리 notice",
     why="the post named under the statement is 비공개 처리 -> removed; the other is only 'under review' and not named",
     items={"b1": "removed"})

# 22. Echoed report fields (신고 대상 URL / 처리 결과).
case(name="naver-echoed-report-fields", from_="noreply-right@navercorp.com", name_from=ew("네이버 신고센터"),
     date=d(8, "20:14:36"), subject=ew("[네이버 신고센터] 신고 처리 결과 안내"),
     body="""
네이버 신고센터입니다. 접수하신 신고의 처리 결과를 알려드립니다.

■ 신고 접수 내용
- 접수번호: RPT-2024090211873
- 요청 기관: 방송통신심의위원회 (KCSC-240902-01)
- 신고 대상 URL: %s
- 신고 사유: 불법정보 (의약품 불법 판매)
- 처리 결과: 게시중단

- 신고 대상 URL: %s
- 신고 사유: 불법정보 (의약품 불법 판매)
- 처리 결과: 해당 게시물 없음 (작성자 삭제)

※ 본 메일은 발신 전용이므로 회신되지 않습니다.
""" % (U["n6"], U["n10"]),
     outcome="applied", classification="confirmation",
     imitates="NAVER 신고센터 result mail echoing the report fields",
     why="each echoed URL has its own 처리 결과: 게시중단 -> removed; 해당 게시물 없음 (작성자 삭제) -> not_found",
     items={"n6": "removed", "n10": "not_found"})

# 23. Long NAVER Post URL wrapped inside angle brackets.
case(name="naver-wrapped-post-url", from_="post-ops@navercorp.com", name_from=ew("네이버 포스트 운영"),
     date=d(6, "10:09:18"), subject="RE: [KCSC-240902-01] 네이버 포스트 게시물",
     reply_to_req="req.240902.01",
     body="""
안녕하세요. 네이버 포스트 운영 담당입니다.

요청하신 포스트 <https://post.naver.com/viewer/postView.naver?volumeNo=38120044&
memberNo=5529817> 는 오늘 10시부로 게시 중단되었습니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER Post operator reply with a long URL wrapped inside <...> (RFC 3986 appendix C style)",
     why="the wrapped bracketed URL is the requested Post; 게시 중단되었습니다 -> removed",
     items={"n9": "removed"})

# 24. Kakao 공문 as base64 HTML, table of four.
kk_rows = [("k1", "삭제", "개인정보 노출"), ("k2", "임시조치", "30일, 권리침해 신고 병행"),
           ("k3", "해당 게시물 없음", "주소 확인 불가"), ("k4", "조치 불가", "공개된 사업자 정보로 개인정보 아님")]
kk = ["<html><head><meta charset=\"utf-8\"></head><body>",
      "<p>수신: 방송통신심의위원회<br>제목: 시정요구(KCSC-240903-02) 조치결과 회신</p>",
      "<p>1. 귀 기관의 요청에 대한 당사 조치 결과를 아래와 같이 회신합니다.</p>",
      "<table border=\"1\"><tr><th>No</th><th>게시물 주소</th><th>조치 결과</th><th>사유</th></tr>"]
for i, (k, a, r) in enumerate(kk_rows, 1):
    kk.append("<tr><td>%d</td><td><a href=\"%s\">%s</a></td><td>%s</td><td>%s</td></tr>" % (i, U[k], U[k], a, r))
kk += ["</table>", "<p>2. 문의: 카카오 정책협력팀 (policy@kakaocorp.com)&nbsp; 끝.</p>", "</body></html>"]
case(name="kakao-base64-html-table", from_="policy@kakaocorp.com", name_from=ew(KAKAO),
     date=d(13, "16:25:10"), subject=ew("[카카오] 시정요구 조치결과 회신 (KCSC-240903-02)"),
     raw_mime="\n".join(["Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: base64", "",
                         b64("\n".join(kk).encode("utf-8"))]),
     outcome="applied", classification="confirmation",
     imitates="Kakao 공문 조치결과 as a base64 HTML table",
     why="삭제 -> removed; 임시조치 -> restricted; 해당 게시물 없음 -> not_found; 조치 불가 with reason -> rejected",
     items={"k1": "removed", "k2": "restricted", "k3": "not_found", "k4": "rejected"})

# 25. Acknowledgement phrase plus a real outcome.
case(name="youtube-thanks-plus-removal", from_="noreply-legal@youtube.com", name_from="YouTube",
     date=d(7, "03:12:44"), subject=ew("YouTube 신고 결과 안내"),
     body="""
안녕하세요.

신고를 접수해 주셔서 감사합니다. 검토 결과 다음 동영상은 YouTube 커뮤니티 가이드(불법 도박 홍보)를
위반하여 삭제되었습니다:

%s

YouTube 커뮤니티를 안전하게 유지하는 데 도움을 주셔서 감사합니다.

- YouTube 팀
""" % U["y3"],
     outcome="applied", classification="confirmation",
     imitates="YouTube report outcome mail (Korean), thanks plus removal",
     why="a thank-you line plus an unhedged removal of a named video is no mere acknowledgement -> removed",
     items={"y3": "removed"})

# 26. Full-width parentheses around the URL.
case(name="naver-fullwidth-parens", from_="policy-support@navercorp.com", name_from=ew(NAVER),
     date=d(7, "11:11:11"), subject="Re: [KCSC-240902-01] 블로그 게시물",
     reply_to_req="req.240902.01",
     body="""
담당자님 안녕하세요.

신고하신 게시물（%s）에 대해 게시중단 조치를 완료했습니다.

감사합니다.
네이버 정책지원팀
""" % U["n12"],
     outcome="applied", classification="confirmation",
     imitates="NAVER short reply with a URL inside full-width parentheses",
     why="URL in full-width parentheses, 게시중단 조치 완료 -> removed",
     items={"n12": "removed"})

# ================================================================ REVIEW
# 27. Promise only.
case(name="naver-promise-will-delete", from_="policy-support@navercorp.com", name_from=ew(NAVER),
     date=d(3, "09:30:40"), subject="Re: [KCSC-240902-01] 시정요구 (블로그 게시물)",
     reply_to_req="req.240902.01",
     body="""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 중
%s
%s
두 건은 판매 게시물로 보여 검토 후 금일 중 삭제 조치할 예정입니다.
조치가 완료되면 다시 안내드리겠습니다.

감사합니다.
""" % (U["n1"], U["n2"]),
     outcome="review", review="not_understood",
     imitates="NAVER interim reply promising deletion",
     why="'삭제 조치할 예정' is a promise; named items stay pending",
     items={"n1": "pending", "n2": "pending"})

# 28. Hedge.
case(name="kakao-hedge-appears-deleted", from_="policy@kakaocorp.com", name_from=ew(KAKAO),
     date=d(4, "15:48:02"), subject="Re: [KCSC-240903-02] 다음 카페 게시물",
     reply_to_req="req.240903.02",
     body="""
안녕하세요, 카카오 정책협력팀입니다.

%s 는 현재 접속 시 '삭제된 게시물입니다'라는 안내가 나오는 것으로 보아 이미 삭제된 것으로 보입니다.
%s 는 카페 운영자에게 확인 중입니다.

확인되는 대로 정식으로 회신드리겠습니다.
""" % (U["k2"], U["k1"]),
     outcome="review", review="not_understood",
     imitates="Kakao informal interim reply",
     why="'삭제된 것으로 보입니다' is a hedge and '확인 중' is under review: no statement, both pending",
     items={"k2": "pending", "k1": "pending"})

# 29. Bulk statement for the 12-item request.
case(name="naver-bulk-all-done", from_="policy-support@navercorp.com", name_from=ew(NAVER),
     date=d(13, "09:05:27"), subject=ew("[회신] KCSC-240902-01 조치 완료"),
     reply_to_req="req.240902.01",
     body="""
수신: 방송통신심의위원회
제목: 시정요구 조치 완료 통보

1. 귀 위원회의 요청번호 KCSC-240902-01 관련입니다.
2. 요청하신 게시물 전체에 대하여 게시중단 조치를 완료하였음을 알려드립니다.  끝.

네이버 주식회사 정책지원팀
""",
     outcome="review", review="bulk",
     imitates="공문-style one-line 조치 완료 통보 for a whole request",
     why="'요청하신 게시물 전체' covers twelve items without naming any: bulk, items pending",
     items={k: "pending" for k in ALL_N})

# 30. Bulk for the 3-item DC request, Gmail quote below.
case(name="dc-bulk-all-deleted", from_="cs@dcinside.com", name_from=ew(DC),
     date=d(7, "22:41:09"), subject="Re: [KCSC-240906-04] 게시물 삭제 요청",
     reply_to_req="req.240906.04",
     body="""
네 말씀하신 글들 전부 삭제 처리했습니다.
운영팀

""" + gmail_quote("2024년 9월 6일 (금) 오후 2:00, KCSC Takedown <takedown@kcsc.example>님이 작성:",
                  "KCSC-240906-04", ["d1", "d2", "d3"]),
     outcome="review", review="bulk",
     imitates="terse operator reply over a Gmail-quoted request",
     why="'전부 삭제' for a three-item request; the URLs appear only in the quote: bulk, items pending",
     items={"d1": "pending", "d2": "pending", "d3": "pending"})

# 31. NAVER domain failing authentication.
case(name="naver-auth-fail", from_="policy-support@navercorp.com", name_from=ew(NAVER), auth="fail",
     date=d(8, "02:17:55"), subject="Re: [KCSC-240902-01] 조치 결과",
     body="""
안녕하세요, 네이버입니다.

%s 게시물은 삭제되었습니다.
%s 게시물은 삭제되었습니다.

감사합니다.
""" % (U["n1"], U["n3"]),
     outcome="review", review="untrusted",
     imitates="mail claiming to be NAVER whose DKIM/SPF/DMARC fail",
     why="statements from navercorp.com failing DMARC: untrusted, nothing applied",
     items={"n1": "pending", "n3": "pending"})

# 32. Daum cafe manager writing from a personal hanmail.net address.
case(name="kakao-cafe-manager-hanmail", from_="redkite.manager@hanmail.net", name_from=ew("빨간연 카페지기"),
     date=d(12, "23:08:40"), subject="[KCSC-240911-07] 카페 게시글 삭제했습니다",
     body="""
안녕하세요 저는 빨간연 클럽 다음카페 카페지기입니다.
카카오에서 연락받고 말씀하신 글
%s
카페지기 권한으로 삭제했습니다. 확인 부탁드립니다.
""" % U["r1"],
     outcome="review", review="unknown_sender",
     imitates="a Daum cafe manager (community moderator) writing from a personal mailbox",
     why="hanmail.net is no configured platform sender; the cafe manager is not Kakao: unknown_sender",
     items={"r1": "pending"})

# 33. NAVER answering for BAND items.
case(name="naver-about-band-items", from_="policy-support@navercorp.com", name_from=ew(NAVER),
     date=d(12, "13:33:33"), subject="RE: [KCSC-240909-05] 밴드 게시글 건",
     body="""
안녕하세요, 네이버 정책지원팀입니다.

BAND 측과 확인한 결과를 전달드립니다.
%s 게시글은 삭제 처리되었습니다.
%s 게시글은 삭제 처리되었습니다.

이후 BAND 관련 건은 BAND 고객센터로 직접 요청 부탁드립니다.
""" % (U["b1"], U["b2"]),
     outcome="review", review="wrong_platform",
     imitates="NAVER group reply relaying results for BAND posts",
     why="navercorp.com is the naver platform's sender; these items belong to the band request: wrong_platform",
     items={"b1": "pending", "b2": "pending"})

# 34. Under review.
case(name="youtube-under-review", from_="legal-kr@google.com", name_from="YouTube Legal Support",
     date=d(6, "06:21:19"), subject="Re: [KCSC-240905-03] 검토 진행 상황",
     reply_to_req="req.240905.03",
     body="""
안녕하세요.

요청하신 콘텐츠 중 아래 항목은 현재 법무팀에서 검토 중입니다.
- %s
- %s

검토가 완료되면 결과를 이메일로 안내해 드리겠습니다. 기다려 주셔서 감사합니다.

YouTube 법무팀
""" % (U["y1"], U["y4"]),
     outcome="review", review="not_understood",
     imitates="YouTube legal interim 'under review' update",
     why="'검토 중' is not a statement; named items stay pending",
     items={"y1": "pending", "y4": "pending"})

# 35. Trusted mail naming nothing.
case(name="naver-contact-change-no-claims", from_="policy-support@navercorp.com", name_from=ew(NAVER),
     date=d(4, "17:00:00"), subject=ew("[안내] 네이버 정책지원팀 공문 수신 주소 변경"),
     body="""
방송통신심의위원회 담당자님께,

2024년 10월 1일부터 시정요구 공문 수신 주소가 아래와 같이 변경됩니다.

- 변경 전: policy-support@navercorp.com
- 변경 후: kr-regulator@navercorp.com

기존 주소로 보내주신 요청도 당분간 함께 확인할 예정이니 참고 부탁드립니다.

네이버 정책지원팀 드림
""",
     outcome="review", review="no_claims", classification="other",
     imitates="platform notice of a changed contact address",
     why="trusted NAVER mail naming no item and no request: no_claims",
     items={})

# 36. Asks for the official document first.
case(name="dc-asks-for-gongmun", from_="cs@dcinside.com", name_from=ew(DC),
     date=d(6, "17:45:12"), subject="Re: [KCSC-240906-04] 게시물 삭제 요청",
     reply_to_req="req.240906.04",
     body="""
안녕하세요, 디시인사이드 운영팀입니다.

요청하신 게시물 3건 처리를 위해 아래 자료를 보내주시기 바랍니다.
 1) 기관 명의의 시정요구 공문 원본 (PDF)
 2) 담당자 성명 및 연락처

자료 확인 후 처리 결과 회신드리겠습니다.
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="DC Inside request for the official 공문 before acting",
     why="asks for documents before acting on KCSC-240906-04; no statement",
     items={"d1": "pending", "d2": "pending", "d3": "pending"})

# 37. Conditional.
case(name="youtube-conditional-may-restrict", from_="legal-kr@google.com", name_from="YouTube Legal Support",
     date=d(9, "05:50:31"), subject="Re: [KCSC-240905-03] Additional information",
     reply_to_req="req.240905.03",
     body="""
Hello,

Regarding %s :
if the content is confirmed to violate local law, it may be restricted in South Korea.
We will let you know once our review of this video is complete.

Regards,
YouTube Legal Support
""" % U["y2"],
     outcome="review", review="not_understood",
     imitates="YouTube legal conditional answer ('may be restricted')",
     why="'if ... it may be restricted' is a condition and a hedge; y2 stays pending",
     items={"y2": "pending"})

# 38. Outsourced monitoring firm claiming to act for DC Inside.
case(name="dc-outsourced-agency", from_="report@cleanwatch-ops.co.kr", name_from=ew("클린워치 모니터링센터"),
     date=d(9, "10:12:07"), subject="[KCSC-240906-04] 디시인사이드 게시물 처리 결과 (대행)",
     body="""
안녕하세요. 디시인사이드 게시물 모니터링 업무를 대행하는 클린워치 모니터링센터입니다.

%s - 삭제 완료
%s - 삭제 완료

문의사항은 본 메일로 회신 바랍니다.
""" % (U["d1"], U["d2"]),
     outcome="review", review="unknown_sender",
     imitates="an outsourced moderation vendor reporting on a platform's behalf",
     why="cleanwatch-ops.co.kr is no platform's sender domain: unknown_sender",
     items={"d1": "pending", "d2": "pending"})

# ================================================================ IGNORED
# 39. NAVER customer-centre receipt.
case(name="naver-inquiry-receipt", from_="help@navercorp.com", name_from=ew("네이버 고객센터"),
     date=d(2, "10:02:14"), subject=ew("[네이버 고객센터] 문의가 정상적으로 접수되었습니다"),
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""
안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
 - 접수번호: 20240902-0015522
 - 접수일시: 2024.09.02 10:02

담당자가 내용을 확인한 후 순차적으로 답변드리겠습니다.
답변은 고객센터 > 나의 문의내역(https://help.naver.com/myinquiry)에서도 확인하실 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="NAVER 고객센터 automatic 문의 접수 receipt",
     why="pure receipt with a ticket number, no statement about items",
     items={})

# 40. Kakao staff out-of-office (Chuseok).
case(name="kakao-ooo-chuseok", from_="seoyeon.park@kakaocorp.com", name_from=ew("박서연"),
     date=d(13, "18:30:02"), subject=ew("자동 회신: [KCSC-240903-02] 시정요구 조치결과 문의"),
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""
안녕하세요. 박서연입니다.

9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
9월 19일(목)부터 순차적으로 회신드리겠습니다.
급한 건은 정책협력팀 대표 메일(policy@kakaocorp.com)로 보내주시기 바랍니다.

감사합니다.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook Korean 자동 회신 (Chuseok out-of-office)",
     why="out-of-office auto-reply",
     items={})

# 41. DSN from DC Inside's mail server.
dsn_text = """This is the mail system at host mx1.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<takedown-req@dcinside.com>: host mx1.dcinside.com[203.0.113.25] said:
    550 5.1.1 <takedown-req@dcinside.com>: Recipient address rejected:
    User unknown in local recipient table
"""
case(name="dc-dsn-user-unknown", from_="MAILER-DAEMON@mx1.dcinside.com", name_from="Mail Delivery System",
     date=d(6, "14:00:09"), subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime="\n".join([
         'Content-Type: multipart/report; report-type=delivery-status; boundary="B3C1F1E2A0.1725598809/mx1.dcinside.com"', "",
         "--B3C1F1E2A0.1725598809/mx1.dcinside.com",
         "Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii", "",
         dsn_text,
         "--B3C1F1E2A0.1725598809/mx1.dcinside.com",
         "Content-Description: Delivery report", "Content-Type: message/delivery-status", "",
         "Reporting-MTA: dns; mx1.dcinside.com", "",
         "Final-Recipient: rfc822; takedown-req@dcinside.com",
         "Action: failed", "Status: 5.1.1",
         "Diagnostic-Code: smtp; 550 5.1.1 User unknown", "",
         "--B3C1F1E2A0.1725598809/mx1.dcinside.com",
         "Content-Description: Undelivered Message", "Content-Type: message/rfc822", "",
         "From: KCSC Takedown <takedown@kcsc.example>",
         "To: takedown-req@dcinside.com",
         "Subject: [KCSC-240906-04] =?utf-8?b?6rKM7Iuc66y8IOyCreygnCDsmpTssq0=?=",
         "Message-ID: <req.240906.04@kcsc.example>",
         "Date: Fri, 06 Sep 2024 14:00:00 +0900",
         "Content-Type: text/plain; charset=utf-8", "",
         "\n".join(quote_req("KCSC-240906-04", ["d1", "d2", "d3"])), "",
         "--B3C1F1E2A0.1725598809/mx1.dcinside.com--"]),
     outcome="ignored", classification="bounce",
     imitates="Postfix DSN (user unknown) returning the request",
     why="delivery failure report; the URLs are only in the returned request",
     items={})

# 42. MDN (Outlook read receipt) from Kakao.
case(name="kakao-read-receipt", from_="minho.lee@kakaocorp.com", name_from=ew("이민호"),
     date=d(3, "13:02:40"), subject=ew("읽음: [KCSC-240903-02] 시정요구(삭제) 요청"),
     raw_mime="\n".join([
         'Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_kk_0903"', "",
         "--mdn_kk_0903", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "",
         "메시지", "", "  받는 사람: 이민호", "  제목: [KCSC-240903-02] 시정요구(삭제) 요청",
         "  보낸 날짜: 2024-09-03 화요일 오전 11:00", "",
         "을(를) 2024-09-03 화요일 오후 1:02에 읽었습니다.", "",
         "--mdn_kk_0903", "Content-Type: message/disposition-notification", "",
         "Reporting-UA: mail.kakaocorp.com; Microsoft Outlook 16.0",
         "Final-Recipient: rfc822;minho.lee@kakaocorp.com",
         "Original-Message-ID: <req.240903.02@kcsc.example>",
         "Disposition: manual-action/MDN-sent-manually; displayed", "",
         "--mdn_kk_0903--"]),
     outcome="ignored", classification="read_receipt",
     imitates="Korean Outlook read receipt (읽음:)",
     why="message disposition notification only",
     items={})

# 43. BAND ticket receipt.
case(name="band-ticket-receipt", from_="help@band.us", name_from=ew("BAND 고객센터"),
     date=d(9, "10:05:51"), subject=ew("[BAND] 문의 접수 완료 안내 (#BND-5521098)"),
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""
안녕하세요, BAND 고객센터입니다.

보내주신 문의(제목: [KCSC-240909-05] 밴드 게시글 삭제 요청)가 접수되었습니다.
문의번호는 #BND-5521098 입니다.

영업일 기준 3일 이내에 답변드릴 예정입니다. 추가 내용이 있으시면 이 메일에 회신해 주세요.

BAND 고객센터
""",
     outcome="ignored", classification="acknowledgement",
     imitates="helpdesk ticket receipt (BAND 고객센터)",
     why="pure acknowledgement with a ticket number",
     items={})

# 44. NAVER staff out-of-office, bilingual.
case(name="naver-ooo-bilingual", from_="jiwoo.han@navercorp.com", name_from=ew("한지우"),
     date=d(14, "09:00:03"), subject=ew("[부재중] Re: [KCSC-240902-01] 시정요구(삭제) 요청"),
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     body="""
부재중 자동응답입니다.
9/14 ~ 9/18 휴가로 메일 확인이 어렵습니다. 급한 용무는 policy-support@navercorp.com 으로 보내주세요.

I am out of the office from 14 to 18 September with limited access to email.
For urgent matters please contact policy-support@navercorp.com.

한지우 드림
""",
     outcome="ignored", classification="auto_reply",
     imitates="bilingual out-of-office auto-reply",
     why="out-of-office auto-reply",
     items={})

# 45. Daum bounce (mailbox full), returned request carries the URL.
case(name="daum-bounce-mailbox-full", from_="MAILER-DAEMON@daum.net", name_from=ew("Daum 메일 시스템"),
     date=d(11, "10:31:02"), subject=ew("[발송 실패 안내] [KCSC-240911-07] 게시물 삭제 요청"),
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime="\n".join([
         'Content-Type: multipart/report; report-type=delivery-status; boundary="dm_bounce_0911"', "",
         "--dm_bounce_0911", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "",
         "받는 사람의 메일함 용량이 가득 차서 메일을 전달하지 못했습니다.",
         "받는 사람: cafe-report@daum.net",
         "원인: 552 5.2.2 Mailbox full", "",
         "--dm_bounce_0911", "Content-Type: message/delivery-status", "",
         "Reporting-MTA: dns; mail.daum.net", "",
         "Final-Recipient: rfc822; cafe-report@daum.net",
         "Action: failed", "Status: 5.2.2", "",
         "--dm_bounce_0911", "Content-Type: message/rfc822", "",
         "From: KCSC Takedown <takedown@kcsc.example>",
         "To: cafe-report@daum.net",
         "Subject: [KCSC-240911-07] request",
         "Message-ID: <req.240911.07@kcsc.example>",
         "Date: Wed, 11 Sep 2024 10:30:00 +0900",
         "Content-Type: text/plain; charset=utf-8", "",
         "\n".join(quote_req("KCSC-240911-07", ["r1"])), "",
         "--dm_bounce_0911--"]),
     outcome="ignored", classification="bounce",
     imitates="Daum mail system bounce (mailbox full) returning the request",
     why="bounce; the URL is only in the returned request",
     items={})


# ---------------------------------------------------------------- write
def finish():
    for c in cases:
        c["from"] = c.pop("from_")
        c["items"] = {U[k]: v for k, v in c["items"].items()}
        if "name_from" in c and c["name_from"] is None:
            del c["name_from"]
    header = """# Blind set 917 (Korean: NAVER, Kakao/Daum, YouTube Korea, DC Inside, BAND).
# Written by make.py from the meaning of each email, before any run of the reader.
# Each case is judged alone on a fresh ledger holding requests.csv."""
    corpuslib.write_set(HERE, SET, header, cases)


if __name__ == "__main__":
    write_requests()
    finish()
