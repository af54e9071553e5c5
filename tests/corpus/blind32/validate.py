#!/usr/bin/env python3
"""Checks for blind32 (python only): URLs in expected exist, emails parse,
trusted From domains match the platform of changed items, dates in range."""
import csv, email, os, sys, tomllib
from email import policy
from email.utils import parsedate_to_datetime
from datetime import datetime, timezone, timedelta
HERE = os.path.dirname(os.path.abspath(__file__))
cfg = tomllib.load(open(os.path.join(HERE, "config.toml"), "rb"))
senders = {p["id"]: p["senders"] for p in cfg["platforms"]}
rows = list(csv.DictReader(open(os.path.join(HERE, "requests.csv"))))
plat = {r["url"]: r["platform"] for r in rows}
sent = {r["message_id"].strip("<>"): datetime.fromisoformat(r["sent_at"]) for r in rows}
exp = tomllib.load(open(os.path.join(HERE, "expected.toml"), "rb"))
clock = datetime(2024, 9, 20, tzinfo=timezone(timedelta(hours=9)))
err = []; ids = set(); counts = {}
for c in exp["case"]:
    counts[c["outcome"]] = counts.get(c["outcome"], 0) + 1
    for f in c["files"]:
        raw = open(os.path.join(HERE, f), "rb").read()
        if len(raw) > 8192: err.append(f"{f}: {len(raw)} bytes")
        m = email.message_from_bytes(raw, policy=policy.default)
        for part in m.walk():
            if not part.is_multipart() and part.get_content_maintype() == "text":
                part.get_content()
        mid = m["Message-ID"]; assert mid not in ids, mid; ids.add(mid)
        d = parsedate_to_datetime(m["Date"])
        if d >= clock: err.append(f"{f}: date after clock")
        irt = (m.get("In-Reply-To") or "").strip("<>")
        if irt in sent and d <= sent[irt]: err.append(f"{f}: date before request")
        dom = m["From"].addresses[0].domain
        ar = m.get_all("Authentication-Results") or []
        trusted = bool(ar) and "dmarc=pass" in ar[0] and f"header.from={dom}" in ar[0]
        for u in c["items"]:
            if u not in plat: err.append(f"{c['name']}: {u} not in requests.csv")
            elif trusted and dom not in senders[plat[u]]: err.append(f"{c['name']}: {dom} not a sender of {plat[u]}")
            elif not trusted: err.append(f"{c['name']}: untrusted email changes items")
n_items = sum(len(c["items"]) for c in exp["case"])
print(len(exp["case"]), "cases;", n_items, "item statuses;", counts)
print("\n".join(err) or "OK"); sys.exit(1 if err else 0)
