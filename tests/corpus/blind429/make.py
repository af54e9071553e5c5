#!/usr/bin/env python3
"""Blind set 429: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, Nate, Inven, Clien, Ppomppu, FM Korea), Korean mixed with
English, plus the doubtful and ignorable mail a regulator's mailbox gets.

    python3 tests/corpus/blind429/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the meaning of the email alone, before the
reader was ever run on it. All names, ids and URLs are fictional.
"""
import base64
import csv
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "dcinside.com": "디시인사이드",
    "daum.net": "Daum",
    "kakaocorp.com": "카카오 고객센터",
    "sooplive.co.kr": "SOOP",
    "nate.com": "네이트",
    "inven.co.kr": "인벤",
    "clien.net": "클리앙",
    "ppomppu.co.kr": "뽐뿌",
    "fmkorea.com": "에펨코리아",
})

# ---------------------------------------------------------------- requests
DC = [
    "https://gall.dcinside.com/board/view/?id=fakestock_kr&no=4410001",
    "https://gall.dcinside.com/board/view/?id=fakestock_kr&no=4410377",
    "https://gall.dcinside.com/mgallery/board/view/?id=ghostcoin&no=88123",
    "https://gall.dcinside.com/mgallery/board/view/?id=ghostcoin&no=88190",
    "https://gall.dcinside.com/mgallery/board/view/?id=ghostcoin&no=88204",
    "https://gall.dcinside.com/mgallery/board/view/?id=lottonum_x&no=30551",
    "https://gall.dcinside.com/mini/board/view/?id=moonlight_fan&no=7720",
    "https://gall.dcinside.com/board/view/?id=yagu_dummy&no=1029384",
    "https://gall.dcinside.com/board/view/?id=yagu_dummy&no=1029512",
    "https://gall.dcinside.com/mgallery/board/view/?id=pillshop_q&no=1405",
    "https://gall.dcinside.com/mgallery/board/view/?id=pillshop_q&no=1411",
    "https://m.dcinside.com/board/ghostcoin/88455",
]
NV = [
    "https://blog.naver.com/sunmi_diary77/223561040211",
    "https://blog.naver.com/sunmi_diary77/223561098830",
    "https://cafe.naver.com/greenbeancoin/58213",
    "https://cafe.naver.com/greenbeancoin/58240",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=470112233",
]
TISTORY_RAW = "https://bluepen-memo.tistory.com/entry/원금보장-투자-후기"
DM = [
    "https://cafe.daum.net/moonriver_club/Hq2x/3391",
    "https://cafe.daum.net/moonriver_club/Hq2x/3407",
    "https://bluepen-memo.tistory.com/412",
    "https://bluepen-memo.tistory.com/entry/%EC%9B%90%EA%B8%88%EB%B3%B4%EC%9E%A5-%ED%88%AC%EC%9E%90-%ED%9B%84%EA%B8%B0",
]
SP = [
    "https://vod.sooplive.co.kr/player/138820571",
    "https://ch.sooplive.co.kr/nightowl_bj/post/129004418",
    "https://ch.sooplive.co.kr/nightowl_bj/post/129004993",
]
PP = [
    "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9120334",
    "https://www.ppomppu.co.kr/zboard/view.php?id=phone&no=4471822",
]
CL = [
    "https://www.clien.net/service/board/park/18770321",
    "https://www.clien.net/service/board/cm_stock/18770489",
]
FM = ["https://www.fmkorea.com/7420118834"]

REQUESTS = [
    ("KCSC-240917-01", "dcinside", "2024-09-17T10:00:00+09:00", "2024-09-24T23:59:59+09:00",
     DC, "illegal_finance", "불법 금융·도박 홍보 게시물 (갤러리 12건)"),
    ("KCSC-240917-02", "naver", "2024-09-17T10:20:00+09:00", "2024-09-24T23:59:59+09:00",
     NV, "illegal_finance", "유사수신 투자 권유 블로그/카페/지식iN"),
    ("KCSC-240918-03", "daum", "2024-09-18T09:40:00+09:00", "2024-09-25T23:59:59+09:00",
     DM, "illegal_finance", "Daum 카페·티스토리 원금보장 투자 광고"),
    ("KCSC-240918-04", "soop", "2024-09-18T11:00:00+09:00", "2024-09-25T23:59:59+09:00",
     SP, "obscenity", "SOOP VOD 및 방송국 게시글"),
    ("KCSC-240919-05", "ppomppu", "2024-09-19T10:00:00+09:00", "2024-09-26T23:59:59+09:00",
     PP, "fraud", "중고거래 사기 유도 게시물"),
    ("KCSC-240919-06", "clien", "2024-09-19T10:30:00+09:00", "2024-09-26T23:59:59+09:00",
     CL, "illegal_finance", "리딩방 홍보 게시물"),
    ("KCSC-240920-07", "fmkorea", "2024-09-20T09:00:00+09:00", "2024-09-27T23:59:59+09:00",
     FM, "gambling", "불법 도박 사이트 홍보"),
]


def mid(ref):
    return "req." + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def b64(text, width=76):
    data = base64.b64encode(text.encode("utf-8") if isinstance(text, str) else text).decode()
    return "\n".join(data[i:i + width] for i in range(0, len(data), width))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def multipart(subtype, boundary, parts, params=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}', "",
           "This is a multi-part message in MIME format.", ""]
    for hdrs, body in parts:
        out.append("--" + boundary)
        out.extend(hdrs)
        out.append("")
        out.append(body.strip("\n"))
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def request_text(ref, urls, date_ko="2024년 9월 17일"):
    lines = [f"제목: [방송통신심의위원회] 시정요구 ({ref})", "",
             "귀사 서비스에 게재된 아래 정보에 대하여 시정요구(삭제)를 하오니",
             "조치 후 결과를 회신하여 주시기 바랍니다.", ""]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "방송통신심의위원회 불법정보대응팀 드림"]
    return "\n".join(lines)


# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


R = {r[0]: r for r in REQUESTS}

# ===== DC Inside =====
case(
    name="dc-operator-numbered-list-ko",
    **{"from": "report@dcinside.com"},
    date="Thu, 19 Sep 2024 14:12:40 +0900",
    subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240917-01)",
    reply_to_req=mid("KCSC-240917-01"),
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

KCSC-240917-01 건으로 요청주신 게시물 중 1차로 확인된 5건의 처리 결과를
알려드립니다.

1. {DC[0]}
   - 운영자 삭제 완료
2. {DC[1]}
   - 운영자 삭제 완료
3. {DC[2]}
   - 운영자 삭제 완료 (작성 IP 차단 병행)
