#!/usr/bin/env python3
"""Blind set 39 (issue 11): a general mix in Korean (NAVER, Kakao/Daum,
Korean offices of global platforms) plus doubtful and ignorable mail.
Deterministic: run `python3 make.py` to rewrite requests.csv, cases/, expected.toml."""
import base64, csv, io, os, quopri, sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpuslib import write_set  # noqa: E402

N = {
 1: "https://blog.naver.com/dalbit_story22/223561234501",
 2: "https://blog.naver.com/dalbit_story22/223561234502",
 3: "https://blog.naver.com/sunnyday_kr/223570001111",
 4: "https://cafe.naver.com/moneytalk2024/15523",
 5: "https://cafe.naver.com/moneytalk2024/15524",
 6: "https://cafe.naver.com/ghostlounge/882",
 7: "https://post.naver.com/viewer/postView.naver?volumeNo=38112233&memberNo=5512345",
 8: "https://tv.naver.com/v/58123456",
 9: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471234567",
 10: "https://blog.naver.com/moonlight_77/223580009876",
 11: "https://cafe.naver.com/stockpick88/30021",
 12: "https://cafe.naver.com/stockpick88/30022",
 13: "https://blog.naver.com/haneul_memo/223590000321",
 14: "https://tv.naver.com/v/58123999",
}
K = {
 1: "https://cafe.daum.net/fakecafe77/Bx9a/1024",
 2: "https://cafe.daum.net/fakecafe77/Bx9a/1031",
 3: "https://v.daum.net/v/20240905123456789",
 4: "https://pf.kakao.com/_xAbCdE/105567890",
 5: "https://moonwalker88.tistory.com/212",
 6: "https://tv.kakao.com/v/445566778",
}
HANDLE = "가짜뉴스채널"
Y = {
 1: "https://www.youtube.com/watch?v=Qw3rTy7uIo1",
 2: "https://www.youtube.com/watch?v=Qw3rTy7uIo2",
 3: "https://www.youtube.com/shorts/Zx8cVb6nMa3",
 4: "https://www.youtube.com/@" + quote(HANDLE),  # stored percent-encoded
}
Y4RAW = "https://www.youtube.com/@" + HANDLE
X = {
 1: "https://x.com/fake_kr_acct1/status/1832000000000000101",
 2: "https://x.com/fake_kr_acct1/status/1832000000000000102",
 3: "https://x.com/another_fake9/status/1832000000000000203",
}
T = {1: "https://t.me/fake_kr_chan/1201", 2: "https://t.me/fake_kr_chan/1202"}

REQS = [
 ("KCSC-240909-01", "naver", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", [N[i] for i in range(1, 15)], "req-240909-01"),
 ("KCSC-240910-01", "kakao", "2024-09-10T11:00:00+09:00", "2024-09-17T18:00:00+09:00", [K[i] for i in range(1, 6)], "req-240910-01"),
 ("KCSC-240911-01", "youtube", "2024-09-11T09:30:00+09:00", "2024-09-18T18:00:00+09:00", [Y[i] for i in range(1, 5)], "req-240911-01"),
 ("KCSC-240912-01", "x", "2024-09-12T14:00:00+09:00", "2024-09-19T18:00:00+09:00", [X[i] for i in range(1, 4)], "req-240912-01"),
 ("KCSC-240913-01", "telegram", "2024-09-13T10:00:00+09:00", "2024-09-20T18:00:00+09:00", [T[1], T[2]], "req-240913-01"),
 ("KCSC-240916-01", "kakao", "2024-09-16T15:00:00+09:00", "2024-09-23T18:00:00+09:00", [K[6]], "req-240916-01"),
]

def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, s, d, urls, mid in REQS:
        for u in urls:
            w.writerow([ref, plat, s, d, u, "illegal_info", f"<{mid}@kcsc.example>", ""])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

def quoted_req(ref, urls, lead="> "):
    lines = [f"[방송통신심의위원회] 시정요구 ({ref})", "",
             "아래 정보에 대하여 삭제 또는 접속차단 등 시정을 요구합니다.", ""]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "처리 결과를 회신하여 주시기 바랍니다. 삭제 완료 여부를 URL별로 알려주십시오."]
    return "\n".join(lead + l if l else lead.rstrip() for l in lines)

def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii")

def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")

NAVER_FOOT = """--
NAVER 고객센터 | 게시중단요청서비스 https://right.naver.com/
본 메일은 발신전용이 아니며, 회신 시 담당 부서로 전달됩니다.
(주)네이버 경기도 성남시 분당구 정자일로 95 | 네이버 운영정책 https://policy.naver.com/policy/service.html"""

KAKAO_FOOT = """--
카카오 고객센터 https://cs.kakao.com/
Daum 운영정책 https://policy.daum.net/
(주)카카오 제주특별자치도 제주시 첨단로 242"""

