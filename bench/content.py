"""The content the HTTP benchmark measures, generated (never committed): a
post of about 3,000 words in 40 paragraphs with 2 images and 10 tags, 300
published comments threaded 100 / 150 / 50 over three levels, and 20 other
posts. The prose is made from a small word list, so nothing is copied."""

import datetime
import json
import random

from django.db import transaction
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Collection, Site

from blog.models import Author, BlogIndexPage, BlogPage, BlogPageAuthor
from demo import pages
from demo.datafiles import read
from demo.loader import Demo
from demo.pictures import draw
from discussion.models import Comment, CommentSettings, Like

SLUG = "a-long-conversation"
VOCABULARY = """
session practitioner supervision caseload client step guided self-help worksheet anxiety mood
sleep routine week goal review plan progress setback team manager training notes telephone
appointment referral waiting list outcome measure score behavioural activation worry time
exposure thought record gentle steady careful listening kindness boundary rest tired hopeful
practical small clear shared honest
"""
WORDS = VOCABULARY.split()
# dark, light, ground
PALETTES = {"teal": ("#1f5f5b", "#8fc7c1", "#eef6f5"), "amber": ("#7a4b0c", "#f0c36d", "#fbf4e6")}


def sentence(rng, words):
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def paragraph(rng, words=75):
    """About `words` words in sentences of 8 to 18."""
    sentences, total = [], 0
    while total < words:
        n = rng.randint(8, 18)
        sentences.append(sentence(rng, n))
        total += n
    return " ".join(sentences)


def image(key):
    collection = Collection.get_first_root_node()
    return get_image_model().objects.create(
        title=f"Bench picture {key}",
        file=draw(key, PALETTES[key], "circles"),
        collection=collection,
    )


def body(rng, paragraphs, images=()):
    blocks = []
    for n in range(paragraphs):
        blocks.append({"type": "paragraph", "value": f"<p>{paragraph(rng)}</p>"})
        if images and n in (12, 27):
            picture = images[0 if n == 12 else 1]
            blocks.append(
                {
                    "type": "image",
                    "value": {
                        "image": {
                            "image": picture.pk,
                            "alt_text": "Soft circles",
                            "decorative": False,
                        },
                        "caption": "A picture between paragraphs.",
                        "warning": None,
                    },
                }
            )
    return json.dumps(blocks)


def add_post(blog, slug, title, text, author, tags, days_ago):
    date = timezone.localdate() - datetime.timedelta(days=days_ago)
    post = BlogPage(
        slug=slug, title=title, summary="A post for the benchmark.", body=text, date=date
    )
    post.post_authors = [BlogPageAuthor(author=author)]
    blog.add_child(instance=post)
    post.tags.add(*tags)
    post.save_revision().publish()
    return post


def comments(post, rng, shape=(100, 150, 50)):
    """Published comments: shape[0] conversations, shape[1] replies to them,
    shape[2] replies to those replies; each liked a few times."""
    levels = []
    for level, count in enumerate(shape):
        made = []
        for n in range(count):
            parent = rng.choice(levels[level - 1]) if level else None
            comment = Comment(
                post=post,
                user_name=f"Reader {level}-{n}",
                user_email=f"reader{level}-{n}@example.org",
                user_url="https://example.org/" if n % 7 == 0 else "",
                comment=paragraph(rng, rng.randint(20, 45)),
                parent_id=parent.pk if parent else 0,
            )
            comment.set_state(Comment.State.PUBLISHED)
            comment.save()
            made.append(comment)
        levels.append(made)
    everything = [c for level in levels for c in level]
    Like.objects.bulk_create(
        Like(post=post, comment=c, reader=f"{n:08x}{i:024x}")
        for n, c in enumerate(everything)
        for i in range(n % 4)
    )
    Like.objects.bulk_create(Like(post=post, reader=f"{i:032x}") for i in range(12))


def set_threads_per_page(count):
    config = CommentSettings.for_site(Site.objects.get(is_default_site=True))
    config.threads_per_page = count
    config.save()


@transaction.atomic  # one commit, not thousands: minutes faster on SQLite
def build(threads_per_page=None, port=None):
    """Builds the site and returns the long post. The page cache keeps
    pages for the site's own host, so `port` is where it will be served."""
    rng = random.Random(11)
    demo = Demo(log=lambda *args: None)
    site = read("site")
    home = pages.home_page(demo, site["home"])
    pages.site(home, {**site["site"], **({"port": port} if port else {})})
    blog = pages.child(demo, home, BlogIndexPage, slug="blog", title="Blog", show_in_menus=True)
    author = Author.objects.create(name="Bench Author", slug="bench-author", role="Senior PWP")
    pictures = [image("teal"), image("amber")]
    tags = [f"topic {n}" for n in range(10)]
    for n in range(20):
        add_post(
            blog, f"other-post-{n}", f"Another post {n}", body(rng, 8), author, tags[:3], n + 2
        )
    post = add_post(blog, SLUG, "A long conversation", body(rng, 40, pictures), author, tags, 1)
    comments(post, rng)
    if threads_per_page:
        set_threads_per_page(threads_per_page)
    return post
