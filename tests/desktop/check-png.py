# SPDX-License-Identifier: GPL-3.0-or-later
"""Check that a file is a whole, decodable PNG of a given size.

usage: check-png.py FILE WIDTH HEIGHT [REFERENCE]

Reads every chunk (CRCs included), inflates the image data and undoes the
scanline filters, so a truncated or corrupt file fails, not only a wrong
header. Also fails on a blank image: a thumbnail must show the page.
With REFERENCE, also fails unless FILE shows the same picture: every
channel of every pixel within 1/8 of the reference and on average within
1/128, which allows a renderer's different anti-aliasing but not a changed
drawing. Standard library only. Exits 0 when every check passes, else prints why.
"""
import struct
import sys
import zlib

SIGNATURE = b'\x89PNG\r\n\x1a\n'
CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}


def chunks(data):
    pos = len(SIGNATURE)
    while pos < len(data):
        if pos + 8 > len(data):
            raise ValueError('truncated chunk header at byte %d' % pos)
        length, kind = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        crc_bytes = data[pos + 8 + length:pos + 12 + length]
        if len(body) != length or len(crc_bytes) != 4:
            raise ValueError('truncated %s chunk' % kind.decode('latin-1'))
        if zlib.crc32(kind + body) != struct.unpack('>I', crc_bytes)[0]:
            raise ValueError('bad CRC in %s chunk' % kind.decode('latin-1'))
        yield kind, body
        pos += 12 + length


def paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def unfilter(raw, width, height, bpp):
    stride = width * bpp
    prev = bytearray(stride)
    rows = []
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + a) & 0xff
            elif kind == 2:
                line[i] = (line[i] + b) & 0xff
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 0xff
            elif kind == 4:
                line[i] = (line[i] + paeth(a, b, c)) & 0xff
            elif kind != 0:
                raise ValueError('unknown filter %d on row %d' % (kind, y))
        rows.append(line)
        prev = line
    return rows


def check(path, want_width, want_height):
    with open(path, 'rb') as f:
        data = f.read()
    if not data.startswith(SIGNATURE):
        raise ValueError('no PNG signature')
    found = list(chunks(data))
    if not found or found[0][0] != b'IHDR':
        raise ValueError('first chunk is not IHDR')
    if found[-1][0] != b'IEND':
        raise ValueError('last chunk is not IEND')
    width, height, depth, colour, _, _, interlace = struct.unpack('>IIBBBBB', found[0][1])
    if (width, height) != (want_width, want_height):
        raise ValueError('%dx%d, expected %dx%d' % (width, height, want_width, want_height))
    if depth != 8 or colour not in CHANNELS or interlace != 0:
        raise ValueError('unexpected format: depth %d, colour type %d, interlace %d' % (depth, colour, interlace))
    bpp = CHANNELS[colour]
    raw = zlib.decompress(b''.join(body for kind, body in found if kind == b'IDAT'))
    if len(raw) != height * (width * bpp + 1):
        raise ValueError('image data is %d bytes, expected %d' % (len(raw), height * (width * bpp + 1)))
    rows = unfilter(raw, width, height, bpp)
    if all(v == rows[0][0] for row in rows for v in row):
        raise ValueError('the image is one flat colour')
    return colour, rows


def compare(rows, reference):
    diffs = [abs(a - b) for row, ref in zip(rows, reference) for a, b in zip(row, ref)]
    worst, mean = max(diffs), sum(diffs) / len(diffs)
    if worst > 32 or mean > 2:
        raise ValueError('differs from the reference: worst channel %d, mean %.2f' % (worst, mean))


if __name__ == '__main__':
    try:
        colour, rows = check(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
        if len(sys.argv) > 4:
            ref_colour, reference = check(sys.argv[4], int(sys.argv[2]), int(sys.argv[3]))
            if ref_colour != colour:
                raise ValueError('colour type %d, the reference has %d' % (colour, ref_colour))
            compare(rows, reference)
    except (OSError, ValueError, zlib.error) as e:
        print('%s: %s' % (sys.argv[1], e))
        sys.exit(1)
