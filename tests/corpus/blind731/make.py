#!/usr/bin/env python3
"""Blind set 731 (Korean platforms: NAVER, Kakao/Daum, YouTube Korea,
DC Inside, BAND). Writes requests.csv, cases/*.eml and expected.toml.

Every email is fictional and written in our own sentences; each case's
`imitates` names the kind of public notice it is modelled on. Expected
results were written from each email's meaning before any run of the reader.

    python3 tests/corpus/blind731/make.py
"""
import base64
import csv
import io
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))


def d(s):
    return format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=KST))


def enc(s):
    """RFC 2047 B-encoded words (UTF-8), folded, for Korean headers."""
    if all(ord(ch) < 128 for ch in s):
        return s
    words, chunk = [], ""
    for ch in s:
        if len((chunk + ch).encode("utf-8")) > 42:
            words.append(chunk)
            chunk = ""
        chunk += ch
    words.append(chunk)
    return "\n ".join("=?UTF-8?B?" + base64.b64encode(w.encode("utf-8")).decode() + "?=" for w in words)


def qp(text):
    return quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def single(body, ctype="plain", cte="quoted-printable"):
    payload = qp(body) if cte == "quoted-printable" else b64(body.strip("\n") + "\n")
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: {cte}\n\n" + payload)


def korean_path(url):
    """Percent-encode the non-ASCII path segments of a URL, as stored in requests.csv."""
    scheme, rest = url.split("://", 1)
    return scheme + "://" + quote(rest, safe="/?&=@:%")


# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = ("KCSC-240903-01", "KCSC-240905-02", "KCSC-240906-03",
                              "KCSC-240909-04", "KCSC-240910-05", "KCSC-240911-06",
                              "KCSC-240912-07")

N1 = "https://blog.naver.com/moonlit_trade/223560011201"
N2 = "https://blog.naver.com/moonlit_trade/223560011388"
N3 = "https://cafe.naver.com/bluefinmarket/48213"
N4 = "https://cafe.naver.com/bluefinmarket/48290"
N5 = "https://cafe.naver.com/bluefinmarket/48377"
N6 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471120388"
N7 = "https://blog.naver.com/hanbit_store/223571140022"
N8 = "https://blog.naver.com/hanbit_store/223571140517"
N9 = "https://post.naver.com/viewer/postView.naver?volumeNo=38112044&memberNo=51207781"
N10 = "https://cafe.naver.com/dalbitclub/9121"
N11 = "https://cafe.naver.com/dalbitclub/9188"
N12 = "https://blog.naver.com/greenleaf_k/223580077431"
N13 = "https://tv.naver.com/v/58213390"
N14_RAW = "https://in.naver.com/달빛상점/contents/internal/712034"
N14 = korean_path(N14_RAW)
N_ALL = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12, N13, N14]

K1 = "https://cafe.daum.net/haneulshop/Rx2K/1034"
K2 = "https://cafe.daum.net/haneulshop/Rx2K/1041"
K3 = "https://open.kakao.com/o/gQw7Lx3f"
K4 = "https://brunch.co.kr/@inkpot77/41"

Y1 = "https://www.youtube.com/watch?v=kR8tQm2LwXa"
Y2 = "https://www.youtube.com/shorts/Zp4nW7cVd1E"
Y3 = "https://www.youtube.com/@daebak_deals_tv"

D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9910231"
D2 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9910488"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=cryptoschool&no=77120"
D4 = "https://gall.dcinside.com/mgallery/board/view/?id=cryptoschool&no=77134"
D5 = "https://gall.dcinside.com/mini/board/view/?id=usedcar_talk&no=3051"
D_ALL = [D1, D2, D3, D4, D5]

B1 = "https://band.us/band/81234567/post/2210"
B2 = "https://band.us/band/81234567/post/2237"

K5_RAW = "https://cafe.daum.net/해외직구마을/Qx7P/88"
K5 = korean_path(K5_RAW)

N15 = "https://blog.naver.com/sora_pharm/223590045512"
N16 = "https://blog.naver.com/sora_pharm/223590046019"
N17 = "https://cafe.naver.com/dietdiary2024/30877"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, urls, note
    (R1, "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", "illegal_medicine", N_ALL,
     "NAVER blogs, cafes, KnowledgeiN, Post, TV, influencer page"),
    (R2, "kakao", "2024-09-05T14:10:00+09:00", "2024-09-12T18:00:00+09:00", "counterfeit", [K1, K2, K3, K4],
     "Daum cafe, open chat, Brunch"),
    (R3, "youtube", "2024-09-06T09:30:00+09:00", "2024-09-13T18:00:00+09:00", "gambling", [Y1, Y2, Y3],
     "video, short, channel"),
    (R4, "dcinside", "2024-09-09T11:00:00+09:00", "2024-09-16T18:00:00+09:00", "fraud", D_ALL,
     "DC Inside gallery posts"),
    (R5, "band", "2024-09-10T10:20:00+09:00", "2024-09-17T18:00:00+09:00", "illegal_medicine", [B1, B2],
     "BAND posts"),
    (R6, "kakao", "2024-09-11T15:00:00+09:00", "2024-09-18T18:00:00+09:00", "counterfeit", [K5],
     "Daum cafe post, Korean cafe name"),
    (R7, "naver", "2024-09-12T11:00:00+09:00", "2024-09-19T18:00:00+09:00", "illegal_medicine", [N15, N16, N17],
     "NAVER blog and cafe"),
]
REQ_URLS = {r[0]: r[5] for r in REQUESTS}
RAW = {N14: N14_RAW, K5: K5_RAW}


def msgid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, msgid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def quoted_request(ref, prefix="> "):
    """Our own request as it comes back quoted under a reply."""
    lines = ["안녕하십니까, 방송통신심의위원회 통신심의국입니다.",
             f"아래 정보에 대하여 시정요구({ref})를 하오니 조치 후 결과를 회신하여 주시기 바랍니다.", ""]
    for i, u in enumerate(REQ_URLS[ref], 1):
        lines.append(f"{i}. {RAW.get(u, u)}")
    lines += ["", "방송통신심의위원회 통신심의국 드림"]
    return "\n".join(prefix + l if prefix else l for l in lines)


def pend(*urls):
    return {u: "pending" for u in urls}


cases = []


def case(**kw):
    cases.append(kw)


NAVER_POLICY = "policy@navercorp.com"

