"""The ASGI app uvicorn's workers import: settings from the environment (ASKBACK_HUB_*)."""

from __future__ import annotations

import gc

from askback.hub.app import create_app
from askback.hub.config import HubConfig

app = create_app(HubConfig.from_env())

# Everything imported and built so far lives as long as the worker: move it out of the garbage
# collector's view, so that a collection walks only what requests create (a full collection over
# the imported modules, SQLAlchemy's mappers and the templates took milliseconds and landed on
# whichever request was running).
gc.collect()
gc.freeze()