def cases():
    C = []
    def add(**kw):
        C.append(kw)

    # ---------------- NAVER (KCSC-240909-01, 14 items) ----------------
    add(name="naver-html-table-mixed", **{"from": "right@navercorp.com"}, name_from="NAVER 게시중단요청서비스",
        date="Tue, 10 Sep 2024 16:20:00 +0900", subject="[NAVER] 시정요구(KCSC-240909-01) 처리 결과 회신",
        reply_to_req="req-240909-01", type="html",
        body=f"""<html><body>
<p>안녕하세요. 네이버 게시중단요청서비스 담당자입니다.</p>
<p>방송통신심의위원회에서 요청하신 시정요구(KCSC-240909-01)에 대한 처리 결과를 아래와 같이 안내드립니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>처리 결과</th><th>처리 일시</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>삭제</td><td>2024.09.10 14:02</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>삭제</td><td>2024.09.10 14:02</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>임시조치(30일)</td><td>2024.09.10 14:05</td></tr>
<tr><td>4</td><td>{N[4]}</td><td>게시중단</td><td>2024.09.10 14:09</td></tr>
</table>
<p>나머지 게시물은 검토가 끝나는 대로 별도로 회신드리겠습니다.</p>
<p>네이버 운영정책: <a href="https://policy.naver.com/policy/service.html">https://policy.naver.com/policy/service.html</a></p>
<p>감사합니다.<br>NAVER 게시중단요청서비스 드림</p>
</body></html>""",
        outcome="applied", classification="confirmation",
        items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "removed"},
        imitates="NAVER 게시중단요청서비스 처리결과 안내 (번호/URL/처리결과/처리일시 table), right.naver.com",
        why="HTML table with 삭제, 임시조치(30일) and 게시중단 per row; the remaining items are only promised and stay pending; the policy link is not an item.")

    add(name="naver-status-below-bare-url", **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
        date="Wed, 11 Sep 2024 10:12:00 +0900", subject="RE: [방송통신심의위원회] 시정요구 KCSC-240909-01",
        reply_to_req="req-240909-01",
        body=f"""방송통신심의위원회 담당자님께,

요청하신 건 중 아래 3건의 처리 결과를 알려드립니다.

{N[5]}
카페 운영원칙에 따라 블라인드 처리되었습니다.

{N[6]}
해당 게시물은 작성자가 이미 삭제하여 확인되지 않습니다.

{N[7]}
검토 결과 법령 및 운영정책 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.

네이버 정책지원팀 드림
{NAVER_FOOT}

{quoted_req("KCSC-240909-01", [N[5], N[6], N[7]])}""",
        outcome="applied", classification="confirmation",
        items={N[5]: "removed", N[6]: "not_found", N[7]: "rejected"},
        imitates="NAVER 카페 신고 처리 결과 메일 ('블라인드 처리', '작성자 삭제로 확인 불가', '위반사항 미확인') with our request quoted below",
        why="Status on the line below each bare URL in three different families (blind=removed, deleted by author=not_found, no violation/no action=rejected); the quoted request with '삭제 완료' wording does not count.")

    add(name="naver-tv-age-restricted", **{"from": "tv_help@navercorp.com"}, name_from="네이버TV 고객센터",
        date="Wed, 11 Sep 2024 15:40:00 +0900", subject="[네이버TV] 영상 신고 처리 결과 안내",
        reply_to_req="req-240909-01",
        body=f"""안녕하세요, 네이버TV입니다.

요청하신 영상 {N[8]} 은 재생이 중지되었으며 비공개 처리되었습니다.
또한 {N[14]} 영상은 청소년 유해 정보에 해당하여 성인 인증 후에만 볼 수 있도록 연령 제한을 적용하였습니다.

자세한 기준은 네이버TV 운영정책(https://tv.naver.com/policy)을 참고해 주세요.

네이버TV 드림""",
        outcome="applied", classification="confirmation",
        items={N[8]: "removed", N[14]: "restricted"},
        imitates="네이버TV 신고 처리 결과 안내 (재생 중지/비공개, 19세 연령 제한)",
        why="Prose: 재생 중지·비공개 처리 is a removal; an age restriction (성인 인증 후 시청) is a restriction.")

    add(name="naver-kin-operator-deleted", **{"from": "kin_help@naver.com"}, name_from="지식iN",
        date="Thu, 12 Sep 2024 09:05:00 +0900", subject="[지식iN] 게시물 처리 안내 (KCSC-240909-01)",
        body=f"""안녕하세요. 네이버 지식iN 운영자입니다.

시정요구(KCSC-240909-01)로 접수된 질문 게시물
<{N[9]}>
은(는) 지식iN 운영원칙 위반으로 운영자에 의해 삭제되었습니다.

이용해 주셔서 감사합니다.
{NAVER_FOOT}""",
        outcome="applied", classification="confirmation",
        items={N[9]: "removed"},
        imitates="네이버 지식iN '운영자에 의해 삭제된 게시물' 안내",
        why="URL in angle brackets with a query string, statement on the following line: deletion by the operator is a removal; no In-Reply-To, matched by reference.")

    big = [(1, "삭제"), (2, "삭제"), (3, "삭제"), (4, "삭제"), (5, "삭제"), (6, "삭제"),
           (7, "비공개 처리"), (8, "삭제"), (9, "존재하지 않는 게시물(이미 삭제됨)"),
           (10, "임시조치(30일간 게시 중단)"), (11, "위반 사항 없음 - 게시물 유지"),
           (12, "삭제"), (13, "삭제"), (14, "국내 접속 차단")]
    st = {"삭제": "removed", "비공개 처리": "removed", "존재하지 않는 게시물(이미 삭제됨)": "not_found",
          "임시조치(30일간 게시 중단)": "restricted", "위반 사항 없음 - 게시물 유지": "rejected",
          "국내 접속 차단": "restricted"}
    add(name="naver-numbered-all-14", **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
        date="Fri, 13 Sep 2024 17:30:00 +0900", subject="[네이버] 시정요구 KCSC-240909-01 조치결과 (최종)",
        reply_to_req="req-240909-01",
        body="방송통신심의위원회 귀중\n\n귀 위원회의 시정요구(KCSC-240909-01, 14건)에 대한 조치결과를 다음과 같이 회신합니다.\n\n"
             + "\n".join(f"{i}. {N[i]} : {s}" for i, s in big)
             + "\n\n11번 게시물은 내부 검토 결과 네이버 운영정책 위반에 해당하지 않아 게시를 유지하기로 결정하였습니다.\n"
               "이의가 있으시면 회신 부탁드립니다.\n\n네이버 주식회사 정책지원팀\n" + NAVER_FOOT,
        outcome="applied", classification="confirmation",
        items={N[i]: st[s] for i, s in big},
        imitates="KCSC 시정요구 조치결과 회신 공문 형식 (귀 위원회의 시정요구에 대한 조치결과를 다음과 같이 회신합니다, numbered 'URL : 결과')",
        why="The largest request answered in one numbered list with five status families including 국내 접속 차단 (restricted) and 게시물 유지 (rejected).")

    csvtext = "번호,URL,처리결과,비고\r\n" + "\r\n".join([
        f"10,{N[10]},삭제,명예훼손",
        f"11,{N[11]},삭제,불법 금융정보",
        f"12,{N[12]},임시조치,권리침해 신고",
        f"13,{N[13]},URL 오류(존재하지 않음),",
        f"14,{N[14]},조치 불가(위반 아님),",
    ]) + "\r\n"
    add(name="naver-csv-attachment", **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
        date="Thu, 12 Sep 2024 11:00:00 +0900", subject="[네이버] 시정요구 처리결과 첨부 (KCSC-240909-01)",
        reply_to_req="req-240909-01",
        raw_mime=f"""Content-Type: multipart/mixed; boundary="nv-b39-csv"

--nv-b39-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 네이버 정책지원팀입니다.
요청하신 게시물 중 10~14번의 처리결과를 첨부 파일로 송부드립니다.
감사합니다.

--nv-b39-csv
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240909-01.csv"
Content-Disposition: attachment; filename="result_KCSC-240909-01.csv"
Content-Transfer-Encoding: base64

{b64(csvtext)}
--nv-b39-csv--
""",
        outcome="applied", classification="confirmation",
        items={N[10]: "removed", N[11]: "removed", N[12]: "restricted", N[13]: "not_found", N[14]: "rejected"},
        imitates="네이버 처리결과 일괄 회신 (엑셀/CSV 첨부: 번호, URL, 처리결과, 비고)",
        why="Base64 CSV attachment with per-row results; '조치 불가(위반 아님)' is a rejection with a reason, 'URL 오류(존재하지 않음)' is not found.")

    add(name="naver-echoed-report-temp-measure", **{"from": "right@navercorp.com"}, name_from="NAVER 게시중단요청서비스",
        date="Tue, 10 Sep 2024 19:00:00 +0900", subject="[NAVER] 게시중단(임시조치) 처리 완료 안내",
        reply_to_req="req-240909-01",
        body=f"""안녕하세요. 네이버 게시중단요청서비스입니다.

신고해 주신 게시물은 정보통신망법 제44조의2에 따라 임시조치(30일간 게시 중단)되었습니다.
게시자는 임시조치 기간 내에 재게시를 요청할 수 있으며, 재게시 요청이 있는 경우 별도로 안내드립니다.

[신고 내용]
신고번호: R-2024091000731
신고 유형: 명예훼손
신고 게시물:
 - {N[3]}
 - {N[10]}

게시중단요청서비스 안내: https://right.naver.com/introduce
{NAVER_FOOT}""",
        outcome="applied", classification="confirmation",
        items={N[3]: "restricted", N[10]: "restricted"},
        imitates="NAVER 게시중단요청서비스 '임시조치 처리 완료' 메일 with echoed 신고 내용 block (신고번호, 신고 유형, 신고 게시물)",
        why="Statement about 'the reported content' followed by the echoed report that lists it; 임시조치 is a restriction; right.naver.com links are not items.")

    qbody = f"""안녕하세요. 네이버 카페 운영팀입니다.

요청하신 게시물의 처리 결과입니다.

- {N[11]} : 삭제 완료
- {N[12]} : 유효하지 않은 URL입니다. 해당 주소의 게시물이 존재하지 않습니다.

네이버 카페 고객센터 https://help.naver.com/service/5637/
"""
    add(name="naver-quoted-printable-cafe", **{"from": "cafe_help@naver.com"}, name_from="네이버 카페",
        date="Wed, 11 Sep 2024 13:13:00 +0900", subject="=?UTF-8?B?" + base64.b64encode("[네이버 카페] 처리 결과".encode()).decode() + "?=",
        reply_to_req="req-240909-01",
        raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(qbody)}""",
        outcome="applied", classification="confirmation",
        items={N[11]: "removed", N[12]: "not_found"},
        imitates="네이버 카페 고객센터 답변 메일 (bulleted 'URL : 결과'), encoded subject and quoted-printable body",
        why="Quoted-printable Korean body with a bulleted list: 삭제 완료 = removed, 유효하지 않은 URL / 존재하지 않습니다 = not_found.")

    add(name="naver-hedged-will-delete", **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
        date="Tue, 10 Sep 2024 09:40:00 +0900", subject="RE: 시정요구 KCSC-240909-01",
        reply_to_req="req-240909-01",
        body=f"""안녕하세요.

