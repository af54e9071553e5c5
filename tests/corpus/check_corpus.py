#!/usr/bin/env python3
"""Consistency checks for the email corpus (no Rust needed).

    python3 tests/corpus/check_corpus.py

Checks that expected.toml is well-formed, that every URL it names exists in
requests.csv exactly, that every case file exists and is used, that
Message-IDs are unique (except the deliberate duplicate), that every email
parses, that emails trusted by their topmost Authentication-Results come
from a domain of the platform whose items they change, and that files stay
small. Exits non-zero on the first class of problems found.
"""

import csv
import email
import os
import re
import sys
import tomllib
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))

OUTCOMES = {"applied", "no_change", "ignored", "review", "duplicate"}
CLASSIFICATIONS = {"confirmation", "auto_reply", "bounce", "acknowledgement", "forwarded",
                   "request_for_info", "read_receipt", "other", "malformed"}
REVIEWS = {"untrusted", "unknown_sender", "forwarded", "bulk", "asks_more", "unreadable_attachment",
           "unmatched_claims", "wrong_platform", "no_claims", "malformed", "ambiguous_reference",
           "status_regression", "not_understood", "conflicting_statements", "predates_request",
           "not_addressed_to_us", "contradicts_staff"}
STATUSES = {"pending", "removed", "restricted", "rejected", "not_found"}
ALLOWED_DUPLICATE_IDS = {"<20240904062636.2E5A9C1517@mail-out2.telegram.org>"}
MAX_SIZE = 8 * 1024
LARGE_OK = {"cases/xlsx-attachment-link-result.eml"}


def main():
    errors = []
    with open(os.path.join(HERE, "config.toml"), "rb") as f:
        config = tomllib.load(f)
    senders = {p["id"]: p["senders"] for p in config["platforms"]}

    with open(os.path.join(HERE, "requests.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    item_platform = {}
    for r in rows:
        if r["url"] in item_platform:
            errors.append("duplicate item URL in requests.csv: %s" % r["url"])
        item_platform[r["url"]] = r["platform"]
        if r["platform"] not in senders:
            errors.append("unknown platform %s in requests.csv" % r["platform"])
    request_ids = {r["message_id"] for r in rows}

    # expected.toml and any expected-*.toml beside it, as tests/corpus.rs reads them.
    cases = []
    for name in sorted(os.listdir(HERE)):
        if name.startswith("expected") and name.endswith(".toml"):
            with open(os.path.join(HERE, name), "rb") as f:
                cases.extend(tomllib.load(f)["case"])
    names = set()
    used_files = set()
    for c in cases:
        n = c.get("name")
        if n in names:
            errors.append("duplicate case name %s" % n)
        names.add(n)
        for key in ("name", "files", "outcome", "why"):
            if key not in c:
                errors.append("%s: missing %s" % (n, key))
        if c.get("outcome") not in OUTCOMES:
            errors.append("%s: bad outcome %r" % (n, c.get("outcome")))
        if "classification" in c and c["classification"] not in CLASSIFICATIONS:
            errors.append("%s: bad classification %r" % (n, c["classification"]))
        if "review" in c and c["review"] not in REVIEWS:
            errors.append("%s: bad review %r" % (n, c["review"]))
        if c.get("outcome") == "review" and "review" not in c:
            errors.append("%s: outcome review without a review reason" % n)
        for path in c.get("files", []):
            used_files.add(path)
            if not os.path.isfile(os.path.join(HERE, path)):
                errors.append("%s: missing file %s" % (n, path))
        for url, status in c.get("items", {}).items():
            if url not in item_platform:
                errors.append("%s: URL not in requests.csv: %s" % (n, url))
            if status not in STATUSES:
                errors.append("%s: bad status %r" % (n, status))
        changed = {u for u, s in c.get("items", {}).items() if s != "pending"}
        if c.get("outcome") == "applied" and not changed:
            errors.append("%s: applied but no item changes" % n)
        if c.get("outcome") in ("ignored",) and changed and len(c["files"]) == 1:
            errors.append("%s: ignored single email but items change" % n)

    on_disk = {"cases/" + f for f in os.listdir(os.path.join(HERE, "cases")) if f.endswith(".eml")}
    for f in sorted(on_disk - used_files):
        errors.append("file not used by any case: %s" % f)

    seen_ids = {}
    file_platform = {}
    for path in sorted(on_disk):
        full = os.path.join(HERE, path)
        size = os.path.getsize(full)
        if size > MAX_SIZE and path not in LARGE_OK:
            errors.append("%s: %d bytes (> %d)" % (path, size, MAX_SIZE))
        with open(full, "rb") as f:
            raw = f.read()
        msg = email.message_from_bytes(raw, policy=policy.compat32)
        mid = msg.get("Message-ID")
        if mid:
            mid = mid.strip()
            if mid in request_ids:
                errors.append("%s: Message-ID equals a request message_id" % path)
            if mid in seen_ids and mid not in ALLOWED_DUPLICATE_IDS:
                errors.append("%s: Message-ID %s also in %s" % (path, mid, seen_ids[mid]))
            seen_ids.setdefault(mid, path)
        first = raw.split(b"\n", 1)[0].decode("ascii", "replace")
        m = re.match(r"Authentication-Results:\s*mx\.kcsc\.example;", first)
        if m:
            # unfold the topmost header
            hdr = re.match(rb"Authentication-Results:(.*?)\n(?![ \t])", raw, re.S).group(1).decode()
            dm = re.search(r"dmarc=(\w+)[^;]*header\.from=([\w.-]+)", hdr)
            if dm and dm.group(1) == "pass":
                # (str(): a raw UTF-8 display name comes back as a Header,
                # which parseaddr cannot take.)
                frm = email.utils.parseaddr(str(msg.get("From", "")))[1].lower()
                dom = frm.rsplit("@", 1)[-1]
                if frm and dom != dm.group(2).lower():
                    errors.append("%s: From domain %s != header.from %s" % (path, dom, dm.group(2)))
                for pid, doms in senders.items():
                    if any(dom == d or dom.endswith("." + d) for d in doms):
                        file_platform[path] = pid

    for c in cases:
        if c.get("outcome") != "applied":
            continue
        last = c["files"][-1]
        pid = file_platform.get(last)
        if pid is None:
            errors.append("%s: applied but last file is not trusted platform mail" % c["name"])
            continue
        for url, status in c.get("items", {}).items():
            if status != "pending" and item_platform.get(url) != pid:
                errors.append("%s: %s belongs to %s, sender is %s" % (c["name"], url, item_platform.get(url), pid))

    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("ok: %d cases, %d files, %d items" % (len(cases), len(on_disk), len(rows)))


if __name__ == "__main__":
    main()
