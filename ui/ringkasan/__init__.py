"""The Ringkasan page's parts: the headline tiles, the notes that qualify them, the ranking column."""
