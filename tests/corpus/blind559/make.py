#!/usr/bin/env python3
"""Blind set 559: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a one-person paste service answering the
regulator, often informally; spreadsheets (CSV attachments) and plain-text
tables.

    python3 tests/corpus/blind559/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). Every
expected result was written from the meaning of its email alone, before the
reader was ever run on it. All names, sites, ids and URLs are fictional.
"""
import base64
import csv
import datetime
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = datetime.timezone(datetime.timedelta(hours=9))


def d(day, hh, mm, ss=0):
    """RFC 5322 date in September 2024, KST."""
    t = datetime.datetime(2024, 9, day, hh, mm, ss, tzinfo=KST)
    return t.strftime("%a, %d %b %Y %H:%M:%S +0900")


def enc(url):
    """A URL as stored in requests.csv: non-ASCII path percent-encoded."""
    scheme, rest = url.split("://", 1)
    return scheme + "://" + quote(rest, safe="/?=&#,~:")


# ---------------------------------------------------------------- requests
# (ref, platform, sent day, due day, category, note, [raw urls])
REQUESTS = [
    ("KCSC-240902-01", "stackhost", 2, 9, "illegal_goods",
     'hosting provider; 12 URLs on five customer sites, "counterfeit, drugs, loans, gambling"', [
         "https://goodsdeal-kr.example/replica/bag-0412.html",
         "https://goodsdeal-kr.example/replica/bag-0413.html",
         "https://goodsdeal-kr.example/replica/watch-1190.html",
         "https://moa-pharm.example/shop/?product=diet-pill-77",
         "https://moa-pharm.example/shop/?product=diet-pill-78",
         "http://203.0.113.45/~cash9/loan.php",
         "https://bet-hanul.example/",
         "https://bet-hanul.example/promo/event,join",
         "https://files.cash9.example/ad/banner_03.jpg",
         "https://blog.ttalgi.example/2024/08/post-381",
         "https://blog.ttalgi.example/2024/08/post-382",
         "https://moa-pharm.example/shop/?product=diet-pill-79&ref=kakao",
     ]),
    ("KCSC-240903-02", "edgeshield", 3, 10, "copyright",
     "CDN in front of a sports streaming site", [
         "https://sportslive-free.example/watch/epl-0907",
         "https://sportslive-free.example/watch/kbo-0907",
         "https://cdn-img.sportslive-free.example/banner/toto.gif",
     ]),
    ("KCSC-240904-03", "namebay", 4, 11, "gambling",
     "registrar of two gambling domains", [
         "http://totomaster-777.example/",
         "http://totomaster-888.example/",
     ]),
    ("KCSC-240905-04", "hanmadang", 5, 12, "illegal_goods",
     "Korean community forum, Korean paths (percent-encoded here)", [
         "https://hanmadang.example/board/자유게시판/10231",
         "https://hanmadang.example/board/자유게시판/10245",
         "https://hanmadang.example/board/장터/5521",
         "https://hanmadang.example/board/장터/5530",
         "https://hanmadang.example/member/판매왕99",
     ]),
    ("KCSC-240909-05", "kkachiboard", 9, 16, "defamation",
     "anonymous image board", [
         "https://kkachiboard.example/b/thread/448120",
         "https://kkachiboard.example/b/thread/448133",
         "https://kkachiboard.example/pol/thread/90211",
         "https://i.kkachiboard.example/b/1725871234567.jpg",
     ]),
    ("KCSC-240910-06", "dropcrate", 10, 17, "sexual_content",
     "file host: files, a folder and a direct-download link", [
         "https://dropcrate.example/f/Qm7tX2aa",
         "https://dropcrate.example/f/Qm7tX2ab",
         "https://dropcrate.example/f/Zp90LLke",
         "https://dropcrate.example/folder/8fK2-nn31",
         "https://dl.dropcrate.example/get/Zp90LLke/video_0903.mp4",
     ]),
    ("KCSC-240911-07", "pastebox", 11, 18, "privacy",
     "one-person paste site, one paste", [
         "https://pastebox.example/raw/ab12Cd34",
     ]),
]

U = {}  # short name -> raw URL (as an email may write it)
E = {}  # short name -> URL as stored in requests.csv / expected.toml
for ref, plat, _s, _d, _c, _n, urls in REQUESTS:
    prefix = {"stackhost": "s", "edgeshield": "e", "namebay": "n", "hanmadang": "h",
              "kkachiboard": "k", "dropcrate": "d", "pastebox": "p"}[plat]
    for i, u in enumerate(urls, 1):
        U[prefix + str(i)] = u
        E[prefix + str(i)] = enc(u)


def req_mid(ref):
    return "req." + ref


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, f"2024-09-{sent:02d}T10:00:00+09:00",
                            f"2024-09-{due:02d}T23:59:59+09:00", enc(u), cat,
                            req_mid(ref) + "@kcsc.example", note])


def items(**kw):
    return {E[k]: v for k, v in kw.items()}


def pending(*keys):
    return {E[k]: "pending" for k in keys}


def quoted_request(ref, keys, prefix="> "):
    lines = ["Dear abuse team,", "",
             f"The Korea Communications Standards Commission requests the removal of the",
             f"following content (our reference {ref}):", ""]
    for i, k in enumerate(keys, 1):
        lines.append(f"{i}. {U[k]}")
    lines += ["", "Please reply to this address once the content has been removed.", "",
              "KCSC Takedown Desk"]
    return "\n".join((prefix + l).rstrip() for l in lines)


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


SH = "abuse@stackhost.example"
R1 = "KCSC-240902-01"
R2 = "KCSC-240903-02"
R3 = "KCSC-240904-03"
R4 = "KCSC-240905-04"
R5 = "KCSC-240909-05"
R6 = "KCSC-240910-06"
R7 = "KCSC-240911-07"
S1_12 = ["s%d" % i for i in range(1, 13)]

