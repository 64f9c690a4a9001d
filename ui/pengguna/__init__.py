"""The Kelola Pengguna page's parts: the accounts (list, add, change) and the audit trail."""
