#!/usr/bin/env python3
"""Blind set 99: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Ruliweb, Nate Pann), mixing Korean and English,
with the doubtful and ignorable mail a regulator's mailbox receives.

Written from each email's meaning alone, before any run of the reader.
Deterministic: `python3 tests/corpus/blind99/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
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

# ---------------------------------------------------------------- requests
NV = [
    "https://blog.naver.com/moonlit_kettle/223581100421",  # 0
    "https://blog.naver.com/moonlit_kettle/223581100588",  # 1
    "https://blog.naver.com/graysparrow77/223579904112",  # 2
    "https://cafe.naver.com/quietriverclub/88120",  # 3
    "https://cafe.naver.com/quietriverclub/88154",  # 4
    "https://cafe.naver.com/lowtidemarket/402331",  # 5
    "https://cafe.naver.com/lowtidemarket/402399",  # 6
    "https://m.blog.naver.com/paper_lantern_kr/223580012345",  # 7
    "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60202&docId=478120993",  # 8
    "https://post.naver.com/viewer/postView.naver?volumeNo=38201774&memberNo=51230087",  # 9
    "https://blog.naver.com/hanok_daydream/223583004417",  # 10
    "https://blog.naver.com/hanok_daydream/223583004790",  # 11
    "https://cafe.naver.com/silverpine2020/15532",  # 12
    "https://tv.naver.com/v/58120934",  # 13
]
TISTORY_RAW = "https://lowtide-notes.tistory.com/entry/무료-다운로드-모음"
TISTORY = "https://lowtide-notes.tistory.com/entry/%EB%AC%B4%EB%A3%8C-%EB%8B%A4%EC%9A%B4%EB%A1%9C%EB%93%9C-%EB%AA%A8%EC%9D%8C"
DA = [
    "https://cafe.daum.net/greenlamp-salon/Ab3Q/2071",
    "https://cafe.daum.net/greenlamp-salon/Ab3Q/2088",
    TISTORY,
    "https://cafe.daum.net/nightowl-lounge/Xy7m/412",
]
DC = [
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812345",
    "https://gall.dcinside.com/mgallery/board/view/?id=lostsignal&no=20418",
    "https://gall.dcinside.com/mgallery/board/view/?id=lostsignal&no=20433",
    "https://gall.dcinside.com/mini/board/view/?id=pebble9&no=3311",
    "https://m.dcinside.com/board/stock_new2/8812990",
]
SO = [
    "https://vod.sooplive.co.kr/player/131870412",
    "https://vod.sooplive.co.kr/player/131872209",
    "https://ch.sooplive.co.kr/nightcrane07/post/95512348",
]
FM = [
    "https://www.fmkorea.com/7281934412",
    "https://www.fmkorea.com/best/7281950077",
]
RW = ["https://bbs.ruliweb.com/community/board/300143/read/67012398"]
NT = [
    "https://pann.nate.com/talk/372900114",
    "https://pann.nate.com/talk/372901587",
]

REQUESTS = [
    ("KCSC-240909-01", "naver", "2024-09-09T10:00:00+09:00", "2024-09-16", NV, "obscene",
     "NAVER blogs, cafes, KnowledgeiN, Post, TV"),
    ("KCSC-240909-02", "daum", "2024-09-09T11:00:00+09:00", "2024-09-16", DA, "gambling",
     "Daum cafes and a Tistory blog"),
    ("KCSC-240910-03", "dcinside", "2024-09-10T09:30:00+09:00", "2024-09-17", DC, "defamation",
     "DC Inside gallery, minor gallery, mini gallery posts"),
    ("KCSC-240911-04", "soop", "2024-09-11T14:00:00+09:00", "2024-09-18", SO, "obscene",
     "SOOP VODs and a channel post"),
    ("KCSC-240911-05", "fmkorea", "2024-09-11T15:00:00+09:00", "2024-09-18", FM, "drugs",
     "FM Korea posts"),
    ("KCSC-240912-06", "ruliweb", "2024-09-12T10:00:00+09:00", "2024-09-19", RW, "privacy",
     "Ruliweb community post"),
    ("KCSC-240912-07", "nate", "2024-09-12T11:00:00+09:00", "2024-09-19", NT, "defamation",
     "Nate Pann talk posts"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, f"req.{ref}@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def part(ctype, body, enc="8bit", extra=()):
    head = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {enc}"] + list(extra)
    return "\n".join(head) + "\n\n" + body.strip("\n") + "\n"


def multipart(subtype, boundary, parts, params=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.rstrip("\n"))
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


REQ_NAVER_TEXT = "\n".join(
    ["네이버 정책지원 담당자님께,", "",
     "방송통신심의위원회 불법정보 대응팀입니다. 아래 게시물 14건에 대한 시정요구를 전달드립니다.",
     "참조번호: KCSC-240909-01 / 기한: 2024-09-16", ""]
    + [f"{i + 1}. {u}" for i, u in enumerate(NV)]
    + ["", "조치 결과를 회신해 주시기 바랍니다.", "KCSC 불법정보 대응팀"])

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
# 1
rows = [
    (NV[0], "삭제", ""), (NV[1], "삭제", ""), (NV[2], "임시조치(30일)", "권리침해 다툼"),
    (NV[3], "블라인드", "카페 게시물"), (NV[4], "블라인드", "카페 게시물"),
    (NV[5], "게시물 없음", "작성자 삭제"), (NV[6], "삭제", ""), (NV[7], "비공개 처리", ""),
    (NV[8], "삭제", "지식iN 답변"), (NV[9], "조치 불가", "운영정책·법령 위반 확인되지 않음"),
    (NV[10], "삭제", ""), (NV[11], "청소년 유해 표시", "19세 이상 성인인증 후 열람"),
    (NV[12], "삭제", ""), (NV[13], "URL 오류", "존재하지 않는 영상"),
]
txt = ["안녕하세요. 네이버 정책지원팀입니다.", "",
       "2024년 9월 9일 접수된 시정요구(KCSC-240909-01)의 조치 결과를 아래와 같이 회신드립니다.", ""]
for i, (u, r, n) in enumerate(rows):
    txt.append(f"{i + 1:>2}. {u}")
    txt.append(f"    조치결과: {r}" + (f" ({n})" if n else ""))
txt += ["", "네이버 정책지원팀 드림"]
html = ["<html><body><p>안녕하세요. 네이버 정책지원팀입니다.</p>",
        "<p>2024년 9월 9일 접수된 시정요구(KCSC-240909-01)의 조치 결과를 아래와 같이 회신드립니다.</p>",
        '<table border="1" cellpadding="3"><tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>']
for i, (u, r, n) in enumerate(rows):
    h = u.replace("&", "&amp;")
    html.append(f'<tr><td>{i + 1}</td><td><a href="{h}">{h}</a></td><td>{r}</td><td>{n}</td></tr>')
html += ["</table><p>네이버 정책지원팀 드림</p></body></html>"]
case(name="naver-kcsc-result-table-14", from_="policy-support@navercorp.com", name_from="네이버 정책지원",
     date="Fri, 13 Sep 2024 17:42:10 +0900", subject="[NAVER] 시정요구(KCSC-240909-01) 조치결과 회신",
     reply_to_req="req.KCSC-240909-01",
     raw_mime=multipart("alternative", "nv-tbl-0913", [
         part("text/plain; charset=utf-8", b64("\n".join(txt)), "base64"),
         part("text/html; charset=utf-8", b64("\n".join(html)), "base64")]),
     outcome="applied", classification="confirmation",
     imitates="Korean portal 시정요구 조치결과 reply with a per-URL result table (HTML and text alternatives)",
     why="a row per requested URL with 삭제/블라인드/비공개/임시조치/청소년 유해 표시/게시물 없음/조치 불가",
     items={NV[0]: "removed", NV[1]: "removed", NV[2]: "restricted", NV[3]: "removed", NV[4]: "removed",
            NV[5]: "not_found", NV[6]: "removed", NV[7]: "removed", NV[8]: "removed", NV[9]: "rejected",
            NV[10]: "removed", NV[11]: "restricted", NV[12]: "removed", NV[13]: "not_found"})

# 2
csv_text = "\ufeffurl,처리결과,처리일\n" + "\n".join([
    f"{NV[0]},삭제완료,2024-09-12",
    f"{NV[1]},삭제완료,2024-09-12",
    f"{NV[3]},블라인드,2024-09-12",
    f"\"{NV[5]}\",게시물 없음(작성자 삭제),2024-09-12",
    f"\"{NV[8]}\",임시조치,2024-09-13",
]) + "\n"
case(name="naver-csv-attachment-five", from_="ts-report@navercorp.com", name_from="NAVER Trust & Safety",
     date="Fri, 13 Sep 2024 10:05:33 +0900", subject="RE: [KCSC-240909-01] 불법정보 시정요구",
     reply_to_req="req.KCSC-240909-01",
     raw_mime=multipart("mixed", "nv-csv-5", [
         part("text/plain; charset=utf-8",
              "안녕하세요, NAVER Trust & Safety입니다.\n\n"
              "요청하신 14건 중 처리가 끝난 5건의 결과를 첨부 파일(result_0913.csv)로 보내드립니다.\n"
              "나머지 9건은 확인이 끝나는 대로 따로 회신드리겠습니다.\n\n감사합니다.\nNAVER Trust & Safety"),
         part('text/csv; charset=utf-8; name="result_0913.csv"', b64(csv_text), "base64",
              ['Content-Disposition: attachment; filename="result_0913.csv"'])]),
     outcome="applied", classification="confirmation",
     imitates="portal trust-and-safety reply carrying the results as a CSV attachment (UTF-8 with BOM, Excel-style)",
     why="CSV rows: two 삭제완료, one 블라인드, one 게시물 없음(작성자 삭제), one 임시조치; the rest promised later",
     items={NV[0]: "removed", NV[1]: "removed", NV[3]: "removed", NV[5]: "not_found", NV[8]: "restricted"})

# 3
case(name="naver-cafe-blind-prose", from_="cafe_help@naver.com", name_from="네이버 카페 운영지원",
     date="Wed, 11 Sep 2024 15:20:02 +0900", subject="[네이버 카페] 게시물 처리 결과 안내",
     body=f"""
