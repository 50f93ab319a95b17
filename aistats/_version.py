"""The aistats version, also read by the build backend."""

__version__ = "0.2.0"
"""The version of this package."""
