"""Turns body blocks as the data files write them into StreamField data.

A block is a table whose "type" names a block of blog/blocks.py and whose
other keys are that block's fields (the header of demo/data/posts.toml lists
them): a paragraph's rich text is its "text", headings and lists may leave
out their usual level and style, and pictures and warnings are named by key
and slug."""

import json

# Fields a block may leave out, and what they are then.
DEFAULTS = {"heading": {"level": "h2", "anchor": ""}, "list": {"style": "ul"}}


def stream_data(demo, blocks):
    # Raw stream data (JSON), the form StreamField stores, so pictures and
    # warnings go in by id.
    return json.dumps(stream(demo, blocks))


def stream(demo, blocks):
    return [{"type": block["type"], "value": value(demo, block)} for block in blocks]


def value(demo, block):
    kind = block["type"]
    fields = DEFAULTS.get(kind, {}) | {key: v for key, v in block.items() if key != "type"}
    if kind == "paragraph":
        return fields["text"]
    if kind == "image":
        return image(demo, fields)
    if kind == "sensitive":
        return {
            "warnings": [
                {"warning": demo.warnings[choice["warning"]].pk, "intensity": choice["intensity"]}
                for choice in fields["warnings"]
            ],
            "note": fields["note"],
            "content": stream(demo, fields["content"]),
        }
    return fields


def image(demo, fields):
    warning = demo.warnings.get(fields.get("warning"))
    return {
        "image": {
            "image": demo.images[fields["image"]].pk,
            "alt_text": fields["alt"],
            "decorative": False,
        },
        "caption": fields.get("caption", ""),
        "warning": warning.pk if warning else None,
    }