cases = []

# ================================================================ StackHost
cases.append(dict(
    name="sh-numbered-list-mixed",
    **{"from": SH}, name_from="StackHost Abuse Desk", date=d(4, 16, 12),
    subject=f"[StackHost Abuse #SH-884120] Re: {R1}",
    reply_to_req=req_mid(R1),
    body=f"""
Hello,

Thank you for your notice. Our abuse team has reviewed the URLs in your
request. Results so far:

1. {U['s1']} - removed (page disabled on the customer's server)
2. {U['s2']} - removed
3. {U['s3']} - removed
4. {U['s4']} - the customer has blocked access to this page from Korean IP addresses
5. {U['s6']} - we could not find this path at that address; it returns 404 and no such file exists in the account

The remaining URLs are still being looked at and we will update this ticket.

Kind regards,
Daniel R.
StackHost Abuse Desk
Acceptable Use Policy: https://stackhost.example/legal/aup
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider abuse-desk ticket reply with a numbered per-URL result list",
    why="five items named one per line: three removed, one geo-blocked for Korea (restricted), one not on the server (not_found); the rest is a promise about unnamed URLs",
    items=items(s1="removed", s2="removed", s3="removed", s4="restricted", s6="not_found"),
))

cases.append(dict(
    name="sh-top-posted-account-suspended",
    **{"from": "t.nowak@stackhost.example"}, name_from="Tomasz Nowak", date=d(3, 9, 41),
    subject=f"Re: Request for removal of illegal content ({R1})",
    reply_to_req=req_mid(R1),
    body=f"""
Hi,

bet-hanul.example is one customer account. We suspended it this morning for
breach of our AUP, so both of these are offline now:
{U['s7']}
{U['s8']}

The rest of your list is with a colleague, you'll hear from her separately.

Tomasz
StackHost abuse

On Mon, 2 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request(R1, S1_12)}
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk employee top-posting a short answer over the quoted Gmail-style request",
    why="account suspended, both bet-hanul URLs named as offline (removed); the other ten URLs appear only in the quoted request",
    items=items(s7="removed", s8="removed"),
))

cases.append(dict(
    name="sh-bulk-all-disabled",
    **{"from": SH}, name_from="StackHost Abuse Desk", date=d(5, 11, 3),
    subject=f"[StackHost Abuse #SH-884120] Closed: {R1}",
    reply_to_req=req_mid(R1),
    body=f"""
Hello,

All 12 URLs listed in your notice {R1} have been disabled on our
customers' servers. The customers concerned have been notified of the
complaint and of our Acceptable Use Policy.

This ticket is now closed. If you believe it was closed in error, reply to
this email and it will be reopened.

StackHost Abuse Desk
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="ticket-closing notice from a hosting abuse desk stating the outcome for the whole notice",
    why="'all 12 URLs ... disabled' names no URL for a 12-item request: bulk, nothing applied",
    items=pending(*S1_12),
))

cases.append(dict(
    name="sh-promise-customer-notified",
    **{"from": SH}, name_from="StackHost Abuse Desk", date=d(3, 15, 20),
    subject=f"[StackHost Abuse #SH-884133] Complaint forwarded to customer ({R1})",
    body=f"""
Dear reporter,

Your complaint concerning

  {U['s10']}
  {U['s11']}

has been forwarded to the customer responsible for this website. Under our
terms the customer has 48 hours to respond. If the material has not been
removed by then, we will suspend the service.

We will let you know the outcome.

StackHost Abuse Desk
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="hosting provider notice that a complaint was passed to the customer with a deadline",
    why="forwarded to the customer and a conditional promise to suspend: no statement that either post is gone",
    items=pending("s10", "s11"),
))

sh_csv = (
    "url,result,closed_at,comment\n"
    f"{U['s9']},removed,2024-09-04,file deleted by StackHost staff\n"
    f"{U['s10']},removed,2024-09-04,customer took the post down after our notice\n"
    f'{U["s11"]},no action,2024-09-04,"no AUP violation, news commentary on a court case"\n'
    f"{U['s12']},not found,2024-09-04,product id does not exist in the shop\n"
)
cases.append(dict(
    name="sh-csv-attachment",
    **{"from": SH}, name_from="StackHost Abuse Desk", date=d(4, 18, 30),
    subject=f"[StackHost Abuse #SH-884120] Results for {R1}",
    reply_to_req=req_mid(R1),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="sh-b1-7f3a"

--sh-b1-7f3a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

The results for four of the URLs in your notice are in the attached
spreadsheet (one line per URL).

StackHost Abuse Desk

--sh-b1-7f3a
Content-Type: text/csv; charset=utf-8; name="SH-884120_results.csv"
Content-Disposition: attachment; filename="SH-884120_results.csv"
Content-Transfer-Encoding: base64

{b64(sh_csv)}
--sh-b1-7f3a--
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk export of per-URL results as a CSV attachment",
    why="CSV rows: banner and post-381 removed, post-382 'no action' with the reason that it breaks no rule (rejected), diet-pill-79 does not exist (not_found)",
    items=items(s9="removed", s10="removed", s11="rejected", s12="not_found"),
))

cases.append(dict(
    name="sh-plaintext-table",
    **{"from": "noc@stackhost.example"}, name_from="StackHost NOC", date=d(5, 10, 2),
    subject=f"Re: {R1} - moa-pharm.example",
    reply_to_req=req_mid(R1),
    body=f"""
Hello KCSC,

Action taken on the moa-pharm.example URLs from your request:

URL                                                             Action            Date
--------------------------------------------------------------  ----------------  ----------
{U['s4']:<62}  Removed           2024-09-05
{U['s5']:<62}  Removed           2024-09-05
{U['s12']:<62}  Geo-blocked (KR)  2024-09-05

--
StackHost Network Operations
""",
    outcome="applied", classification="confirmation",
    imitates="NOC engineer pasting a fixed-width plain-text result table",
    why="table rows: two product pages removed, the third blocked for Korea only (restricted)",
    items=items(s4="removed", s5="removed", s12="restricted"),
))

