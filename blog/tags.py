"""Tag slugs. Taggit slugifies a tag's name, which leaves nothing of a name
made only of punctuation or symbols ("?>", "😀"), and an empty slug can't be
put in a tag's URL. Such a tag gets a short, stable slug from its name."""

import hashlib


def fallback_slug(name):
    digest = hashlib.sha256(name.casefold().encode("utf-8", "surrogatepass")).hexdigest()
    return f"tag-{digest[:10]}"
