"""Development tools that are not part of the kiosk (run from a checkout)."""