4. {DC[3]}
   - 운영자 삭제 완료
5. {DC[4]}
   - 작성자가 이미 직접 삭제하여 현재 존재하지 않는 게시물입니다.

나머지 게시물은 확인이 끝나는 대로 별도로 회신드리겠습니다.

디시인사이드 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operations team reply listing 운영자 삭제 per post",
    why="numbered list, four posts deleted by the operator, one already deleted by its author; the rest only promised",
    items={DC[0]: "removed", DC[1]: "removed", DC[2]: "removed", DC[3]: "removed", DC[4]: "not_found"},
)

dc_rows = [
    (DC[0], "삭제", "불법 금융 홍보"),
    (DC[1], "삭제", "불법 금융 홍보"),
    (DC[2], "삭제", "도박 홍보"),
    (DC[3], "게시중단", "도박 홍보, 게시자 이용제한"),
    (DC[4], "게시물 없음", "작성자 자진 삭제"),
    (DC[5], "삭제", "로또 번호 유료 판매 유도"),
    (DC[6], "성인인증 게시물로 전환", "19세 미만 열람 제한"),
    (DC[7], "삭제 불가", "구단 운영 비판 의견으로 운영원칙 위반 아님"),
    (DC[8], "삭제", "도박 사이트 링크"),
    (DC[9], "삭제", "의약품 불법 판매"),
    (DC[10], "존재하지 않는 게시물", "요청 시점 이전 삭제"),
    (DC[11], "삭제", "도박 홍보 (모바일 주소)"),
]
rows_html = "\n".join(
    f"<tr><td>{i}</td><td>{u.replace('&', '&amp;')}</td><td>{s}</td><td>{n}</td></tr>"
    for i, (u, s, n) in enumerate(dc_rows, 1))
case(
    name="dc-html-result-table-12",
    **{"from": "policy@dcinside.com"},
    date="Mon, 23 Sep 2024 17:45:02 +0900",
    subject="[디시인사이드] 시정요구 조치결과 회신 (KCSC-240917-01)",
    reply_to_req=mid("KCSC-240917-01"),
    type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>방송통신심의위원회 담당자님께,</p>
<p>귀 위원회의 시정요구(KCSC-240917-01)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
{rows_html}
</table>
<p>문의사항은 회신 메일로 연락 주시기 바랍니다.<br>
(주)디시인사이드 정책팀</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="시정요구 조치결과 회신 table (번호/URL/조치결과/비고) sent by a Korean community site",
    why="HTML table, one row per item: deletions, an age-gate (restricted), a refusal with reason, two posts that no longer exist",
    items={u: {"삭제": "removed", "게시중단": "removed", "게시물 없음": "not_found",
               "성인인증 게시물로 전환": "restricted", "삭제 불가": "rejected",
               "존재하지 않는 게시물": "not_found"}[s] for u, s, _ in dc_rows},
)

csv_att = "\ufeffURL,처리결과,비고\n" + "\n".join([
    f'"{DC[5]}",삭제완료,',
    f'"{DC[6]}",삭제완료,',
    f'"{DC[7]}",블라인드,갤러리 매니저 요청 병행',
    f'"{DC[8]}",게시물 없음,작성자 삭제',
    f'"{DC[9]}",반려,운영원칙 위반 사항 확인되지 않음(의약품 정보 질문글)',
    f'"{DC[10]}",삭제완료,',
]) + "\n"
case(
    name="dc-csv-attachment-six",
    **{"from": "policy@dcinside.com"},
    date="Fri, 20 Sep 2024 11:03:19 +0900",
    subject="RE: KCSC-240917-01 처리결과 (2차)",
    reply_to_req=mid("KCSC-240917-01"),
    raw_mime=multipart("mixed", "=_dc_2nd_0920", [
        (["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"],
         "안녕하세요, 디시인사이드 정책팀입니다.\n\n"
         "KCSC-240917-01 2차 처리분(6건)의 결과를 첨부 파일로 보내드립니다.\n"
         "파일의 처리결과 열을 확인해 주시기 바랍니다.\n\n감사합니다.\n"),
        (["Content-Type: text/csv; charset=utf-8; name=\"KCSC-240917-01_result2.csv\"",
          "Content-Disposition: attachment; filename=\"KCSC-240917-01_result2.csv\"",
          "Content-Transfer-Encoding: base64"], b64(csv_att)),
    ]),
    outcome="applied", classification="confirmation",
    imitates="operator sending an Excel-exported CSV of 처리결과 as attachment",
    why="CSV attachment: four deleted/blinded, one gone (author deleted), one refused with a reason",
    items={DC[5]: "removed", DC[6]: "removed", DC[7]: "removed", DC[8]: "not_found",
           DC[9]: "rejected", DC[10]: "removed"},
)

case(
    name="dc-english-global-desk",
    **{"from": "global@dcinside.com"},
    date="Fri, 20 Sep 2024 16:30:55 +0900",
    subject="Re: Removal request KCSC-240917-01",
    reply_to_req=mid("KCSC-240917-01"),
    body=f"""Dear KCSC team,

Thank you for your message. Our international desk checked two of the links
in your request.

The mobile link {DC[11]} pointed to a post in the ghostcoin minor gallery;
the post was deleted by our operators this afternoon.

The post {DC[7]}
was reviewed and will stay up. It is a fan's criticism of a baseball club's
management and does not break our operating rules, so we declined to remove it.

Best regards,
Jiyun Park
DC Inside Global Support
""",
    outcome="applied", classification="confirmation",
    imitates="English reply from a Korean community site's international support desk",
    why="one post deleted by operators, the other kept with a reason (rejected)",
    items={DC[11]: "removed", DC[7]: "rejected"},
)

case(
    name="dc-top-posted-over-quote",
    **{"from": "report@dcinside.com"},
    date="Sat, 21 Sep 2024 10:05:33 +0900",
    subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240917-01)",
    reply_to_req=mid("KCSC-240917-01"),
    body=f"""요청하신 게시물 중 아래 2건 삭제 조치하였습니다.

{DC[8]}
{DC[9]}

디시인사이드 운영팀

2024. 9. 17. 오전 10:00, 방송통신심의위원회 <takedown@kcsc.example> 작성:
{quote(request_text("KCSC-240917-01", DC))}
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted one-line operator reply over the quoted 시정요구 email",
    why="two URLs named as deleted above the quote; the quoted list of twelve says nothing",
    items={DC[8]: "removed", DC[9]: "removed"},
)

case(
    name="dc-statement-then-url-below",
    **{"from": "report@dcinside.com"},
    date="Sun, 22 Sep 2024 20:41:07 +0900",
    subject="Re: KCSC-240917-01 추가 회신",
    reply_to_req=mid("KCSC-240917-01"),
    body=f"""안녕하세요. 디시인사이드입니다.

