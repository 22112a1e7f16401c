#!/usr/bin/python3
"""Writes the bundled Fandol faces: the upstream OTFs with their outlines drawn in fewer segments.

Run once, at commit time, when the upstream Fandol faces change (Debian: apt-get install python3-fonttools python3-numpy;
the OTFs come from texlive-lang-chinese, texmf-dist/fonts/opentype/public/fandol):

    fonts/fandol/simplify.py UPSTREAM_DIR fonts/fandol [FACE.otf ...]

Why: Fandol's outlines were traced, so a glyph is about 450 coordinates in many short curves that follow one another
smoothly; they are 89 % of a PDF's bytes, and their deltas are too varied for deflate to shrink much. Every outline
is redrawn within TOLERANCE font units (1/1000 em) of the upstream one, so no printed glyph changes visibly:

- a curve whose control points lie within TOLERANCE of its chord becomes a line;
- a line whose corners all lie within TOLERANCE of one longer line becomes that line;
- a run of curves becomes one curve with the run's end points and end tangents wherever one fits within TOLERANCE
  (measured both ways between the two drawings, after the control points are rounded to whole units).

Every on-curve point kept is an upstream one, and the corners, contours, advance widths, stem hints and hint masks
are kept as they are; nothing merges across a hint mask. Flex hints become the two curves they draw. Each glyph is
then checked against the upstream drawing, independently of the simplifier: the same contours, the new on-curve
points a subsequence of the old, each new segment within TOLERANCE of the upstream path between its ends, and the
same advance width. The faces keep their names (GPL: the version string says they are modified, and by whom).
"""
import math
import sys
from multiprocessing import Pool
from pathlib import Path

import numpy as np
from fontTools.cffLib.specializer import commandsToProgram, generalizeCommands, programToCommands, specializeCommands
from fontTools.misc.psCharStrings import T2CharString, T2WidthExtractor
from fontTools.pens.recordingPen import RecordingPen
from fontTools.ttLib import TTFont

FACES = ["FandolFang-Regular.otf", "FandolHei-Bold.otf", "FandolHei-Regular.otf", "FandolKai-Regular.otf",
         "FandolSong-Bold.otf", "FandolSong-Regular.otf"]
# 1.5 units of a 1000-unit em: 0.006 mm at 10.5 pt and 0.02 mm at a 36 pt title, under a 600 dpi printer's dot.
TOLERANCE = 1.5
# The simplifier measures on a few samples a curve; it keeps this much below TOLERANCE so the check's finer ones pass.
SAMPLING_MARGIN = 0.15
ACCEPTED = TOLERANCE - SAMPLING_MARGIN
MODIFIED = (f"; outlines redrawn in fewer segments within {TOLERANCE} units by jixiao-docs (fonts/fandol/simplify.py),"
            " 2026-12-04")
HINTS = {'', 'hintmask', 'cntrmask', 'hstem', 'vstem', 'hstemhm', 'vstemhm', 'endchar'}

FIT_SAMPLES = np.linspace(0.0, 1.0, 9)
NEW_SAMPLES = np.linspace(0.0, 1.0, 65)


def bezier(p0, c1, c2, p1, t):
    t = t[:, None]
    u = 1 - t
    return u * u * u * p0 + 3 * u * u * t * c1 + 3 * u * t * t * c2 + t * t * t * p1


def distance_to_polyline(points, poly):
    a = poly[:-1][None, :, :]
    ab = (poly[1:] - poly[:-1])[None, :, :]
    l2 = (ab * ab).sum(-1)
    l2[l2 == 0] = 1e-12
    p = points[:, None, :]
    t = np.clip(((p - a) * ab).sum(-1) / l2, 0, 1)
    proj = a + t[..., None] * ab
    return np.hypot(p[..., 0] - proj[..., 0], p[..., 1] - proj[..., 1]).min(axis=1)


def both_ways(one, other):
    return max(distance_to_polyline(one, other).max(), distance_to_polyline(other, one).max())


# --- the simplifier: a run of segments (('L', end) or ('C', c1, c2, end), absolute) from a start point -------------

