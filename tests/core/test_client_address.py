"""Rate limits key on the client's address: REMOTE_ADDR, or behind
TRUSTED_PROXY_HOPS proxies the entry that many places from the right of
X-Forwarded-For. Whatever a client writes into that header itself must not
get it a fresh bucket."""

import ipaddress

import pytest
from django.test import RequestFactory
from django.urls import reverse

from core.ratelimit import client_address
from tests.discussion.factories import ORIGIN, comment_settings
from tests.hostile import naughty_strings, xss_payloads

PROXY = "127.0.0.1"


def address(forwarded=None, remote=PROXY):
    headers = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    return client_address(RequestFactory().get("/", **headers))


def test_without_trusted_hops_the_header_is_ignored(settings):
    settings.TRUSTED_PROXY_HOPS = 0
    assert address("203.0.113.9") == PROXY
    assert address() == PROXY


@pytest.mark.parametrize(
    "hops, forwarded, expected",
    [
        (1, "203.0.113.9", "203.0.113.9"),
        (1, "10.0.0.1, 203.0.113.9", "203.0.113.9"),  # the left entry is the client's own
        (1, " 2001:db8::1 ", "2001:db8::1"),
        (2, "10.0.0.1, 203.0.113.9, 192.0.2.4", "203.0.113.9"),
        (2, "203.0.113.9", PROXY),  # shorter than the hops: not through both proxies
        (1, "", PROXY),
        (1, "not-an-address", PROXY),
        (1, "203.0.113.9, <script>", PROXY),
        (1, "1.2.3.4:80", PROXY),
    ],
)
def test_trusted_hops_read_the_header_from_the_right(settings, hops, forwarded, expected):
    settings.TRUSTED_PROXY_HOPS = hops
    assert address(forwarded) == expected


def test_a_hostile_header_yields_an_address_never_its_text(settings):
    settings.TRUSTED_PROXY_HOPS = 1
    for value in naughty_strings() + xss_payloads(200):
        ipaddress.ip_address(address(value))  # raises for anything but an address


def like(client, post, forwarded, remote=PROXY):
    return client.post(
        reverse("like"),
        {"post": str(post.pk)},
        HTTP_ACCEPT="application/json",
        HTTP_ORIGIN=ORIGIN,
        HTTP_X_FORWARDED_FOR=forwarded,
        REMOTE_ADDR=remote,
    )


@pytest.fixture
def limited(site_tree, monkeypatch):
    comment_settings(min_seconds=0)
    monkeypatch.setattr("discussion.likes.LIKE_LIMIT", 3)


def test_with_no_trusted_hops_a_forged_header_does_not_dodge_the_limit(
    client, post, limited, settings
):
    settings.TRUSTED_PROXY_HOPS = 0
    statuses = [like(client, post, f"198.51.100.{n}").status_code for n in range(4)]
    assert statuses == [200, 200, 200, 429]


def test_behind_one_proxy_a_forged_header_does_not_dodge_the_limit(client, post, limited, settings):
    settings.TRUSTED_PROXY_HOPS = 1
    # The client sends its own X-Forwarded-For each time; the proxy appends
    # the address it really came from.
    statuses = [like(client, post, f"198.51.100.{n}, 203.0.113.9").status_code for n in range(4)]
    assert statuses == [200, 200, 200, 429]
    # Another reader behind the same proxy has a bucket of their own.
    assert like(client, post, "203.0.113.10").status_code == 200
