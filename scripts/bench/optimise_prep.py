#!/usr/bin/env python3
"""Writes bench inputs (id,x,y,w CSVs) from the shared Dutch data into a temp dir (never the repo).

Usage: optimise_prep.py DATA_DIR OUT_DIR
  demand100.csv   CBS 100 m Rijnmond cells with inhabitants (suppressed/empty cells skipped), w65 = 65+
  demand500.csv   CBS 500 m Rijnmond cells, same rules
  candidates.csv  polling stations (TK2023) within the 100 m grid's bounding box + 1 km
"""
import csv
import os
import sys

data, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)


def grid(src, dst):
    xs, ys = [], []
    with open(os.path.join(data, src), newline='', encoding='utf-8-sig') as f, \
            open(os.path.join(out, dst), 'w', newline='') as g:
        w = csv.writer(g)
        w.writerow(['id', 'x', 'y', 'w', 'w65'])
        for row in csv.DictReader(f):
            inh = row['aantal_inwoners'].strip()
            if not inh:
                continue
            x, y = float(row['x_rd_centre']), float(row['y_rd_centre'])
            xs.append(x)
            ys.append(y)
            w.writerow([row[next(iter(row))], row['x_rd_centre'], row['y_rd_centre'], inh,
                        row['aantal_inwoners_65_jaar_en_ouder'].strip()])
    return min(xs), min(ys), max(xs), max(ys)


x0, y0, x1, y1 = grid('cbs_vk100_2024_rijnmond.csv', 'demand100.csv')
grid('cbs_vk500_2024_rijnmond.csv', 'demand500.csv')
n = 0
with open(os.path.join(data, 'stemlokalen_tk2023.csv'), newline='', encoding='utf-8-sig') as f, \
        open(os.path.join(out, 'candidates.csv'), 'w', newline='') as g:
    w = csv.writer(g)
    w.writerow(['id', 'x', 'y', 'gemeente'])
    seen = set()
    for row in csv.DictReader(f):
        try:
            x, y = float(row['X']), float(row['Y'])
        except ValueError:
            continue
        if x0 - 1000 <= x <= x1 + 1000 and y0 - 1000 <= y <= y1 + 1000 and row['id'] not in seen:
            seen.add(row['id'])
            w.writerow(['SB' + row['id'], f'{x:.2f}', f'{y:.2f}', row['CBS gemeentecode']])
            n += 1
print(f'bbox {x0:.0f},{y0:.0f} - {x1:.0f},{y1:.0f}; candidates {n}', file=sys.stderr)