아래 게시물은 검토 결과 운영원칙 위반 사항이 확인되지 않아 삭제하지 않았습니다.
{DC[10]}

다음 게시물은 이미 삭제되어 확인할 수 없습니다.
{DC[6]}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short operator reply with the statement on one line and the URL on the next",
    why="the first URL refused (no rule broken), the second already deleted (not found)",
    items={DC[10]: "rejected", DC[6]: "not_found"},
)

case(
    name="dc-receipt-number-plus-result",
    **{"from": "noreply@dcinside.com", "name_from": "디시인사이드 고객센터"},
    date="Thu, 19 Sep 2024 09:15:48 +0900",
    subject="[디시인사이드] 신고 접수 및 처리 안내 (접수번호 DC-2409-77120)",
    reply_to_req=mid("KCSC-240917-01"),
    body=f"""[디시인사이드 고객센터]

신고가 접수되었습니다. 접수번호: DC-2409-77120
요청 기관: 방송통신심의위원회 (KCSC-240917-01)

접수 직후 담당자가 확인하여 아래 게시물은 즉시 삭제하였습니다.
 - {DC[5]}
 - {DC[6]}

그 밖의 게시물은 검토가 끝나면 다시 안내해 드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="ticket receipt (접수번호) from a help desk that also reports a first result",
    why="receipt wording, but two named posts stated deleted without hedge: not a pure acknowledgement",
    items={DC[5]: "removed", DC[6]: "removed"},
)

case(
    name="dc-bare-url-arrow-status",
    **{"from": "report@dcinside.com"},
    date="Mon, 23 Sep 2024 09:02:11 +0900",
    subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240917-01) - 3차",
    reply_to_req=mid("KCSC-240917-01"),
    body=f"""3차 처리 결과입니다.

{DC[1]}
→ 처리: 삭제

{DC[2]}
→ 처리: 삭제 (동일 작성자 재게시 글 포함)

{DC[7]}
→ 처리: 유지 (운영원칙 위반 아님, 단순 의견 게시물)

디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="terse operator reply, bare URL with the result on the line below",
    why="two deletions and one refusal, each on the line under its URL",
    items={DC[1]: "removed", DC[2]: "removed", DC[7]: "rejected"},
)

# ===== NAVER =====
case(
    name="naver-gesijungdan-result-notice",
    **{"from": "right@navercorp.com", "name_from": "네이버 권리보호센터"},
    date="Wed, 18 Sep 2024 15:20:00 +0900",
    subject="[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240917-02)",
    reply_to_req=mid("KCSC-240917-02"),
    body=f"""안녕하세요, 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 안내드립니다.

■ 처리 대상 및 결과
1) {NV[0]}
   - 처리 결과: 임시조치 (30일, 게시자 재게시 요청 가능)
2) {NV[1]}
   - 처리 결과: 임시조치 (30일, 게시자 재게시 요청 가능)
3) {NV[2]}
   - 처리 결과: 블라인드 처리

■ 나머지 게시물({NV[3].rsplit('/', 1)[1]}번 카페글, 지식iN 답변)은 현재 검토 중입니다.

네이버는 정보통신망법 제44조의2에 따라 권리침해 게시물에 대해 조치하고 있습니다.
자세한 정책은 https://right.naver.com/policy 를 참고해 주세요.

네이버 권리보호센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 처리 결과 안내 (임시조치 / 블라인드)",
    why="two blog posts under 임시조치 (restricted), cafe post blinded (removed); the others under review stay pending; policy link is no item",
    items={NV[0]: "restricted", NV[1]: "restricted", NV[2]: "removed"},
)

case(
    name="naver-trust-safety-english",
    **{"from": "trustsafety@navercorp.com", "name_from": "NAVER Trust & Safety"},
    date="Thu, 19 Sep 2024 18:02:27 +0900",
    subject="Re: KCSC-240917-02 / 네이버 카페 및 지식iN 게시물",
    reply_to_req=mid("KCSC-240917-02"),
    body=f"""Hello,

This is NAVER Trust & Safety following up on request KCSC-240917-02.

- Cafe post {NV[3]} : removed for violating the cafe
  operating policy (unregistered investment solicitation).
- Knowledge iN answer {NV[4]} : not removed. The answer
  warns readers about the scheme rather than promoting it, so it does not violate
  our policy. (해당 답변은 오히려 피해 주의를 안내하는 내용이라 유지합니다.)

Regards,
NAVER Trust & Safety (정책지원팀)
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Trust & Safety English follow-up with a Korean aside",
    why="cafe post removed, 지식iN answer kept with its reason (rejected)",
    items={NV[3]: "removed", NV[4]: "rejected"},
)

nv_html = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>KCSC-240917-02 시정요구 건의 최종 조치 결과를 아래 표로 정리하여 드립니다.</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>No</th><th>게시물 주소</th><th>조치 내용</th></tr></thead>
<tbody>
<tr><td>1</td><td><a href="{NV[0]}">{NV[0]}</a></td><td>삭제</td></tr>
<tr><td>2</td><td><a href="{NV[1]}">{NV[1]}</a></td><td>삭제</td></tr>
<tr><td>3</td><td><a href="{NV[2]}">{NV[2]}</a></td><td>임시조치</td></tr>
<tr><td>4</td><td><a href="{NV[3]}">{NV[3]}</a></td><td>게시물 없음 (카페에서 이미 삭제됨)</td></tr>
<tr><td>5</td><td><a href="{NV[4].replace('&', '&amp;')}">{NV[4].replace('&', '&amp;')}</a></td><td>비공개 처리</td></tr>
</tbody></table>
<p>감사합니다.<br>NAVER 정책지원팀</p>
</body></html>
"""
case(
    name="naver-qp-html-final-table",
    **{"from": "policy@navercorp.com", "name_from": "NAVER 정책지원팀"},
    date="Tue, 24 Sep 2024 10:11:09 +0900",
    subject="[NAVER] KCSC-240917-02 최종 조치 결과",
    reply_to_req=mid("KCSC-240917-02"),
    raw_mime=multipart("alternative", "----=_NaverMail_4471", [
        (["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable"],
         qp("안녕하세요. 네이버 정책지원팀입니다.\n"
            "KCSC-240917-02 시정요구 건의 최종 조치 결과는 HTML 본문의 표를 확인해 주세요.\n")),
        (["Content-Type: text/html; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable"],
         qp(nv_html)),
    ]),
    outcome="applied", classification="confirmation",
    imitates="NAVER 조치 결과 table in a quoted-printable HTML mail",
    why="table with one row per URL: deleted, deleted, 임시조치 (restricted), gone, made private (removed)",
    items={NV[0]: "removed", NV[1]: "removed", NV[2]: "restricted", NV[3]: "not_found", NV[4]: "removed"},
)

case(
    name="naver-kin-particle-after-url",
    **{"from": "kin_help@naver.com", "name_from": "네이버 지식iN"},
    date="Fri, 20 Sep 2024 13:33:41 +0900",
    subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240917-02) 지식iN 답변",
    reply_to_req=mid("KCSC-240917-02"),
    body=f"""안녕하세요, 네이버 지식iN 운영자입니다.

