"""Production's shape, tested: nginx balancing two gunicorn instances that
share one PostgreSQL database and one Redis. Whatever one instance learns
(an approved comment, an unpublished post, a like, a rate-limit count, a
session) the other must know at once.

Runs when COMMONROOM_TOPOLOGY=1 (.ci/run sets it) and PostgreSQL (as
postgres@127.0.0.1:5432), Redis (127.0.0.1:6379) and nginx are there; it
creates a scratch database `commonroom_topology_<pid>` and uses Redis
database 15 (flushed before and after), and drops the database after.
Everything listens on loopback ports chosen free."""

import http.client
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import urllib.parse
from http.cookies import SimpleCookie
from pathlib import Path

import psycopg
import pytest
import redis

from tests.topology.processes import answers, free_port, wait_for
from tests.topology.seed import EDITOR

BASE_DIR = Path(__file__).resolve().parents[2]
PG_ADMIN = "postgres://postgres@127.0.0.1:5432/postgres"
REDIS_DB = 15
COMMENT_LIMIT = 3


def why_not():
    if os.environ.get("COMMONROOM_TOPOLOGY") != "1":
        return "topology test: set COMMONROOM_TOPOLOGY=1 to run it (.ci/run does)"
    if not answers(5432):
        return "topology test: no PostgreSQL on 127.0.0.1:5432"
    if not answers(6379):
        return "topology test: no Redis on 127.0.0.1:6379"
    if not (shutil.which("nginx") or Path("/usr/sbin/nginx").exists()):
        return "topology test: nginx is not installed"
    return None


pytestmark = pytest.mark.skipif(why_not() is not None, reason=why_not() or "")


def pg_admin(statement):
    with psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=5) as connection:
        connection.execute(statement)


def flush_redis():
    redis.Redis(host="127.0.0.1", port=6379, db=REDIS_DB, socket_timeout=5).flushdb()


NGINX_CONF = """
daemon off;
worker_processes 1;
pid {tmp}/nginx.pid;
error_log {tmp}/nginx-error.log warn;
events {{ worker_connections 64; }}
http {{
    access_log off;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    upstream commonroom {{
        server 127.0.0.1:{first};
        server 127.0.0.1:{second};
    }}
    server {{
        listen 127.0.0.1:{port};
        location / {{
            proxy_pass http://commonroom;
            proxy_set_header Host $http_host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
            # Which instance answered, so the test can tell them apart.
            add_header X-Upstream $upstream_addr always;
        }}
    }}
}}
"""


