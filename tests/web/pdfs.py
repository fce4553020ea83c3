"""Small PDF files written by hand for the extraction tests: valid ones, and hostile ones."""

from __future__ import annotations

import zlib


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def assemble(objects: list[bytes], *, root: int, info: int | None = None) -> bytes:
    """A PDF file of ``objects`` (object n is ``objects[n - 1]``) with a cross-reference table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    trailer = b"/Size %d /Root %d 0 R" % (len(objects) + 1, root)
    if info is not None:
        trailer += b" /Info %d 0 R" % info
    out += b"trailer\n<< %s >>\nstartxref\n%d\n%%%%EOF\n" % (trailer, xref)
    return bytes(out)


def text_stream(lines: list[str]) -> bytes:
    """A content stream showing one line of Helvetica 11 pt per entry."""
    ops = ["BT /F1 11 Tf 14 TL 72 760 Td"]
    ops += [f"({_escape(line)}) Tj T*" for line in lines]
    ops.append("ET")
    return "\n".join(ops).encode("latin-1")


def _stream(data: bytes, *, compress: bool = False) -> bytes:
    if compress:
        data = zlib.compress(data, 9)
        return b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(data), data)
    return b"<< /Length %d >>\nstream\n%s\nendstream" % (len(data), data)


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def _page(parent: int, font: int, content: int) -> bytes:
    return (
        b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>" % (parent, font, content)
    )


def make_pdf(
    pages: list[list[str]],
    *,
    title: str | None = None,
    author: str | None = None,
    created: str | None = None,
) -> bytes:
    """A PDF with one text line per entry of each page (Helvetica 11 pt)."""
    objects: list[bytes] = [b"", b"", _FONT]  # catalog and page tree filled in below
    kids = []
    for lines in pages:
        objects.append(_stream(text_stream(lines)))
        objects.append(_page(2, 3, len(objects)))
        kids.append(len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    info_fields = []
    if title:
        info_fields.append(b"/Title (%s)" % _escape(title).encode("latin-1"))
    if author:
        info_fields.append(b"/Author (%s)" % _escape(author).encode("latin-1"))
    if created:
        info_fields.append(b"/CreationDate (%s)" % created.encode("latin-1"))
    objects.append(b"<< " + b" ".join(info_fields) + b" >>")
    return assemble(objects, root=1, info=len(objects))


def shared_pages_pdf(count: int, lines: list[str]) -> bytes:
    """``count`` pages that all show the same content stream (one object, many pages)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", _FONT, _stream(text_stream(lines))]
    objects.append(_page(2, 3, 4))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b"5 0 R " * count, count)
    return assemble(objects, root=1)


def page_tree_bomb(fan_out: int = 10, depth: int = 7) -> bytes:
    """A page tree whose every node lists the same child ``fan_out`` times: a few KB of file,
    ``fan_out ** depth`` pages once flattened."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", _FONT, _stream(text_stream(["Hello."]))]
    first_node = len(objects) + 1
    for level in range(depth):
        child = first_node + level + 1
        objects.append(
            b"<< /Type /Pages /Kids [%s] /Count %d >>"
            % (b"%d 0 R " % child * fan_out, fan_out ** (depth - level))
        )
    objects.append(_page(first_node + depth - 1, 2, 3))
    objects[0] = b"<< /Type /Catalog /Pages %d 0 R >>" % first_node
    return assemble(objects, root=1)


def stream_bomb(decoded_bytes: int = 128_000_000) -> bytes:
    """One page whose compressed content stream is small but decodes to ``decoded_bytes``."""
    chunk = zlib.compressobj(9)
    parts = [chunk.compress(b"BT /F1 11 Tf 72 760 Td (Hello.) Tj ET\n")]
    block = b" " * 1_000_000
    for _ in range(decoded_bytes // len(block)):
        parts.append(chunk.compress(block))
    parts.append(chunk.flush())
    data = b"".join(parts)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        _FONT,
        _page(2, 3, 5),
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(data), data),
    ]
    return assemble(objects, root=1)


def form_bomb(forms: int, decoded_bytes: int) -> bytes:
    """One page that draws ``forms`` form XObjects, each a small stream unpacking to
    ``decoded_bytes`` (mostly spaces, after one line of text)."""
    data = zlib.compress(b"BT /F1 11 Tf 72 700 Td (Form text.) Tj ET\n" + b" " * decoded_bytes, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        _FONT,
        b"",  # the page, below
        _stream(b" ".join(b"/X%d Do" % i for i in range(forms))),
    ]
    names = []
    for i in range(forms):
        objects.append(
            b"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Length %d /Filter /FlateDecode >>\n"
            b"stream\n%s\nendstream" % (len(data), data)
        )
        names.append(b"/X%d %d 0 R" % (i, len(objects)))
    objects[3] = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R "
        b">> /XObject << %s >> >> /Contents 5 0 R >>" % b" ".join(names)
    )
    return assemble(objects, root=1)
