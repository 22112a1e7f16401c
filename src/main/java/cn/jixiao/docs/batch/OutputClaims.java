package cn.jixiao.docs.batch;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which input owns each output name (folder + 「{department}{year}年部门预算绩效文本」, without extension) during a
 * run, so that two inputs for the same department and year in one folder never silently overwrite each other.
 *
 * <p>Who wins is decided without regard to thread timing, so every run reports the same loser: an input that owned
 * the name in the previous run (reserved from the manifest) keeps it; otherwise the input whose path sorts first
 * wins, taking the name over, and rewriting the file, if a later one got there first. Claiming and writing happen
 * under the name's own lock, so the winner's file is always the one left on disk.
 */
final class OutputClaims {

    /** What a claim came to: {@code displaced} is the input that lost the name to this one, if any. */
    sealed interface Claim {
        record Granted(String displaced) implements Claim {}

        record Denied(String owner) implements Claim {}
    }

    /** Writes the claimed outputs; runs only when the claim is granted, under the name's lock. */
    @FunctionalInterface
    interface Write {
        void run() throws IOException;
    }

    private static final class Slot {
        String owner;
        /** Owned in the previous run: nobody takes it over in this one. */
        boolean reserved;
    }

    private final ConcurrentHashMap<String, Slot> slots = new ConcurrentHashMap<>();

    /** Before the run: the name belongs to the input that wrote it last time. The first reservation stands. */
    void reserve(String name, String input) {
        Slot slot = slots.computeIfAbsent(name, k -> new Slot());
        synchronized (slot) {
            if (slot.owner == null) {
                slot.owner = input;
                slot.reserved = true;
            }
        }
    }

    /** Claims the name for the input and, if granted, writes while holding it. */
    Claim claimAndWrite(String name, String input, Write write) throws IOException {
        Slot slot = slots.computeIfAbsent(name, k -> new Slot());
        synchronized (slot) {
            String displaced = null;
            if (slot.owner != null && !slot.owner.equals(input)) {
                if (slot.reserved || slot.owner.compareTo(input) < 0) {
                    return new Claim.Denied(slot.owner);
                }
                displaced = slot.owner;
            }
            write.run();
            slot.owner = input;
            return new Claim.Granted(displaced);
        }
    }

    /** Gives the name up if this input holds it (its department was renamed); true when it did. */
    boolean release(String name, String input) {
        Slot slot = slots.get(name);
        if (slot == null) {
            return false;
        }
        synchronized (slot) {
            if (input.equals(slot.owner)) {
                slot.owner = null;
                slot.reserved = false;
                return true;
            }
            return false;
        }
    }

    /** The input that owns the name now, or null. */
    String owner(String name) {
        Slot slot = slots.get(name);
        if (slot == null) {
            return null;
        }
        synchronized (slot) {
            return slot.owner;
        }
    }
}