안녕하세요, 네이버 카페 운영지원 담당자입니다.

방송통신심의위원회에서 요청하신 카페 게시물의 처리 결과를 알려드립니다.

quietriverclub 카페의 아래 두 게시물은 카페 운영원칙 위반이 확인되어 블라인드 처리하였습니다.
{NV[3]}
{NV[4]}

{NV[5]} 게시물은 확인 당시 작성자가 이미 삭제한 상태여서 별도의 조치를 하지 않았습니다.

궁금하신 점은 이 메일로 회신해 주세요.
네이버 카페 운영지원 드림
""", outcome="applied", classification="confirmation",
     imitates="NAVER cafe 블라인드 처리 notice written by a support agent",
     why="two cafe posts 블라인드 (removed); the third already deleted by its author (not_found)",
     items={NV[3]: "removed", NV[4]: "removed", NV[5]: "not_found"})

# 4
body4 = f"""안녕하세요. 네이버 게시중단 요청 서비스입니다.

요청하신 블로그 게시물 2건에 대하여 정보통신망법 제44조의2에 따라 임시조치(30일간 접근 차단)를 하였습니다.

- {NV[0]}
- {NV[1]}

임시조치 기간이 끝나기 전에 게시자가 재게시를 요청하면 관련 절차에 따라 처리됩니다.

감사합니다.
"""
case(name="naver-blog-temporary-measure-qp", from_="nv_right@navercorp.com", name_from="네이버 게시중단 요청 서비스",
     date="Tue, 10 Sep 2024 18:01:47 +0900", subject="[네이버] 게시중단 요청 처리 안내 (임시조치)",
     reply_to_req="req.KCSC-240909-01",
     raw_mime=part("text/plain; charset=utf-8", qp(body4), "quoted-printable"),
     outcome="applied", classification="confirmation",
     imitates="NAVER 게시중단 요청 서비스 임시조치 (30일) notice, quoted-printable",
     why="임시조치 = access blocked for 30 days: restricted; the re-posting sentence is a condition, not a statement",
     items={NV[0]: "restricted", NV[1]: "restricted"})

# 5
case(name="naver-global-english-kin-post", from_="global-policy@navercorp.com", name_from="NAVER Global Policy",
     date="Fri, 13 Sep 2024 09:12:40 +0900", subject="Re: KCSC-240909-01 - request for removal",
     reply_to_req="req.KCSC-240909-01",
     body=f"""
Dear KCSC team,

Regarding your request KCSC-240909-01, we have completed our review of two of the items.

The KnowledgeiN answer at {NV[8]} was deleted on 12 September for breaching our operating policy on harmful content.