cases.append(dict(
    name="sh-ooo-autoreply",
    **{"from": "j.kim@stackhost.example"}, name_from="Jiwon Kim", date=d(2, 10, 1),
    subject=f"Automatic reply: Request for removal of illegal content ({R1})",
    reply_to_req=req_mid(R1),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your message. I am out of the office until Monday 9 September
with limited access to email.

Abuse and legal notices are handled by abuse@stackhost.example; please
write there if your message is urgent.

Jiwon Kim
StackHost Legal
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply",
    why="out-of-office auto-reply, says nothing about any URL",
    items={},
))

cases.append(dict(
    name="sh-forged-auth-fail",
    **{"from": SH}, name_from="StackHost Abuse", date=d(3, 2, 17), auth="fail",
    subject=f"RE: {R1} removal completed",
    body=f"""
Dear KCSC,

We confirm that the following pages were removed from our network:

{U['s1']}
{U['s2']}
{U['s3']}

To close the case please confirm your details through our compliance portal
at https://stackhost-compliance.example/verify within 24 hours.

StackHost Compliance
""",
    outcome="review", review="untrusted", classification="confirmation",
    imitates="spoofed abuse-desk confirmation (DMARC fail) pushing a verification link",
    why="claims from the StackHost domain but DKIM/SPF/DMARC fail: untrusted, nothing applied",
    items=pending("s1", "s2", "s3"),
))

cases.append(dict(
    name="sh-one-liner-terminated",
    **{"from": "ops@stackhost.example"}, name_from="Marek", date=d(3, 23, 58),
    subject=f"Re: {R1}",
    reply_to_req=req_mid(R1),
    body=f"""
{U['s6']} and {U['s9']} - same customer, account terminated, both are gone.

marek
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from a small host's sysadmin",
    why="both URLs named, account terminated and 'both are gone': removed",
    items=items(s6="removed", s9="removed"),
))

cases.append(dict(
    name="sh-echoed-report",
    **{"from": "noreply@stackhost.example"}, name_from="StackHost Abuse System", date=d(5, 17, 45),
    subject=f"[SH-884120] Update on your report {R1}",
    body=f"""
Your report ({R1}) and our findings
===================================

Reported URL: {U['s10']}
Reported as: illegal content
Outcome: Content removed by StackHost.

Reported URL: {U['s11']}
Reported as: illegal content
Outcome: Content removed by StackHost.

Reported URL: {U['s7']}
Reported as: illegal gambling
Outcome: No action. The site is operated by a lottery reseller licensed in
its own jurisdiction and does not breach our Acceptable Use Policy.

This message was sent by the StackHost abuse system. Replies go to the
abuse desk.
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-ticket system update that echoes each reported URL followed by its outcome",
    why="two posts removed; bet-hanul homepage kept up because it breaks no rule (rejected)",
    items=items(s10="removed", s11="removed", s7="rejected"),
))

sh_html = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear KCSC team,</p>
<p>Please find below the status of the URLs from notice <b>{R1}</b> that were assigned to me.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#eee"><th>#</th><th>URL</th><th>Status</th></tr>
<tr><td>1</td><td><a href="{U['s1']}">{U['s1']}</a></td><td>Removed</td></tr>
<tr><td>2</td><td><a href="{U['s2']}">{U['s2']}</a></td><td>Removed</td></tr>
<tr><td>3</td><td><a href="{U['s3']}">{U['s3']}</a></td><td>Not found &ndash; page does not exist</td></tr>
<tr><td>4</td><td><a href="{U['s8']}">{U['s8']}</a></td><td>Restricted &ndash; blocked for visitors from South Korea</td></tr>
</table>
<p>Best regards,<br>Agnieszka W.<br>StackHost Trust &amp; Safety</p>
<p style="color:#888;font-size:11px">StackHost Ltd. &middot; <a href="https://stackhost.example/legal/aup">Acceptable Use Policy</a></p>
</body></html>"""
sh_html_text = f"""Dear KCSC team,

Please find below the status of the URLs from notice {R1} that were assigned to me.

# | URL | Status
1 | {U['s1']} | Removed
2 | {U['s2']} | Removed
3 | {U['s3']} | Not found - page does not exist
4 | {U['s8']} | Restricted - blocked for visitors from South Korea

Best regards,
Agnieszka W.
StackHost Trust & Safety
"""
cases.append(dict(
    name="sh-html-table",
    **{"from": "a.wisniewska@stackhost.example"}, name_from="Agnieszka W. (StackHost)", date=d(4, 13, 5),
    subject=f"Status of your notice {R1}",
    reply_to_req=req_mid(R1),
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="sh-alt-22c1"

--sh-alt-22c1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(sh_html_text)}
--sh-alt-22c1
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(sh_html)}
--sh-alt-22c1--
""",
    outcome="applied", classification="confirmation",
    imitates="trust-and-safety agent's HTML reply with a status table (multipart/alternative, quoted-printable)",
    why="table: two removed, one page does not exist (not_found), one blocked for Korea only (restricted)",
    items=items(s1="removed", s2="removed", s3="not_found", s8="restricted"),
))