def simplify_run(start, segments):
    lines = merge_runs(start, flat_curves(start, segments), ('L', 'F'), line_through)
    return merge_runs(start, lines, ('C',), lambda p, run: run[0] if len(run) == 1 else fit_curve(p, run))


def flat_curves(start, segments):
    """A flat curve becomes ('F', c1, c2, end): a line that remembers the hull the curve lies in."""
    out = []
    p = start
    for s in segments:
        if s[0] == 'C' and distance_to_polyline(np.array([s[1], s[2]]), np.array([p, s[3]])).max() <= TOLERANCE:
            s = ('F',) + s[1:]
        out.append(s)
        p = s[-1]
    return out


def merge_runs(start, segments, kinds, merge):
    """Each run of segments of these kinds, from its first, grows while merge(start, run) still gives one segment."""
    out = []
    p = start
    i = 0
    while i < len(segments):
        best = segments[i]
        j = i
        if best[0] in kinds:
            best = merge(p, segments[i:i + 1])
            while j + 1 < len(segments) and segments[j + 1][0] in kinds:
                merged = merge(p, segments[i:j + 2])
                if merged is None:
                    break
                best = merged
                j += 1
        out.append(best)
        p = best[-1]
        i = j + 1
    return out


def line_through(p, run):
    """The line from p to the run's end, if every corner and flat curve's hull point lies within TOLERANCE of it."""
    points = [q for s in run[:-1] for q in s[1:]] + list(run[-1][1:-1])
    if points and distance_to_polyline(np.array(points), np.array([p, run[-1][-1]])).max() > TOLERANCE:
        return None
    return ('L', run[-1][-1])


def curve_samples(start, curves, t):
    points = []
    p = start
    for s in curves:
        points.append(bezier(p, s[1], s[2], s[3], t)[1 if points else 0:])
        p = s[3]
    return np.vstack(points)


def fit_curve(p0, curves):
    """One curve from p0 to the run's end with the run's end tangents, or None where none fits."""
    points = curve_samples(p0, curves, FIT_SAMPLES)
    p3 = curves[-1][3]
    t0 = unit(p0, [curves[0][1], curves[0][2], curves[0][3]])
    t1 = unit(p3, [curves[-1][2], curves[-1][1], p0 if len(curves) == 1 else curves[-2][3]])
    if t0 is None or t1 is None:
        return None
    steps = np.hypot(*np.diff(points, axis=0).T)
    u = np.concatenate([[0], np.cumsum(steps)])
    if u[-1] == 0:
        return None
    u /= u[-1]
    for _ in range(3):
        lengths = tangent_lengths(p0, p3, t0, t1, points, u)
        if lengths is None or lengths[0] <= 0 or lengths[1] <= 0:
            return None
        c1 = np.round(p0 + lengths[0] * t0)
        c2 = np.round(p3 + lengths[1] * t1)
        if both_ways(points, bezier(p0, c1, c2, p3, NEW_SAMPLES)) <= ACCEPTED:
            return ('C', c1, c2, p3)
        u = nearer_parameters(p0, c1, c2, p3, points, u)
    return None


def unit(p, candidates):
    for q in candidates:
        v = q - p
        n = math.hypot(*v)
        if n > 1e-9:
            return v / n
    return None


def tangent_lengths(p0, p3, t0, t1, points, u):
    """Least squares for the distances of the two control points along the end tangents (Schneider, 1990)."""
    u = u[:, None]
    b0, b1, b2, b3 = (1 - u) ** 3, 3 * (1 - u) ** 2 * u, 3 * (1 - u) * u * u, u ** 3
    a1 = b1 * t0
    a2 = b2 * t1
    rest = points - (b0 + b1) * p0 - (b2 + b3) * p3
    c00, c01, c11 = (a1 * a1).sum(), (a1 * a2).sum(), (a2 * a2).sum()
    x0, x1 = (a1 * rest).sum(), (a2 * rest).sum()
    det = c00 * c11 - c01 * c01
    if abs(det) < 1e-12:
        return None
    return (x0 * c11 - x1 * c01) / det, (c00 * x1 - c01 * x0) / det


