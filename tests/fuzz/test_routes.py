"""Every URL pattern and page route, as each role, with hostile values in
every path segment and in the query parameters the page itself uses (and
the common ones views read): never a 5xx."""

from urllib.parse import quote

import pytest

from tests.fuzz.payloads import ENCODED, HUGE, OVERLONG, sample, scalar_values, text_values
from tests.fuzz.probe import html_of, query_names
from tests.fuzz.routes import page_routes, project_routes
from tests.fuzz.values import plausible
from tests.fuzz.world import ROLES

# Parameters views commonly read, sent to every page besides those its own
# links and forms use.
COMMON_PARAMS = [
    "q", "p", "page", "id", "next", "ordering", "comments", "without", "child_of",
    "fields", "type", "collection_id", "tag", "locale", "post", "state", "limit", "offset",
]  # fmt: skip


def segment_values(placeholder, key):
    if placeholder.numeric:
        return [HUGE, "0"]
    texts = [quote(value, safe="", errors="surrogatepass") for value in text_values(key, 2)]
    return texts + sample(ENCODED, key, 2) + [OVERLONG[:3000]]


def query_values(key):
    return [
        scalar_values(key)[0],
        "abc",
        quote(text_values(key, 1)[0], safe="", errors="surrogatepass"),
        "%00%FF",
    ]


def attack(probe, role, client, route, world):
    values = plausible(route, world)
    url = route.url(values)
    response = probe.send(role, client, "GET", url)
    for placeholder in route.placeholders:
        key = f"{route.template}:{placeholder.name}:{role}"
        for value in segment_values(placeholder, key):
            probe.send(role, client, "GET", route.url({**values, placeholder.name: value}))
    if response.status_code != 200:
        return
    soup = html_of(response)
    names = set(COMMON_PARAMS) | (query_names(soup, url) if soup is not None else set())
    for value in query_values(f"{route.template}:{role}"):
        query = "&".join(f"{quote(name)}={value}" for name in sorted(names))
        probe.send(role, client, "GET", f"{url}?{query}", payload=value)


@pytest.mark.parametrize("role", ROLES)
def test_hostile_paths_and_queries_never_get_a_5xx(world, probe, role):
    client = world.clients[role]
    # Wagtail's /admin/failwhale/ answers 500 on purpose, to test error pages.
    routes = [r for r in project_routes() if "failwhale" not in r.template] + page_routes()
    assert len(routes) > 300  # the walk found the admin, our apps and the pages
    for route in routes:
        attack(probe, role, client, route, world)
    probe.check()