# ================================================================ EdgeShield (CDN)
ES = "abuse@edgeshield.example"
cases.append(dict(
    name="es-not-host-forwarded",
    **{"from": ES}, name_from="EdgeShield Trust & Safety", date=d(3, 18, 10),
    subject=f"[EdgeShield Abuse] Report ES-2024-55817 ({R2})",
    reply_to_req=req_mid(R2),
    body=f"""
Hello,

EdgeShield provides a pass-through security and caching service for
sportslive-free.example. We are not the hosting provider of this website
and cannot remove material that is stored on someone else's server.

Reported URLs:
  {U['e1']}
  {U['e2']}
  {U['e3']}

We have forwarded your report to the hosting provider (Hostnode Ltd.,
abuse@hostnode.example) and to the website operator. The origin server IP
address is 198.51.100.77. Please contact the hosting provider directly for
any follow-up.

More about how we handle reports: https://edgeshield.example/trust/abuse-policy

EdgeShield Trust & Safety
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="CDN 'we are not the host, your report was forwarded to the hosting provider' reply",
    why="names all three URLs but states no status: forwarding to the host is neither removal nor a refusal that the content breaks no rule",
    items=pending("e1", "e2", "e3"),
))

cases.append(dict(
    name="es-disabled-worldwide",
    **{"from": ES}, name_from="EdgeShield Trust & Safety", date=d(6, 9, 30),
    subject=f"[EdgeShield Abuse] Action taken - ES-2024-55817 ({R2})",
    reply_to_req=req_mid(R2),
    body=f"""
Hello,

We reviewed the URLs in your notice {R2}. These streams are delivered
through our video product, where EdgeShield stores the content, so we were
able to act on them directly:

  * {U['e1']}  -- disabled for all users
  * {U['e2']}  -- disabled for all users
  * {U['e3']}  -- purged from our cache and blocked

The account owner has been informed and may appeal through
https://edgeshield.example/trust/appeals.

EdgeShield Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN trust-and-safety action notice for content it stores itself",
    why="each URL named with a global disabling / purge: all three removed",
    items=items(e1="removed", e2="removed", e3="removed"),
))

cases.append(dict(
    name="es-geo-block-korea",
    **{"from": "legal@edgeshield.example"}, name_from="EdgeShield Legal", date=d(6, 14, 2),
    subject=f"Your request {R2}",
    body=f"""
Dear Sir or Madam,

Following our review under the laws of the Republic of Korea, EdgeShield
has blocked access from Korean IP addresses to the following URLs. They
remain reachable from other countries.

{U['e1']}
{U['e2']}

As to {U['e3']}: this hostname is not active on our network and we hold
no record of it, so there is nothing for us to act on.

Yours faithfully,
EdgeShield Legal
""",
    outcome="applied", classification="confirmation",
    imitates="legal team's country-withholding letter (blocked for one country only)",
    why="two streams blocked for Korea only (restricted); the image hostname cannot be found on their network (not_found)",
    items=items(e1="restricted", e2="restricted", e3="not_found"),
))

cases.append(dict(
    name="es-report-receipt",
    **{"from": "no-reply@edgeshield.example"}, name_from="EdgeShield", date=d(3, 10, 4),
    subject="We received your abuse report ES-2024-55817",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Thank you for submitting an abuse report to EdgeShield.

Report ID: ES-2024-55817
Category: Copyright / illegal streaming
URLs submitted:
  {U['e1']}
  {U['e2']}
  {U['e3']}

Our Trust & Safety team reviews every report. Where appropriate, we will
forward it to the website operator and the hosting provider. You do not
need to resubmit.

This is an automated message; please do not reply.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="CDN abuse-form automated receipt echoing the submitted URLs",
    why="pure receipt with a report id; the URLs are only echoed, nothing is said about them",
    items={},
))

cases.append(dict(
    name="es-unknown-sender",
    **{"from": "admin@sportslive-free.example"}, name_from="SportsLive Admin", date=d(4, 1, 12),
    subject=f"Re: [EdgeShield Abuse] Report ES-2024-55817 ({R2})",
    body=f"""
Hello,

EdgeShield forwarded us your complaint. We have removed the EPL and KBO
streams:

{U['e1']}
{U['e2']}

Please close this case with EdgeShield.

SportsLive team
""",
    outcome="review", review="unknown_sender", classification="confirmation",
    imitates="website operator replying directly after a CDN forwarded the complaint",
    why="the site operator is not a configured platform: unknown sender, nothing applied",
    items=pending("e1", "e2"),
))

