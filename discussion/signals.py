"""Keeps Django's sites framework, which django_comments reads, in step with
Wagtail's default site."""

from django.conf import settings
from django.contrib.sites.models import Site as DjangoSite
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import Site


@receiver(post_save, sender=Site)
def sync_django_site(sender, instance, raw=False, **kwargs):
    if raw or not instance.is_default_site:
        return
    domain = instance.hostname
    if instance.port not in (80, 443):
        domain = f"{domain}:{instance.port}"
    DjangoSite.objects.update_or_create(
        pk=settings.SITE_ID,
        defaults={"domain": domain, "name": instance.site_name or domain},
    )
