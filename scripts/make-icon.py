#!/usr/bin/env python3
"""Draws images/icon.png (128x128, the Marketplace icon) with the standard library only.

A small FX graph: three nodes (PyTorch orange) joined by edges, the last one struck through in
red: a graph with a node the importer will reject. Run: python3 scripts/make-icon.py
"""
import math
import os
import struct
import zlib

SIZE = 128
SS = 4  # supersampling per axis, for smooth edges
BG = (30, 30, 46)
NODE = (238, 76, 44)  # PyTorch orange
EDGE = (205, 214, 244)
MARK = (243, 139, 168)


def inside_rounded_square(x, y, r=22):
    cx = min(max(x, r), SIZE - r)
    cy = min(max(y, r), SIZE - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def dist_to_segment(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


NODES = [(34, 36), (94, 36), (64, 94)]
EDGES = [(0, 2), (1, 2), (0, 1)]


def color_at(x, y):
    if not inside_rounded_square(x, y):
        return None
    # the cross over the last node: the failure the tool predicts
    nx, ny = NODES[2]
    if abs((x - nx) - (y - ny)) < 3.2 and abs(x - nx) < 17 or abs((x - nx) + (y - ny)) < 3.2 and abs(x - nx) < 17:
        return MARK
    for i, (cx, cy) in enumerate(NODES):
        d = math.hypot(x - cx, y - cy)
        if d <= 15:
            return NODE if i < 2 else BG if d <= 10 else NODE
    for a, b in EDGES:
        if dist_to_segment(x, y, *NODES[a], *NODES[b]) <= 3:
            return EDGE
    return BG


def pixel(x, y):
    acc = [0, 0, 0, 0]
    for sy in range(SS):
        for sx in range(SS):
            c = color_at(x + (sx + 0.5) / SS, y + (sy + 0.5) / SS)
            if c is not None:
                acc[0] += c[0]
                acc[1] += c[1]
                acc[2] += c[2]
                acc[3] += 255
    n = SS * SS
    a = acc[3] / n
    if a == 0:
        return (0, 0, 0, 0)
    covered = acc[3] / 255
    return (round(acc[0] / covered), round(acc[1] / covered), round(acc[2] / covered), round(a))


def png(path):
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(SIZE)) for y in range(SIZE))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "images", "icon.png")
    png(out)
    print(f"wrote {out}")