# ================================================================ NameBay (registrar)
NB = "abuse@namebay.example"
cases.append(dict(
    name="nb-clienthold",
    **{"from": NB}, name_from="NameBay Abuse", date=d(6, 11, 40),
    subject=f"NameBay abuse case NB-771203 - {R3}",
    reply_to_req=req_mid(R3),
    body="""
Dear Reporter,

We have completed our review of your complaint.

Domain: totomaster-777.example
Action: the domain has been placed on clientHold (5 September 2024) and no
longer resolves.

Domain: totomaster-888.example
Action: none possible. This domain is not registered; it was deleted by the
registry after it expired on 20 August 2024.

Regards,
NameBay Abuse Team
https://namebay.example/legal/abuse
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse-case outcome (clientHold) naming domains, not URLs",
    why="totomaster-777 put on hold and no longer resolves (removed); totomaster-888 is not registered at all (not_found)",
    items=items(n1="removed", n2="not_found"),
))

cases.append(dict(
    name="nb-refuses-content",
    **{"from": "compliance@namebay.example"}, name_from="NameBay Compliance", date=d(5, 16, 22),
    subject=f"Re: {R3}",
    reply_to_req=req_mid(R3),
    body=f"""
Dear KCSC,

NameBay is the registrar of {U['n1']} and {U['n2']}.
We do not host either website.

Your complaint concerns the content of these websites, not DNS abuse
(malware, botnets, phishing, pharming or spam). Our registration agreement
does not allow us to suspend a domain name because of its content without
an order from a competent court, so we are not taking any action on these
two domains. Please contact the hosting provider shown in the DNS records.

Kind regards,
NameBay Compliance
""",
    outcome="applied", classification="confirmation",
    imitates="registrar refusal: content complaint is not DNS abuse, court order needed",
    why="explicit refusal for both named domains with its reason: rejected",
    items=items(n1="rejected", n2="rejected"),
))

nb_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: compliance-kr@namebay.example
Subject: Request for removal of illegal content ({R3})
Date: {d(4, 10, 0)}
Message-ID: <{req_mid(R3)}@kcsc.example>

{quoted_request(R3, ['n1', 'n2'], prefix='')}
"""
cases.append(dict(
    name="nb-dsn-bounce",
    **{"from": "MAILER-DAEMON@namebay.example"}, name_from="Mail Delivery System", date=d(4, 10, 2),
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="nb-dsn-0a9"

--nb-dsn-0a9
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.namebay.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<compliance-kr@namebay.example>: host mx1.namebay.example said:
    550 5.1.1 <compliance-kr@namebay.example>: Recipient address rejected:
    User unknown in virtual mailbox table

--nb-dsn-0a9
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.namebay.example
Arrival-Date: {d(4, 10, 1)}

Final-Recipient: rfc822; compliance-kr@namebay.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown in virtual mailbox table

--nb-dsn-0a9
Content-Description: Undelivered Message
Content-Type: message/rfc822

{nb_orig}
--nb-dsn-0a9--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix non-delivery report returning our request",
    why="DSN: our request bounced; the URLs are only in the returned message",
    items={},
))

cases.append(dict(
    name="nb-asks-more",
    **{"from": NB}, name_from="NameBay Abuse", date=d(5, 9, 15),
    subject=f"NameBay abuse case NB-771203 - more information needed ({R3})",
    reply_to_req=req_mid(R3),
    body="""
Dear Reporter,

Thank you for your report about totomaster-777.example and
totomaster-888.example.

Before we can take any action on these domain names we need:

  1. the provision of Korean law that the websites breach;
  2. dated screenshots showing the content in question;
  3. confirmation that you have contacted the hosting provider.

Please reply to this email with the documents; the case stays open for 14
days.

NameBay Abuse Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="registrar asking the complainant for evidence and legal basis before acting",
    why="asks for documents before any action: request for information, nothing changes",
    items=pending("n1", "n2"),
))

# ================================================================ 한마당 (Korean forum)
HM = "report@hanmadang.example"
cases.append(dict(
    name="hm-result-table-korean",
    **{"from": HM}, name_from="한마당 운영팀", date=d(6, 15, 30),
    subject=f"[한마당] 시정요구({R4})에 대한 조치 결과 회신",
    reply_to_req=req_mid(R4),
    body=f"""
안녕하세요, 한마당 커뮤니티 운영팀입니다.

귀 위원회에서 요청하신 게시물에 대한 조치 결과를 아래와 같이 회신드립니다.

번호 | 게시물 주소 | 조치 결과 | 조치 일자
1 | {U['h1']} | 삭제 | 2024-09-06
2 | {U['h2']} | 게시중단 | 2024-09-06
3 | {U['h3']} | 임시조치(30일) | 2024-09-06
4 | {U['h4']} | 해당 게시물 없음(작성자 삭제) | -
5 | {U['h5']} | 회원 이용정지 및 프로필 비공개 처리 | 2024-09-06

문의사항은 본 메일로 회신 주시기 바랍니다.
감사합니다.

한마당 커뮤니티 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table from a community site",
    why="삭제 and 게시중단 removed, 임시조치 restricted, 게시물 없음(작성자 삭제) not_found, 비공개 처리 of the member profile removed",
    items=items(h1="removed", h2="removed", h3="restricted", h4="not_found", h5="removed"),
))

cases.append(dict(
    name="hm-admin-one-line-particles",
    **{"from": "admin@hanmadang.example"}, name_from="한마당 운영자", date=d(5, 22, 47),
    subject=f"Re: {R4} 게시물 삭제 요청",
    reply_to_req=req_mid(R4),
    body=f"""
운영자입니다. 장터 글 {U['h3']} 이랑 {U['h4']}은 방금 블라인드 처리했습니다.
나머지는 내일 확인하겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="forum operator's one-line Korean reply, URL followed directly by a particle",
    why="both market posts named and 블라인드 처리 done (removed); the rest is only a promise about unnamed posts",
    items=items(h3="removed", h4="removed"),
))

cases.append(dict(
    name="hm-promise-korean",
    **{"from": HM}, name_from="한마당 운영팀", date=d(6, 10, 5),
    subject=f"[한마당] 요청 건 처리 안내 ({R4})",
    reply_to_req=req_mid(R4),
    body=f"""
안녕하세요, 한마당 운영팀입니다.

요청하신 자유게시판 게시물（{U['h1']}，{U['h2']}）은
내부 검토를 거쳐 조치할 예정입니다.
처리 결과는 확인되는 대로 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="Korean portal '검토 후 조치 예정' interim notice with full-width punctuation",
    why="조치할 예정 is a promise: both posts stay pending",
    items=pending("h1", "h2"),
))

hm_html = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하십니까. 한마당 커뮤니티 게시물 관리 담당입니다.</p>
<p>방송통신심의위원회 요청({R4})에 따른 검토 결과를 알려드립니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>게시물</th><th>처리 결과</th><th>사유</th></tr>
<tr><td>{U['h1']}</td><td>임시조치</td><td>권리침해 주장에 따라 30일간 접근 차단</td></tr>
<tr><td>{U['h2']}</td><td>게시 유지</td><td>관련 법령 및 운영정책 위반 사항이 확인되지 않음</td></tr>
</table>
<p>운영정책 안내: <a href="https://hanmadang.example/policy/operation">https://hanmadang.example/policy/operation</a></p>
<p>한마당 커뮤니티 드림</p>
</body></html>"""
cases.append(dict(
    name="hm-base64-html",
    **{"from": HM}, name_from="한마당 커뮤니티", date=d(7, 11, 20),
    subject=f"[한마당] 게시물 검토 결과 안내 ({R4})",
    reply_to_req=req_mid(R4),
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(hm_html)}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal HTML result notice (base64) with 임시조치 and 게시 유지 rows",
    why="10231 임시조치 (restricted); 10245 게시 유지 because it breaks no law or policy (rejected)",
    items=items(h1="restricted", h2="rejected"),
))

cases.append(dict(
    name="hm-admin-personal-naver",
    **{"from": "hanmadang.admin@naver.com"}, name_from="한마당 운영자", date=d(6, 0, 31),
    subject=f"Re: {R4} 게시물 삭제 요청",
    body=f"""
위원회 요청 건({R4}) 확인했습니다.
자유게시판 글 두 개 삭제했습니다.
{U['h1']}
{U['h2']}

- 한마당 운영자
""",
    outcome="review", review="wrong_platform", classification="confirmation",
    imitates="small-forum operator answering from a personal NAVER mail account",
    why="statements about 한마당 posts come from naver.com, another platform's domain: wrong_platform, nothing applied",
    items=pending("h1", "h2"),
))

cases.append(dict(
    name="hm-auto-receipt",
    **{"from": "noreply@hanmadang.example"}, name_from="한마당 고객센터", date=d(5, 10, 1),
    subject=f"[한마당 고객센터] 문의가 접수되었습니다 (접수번호 HM-0905-0172)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
안녕하세요, 한마당 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다.
  - 접수번호: HM-0905-0172
  - 문의 제목: 게시물 삭제 요청 ({R4})

담당자가 내용을 확인한 뒤 순차적으로 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean help-desk automatic receipt (접수 완료) with a ticket number",
    why="pure receipt: ticket number, no statement about any post",
    items={},
))

hm_orig = f"""-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 10:00 AM
To: report@hanmadang.example
Subject: 게시물 삭제 요청 ({R4})

{quoted_request(R4, ['h1', 'h2', 'h3', 'h4', 'h5'], prefix='')}"""
cases.append(dict(
    name="hm-outlook-topposted",
    **{"from": "moderator@hanmadang.example"}, name_from="한마당 모더레이터", date=d(7, 9, 12),
    subject=f"RE: 게시물 삭제 요청 ({R4})",
    reply_to_req=req_mid(R4),
    body=f"""
안녕하세요.

회원 판매왕99 ({U['h5']}) 는 영구 이용정지하고
작성 글 전부 삭제했습니다.

자유게시판 10245번 글({U['h2']})은
성인 인증 회원만 볼 수 있도록 접근 제한을 걸어두었습니다.

한마당 모더레이터 드림

{hm_orig}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean moderator's Outlook top-posted reply over the -----Original Message----- request",
    why="member account banned and its posts deleted (removed); post 10245 age-gated (restricted); the other URLs are only in the quoted request",
    items=items(h5="removed", h2="restricted"),
))

