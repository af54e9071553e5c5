#!/usr/bin/env python3
"""Blind set 43: general Korean-first mix (NAVER, Kakao/Daum, Korean offices of
global platforms) plus doubtful and ignorable mail. Expected results written
from meaning before any run."""
import base64, csv, io, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from corpuslib import write_set

N = [  # NAVER, 14 items, KCSC-240909-01
    "https://blog.naver.com/haneul_deal77/223561100201",
    "https://blog.naver.com/haneul_deal77/223561100202",
    "https://blog.naver.com/moonlit_shop/223560987654",
    "https://cafe.naver.com/fakestockroom/88412",
    "https://cafe.naver.com/fakestockroom/88413",
    "https://cafe.naver.com/fakestockroom/88420",
    "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=471122334",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38112233&memberNo=5566778",
    "https://blog.naver.com/드림약국판매/223562000111",
    "https://cafe.naver.com/pillmarket2024/1201",
    "https://cafe.naver.com/pillmarket2024/1202",
    "https://blog.naver.com/sunny_rx/223563300001",
    "https://tv.naver.com/v/58123344",
    "https://blog.naver.com/sunny_rx/223563300002",
]
K = [  # Kakao/Daum, 5 items, KCSC-240910-01
    "https://cafe.daum.net/fakecasino77/Ab3x/1021",
    "https://cafe.daum.net/fakecasino77/Ab3x/1022",
    "https://tv.kakao.com/v/447120381",
    "https://brunch.co.kr/@betking/41",
    "https://open.kakao.com/o/gFk3aZ9b",
]
Y = [  # YouTube, 4 items, KCSC-240911-01
    "https://www.youtube.com/watch?v=Qx7aB2cD9eF",
    "https://www.youtube.com/watch?v=Lm3nP0qR5sT",
    "https://www.youtube.com/shorts/Zt8uV1wX2yA",
    "https://www.youtube.com/@가짜뉴스채널/videos",
]
X = [  # X, 3 items, KCSC-240912-01
    "https://x.com/fake_pharm_kr/status/1833012345678901234",
    "https://x.com/fake_pharm_kr/status/1833012345678901299",
    "https://x.com/drugdeal_bot/status/1833100000000000001",
]
T = [  # Telegram, 2 items, KCSC-240913-01
    "https://t.me/fakedrug_kr/3301",
    "https://t.me/fakedrug_kr/3302",
]
N1 = ["https://blog.naver.com/gambling_tip9/223570001234"]  # KCSC-240916-01
K1 = ["https://cafe.daum.net/lotto_fake/Zz01/77"]  # KCSC-240917-01

