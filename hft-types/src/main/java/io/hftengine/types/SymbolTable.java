package io.hftengine.types;

import java.util.Arrays;

/**
 * Maps packed 8-byte symbols ({@link Symbol}) to dense {@code int} ids 0, 1, 2, ... and back,
 * for arrays indexed by instrument.
 *
 * <p>Open addressing with linear probing over a {@code long[]} of keys and an {@code int[]} of
 * ids, at most half full, so a lookup is a multiply, a shift and usually one probe, with no
 * allocation and no boxing. Symbols are never removed.
 *
 * <p>Not thread-safe: register symbols on one thread (typically at start-up, from the ITCH stock
 * directory), then publish the table to reader threads through a happens-before edge (thread
 * start, a queue); concurrent lookups with no concurrent register are then safe.
 */
public final class SymbolTable {
    /** Largest capacity: keeps the slot array at or below 2<sup>30</sup> entries. */
    public static final int MAX_CAPACITY = 1 << 29;
    /** Returned by {@link #idOf(long)} for an unknown symbol. */
    public static final int NOT_FOUND = -1;

    /** Fibonacci hashing multiplier: 2^64 / golden ratio, odd, spreads the ASCII bytes. */
    private static final long HASH_MULTIPLIER = 0x9E37_79B9_7F4A_7C15L;

    private final long[] keys;
    private final int[] slotIds;
    private final long[] symbolsById;
    private final int mask;
    private final int shift;
    private int size;

    /**
     * Creates an empty table.
     *
     * @param capacity most symbols it will hold, 1 to {@link #MAX_CAPACITY}
     * @throws IllegalArgumentException when capacity is outside that range
     */
    public SymbolTable(final int capacity) {
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new IllegalArgumentException("capacity must be in [1, 2^29]: " + capacity);
        }
        final int slots = Math.max(2, Integer.highestOneBit(capacity * 2 - 1) << 1);
        keys = new long[slots]; // Symbol.NONE (0) marks an empty slot
        slotIds = new int[slots];
        symbolsById = new long[capacity];
        mask = slots - 1;
        shift = 64 - Integer.numberOfTrailingZeros(slots);
    }

    private int home(final long packedSymbol) {
        return (int) ((packedSymbol * HASH_MULTIPLIER) >>> shift);
    }

    /**
     * Returns the id of a symbol, registering it with the next id if it is new (slow path:
     * throws on bad input).
     *
     * @param packedSymbol a valid packed symbol ({@link Symbol#isValid(long)})
     * @return its id, dense from 0 in registration order
     * @throws IllegalArgumentException when the symbol is not valid
     * @throws IllegalStateException when the symbol is new and the table is full
     */
    public int register(final long packedSymbol) {
        if (!Symbol.isValid(packedSymbol)) {
            throw new IllegalArgumentException("not a valid packed symbol: 0x" + Long.toHexString(packedSymbol));
        }
        int slot = home(packedSymbol);
        long key;
        while ((key = keys[slot]) != Symbol.NONE) {
            if (key == packedSymbol) {
                return slotIds[slot];
            }
            slot = (slot + 1) & mask;
        }
        if (size == symbolsById.length) {
            throw new IllegalStateException("symbol table full (capacity " + symbolsById.length
                + "), cannot register " + Symbol.toString(packedSymbol));
        }
        final int id = size++;
        keys[slot] = packedSymbol;
        slotIds[slot] = id;
        symbolsById[id] = packedSymbol;
        return id;
    }

    /**
     * Looks a symbol up without allocating or throwing.
     *
     * @param packedSymbol any long
     * @return its id, or {@link #NOT_FOUND} when it was never registered (including invalid values)
     */
    public int idOf(final long packedSymbol) {
        if (packedSymbol == Symbol.NONE) {
            return NOT_FOUND;
        }
        int slot = home(packedSymbol);
        long key;
        // Terminates: the table is at most half full, so an empty slot always exists.
        while ((key = keys[slot]) != Symbol.NONE) {
            if (key == packedSymbol) {
                return slotIds[slot];
            }
            slot = (slot + 1) & mask;
        }
        return NOT_FOUND;
    }

    /**
     * Returns the symbol registered under an id.
     *
     * @param id an id from {@link #register(long)}
     * @return the packed symbol, or {@link Symbol#NONE} when no symbol has that id
     */
    public long symbolOf(final int id) {
        return id >= 0 && id < size ? symbolsById[id] : Symbol.NONE;
    }

    /**
     * Returns how many symbols are registered; ids are 0 to size() - 1.
     *
     * @return the count
     */
    public int size() {
        return size;
    }

    /**
     * Returns the most symbols this table can hold.
     *
     * @return the capacity given at construction
     */
    public int capacity() {
        return symbolsById.length;
    }

    @Override
    public String toString() {
        final StringBuilder out = new StringBuilder("SymbolTable{size=").append(size).append(", symbols=[");
        for (int id = 0; id < size; id++) {
            Symbol.appendTo(symbolsById[id], id == 0 ? out : out.append(", "));
        }
        return out.append("]}").toString();
    }

    /**
     * Forgets every symbol; ids restart at 0 (slow path, for reuse between sessions).
     */
    public void clear() {
        Arrays.fill(keys, Symbol.NONE);
        Arrays.fill(symbolsById, Symbol.NONE);
        size = 0;
    }
}
