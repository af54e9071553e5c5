#!/usr/bin/env python3
"""Blind set 71 (issue 11): Korean-heavy general mix (NAVER, Kakao/Daum,
Korean offices of YouTube, X, TikTok, Telegram), written blind.
Deterministic: python3 tests/corpus/blind71/make.py"""
import base64, csv, io, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({"kakaocorp.com": "Kakao", "daum.net": "Daum", "tiktok.com": "TikTok"})

N = {
    1: "https://blog.naver.com/fakeblog_a/223561000001",
    2: "https://blog.naver.com/fakeblog_a/223561000002",
    3: "https://blog.naver.com/fakeblog_b/223561000103",
    4: "https://blog.naver.com/fakeblog_c/223561000204",
    5: "https://cafe.naver.com/fakecafe77/10231",
    6: "https://cafe.naver.com/fakecafe77/10232",
    7: "https://cafe.naver.com/fakecafe88/551",
    8: "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=470000001",
    9: "https://post.naver.com/viewer/postView.naver?volumeNo=38000001&memberNo=50000001",
    10: "https://blog.naver.com/fakeblog_d/223561000305",
    11: "https://cafe.naver.com/fakecafe88/552",
    12: "https://blog.naver.com/fakeblog_e/223561000406",
    13: "https://tv.naver.com/v/60000001",
    14: "https://cafe.naver.com/fakecafe99/3301",
    15: "https://cafe.naver.com/%EA%B0%80%EC%A7%9C%EB%A7%9B%EC%A7%91%EC%B9%B4%ED%8E%98/902",
}
N15_RAW = "https://cafe.naver.com/가짜맛집카페/902"
K = {
    1: "https://v.daum.net/v/20240910123456789",
    2: "https://cafe.daum.net/fakedaumcafe/AbCd/1021",
    3: "https://fakeuser77.tistory.com/58",
    4: "https://brunch.co.kr/@fakebrunch/31",
    5: "https://cafe.daum.net/fakedaumcafe/AbCd/1022",
}
Y = {
    1: "https://www.youtube.com/watch?v=Fk71aBcDeF1",
    2: "https://www.youtube.com/watch?v=Fk71aBcDeF2",
    3: "https://www.youtube.com/watch?v=Fk71aBcDeF3",
    4: "https://www.youtube.com/shorts/Fk71sHoRt04",
}
X = {
    1: "https://x.com/fake_kr_one/status/1833300000000000001",
    2: "https://x.com/fake_kr_one/status/1833300000000000002",
    3: "https://x.com/fake_kr_two/status/1833300000000000003",
}
T = {
    1: "https://www.tiktok.com/@fake.tt.kr/video/7413000000000000001",
    2: "https://www.tiktok.com/@fake.tt.kr/video/7413000000000000002",
}
G = {1: "https://t.me/fakechan_kr71/88"}

