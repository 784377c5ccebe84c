"""The shared hostile-input lists (../shared/data/hostile), for tests that
throw them at forms and URL parameters."""

import json
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
HOSTILE = DATA / "hostile"


def _require(path):
    if not path.exists():
        pytest.skip(f"shared test data not found at {path}")
    return path


def naughty_strings():
    return json.loads(_require(HOSTILE / "blns.json").read_text(encoding="utf-8"))


def xss_payloads(limit=None):
    lines = _require(HOSTILE / "xss_alert.txt").read_text(encoding="utf-8", errors="replace")
    payloads = [line for line in lines.splitlines() if line.strip()]
    return payloads[:limit] if limit else payloads


def naughty_sample(limit):
    """The first `limit` naughty strings, for `parametrize` at import time,
    where a skip would skip the whole module: none where the data is absent."""
    path = HOSTILE / "blns.json"
    if not path.exists():
        return []
    return json.loads(path.read_text(encoding="utf-8"))[:limit]
