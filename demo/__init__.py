"""The demo site: a loader that builds it from the data files in demo/data/.

The top layer: it imports from every app and nothing imports it."""
