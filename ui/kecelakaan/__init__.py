"""The Kecelakaan Kerja page's parts: the tiles of the month, quarter and year, and the tables."""
