"""Allow ``python -m clientsmith``."""

from .entry import main

raise SystemExit(main())
