"""The demo's starting set of content warnings."""

from blog.models import ContentWarning


def load(demo, entries):
    for data in entries:
        warning, created = ContentWarning.objects.get_or_create(slug=data["slug"], defaults=data)
        demo.count(created)
        demo.warnings[data["slug"]] = warning
