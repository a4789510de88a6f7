"""Calm illustrations for the demo, drawn with Pillow so the demo needs no downloads."""