def nearer_parameters(p0, c1, c2, p3, points, u):
    """One Newton step moving each sample's parameter towards its nearest point on the curve."""
    t = u[:, None]
    d1 = 3 * (1 - t) ** 2 * (c1 - p0) + 6 * (1 - t) * t * (c2 - c1) + 3 * t * t * (p3 - c2)
    d2 = 6 * (1 - t) * (c2 - 2 * c1 + p0) + 6 * t * (p3 - 2 * c2 + c1)
    off = bezier(p0, c1, c2, p3, u) - points
    denominator = (d1 * d1).sum(1) + (off * d2).sum(1)
    denominator[denominator == 0] = 1e-12
    return np.clip(u - (off * d1).sum(1) / denominator, 0, 1)


# --- charstring programs ------------------------------------------------------------------------------------------

def simplify_program(program):
    commands = generalizeCommands(programToCommands(program))
    width = None
    # programToCommands gives a width as a first ('', [w]); a hint mask's own bytes come as '' after 'hintmask'
    if commands and commands[0][0] == '' and len(commands) > 1 and commands[1][0] not in ('hintmask', 'cntrmask'):
        width = commands.pop(0)[1][0]
    out = []
    position = np.zeros(2)
    run = []
    run_start = None

    def flush():
        p = run_start
        for s in simplify_run(run_start, run) if run else []:
            if s[0] == 'L':
                out.append(('rlineto', list(s[1] - p)))
            else:
                out.append(('rrcurveto', list(s[1] - p) + list(s[2] - s[1]) + list(s[3] - s[2])))
            p = s[-1]
        run.clear()

    for op, args in unflex(commands):
        if op in ('rlineto', 'rrcurveto'):
            if not run:
                run_start = position.copy()
            a = np.array(args, float)
            if op == 'rlineto':
                position = position + a
                run.append(('L', position))
            else:
                c1 = position + a[0:2]
                c2 = c1 + a[2:4]
                position = c2 + a[4:6]
                run.append(('C', c1, c2, position))
        else:
            flush()
            if op == 'rmoveto':
                position = position + np.array(args, float)
            elif op not in HINTS:
                raise ValueError(f"charstring operator {op} is not handled")
            out.append((op, args))
    flush()
    program = commandsToProgram(specializeCommands(out, generalizeFirst=False, preserveTopology=True))
    if width is not None:
        program.insert(0, width)
    return [int(x) if isinstance(x, float) and x.is_integer() else x for x in program]


def unflex(commands):
    """Flex hints become the two curves they draw: a flex's depth matters only to a rasteriser's hinting."""
    for op, a in commands:
        if op == 'flex':
            yield 'rrcurveto', a[0:6]
            yield 'rrcurveto', a[6:12]
        elif op == 'hflex':
            yield 'rrcurveto', [a[0], 0, a[1], a[2], a[3], 0]
            yield 'rrcurveto', [a[4], 0, a[5], -a[2], a[6], 0]
        elif op == 'hflex1':
            yield 'rrcurveto', [a[0], a[1], a[2], a[3], a[4], 0]
            yield 'rrcurveto', [a[5], 0, a[6], a[7], a[8], -(a[1] + a[3] + a[7])]
        elif op == 'flex1':
            dx, dy = sum(a[0:10:2]), sum(a[1:10:2])
            yield 'rrcurveto', a[0:6]
            yield 'rrcurveto', a[6:10] + ([a[10], -dy] if abs(dx) > abs(dy) else [-dx, a[10]])
        else:
            yield op, a


# --- the check, from the two drawings alone ------------------------------------------------------------------------

def drawing(charstring):
    pen = RecordingPen()
    charstring.draw(pen)
    contours = []
    for op, args in pen.value:
        if op == 'moveTo':
            contours.append([np.array(args[0], float)])
        elif op in ('lineTo', 'curveTo'):
            contours[-1].append([np.array(a, float) for a in args])
    return contours


def path_points(start, pieces, per_curve):
    points = [start[None, :]]
    p = start
    for piece in pieces:
        if len(piece) == 1:
            points.append(np.array([p + (piece[0] - p) * k / 4 for k in range(1, 5)]))
        else:
            points.append(bezier(p, piece[0], piece[1], piece[2], np.linspace(0, 1, per_curve))[1:])
        p = piece[-1]
    return np.vstack(points)


