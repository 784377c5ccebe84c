"""`make bench-http`: the post page over HTTP, against the static limit.

Builds a scratch SQLite database with the content in bench/content.py,
starts gunicorn (production settings, 2 sync workers) on a free loopback port
and runs wrk against: the same bytes as a static file (served by the same
gunicorn and whitenoise), the post with all 300 comments on one page and the
default page of 30 conversations: first with the page cache off
(PAGECACHE_SECONDS=0, a cold render), then with it on under a query string it
doesn't keep (a render with the thread from the thread cache, as a usual miss
is), then the full post's cached copy (a hit). The static file is measured
again after each page, and each page's share is of the static runs either
side of it. Prints req/s, p50, p99, the share of the static rate, the query
count and the gzip size. About three minutes; figures, not assertions."""

import gzip
import os
import re
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
DURATION = os.environ.get("BENCH_DURATION", "10s")
STATIC_PATH = "bench/post.html"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def environment(scratch):
    return {
        "DJANGO_SETTINGS_MODULE": "website.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(40),
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "DATABASE_URL": f"sqlite:///{scratch / 'bench.sqlite3'}",
        "MEDIA_ROOT": str(scratch / "media"),
        "STATIC_ROOT": str(scratch / "static"),
        "SECURE_SSL_REDIRECT": "off",
        "TASK_BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        "LOG_LEVEL": "WARNING",
        "CACHE_DIR": str(scratch / "cache"),
        # As deploy/systemd/commonroom.env runs it: connections kept between requests.
        "DB_CONN_MAX_AGE": "60",
    }


class Gunicorn:
    """gunicorn with 2 sync workers on a free loopback port, for a `with` block."""

    def __init__(self, env, port, workers=2):
        self.port = port
        self.env = env
        self.workers = workers

    def __enter__(self):
        self.process = subprocess.Popen(
            [
                str(VENV_BIN / "gunicorn"),
                "website.wsgi",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(self.workers),
                "--log-level",
                "warning",
            ],
            cwd=BASE_DIR,
            env={**os.environ, **self.env},
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(self.url("/static/" + STATIC_PATH), timeout=2)
                return self
            except OSError:
                time.sleep(0.2)
        self.__exit__()
        raise RuntimeError("gunicorn did not start within 30 seconds")

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait(timeout=20)

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"


def seconds(text):
    """wrk's "812.00us", "1.25ms", "2.10s" or "1.02m"; nan for anything else
    (wrk prints no figure when too few requests finished)."""
    found = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text)
    if found is None:
        return float("nan")
    value, unit = found.groups()
    return float(value) * {"us": 1e-6, "ms": 1e-3, "s": 1, "m": 60}[unit]


