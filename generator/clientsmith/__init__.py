"""clientsmith: OpenAPI documents in, typed self-contained Python client packages out.

The pipeline is loader -> validator -> parser (IR) -> renderer; each stage lives in
its own module and only the parser looks at raw spec dictionaries.
"""

__version__ = "0.1.0"
