"""Body conversion: every shape of WordPress content to the site's blocks."""

from wordpress.body import ImageRef, comment_text, convert, summary_from


def types(blocks):
    return [block["type"] for block in blocks]


def images(ids):
    def resolve(ref: ImageRef):
        return ids.get(ref.wp_id) or ids.get(ref.src)

    return resolve


def test_classic_text_gets_paragraphs_from_blank_lines():
    blocks, _ = convert("First line\nsame paragraph\n\nSecond paragraph")
    assert blocks == [
        {"type": "paragraph", "value": "<p>First line<br/>same paragraph</p>"},
        {"type": "paragraph", "value": "<p>Second paragraph</p>"},
    ]


def test_gutenberg_blocks():
    content = (
        '<!-- wp:heading {"level":3} --><h3 id="why-it-matters">Why it matters</h3><!-- /wp:heading -->\n'
        "<!-- wp:paragraph --><p>Some <strong>bold</strong> text.</p><!-- /wp:paragraph -->\n"
        "<!-- wp:list --><ul><li>One</li><li>Two</li></ul><!-- /wp:list -->\n"
        '<!-- wp:quote --><blockquote class="wp-block-quote"><p>Be kind.</p><cite>A supervisor</cite></blockquote><!-- /wp:quote -->\n'
        '<!-- wp:image {"id":7} --><figure class="wp-block-image"><img src="https://old.example/wp-content/uploads/a-300x200.jpg" alt="A desk"/><figcaption>My desk</figcaption></figure><!-- /wp:image -->\n'
        '<!-- wp:embed {"url":"https://www.youtube.com/watch?v=abc","providerNameSlug":"youtube"} --><figure class="wp-block-embed"><div>https://www.youtube.com/watch?v=abc</div></figure><!-- /wp:embed -->\n'
        "<!-- wp:table --><figure><table><thead><tr><th>Week</th><th>Score</th></tr></thead><tbody><tr><td>1</td><td>12</td></tr></tbody></table></figure><!-- /wp:table -->\n"
        '<!-- wp:gallery {"ids":[8,9]} --><figure class="wp-block-gallery"></figure><!-- /wp:gallery -->\n'
        "<!-- wp:separator --><hr/><!-- /wp:separator -->"
    )
    blocks, notes = convert(content, resolve_image=images({7: 70, 8: 80, 9: 90}))
    assert types(blocks) == [
        "heading",
        "paragraph",
        "list",
        "quote",
        "image",
        "embed",
        "table",
        "image",
        "image",
    ]
    assert blocks[0]["value"] == {
        "level": "h3",
        "text": "Why it matters",
        "anchor": "why-it-matters",
    }
    assert blocks[2]["value"] == {"style": "ul", "items": ["One", "Two"]}
    assert blocks[3]["value"] == {"quote": "Be kind.", "attribution": "A supervisor"}
    assert blocks[4]["value"]["image"] == {"image": 70, "alt_text": "A desk", "decorative": False}
    assert blocks[4]["value"]["caption"] == "My desk"
    assert blocks[5]["value"] == "https://www.youtube.com/watch?v=abc"
    assert blocks[6]["value"]["data"] == [["Week", "Score"], ["1", "12"]]
    assert blocks[6]["value"]["first_row_is_table_header"] is True
    assert [b["value"]["image"]["image"] for b in blocks[7:]] == [80, 90]
    assert not notes.elements and not notes.shortcodes


def test_caption_and_gallery_shortcodes_and_bare_embeds():
    content = (
        '[caption id="attachment_5" align="alignleft" width="300"]<img class="wp-image-5" src="https://x/p.jpg" alt="Harbour" /> The harbour at dawn[/caption]\n\n'
        '[gallery ids="5,6"]\n\n'
        "https://vimeo.com/12345\n\n"
        "[contact-form-7 id=1] and [audio]"
    )
    blocks, notes = convert(content, resolve_image=images({5: 50, 6: 60}))
    assert types(blocks) == ["image", "image", "image", "embed", "paragraph"]
    assert blocks[0]["value"]["caption"] == "The harbour at dawn"
    assert blocks[0]["value"]["image"]["alt_text"] == "Harbour"
    assert blocks[3]["value"] == "https://vimeo.com/12345"
    assert notes.shortcodes == {"contact-form-7": 1}
    assert "[contact-form-7 id=1]" in blocks[4]["value"]


def test_unknown_things_are_kept_as_rich_text_and_counted():
    blocks, notes = convert("<dl><dt>PWP</dt><dd>Psychological wellbeing practitioner</dd></dl>")
    assert types(blocks) == ["paragraph"]
    assert "Psychological wellbeing practitioner" in blocks[0]["value"]
    assert notes.elements == {"dl": 1}


def test_script_is_stored_inert():
    blocks, notes = convert(
        '<p>Hello <script>alert(1)</script><a href="javascript:alert(2)" onclick="x()">link</a></p>'
        "<script>steal()</script><img src=x onerror=alert(3)>"
    )
    stored = "".join(str(block["value"]) for block in blocks)
    assert "script" not in stored and "alert" not in stored and "onclick" not in stored
    assert "onerror" not in stored
    assert notes.removed["script"] == 2


def test_missing_image_is_kept_as_a_link():
    blocks, notes = convert('<img src="https://old.example/a.jpg" alt="A chart">')
    assert blocks == [
        {"type": "paragraph", "value": '<p><a href="https://old.example/a.jpg">A chart</a></p>'}
    ]
    assert notes.missing_images == ["https://old.example/a.jpg"]


def test_links_are_rewritten():
    blocks, _ = convert(
        '<p><a href="https://old.example/2020/01/02/hello/">earlier</a></p>',
        rewrite_link=lambda href: "/blog/hello/" if "hello" in href else href,
    )
    assert blocks[0]["value"] == '<p><a href="/blog/hello/">earlier</a></p>'


def test_summary_from_excerpt_or_first_paragraph():
    blocks, _ = convert("A first paragraph.\n\nA second.")
    assert summary_from("", blocks) == "A first paragraph."
    assert summary_from("<p>The excerpt</p>", blocks) == "The excerpt"
    long = summary_from("word " * 200, blocks)
    assert len(long) <= 400 and long.endswith("…")


def test_comment_text_keeps_the_text_of_tags():
    text = comment_text(
        '<strong>Thanks</strong> for this.\n\n<a href="https://example.org/">my notes</a><br>bye<script>x</script>'
    )
    assert text == "Thanks for this.\n\nmy notes (https://example.org/)\nbye"
