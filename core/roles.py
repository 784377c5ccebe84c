"""The people the apps work with, by group. Each app declares on its
AppConfig what editors need of its models (`editor_permissions`: model name
→ actions); website builds the groups from those declarations after every
migrate (website/roles.py)."""

from django.contrib.auth import get_user_model
from django.db.models import Q

EDITORS = "Editors"
GUEST_CONTRIBUTORS = "Guest contributors"


def editors():
    """Active editors and superusers with an email address."""
    return (
        get_user_model()
        .objects.filter(Q(groups__name=EDITORS) | Q(is_superuser=True), is_active=True)
        .exclude(email="")
        .distinct()
    )


def editor_addresses():
    """Each editor's address once, however its case is written."""
    seen, unique = set(), []
    for address in editors().order_by("email").values_list("email", flat=True):
        if address.lower() not in seen:
            seen.add(address.lower())
            unique.append(address)
    return unique
