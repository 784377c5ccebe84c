import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret"
ALLOWED_HOSTS = ["*"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
CACHES = {**CACHES, "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}  # noqa: F405
# Tests never write into the repository: tests/conftest.py gives each test its
# own media folder, and anything outside a test goes to a temporary one.
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="commonroom-test-media-"))
WAGTAILADMIN_BASE_URL = "http://testserver"
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# The page cache's purges are recorded (tests/frontend_cache.py) as a CDN's would be made.
WAGTAILFRONTENDCACHE = {"recording": {"BACKEND": "tests.frontend_cache.RecordingBackend"}}
# The page cache is off in tests unless a test turns it on (the `page_cache`
# fixture, and the browser tests): invalidation runs when a transaction
# commits, and most tests run inside one that never does.
PAGECACHE_SECONDS = 0
