"""Kiosk services: logging, fonts, the content store and the state folder."""
