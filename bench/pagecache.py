"""`python -m bench.pagecache` (DJANGO_SETTINGS_MODULE=website.settings.test):
in-process time to serve a post from the page cache (a hit) and to render it
(a miss), on the demo content with a long thread. Figures, not assertions."""

import gzip
import statistics
import tempfile
import time

import django

django.setup()

from django.core.cache import cache  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import override_settings  # noqa: E402

from bench.__main__ import demo_database, long_thread  # noqa: E402
from blog.models import BlogPage  # noqa: E402
from core.pagecache import site_hosts  # noqa: E402

REPEATS = 30


def median_ms(action):
    timings = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings) * 1000


def report(client, url):
    def miss():
        cache.clear()
        client.get(url, HTTP_ACCEPT_ENCODING="gzip")

    def hit():
        client.get(url, HTTP_ACCEPT_ENCODING="gzip")

    body = client.get(url).content
    packed = gzip.compress(body, 6)
    print(url)
    print(f"  miss (render, store) median {median_ms(miss):7.2f} ms")
    assert client.get(url)["X-Page-Cache"] in ("hit", "miss")
    print(f"  hit  (gzipped bytes) median {median_ms(hit):7.2f} ms")
    print(
        f"  gzip of the body, done once per miss instead of per hit: "
        f"{median_ms(lambda: gzip.compress(body, 6)):.2f} ms "
        f"({len(body) / 1024:.0f} KiB -> {len(packed) / 1024:.1f} KiB)"
    )


def main():
    with demo_database():
        crowded = BlogPage.objects.live().order_by("date").first()
        long_thread(crowded, count=300)
        # The cache serves the site's own host (the demo's is 127.0.0.1:8000).
        client = Client(HTTP_HOST=sorted(site_hosts())[0])
        with tempfile.TemporaryDirectory() as directory:
            files = {
                "BACKEND": "core.filecache.FileCache",
                "LOCATION": directory,
            }
            for name, backend in (("local memory", None), ("files (the default)", files)):
                print(f"== cache: {name}")
                caches = {"CACHES": {"default": backend}} if backend else {}
                with override_settings(PAGECACHE_SECONDS=600, **caches):
                    for url in (crowded.url, "/blog/"):
                        report(client, url)


if __name__ == "__main__":
    main()
