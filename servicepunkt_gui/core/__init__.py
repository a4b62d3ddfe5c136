"""Storage and use cases. Nothing below this package imports Qt."""
