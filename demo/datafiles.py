"""Reads the demo's data files: demo/data/<name>.toml, each with a header
saying what it holds and how it is written."""

import tomllib
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def read(name):
    with open(DATA / f"{name}.toml", "rb") as file:
        return tomllib.load(file)