REQS = [
    ("KCSC-240909-01", "naver", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", N, "illegal_drugs", "req-240909-01"),
    ("KCSC-240910-01", "kakao", "2024-09-10T11:00:00+09:00", "2024-09-17T18:00:00+09:00", K, "illegal_gambling", "req-240910-01"),
    ("KCSC-240911-01", "youtube", "2024-09-11T09:30:00+09:00", "2024-09-18T18:00:00+09:00", Y, "disinformation", "req-240911-01"),
    ("KCSC-240912-01", "x", "2024-09-12T14:00:00+09:00", "2024-09-19T18:00:00+09:00", X, "illegal_drugs", "req-240912-01"),
    ("KCSC-240913-01", "telegram", "2024-09-13T10:00:00+09:00", "2024-09-20T18:00:00+09:00", T, "illegal_drugs", "req-240913-01"),
    ("KCSC-240916-01", "naver", "2024-09-16T10:00:00+09:00", "2024-09-23T18:00:00+09:00", N1, "illegal_gambling", "req-240916-01"),
    ("KCSC-240917-01", "kakao", "2024-09-17T10:00:00+09:00", "2024-09-24T18:00:00+09:00", K1, "illegal_gambling", "req-240917-01"),
]

def write_requests():
    with open(os.path.join(here, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("ref,platform,sent_at,due_at,url,category,message_id,note\n")
        for ref, pf, s, d, urls, cat, mid in REQS:
            for u in urls:
                f.write(f"{ref},{pf},{s},{d},{u},{cat},<{mid}@kcsc.example>,\n")

def quoted(urls, ref):
    q = [f"> 방송통신심의위원회 시정요구 ({ref})", ">"]
    for i, u in enumerate(urls, 1):
        q.append(f"> {i}. {u}")
    q.append("> 위 정보에 대하여 삭제 또는 접속차단 조치를 요청합니다.")
    return "\n".join(q)

def mime(parts, boundary="=_b43_boundary", sub="mixed"):
    out = [f'Content-Type: multipart/{sub}; boundary="{boundary}"', ""]
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.strip("\n"))
        out.append("")
    out.append(f"--{boundary}--")
    return "\n".join(out)

def b64(s):
    e = base64.b64encode(s.encode("utf-8")).decode()
    return "\n".join(e[i:i+76] for i in range(0, len(e), 76))

def qp(s):
    import quopri
    return quopri.encodestring(s.encode("utf-8")).decode()

def xlsx_b64(rows):
    import zipfile
    def cell(r, c, v):
        ref = "ABCDEFG"[c] + str(r)
        v = v.replace("&", "&amp;").replace("<", "&lt;")
        return f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>'
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             + "".join(f'<row r="{i+1}">' + "".join(cell(i+1, j, v) for j, v in enumerate(row)) + "</row>" for i, row in enumerate(rows))
             + "</sheetData></worksheet>")
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="조치결과" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": sheet,
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    e = base64.b64encode(buf.getvalue()).decode()
    return "\n".join(e[i:i+76] for i in range(0, len(e), 76))

NAVER_FOOT = "본 메일은 발신 전용입니다. 문의: 네이버 고객센터 https://help.naver.com/\nNAVER Corp. 경기도 성남시 분당구 정자일로 95"
KAKAO_FOOT = "카카오 고객센터 https://cs.kakao.com/ | 운영정책 https://www.kakao.com/policy/oppolicy\n(주)카카오 제주특별자치도 제주시 첨단로 242"

C = []
def case(**kw):
    C.append(kw)

# ---------------- NAVER 14-item request: applied ----------------
case(name="naver-gesijungdan-list", from_="policy@navercorp.com", date="Tue, 10 Sep 2024 15:20:00 +0900",
     subject="Re: [KCSC-240909-01] 시정요구 조치결과 회신", reply_to_req="req-240909-01",
     body=f"""안녕하세요, 네이버 정책지원팀입니다.

귀 위원회의 시정요구(KCSC-240909-01)에 따른 조치 결과를 아래와 같이 회신드립니다.

1. {N[0]} - 게시중단 완료
2. {N[1]} - 게시중단 완료
3. {N[2]} - 삭제 완료

나머지 게시물은 현재 검토 중이며 처리 후 별도로 회신드리겠습니다.

{NAVER_FOOT}

{quoted(N, 'KCSC-240909-01')}
""", outcome="applied", classification="confirmation",
     imitates="NAVER 게시중단 처리 결과 안내 (numbered list, '게시중단 완료')",
     why="numbered per-line statuses; the rest explicitly still under review stay pending; quoted request ignored",
     items={N[0]: "removed", N[1]: "removed", N[2]: "removed"})

case(name="naver-imsijochi-cafe", from_="cafe_admin@navercorp.com", date="Wed, 11 Sep 2024 10:05:00 +0900",
     subject="[네이버 카페] 게시물 임시조치 안내 (KCSC-240909-01)", reply_to_req="req-240909-01",
     body=f"""네이버 카페 운영팀입니다.

정보통신망법 제44조의2에 따라 아래 게시물에 대해 30일간 임시조치(블라인드)를 하였습니다.

{N[3]}
{N[4]}

임시조치 기간 중 게시자가 재게시를 요청하지 않으면 해당 게시물은 삭제됩니다.
권리침해 신고 안내: https://help.naver.com/service/5640/contents/10400

{NAVER_FOOT}
""", outcome="applied", classification="confirmation",
     imitates="NAVER 카페 임시조치(30일 블라인드) 안내 메일, 정보통신망법 제44조의2",
     why="임시조치 is a restriction (issue 11); the future deletion clause does not change the present status; help link is not an item",
     items={N[3]: "restricted", N[4]: "restricted"})

case(name="naver-not-found-kin", from_="policy@navercorp.com", date="Wed, 11 Sep 2024 17:40:00 +0900",
     subject="RE: [KCSC-240909-01] 조치결과", reply_to_req="req-240909-01",
     body=f"""위원회 담당자님께,

요청하신 지식iN 게시물
{N[6]}
은(는) 작성자에 의해 이미 삭제되어 확인되지 않습니다.

또한 {N[5]}은 존재하지 않는 게시물입니다(잘못된 주소).

감사합니다.
네이버 정책지원팀 드림
""", outcome="applied", classification="confirmation",
     imitates="NAVER 고객센터 회신 '작성자에 의해 이미 삭제된 게시물입니다'",
     why="already deleted by its author and non-existent URL are not_found; URL on its own line with statement below; Korean particle after URL",
     items={N[6]: "not_found", N[5]: "not_found"})

case(name="naver-html-table", from_="policy@navercorp.com", date="Thu, 12 Sep 2024 11:00:00 +0900",
     subject="[KCSC-240909-01] 시정요구 처리결과 통보", reply_to_req="req-240909-01", type="html",
     body=f"""<html><body><p>방송통신심의위원회 귀중</p>
<p>시정요구(KCSC-240909-01)에 대한 처리결과를 다음과 같이 통보합니다.</p>
<table border="1"><tr><th>번호</th><th>URL</th><th>조치결과</th></tr>
<tr><td>1</td><td>{N[7]}</td><td>삭제</td></tr>
<tr><td>2</td><td>{N[8]}</td><td>비공개 처리</td></tr>
<tr><td>3</td><td>{N[9]}</td><td>접근 제한</td></tr>
<tr><td>4</td><td>{N[10]}</td><td>조치 불가(위반 사항 없음)</td></tr>
</table>
<p><a href="https://policy.naver.com/rules/service.html">네이버 서비스 운영정책</a></p>
<p>NAVER Corp. 정책지원팀</p></body></html>""", outcome="applied", classification="confirmation",
     imitates="KCSC 시정요구 조치결과 회신 양식 (번호/URL/조치결과 표)",
     why="HTML table; 비공개 처리 = removed (blind family), 접근 제한 = restricted, 위반 사항 없음 = rejected; raw Hangul blog path matches; policy link not an item",
     items={N[7]: "removed", N[8]: "removed", N[9]: "restricted", N[10]: "rejected"})

case(name="naver-xlsx-attachment", from_="policy@navercorp.com", date="Fri, 13 Sep 2024 09:10:00 +0900",
     subject="[KCSC-240909-01] 조치결과 엑셀 회신", reply_to_req="req-240909-01",
     raw_mime=mime([
         "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n요청하신 건의 조치결과를 첨부 파일로 송부합니다.\n네이버 정책지원팀",
         'Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="result_240909.xlsx"\nContent-Disposition: attachment; filename="result_240909.xlsx"\nContent-Transfer-Encoding: base64\n\n'
         + xlsx_b64([["URL", "조치결과", "비고"], [N[11], "삭제", ""], [N[12], "블라인드", "게시중단"], [N[13], "게시물 없음", "이미 삭제됨"]]),
     ]), outcome="applied", classification="confirmation",
     imitates="포털 조치결과 엑셀 첨부 회신 (URL/조치결과/비고 columns)",
     why="XLSX attachment with per-row statuses; 블라인드 = removed; 게시물 없음 = not_found",
     items={N[11]: "removed", N[12]: "removed", N[13]: "not_found"})

case(name="naver-top-posted-over-quote", from_="policy@navercorp.com", date="Fri, 13 Sep 2024 16:45:00 +0900",
     subject="Re: [KCSC-240909-01] 시정요구", reply_to_req="req-240909-01",
     body=f"""요청하신 게시물 중 {N[3]} 은(는) 운영자에 의해 삭제 처리되었습니다.
그 외 게시물에 대해서는 아직 조치하지 않았습니다.

2024년 9월 9일 (월) 오전 10:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{quoted(N, 'KCSC-240909-01')}
> 삭제 완료 후 회신 바랍니다.
""", outcome="applied", classification="confirmation",
     imitates="Gmail-style top-posted Korean reply over quoted request ('님이 작성:')",
     why="one item deleted by the operator; 'not yet actioned' for the rest leaves them pending; quoted 삭제 완료 ignored",
     items={N[3]: "removed"})

case(name="naver-qp-encoded", from_="policy@navercorp.com", date="Sat, 14 Sep 2024 10:00:00 +0900",
     subject="[KCSC-240909-01] 조치 완료 안내", reply_to_req="req-240909-01",
     raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(
         f"안녕하세요.\n\n아래 게시물에 대해 해외 접속을 포함한 전체 노출을 제한하였습니다.\n- {N[0]}\n- {N[2]}\n\n네이버 정책지원팀\n"),
     outcome="applied", classification="confirmation",
     imitates="NAVER 노출 제한 안내, quoted-printable body",
     why="quoted-printable Korean body; 노출을 제한 = restricted for both bulleted items",
     items={N[0]: "restricted", N[2]: "restricted"})

case(name="naver-single-url-sentence", from_="policy@navercorp.com", date="Tue, 17 Sep 2024 13:00:00 +0900",
     subject="Re: [KCSC-240916-01]", reply_to_req="req-240916-01",
     body=f"""{N1[0]} 해당 게시물 삭제 조치했습니다.

NAVER 정책지원팀
""", outcome="applied", classification="confirmation",
     imitates="short one-line staff reply (URL + one sentence)",
     why="a notice that is only a URL and one sentence",
     items={N1[0]: "removed"})

case(name="naver-reported-content-echo", from_="noreply@navercorp.com", date="Thu, 12 Sep 2024 20:00:00 +0900",
     subject="[네이버] 신고하신 게시물 처리 결과 안내", reply_to_req="req-240909-01",
     body=f"""신고하신 게시물이 네이버 운영정책 위반으로 확인되어 게시중단되었습니다.

[신고 내용]
- 신고 번호: 2024-0912-55812
- 신고 대상: {N[11]}
- 신고 사유: 불법 의약품 판매

운영정책 보기: https://policy.naver.com/policy/service.html
""", outcome="applied", classification="confirmation",
     imitates="NAVER 신고 처리 결과 안내 with echoed report ('신고 대상')",
     why="statement about 'the reported content' followed by the echoed report listing it",
     items={N[11]: "removed"})

# ---------------- Kakao ----------------
case(name="kakao-imsijochi-notice", from_="noreply@daum.net", date="Wed, 11 Sep 2024 14:00:00 +0900",
     subject="[다음카페] 게시물 임시조치 안내", reply_to_req="req-240910-01",
     body=f"""안녕하세요. Daum 카페 운영팀입니다.

방송통신심의위원회의 요청(KCSC-240910-01)에 따라 아래 게시글을 임시조치하였습니다.

게시글 주소: {K[0]}
게시글 주소: {K[1]}

임시조치된 게시글은 30일간 게시자 외에는 볼 수 없습니다.
{KAKAO_FOOT}
""", outcome="applied", classification="confirmation",
     imitates="Daum 카페 게시글 임시조치 안내",
     why="임시조치 = restricted for both labelled URLs",
     items={K[0]: "restricted", K[1]: "restricted"})

case(name="kakao-per-line-below", from_="policy@kakaocorp.com", date="Thu, 12 Sep 2024 10:30:00 +0900",
     subject="RE: [KCSC-240910-01] 시정요구 조치결과 회신", reply_to_req="req-240910-01",
     body=f"""카카오 정책팀입니다. 조치 결과 회신드립니다.

{K[2]}
  → 영상 삭제 및 채널 이용 제한

{K[3]}
  해당 글은 운영정책 위반에 해당하지 않아 별도 조치하지 않았습니다.

{K[4]}
  오픈채팅방 이용이 영구 제한(방 폐쇄)되었습니다.

{KAKAO_FOOT}
""", outcome="applied", classification="confirmation",
     imitates="Kakao 정책팀 시정요구 조치결과 회신 (status line below each URL)",
     why="statuses on the line below bare URLs; negated action with a reason = rejected; open-chat room closed = removed",
     items={K[2]: "removed", K[3]: "rejected", K[4]: "removed"})

case(name="kakao-csv-attachment", from_="policy@kakaocorp.com", date="Fri, 13 Sep 2024 11:00:00 +0900",
     subject="[KCSC-240910-01] 조치결과 (CSV)", reply_to_req="req-240910-01",
     raw_mime=mime([
         "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n조치 결과 파일을 첨부합니다.",
         'Content-Type: text/csv; charset=utf-8; name="kakao_result.csv"\nContent-Disposition: attachment; filename="kakao_result.csv"\nContent-Transfer-Encoding: base64\n\n'
         + b64(f"URL,조치결과\n{K[0]},삭제\n{K[1]},삭제\n{K[2]},해당 게시물 없음\n"),
     ]), outcome="applied", classification="confirmation",
     imitates="Kakao CSV 조치결과 attachment",
     why="CSV attachment: two deletions and one not found",
     items={K[0]: "removed", K[1]: "removed", K[2]: "not_found"})

case(name="kakao-single-blind", from_="policy@kakaocorp.com", date="Wed, 18 Sep 2024 09:00:00 +0900",
     subject="Re: [KCSC-240917-01] 조치결과", reply_to_req="req-240917-01",
     body=f"""말씀하신 게시글({K1[0]})은 블라인드 처리되었습니다.

감사합니다.
카카오 정책팀
""", outcome="applied", classification="confirmation",
     imitates="Kakao short staff reply, URL in parentheses",
     why="URL in parentheses followed by ')'; 블라인드 처리 = removed",
     items={K1[0]: "removed"})

case(name="kakao-multipart-alt", from_="policy@kakaocorp.com", date="Sat, 14 Sep 2024 15:00:00 +0900",
     subject="[KCSC-240910-01] 브런치 게시글 조치 안내", reply_to_req="req-240910-01",
     raw_mime=mime([
         f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(f"브런치 게시글 {K[3]} 를 비공개 처리하였습니다.\n카카오 정책팀\n"),
         f"Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(f"<p>브런치 게시글 <a href=\"{K[3]}\">{K[3]}</a> 를 비공개 처리하였습니다.</p><p>카카오 정책팀</p>"),
     ], boundary="=_alt43", sub="alternative"), outcome="applied", classification="confirmation",
     imitates="Kakao Brunch 비공개 처리 안내, multipart/alternative base64",
     why="multipart/alternative base64; 비공개 처리 = removed",
     items={K[3]: "removed"})

