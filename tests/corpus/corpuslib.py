"""Shared helpers for the held-out and development corpus sets
(tests/corpus/heldout/make.py, tests/corpus/dev/make.py).

Each set script lists its cases as dicts; `write_set` writes cases/*.eml
and expected.toml from them. The expected results are written in the case
list itself, from the meaning of each email, before the reader is run.
"""
import os

DOMAIN_NAMES = {
    "telegram.org": "Telegram",
    "x.com": "X",
    "google.com": "Google",
    "youtube.com": "YouTube",
    "navercorp.com": "NAVER",
    "naver.com": "NAVER",
}


def headers(c, n):
    frm = c["from"]
    dom = frm.split("@", 1)[1].rstrip(">")
    auth = c.get("auth", "pass")
    lines = []
    if auth == "pass":
        lines.append(
            f"Authentication-Results: mx.kcsc.example; dkim=pass header.d={dom} header.s=k1; "
            f"spf=pass smtp.mailfrom={dom}; dmarc=pass (p=reject) header.from={dom}"
        )
    elif auth == "fail":
        lines.append(
            f"Authentication-Results: mx.kcsc.example; dkim=fail header.d={dom}; "
            f"spf=softfail smtp.mailfrom={dom}; dmarc=fail (p=reject) header.from={dom}"
        )
    lines.append(
        f"Received: from mail{n % 7}.{dom} (mail{n % 7}.{dom} [198.51.100.{10 + n % 200}])\n"
        f"\tby mx.kcsc.example (Postfix) with ESMTPS id HO{n:04d}X\n"
        f"\tfor <takedown@kcsc.example>; {c['date']}"
    )
    lines.append(f"Date: {c['date']}")
    name = c.get("name_from", DOMAIN_NAMES.get(dom, dom))
    lines.append(f"From: {name} <{frm}>")
    lines.append("To: KCSC Takedown <takedown@kcsc.example>")
    lines.append(f"Subject: {c['subject']}")
    lines.append(f"Message-ID: <{c['set']}-{c['name']}@{dom}>")
    if c.get("reply_to_req"):
        lines.append(f"In-Reply-To: <{c['reply_to_req']}@kcsc.example>")
        lines.append(f"References: <{c['reply_to_req']}@kcsc.example>")
    for h in c.get("extra_headers", []):
        lines.append(h)
    lines.append("MIME-Version: 1.0")
    return lines


def render(c, n):
    lines = headers(c, n)
    if "raw_mime" in c:
        lines.append(c["raw_mime"].strip("\n"))
        body = ""
    else:
        ctype = c.get("type", "plain")
        lines.append(f"Content-Type: text/{ctype}; charset=utf-8")
        lines.append("Content-Transfer-Encoding: 8bit")
        lines.append("")
        body = c["body"].strip("\n") + "\n"
    return "\n".join(lines) + ("\n" + body if body else "\n")


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_set(here, set_name, header, cases):
    os.makedirs(os.path.join(here, "cases"), exist_ok=True)
    out = [header.rstrip("\n"), ""]
    names = set()
    for n, c in enumerate(cases):
        assert c["name"] not in names, c["name"]
        names.add(c["name"])
        c["set"] = set_name
        path = os.path.join(here, "cases", c["name"] + ".eml")
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(render(c, n))
        out.append("[[case]]")
        out.append(f"name = {toml_str(c['name'])}")
        out.append(f"files = [{toml_str('cases/' + c['name'] + '.eml')}]")
        out.append(f"outcome = {toml_str(c['outcome'])}")
        if c.get("classification"):
            out.append(f"classification = {toml_str(c['classification'])}")
        if c.get("review"):
            out.append(f"review = {toml_str(c['review'])}")
        out.append(f"imitates = {toml_str(c['imitates'])}")
        out.append(f"why = {toml_str(c['why'])}")
        out.append("[case.items]")
        for url, st in c.get("items", {}).items():
            out.append(f"{toml_str(url)} = {toml_str(st)}")
        out.append("")
    with open(os.path.join(here, "expected.toml"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))
