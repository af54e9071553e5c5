#!/usr/bin/env python3
"""Blind set 761 (Korean: NAVER, Kakao/Daum, YouTube Korea, DC Inside, BAND).

    python3 tests/corpus/blind761/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email is fictional and written for this set; expected results come from
each email's meaning alone, written before the reader was ever run on it.
"""
import base64
import csv
import datetime
import io
import os
import quopri
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- helpers


def kpath(host, path):
    """URL as stored in requests.csv (percent-encoded) and as written raw."""
    return "https://" + host + urllib.parse.quote(path), "https://" + host + path


def d(day, hh, mm, ss=0):
    t = datetime.datetime(2024, 9, day, hh, mm, ss)
    return t.strftime("%a, %d %b %Y %H:%M:%S +0900")


def ew(s):
    """RFC 2047 encoded words (UTF-8, base64), split on character bounds."""
    out, chunk = [], ""
    for ch in s:
        if len((chunk + ch).encode("utf-8")) > 39:
            out.append(chunk)
            chunk = ""
        chunk += ch
    out.append(chunk)
    return "\n ".join("=?UTF-8?B?" + base64.b64encode(c.encode()).decode() + "?=" for c in out)


def b64(s):
    raw = base64.b64encode(s.encode("utf-8")).decode()
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def b64bytes(b):
    raw = base64.b64encode(b).decode()
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode()


# ---------------------------------------------------------------- requests

N1 = "https://blog.naver.com/moonlit_ferry/223561100401"
N2 = "https://blog.naver.com/moonlit_ferry/223561100877"
N3 = "https://blog.naver.com/greyowl_88/223548812090"
N4 = "https://cafe.naver.com/quietriver/48211"
N5 = "https://cafe.naver.com/quietriver/48230"
N6 = "https://cafe.naver.com/bluepinestock/9914"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60208&docId=471203355"
N8 = "https://post.naver.com/viewer/postView.naver?volumeNo=38120455&memberNo=5520931"
N9 = "https://blog.naver.com/sora_lamp/223570021145"
N10 = "https://cafe.naver.com/bluepinestock/9920"
N11 = "https://m.blog.naver.com/greyowl_88/223548815512"
N12 = "https://tv.naver.com/v/59120338"
N13 = "https://blog.naver.com/han_river_note/223572200016"
N14 = "https://cafe.naver.com/quietriver/48302"
NAVER_R1 = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12, N13, N14]

K1 = "https://cafe.daum.net/nightmarket77/Ab3x/1204"
K2 = "https://cafe.daum.net/nightmarket77/Ab3x/1219"
K3 = "https://brunch.co.kr/@paperkite/41"
K4, K4RAW = kpath("windyhill.tistory.com", "/entry/이벤트-당첨-안내")
K5 = "https://cafe.daum.net/greenvalley12/KpQ1/88"
KAKAO_R2 = [K1, K2, K3, K4, K5]

Y1 = "https://www.youtube.com/watch?v=Qm7xR2pLk0A"
Y2 = "https://www.youtube.com/watch?v=b8TzN1vWq3E"
Y3 = "https://www.youtube.com/shorts/Hk2pV9sLm4Q"
Y4 = "https://www.youtube.com/watch?v=Zc4yU6eRt1M"
YT_R3 = [Y1, Y2, Y3, Y4]

D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=8841201"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=331207"
D3 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=8841388"
DC_R4 = [D1, D2, D3]

B1 = "https://band.us/band/81230455/post/1021"
B2 = "https://band.us/band/81230455/post/1034"
BAND_R5 = [B1, B2]

N6A = "https://blog.naver.com/dawnsparrow/223580091234"
K7, K7RAW = kpath("blossom-note.tistory.com", "/entry/투자-리딩방-모집")

