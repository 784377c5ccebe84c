"""Authors: the blog's staff, and the guest contributors (those with a credit),
some with a photo (a picture key from pictures.toml)."""

from blog.models import Author

FIELDS = ("name", "role", "bio", "kind", "organisation", "credit")


def load(demo, entries):
    for data in entries:
        defaults = {key: data[key] for key in FIELDS if key in data}
        if "photo" in data:
            defaults["photo"] = demo.images[data["photo"]]
        if "credit" in data:
            defaults["kind"] = Author.Kind.GUEST
        author, created = Author.objects.get_or_create(slug=data["slug"], defaults=defaults)
        demo.count(created)
        demo.authors[data["slug"]] = author
