"""The ASGI app uvicorn's workers import: settings from the environment (ASKBACK_HUB_*)."""

from __future__ import annotations

from askback.hub.app import create_app
from askback.hub.config import HubConfig

app = create_app(HubConfig.from_env())