# ---------------- YouTube (Korean office) ----------------
case(name="youtube-kr-removed-restricted", from_="legal-kr@google.com", date="Thu, 12 Sep 2024 18:00:00 +0900",
     subject="Re: [KCSC-240911-01] YouTube 콘텐츠 관련 요청", reply_to_req="req-240911-01",
     body=f"""안녕하세요.

Google에 연락해 주셔서 감사합니다. 요청하신 콘텐츠를 검토한 결과는 다음과 같습니다.

- {Y[0]} : YouTube 커뮤니티 가이드 위반으로 삭제되었습니다.
- {Y[1]} : 대한민국에서 해당 동영상에 대한 액세스를 차단하였습니다.
- {Y[2]} : 연령 제한이 적용되었습니다.

커뮤니티 가이드: https://www.youtube.com/howyoutubeworks/policies/community-guidelines/
법률 정책: https://support.google.com/legal/answer/3110420

Google 법무팀 드림
""", outcome="applied", classification="confirmation",
     imitates="Google Legal Removals Korean-language response (커뮤니티 가이드 위반 / 국가별 액세스 차단)",
     why="removed, geo-blocked in Korea = restricted, age-restricted = restricted; policy/help links not items",
     items={Y[0]: "removed", Y[1]: "restricted", Y[2]: "restricted"})