{NV[4]}에 게시된 답변은
운영정책(불법 금융 권유) 위반으로 확인되어 삭제 처리되었습니다.
답변 작성자에게는 활동 제한 안내가 발송되었습니다.

고맙습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN operator reply, Korean particle glued to the URL",
    why="the 지식iN answer was deleted; '에' is a particle, not part of the URL",
    items={NV[4]: "removed"},
)

case(
    name="naver-outlook-original-message",
    **{"from": "cafe_policy@navercorp.com", "name_from": "네이버 카페 운영지원"},
    date="Wed, 18 Sep 2024 11:47:20 +0900",
    subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240917-02)",
    reply_to_req=mid("KCSC-240917-02"),
    body=f"""안녕하세요. 네이버 카페 운영지원 담당자입니다.

요청하신 카페 게시글 2건은 카페 운영원칙(불법 투자 권유) 위반으로 모두 삭제하였습니다.
  {NV[2]}
  {NV[3]}

블로그 및 지식iN 게시물은 담당 부서에서 따로 회신드릴 예정입니다.

-----Original Message-----
From: 방송통신심의위원회 <takedown@kcsc.example>
Sent: Tuesday, September 17, 2024 10:20 AM
To: policy@navercorp.com
Subject: [방송통신심의위원회] 시정요구 (KCSC-240917-02)

{request_text("KCSC-240917-02", NV)}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a NAVER cafe support desk over the original request",
    why="two cafe posts named and deleted; the blog/지식iN items only appear in the quoted original",
    items={NV[2]: "removed", NV[3]: "removed"},
)

# ===== Daum / Kakao =====
case(
    name="daum-kakao-rights-report-result",
    **{"from": "cs_notice@kakaocorp.com", "name_from": "카카오 고객센터"},
    date="Thu, 19 Sep 2024 17:55:10 +0900",
    subject="[카카오] 권리침해 신고 처리결과 안내 (KCSC-240918-03)",
    reply_to_req=mid("KCSC-240918-03"),
    body=f"""[Daum 카페] 권리침해 신고 처리결과 안내

안녕하세요. 카카오 고객센터입니다.
방송통신심의위원회(KCSC-240918-03)에서 신고하신 Daum 카페 게시물의 처리결과를 안내드립니다.

▶ 대상 게시물: {DM[0]}
▶ 처리결과: 임시조치 (30일간 게시물 접근 제한, 기간 내 복원 신청이 없으면 삭제)

▶ 대상 게시물: {DM[1]}
▶ 처리결과: 삭제

티스토리 게시물은 티스토리 담당 부서에서 별도로 안내드릴 예정입니다.

카카오 고객센터 https://cs.kakao.com
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해 신고 처리결과 안내 for Daum cafe posts (임시조치 / 삭제)",
    why="one cafe post under 임시조치 with access restricted (restricted), the other deleted; tistory items only promised",
    items={DM[0]: "restricted", DM[1]: "removed"},
)

case(
    name="daum-tistory-raw-korean-path",
    **{"from": "tistory_policy@kakaocorp.com", "name_from": "Tistory 운영팀"},
    date="Fri, 20 Sep 2024 10:26:37 +0900",
    subject="Re: KCSC-240918-03 티스토리 게시물 처리 / Tistory posts",
    reply_to_req=mid("KCSC-240918-03"),
    body=f"""안녕하세요, 티스토리 운영팀입니다. (English below)

1. {TISTORY_RAW} 글은
   불법 투자 권유로 확인되어 게시중단 처리했습니다.
2. {DM[2]} 글은 블로그 주인이 먼저 삭제하여 존재하지 않는 글입니다.

---
1. The post at {TISTORY_RAW} has been taken down.
2. The post {DM[2]} no longer exists; the blog owner deleted it before our review.

Tistory Operations Team
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory (Kakao) bilingual reply with a raw Korean-path entry URL",
    why="Korean-path post taken down (removed); numbered post already deleted by its owner (not found); said twice, consistently",
    items={DM[3]: "removed", DM[2]: "not_found"},
)

case(
    name="daum-base64-full-result",
    **{"from": "policy@daum.net", "name_from": "Daum 서비스 운영"},
    date="Mon, 23 Sep 2024 14:40:00 +0900",
    subject="=?UTF-8?B?" + base64.b64encode("[Daum] KCSC-240918-03 조치 결과 회신".encode()).decode() + "?=",
    reply_to_req=mid("KCSC-240918-03"),
    raw_mime="Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n" + b64(
        f"""방송통신심의위원회 귀중

KCSC-240918-03 시정요구에 대한 조치 결과를 회신합니다.

- {DM[0]} : 삭제
- {DM[1]} : 삭제
- {DM[2]} : 조치하지 않음 (개인 투자 경험담으로 위반 사항 없음)
- {DM[3]} : 청소년 유해 게시물로 지정, 성인 인증 후에만 열람 가능

Daum 서비스 운영 담당
"""),
    outcome="applied", classification="confirmation",
    imitates="Daum 조치 결과 회신 sent as a base64 plain-text body with an encoded subject",
    why="two deletions, one refusal with reason, one age-restricted (restricted)",
    items={DM[0]: "removed", DM[1]: "removed", DM[2]: "rejected", DM[3]: "restricted"},
)

# ===== SOOP =====
case(
    name="soop-trust-safety-english",
    **{"from": "safety@sooplive.co.kr", "name_from": "SOOP Trust & Safety"},
    date="Thu, 19 Sep 2024 21:14:05 +0900",
    subject="[SOOP] Result of your report KCSC-240918-04",
    reply_to_req=mid("KCSC-240918-04"),
    body=f"""Hello KCSC,

We have completed our review of request KCSC-240918-04.

VOD {SP[0]}
Result: The VOD has been deleted and the streamer received a 7-day broadcast suspension.

Station post {SP[1]}
Result: Deleted.

Station post {SP[2]}
Result: No action. The post is an event notice without any explicit content,
so it does not violate the SOOP Community Guidelines.

If you disagree you may reply to this email with additional information.
SOOP Trust & Safety Team
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (ex-AfreecaTV) Trust & Safety English report outcome",
    why="VOD and one post deleted, the third post kept with a reason",
    items={SP[0]: "removed", SP[1]: "removed", SP[2]: "rejected"},
)

