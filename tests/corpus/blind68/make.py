#!/usr/bin/env python3
"""Blind set 68 (issue 11): a general mix, English and Korean, nine platforms.

Written without reading the reader or any other set. Expected results come
from each email's meaning, written here before anything ran.
    python3 tests/corpus/blind68/make.py
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
    "kakaocorp.com": "Kakao", "daum.net": "Daum", "tiktok.com": "TikTok",
    "fb.com": "Meta", "instagram.com": "Instagram", "discord.com": "Discord",
    "reddit.com": "Reddit",
})

# ---------------------------------------------------------------- requests
X = [f"https://x.com/{h}/status/{n}" for h, n in [
    ("neon_rumor_kr", 1833012345678900101), ("neon_rumor_kr", 1833012345678900102),
    ("neon_rumor_kr", 1833012345678900103), ("neon_rumor_kr", 1833012345678900104),
    ("harbor_tea_77", 1833019988776655401), ("harbor_tea_77", 1833019988776655402),
    ("harbor_tea_77", 1833019988776655403), ("harbor_tea_77", 1833019988776655404),
    ("harbor_tea_77", 1833019988776655405), ("gray_mask_fake", 1833027766554433201),
    ("gray_mask_fake", 1833027766554433202), ("gray_mask_fake", 1833027766554433203),
    ("gray_mask_fake", 1833027766554433204), ("gray_mask_fake", 1833027766554433205),
]]
YT_HANDLE_RAW = "https://www.youtube.com/@가짜뉴스채널"
YT_HANDLE_ENC = "https://www.youtube.com/@%EA%B0%80%EC%A7%9C%EB%89%B4%EC%8A%A4%EC%B1%84%EB%84%90"
YT = ["https://www.youtube.com/watch?v=Qz3fK8pLm01", "https://www.youtube.com/watch?v=Qz3fK8pLm02",
      "https://www.youtube.com/watch?v=Rt7uW2xNb55", "https://www.youtube.com/shorts/Hh4Jk9LmN0p",
      YT_HANDLE_ENC]
NV = ["https://blog.naver.com/moonpie_fake/223570011111", "https://blog.naver.com/moonpie_fake/223570022222",
      "https://cafe.naver.com/fakesecretcafe/88231", "https://cafe.naver.com/fakesecretcafe/88240"]
KK = ["https://cafe.daum.net/fakegossip/Zx9k/1021", "https://cafe.daum.net/fakegossip/Zx9k/1022",
      "https://tv.kakao.com/v/448812345"]
TT = ["https://www.tiktok.com/@seoul.night.fake/video/7412345678901234567",
      "https://www.tiktok.com/@seoul.night.fake/video/7412345678901234568"]
DC = ["https://discord.com/channels/1122334455667788990/1122334455667788991/1283344556677889900"]
MT = ["https://www.instagram.com/p/C_fAkE123ab/", "https://www.facebook.com/fakepage.kr/posts/pfbid02FaKeQx7Yt9LmNoPq",
      "https://www.instagram.com/reel/C_fAkE456cd/"]
TG = [f"https://t.me/dark_bazaar_fake/{n}" for n in (1201, 1202, 1203, 1204)]
RD = ["https://www.reddit.com/r/fakekorea_gossip/comments/1fh2abc/leaked_photos_thread/",
      "https://www.reddit.com/r/fakekorea_gossip/comments/1fh2xyz/part_two/"]

REQUESTS = [  # ref, platform, sent, due, items, category
    ("KCSC-240909-01", "x", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", X, "defamation"),
    ("KCSC-240910-01", "youtube", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", YT, "illegal_gambling"),
    ("KCSC-240910-02", "meta", "2024-09-10T15:00:00+09:00", "2024-09-17T18:00:00+09:00", MT, "deepfake_sexual_abuse"),
    ("KCSC-240911-01", "naver", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00", NV, "defamation"),
    ("KCSC-240912-01", "kakao", "2024-09-12T10:00:00+09:00", "2024-09-19T18:00:00+09:00", KK, "privacy"),
    ("KCSC-240913-01", "tiktok", "2024-09-13T10:00:00+09:00", "2024-09-20T18:00:00+09:00", TT, "drugs"),
    ("KCSC-240913-02", "telegram", "2024-09-13T16:00:00+09:00", "2024-09-20T18:00:00+09:00", TG, "drugs"),
    ("KCSC-240916-01", "discord", "2024-09-16T10:00:00+09:00", "2024-09-23T18:00:00+09:00", DC, "deepfake_sexual_abuse"),
    ("KCSC-240917-01", "reddit", "2024-09-17T10:00:00+09:00", "2024-09-24T18:00:00+09:00", RD, "privacy"),
]
MID = {r[0]: "req-" + r[0][5:].lower() for r in REQUESTS}  # KCSC-240909-01 -> req-240909-01


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, items, cat in REQUESTS:
        for u in items:
            w.writerow([ref, plat, sent, due, u, cat, f"<{MID[ref]}@kcsc.example>", ""])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def quote(urls, ref, lang="en", style="gt"):
    """Our request as the platform's mail client quotes it."""
    if lang == "ko":
        lines = [f"[방송통신심의위원회] 시정요구 ({ref})", "",
                 "아래 정보에 대하여 삭제 또는 접속차단 등 시정요구를 통지하오니 조치 후 결과를 회신하여 주시기 바랍니다.", ""]
    else:
        lines = [f"Korea Communications Standards Commission - removal request {ref}", "",
                 "Please remove or disable access to the following items and report the result:", ""]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "KCSC Takedown Desk"]
    if style == "gt":
        return "\n".join("> " + l if l else ">" for l in lines)
    return "\n".join(lines)