case(name="youtube-en-no-violation", from_="legal-kr@google.com", date="Fri, 13 Sep 2024 09:00:00 +0900",
     subject="Re: [KCSC-240911-01] Your request to YouTube", reply_to_req="req-240911-01",
     body=f"""Hello,

Thanks for reaching out. We reviewed the channel you reported:
{Y[3]}

After careful review, we have decided not to take action on this channel because it does not violate our Community Guidelines. We also did not find it to be unlawful under the local laws you cited.

If you have additional information, you can submit a new request at https://support.google.com/legal/troubleshooter/1114905

Regards,
The YouTube Legal Team
""", outcome="applied", classification="confirmation",
     imitates="Google/YouTube legal 'we have decided not to take action' reply",
     why="raw Hangul handle URL; decided not to take action because no violation = rejected; 'if you have additional information' is boilerplate, not a request",
     items={Y[3]: "rejected"})

case(name="youtube-not-found-en", from_="youtube-legal@youtube.com", date="Sat, 14 Sep 2024 08:00:00 +0900",
     subject="Re: [KCSC-240911-01]", reply_to_req="req-240911-01",
     body=f"""Hi,

We were unable to locate the following content. It may already have been removed by the uploader:
  {Y[2]}

The video {Y[0]} has been removed for violating YouTube's policy on harassment.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 9:30 AM
Subject: [KCSC-240911-01]
{Y[1]} - please remove
""", outcome="applied", classification="confirmation",
     imitates="YouTube support 'unable to locate' reply with Outlook-style original message",
     why="unable to locate = not_found; removed; Outlook original message block not counted",
     items={Y[2]: "not_found", Y[0]: "removed"})

