"""Benchmarks for the kiosk (`python -m benchmarks`), and the generator of large content."""
