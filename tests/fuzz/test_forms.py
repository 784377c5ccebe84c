"""Every POST form the project shows, as each role, with hostile values in
its fields: first in what a person types (the tokens the page gave kept, so
validation runs to the end), then in every field, hidden ones too (stamps,
counts, `next`). Never a 5xx."""

from urllib.parse import urlencode, urljoin

import pytest

from tests.fuzz.payloads import HUGE, OVERLONG, WRONG_TYPES, sample, text_values
from tests.fuzz.probe import forms_in, html_of
from tests.fuzz.routes import page_routes, project_routes
from tests.fuzz.values import plausible
from tests.fuzz.world import ROLES

# Forms that end the session or remove what later forms in the walk need;
# what they take is an id in the URL, which the route walk already attacks.
DESTRUCTIVE = ("logout", "delete", "unpublish", "/move/", "/copy/", "/disable/")
TYPED = {"text", "textarea", "email", "search", "url", "password", "tel", "number", "date"}
KEPT = {"csrfmiddlewaretoken"}


def field_values(key):
    return text_values(key, 2) + [OVERLONG, HUGE, sample(WRONG_TYPES, key, 1)[0]]


def posts_for(values, kinds, value):
    """The two ways a form is attacked with one value."""
    typed = {name: value if kinds.get(name) in TYPED else kept for name, kept in values.items()}
    everything = {name: kept if name in KEPT else value for name, kept in values.items()}
    return [typed, everything]


def form_body(data):
    """URL-encoded as a browser would send it, except that a lone surrogate
    goes as the invalid UTF-8 bytes it stands for."""
    return urlencode(
        {name: str(value).encode("utf-8", "surrogatepass") for name, value in data.items()}
    )


def forms_on(client, routes, world):
    """(target, values, kinds) of each distinct form the role is shown."""
    seen = set()
    for route in routes:
        url = route.url(plausible(route, world))
        response = client.get(url)
        soup = html_of(response) if response.status_code == 200 else None
        if soup is None:
            continue
        for action, values, kinds in forms_in(soup, "post"):
            target = urljoin(url, action) if action else url
            if any(word in target for word in DESTRUCTIVE):
                continue
            signature = (route.template, action.split("?")[0] == "", tuple(sorted(values)))
            if signature not in seen:
                seen.add(signature)
                yield target, values, kinds


@pytest.mark.parametrize("role", ROLES)
def test_hostile_form_fields_never_get_a_5xx(world, probe, role):
    client = world.clients[role]
    routes = [r for r in project_routes() if "failwhale" not in r.template] + page_routes()
    forms = 0
    for target, values, kinds in forms_on(client, routes, world):
        forms += 1
        for value in field_values(f"{target}:{role}"):
            for data in posts_for(values, kinds, value):
                probe.send(
                    role, client, "POST", target, payload=value[:80], data=form_body(data),
                    content_type="application/x-www-form-urlencoded",
                )  # fmt: skip
    assert forms >= (20 if role == "editor" else 2)  # the walk reached the forms
    probe.check()
