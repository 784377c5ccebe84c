"""Who may moderate comments and erase a commenter's data."""

from django.core.exceptions import PermissionDenied
from wagtail.permission_policies import ModelPermissionPolicy

from discussion.models import Comment

PERMISSION = "discussion.change_comment"
ERASURE_PERMISSION = "discussion.add_erasure"


class ModerationPermissionPolicy(ModelPermissionPolicy):
    """Comments arrive from readers and leave through moderation or erasure,
    so nobody adds or deletes one here; seeing them is part of moderating,
    so every view needs the change permission."""

    def __init__(self):
        super().__init__(Comment)

    def user_has_permission(self, user, action):
        if action in ("add", "delete"):
            return False
        return user.has_perm(PERMISSION)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


def check_permission(user, permission=PERMISSION):
    if not user.has_perm(permission):
        raise PermissionDenied