def check(name, old, new):
    """Each redrawn piece must stay within TOLERANCE of the upstream path from its start to one later upstream point
    at its end (the first that fits, as an outline may pass a point twice); the last piece ends the contour, but for
    pieces of no length the redrawing drops."""
    a, b = drawing(old), drawing(new)
    if len(a) != len(b):
        raise AssertionError(f"{name}: {len(a)} contours became {len(b)}")
    for old_contour, new_contour in zip(a, b):
        if not np.array_equal(old_contour[0], new_contour[0]):
            raise AssertionError(f"{name}: a contour starts elsewhere")
        pieces = old_contour[1:]
        last_drawn = len(pieces)
        while last_drawn > 0 and all(np.array_equal(q, pieces[last_drawn - 1][-1]) for q in
                                     [pieces[last_drawn - 2][-1] if last_drawn > 1 else old_contour[0]]
                                     + pieces[last_drawn - 1]):
            last_drawn -= 1
        i = 0
        start = old_contour[0]
        for k, piece in enumerate(new_contour[1:]):
            last = k == len(new_contour) - 2
            candidates = [j for j in range(i, len(pieces)) if np.array_equal(pieces[j][-1], piece[-1])
                          and (not last or j >= last_drawn - 1)]
            redrawn = path_points(start, [piece], 129)
            strays = []
            for j in candidates:
                strays.append(both_ways(path_points(start, pieces[i:j + 1], 17), redrawn))
                if strays[-1] <= TOLERANCE:
                    break
            else:
                raise AssertionError(f"{name}: the segment from {start} to {piece[-1]} strays "
                                     f"{min(strays, default=math.inf):.2f} units")
            start = piece[-1]
            i = j + 1
        if i < last_drawn:
            raise AssertionError(f"{name}: a contour ends early")


class _NoWidths:
    """What drawing a charstring asks of its Private DICT, for a face without subroutines (checked first)."""
    nominalWidthX = 0
    defaultWidthX = 0


def simplified_and_checked(job):
    name, program = job
    new = simplify_program(program)
    check(name, T2CharString(program=program, private=_NoWidths, globalSubrs=[]),
          T2CharString(program=new, private=_NoWidths, globalSubrs=[]))
    return new


def advance(charstring, global_subrs):
    extractor = T2WidthExtractor([], global_subrs, charstring.private.nominalWidthX,
                                 charstring.private.defaultWidthX)
    extractor.execute(charstring)
    return extractor.width


# --- faces ----------------------------------------------------------------------------------------------------------

def simplify_face(source, target, pool):
    # upstream's timestamp, so that running this again writes the same bytes
    font = TTFont(source, recalcTimestamp=False)
    cff = font['CFF '].cff
    top = cff.topDictIndex[0]
    charstrings = top.CharStrings
    names = list(charstrings.keys())
    before = sum(len(charstrings[n].bytecode) for n in names)
    for name in names:
        charstrings[name].decompile()
    if len(cff.GlobalSubrs) or any(getattr(fd.Private, 'Subrs', None) for fd in top.FDArray):
        raise ValueError(f"{source} has subroutines: this script draws charstrings without them")
    programs = pool.map(simplified_and_checked, [(n, charstrings[n].program) for n in names], chunksize=64)
    after = 0
    for name, program in zip(names, programs):
        old = charstrings[name]
        new = T2CharString(program=program, private=old.private, globalSubrs=cff.GlobalSubrs)
        new.compile()
        after += len(new.bytecode)
        if advance(old, cff.GlobalSubrs) != advance(new, cff.GlobalSubrs):
            raise AssertionError(f"{name}: its advance width changed")
        charstrings[name] = new
    for record in font['name'].names:
        if record.nameID == 5:
            record.string = record.toUnicode() + MODIFIED
    font.save(target)
    print(f"{target}: {len(names)} glyphs, charstrings {before:,} -> {after:,} bytes")


def main(source_dir, target_dir, *faces):
    with Pool() as pool:
        for face in faces or FACES:
            simplify_face(Path(source_dir) / face, Path(target_dir) / face, pool)


if __name__ == "__main__":
    main(*sys.argv[1:])
