import pytest

from tests.fuzz.probe import Probe
from tests.fuzz.world import build_world


@pytest.fixture
def world(db, settings):
    # The fuzzer sends far more requests than any rate limit allows; the
    # limits have their own tests.
    settings.COMMENT_RATE_LIMIT = 10**6
    return build_world()


@pytest.fixture
def probe():
    return Probe()