# ====================================================================== applied
case(name="naver-gongmun-result-table", from_=NAVER_POLICY, name_from=enc("네이버 정책협력팀"),
     date=d("2024-09-09 17:20:11"), subject=enc(f"[네이버] 시정요구({R1})에 대한 조치결과 회신"),
     reply_to_req=msgid(R1), outcome="applied", classification="confirmation",
     imitates="Korean portal 공문-style 시정요구 조치결과 회신 with a text table (번호 | URL | 조치결과 | 비고)",
     why="every one of the 14 URLs has its own result cell: 삭제/게시중단/블라인드/비공개 처리 removed, 임시조치/접근제한(국내)/연령제한 restricted, 게시 유지 rejected, 게시물 없음 not_found",
     items={N1: "removed", N2: "removed", N3: "restricted", N4: "removed", N5: "not_found", N6: "removed",
            N7: "rejected", N8: "removed", N9: "removed", N10: "restricted", N11: "removed",
            N12: "not_found", N13: "restricted", N14: "removed"},
     body=f"""
문서번호: 네이버정책-2024-0917
수    신: 방송통신심의위원회 통신심의국장
참    조: 통신심의국 (takedown@kcsc.example)
제    목: 시정요구에 대한 조치결과 회신 ({R1})

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 3.자로 요청하신 시정요구({R1}, 총 14건)에 대하여
   당사가 취한 조치 결과를 아래와 같이 회신합니다.

                              - 아    래 -

번호 | 대상 URL | 조치결과 | 비고
-----+----------+----------+------
 1 | {N1} | 삭제 | 9/6 조치
 2 | {N2} | 삭제 | 9/6 조치
 3 | {N3} | 임시조치(30일) | 게시자 이의제기 기간 중
 4 | {N4} | 게시중단 |
 5 | {N5} | 게시물 없음 | 작성자가 요청 전 삭제
 6 | {N6} | 삭제 | 답변 포함
 7 | {N7} | 미조치 | 법령 위반 사항 확인되지 않아 게시 유지
 8 | {N8} | 삭제 |
 9 | {N9} | 비공개 처리 | 운영정책 위반
10 | {N10} | 접근제한(국내) |
11 | {N11} | 삭제 |
12 | {N12} | 존재하지 않는 게시물 | 주소 확인 불가
13 | {N13} | 연령제한(19세) | 청소년 유해
14 | {N14_RAW} | 블라인드 |

3. 조치 내역에 관하여 문의사항이 있으시면 당사 정책협력팀(policy@navercorp.com,
   02-0000-0000)으로 연락 주시기 바랍니다.  끝.

네이버 주식회사 정책협력팀
""")