case(
    name="soop-korean-bullets",
    **{"from": "operation@sooplive.co.kr", "name_from": "SOOP 운영팀"},
    date="Fri, 20 Sep 2024 12:08:51 +0900",
    subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240918-04)",
    reply_to_req=mid("KCSC-240918-04"),
    body=f"""안녕하세요. SOOP 운영팀입니다.

시정요구 주신 방송국 게시글 조치 내용 공유드립니다.

• {SP[1]} → 게시글 삭제
• {SP[2]} → 19세 이용가 게시글로 변경 (미성년자 및 비로그인 열람 제한)

VOD는 원본 확인 후 결과를 다시 알려드리겠습니다.

SOOP 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP 운영팀 Korean reply with bullet arrows",
    why="one post deleted, the other made 19+ (age-restricted); the VOD only promised, stays pending",
    items={SP[1]: "removed", SP[2]: "restricted"},
)

# ===== Ppomppu =====
case(
    name="ppomppu-angle-brackets",
    **{"from": "cs@ppomppu.co.kr", "name_from": "뽐뿌 고객센터"},
    date="Thu, 19 Sep 2024 16:50:12 +0900",
    subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240919-05)",
    reply_to_req=mid("KCSC-240919-05"),
    body=f"""안녕하세요 뽐뿌 고객센터입니다.

말씀하신 게시물 처리 결과입니다.

<{PP[0]}> 삭제 처리
<{PP[1]}> 블라인드 처리 및 작성자 글쓰기 제한

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="informal Ppomppu help-desk reply, URLs in angle brackets",
    why="both posts deleted or blinded",
    items={PP[0]: "removed", PP[1]: "removed"},
)

case(
    name="ppomppu-fullwidth-parentheses",
    **{"from": "admin@ppomppu.co.kr", "name_from": "뽐뿌 운영자"},
    date="Fri, 20 Sep 2024 09:31:00 +0900",
    subject="KCSC-240919-05 회신",
    reply_to_req=mid("KCSC-240919-05"),
    body=f"""휴대폰 포럼 게시글（{PP[1]}）은 판매글 규정 위반으로 삭제하였습니다。
자유게시판 글（{PP[0]}）은 신고 내용을 확인한 결과 사기 유도 정황이 없어 그대로 유지합니다。

뽐뿌 운영자 드림
""",
    outcome="applied", classification="confirmation",
    imitates="operator reply typed in the Korean IME full-width (전각) mode: full-width parentheses and full stops",
    why="phone-forum post deleted; free-board post kept because no fraud was found (rejected)",
    items={PP[1]: "removed", PP[0]: "rejected"},
)

case(
    name="ppomppu-echoed-report-form",
    **{"from": "noreply@ppomppu.co.kr", "name_from": "뽐뿌 신고센터"},
    date="Mon, 23 Sep 2024 10:00:03 +0900",
    subject="[뽐뿌 신고센터] 신고 처리 완료 안내",
    body=f"""[뽐뿌 신고센터] 신고하신 내용의 처리가 완료되었습니다.

──────── 신고 내용 ────────
신고자: 방송통신심의위원회 (takedown@kcsc.example)
관련 요청: KCSC-240919-05
게시물 주소: {PP[0]}
신고 사유: 중고거래 사기 유도
──────── 처리 결과 ────────
처리 상태: 완료
조치 내용: 게시물 삭제, 작성자 30일 이용정지
처리 일시: 2024-09-23 09:58

본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="report-centre outcome mail that echoes the report form and then the result",
    why="echoed report names one post; the result block says it was deleted",
    items={PP[0]: "removed"},
)

# ===== Clien =====
case(
    name="clien-wrapped-angle-url",
    **{"from": "admin@clien.net", "name_from": "클리앙 운영진"},
    date="Fri, 20 Sep 2024 15:22:44 +0900",
    subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240919-06)",
    reply_to_req=mid("KCSC-240919-06"),
    body=f"""안녕하세요, 클리앙 운영진입니다.

모두의공원 게시물 <{CL[0]}> 은 리딩방 홍보로 확인되어
삭제했고 작성자는 영구 차단했습니다.

주식한당 게시물 <https://www.clien.net/service/board/
cm_stock/18770489> 은 종목 토론 글로 홍보 목적이 보이지 않아
삭제하지 않았습니다.

클리앙 운영진 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Clien admin reply; a long URL in angle brackets wrapped by the mail client",
    why="first post deleted; the second (URL wrapped inside angle brackets) kept as ordinary discussion (rejected)",
    items={CL[0]: "removed", CL[1]: "rejected"},
)

case(
    name="clien-text-table",
    **{"from": "admin@clien.net", "name_from": "클리앙 운영진"},
    date="Mon, 23 Sep 2024 11:10:00 +0900",
    subject="KCSC-240919-06 조치 결과 (재검토)",
    reply_to_req=mid("KCSC-240919-06"),
    body=f"""재검토 요청에 따라 다시 확인한 결과입니다.

 게시물                                                   | 결과
----------------------------------------------------------+----------------
 {CL[0]} | 삭제(기처리)
 {CL[1]} | 삭제

주식한당 글은 작성자의 다른 글과 함께 보니 리딩방 유도가 확인되어 삭제했습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text table reply from a community admin after re-review",
    why="both posts deleted (one earlier, one now)",
    items={CL[0]: "removed", CL[1]: "removed"},
)

# ===== FM Korea =====
case(
    name="fmkorea-sole-item-no-url",
    **{"from": "report@fmkorea.com", "name_from": "에펨코리아 운영팀"},
    date="Fri, 20 Sep 2024 18:40:29 +0900",
    subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240920-07)",
    reply_to_req=mid("KCSC-240920-07"),
    body="""안녕하세요. 에펨코리아 운영팀입니다.

요청하신 도박 사이트 홍보 게시물은 확인 후 삭제하였으며,
작성자 계정은 영구 정지하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="one-line community operator reply in the request's thread, no URL",
    why="request of a single item; the reply in its thread states that post was deleted",
    items={FM[0]: "removed"},
)