The NAVER Post at {NV[9]} was reviewed by our policy team. We found that it does not breach our policies or Korean law, so it remains published. If you can send us the Commission's decision for this post, we will look at it again.

Our policy pages: https://policy.naver.com/policy/service.html

Kind regards,
Minji Seo
NAVER Global Policy
""", outcome="applied", classification="confirmation",
     imitates="English reply from a Korean portal's global policy desk, one removal and one refusal with reason",
     why="KnowledgeiN answer deleted (removed); the Post stays up because it breaks no rule (rejected); policy link is no item",
     items={NV[8]: "removed", NV[9]: "rejected"})

# 6
top6 = f"""담당자님 안녕하세요.
hanok_daydream 블로그 건 먼저 회신드립니다.

{NV[10]} → 삭제
{NV[11]} → 비공개 처리

나머지 건은 검토가 끝나는 대로 회신드리겠습니다.

김도윤 드림
NAVER 정책지원팀
"""
case(name="naver-top-posted-gmail-korean-quote", from_="doyun.kim@navercorp.com", name_from="김도윤",
     date="Thu, 12 Sep 2024 11:48:09 +0900", subject="Re: [KCSC-240909-01] 불법정보 시정요구 (14건)",
     reply_to_req="req.KCSC-240909-01",
     body=top6 + "\n2024년 9월 9일 (월) 오전 10:00, KCSC 불법정보 대응팀 <takedown@kcsc.example>님이 작성:\n"
     + quote(REQ_NAVER_TEXT),
     outcome="applied", classification="confirmation",
     imitates="top-posted reply from a portal employee over the regulator's request quoted in Korean Gmail style",
     why="two blog posts 삭제 / 비공개 처리 (removed); the other URLs are only in the quoted request",
     items={NV[10]: "removed", NV[11]: "removed", NV[0]: "pending", NV[12]: "pending", NV[13]: "pending"})

# 7
case(name="naver-tv-age-limit-and-cafe", from_="tvcast_help@navercorp.com", name_from="NAVER TV 운영팀",
     date="Sat, 14 Sep 2024 13:30:55 +0900", subject="[NAVER TV] 요청하신 영상 조치 결과",
     body=f"""
안녕하세요, NAVER TV 운영팀입니다.

요청하신 영상 {NV[13]} 은 청소년 유해 정보로 판단되어, 19세 이상 성인 인증을 마친 이용자만 시청할 수 있도록 연령 제한을 적용했습니다.

함께 전달해 주신 카페 게시물 {NV[12]} 은 삭제되었습니다.

NAVER TV 운영팀
""", outcome="applied", classification="confirmation",
     imitates="NAVER TV notice of an adult-verification (19+) restriction plus a cafe deletion",
     why="video limited to verified adults: restricted; cafe post 삭제: removed",
     items={NV[13]: "restricted", NV[12]: "removed"})

# 8
case(name="daum-takedown-result-korean", from_="right@kakaocorp.com", name_from="Daum 권리침해신고센터",
     date="Wed, 11 Sep 2024 16:44:21 +0900", subject="[Daum] 게시중단 요청 처리 결과 안내 (KCSC-240909-02)",
     body=f"""
안녕하세요. Daum 권리침해신고센터입니다.

요청번호: KCSC-240909-02
처리 결과:
 1) {DA[0]} - 게시중단 완료
 2) {DA[1]} - 게시중단 완료

나머지 요청 건은 확인 후 별도로 안내드리겠습니다.

