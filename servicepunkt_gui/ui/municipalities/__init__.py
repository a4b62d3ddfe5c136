"""The list of municipalities and the page of the one chosen."""
