"""SQLite, the embedded default, holds concurrent writers: gunicorn with four
worker processes (each its own connection) on a file-based database takes a
burst of follows and likes at once, answers none of them with a 5xx, and
every write it acknowledged is in the database afterwards."""

import http.client
import os
import socket
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode

import pytest
from django.conf import settings
from django.db import connection

from tests.blog.factories import BlogPageFactory
from tests.website.factories import build_site, restore_wagtail_roots

ROOT = Path(__file__).resolve().parents[2]
WORKERS = 4
REQUESTS_PER_KIND = 100  # follows and likes: 200 writes from 8 client threads


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def copy_test_database(target):
    """The test database, with this test's site and post, written to a file:
    much quicker than migrating a new one."""
    destination = sqlite3.connect(target)
    connection.ensure_connection()
    connection.connection.backup(destination)
    destination.close()


def start_server(database, port, tmp_path, workers=WORKERS, **extra_env):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "website.settings.test",
        "DATABASE_URL": f"sqlite:///{database}",
        "MEDIA_ROOT": str(tmp_path / "media"),
        **extra_env,
    }
    gunicorn = Path(sys.executable).with_name("gunicorn")
    return subprocess.Popen(
        [str(gunicorn), "website.wsgi", f"--workers={workers}", f"--bind=127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=open(tmp_path / "gunicorn.log", "w"),  # noqa: SIM115
    )


def wait_until_up(port, deadline=120):
    stop = time.monotonic() + deadline
    while time.monotonic() < stop:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/follow/")
            if conn.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise AssertionError("gunicorn did not start")


def send(port, path, fields, source):
    """One POST from its own loopback address, so the per-client rate limits
    (which count by address) see 200 readers rather than one."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=40, source_address=(source, 0))
    origin = f"http://127.0.0.1:{port}"
    conn.request(
        "POST",
        path,
        body=urlencode(fields),
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Origin": origin,
            "Sec-Fetch-Site": "same-origin",
            "Accept": "application/json",
        },
    )
    response = conn.getresponse()
    response.read()
    conn.close()
    return response.status


@pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3",
    reason="the SQLite settings only apply to SQLite",
)
def test_concurrent_follows_and_likes_never_fail_or_vanish(transactional_db, tmp_path):
    post = site_with_a_post()
    database = tmp_path / "burst.sqlite3"
    copy_test_database(database)
    port = free_port()
    server = start_server(database, port, tmp_path)
    try:
        wait_until_up(port)
        jobs = []
        for n in range(REQUESTS_PER_KIND):
            jobs.append(("/follow/", {"email": f"reader{n}@example.org"}, f"127.0.1.{n + 1}"))
            jobs.append(("/comments/likes/", {"post": post.pk}, f"127.0.2.{n + 1}"))
        started = time.monotonic()
        with ThreadPoolExecutor(max_workers=2 * WORKERS) as pool:
            statuses = list(pool.map(lambda job: (job, post_status(port, job)), jobs))
        elapsed = time.monotonic() - started
    finally:
        server.terminate()
        server.wait(timeout=20)

    failures = [(job[0], code) for job, code in statuses if code >= 500]
    assert not failures, (failures[:5], (tmp_path / "gunicorn.log").read_text()[-2000:])
    acknowledged = {
        kind: [job for job, code in statuses if job[0] == kind and code == 200]
        for kind in ("/follow/", "/comments/likes/")
    }
    assert len(acknowledged["/follow/"]) == REQUESTS_PER_KIND, statuses
    assert len(acknowledged["/comments/likes/"]) == REQUESTS_PER_KIND, statuses

    stored = sqlite3.connect(database)
    emails = {row[0] for row in stored.execute("SELECT email FROM series_subscription")}
    likes = stored.execute(
        "SELECT COUNT(*) FROM discussion_like WHERE post_id = ?", [post.pk]
    ).fetchone()[0]
    journal_mode = stored.execute("PRAGMA journal_mode").fetchone()[0]
    stored.close()
    assert emails == {fields["email"] for _, fields, _ in acknowledged["/follow/"]}
    assert likes == REQUESTS_PER_KIND
    assert journal_mode == "wal"
    assert elapsed < 60


def site_with_a_post():
    restore_wagtail_roots()
    _, blog = build_site()
    return BlogPageFactory(parent=blog)


@pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3",
    reason="the SQLite settings only apply to SQLite",
)
def test_a_database_held_past_the_busy_timeout_gets_a_503_then_recovers(transactional_db, tmp_path):
    site_with_a_post()
    database = tmp_path / "held.sqlite3"
    copy_test_database(database)
    port = free_port()
    server = start_server(database, port, tmp_path, workers=1, SQLITE_TIMEOUT="1")
    try:
        wait_until_up(port)
        writer = sqlite3.connect(database, isolation_level=None)
        writer.execute("BEGIN IMMEDIATE")  # a long writer holds the database
        held = send(port, "/follow/", {"email": "held@example.org"}, "127.0.3.1")
        writer.execute("ROLLBACK")
        writer.close()
        after = send(port, "/follow/", {"email": "after@example.org"}, "127.0.3.2")
    finally:
        server.terminate()
        server.wait(timeout=20)
    assert held == 503, (tmp_path / "gunicorn.log").read_text()[-2000:]
    assert after == 200
    stored = sqlite3.connect(database)
    emails = {row[0] for row in stored.execute("SELECT email FROM series_subscription")}
    stored.close()
    assert emails == {"after@example.org"}


def post_status(port, job):
    path, fields, source = job
    return send(port, path, fields, source)