※ 본 메일에 대한 문의는 고객센터(https://cs.daum.net/)를 이용해 주세요.
""", outcome="applied", classification="confirmation",
     imitates="Daum 권리침해신고센터 게시중단 처리 결과 notice",
     why="two cafe posts 게시중단 완료 (removed); help-centre link is no item",
     items={DA[0]: "removed", DA[1]: "removed"})

# 9
case(name="daum-tistory-raw-korean-path", from_="tistory-help@kakaocorp.com", name_from="티스토리 운영팀",
     date="Thu, 12 Sep 2024 10:03:18 +0900", subject="[티스토리] 게시글 임시조치 안내",
     body=f"""
안녕하세요, 티스토리 운영팀입니다.

방송통신심의위원회에서 요청하신 게시글 <{TISTORY_RAW}> 에 대하여 임시조치(30일)를 진행하였으며, 현재 해당 글은 외부에서 열람할 수 없습니다.

티스토리 운영팀 드림
""", outcome="applied", classification="confirmation",
     imitates="Tistory (Kakao) 임시조치 notice with a raw Korean-path URL in angle brackets",
     why="임시조치, not viewable: restricted; the raw Korean path is the percent-encoded requested URL",
     items={TISTORY: "restricted"})

# 10
html10 = f"""<html><body>
<p>안녕하세요. 카카오 권리침해신고센터입니다.</p>
<p>시정요구 KCSC-240909-02 중 아래 게시물의 처리 결과를 안내드립니다.</p>
<table border="1"><tr><th>게시물</th><th>결과</th></tr>
<tr><td><a href="{DA[3]}">{DA[3]}</a></td><td>삭제</td></tr>
<tr><td><a href="{TISTORY}">{TISTORY_RAW}</a></td><td>이미 삭제된 게시물(게시자 삭제)</td></tr>
</table>
<p>카카오 권리침해신고센터</p>
</body></html>"""
case(name="daum-base64-html-table", from_="noreply-right@daum.net", name_from="Daum 권리침해신고센터",
     date="Fri, 13 Sep 2024 14:55:00 +0900", subject="[Daum] 시정요구 처리 결과",
     raw_mime=part("text/html; charset=utf-8", b64(html10), "base64"),
     outcome="applied", classification="confirmation",
     imitates="Kakao/Daum HTML-only notice (base64) with a two-row result table",
     why="cafe post 삭제 (removed); Tistory post already deleted by its author (not_found)",
     items={DA[3]: "removed", TISTORY: "not_found"})

# 11
case(name="dc-numbered-list-mixed", from_="admin@dcinside.com", name_from="디시인사이드 운영팀",
     date="Thu, 12 Sep 2024 19:22:37 +0900", subject="[디시인사이드] 시정요구 처리 결과 (KCSC-240910-03)",
     reply_to_req="req.KCSC-240910-03",
     body=f"""
안녕하세요. 디시인사이드 운영팀입니다.
요청하신 게시물 5건의 처리 결과입니다.

1. {DC[0]}
   → 삭제 완료
2. {DC[1]}
   → 삭제 완료
3. {DC[2]}
   → 삭제 완료
4. {DC[3]}
   → 게시물 없음 (작성자가 이미 삭제)
5. {DC[4]}
   → 유지 (검토 결과 운영원칙 위반 사항이 확인되지 않음)

감사합니다.
""", outcome="applied", classification="confirmation",
     imitates="DC Inside operations team result list, URL with its result on the line below",
     why="three 삭제 완료, one already deleted by its author (not_found), one kept with reason (rejected)",
     items={DC[0]: "removed", DC[1]: "removed", DC[2]: "removed", DC[3]: "not_found", DC[4]: "rejected"})

# 12
case(name="dc-address-result-pairs", from_="help@dcinside.com", name_from="디시인사이드 고객센터",
     date="Wed, 11 Sep 2024 14:10:05 +0900", subject="Re: [KCSC-240910-03] 게시물 삭제 요청",
     reply_to_req="req.KCSC-240910-03",
     body=f"""
안녕하세요, 디시인사이드 고객센터입니다.

게시물 주소: {DC[0]}
처리 결과: 삭제

게시물 주소: {DC[1]}
처리 결과: 삭제 및 작성자 차단

나머지 게시물은 갤러리 확인 후 다시 연락드리겠습니다.
""", outcome="applied", classification="confirmation",
     imitates="DC Inside help-desk reply in 게시물 주소 / 처리 결과 pairs",
     why="both 삭제; '작성자 차단' bans the author, the post itself is deleted (removed)",
     items={DC[0]: "removed", DC[1]: "removed"})

# 13
case(name="dc-statement-then-urls", from_="admin@dcinside.com", name_from="디시인사이드 운영팀",
     date="Fri, 13 Sep 2024 09:40:12 +0900", subject="[디시인사이드] 게시물 삭제 안내",
     body=f"""
안녕하세요. 디시인사이드 운영팀입니다.

아래 게시물은 음란물 게시 금지 규정 위반으로 삭제하였습니다.

{DC[2]}
{DC[4]}

문의 사항은 이 메일로 회신해 주시기 바랍니다.
""", outcome="applied", classification="confirmation",
     imitates="DC Inside deletion notice, statement first and the URLs below it",
     why="the statement above covers both listed URLs by name: removed",
     items={DC[2]: "removed", DC[4]: "removed"})

# 14
case(name="dc-echoed-report-form", from_="report@dcinside.com", name_from="디시인사이드 신고센터",
     date="Sat, 14 Sep 2024 11:02:44 +0900", subject="[디시인사이드] 신고 처리 완료 안내",
     body=f"""
신고하신 내용의 처리가 완료되었습니다.

[신고 접수 내역]
- 신고 번호: DCR-240911-0457
- 신고 URL: {DC[3]}
- 신고 사유: 불법 도박 홍보
- 처리 상태: 처리 완료
- 처리 내용: 게시물 삭제 및 미니 갤러리 매니저 경고

디시인사이드 신고센터
""", outcome="applied", classification="confirmation",
     imitates="community-site report-form notice echoing the report fields with the outcome",
     why="echoed report with 처리 내용: 게시물 삭제 (removed)",
     items={DC[3]: "removed"})

# 15
case(name="soop-english-vod-and-post", from_="trustsafety@sooplive.co.kr", name_from="SOOP Trust & Safety",
     date="Fri, 13 Sep 2024 20:15:31 +0900", subject="[SOOP] Outcome of your report KCSC-240911-04",
     reply_to_req="req.KCSC-240911-04",
     body=f"""
Hello,

Thank you for your report. Following our review, we have taken the following actions:

* {SO[0]} - VOD deleted
* {SO[1]} - VOD deleted
* {SO[2]} - channel post limited to viewers aged 19 and over (adult verification required)

The streamer has been notified under our Community Guidelines.

SOOP Trust & Safety
""", outcome="applied", classification="confirmation",
     imitates="streaming platform trust-and-safety outcome list (VOD deletions, 19+ limit)",
     why="two VODs deleted (removed); the post limited to 19+ (restricted)",
     items={SO[0]: "removed", SO[1]: "removed", SO[2]: "restricted"})

# 16
body16 = f"""안녕하세요, SOOP 고객센터입니다.

{SO[0]}
해당 다시보기(VOD)는 비공개 처리되었습니다.

{SO[1]}
검토 결과 서비스 운영정책 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.

감사합니다.
"""
case(name="soop-korean-qp-private-and-kept", from_="cs@sooplive.co.kr", name_from="SOOP 고객센터",
     date="Thu, 12 Sep 2024 17:33:09 +0900", subject="RE: [KCSC-240911-04] 불법정보 삭제 요청",
     reply_to_req="req.KCSC-240911-04",
     raw_mime=part("text/plain; charset=utf-8", qp(body16), "quoted-printable"),
     outcome="applied", classification="confirmation",
     imitates="SOOP customer-centre reply, bare URL with the result on the next line, quoted-printable",
     why="VOD 비공개 처리 (removed); second VOD not actioned because no rule is broken (rejected)",
     items={SO[0]: "removed", SO[1]: "rejected"})

# 17
csv17 = "URL,처리결과,처리일시\n" + "\n".join([
    f"{SO[0]},삭제,2024-09-13 10:20",
    f"{SO[1]},삭제,2024-09-13 10:21",
    f"{SO[2]},게시물 없음,2024-09-13 10:25",
]) + "\n"
case(name="soop-afreeca-csv", from_="report@afreecatv.com", name_from="SOOP(아프리카TV) 신고센터",
     date="Fri, 13 Sep 2024 11:00:00 +0900", subject="[SOOP] KCSC-240911-04 처리 결과 파일",
     raw_mime=multipart("mixed", "soop-csv-17", [
         part("text/plain; charset=utf-8",
              "KCSC-240911-04 건의 처리 결과를 첨부합니다.\n\nSOOP 신고센터"),
         part('text/csv; charset=utf-8; name="KCSC-240911-04.csv"', b64(csv17), "base64",
              ['Content-Disposition: attachment; filename="KCSC-240911-04.csv"'])]),
     outcome="applied", classification="confirmation",
     imitates="result CSV sent from the platform's legacy (AfreecaTV) mail domain",
     why="CSV: two 삭제 (removed), one 게시물 없음 (not_found)",
     items={SO[0]: "removed", SO[1]: "removed", SO[2]: "not_found"})

# 18
case(name="ruliweb-sole-statement", from_="webmaster@ruliweb.com", name_from="루리웹 운영팀",
     date="Fri, 13 Sep 2024 13:13:13 +0900", subject="Re: [KCSC-240912-06] 불법정보 삭제 요청",
     reply_to_req="req.KCSC-240912-06",
     body="""
안녕하세요, 루리웹 운영팀입니다.

요청하신 게시물은 확인 후 삭제 처리하였습니다.

감사합니다.
루리웹 운영팀
""", outcome="applied", classification="confirmation",
     imitates="short community-site operator reply naming no URL, to a one-item request",
     why="'the requested post was deleted' answers a request of one item: removed",
     items={RW[0]: "removed"})

# 19
case(name="fmkorea-fullwidth-parens", from_="admin@fmkorea.com", name_from="에펨코리아 운영진",
     date="Thu, 12 Sep 2024 22:08:41 +0900", subject="KCSC-240911-05 처리 결과",
     body=f"""
요청하신 두 건 처리 결과입니다.

{FM[0]} → 삭제 처리했습니다.
{FM[1]}（작성자 자진 삭제로 존재하지 않는 게시물입니다）

에펨코리아 운영진
""", outcome="applied", classification="confirmation",
     imitates="community-site moderator's terse reply, full-width parentheses right after a URL",
     why="first post 삭제 (removed); second no longer exists, deleted by its author (not_found)",
     items={FM[0]: "removed", FM[1]: "not_found"})

# 20
case(name="nate-pann-removed-and-kept", from_="pann_help@nate.com", name_from="네이트 판 고객센터",
     date="Fri, 13 Sep 2024 16:02:27 +0900", subject="[네이트] 시정요구 처리 결과 안내 (KCSC-240912-07)",
     reply_to_req="req.KCSC-240912-07",
     body=f"""
안녕하세요. 네이트 판 고객센터입니다.

{NT[0]} 게시물은 삭제 조치를 완료하였습니다.

{NT[1]} 게시물은 검토 결과 이용약관 및 관련 법령 위반이 확인되지 않아 게시를 유지합니다. 추가 자료를 보내주시면 다시 검토하겠습니다.

감사합니다.
""", outcome="applied", classification="confirmation",
     imitates="Nate Pann customer-centre reply: one deletion, one refusal with reason",
     why="first post removed; second kept because no breach was found (rejected); offer to re-review is no statement",
     items={NT[0]: "removed", NT[1]: "rejected"})

# 21
case(name="nate-html-only-temporary", from_="cs@skcomms.co.kr", name_from="SK커뮤니케이션즈 고객센터",
     date="Sat, 14 Sep 2024 10:44:50 +0900", subject="[네이트] 게시물 조치 안내",
     type="html", body=f"""
<html><body>
<p>안녕하세요. SK커뮤니케이션즈 고객센터입니다.</p>
<p>방송통신심의위원회 시정요구에 따라 다음과 같이 조치하였습니다.</p>
<ul>
<li><a href="{NT[0]}">{NT[0]}</a> : 삭제</li>
<li><a href="{NT[1]}">{NT[1]}</a> : 임시조치(30일)</li>
</ul>
<p>감사합니다.</p>
</body></html>
""", outcome="applied", classification="confirmation",
     imitates="HTML-only portal notice with a bulleted result list",
     why="삭제 (removed) and 임시조치 (restricted)",
     items={NT[0]: "removed", NT[1]: "restricted"})

# 22
case(name="naver-url-korean-particle", from_="blog_help@naver.com", name_from="네이버 블로그 고객센터",
     date="Wed, 11 Sep 2024 12:30:00 +0900", subject="[네이버 블로그] 요청하신 게시물 처리 안내",
     body=f"""
안녕하세요, 네이버 블로그 고객센터입니다.

{NV[7]}는 운영정책 위반으로 삭제 처리되었고, {NV[2]}의 경우에도 검토 후 삭제하였습니다.

감사합니다.
""", outcome="applied", classification="confirmation",
     imitates="portal blog help-desk reply with Korean particles written right after the URLs",
     why="both posts deleted; '는' and '의' are particles, not part of the URLs",
     items={NV[7]: "removed", NV[2]: "removed"})

# 23
case(name="naver-ack-plus-statement", from_="help@navercorp.com", name_from="NAVER 고객센터",
     date="Tue, 10 Sep 2024 15:51:26 +0900", subject="[NAVER 고객센터] 문의 접수 및 답변 안내",
     body=f"""
문의해 주셔서 감사합니다. 고객님의 문의가 접수되었습니다.
접수번호: NV-20240910-55821

[답변]
요청하신 게시물 {NV[2]} 은 검토 결과 운영정책 위반이 확인되어 삭제 조치되었습니다.

NAVER 고객센터
""", outcome="applied", classification="confirmation",
     imitates="help-centre receipt-and-answer mail: acknowledgement header followed by the answer",
     why="acknowledgement phrase plus an unhedged 삭제 statement about a requested item: not a pure acknowledgement",
     items={NV[2]: "removed"})

# 24
case(name="naver-wrapped-post-url", from_="ts-report@navercorp.com", name_from="NAVER Trust & Safety",
     date="Sat, 14 Sep 2024 09:05:00 +0900", subject="RE: [KCSC-240909-01] 추가 처리 결과",
     reply_to_req="req.KCSC-240909-01",
     body=f"""
안녕하세요, NAVER Trust & Safety입니다.
추가로 처리된 2건을 알려드립니다.

- 카페 게시물 {NV[6]} : 삭제
- 포스트 https://post.naver.com/viewer/postView.naver?volumeNo=38201774&
  memberNo=51230087 : 삭제

감사합니다.
""", outcome="applied", classification="confirmation",
     imitates="plain-text reply in which the mail client wrapped a long URL at its '&'",
     why="cafe post 삭제; the Post URL is wrapped over two lines but is plainly the requested one: removed",
     items={NV[6]: "removed", NV[9]: "removed"})

# 25
case(name="naver-bilingual-url-then-status", from_="ts-report@navercorp.com", name_from="NAVER Trust & Safety",
     date="Mon, 16 Sep 2024 08:40:12 +0900", subject="[KCSC-240909-01] Result / 처리 결과",
     body=f"""
Result / 처리 결과

{NV[12]}
Removed (삭제)

{NV[13]}
Not found - the video ID does not exist (존재하지 않는 영상)

NAVER Trust & Safety
""", outcome="applied", classification="confirmation",
     imitates="bilingual portal result mail, bare URL with its status on the line below",
     why="cafe post removed; TV video id does not exist (not_found)",
     items={NV[12]: "removed", NV[13]: "not_found"})

# 26
case(name="daum-outlook-reply-over-request", from_="right@kakaocorp.com", name_from="카카오 권리침해신고센터",
     date="Thu, 12 Sep 2024 17:20:45 +0900", subject="RE: [KCSC-240909-02] 불법정보 시정요구",
     reply_to_req="req.KCSC-240909-02",
     body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

요청 건 중 아래 2건을 처리하였습니다.
- {TISTORY} : 삭제
- {DA[0]} : 카페가 폐쇄되어 게시물이 존재하지 않음

-----Original Message-----
From: KCSC 불법정보 대응팀 <takedown@kcsc.example>
Sent: Monday, September 9, 2024 11:00 AM
To: right@kakaocorp.com
Subject: [KCSC-240909-02] 불법정보 시정요구

카카오 권리침해신고센터 담당자님께,

아래 게시물 4건을 삭제해 주시기 바랍니다. 기한: 2024-09-16

1. {DA[0]}
2. {DA[1]}
3. {TISTORY_RAW}
4. {DA[3]}

KCSC 불법정보 대응팀
""", outcome="applied", classification="confirmation",
     imitates="Outlook-style reply over the regulator's request kept below -----Original Message-----",
     why="Tistory post 삭제 (removed); cafe closed so the post does not exist (not_found); the rest only quoted",
     items={TISTORY: "removed", DA[0]: "not_found", DA[1]: "pending", DA[3]: "pending"})