# ---------------- X ----------------
case(name="x-withheld-kr", from_="legal@x.com", date="Fri, 13 Sep 2024 02:00:00 +0900",
     subject="Re: [KCSC-240912-01] Case 0912-KR-4411", reply_to_req="req-240912-01",
     body=f"""Hello,

Thank you for your report. In accordance with X's Country Withheld Content policy, we have withheld the following content in South Korea:

{X[0]}
{X[1]}

More information: https://help.x.com/en/rules-and-policies/post-withheld-by-country

X Legal
""", outcome="applied", classification="confirmation",
     imitates="X 'Country Withheld Content' notice",
     why="withheld in Korea = restricted for both listed posts; help link not an item",
     items={X[0]: "restricted", X[1]: "restricted"})

case(name="x-suspended-ko", from_="legal@x.com", date="Sat, 14 Sep 2024 03:00:00 +0900",
     subject="Re: [KCSC-240912-01] 신고 처리 결과", reply_to_req="req-240912-01",
     body=f"""안녕하세요, X 한국 담당팀입니다.

신고해 주신 게시물 {X[2]} 은 X 규칙(불법 또는 규제 대상 상품 및 서비스) 위반으로 삭제되었으며, 해당 계정은 정지되었습니다.

감사합니다.
""", outcome="applied", classification="confirmation",
     imitates="X Korean-language enforcement notice",
     why="Korean removal sentence by a global platform's Korean team",
     items={X[2]: "removed"})

