"""`make soak`: load and faults against gunicorn with production settings.

For each target (the SQLite default, then PostgreSQL + Redis) the script
builds a scratch stack on loopback ports of its own: a scratch database
(a SQLite file; a PostgreSQL cluster made with initdb and started with
pg_ctl on a free port, or where those are missing a database created on
SOAK_PG and dropped after), `redis-server --port <free> --save ''`, an SMTP sink, the
django-tasks database worker and gunicorn, seeded as the topology test seeds
(tests/topology/seed.py). Then, scenario by scenario, 100 readers and 10
writers (comments, likes, follows) run for SOAK_SECONDS (default 60) while
one fault is injected: none, Redis stopped and restarted, the SMTP sink
stopped and restarted, the worker killed with SIGKILL and restarted, or the
SQLite file held by another process's `BEGIN IMMEDIATE`.

Each scenario prints requests, errors (5xx or no answer; a 503 "try again"
counts only outside the fault and the recovery time after it), p50/p99, the
writes acknowledged against those found in the database, the confirmation
emails expected against those the sink received (once each) and the time
the site took to answer again after the service came back. Exits non-zero
if any acknowledged write is missing, any email was lost or sent twice, or
any request failed.

Environment: SOAK_SECONDS, SOAK_READERS (100), SOAK_WRITERS (10),
SOAK_TARGETS (sqlite,postgres), SOAK_SCENARIOS (comma-separated names, all
by default), SOAK_PG (the admin URL, postgres://postgres@127.0.0.1:5432/postgres)."""

import http.client
import itertools
import json
import os
import random
import re
import secrets
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

import psycopg

from bench.smtpsink import SmtpSink
from tests.topology.processes import answers, free_port, wait_for

BASE_DIR = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
SECONDS = float(os.environ.get("SOAK_SECONDS", "60"))
READERS = int(os.environ.get("SOAK_READERS", "100"))
WRITERS = int(os.environ.get("SOAK_WRITERS", "10"))
TARGETS = os.environ.get("SOAK_TARGETS", "sqlite,postgres").split(",")
# The worker's fixed name, which reclaim_stuck_tasks looks for.
WORKER_ID = "commonroom-soak"
PG_ADMIN = os.environ.get("SOAK_PG", "postgres://postgres@127.0.0.1:5432/postgres")
# How long after the load the queue has to send what it holds.
DRAIN_SECONDS = 30
# How long a service may take, once back, before the site answers as before.
RECOVERY_LIMIT = 5.0

SCENARIOS = {
    "sqlite": ["load", "smtp", "worker", "sqlite-lock"],
    "postgres": ["load", "redis", "smtp", "worker", "pg-restart"],
}


def stop(process, sig=signal.SIGTERM):
    if process and process.poll() is None:
        process.send_signal(sig)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class Redis:
    """A redis-server of our own, on a port no one else uses, keeping nothing."""

    def __init__(self, tmp):
        self.port, self.tmp, self.process = free_port(), tmp, None

    def start(self):
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", ""]
            + ["--appendonly", "no", "--dir", str(self.tmp)],
            stdout=subprocess.DEVNULL,
        )
        wait_for(self.port, self.process, 10)

    def stop(self):
        stop(self.process)


class PgCluster:
    """A scratch PostgreSQL cluster (initdb, pg_ctl) on a free port, so the
    database can be restarted without touching the machine's own. As root,
    the server runs as the postgres user, which PostgreSQL requires."""

    def __init__(self):
        self.port = free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="soak-pg-"))
        self.data = self.dir / "data"

    @staticmethod
    def available():
        return bool(shutil.which("initdb") and shutil.which("pg_ctl"))

    def run(self, program, *arguments):
        command = (shutil.which(program), *arguments)
        if os.geteuid() == 0:
            command = ("runuser", "-u", "postgres", "--", *command)
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, timeout=120)

    def create(self):
        if os.geteuid() == 0:
            shutil.chown(self.dir, "postgres")
        self.run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8")
        self.start()

    def start(self):
        options = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1"
        log = str(self.dir / "log")
        self.run("pg_ctl", "-D", str(self.data), "-o", options, "-l", log, "-w", "start")
        deadline = time.monotonic() + 30
        while not answers(self.port) and time.monotonic() < deadline:
            time.sleep(0.1)

    def stop(self):
        self.run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def destroy(self):
        try:
            self.stop()
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)

    @property
    def admin_url(self):
        return f"postgres://postgres@127.0.0.1:{self.port}/postgres"


