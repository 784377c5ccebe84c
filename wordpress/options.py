"""Reading the importer's options from their written form, for the command
line and the admin form alike."""

from blog.intensity import Intensity


class OptionError(ValueError):
    pass


def parse_author_map(lines, where="the author map"):
    """One `wordpress-login = author-slug-or-username` a line; # comments."""
    mapping = {}
    for number, line in enumerate(lines, 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        login, sep, target = line.partition("=")
        if not sep or not login.strip() or not target.strip():
            raise OptionError(f"{where}, line {number}: expected `login = author-slug-or-username`")
        mapping[login.strip()] = target.strip()
    return mapping


def parse_warnings(values):
    """TAG_OR_CATEGORY=WARNING[:intensity],... → {term: [(warning, intensity)]}."""
    choices = {}
    intensities = {value for value, _ in Intensity.choices}
    for value in values or []:
        if not value.strip():
            continue
        term, sep, warnings = value.partition("=")
        if not sep or not term.strip() or not warnings.strip():
            raise OptionError(f"{value.strip()!r}: expected TAG_OR_CATEGORY=WARNING,...")
        for part in warnings.split(","):
            name, _, intensity = part.strip().partition(":")
            intensity = intensity.strip() or Intensity.DISCUSSED
            if intensity not in intensities:
                raise OptionError(
                    f"unknown intensity {intensity!r} (use {', '.join(sorted(intensities))})"
                )
            if name.strip():
                choices.setdefault(term.strip().lower(), []).append((name.strip(), intensity))
    return choices
