package cn.jixiao.docs.layout;

import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Characters the configured fonts could not draw in their style during one layout: those no font has, and those
 * only a face of the other class (sans for a serif role, or serif for 黑体) has.
 */
final class GlyphReport {

    private final SortedSet<Integer> missing = new TreeSet<>();
    private final SortedSet<Integer> substituted = new TreeSet<>();

    void missing(int cp) { missing.add(cp); }

    void substituted(int cp) { substituted.add(cp); }

    SortedSet<Integer> missing() { return missing; }

    SortedSet<Integer> substituted() { return substituted; }
}