# ================================================================ REVIEW
case(name="naver-promise-this-week", from_="ts-report@navercorp.com", name_from="NAVER Trust & Safety",
     date="Wed, 11 Sep 2024 10:10:10 +0900", subject="RE: [KCSC-240909-01] 불법정보 시정요구",
     reply_to_req="req.KCSC-240909-01",
     body=f"""
안녕하세요, NAVER Trust & Safety입니다.

요청하신 아래 게시물은 내부 검토를 거쳐 이번 주 중으로 삭제 조치될 예정입니다.
{NV[3]}
{NV[4]}

조치가 끝나면 다시 안내드리겠습니다.
""", outcome="review", review="not_understood",
     imitates="portal reply promising a removal within the week",
     why="'삭제 조치될 예정' is a promise: items stay pending",
     items={NV[3]: "pending", NV[4]: "pending"})

case(name="daum-under-review-english", from_="global-right@kakaocorp.com", name_from="Kakao Rights Protection",
     date="Tue, 10 Sep 2024 13:45:00 +0900", subject="Re: [KCSC-240909-02] Request for removal",
     reply_to_req="req.KCSC-240909-02",
     body=f"""
Dear Sir or Madam,

The following URLs are currently under review by the Daum cafe operations team:

{DA[0]}
{DA[1]}

We will inform you of the outcome once the review has been completed.

Best regards,
Kakao Rights Protection Center
""", outcome="review", review="not_understood",
     imitates="English 'under review' reply from a portal's rights-protection desk",
     why="names requested items but only says they are under review: nothing to apply",
     items={DA[0]: "pending", DA[1]: "pending"})

