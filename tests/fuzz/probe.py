"""Sending requests and keeping every 5xx, so one run reports all of them
together, each with its URL and payload."""

import time
from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import urlencode

from bs4 import BeautifulSoup


@dataclass
class Failure:
    role: str
    method: str
    url: str
    payload: str
    status: int
    error: str


@dataclass
class Probe:
    failures: list = field(default_factory=list)
    sent: int = 0
    started: float = field(default_factory=time.monotonic)

    def send(self, role, client, method, url, payload="", data=None, **extra):
        self.sent += 1
        kwargs = dict(extra)
        if data is not None:
            kwargs["data"] = data
        response = getattr(client, method.lower())(url, **kwargs)
        if response.status_code >= 500:
            error = ""
            if getattr(response, "exc_info", None):
                exc = response.exc_info[1]
                error = f"{type(exc).__name__}: {str(exc)[:160]}"
            shown = payload or (urlencode(data, doseq=True)[:200] if isinstance(data, dict) else "")
            self.failures.append(
                Failure(role, method, url[:300], shown[:300], response.status_code, error)
            )
        return response

    def report(self):
        """One line per distinct error and view, with how often and an example."""
        groups = defaultdict(list)
        for failure in self.failures:
            groups[(failure.error.split(":")[0], failure.method, failure.url.split("?")[0])].append(
                failure
            )
        lines = [f"{len(self.failures)} of {self.sent} requests answered 5xx:"]
        for (_, method, path), failures in sorted(groups.items()):
            first = failures[0]
            lines.append(
                f"- {len(failures)}× {method} {path} as {first.role} "
                f"[{first.status}] {first.error}\n    url: {first.url}\n    payload: {first.payload!r}"
            )
        return "\n".join(lines)

    def check(self):
        assert not self.failures, self.report()


def html_of(response):
    if "html" not in response.get("Content-Type", ""):
        return None
    try:
        return BeautifulSoup(response.content, "html.parser")
    except Exception:  # noqa: BLE001 - an unparsable page is not what this suite tests
        return None


def forms_in(soup, method="post"):
    """[(action, {name: value}, {name: kind})] for each form of that method."""
    found = []
    for form in soup.find_all("form"):
        if (form.get("method") or "get").lower() != method:
            continue
        values, kinds = {}, {}
        for element in form.find_all(["input", "textarea", "select"]):
            name = element.get("name")
            if not name:
                continue
            kind = element.get("type", element.name).lower()
            if kind in ("submit", "button", "image", "file", "reset"):
                if kind == "submit" and element.get("value"):
                    values.setdefault(name, element.get("value"))
                continue
            if element.name == "select":
                option = element.find("option", selected=True) or element.find("option")
                value = option.get("value", "") if option else ""
            elif element.name == "textarea":
                value = element.text
            elif kind in ("checkbox", "radio"):
                if not element.has_attr("checked") and name in values:
                    continue
                value = element.get("value", "on")
            else:
                value = element.get("value", "")
            values[name] = value
            kinds[name] = kind
        found.append((form.get("action") or "", values, kinds))
    return found


def query_names(soup, path):
    """The parameters the page's own links and GET forms send to `path`."""
    names = set()
    for link in soup.find_all("a", href=True):
        href = link["href"]
        if "?" in href and (href.startswith("?") or href.split("?")[0] in ("", path)):
            for pair in href.split("?", 1)[1].split("&"):
                names.add(pair.split("=")[0])
    for _, values, _ in forms_in(soup, "get"):
        names.update(values)
    return {name for name in names if name and len(name) < 40}