REQUESTS = [
    # ref, platform, sent, due, category, urls, note
    ("KCSC-240902-01", "naver", "2024-09-02T10:12:00+09:00", "2024-09-09T18:00:00+09:00",
     "illegal_gambling", NAVER_R1, "불법 도박 홍보 게시물 (블로그·카페·지식iN·포스트·TV)"),
    ("KCSC-240903-02", "kakao", "2024-09-03T11:05:00+09:00", "2024-09-10T18:00:00+09:00",
     "fraud", KAKAO_R2, "투자 사기 홍보 (다음 카페·브런치·티스토리)"),
    ("KCSC-240904-03", "youtube", "2024-09-04T09:40:00+09:00", "2024-09-11T18:00:00+09:00",
     "defamation", YT_R3, "명예훼손 동영상"),
    ("KCSC-240905-04", "dcinside", "2024-09-05T14:20:00+09:00", "2024-09-12T18:00:00+09:00",
     "privacy", DC_R4, "개인정보 노출 게시글"),
    ("KCSC-240906-05", "band", "2024-09-06T10:30:00+09:00", "2024-09-13T18:00:00+09:00",
     "illegal_gambling", BAND_R5, "밴드 도박 홍보 게시글"),
    ("KCSC-240909-06", "naver", "2024-09-09T09:15:00+09:00", "2024-09-16T18:00:00+09:00",
     "drugs", [N6A], "마약류 판매 광고"),
    ("KCSC-240910-07", "kakao", "2024-09-10T16:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "fraud", [K7], "리딩방 모집 글"),
]


def mid(ref):
    return "req-" + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def request_text(ref, raw_korean=True):
    """The body of our own request email, as platforms quote it back."""
    for r in REQUESTS:
        if r[0] == ref:
            urls = r[5]
    if raw_korean:
        urls = [K4RAW if u == K4 else K7RAW if u == K7 else u for u in urls]
    lines = [
        f"[방송통신심의위원회] 불법정보 시정요구 ({ref})",
        "",
        "귀사 서비스에 게재된 아래 정보에 대하여 「방송통신위원회의 설치 및 운영에 관한 법률」",
        "제21조에 따라 삭제 또는 접속차단 등 시정을 요구하오니, 조치 결과를 회신하여 주시기 바랍니다.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "통신심의국 불법정보심의팀 드림"]
    return lines


def quoted(lines):
    return "\n".join(("> " + x) if x else ">" for x in lines)


# ---------------------------------------------------------------- cases

CASES = []


def case(**kw):
    CASES.append(kw)


NAVER_POLICY = "policy@navercorp.com"

# ======================= applied ==========================================

case(
    name="naver-gongmun-pipe-table-all14",
    date=d(9, 17, 40), frm=NAVER_POLICY, name_from=ew("네이버 정책지원팀"),
    subject=ew("[네이버] 시정요구(KCSC-240902-01)에 대한 조치결과 회신"),
    body=f"""수    신 : 방송통신심의위원회 통신심의국장
참    조 : 불법정보심의팀
제    목 : 시정요구(KCSC-240902-01)에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.

2. 귀 위원회에서 2024. 9. 2. 요청하신 시정요구(KCSC-240902-01, 총 14건)와
관련하여 당사의 조치 결과를 아래와 같이 회신합니다.

                         - 아    래 -

 연번 | 대상 URL | 조치결과 | 조치일
 -----+----------+----------+--------
 1 | {N1} | 삭제 | 09.05
 2 | {N2} | 삭제 | 09.05
 3 | {N3} | 블라인드 | 09.05
 4 | {N4} | 임시조치(30일) | 09.06
 5 | {N5} | 삭제 | 09.06
 6 | {N6} | 게시물 없음(작성자 삭제) | -
 7 | {N7} | 삭제 | 09.06
 8 | {N8} | 조치불가(운영원칙 위반사항 없음) | -
 9 | {N9} | 블라인드 | 09.06
 10 | {N10} | 접속차단(국내) | 09.09
 11 | {N11} | 삭제 | 09.09
 12 | {N12} | 삭제 | 09.09
 13 | {N13} | 게시물 없음(존재하지 않는 주소) | -
 14 | {N14} | 비공개 처리 | 09.09

3. 조치불가 건(연번 8)은 해당 포스트가 도박 사이트를 비판하는 내용으로
확인되어 게시를 유지하였습니다. 추가 자료가 있으시면 회신 부탁드립니다.

4. 기타 문의사항은 정책지원팀(policy@navercorp.com)으로 연락 주시기 바랍니다.  끝.

네이버 주식회사 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 공문 (official letter) reply to a KCSC 시정요구 with a pipe text table of 조치결과",
    why="trusted NAVER letter states one result for each of the 14 URLs; 임시조치 and 국내 접속차단 are restricted, 게시물 없음 not_found, 조치불가 with its reason rejected, 비공개 removed",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "restricted", N5: "removed",
           N6: "not_found", N7: "removed", N8: "rejected", N9: "removed", N10: "restricted",
           N11: "removed", N12: "removed", N13: "not_found", N14: "removed"},
)

html_siljeong = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>KCSC-240902-01 시정요구 건 중 1차 조치 결과를 아래 표로 회신드립니다. 잔여 건은 처리 후 별도 회신 예정입니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#03c75a;color:#fff"><th>번호</th><th>URL</th><th>조치일자</th><th>조치내용</th></tr>
<tr><td>1</td><td><a href="{N1}">{N1}</a></td><td>2024-09-04</td><td>삭제</td></tr>
<tr><td>2</td><td><a href="{N2}">{N2}</a></td><td>2024-09-04</td><td>블라인드</td></tr>
<tr><td>3</td><td><a href="{N3}">{N3}</a></td><td>2024-09-04</td><td>삭제</td></tr>
<tr><td>4</td><td><a href="{N4}">{N4}</a></td><td>2024-09-05</td><td>삭제</td></tr>
<tr><td>5</td><td><a href="{N5}">{N5}</a></td><td>-</td><td>미조치 (언론 보도 인용 글로 판단되어 게시 유지)</td></tr>
<tr><td>6</td><td><a href="{N6}">{N6}</a></td><td>2024-09-05</td><td>임시조치</td></tr>
</table>
<p style="color:#888">본 메일은 발신 전용이 아니며, 회신 시 담당자에게 전달됩니다.<br>
네이버 운영원칙: <a href="https://policy.naver.com/policy/service_group.html">https://policy.naver.com/policy/service_group.html</a></p>
</body></html>
"""
case(
    name="naver-html-table-first-batch",
    date=d(5, 19, 2), frm=NAVER_POLICY, name_from=ew("네이버 정책지원팀"),
    subject="Re: " + ew("[KCSC-240902-01] 불법정보 시정요구"),
    reply_to_req=mid("KCSC-240902-01"),
    raw_mime="Content-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n" + b64(html_siljeong),
    outcome="applied",
    imitates="NAVER HTML 시정요구 조치결과 table (base64 HTML), first batch of a larger request",
    why="HTML table gives a result for six URLs; 미조치 with a reason is rejected, 임시조치 restricted; the policy link is not an item",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "removed", N5: "rejected", N6: "restricted"},
)

csv_text = "\ufeff번호,URL,처리결과,처리일시\n" + "\n".join([
    f"7,{N7},삭제,2024-09-06 10:12",
    f"8,{N8},삭제,2024-09-06 10:15",
    f"9,{N9},임시조치,2024-09-06 10:20",
    f"10,{N10},삭제,2024-09-06 11:02",
    f"11,{N11},게시물없음,-",
    f"12,{N12},삭제,2024-09-06 11:30",
    f"13,{N13},블라인드,2024-09-06 11:41",
    f"14,{N14},삭제불가(위반사항 없음),-",
]) + "\n"
case(
    name="naver-csv-attachment-items-7-14",
    date=d(6, 15, 10), frm="safety@navercorp.com", name_from=ew("네이버 세이프티센터"),
    subject="Re: " + ew("[KCSC-240902-01] 불법정보 시정요구 - 잔여 건 처리결과"),
    reply_to_req=mid("KCSC-240902-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_761_a3"

--=_nv_761_a3
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 세이프티센터입니다.

KCSC-240902-01 건의 잔여 8건(연번 7~14) 처리 결과를 첨부 CSV 파일로
송부드립니다. 확인 부탁드립니다.

감사합니다.

--=_nv_761_a3
Content-Type: text/csv; charset=UTF-8; name="KCSC-240902-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--=_nv_761_a3--
""",
    outcome="applied",
    imitates="portal reply with a CSV 처리결과 attachment (UTF-8 with BOM)",
    why="the CSV gives one result per URL for items 7-14; 게시물없음 is not_found, 삭제불가(위반사항 없음) rejected",
    items={N7: "removed", N8: "removed", N9: "restricted", N10: "removed", N11: "not_found",
           N12: "removed", N13: "removed", N14: "rejected"},
)

case(
    name="naver-imsijochi-notice-one-item",
    date=d(10, 11, 25), frm="noreply_right@navercorp.com", name_from=ew("네이버 게시중단요청서비스"),
    subject=ew("[네이버] 게시중단 요청에 따른 임시조치 결과 안내"),
    body=f"""네이버 게시중단요청서비스 처리 결과 안내

요청번호 : KCSC-240909-06
요청인   : 방송통신심의위원회
처리일   : 2024.09.10

요청하신 아래 게시물에 대하여 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」
제44조의2 제4항에 따라 임시조치(30일간 해당 게시물에 대한 접근 차단)를 하였음을
알려드립니다.

  ■ 대상 게시물 : {N6A}
  ■ 서비스     : 블로그
  ■ 조치 내용   : 임시조치 (게시중단 30일)

임시조치 기간 중 게시자의 재게시 요청이 있을 경우 관련 절차에 따라 다시 안내드립니다.

※ 본 메일은 발신 전용입니다. 문의는 네이버 고객센터(https://help.naver.com)를 이용해 주세요.
""",
    outcome="applied",
    imitates="NAVER 게시중단요청서비스 임시조치 notice (정보통신망법 44조의2)",
    why="임시조치 (30-day access block) of the one named post is restricted per the set's rules; the help-centre link is not an item",
    items={N6A: "restricted"},
)

case(
    name="naver-corner-brackets-one-item",
    date=d(11, 9, 48), frm="cs_blog@naver.com", name_from=ew("네이버 블로그 운영팀"),
    subject="RE: " + ew("[KCSC-240909-06] 시정요구"),
    reply_to_req=mid("KCSC-240909-06"),
    body=f"""안녕하세요. 네이버 블로그 운영팀입니다.

요청하신 「{N6A}」 게시물은
마약류 판매 광고로 확인되어 2024년 9월 11일 자로 삭제하였습니다.
해당 블로그에는 이용제한 조치도 함께 적용되었습니다.

감사합니다.
네이버 블로그 운영팀 드림
""",
    outcome="applied",
    imitates="informal NAVER blog operations reply quoting the URL in Korean corner brackets 「」",
    why="the one URL, wrapped in 「」, is stated as deleted",
    items={N6A: "removed"},
)

case(
    name="kakao-daum-cafe-prose",
    date=d(6, 16, 33), frm="right@kakaocorp.com", name_from=ew("카카오 권리침해신고센터"),
    subject=ew("[카카오] KCSC-240903-02 시정요구 처리 결과 안내"),
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 KCSC-240903-02 건의 처리 결과를 안내드립니다.

다음 카페 게시글 {K1} 및 {K2} 는 불법정보(투자 사기 홍보)로 확인되어
게시중단 처리하였습니다.

또한 {K5} 게시글은 정보통신망법에 따라 30일간 임시조치하였습니다.

나머지 게시물은 담당 서비스에서 검토하고 있으며, 결과가 나오는 대로 다시
알려드리겠습니다.

감사합니다.
카카오 권리침해신고센터 드림
""",
    outcome="applied",
    imitates="Kakao 권리침해신고센터 prose reply (게시중단 / 임시조치)",
    why="two cafe posts 게시중단 (removed), one 임시조치 (restricted); the remaining ones are only promised, so stay pending",
    items={K1: "removed", K2: "removed", K5: "restricted", K3: "pending", K4: "pending"},
)

case(
    name="tistory-korean-path-angle-brackets",
    date=d(12, 10, 5), frm="tistory@kakaocorp.com", name_from=ew("티스토리 운영팀"),
    subject=ew("[티스토리] 신고 게시글 처리 결과 안내 (KCSC-240910-07)"),
    body=f"""안녕하세요. 티스토리 운영팀입니다.

신고해주신 게시글
<{K7RAW}>
에 대하여 검토한 결과, 티스토리 운영정책(불법 투자 권유 금지)에 위반되는 것으로
확인되어 해당 게시글을 비공개 처리하였습니다.

게시자에게는 운영정책 위반 안내가 함께 발송되었습니다.

티스토리 운영정책 보기: https://www.tistory.com/policy

감사합니다.
""",
    outcome="applied",
    imitates="Tistory (Kakao) report outcome notice, Korean URL path written raw in angle brackets",
    why="raw Korean path matches the percent-encoded request URL; 비공개 처리 counts as removed",
    items={K7: "removed"},
)

case(
    name="kakao-brunch-rejected-tistory-removed",
    date=d(9, 14, 22), frm="right@kakaocorp.com", name_from=ew("카카오 권리침해신고센터"),
    subject="Re: " + ew("[KCSC-240903-02] 불법정보 시정요구"),
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.
요청하신 건 중 브런치와 티스토리 게시물 처리 결과를 먼저 회신드립니다.

1) {K3}
   검토 결과 작성자 본인의 투자 경험과 손실을 서술한 글로, 특정 상품이나
   리딩방을 홍보하는 내용이 없어 불법정보에 해당하지 않는다고 판단하였습니다.
   따라서 게시를 유지합니다.

2) {K4}
   운영정책 위반으로 삭제 조치 완료하였습니다.

다음 카페 게시물은 확인 후 별도 회신드리겠습니다.
""",
    outcome="applied",
    imitates="Kakao reply with numbered items, URL on its own line and the result indented below",
    why="brunch post kept with a reason (rejected); Tistory post (percent-encoded as in our request) deleted",
    items={K3: "rejected", K4: "removed"},
)

case(
    name="youtube-ko-legal-geo-and-global",
    date=d(10, 8, 51), frm="legal-kr-noreply@google.com", name_from="YouTube Legal Support",
    subject=ew("YouTube 법률 요청 처리 결과 - KCSC-240904-03"),
    body=f"""안녕하세요.

방송통신심의위원회에서 제출하신 요청(참조: KCSC-240904-03)을 검토했습니다.

검토 결과, 아래 콘텐츠는 현지 법률에 따라 대한민국에서 액세스를 차단했습니다.
- {Y1}
- {Y2}

또한 다음 콘텐츠는 YouTube 커뮤니티 가이드 위반으로 확인되어 YouTube에서 삭제되었습니다.
- {Y3}

나머지 URL은 현재 검토 중입니다.

YouTube 법무팀 드림

© 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
    outcome="applied",
    imitates="YouTube legal-removal outcome in Korean (country block vs. global removal under Community Guidelines)",
    why="two videos blocked in Korea (restricted), one Short removed globally; the fourth URL, unnamed, is under review",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed", Y4: "pending"},
)

case(
    name="youtube-en-uploader-deleted-age-restricted",
    date=d(11, 3, 17), frm="youtube-legal@youtube.com", name_from="YouTube Legal",
    subject="Re: Legal complaint KCSC-240904-03 [8-2741000031427]",
    body=f"""Hello,

Thanks for your patience. Following up on your legal complaint (KCSC-240904-03):

{Y4}
This video is no longer available on YouTube because it was deleted by the
uploader before our review. No further action is needed from our side.

{Y2}
After review, we have age-restricted this video. It is no longer viewable by
signed-out users or users under 18.

If you have additional information, please reply to this email.

Regards,
The YouTube Legal Team
""",
    outcome="applied",
    imitates="YouTube legal team reply in English, URL on a line with the outcome in the paragraph below",
    why="deleted by its uploader before review is not_found; age-restricted is restricted",
    items={Y4: "not_found", Y2: "restricted"},
)

case(
    name="dc-operator-informal",
    date=d(6, 13, 2), frm="help@dcinside.com", name_from=ew("디시인사이드 운영팀"),
    subject="Re: " + ew("[KCSC-240905-04] 개인정보 노출 게시글 삭제 요청"),
    reply_to_req=mid("KCSC-240905-04"),
    body=f"""안녕하세요 디시인사이드 운영팀입니다.
말씀하신 글 확인해봤는데요

{D1} 이건 삭제했습니다.
{D2} 이것도 삭제 처리했고요
{D3} 는 저희가 보기 전에 작성자가 이미 지운 글이라 따로 조치할 게 없었습니다.

혹시 같은 내용으로 다시 올라오는 글 있으면 알려주세요.
수고하세요.
""",
    outcome="applied",
    imitates="informal DC Inside operator reply (운영자 삭제), one line per URL",
    why="two posts deleted by the operator; the third was already deleted by its author (not_found)",
    items={D1: "removed", D2: "removed", D3: "not_found"},
)

case(
    name="dc-bare-url-arrow-below",
    date=d(6, 14, 40), frm="report@dcinside.com", name_from="DCinside",
    subject=ew("[디시인사이드] 삭제 요청 처리 결과 (KCSC-240905-04)"),
    body=f"""[처리 결과 안내]

접수번호: DC-20240905-00412
요청기관: 방송통신심의위원회 (KCSC-240905-04)

{D1}
→ 삭제 완료 (2024-09-06 14:02)

{D2}
→ 삭제 완료 (2024-09-06 14:03), 작성자 IP 30일 차단

{D3}
→ 미조치: 정보 공유 목적의 게시물로 갤러리 규정 위반이 확인되지 않았습니다.
   (게시글 내 전화번호는 업체 대표번호로 확인됨)

디시인사이드 고객센터
""",
    outcome="applied",
    imitates="DC Inside ticket-system result: bare URL line, arrow with the result on the line below",
    why="two deleted (the IP block concerns the author, not the post); third not actioned with a reason, so rejected",
    items={D1: "removed", D2: "removed", D3: "rejected"},
)

case(
    name="band-both-named-deleted",
    date=d(9, 10, 55), frm="help@band.us", name_from=ew("BAND 고객센터"),
    subject=ew("[BAND] 요청하신 게시글 처리 결과 안내"),
    body=f"""안녕하세요. BAND 고객센터입니다.

방송통신심의위원회(KCSC-240906-05)에서 요청하신 밴드 게시글 2건
({B1}, {B2})은
BAND 운영정책 위반(불법 도박 홍보)으로 확인되어 모두 삭제하였습니다.

해당 밴드에 대해서는 추가 모니터링을 진행할 예정입니다.

BAND 드림
""",
    outcome="applied",
    imitates="BAND customer-centre outcome, two URLs named in parentheses and one sentence for both",
    why="both URLs are named in the sentence, so '모두 삭제' applies to each (not a bulk statement)",
    items={B1: "removed", B2: "removed"},
)

case(
    name="band-particle-after-url",
    date=d(10, 17, 20), frm="help@band.us", name_from=ew("BAND 고객센터"),
    subject="Re: " + ew("[KCSC-240906-05] 시정요구"),
    reply_to_req=mid("KCSC-240906-05"),
    body=f"""안녕하세요, BAND입니다.

{B1}은 불법 도박 사이트 홍보 글로 확인되어 삭제했습니다.
{B2}는 밴드 멤버 간 경기 결과를 공유한 글로 운영정책 위반이 아니어서 그대로 두었습니다.

다른 문의 사항이 있으시면 회신 주세요.
""",
    outcome="applied",
    imitates="short BAND operator reply with Korean particles glued to the URLs",
    why="'…/post/1021은' deleted; '…/post/1034는' kept as not violating (rejected); the particle is not part of the URL",
    items={B1: "removed", B2: "rejected"},
)

case(
    name="naver-top-posted-gmail-quote",
    date=d(4, 18, 12), frm="help@naver.com", name_from=ew("네이버 고객센터"),
    subject="Re: " + ew("[방송통신심의위원회] 불법정보 시정요구 (KCSC-240902-01)"),
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""안녕하세요, 네이버 고객센터입니다.
문의하신 건 중 아래 2건의 처리 결과를 먼저 회신드립니다.

{N3} - 블라인드 처리
{N9} - 블라인드 처리

나머지 건은 확인 후 별도로 회신드리겠습니다.

2024년 9월 2일 (월) 오전 10:12, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
{quoted(request_text("KCSC-240902-01"))}
""",
    outcome="applied",
    imitates="top-posted NAVER helpdesk reply over a Gmail-style Korean quote of the full request",
    why="only the two URLs above the quote are stated as blinded; the 14 quoted URLs are our own request",
    items={N3: "removed", N9: "removed"},
)

case(
    name="naver-outlook-original-message",
    date=d(10, 13, 31), frm="tvcast_op@navercorp.com", name_from="NAVER TV Operation",
    subject="RE: " + ew("[방송통신심의위원회] 불법정보 시정요구 (KCSC-240902-01)"),
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""안녕하세요. 네이버 콘텐츠운영팀입니다.

{N12} 영상은 9월 10일 삭제되었고,
{N13} 는 확인 결과 존재하지 않는 게시물입니다(주소 오류 또는 탈퇴 회원의 글).

감사합니다.

-----Original Message-----
From: "KCSC 통신심의" <takedown@kcsc.example>
To: <policy@navercorp.com>
Sent: 2024-09-02 (월) 10:12:00 (GMT+09:00)
Subject: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240902-01)

{chr(10).join(request_text("KCSC-240902-01"))}
""",
    outcome="applied",
    imitates="Outlook-style reply with the unquoted request below '-----Original Message-----'",
    why="the NAVER TV clip deleted, the blog post does not exist (not_found); the request below the separator is not a statement",
    items={N12: "removed", N13: "not_found"},
)

qp_body = f"""안녕하세요. 다음 카페 운영팀입니다.

KCSC-240903-02 요청 건 중 다음 카페 게시글 처리 결과입니다.

- {K1} : 삭제
- {K2} : 해당 게시글은 존재하지 않습니다 (이미 삭제되었거나 잘못된 주소입니다)

감사합니다.
"""
case(
    name="daum-cafe-quoted-printable",
    date=d(5, 20, 8), frm="cafe_op@daum.net", name_from=ew("다음카페 운영팀"),
    subject=ew("[다음카페] 게시글 처리 결과 안내"),
    raw_mime="Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(qp_body),
    outcome="applied",
    imitates="Daum Cafe operations reply in quoted-printable Korean",
    why="one cafe post deleted; the other does not exist (not_found)",
    items={K1: "removed", K2: "not_found"},
)

yt_html = f"""<!DOCTYPE html><html lang="ko"><body style="font-family:Roboto,Arial,sans-serif">
<table width="600" align="center"><tr><td>
<img src="https://www.gstatic.com/youtube/img/branding/youtubelogo/2x/youtube_logo_light_1x.png" alt="YouTube" width="90">
<h2 style="font-weight:400">법적 요청 검토 결과</h2>
<p>안녕하세요. 요청하신 건(KCSC-240904-03)에 대한 검토 결과를 알려드립니다.</p>
<table border="0" cellpadding="6" style="border-collapse:collapse;font-size:13px">
<tr style="border-bottom:1px solid #ccc"><th align="left">콘텐츠</th><th align="left">결과</th></tr>
<tr><td><a href="{Y1}">{Y1}</a></td><td>대한민국에서 차단됨 (현지 법률)</td></tr>
<tr><td><a href="{Y2}">{Y2}</a></td><td>삭제됨 (커뮤니티 가이드 위반)</td></tr>
<tr><td><a href="{Y3}">{Y3}</a></td><td>조치하지 않음 &ndash; 정책 또는 현지 법률 위반이 확인되지 않음</td></tr>
<tr><td><a href="{Y4}">{Y4}</a></td><td>동영상을 찾을 수 없음</td></tr>
</table>
<p style="font-size:12px;color:#606060">이 결정에 대한 자세한 내용은 <a href="https://support.google.com/youtube/answer/6154218?hl=ko">고객센터 도움말</a>을 참고하세요.
이의가 있는 경우 <a href="https://support.google.com/legal/answer/3110420?hl=ko">이 양식</a>으로 추가 정보를 제출하실 수 있습니다.</p>
<p style="font-size:11px;color:#909090">&copy; 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</p>
</td></tr></table></body></html>
"""
case(
    name="youtube-base64-html-result-table",
    date=d(12, 2, 44), frm="no-reply@youtube.com", name_from="YouTube",
    subject=ew("법적 요청 검토 결과 안내 [KCSC-240904-03]"),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="yt761b"

--yt761b
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

이 메일은 HTML 형식입니다. HTML을 지원하는 메일 프로그램에서 확인해 주세요.

--yt761b
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(yt_html)}
--yt761b--
""",
    outcome="applied",
    imitates="YouTube HTML notification (base64) with a per-URL results table; help and appeal links",
    why="one result per video: blocked in Korea (restricted), removed, not actioned (rejected), cannot be found (not_found); help/appeal links are not items",
    items={Y1: "restricted", Y2: "removed", Y3: "rejected", Y4: "not_found"},
)

case(
    name="naver-receipt-phrase-plus-results",
    date=d(5, 11, 40), frm="help@naver.com", name_from=ew("네이버 고객센터"),
    subject=ew("[네이버 고객센터] 문의하신 내용에 대한 답변입니다."),
    body=f"""안녕하세요, 네이버 고객센터입니다.
고객님의 문의가 접수되었습니다. (문의번호: 2409-558812)

문의하신 KCSC-240902-01 건과 관련하여, 검토 결과 아래 카페 게시물은
카페 운영원칙 위반(불법 도박 홍보)으로 삭제 조치되었습니다.

1. {N4}
2. {N5}

네이버를 이용해 주셔서 감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER help-centre answer that opens with a receipt sentence and then states results",
    why="the receipt phrase is followed by an unhedged deletion of two listed URLs, so this is no mere acknowledgement",
    items={N4: "removed", N5: "removed"},
)

case(
    name="naver-statement-then-url-below",
    date=d(7, 10, 3), frm="cafe_manager@navercorp.com", name_from=ew("네이버 카페 운영지원"),
    subject="Re: " + ew("[KCSC-240902-01] 불법정보 시정요구"),
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""안녕하세요. 네이버 카페 운영지원입니다.

다음 게시물은 블라인드 처리되었습니다.
{N6}

다음 게시물은 검토 결과 카페 운영원칙 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.
{N10}

감사합니다.
""",
    outcome="applied",
    imitates="NAVER cafe support reply: statement sentence ending in '다음 게시물은 …', URL on the line below",
    why="the URL under the blinding sentence is removed; the URL under the no-violation sentence is rejected",
    items={N6: "removed", N10: "rejected"},
)

case(
    name="tistory-threaded-sole-statement",
    date=d(11, 15, 27), frm="right@kakaocorp.com", name_from=ew("카카오 권리침해신고센터"),
    subject="Re: " + ew("[KCSC-240910-07] 불법정보 시정요구"),
    reply_to_req=mid("KCSC-240910-07"),
    body="""안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 티스토리 게시글은 금일 게시중단(삭제) 조치가 완료되었습니다.

감사합니다.
""",
    outcome="applied",
    imitates="short threaded Kakao reply naming no URL, answering a one-item request",
    why="threaded to a request of one item and stating its deletion without hedging: applies to that item",
    items={K7: "removed"},
)

case(
    name="youtube-decision-blocks",
    date=d(13, 4, 9), frm="legal-kr-noreply@google.com", name_from="YouTube",
    subject=ew("YouTube 조치 통지 - 참조 KCSC-240904-03"),
    body=f"""YouTube 조치 통지

요청 참조: KCSC-240904-03

[1]
콘텐츠: {Y3}
결정: 전 세계에서 삭제
근거: YouTube 커뮤니티 가이드 (괴롭힘 및 사이버 폭력)
자동화된 수단 사용 여부: 아니요

[2]
콘텐츠: {Y4}
결정: 대한민국 내 액세스 제한
근거: 현지 법률 (정보통신망법)
자동화된 수단 사용 여부: 아니요

이의 제기 방법은 https://support.google.com/youtube/answer/185111 을 참고하세요.
""",
    outcome="applied",
    imitates="statement-of-reasons style YouTube notice (content / decision / ground / automated means)",
    why="block 1: removed worldwide; block 2: access restricted in Korea; the appeal link is not an item",
    items={Y3: "removed", Y4: "restricted"},
)

case(
    name="dc-hard-wrapped-url",
    date=d(9, 11, 16), frm="help@dcinside.com", name_from=ew("디시인사이드 운영팀"),
    subject="Re: " + ew("[KCSC-240905-04] 개인정보 노출 게시글 삭제 요청"),
    reply_to_req=mid("KCSC-240905-04"),
    body="""안녕하세요. 디시인사이드 운영팀입니다.

요청하신 https://gall.dcinside.com/board/view/?id=stock_new2&no=8841201 및
https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=33
1207 게시글은 개인정보 노출이 확인되어 모두 삭제 처리하였습니다.

감사합니다.
""",
    outcome="applied",
    imitates="ticket system that hard-wraps lines at a fixed width, splitting a URL",
    why="both posts are named and deleted; the second URL is split by the mailer's hard wrap and a clerk reads it whole",
    items={D1: "removed", D2: "removed"},
)

case(
    name="naver-mixed-with-still-reviewing",
    date=d(8, 16, 50), frm=NAVER_POLICY, name_from=ew("네이버 정책지원팀"),
    subject="Re: " + ew("[KCSC-240902-01] 불법정보 시정요구"),
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

* 지식iN 게시물 {N7}
  → 삭제되었습니다.

* 포스트 {N8}
  → 권리침해 여부에 대해 추가 확인이 필요하여 검토 중입니다.

* 모바일 블로그 게시물 {N11}
  → 블라인드 처리하였습니다.

검토 중인 건은 결과가 나오는 대로 회신드리겠습니다.
""",
    outcome="applied",
    imitates="NAVER bulleted reply mixing results with one item still under review",
    why="two results stated; the post still under review stays pending",
    items={N7: "removed", N8: "pending", N11: "removed"},
)

case(
    name="kakao-numbered-all-five-raw-korean",
    date=d(12, 17, 5), frm="right@kakaocorp.com", name_from=ew("카카오 권리침해신고센터"),
    subject=ew("[카카오] 시정요구(KCSC-240903-02) 최종 조치결과 회신"),
    body=f"""방송통신심의위원회 귀중

KCSC-240903-02 시정요구 건의 최종 조치 결과를 아래와 같이 회신드립니다.

1. {K1} : 게시중단
2. {K2} : 게시중단
3. {K3} : 조치불가 (불법정보에 해당하지 않음 - 개인 경험 서술)
4. {K4RAW} : 임시조치 (30일)
5. {K5} : 게시물 없음 (작성자 탈퇴로 삭제됨)

주식회사 카카오 권리침해신고센터
""",
    outcome="applied",
    imitates="Kakao final 조치결과 letter, numbered list with 'URL : result', Tistory URL written with a raw Korean path",
    why="one result per URL: 게시중단 removed, 조치불가 with reason rejected, 임시조치 restricted, 게시물 없음 not_found",
    items={K1: "removed", K2: "removed", K3: "rejected", K4: "restricted", K5: "not_found"},
)

# ======================= review ===========================================

case(
    name="naver-promise-to-delete",
    date=d(3, 15, 0), frm=NAVER_POLICY, name_from=ew("네이버 정책지원팀"),
    subject="Re: " + ew("[KCSC-240902-01] 불법정보 시정요구"),
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 중 아래 블로그 게시물은 내부 검토를 거쳐 순차적으로 삭제될 예정입니다.
{N1}
{N2}

처리가 완료되면 별도로 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER interim reply promising deletion",
    why="'삭제될 예정' is a promise, not a statement: the named items stay pending",
    items={N1: "pending", N2: "pending"},
)

case(
    name="kakao-hedge-appears-deleted",
    date=d(4, 17, 45), frm="right@kakaocorp.com", name_from=ew("카카오 권리침해신고센터"),
    subject="Re: " + ew("[KCSC-240903-02] 불법정보 시정요구"),
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""안녕하세요. 카카오입니다.

확인해 보니 {K5} 게시글은 이미 삭제된 것으로 보입니다.
정확한 처리 내역은 담당 부서 확인 후 다시 말씀드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao staff first reaction, hedged ('삭제된 것으로 보입니다')",
    why="'appears to have been deleted' is a hedge pending confirmation; not a statement",
    items={K5: "pending"},
)

case(
    name="naver-bulk-all-14-deleted",
    date=d(13, 10, 10), frm=NAVER_POLICY, name_from=ew("네이버 정책지원팀"),
    subject=ew("[네이버] 시정요구(KCSC-240902-01) 조치 완료 보고"),
    body="""수신 : 방송통신심의위원회
제목 : 시정요구(KCSC-240902-01) 조치 완료 보고

1. 귀 위원회의 시정요구(KCSC-240902-01)와 관련입니다.
2. 당사는 위 시정요구 대상 게시물 14건 전부에 대하여 삭제 조치를 완료하였음을
   알려드립니다.  끝.

네이버 주식회사
""",
    outcome="review", review="bulk",
    imitates="short 공문 reporting completion of a whole request without listing URLs",
    why="one statement about all 14 items of a multi-item request, none named: bulk, items pending",
    items={u: "pending" for u in NAVER_R1},
)

case(
    name="dc-bulk-all-gone",
    date=d(6, 9, 12), frm="help@dcinside.com", name_from=ew("디시인사이드 운영팀"),
    subject="Re: " + ew("[KCSC-240905-04] 개인정보 노출 게시글 삭제 요청"),
    reply_to_req=mid("KCSC-240905-04"),
    body="""보내주신 글 3개 다 지웠습니다~
확인 부탁드려요.

디시 운영팀
""",
    outcome="review", review="bulk",
    imitates="one-line DC Inside operator reply in a thread",
    why="'all three deleted' for a three-item request without naming each: bulk",
    items={D1: "pending", D2: "pending", D3: "pending"},
)

case(
    name="naver-domain-dmarc-fail",
    date=d(7, 22, 14), frm=NAVER_POLICY, name_from=ew("네이버 정책지원팀"), auth="fail",
    subject=ew("[네이버] 시정요구(KCSC-240902-01) 조치결과"),
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

KCSC-240902-01 건 조치 결과입니다.

{N1} - 삭제
{N2} - 삭제
{N14} - 블라인드
""",
    outcome="review", review="untrusted",
    imitates="result list claiming to be from navercorp.com but failing DKIM/SPF/DMARC",
    why="platform domain but authentication fails: nothing applied",
    items={N1: "pending", N2: "pending", N14: "pending"},
)

case(
    name="blogger-gmail-says-deleted",
    date=d(10, 23, 30), frm="dawn.sparrow.life@gmail.com", name_from=ew("이새벽"),
    subject=ew("블로그 글 삭제했습니다"),
    body=f"""안녕하세요. 네이버에서 게시중단 안내를 받은 블로그 운영자입니다.

{N6A} 글은 제가 오늘 직접 삭제했습니다.
광고 글인 줄 모르고 대행사 부탁으로 올린 것이었습니다. 죄송합니다.

이새벽 드림
""",
    outcome="review", review="unknown_sender",
    imitates="the author of a reported blog post writing to the regulator from a personal mailbox",
    why="not any platform's domain, names a requested URL: unknown_sender",
    items={N6A: "pending"},
)

case(
    name="navercorp-about-band-posts",
    date=d(9, 16, 2), frm=NAVER_POLICY, name_from=ew("네이버 정책지원팀"),
    subject=ew("[네이버] BAND 게시글 관련 회신 (KCSC-240906-05)"),
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

BAND 관련 요청이 정책지원팀으로도 전달되어 함께 회신드립니다.
{B1} 게시글은 삭제되었습니다.

BAND 관련 문의는 앞으로 help@band.us 로 보내주시면 더 빨리 처리됩니다.
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER corporate policy team answering for a BAND item",
    why="navercorp.com is configured for the naver platform; the URL belongs to the band platform: wrong_platform",
    items={B1: "pending"},
)

case(
    name="naver-asks-for-resolution-copy",
    date=d(4, 14, 7), frm=NAVER_POLICY, name_from=ew("네이버 정책지원팀"),
    subject="Re: " + ew("[KCSC-240902-01] 불법정보 시정요구"),
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 중 {N14} 에 대해서는 불법정보 해당 여부 판단을 위해
심의 의결서 사본(또는 위반 내용이 특정된 자료)을 추가로 보내주시기 바랍니다.

자료 확인 후 조치 결과를 회신드리겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean portal request for supporting documents (심의 의결서 사본)",
    why="asks us for documents about one item before acting; nothing stated",
    items={N14: "pending"},
)

case(
    name="youtube-conditional-may-block",
    date=d(5, 6, 30), frm="youtube-legal@youtube.com", name_from="YouTube Legal",
    subject="Re: Legal complaint KCSC-240904-03",
    body=f"""Hello,

We have received your complaint regarding the following videos:

{Y1}
{Y2}

If our review finds that this content violates local law in South Korea, it
may be blocked from view in that country. We will let you know once a
decision has been made.

Regards,
The YouTube Legal Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim reply with a conditional ('may be blocked')",
    why="conditional and promised outcome; names two requested items; nothing stated",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="kakao-address-change-notice",
    date=d(13, 9, 0), frm="right@kakaocorp.com", name_from=ew("카카오 권리침해신고센터"),
    subject=ew("[카카오] 기관 요청 접수 창구 변경 안내"),
    body="""안녕하세요. 카카오 권리침해신고센터입니다.

2024년 10월 1일부터 수사기관 및 행정기관의 게시물 조치 요청 접수 창구가
기관 전용 접수 페이지로 일원화됩니다.

- 기관 전용 접수: https://cs.kakao.com/requests?service=agency
- 기존 메일 접수는 2024년 12월 31일까지 병행 운영합니다.

이용에 참고 부탁드립니다.
감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="Kakao notice to agencies about a new intake channel",
    why="trusted Kakao mail that names no requested item and references no request",
    items={},
)

case(
    name="lookalike-domain-result-table",
    date=d(11, 21, 48), frm="policy@navercorp-support.com", name_from=ew("네이버 정책지원팀"),
    subject=ew("[네이버] 시정요구(KCSC-240902-01) 조치결과 회신"),
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

KCSC-240902-01 건 조치 결과 회신드립니다.

1 | {N4} | 삭제
2 | {N5} | 삭제
3 | {N9} | 삭제

상세 내역은 아래 보안 링크에서 로그인 후 확인하실 수 있습니다.
https://navercorp-support.com/secure/result?id=KCSC-240902-01
""",
    outcome="review", review="unknown_sender",
    imitates="look-alike domain imitating a NAVER result letter (phishing-style)",
    why="navercorp-support.com is not a configured platform domain; names our request and URLs: unknown_sender",
    items={N4: "pending", N5: "pending", N9: "pending"},
)

# ======================= ignored ==========================================

case(
    name="naver-out-of-office-chuseok",
    date=d(16, 8, 0), frm="jh.kang@navercorp.com", name_from=ew("강지훈"),
    subject=ew("[자동회신] 부재중입니다: [KCSC-240902-01] 불법정보 시정요구"),
    reply_to_req=mid("KCSC-240902-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""안녕하세요. 강지훈입니다.

9월 16일(월)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
9월 19일(목)에 복귀하여 순차적으로 확인하겠습니다.

급한 건은 정책지원팀 대표 메일(policy@navercorp.com)로 보내주세요.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply over the Chuseok holiday",
    why="auto-reply: no statement",
    items={},
)

dsn_orig = "\n".join(request_text("KCSC-240903-02"))
case(
    name="kakao-dsn-user-unknown",
    date=d(3, 11, 6), frm="MAILER-DAEMON@mx.kakaocorp.com", name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn761k"

--dsn761k
Content-Type: text/plain; charset=US-ASCII
Content-Description: Notification

This is the mail system at host mx.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<right-old@kakaocorp.com>: host mx.kakaocorp.com[203.0.113.25] said: 550 5.1.1
    <right-old@kakaocorp.com>: Recipient address rejected: User unknown

--dsn761k
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kakaocorp.com
Arrival-Date: {d(3, 11, 5)}

Final-Recipient: rfc822; right-old@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn761k
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: right-old@kakaocorp.com
Subject: [KCSC-240903-02] {ew("불법정보 시정요구")}
Date: {d(3, 11, 5)}
Message-ID: <{mid("KCSC-240903-02")}-retry@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

{dsn_orig}

--dsn761k--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) returning our request with its URLs",
    why="bounce: the URLs are our own returned request",
    items={},
)

case(
    name="dc-read-receipt",
    date=d(5, 15, 1), frm="help@dcinside.com", name_from=ew("디시인사이드 운영팀"),
    subject=ew("읽음 확인: [KCSC-240905-04] 개인정보 노출 게시글 삭제 요청"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn761d"

--mdn761d
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.

받는 사람: help@dcinside.com
제목: [KCSC-240905-04] 개인정보 노출 게시글 삭제 요청
보낸 날짜: 2024-09-05 (목) 14:20

이 확인은 메시지가 수신자의 컴퓨터에 표시되었다는 뜻입니다. 수신자가
메시지를 읽었거나 내용을 이해했다는 보장은 없습니다.

--mdn761d
Content-Type: message/disposition-notification

Reporting-UA: help.dcinside.com; Microsoft Outlook 16.0
Final-Recipient: rfc822; help@dcinside.com
Original-Message-ID: <{mid("KCSC-240905-04")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn761d--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean Outlook read receipt (읽음 확인, MDN)",
    why="read receipt: no statement",
    items={},
)

case(
    name="youtube-legal-receipt",
    date=d(4, 9, 52), frm="legal-kr-noreply@google.com", name_from="YouTube Legal Support",
    subject=ew("[8-2741000031427] 법적 요청이 접수되었습니다 - KCSC-240904-03"),
    body="""안녕하세요.

YouTube에 법적 요청을 제출해 주셔서 감사합니다. 요청이 정상적으로 접수되었습니다.

참조 번호: 8-2741000031427
요청 참조: KCSC-240904-03

검토에는 다소 시간이 걸릴 수 있으며, 검토가 끝나면 이 참조 번호로 결과를 알려드립니다.
이 메일에 회신하실 때에는 제목의 참조 번호를 그대로 유지해 주세요.

YouTube 법무팀 드림
""",
    outcome="ignored", classification="acknowledgement",
    imitates="YouTube/Google legal ticket receipt with a case number",
    why="pure acknowledgement of the request with a ticket number, no statement about items",
    items={},
)

case(
    name="band-auto-ack",
    date=d(6, 10, 31), frm="noreply@band.us", name_from="BAND",
    subject=ew("[BAND] 문의가 접수되었습니다"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""BAND 고객센터에 문의해 주셔서 감사합니다.

문의가 정상적으로 접수되었습니다. (접수번호 B240906-77120)
영업일 기준 3일 이내에 답변드리겠습니다.

※ 이 메일은 발신 전용으로 회신되지 않습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="BAND automatic inquiry receipt",
    why="automatic receipt with a ticket number, no statement",
    items={},
)

case(
    name="kakao-receipt-over-quoted-request",
    date=d(3, 11, 20), frm="right@kakaocorp.com", name_from=ew("카카오 권리침해신고센터"),
    subject="Re: " + ew("[방송통신심의위원회] 불법정보 시정요구 (KCSC-240903-02)"),
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

보내주신 시정요구가 접수되었습니다 (접수번호 KR-2409-03318).
담당 서비스로 전달하였으며, 처리 결과는 회신 메일로 안내드리겠습니다.

2024. 9. 3. 오전 11:05, KCSC 통신심의 <takedown@kcsc.example> 작성:
{quoted(request_text("KCSC-240903-02"))}
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao intake receipt quoting the whole request below",
    why="receipt with a ticket number; the URLs are only in the quoted request",
    items={},
)

case(
    name="naver-dsn-delayed",
    date=d(9, 13, 15), frm="postmaster@navercorp.com", name_from="Mail Delivery Subsystem",
    subject="Delivery Status Notification (Delay)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn761n"

--dsn761n
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

** 메일 전송 지연 안내 **

policy-team@navercorp.com 으로 보낸 메일이 아직 전송되지 않았습니다.
수신 서버가 일시적으로 응답하지 않아 재시도 중이며, 72시간 동안 계속 시도합니다.
별도 조치는 필요하지 않습니다.

--dsn761n
Content-Type: message/delivery-status

Reporting-MTA: dns; outbound3.navercorp.com

Final-Recipient: rfc822; policy-team@navercorp.com
Action: delayed
Status: 4.4.1
Diagnostic-Code: smtp; 421 4.4.1 Connection timed out
Will-Retry-Until: {d(12, 9, 15)}

--dsn761n
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: policy-team@navercorp.com
Subject: [KCSC-240909-06] {ew("불법정보 시정요구")}
Message-ID: <{mid("KCSC-240909-06")}-cc@kcsc.example>
Date: {d(9, 9, 15)}

--dsn761n--
""",
    outcome="ignored", classification="bounce",
    imitates="delayed-delivery DSN (4.4.1) in Korean with the original headers",
    why="delay notice about our own mail: no statement",
    items={},
)


# Cases are written in groups above; emit them in a mixed, stable order so
# that file numbering does not reveal the outcome classes.
ORDER = [
    "naver-gongmun-pipe-table-all14", "naver-out-of-office-chuseok", "kakao-daum-cafe-prose",
    "naver-promise-to-delete", "youtube-ko-legal-geo-and-global", "dc-operator-informal",
    "kakao-dsn-user-unknown", "band-both-named-deleted", "naver-html-table-first-batch",
    "kakao-hedge-appears-deleted", "tistory-korean-path-angle-brackets", "dc-read-receipt",
    "naver-csv-attachment-items-7-14", "naver-bulk-all-14-deleted", "youtube-en-uploader-deleted-age-restricted",
    "dc-bare-url-arrow-below", "youtube-legal-receipt", "naver-imsijochi-notice-one-item",
    "dc-bulk-all-gone", "kakao-brunch-rejected-tistory-removed", "band-particle-after-url",
    "naver-domain-dmarc-fail", "naver-top-posted-gmail-quote", "band-auto-ack",
    "naver-outlook-original-message", "blogger-gmail-says-deleted", "daum-cafe-quoted-printable",
    "youtube-base64-html-result-table", "navercorp-about-band-posts", "naver-receipt-phrase-plus-results",
    "kakao-receipt-over-quoted-request", "naver-statement-then-url-below", "naver-asks-for-resolution-copy",
    "tistory-threaded-sole-statement", "youtube-conditional-may-block", "youtube-decision-blocks",
    "naver-dsn-delayed", "dc-hard-wrapped-url", "kakao-address-change-notice",
    "naver-mixed-with-still-reviewing", "lookalike-domain-result-table", "kakao-numbered-all-five-raw-korean",
    "naver-corner-brackets-one-item",
]

HEADER = """# Blind set 761 (Korean-language replies: NAVER, Kakao/Daum/Tistory/Brunch,
# YouTube Korea, DC Inside, BAND). Written by tests/corpus/blind761/make.py;
# expected results come from each email's meaning alone, written before the
# reader was run. Each case is judged alone on a fresh ledger holding
# requests.csv. See NOTES.md.
"""


def main():
    write_requests()
    by_name = {c["name"]: c for c in CASES}
    assert sorted(ORDER) == sorted(by_name), set(ORDER) ^ set(by_name)
    cases = []
    for name in ORDER:
        c = dict(by_name[name])
        c["from"] = c.pop("frm")
        if c.get("name_from") is None:
            c.pop("name_from", None)
        cases.append(c)
    corpuslib.write_set(HERE, "blind761", HEADER, cases)


if __name__ == "__main__":
    main()
