import pytest

from tests.hostile import DATA

WXR = DATA / "wxr"


@pytest.fixture
def wxr():
    if not WXR.exists():
        pytest.skip(f"shared test data not found at {WXR}")
    return WXR
