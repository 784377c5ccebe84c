"""The workflow and the per-page and per-collection permissions that guest
posting relies on (the groups themselves, and what editors may do beyond
pages, are built by website from each app's declarations). Each function
finds before it creates, so running it again changes nothing."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.users.models import UserProfile

from core.roles import EDITORS, GUEST_CONTRIBUTORS

WORKFLOW_NAME = "Guest post review"
TASK_NAME = "Editors review the guest post"
GUEST_COLLECTIONS = "Guest contributors"

CONTRIBUTOR_IMAGE_PERMISSIONS = ["add_image", "choose_image"]


@transaction.atomic
def ensure_workflow():
    """The review workflow: one task, which the Editors group approves."""
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    Group.objects.get_or_create(name=GUEST_CONTRIBUTORS)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.set([editors])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return workflow


def attach_to_guest_index(index):
    """Guest contributors may add pages under the index (and so edit their
    own), never publish; editors review and publish; submitting starts the
    review workflow."""
    workflow = ensure_workflow()
    grants = [
        (GUEST_CONTRIBUTORS, ["add_page"]),
        # Approving in the workflow publishes, which needs publish rights.
        (EDITORS, ["add_page", "change_page", "publish_page"]),
    ]
    for group_name, codenames in grants:
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=Group.objects.get(name=group_name),
                page=index,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )
    WorkflowPage.objects.update_or_create(page=index, defaults={"workflow": workflow})


def guest_collection_root():
    root = Collection.get_first_root_node()
    parent = root.get_children().filter(name=GUEST_COLLECTIONS).first()
    return parent or root.add_child(name=GUEST_COLLECTIONS)


@transaction.atomic
def onboard_contributor(author, user):
    """Ties a new guest user to their Author profile, puts them in the Guest
    contributors group, and gives them an image collection of their own."""
    ensure_workflow()
    author.user = user
    author.kind = author.Kind.GUEST
    author.save(update_fields=["user", "kind"])
    user.groups.add(Group.objects.get(name=GUEST_CONTRIBUTORS))
    user.__dict__.pop("_is_guest_contributor", None)

    name = f"{author.name} (guest {author.pk})"
    parent = guest_collection_root()
    collection = parent.get_children().filter(name=name).first() or parent.add_child(name=name)
    own_group, _ = Group.objects.get_or_create(name=f"Guest images: {author.pk}")
    for codename in CONTRIBUTOR_IMAGE_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=own_group,
            collection=collection,
            permission=Permission.objects.get(
                content_type__app_label="wagtailimages", codename=codename
            ),
        )
    user.groups.add(own_group)
    # Our own emails (through the task queue) tell contributors what happened;
    # Wagtail's built-in ones would say it twice.
    profile = UserProfile.get_for_user(user)
    profile.submitted_notifications = False
    profile.approved_notifications = False
    profile.rejected_notifications = False
    profile.updated_comments_notifications = False
    profile.save()
    return collection


def is_guest_contributor(user):
    """Asked by the admin scope middleware and several admin hooks on every
    admin request, so the answer is kept on the user object."""
    if not user.is_authenticated or user.is_superuser:
        return False
    if not hasattr(user, "_is_guest_contributor"):
        user._is_guest_contributor = user.groups.filter(name=GUEST_CONTRIBUTORS).exists()
    return user._is_guest_contributor
