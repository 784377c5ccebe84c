"""The cache Wagtail keeps image renditions in (its "renditions" alias):
the default cache, without the write Wagtail makes on every use.

`Image.get_rendition` reads a rendition from the cache and then sets it
there again, whatever it found: every `{% image %}` tag on a page writes to
the shared cache (on the file cache without Redis, a file written and
renamed, about a millisecond each). Here a set is skipped when its value is
the very object this cache just handed out for that key, so it holds
nothing that is not already stored. Anything else (a rendition just made or
read from the database, a delete when an image changes) goes through."""

from django.core.cache import caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache

# Set on each object handed out: the key it was read under. On the object
# itself, so that only that object counts (renditions compare equal by id).
READ_UNDER = "_rendition_cache_read_under"


class RenditionCache(BaseCache):
    """A cache backend over another alias (LOCATION, "default" if unset)."""

    def __init__(self, location, params):
        super().__init__(params)
        self.alias = location or "default"

    @property
    def store(self):
        return caches[self.alias]

    @staticmethod
    def _hand_out(key, value):
        if hasattr(value, "__dict__"):
            value.__dict__[READ_UNDER] = key
        return value

    @staticmethod
    def _unchanged(key, value):
        return getattr(value, "__dict__", {}).get(READ_UNDER) == key

    def get(self, key, default=None, version=None):
        value = self.store.get(key, default, version=version)
        return value if value is default else self._hand_out(key, value)

    def get_many(self, keys, version=None):
        found = self.store.get_many(keys, version=version)
        return {key: self._hand_out(key, value) for key, value in found.items()}

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        if not self._unchanged(key, value):
            self.store.set(key, value, timeout, version=version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        changed = {key: value for key, value in data.items() if not self._unchanged(key, value)}
        return self.store.set_many(changed, timeout, version=version) if changed else []

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self.store.add(key, value, timeout, version=version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self.store.touch(key, timeout, version=version)

    def delete(self, key, version=None):
        return self.store.delete(key, version=version)

    def delete_many(self, keys, version=None):
        return self.store.delete_many(keys, version=version)

    def has_key(self, key, version=None):
        return self.store.has_key(key, version=version)

    def clear(self):
        return self.store.clear()
