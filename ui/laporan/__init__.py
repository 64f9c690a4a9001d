"""The Laporan page's parts: the preview of a report and the paket laporan."""
