from django.db.models.signals import post_migrate, post_save
from django.dispatch import receiver

from guestposts.models import GuestPostIndexPage


@receiver(post_save, sender=GuestPostIndexPage)
def set_up_guest_index(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        from guestposts.setup import attach_to_guest_index

        attach_to_guest_index(instance)


def ensure_setup_after_migrate(sender, using="default", **kwargs):
    from django.apps import apps
    from django.contrib.auth.management import create_permissions

    from guestposts.setup import ensure_groups_and_workflow

    # Apps after this one in INSTALLED_APPS get their permissions later in
    # the same post_migrate round; the groups need them now.
    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0, using=using)
    ensure_groups_and_workflow()


def connect_post_migrate(app_config):
    post_migrate.connect(ensure_setup_after_migrate, sender=app_config)
