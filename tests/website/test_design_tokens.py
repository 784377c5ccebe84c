"""The design system's colours, read from the custom properties at the top
of static/css/site.css: body text and links reach WCAG AAA (7:1) on every
background they sit on, in light and dark modes, and the focus ring stands
out (3:1) without being the error colour."""

import re
from pathlib import Path

import pytest

STYLESHEET = Path(__file__).resolve().parents[2] / "static/css/site.css"
BACKGROUNDS = ["--paper", "--surface", "--panel", "--accent-soft"]
TEXT = ["--ink", "--muted", "--accent", "--error"]
AAA = 7.0
NON_TEXT = 3.0


def custom_properties(block):
    return dict(re.findall(r"(--[a-z0-9-]+):\s*(#[0-9a-fA-F]{6})\s*;", block))


def colour_modes():
    css = STYLESHEET.read_text()
    light = custom_properties(re.search(r"^:root \{(.*?)^\}", css, re.M | re.S).group(1))
    dark_block = re.search(
        r"@media \(prefers-color-scheme: dark\) \{\s*:root \{(.*?)\}", css, re.S
    ).group(1)
    return {"light": light, "dark": {**light, **custom_properties(dark_block)}}


def luminance(colour):
    def channel(value):
        value /= 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(int(colour[i : i + 2], 16)) for i in (1, 3, 5))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(one, other):
    lighter, darker = sorted((luminance(one), luminance(other)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_contrast_formula_matches_wcag():
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_text_and_links_reach_aaa_on_every_background(mode):
    colours = colour_modes()[mode]
    low = {
        (text, background): round(contrast(colours[text], colours[background]), 2)
        for text in TEXT
        for background in BACKGROUNDS
        if contrast(colours[text], colours[background]) < AAA
    }
    assert not low, f"{mode}: below 7:1 {low}"
    assert contrast(colours["--accent-ink"], colours["--accent"]) >= AAA


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_the_focus_ring_stands_out_and_is_not_the_error_colour(mode):
    colours = colour_modes()[mode]
    for background in BACKGROUNDS:
        assert contrast(colours["--focus"], colours[background]) >= NON_TEXT, background
    assert colours["--focus"] != colours["--error"]
    red, green, blue = (int(colours["--focus"][i : i + 2], 16) for i in (1, 3, 5))
    assert blue > red, "the focus ring is a calm blue, not a red"


def test_one_accent():
    """Every colour in the light palette has a role named in the comment block."""
    css = STYLESHEET.read_text()
    header = css[: css.index(":root")]
    for name in colour_modes()["light"]:
        assert name in header, f"{name} is not documented at the top of site.css"
    assert "THE one accent" in header
