"""The file cache used without Redis (core/filecache.py): still bounded,
but without listing its directory on every write."""

from pathlib import Path

from django.core.cache.backends.filebased import FileBasedCache

from core.filecache import CULL_EVERY, FileCache


def test_it_lists_its_directory_once_every_so_many_writes(tmp_path, monkeypatch):
    listings = []
    original = FileBasedCache._list_cache_files
    monkeypatch.setattr(
        FileBasedCache,
        "_list_cache_files",
        lambda self: listings.append(1) or original(self),
    )
    cache = FileCache(str(tmp_path), {"OPTIONS": {"MAX_ENTRIES": 50_000}})
    for n in range(3 * CULL_EVERY):
        cache.set(f"key-{n}", n)
    assert len(listings) == 3
    assert cache.get("key-7") == 7


def test_it_stays_within_its_limit_give_or_take_one_round_of_writes(tmp_path):
    cache = FileCache(str(tmp_path), {"OPTIONS": {"MAX_ENTRIES": 20, "CULL_FREQUENCY": 2}})
    for n in range(5 * CULL_EVERY):
        cache.set(f"key-{n}", "x" * 100)
    assert len(list(Path(tmp_path).glob("*.djcache"))) <= 20 + CULL_EVERY