case(
    name="fmkorea-gmail-korean-quote",
    **{"from": "fmkorea.safety@fmkorea.com", "name_from": "FM Korea Safety"},
    date="Sat, 21 Sep 2024 08:15:00 +0900",
    subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240920-07)",
    reply_to_req=mid("KCSC-240920-07"),
    body=f"""{FM[0]} 해당 글 영구 삭제했습니다.
같은 사이트 주소가 들어간 글은 필터로 등록해 두었습니다.

2024년 9월 20일 (금) 오전 9:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{quote(request_text("KCSC-240920-07", FM))}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail reply with Korean '님이 작성:' quote header",
    why="URL above the quote stated permanently deleted",
    items={FM[0]: "removed"},
)

# ===== Review =====
case(
    name="dc-promise-deletion-scheduled",
    **{"from": "report@dcinside.com"},
    date="Wed, 18 Sep 2024 13:30:00 +0900",
    subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240917-01)",
    reply_to_req=mid("KCSC-240917-01"),
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

아래 게시물은 내부 검토를 거쳐 금일 중 삭제될 예정입니다.
{DC[0]}
{DC[1]}

처리가 완료되면 다시 연락드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="operator promising deletion 'later today'",
    why="'삭제될 예정' is a promise, not a statement; the items stay pending",
    items={DC[0]: "pending", DC[1]: "pending"},
)

case(
    name="naver-hedges-appears-and-reviewing",
    **{"from": "trustsafety@navercorp.com", "name_from": "NAVER Trust & Safety"},
    date="Wed, 18 Sep 2024 19:05:12 +0900",
    subject="Re: KCSC-240917-02",
    reply_to_req=mid("KCSC-240917-02"),
    body=f"""Hi,

Quick update on KCSC-240917-02.

The cafe post {NV[2]} appears to have been removed
already, possibly by the cafe manager, but we have not confirmed this on our side.
{NV[3]} is still being reviewed by the cafe policy team.

We'll get back to you with a formal result.
NAVER Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="informal Trust & Safety interim update with hedges",
    why="'appears to have been removed ... not confirmed' is a hedge and 'still being reviewed' is no result",
    items={NV[2]: "pending", NV[3]: "pending"},
)

case(
    name="soop-bulk-all-three",
    **{"from": "operation@sooplive.co.kr", "name_from": "SOOP 운영팀"},
    date="Mon, 23 Sep 2024 16:00:00 +0900",
    subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240918-04)",
    reply_to_req=mid("KCSC-240918-04"),
    body="""안녕하세요. SOOP 운영팀입니다.

KCSC-240918-04로 요청하신 게시물 3건은 모두 삭제 조치 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="short Korean reply: all N items of the request removed",
    why="statement about all three items without naming any: bulk",
    items={SP[0]: "pending", SP[1]: "pending", SP[2]: "pending"},
)

case(
    name="dc-bulk-english-all-removed",
    **{"from": "global@dcinside.com"},
    date="Tue, 24 Sep 2024 09:45:00 +0900",
    subject="Re: Removal request KCSC-240917-01",
    reply_to_req=mid("KCSC-240917-01"),
    body="""Dear KCSC team,

All of the reported posts in request KCSC-240917-01 have now been removed
from DC Inside. Thank you for your patience.

Jiyun Park
DC Inside Global Support
""",
    outcome="review", review="bulk",
    imitates="English one-paragraph closing reply covering a whole request",
    why="'all of the reported posts' for a twelve-item request, none named: bulk",
    items={u: "pending" for u in DC},
)

case(
    name="naver-spoofed-dmarc-fail",
    **{"from": "right@navercorp.com", "name_from": "네이버 권리보호센터"},
    auth="fail",
    date="Thu, 19 Sep 2024 02:14:09 +0900",
    subject="[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240917-02)",
    body=f"""안녕하세요, 네이버 권리보호센터입니다.

요청하신 게시물은 아래와 같이 삭제 처리되었습니다.
{NV[0]} - 삭제
{NV[1]} - 삭제

처리 내역 확인: http://naver-right-check.example/login
""",
    outcome="review", review="untrusted",
    imitates="phishing copy of the NAVER 게시중단 result notice (DMARC fail)",
    why="From navercorp.com but dkim/spf/dmarc fail: nothing applied",
    items={NV[0]: "pending", NV[1]: "pending"},
)

case(
    name="dc-gallery-manager-gmail",
    **{"from": "ghostcoin.manager@gmail.com", "name_from": "고스트코인 갤러리 매니저"},
    date="Thu, 19 Sep 2024 23:02:51 +0900",
    subject="디시 고스트코인 갤러리 관련 (KCSC-240917-01)",
    body=f"""안녕하세요. 디시인사이드 고스트코인 마이너 갤러리 매니저입니다.
공지 보고 연락드립니다. 아래 두 글은 제가 매니저 권한으로 삭제했습니다.

{DC[2]}
{DC[3]}

앞으로도 비슷한 글 올라오면 바로 지우겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="volunteer gallery manager writing from a personal webmail account",
    why="gmail.com is no platform's domain: an unknown sender's claims about DC Inside posts",
    items={DC[2]: "pending", DC[3]: "pending"},
)

case(
    name="dc-manager-from-naver-mailbox",
    **{"from": "yagu_dummy_mgr@naver.com", "name_from": "야구더미 갤 매니저"},
    date="Sat, 21 Sep 2024 12:20:00 +0900",
    subject="Re: 야구 갤러리 게시물 삭제 요청 건",
    body=f"""위원회 담당자님 안녕하세요.
디시 야구더미 갤러리 부매니저입니다. 요청하신 글 처리했습니다.

{DC[7]} 삭제했습니다
{DC[8]} 삭제했습니다

수고하세요.
""",
    outcome="review", review="wrong_platform",
    imitates="DC gallery sub-manager replying from a personal naver.com mailbox",
    why="authenticated naver.com mail (NAVER's domain) stating statuses of DC Inside items",
    items={DC[7]: "pending", DC[8]: "pending"},
)

case(
    name="inven-says-fmkorea-post",
    **{"from": "report@inven.co.kr", "name_from": "인벤 운영팀"},
    date="Fri, 20 Sep 2024 14:00:00 +0900",
    subject="문의하신 게시물 관련 회신",
    body=f"""안녕하세요. 인벤 운영팀입니다.

보내주신 주소({FM[0]})는 저희 인벤 게시물이 아니라
에펨코리아 게시물이어서 인벤에서는 찾을 수 없습니다.
해당 사이트 운영진에게 요청해 주시기 바랍니다.
""",
    outcome="review", review="wrong_platform",
    imitates="community site telling the regulator the URL belongs to another site",
    why="Inven states 'cannot find' about an FM Korea item: a statement from the wrong platform",
    items={FM[0]: "pending"},
)

