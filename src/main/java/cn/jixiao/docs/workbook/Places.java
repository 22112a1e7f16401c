package cn.jixiao.docs.workbook;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Contract JSON Pointer → the place in the workbook it was read from. Problems carry pointers, so this is how each
 * one finds the cell the clerk typed it in. Immutable once read; a {@link Builder} fills it while reading.
 */
final class Places {

    private final NavigableMap<String, Place> byPointer;

    private Places(NavigableMap<String, Place> byPointer) { this.byPointer = byPointer; }

    /**
     * The place of {@code pointer}: its own if it was read from one; else its first descendant's (a list given as
     * one paragraph is checked at the list's pointer, a container at its first member); else its nearest ancestor's
     * (a field that was never typed lies in its row). Null when nothing in the workbook is near it.
     */
    Place find(String pointer) {
        Place exact = byPointer.get(pointer);
        if (exact != null) {
            return exact;
        }
        Map.Entry<String, Place> child = byPointer.ceilingEntry(pointer + "/");
        if (child != null && child.getKey().startsWith(pointer + "/")) {
            return child.getValue();
        }
        for (String p = pointer; !p.isEmpty(); p = p.substring(0, p.lastIndexOf('/'))) {
            Place ancestor = byPointer.get(p);
            if (ancestor != null) {
                return ancestor;
            }
        }
        return null;
    }

    static final class Builder {
        private final NavigableMap<String, Place> byPointer = new TreeMap<>();

        /** The first place given for a pointer stays: it is where the value was first typed. */
        Builder put(String pointer, Place place) {
            byPointer.putIfAbsent(pointer, place);
            return this;
        }

        Places build() { return new Places(new TreeMap<>(byPointer)); }
    }
}
