"""The Presentasi page's parts: the slide, the navigation, and the key and table components."""
