from django.core.management.base import BaseCommand
from django.db import transaction
from django.test.utils import override_settings

from core.pagecache import invalidate_all
from demo.loader import load


class Command(BaseCommand):
    help = "Load the demo site (safe to run again: existing content is left alone)."

    def handle(self, *args, **options):
        # Publishing demo posts would email their contributors and followers.
        quiet = override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend")
        with quiet, transaction.atomic():
            created = load(log=self.stdout.write)
            # The loader writes some rows with update() and bulk_create(),
            # which send no signals.
            invalidate_all()
        self.stdout.write(f"Demo content ready ({created} new objects).")