case(name="dc-hedge-seems-deleted", from_="help@dcinside.com", name_from="디시인사이드 고객센터",
     date="Thu, 12 Sep 2024 09:25:33 +0900", subject="Re: [KCSC-240910-03] 게시물 삭제 요청",
     reply_to_req="req.KCSC-240910-03",
     body=f"""
안녕하세요, 디시인사이드 고객센터입니다.

확인해 보니 {DC[1]} 게시물은 이미 삭제된 것으로 보입니다. 다만 삭제 시점과 삭제 주체는 저희 쪽에서 확인이 어렵습니다.

추가로 확인되는 내용이 있으면 알려드리겠습니다.
""", outcome="review", review="not_understood",
     imitates="help-desk reply hedging about a post's state ('삭제된 것으로 보입니다')",
     why="'appears to have been deleted' is a hedge, not a statement",
     items={DC[1]: "pending"})

case(name="naver-bulk-all-fourteen", from_="policy-support@navercorp.com", name_from="네이버 정책지원",
     date="Tue, 17 Sep 2024 11:00:00 +0900", subject="[NAVER] KCSC-240909-01 조치 완료",
     reply_to_req="req.KCSC-240909-01",
     body="""
안녕하세요. 네이버 정책지원팀입니다.

시정요구하신 게시물 14건에 대해 모두 삭제 조치를 완료하였습니다.

감사합니다.
""", outcome="review", review="bulk",
     imitates="portal one-line 'all N items actioned' closing mail",
     why="one statement about all 14 items without naming any: bulk, items stay pending",
     items={u: "pending" for u in NV})

case(name="soop-bulk-english", from_="trustsafety@sooplive.co.kr", name_from="SOOP Trust & Safety",
     date="Sat, 14 Sep 2024 15:00:00 +0900", subject="Re: [KCSC-240911-04] Removal request",
     reply_to_req="req.KCSC-240911-04",
     body="""
Hello,

All of the content listed in your request KCSC-240911-04 has been removed from SOOP.

Regards,
SOOP Trust & Safety
""", outcome="review", review="bulk",
     imitates="trust-and-safety 'all reported content removed' reply",
     why="statement about all three items of the request, none named: bulk",
     items={u: "pending" for u in SO})

case(name="dc-auth-fail", from_="admin@dcinside.com", name_from="디시인사이드 운영팀", auth="fail",
     date="Fri, 13 Sep 2024 02:14:09 +0900", subject="[디시인사이드] 게시물 삭제 완료",
     body=f"""
안녕하세요. 디시인사이드 운영팀입니다.

{DC[0]} 게시물은 삭제 완료되었습니다.
""", outcome="review", review="untrusted",
     imitates="platform-looking deletion notice whose DKIM/SPF/DMARC all fail",
     why="sender domain is DC Inside's but authentication fails: untrusted",
     items={DC[0]: "pending"})