case(name="naver-html-table-base64", from_="help@naver.com", name_from=enc("네이버 고객센터"),
     date=d("2024-09-06 10:04:52"), subject=enc("[네이버 고객센터] 게시중단 요청 처리결과 안내"),
     outcome="applied", classification="confirmation",
     imitates="NAVER 고객센터 HTML notice of 게시중단 요청 처리결과, base64 text/html only",
     why="HTML table row per URL: 게시중단/삭제 removed, 게시물이 존재하지 않음 not_found, 위반 아님(게시 유지) rejected",
     items={N2: "removed", N4: "removed", N6: "not_found", N9: "removed", N13: "rejected"},
     raw_mime=single(f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 고객센터입니다.</p>
<p>방송통신심의위원회에서 접수하신 게시중단 요청({R1})의 처리 결과를 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>No</th><th>신고 URL</th><th>처리 상태</th><th>처리 일시</th></tr>
<tr><td>1</td><td><a href="{N2}">{N2}</a></td><td>게시중단</td><td>2024-09-05 18:11</td></tr>
<tr><td>2</td><td><a href="{N4}">{N4}</a></td><td>삭제</td><td>2024-09-05 18:13</td></tr>
<tr><td>3</td><td><a href="{N6.replace('&', '&amp;')}">{N6.replace('&', '&amp;')}</a></td><td>게시물이 존재하지 않음</td><td>-</td></tr>
<tr><td>4</td><td><a href="{N9.replace('&', '&amp;')}">{N9.replace('&', '&amp;')}</a></td><td>삭제</td><td>2024-09-05 18:20</td></tr>
<tr><td>5</td><td><a href="{N13}">{N13}</a></td><td>위반 아님(게시 유지)</td><td>2024-09-05 18:24</td></tr>
</table>
<p>나머지 신고 건은 처리가 완료되는 대로 다시 안내드리겠습니다.</p>
<p>게시중단 요청 절차에 대한 안내는 <a href="https://help.naver.com/service/5616/category/bookmark">고객센터 도움말</a>에서 확인하실 수 있습니다.</p>
<p>감사합니다.<br>네이버 고객센터 드림</p>
</body></html>""", ctype="html", cte="base64"))

_csv1 = ("\ufeff순번,URL,처리결과,처리일자\n"
         f"1,{N1},삭제,2024-09-07\n"
         f"2,{N3},임시조치(30일),2024-09-07\n"
         f"3,{N5},해당 게시물 없음,\n"
         f"4,{N7},삭제,2024-09-07\n"
         f"5,{N10},삭제,2024-09-08\n"
         f"6,{N11},위반사항 없음(게시 유지),2024-09-08\n")
case(name="naver-csv-attachment", from_=NAVER_POLICY, name_from=enc("네이버 정책지원"),
     date=d("2024-09-08 11:32:40"), subject=enc(f"RE: [{R1}] 시정요구 조치 결과 송부"),
     reply_to_req=msgid(R1), outcome="applied", classification="confirmation",
     imitates="portal trust-and-safety reply sending a CSV (UTF-8 with BOM, Excel style) of per-URL results",
     why="CSV attachment, one row per URL with its 처리결과; the body only points to it",
     items={N1: "removed", N3: "restricted", N5: "not_found", N7: "removed", N10: "removed", N11: "rejected"},
     raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_9e1c2a"

--=_nv_9e1c2a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''안녕하세요, 네이버 정책지원 담당자입니다.

{R1} 요청 건 중 처리가 끝난 6건의 결과를 첨부 파일로 송부드립니다.
확인 부탁드립니다.

감사합니다.
''')}
--=_nv_9e1c2a
Content-Type: text/csv; charset=utf-8; name="result_{R1}.csv"
Content-Disposition: attachment; filename="result_{R1}.csv"
Content-Transfer-Encoding: base64

{b64(_csv1)}
--=_nv_9e1c2a--
""")

case(name="naver-blog-numbered-arrows", from_="blog_help@navercorp.com", name_from=enc("네이버 블로그 운영팀"),
     date=d("2024-09-13 16:05:00"), subject=enc(f"[네이버 블로그] {R7} 요청 건 처리 결과"),
     reply_to_req=msgid(R7), outcome="applied", classification="confirmation",
     imitates="NAVER blog operations team reply: numbered URLs, each with '→' result line below",
     why="each URL has its result on the next line: 블라인드 removed twice, 게시를 유지 rejected",
     items={N15: "removed", N16: "removed", N17: "rejected"},
     body=f"""
안녕하세요, 네이버 블로그 운영팀입니다.
{R7} 요청 건의 처리 결과를 안내드립니다.

1) {N15}
   → 전문의약품 불법 판매 게시물로 확인되어 블라인드 처리하였습니다.
2) {N16}
   → 같은 작성자의 동일 유형 게시물로 블라인드 처리하였습니다.
3) {N17}
   → 개인 다이어트 후기 글로, 판매·광고 내용이 확인되지 않아 게시를 유지합니다.

블라인드 처리된 게시물은 작성자를 포함해 누구도 열람할 수 없습니다.
감사합니다.
""")

case(name="kakao-imsi-jochi-notice", from_="noreply-report@kakaocorp.com", name_from=enc("카카오 권리침해신고센터"),
     date=d("2024-09-09 09:41:27"), subject=enc(f"[카카오] 게시물 처리 결과 안내 ({R2})"),
     outcome="applied", classification="confirmation",
     imitates="Kakao/Daum 권리침해신고센터 처리 결과 notice with ■ blocks (임시조치 30일, 오픈채팅방 폐쇄)",
     why="임시조치(30일) restricted twice; open chat room 폐쇄 removed; Brunch article already deleted by its author not_found",
     items={K1: "restricted", K2: "restricted", K3: "removed", K4: "not_found"},
     body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.
방송통신심의위원회에서 요청하신 게시물({R2})에 대한 처리 결과를 안내해 드립니다.

[처리 결과]
■ 대상: {K1}
  - 조치: 임시조치(30일)
■ 대상: {K2}
  - 조치: 임시조치(30일)
■ 대상: {K3}
  - 조치: 오픈채팅방 폐쇄 (카카오 운영정책 위반)
■ 대상: {K4}
  - 조치: 작가가 이미 삭제한 글로 확인되어 별도 조치 대상이 없습니다.

※ 임시조치된 게시물은 조치 기간 동안 게시자 외에는 볼 수 없으며, 게시자는 기간 내에
  재게시를 요청할 수 있습니다.
※ 본 메일은 발신 전용입니다. 문의는 카카오 고객센터(https://cs.kakao.com)를 이용해 주세요.
""")

case(name="kakao-single-item-no-url", from_="cafe-policy@kakaocorp.com", name_from=enc("Daum 카페 운영정책"),
     date=d("2024-09-12 10:15:33"), subject=enc(f"Re: [{R6}] 시정요구 (Daum 카페 게시물 1건)"),
     reply_to_req=msgid(R6), outcome="applied", classification="confirmation",
     imitates="short informal operator reply in the request's thread, item not repeated",
     why="unhedged 삭제 처리 of 'the one cafe post you asked about', answering a one-item request: applies",
     items={K5: "removed"},
     body="""
안녕하세요, Daum 카페 운영정책 담당자입니다.

요청하신 카페 게시글 1건은 확인 결과 위조 상품 판매 글로 판단되어
운영자 권한으로 삭제 처리하였습니다.

감사합니다.
카카오 Daum 카페 운영정책 담당 드림
""")

case(name="kakao-raw-korean-url-particle", from_="cafe_notice@daum.net", name_from=enc("Daum 카페"),
     date=d("2024-09-13 14:02:09"), subject=enc("[Daum 카페] 임시조치 결과 안내"),
     outcome="applied", classification="confirmation",
     imitates="Daum cafe 임시조치 notice quoting the post address in raw Hangul, followed by a particle",
     why="the raw-Hangul address is the percent-encoded requested URL; 임시조치(접근 제한) is restricted",
     items={K5: "restricted"},
     body=f"""
안녕하세요. Daum 카페입니다.

{K5_RAW} 게시글은 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」 제44조의2에 따라
2024년 9월 13일부로 임시조치(접근 제한)되었습니다.

임시조치 기간은 30일이며, 해당 기간 동안 카페 회원을 포함한 이용자는 게시글을 볼 수 없습니다.
(요청 번호: {R6})

Daum 카페 드림
""")

YT_LEGAL = "legal-kr-noreply@google.com"
case(name="yt-korean-legal-outcome", from_=YT_LEGAL, name_from="YouTube",
     date=d("2024-09-10 03:12:45"), subject=enc(f"YouTube 법적 요청 [8-7214000036611] {R3}"),
     outcome="applied", classification="confirmation",
     imitates="YouTube legal removals outcome email in Korean (blocked in country / removed under Community Guidelines / no action)",
     why="headings state the outcome and each URL sits under its heading: 국내 차단 restricted, 삭제 removed, 조치를 취하지 않았습니다 rejected",
     items={Y1: "restricted", Y2: "removed", Y3: "rejected"},
     body=f"""
안녕하세요.

YouTube에 법적 요청을 보내 주셔서 감사합니다. 귀하의 요청({R3})에서 신고된 콘텐츠를
검토한 결과를 알려드립니다.

현지 법률에 따라 대한민국에서 액세스가 차단된 콘텐츠:
- {Y1}

YouTube 커뮤니티 가이드 위반으로 삭제된 콘텐츠:
- {Y2}

다음 채널에 대해서는 조치를 취하지 않았습니다. 검토 결과 현지 법률 또는 YouTube 정책을
위반하는 것으로 확인되지 않았습니다.
- {Y3}

YouTube 정책에 대한 자세한 내용은 https://support.google.com/youtube/answer/2801939 에서
확인하실 수 있습니다.

감사합니다.
YouTube 법무팀
""")

case(name="yt-age-restriction-english", from_=YT_LEGAL, name_from="YouTube Legal Support",
     date=d("2024-09-09 22:40:03"), subject=f"Re: {R3} - YouTube Shorts",
     reply_to_req=msgid(R3), outcome="applied", classification="confirmation",
     imitates="YouTube Trust & Safety reply applying an age restriction, other URLs still in review",
     why="the Short is age-restricted (restricted); the other two are explicitly still under review (pending)",
     items={Y2: "restricted", Y1: "pending", Y3: "pending"},
     body=f"""
Hello,

Thanks for your report. After review, we have applied an age restriction to the
following video:

{Y2}

It is no longer visible to viewers who are signed out or under 18.

The video {Y1} and the channel {Y3} from your notice are still under review, and we
will write again once that review is complete.

Kind regards,
The YouTube Team
""")

DC_CS = "cs@dcinside.com"
case(name="dc-operator-informal", from_=DC_CS, name_from=enc("디시인사이드 운영팀"),
     date=d("2024-09-10 13:48:20"), subject=enc(f"Re: [{R4}] 게시물 시정요구"),
     reply_to_req=msgid(R4), outcome="applied", classification="confirmation",
     imitates="informal DC Inside operator reply, prose with URLs before and after their sentences",
     why="D1 삭제했고; D2 이미 작성자가 지운 상태 not_found; both crypto posts 삭제 with URLs on the lines below; the used-car post left as is (rejected)",
     items={D1: "removed", D2: "not_found", D3: "removed", D4: "removed", D5: "rejected"},
     body=f"""
안녕하세요 디시인사이드 운영팀입니다.
보내주신 {R4} 건 확인했습니다.

주식 갤러리 글 두 개 중에
{D1} 이 글은 삭제했고,
{D2} 이 글은 저희가 확인했을 때 이미 작성자가 지운 상태였습니다.

코인 마이너 갤러리 글 두 개는 둘 다 삭제하고 작성자 IP 차단까지 해뒀습니다.
{D3}
{D4}

중고차 미니 갤러리 글은 내용 봤는데 단순 시세 문의글이라 삭제 대상이 아니어서 그대로 뒀습니다.
{D5}

추가로 필요하신 거 있으면 회신 주세요.
수고하세요.
""")

case(name="dc-heading-blocks", from_=DC_CS, name_from=enc("디시인사이드 고객센터"),
     date=d("2024-09-10 18:22:57"), subject=enc(f"[디시인사이드] 시정요구 처리 현황 ({R4})"),
     outcome="applied", classification="confirmation",
     imitates="community-site status report grouped under ■ headings (삭제 완료 / 게시물 없음 / 검토 중)",
     why="two URLs under 삭제 완료 removed, one under 게시물 없음 not_found, two under 검토 중 stay pending",
     items={D1: "removed", D3: "removed", D2: "not_found", D4: "pending", D5: "pending"},
     body=f"""
방송통신심의위원회 담당자님께,

{R4} 시정요구 건 처리 현황 공유드립니다.

■ 삭제 완료
  - {D1}
  - {D3}

■ 게시물 없음 (작성자 삭제)
  - {D2}

■ 검토 중
  - {D4}
  - {D5}

검토 중인 2건은 갤러리 관리자 확인 후 다시 알려드리겠습니다.

디시인사이드 고객센터
""")

BAND = "help@band.us"
case(name="band-both-deleted-list", from_=BAND, name_from=enc("BAND 고객센터"),
     date=d("2024-09-11 11:11:42"), subject=enc(f"[BAND] 신고하신 게시글 처리 결과 안내 ({R5})"),
     outcome="applied", classification="confirmation",
     imitates="BAND 고객센터 report-result notice naming each removed post",
     why="one sentence states deletion of the two posts listed under it, each by URL (not a bulk statement)",
     items={B1: "removed", B2: "removed"},
     body=f"""
안녕하세요, BAND 고객센터입니다.

신고해 주신 아래 게시글 2건은 BAND 운영정책(불법 상품 판매 금지)에 위반되어 삭제되었습니다.

- {B1}
- {B2}

BAND 운영정책: https://band.us/policy/operation
감사합니다.
""")

case(name="band-blind-and-kept", from_=BAND, name_from=enc("BAND 운영팀"),
     date=d("2024-09-12 15:30:18"), subject=enc(f"Re: [{R5}] 밴드 게시글 시정요구"),
     reply_to_req=msgid(R5), outcome="applied", classification="confirmation",
     imitates="BAND operations prose reply: one post 블라인드, one left up with a reason",
     why="블라인드 처리 is removed; a leader's notice post with no violation and 별도 조치하지 않았습니다 is rejected",
     items={B1: "removed", B2: "rejected"},
     body=f"""
안녕하세요. BAND 운영팀입니다.

{B1} 게시글은 의약품 불법 판매 게시글로 확인되어 블라인드 처리되었습니다.

{B2} 게시글은 밴드 리더가 작성한 모임 공지글로, 운영정책 위반 사항이 확인되지 않아
별도 조치하지 않았습니다.

감사합니다.
""")

case(name="naver-toppost-over-quote", from_="cafe_report@navercorp.com", name_from=enc("네이버 신고센터"),
     date=d("2024-09-13 10:58:03"), subject=enc(f"Re: [{R7}] 시정요구 (네이버 블로그·카페 3건)"),
     reply_to_req=msgid(R7), outcome="applied", classification="confirmation",
     imitates="Gmail-style top-posted reply over the regulator's quoted request ('…님이 작성:' then '>' lines)",
     why="top part states 게시중단 for the two blog posts and 존재하지 않는 게시물 for the cafe post; the quoted request states nothing",
     items={N15: "removed", N16: "removed", N17: "not_found"},
     body=f"""
안녕하세요. 네이버 신고센터입니다.

{N15}
{N16}
위 블로그 게시물 2건은 게시중단 처리하였습니다.

{N17} 은 카페 매니저가 먼저 삭제하여 현재 존재하지 않는 게시물입니다.

감사합니다.

2024년 9월 12일 (목) 오전 11:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{quoted_request(R7)}
""")

case(name="naver-quoted-printable-colons", from_=NAVER_POLICY, name_from=enc("네이버 정책지원팀"),
     date=d("2024-09-05 19:03:26"), subject=enc(f"[{R1}] 1차 처리 결과"),
     reply_to_req=msgid(R1), outcome="applied", classification="confirmation",
     imitates="short first-batch result, quoted-printable body, 'URL : 결과' lines",
     why="three 'URL : result' lines: 삭제, 삭제, 임시조치; the rest are promised later (not named)",
     items={N2: "removed", N6: "removed", N11: "restricted"},
     raw_mime=single(f"""
안녕하세요, 네이버 정책지원팀입니다.

확인이 끝난 게시물 3건의 결과를 먼저 알려드립니다.

{N2} : 삭제
{N6} : 삭제 (질문 및 답변 전체)
{N11} : 임시조치 (30일)

나머지 게시물은 확인이 끝나는 대로 별도로 회신드리겠습니다.
감사합니다.
"""))

case(name="naver-angle-brackets", from_=NAVER_POLICY, name_from=enc("네이버 카페 운영팀"),
     date=d("2024-09-06 14:27:50"), subject=enc(f"[{R1}] 카페 게시물 조치 안내"),
     outcome="applied", classification="confirmation",
     imitates="NAVER cafe team notice with URLs in angle brackets below the statement, then one inline",
     why="the two bracketed cafe URLs under '임시조치(30일) 하였습니다' are restricted; the third is 게시중단 (removed)",
     items={N3: "restricted", N4: "restricted", N10: "removed"},
     body=f"""
안녕하세요. 네이버 카페 운영팀입니다.

아래 카페 게시물은 권리침해 신고에 따라 임시조치(30일) 하였습니다.
<{N3}>
<{N4}>

또한 <{N10}> 게시물은 카페 운영정책 위반으로 게시중단 처리되었습니다.

문의: 네이버 고객센터 <https://help.naver.com>
""")

case(name="naver-wrapped-post-url", from_=NAVER_POLICY, name_from=enc("네이버 정책협력팀"),
     date=d("2024-09-07 09:15:12"), subject=enc(f"RE: {R1} 포스트/인플루언서 콘텐츠"),
     reply_to_req=msgid(R1), outcome="applied", classification="confirmation",
     imitates="Outlook reply whose long Post URL wrapped after '&', plus a raw-Hangul influencer address",
     why="the wrapped Post URL (continued on the next line) and the 달빛상점 address are both stated 삭제",
     items={N9: "removed", N14: "removed"},
     body=f"""
안녕하세요, 네이버 정책협력팀입니다.

요청하신 네이버 포스트 콘텐츠는 당사 운영정책에 따라 삭제 조치가 완료되었습니다.
https://post.naver.com/viewer/postView.naver?volumeNo=38112044&
memberNo=51207781

{N14_RAW} 인플루언서 콘텐츠도 동일하게 삭제하였습니다.

감사합니다.
""")

case(name="yt-english-bullets", from_="legal-noreply@youtube.com", name_from="YouTube",
     date=d("2024-09-11 08:05:39"), subject=f"Your legal request {R3} - update",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal support update in English, bullet per URL with an em-dash outcome",
     why="video removed; channel restricted in South Korea; the Short explicitly still being reviewed",
     items={Y1: "removed", Y3: "restricted", Y2: "pending"},
     body=f"""
Hello,

Thank you for contacting YouTube. We have reviewed the content identified in your
request {R3}:

* {Y1} — removed for violating our Community Guidelines on online gambling.
* {Y3} — access to this channel has been restricted in South Korea based on local law.

The Short {Y2} is still being reviewed.

You can find more information about our policies at https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

Regards,
YouTube Legal Support
""")

case(name="kakao-english-gmail-quote", from_="safety@kakaocorp.com", name_from="Kakao Trust & Safety",
     date=d("2024-09-10 17:44:10"), subject=f"Re: [{R2}] Request for correction",
     reply_to_req=msgid(R2), outcome="applied", classification="confirmation",
     imitates="English reply from a Korean platform's trust & safety team over a Gmail-quoted request",
     why="open chat room shut down (removed); Brunch article found lawful and stays available (rejected); the two cafe posts only appear in the quote",
     items={K3: "removed", K4: "rejected"},
     body=f"""
Dear KCSC team,

Following up on your request {R2}:

The open chat room {K3} has been shut down for violating the Kakao Operation Policy.

We reviewed the Brunch article {K4} and found no violation of Korean law or of our
policies, so it remains available.

Best regards,
Kakao Trust & Safety

On Thu, Sep 5, 2024 at 2:10 PM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request(R2)}
""")

_dc_html = f"""<html><body>
<p>안녕하세요. 디시인사이드 고객센터입니다.</p>
<p>{R4} 처리 결과입니다.</p>
<table border="1">
<tr><th>게시물</th><th>결과</th></tr>
<tr><td>{D1.replace('&', '&amp;')}</td><td>삭제</td></tr>
<tr><td>{D2.replace('&', '&amp;')}</td><td>삭제</td></tr>
<tr><td>{D3.replace('&', '&amp;')}</td><td>게시물 없음</td></tr>
<tr><td>{D4.replace('&', '&amp;')}</td><td>성인인증 후 열람(접근 제한)</td></tr>
<tr><td>{D5.replace('&', '&amp;')}</td><td>삭제</td></tr>
</table>
<p>감사합니다.</p>
</body></html>"""
case(name="dc-html-table-qp", from_=DC_CS, name_from=enc("디시인사이드 고객센터"),
     date=d("2024-09-12 12:00:31"), subject=enc(f"[디시인사이드] {R4} 최종 처리 결과"),
     outcome="applied", classification="confirmation",
     imitates="community-site HTML result table (게시물 | 결과), quoted-printable",
     why="one table row per post: 삭제 removed x3, 게시물 없음 not_found, adult-verification 접근 제한 restricted",
     items={D1: "removed", D2: "removed", D3: "not_found", D4: "restricted", D5: "removed"},
     raw_mime=single(_dc_html, ctype="html"))

case(name="naver-echoed-report-blocks", from_="report@navercorp.com", name_from=enc("네이버 신고센터"),
     date=d("2024-09-06 18:45:00"), subject=enc("[네이버 신고센터] 신고 처리 결과 안내"),
     outcome="applied", classification="confirmation",
     imitates="NAVER 신고센터 result mail echoing each report (접수번호 / 신고 대상 / 신고 사유 / 처리 결과)",
     why="each echoed report block ends with its 처리 결과: 게시중단 x2 removed, 위반 사항 없음(게시 유지) rejected",
     items={N7: "removed", N8: "removed", N12: "rejected"},
     body=f"""
[네이버 신고센터] 신고 처리 결과 안내
(요청번호 {R1})

■ 신고 접수번호: NV-24090417-0031
 - 신고 대상: {N7}
 - 신고 사유: 불법 의약품 판매
 - 처리 결과: 게시중단

■ 신고 접수번호: NV-24090417-0032
 - 신고 대상: {N8}
 - 신고 사유: 불법 의약품 판매
 - 처리 결과: 게시중단

■ 신고 접수번호: NV-24090417-0033
 - 신고 대상: {N12}
 - 신고 사유: 불법 의약품 판매
 - 처리 결과: 운영정책 위반 사항 없음 (게시 유지)

본 메일은 발신 전용으로 회신되지 않습니다.
""")

case(name="naver-outlook-original-message", from_=NAVER_POLICY, name_from=enc("네이버 정책협력팀"),
     date=d("2024-09-09 10:20:44"), subject=enc(f"RE: [{R1}] 시정요구"),
     reply_to_req=msgid(R1), outcome="applied", classification="confirmation",
     imitates="Outlook reply with '-----Original Message-----' and the full request below",
     why="top part: NAVER TV video 19세 연령 제한 (restricted), influencer content 삭제 (removed); the 14 quoted URLs state nothing",
     items={N13: "restricted", N14: "removed"},
     body=f"""
안녕하세요, 정책협력팀 이서준입니다.

{N13} 동영상은 청소년 유해 콘텐츠로 판단하여 19세 연령 제한을 적용하였습니다.
{N14_RAW} 인플루언서 콘텐츠는 삭제하였습니다.

나머지 건은 앞서 회신드린 내용을 참고 부탁드립니다.

이서준 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: policy@navercorp.com
Subject: [{R1}] 시정요구

{quoted_request(R1, prefix="")}
""")

_csv2 = ("번호,게시물 URL,조치 내용,조치일\n"
         f"1,{K1},게시글 삭제,2024-09-11\n"
         f"2,{K2},게시글 삭제,2024-09-11\n"
         f"3,{K3},오픈채팅방 폐쇄,2024-09-11\n"
         f"4,{K4},대상 없음(이미 삭제된 글),-\n")
case(name="kakao-csv-base64", from_="noreply-report@kakaocorp.com", name_from=enc("카카오 권리침해신고센터"),
     date=d("2024-09-11 16:20:05"), subject=enc(f"[카카오] {R2} 조치 내역 송부"),
     outcome="applied", classification="confirmation",
     imitates="Kakao 조치 내역 sent as a CSV attachment, body in base64",
     why="CSV rows: 게시글 삭제 x2 and 오픈채팅방 폐쇄 removed; 대상 없음(이미 삭제된 글) not_found",
     items={K1: "removed", K2: "removed", K3: "removed", K4: "not_found"},
     raw_mime=f"""Content-Type: multipart/mixed; boundary="kakao-7f3e91"

--kakao-7f3e91
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회 요청 {R2} 건의 조치 내역을 첨부와 같이 송부드립니다.

감사합니다.
''')}
--kakao-7f3e91
Content-Type: text/csv; charset=utf-8
Content-Disposition: attachment; filename="kakao_{R2}.csv"
Content-Transfer-Encoding: base64

{b64(_csv2)}
--kakao-7f3e91--
""")

case(name="yt-statement-of-reasons", from_="noreply-legal@google.com", name_from="Google Legal",
     date=d("2024-09-07 02:31:17"), subject="YouTube: statement of reasons for content you reported",
     outcome="applied", classification="confirmation",
     imitates="DSA-style statement of reasons (content / type of restriction / territorial scope / ground / redress)",
     why="the statement names one video and says removal of the content, worldwide; the appeal link is not an item",
     items={Y1: "removed"},
     body=f"""
Statement of reasons

Reference: 8-7214000036611
Content: {Y1}
Type of restriction: Removal of the content
Territorial scope: Worldwide
Facts and circumstances: Notice submitted by a government authority (request {R3})
Ground for the decision: YouTube Community Guidelines - Illegal or regulated goods or services
Automated means used in detection: No
Automated means used in decision: No

The uploader may appeal this decision: https://support.google.com/youtube/answer/185111
""")

case(name="naver-url-then-result-line", from_=NAVER_POLICY, name_from=enc("네이버 정책지원팀"),
     date=d("2024-09-07 15:55:18"), subject=enc(f"[{R1}] 2차 처리 결과"),
     reply_to_req=msgid(R1), outcome="applied", classification="confirmation",
     imitates="bare URL followed by '→ 처리결과:' on the line below, several blocks",
     why="each bare URL is followed by its result: 삭제 removed, 해당 게시물 없음 not_found, 임시조치 restricted, 미조치(게시 유지) rejected",
     items={N5: "removed", N6: "not_found", N1: "restricted", N3: "rejected"},
     body=f"""
안녕하세요. 2차 처리 결과 안내드립니다.

{N5}
→ 처리결과: 삭제

{N6}
→ 처리결과: 해당 게시물 없음 (질문자 삭제)

{N1}
→ 처리결과: 임시조치

{N3}
→ 처리결과: 미조치 (위반 사항이 확인되지 않아 게시 유지)

네이버 정책지원팀 드림
""")

case(name="dc-glued-particle-fullwidth", from_="gallery_admin@dcinside.com", name_from=enc("디시인사이드 갤러리 관리"),
     date=d("2024-09-11 09:12:44"), subject=enc(f"Re: [{R4}] 요청하신 게시물"),
     reply_to_req=msgid(R4), outcome="applied", classification="confirmation",
     imitates="terse Korean operator reply: URL glued to its particle, another in full-width parentheses",
     why="'…no=9910231은 … 삭제했습니다' and '（…no=3051）도 삭제 완료': both removed",
     items={D1: "removed", D5: "removed"},
     body=f"""
안녕하세요.

{D1}은 오늘 오전에 삭제했습니다.
그리고 미니 갤러리 글（{D5}）도 삭제 완료입니다。

나머지는 확인 후 따로 연락드릴게요.
""")

# ======================================================================= review
case(name="naver-promise-will-act", from_="blog_help@navercorp.com", name_from=enc("네이버 블로그 운영팀"),
     date=d("2024-09-12 17:30:00"), subject=enc(f"Re: [{R7}] 시정요구"),
     reply_to_req=msgid(R7), outcome="review", review="not_understood",
     imitates="portal reply naming the reported posts but only promising action after review",
     why="'검토 중이며 … 조치를 취할 예정입니다' is a promise, not a statement; names the items so it is not a pure receipt",
     items=pend(N15, N16, N17),
     body=f"""
안녕하세요, 네이버 블로그 운영팀입니다.

보내주신 게시물 3건은 현재 담당 부서에서 검토 중이며, 확인되는 대로 게시중단 등
필요한 조치를 취할 예정입니다.

- {N15}
- {N16}
- {N17}

처리 결과는 완료 후 회신드리겠습니다.
""")

case(name="kakao-hedged-seems-deleted", from_="cafe-policy@kakaocorp.com", name_from=enc("Daum 카페 운영정책"),
     date=d("2024-09-06 11:25:48"), subject=enc(f"Re: [{R2}] 시정요구"),
     reply_to_req=msgid(R2), outcome="review", review="not_understood",
     imitates="hedged operator reply ('~것으로 보입니다', '가능성이 있습니다') while logs are checked",
     why="'이미 삭제한 것으로 보입니다' and '제한되었을 가능성이 있습니다' are hedges; nothing is stated",
     items=pend(K1, K2, K3),
     body=f"""
안녕하세요, Daum 카페 운영정책 담당자입니다.

{K1}
{K2}
위 두 게시글은 카페 운영자가 이미 삭제한 것으로 보입니다. 정확한 확인을 위해 내부 로그를
조회하고 있습니다.

{K3} 오픈채팅방은 다른 이용자 신고가 누적되어 이미 이용이 제한되었을 가능성이 있습니다.
담당 부서에 확인 후 다시 말씀드리겠습니다.
""")

case(name="naver-bulk-all-fourteen", from_=NAVER_POLICY, name_from=enc("네이버 정책협력팀"),
     date=d("2024-09-10 09:00:05"), subject=enc(f"[{R1}] 조치 완료 보고"),
     reply_to_req=msgid(R1), outcome="review", review="bulk",
     imitates="one-line 조치 완료 보고 covering a whole multi-item request",
     why="'14건 전부 게시중단 조치를 완료' speaks of every item of a 14-item request without naming any",
     items=pend(*N_ALL),
     body=f"""
안녕하세요. 네이버 정책협력팀입니다.

귀 위원회에서 요청하신 {R1} 건과 관련하여, 대상 게시물 14건 전부 게시중단 조치를
완료하였음을 알려드립니다.

감사합니다.
""")

case(name="dc-bulk-informal", from_=DC_CS, name_from=enc("디시인사이드 운영팀"),
     date=d("2024-09-09 16:03:29"), subject=enc(f"Re: [{R4}] 게시물 시정요구"),
     reply_to_req=msgid(R4), outcome="review", review="bulk",
     imitates="very short informal operator reply in the request's thread",
     why="'말씀하신 글 다섯 개 전부 삭제했습니다' covers a 5-item request without naming each",
     items=pend(*D_ALL),
     body="""
네 확인했습니다.
말씀하신 글 다섯 개 전부 삭제했습니다~

디시인사이드 운영팀
""")

case(name="naver-dmarc-fail", from_=NAVER_POLICY, name_from=enc("네이버 정책협력팀"), auth="fail",
     date=d("2024-09-08 20:14:37"), subject=enc(f"[{R1}] 조치결과 회신"),
     outcome="review", review="untrusted",
     imitates="a NAVER-looking 조치결과 회신 whose DKIM/SPF/DMARC fail",
     why="states removals but the navercorp.com sender fails authentication",
     items=pend(N1, N2, N8),
     body=f"""
안녕하세요. 네이버 정책협력팀입니다.

{R1} 요청 건 중 아래 게시물은 삭제 조치하였습니다.

1. {N1}
2. {N2}
3. {N8}

감사합니다.
""")

case(name="kakao-cafe-manager-gmail", from_="haneulshop.manager@gmail.com", name_from=enc("하늘샵 카페지기"),
     date=d("2024-09-07 22:48:51"), subject=enc(f"[{R2}] 카페 글 삭제했습니다"),
     outcome="review", review="unknown_sender",
     imitates="a Daum cafe manager (not Kakao) writing from a personal mailbox",
     why="deletion claim about requested cafe posts from gmail.com, which is no platform's domain",
     items=pend(K1, K2),
     body=f"""
안녕하세요. 다음 카페 '하늘샵' 카페지기입니다.
카카오에서 연락 받고 위원회 요청 번호({R2}) 보고 메일 드립니다.

{K1}
{K2}

위 두 글은 제가 오늘 직접 삭제했고 글쓴이는 강퇴 처리했습니다.
앞으로 관리 잘 하겠습니다.
""")

case(name="naver-answers-for-band", from_=NAVER_POLICY, name_from=enc("네이버 정책협력팀"),
     date=d("2024-09-12 09:31:22"), subject=enc("[네이버] 밴드 게시글 관련 회신"),
     outcome="review", review="wrong_platform",
     imitates="parent-company team answering for a sister service (BAND) from its own domain",
     why="navercorp.com states removals of BAND items, whose platform in our config is band (band.us)",
     items=pend(B1, B2),
     body=f"""
안녕하세요, 네이버 정책협력팀입니다.

밴드 서비스 관련하여 요청하신 건({R5})을 대신 회신드립니다.
아래 게시글 2건은 삭제 처리되었습니다.

- {B1}
- {B2}

감사합니다.
""")

case(name="naver-asks-for-decision-copy", from_=NAVER_POLICY, name_from=enc("네이버 정책협력팀"),
     date=d("2024-09-04 13:40:09"), subject=enc(f"[{R1}] 추가 자료 요청"),
     reply_to_req=msgid(R1), outcome="review", review="asks_more", classification="request_for_info",
     imitates="portal asking the regulator for the 심의 의결서 before acting on two blog posts",
     why="asks for documents about two named items and states no result",
     items=pend(N7, N8),
     body=f"""
안녕하세요, 네이버 정책협력팀입니다.

{R1} 요청 건 중 아래 2건은 판매 게시물 여부 판단이 어려워, 조치 검토를 위해
해당 건에 대한 심의 의결서 사본 또는 위반 근거 자료를 보내주시기 바랍니다.

- {N7}
- {N8}

자료를 회신해 주시면 확인 후 조치 결과를 안내드리겠습니다.
""")

case(name="yt-web-form-announcement", from_="legal-noreply@youtube.com", name_from="YouTube Legal Support",
     date=d("2024-09-13 01:00:00"), subject="Changes to the government removal request form",
     outcome="review", review="no_claims",
     imitates="YouTube notice to government requesters about a new submission web form",
     why="trusted YouTube mail naming no requested item and no request: nothing to record, someone should read it",
     items={},
     body="""
Hello,

We are writing to government agencies that submit legal removal requests to YouTube.

From 1 October 2024, requests from government authorities in South Korea should be
submitted through the updated web form at https://support.google.com/legal/answer/3110420 .
Requests sent by email will still be accepted during a transition period.

Thank you,
YouTube Legal Support
""")

case(name="band-conditional-deletion", from_=BAND, name_from=enc("BAND 운영팀"),
     date=d("2024-09-11 10:05:31"), subject=enc(f"Re: [{R5}] 밴드 게시글 시정요구"),
     reply_to_req=msgid(R5), outcome="review", review="not_understood",
     imitates="operator reply announcing a notice-and-objection period before deletion",
     why="deletion only if the author does not answer within 7 days: a condition, not a statement",
     items=pend(B1, B2),
     body=f"""
안녕하세요. BAND 운영팀입니다.

{B1}
{B2}

위 게시글 2건에 대해 작성자에게 소명을 요청하였으며, 7일 이내 소명이 없을 경우
삭제될 예정입니다. 결과는 다시 안내드리겠습니다.
""")

case(name="yt-hedged-english", from_=YT_LEGAL, name_from="YouTube Legal Support",
     date=d("2024-09-08 04:22:13"), subject=f"Re: {R3}",
     reply_to_req=msgid(R3), outcome="review", review="not_understood",
     imitates="YouTube support reply hedging about a Short ('appears … may have already been removed')",
     why="'appears … may have already been removed by the uploader' is a hedge; the rest is still under review",
     items=pend(Y2),
     body=f"""
Hi,

Thanks for your patience. It appears that {Y2} may have already been
removed by the uploader, but we are confirming this on our side.

We are still reviewing the remaining URLs in your request and will update you.

Best,
YouTube Legal Support
""")

# ====================================================================== ignored
case(name="naver-ooo-chuseok", from_="seojun.lee@navercorp.com", name_from=enc("이서준"),
     date=d("2024-09-13 18:40:00"), subject=enc(f"[자동응답] 부재중입니다 (Re: [{R7}] 시정요구)"),
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     outcome="ignored", classification="auto_reply",
     imitates="Korean out-of-office auto-reply over the Chuseok holidays",
     why="out-of-office auto-reply; states nothing about items",
     items={},
     body="""
안녕하세요. 이서준입니다.

9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 정책협력팀 대표 메일(policy@navercorp.com)로 연락 부탁드립니다.

감사합니다.
""")

case(name="kakao-ticket-receipt", from_="noreply@kakaocorp.com", name_from=enc("카카오 고객센터"),
     date=d("2024-09-05 14:11:02"), subject=enc("[카카오 고객센터] 문의가 접수되었습니다"),
     extra_headers=["Auto-Submitted: auto-generated"],
     outcome="ignored", classification="acknowledgement",
     imitates="Kakao customer-centre ticket receipt (접수번호, answer within 3 business days)",
     why="pure receipt: ticket number and a promise to answer, no item named",
     items={},
     body=f"""
안녕하세요. 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

 - 접수번호: 2409-118832
 - 접수일시: 2024-09-05 14:10
 - 문의 제목: [{R2}] 시정요구

접수된 문의는 순서대로 확인하여 영업일 기준 3일 이내에 답변드리겠습니다.
본 메일은 발신 전용입니다.
""")

case(name="band-dsn-user-unknown", from_="MAILER-DAEMON@mx.kcsc.example", name_from="Mail Delivery System",
     auth="none", date=d("2024-09-10 10:21:04"), subject="Undelivered Mail Returned to Sender",
     outcome="ignored", classification="bounce",
     imitates="Postfix DSN (multipart/report; delivery-status) returning our request with its URLs",
     why="a bounce of our own request; the returned copy's URLs state nothing",
     items={},
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="4WxY2z1234.1725931264/mx.kcsc.example"

--4WxY2z1234.1725931264/mx.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<report@band.us>: host mx.band.us[203.0.113.45] said: 550 5.1.1
    <report@band.us>: Recipient address rejected: User unknown (in reply to
    RCPT TO command)

--4WxY2z1234.1725931264/mx.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
X-Postfix-Queue-ID: 4WxY2z1234
Arrival-Date: Tue, 10 Sep 2024 10:20:58 +0900 (KST)

Final-Recipient: rfc822; report@band.us
Original-Recipient: rfc822;report@band.us
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.band.us
Diagnostic-Code: smtp; 550 5.1.1 <report@band.us>: Recipient address rejected:
    User unknown

--4WxY2z1234.1725931264/mx.kcsc.example
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: report@band.us
Subject: [{R5}] Request for correction (2 BAND posts)
Message-ID: <{msgid(R5)}@kcsc.example>
Date: Tue, 10 Sep 2024 10:20:00 +0900
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{quoted_request(R5, prefix="")}

--4WxY2z1234.1725931264/mx.kcsc.example--
""")

case(name="dc-read-receipt", from_=DC_CS, name_from=enc("디시인사이드 고객센터"),
     date=d("2024-09-09 11:47:15"), subject=enc(f"읽음 확인: [{R4}] 게시물 시정요구"),
     outcome="ignored", classification="read_receipt",
     imitates="MDN read receipt (multipart/report; disposition-notification) in Korean",
     why="a read receipt says nothing about items",
     items={},
     raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="mdn-dc-20240909"

--mdn-dc-20240909
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[{R4}] 게시물 시정요구"를 수신자가 2024-09-09 오전 11:47에 읽었습니다.

--mdn-dc-20240909
Content-Type: message/disposition-notification

Reporting-UA: webmail.dcinside.com
Final-Recipient: rfc822; cs@dcinside.com
Original-Message-ID: <{msgid(R4)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-dc-20240909--
""")

case(name="yt-receipt-echoes-urls", from_="legal-noreply@youtube.com", name_from="YouTube Legal Support",
     date=d("2024-09-06 09:34:10"), subject="We've received your legal request [8-7214000036611]",
     extra_headers=["Auto-Submitted: auto-generated"],
     outcome="ignored", classification="acknowledgement",
     imitates="YouTube legal request receipt that echoes the reported URLs",
     why="a receipt listing what was reported ('Content you reported'), no status stated for any URL",
     items=pend(Y1, Y2, Y3),
     body=f"""
Hello,

Thanks for submitting your legal request. Your reference number is 8-7214000036611.

Content you reported:
{Y1}
{Y2}
{Y3}

Our team will review your request, and you'll receive an email once we've taken a
decision. Please keep the reference number for any follow-up.

- YouTube Legal Support
""")

case(name="dc-autoresponder", from_=DC_CS, name_from=enc("디시인사이드 고객센터"),
     date=d("2024-09-09 11:00:40"), subject=enc(f"[자동회신] [{R4}] 게시물 시정요구"),
     extra_headers=["Auto-Submitted: auto-replied"],
     outcome="ignored",
     imitates="helpdesk automatic reply with business hours",
     why="automatic reply announcing answer hours; no item, no result",
     items={},
     body="""
본 메일은 자동 발송 메일입니다.

디시인사이드 고객센터에 문의해 주셔서 감사합니다.
문의하신 내용은 접수 순서대로 평일 10:00~18:00에 답변드리며,
주말 및 공휴일에 접수된 문의는 다음 영업일에 순차 처리됩니다.
""")

case(name="naver-help-receipt", from_="help@naver.com", name_from=enc("네이버 고객센터"),
     date=d("2024-09-12 11:01:30"), subject=enc("[네이버 고객센터] 문의 접수 안내"),
     extra_headers=["Auto-Submitted: auto-generated"],
     outcome="ignored", classification="acknowledgement",
     imitates="NAVER 고객센터 문의 접수 안내 (접수번호, expected answer time)",
     why="pure acknowledgement of our request with a ticket number",
     items={},
     body=f"""
안녕하세요, 네이버 고객센터입니다.

문의가 정상적으로 접수되었습니다.
 · 접수번호: 2409120014783
 · 문의 유형: 게시중단 요청 (권리침해)
 · 제목: [{R7}] 시정요구

담당자가 확인 후 순차적으로 답변드리겠습니다.
""")


def main():
    write_requests()
    for c in cases:
        c["from"] = c.pop("from_")
    header = ("# Blind set 731 (Korean platforms), written by make.py before any run of the reader.\n"
              "# Each case is judged alone on a fresh ledger holding requests.csv.")
    corpuslib.write_set(HERE, "blind731", header, cases)


if __name__ == "__main__":
    main()
