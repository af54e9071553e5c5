#!/usr/bin/env python3
"""Blind set 32 (issue 11): general mix, English and Korean, eight platforms.
Expected results written from each email's meaning before any run."""
import base64, io, os, quopri, sys, zipfile
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib
corpuslib.DOMAIN_NAMES.update({"kakaocorp.com": "Kakao", "daum.net": "Daum", "tiktok.com": "TikTok",
    "fb.com": "Meta", "meta.com": "Meta", "instagram.com": "Instagram", "reddit.com": "Reddit"})

X = [f"https://x.com/fk_{'alpha' if i <= 7 else 'bravo'}/status/18330000000000000{i:02d}" for i in range(1, 15)]
YT = ["https://www.youtube.com/watch?v=Qw3rTyUiOp1", "https://www.youtube.com/watch?v=Qw3rTyUiOp2",
      "https://www.youtube.com/watch?v=Qw3rTyUiOp3", "https://www.youtube.com/shorts/Zx9cVb8nM04",
      "https://www.youtube.com/watch?v=Qw3rTyUiOp5"]
NV = ["https://blog.naver.com/fakeblogger01/223580000001", "https://blog.naver.com/fakeblogger01/223580000002",
      "https://cafe.naver.com/fakecafe77/1203", "https://cafe.naver.com/가짜모임/55"]
KK = ["https://cafe.daum.net/fakecafe/Abcd/123", "https://v.daum.net/v/20240911120001234",
      "https://pf.kakao.com/_xfAkEx/105000001"]
NV3_PCT = "https://cafe.naver.com/%EA%B0%80%EC%A7%9C%EB%AA%A8%EC%9E%84/55"  # NV[3] percent-encoded
TT = ["https://www.tiktok.com/@fake.user1/video/7412345678901234561",
      "https://www.tiktok.com/@fake.user2/video/7412345678901234562"]
IG = ["https://www.instagram.com/p/C_fAkE123xY/"]
RD = ["https://www.reddit.com/r/fakesub/comments/1fabc12/free_picks_tonight/",
      "https://www.reddit.com/r/fakesub/comments/1fabc34/vip_room_link/"]
TG = [f"https://t.me/fakechan_z/{i}" for i in (701, 702, 703, 704)]


def quoted(ref, urls, when="Mon, 9 Sep 2024 at 10:00"):
    lines = [f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:",
             f"> Request {ref}: please remove the following content, which is illegal",
             "> under the laws of the Republic of Korea (removal requested):", ">"]
    lines += [f"> {u} - removal requested" for u in urls]
    return "\n".join(lines)


def outlook(ref, urls):
    return ("-----Original Message-----\nFrom: KCSC Takedown <takedown@kcsc.example>\n"
            f"Subject: [{ref}] 시정요구 (삭제 요청)\n\n"
            + "\n".join(f"{i}. {u} (삭제 요청)" for i, u in enumerate(urls, 1)))


def mp_alt(text, html, cte="quoted-printable"):
    def enc(s):
        if cte == "base64":
            return base64.encodebytes(s.encode()).decode()
        return quopri.encodestring(s.encode()).decode()
    return ("Content-Type: multipart/alternative; boundary=\"b32alt\"\n\n--b32alt\n"
            f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: {cte}\n\n{enc(text)}\n"
            f"--b32alt\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: {cte}\n\n{enc(html)}\n--b32alt--\n")


def with_csv(text, fname, csvtext):
    return ("Content-Type: multipart/mixed; boundary=\"b32mix\"\n\n--b32mix\n"
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + text +
            f"\n--b32mix\nContent-Type: text/csv; charset=utf-8; name=\"{fname}\"\n"
            f"Content-Disposition: attachment; filename=\"{fname}\"\nContent-Transfer-Encoding: base64\n\n"
            + base64.encodebytes(csvtext.encode("utf-8")).decode() + "--b32mix--\n")