def mp_alt(text, html, qp=False):
    b = "=_alt_b68_0001"
    if qp:
        t = quopri.encodestring(text.encode("utf-8")).decode("ascii")
        h = quopri.encodestring(html.encode("utf-8")).decode("ascii")
        enc = "quoted-printable"
    else:
        t, h, enc = text, html, "8bit"
    return (f'Content-Type: multipart/alternative; boundary="{b}"\n\n'
            f"--{b}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: {enc}\n\n{t}\n"
            f"--{b}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: {enc}\n\n{h}\n--{b}--\n")


def b64(s):
    data = base64.b64encode(s.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


CASES = []


def case(**kw):
    CASES.append(kw)


# =============================================================== APPLIED
case(name="x-withheld-kr-list-with-quote", from_="legal-notices@x.com", date="Tue, 10 Sep 2024 06:14:22 +0000",
     subject="Re: Removal request KCSC-240909-01 [ref:_00D3x2kR._5004W1aBcD:ref]", reply_to_req=MID["KCSC-240909-01"],
     outcome="applied", classification="confirmation",
     imitates="X legal request outcome notice ('content withheld in country') with help-centre link, quoting the request",
     why="five of fourteen posts withheld in Korea; the quoted request lists all 14 next to 'remove' and must not count; the country-withheld help link is not an item",
     items={u: "restricted" for u in X[:5]},
     body=f"""Hello,

Thank you for your report. In response to the legal demand referenced above, X has withheld
the following content in South Korea:

{X[0]}
{X[1]}
{X[2]}
{X[3]}
{X[4]}

The content remains available to users outside South Korea. More information about
country-withheld content is available here: https://help.x.com/en/rules-and-policies/post-withheld-by-country

We have not yet completed our review of the remaining URLs in your request and will reply separately.

Regards,
X Legal

On Mon, Sep 9, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(X, "KCSC-240909-01")}
""")

rows = [(X[0], "Withheld in KR"), (X[1], "Withheld in KR"), (X[2], "Removed - violation of the X Rules (Private information)"),
        (X[3], "Removed - violation of the X Rules (Private information)"), (X[4], "No action - no violation of X Rules or local law identified"),
        (X[5], "No action - no violation of X Rules or local law identified"), (X[6], "Content not found"), (X[7], "Withheld in KR"),
        (X[8], "Withheld in KR"), (X[9], "Removed - account suspended for violating the X Rules"), (X[10], "Removed - violation of the X Rules (Abuse and harassment)"),
        (X[11], "Withheld in KR"), (X[12], "Content not found"), (X[13], "Withheld in KR")]
exp = {}
for u, a in rows:
    exp[u] = ("restricted" if a.startswith("Withheld") else "removed" if a.startswith(("Removed", "Account suspended"))
              else "rejected" if a.startswith("No action") else "not_found")
tr = "\n".join(f'<tr><td>{i}</td><td><a href="{u}">{u}</a></td><td>{a}</td></tr>' for i, (u, a) in enumerate(rows, 1))
txt = "\n".join(f"{i}. {u} | {a}" for i, (u, a) in enumerate(rows, 1))
case(name="x-html-table-fourteen", from_="legal-notices@x.com", date="Thu, 12 Sep 2024 02:41:09 +0000",
     subject="Your legal request KCSC-240909-01 - outcome", reply_to_req=MID["KCSC-240909-01"],
     outcome="applied", classification="confirmation",
     imitates="X legal request outcome with per-URL action table (multipart/alternative, plain and HTML)",
     why="per-row statuses in an HTML table and its plain twin; 'Removed - account suspended' is removed; 'Content not found' as not_found; 'No action - no violation' as rejected",
     items=exp,
     raw_mime=mp_alt(f"""Hello,

We have completed our review of your request. The outcome for each reported URL is below.

{txt}

Withheld content remains available outside South Korea. See https://help.x.com/en/rules-and-policies/x-rules
for the rules applied.

X Legal
""", f"""<html><body><p>Hello,</p><p>We have completed our review of your request. The outcome for each reported URL is below.</p>
<table border="1"><tr><th>#</th><th>Reported URL</th><th>Action</th></tr>
{tr}
</table>
<p>Withheld content remains available outside South Korea. See <a href="https://help.x.com/en/rules-and-policies/x-rules">the X Rules</a>.</p>
<p>X Legal</p></body></html>"""))

case(name="x-status-below-bare-url", from_="legal-notices@x.com", date="Wed, 11 Sep 2024 09:03:51 +0000",
     subject="Re: KCSC-240909-01", reply_to_req=MID["KCSC-240909-01"],
     outcome="applied", classification="confirmation",
     imitates="X support case reply answering each URL on the line below it (Salesforce-style case thread)",
     why="status on the line below each bare URL, in different wordings, including a negated removal with a reason (rejected) and 'no longer exists' (not_found)",
     items={X[5]: "restricted", X[6]: "rejected", X[7]: "not_found", X[8]: "removed"},
     body=f"""Hi,

Following up on the posts below.

{X[5]}
We have withheld this post in South Korea in response to your request.

{X[6]}
We will not be taking action on this post; after review it does not violate the X Rules and we did not find it unlawful under Korean law on the information provided.

{X[7]}
This post no longer exists on X.

{X[8]}
Removed for violating our private information policy.

Thanks,
X Support
Case #08812344
""")

case(name="x-relative-clause-hedge", from_="legal-notices@x.com", date="Fri, 13 Sep 2024 11:22:00 +0000",
     subject="Re: Removal request KCSC-240909-01", reply_to_req=MID["KCSC-240909-01"],
     outcome="applied", classification="confirmation",
     imitates="X legal reply in prose (country-withheld), with a hedge about the posts' history",
     why="the hedge 'may have been edited' is in a relative clause about the posts' past; the main clause states they were withheld",
     items={X[9]: "restricted", X[10]: "restricted"},
     body=f"""Hello,

The two posts you flagged ({X[9]} and {X[10]}), which may have been edited by the account holder since your report, have been withheld in South Korea.

X Legal
""")

case(name="yt-legal-mixed-sections", from_="legal-noreply@google.com", date="Thu, 12 Sep 2024 07:30:12 +0000",
     subject="Re: [3-1928374650123] Legal request KCSC-240910-01", reply_to_req=MID["KCSC-240910-01"],
     outcome="applied", classification="confirmation",
     imitates="Google/YouTube legal removals team outcome letter (blocked locally / removed under Community Guidelines / unable to locate) with support links",
     why="three headed sections map to restricted, removed and not_found; one URL said to be still under review stays pending; support.google.com links are not items",
     items={YT[0]: "restricted", YT[1]: "restricted", YT[2]: "removed", YT[3]: "not_found"},
     body=f"""Hello,

Thanks for reaching out to us.

After reviewing your request, we have blocked the following content from view on YouTube in South Korea:
- {YT[0]}
- {YT[1]}

The following content has been removed from YouTube for violating our Community Guidelines:
- {YT[2]}

We were unable to locate the following content on YouTube:
- {YT[3]}

Your request regarding {YT_HANDLE_RAW} is still being reviewed.

For information about our Community Guidelines, visit https://support.google.com/youtube/answer/9288567
You can find more about our legal removals process at https://support.google.com/legal/answer/3110420

Regards,
The YouTube Legal Support Team
""")

case(name="yt-iri-handle-terminated", from_="legal-noreply@google.com", date="Fri, 13 Sep 2024 01:10:44 +0000",
     subject="Re: [3-1928374650123] Legal request KCSC-240910-01", reply_to_req=MID["KCSC-240910-01"],
     outcome="applied", classification="confirmation",
     imitates="YouTube channel termination notice to a reporter",
     why="the channel handle is written raw in Korean (IRI) while the request stores it percent-encoded; a terminated channel is removed",
     items={YT_HANDLE_ENC: "removed"},
     body=f"""Hello,

Following up on your earlier request: the channel {YT_HANDLE_RAW} has been terminated for repeated violations of our spam, deceptive practices and scams policies.

Learn more: https://support.google.com/youtube/answer/2802168

Regards,
The YouTube Legal Support Team
""")

case(name="yt-age-restricted-quoted-outlook", from_="legal-noreply@google.com", date="Wed, 11 Sep 2024 22:05:00 +0000",
     subject="RE: Legal request KCSC-240910-01", reply_to_req=MID["KCSC-240910-01"],
     outcome="applied", classification="confirmation",
     imitates="YouTube age-restriction outcome, Outlook-style top post over the original message",
     why="age-restricted is a restriction; the Outlook-quoted request below (with all five URLs) is not the platform's statement",
     items={YT[3]: "restricted"},
     body=f"""Hello,

We have reviewed {YT[3]} and applied an age restriction; the Short is no longer viewable by signed-out users or viewers under 18.
Age-restricted content policy: https://support.google.com/youtube/answer/2802167

YouTube Legal Support

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 10:00 AM
To: legal-kr@google.com
Subject: Legal request KCSC-240910-01

{quote(YT, "KCSC-240910-01", style="plain")}
""")

case(name="naver-imsi-jochi", from_="noreply_report@navercorp.com", date="Wed, 11 Sep 2024 08:15:00 +0000",
     subject="[NAVER] 게시중단(임시조치) 처리 결과 안내 (KCSC-240911-01)", reply_to_req=MID["KCSC-240911-01"],
     outcome="applied", classification="confirmation",
     imitates="NAVER 권리침해 게시중단 요청 처리 결과 안내 (정보통신망법 제44조의2 임시조치)",
     why="임시조치 under Art. 44-2 is a restriction (issue 11); the cafe post is said to be already deleted by its author: not_found",
     items={NV[0]: "restricted", NV[1]: "restricted", NV[2]: "not_found"},
     body=f"""안녕하세요. 네이버 권리보호센터입니다.

요청하신 게시물에 대하여 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」 제44조의2에 따라
아래와 같이 30일간 임시조치(게시중단)하였음을 알려드립니다.

■ 임시조치 게시물
 {NV[0]}
 {NV[1]}

■ 처리 불가
 {NV[2]} : 작성자가 이미 삭제한 게시물로 확인되어 별도 조치가 없었습니다.

게시자는 임시조치 기간 내에 재게시를 요청할 수 있으며, 관련 안내는 https://right.naver.com 에서 확인하실 수 있습니다.

감사합니다.
네이버 권리보호센터
""")

case(name="naver-numbered-results", from_="policy@navercorp.com", date="Thu, 12 Sep 2024 05:40:00 +0000",
     subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240911-01) 조치결과 회신", reply_to_req=MID["KCSC-240911-01"],
     outcome="applied", classification="confirmation",
     imitates="NAVER 정책팀 시정요구 조치결과 회신 (numbered list, 삭제/블라인드/위반사항 없음)",
     why="블라인드 is a removal form; 위반사항 없음 with 조치하지 않았습니다 is a rejection; the quoted request below must not count",
     items={NV[0]: "removed", NV[1]: "removed", NV[2]: "rejected", NV[3]: "not_found"},
     body=f"""방송통신심의위원회 담당자님께,

귀 위원회의 시정요구에 대한 조치결과를 아래와 같이 회신드립니다.

1. {NV[0]} - 삭제 완료
2. {NV[1]} - 블라인드 처리
3. {NV[2]} - 검토 결과 카페 운영원칙 및 관련 법령 위반사항이 확인되지 않아 조치하지 않았습니다.
4. {NV[3]} - 존재하지 않는 게시물입니다.

네이버 주식회사 정책팀 드림

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
{quote(NV, "KCSC-240911-01", lang="ko", style="plain")}
""")

