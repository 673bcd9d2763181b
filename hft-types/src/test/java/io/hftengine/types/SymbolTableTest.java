package io.hftengine.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SymbolTableTest {
    @Test
    void denseIdsInRegistrationOrder() {
        final SymbolTable table = new SymbolTable(3);
        final long aapl = Symbol.pack("AAPL");
        final long msft = Symbol.pack("MSFT");
        assertEquals(0, table.register(aapl));
        assertEquals(1, table.register(msft));
        assertEquals(0, table.register(aapl));
        assertEquals(2, table.size());
        assertEquals(1, table.idOf(msft));
        assertEquals(SymbolTable.NOT_FOUND, table.idOf(Symbol.pack("GOOG")));
        assertEquals(SymbolTable.NOT_FOUND, table.idOf(Symbol.NONE));
        assertEquals(msft, table.symbolOf(1));
        assertEquals(Symbol.NONE, table.symbolOf(2));
        assertEquals(Symbol.NONE, table.symbolOf(-1));
        assertEquals("SymbolTable{size=2, symbols=[AAPL, MSFT]}", table.toString());
    }

    @Test
    void fullTableAndInvalidSymbolsAreLoud() {
        final SymbolTable table = new SymbolTable(1);
        table.register(Symbol.pack("A"));
        assertEquals(0, table.register(Symbol.pack("A")));
        final IllegalStateException full = assertThrows(IllegalStateException.class, () -> table.register(Symbol.pack("B")));
        assertTrue(full.getMessage().contains("B"), full.getMessage());
        assertThrows(IllegalArgumentException.class, () -> table.register(Symbol.NONE));
        assertThrows(IllegalArgumentException.class, () -> table.register(0x2041_2020_2020_2020L));
        assertThrows(IllegalArgumentException.class, () -> new SymbolTable(0));
        assertThrows(IllegalArgumentException.class, () -> new SymbolTable(SymbolTable.MAX_CAPACITY + 1));
        assertEquals(1, table.capacity());
    }

    @Test
    void clearRestartsIds() {
        final SymbolTable table = new SymbolTable(4);
        table.register(Symbol.pack("A"));
        table.register(Symbol.pack("B"));
        table.clear();
        assertEquals(0, table.size());
        assertEquals(SymbolTable.NOT_FOUND, table.idOf(Symbol.pack("A")));
        assertEquals(0, table.register(Symbol.pack("B")));
    }

    @Provide
    Arbitrary<List<String>> symbolLists() {
        // A small alphabet forces repeats and hash collisions among similar symbols.
        final Arbitrary<String> symbol = Arbitraries.strings().withChars("ABCZ.1 ").ofMinLength(1).ofMaxLength(8)
            .filter(s -> s.charAt(0) != ' ');
        return symbol.list().ofMaxSize(300);
    }

    @Property(tries = 1000)
    void behavesLikeAHashMapModel(@ForAll("symbolLists") final List<String> symbols) {
        final SymbolTable table = new SymbolTable(300);
        final Map<Long, Integer> model = new HashMap<>();
        final List<Long> byId = new ArrayList<>();
        for (final String s : symbols) {
            final long packed = Symbol.pack(s);
            final Integer expected = model.computeIfAbsent(packed, k -> {
                byId.add(k);
                return byId.size() - 1;
            });
            assertEquals(expected.intValue(), table.register(packed));
        }
        assertEquals(model.size(), table.size());
        for (final Map.Entry<Long, Integer> e : model.entrySet()) {
            assertEquals(e.getValue().intValue(), table.idOf(e.getKey()));
            assertEquals(e.getKey().longValue(), table.symbolOf(e.getValue()));
        }
        assertEquals(SymbolTable.NOT_FOUND, table.idOf(Symbol.pack("QQQQ"))); // 'Q' is not in the alphabet
        for (int id = 0; id < byId.size(); id++) {
            assertEquals(byId.get(id).longValue(), table.symbolOf(id));
        }
    }

    @Property(tries = 200)
    void fillsExactlyToCapacity(@ForAll("capacities") final int capacity) {
        final SymbolTable table = new SymbolTable(capacity);
        for (int i = 0; i < capacity; i++) {
            assertEquals(i, table.register(Symbol.pack("S" + i)));
        }
        assertThrows(IllegalStateException.class, () -> table.register(Symbol.pack("X")));
        for (int i = 0; i < capacity; i++) {
            assertEquals(i, table.idOf(Symbol.pack("S" + i)));
        }
    }

    @Provide
    Arbitrary<Integer> capacities() {
        return Arbitraries.integers().between(1, 2_000);
    }
}