요청하신 게시물 중
{N[1]}
{N[2]}
는 내부 검토 후 삭제될 예정입니다. 검토가 완료되면 결과를 다시 안내드리겠습니다.

네이버 정책지원팀""",
        outcome="review", review="not_understood",
        imitates="네이버 고객센터 중간 회신 ('검토 후 조치 예정')",
        why="Future tense (삭제될 예정) about two named items: nothing is done yet, but a trusted statement naming items must reach a human, not be ignored.")

    add(name="naver-partial-under-review", **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
        date="Tue, 10 Sep 2024 18:05:00 +0900", subject="RE: [KCSC-240909-01] 처리 현황",
        reply_to_req="req-240909-01",
        body=f"""담당자님 안녕하세요.

{N[4]} 게시물은 삭제 조치를 완료하였습니다.
{N[5]} 게시물은 현재 법무 검토 중이며, 결과가 나오는 대로 회신드리겠습니다.

감사합니다.
네이버 정책지원팀
{NAVER_FOOT}""",
        outcome="applied", classification="confirmation",
        items={N[4]: "removed"},
        imitates="네이버 처리 현황 회신 (일부 완료, 일부 검토 중)",
        why="One item 삭제 조치 완료, the other explicitly still under legal review and must stay pending.")

    add(name="naver-ack-receipt", **{"from": "noreply@navercorp.com"}, name_from="NAVER 고객센터",
        date="Mon, 09 Sep 2024 10:03:00 +0900", subject="[NAVER 고객센터] 문의가 접수되었습니다",
        reply_to_req="req-240909-01", extra_headers=["Auto-Submitted: auto-generated"],
        body="""안녕하세요. NAVER 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다. (접수번호: 2024090910003518)
