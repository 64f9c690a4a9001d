"""The Kepatuhan page's parts: the headline (tiles, gap, rules), the breakdown tabs, the employer
list with its filters and export, and the tables they draw."""