case(
    name="daum-asks-for-official-letter",
    **{"from": "cs_notice@kakaocorp.com", "name_from": "카카오 고객센터"},
    date="Wed, 18 Sep 2024 16:21:33 +0900",
    subject="[카카오] KCSC-240918-03 관련 추가 자료 요청",
    reply_to_req=mid("KCSC-240918-03"),
    body=f"""안녕하세요. 카카오 고객센터입니다.

요청하신 아래 게시물의 조치를 진행하기 위해 시정요구 의결서(공문) 사본이 필요합니다.
{DM[0]}
{DM[1]}

의결서를 회신 메일에 첨부해 주시면 확인 후 바로 처리하겠습니다.
자료가 확인되기 전까지는 조치가 보류됩니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Kakao asking for the official 의결서 before acting",
    why="asks for documents; nothing done yet",
    items={DM[0]: "pending", DM[1]: "pending"},
)

case(
    name="nate-newsletter-no-claims",
    **{"from": "policy@skcomms.co.kr", "name_from": "SK커뮤니케이션즈 정책팀"},
    date="Mon, 23 Sep 2024 10:30:00 +0900",
    subject="[네이트] 3분기 자율규제 협력 현황 공유",
    body="""방송통신심의위원회 담당자님께,

안녕하세요. SK커뮤니케이션즈 정책팀입니다.
네이트 판 및 뉴스 댓글에 대한 3분기 자율규제 협력 현황을 공유드립니다.

- 이용자 신고 처리 건수: 전분기 대비 12% 증가
- 불법 금융 광고 키워드 필터 추가 등록
- 담당자 변경: 10월부터 정책팀 김하늘 매니저가 담당합니다

앞으로도 긴밀히 협력하겠습니다. 감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="portal policy team's quarterly cooperation update",
    why="authenticated Nate mail naming no item and no request",
    items={},
)

case(
    name="clien-conditional-deletion",
    **{"from": "admin@clien.net", "name_from": "클리앙 운영진"},
    date="Thu, 19 Sep 2024 19:44:00 +0900",
    subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240919-06)",
    reply_to_req=mid("KCSC-240919-06"),
    body=f"""안녕하세요, 클리앙 운영진입니다.

아래 두 게시물은 작성자에게 소명 요청을 보냈습니다.
9월 26일까지 소명이 없으면 삭제하고, 소명이 타당하면 유지할 예정입니다.

{CL[0]}
{CL[1]}

결과는 다시 알려드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="community admin giving a conditional outcome pending the author's explanation",
    why="deletion only if no explanation arrives by a date: a condition, not a statement",
    items={CL[0]: "pending", CL[1]: "pending"},
)

pdf_bytes = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
             b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
             b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n"
             b"4 0 obj\n<< /Length 64 /Filter /FlateDecode >>\nstream\n"
             + bytes((i * 37 + 11) % 256 for i in range(64)) +
             b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
case(
    name="soop-scanned-pdf-result",
    **{"from": "safety@sooplive.co.kr", "name_from": "SOOP Trust & Safety"},
    date="Tue, 24 Sep 2024 11:11:11 +0900",
    subject="[SOOP] 시정요구 조치결과 회신 공문 (KCSC-240918-04)",
    reply_to_req=mid("KCSC-240918-04"),
    raw_mime=multipart("mixed", "soop_pdf_0924", [
        (["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"],
         "안녕하세요. SOOP입니다.\n\nKCSC-240918-04 시정요구에 대한 조치결과는 첨부한 회신 공문(PDF)을\n"
         "확인해 주시기 바랍니다.\n\nSOOP Trust & Safety\n"),
        (["Content-Type: application/pdf; name=\"SOOP_KCSC-240918-04.pdf\"",
          "Content-Disposition: attachment; filename=\"SOOP_KCSC-240918-04.pdf\"",
          "Content-Transfer-Encoding: base64"], b64(pdf_bytes)),
    ]),
    outcome="review", review="unreadable_attachment",
    imitates="official reply letter (공문) sent only as a scanned PDF attachment",
    why="the results are in a PDF whose text cannot be read; the body only points to it",
    items={SP[0]: "pending", SP[1]: "pending", SP[2]: "pending"},
)

case(
    name="fmkorea-under-review",
    **{"from": "report@fmkorea.com", "name_from": "에펨코리아 운영팀"},
    date="Fri, 20 Sep 2024 10:02:00 +0900",
    subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240920-07)",
    reply_to_req=mid("KCSC-240920-07"),
    body=f"""안녕하세요. 에펨코리아 운영팀입니다.

{FM[0]} 게시물은 현재 내부 검토 중이며, 위반이 확인되면 삭제될 수 있습니다.
검토에는 1~2영업일이 소요됩니다.
""",
    outcome="review", review="not_understood",
    imitates="operator interim reply: under review, may be deleted",
    why="'검토 중' and '삭제될 수 있습니다' are no statement for a one-item request",
    items={FM[0]: "pending"},
)

# ===== Ignored =====
case(
    name="naver-out-of-office-ko",
    **{"from": "minji.kang@navercorp.com", "name_from": "강민지"},
    date="Tue, 17 Sep 2024 10:20:31 +0900",
    subject="[부재중 자동응답] Re: [방송통신심의위원회] 시정요구 (KCSC-240917-02)",
    reply_to_req=mid("KCSC-240917-02"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 강민지입니다.
9월 16일부터 9월 18일까지 추석 연휴로 부재중입니다.
9월 19일부터 순차적으로 메일 확인 후 회신드리겠습니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 보내주세요.

I am out of the office for the Chuseok holidays until 18 September.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean/English out-of-office auto-reply during 추석",
    why="auto-reply; it states nothing about any item",
    items={},
)

case(
    name="clien-ooo-english",
    **{"from": "minho@clien.net", "name_from": "Minho Lee"},
    date="Thu, 19 Sep 2024 10:30:55 +0900",
    subject="Automatic reply: [방송통신심의위원회] 시정요구 (KCSC-240919-06)",
    reply_to_req=mid("KCSC-240919-06"),
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: minho@clien.net"],
    body="""Thank you for your email. I am currently away on a business trip with
limited access to email and will return on Monday 23 September.
For urgent moderation matters please contact admin@clien.net.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Exchange 'Automatic reply' out-of-office",
    why="auto-reply",
    items={},
)