case(name="dc-gallery-manager-gmail", from_="lostsignal.manager@gmail.com", name_from="lostsignal 갤러리 매니저",
     date="Wed, 11 Sep 2024 23:51:02 +0900", subject="마이너 갤러리 게시물 삭제했습니다",
     body=f"""
안녕하세요. lostsignal 마이너 갤러리 매니저입니다.
디시 운영팀에서 전달받은 요청 보고 연락드립니다.

{DC[2]} 글은 제가 방금 삭제했습니다.
앞으로 비슷한 글 올라오면 바로 지우겠습니다.
""", outcome="review", review="unknown_sender",
     imitates="volunteer minor-gallery manager writing from a personal webmail account",
     why="a gallery manager is not the platform and gmail.com is no platform domain: unknown_sender",
     items={DC[2]: "pending"})

case(name="lawfirm-author-deleted", from_="counsel@hangyeol-law.example", name_from="법무법인 한결",
     date="Fri, 13 Sep 2024 16:30:00 +0900", subject="KCSC-240909-01 관련 게시물 자진 삭제 통지",
     body=f"""
방송통신심의위원회 귀중

당 법무법인은 블로그 moonlit_kettle 운영자의 대리인입니다.
당 법무법인의 의뢰인은 {NV[1]} 게시글을 2024. 9. 12. 자진 삭제하였음을 알려드립니다.

법무법인 한결 변호사 윤태오
""", outcome="review", review="unknown_sender",
     imitates="law firm writing for a post's author about a self-deletion",
     why="statement about a requested item from a sender that is no platform: unknown_sender",
     items={NV[1]: "pending"})

case(name="kakao-search-blocks-naver-url", from_="search-policy@kakaocorp.com", name_from="카카오 검색정책팀",
     date="Fri, 13 Sep 2024 18:18:18 +0900", subject="[Daum 검색] 요청 URL 처리 결과",
     body=f"""
안녕하세요, 카카오 검색정책팀입니다.

요청하신 {NV[2]} 는 Daum 검색 결과에 노출되지 않도록 차단 처리하였습니다.
원 게시물은 네이버 서비스에 있어 당사에서 삭제할 수는 없습니다.

감사합니다.
""", outcome="review", review="wrong_platform",
     imitates="search-engine delisting notice about a URL hosted on another portal",
     why="Kakao states a blocking of a NAVER item (delisted from its search only): wrong_platform",
     items={NV[2]: "pending"})

case(name="naver-asks-for-documents", from_="nv_right@navercorp.com", name_from="네이버 게시중단 요청 서비스",
     date="Wed, 11 Sep 2024 09:30:00 +0900", subject="[네이버] 게시중단 요청 관련 자료 요청",
     reply_to_req="req.KCSC-240909-01",
     body=f"""
안녕하세요. 네이버 게시중단 요청 서비스입니다.

{NV[7]} 관련 요청을 처리하기 위해 아래 자료를 보내주시기 바랍니다.
 1. 심의 의결서 사본
 2. 해당 게시물의 위반 내용을 확인할 수 있는 자료

자료가 접수되기 전까지 해당 건의 처리는 보류됩니다.
""", outcome="review", review="asks_more", classification="request_for_info",
     imitates="portal request for supporting documents before acting",
     why="asks for documents, nothing decided about the post",
     items={NV[7]: "pending"})

case(name="kakao-channel-change-notice", from_="noreply@kakaocorp.com", name_from="Kakao",
     date="Mon, 16 Sep 2024 10:00:00 +0900", subject="[카카오] 권리침해 신고 접수 창구 변경 안내",
     body="""
안녕하세요, 카카오입니다.

2024년 10월 1일부터 권리침해 신고 및 기관 요청의 이메일 접수 창구가 변경됩니다.
변경 후에는 카카오 고객센터의 기관 전용 접수 양식을 이용해 주시기 바랍니다.

자세한 내용: https://cs.kakao.com/helps?service=8

감사합니다.
""", outcome="review", review="no_claims", classification="other",
     imitates="portal service-change notice sent to registered institutions",
     why="trusted platform mail naming no item and no request: no_claims",
     items={})

txt12 = f"""안녕하세요. 네이트 판 고객센터입니다.

{NT[0]} 게시물은 삭제하였습니다.
상세 내역은 첨부 파일을 확인해 주세요.
"""
csv12 = "게시물 URL,처리 결과,사유\n" + f"{NT[0]},유지,위반 사항 없음\n"
case(name="nate-body-and-csv-disagree", from_="pann_help@nate.com", name_from="네이트 판 고객센터",
     date="Mon, 16 Sep 2024 14:40:00 +0900", subject="[네이트] KCSC-240912-07 처리 내역",
     reply_to_req="req.KCSC-240912-07",
     raw_mime=multipart("mixed", "nate-cfl-12", [
         part("text/plain; charset=utf-8", txt12),
         part('text/csv; charset=utf-8; name="detail.csv"', b64(csv12), "base64",
              ['Content-Disposition: attachment; filename="detail.csv"'])]),
     outcome="review", review="conflicting_statements",
     imitates="notice whose body and attached detail sheet disagree about the same post",
     why="body says 삭제, the attached sheet says 유지 (위반 사항 없음): a clerk must ask",
     items={NT[0]: "pending"})

# ================================================================ IGNORED
case(name="naver-out-of-office-chuseok", from_="seoyeon.lee@navercorp.com", name_from="이서연",
     date="Mon, 16 Sep 2024 08:00:05 +0900", subject="[자동응답] 부재 중입니다 (9/16~9/18)",
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     body="""
안녕하세요. 이서연입니다.
추석 연휴로 9월 16일(월)부터 9월 18일(수)까지 부재 중입니다.
급한 용무는 policy-support@navercorp.com 으로 보내주시기 바랍니다.
""", outcome="ignored", classification="auto_reply",
     imitates="Korean out-of-office auto-reply for the Chuseok holiday",
     why="auto-reply: ignored", items={})

