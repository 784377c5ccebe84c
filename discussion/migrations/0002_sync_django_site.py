"""Copies Wagtail's default site into Django's sites framework once; from
then on discussion.signals keeps the two in step."""

from django.conf import settings
from django.db import migrations


def sync(apps, schema_editor):
    WagtailSite = apps.get_model("wagtailcore", "Site")
    DjangoSite = apps.get_model("sites", "Site")
    site = WagtailSite.objects.filter(is_default_site=True).first()
    if site is None:
        return
    domain = site.hostname if site.port in (80, 443) else f"{site.hostname}:{site.port}"
    DjangoSite.objects.update_or_create(
        pk=settings.SITE_ID, defaults={"domain": domain, "name": site.site_name or domain}
    )


class Migration(migrations.Migration):
    dependencies = [
        ("discussion", "0001_initial"),
        ("sites", "0002_alter_domain_unique"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(sync, migrations.RunPython.noop)]
