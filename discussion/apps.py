from django.apps import AppConfig
from django.db.models.signals import pre_save


class DiscussionConfig(AppConfig):
    name = "discussion"
    verbose_name = "Comments and likes"
    # What editors manage of this app in the admin (see website/roles.py).
    editor_permissions = {
        "comment": ["add", "change", "delete", "view"],
        "like": ["delete", "view"],
        "erasure": ["add", "view"],
        "commentsettings": ["change"],
    }

    def ready(self):
        # Models, and modules importing them, load only once the app registry is
        # ready: Django runs ready() then, so they are imported here.
        from django_comments_xtd.models import publish_or_unpublish_on_pre_save

        from discussion import signals  # noqa: F401  (connects its receivers)

        # xtd hides or shows every reply when a comment's state changes, so
        # approving a comment would publish replies still awaiting moderation.
        # Moderation here acts on one comment; a removed comment with public
        # replies is shown as a placeholder instead.
        pre_save.disconnect(publish_or_unpublish_on_pre_save, sender="discussion.Comment")
