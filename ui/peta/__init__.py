"""The Peta page's parts: its controls (mirrored in the URL), the map, the legend and the table.
"""
