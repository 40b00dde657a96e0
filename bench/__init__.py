"""``make bench``: time clientsmith against its peers on large real-world specs.

The harness only runs command lines (``clientsmith generate``, the peers' CLIs, fresh
interpreters importing generated packages), so it measures what a user would see and
never depends on the generator's internals, which are free to change.
"""