orig_fm = f"""From: KCSC 불법정보 대응팀 <takedown@kcsc.example>
To: admin@fmkorea.com
Subject: [KCSC-240911-05] 불법정보 삭제 요청
Date: Wed, 11 Sep 2024 15:00:00 +0900
Message-ID: <req.KCSC-240911-05@kcsc.example>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

아래 게시물 2건을 삭제해 주시기 바랍니다.
{FM[0]}
{FM[1]}
"""
case(name="fmkorea-dsn-host-unknown", from_="MAILER-DAEMON@mx.kcsc.example", name_from="Mail Delivery System",
     auth="none", date="Wed, 11 Sep 2024 15:03:12 +0900",
     subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=multipart("report", "dsn-fm-0911", [
         part("text/plain; charset=utf-8",
              "This is the mail system at host mx.kcsc.example.\n\n"
              "I'm sorry to have to inform you that your message could not\n"
              "be delivered to one or more recipients.\n\n"
              "<admin@fmkorea.com>: host mx.fmkorea.com[203.0.113.44] said: 550 5.1.1\n"
              "    <admin@fmkorea.com>: Recipient address rejected: User unknown"),
         part("message/delivery-status",
              "Reporting-MTA: dns; mx.kcsc.example\n\n"
              "Final-Recipient: rfc822; admin@fmkorea.com\n"
              "Action: failed\nStatus: 5.1.1\n"
              "Diagnostic-Code: smtp; 550 5.1.1 <admin@fmkorea.com>: Recipient address rejected: User unknown",
              "7bit"),
         part("message/rfc822", orig_fm)], params="; report-type=delivery-status"),
     outcome="ignored", classification="bounce",
     imitates="Postfix delivery status notification returning the request, original attached",
     why="bounce of our own request; the URLs are in the returned original only",
     items={FM[0]: "pending", FM[1]: "pending"})

case(name="daum-read-receipt", from_="jiyoon.park@kakaocorp.com", name_from="박지윤",
     date="Mon, 09 Sep 2024 13:12:00 +0900", subject="읽음: [KCSC-240909-02] 불법정보 시정요구",
     raw_mime=multipart("report", "mdn-da-0909", [
         part("text/plain; charset=utf-8",
              "보낸 메시지를 받는 사람이 읽었습니다.\n\n제목: [KCSC-240909-02] 불법정보 시정요구\n"
              "읽은 시간: 2024-09-09 오후 1:12"),
         part("message/disposition-notification",
              "Reporting-UA: kakaocorp.com; Microsoft Outlook 16.0\n"
              "Final-Recipient: rfc822; jiyoon.park@kakaocorp.com\n"
              "Original-Message-ID: <req.KCSC-240909-02@kcsc.example>\n"
              "Disposition: manual-action/MDN-sent-manually; displayed", "7bit")],
         params="; report-type=disposition-notification"),
     outcome="ignored", classification="read_receipt",
     imitates="Outlook read receipt (MDN) in Korean",
     why="read receipt: ignored", items={})

case(name="dc-ticket-receipt", from_="noreply@dcinside.com", name_from="디시인사이드 고객센터",
     date="Tue, 10 Sep 2024 09:31:40 +0900", subject="[디시인사이드] 문의가 접수되었습니다",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""
고객님의 문의가 정상적으로 접수되었습니다.

접수번호: 2024091000123
접수일시: 2024-09-10 09:31

접수된 순서대로 확인 후 답변드리겠습니다.
본 메일은 발신 전용으로 회신되지 않습니다.
""", outcome="ignored", classification="acknowledgement",
     imitates="help-desk ticket receipt (접수 완료)",
     why="pure acknowledgement with a ticket number", items={})

orig_so = "\n".join([
    "Dear SOOP Trust & Safety,", "",
    "Please remove the following content (reference KCSC-240911-04):"] + SO + ["", "KCSC Takedown"])
case(name="soop-zendesk-receipt-echo", from_="support@sooplive.com", name_from="SOOP Support",
     date="Wed, 11 Sep 2024 14:02:31 +0900", subject="[SOOP Support] Re: [KCSC-240911-04] Removal request",
     extra_headers=["Auto-Submitted: auto-replied"],
     body=f"""
##- Please type your reply above this line -##

Your request (#48213) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown, Sep 11, 2024, 14:00 KST

{orig_so}
""", outcome="ignored", classification="acknowledgement",
     imitates="Zendesk-style ticket receipt that echoes the submitted request below a separator",
     why="ticket receipt; the URLs are our own request echoed back, not statements",
     items={u: "pending" for u in SO})

case(name="nate-out-of-office-english", from_="jaehyun.choi@nate.com", name_from="Jaehyun Choi",
     date="Thu, 12 Sep 2024 11:00:40 +0900", subject="Automatic reply: [KCSC-240912-07] 불법정보 삭제 요청",
     extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: jaehyun.choi@nate.com"],
     body="""
I am out of the office until Friday 20 September with limited access to email.
For urgent matters please contact pann_help@nate.com.

Thank you.
""", outcome="ignored", classification="auto_reply",
     imitates="Exchange 'Automatic reply' out-of-office message in English",
     why="auto-reply: ignored", items={})

orig_rw = f"""Received: from mx.kcsc.example (mx.kcsc.example [192.0.2.25])
From: KCSC 불법정보 대응팀 <takedown@kcsc.example>
To: webmaster@ruliweb.com
Subject: [KCSC-240912-06] 불법정보 삭제 요청
Date: Thu, 12 Sep 2024 10:00:00 +0900
Message-ID: <req.KCSC-240912-06@kcsc.example>
"""
case(name="ruliweb-dsn-mailbox-full", from_="MAILER-DAEMON@mail.ruliweb.com", name_from="Mail Delivery Subsystem",
     auth="none", date="Thu, 12 Sep 2024 10:04:55 +0900",
     subject="Delivery Status Notification (Failure)",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=multipart("report", "dsn-rw-0912", [
         part("text/plain; charset=utf-8",
              "Delivery to the following recipient failed permanently:\n\n"
              "     webmaster@ruliweb.com\n\n"
              "The recipient's mailbox is full and cannot accept messages now."),
         part("message/delivery-status",
              "Reporting-MTA: dns; mail.ruliweb.com\n\n"
              "Final-Recipient: rfc822; webmaster@ruliweb.com\n"
              "Action: failed\nStatus: 5.2.2\n"
              "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full", "7bit"),
         part("text/rfc822-headers", orig_rw, "7bit")], params="; report-type=delivery-status"),
     outcome="ignored", classification="bounce",
     imitates="remote server's DSN (552 mailbox full) with the request's headers returned",
     why="bounce: ignored", items={})


HEADER = """# Blind set 99: Korean portals and community sites, mixed Korean/English,
# with doubtful and ignorable mail. Written by tests/corpus/blind99/make.py
# from each email's meaning alone, before any run of the reader.
"""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
        # Korean display names and subjects are RFC 2047 encoded, as Korean mailers send them.
        for key in ("name_from", "subject"):
            if key in c and not c[key].isascii():
                c[key] = Header(c[key], "utf-8").encode()
    corpuslib.write_set(HERE, "blind99", HEADER, CASES)


if __name__ == "__main__":
    main()