담당자가 확인 후 순차적으로 답변드릴 예정이며, 답변은 영업일 기준 1~3일 정도 소요될 수 있습니다.

문의 내역 확인: https://help.naver.com/myinquiry
※ 본 메일은 발신 전용입니다.""",
        outcome="ignored", classification="acknowledgement",
        imitates="NAVER 고객센터 '문의가 접수되었습니다' 자동 접수 메일 (접수번호, 영업일 기준 안내)",
        why="Pure ticket receipt that states nothing about any item: ignored.")

    add(name="naver-asks-more-info", **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
        date="Tue, 10 Sep 2024 11:30:00 +0900", subject="RE: 시정요구 KCSC-240909-01 관련 확인 요청",
        reply_to_req="req-240909-01",
        body=f"""안녕하세요.

요청하신 {N[7]} 의 경우 포스트 전체 중 어느 부분이 문제되는지 특정이 어렵습니다.
문제되는 문단 또는 이미지의 위치와 심의 결정 근거를 알려주시면 신속히 검토하겠습니다.

네이버 정책지원팀""",
        outcome="review", classification="request_for_info", review="asks_more",
        imitates="네이버 정책지원팀 보정 요청 ('문제되는 부분을 특정해 주시기 바랍니다')",
        why="The platform asks which part of a named item is at issue; nothing changes and staff must answer.")

    add(name="naver-lookalike-sender", **{"from": "notice@navercorp-policy.com"}, name_from="NAVER 정책지원",
        date="Wed, 11 Sep 2024 08:00:00 +0900", subject="[NAVER] 시정요구 KCSC-240909-01 처리 완료",
        reply_to_req="req-240909-01",
        body=f"""요청하신 게시물은 모두 삭제되었습니다.

1. {N[1]} - 삭제
2. {N[2]} - 삭제
3. {N[13]} - 삭제

NAVER 정책지원""",
        outcome="review", review="unknown_sender",
        imitates="NAVER 조치결과 회신 copied by a look-alike domain (navercorp-policy.com, DMARC pass for itself)",
        why="Perfect-looking confirmation from a domain that is not NAVER's: must be seen, never applied.")

    add(name="naver-dmarc-fail", **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원", auth="fail",
        date="Thu, 12 Sep 2024 12:00:00 +0900", subject="RE: [KCSC-240909-01] 조치 결과",
        reply_to_req="req-240909-01",
        body=f"""{N[6]} 게시물은 삭제 조치되었습니다.
{N[13]} 게시물은 삭제 조치되었습니다.

네이버 정책지원팀""",
        outcome="review", review="untrusted",
        imitates="네이버 정책지원팀 짧은 회신, with failing DMARC",
        why="From says navercorp.com but DMARC fails: untrusted, no status.")

    add(name="naver-particle-after-url", **{"from": "cafe_help@naver.com"}, name_from="네이버 카페",
        date="Fri, 13 Sep 2024 10:45:00 +0900", subject="[네이버 카페] 게시물 조치 안내",
        body=f"""안녕하세요, 네이버 카페입니다.

방송통신심의위원회 시정요구(KCSC-240909-01)에 따라 {N[6]}에 대해서는 게시중단 조치를 하였습니다.
카페 운영원칙은 https://section.cafe.naver.com/ca-fe/rules 에서 확인하실 수 있습니다.

감사합니다.""",
        outcome="applied", classification="confirmation",
        items={N[6]: "removed"},
        imitates="네이버 카페 운영팀 조치 안내 (single-sentence notice with cafe rules link)",
        why="URL directly followed by the Korean particle 에 대해서는; 게시중단 = removed; the rules link is not an item.")

    add(name="naver-english-result-lines", **{"from": "ip_legal@navercorp.com"}, name_from="NAVER Legal",
        date="Thu, 12 Sep 2024 20:10:00 +0900", subject="Re: KCSC-240909-01 removal request",
        reply_to_req="req-240909-01",
        body=f"""Dear KCSC,

Please find our response regarding your request below.

URL: {N[7]}
Result: Deleted

URL: {N[8]}
Result: The video does not exist (already removed by the uploader)

