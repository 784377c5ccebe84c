"""A frontend cache backend for the tests: a real Wagtail backend that
keeps the URLs it is asked to purge instead of calling a CDN."""

from wagtail.contrib.frontend_cache.backends import BaseBackend

purged = []


class RecordingBackend(BaseBackend):
    def purge(self, url):
        purged.append(url)
