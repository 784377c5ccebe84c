"""python manage.py import_wordpress export.xml [options]"""

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from wordpress.importer import Importer, ImportFailed, Options
from wordpress.options import OptionError, parse_author_map, parse_warnings
from wordpress.wxr import WXRError, parse


def read_author_map(path):
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeError) as error:
        raise CommandError(f"can't read the author map {path}: {error}") from None
    return parse_author_map(lines, where=path)


class Command(BaseCommand):
    help = (
        "Imports a WordPress export (WXR) file: posts, pages, images, comments, series, redirects."
    )

    def add_arguments(self, parser):
        parser.add_argument("export", help="the WXR file (Tools → Export in WordPress)")
        parser.add_argument(
            "--dry-run", action="store_true", help="report what would happen; save nothing"
        )
        parser.add_argument(
            "--report", metavar="FILE", help="write the report here (JSON if it ends in .json)"
        )
        parser.add_argument(
            "--author-map",
            metavar="FILE",
            help="lines of `wordpress-login = author-slug-or-username`",
        )
        parser.add_argument("--series-from", metavar="TAXONOMY_OR_CATEGORY", default="")
        parser.add_argument(
            "--warnings-from",
            metavar="TAG_OR_CATEGORY=WARNING,...",
            action="append",
            help="give posts with this tag or category these content warnings (repeatable; WARNING:intensity)",
        )
        parser.add_argument(
            "--uploads", metavar="DIR", help="an offline copy of wp-content/uploads"
        )
        parser.add_argument(
            "--download", action="store_true", help="fetch media from the addresses in the file"
        )
        parser.add_argument(
            "--timeout", type=float, default=10.0, help="seconds per download (default 10)"
        )
        parser.add_argument("--retries", type=int, default=2, help="download retries (default 2)")
        parser.add_argument(
            "--pingbacks", action="store_true", help="import pingbacks and trackbacks too"
        )

    def handle(self, *args, **options):
        uploads = options["uploads"]
        if uploads and not Path(uploads).is_dir():
            raise CommandError(f"--uploads {uploads}: no such folder")
        try:
            import_options = Options(
                dry_run=options["dry_run"],
                uploads=Path(uploads) if uploads else None,
                download=options["download"],
                timeout=options["timeout"],
                retries=max(0, options["retries"]),
                author_map=read_author_map(options["author_map"]) if options["author_map"] else {},
                series_from=options["series_from"],
                warnings_from=parse_warnings(options["warnings_from"]),
                pingbacks=options["pingbacks"],
            )
        except OptionError as error:
            raise CommandError(str(error)) from None
        try:
            export = parse(options["export"])
        except FileNotFoundError:
            raise CommandError(f"{options['export']}: no such file") from None
        except WXRError as error:
            raise CommandError(f"{options['export']}: {error}") from None
        # A bar on a terminal; nothing in logs and pipes.
        bar = tqdm(total=0, unit="item", desc="Importing", disable=None, file=sys.stderr)

        def progress(done, total):
            bar.total = total
            bar.n = done
            bar.refresh()

        import_options.progress = progress
        importer = Importer(export, import_options)
        try:
            report = importer.run()
        except ImportFailed as failure:
            bar.close()
            self._write_report(options["report"], failure.report)
            raise CommandError(failure.report.as_text().splitlines()[0]) from None
        bar.close()
        self._write_report(options["report"], report)
        self.stdout.write(report.as_text())

    def _write_report(self, path, report):
        if not path:
            return
        text = report.as_json() if path.endswith(".json") else report.as_text()
        Path(path).write_text(text + "\n", encoding="utf-8")
