#!/usr/bin/python3
"""Builds NotoSerifSC-Fallback.otf, the serif face for characters the Fandol faces lack.

Run once, at commit time, when the Fandol faces or Noto Serif CJK change (Debian: apt-get install python3-fonttools;
the .ttc comes from the fonts-noto-cjk package):

    fonts/noto-serif-sc/prepare.py /usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc fonts/fandol fonts/noto-serif-sc

Fandol covers about 7,900 hanzi. A name or place in a plan may use one outside them (喆, 堃, 𠮷), and it must still be
drawn in a serif face rather than fall to the sans one. The Simplified Chinese face of Noto Serif CJK (face 2 of the
collection) covers 30,000 hanzi; keeping only what no Fandol serif face has (and no Hangul, which a Chinese plan
never needs) makes it an 8 MB file instead of a 26 MB collection. Outlines are unchanged (OFL 1.1 allows subsets).
"""
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

NOTO_SC_FACE = 2
FANDOL_SERIF = ["FandolFang-Regular.otf", "FandolKai-Regular.otf", "FandolSong-Regular.otf", "FandolSong-Bold.otf"]


def hangul(cp):
    return (0xAC00 <= cp <= 0xD7AF or 0x1100 <= cp <= 0x11FF or 0x3130 <= cp <= 0x318F or 0xA960 <= cp <= 0xA97F
            or 0xD7B0 <= cp <= 0xD7FF or 0x3200 <= cp <= 0x321E or 0x3260 <= cp <= 0x327E)


def main(ttc, fandol_dir, out_dir):
    covered = set()
    for name in FANDOL_SERIF:
        covered |= set(TTFont(Path(fandol_dir) / name).getBestCmap())
    noto = TTFont(ttc, fontNumber=NOTO_SC_FACE)
    wanted = [cp for cp in noto.getBestCmap() if cp > 0x7F and cp not in covered and not hangul(cp)]
    options = subset.Options()
    options.layout_features = []  # the layout engine sets one glyph per character; no substitutions are used
    options.hinting = False
    options.name_IDs = ["*"]
    options.notdef_outline = True
    # Keep every glyph at its own index (the dropped ones left empty): the face is CID-keyed with CID = glyph
    # index, and OpenPDF's subsetter relies on that; renumbered glyphs come out blank in the PDF.
    options.retain_gids = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=wanted)
    subsetter.subset(noto)
    out = Path(out_dir) / "NotoSerifSC-Fallback.otf"
    noto.save(out)
    print(f"{out}: {len(wanted)} characters")


if __name__ == "__main__":
    main(*sys.argv[1:4])
