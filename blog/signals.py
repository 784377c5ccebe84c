from django.db.models.signals import pre_save
from django.dispatch import receiver
from modelsearch.tasks import insert_or_update_object_task
from taggit.models import Tag
from wagtail.signals import page_published, post_page_move

from blog import pagecache
from blog.models import Author, BlogPage, ContentWarning
from blog.tags import fallback_slug
from core.pagecache import DRAFT_FIELDS, site_urls_wanted, watch


@receiver(page_published, sender=BlogPage)
def reindex_with_tags(sender, instance, **kwargs):
    # The search index is updated on post_save, which fires before a page's
    # tags (child relations) are written, so a task backend that runs at once
    # would index stale tags. Index again now that everything is saved.
    insert_or_update_object_task.enqueue("blog", "blogpage", str(instance.pk))


# The page cache: a post's publication, unpublication, scheduled go-live,
# move and deletion (each a full save or a delete), and edits to the
# snippets its pages and cards show.
watch(BlogPage, pagecache.live_post_paths, ignore_fields=DRAFT_FIELDS, uid="blog.post")
watch(Author, pagecache.author_paths, uid="blog.author")
watch(ContentWarning, pagecache.warning_paths, uid="blog.warning")


@receiver(post_page_move, sender=BlogPage, dispatch_uid="blog.pagecache.moved")
def post_moved(sender, instance, **kwargs):
    # Wagtail saves a moved page as a plain Page, so the watch above misses
    # it; the listings link to the new address.
    pagecache.invalidate_posts([instance.pk])


@receiver(site_urls_wanted, dispatch_uid="blog.pagecache.all")
def all_blog_paths(sender, **kwargs):
    return pagecache.all_paths()


@receiver(pre_save, sender=Tag)
def give_tag_a_usable_slug(sender, instance, **kwargs):
    # Taggit has just slugified the name; nothing may be left of it.
    if not instance.slug:
        instance.slug = fallback_slug(instance.name)