case(name="naver-url-below-statement-particle", from_="policy@navercorp.com", date="Fri, 13 Sep 2024 02:00:00 +0000",
     subject="RE: 시정요구 (KCSC-240911-01)", reply_to_req=MID["KCSC-240911-01"],
     outcome="applied", classification="confirmation",
     imitates="NAVER 운영자 비공개 처리 안내; a Korean sentence with a URL followed by a particle",
     why="URL on the line below its statement (비공개 처리 = removal), and a second URL followed by the particle '의' and full-width punctuation",
     items={NV[2]: "removed", NV[3]: "removed"},
     body=f"""안녕하세요, 네이버입니다.

아래 카페 게시물은 운영정책에 따라 운영자에 의해 비공개 처리되었습니다.
{NV[2]}

또한 {NV[3]}의 게시물도 같은 사유로 삭제되었습니다。

감사합니다.
""")

case(name="kakao-daum-cafe-gesijungdan", from_="cs_noreply@kakaocorp.com", date="Thu, 12 Sep 2024 09:12:00 +0000",
     subject="[카카오] 다음카페 게시물 게시중단 결과 안내 (KCSC-240912-01)", reply_to_req=MID["KCSC-240912-01"],
     outcome="applied", classification="confirmation",
     imitates="Kakao 고객센터 다음카페 게시중단 처리 결과 안내 메일 (운영정책 링크, 문의번호)",
     why="two cafe posts 게시중단 (removal form); the TV clip is only 'under review' and stays pending",
     items={KK[0]: "removed", KK[1]: "removed"},
     body=f"""안녕하세요. 카카오 고객센터입니다.

요청하신 다음카페 게시물에 대해 확인한 결과, 운영정책 위반이 확인되어 게시중단 조치하였습니다.

· {KK[0]}
· {KK[1]}

카카오TV 영상({KK[2]})은 현재 담당 부서에서 검토 중이며, 결과가 나오는 대로 다시 안내드리겠습니다.

카카오 운영정책: https://www.kakao.com/policy/oppolicy
문의번호: 240912-000887

감사합니다.
""")