class Browser:
    """Requests through nginx with a cookie jar of its own. Cookies are kept
    whatever their Secure flag: production marks session cookies Secure, and
    this plain-HTTP test stands where TLS would be."""

    def __init__(self, port):
        self.port = port
        self.cookies = {}

    def request(self, method, path, form=None, headers=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        headers = {"Host": f"127.0.0.1:{self.port}", **(headers or {})}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers.setdefault("Origin", f"http://127.0.0.1:{self.port}")
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        response.text = response.read().decode()
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        connection.close()
        return response

    def get(self, path, **headers):
        return self.request("GET", path, headers=headers)

    def post(self, path, form, **headers):
        return self.request("POST", path, form=form, headers=headers)

    def on_both(self, method, path, form=None, headers=None):
        """Repeats a request until each instance has answered it once; nginx
        takes them in turn, so that is two requests, or a few more."""
        answers = {}
        for _ in range(6):
            response = self.request(method, path, form=form, headers=headers)
            answers.setdefault(response.headers["X-Upstream"], response)
            if len(answers) == 2:
                return list(answers.values())
        raise AssertionError(f"only {list(answers)} answered {path}")


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("topology")
    database = f"commonroom_topology_{os.getpid()}"
    pg_admin(f'DROP DATABASE IF EXISTS "{database}"')
    pg_admin(f'CREATE DATABASE "{database}"')
    flush_redis()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "website.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(40),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{database}",
        "REDIS_URL": f"redis://127.0.0.1:6379/{REDIS_DB}",
        "SECURE_SSL_REDIRECT": "off",
        "TRUSTED_PROXY_HOPS": "1",
        "COMMENT_RATE_LIMIT": str(COMMENT_LIMIT),
        "STATIC_ROOT": str(tmp / "static"),
        "MEDIA_ROOT": str(tmp / "media"),
        "TASK_BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "LOG_LEVEL": "WARNING",
    }
    processes = []
    try:
        seeded = subprocess.run(
            [sys.executable, "-m", "tests.topology.seed"],
            cwd=BASE_DIR,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert seeded.returncode == 0, seeded.stderr
        urls = json.loads(seeded.stdout.strip().splitlines()[-1])
        gunicorn = str(Path(sys.executable).parent / "gunicorn")
        ports = [free_port(), free_port()]
        for port in ports:
            process = subprocess.Popen(
                [gunicorn, "website.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "1"],
                cwd=BASE_DIR,
                env=env,
            )
            processes.append(process)
        for port, process in zip(ports, processes, strict=True):
            wait_for(port, process)
        port = free_port()
        conf = tmp / "nginx.conf"
        conf.write_text(NGINX_CONF.format(tmp=tmp, first=ports[0], second=ports[1], port=port))
        nginx = shutil.which("nginx") or "/usr/sbin/nginx"
        processes.append(subprocess.Popen([nginx, "-p", str(tmp), "-c", str(conf)]))
        wait_for(port, processes[-1], seconds=10)
        yield {"port": port, "database": database, **urls}
    finally:
        for process in reversed(processes):
            process.send_signal(signal.SIGTERM if process is not processes[-1] else signal.SIGQUIT)
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
        flush_redis()
        pg_admin(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


def comment_form(browser, stack, text):
    """The comment form as the page's script sends it: the post page is
    cached and carries no stamp, so a fresh one comes with the like state
    (single-use, so one per comment)."""
    state = browser.get(f"/comments/likes/{stack['post_id']}/")
    return {
        "name": "Robin",
        "email": "robin@example.org",
        "url": "",
        "comment": text,
        "stamp": json.loads(state.text)["stamp"],
    }


def sign_in(browser):
    login = browser.get("/admin/login/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', login.text).group(1)
    response = browser.post(
        "/admin/login/",
        {
            "username": EDITOR[0],
            "password": EDITOR[1],
            "csrfmiddlewaretoken": token,
            "next": "/admin/",
        },
    )
    assert response.status == 302, response.text[:500]
    return response


def comment_id(stack, text):
    url = f"postgres://postgres@127.0.0.1:5432/{stack['database']}"
    with psycopg.connect(url, connect_timeout=5) as connection:
        row = connection.execute(
            "SELECT id FROM django_comments WHERE comment = %s", [text]
        ).fetchone()
    return row[0]


def test_a_session_started_on_one_instance_is_honoured_by_the_other(stack):
    editor = Browser(stack["port"])
    signed_in = sign_in(editor)
    for response in editor.on_both("GET", "/admin/"):
        # Signed out, the admin answers with a redirect to its login page.
        assert response.status == 200, response.headers["X-Upstream"]
    assert signed_in.headers["X-Upstream"]


def test_a_comment_approved_on_one_instance_shows_on_both_at_once(stack):
    reader, editor = Browser(stack["port"]), Browser(stack["port"])
    text = f"Seen from both instances {secrets.token_hex(4)}"
    reader.get(stack["post_url"])  # a reader opens the post first
    sent = reader.post(f"/comments/post/{stack['post_id']}/", comment_form(reader, stack, text))
    assert sent.status == 302 and "/comments/held/" in sent.headers["Location"]
    # Both instances have rendered the page without it (a page cache on
    # either would now hold that copy).
    for response in reader.on_both("GET", stack["post_url"]):
        assert text not in response.text
    sign_in(editor)
    pk = comment_id(stack, text)
    moderate = stack["moderate_url"].replace("/0/", f"/{pk}/")
    approved = editor.post(
        moderate,
        # The CSRF cookie's value is an accepted form token.
        {"action": "approve", "csrfmiddlewaretoken": editor.cookies["csrftoken"]},
        Referer=f"http://127.0.0.1:{stack['port']}/admin/",
    )
    assert approved.status == 302, approved.text[:500]
    for response in reader.on_both("GET", stack["post_url"]):
        assert text in response.text, response.headers["X-Upstream"]


def test_a_post_unpublished_on_one_instance_is_gone_from_both_at_once(stack):
    # Both instances keep the page and its route (core/sitecache.py) in Redis.
    reader, editor = Browser(stack["port"]), Browser(stack["port"])
    for response in reader.on_both("GET", stack["other_url"]):
        assert response.status == 200, response.headers["X-Upstream"]
    sign_in(editor)
    unpublished = editor.post(
        f"/admin/pages/{stack['other_id']}/unpublish/",
        {"csrfmiddlewaretoken": editor.cookies["csrftoken"]},
        Referer=f"http://127.0.0.1:{stack['port']}/admin/",
    )
    assert unpublished.status == 302, unpublished.text[:500]
    for response in reader.on_both("GET", stack["other_url"]):
        assert response.status == 404, response.headers["X-Upstream"]


def test_a_like_counts_once_across_both_instances(stack):
    reader = Browser(stack["port"])
    state_url = f"/comments/likes/{stack['post_id']}/"
    before = json.loads(reader.get(state_url).text)["post"]
    json_headers = {"Accept": "application/json"}
    likes = reader.on_both("POST", "/comments/likes/", {"post": stack["post_id"]}, json_headers)
    assert [json.loads(r.text)["count"] for r in likes] == [before + 1, before + 1]
    for response in reader.on_both("GET", state_url):
        state = json.loads(response.text)
        assert state["post"] == before + 1 and "post" in state["liked"]


def test_the_rate_limit_is_shared(stack):
    flush_redis()  # this test's count starts at nothing, whatever ran before
    reader = Browser(stack["port"])
    # Stamps first: fetched between the posts, they would shift nginx's
    # round robin so that every post reached the same instance.
    forms = [
        comment_form(reader, stack, f"Comment {n} of a burst") for n in range(COMMENT_LIMIT + 1)
    ]
    answered_by, statuses = set(), []
    for n, form in enumerate(forms):
        # Whatever a client claims in X-Forwarded-For, nginx appends the
        # real address and the app reads only that.
        response = reader.post(
            f"/comments/post/{stack['post_id']}/",
            form,
            **{"X-Forwarded-For": f"198.51.100.{n}"},
        )
        answered_by.add(response.headers["X-Upstream"])
        statuses.append(response.status)
    assert len(answered_by) == 2
    assert statuses == [302] * COMMENT_LIMIT + [429]