# ---------------- Telegram ----------------
case(name="telegram-blocked", from_="dsa@telegram.org", date="Sat, 14 Sep 2024 22:00:00 +0900",
     subject="Re: [KCSC-240913-01]", reply_to_req="req-240913-01",
     body=f"""Hello,

Thank you for your report. The following content has been blocked for violating Telegram's Terms of Service:
t.me/fakedrug_kr/3301
https://t.me/fakedrug_kr/3302

Telegram Support
""", outcome="applied", classification="confirmation",
     imitates="Telegram abuse desk 'content has been blocked' reply",
     why="blocked = removed; one URL written without scheme",
     items={T[0]: "removed", T[1]: "removed"})

case(name="naver-ack-plus-statement", from_="policy@navercorp.com", date="Tue, 10 Sep 2024 09:00:00 +0900",
     subject="[접수완료] KCSC-240909-01", reply_to_req="req-240909-01",
     body=f"""귀 위원회의 요청이 정상적으로 접수되었습니다. (접수번호: NV-2024-091001)

우선 아래 게시물은 즉시 삭제하였습니다.
{N[12]}

나머지는 검토 후 회신드리겠습니다.
네이버 정책지원팀
""", outcome="applied", classification="confirmation",
     imitates="NAVER 접수 안내 with an immediate action line",
     why="acknowledgement phrase plus an unhedged statement is not an acknowledgement",
     items={N[12]: "removed"})


case(name="naver-outlook-original-ko", from_="policy@navercorp.com", date="Sun, 15 Sep 2024 10:20:00 +0900",
     subject="RE: [KCSC-240909-01] 추가 조치결과", reply_to_req="req-240909-01",
     body=f"""담당자님 안녕하세요.

추가 조치 결과입니다.
  • {N[9]} → 해당 카페 게시글 영구 삭제
  • {N[10]} → 게시중단(블라인드) 처리

-----Original Message-----
From: "방송통신심의위원회" <takedown@kcsc.example>
To: <policy@navercorp.com>
Sent: 2024-09-09 (월) 10:00:00 (GMT+09:00)
Subject: [KCSC-240909-01] 시정요구
{N[11]} 삭제 완료 여부 회신 바랍니다.
""", outcome="applied", classification="confirmation",
     imitates="NAVER Works/Outlook Korean reply with '-----Original Message-----' header block",
     why="bulleted arrows; quoted original (not '> ' prefixed) names another item that must stay pending",
     items={N[9]: "removed", N[10]: "removed"})

case(name="kakao-tv-age-restricted", from_="tv_policy@kakaocorp.com", date="Mon, 16 Sep 2024 16:00:00 +0900",
     subject="[카카오TV] 영상 조치 안내 (KCSC-240910-01)", reply_to_req="req-240910-01",
     body=f"""카카오TV 운영팀입니다.

요청하신 영상에 대해 다음과 같이 조치하였습니다.

대상 영상
{K[2]}

조치 내용
19세 이상 시청 가능(성인 인증)으로 시청 연령을 제한하였습니다.

{KAKAO_FOOT}
""", outcome="applied", classification="confirmation",
     imitates="카카오TV 영상 연령 제한 조치 안내 (labelled blocks)",
     why="age restriction = restricted; URL under a label, status two lines below under another label",
     items={K[2]: "restricted"})

# ---------------- review ----------------
case(name="naver-future-tense", from_="policy@navercorp.com", date="Tue, 10 Sep 2024 18:00:00 +0900",
     subject="Re: [KCSC-240909-01]", reply_to_req="req-240909-01",
     body=f"""요청하신 게시물 {N[0]}, {N[1]} 은(는) 내부 검토 후 삭제 예정입니다.
조치가 완료되면 다시 안내드리겠습니다.
""", outcome="review", review="not_understood",
     imitates="NAVER '검토 후 삭제 예정' interim reply",
     why="future tense (삭제 예정) names items: nothing applied, must be seen (not_understood)",
     items={})

case(name="kakao-under-review", from_="policy@kakaocorp.com", date="Wed, 11 Sep 2024 09:00:00 +0900",
     subject="Re: [KCSC-240910-01] 검토 중", reply_to_req="req-240910-01",
     body=f"""{K[4]} 건은 현재 법무 검토 중입니다. 결과는 추후 안내드리겠습니다.
카카오 정책팀
""", outcome="review", review="not_understood",
     imitates="Kakao interim 'legal review in progress' reply",
     why="under review only; names an item; must go to review, not ignored",
     items={})

case(name="youtube-asks-more", from_="legal-kr@google.com", date="Thu, 12 Sep 2024 11:00:00 +0900",
     subject="Re: [KCSC-240911-01] 추가 정보 요청", reply_to_req="req-240911-01",
     body=f"""안녕하세요.

요청하신 {Y[1]} 에 대해 검토를 진행하려면 추가 정보가 필요합니다.
해당 콘텐츠가 위반하는 구체적인 법 조항과 타임스탬프를 회신해 주시기 바랍니다.

Google 법무팀
""", outcome="review", review="asks_more", classification="request_for_info",
     imitates="Google Legal 'we need more information' request",
     why="asks for legal basis and timestamps; no status",
     items={})

