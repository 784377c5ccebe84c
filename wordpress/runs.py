"""Running an import started in the admin: a dry run first, then, once an
editor confirms, the import itself. Both run as django-tasks tasks; while
one runs, its progress is kept in the cache (the import's own writes are
invisible until its transaction commits), and the reports are kept on the
ImportRun afterwards."""

from django.core.cache import cache

from wordpress.importer import Importer, ImportFailed, Options
from wordpress.models import ImportRun
from wordpress.options import parse_author_map, parse_warnings
from wordpress.wxr import WXRError, parse

PROGRESS_KEY = "wordpress-import-progress:{}"


def options_for(run, dry_run):
    saved = run.options or {}
    return Options(
        dry_run=dry_run,
        download=bool(saved.get("download")),
        author_map=parse_author_map(saved.get("author_map", "").splitlines()),
        series_from=saved.get("series_from", ""),
        warnings_from=parse_warnings(saved.get("warnings_from", "").splitlines()),
        pingbacks=bool(saved.get("pingbacks")),
    )


def progress_of(run):
    done, total = cache.get(PROGRESS_KEY.format(run.pk), (run.done, run.total))
    return done, total


def execute(run_id, dry_run):
    run = ImportRun.objects.get(pk=run_id)
    run.status = ImportRun.Status.CHECKING if dry_run else ImportRun.Status.RUNNING
    run.save(update_fields=["status"])
    key = PROGRESS_KEY.format(run.pk)

    def progress(done, total):
        cache.set(key, (done, total), 3600)

    options = options_for(run, dry_run)
    options.progress = progress
    try:
        with run.file.open("rb") as source:
            export = parse(source)
        report = Importer(export, options).run()
        text, failed = report.as_text(), False
    except WXRError as error:
        text, failed = f"The file can't be imported: {error}", True
    except ImportFailed as failure:
        text, failed = failure.report.as_text(), True
    done, total = cache.get(key, (0, 0))
    run.done, run.total = done, total
    if dry_run:
        run.dry_run_report = text
        run.status = ImportRun.Status.FAILED if failed else ImportRun.Status.CHECKED
    else:
        run.report = text
        run.status = ImportRun.Status.FAILED if failed else ImportRun.Status.DONE
    if failed:
        run.error = text.splitlines()[0]
    run.save()
    cache.delete(key)