csv_text = ("URL,처리결과,처리일\n"
            f"{KK[0]},삭제,2024-09-13\n{KK[1]},임시조치(30일),2024-09-13\n{KK[2]},해당 게시물 없음,2024-09-13\n")
case(name="kakao-csv-attachment", from_="policy@kakaocorp.com", date="Fri, 13 Sep 2024 06:30:00 +0000",
     subject="RE: 시정요구 (KCSC-240912-01) 처리결과 송부", reply_to_req=MID["KCSC-240912-01"],
     outcome="applied", classification="confirmation",
     imitates="Kakao 정책팀 처리결과 회신 with a CSV result sheet attachment",
     why="statuses only in a base64 CSV attachment: 삭제 removed, 임시조치 restricted, 해당 게시물 없음 not_found",
     items={KK[0]: "removed", KK[1]: "restricted", KK[2]: "not_found"},
     raw_mime=f"""Content-Type: multipart/mixed; boundary="=_mix_b68_kk"

--=_mix_b68_kk
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 카카오 정책팀입니다.
시정요구하신 건의 처리결과를 첨부 파일로 송부드립니다.
감사합니다.

--=_mix_b68_kk
Content-Type: text/csv; charset=utf-8; name="KCSC-240912-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240912-01_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--=_mix_b68_kk--
""")

case(name="tiktok-qp-removed-and-no-violation", from_="legal-noreply@tiktok.com", date="Fri, 13 Sep 2024 08:45:00 +0000",
     subject="TikTok: update on your report (KCSC-240913-01)", reply_to_req=MID["KCSC-240913-01"],
     outcome="applied", classification="confirmation",
     imitates="TikTok report outcome emails ('we removed the video' / 'we didn't find a violation of our Community Guidelines'), quoted-printable",
     why="quoted-printable multipart: one video removed, one found not violating (rejected); the guidelines link is not an item",
     items={TT[0]: "removed", TT[1]: "rejected"},
     raw_mime=mp_alt(f"""Hi,

Thanks for your report. Here's what we found:

{TT[0]}
We reviewed this video and removed it for violating our Community Guidelines on regulated goods.

{TT[1]}
We reviewed this video and didn't find a violation of our Community Guidelines or of local law, so it will stay up.

Community Guidelines: https://www.tiktok.com/community-guidelines/en/
TikTok Trust & Safety
""", f"""<html><body><p>Hi,</p><p>Thanks for your report. Here&#39;s what we found:</p>
<p><a href="{TT[0]}">{TT[0]}</a><br>We reviewed this video and removed it for violating our Community Guidelines on regulated goods.</p>
<p><a href="{TT[1]}">{TT[1]}</a><br>We reviewed this video and didn&#39;t find a violation of our Community Guidelines or of local law, so it will stay up.</p>
<p><a href="https://www.tiktok.com/community-guidelines/en/">Community Guidelines</a><br>TikTok Trust &amp; Safety</p></body></html>""", qp=True))

case(name="tiktok-restricted-local-law", from_="lawenforcement@tiktok.com", date="Sat, 14 Sep 2024 03:20:00 +0000",
     subject="Re: Government removal request KCSC-240913-01", reply_to_req=MID["KCSC-240913-01"],
     outcome="applied", classification="confirmation",
     imitates="TikTok government request response: access restricted in the requesting country based on local law",
     why="'restricted access ... in South Korea' is a geo-restriction for both videos",
     items={TT[0]: "restricted", TT[1]: "restricted"},
     body=f"""Dear KCSC team,

We have reviewed your request. Based on applicable local law, we have restricted access to the following videos in South Korea:

  1) {TT[0]}
  2) {TT[1]}

These videos were not found to violate our Community Guidelines and therefore remain available outside South Korea.

Kind regards,
TikTok Law Enforcement Outreach
""")

