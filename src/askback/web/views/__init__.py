"""Page data: each module gathers what one page shows by calling the core API."""
