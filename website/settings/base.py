"""Settings shared by every environment; each value that differs between
machines is read from the environment (see README.md, "Settings")."""

import os
import zoneinfo
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env(name, default=None):
    return os.environ.get(name, default)


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


SECRET_KEY = env("SECRET_KEY")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "core",
    "website",
    "blog",
    "series",
    "guestposts",
    "django_comments_xtd",
    "django_comments",
    # After django_comments_xtd: its ready() undoes one of xtd's signal handlers.
    "discussion",
    "wordpress",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.sites",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "csp",
    # Last: the demo loader builds on every app above, and nothing imports it.
    "demo",
]

MIDDLEWARE = [
    # Compresses what the page cache doesn't (its hits are stored gzipped);
    # above it, so that what it stores is the page as written.
    "core.middleware.GZipMiddleware",
    # First of the rest: a hit is answered before anything below runs, with
    # the headers the middleware below gave the page when it was stored.
    "core.middleware.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "core.headers.SecurityHeadersMiddleware",
    "core.headers.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "guestposts.middleware.GuestContributorScopeMiddleware",
    "wordpress.middleware.WordPressQueryRedirectMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "core.autosave.NewPageAutosaveMiddleware",
    "core.admin_guards.MalformedAdminPostMiddleware",
    "core.unavailable.DatabaseUnavailableMiddleware",
    "core.sitecache.SiteLookupMiddleware",
]

ROOT_URLCONF = "website.urls"
WSGI_APPLICATION = "website.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(env("DB_CONN_MAX_AGE", "0")),
        # A kept connection that a database restart broke is replaced before
        # a request uses it, rather than failing that request.
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # SQLite takes one writer at a time. WAL lets readers carry on beside it;
    # IMMEDIATE takes the write lock when a transaction begins, so a writer
    # waits its turn (up to SQLITE_TIMEOUT seconds) instead of failing with
    # "database is locked" when a read turns into a write; synchronous=FULL
    # syncs each commit to disk, so a write we acknowledged survives a crash
    # or power cut (NORMAL would be faster but could lose the last commits).
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": int(env("SQLITE_TIMEOUT", "20")),
            "init_command": ("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL"),
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# One cache shared by every worker and process: pages, rate limits and
# Wagtail's own. Redis when REDIS_URL is set; otherwise files in one
# directory, which every gunicorn worker on the machine sees (local memory
# would give each worker its own copy, stale after another worker's change).
if env("REDIS_URL"):
    CACHES = {
        "default": {
            # Django's RedisCache, answering a miss while Redis is away
            # (core/cache.py); short timeouts, so an outage is a small delay.
            "BACKEND": "core.cache.ForgivingRedisCache",
            "LOCATION": env("REDIS_URL"),
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.5},
        }
    }
else:
    CACHES = {
        "default": {
            # Django's FileBasedCache, culled less often (core/filecache.py).
            "BACKEND": "core.filecache.FileCache",
            "LOCATION": env("CACHE_DIR", str(BASE_DIR / ".cache")),
            "OPTIONS": {"MAX_ENTRIES": 20000},
        }
    }
# Wagtail keeps image renditions in the default cache through this alias,
# which skips Wagtail's write-back of what it has just read (core/renditioncache.py).
CACHES["renditions"] = {"BACKEND": "core.renditioncache.RenditionCache", "LOCATION": "default"}

# The page cache (core/pagecache.py, README "Page cache"): how long an
# anonymous page is kept (0 turns it off). Like counts in cached HTML lag by
# at most this; the likes script shows fresh ones at once.
PAGECACHE_SECONDS = int(env("PAGECACHE_SECONDS", "600"))
# How long a browser may reuse a page without asking again: none, so a
# reader who has just commented or followed sees the page as it now is.
# Asking is cheap: a hit, or a 304 when the page hasn't changed.
PAGECACHE_BROWSER_SECONDS = int(env("PAGECACHE_BROWSER_SECONDS", "0"))
# Views whose anonymous responses may be cached; everything else is
# answered "private, no-store".
PAGECACHE_VIEWS = {"wagtail_serve", "sitemap", "robots", "reading_preferences"}

