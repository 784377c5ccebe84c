"""The admin account, and the author it writes as."""

from django.contrib.auth import get_user_model

from blog.models import Author


def admin_user(demo, data):
    User = get_user_model()
    admin = User.objects.filter(username=data["username"]).first()
    if admin:
        demo.log(f"Admin account: {data['username']} (already there; password unchanged)")
        return admin
    admin = User.objects.create_superuser(data["username"], data["email"], data["password"])
    demo.count()
    demo.log(f"Admin account created: {data['username']} / {data['password']}")
    return admin


def link_editor(demo, admin, slug):
    """The admin account writes as the blog's editor, so her replies to
    readers carry the author badge. An account already linked either way stays."""
    editor = demo.authors[slug]
    if editor.user_id is not None or Author.objects.filter(user=admin).exists():
        return
    editor.user = admin
    editor.save(update_fields=["user"])
    demo.log(f"Admin account linked to the author {editor.name}")