dsn_orig = f"""From: 방송통신심의위원회 <takedown@kcsc.example>
To: report-old@dcinside.com
Subject: [방송통신심의위원회] 시정요구 (KCSC-240917-01)
Message-ID: <req.KCSC-240917-01.cc@kcsc.example>
Date: Tue, 17 Sep 2024 10:00:00 +0900

{request_text("KCSC-240917-01", DC[:4])}
"""
case(
    name="dc-dsn-bounce-old-address",
    **{"from": "MAILER-DAEMON@dcinside.com", "name_from": "Mail Delivery System"},
    date="Tue, 17 Sep 2024 10:00:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=multipart("report", "B0917.1726534809/mx1.dcinside.com", [
        (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
         "This is the mail system at host mx1.dcinside.com.\n\n"
         "I'm sorry to have to inform you that your message could not\n"
         "be delivered to one or more recipients.\n\n"
         "<report-old@dcinside.com>: unknown user: \"report-old\"\n"),
        (["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
         "Reporting-MTA: dns; mx1.dcinside.com\n"
         "Arrival-Date: Tue, 17 Sep 2024 10:00:05 +0900\n\n"
         "Final-Recipient: rfc822; report-old@dcinside.com\n"
         "Action: failed\nStatus: 5.1.1\n"
         "Diagnostic-Code: X-Postfix; unknown user: \"report-old\"\n"),
        (["Content-Description: Undelivered Message", "Content-Type: message/rfc822"], dsn_orig),
    ], params="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN: unknown user at the platform's old abuse address",
    why="delivery failure; the URLs are in the returned copy of our own request",
    items={},
)

dsn_fm = f"""From: 방송통신심의위원회 <takedown@kcsc.example>
To: abuse@fmkorea.com
Subject: [방송통신심의위원회] 시정요구 (KCSC-240920-07)
Date: Fri, 20 Sep 2024 09:00:00 +0900

{request_text("KCSC-240920-07", FM)}
"""
case(
    name="fmkorea-korean-dsn-mailbox-full",
    **{"from": "postmaster@fmkorea.com", "name_from": "메일 전송 시스템"},
    date="Fri, 20 Sep 2024 09:00:40 +0900",
    subject="[전송실패] [방송통신심의위원회] 시정요구 (KCSC-240920-07)",
    raw_mime=multipart("report", "fmk_dsn_0920", [
        (["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"],
         "메일이 전송되지 못했습니다.\n\n받는 사람: abuse@fmkorea.com\n"
         "실패 사유: 받는 사람의 메일함 용량이 초과되었습니다. (552 5.2.2 Mailbox full)\n\n"
         "원본 메일은 아래에 첨부되어 있습니다.\n"),
        (["Content-Type: message/delivery-status"],
         "Reporting-MTA: dns; mail.fmkorea.com\n\n"
         "Final-Recipient: rfc822; abuse@fmkorea.com\nAction: failed\nStatus: 5.2.2\n"
         "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full\n"),
        (["Content-Type: message/rfc822"], dsn_fm),
    ], params="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Korean-language DSN (메일함 용량 초과) with the original attached",
    why="bounce of our own request",
    items={},
)

case(
    name="soop-mdn-read-receipt",
    **{"from": "safety@sooplive.co.kr", "name_from": "SOOP Trust & Safety"},
    date="Wed, 18 Sep 2024 11:32:00 +0900",
    subject="읽음 확인: [방송통신심의위원회] 시정요구 (KCSC-240918-04)",
    reply_to_req=mid("KCSC-240918-04"),
    raw_mime=multipart("report", "mdn_soop_0918", [
        (["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"],
         "보낸 메일을 수신자가 읽었습니다.\n\n"
         "제목: [방송통신심의위원회] 시정요구 (KCSC-240918-04)\n"
         "읽은 시간: 2024-09-18 오전 11:31\n"),
        (["Content-Type: message/disposition-notification"],
         "Reporting-UA: sooplive.co.kr; Microsoft Outlook 16.0\n"
         "Final-Recipient: rfc822; safety@sooplive.co.kr\n"
         "Original-Message-ID: <req.KCSC-240918-04@kcsc.example>\n"
         "Disposition: manual-action/MDN-sent-manually; displayed\n"),
    ], params="; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (읽음 확인, MDN)",
    why="read receipt",
    items={},
)

case(
    name="daum-ticket-receipt",
    **{"from": "noreply@kakaocorp.com", "name_from": "카카오 고객센터"},
    date="Wed, 18 Sep 2024 09:41:12 +0900",
    subject="[카카오 고객센터] 문의가 접수되었습니다 (접수번호 KK-20240918-5521)",
    reply_to_req=mid("KCSC-240918-03"),
    body="""안녕하세요. 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
 - 접수번호: KK-20240918-5521
 - 문의 제목: [방송통신심의위원회] 시정요구 (KCSC-240918-03)
 - 접수 일시: 2024-09-18 09:40

답변은 영업일 기준 3일 이내에 메일로 보내드립니다.
본 메일은 발신 전용이므로 회신하실 수 없습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 ticket receipt (접수번호, 3 business days)",
    why="pure acknowledgement with a ticket number",
    items={},
)

case(
    name="ppomppu-report-received",
    **{"from": "noreply@ppomppu.co.kr", "name_from": "뽐뿌 신고센터"},
    date="Thu, 19 Sep 2024 10:01:30 +0900",
    subject="[뽐뿌 신고센터] 신고가 접수되었습니다 / Your report has been received",
    reply_to_req=mid("KCSC-240919-05"),
    body="""신고가 정상적으로 접수되었습니다. (신고번호 PP-884120)
담당자가 순차적으로 확인하고 있으며, 처리 결과는 메일로 안내드립니다.

Your report (PP-884120) has been received. Our moderators will review it
and let you know the outcome by email.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="bilingual report-centre receipt",
    why="pure acknowledgement",
    items={},
)

HEADER = """# Blind set 429: Korean portals and community sites (NAVER, Daum/Kakao,
# DC Inside, SOOP, Nate, Inven, Clien, Ppomppu, FM Korea), Korean mixed with
# English, with doubtful and ignorable mail. Written by make.py; expected
# results were written from each email's meaning before any run of the reader.
"""

def encode_names(cases):
    """Display names in From go out RFC 2047-encoded, as real mailers send them."""
    for c in cases:
        dom = c["from"].split("@", 1)[1]
        name = c.get("name_from", corpuslib.DOMAIN_NAMES.get(dom, dom))
        if not name.isascii():
            name = "=?UTF-8?B?" + base64.b64encode(name.encode("utf-8")).decode() + "?="
        c["name_from"] = name


if __name__ == "__main__":
    encode_names(CASES)
    write_requests()
    corpuslib.write_set(HERE, "blind429", HEADER, CASES)
    print(len(CASES), "cases")