# ================================================================ Kkachi Board (image board)
KB = "mods@kkachiboard.example"
cases.append(dict(
    name="kb-janitor-oneliner",
    **{"from": "janitor@kkachiboard.example"}, name_from="kkachi janitor", date=d(9, 21, 14),
    subject=f"Re: {R5}",
    reply_to_req=req_mid(R5),
    body=f"""
{U['k1']} - nuked, poster banned
{U['k2']} - nuked too

-k
""",
    outcome="applied", classification="confirmation",
    imitates="image-board janitor's two-line informal answer",
    why="'nuked' is board slang for deleted: both threads removed",
    items=items(k1="removed", k2="removed"),
))

cases.append(dict(
    name="kb-url-status-below",
    **{"from": KB}, name_from="Kkachi Board mods", date=d(10, 3, 50),
    subject=f"Re: Request for removal of illegal content ({R5})",
    reply_to_req=req_mid(R5),
    body=f"""
hi, went through your list:

{U['k3']}
deleted, it was a repost of a thread we'd already banned anyway

{U['k4']}
file purged from the image server and the hash is banned

{U['k1']}
that one 404s, the thread had already fallen off the board before we got
to it (we keep no archive for /b/)

mods
""",
    outcome="applied", classification="confirmation",
    imitates="board moderator's reply with each bare URL and its status on the line below",
    why="pol thread deleted and image purged (removed); the /b/ thread no longer existed (not_found)",
    items=items(k3="removed", k4="removed", k1="not_found"),
))

cases.append(dict(
    name="kb-rejected-pol",
    **{"from": KB}, name_from="Kkachi Board mods", date=d(10, 12, 30),
    subject=f"Re: {R5} /pol/ thread",
    reply_to_req=req_mid(R5),
    body=f"""
Hi,

We're leaving {U['k3']} up. It's a heated political argument, but nothing
in it breaks our rules or Korean law as far as we can tell. If a court
disagrees, have it send the order to legal@kkachiboard.example.

Board rules for reference: https://kkachiboard.example/rules

mods
""",
    outcome="applied", classification="confirmation",
    imitates="board admin declining to remove a political thread",
    why="thread stays up because it breaks no rule: rejected",
    items=items(k3="rejected"),
))

