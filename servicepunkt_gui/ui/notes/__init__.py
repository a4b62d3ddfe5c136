"""Notes about a municipality: the list, the editor, earlier versions."""
