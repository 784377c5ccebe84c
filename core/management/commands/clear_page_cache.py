from django.core.management.base import BaseCommand

from core.pagecache import purge_everything


class Command(BaseCommand):
    help = (
        "Drops every cached page (and tells the frontend cache, if configured). "
        "Run it after a deploy changes templates, and after changing content "
        "in ways that send no signals (bulk_create, QuerySet.update, raw SQL)."
    )

    def handle(self, *args, **options):
        purge_everything()
        self.stdout.write("Page cache cleared.")
