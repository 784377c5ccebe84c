"""Reading export files: every shared fixture parses or is refused with the
line and column, and the two classic XML attacks are refused."""

import pytest
from django.core.management import CommandError, call_command, execute_from_command_line

from blog.models import BlogPage
from wordpress.models import ImportedObject
from wordpress.wxr import WXRError, parse

REFUSED = {
    "crazy-cdata.xml": "line 18, column 72",
    "invalid-version-tag.xml": "unsupported WXR version 'abc'",
    "malformed-simple.xml": "line 14, column 1",
    "malformed.xml": "expected <channel>",
    "missing-version-tag.xml": "no <wp:wxr_version>",
}

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel>
<wp:wxr_version>1.2</wp:wxr_version><item><title>&lol3;</title></item></channel></rss>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel>
<wp:wxr_version>1.2</wp:wxr_version><item><title>&secret;</title></item></channel></rss>"""


def all_fixtures(wxr):
    return sorted(wxr.glob("*.xml")) + sorted((wxr / "e2e").glob("*.xml"))


def test_every_fixture_parses_or_is_refused_with_its_position(wxr):
    for path in all_fixtures(wxr):
        expected = REFUSED.get(path.name)
        if expected:
            with pytest.raises(WXRError) as refused:
                parse(str(path))
            message = str(refused.value)
            assert expected in message, path.name
            assert message.startswith("line "), path.name
            assert "\n" not in message
        else:
            export = parse(str(path))
            assert export.version in {"1.0", "1.1", "1.2"}, path.name


def test_theme_unit_test_data_reads_whole(wxr):
    export = parse(str(wxr / "theme-unit-test-data.xml"))
    kinds = {}
    for item in export.items:
        kinds[item.post_type] = kinds.get(item.post_type, 0) + 1
    assert kinds["post"] == 58 and kinds["page"] == 21 and kinds["attachment"] == 37
    assert sum(len(item.comments) for item in export.items) == 33
    assert len(export.authors) == 2
    assert export.source == "https://wpthemetestdata.wordpress.com"


def test_edge_cases_keep_their_text(wxr):
    assert (
        parse(str(wxr / "multiple-cdata.xml")).items[0].content.strip()
        == "line oneline twoline three"
    )
    assert parse(str(wxr / "backslashes.xml")).items[0].content == r"C:\xampp\htdocs\wp-content"
    assert parse(str(wxr / "cdata-edge.xml")).items[0].content == "ends with sequence ]] >"
    serialized = parse(str(wxr / "chunked-meta.xml")).items[0].meta["_my_meta"]
    assert serialized == 'a:1:{s:3:"foo";s:3:"bar";}'  # kept as text, never unserialized
    assert len(parse(str(wxr / "large-authors.xml")).authors) == 300
    logins = [a.login for a in parse(str(wxr / "namespace-edge-cases.xml")).authors]
    assert "real_user" in logins and "fake_ns_user" not in logins and "custom_user" not in logins


@pytest.mark.parametrize("attack", [BILLION_LAUGHS, EXTERNAL_ENTITY], ids=["bomb", "xxe"])
def test_entity_attacks_are_refused(tmp_path, attack):
    path = tmp_path / "attack.xml"
    path.write_bytes(attack)
    with pytest.raises(WXRError) as refused:
        parse(str(path))
    assert "document type" in str(refused.value)
    assert str(refused.value).startswith("line 2,")


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_command_refuses_bad_files_and_writes_nothing(site_tree, wxr, name):
    with pytest.raises(CommandError) as refused:
        call_command("import_wordpress", str(wxr / name))
    assert REFUSED[name] in str(refused.value)
    assert not BlogPage.objects.exists()
    assert not ImportedObject.objects.exists()


def test_command_exits_with_status_one(site_tree, wxr, capsys):
    with pytest.raises(SystemExit) as exit_:
        execute_from_command_line(
            ["manage.py", "import_wordpress", str(wxr / "malformed-simple.xml")]
        )
    assert exit_.value.code == 1
    error = capsys.readouterr().err.strip()
    assert "line 14, column 1" in error and len(error.splitlines()) == 1
