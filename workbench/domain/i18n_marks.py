"""Markers that let Qt's lupdate find translatable text in Qt-free code.

`workbench` never imports Qt, but the words it hands to the UI (labels of codes,
error messages) must still be translated.  lupdate recognises the call
``QT_TRANSLATE_NOOP("Context", "text")`` in Python sources, so we define a
function of that name that returns the text untouched; the UI translates it with
``QCoreApplication.translate(context, text)`` and the CLI with
``workbench.i18n``.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate needs this name
    return text