Kind regards,
NAVER Corp. Legal Team
https://www.navercorp.com/en/""",
        outcome="applied", classification="confirmation",
        items={N[7]: "removed", N[8]: "not_found"},
        imitates="NAVER Corp. Legal English reply with URL:/Result: pairs",
        why="English URL/Result pairs from NAVER's legal team: Deleted = removed; does not exist (removed by uploader) = not_found.")

    add(name="naver-vague-processed", **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
        date="Fri, 13 Sep 2024 09:00:00 +0900", subject="RE: 시정요구 KCSC-240909-01",
        reply_to_req="req-240909-01",
        body=f"""안녕하세요.

{N[13]}
{N[14]}
위 게시물에 대해서는 내부 정책에 따라 적절히 처리하였음을 알려드립니다.

네이버 정책지원팀""",
        outcome="review", review="not_understood",
        imitates="네이버 간이 회신 ('내부 정책에 따라 적절히 처리하였습니다')",
        why="'적절히 처리하였음' says something was done but not what (removed? restricted? kept?): a clerk would ask; review not_understood. Arguable: some would read 처리 as removed.")

    add(name="naver-gmail-style-quote", **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
        date="Wed, 18 Sep 2024 10:00:00 +0900", subject="Re: [방송통신심의위원회] 시정요구 KCSC-240909-01",
        reply_to_req="req-240909-01",
        body=f"""안녕하세요.

{N[13]} 게시물은 9월 17일 자로 삭제하였습니다.

네이버 정책지원팀 드림

2024년 9월 9일 (월) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted_req("KCSC-240909-01", [N[i] for i in range(1, 15)])}""",
        outcome="applied", classification="confirmation",
        items={N[13]: "removed"},
        imitates="Gmail/Naver Mail Korean reply header ('2024년 9월 9일 (월) 오전 10:00, ...님이 작성:') over our quoted 14-item request",
        why="One unquoted removal (삭제하였습니다) above our whole quoted request, whose '삭제 완료' wording and 14 URLs must not count.")

    # ---------------- Kakao / Daum (KCSC-240910-01, KCSC-240916-01) ----------------
    add(name="kakao-daum-cafe-blind", **{"from": "cafe_notice@daum.net"}, name_from="Daum 카페",
        date="Wed, 11 Sep 2024 14:00:00 +0900", subject="[Daum 카페] 신고 게시물 처리 결과 안내",
        reply_to_req="req-240910-01",
        body=f"""안녕하세요. Daum 카페 운영팀입니다.

요청하신 아래 게시글은 Daum 카페 운영정책 위반으로 블라인드 조치되었습니다.
 · {K[1]}
 · {K[2]}

블라인드된 게시글은 작성자 본인 외에는 볼 수 없습니다.
{KAKAO_FOOT}""",
        outcome="applied", classification="confirmation",
        items={K[1]: "removed", K[2]: "removed"},
        imitates="Daum 카페 '게시글 블라인드 조치 안내' mail",
        why="블라인드 조치 listed with middle-dot bullets: removed (hidden from everyone but the author).")

    add(name="kakao-tistory-temp-measure", **{"from": "tistory_report@kakaocorp.com"}, name_from="티스토리",
        date="Thu, 12 Sep 2024 10:20:00 +0900", subject="[티스토리] 권리침해 신고 게시글 임시조치 안내",
        reply_to_req="req-240910-01",
        body=f"""안녕하세요. 티스토리입니다.

{K[5]} 게시글은 신고 접수에 따라 30일간 임시조치(발행 취소)되었습니다.
임시조치 기간 동안 게시자는 재게시를 요청할 수 있습니다.

티스토리 운영정책: https://www.tistory.com/policy
{KAKAO_FOOT}""",
        outcome="applied", classification="confirmation",
        items={K[5]: "restricted"},
        imitates="티스토리/포스타입 '권리침해로 임시 조치된 포스트' 안내 (30일간 발행 취소, 재게시 요청)",
        why="Tistory (Kakao) 임시조치 (30일간 발행 취소) is a restriction.")

    add(name="kakao-notfound-and-kept", **{"from": "report@kakaocorp.com"}, name_from="카카오 고객센터",
        date="Fri, 13 Sep 2024 16:30:00 +0900", subject="RE: [KCSC-240910-01] 시정요구 처리 결과",
        reply_to_req="req-240910-01",
        body=f"""안녕하세요, 카카오 고객센터입니다.

1) {K[3]}
   해당 기사 페이지를 찾을 수 없습니다. 언론사 요청으로 이미 삭제된 것으로 확인됩니다.

2) {K[4]}
   카카오톡 채널 운영정책을 검토하였으나 위반 사항이 없어 게시물을 삭제하지 않았습니다.

더 궁금하신 점은 고객센터(https://cs.kakao.com/helps?service=8)로 문의해 주세요.
{KAKAO_FOOT}""",
        outcome="applied", classification="confirmation",
        items={K[3]: "not_found", K[4]: "rejected"},
        imitates="카카오 고객센터 답변 (numbered items with indented result lines)",
        why="Indented result lines below numbered URLs: 찾을 수 없습니다/이미 삭제 = not_found; negated removal with a reason (위반 사항이 없어 삭제하지 않았습니다) = rejected.")

    add(name="kakao-english-outlook-quote", **{"from": "trustandsafety@kakaocorp.com"}, name_from="Kakao Trust & Safety",
        date="Fri, 13 Sep 2024 11:11:00 +0900", subject="RE: KCSC-240910-01",
        reply_to_req="req-240910-01",
        body=f"""Hello,

Access to the following channel post has been restricted for users in Korea:
{K[4]}

The other posts in your request are being handled by the Daum team.

Best regards,
Kakao Trust & Safety

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 11:00 AM
To: report@kakaocorp.com
Subject: KCSC-240910-01

Please confirm that these posts were removed:
{K[1]} - removed?
{K[2]} - removed?
{K[3]} - removed?
{K[4]}
{K[5]}""",
        outcome="applied", classification="confirmation",
        items={K[4]: "restricted"},
        imitates="Kakao English reply in Outlook style with '-----Original Message-----' block",
        why="Restriction for Korea on the line below its statement; the Outlook-quoted request with 'removed' words is not the platform's statement; others stay pending.")

    add(name="kakao-tv-single-sentence", **{"from": "kakaotv_help@kakaocorp.com"}, name_from="카카오TV",
        date="Tue, 17 Sep 2024 10:00:00 +0900", subject="RE: 시정요구 KCSC-240916-01",
        reply_to_req="req-240916-01",
        body=f"""{K[6]} 영상은 삭제 처리되었습니다.""",
        outcome="applied", classification="confirmation",
        items={K[6]: "removed"},
        imitates="카카오TV one-line operator reply",
        why="A notice that is only a URL and one sentence; the single-item request.")

    add(name="kakao-out-of-office", **{"from": "jhkim@kakaocorp.com"}, name_from="김정훈",
        date="Tue, 10 Sep 2024 11:01:00 +0900", subject="[부재중] RE: 시정요구 KCSC-240910-01",
        reply_to_req="req-240910-01", extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
        body="""안녕하세요. 김정훈입니다.
9월 10일부터 9월 18일까지 추석 연휴로 부재중입니다.
급한 용무는 report@kakaocorp.com 으로 연락 부탁드립니다.

I am out of the office until September 18 (Chuseok holidays).""",
        outcome="ignored", classification="auto_reply",
        imitates="Korean corporate Outlook out-of-office (부재중 자동응답) for the Chuseok holidays",
        why="Out-of-office auto-reply: ignored.")

    add(name="kakao-future-sequential", **{"from": "report@kakaocorp.com"}, name_from="카카오 고객센터",
        date="Wed, 11 Sep 2024 09:30:00 +0900", subject="RE: [KCSC-240910-01] 처리 예정 안내",
        reply_to_req="req-240910-01",
        body=f"""안녕하세요, 카카오입니다.

요청하신 게시물은 관련 부서에서 확인 중이며, 확인되는 대로 순차적으로 조치할 예정입니다.
 - {K[1]}
 - {K[2]}
 - {K[3]}

감사합니다.""",
        outcome="review", review="not_understood",
        imitates="카카오 고객센터 중간 안내 ('순차적으로 조치할 예정입니다')",
        why="Being checked, to be actioned later, naming items: nothing applied, but it must not be silently ignored.")

    add(name="kakao-multipart-alternative", **{"from": "cafe_notice@daum.net"}, name_from="Daum 카페",
        date="Thu, 12 Sep 2024 15:15:00 +0900", subject="[Daum] 시정요구 조치 결과",
        reply_to_req="req-240910-01",
        raw_mime=f"""Content-Type: multipart/alternative; boundary="dm-b39-alt"

--dm-b39-alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f"조치 결과{chr(10)}{K[1]} - 삭제{chr(10)}{K[2]} - 임시조치(접근 제한){chr(10)}")}
--dm-b39-alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'<html><body><h3>조치 결과</h3><ul><li><a href="{K[1]}">{K[1]}</a> - 삭제</li><li><a href="{K[2]}">{K[2]}</a> - 임시조치(접근 제한)</li></ul><p><a href="https://policy.daum.net/">Daum 운영정책</a></p></body></html>')}
--dm-b39-alt--
""",
        outcome="applied", classification="confirmation",
        items={K[1]: "removed", K[2]: "restricted"},
        imitates="Daum 카페 HTML notice mail (multipart/alternative, base64 parts)",
        why="multipart/alternative in base64; both parts say the same: 삭제 = removed, 임시조치(접근 제한) = restricted.")

    add(name="kakao-ack-plus-statement", **{"from": "report@kakaocorp.com"}, name_from="카카오 고객센터",
        date="Thu, 12 Sep 2024 18:40:00 +0900", subject="RE: [KCSC-240910-01] 신고 접수 및 처리 안내",
        reply_to_req="req-240910-01",
        body=f"""안녕하세요. 카카오 고객센터입니다.

보내주신 시정요구가 접수되었습니다. (문의번호 #8812034)

접수 후 확인한 결과, {K[3]} 의 댓글은 운영정책 위반으로 삭제 조치되었습니다.
나머지 게시물에 대해서는 확인 후 별도로 답변드리겠습니다.

카카오 고객센터 드림""",
        outcome="applied", classification="confirmation",
        items={K[3]: "removed"},
        imitates="카카오 고객센터 '접수 및 처리 안내' (ticket number with a result in the same mail)",
        why="An acknowledgement phrase together with an unhedged removal: not an acknowledgement, the removal is applied.")

    # ---------------- YouTube / Google Korea (KCSC-240911-01) ----------------
    add(name="youtube-korean-geo-block", **{"from": "legal-kr@google.com"}, name_from="Google 법무팀",
        date="Fri, 13 Sep 2024 15:00:00 +0900", subject="RE: [KCSC-240911-01] YouTube 콘텐츠 시정요구 회신",
        reply_to_req="req-240911-01",
        body=f"""방송통신심의위원회 담당자님께,

YouTube는 귀 위원회의 요청을 검토하였으며, 다음과 같이 조치하였음을 알려드립니다.

- 아래 동영상은 대한민국 법률에 따라 한국 내에서 이용할 수 없도록 제한하였습니다.
  {Y[1]}
  {Y[2]}
- 아래 Shorts 동영상은 YouTube 커뮤니티 가이드 위반으로 YouTube에서 삭제되었습니다.
  {Y[3]}

정부 요청에 관한 YouTube 정책: https://support.google.com/youtube/answer/6154230
Google 투명성 보고서: https://transparencyreport.google.com/government-removals

감사합니다.
Google 법무팀 드림
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043""",
        outcome="applied", classification="confirmation",
        items={Y[1]: "restricted", Y[2]: "restricted", Y[3]: "removed"},
        imitates="Google Korea legal reply to government removal requests (local block under Korean law vs. removal under Community Guidelines, transparency report link)",
        why="Korean-language reply from Google: statement above indented URLs; 한국 내에서 이용할 수 없도록 제한 = restricted, 가이드 위반으로 삭제 = removed; help and transparency links are not items.")

    add(name="youtube-english-removed-age", **{"from": "no-reply@youtube.com"}, name_from="YouTube",
        date="Thu, 12 Sep 2024 22:00:00 +0900", subject="Update on your report to YouTube (KCSC-240911-01)",
        reply_to_req="req-240911-01",
        body=f"""Hi,

Our team reviewed the content you reported, and we found that it violates our Community Guidelines.
We have removed the following content from YouTube:
Video: {Y[3]}

We also applied an age restriction to:
Video: {Y[2]}

What our policy says: https://support.google.com/youtube/answer/9288567
If you have further questions, visit the YouTube Help Center: https://support.google.com/youtube

- The YouTube Team

You have received this email to update you on actions related to your report.
(c) 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043""",
        outcome="applied", classification="confirmation",
        items={Y[3]: "removed", Y[2]: "restricted"},
        imitates="YouTube 'we have removed the following content from YouTube' notice (What our policy says / Help Center footer)",
        why="YouTube template: 'removed the following content' + 'Video: URL' lines, and an age restriction; policy links are not items.")

    add(name="youtube-raw-korean-handle", **{"from": "legal-kr@google.com"}, name_from="Google 법무팀",
        date="Tue, 17 Sep 2024 10:30:00 +0900", subject="RE: [KCSC-240911-01] 채널 관련 회신",
        reply_to_req="req-240911-01",
        body=f"""안녕하세요.

요청하신 채널 {Y4RAW} 은(는) YouTube 서비스 약관을 반복적으로 위반하여 해지(종료)되었습니다.
현재 해당 채널 및 모든 동영상은 YouTube에서 볼 수 없습니다.

Google 법무팀 드림""",
        outcome="applied", classification="confirmation",
        items={Y[4]: "removed"},
        imitates="YouTube channel termination notice (채널 해지), Korean",
        why="Korean handle written raw must match the item stored percent-encoded; channel terminated and all videos unavailable = removed.")

    add(name="youtube-no-violation", **{"from": "legal-kr@google.com"}, name_from="Google 법무팀",
        date="Wed, 18 Sep 2024 11:00:00 +0900", subject="RE: [KCSC-240911-01] 추가 회신",
        reply_to_req="req-240911-01",
        body=f"""Hello,

After careful review, we have determined that the video at
{Y[1]}
does not violate our Community Guidelines or local law, and we will not be taking action on it at this time.
It remains available on YouTube.

Regards,
Google Legal Support""",
        outcome="applied", classification="confirmation",
        items={Y[1]: "rejected"},
        imitates="Google Legal Support 'we will not be taking action' decision",
        why="A decision not to act with a reason ('does not violate... will not be taking action... remains available') is a rejection; 'at this time' does not hedge it.")

    add(name="youtube-case-receipt", **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
        date="Wed, 11 Sep 2024 09:31:00 +0900", subject="[5-2784000031234] Thank you for your legal request",
        reply_to_req="req-240911-01", extra_headers=["Auto-Submitted: auto-replied"],
        body="""Hello,

Thanks for reaching out. We have received your request and a case has been created: [5-2784000031234].
Our team will review it and get back to you. You don't need to reply to this email.

Sincerely,
The Google Legal Team""",
        outcome="ignored",
        imitates="Google Legal Support automatic case-number acknowledgement",
        why="Auto-submitted acknowledgement with a case number and nothing about any item: ignored (class left open: acknowledgement or auto_reply).")

    add(name="youtube-still-reviewing", **{"from": "legal-kr@google.com"}, name_from="Google 법무팀",
        date="Mon, 16 Sep 2024 17:00:00 +0900", subject="RE: [KCSC-240911-01] 진행 상황",
        reply_to_req="req-240911-01",
        body=f"""안녕하세요.

{Y[1]}, {Y[2]}, {Y[3]} 및 {Y4RAW} 에 대한 검토가 아직 진행 중입니다.
현지 법률 검토가 필요하여 시간이 다소 소요될 수 있으며, 결과가 나오면 안내드리겠습니다.

Google 법무팀 드림""",
        outcome="review", review="not_understood",
        imitates="Google 법무팀 진행 상황 안내 (검토 진행 중)",
        why="Under review for all four named items: no status, but a trusted mail naming items goes to review.")

    # ---------------- X (KCSC-240912-01) ----------------
    add(name="x-withheld-and-missing", **{"from": "legal@x.com"}, name_from="X Legal",
        date="Fri, 13 Sep 2024 03:00:00 +0900", subject="Re: KCSC-240912-01 [ref:_00D_x500Kz1]",
        reply_to_req="req-240912-01",
        body=f"""Hello,

We have reviewed your request. In accordance with X's Country Withheld Content policy, the following posts have been withheld in South Korea:

{X[1]}
{X[2]}

We were unable to locate the following post; it may have been deleted by the account holder:
{X[3]}

Learn more: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Thanks,
X Legal
ref:_00D_x500Kz1""",
        outcome="applied", classification="confirmation",
        items={X[1]: "restricted", X[2]: "restricted", X[3]: "not_found"},
        imitates="X (Twitter) legal reply: 'withheld in [country]' under Country Withheld Content, 'unable to locate' line, Salesforce-style ref id",
        why="Withheld in South Korea = restricted; 'unable to locate ... may have been deleted by the account holder' = not_found (the 'may' is about the cause, not the finding).")

    add(name="x-korean-office", **{"from": "korea-legal@x.com"}, name_from="X 코리아",
        date="Mon, 16 Sep 2024 14:00:00 +0900", subject="RE: 시정요구 KCSC-240912-01",
        reply_to_req="req-240912-01",
        body=f"""안녕하세요, X 코리아입니다.

> {X[3]} 게시물 삭제 여부를 확인해 주십시오.

{X[3]} 게시물은 X 규칙 위반으로 삭제되었습니다.

X 규칙: https://help.x.com/ko/rules-and-policies/x-rules
감사합니다.""",
        outcome="applied", classification="confirmation",
        items={X[3]: "removed"},
        imitates="X Korea reply in Korean with a quoted question line above the answer",
        why="Korean reply from a Korean office; the quoted line asks, the unquoted line states 삭제되었습니다 = removed.")

    add(name="x-bounce-dsn", **{"from": "MAILER-DAEMON@x.com"}, name_from="Mail Delivery System",
        date="Thu, 12 Sep 2024 14:01:00 +0900", subject="Undelivered Mail Returned to Sender",
        extra_headers=["Auto-Submitted: auto-replied"],
        raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b39"

--dsn-b39
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.x.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@x.com>: host mx1.x.com said: 550 5.1.1 User unknown

--dsn-b39
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.x.com
Arrival-Date: Thu, 12 Sep 2024 14:00:05 +0900

Final-Recipient: rfc822; legal-kr@x.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-b39
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@x.com
Subject: [KCSC-240912-01] 시정요구
Message-ID: <req-240912-01@kcsc.example>
Date: Thu, 12 Sep 2024 14:00:00 +0900
Content-Type: text/plain; charset=utf-8

{X[1]} 삭제 요청
{X[2]} 삭제 요청
{X[3]} 삭제 요청

--dsn-b39--
""",
        outcome="ignored", classification="bounce",
        imitates="Postfix 'Undelivered Mail Returned to Sender' DSN embedding our request",
        why="A bounce of our own request: ignored, even though the embedded request names our items.")

    add(name="x-claims-telegram-items", **{"from": "legal@x.com"}, name_from="X Legal",
        date="Sat, 14 Sep 2024 10:00:00 +0900", subject="Re: KCSC-240913-01",
        body=f"""Hello,

The following content has been removed:
{T[1]}
{T[2]}

Thanks,
X Legal""",
        outcome="review", review="wrong_platform",
        imitates="X legal short removal notice, sent about another platform's (Telegram) items",
        why="A trusted X sender states removals of Telegram items: X cannot speak for Telegram; nothing applied, review.")

    # ---------------- Telegram (KCSC-240913-01) ----------------
    add(name="telegram-taken-down-and-geo", **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
        date="Mon, 16 Sep 2024 03:20:00 +0900", subject="Re: [KCSC-240913-01] Request",
        reply_to_req="req-240913-01",
        body=f"""Hello,

Thank you for your report.

{T[1]} - this post was taken down for violating Telegram's Terms of Service.
{T[2]} - this post has been made unavailable for users in South Korea.

Telegram Abuse Team
https://telegram.org/tos""",
        outcome="applied", classification="confirmation",
        items={T[1]: "removed", T[2]: "restricted"},
        imitates="Telegram abuse@ desk terse reply (URL - statement per line, ToS link)",
        why="'Thank you for your report' is not an acknowledgement here: taken down = removed, made unavailable in South Korea = restricted.")

    add(name="telegram-read-receipt", **{"from": "dsa@telegram.org"}, name_from="Telegram DSA",
        date="Fri, 13 Sep 2024 10:30:00 +0900", subject="Read: [KCSC-240913-01] Request",
        raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b39"

--mdn-b39
Content-Type: text/plain; charset=utf-8

Your message

  To: dsa@telegram.org
  Subject: [KCSC-240913-01] Request
  Sent: Fri, 13 Sep 2024 10:00:00 +0900

was read on Fri, 13 Sep 2024 10:30:00 +0900.

--mdn-b39
Content-Type: message/disposition-notification

Reporting-UA: telegram.org; Microsoft Outlook 16.0
Final-Recipient: rfc822;dsa@telegram.org
Original-Message-ID: <req-240913-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b39--
""",
        outcome="ignored",
        imitates="Outlook MDN read receipt (multipart/report; report-type=disposition-notification)",
        why="Read receipt: ignored (issue 11 item 2), not forwarded.")

    add(name="telegram-unknown-gmail", **{"from": "tg.support.korea@gmail.com"}, name_from="Telegram Support Korea",
        date="Sat, 14 Sep 2024 12:00:00 +0900", subject="Re: [KCSC-240913-01] Request - done",
        reply_to_req="req-240913-01",
        body=f"""안녕하세요, 텔레그램 한국 지원팀입니다.

{T[1]} 삭제 완료
{T[2]} 삭제 완료

감사합니다.""",
        outcome="review", review="unknown_sender",
        imitates="Impostor 'Telegram Korea support' reply from a free-mail address",
        why="Unknown sender (gmail.com, DMARC pass for itself) claiming removals of our items: review, never applied.")

    # Real mailers send non-ASCII display names and subjects as RFC 2047
    # encoded words; keep the raw-UTF-8 subject of every third case (RFC 6532).
    for i, c in enumerate(C):
        if not c.get("name_from", "").isascii():
            c["name_from"] = enc(c["name_from"])
        if not c["subject"].isascii() and i % 3:
            c["subject"] = enc(c["subject"])
    return C

def enc(s):
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="

if __name__ == "__main__":
    write_requests()
    write_set(HERE, "blind39",
              "# Blind set 39 (issue 11): general Korean-heavy mix. Written from meaning before any run.\n"
              "# Generated by make.py; do not edit by hand.", cases())
