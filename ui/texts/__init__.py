"""Every interface text, one namespaced catalogue per page (ringkasan, capaian, tren, kepatuhan,
tindak_lanjut, peta, geometri) and the shell's (`shell`). Domain terms shared by pages and files
(category names, the glossary) are in analytics.glossary; words inside figures in
analytics.figures.texts. tests/test_texts.py fails on an unused key and on a key built at run time.
"""