cases.append(dict(
    name="kb-mdn",
    **{"from": KB}, name_from="Kkachi Board mods", date=d(9, 13, 2),
    subject=f"Read: Request for removal of illegal content ({R5})",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="kb-mdn-5e"

--kb-mdn-5e
Content-Type: text/plain; charset=utf-8

The message sent on {d(9, 10, 0)} to mods@kkachiboard.example with subject
"Request for removal of illegal content ({R5})" has been displayed.
This is no guarantee that the message has been read or understood.

--kb-mdn-5e
Content-Type: message/disposition-notification

Reporting-UA: kkachiboard.example; Thunderbird 115.14.0
Final-Recipient: rfc822;mods@kkachiboard.example
Original-Message-ID: <{req_mid(R5)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--kb-mdn-5e--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird message disposition notification (read receipt)",
    why="MDN only: the request was displayed",
    items={},
))

cases.append(dict(
    name="kb-hedge-maybe",
    **{"from": "janitor@kkachiboard.example"}, name_from="kkachi janitor", date=d(9, 23, 40),
    subject=f"Re: {R5}",
    reply_to_req=req_mid(R5),
    body=f"""
re {U['k2']} - I think one of the other janitors may have removed it
already, but I'm not sure. I'll ask around and get back to you.

-k
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="volunteer janitor's unsure reply",
    why="'I think ... may have removed it ... not sure' is a hedge: the thread stays pending",
    items=pending("k2"),
))

cases.append(dict(
    name="kb-ack-plus-statement",
    **{"from": KB}, name_from="Kkachi Board mods", date=d(9, 16, 25),
    subject=f"Re: {R5} [ticket #KB-3391]",
    reply_to_req=req_mid(R5),
    body=f"""
Thanks, we got your report and opened ticket #KB-3391.

{U['k2']} was deleted within the hour, and the image
{U['k4']} has been removed from the server.

We'll look at the other two tomorrow.

mods
""",
    outcome="applied", classification="confirmation",
    imitates="small site's reply that acknowledges the ticket and reports actions in the same message",
    why="receipt wording plus unhedged removals of two named items: a confirmation, not an acknowledgement",
    items=items(k2="removed", k4="removed"),
))

# ================================================================ DropCrate (file host)
DC = "abuse@dropcrate.example"
dc_csv = (
    "\ufefflink,decision,date_utc,notes\n"
    f"{U['d1']},removed,2024-09-11 02:14,file deleted; uploader warned\n"
    f"{U['d2']},removed,2024-09-11 02:14,file deleted\n"
    f'{U["d3"]},removed,2024-09-11 02:16,"file deleted, account suspended"\n'
    f"{U['d4']},removed,2024-09-11 02:16,folder and its 14 files disabled\n"
    f'{U["d5"]},not found,,"invalid link (expired download token, file id unknown)"\n'
)
cases.append(dict(
    name="dc-csv-attachment",
    **{"from": DC}, name_from="DropCrate Abuse Team", date=d(11, 11, 30),
    subject=f"DropCrate - outcome of your notice {R6}",
    reply_to_req=req_mid(R6),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="dc-mix-90b"

--dc-mix-90b
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find attached the outcome for each link in your notice {R6}.

Regards,
DropCrate Abuse Team

--dc-mix-90b
Content-Type: text/csv; name="{R6}_outcome.csv"
Content-Disposition: attachment; filename="{R6}_outcome.csv"
Content-Transfer-Encoding: base64

{b64(dc_csv)}
--dc-mix-90b--
""",
    outcome="applied", classification="confirmation",
    imitates="file host's Excel-exported CSV (UTF-8 BOM) of per-link decisions",
    why="CSV: four links removed (files deleted, folder disabled), the direct link invalid (not_found)",
    items=items(d1="removed", d2="removed", d3="removed", d4="removed", d5="not_found"),
))

dc_qp_text = f"""Dear KCSC team,

Regarding your notice {R6} of 10 September:

The files <{U['d1']}> and <{U['d2']}> have been removed for breach of section 4.2 of our Terms of Service (https://dropcrate.example/legal/terms).

The shared folder <{U['d4']}> no longer existed when we looked at it: the uploader had deleted it himself earlier that day.

We are still looking into the remaining links and will write again.

Kind regards,
Lena Hoffmann
DropCrate Trust & Safety
"""
cases.append(dict(
    name="dc-qp-angle-brackets",
    **{"from": "l.hoffmann@dropcrate.example"}, name_from="Lena Hoffmann (DropCrate)", date=d(11, 17, 8),
    subject=f"Re: {R6}",
    reply_to_req=req_mid(R6),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(dc_qp_text)}
""",
    outcome="applied", classification="confirmation",
    imitates="trust-and-safety agent's quoted-printable prose reply with URLs in angle brackets",
    why="two files removed; the folder was already deleted by its uploader (not_found); the rest is a promise about unnamed links",
    items=items(d1="removed", d2="removed", d4="not_found"),
))

pdf_bytes = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
             b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
             b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
             b"4 0 obj<</Length 120>>stream\nx\x9c\x0b\xc9\xc8,V\x00\xa2D\x85\xb4\xcc\x9cT\x85\xe4\xfc"
             b"\xbc\x92\xc4\xcc<\x85\xa2\xd4\xe2\xd2\x9c\x92b\x00\x9b\x0c\t\x9b\nendstream endobj\n"
             b"trailer<</Root 1 0 R>>\n%%EOF\n")
cases.append(dict(
    name="dc-pdf-attachment",
    **{"from": "legal@dropcrate.example"}, name_from="DropCrate Legal", date=d(12, 9, 0),
    subject=f"Response to notice {R6}",
    reply_to_req=req_mid(R6),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="dc-pdf-3c"

--dc-pdf-3c
Content-Type: text/plain; charset=utf-8

Dear Sir or Madam,

Please find our formal response to your notice {R6} in the attached
letter.

DropCrate Legal

--dc-pdf-3c
Content-Type: application/pdf; name="DropCrate_response_{R6}.pdf"
Content-Disposition: attachment; filename="DropCrate_response_{R6}.pdf"
Content-Transfer-Encoding: base64

{b64(pdf_bytes)}
--dc-pdf-3c--
""",
    outcome="review", review="unreadable_attachment", classification="confirmation",
    imitates="legal department replying only with a PDF letter",
    why="the answer is in a PDF the tool cannot read; the body says nothing about any link",
    items={},
))

