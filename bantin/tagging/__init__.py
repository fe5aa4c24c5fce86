"""Tagging articles with the entity registry: matching rules, the `tag` and `entities` commands."""
