"""Files that leave the app: spreadsheets (.xlsx, .csv), reports (.pdf, .docx) and printing.

Writers take plain rows (``export.sheets``, ``core.report``) and never query the database;
``core`` gathers what goes in. The PDF and print writers use QtGui (no widgets), so the
command line can write a PDF without a window; the others need no Qt at all.
Report documents are in Swedish whatever the window's language: they go to a Swedish
municipal board (kommunstyrelsen).
"""
