"""The Editors and Guest contributors groups, built from what each app
declares it needs (`editor_permissions` on its AppConfig). Finds before it
creates, so running it again changes nothing."""

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db import transaction

from core.roles import EDITORS, GUEST_CONTRIBUTORS


def declared_editor_permissions():
    for config in apps.get_app_configs():
        for model, actions in getattr(config, "editor_permissions", {}).items():
            yield from Permission.objects.filter(
                content_type__app_label=config.label,
                codename__in=[f"{action}_{model}" for action in actions],
            )


@transaction.atomic
def build_groups():
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    editors.permissions.add(*declared_editor_permissions())
    # Both use the admin; what contributors may touch there is granted per
    # page and per collection by guestposts.
    access_admin = Permission.objects.filter(codename="access_admin")
    editors.permissions.add(*access_admin)
    contributors, _ = Group.objects.get_or_create(name=GUEST_CONTRIBUTORS)
    contributors.permissions.add(*access_admin)
    return editors, contributors


def build_groups_after_migrate(sender, using="default", **kwargs):
    # Apps after this one in INSTALLED_APPS get their permissions later in
    # the same post_migrate round; the groups need them now.
    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0, using=using)
    build_groups()
