import pytest
from django.core.cache import cache

from guestposts.setup import ensure_workflow
from tests.blog.factories import AuthorFactory, BlogPageFactory
from tests.frontend_cache import purged
from tests.website.factories import build_site
from website.roles import build_groups


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _fresh_cache():
    # Cached pages and rate-limit counters live in the cache, and purges are
    # recorded: each test starts with none.
    cache.clear()
    purged.clear()


@pytest.fixture
def roles(db):
    """The Editors and Guest contributors groups, with their permissions, and
    the guest post review workflow, as migrate leaves them. A transactional
    test's flush takes them away; this puts them back."""
    build_groups()
    ensure_workflow()


@pytest.fixture
def site_tree(db):
    home, blog = build_site()
    return {"home": home, "blog": blog}


@pytest.fixture
def home(site_tree):
    return site_tree["home"]


@pytest.fixture
def blog(site_tree):
    return site_tree["blog"]


@pytest.fixture
def author(db):
    return AuthorFactory(name="Sam Rivers", slug="sam-rivers", role="Senior PWP")


@pytest.fixture
def post(blog, author):
    return BlogPageFactory(
        parent=blog,
        title="Holding a caseload kindly",
        slug="holding-a-caseload",
        authors=[author],
        tag_names=["Supervision", "Wellbeing"],
    )


@pytest.fixture
def page_cache(settings):
    """The page cache as in production, for tests that commit their changes
    (django_capture_on_commit_callbacks) as a request or command would."""
    settings.PAGECACHE_SECONDS = 600