def xlsx_bytes(rows):
    """Deterministic XLSX: openpyxl workbook, zip entries re-written with a fixed timestamp."""
    import datetime, openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Results"
    for r in rows:
        ws.append(r)
    fixed = datetime.datetime(2024, 9, 12, 0, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "X Legal"
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 9, 12, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def with_xlsx(text, fname, data):
    return ("Content-Type: multipart/mixed; boundary=\"b32mix\"\n\n--b32mix\n"
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + text +
            "\n--b32mix\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; "
            f"name=\"{fname}\"\nContent-Disposition: attachment; filename=\"{fname}\"\n"
            "Content-Transfer-Encoding: base64\n\n" + base64.encodebytes(data).decode() + "--b32mix--\n")


C = []


def case(**kw):
    C.append(kw)


# ---------------- X (largest request, 14 items) ----------------
case(name="x-cwc-withheld-three", from_="legal-support@x.com", date="Tue, 10 Sep 2024 18:12:40 +0000",
     subject="Re: [KCSC-240909-01] Legal request - Case# 0192837465", reply_to_req="req-240909-01",
     body=f"""Hello,

We have reviewed your request (Case# 0192837465). Pursuant to our Country Withheld Content policy,
the following posts have been withheld in the Republic of Korea:

{X[0]}
{X[1]}
{X[2]}

The posts remain available outside Korea. We have notified the account holders.
Learn more about withheld content: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal

{quoted("KCSC-240909-01", X[:3])}
""", outcome="applied", classification="confirmation", items={u: "restricted" for u in X[:3]},
     imitates="X Country Withheld Content notice ('has been withheld in [country] in response to a legal demand') with help-centre link",
     why="country withholding is a restriction; help link is not an item; quoted request not a statement")

case(name="x-numbered-list-mixed-all14", from_="legal-support@x.com", date="Thu, 12 Sep 2024 02:30:00 +0000",
     subject="Case# 0192837466 - Outcome of your request KCSC-240909-01", reply_to_req="req-240909-01",
     body="Hello KCSC,\n\nThank you for your report. After review, please find the outcome for each reported post below.\n\n"
     + "\n".join([f"{i+1}. {X[i]} - Removed for violating the X Rules (illegal or certain regulated goods or services)" for i in range(0, 6)]
                 + [f"{i+1}. {X[i]} - Withheld in KR" for i in range(6, 10)]
                 + [f"{i+1}. {X[i]} - No action: we did not find this post in violation of the X Rules or local law" for i in (10, 11)]
                 + [f"{i+1}. {X[i]} - The post could not be located; it may have been deleted by the account owner" for i in (12, 13)])
     + "\n\nX Rules: https://x.com/rules\nTransparency: https://transparency.x.com/\n\nX Legal\n",
     outcome="applied", classification="confirmation",
     items={**{u: "removed" for u in X[:6]}, **{u: "restricted" for u in X[6:10]}, **{u: "rejected" for u in X[10:12]},
            **{u: "not_found" for u in X[12:14]}},
     imitates="X legal-request case outcome email with per-post results and X Rules / transparency links",
     why="numbered list, four statuses; 'could not be located; it may have been deleted' is not_found despite the 'may' (hedge about the reason, not the finding)")

case(name="x-top-posted-two-of-fourteen", from_="legal-support@x.com", date="Wed, 11 Sep 2024 09:01:00 +0000",
     subject="Re: [KCSC-240909-01] removal request", reply_to_req="req-240909-01",
     body=f"""Hi,

We took down these two posts today:
{X[7]}
{X[8]}

The remaining posts are still being reviewed by our team and we will update you separately.

Thanks,
X Legal Operations

{quoted("KCSC-240909-01", X)}
""", outcome="applied", classification="confirmation", items={X[7]: "removed", X[8]: "removed"},
     imitates="top-posted abuse-desk reply over the regulator's full quoted list (common in forum-quoted X/Twitter legal replies)",
     why="only the two unquoted URLs change; the quoted list says 'removal requested' and the rest is explicitly still under review")

case(name="x-status-below-bare-url", from_="legal-support@x.com", date="Fri, 13 Sep 2024 04:44:00 +0000",
     subject="Case# 0192837467 update", reply_to_req="req-240909-01",
     body=f"""Hello,

Update on your report KCSC-240909-01:

{X[3]}
We have restricted access to this post in South Korea.

{X[4]}
This post violated our rules and it is no longer available on X.

{X[5]}
After careful review we have decided not to take action on this post.

Appeals and policy: https://help.x.com/en/forms/legal

X Legal
""", outcome="applied", classification="confirmation",
     items={X[3]: "restricted", X[4]: "removed", X[5]: "rejected"},
     imitates="X legal-request update with status line under each bare URL",
     why="status on the line below each bare URL, three different wordings; decided not to take action = rejected")

case(name="x-ack-plus-statement", from_="no-reply@x.com", date="Tue, 10 Sep 2024 23:00:00 +0000",
     subject="We received your report [Case# 0192837468]", reply_to_req="req-240909-01",
     body=f"""Hello,

Thanks for reaching out. We have received your report and a case number has been assigned: 0192837468.

Following our review, we have suspended the account and the post below has been removed:
{X[9]}

You don't need to reply to this email.
X Support
""", outcome="applied", classification="confirmation", items={X[9]: "removed"},
     imitates="X Support automated case email ('We received your report') that also carries the result",
     why="acknowledgement phrase plus an unhedged statement about an item: not an acknowledgement")

case(name="x-lookalike-domain-claims-removed", from_="legal@x-support-legal.com", date="Wed, 11 Sep 2024 11:00:00 +0000",
     subject="Re: [KCSC-240909-01] All done", reply_to_req="req-240909-01",
     body=f"""Hello KCSC team,

The following posts have been removed from X:
{X[0]}
{X[1]}
{X[2]}
{X[3]}

Kind regards,
X Legal Team
""", outcome="review", review="unknown_sender", items={},
     imitates="phishing-style look-alike of an X legal reply (domain not X's)",
     why="authenticated but unknown sender domain claims removals: must be seen, nothing applied")

case(name="x-hedged-may-be-restricted", from_="legal-support@x.com", date="Thu, 12 Sep 2024 10:00:00 +0000",
     subject="Re: [KCSC-240909-01] legal request", reply_to_req="req-240909-01",
     body=f"""Hello,

Regarding {X[10]} and {X[11]}: these posts may be withheld in Korea once our legal team completes its
assessment of the local law you cite. We expect to reply within 10 business days.

X Legal
""", outcome="review", review="not_understood", items={},
     imitates="X legal interim reply (assessment pending, future/hedged action)",
     why="modal/future 'may be withheld once...' names items but states no result")

case(name="x-ooo-autoreply", from_="j.park@x.com", date="Mon, 9 Sep 2024 10:05:00 +0000",
     subject="Automatic reply: [KCSC-240909-01] removal request", reply_to_req="req-240909-01",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""I am out of the office until 23 September with limited access to email.
For urgent legal requests please use https://legalrequests.x.com/ .

Thank you,
J. Park
""", outcome="ignored", items={},
     imitates="Outlook 'Automatic reply' out-of-office message",
     why="out-of-office auto-reply: ignored")

# ---------------- YouTube (5) ----------------
case(name="yt-age-restricted-and-removed", from_="legal-kr@google.com", date="Wed, 11 Sep 2024 07:20:00 +0000",
     subject="[KCSC-240910-01] YouTube - outcome of your request", reply_to_req="req-240910-01",
     body=f"""Hello,

Thanks for contacting YouTube. We've reviewed the content you reported.

- {YT[0]} : We removed this video for violating our Community Guidelines on regulated goods.
- {YT[1]} : We've age-restricted this video. It is not visible to users under 18 or signed-out users.

For more information please see https://support.google.com/youtube/answer/2802167 and
https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

Sincerely,
The YouTube Legal Team
""", outcome="applied", classification="confirmation", items={YT[0]: "removed", YT[1]: "restricted"},
     imitates="YouTube Community Guidelines / age-restriction notice with support.google.com links",
     why="age restriction is a restriction; help links are not items")

case(name="yt-html-table-three-outcomes", from_="legal-kr@google.com", date="Thu, 12 Sep 2024 01:00:00 +0000",
     subject="Re: [KCSC-240910-01] results", reply_to_req="req-240910-01", type="html",
     body=f"""<html><body><p>Hello,</p><p>Please find the results of our review below.</p>
<table border="1"><tr><th>URL</th><th>Action</th></tr>
<tr><td><a href="{YT[2]}">{YT[2]}</a></td><td>Blocked from view in South Korea (local law)</td></tr>
<tr><td><a href="{YT[3]}">{YT[3]}</a></td><td>Video unavailable - we could not locate this content</td></tr>
<tr><td><a href="{YT[4]}">{YT[4]}</a></td><td>No action taken - content does not violate our policies</td></tr>
</table><p>Learn about <a href="https://support.google.com/legal/answer/3110420">legal removals</a>.</p>
<p>YouTube Legal Support</p></body></html>""", outcome="applied", classification="confirmation",
     items={YT[2]: "restricted", YT[3]: "not_found", YT[4]: "rejected"},
     imitates="Google legal removals result table (local-law block, not found, no action)",
     why="HTML table with three statuses")

case(name="yt-qp-multipart-removed", from_="noreply-legal@google.com", date="Fri, 13 Sep 2024 03:10:00 +0000",
     subject="YouTube: action taken on reported content", reply_to_req="req-240910-01",
     raw_mime=mp_alt(f"Hello,\n\nWe have reviewed the reported content and it has been taken down from YouTube:\n{YT[0]}\n\n"
                     "Reference: 7-1234000005432\nYouTube Trust & Safety\n",
                     f"<p>Hello,</p><p>We have reviewed the reported content and it has been taken down from YouTube:<br>"
                     f"<a href=\"{YT[0]}\">{YT[0]}</a></p><p>Reference: 7-1234000005432<br>YouTube Trust &amp; Safety</p>"),
     outcome="applied", classification="confirmation", items={YT[0]: "removed"},
     imitates="Google automated action email, multipart/alternative quoted-printable",
     why="quoted-printable multipart, 'taken down' = removed")

case(name="yt-base64-korean-blocked", from_="legal-kr@google.com", date="Fri, 13 Sep 2024 06:00:00 +0000",
     subject="[KCSC-240910-01] 요청 처리 결과 안내", reply_to_req="req-240910-01",
     raw_mime=mp_alt(f"안녕하세요, 방송통신심의위원회 담당자님.\n\n요청하신 아래 동영상은 현지 법률에 따라 대한민국에서 볼 수 없도록 차단되었습니다.\n{YT[3]}\n\n"
                     f"아래 동영상은 이미 게시자가 삭제하여 더 이상 존재하지 않습니다.\n{YT[4]}\n\n감사합니다.\nYouTube 법무팀\n",
                     f"<p>요청하신 아래 동영상은 현지 법률에 따라 대한민국에서 볼 수 없도록 차단되었습니다.<br>{YT[3]}</p>"
                     f"<p>아래 동영상은 이미 게시자가 삭제하여 더 이상 존재하지 않습니다.<br>{YT[4]}</p>", cte="base64"),
     outcome="applied", classification="confirmation", items={YT[3]: "restricted", YT[4]: "not_found"},
     imitates="Google Korean legal-team reply (국가별 차단), base64 multipart",
     why="URL on the line below its Korean statement; geo-block = restricted; deleted by uploader = not_found")

case(name="yt-future-will-review", from_="legal-kr@google.com", date="Tue, 10 Sep 2024 09:00:00 +0000",
     subject="Re: [KCSC-240910-01]", reply_to_req="req-240910-01",
     body=f"""Hello,

Thank you for your request. Our team will review {YT[1]} and {YT[2]} against our policies and local law
and will take appropriate action if a violation is found.

YouTube Legal
""", outcome="review", review="not_understood", items={},
     imitates="YouTube legal 'we will review and take appropriate action' interim reply",
     why="future tense naming items: not a result, but not silent either")

case(name="yt-about-telegram-items", from_="legal-kr@google.com", date="Wed, 18 Sep 2024 02:00:00 +0000",
     subject="Re: content not on YouTube", extra_headers=["In-Reply-To: <req-240917-01@kcsc.example>", "References: <req-240917-01@kcsc.example>"],
     body=f"""Hello,

The links below are not hosted on YouTube, so we have removed nothing:
{TG[0]}
{TG[1]}

Please contact the service that hosts them.
YouTube Legal
""", outcome="review", review="wrong_platform", items={},
     imitates="host/platform reply 'this content is not hosted by us, contact the hosting provider'",
     why="Google speaking about Telegram items: must not change them (arguable reason: wrong_platform vs not_understood)")

# ---------------- NAVER (4) ----------------
case(name="naver-imsi-jochi-two", from_="policy@navercorp.com", date="Thu, 12 Sep 2024 05:00:00 +0000",
     subject="[NAVER] 시정요구(KCSC-240911-01) 조치결과 회신", reply_to_req="req-240911-01",
     body=f"""방송통신심의위원회 귀중

1. 귀 위원회의 시정요구(KCSC-240911-01)와 관련된 내용입니다.
2. 아래 게시물에 대하여 정보통신망법 제44조의2에 따라 임시조치(30일)를 하였음을 알려드립니다.

 - {NV[0]}
 - {NV[1]}

3. 임시조치 기간 중 게시자의 이의제기가 없으면 게시물은 삭제됩니다.

네이버 주식회사 정책지원팀
고객센터: https://help.naver.com/
""", outcome="applied", classification="confirmation", items={NV[0]: "restricted", NV[1]: "restricted"},
     imitates="Korean portal 임시조치 (Network Act Art. 44-2) notice in KCSC 시정요구 조치결과 letter form",
     why="임시조치 = restricted (issue 11); the later deletion if no objection is a future possibility, not done")

case(name="naver-blind-delete-author", from_="policy@navercorp.com", date="Fri, 13 Sep 2024 02:00:00 +0000",
     subject="Re: [KCSC-240911-01] 게시물 처리 결과", reply_to_req="req-240911-01",
     body=f"""안녕하세요. 네이버 고객센터입니다.

요청하신 게시물의 처리 결과를 안내드립니다.

{NV[2]}
→ 블라인드 처리 완료

{NV[3]}에 있던 게시물은 작성자가 이미 삭제하여 확인되지 않습니다.

{NV[0]}
→ 운영원칙 위반으로 삭제 조치하였습니다.

감사합니다.

{outlook("KCSC-240911-01", NV)}
""", outcome="applied", classification="confirmation",
     items={NV[2]: "removed", NV[3]: "not_found", NV[0]: "removed"},
     imitates="NAVER 고객센터 게시물 처리 결과 안내 (블라인드/삭제), Outlook-quoted request below",
     why="블라인드 = removed; raw Korean URL followed by particle 에 ; author-deleted = not_found; Outlook quote ignored")

case(name="naver-negated-with-reason", from_="policy@navercorp.com", date="Mon, 16 Sep 2024 01:00:00 +0000",
     subject="Re: [KCSC-240911-01] 검토 결과", reply_to_req="req-240911-01",
     body=f"""안녕하세요.

요청하신 게시물 {NV[1]} 은(는) 검토 결과 네이버 운영정책에 위반되는 내용이 확인되지 않아 삭제하지 않았습니다.

게시물 {NV[2]} 은(는) 게시중단 조치하였습니다.

네이버 정책지원팀
""", outcome="applied", classification="confirmation", items={NV[1]: "rejected", NV[2]: "removed"},
     imitates="NAVER 권리침해/정책 검토 결과 안내 (위반 아님, 게시중단)",
     why="negated removal with reason = rejected; 게시중단 = removed")

case(name="naver-under-review", from_="policy@navercorp.com", date="Thu, 12 Sep 2024 00:30:00 +0000",
     subject="Re: [KCSC-240911-01]", reply_to_req="req-240911-01",
     body=f"""안녕하세요.

{NV[0]}
{NV[1]}
위 게시물은 현재 내부 검토 중이며, 검토가 완료되는 대로 결과를 다시 안내드리겠습니다.

네이버 정책지원팀
""", outcome="review", review="not_understood", items={},
     imitates="NAVER interim reply (내부 검토 중, 추후 안내)",
     why="under review, names items: review, nothing applied")

case(name="naver-receipt-only", from_="noreply@navercorp.com", date="Wed, 11 Sep 2024 05:01:00 +0000",
     subject="[네이버 고객센터] 문의가 접수되었습니다", reply_to_req="req-240911-01",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다. (접수번호: 2024091100123)
담당자 확인 후 순차적으로 답변드리겠습니다.

본 메일은 발신 전용입니다.
""", outcome="ignored", items={},
     imitates="NAVER 고객센터 문의 접수 자동 안내",
     why="pure receipt, no item statement: ignored")

# ---------------- Kakao / Daum (3) ----------------
case(name="kakao-siljeong-result-table", from_="safety@kakaocorp.com", date="Fri, 13 Sep 2024 08:00:00 +0000",
     subject="[카카오] 시정요구(KCSC-240912-01) 조치결과 회신", reply_to_req="req-240912-01",
     body=f"""방송통신심의위원회 통신심의 담당자님께

시정요구에 대한 조치결과를 아래와 같이 회신합니다.

| 번호 | URL | 조치결과 |
| 1 | {KK[0]} | 게시중단(삭제) |
| 2 | {KK[1]} | 해당 기사 없음(URL 오류) |
| 3 | {KK[2]} | 비공개 처리 |

카카오 안전정책팀 드림
운영정책: https://www.kakao.com/policy/oppolicy
""", outcome="applied", classification="confirmation",
     items={KK[0]: "removed", KK[1]: "not_found", KK[2]: "removed"},
     imitates="KCSC 시정요구 조치결과 회신 table as Korean portals send it",
     why="비공개 처리 = removed per issue 11 (arguable: restricted); URL 오류 = not_found; policy link not an item")

case(name="kakao-csv-attachment", from_="safety@kakaocorp.com", date="Mon, 16 Sep 2024 03:00:00 +0000",
     subject="[KCSC-240912-01] 처리결과 첨부", reply_to_req="req-240912-01",
     raw_mime=with_csv("안녕하세요.\n요청하신 게시물의 처리 결과를 첨부 파일로 보내드립니다.\n\n카카오 안전정책팀\n", "result_KCSC-240912-01.csv",
                       f"번호,URL,처리결과,비고\n1,{KK[0]},삭제완료,운영자 권한 삭제\n2,{KK[1]},미조치,운영정책 위반사항 없음\n3,{KK[2]},삭제완료,\n"),
     outcome="applied", classification="confirmation",
     items={KK[0]: "removed", KK[1]: "rejected", KK[2]: "removed"},
     imitates="Korean portal result spreadsheet (CSV) attached to a one-line cover mail",
     why="CSV attachment; 미조치 + 위반사항 없음 = rejected")

case(name="kakao-partly-done-promise", from_="safety@daum.net", date="Fri, 13 Sep 2024 01:00:00 +0000",
     subject="Re: [KCSC-240912-01]", reply_to_req="req-240912-01",
     body=f"""안녕하세요, Daum 고객센터입니다.

{KK[0]} 게시물은 카페 운영정책 위반으로 삭제하였습니다.
나머지 게시물({KK[1]})은 언론사 기사로 제휴 언론사 확인 후 조치할 예정입니다.

감사합니다.
""", outcome="applied", classification="confirmation", items={KK[0]: "removed"},
     imitates="Daum 고객센터 partial result (done + to be done after publisher check)",
     why="one removed; the other is a promise (예정) and stays pending; URL in parentheses with Korean after it")

case(name="kakao-mdn-read-receipt", from_="safety@kakaocorp.com", date="Thu, 12 Sep 2024 00:10:00 +0000",
     subject="읽음: [KCSC-240912-01] 시정요구",
     raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="b32mdn"

--b32mdn
Content-Type: text/plain; charset=utf-8

보낸 메시지를 수신인이 읽었습니다. (2024-09-12 09:10)

--b32mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com
Final-Recipient: rfc822; safety@kakaocorp.com
Original-Message-ID: <req-240912-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b32mdn--
""", outcome="ignored", classification="read_receipt", items={},
     imitates="Outlook/Korean webmail MDN read receipt ('읽음:')",
     why="MDN read receipt: ignored")

case(name="kakao-dmarc-fail-claims", from_="safety@kakaocorp.com", auth="fail", date="Fri, 13 Sep 2024 09:00:00 +0000",
     subject="[카카오] 조치 완료", reply_to_req="req-240912-01",
     body=f"""요청하신 게시물 3건 모두 삭제 완료하였습니다.
{KK[0]}
{KK[1]}
{KK[2]}
카카오 안전정책팀
""", outcome="review", review="untrusted", items={},
     imitates="KCSC 조치결과 reply, but failing DMARC (spoof)",
     why="perfect confirmation but dmarc=fail: untrusted review")

# ---------------- TikTok (2) ----------------
case(name="tiktok-bulleted-removed", from_="legal-kr@tiktok.com", date="Fri, 13 Sep 2024 10:00:00 +0000",
     subject="TikTok: Your report KCSC-240913-01 [Ref: TT-98765432]", reply_to_req="req-240913-01",
     body=f"""Hello,

Thank you for your report. We reviewed the following content and found that it violates our Community Guidelines.
We have removed it from TikTok:

  * {TT[0]}
  * {TT[1]}

Community Guidelines: https://www.tiktok.com/community-guidelines
Law enforcement & government requests: https://www.tiktok.com/legal/page/global/law-enforcement

TikTok Trust & Safety
""", outcome="applied", classification="confirmation", items={TT[0]: "removed", TT[1]: "removed"},
     imitates="TikTok 'we removed the content you reported' notification with guideline links",
     why="bulleted list under one statement; @-handle URLs; links not items")

case(name="tiktok-restricted-and-removed", from_="legal-kr@tiktok.com", date="Mon, 16 Sep 2024 10:00:00 +0000",
     subject="Re: KCSC-240913-01", reply_to_req="req-240913-01",
     body=f"""Dear KCSC,

{TT[0]}
Restricted in South Korea in accordance with local law.

{TT[1]}
Removed - violation of our policy on drugs and controlled substances.

Kind regards,
TikTok Legal
""", outcome="applied", classification="confirmation", items={TT[0]: "restricted", TT[1]: "removed"},
     imitates="TikTok government removal request outcome (local-law restriction)",
     why="status under bare URL; restricted vs removed")

case(name="tiktok-asks-court-order", from_="legal-kr@tiktok.com", date="Sat, 14 Sep 2024 02:00:00 +0000",
     subject="Re: KCSC-240913-01 - additional information required", reply_to_req="req-240913-01",
     body=f"""Hello,

To process your request about {TT[0]} and {TT[1]}, we need more information. Please provide the legal basis
(statute and article) and, if available, the decision of the Commission, by replying to this email.
Until then we are unable to take action.

TikTok Legal
""", outcome="review", review="asks_more", classification="request_for_info", items={},
     imitates="TikTok legal 'we need more information' reply",
     why="asks for more information; 'unable to take action until then' is not a rejection")

case(name="tiktok-bulk-all-removed", from_="legal-kr@tiktok.com", date="Tue, 17 Sep 2024 05:00:00 +0000",
     subject="Re: KCSC-240913-01 closed", reply_to_req="req-240913-01",
     body="""Hello,

All of the content listed in your request KCSC-240913-01 has been removed. This case is now closed.

TikTok Legal
""", outcome="review", review="bulk", items={},
     imitates="TikTok case-closed summary without item list",
     why="bulk claim without item list; bulk_confirmations = review")

case(name="tiktok-dsn-bounce", from_="MAILER-DAEMON@mx.tiktok.com", date="Fri, 13 Sep 2024 01:00:05 +0000",
     subject="Undelivered Mail Returned to Sender",
     raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="b32dsn"

--b32dsn
Content-Type: text/plain; charset=utf-8

This is the mail system at host mx.tiktok.com.
I'm sorry to have to inform you that your message could not be delivered.

<legal-kr-old@tiktok.com>: host mx.tiktok.com said: 550 5.1.1 User unknown

--b32dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.tiktok.com
Final-Recipient: rfc822; legal-kr-old@tiktok.com
Action: failed
Status: 5.1.1

--b32dsn
Content-Type: text/rfc822-headers

Message-ID: <req-240913-01@kcsc.example>
Subject: [KCSC-240913-01] removal request

--b32dsn--
""", outcome="ignored", classification="bounce", items={},
     imitates="Postfix DSN 'Undelivered Mail Returned to Sender'",
     why="bounce: ignored (arguable: a bounce of a request rather than a reminder)")

# ---------------- Meta / Instagram (1) ----------------
case(name="meta-restricted-korea", from_="records@fb.com", date="Tue, 17 Sep 2024 03:00:00 +0000",
     subject="Your report to Meta [Ref 1123581321]", reply_to_req="req-240916-01",
     body=f"""Hi,

Thanks for your report. Based on a review under local law, we have restricted access to the content below in
South Korea. It remains visible in other countries.

{IG[0]}

Learn about content restrictions based on local law: https://transparency.meta.com/reports/content-restrictions/
Instagram Community Guidelines: https://help.instagram.com/477434105621119

Meta Legal Operations
""", outcome="applied", classification="confirmation", items={IG[0]: "restricted"},
     imitates="Meta 'content restrictions based on local law' notice with transparency-centre links",
     why="local-law restriction of one item; two policy links are not items")

case(name="meta-reported-content-echo", from_="noreply@instagram.com", date="Wed, 18 Sep 2024 04:00:00 +0000",
     subject="We removed the content you reported", reply_to_req="req-240916-01",
     body=f"""We removed the content you reported because it goes against our Community Guidelines
on child sexual exploitation.

Your report
-----------
Reported on: September 16, 2024
Content: Post by @fake_seller_kr
Link: {IG[0]}
Reason: Nudity or sexual activity

Thanks for helping keep Instagram safe.
Instagram . Meta Platforms, Inc., 1 Hacker Way, Menlo Park, CA 94025
""", outcome="applied", classification="confirmation", items={IG[0]: "removed"},
     imitates="Instagram 'We removed the content you reported' support-inbox notice with echoed report",
     why="statement about 'the content you reported' + echoed report listing the URL")

case(name="meta-ticket-ack", from_="noreply@meta.com", date="Mon, 16 Sep 2024 01:05:00 +0000",
     subject="We've received your request [Ref 1123581321]", reply_to_req="req-240916-01",
     body="""Hello,

We've received your request and a ticket has been created (Ref 1123581321). A member of our team will
review it and respond as soon as possible. Please keep the reference number for future correspondence.

Meta Legal Operations
""", outcome="ignored", classification="acknowledgement", items={},
     imitates="Meta law-enforcement / government request portal receipt",
     why="pure acknowledgement, no item statement")

# ---------------- Reddit (2) ----------------
case(name="reddit-removed-and-no-violation", from_="legal@reddit.com", date="Tue, 17 Sep 2024 07:00:00 +0000",
     subject="Re: [KCSC-240916-02] Government removal request", reply_to_req="req-240916-02",
     body=f"""Hi there,

Thanks for your report. Here's what we found:

<{RD[0]}>
Removed by Reddit's Safety team for violating Reddit's Content Policy.

<{RD[1]}>
We reviewed this post and found that it doesn't violate Reddit's Content Policy, so we won't be taking it down.

Content Policy: https://www.redditinc.com/policies/content-policy

- Reddit Legal
""", outcome="applied", classification="confirmation", items={RD[0]: "removed", RD[1]: "rejected"},
     imitates="Reddit Safety 'Here's what we found' report outcome message",
     why="URLs in angle brackets with statuses below; 'won't be taking it down' with reason = rejected")

case(name="reddit-hedged-may-have", from_="legal@reddit.com", date="Wed, 18 Sep 2024 07:00:00 +0000",
     subject="Re: [KCSC-240916-02]", reply_to_req="req-240916-02",
     body=f"""Hi,

It looks like {RD[1]} may have been removed already, possibly by the subreddit moderators. We'll confirm
once we have more details.

- Reddit Legal
""", outcome="review", review="not_understood", items={},
     imitates="Reddit admin tentative reply",
     why="hedged ('may have been', 'we'll confirm'): a clerk would hesitate")

case(name="reddit-wrapped-url-relative-hedge", from_="legal@reddit.com", date="Thu, 19 Sep 2024 01:00:00 +0000",
     subject="Re: [KCSC-240916-02] update", reply_to_req="req-240916-02",
     body=f"""Hi,

The post at
{RD[0][:50]}
{RD[0][50:]}
which may have been reported to us earlier by other users as well, has now been removed by Reddit admins.

- Reddit Legal
""", outcome="applied", classification="confirmation", items={RD[0]: "removed"},
     imitates="Reddit admin follow-up, URL wrapped by mail client",
     why="URL wrapped across lines; hedge in relative clause does not hedge the main clause")

# ---------------- Telegram (4) ----------------
case(name="tg-blocked-and-gone", from_="dsa@telegram.org", date="Tue, 17 Sep 2024 12:00:00 +0000",
     subject="Re: [KCSC-240917-01] Case #4412090", reply_to_req="req-240917-01",
     body=f"""Hello,

Case #4412090. The following messages have been blocked and are no longer accessible:
{TG[0]}
{TG[1]}

The following links did not lead to any content when we checked them:
{TG[2]}
{TG[3]}

Telegram Moderation
""", outcome="applied", classification="confirmation",
     items={TG[0]: "removed", TG[1]: "removed", TG[2]: "not_found", TG[3]: "not_found"},
     imitates="Telegram abuse/DSA reply (blocked; links lead nowhere)",
     why="statement lines followed by URL lists; 'did not lead to any content' = not_found")

case(name="tg-geo-restricted-korea", from_="dsa@telegram.org", date="Wed, 18 Sep 2024 12:00:00 +0000",
     subject="Case #4412091", reply_to_req="req-240917-01",
     body=f"""Hello,

{TG[2]} - this channel post is now unavailable to users in South Korea.
{TG[3]} - no violation of the Telegram Terms of Service was found; no action taken.

Telegram ToS: https://telegram.org/tos
""", outcome="applied", classification="confirmation", items={TG[2]: "restricted", TG[3]: "rejected"},
     imitates="Telegram per-country restriction reply with ToS link",
     why="unavailable in one country = restricted; no violation + no action = rejected")

case(name="tg-unknown-gmail-sender", from_="telegram.support.team@gmail.com", date="Wed, 18 Sep 2024 13:00:00 +0000",
     subject="Re: [KCSC-240917-01] done", reply_to_req="req-240917-01", name_from="Telegram Support",
     body=f"""Hi, we deleted {TG[0]} and {TG[1]} as requested.
Telegram Support Team
""", outcome="review", review="unknown_sender", items={},
     imitates="freemail impersonation of Telegram support",
     why="unknown sender naming our items: review, never ignored")

case(name="tg-korean-particle-fullwidth", from_="dsa@telegram.org", date="Thu, 19 Sep 2024 02:00:00 +0000",
     subject="Re: [KCSC-240917-01] 처리 결과", reply_to_req="req-240917-01",
     body=f"""안녕하세요.
{TG[0]}의 게시물은 삭제되었습니다。
({TG[1]})의 메시지는 대한민국에서 접속 차단되었습니다.
Telegram
""", outcome="applied", classification="confirmation", items={TG[0]: "removed", TG[1]: "restricted"},
     imitates="Telegram short Korean reply",
     why="URLs followed by Korean particle / in parentheses; full-width period; 접속 차단 = restricted")

# ---------------- mixed / other ----------------
case(name="yt-one-url-one-sentence", from_="legal-kr@google.com", date="Thu, 19 Sep 2024 09:00:00 +0000",
     subject="Re: [KCSC-240910-01]", reply_to_req="req-240910-01",
     body=f"""{YT[1]} has been removed from YouTube.
""", outcome="applied", classification="confirmation", items={YT[1]: "removed"},
     imitates="minimal one-line notice",
     why="notice that is only a URL and one sentence")

case(name="x-our-quote-only-ack", from_="legal-support@x.com", date="Tue, 10 Sep 2024 01:00:00 +0000",
     subject="Re: [KCSC-240909-01] removal request", reply_to_req="req-240909-01",
     body=f"""Hello,

Thank you for your request. It has been received and forwarded to the appropriate team (Case# 0192837469).

{quoted("KCSC-240909-01", X[:5])}
""", outcome="ignored", classification="acknowledgement", items={},
     imitates="X legal receipt over our quoted request",
     why="acknowledgement; URLs only in the quote (arguable: could be not_understood review, but nothing is said about items)")

case(name="naver-bulk-korean-with-list-in-quote", from_="policy@navercorp.com", date="Wed, 18 Sep 2024 04:00:00 +0000",
     subject="Re: [KCSC-240911-01] 조치 완료", reply_to_req="req-240911-01",
     body=f"""안녕하세요.

요청하신 게시물 전체에 대하여 삭제 조치를 완료하였습니다.

{outlook("KCSC-240911-01", NV)}
""", outcome="review", review="bulk", items={},
     imitates="Korean portal 'all requested posts deleted' reply over quoted request",
     why="bulk claim, URLs only in quoted request: review bulk, nothing applied")


case(name="x-xlsx-attachment", from_="legal-support@x.com", date="Fri, 13 Sep 2024 08:00:00 +0000",
     subject="Case# 0192837470 - results attached", reply_to_req="req-240909-01",
     raw_mime=with_xlsx("Hello,\n\nPlease see the attached spreadsheet for the action taken on each post in your request\n"
                        "KCSC-240909-01.\n\nX Legal\n", "KCSC-240909-01_results.xlsx",
                        xlsx_bytes([["Reported URL", "Action taken", "Date"],
                                    [X[10], "Removed", "2024-09-12"],
                                    [X[11], "Withheld (KR)", "2024-09-12"],
                                    [X[12], "No violation found - no action", "2024-09-12"]])),
     outcome="applied", classification="confirmation",
     items={X[10]: "removed", X[11]: "restricted", X[12]: "rejected"},
     imitates="X legal-request result spreadsheet attached to a short cover note",
     why="XLSX attachment, three statuses")

case(name="naver-cafe-manager-deleted", from_="policy@navercorp.com", date="Thu, 19 Sep 2024 06:00:00 +0000",
     subject="Re: [KCSC-240911-01] 카페 게시물 확인 결과", reply_to_req="req-240911-01",
     body=f"""안녕하세요. 네이버 카페 운영팀입니다.

확인 결과 {NV3_PCT} 게시글은 해당 카페의 매니저가 이미 삭제하여 현재 존재하지 않는 게시글입니다.
{NV[2]} 게시글은 네이버 카페 운영원칙에 따라 운영자 권한으로 삭제하였습니다.

카페 운영원칙: https://section.cafe.naver.com/ca-fe/rules
네이버 카페 운영팀
""", outcome="applied", classification="confirmation", items={NV[3]: "not_found", NV[2]: "removed"},
     imitates="NAVER 카페 고객센터 reply (매니저 삭제 / 운영자 권한 삭제) with 운영원칙 link",
     why="percent-encoded form of a raw Korean item URL; deleted by the community manager before us = not_found (arguable); deleted with operator authority = removed")

case(name="instagram-korean-deleted", from_="noreply@instagram.com", date="Thu, 19 Sep 2024 03:00:00 +0000",
     subject="신고하신 콘텐츠를 삭제했습니다", reply_to_req="req-240916-01",
     body=f"""신고해 주셔서 감사합니다.

커뮤니티 가이드라인 위반으로 신고하신 게시물을 삭제했습니다.

신고 내용
게시물: {IG[0]}
신고 사유: 성적 착취

Instagram 커뮤니티 가이드라인: https://help.instagram.com/477434105621119
© Meta
""", outcome="applied", classification="confirmation", items={IG[0]: "removed"},
     imitates="Instagram Korean support-inbox 'we removed the content you reported' with echoed report",
     why="Korean statement about '신고하신 게시물' followed by echoed report")


def main():
    for c in C:
        c["from"] = c.pop("from_")
    corpuslib.write_set(HERE, "blind32", "# blind32: generated by make.py; expected results from meaning.", C)


if __name__ == "__main__":
    main()
