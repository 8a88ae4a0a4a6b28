"""`python -m frontload` runs the CLI."""

from .cli import main

main()
