"""Spec dictionaries -> IR. The only code that reads raw spec nodes."""

from .api import build_api

__all__ = ["build_api"]