case(name="tiktok-statement-then-echoed-report", from_="no-reply@tiktok.com", date="Sun, 15 Sep 2024 12:00:00 +0000",
     subject="Your report has been reviewed", reply_to_req=MID["KCSC-240913-01"],
     outcome="applied", classification="confirmation",
     imitates="TikTok in-app/email report result: statement about 'the reported content' followed by echoed report details",
     why="the statement is about 'the content you reported'; the echoed report below names which video",
     items={TT[1]: "removed"},
     body=f"""We've reviewed your report

Thanks for helping keep TikTok safe. We found that the content you reported violated our Community Guidelines, and it has been removed.

Report details
Reported content: {TT[1]}
Reason: Illegal activities and regulated goods
Report ID: 7412990011223344556
Submitted: Sep 13, 2024

TikTok Safety Center: https://www.tiktok.com/safety/en/
""")

case(name="meta-bullets-help-links", from_="support@fb.com", date="Wed, 11 Sep 2024 13:31:00 +0000",
     subject="Re: Request KCSC-240910-02 [ref:MT-4471902]", reply_to_req=MID["KCSC-240910-02"],
     outcome="applied", classification="confirmation",
     imitates="Meta government/legal request reply (restricted in country based on local law; doesn't go against Community Standards) with help-centre links after each bullet",
     why="each bullet is followed by a help-centre link that is not an item; restricted, rejected and removed in three wordings",
     items={MT[0]: "restricted", MT[1]: "rejected", MT[2]: "removed"},
     body=f"""Hello,

Thank you for contacting Meta. We reviewed the content you reported:

* {MT[0]} - We restricted access to this content in South Korea based on local law.
  Learn more: https://transparency.meta.com/reports/content-restrictions/
* {MT[1]} - We didn't take this post down because it doesn't go against our Community Standards and we did not find it to be unlawful in South Korea.
  Learn more: https://transparency.meta.com/policies/community-standards/
* {MT[2]} - This reel was removed for violating our policy on adult sexual exploitation.
  Learn more: https://help.instagram.com/477434105621119

Meta Law Enforcement Response Team
""")

case(name="meta-top-posted-named-over-quote", from_="records@fb.com", date="Thu, 12 Sep 2024 04:00:00 +0000",
     subject="RE: KCSC-240910-02", reply_to_req=MID["KCSC-240910-02"],
     outcome="applied", classification="confirmation",
     imitates="short top-posted abuse-desk reply over the quoted request (Gmail 'On ... wrote:' block)",
     why="only the two URLs named in the unquoted top post change; the third appears only in our quoted request",
     items={MT[0]: "removed", MT[2]: "removed"},
     body=f"""Both Instagram items are down now: {MT[0]} and {MT[2]} were removed this morning.

Meta Records Team

On Tue, Sep 10, 2024 at 3:00 PM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(MT, "KCSC-240910-02")}
""")

case(name="telegram-per-line-dashes", from_="abuse@telegram.org", date="Sat, 14 Sep 2024 10:10:10 +0000",
     subject="Re: KCSC-240913-02", reply_to_req=MID["KCSC-240913-02"],
     outcome="applied", classification="confirmation",
     imitates="Telegram abuse desk terse reply ('Thank you, these posts were taken down')",
     why="terse per-line statuses: taken down, blocked, and one that 'doesn't exist'",
     items={TG[0]: "removed", TG[1]: "removed", TG[2]: "removed", TG[3]: "not_found"},
     body=f"""Hello,

{TG[0]} - taken down
{TG[1]} - taken down
{TG[2]} - blocked
{TG[3]} - this message doesn't exist

Telegram Abuse Team
""")

case(name="telegram-angle-brackets-channel", from_="dsa@telegram.org", date="Mon, 16 Sep 2024 07:07:00 +0000",
     subject="Re: KCSC-240913-02 Case #4471200", reply_to_req=MID["KCSC-240913-02"],
     outcome="applied", classification="confirmation",
     imitates="Telegram DSA notice-and-action decision (statement of reasons style) with URLs in angle brackets",
     why="URLs in angle brackets; 'made unavailable' is a removal; the DSA statement-of-reasons link is not an item",
     items={TG[1]: "removed", TG[2]: "removed"},
     body=f"""Dear Sir or Madam,

Case #4471200. Following our review, the messages <{TG[1]}> and <{TG[2]}> have been made unavailable to all users for violating the Telegram Terms of Service (illegal goods).

This decision was taken by a human moderator. Information on redress: https://telegram.org/tos/eu-dsa#appeals

Telegram DSA Team
""")

case(name="discord-ts-ticket-deleted", from_="trustandsafety@discord.com", date="Tue, 17 Sep 2024 02:33:00 +0000",
     subject="[Discord Trust & Safety] Re: KCSC-240916-01 (Ticket #41233987)", reply_to_req=MID["KCSC-240916-01"],
     outcome="applied", classification="confirmation",
     imitates="Discord Trust & Safety ticket reply ('we have taken action', message deleted, guidelines link, ticket footer)",
     why="the message link was deleted and the account actioned; the Community Guidelines link and ticket footer are not items",
     items={DC[0]: "removed"},
     body=f"""Hi there,

Thanks for reaching out. We've investigated the message you reported
{DC[0]}
and have taken action: the message has been deleted and the account that posted it has been disabled for violating our Community Guidelines (https://discord.com/guidelines).

Discord Trust & Safety

Ticket #41233987 - please reply to this email to add to this ticket.
""")

