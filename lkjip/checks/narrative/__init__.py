"""Rules of the narrative family."""
