"""Draws the app icons (a crescent moon on blue) as PNGs with the standard library only.
Run once when the design changes: python3 static/make_icons.py (output is committed; nothing
else in the build or the tests uses Python).

apple-touch-icon.png is 180x180 and opaque (no alpha channel): iOS fills transparent corners
with black and rounds the corners itself, so it is the maskable design, edge to edge."""
import struct, zlib, os

BLUE, MOON = (0x1d, 0x4f, 0x91), (0xff, 0xd2, 0x7a)

def draw(size, maskable, opaque=False):
    # Maskable icons keep the moon inside the central 80% safe zone and fill the square edge to edge.
    scale = 0.8 if maskable else 1.0
    r1, cx, cy = 170 / 512 * size * scale, size * (0.5 - 0.04 * scale), size / 2
    r2, ox, oy = r1 * 0.86, cx + r1 * 0.45, cy - r1 * 0.35
    radius = 0 if maskable else size * 96 / 512
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            # Rounded square background (transparent corners unless maskable).
            dx = max(radius - x, 0, x - (size - 1 - radius)); dy = max(radius - y, 0, y - (size - 1 - radius))
            inside = dx * dx + dy * dy <= radius * radius if radius else True
            if not inside:
                row += bytes((0, 0, 0, 0)); continue
            in_moon = (x - cx) ** 2 + (y - cy) ** 2 <= r1 * r1 and (x - ox) ** 2 + (y - oy) ** 2 > r2 * r2
            row += bytes((*(MOON if in_moon else BLUE), *(() if opaque else (255,))))
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)
    chunk = lambda t, d: struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 2 if opaque else 6, 0, 0, 0)) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")

here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "icons")
for name, size, maskable, opaque in [("icon-192.png", 192, False, False), ("icon-512.png", 512, False, False),
                                     ("icon-maskable-512.png", 512, True, False), ("apple-touch-icon.png", 180, True, True)]:
    with open(os.path.join(here, name), "wb") as f:
        f.write(draw(size, maskable, opaque))