case(name="reddit-removed-and-user-deleted", from_="noreply@reddit.com", date="Wed, 18 Sep 2024 01:15:00 +0000",
     subject="Re: Request KCSC-240917-01", reply_to_req=MID["KCSC-240917-01"],
     outcome="applied", classification="confirmation",
     imitates="Reddit Safety report outcome ('we've removed the content') and 'already deleted by the user' replies, Reddit Rules link",
     why="one post removed by admins; the other was deleted by its author before review: not_found (already deleted by its author)",
     items={RD[0]: "removed", RD[1]: "not_found"},
     body=f"""Hi,

Thanks for your report. After investigating, we've found that the post at
{RD[0]}
violates Reddit's Rules and we've removed it.

The second post you reported ({RD[1]}) had already been deleted by the user who posted it before we reviewed it, so no further action was needed.

Reddit Rules: https://www.redditinc.com/policies/content-policy

- Reddit Safety
""")

case(name="reddit-base64-no-violation", from_="legal@reddit.com", date="Thu, 19 Sep 2024 03:00:00 +0000",
     subject="Re: Request KCSC-240917-01", reply_to_req=MID["KCSC-240917-01"],
     outcome="applied", classification="confirmation",
     imitates="Reddit legal reply declining a government request (no violation, no legal basis found), base64 body",
     why="base64 body; a negated removal with a reason is a rejection",
     items={RD[0]: "rejected"},
     raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''Hello,

We have reviewed {RD[0]} and have decided not to remove it. The post does not violate Reddit's Rules, and we were not able to identify a legal basis to restrict it based on the information provided.

If you have additional legal information, you may submit it at https://support.reddithelp.com/hc/en-us/requests/new

Reddit Legal
''')}
""")

case(name="naver-kcsc-table-html", from_="policy@navercorp.com", date="Fri, 13 Sep 2024 09:00:00 +0000",
     subject="[NAVER] 시정요구 조치결과 회신 (KCSC-240911-01)", reply_to_req=MID["KCSC-240911-01"], type="html",
     outcome="applied", classification="confirmation",
     imitates="Korean 시정요구 조치결과 회신 공문 table (번호/URL/조치결과/비고)",
     why="HTML table: 삭제, 접속차단 (restricted), 기삭제·게시물 없음 (not_found), 미조치 with 사유 (rejected)",
     items={NV[0]: "removed", NV[1]: "restricted", NV[2]: "not_found", NV[3]: "rejected"},
     body=f"""<html><body>
<p>수신: 방송통신심의위원회<br>제목: 시정요구(KCSC-240911-01)에 대한 조치결과 회신</p>
<p>귀 위원회의 시정요구에 따른 조치결과를 아래와 같이 회신합니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{NV[0]}</td><td>삭제</td><td>2024.09.12 조치</td></tr>
<tr><td>2</td><td>{NV[1]}</td><td>접속차단</td><td>국내 접근 제한</td></tr>
<tr><td>3</td><td>{NV[2]}</td><td>-</td><td>기삭제(게시물 없음)</td></tr>
<tr><td>4</td><td>{NV[3]}</td><td>미조치</td><td>위반 소지 없음으로 판단</td></tr>
</table>
<p>네이버 주식회사 대외정책실</p>
</body></html>""")

case(name="x-ack-plus-statement", from_="legal-notices@x.com", date="Sat, 14 Sep 2024 00:30:00 +0000",
     subject="Case #08812399: We received your request", reply_to_req=MID["KCSC-240909-01"],
     outcome="applied", classification="confirmation",
     imitates="X case-system email that opens with an acknowledgement template and appends the agent's outcome",
     why="an acknowledgement phrase plus an unhedged statement about items is not an acknowledgement",
     items={X[11]: "restricted", X[12]: "restricted", X[13]: "restricted"},
     body=f"""We have received your request and a case has been created (Case #08812399).

Update from our team: the following posts are now withheld in South Korea.
{X[11]}
{X[12]}
{X[13]}

X Legal
""")

case(name="yt-single-sentence-notice", from_="youtube-noreply@youtube.com", date="Sun, 15 Sep 2024 05:00:00 +0000",
     subject="Update on your report", reply_to_req=MID["KCSC-240910-01"],
     outcome="applied", classification="confirmation",
     imitates="YouTube 'update on your report' notification: one URL and one sentence",
     why="a notice that is only a URL and one sentence",
     items={YT[2]: "removed"},
     body=f"""{YT[2]}
This video has been taken down following your report.
""")

# =============================================================== REVIEW
case(name="yt-future-tense", from_="legal-noreply@google.com", date="Wed, 11 Sep 2024 03:00:00 +0000",
     subject="Re: Legal request KCSC-240910-01", reply_to_req=MID["KCSC-240910-01"],
     outcome="review", review="not_understood",
     imitates="YouTube legal interim reply promising local blocking",
     why="a promise in future tense about named items is not a statement of what was done; it must be seen, not ignored",
     items={},
     body=f"""Hello,

We have completed our legal review and will block {YT[0]} and {YT[1]} from view in South Korea within the next 48 hours.

Regards,
The YouTube Legal Support Team
""")

case(name="naver-asks-documents", from_="policy@navercorp.com", date="Thu, 12 Sep 2024 01:00:00 +0000",
     subject="RE: 시정요구 (KCSC-240911-01) 관련 추가 자료 요청", reply_to_req=MID["KCSC-240911-01"],
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="NAVER 권리침해 신고 소명자료 요청 안내",
     why="asks for supporting documents before acting on a named item",
     items={},
     body=f"""안녕하세요. 네이버 정책팀입니다.

{NV[2]} 게시물이 명예훼손에 해당하는지 판단하기 위해 피해 당사자 특정 자료 등 추가 소명자료가 필요합니다.
자료를 회신해 주시면 검토 후 조치하겠습니다.

감사합니다.
""")

case(name="x-some-withheld-unnamed", from_="legal-notices@x.com", date="Tue, 10 Sep 2024 23:00:00 +0000",
     subject="Re: Removal request KCSC-240909-01", reply_to_req=MID["KCSC-240909-01"],
     outcome="review", review="not_understood",
     imitates="X interim case update ('some of the reported content has been withheld')",
     why="'some of the URLs below' were withheld without saying which; the list names the items, but no item has a status",
     items={},
     body=f"""Hi,

Some of the URLs below have been withheld in South Korea; the others are still being reviewed by our team.

{X[0]}
{X[1]}
{X[2]}
{X[3]}

X Legal
""")

case(name="unknown-sender-channel-admin", from_="bazaar.admin.kr@gmail.com", date="Sun, 15 Sep 2024 14:00:00 +0000",
     subject="Re: KCSC-240913-02", reply_to_req=MID["KCSC-240913-02"], name_from="Bazaar Admin",
     outcome="review", review="unknown_sender",
     imitates="channel owner writing in reply to a forwarded request, claiming he deleted the posts",
     why="a non-platform sender claims removals for our items: must be seen, nothing applied",
     items={},
     body=f"""hello, i am admin of the channel. i deleted these posts already:
{TG[0]}
{TG[1]}
please close the case thank you
""")

case(name="x-dmarc-fail-withheld", from_="legal-notices@x.com", auth="fail", date="Thu, 12 Sep 2024 10:00:00 +0000",
     subject="Re: Removal request KCSC-240909-01", reply_to_req=MID["KCSC-240909-01"],
     outcome="review", review="untrusted",
     imitates="X country-withheld notice, but DMARC fails",
     why="a perfect confirmation that fails DMARC must not apply",
     items={},
     body=f"""Hello,

X has withheld the following content in South Korea:
{X[4]}
{X[5]}

X Legal
""")

case(name="tiktok-lookalike-domain", from_="legal@tiktok-legal-support.com", date="Sat, 14 Sep 2024 16:00:00 +0000",
     subject="Re: Government removal request KCSC-240913-01", reply_to_req=MID["KCSC-240913-01"], name_from="TikTok Legal",
     outcome="review", review="unknown_sender",
     imitates="TikTok removal notice from a look-alike domain that passes DMARC for itself",
     why="the look-alike domain is authenticated but belongs to no platform",
     items={},
     body=f"""Dear KCSC team,

We removed the following videos:
{TT[0]}
{TT[1]}

TikTok Legal
""")

case(name="kakao-wrong-platform-naver-url", from_="policy@kakaocorp.com", date="Fri, 13 Sep 2024 02:30:00 +0000",
     subject="RE: 시정요구 (KCSC-240912-01)", reply_to_req=MID["KCSC-240912-01"],
     outcome="review", review="wrong_platform",
     imitates="Kakao reply pointing out that a URL belongs to another operator (당사 서비스가 아님)",
     why="Kakao speaks about a NAVER item; no status may be applied to another platform's item",
     items={},
     body=f"""안녕하세요, 카카오 정책팀입니다.

문의하신 {NV[0]} 은(는) 당사가 운영하는 서비스의 게시물이 아니어서 당사에서 삭제할 수 없습니다.
해당 서비스 운영자에게 문의하여 주시기 바랍니다.

감사합니다.
""")

case(name="telegram-under-review-named", from_="abuse@telegram.org", date="Sat, 14 Sep 2024 01:00:00 +0000",
     subject="Re: KCSC-240913-02", reply_to_req=MID["KCSC-240913-02"],
     outcome="review", review="not_understood",
     imitates="Telegram abuse desk interim reply ('our moderators are looking into these messages')",
     why="names items but states no outcome; under issue 11 a trusted email naming items may not end ignored",
     items={},
     body=f"""Hello,

Our moderators are looking into {TG[2]} and {TG[3]}. We'll get back to you once a decision has been made.

Telegram Abuse Team
""")

case(name="kakao-hedged-appears-deleted", from_="policy@kakaocorp.com", date="Sat, 14 Sep 2024 04:00:00 +0000",
     subject="RE: 시정요구 (KCSC-240912-01) 확인", reply_to_req=MID["KCSC-240912-01"],
     outcome="review", review="not_understood",
     imitates="Kakao informal reply from a policy staffer, hedged ('삭제된 것으로 보입니다')",
     why="'appears to have been deleted' is hedged; a clerk would check before recording",
     items={},
     body=f"""안녕하세요.

{KK[2]} 영상은 확인해 보니 이미 삭제된 것으로 보입니다. 정확한 처리 이력은 담당 부서에 확인 후 다시 말씀드리겠습니다.

카카오 정책팀 드림
""")

case(name="meta-vague-handled", from_="records@fb.com", date="Fri, 13 Sep 2024 07:00:00 +0000",
     subject="RE: KCSC-240910-02", reply_to_req=MID["KCSC-240910-02"],
     outcome="review", review="not_understood",
     imitates="Meta records team one-liner ('handled in line with our process')",
     why="'handled in accordance with our process' names items but does not say whether anything was removed, restricted or kept",
     items={},
     body=f"""Hello,

The links you sent ({MT[0]}, {MT[1]}) have been handled in accordance with our standard process for government requests.

Meta Records Team
""")

case(name="discord-partly-done", from_="trustandsafety@discord.com", date="Wed, 18 Sep 2024 06:00:00 +0000",
     subject="[Discord Trust & Safety] Re: KCSC-240916-01 (Ticket #41233987)", reply_to_req=MID["KCSC-240916-01"],
     outcome="review", review="not_understood",
     imitates="Discord T&S partial outcome (server under investigation, content possibly still present)",
     why="the server was actioned but the reported message's own status is not stated; partly done and hedged",
     items={},
     body=f"""Hi again,

We've taken action against the server in which
{DC[0]}
was posted, and most of its channels have been locked. We can't yet confirm whether this specific message is still reachable; our team is following up.

Discord Trust & Safety
""")

# =============================================================== IGNORED
case(name="google-out-of-office", from_="legal-kr@google.com", date="Tue, 10 Sep 2024 01:00:30 +0000",
     subject="Automatic reply: Legal request KCSC-240910-01", reply_to_req=MID["KCSC-240910-01"], name_from="Google Legal KR",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     outcome="ignored", classification="auto_reply",
     imitates="Outlook/Exchange out-of-office auto-reply quoting nothing",
     why="an out-of-office auto-reply says nothing about items",
     items={},
     body="""I am out of the office until 18 September (Chuseok holidays) with limited access to email.
For urgent legal removal matters please use https://support.google.com/legal/ .
""")

case(name="reddit-bounce-dsn", from_="MAILER-DAEMON@mx.kcsc.example", auth="none", date="Tue, 17 Sep 2024 01:00:05 +0000",
     subject="Undelivered Mail Returned to Sender", name_from="Mail Delivery System",
     extra_headers=["Auto-Submitted: auto-replied"],
     outcome="ignored", classification="bounce",
     imitates="Postfix non-delivery report (multipart/report; report-type=delivery-status) returning our request",
     why="a bounce of our own request, embedding it with its URLs, is ignored",
     items={},
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn_b68"

--=_dsn_b68
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@reddit.com>: host mx.reddit.example[203.0.113.25] said: 550 5.1.1
    <legal@reddit.com>: Recipient address rejected: mailbox unavailable

--=_dsn_b68
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Tue, 17 Sep 2024 01:00:00 +0000

Final-Recipient: rfc822; legal@reddit.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected

--=_dsn_b68
Content-Description: Undelivered Message
Content-Type: message/rfc822

Message-ID: <{MID["KCSC-240917-01"]}@kcsc.example>
From: KCSC Takedown <takedown@kcsc.example>
To: legal@reddit.com
Subject: Removal request KCSC-240917-01
Date: Tue, 17 Sep 2024 01:00:00 +0000

{quote(RD, "KCSC-240917-01", style="plain")}

--=_dsn_b68--
""")

case(name="naver-read-receipt", from_="policy@navercorp.com", date="Wed, 11 Sep 2024 01:30:00 +0000",
     subject="읽음 확인: [방송통신심의위원회] 시정요구 (KCSC-240911-01)", reply_to_req=MID["KCSC-240911-01"],
     outcome="ignored", classification="read_receipt",
     imitates="Outlook read receipt (MDN, multipart/report; report-type=disposition-notification) in Korean",
     why="a read receipt is ignored, not forwarded",
     items={},
     raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn_b68"

--=_mdn_b68
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

받는 사람: policy@navercorp.com
제목: [방송통신심의위원회] 시정요구 (KCSC-240911-01)
보낸 날짜: 2024-09-11 10:00

2024-09-11 10:30에 읽었습니다.

--=_mdn_b68
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; Microsoft Exchange Server
Final-Recipient: rfc822;policy@navercorp.com
Original-Message-ID: <{MID["KCSC-240911-01"]}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn_b68--
""")

case(name="tiktok-ticket-receipt", from_="no-reply@tiktok.com", date="Fri, 13 Sep 2024 01:05:00 +0000",
     subject="We've received your request [Ticket #TT-88217734]", reply_to_req=MID["KCSC-240913-01"],
     outcome="ignored", classification="acknowledgement",
     imitates="TikTok / Zendesk-style ticket receipt ('We've received your request ... a member of our team will respond')",
     why="a pure ticket receipt that states nothing about items",
     items={},
     body="""Hi,

Thanks for contacting TikTok. We've received your request and a ticket has been created (Ticket #TT-88217734).
A member of our team will review it and get back to you as soon as possible. Please don't reply to this email.

TikTok Support
""")

case(name="kakao-receipt-korean", from_="cs_noreply@kakaocorp.com", date="Thu, 12 Sep 2024 01:10:00 +0000",
     subject="[카카오 고객센터] 문의가 정상적으로 접수되었습니다", reply_to_req=MID["KCSC-240912-01"],
     outcome="ignored", classification="acknowledgement",
     imitates="Kakao 고객센터 문의 접수 완료 자동 안내",
     why="a Korean receipt that names no item and states no outcome",
     items={},
     body="""안녕하세요. 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다. (접수번호: 240912-000887)
담당자가 확인 후 순차적으로 답변드릴 예정이며, 답변까지 영업일 기준 1~3일이 소요될 수 있습니다.

본 메일은 발신 전용입니다.
""")

case(name="discord-auto-ack", from_="noreply@discord.com", date="Mon, 16 Sep 2024 01:02:00 +0000",
     subject="[Discord Trust & Safety] Request received (Ticket #41233987)", reply_to_req=MID["KCSC-240916-01"],
     extra_headers=["Auto-Submitted: auto-generated"],
     outcome="ignored",
     imitates="Discord support (Zendesk) automatic request-received email",
     why="automatic ticket receipt; class may be auto_reply or acknowledgement, both ignored",
     items={},
     body="""Your request (41233987) has been received and is being reviewed by our Trust & Safety team.

To add additional comments, reply to this email.

Discord Support
""")


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
    header = """# Blind set 68 (issue 11): general mix, English and Korean, nine platforms.
# Written by an engineer who read neither the reader nor any other set;
# expected results from each email's meaning, before anything ran.
# Generated by make.py; do not edit by hand."""
    corpuslib.write_set(HERE, "blind68", header, CASES)


if __name__ == "__main__":
    main()
