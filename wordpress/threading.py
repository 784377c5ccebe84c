"""Thread fields for a post's comments, worked out in one pass.

django-comments-xtd keeps, for each comment, its thread (the top-level
comment's id), its level, its position in the thread (`order`: the
conversation read top to bottom, each reply after everything above it) and
how many replies hang below it. Posting comments one by one through the
site would give each reply the place after its parent's last reply; sorting
each comment's replies by date and walking the tree gives the same numbers
for a whole export at once."""

from dataclasses import dataclass


@dataclass
class Placed:
    key: object
    parent: object  # the key it hangs from, or None for a top-level comment
    root: object
    level: int
    order: int
    nested_count: int = 0
    reattached: bool = False


def place(comments, max_level):
    """`comments`: (key, parent key or None, sort key) for each comment kept.
    A parent that was not kept gives way to its nearest kept ancestor; a
    reply deeper than `max_level` hangs from the deepest ancestor that still
    has room. Returns Placed records, parents before their replies."""
    parents = {key: parent for key, parent, _ in comments}
    sort_keys = {key: sort for key, _, sort in comments}

    def kept_parent(key):
        seen = {key}
        parent = parents.get(key)
        while parent is not None and parent not in sort_keys:
            if parent in seen:
                return None
            seen.add(parent)
            parent = parents.get(parent)
        return None if parent in seen else parent

    children = {}
    roots = []
    for key, _, _ in comments:
        parent = kept_parent(key)
        (children.setdefault(parent, []) if parent is not None else roots).append(key)
    _break_cycles(children, roots, sort_keys)
    by_date = sort_keys.__getitem__
    placed = []
    for root in sorted(roots, key=by_date):
        order = 0
        # (key, ancestors on the path, as Placed records)
        stack = [(root, [])]
        while stack:
            key, path = stack.pop()
            order += 1
            level = len(path)
            reattached = False
            if level > max_level:
                path = path[:max_level]
                level, reattached = max_level, True
            record = Placed(
                key=key,
                parent=path[-1].key if path else None,
                root=root,
                level=level,
                order=order,
                reattached=reattached,
            )
            for ancestor in path:
                ancestor.nested_count += 1
            placed.append(record)
            for child in sorted(children.get(key, []), key=by_date, reverse=True):
                stack.append((child, [*path, record]))
    return placed


def _break_cycles(children, roots, sort_keys):
    """Comments whose parents point round in a circle never reach a root:
    the earliest of each circle becomes top-level."""
    reached = set()
    stack = list(roots)
    while stack:
        key = stack.pop()
        reached.add(key)
        stack.extend(children.get(key, []))
    for key in sorted(set(sort_keys) - reached, key=sort_keys.__getitem__):
        if key in reached:
            continue
        for siblings in children.values():
            if key in siblings:
                siblings.remove(key)
        roots.append(key)
        stack = [key]
        while stack:
            current = stack.pop()
            reached.add(current)
            stack.extend(children.get(current, []))
