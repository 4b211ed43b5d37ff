"""The local web app: FastAPI, Jinja2 and htmx over the same core API as the CLI."""