class Stack:
    """One target: its database, cache, SMTP sink, worker and gunicorn."""

    def __init__(self, target, tmp):
        self.target, self.tmp = target, tmp
        self.sink = SmtpSink()
        self.redis = Redis(tmp) if target == "postgres" else None
        self.port = free_port()
        self.worker = self.gunicorn = None
        self.cluster = PgCluster() if target == "postgres" and PgCluster.available() else None
        self.pg_admin = self.cluster.admin_url if self.cluster else PG_ADMIN
        self.database = f"commonroom_soak_{os.getpid()}"
        # What gunicorn and the worker log (tracebacks), summed up per scenario.
        self.log = tmp / "servers.log"
        self.log_read = 0

    def new_exceptions(self):
        """The exceptions the servers logged since the last call, by kind:
        the last line of each traceback."""
        with self.log.open("rb") as log:
            log.seek(self.log_read)
            text = log.read().decode("utf-8", "replace")
            self.log_read = log.tell()
        kinds = {}
        lines = text.splitlines()
        for n, line in enumerate(lines):
            following = lines[n + 1] if n + 1 < len(lines) else ""
            ends_traceback = not following.startswith((" ", "During", "The above"))
            if re.match(r"^[\w.]+(Error|Exception|Exit)\b", line) and ends_traceback:
                key = re.sub(r"\d+", "N", line)[:110]
                kinds[key] = kinds.get(key, 0) + 1
        return kinds

    def env(self):
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "website.settings.production",
            "SECRET_KEY": self.secret,
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "off",
            # Each simulated client sends its own address, as nginx would.
            "TRUSTED_PROXY_HOPS": "1",
            "COMMENT_RATE_LIMIT": "1000000",
            "STATIC_ROOT": str(self.tmp / "static"),
            "MEDIA_ROOT": str(self.tmp / "media"),
            "CACHE_DIR": str(self.tmp / "cache"),
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": str(self.sink.port),
            "LOG_LEVEL": "ERROR",
        }
        env.pop("TASK_BACKEND", None)  # production's database queue
        if self.target == "postgres":
            env["DATABASE_URL"] = f"{self.pg_admin.rsplit('/', 1)[0]}/{self.database}"
            env["REDIS_URL"] = f"redis://127.0.0.1:{self.redis.port}/0"
        else:
            env["DATABASE_URL"] = f"sqlite:///{self.sqlite_path}"
            env.pop("REDIS_URL", None)
        return env

    @property
    def sqlite_path(self):
        return self.tmp / "soak.sqlite3"

    def __enter__(self):
        self.secret = secrets.token_urlsafe(40)
        self.sink.start()
        if self.redis:
            self.redis.start()
        if self.cluster:
            self.cluster.create()
        if self.target == "postgres":
            pg_admin(self.pg_admin, f'DROP DATABASE IF EXISTS "{self.database}"')
            pg_admin(self.pg_admin, f'CREATE DATABASE "{self.database}"')
        seeded = subprocess.run(
            [sys.executable, "-m", "tests.topology.seed"],
            cwd=BASE_DIR,
            env=self.env(),
            capture_output=True,
            text=True,
            timeout=600,
        )
        if seeded.returncode:
            raise RuntimeError(seeded.stderr)
        self.urls = json.loads(seeded.stdout.strip().splitlines()[-1])
        self.start_worker()
        self.closing = self.worker_held = False
        self.worker_exits = []
        threading.Thread(target=self.supervise, daemon=True).start()
        self.gunicorn = subprocess.Popen(
            [str(VENV_BIN / "gunicorn"), "website.wsgi", "--bind", f"127.0.0.1:{self.port}"]
            + ["--workers", "3", "--threads", "4", "--log-level", "warning"]
            + ["--timeout", "60", "--backlog", "2048"],
            cwd=BASE_DIR,
            env=self.env(),
            stderr=self.log.open("ab"),
        )
        wait_for(self.port, self.gunicorn)
        self.warm_up()
        return self

    def warm_up(self):
        """Each worker thread loads its templates, URLconf and connections on
        its first requests (seconds, on a busy machine): done before any
        figure is taken."""
        client = Client(self.port, Tally())
        paths = reading_paths(self.urls)
        threads = [
            threading.Thread(target=lambda: [client.request("GET", p) for p in paths * 2])
            for _ in range(12)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    def supervise(self):
        """Restarts the worker 5 s after it exits, as the systemd unit does
        (deploy/systemd/commonroom-worker.service: Restart=always, RestartSec=5),
        except while a scenario holds it down; notes each exit's code."""
        while not self.closing:
            if not self.worker_held and self.worker.poll() is not None:
                self.worker_exits.append(self.worker.returncode)
                time.sleep(5)
                self.start_worker()
            time.sleep(0.5)

    def start_worker(self):
        # As the systemd unit does (ExecStartPre): first queue again what this
        # worker was running when it last died.
        subprocess.run(
            [sys.executable, "manage.py", "reclaim_stuck_tasks", "--worker-id", WORKER_ID],
            cwd=BASE_DIR,
            env=self.env(),
            stdout=subprocess.DEVNULL,
            stderr=self.log.open("ab"),
            check=False,
        )
        self.worker = subprocess.Popen(
            [sys.executable, "manage.py", "db_worker", "--no-startup-delay", "--interval", "0.2"]
            + ["--worker-id", WORKER_ID, "--no-reload", "-v", "0"],
            cwd=BASE_DIR,
            env=self.env(),
            stdout=subprocess.DEVNULL,
            stderr=self.log.open("ab"),
        )

    def __exit__(self, *exc):
        self.closing = True
        stop(self.gunicorn)
        stop(self.worker)
        if self.redis:
            self.redis.stop()
        self.sink.stop()
        if self.cluster:
            self.cluster.destroy()
        elif self.target == "postgres":
            pg_admin(self.pg_admin, f'DROP DATABASE IF EXISTS "{self.database}" WITH (FORCE)')

    def rows(self, sql, params=()):
        """Rows from the target's database, read outside the site."""
        if self.target == "postgres":
            url = self.env()["DATABASE_URL"]
            with psycopg.connect(url, connect_timeout=5) as connection:
                return connection.execute(sql.replace("?", "%s"), params).fetchall()
        connection = sqlite3.connect(self.sqlite_path, timeout=30)
        try:
            return connection.execute(sql, params).fetchall()
        finally:
            connection.close()

    def query(self, sql, params):
        return self.rows(sql, params)[0][0]

    def tasks(self):
        """Task results by status (READY, RUNNING, SUCCESSFUL, FAILED)."""
        return dict(
            self.rows(
                "SELECT status, COUNT(*) FROM django_tasks_database_dbtaskresult GROUP BY status"
            )
        )


def pg_admin(url, statement):
    with psycopg.connect(url, autocommit=True, connect_timeout=5) as connection:
        connection.execute(statement)


class Tally:
    """What one scenario saw, shared by its threads."""

    def __init__(self):
        self.lock = threading.Lock()
        self.latencies = []
        self.by_path = {}
        self.errors = []  # (monotonic time, what)
        # 503s (database unreachable: "try again", with Retry-After): the
        # degraded answer while a fault lasts, an error outside it.
        self.unavailable = []  # (monotonic time, what)
        self.refused = {}  # 4xx by status, not errors but reported
        self.comments, self.likes, self.follows = [], [], []

    def record(self, started, status, what):
        now = time.monotonic()
        with self.lock:
            self.latencies.append(now - started)
            self.by_path.setdefault(what.split("?")[0], []).append(now - started)
            if status == 503:
                self.unavailable.append((now, f"503 {what}"))
            elif status is None or status >= 500:
                self.errors.append((now, f"{status or 'no answer'} {what}"))
            elif status >= 400:
                self.refused[status] = self.refused.get(status, 0) + 1


class Client:
    def __init__(self, port, tally):
        self.port, self.tally = port, tally
        self.origin = f"http://127.0.0.1:{port}"

    def request(self, method, path, form=None, headers=None):
        """(status, headers, body); status None when nothing answered."""
        headers = {"Host": f"127.0.0.1:{self.port}", **(headers or {})}
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Origin"] = self.origin
        started = time.monotonic()
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            data = response.read()
            result = (response.status, response.headers, data)
        except (OSError, http.client.HTTPException):
            result = (None, None, b"")
        finally:
            connection.close()
        self.tally.record(started, result[0], f"{method} {path}")
        return result


ADDRESSES = itertools.count(1)


def client_address():
    """A distinct client address per write, so per-address rate limits (5
    follows per quarter of an hour) count clients as they would in life."""
    n = next(ADDRESSES)
    return f"10.{(n >> 16) & 255}.{(n >> 8) & 255}.{n & 255}"


def reader(client, paths, until):
    while time.monotonic() < until:
        client.request("GET", random.choice(paths))


def writer(client, urls, tag, until, n):
    post_id = urls["post_id"]
    for turn in itertools.count():
        if time.monotonic() >= until:
            return
        address = {"X-Forwarded-For": client_address()}
        kind = (turn + n) % 3
        if kind == 0:
            status, _, body = client.request(
                "GET", f"/comments/likes/{post_id}/", headers={"Accept": "application/json"}
            )
            if status != 200:
                continue
            text = f"soak {tag} comment {secrets.token_hex(6)}"
            form = {
                "name": "Soak",
                "email": f"soak-commenter-{n}@example.org",
                "url": "",
                "comment": text,
                "stamp": json.loads(body)["stamp"],
            }
            status, headers, _ = client.request("POST", f"/comments/post/{post_id}/", form, address)
            if status == 302:
                client.tally.comments.append(text)
        elif kind == 1:
            status, headers, body = client.request(
                "POST",
                "/comments/likes/",
                {"post": post_id},
                {"Accept": "application/json", **address},
            )
            if status == 200 and json.loads(body).get("liked"):
                cookie = headers.get("Set-Cookie", "")
                match = re.search(r"commonroom_reader=\"?([0-9a-f]{32}):", cookie)
                client.tally.likes.append(match.group(1) if match else "?")
        else:
            email = f"soak-{tag}-{secrets.token_hex(5)}@example.org"
            status, _, body = client.request(
                "POST", "/follow/", {"email": email, "website": ""}, address
            )
            if status == 200 and b"follow" in body.lower():
                client.tally.follows.append(email)


def percentile(values, share):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def hold_sqlite(path, seconds):
    """Another process holding SQLite's write lock, as a long migration or a
    backup script might."""
    code = (
        "import sqlite3, sys, time\n"
        "c = sqlite3.connect(sys.argv[1], timeout=30, isolation_level=None)\n"
        "c.execute('BEGIN IMMEDIATE')\n"
        "print('held', flush=True)\n"
        "time.sleep(float(sys.argv[2]))\n"
        "c.execute('COMMIT')\n"
    )
    return subprocess.Popen(
        [sys.executable, "-c", code, str(path), str(seconds)], stdout=subprocess.PIPE, text=True
    )


def inject(stack, scenario, until, events):
    """Breaks one thing a third of the way through the load and mends it at
    half way; records when it was back."""
    start = time.monotonic()
    span = until - start
    time.sleep(span / 3)
    # The fault begins when the stop does: a service shutting down already
    # refuses work.
    events["down"] = time.monotonic()
    if scenario == "redis":
        stack.redis.stop()
        time.sleep(span / 6)
        stack.redis.start()
    elif scenario == "smtp":
        stack.sink.stop()
        time.sleep(span / 6)
        stack.sink.start()
    elif scenario == "worker":
        stack.worker_held = True
        stack.worker.send_signal(signal.SIGKILL)
        stack.worker.wait()
        time.sleep(span / 6)
        stack.start_worker()
        stack.worker_held = False
    elif scenario == "pg-restart":
        stack.cluster.stop()
        time.sleep(span / 6)
        stack.cluster.start()
    elif scenario == "sqlite-lock":
        holder = hold_sqlite(stack.sqlite_path, max(3.0, span / 6))
        holder.stdout.readline()
        holder.wait()
    events["back"] = time.monotonic()


def reading_paths(urls):
    paths = ["/", urls["post_url"], urls["post_url"], f"/comments/likes/{urls['post_id']}/"]
    return paths + ["/blog/", "/blog/feed/", "/sitemap.xml", "/search/?q=conversation"]


def run_scenario(stack, scenario):
    tally = Tally()
    tag = f"{stack.target}-{scenario}-{secrets.token_hex(3)}"
    urls = stack.urls
    paths = reading_paths(urls)
    until = time.monotonic() + SECONDS
    threads = [
        threading.Thread(target=reader, args=(Client(stack.port, tally), paths, until))
        for _ in range(READERS)
    ]
    threads += [
        threading.Thread(target=writer, args=(Client(stack.port, tally), urls, tag, until, n))
        for n in range(WRITERS)
    ]
    events = {}
    tasks_before = stack.tasks()
    exits_before = list(stack.worker_exits)
    if scenario == "worker":
        stack.sink.delay = 1.0
    if scenario != "load":
        threads.append(threading.Thread(target=inject, args=(stack, scenario, until, events)))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if scenario != "load" and events.get("back") and not stack_up(stack):
        tally.errors.append((time.monotonic(), "site down after the load"))
    counted = count(stack, tally, tag)
    counted["worker"] = stack.worker_exits[len(exits_before) :]
    counted["exceptions"] = stack.new_exceptions()
    stack.sink.delay = 0.0
    after = stack.tasks()
    counted["tasks"] = {
        status: after.get(status, 0) - tasks_before.get(status, 0)
        for status in ("SUCCESSFUL", "FAILED", "RUNNING", "READY")
    }
    return tally, tag, events, counted


def stack_up(stack):
    return answers(stack.port)


def count(stack, tally, tag):
    """Writes found in the database, and the emails the sink received for
    this scenario's subscriptions once the queue has had time to drain."""
    comments = stack.query(
        "SELECT COUNT(*) FROM django_comments WHERE comment LIKE ?", [f"soak {tag} comment %"]
    )
    found_comments = sum(
        stack.query("SELECT COUNT(*) FROM django_comments WHERE comment = ?", [text])
        for text in tally.comments
    )
    likes = sum(
        stack.query("SELECT COUNT(*) FROM discussion_like WHERE reader = ?", [reader])
        for reader in tally.likes
    )
    follows = sum(
        stack.query("SELECT COUNT(*) FROM series_subscription WHERE email = ?", [email])
        for email in tally.follows
    )
    expected = set(tally.follows)
    started = time.monotonic()
    deadline = started + DRAIN_SECONDS
    while time.monotonic() < deadline and not expected <= set(stack.sink.recipients(tag)):
        time.sleep(0.5)
    drained = time.monotonic() - started
    time.sleep(2)  # room for a duplicate to turn up
    received = stack.sink.recipients(tag)
    distinct = stack.sink.distinct(tag)
    return {
        "comments": (len(tally.comments), found_comments, comments),
        "likes": (len(tally.likes), likes),
        "follows": (len(tally.follows), follows),
        "emails": (
            len(expected),
            len(set(received) & expected),
            # Two different messages to one reader; a resend with the same
            # Message-ID (SMTP's duplicate window) is counted apart.
            len(distinct) - len(set(received)),
            len(received) - len(distinct),
        ),
        "drained": drained,
    }


def report(stack, scenario, tally, events, counted):
    latencies = tally.latencies
    back = events.get("back")
    down = events.get("down")
    during = [
        (t, what) for t, what in tally.unavailable if back and down <= t <= back + RECOVERY_LIMIT
    ]
    tally.errors.extend(item for item in tally.unavailable if item not in during)
    late = [t for t, _ in tally.errors + during if back and t > back]
    recovery = (max(late) - back) if late else 0.0
    comments, likes, follows = counted["comments"], counted["likes"], counted["follows"]
    expected, sent, twice, resent = counted["emails"]
    rows = [
        ("requests", f"{len(latencies)} ({len(latencies) / SECONDS:.0f}/s)"),
        ("errors (5xx, no answer)", len(tally.errors)),
        ("503 try again, during the fault", len(during)),
        ("refused (4xx)", ", ".join(f"{k}: {v}" for k, v in sorted(tally.refused.items())) or 0),
        (
            "p50 / p99",
            f"{percentile(latencies, 0.5) * 1000:.0f} ms / {percentile(latencies, 0.99) * 1000:.0f} ms",
        ),
        ("comments acked / stored", f"{comments[0]} / {comments[1]}"),
        ("likes acked / stored", f"{likes[0]} / {likes[1]}"),
        ("follows acked / stored", f"{follows[0]} / {follows[1]}"),
        ("emails expected / sent / twice", f"{expected} / {sent} / {twice}"),
        ("resent with the same Message-ID", resent),
        ("emails drained in", f"{counted['drained']:.1f} s"),
        ("worker exits (restarted)", ", ".join(map(str, counted["worker"])) or "none"),
        ("tasks done/failed/stuck/queued", "/".join(str(n) for n in counted["tasks"].values())),
    ]
    if back:
        rows.append(("fault", f"{back - events['down']:.1f} s down"))
        rows.append(("recovery after return", f"{recovery:.1f} s"))
    print(f"\n{stack.target} / {scenario}")
    for label, value in rows:
        print(f"  {label:<32} {value}")
    kinds = {}
    for _, what in tally.errors:
        status, _, path = what.split("?")[0].partition(" ")
        key = status + " " + re.sub(r"/\d+/", "/N/", path)
        kinds[key] = kinds.get(key, 0) + 1
    if os.environ.get("SOAK_VERBOSE"):
        for what, values in sorted(tally.by_path.items()):
            print(f"    {what:<40} {len(values):>6} p50 {percentile(values, 0.5) * 1000:.0f} ms")
    for what, n in sorted(kinds.items(), key=lambda item: -item[1])[:5]:
        print(f"    {n} × {what}")
    for what, n in sorted(counted["exceptions"].items(), key=lambda item: -item[1])[:5]:
        print(f"    logged {n} × {what}")
    failures = []
    if tally.errors:
        failures.append(f"{len(tally.errors)} errors")
    if comments[0] != comments[1] or likes[0] != likes[1] or follows[0] != follows[1]:
        failures.append("acknowledged writes missing")
    if sent != expected or twice:
        failures.append("emails lost or sent twice")
    if recovery > RECOVERY_LIMIT:
        failures.append(f"recovery {recovery:.1f} s")
    print(f"  {'verdict':<32} {'; '.join(failures) or 'ok'}")
    return failures


def main():
    wanted = os.environ.get("SOAK_SCENARIOS")
    failed = []
    for target in TARGETS:
        has_pg = PgCluster.available() or answers(5432)
        if target == "postgres" and not (has_pg and shutil.which("redis-server")):
            print("postgres: skipped (no initdb/pg_ctl nor PostgreSQL on 5432, or no redis-server)")
            continue
        with tempfile.TemporaryDirectory(prefix="soak-") as tmp, Stack(target, Path(tmp)) as stack:
            print(
                f"{target}: gunicorn on {stack.port}, {READERS} readers, {WRITERS} writers, {SECONDS:g} s each"
            )
            for scenario in SCENARIOS[target]:
                if wanted and scenario not in wanted.split(","):
                    continue
                if scenario == "pg-restart" and not stack.cluster:
                    print(
                        "\npostgres / pg-restart: skipped (no initdb/pg_ctl for a scratch cluster)"
                    )
                    continue
                tally, tag, events, counted = run_scenario(stack, scenario)
                if report(stack, scenario, tally, events, counted):
                    failed.append(f"{target}/{scenario}")
    print(f"\nfailed: {', '.join(failed)}" if failed else "\nall scenarios ok")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
