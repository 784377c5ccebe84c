"""Security headers (core/headers.py): a strict Content Security Policy on
public pages, cache hits included, a separate one for the admin, a
report-only mode, Permissions-Policy and the cross-origin policies; and the
admin dashboard asks no other host for anything."""

import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]
PUBLIC_POLICY = {
    "default-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "frame-ancestors": ["'none'"],
    "form-action": ["'self'"],
}


def directives(header):
    policy = {}
    for part in header.split(";"):
        name, *values = part.split()
        policy[name] = values
    return policy


def test_public_pages_get_the_strict_policy_on_a_miss_and_a_hit(client, post, page_cache):
    first, second = client.get(post.url), client.get(post.url)
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    for response in (first, second):
        assert directives(response["Content-Security-Policy"]) == PUBLIC_POLICY
        assert "Content-Security-Policy-Report-Only" not in response


@pytest.mark.parametrize("path", ["/", "/blog/", "/search/?q=kind", "/follow/", "/no-such-page/"])
def test_every_public_answer_allows_nothing_inline_and_no_nonce(client, post, path):
    header = client.get(path)["Content-Security-Policy"]
    assert "unsafe" not in header and "nonce" not in header
    assert directives(header) == PUBLIC_POLICY


def test_the_admin_has_its_own_policy(admin_client, home):
    policy = directives(admin_client.get("/admin/")["Content-Security-Policy"])
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    # Inline <style> elements, not style="" attributes.
    assert policy["style-src"] == ["'self'"]
    assert policy["style-src-elem"] == ["'self'", "'unsafe-inline'"]
    assert policy["img-src"] == ["'self'", "blob:"]
    assert policy["object-src"] == ["'none'"] and policy["base-uri"] == ["'self'"]
    # It frames its own previews, and nothing else may frame it.
    assert policy["frame-ancestors"] == ["'self'"]
    assert not any("unsafe-eval" in values for values in policy.values())
    assert not any(
        value.startswith(("http", "*")) or value.endswith(":") and value != "blob:"
        for values in policy.values()
        for value in values
    )


def test_a_preview_of_a_public_page_gets_the_admin_policy(admin_client, post):
    # Wagtail renders it through a dummy request for the post's own address.
    response = admin_client.get(f"/admin/pages/{post.pk}/view_draft/")
    assert response.status_code == 200 and post.title in response.content.decode()
    assert directives(response["Content-Security-Policy"])["frame-ancestors"] == ["'self'"]


def test_the_admin_sign_in_page_gets_the_admin_policy(client, home):
    assert "'unsafe-inline'" in client.get("/admin/login/")["Content-Security-Policy"]


@pytest.mark.parametrize("path", ["/", "/static/css/site.css", "/admin/login/"])
def test_permissions_and_cross_origin_policies_everywhere(client, home, path):
    response = client.get(path)
    denied = dict(item.strip().split("=") for item in response["Permissions-Policy"].split(","))
    for feature in ("camera", "microphone", "geolocation", "payment", "usb", "browsing-topics"):
        assert denied[feature] == "()"
    assert set(denied.values()) == {"()"}
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"


def test_report_only_mode_moves_both_policies_to_the_report_only_header(client, home, settings):
    # What CSP_REPORT_ONLY=1 makes of the settings (checked below).
    settings.CONTENT_SECURITY_POLICY_REPORT_ONLY = settings.CONTENT_SECURITY_POLICY
    settings.CONTENT_SECURITY_POLICY = None
    public = client.get("/")
    assert "Content-Security-Policy" not in public
    assert directives(public["Content-Security-Policy-Report-Only"]) == PUBLIC_POLICY
    admin = client.get("/admin/login/")
    assert "Content-Security-Policy" not in admin
    assert "'unsafe-inline'" in admin["Content-Security-Policy-Report-Only"]


def settings_under(**env):
    environment = {k: v for k, v in os.environ.items() if not k.startswith("CSP_")}
    environment.update(DJANGO_SETTINGS_MODULE="website.settings.test", **env)
    script = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(bool(s.CONTENT_SECURITY_POLICY), "
        "bool(getattr(s, 'CONTENT_SECURITY_POLICY_REPORT_ONLY', None)), "
        "s.ADMIN_CONTENT_SECURITY_POLICY['DIRECTIVES'].get('report-uri'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_the_environment_chooses_the_mode_and_a_report_address():
    assert settings_under() == ["True", "False", "None"]
    assert settings_under(CSP_REPORT_ONLY="1", CSP_REPORT_URI="/csp-reports/") == [
        "False",
        "True",
        "['/csp-reports/']",
    ]


class Loads(HTMLParser):
    """The addresses a page makes the browser fetch by itself (not links an
    editor may choose to follow)."""

    FETCHING_LINKS = {"stylesheet", "icon", "preload", "prefetch", "modulepreload", "manifest"}

    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in ("src", "poster", "data"):
            if attrs.get(name):
                self.urls.append(attrs[name])
        if attrs.get("srcset"):
            self.urls += [item.split()[0] for item in attrs["srcset"].split(",") if item.strip()]
        if tag == "link" and set((attrs.get("rel") or "").split()) & self.FETCHING_LINKS:
            self.urls.append(attrs["href"])
        if tag == "meta" and (attrs.get("http-equiv") or "").lower() == "refresh":
            self.urls.append(attrs.get("content", ""))


def test_the_admin_dashboard_asks_no_other_host_for_anything(admin_client, post):
    response = admin_client.get("/admin/")
    html = response.content.decode()
    assert response.status_code == 200
    loads = Loads()
    loads.feed(html)
    assert loads.urls
    offsite = [url for url in loads.urls if urlsplit(url).netloc not in ("", "testserver")]
    assert not offsite
    assert not re.findall(r"url\(\s*['\"]?(?:https?:)?//", html)
    # No upgrade check (its script would ask releases.wagtail.org), no Gravatar.
    assert "w-upgrade" not in html
    assert "gravatar" not in html.lower()
