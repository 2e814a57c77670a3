"""Touchscreen kiosk for the Shuozhou Economic Development Zone exhibition hall."""

__version__ = "0.1.0"