case(name="naver-unknown-sender", from_="naver.policy.team@gmail.com", date="Wed, 11 Sep 2024 12:00:00 +0900",
     name_from="네이버 정책팀", subject="Re: [KCSC-240909-01] 조치결과", reply_to_req="req-240909-01",
     body=f"""{N[0]} 삭제 완료
{N[1]} 삭제 완료
""", outcome="review", review="unknown_sender",
     imitates="spoof of NAVER 조치결과 reply from a free-mail account",
     why="authenticated gmail.com sender is no platform; claims must not be applied",
     items={})

case(name="kakao-dmarc-fail", from_="policy@kakaocorp.com", auth="fail", date="Thu, 12 Sep 2024 13:00:00 +0900",
     subject="Re: [KCSC-240910-01] 조치 완료", reply_to_req="req-240910-01",
     body=f"""{K[0]} 삭제하였습니다.
{K[1]} 삭제하였습니다.
카카오 정책팀
""", outcome="review", review="untrusted",
     imitates="Kakao reply with DMARC failure",
     why="dmarc=fail: a perfect confirmation must not be applied",
     items={})

case(name="naver-lookalike-domain", from_="policy@navercorp-kr.com", date="Thu, 12 Sep 2024 14:00:00 +0900",
     name_from="NAVER 정책지원팀", subject="[KCSC-240909-01] 조치결과", reply_to_req="req-240909-01",
     body=f"""다음 게시물을 게시중단하였습니다.
{N[4]}
{N[5]}
""", outcome="review", review="unknown_sender",
     imitates="look-alike domain NAVER 게시중단 notice",
     why="navercorp-kr.com is not a NAVER sender",
     items={})

case(name="kakao-about-naver-items", from_="policy@kakaocorp.com", date="Fri, 13 Sep 2024 12:00:00 +0900",
     subject="문의하신 게시물 관련", 
     body=f"""안녕하세요, 카카오입니다.
문의하신 {N[9]} 은(는) 당사 서비스가 아니어서 조치할 수 없습니다.
""", outcome="review", review="wrong_platform",
     imitates="Kakao 'not our service' reply about another portal's URL",
     why="trusted Kakao speaks about a NAVER item; must not change it",
     items={})

case(name="naver-partly-done-hedged", from_="policy@navercorp.com", date="Sat, 14 Sep 2024 11:00:00 +0900",
     subject="Re: [KCSC-240909-01] 처리 현황", reply_to_req="req-240909-01",
     body=f"""요청하신 게시물 중 일부는 조치된 것으로 보이나, 정확한 처리 여부는 담당 부서 확인 후 다시 알려드리겠습니다.
{N[7]}
{N[8]}
""", outcome="review", review="not_understood",
     imitates="NAVER interim status reply (hedged)",
     why="'일부는 조치된 것으로 보이나' is hedged and does not say which; names items",
     items={})

case(name="x-will-review-en", from_="legal@x.com", date="Fri, 13 Sep 2024 05:00:00 +0900",
     subject="Re: [KCSC-240912-01] Case 0912-KR-4411", reply_to_req="req-240912-01",
     body=f"""Hello,

We have escalated the report regarding {X[0]} to the appropriate team. We may take action if the content is found to violate our rules or local law.

X Legal
""", outcome="review", review="not_understood",
     imitates="X 'we may take action' escalation reply",
     why="modal/hedged future; names an item; must be seen",
     items={})

case(name="telegram-bare-refs-unclear", from_="dsa@telegram.org", date="Sun, 15 Sep 2024 10:00:00 +0900",
     subject="Re: [KCSC-240913-01]", reply_to_req="req-240913-01",
     body="""Hello,

Regarding your request KCSC-240913-01: the channel owner has been notified and the situation is being handled per our ToS.

Telegram Support
""", outcome="review", review="not_understood",
     imitates="Telegram vague 'being handled' reply",
     why="references our request but states nothing clear about any item (owner notified, being handled); arguable: could be seen as acknowledgement",
     items={})

# ---------------- ignored ----------------
case(name="naver-ooo", from_="kim.policy@navercorp.com", date="Mon, 09 Sep 2024 10:05:00 +0900",
     subject="[자동회신] 부재중입니다: [KCSC-240909-01]", reply_to_req="req-240909-01",
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     body="""안녕하세요. 9월 9일부터 9월 13일까지 휴가로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 연락 바랍니다.
""", outcome="ignored",
     imitates="Korean Outlook 부재중 자동회신",
     why="out-of-office auto-reply; nothing about items",
     items={})

