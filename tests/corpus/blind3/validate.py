#!/usr/bin/env python3
"""Checks for the blind3 set (Python only, no reader):

    python3 tests/corpus/blind3/validate.py

check_corpus.py's checks applied to this directory (with the `not_understood`
review reason of issue 11), plus: every email parses and its Date lies after
the request it answers was sent and before the test's clock
(2024-09-20T00:00+09:00); attachments (CSV, XLSX) decode and name only
requested URLs; make.py is deterministic (run it twice, then `git status`).
"""
import csv
import datetime as dt
import email
import email.utils
import io
import os
import re
import sys
import tomllib
import zipfile
from email import policy

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import check_corpus  # noqa: E402

check_corpus.HERE = HERE
check_corpus.REVIEWS = check_corpus.REVIEWS | {"not_understood"}
check_corpus.LARGE_OK = set()

CLOCK = dt.datetime.fromisoformat("2024-09-20T00:00:00+09:00")


def extra():
    errors = []
    with open(os.path.join(HERE, "requests.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    sent = {r["message_id"].strip("<>"): dt.datetime.fromisoformat(r["sent_at"]) for r in rows}
    urls = {r["url"] for r in rows}
    with open(os.path.join(HERE, "expected.toml"), "rb") as f:
        cases = tomllib.load(f)["case"]
    for c in cases:
        if not c.get("imitates"):
            errors.append("%s: no imitates" % c["name"])
        for path in c["files"]:
            raw = open(os.path.join(HERE, path), "rb").read()
            msg = email.message_from_bytes(raw, policy=policy.default)
            d = email.utils.parsedate_to_datetime(msg["Date"])
            if d >= CLOCK:
                errors.append("%s: Date after the test clock" % path)
            irt = (msg.get("In-Reply-To") or "").strip("<> ")
            refs = set(re.findall(r"KCSC-(\d{6}-\d{2})", str(msg.get("Subject", ""))))
            for rid in {irt} | {"req-" + r for r in refs}:
                if rid in sent and d <= sent[rid]:
                    errors.append("%s: Date not after request %s was sent" % (path, rid))
            for part in msg.walk():
                fn = part.get_filename()
                if not fn:
                    continue
                data = part.get_payload(decode=True)
                if fn.endswith(".csv"):
                    for row in csv.reader(io.StringIO(data.decode("utf-8"))):
                        if row and row[0].startswith("http") and row[0] not in urls:
                            errors.append("%s: CSV URL not requested: %s" % (path, row[0]))
                elif fn.endswith(".xlsx"):
                    try:
                        import openpyxl
                        wb = openpyxl.load_workbook(io.BytesIO(data))
                        vals = [r[0] for r in wb.active.iter_rows(values_only=True)]
                    except ImportError:
                        z = zipfile.ZipFile(io.BytesIO(data))
                        vals = re.findall(r"<t>(http[^<]+)</t>", z.read("xl/worksheets/sheet1.xml").decode())
                    for v in vals:
                        if v and str(v).startswith("http") and v not in urls:
                            errors.append("%s: XLSX URL not requested: %s" % (path, v))
    return errors


if __name__ == "__main__":
    errs = extra()
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    check_corpus.main()
