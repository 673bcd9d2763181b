package io.hftengine.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hftengine.protocol.internal.AsciiFields;
import io.hftengine.protocol.itch.AddOrderMessage;
import io.hftengine.protocol.itch.CrossTradeMessage;
import io.hftengine.protocol.itch.MwcbDeclineLevelMessage;
import io.hftengine.protocol.itch.NoiiMessage;
import io.hftengine.protocol.itch.OrderReplaceMessage;
import io.hftengine.protocol.itch.TradeMessage;
import io.hftengine.protocol.moldudp64.MoldUdp64Header;
import io.hftengine.protocol.ouch.AcceptedMessage;
import io.hftengine.protocol.ouch.ExecutedMessage;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

/**
 * What {@code appendTo} prints for field values a real capture or a corrupt packet can carry:
 * every ITCH and OUCH integer is unsigned (ITCH 5.0 section 3, OUCH 4.2 section 2), so a 64-bit
 * field with its top bit set must print as the unsigned number, as Wireshark's dissectors show it;
 * and an Alpha field holding control or non-ASCII bytes must print them visibly, the way
 * {@code Symbol.appendTo} in hft-types does, not raw into a log line.
 */
class FieldTextEdgeCaseTest
{
    private static final long TOP_BIT = 0x8000_0000_0000_0000L;
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[128]);

    @Property(tries = 300)
    void appendUnsignedPrintsWhatLongToUnsignedStringPrints(@ForAll final long value)
    {
        final StringBuilder sb = new StringBuilder("x=");
        AsciiFields.appendUnsigned(sb, value);
        assertEquals("x=" + Long.toUnsignedString(value), sb.toString());
    }

    @Test
    void itchSixtyFourBitIntegersWithTheTopBitSetPrintUnsigned()
    {
        final String add = new AddOrderMessage().wrapForEncode(buffer, 0).orderReferenceNumber(-1L).toString();
        assertTrue(add.contains("orderReferenceNumber=18446744073709551615"), add);

        final String replace = new OrderReplaceMessage().wrapForEncode(buffer, 0)
            .originalOrderReferenceNumber(TOP_BIT).newOrderReferenceNumber(TOP_BIT + 1).toString();
        assertTrue(replace.contains("originalOrderReferenceNumber=9223372036854775808"), replace);
        assertTrue(replace.contains("newOrderReferenceNumber=9223372036854775809"), replace);

        final String trade = new TradeMessage().wrapForEncode(buffer, 0).matchNumber(TOP_BIT).toString();
        assertTrue(trade.contains("matchNumber=9223372036854775808"), trade);

        final String cross = new CrossTradeMessage().wrapForEncode(buffer, 0).shares(-2L).matchNumber(-1L).toString();
        assertTrue(cross.contains("shares=18446744073709551614"), cross);
        assertTrue(cross.contains("matchNumber=18446744073709551615"), cross);

        final String noii = new NoiiMessage().wrapForEncode(buffer, 0).pairedShares(TOP_BIT).imbalanceShares(-1L).toString();
        assertTrue(noii.contains("pairedShares=9223372036854775808"), noii);
        assertTrue(noii.contains("imbalanceShares=18446744073709551615"), noii);

        final String mwcb = new MwcbDeclineLevelMessage().wrapForEncode(buffer, 0).level1(-1L).toString();
        assertTrue(mwcb.contains("level1=18446744073709551615"), mwcb);
    }

    @Test
    void ouchSixtyFourBitIntegersWithTheTopBitSetPrintUnsigned()
    {
        final String accepted = new AcceptedMessage().wrapForEncode(buffer, 0).orderReferenceNumber(-1L).toString();
        assertTrue(accepted.contains("orderReferenceNumber=18446744073709551615"), accepted);

        final String executed = new ExecutedMessage().wrapForEncode(buffer, 0).matchNumber(TOP_BIT).toString();
        assertTrue(executed.contains("matchNumber=9223372036854775808"), executed);
    }

    @Test
    void controlAndNonAsciiBytesOfAPackedAlphaFieldPrintAsHexEscapes()
    {
        // "AB", a newline, "C", then NUL padding where a space should be: a corrupt or non-NASDAQ field.
        final AddOrderMessage add = new AddOrderMessage().wrapForEncode(buffer, 0).stock(0x41420A4300000000L);
        final String text = add.toString();
        assertTrue(text.contains("stock=AB\\x0AC\\x00\\x00\\x00\\x00,"), text);
        assertTrue(text.indexOf('\n') < 0 && text.indexOf('\0') < 0, text);

        final StringBuilder sb = new StringBuilder();
        AsciiFields.appendPacked(sb, 0x2020E92020202020L, 8); // a Latin-1 byte after two spaces
        assertEquals("  \\xE9", sb.toString());
    }

    @Test
    void controlAndNonAsciiBytesOfAnAlphaFieldInPlacePrintAsHexEscapes()
    {
        final MoldUdp64Header header = new MoldUdp64Header().wrapForEncode(buffer, 0).session("SESS");
        buffer.putByte(4, (byte)'\r');
        buffer.putByte(5, (byte)0xFF);
        assertEquals("SESS\\x0D\\xFF", header.appendSession(new StringBuilder()).toString());
    }
}
