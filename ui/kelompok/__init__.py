"""The Kelompok Khusus page's parts: the tiles, the tables and the export."""
