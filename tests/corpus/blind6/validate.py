#!/usr/bin/env python3
"""Python-only consistency checks for blind6 (no Rust, no reader).

    python3 tests/corpus/blind6/validate.py

Checks: expected.toml well-formed; every URL in it exists in requests.csv;
every case file parses with the email module; Date of each reply lies after
the request it answers and before the test clock (2024-09-20T00:00+09:00);
a trusted From domain belongs to the platform whose items the case changes;
applied cases come from trusted platform mail; the XLSX opens; make.py is
deterministic (two runs give identical bytes).
"""
import csv
import email
import email.utils
import hashlib
import io
import os
import re
import subprocess
import sys
import tomllib
import zipfile
from datetime import datetime
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
CLOCK = datetime.fromisoformat("2024-09-20T00:00:00+09:00")
OUTCOMES = {"applied", "no_change", "ignored", "review", "duplicate"}
REVIEWS = {"untrusted", "unknown_sender", "forwarded", "bulk", "asks_more", "unreadable_attachment",
           "unmatched_claims", "wrong_platform", "not_understood", "no_claims", "malformed",
           "ambiguous_reference", "status_regression"}
STATUSES = {"removed", "restricted", "rejected", "not_found", "pending"}


def digest():
    h = hashlib.sha256()
    for root in ("cases",):
        for f in sorted(os.listdir(os.path.join(HERE, root))):
            h.update(f.encode())
            h.update(open(os.path.join(HERE, root, f), "rb").read())
    for f in ("expected.toml", "requests.csv"):
        h.update(open(os.path.join(HERE, f), "rb").read())
    return h.hexdigest()


def main():
    errs = []
    before = digest()
    subprocess.run([sys.executable, os.path.join(HERE, "make.py")], check=True, stdout=subprocess.DEVNULL)
    if digest() != before:
        errs.append("make.py is not deterministic (or files were stale)")

    config = tomllib.load(open(os.path.join(HERE, "config.toml"), "rb"))
    senders = {p["id"]: p["senders"] for p in config["platforms"]}
    rows = list(csv.DictReader(open(os.path.join(HERE, "requests.csv"), encoding="utf-8")))
    item_platform = {r["url"]: r["platform"] for r in rows}
    req_sent = {r["message_id"]: datetime.fromisoformat(r["sent_at"]) for r in rows}
    ref_sent = {r["ref"]: datetime.fromisoformat(r["sent_at"]) for r in rows}
    if len(item_platform) != len(rows):
        errs.append("duplicate URL in requests.csv")
    for r in rows:
        if r["platform"] not in senders:
            errs.append("unknown platform " + r["platform"])
        s = datetime.fromisoformat(r["sent_at"])
        if not (datetime.fromisoformat("2024-09-09T00:00:00+09:00") <= s < datetime.fromisoformat("2024-09-18T00:00:00+09:00")):
            errs.append("sent_at out of range: " + r["sent_at"])

    cases = tomllib.load(open(os.path.join(HERE, "expected.toml"), "rb"))["case"]
    for c in cases:
        n = c["name"]
        if c["outcome"] not in OUTCOMES:
            errs.append(f"{n}: outcome")
        if c["outcome"] == "review" and c.get("review") not in REVIEWS:
            errs.append(f"{n}: review reason")
        if "review" in c and c["review"] not in REVIEWS:
            errs.append(f"{n}: bad review")
        if not c.get("imitates"):
            errs.append(f"{n}: no imitates")
        for u, s in c.get("items", {}).items():
            if u not in item_platform:
                errs.append(f"{n}: URL not in requests.csv: {u}")
            if s not in STATUSES:
                errs.append(f"{n}: status {s}")
        changed = {u for u, s in c.get("items", {}).items() if s != "pending"}
        if c["outcome"] == "applied" and not changed:
            errs.append(f"{n}: applied without changes")
        if c["outcome"] != "applied" and changed:
            errs.append(f"{n}: {c['outcome']} but items change")

        path = os.path.join(HERE, c["files"][-1])
        raw = open(path, "rb").read()
        msg = email.message_from_bytes(raw, policy=policy.default)
        for part in msg.walk():  # every part must decode
            if not part.is_multipart():
                part.get_payload(decode=True)
                if part.get_content_type().startswith("text/"):
                    part.get_content()
                if "spreadsheetml" in part.get_content_type():
                    import openpyxl
                    wb = openpyxl.load_workbook(io.BytesIO(part.get_payload(decode=True)))
                    if wb.active.max_row < 2:
                        errs.append(f"{n}: empty xlsx")
        d = email.utils.parsedate_to_datetime(msg["Date"])
        if d >= CLOCK:
            errs.append(f"{n}: dated after the test clock")
        irt = msg.get("In-Reply-To")
        refs = set(re.findall(r"KCSC-\d{6}-\d{2}", str(msg.get("Subject", ""))))
        if irt and irt.strip() in req_sent and d <= req_sent[irt.strip()]:
            errs.append(f"{n}: dated before the request it answers")
        for ref in refs:
            if d <= ref_sent[ref]:
                errs.append(f"{n}: dated before {ref}")
        if changed:
            first = raw.split(b"\n", 1)[0].decode()
            m = re.search(r"dmarc=pass \(p=reject\) header\.from=([\w.-]+)", first)
            dom = email.utils.parseaddr(str(msg["From"]))[1].rsplit("@", 1)[-1].lower()
            if not first.startswith("Authentication-Results: mx.kcsc.example;") or not m or m.group(1) != dom:
                errs.append(f"{n}: changes items but is not trusted")
            for u in changed:
                if dom not in senders[item_platform[u]]:
                    errs.append(f"{n}: {u} is {item_platform[u]}'s, sender domain {dom}")
    used = {f for c in cases for f in c["files"]}
    for f in os.listdir(os.path.join(HERE, "cases")):
        if "cases/" + f not in used:
            errs.append("unused file " + f)

    if errs:
        print("\n".join(errs))
        sys.exit(1)
    out = {}
    for c in cases:
        out[c["outcome"]] = out.get(c["outcome"], 0) + 1
    named = sum(len(c.get("items", {})) for c in cases)
    print(f"ok: {len(cases)} cases {out}; {len(rows)} items in requests.csv; {named} item statuses expected")


if __name__ == "__main__":
    main()
