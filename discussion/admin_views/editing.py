"""Editing a comment's name and text."""

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views.generic import EditView

from discussion.admin_views.display import comment_url


class CommentEditForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["user_name"].required = True
        self.fields["user_name"].error_messages["required"] = "Enter the name to show."
        self.fields["comment"].error_messages["required"] = "A comment needs some text."


class CommentEditView(EditView):
    """Edits a comment's name and text; its thread, post and state stay put
    (xtd only works out threading when a comment is first saved)."""

    def get_success_url(self):
        return comment_url(self.object)

    def get_success_message(self, instance=None):
        return f"Saved the comment by {self.object.user_name}."