# A CDN or caching proxy in front, told the same URLs as the page cache
# (README, "Page cache"): FRONTEND_CACHE=http (Varnish, nginx purge),
# cloudflare or cloudfront, with that backend's variables.
FRONTEND_CACHE_BACKENDS = {
    "http": lambda: {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": require("FRONTEND_CACHE_LOCATION"),
    },
    "cloudflare": lambda: {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": require("CLOUDFLARE_BEARER_TOKEN"),
        "ZONEID": require("CLOUDFLARE_ZONE_ID"),
    },
    "cloudfront": lambda: {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": require("CLOUDFRONT_DISTRIBUTION_ID"),
    },
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
# The zones an admin user may pick. Left to Wagtail, the list is everything
# the system's tz database holds, aliases such as "localtime" included, which
# browsers refuse: the account page's script failed on it.
ZONE_AREAS = ("Africa", "America", "Antarctica", "Asia", "Atlantic", "Australia", "Europe",
              "Indian", "Pacific")  # fmt: skip
WAGTAIL_USER_TIME_ZONES = ["UTC"] + sorted(
    name for name in zoneinfo.available_timezones() if name.split("/")[0] in ZONE_AREAS
)
USE_I18N = True
USE_TZ = True
# "19 December 2026": the month in full (see core/formats/).
FORMAT_MODULE_PATH = ["core.formats"]

STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env("EMAIL_PORT", "25"))
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
# Seconds: a mail server that accepts the connection and then hangs must not
# hold the worker for ever; the send fails and the task is retried later.
EMAIL_TIMEOUT = int(env("EMAIL_TIMEOUT", "10"))
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Commonroom <hello@commonroom.invalid>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

SITE_ID = 1

# Background work: emails and notifications. The immediate backend runs a task
# in-process as soon as it is enqueued; production uses the database queue and
# a `manage.py db_worker` process.
TASKS = {
    "default": {"BACKEND": env("TASK_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")}
}

WAGTAIL_SITE_NAME = "Commonroom"
# No Gravatar: it would send a hash of each editor's email to a third party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# No upgrade notice: the dashboard would ask releases.wagtail.org from every
# editor's browser. Operators follow Wagtail's LTS releases instead.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = False
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
WAGTAILSEARCH_BACKENDS = {
    # Uses PostgreSQL full-text search on PostgreSQL, SQLite FTS elsewhere.
    "default": {"BACKEND": "core.search"}
}
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# Uploads: images only, bounded in bytes and pixels.
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 8 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "txt", "csv", "xlsx"]

TAGGIT_CASE_INSENSITIVE = True

BLOG_POSTS_PER_PAGE = 10

