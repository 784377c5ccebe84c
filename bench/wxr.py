"""A generated WordPress export for `make bench-import`: written on the fly,
never committed. Its prose is random words, not anyone's writing."""

import datetime
import random
from pathlib import Path
from xml.sax.saxutils import escape

from PIL import Image

VOCABULARY = (
    "caseload supervision practitioner session client step low intensity guided self help "
    "worry anxiety mood sleep routine goal review plan notes team service referral week "
    "practice skills listening kindness boundaries rest energy time change small steady "
    "reflection learning colleague support wellbeing the a and of to in for with on about"
)
WORDS = VOCABULARY.split()
HEADER = """<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
 xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Bench blog</title><link>https://bench.example</link>
<wp:wxr_version>1.2</wp:wxr_version>
<wp:base_site_url>https://bench.example</wp:base_site_url>
<wp:base_blog_url>https://bench.example</wp:base_blog_url>
"""


def cdata(text):
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def prose(rng, words):
    paragraphs, left = [], words
    while left > 0:
        n = min(left, rng.randint(40, 90))
        sentence = " ".join(rng.choice(WORDS) for _ in range(n))
        paragraphs.append(sentence.capitalize() + ".")
        left -= n
    return "\n\n".join(paragraphs)


def comments_for(rng, post_id, first_id, count, start):
    """`count` comments, threaded three deep (levels 0-2)."""
    out, levels = [], {}
    for n in range(count):
        cid = first_id + n
        parent = 0
        candidates = [c for c, level in levels.items() if level < 2]
        if candidates and rng.random() < 0.6:
            parent = rng.choice(candidates)
        levels[cid] = levels[parent] + 1 if parent else 0
        date = start + datetime.timedelta(hours=n + 1)
        out.append(
            f"<wp:comment><wp:comment_id>{cid}</wp:comment_id>"
            f"<wp:comment_author>{cdata(f'Reader {cid % 97}')}</wp:comment_author>"
            f"<wp:comment_author_email>reader{cid % 97}@example.org</wp:comment_author_email>"
            f"<wp:comment_author_url></wp:comment_author_url>"
            f"<wp:comment_date>{date:%Y-%m-%d %H:%M:%S}</wp:comment_date>"
            f"<wp:comment_date_gmt>{date:%Y-%m-%d %H:%M:%S}</wp:comment_date_gmt>"
            f"<wp:comment_content>{cdata(prose(rng, rng.randint(15, 60)))}</wp:comment_content>"
            f"<wp:comment_approved>1</wp:comment_approved><wp:comment_type>comment</wp:comment_type>"
            f"<wp:comment_parent>{parent}</wp:comment_parent><wp:comment_user_id>0</wp:comment_user_id>"
            "</wp:comment>"
        )
    return "".join(out)


def generate(path, uploads=None, posts=1000, comments=10_000, images=500, seed=12):
    rng = random.Random(seed)
    path = Path(path)
    start = datetime.datetime(2019, 1, 1, 9, 0)
    tags = [f"{rng.choice(WORDS)} {rng.choice(WORDS)} {n}" for n in range(60)]
    with path.open("w", encoding="utf-8") as out:
        out.write(HEADER)
        for n in range(5):
            out.write(
                f"<wp:author><wp:author_id>{n + 1}</wp:author_id><wp:author_login>writer{n}</wp:author_login>"
                f"<wp:author_email>writer{n}@example.org</wp:author_email>"
                f"<wp:author_display_name>{cdata(f'Writer {n}')}</wp:author_display_name></wp:author>\n"
            )
        if uploads:
            uploads = Path(uploads)
            for n in range(images):
                folder = uploads / "2019" / f"{n % 12 + 1:02d}"
                folder.mkdir(parents=True, exist_ok=True)
                Image.new("RGB", (320, 200), (n % 255, 80, 120)).save(
                    folder / f"photo-{n}.jpg", quality=80
                )
                url = (
                    f"https://bench.example/wp-content/uploads/2019/{n % 12 + 1:02d}/photo-{n}.jpg"
                )
                out.write(
                    f"<item><title>Photo {n}</title><link>https://bench.example/?attachment_id={100000 + n}</link>"
                    f'<guid isPermaLink="false">{url}</guid><wp:post_id>{100000 + n}</wp:post_id>'
                    f"<wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status>"
                    f"<wp:attachment_url>{url}</wp:attachment_url>"
                    f"<wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key>"
                    f"<wp:meta_value>{cdata(f'A test card, number {n}')}</wp:meta_value></wp:postmeta></item>\n"
                )
        per_post = comments // posts
        comment_id = 1
        for n in range(posts):
            post_id = n + 1
            date = start + datetime.timedelta(days=n)
            slug = f"post-{post_id}"
            body = prose(rng, 430)
            meta = ""
            if uploads and n < images:
                variant = f"https://bench.example/wp-content/uploads/2019/{n % 12 + 1:02d}/photo-{n}-300x200.jpg"
                body = (
                    f'<img src="{variant}" alt="A test card" class="wp-image-{100000 + n}" />\n\n'
                    + body
                )
                meta = (
                    f"<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key>"
                    f"<wp:meta_value>{100000 + n}</wp:meta_value></wp:postmeta>"
                )
            terms = "".join(
                f'<category domain="post_tag" nicename="t{tags.index(tag)}">{cdata(tag)}</category>'
                for tag in rng.sample(tags, rng.randint(2, 5))
            )
            out.write(
                f"<item><title>{escape(f'Post number {post_id}')}</title>"
                f"<link>https://bench.example/{date:%Y/%m/%d}/{slug}/</link>"
                f'<guid isPermaLink="false">https://bench.example/?p={post_id}</guid>'
                f"<dc:creator>writer{n % 5}</dc:creator>"
                f"<content:encoded>{cdata(body)}</content:encoded><excerpt:encoded>{cdata('')}</excerpt:encoded>"
                f"<wp:post_id>{post_id}</wp:post_id>"
                f"<wp:post_date>{date:%Y-%m-%d %H:%M:%S}</wp:post_date>"
                f"<wp:post_date_gmt>{date:%Y-%m-%d %H:%M:%S}</wp:post_date_gmt>"
                f"<wp:comment_status>open</wp:comment_status><wp:post_name>{slug}</wp:post_name>"
                f"<wp:status>publish</wp:status><wp:post_parent>0</wp:post_parent>"
                f"<wp:post_type>post</wp:post_type>{terms}{meta}"
                f"{comments_for(rng, post_id, comment_id, per_post, date)}</item>\n"
            )
            comment_id += per_post
        out.write("</channel></rss>\n")
    return path
