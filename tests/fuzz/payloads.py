"""Hostile values for the fuzzing suite, sampled deterministically: the
same run every time, a different slice of the shared lists for each target,
so the whole suite stays within a few minutes yet over many runs of the
code base every vector is sent somewhere."""

import hashlib
import json

from tests.hostile import HOSTILE, _require, naughty_strings

HUGE = "9" * 30
NUMBERS = [HUGE, "-1", "0", "-" + HUGE, "1e309", "1.5", "0x10", "٣"]
WRONG_TYPES = ["abc", "[]", "{}", "null", "true", "1,2"]
# Percent-encoded so they survive into the URL: NUL, broken UTF-8, a lone
# surrogate's bytes, an overlong slash, a path climb.
ENCODED = ["%00", "%FF%FE", "%C0%AF", "%ED%A0%80", "..%2F..%2Fetc", "%E2%80"]
RAW = ["\x00", "a\x00b", "\x0b\x1f", "\ud800", "‮rtl", "<script>alert(1)</script>"]
OVERLONG = "x" * 10_000


def _lines(name):
    text = _require(HOSTILE / name).read_text(encoding="utf-8", errors="replace")
    return [line for line in text.splitlines() if line.strip()]


def hostile_strings():
    """Every distinct vector in the shared lists."""
    seen = dict.fromkeys(naughty_strings())
    for name in ("xss_alert.txt", "IntrudersXSS.txt", "RSNAKE_XSS.txt", "XSS_Polyglots.txt"):
        seen.update(dict.fromkeys(_lines(name)))
    cases = json.loads(_require(HOSTILE / "dompurify-expect.json").read_text(encoding="utf-8"))
    seen.update(dict.fromkeys(case["payload"] for case in cases))
    return [value for value in seen if value]


def sample(values, key, count):
    """`count` values picked by `key`, the same ones every run."""
    if len(values) <= count:
        return list(values)
    start = int(hashlib.sha256(key.encode()).hexdigest(), 16) % len(values)
    step = max(1, len(values) // count)
    return [values[(start + i * step) % len(values)] for i in range(count)]


def text_values(key, count=3):
    """Hostile text for a field or parameter: shared-list vectors and the
    raw awkward characters."""
    return sample(hostile_strings(), key, count) + sample(RAW, key, 2)


def scalar_values(key):
    """Hostile values for ids and numbers: huge, negative, wrong type."""
    return NUMBERS[:3] + sample(NUMBERS[3:] + WRONG_TYPES, key, 3)
