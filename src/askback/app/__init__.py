"""The core API: open a `Workspace`, then call the use cases in `askback.app.<module>` with it.

    from askback.app import Workspace, opportunities, answers

    with Workspace.open() as ws:
        opp = opportunities.add(ws, company="Acme", role="Data Scientist")

Every use case runs in one transaction; `with ws.transaction():` groups several into one.
"""

from askback.app.workspace import Workspace

__all__ = ["Workspace"]
