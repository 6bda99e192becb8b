# A one-page A4 letter with a text layer, written by hand (no PDF library).
content = b"""0.85 0.1 0.1 rg 50 760 180 40 re f
BT /F1 24 Tf 60 772 Td (ACME Energy) Tj ET
0 g
BT /F1 18 Tf 50 700 Td (Invoice 2024-117) Tj ET
BT /F1 12 Tf 50 670 Td (Customer 48213, period March 2024) Tj ET
BT /F1 12 Tf 50 650 Td (Amount due: 84.20 EUR by 31 March 2024) Tj ET
0.2 g 50 600 495 1 re f
"""
objs = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream",
    b"<< /Title (Invoice 2024-117) /Producer (hand-written) /CreationDate (D:20240312101500+01'00') >>",
]
out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
offsets = []
for i, o in enumerate(objs, 1):
    offsets.append(len(out))
    out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
xref = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
for off in offsets:
    out += b"%010d 00000 n \n" % off
out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
open("base.pdf", "wb").write(out)
