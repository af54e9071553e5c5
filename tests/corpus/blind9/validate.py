#!/usr/bin/env python3
"""Checks for blind9 (Python only): runs tests/corpus/check_corpus.py on this
directory (every expected URL in requests.csv, files parse, Message-IDs unique
except the deliberate duplicate, trusted From domains belong to the platform
whose items an applied case changes), plus reply dates inside the window.

    python3 tests/corpus/blind9/validate.py
"""
import email
import email.utils
import glob
import os
import sys
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import check_corpus as cc  # noqa: E402

cc.HERE = HERE
cc.REVIEWS.add("not_understood")
cc.ALLOWED_DUPLICATE_IDS.add("<blind9-tg-seq-duplicate-resend@telegram.org>")
cc.LARGE_OK.add("cases/tiktok-xlsx-attachment.eml")

lo = datetime.fromisoformat("2024-09-09T10:00:00+09:00")
hi = datetime.fromisoformat("2024-09-20T00:00:00+09:00")
for p in sorted(glob.glob(os.path.join(HERE, "cases", "*.eml"))):
    m = email.message_from_bytes(open(p, "rb").read())
    d = email.utils.parsedate_to_datetime(m["Date"])
    assert lo < d < hi, (p, d)
cc.main()