case(name="kakao-ack-receipt", from_="noreply@kakaocorp.com", date="Tue, 10 Sep 2024 11:01:00 +0900",
     subject="[카카오 고객센터] 문의가 접수되었습니다", reply_to_req="req-240910-01",
     body="""고객님의 문의가 정상적으로 접수되었습니다.
접수번호: 20240910-000512
담당자 확인 후 순차적으로 답변드리겠습니다.

카카오 고객센터 https://cs.kakao.com/
""", outcome="ignored", classification="acknowledgement",
     imitates="카카오 고객센터 문의 접수 완료 메일",
     why="pure acknowledgement / ticket receipt",
     items={})

case(name="youtube-ack-en", from_="legal-noreply@google.com", date="Wed, 11 Sep 2024 09:31:00 +0900",
     subject="[0-1234000035678] Your request has been received", reply_to_req="req-240911-01",
     body="""Hello,

Thanks for contacting Google. This is an automated confirmation that we have received your request. A ticket has been created (0-1234000035678). We will review it and get back to you.

- The Google Legal Team
""", outcome="ignored", classification="acknowledgement",
     imitates="Google Legal automated receipt with ticket number",
     why="pure acknowledgement",
     items={})

case(name="bounce-dsn", from_="MAILER-DAEMON@kakaocorp.com", name_from="Mail Delivery System",
     date="Tue, 10 Sep 2024 11:02:00 +0900", subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=mime([
         "Content-Type: text/plain; charset=utf-8\n\nThis is the mail system at host mail.kakaocorp.com.\nI'm sorry to have to inform you that your message could not be delivered.\n<policy-old@kakaocorp.com>: user unknown",
         "Content-Type: message/delivery-status\n\nReporting-MTA: dns; mail.kakaocorp.com\n\nFinal-Recipient: rfc822; policy-old@kakaocorp.com\nAction: failed\nStatus: 5.1.1",
         "Content-Type: text/rfc822-headers\n\nFrom: takedown@kcsc.example\nTo: policy-old@kakaocorp.com\nSubject: [KCSC-240910-01] 시정요구\nMessage-ID: <req-240910-01@kcsc.example>",
     ], boundary="=_dsn43", sub='report; report-type=delivery-status'),
     outcome="ignored", classification="bounce",
     imitates="Postfix DSN (user unknown)",
     why="bounce of our request",
     items={})

case(name="mdn-read-receipt", from_="policy@navercorp.com", date="Mon, 09 Sep 2024 11:00:00 +0900",
     subject="읽음: [KCSC-240909-01] 시정요구", reply_to_req="req-240909-01",
     raw_mime=mime([
         "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n이 메시지는 2024-09-09 11:00에 읽음으로 표시되었습니다.",
         "Content-Type: message/disposition-notification\n\nReporting-UA: mail.navercorp.com\nFinal-Recipient: rfc822;policy@navercorp.com\nOriginal-Message-ID: <req-240909-01@kcsc.example>\nDisposition: manual-action/MDN-sent-manually; displayed",
     ], boundary="=_mdn43", sub='report; report-type=disposition-notification'),
     outcome="ignored",
     imitates="Outlook/Korean 읽음 확인 MDN",
     why="read receipt (MDN) is ignored, not forwarded",
     items={})

case(name="x-ooo-en", from_="jlee@x.com", date="Thu, 12 Sep 2024 14:01:00 +0900",
     subject="Automatic reply: [KCSC-240912-01]", reply_to_req="req-240912-01",
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""I am out of the office until September 23 with limited access to email.
For urgent legal matters please contact legal@x.com.
""", outcome="ignored",
     imitates="Outlook 'Automatic reply' out-of-office",
     why="out-of-office auto-reply",
     items={})

case(name="telegram-ack", from_="dsa@telegram.org", date="Fri, 13 Sep 2024 10:05:00 +0900",
     subject="Re: [KCSC-240913-01] Case #4471920", reply_to_req="req-240913-01",
     body="""Hello,

We have received your report. Case #4471920 has been created and our moderators will look into it.

Telegram Support
""", outcome="ignored", classification="acknowledgement",
     imitates="Telegram DSA case-created receipt",
     why="pure acknowledgement with case number",
     items={})

from email.header import Header
for c in C:
    c["from"] = c.pop("from_")
    if "name_from" not in c and c["from"].endswith(("@kakaocorp.com", "@daum.net")):
        c["name_from"] = "Daum" if c["from"].endswith("@daum.net") else "Kakao"
    nf = c.get("name_from")
    if nf and not nf.isascii():
        c["name_from"] = Header(nf, "utf-8").encode()

if __name__ == "__main__":
    write_requests()
    write_set(here, "blind43", "# blind43: general Korean-first mix; expected results written from meaning, not yet run.", C)
