"""Allow ``python -m clientsmith``."""

from .cli import main

raise SystemExit(main())
