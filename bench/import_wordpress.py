"""`make bench-import`: generates a WordPress export (1,000 posts of about
430 words, 2-5 tags each, 5 authors, 10,000 comments threaded three deep)
into a temporary folder, imports it into a fresh SQLite database, and
prints the time and peak memory; then the same with 500 images from an
offline uploads folder, in a fresh process and database, whose copying time
is reported on its own."""

import resource
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.test.runner import DiscoverRunner  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

from bench.wxr import generate  # noqa: E402
from blog.models import BlogPage  # noqa: E402
from discussion.models import Comment  # noqa: E402
from tests.website.factories import build_site  # noqa: E402
from wordpress.importer import Importer, Options  # noqa: E402
from wordpress.wxr import parse  # noqa: E402


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def import_once(path, uploads=None):
    started = time.perf_counter()
    export = parse(str(path))
    report = Importer(export, Options(uploads=uploads)).run()
    return time.perf_counter() - started, report


def main():
    """The export without images, imported twice; then, in a process of its
    own (peak resident memory only grows), the one with images."""
    with scratch_site() as folder:
        plain = generate(folder / "export.xml")
        size = plain.stat().st_size / 1e6
        seconds, report = import_once(plain)
        print(
            f"export: {size:.1f} MB; posts {BlogPage.objects.count()}, comments {Comment.objects.count()}"
        )
        print(
            f"import (1,000 posts + 10,000 comments): {seconds:.1f} s, peak resident {peak_mb():.0f} MB"
        )
        seconds, _ = import_once(plain)
        print(f"second run (nothing changes): {seconds:.1f} s")
    sys.stdout.flush()
    return subprocess.run([sys.executable, "-m", "bench.import_wordpress", "--images"]).returncode


def main_with_images():
    with scratch_site() as folder:
        with_images = generate(folder / "export-images.xml", uploads=folder / "uploads")
        seconds, report = import_once(with_images, uploads=folder / "uploads")
        media = report.timings.get("media_seconds", 0)
        print(
            f"with 500 images from an uploads folder: {seconds:.1f} s in all, "
            f"of which copying the images {media:.1f} s; peak resident {peak_mb():.0f} MB"
        )
    return 0


@contextmanager
def scratch_site():
    """A temporary folder for the export and media, and a fresh test
    database holding the demo's site tree."""
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        settings.MEDIA_ROOT = folder / "media"
        setup_test_environment()
        runner = DiscoverRunner(verbosity=0)
        databases = runner.setup_databases()
        try:
            build_site()
            yield folder
        finally:
            runner.teardown_databases(databases)


if __name__ == "__main__":
    sys.exit(main_with_images() if "--images" in sys.argv[1:] else main())
