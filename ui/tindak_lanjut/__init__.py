"""The Tindak Lanjut page's parts, in the order of a meeting: the ladder and where open cases stand
(`ladder`), the cases to act on (`cases`), what the follow-up achieved (`outcomes`), and one
employer's timeline (`timeline`)."""