REQS = [
    ("KCSC-240910-01", "naver", "2024-09-10T10:00:00+09:00", "2024-09-13T18:00:00+09:00", N, "illegal_gambling", "req-240910-01"),
    ("KCSC-240911-01", "kakao", "2024-09-11T11:00:00+09:00", "2024-09-14T18:00:00+09:00", K, "defamation", "req-240911-01"),
    ("KCSC-240912-01", "youtube", "2024-09-12T09:30:00+09:00", "2024-09-19T18:00:00+09:00", Y, "drug_trade", "req-240912-01"),
    ("KCSC-240913-01", "x", "2024-09-13T14:00:00+09:00", "2024-09-20T18:00:00+09:00", X, "deepfake_sexual_abuse", "req-240913-01"),
    ("KCSC-240916-01", "tiktok", "2024-09-16T10:00:00+09:00", "2024-09-23T18:00:00+09:00", T, "illegal_gambling", "req-240916-01"),
    ("KCSC-240917-01", "telegram", "2024-09-17T10:00:00+09:00", "2024-09-24T18:00:00+09:00", G, "drug_trade", "req-240917-01"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, items, cat, mid in REQS:
        for k in sorted(items):
            w.writerow([ref, plat, sent, due, items[k], cat, f"<{mid}@kcsc.example>", ""])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def q(lines):
    return "\n".join("> " + l if l else ">" for l in lines.split("\n"))


def b64(s):
    raw = base64.b64encode(s.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


NAVER_REQ_QUOTE = "\n".join(
    ["[KCSC-240910-01] 시정요구(삭제) 요청", "아래 게시물에 대하여 삭제 조치를 요청합니다."]
    + [f"{i}. {N[i] if i != 15 else N15_RAW}" for i in sorted(N)]
    + ["방송통신심의위원회 통신심의국"])
KAKAO_REQ_QUOTE = "\n".join(["[KCSC-240911-01] 시정요구(삭제) 요청"] + [f"- {K[i]} : 삭제 요청" for i in sorted(K)])
X_REQ_QUOTE = "\n".join(["[KCSC-240913-01] Removal request / 삭제 요청"] + [f"{i}) {X[i]} (remove)" for i in sorted(X)])

NAVER_FOOT = """네이버 주식회사 | 경기도 성남시 분당구 정자일로 95, NAVER 1784
게시중단요청서비스: https://inoti.naver.com/inoti/main.nhn
본 메일은 발신전용입니다. 문의는 고객센터(https://help.naver.com)를 이용해 주세요."""

cases = []


def add(**c):
    cases.append(c)


# ---------------------------------------------------------------- NAVER
add(name="naver-imsijochi-numbered", **{"from": "noreply_inoti@navercorp.com"}, name_from="NAVER 게시중단요청서비스",
    date="Wed, 11 Sep 2024 16:20:03 +0900", subject="[NAVER] 게시물 임시조치 결과 안내 (KCSC-240910-01)",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요. 네이버 게시중단요청서비스입니다.

방송통신심의위원회에서 요청하신 게시물에 대하여 정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2에 따라
아래 게시물을 30일간 임시조치하였음을 알려드립니다.

1. {N[1]}
2. {N[2]}
3. {N[3]}

임시조치된 게시물은 게시자가 30일 이내에 재게시를 요청하지 않는 경우 삭제됩니다.
게시자의 재게시 요청이 있는 경우 별도로 안내드리겠습니다.

{NAVER_FOOT}""",
    outcome="applied", classification="confirmation",
    items={N[1]: "restricted", N[2]: "restricted", N[3]: "restricted"},
    imitates="NAVER 게시중단요청서비스 임시조치 통지 (Art. 44-2 notice as quoted on Korean blogs: '임시적으로 게시가 중단된 게시물')",
    why="임시조치 (30-day temporary measure) on a numbered list is restricted; the future deletion if no re-post request is not a current removal")

add(name="naver-gesijungdan-urls-below", **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Thu, 12 Sep 2024 10:05:44 +0900", subject="RE: [KCSC-240910-01] 시정요구(삭제) 요청",
    reply_to_req="req-240910-01",
    body=f"""방송통신심의위원회 담당자님께,

요청하신 건과 관련하여 아래 카페 게시물은 운영정책 위반으로 게시중단(삭제) 처리되었습니다.

{N[5]}
{N[6]}

감사합니다.
네이버 정책지원팀 드림""",
    outcome="applied", classification="confirmation",
    items={N[5]: "removed", N[6]: "removed"},
    imitates="NAVER policy-team reply to a KCSC request (statement line followed by the URLs below it)",
    why="statement above, bare URLs on the lines below; 게시중단(삭제) is a removal")

HTML_TABLE = f"""<html><body>
<p>안녕하세요, 네이버 정책지원팀입니다.</p>
<p>방송통신심의위원회 시정요구(KCSC-240910-01)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1">
<tr><th>No</th><th>게시물 URL</th><th>조치 결과</th><th>비고</th></tr>
<tr><td>1</td><td><a href="{N[7]}">{N[7]}</a></td><td>삭제</td><td>불법도박 홍보</td></tr>
<tr><td>2</td><td><a href="{N[8].replace('&', '&amp;')}">{N[8].replace('&', '&amp;')}</a></td><td>블라인드</td><td>지식iN 운영원칙 위반</td></tr>
<tr><td>3</td><td><a href="{N[9].replace('&', '&amp;')}">{N[9].replace('&', '&amp;')}</a></td><td>조치 불가</td><td>검토 결과 운영정책 위반 사항이 확인되지 않아 게시 유지</td></tr>
<tr><td>4</td><td><a href="{N[10]}">{N[10]}</a></td><td>확인 불가</td><td>존재하지 않는 게시물입니다</td></tr>
</table>
<p>운영정책: <a href="https://policy.naver.com/policy/service.html">https://policy.naver.com/policy/service.html</a></p>
<p>네이버 정책지원팀</p>
</body></html>"""
add(name="naver-html-result-table", **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Fri, 13 Sep 2024 15:40:00 +0900", subject="[회신] 시정요구 조치 결과 (KCSC-240910-01)",
    reply_to_req="req-240910-01", type="html", body=HTML_TABLE,
    outcome="applied", classification="confirmation",
    items={N[7]: "removed", N[8]: "removed", N[9]: "rejected", N[10]: "not_found"},
    imitates="Korean 시정요구 조치결과 회신 table (No / URL / 조치결과 / 비고) as Korean portals return it",
    why="HTML table: 삭제 and 블라인드 are removals, '조치 불가 … 위반 사항이 확인되지 않아 게시 유지' a rejection, '존재하지 않는 게시물' not found; the policy link is not an item")

add(name="naver-status-line-below-url", **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Fri, 13 Sep 2024 17:12:09 +0900", subject="RE: [KCSC-240910-01] 추가 회신",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요.
나머지 게시물 중 2건의 확인 결과를 알려드립니다.

{N[11]}
작성자가 이미 삭제하여 현재 확인되지 않는 게시물입니다.

{N[12]}
비공개 처리 완료

네이버 정책지원팀""",
    outcome="applied", classification="confirmation",
    items={N[11]: "not_found", N[12]: "removed"},
    imitates="NAVER support reply giving each URL with its result on the line below",
    why="status on the line below each bare URL: deleted by its author beforehand is not_found, 비공개 처리 is a removal")

CSV_TEXT = ("번호,게시물 주소,처리결과,사유\r\n"
            f"1,{N[1]},삭제,불법정보\r\n"
            f"2,{N[4]},임시조치,권리침해 신고\r\n"
            f"3,{N[13]},조치하지 않음,정상 게시물로 판단(운영정책 위반 없음)\r\n"
            f"4,{N[14]},삭제,불법정보\r\n")
CSV_B64 = b64("\ufeff" + CSV_TEXT)
add(name="naver-csv-attachment", **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Sat, 14 Sep 2024 09:30:00 +0900", subject="[회신] KCSC-240910-01 처리결과 첨부",
    reply_to_req="req-240910-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="b71csvBOUNDARY"

--b71csvBOUNDARY
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 요청하신 게시물의 처리결과를 첨부 파일(CSV)로 송부드립니다.
네이버 정책지원팀

--b71csvBOUNDARY
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240910-01.csv"
Content-Disposition: attachment; filename="result_KCSC-240910-01.csv"
Content-Transfer-Encoding: base64

{CSV_B64}
--b71csvBOUNDARY--
""",
    outcome="applied", classification="confirmation",
    items={N[1]: "removed", N[4]: "restricted", N[13]: "rejected", N[14]: "removed"},
    imitates="Korean portal result sheet sent as a CSV attachment (번호, 게시물 주소, 처리결과, 사유), UTF-8 with BOM",
    why="CSV attachment: 삭제 removed, 임시조치 restricted, 조치하지 않음 + reason (정상 게시물) rejected")

add(name="naver-top-posted-over-quoted-list", **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Thu, 12 Sep 2024 18:01:30 +0900", subject="RE: [KCSC-240910-01] 시정요구(삭제) 요청",
    reply_to_req="req-240910-01",
    body=f"""담당자님 안녕하세요.
요청 목록 중 카페 fakecafe99의 3301번 게시글({N[14]})은 운영원칙 위반으로 삭제하였습니다.
나머지 게시물은 확인 후 별도로 회신드리겠습니다.

2024년 9월 10일 (화) 오전 10:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{q(NAVER_REQ_QUOTE)}""",
    outcome="applied", classification="confirmation",
    items={N[14]: "removed"},
    imitates="Gmail-style top-posted reply over the quoted KCSC request list ('… 님이 작성:')",
    why="only the unquoted sentence counts: one item removed; the promise for the rest and the quoted list change nothing")

add(name="naver-partial-and-planned", **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Thu, 12 Sep 2024 11:45:10 +0900", subject="RE: [KCSC-240910-01] 일부 조치 안내",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요.
{N[2]} 게시물은 금일 삭제 조치하였습니다.
{N[3]} 게시물은 내부 검토가 진행 중이며, 검토 완료 후 조치할 예정입니다.

감사합니다.""",
    outcome="applied", classification="confirmation",
    items={N[2]: "removed"},
    imitates="NAVER partial reply: one item done, one promised after internal review",
    why="past-tense removal for one item; 'will act after review' for the other leaves it pending")

add(name="naver-hedged-seems-deleted", **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Fri, 13 Sep 2024 13:20:00 +0900", subject="RE: [KCSC-240910-01] 문의 회신",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요.
문의하신 아래 게시물은 카페 운영 측에서 조치한 것으로 보이나, 현재 정확한 처리 경위를 확인하고 있습니다.
확인되는 대로 다시 안내드리겠습니다.

- {N[5]}
- {N[6]}

네이버 정책지원팀""",
    outcome="review", review="not_understood",
    imitates="hedged portal reply ('조치한 것으로 보이나 … 확인하고 있습니다')",
    why="'appears to have been handled, still checking' is a hedge a clerk would not record; names items, so review, never ignored")

add(name="naver-asks-more-info", **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Wed, 11 Sep 2024 14:02:00 +0900", subject="RE: [KCSC-240910-01] 추가 자료 요청",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요. 네이버 정책지원팀입니다.
요청하신 지식iN 게시물({N[8]})에 대해서는 불법정보 판단의 근거가 되는 심의 의결서 사본을
추가로 보내주시면 검토 후 조치하겠습니다.
회신 시 접수번호 NV-2024-0911-3381 를 기재해 주세요.""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="portal request for supporting documents (심의 의결서) before acting",
    why="asks for more information about a named item; nothing is actioned")

add(name="naver-receipt-ack", **{"from": "noreply_inoti@navercorp.com"}, name_from="NAVER 게시중단요청서비스",
    date="Tue, 10 Sep 2024 10:03:12 +0900", subject="[NAVER] 게시중단 요청이 접수되었습니다",
    reply_to_req="req-240910-01", extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""안녕하세요. 네이버 게시중단요청서비스입니다.

귀하의 게시중단 요청이 정상적으로 접수되었습니다.
- 접수번호: 20240910-000457
- 접수일시: 2024.09.10 10:03
- 접수건수: 15건

처리 결과는 검토 후 이메일로 안내드리며, 진행 상황은 게시중단요청서비스에서 확인하실 수 있습니다.

{NAVER_FOOT}""",
    outcome="ignored",
    imitates="NAVER 게시중단요청서비스 접수완료 안내 (receipt: 접수번호, 접수일시, 건수)",
    why="pure receipt naming no item and stating nothing about any; ignored (acknowledgement or auto_reply)")

add(name="naver-ooo-korean", **{"from": "jh.kim@navercorp.com"}, name_from="김지훈",
    date="Tue, 10 Sep 2024 10:01:00 +0900", subject="[부재중] RE: [KCSC-240910-01] 시정요구(삭제) 요청",
    reply_to_req="req-240910-01", extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 김지훈입니다.
9월 9일부터 9월 13일까지 휴가로 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 보내주시기 바랍니다.
감사합니다.""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean Outlook out-of-office auto-reply ([부재중] subject, 휴가 안내)",
    why="out-of-office auto-reply: ignored")

add(name="naver-lookalike-sender", **{"from": "notice@navercorp-policy.com"}, name_from="NAVER 정책지원",
    date="Thu, 12 Sep 2024 20:14:00 +0900", subject="RE: [KCSC-240910-01] 조치 완료",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요.
요청하신 게시물은 모두 삭제 조치하였습니다.
{N[1]}
{N[2]}
{N[3]}""",
    outcome="review", review="unknown_sender",
    imitates="spoof attempt from a look-alike domain using a NAVER policy-team signature",
    why="navercorp-policy.com is not a NAVER sender (DMARC passes for itself only): must be seen, not applied nor ignored")

add(name="naver-dmarc-fail", **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원", auth="fail",
    date="Fri, 13 Sep 2024 08:10:00 +0900", subject="RE: [KCSC-240910-01] 조치 결과",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요.
{N[5]} 게시물은 삭제 처리되었습니다.
네이버 정책지원팀""",
    outcome="review", review="untrusted",
    imitates="otherwise perfect NAVER confirmation that fails DMARC",
    why="From navercorp.com but dmarc=fail: untrusted, review")

add(name="naver-reported-content-echo", **{"from": "noreply_inoti@navercorp.com"}, name_from="NAVER 게시중단요청서비스",
    date="Sat, 14 Sep 2024 11:00:00 +0900", subject="[NAVER] 게시중단 요청 처리 결과 안내",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요. 네이버 게시중단요청서비스입니다.

신고하신 게시물에 대하여 아래와 같이 처리되었음을 알려드립니다.
처리결과: 게시중단(임시조치 30일)

■ 신고 내역
접수번호: 20240910-000458
신고 게시물: {N[10]}
신고 사유: 불법정보(사행행위)

게시자가 재게시를 요청하는 경우 관련 법령에 따라 처리됩니다.

{NAVER_FOOT}""",
    outcome="applied", classification="confirmation",
    items={N[10]: "restricted"},
    imitates="NAVER 게시중단 처리결과 notice: result line about 'the reported post' followed by the echoed report (신고 내역)",
    why="statement about the reported content, followed by the echoed report naming it; 게시중단 as 임시조치 30일 is the temporary measure, read as restricted (arguable: see NOTES)")

add(name="naver-korean-particles-fullwidth", **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Fri, 13 Sep 2024 16:00:00 +0900", subject="RE: [KCSC-240910-01] 블로그/TV 조치",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요.
{N[12]}에 대해서는 블라인드 처리를 완료하였습니다.
또한 네이버TV 영상（{N[13]}）은 운영자에 의해 삭제되었습니다。
감사합니다.""",
    outcome="applied", classification="confirmation",
    items={N[12]: "removed", N[13]: "removed"},
    imitates="NAVER support reply with URLs glued to Korean particles and full-width brackets",
    why="URL followed by 에, URL inside full-width parentheses; 블라인드 and 운영자에 의해 삭제 are removals")

add(name="naver-sijeong-result-form", **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Sat, 14 Sep 2024 14:30:00 +0900", subject="[시정요구 조치결과 통보] KCSC-240910-01",
    reply_to_req="req-240910-01",
    body=f"""시정요구 조치결과 통보

1. 귀 위원회의 시정요구(KCSC-240910-01)와 관련입니다.
2. 위 시정요구에 대한 당사의 조치결과를 다음과 같이 통보합니다.

 가. 대상: {N[1]}
     조치결과: 이행 (삭제)
     조치일자: 2024.09.12
 나. 대상: {N[2]}
     조치결과: 미이행
     사유: 검토 결과 불법정보에 해당하지 않는 것으로 판단되어 게시를 유지함

네이버 주식회사 정책지원팀장""",
    outcome="applied", classification="confirmation",
    items={N[1]: "removed", N[2]: "rejected"},
    imitates="Korean official 시정요구 조치결과 통보 form (1./2. 가./나., 이행/미이행, 조치일자)",
    why="이행(삭제) is removed; 미이행 with the reason that it is not illegal and stays up is a rejection")

BODY_B64 = b64(f"""안녕하세요.
요청하신 카페 게시물 {N[7]} 은 금일 삭제 조치되었습니다.
감사합니다.
네이버 정책지원팀
""")
add(name="naver-base64-body", **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Thu, 12 Sep 2024 09:10:00 +0900", subject="RE: [KCSC-240910-01]",
    reply_to_req="req-240910-01",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{BODY_B64}
""",
    outcome="applied", classification="confirmation",
    items={N[7]: "removed"},
    imitates="short Korean webmail reply sent base64-encoded",
    why="base64 body; one item removed")

add(name="naver-raw-korean-iri", **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Fri, 13 Sep 2024 11:11:00 +0900", subject="RE: [KCSC-240910-01] 카페 게시글",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요.
{N15_RAW} 게시글은 카페 운영원칙 위반으로 삭제되었습니다.
카페 운영원칙: https://section.cafe.naver.com/ca-fe/home/rules
감사합니다.""",
    outcome="applied", classification="confirmation",
    items={N[15]: "removed"},
    imitates="NAVER cafe deletion reply with the cafe path written in raw Hangul",
    why="raw Hangul IRI matches the item stored percent-encoded; the rules link is not an item")

add(name="naver-bulk-all-done", **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Sat, 14 Sep 2024 18:00:00 +0900", subject="RE: [KCSC-240910-01] 조치 완료",
    reply_to_req="req-240910-01",
    body="""안녕하세요.
KCSC-240910-01 건으로 요청하신 게시물 전체에 대하여 조치를 완료하였습니다.
감사합니다.
네이버 정책지원팀""",
    outcome="review", review="bulk",
    imitates="one-line bulk '전체 조치 완료' reply naming no item",
    why="a bulk claim about the whole request without item-level statements; config says bulk_confirmations=review (arguable reason: not_understood)")

add(name="naver-transferred-no-status", **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Fri, 13 Sep 2024 10:30:00 +0900", subject="RE: [KCSC-240910-01] 담당 부서 이관",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요.
{N[9]} 관련 건은 담당 부서(네이버 포스트 운영팀)로 이관하였습니다.
해당 부서에서 별도로 연락드릴 예정입니다.""",
    outcome="review", review="not_understood",
    imitates="portal reply forwarding a case to another internal team",
    why="names a requested item but says nothing about its status: must go to review, not be ignored")

# ---------------------------------------------------------------- Kakao / Daum
add(name="daum-imsijochi-notice", **{"from": "noreply@daum.net"}, name_from="Daum 고객센터",
    date="Thu, 12 Sep 2024 13:00:00 +0900", subject="[Daum] 권리침해 신고 게시물 임시조치 안내",
    reply_to_req="req-240911-01",
    body=f"""안녕하세요, Daum 고객센터입니다.

접수하신 권리침해 신고에 따라 아래 게시물에 대해 임시조치(30일간 게시 중단)를 하였습니다.

- 게시물 주소: {K[2]}
- 조치 일시: 2024.09.12 12:40

임시조치 기간 중 게시자는 재게시를 요청할 수 있으며, 그 결과는 별도로 안내드립니다.
카카오 운영정책: https://www.kakao.com/policy/oppolicy

ⓒ Kakao Corp.""",
    outcome="applied", classification="confirmation",
    items={K[2]: "restricted"},
    imitates="Daum/Kakao 권리침해 신고 임시조치 안내 mail",
    why="임시조치 (30일간 게시 중단) is restricted; policy link not an item")

add(name="kakao-per-line-mixed", **{"from": "policy@kakaocorp.com"}, name_from="카카오 정책팀",
    date="Fri, 13 Sep 2024 17:30:00 +0900", subject="RE: [KCSC-240911-01] 시정요구(삭제) 요청 회신",
    reply_to_req="req-240911-01",
    body=f"""안녕하세요, 카카오 정책팀입니다. 요청 건별 처리 결과입니다.

* {K[1]} - 삭제 완료
* {K[3]} - 해당 게시물이 존재하지 않습니다
* {K[4]} - 검토 결과 브런치 운영정책 위반 사항이 확인되지 않아 별도 조치를 취하지 않았습니다

감사합니다.""",
    outcome="applied", classification="confirmation",
    items={K[1]: "removed", K[3]: "not_found", K[4]: "rejected"},
    imitates="Kakao policy-team per-line result list (bulleted, URL - 결과)",
    why="three statuses in one bulleted list; 'no violation found so no action' is a rejection")

add(name="kakao-outlook-quoted-already-gone", **{"from": "policy@kakaocorp.com"}, name_from="카카오 정책팀",
    date="Sat, 14 Sep 2024 10:20:00 +0900", subject="RE: [KCSC-240911-01] 시정요구(삭제) 요청",
    reply_to_req="req-240911-01",
    body=f"""담당자님,
말씀하신 다음 카페 게시물({K[5]})은 저희가 확인했을 때 이미 삭제되어 존재하지 않았습니다.

-----Original Message-----
From: 방송통신심의위원회 <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 11:00 AM
To: policy@kakaocorp.com
Subject: [KCSC-240911-01] 시정요구(삭제) 요청

{KAKAO_REQ_QUOTE}""",
    outcome="applied", classification="confirmation",
    items={K[5]: "not_found"},
    imitates="Outlook reply with '-----Original Message-----' block quoting the whole request unprefixed",
    why="only the text above the Original Message block counts; already deleted when checked is not_found")

add(name="kakao-under-review", **{"from": "policy@kakaocorp.com"}, name_from="카카오 정책팀",
    date="Thu, 12 Sep 2024 09:00:00 +0900", subject="RE: [KCSC-240911-01] 검토 중 안내",
    reply_to_req="req-240911-01",
    body=f"""안녕하세요.
요청하신 {K[1]} 및 {K[3]} 게시물은 현재 내부 검토 중이며, 결과는 추후 안내드리겠습니다.""",
    outcome="review", review="not_understood",
    imitates="'under review, will inform later' portal reply naming the items",
    why="under review / future tense about named items: nothing to apply, but must not be ignored")

add(name="kakao-english-geo-block", **{"from": "trust-safety@kakaocorp.com"}, name_from="Kakao Trust & Safety",
    date="Fri, 13 Sep 2024 19:45:00 +0900", subject="Re: [KCSC-240911-01] Request for removal",
    reply_to_req="req-240911-01",
    body=f"""Dear KCSC team,

Following our review, access to the Tistory post {K[3]} has been blocked for users in Korea.
The blog owner has been notified and may file an objection through our help center
(https://cs.kakao.com/helps?service=17).

Best regards,
Kakao Trust & Safety""",
    outcome="applied", classification="confirmation",
    items={K[3]: "restricted"},
    imitates="English trust-and-safety reply (geo-block 'for users in Korea' with objection/help link)",
    why="blocked for users in one country is a restriction; the help-center link is not an item")

add(name="kakao-statement-then-echoed-report", **{"from": "noreply@daum.net"}, name_from="Daum 고객센터",
    date="Fri, 13 Sep 2024 08:30:00 +0900", subject="[Daum] 신고 처리 결과",
    reply_to_req="req-240911-01",
    body=f"""We have removed the reported content for violating our operating policy.
신고하신 콘텐츠는 운영정책 위반으로 삭제되었습니다.

---- 신고 내용 (Your report) ----
신고 대상: {K[1]}
신고 유형: 명예훼손
신고 일시: 2024-09-11 11:00""",
    outcome="applied", classification="confirmation",
    items={K[1]: "removed"},
    imitates="bilingual report-outcome notice: statement about 'the reported content' then the echoed report",
    why="the statement is about the reported content, identified by the echoed report below it")

add(name="kakao-bounce-dsn", **{"from": "MAILER-DAEMON@daum.net"}, name_from="Mail Delivery System",
    date="Wed, 11 Sep 2024 11:00:40 +0900", subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b71dsn"

--b71dsn
Content-Type: text/plain; charset=utf-8

This is the mail system at host mx.daum.net.
I'm sorry to have to inform you that your message could not be delivered.

<report-old@daum.net>: host mx.daum.net said: 550 5.1.1 User unknown

--b71dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.daum.net
Final-Recipient: rfc822; report-old@daum.net
Action: failed
Status: 5.1.1

--b71dsn
Content-Type: text/rfc822-headers

From: takedown@kcsc.example
To: report-old@daum.net
Subject: [KCSC-240911-01] 시정요구(삭제) 요청
Message-ID: <req-240911-01@kcsc.example>

--b71dsn--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN 'Undelivered Mail Returned to Sender' for a copy of our request",
    why="bounce: ignored, items unchanged")

# ---------------------------------------------------------------- YouTube (Google Korea)
add(name="yt-ko-legal-geo-and-removed", **{"from": "legal-kr@google.com"}, name_from="YouTube 법무팀",
    date="Fri, 13 Sep 2024 15:00:00 +0900", subject="[0-7812000033471] 방송통신심의위원회 요청 관련",
    reply_to_req="req-240912-01",
    body=f"""안녕하세요.

YouTube에 보내주신 요청과 관련하여 연락드립니다.
검토 결과 현지 법률에 따라 다음 콘텐츠에 대해 대한민국 내 액세스를 차단했습니다.
{Y[1]}
{Y[2]}

또한 다음 콘텐츠는 YouTube 커뮤니티 가이드 위반으로 YouTube에서 삭제되었습니다.
{Y[3]}

감사합니다.
YouTube 법무팀

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
YouTube 법률 지원: https://support.google.com/legal/answer/3110420""",
    outcome="applied", classification="confirmation",
    items={Y[1]: "restricted", Y[2]: "restricted", Y[3]: "removed"},
    imitates="YouTube/Google legal removals reply in Korean (country block under local law vs. removal for Community Guidelines), ticket number subject",
    why="statement line, URLs on the lines below; country block = restricted, deleted for guidelines = removed; legal help link not an item")

add(name="yt-en-no-action", **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Sat, 14 Sep 2024 02:10:00 +0900", subject="Re: [0-7812000033471] KCSC request",
    reply_to_req="req-240912-01",
    body=f"""Hello,

Thank you for reaching out. We have reviewed the content at the URL below and have decided
not to take action, as it does not appear to violate YouTube's Community Guidelines or local law.

{Y[4]}

You can learn more about our policies at https://support.google.com/youtube/answer/2801939.

Regards,
The YouTube Team""",
    outcome="applied", classification="confirmation",
    items={Y[4]: "rejected"},
    imitates="YouTube 'we have decided not to take action' legal reply with Community Guidelines link",
    why="negated action together with the reason (no violation) is a rejection; 'does not appear' qualifies the reason, not the decision (arguable, see NOTES)")

YT_ALT_TEXT = f"""안녕하세요, YouTube 팀입니다.
신고하신 Shorts 동영상({Y[4]})에 연령 제한이 적용되었습니다.
이제 만 18세 미만 사용자와 로그아웃 상태의 사용자는 이 동영상을 볼 수 없습니다.
"""
YT_ALT_HTML = f"""<html><body><p>안녕하세요, YouTube 팀입니다.</p>
<p>신고하신 Shorts 동영상(<a href="{Y[4]}">{Y[4]}</a>)에 연령 제한이 적용되었습니다.</p>
<p>이제 만 18세 미만 사용자와 로그아웃 상태의 사용자는 이 동영상을 볼 수 없습니다.</p>
<p><a href="https://support.google.com/youtube/answer/2802167">연령 제한 콘텐츠 자세히 알아보기</a></p></body></html>
"""
add(name="yt-age-restricted-alternative", **{"from": "noreply@youtube.com"}, name_from="YouTube",
    date="Mon, 16 Sep 2024 10:00:00 +0900", subject="신고 결과: 동영상에 연령 제한 적용",
    reply_to_req="req-240912-01",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="b71alt"

--b71alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(YT_ALT_TEXT)}
--b71alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(YT_ALT_HTML)}
--b71alt--
""",
    outcome="applied", classification="confirmation",
    items={Y[4]: "restricted"},
    imitates="YouTube report-outcome mail 'age restriction applied' (multipart/alternative, base64)",
    why="age restriction is a restriction; both parts say the same thing")

add(name="yt-read-receipt", **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 09:40:00 +0900", subject="읽음: [KCSC-240912-01] 삭제 요청",
    reply_to_req="req-240912-01",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="b71mdn"

--b71mdn
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240912-01] 삭제 요청"을(를) 수신자가 2024-09-12 오전 9:40에 읽었습니다.

--b71mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.google.com
Final-Recipient: rfc822; legal-kr@google.com
Original-Message-ID: <req-240912-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b71mdn--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean-locale MDN read receipt ('읽음:' subject, disposition-notification)",
    why="read receipt: ignored")

add(name="google-search-delisting-x-urls", **{"from": "legal-kr@google.com"}, name_from="Google 법무팀",
    date="Mon, 16 Sep 2024 11:30:00 +0900", subject="[0-7812000033990] Google 검색 삭제 요청 결과",
    reply_to_req="req-240913-01",
    body=f"""안녕하세요.
Google 검색에서 다음 URL을 검색결과에서 삭제했습니다.
{X[1]}
{X[2]}
해당 콘텐츠는 원래 게시된 웹사이트에 계속 존재할 수 있으며, 삭제를 원하시면 웹사이트 운영자에게 문의하시기 바랍니다.
Google 법무팀""",
    outcome="review", review="wrong_platform",
    imitates="Google Search legal removal result (delisting; 'content may still exist on the website')",
    why="Google (trusted for YouTube) states search delisting of X's items: not X's statement; review, never applied (arguable reason: not_understood/unmatched_claims)")

# ---------------------------------------------------------------- X
add(name="x-withheld-in-korea", **{"from": "legal@x.com"}, name_from="X Legal",
    date="Sat, 14 Sep 2024 06:20:00 +0900", subject="Re: [KCSC-240913-01] Removal request [ref:_00D_kr71]",
    reply_to_req="req-240913-01",
    body=f"""Hello,

We have reviewed your request. In accordance with applicable local law, we have withheld
the following content in Korea:

1. {X[1]}
2. {X[2]}

The account holder has been notified. For more information on country withheld content,
see https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal

ref:_00D_kr71""",
    outcome="applied", classification="confirmation",
    items={X[1]: "restricted", X[2]: "restricted"},
    imitates="X (Twitter) legal reply 'we have withheld the following content in [country]' with ref tag and help link",
    why="country-withheld content is restricted; help link not an item")

add(name="x-ko-no-violation", **{"from": "legal@x.com"}, name_from="X 법무팀",
    date="Mon, 16 Sep 2024 13:00:00 +0900", subject="Re: [KCSC-240913-01] 삭제 요청 회신",
    reply_to_req="req-240913-01",
    body=f"""안녕하세요.
요청하신 게시물 {X[3]} 을 검토하였으나 X 규칙 또는 현지 법률을 위반하지 않는 것으로 판단되어 조치하지 않았습니다.
X 규칙: https://help.x.com/ko/rules-and-policies/x-rules
감사합니다.""",
    outcome="applied", classification="confirmation",
    items={X[3]: "rejected"},
    imitates="X Korean-language 'no violation, no action' reply",
    why="negated action with a no-violation reason is a rejection")

add(name="x-author-deleted-gmail-quote", **{"from": "legal@x.com"}, name_from="X Legal",
    date="Tue, 17 Sep 2024 03:00:00 +0900", subject="Re: [KCSC-240913-01] Removal request",
    reply_to_req="req-240913-01",
    body=f"""Hello,

The post at {X[1]} was deleted by the account owner before our review, so there was nothing
left for us to action.

On Fri, Sep 13, 2024 at 2:00 PM KCSC <takedown@kcsc.example> wrote:
{q(X_REQ_QUOTE)}""",
    outcome="applied", classification="confirmation",
    items={X[1]: "not_found"},
    imitates="X legal reply 'deleted by the account owner' over a Gmail 'On … wrote:' quote",
    why="deleted by its author before review is not_found; quoted '(remove)' lines count for nothing")

add(name="x-case-ack", **{"from": "noreply@x.com"}, name_from="X Support",
    date="Fri, 13 Sep 2024 14:01:00 +0900", subject="Case# 0119283746: Your report has been received [ref:_00D_kr71]",
    reply_to_req="req-240913-01", extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

Thank you for your report. We have received it and a case has been created (Case# 0119283746).
Our team will review your submission; please do not reply to this email.

X Support""",
    outcome="ignored",
    imitates="X support automatic case-created receipt",
    why="pure acknowledgement (case created), no item named: ignored")

# ---------------------------------------------------------------- TikTok
add(name="tiktok-ko-removed-and-restricted", **{"from": "legal-kr@tiktok.com"}, name_from="TikTok 법무팀",
    date="Tue, 17 Sep 2024 16:00:00 +0900", subject="RE: [KCSC-240916-01] 동영상 삭제 요청",
    reply_to_req="req-240916-01",
    body=f"""안녕하세요, TikTok입니다.

보내주신 요청을 검토한 결과를 아래와 같이 알려드립니다.
1) {T[1]}
   → 커뮤니티 가이드 위반으로 삭제되었습니다.
2) {T[2]}
   → 현지 법률에 따라 대한민국에서 이용이 제한되었습니다.

커뮤니티 가이드: https://www.tiktok.com/community-guidelines/ko
TikTok 법무팀""",
    outcome="applied", classification="confirmation",
    items={T[1]: "removed", T[2]: "restricted"},
    imitates="TikTok Korean law-enforcement/legal reply with numbered items and arrow results",
    why="numbered list, result on the line below each URL: removed and country-restricted")

add(name="tiktok-lookalike-sender", **{"from": "safety@tiktok-kr-safety.com"}, name_from="TikTok",
    date="Wed, 18 Sep 2024 09:00:00 +0900", subject="RE: [KCSC-240916-01] 조치 완료",
    reply_to_req="req-240916-01",
    body=f"""안녕하세요.
요청하신 동영상 {T[1]} 및 {T[2]} 은 모두 삭제되었습니다.""",
    outcome="review", review="unknown_sender",
    imitates="spoofed platform reply from an unknown look-alike domain",
    why="unknown sender naming our items: review, never applied or ignored")

# ---------------------------------------------------------------- Telegram
add(name="tg-blocked-for-korea", **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Wed, 18 Sep 2024 22:10:00 +0900", subject="Re: [KCSC-240917-01] Removal request",
    reply_to_req="req-240917-01",
    body=f"""Hello,

Thanks for your report. The post {G[1]} has been blocked and is no longer available to users in South Korea.

Telegram Abuse Team""",
    outcome="applied", classification="confirmation",
    items={G[1]: "restricted"},
    imitates="Telegram abuse-desk short reply ('blocked … for users in [country]')",
    why="blocked for users in one country = restricted (arguable vs removed, see NOTES)")

add(name="tg-autoreply", **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Tue, 17 Sep 2024 10:00:30 +0900", subject="Re: [KCSC-240917-01] Removal request",
    reply_to_req="req-240917-01", extra_headers=["Auto-Submitted: auto-replied"],
    body="""This is an automated message. We have received your email and will get back to you if needed.
Please do not send repeated messages about the same issue.""",
    outcome="ignored",
    imitates="Telegram abuse mailbox automatic acknowledgement",
    why="automatic receipt with no statement about items: ignored")

HEADER = """# Blind set 71 (issue 11): Korean-heavy general mix. Written blind from
# each email's meaning before any run. Generated by make.py; do not edit."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind71", HEADER, cases)
