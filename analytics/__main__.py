"""`python -m analytics COMMAND ...` — the command line of Cakupan."""

from analytics.cli import main

raise SystemExit(main())
