"""`python -m askback` runs the CLI."""

from askback.cli import main

main()
