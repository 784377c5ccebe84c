from django.core.management.base import BaseCommand
from django.db import transaction

from website.demo.loader import DemoLoader


class Command(BaseCommand):
    help = "Load the demo site (safe to run again: existing content is left alone)."

    def handle(self, *args, **options):
        with transaction.atomic():
            created = DemoLoader(log=self.stdout.write).run()
        self.stdout.write(f"Demo content ready ({created} new objects).")