cases.append(dict(
    name="dc-bulk-gmail-quote",
    **{"from": "mina@dropcrate.example"}, name_from="Mina Park", date=d(10, 19, 44),
    subject=f"Re: Request for removal of illegal content ({R6})",
    reply_to_req=req_mid(R6),
    body=f"""
Hi,

All five files you listed have been deleted and the uploader's account has
been closed.

Regards,
Mina / DropCrate Trust & Safety

On Tue, 10 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request(R6, ['d1', 'd2', 'd3', 'd4', 'd5'])}
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="agent's one-sentence answer for the whole list above the quoted request",
    why="'all five files ... deleted' names none of them for a 5-item request; the URLs are only in the quote: bulk",
    items=pending("d1", "d2", "d3", "d4", "d5"),
))

cases.append(dict(
    name="dc-ooo",
    **{"from": "legal@dropcrate.example"}, name_from="DropCrate Legal", date=d(10, 10, 1),
    subject=f"Out of Office: Request for removal of illegal content ({R6})",
    reply_to_req=req_mid(R6),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
Thank you for your email. The legal team is at a conference until
23 September and will reply on our return.

For takedown notices, please use abuse@dropcrate.example, which is staffed
every day.
""",
    outcome="ignored", classification="auto_reply",
    imitates="team mailbox out-of-office auto-reply",
    why="auto-reply only",
    items={},
))

cases.append(dict(
    name="dc-url-next-line",
    **{"from": DC}, name_from="DropCrate Abuse Team", date=d(11, 8, 55),
    subject=f"[DropCrate] Takedown completed - {R6}",
    reply_to_req=req_mid(R6),
    body=f"""
Hello,

Following your notice, the following file was taken down for illegal
content:
{U['d3']}

The direct download link generated for that file was disabled at the same
time:
{U['d5']}

Regards,
DropCrate Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="file host takedown notice with each statement followed by the URL on the next line",
    why="the file taken down and its direct link disabled: both removed",
    items=items(d3="removed", d5="removed"),
))

cases.append(dict(
    name="dc-dsa-sor",
    **{"from": "dsa-notices@dropcrate.example"}, name_from="DropCrate DSA Notices", date=d(12, 14, 0),
    subject="Statement of reasons DC-SOR-2024-118402",
    body=f"""
STATEMENT OF REASONS
(Article 17 of Regulation (EU) 2022/2065)

Reference:             DC-SOR-2024-118402
Notifier's reference:  {R6}
Content concerned:     {U['d1']}

Decision: restriction of visibility. Access to this file has been disabled
for users in the Republic of Korea. The file remains available in other
countries.

Territorial scope:     Republic of Korea
Facts relied on:       notice from the Korea Communications Standards
                       Commission received on 10 September 2024
Legal ground:          content illegal under the law of the Republic of Korea
Automated means used:  no automated detection; decision taken by a reviewer

Redress: the uploader may appeal at https://dropcrate.example/appeals/DC-SOR-2024-118402
or apply to a certified out-of-court dispute settlement body.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons (geo-restriction)",
    why="access disabled for Korea only, available elsewhere: restricted; the appeal link is not an item",
    items=items(d1="restricted"),
))

# ================================================================ PasteBox
cases.append(dict(
    name="pb-one-word-removed",
    **{"from": "admin@pastebox.example"}, name_from="Jun (PasteBox)", date=d(11, 20, 3),
    subject=f"Re: [{R7}] Request for removal of illegal content",
    reply_to_req=req_mid(R7),
    body="""
Removed.

-- 
Jun, pastebox.example admin
""",
    outcome="applied", classification="confirmation",
    imitates="one-person site admin's one-word reply in the request's thread",
    why="single-item request, in its thread: 'Removed.' applies to its one paste",
    items=items(p1="removed"),
))

cases.append(dict(
    name="pb-rejected-reason",
    **{"from": "admin@pastebox.example"}, name_from="Jun (PasteBox)", date=d(12, 8, 40),
    subject=f"Re: [{R7}] Request for removal of illegal content",
    reply_to_req=req_mid(R7),
    body=f"""
Hi,

I had a look at {U['p1']}. It's a list of shop opening hours and business
phone numbers copied from public listings: no personal data, nothing
illegal that I can see. I'm going to leave it up.

Jun
""",
    outcome="applied", classification="confirmation",
    imitates="small-service admin declining with a reason",
    why="paste kept up because it breaks no rule: rejected",
    items=items(p1="rejected"),
))

pb_hdrs = f"""From: KCSC Takedown <takedown@kcsc.example>
To: admin@pastebox.example
Subject: [{R7}] Request for removal of illegal content
Date: {d(11, 10, 0)}
Message-ID: <{req_mid(R7)}@kcsc.example>
"""
cases.append(dict(
    name="pb-dsn-delayed",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System", date=d(11, 14, 0),
    subject="Delayed Mail (still being retried)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="pb-dly-11"

--pb-dly-11
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.

<admin@pastebox.example>: connect to mail.pastebox.example[203.0.113.80]:25:
    Connection timed out

--pb-dly-11
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example

Final-Recipient: rfc822; admin@pastebox.example
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mail.pastebox.example[203.0.113.80]:25: Connection timed out

--pb-dly-11
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

{pb_hdrs}
--pb-dly-11--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delayed-delivery warning for our request",
    why="delivery delay DSN from our own MTA: ignored",
    items={},
))

HEADER = """# Blind set 559 (hosts, CDN, registrar, forum, image board, file host, paste
# service). Generated by make.py; expected results written from each email's
# meaning before the reader was run. See NOTES.md."""


def mime_words(s):
    """RFC 2047 encoded-word for a non-ASCII header value, as mailers send it."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


RAW_UTF8_SUBJECT = {"hm-admin-one-line-particles"}  # sent by a mailer using SMTPUTF8


def main():
    for c in cases:
        c["name_from"] = mime_words(c["name_from"])
        if c["name"] not in RAW_UTF8_SUBJECT:
            c["subject"] = mime_words(c["subject"])
    write_requests()
    corpuslib.write_set(HERE, "blind559", HEADER, cases)


if __name__ == "__main__":
    main()
