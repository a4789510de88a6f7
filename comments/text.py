"""A comment's text as HTML: escaped, links clickable but not endorsed, paragraphs kept.

Made once, when the comment is saved (Comment.body_html): turning plain text into safe HTML
(urlize above all) was the costliest part of showing a long thread.
"""

import re

from django.utils.html import urlize


def as_html(text):
    html = urlize(text, nofollow=True, autoescape=True)
    html = html.replace('rel="nofollow"', 'rel="nofollow ugc"')
    paragraphs = re.split(r"\n\s*\n", html.replace("\r\n", "\n").strip())
    return "".join(f"<p>{paragraph.replace(chr(10), '<br>')}</p>" for paragraph in paragraphs)