def run_wrk(url, duration):
    return subprocess.run(
        ["wrk", "-t2", "-c8", f"-d{duration}", "--timeout", "30s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout


def wrk(url, warm=True):
    """req/s, p50 and p99 (seconds), after a short unmeasured run (unless
    `warm` is False) so that each worker has loaded its templates and URL
    patterns first."""
    if warm:
        run_wrk(url, "3s")
    output = run_wrk(url, DURATION)
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    # Anchored: the "+/- Stdev" column above the distribution also ends in "%".
    p50, p99 = (
        seconds(re.search(rf"^\s+{n}%\s+(\S+)", output, re.MULTILINE).group(1)) for n in (50, 99)
    )
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if errors:
        print(f"  ({errors.group(1)} non-2xx responses from {url})")
    return rate, p50, p99


class StaticBaseline:
    """The static file's rate, measured again after each page: a page's
    share is of the mean of the two static runs either side of it, so a
    machine that speeds up or slows down during the bench moves both."""

    def __init__(self, server):
        self.url = server.url("/static/" + STATIC_PATH)
        self.runs = [wrk(self.url)]

    def around(self, measure):
        """`measure()`'s result and the static rate it is compared with."""
        before = self.runs[-1][0]
        result = measure()
        self.runs.append(wrk(self.url, warm=False))
        return result, (before + self.runs[-1][0]) / 2

    def row(self, label):
        rates = [rate for rate, _, _ in self.runs]
        summary = (
            statistics.mean(rates),
            *(statistics.median(run[i] for run in self.runs) for i in (1, 2)),
        )
        name = f"static file, same bytes ({label}; {len(rates)} runs, {min(rates):.0f}-{max(rates):.0f})"
        return name, summary, None


def build(scratch, port):
    """Migrates the scratch database, adds the content, collects static files
    and writes the rendered post there; returns the post's URL and, per
    comment setting, its query count and sizes."""
    # main() has just pointed the settings at the scratch database, and
    # models load only after django.setup(): so Django is imported here.
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    from bench import content

    call_command("migrate", verbosity=0)
    post = content.build(threads_per_page=100, port=port)
    call_command("collectstatic", "--no-input", verbosity=0)
    # The host readers use, so the site lookups are kept as theirs are.
    client = Client(HTTP_HOST=f"127.0.0.1:{port}")
    client.get(post.url)  # renditions made before anything is measured
    pages = {}
    for label, per_page in (("full", 100), ("paginated", 30)):
        content.set_threads_per_page(per_page)
        queries = {}
        for kind, seconds in (("cold", 0), ("kept", 600)):
            with override_settings(PAGECACHE_SECONDS=seconds):
                client.get(post.url + "?ref=bench")
                with CaptureQueriesContext(connection) as captured:
                    response = client.get(post.url + "?ref=bench")
            assert response.status_code == 200, response.status_code
            queries[kind] = len(captured)
        body = response.content
        pages[label] = (queries, len(body), len(gzip.compress(body)))
        if label == "full":
            static = Path(os.environ["STATIC_ROOT"]) / STATIC_PATH
            static.parent.mkdir(parents=True, exist_ok=True)
            static.write_bytes(body)
    return post.url, pages


def main():
    if shutil.which("wrk") is None:
        sys.exit("wrk is needed: apt-get install wrk (make bench-http installs it)")
    scratch = Path(tempfile.mkdtemp(prefix="commonroom-bench-"))
    env = environment(scratch)
    os.environ.update(env)
    try:
        started = time.monotonic()
        port = free_port()
        url, pages = build(scratch, port)
        print(f"Content built in {time.monotonic() - started:.0f} s: {url}")
        from bench import content  # it imports models: only after build() set Django up

        rows = []
        names = {"full": "post, all 300 comments", "paginated": "post, 30 conversations"}
        # Page cache off: every request renders everything (the thread cache
        # is off with it), the cold render.
        with Gunicorn({**env, "PAGECACHE_SECONDS": "0"}, port) as server:
            static = StaticBaseline(server)
            pending = []
            for label, per_page in (("full", 100), ("paginated", 30)):
                content.set_threads_per_page(per_page)
                result, baseline = static.around(lambda: wrk(server.url(url)))
                pending.append(
                    (f"{names[label]} (cold miss)", result, baseline, pages[label], "cold")
                )
            rows += [static.row("page cache off"), *pending]
        # Page cache on. A query string it doesn't keep renders the page each
        # time, as any miss does, with the thread from the thread cache.
        with Gunicorn(env, port) as server:
            static = StaticBaseline(server)
            pending = []
            for label, per_page in (("paginated", 30), ("full", 100)):
                content.set_threads_per_page(per_page)
                result, baseline = static.around(lambda: wrk(server.url(url + "?ref=bench")))
                pending.append(
                    (f"{names[label]} (miss, thread kept)", result, baseline, pages[label], "kept")
                )
            urllib.request.urlopen(server.url(url), timeout=30)
            outcome = urllib.request.urlopen(server.url(url), timeout=30).headers["X-Page-Cache"]
            if outcome != "hit":
                print(f"  (the post's second request was a {outcome}, not a hit)")
            result, baseline = static.around(lambda: wrk(server.url(url)))
            pending.append((f"{names['full']} (hit)", result, baseline, pages["full"], None))
            rows += [static.row("page cache on"), *pending]
        report(rows)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def report(rows):
    print(
        f"\n{'wrk -t2 -c8 -d' + DURATION + ', 2 sync workers':58} {'req/s':>8} {'p50 ms':>7}"
        f" {'p99 ms':>7} {'static':>7} {'queries':>7} {'KB':>6} {'gzip KB':>7}"
    )
    for name, (rate, p50, p99), baseline, *page in rows:
        share = f"{rate / baseline:7.2%}" if baseline else f"{'100%':>7}"
        sizes = ""
        if page:
            (queries, raw, packed), kind = page
            count = f"{queries[kind]:7d}" if kind else f"{'0':>7}"
            sizes = f" {count} {raw / 1024:6.0f} {packed / 1024:7.1f}"
        print(f"{name:58} {rate:8.1f} {p50 * 1000:7.1f} {p99 * 1000:7.1f} {share}{sizes}")
    print(
        "\nThe static file is measured again after each page; a page's share is of the mean"
        " of the static runs either side of it (the static row: their mean and range)."
        "\nCold misses run with PAGECACHE_SECONDS=0 (no page cache, no thread cache). "
        "'Thread kept' misses render the page with the page cache on, as after its copy "
        "expires or is dropped by a change elsewhere on the page; the thread comes from "
        "discussion/threadcache.py. The hit row is the page cache's stored copy."
    )


if __name__ == "__main__":
    main()