# Comments: django_comments_xtd gives the model and threading; the forms,
# views, emails and moderation are the discussion app's own (see its README
# section in README.md). xtd's own emails, confirmation and API are unused.
COMMENTS_APP = "django_comments_xtd"
COMMENTS_XTD_MODEL = "discussion.models.Comment"
# A comment, then replies nested three levels below it.
COMMENTS_XTD_MAX_THREAD_LEVEL = 3
COMMENTS_XTD_CONFIRM_EMAIL = False
COMMENTS_XTD_THREADED_EMAILS = False
COMMENT_MAX_LENGTH = 3000
# Comments one client may send in the window, before a 429 page.
COMMENT_RATE_LIMIT = int(env("COMMENT_RATE_LIMIT", "5"))
COMMENT_RATE_WINDOW = int(env("COMMENT_RATE_WINDOW", str(10 * 60)))
# Security headers (core/headers.py; README, "Running in production").
#
# Public pages: everything from this origin only, and nothing inline. Pages
# are cached and shared by every reader, so a nonce would be the same for
# all of them and prove nothing: every script and style is a static file,
# and JSON data sits in <script type="application/json">, which CSP allows.
# default-src covers scripts, styles, images, fonts, fetches and frames.
_public_policy = {
    "default-src": [SELF],
    "object-src": [NONE],
    "base-uri": [SELF],
    "frame-ancestors": [NONE],
    "form-action": [SELF],
}
# The Wagtail 7.4 admin (and the previews it frames) can't run under that;
# it gets only what the browser tests found it needs:
# - inline <script>: the date/time pickers, the image/snippet choosers,
#   InlinePanel and MultipleChooserPanel each render a <script> with the
#   field's id and options, so no fixed list of hashes can cover them;
# - inline <style> elements (not style="" attributes): its React-based
#   editors (Draftail, the StreamField and comment UI) inject them;
# - blob: images: the multiple-image upload previews each file from one.
# Still nothing from another host, no eval, no plugins, no other site
# framing it (only itself, for the preview panel).
_admin_policy = {
    "default-src": [SELF],
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF],
    "style-src-elem": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "blob:"],
    "object-src": [NONE],
    "base-uri": [SELF],
    "frame-ancestors": [SELF],
    "form-action": [SELF],
}
if env("CSP_REPORT_URI"):
    for _policy in (_public_policy, _admin_policy):
        _policy["report-uri"] = [env("CSP_REPORT_URI")]
# CSP_REPORT_ONLY=1 sends both policies as Content-Security-Policy-Report-Only:
# the browser reports what the policy would block and blocks nothing, for an
# operator trying out an addition (a script, an analytics host) first.
if env_bool("CSP_REPORT_ONLY"):
    CONTENT_SECURITY_POLICY = None
    CONTENT_SECURITY_POLICY_REPORT_ONLY = {"DIRECTIVES": _public_policy}
else:
    CONTENT_SECURITY_POLICY = {"DIRECTIVES": _public_policy}
ADMIN_CONTENT_SECURITY_POLICY = {"DIRECTIVES": _admin_policy}
ADMIN_CSP_PREFIXES = ["/admin/"]
# Browser features no page here uses, refused to our pages and anything in them.
PERMISSIONS_POLICY_DENIED = [
    "accelerometer",
    "autoplay",
    "bluetooth",
    "browsing-topics",
    "camera",
    "display-capture",
    "encrypted-media",
    "fullscreen",
    "gamepad",
    "geolocation",
    "gyroscope",
    "hid",
    "identity-credentials-get",
    "idle-detection",
    "local-fonts",
    "magnetometer",
    "microphone",
    "midi",
    "otp-credentials",
    "payment",
    "picture-in-picture",
    "publickey-credentials-create",
    "publickey-credentials-get",
    "screen-wake-lock",
    "serial",
    "usb",
    "window-management",
    "xr-spatial-tracking",
]
# Our pages open no other site's windows and keep no reference to them;
# other sites may not load our pages, scripts or images as sub-resources.
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
CROSS_ORIGIN_RESOURCE_POLICY = "same-origin"

# Proxies in front of the app whose X-Forwarded-For entries are believed when
# rate limits identify a client (core/ratelimit.py); 0 believes none.
TRUSTED_PROXY_HOPS = int(env("TRUSTED_PROXY_HOPS", "0"))


def require(name):
    value = env(name)
    if not value:
        raise ImproperlyConfigured(
            f"The {name} environment variable is required in production; see README.md, 'Settings'."
        )
    return value


if env("FRONTEND_CACHE"):
    if env("FRONTEND_CACHE") not in FRONTEND_CACHE_BACKENDS:
        raise ImproperlyConfigured(
            f"FRONTEND_CACHE must be one of {', '.join(FRONTEND_CACHE_BACKENDS)}."
        )
    WAGTAILFRONTENDCACHE = {"default": FRONTEND_CACHE_BACKENDS[env("FRONTEND_CACHE")]()}
