package io.hftengine.protocol;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.hftengine.protocol.internal.AsciiFields;
import io.hftengine.protocol.itch.AddOrderMessage;
import io.hftengine.protocol.itch.AddOrderMpidMessage;
import io.hftengine.protocol.itch.BrokenTradeMessage;
import io.hftengine.protocol.itch.CrossTradeMessage;
import io.hftengine.protocol.itch.DirectListingPriceDiscoveryMessage;
import io.hftengine.protocol.itch.IpoQuotingPeriodUpdateMessage;
import io.hftengine.protocol.itch.ItchDecoder;
import io.hftengine.protocol.itch.ItchListener;
import io.hftengine.protocol.itch.ItchMessage;
import io.hftengine.protocol.itch.LuldAuctionCollarMessage;
import io.hftengine.protocol.itch.MarketParticipantPositionMessage;
import io.hftengine.protocol.itch.MwcbDeclineLevelMessage;
import io.hftengine.protocol.itch.MwcbStatusMessage;
import io.hftengine.protocol.itch.NoiiMessage;
import io.hftengine.protocol.itch.OperationalHaltMessage;
import io.hftengine.protocol.itch.OrderCancelMessage;
import io.hftengine.protocol.itch.OrderDeleteMessage;
import io.hftengine.protocol.itch.OrderExecutedMessage;
import io.hftengine.protocol.itch.OrderExecutedWithPriceMessage;
import io.hftengine.protocol.itch.OrderReplaceMessage;
import io.hftengine.protocol.itch.RegShoRestrictionMessage;
import io.hftengine.protocol.itch.RetailInterestMessage;
import io.hftengine.protocol.itch.StockDirectoryMessage;
import io.hftengine.protocol.itch.StockTradingActionMessage;
import io.hftengine.protocol.itch.SystemEventMessage;
import io.hftengine.protocol.itch.TradeMessage;
import io.hftengine.protocol.moldudp64.MoldUdp64Decoder;
import io.hftengine.protocol.moldudp64.MoldUdp64Descriptor;
import io.hftengine.protocol.moldudp64.MoldUdp64Header;
import io.hftengine.protocol.moldudp64.MoldUdp64Listener;
import io.hftengine.protocol.ouch.AcceptedMessage;
import io.hftengine.protocol.ouch.CancelOrderMessage;
import io.hftengine.protocol.ouch.CanceledMessage;
import io.hftengine.protocol.ouch.EnterOrderMessage;
import io.hftengine.protocol.ouch.ExecutedMessage;
import io.hftengine.protocol.ouch.OuchInboundDecoder;
import io.hftengine.protocol.ouch.OuchInboundListener;
import io.hftengine.protocol.ouch.OuchOutboundDecoder;
import io.hftengine.protocol.ouch.OuchOutboundListener;
import io.hftengine.protocol.ouch.OuchSystemEventMessage;
import io.hftengine.protocol.ouch.RejectedMessage;
import io.hftengine.protocol.ouch.ReplaceOrderMessage;
import io.hftengine.protocol.ouch.ReplacedMessage;
import io.hftengine.protocol.soupbintcp.SoupBinTcpDecoder;
import io.hftengine.protocol.soupbintcp.SoupBinTcpDescriptor;
import io.hftengine.protocol.soupbintcp.SoupBinTcpEncoder;
import io.hftengine.protocol.soupbintcp.SoupBinTcpListener;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks every codec's wire layout against the published specifications, written down here
 * independently of the code under test: for each message type, its type byte, its total length and
 * each field's offset, width and encoding, read and written through the public flyweight API (a
 * getter over hand-placed bytes, a setter into a zeroed buffer that must touch exactly the field's
 * bytes), and that every decoder counts a message shorter than its spec length instead of reading
 * past it.
 *
 * <p>Sources for the figures (reference only, nothing copied):
 * <ul>
 *   <li>[ITCH] NASDAQ TotalView-ITCH 5.0 specification, section numbers as in the 2015-2020 PDF
 *       (4.1 System Event ... 4.7 RPII; Operational Halt and DLCR are the later additions).
 *       Cross-checked against paritytrading/juncture
 *       {@code libraries/nasdaq/src/main/java/com/paritytrading/juncture/nasdaq/itch50/ITCH50.java}
 *       (field order and widths; juncture reads Cross Trade shares as 4 bytes, a known juncture
 *       error), Open-Markets-Initiative/c-structs
 *       {@code Nasdaq/Nasdaq.Equities.TotalView.Itch.v5.0.h} (Cross Trade shares uint64) and the
 *       Open-Markets-Initiative Wireshark Lua dissector {@code nasdaq.nsmequities.totalview.itch.v5.0}
 *       (Operational Halt 'h' and Direct Listing with Capital Raise 'O').</li>
 *   <li>[OUCH] NASDAQ OUCH 4.2 specification. Cross-checked against wireshark/wireshark
 *       {@code epan/dissectors/packet-ouch.c} (field order, widths, and its length heuristic:
 *       O 49, U 47/80, X 19, S 10, A 66, C 28, D 37, E 40, B 32, J 24, P 23, I 23),
 *       Open-Markets-Initiative/c-structs {@code Nasdaq/Nasdaq.Equities.Orders.Ouch.v4.2.h} and the
 *       Open-Markets-Initiative Kaitai definition "Nasdaq PsxEquities Orders Ouch v4.2" (which
 *       also lists Order Priority Update 'T' and Order Modified 'M').</li>
 *   <li>[SOUP] NASDAQ SoupBinTCP 3.00. Cross-checked against wireshark/wireshark
 *       {@code epan/dissectors/packet-soupbintcp.c} (offsets 3/13 of the Login Accepted fields) and
 *       the Open-Markets-Initiative Kaitai definitions, which carry the spec's field notes verbatim
 *       ("The session ID of the session that is now logged into. Left padded with spaces").</li>
 *   <li>[MOLD] NASDAQ MoldUDP64 1.00. Cross-checked against wireshark {@code packet-moldudp64.c}
 *       (MOLDUDP64_SESSION_LEN 10, SEQUENCE_LEN 8, COUNT_LEN 2, MSGLEN_LEN 2, heartbeat 0x0000,
 *       end of session 0xFFFF) and Open-Markets-Initiative/c-structs PacketHeader
 *       {Session[10], Sequence u64, Count u16}.</li>
 * </ul>
 *
 * <p>Data types, as the specs define them: integers are unsigned big-endian; Price(4) is a 4-byte
 * integer with 4 implied decimals, Price(8) an 8-byte integer with 8 implied decimals; Alpha is
 * left-justified and padded on the right with spaces; ITCH timestamps are 6-byte nanoseconds since
 * midnight, OUCH 4.2 timestamps 8-byte nanoseconds since midnight.
 */
class SpecLayoutTest
{
    /** How a field is encoded. */
    enum Kind
    {
        /** Unsigned big-endian integer. */
        INT,
        /** Price(4): 4-byte unsigned integer, 4 implied decimals. */
        PRICE4,
        /** Price(8): 8-byte integer, 8 implied decimals. */
        PRICE8,
        /** ITCH timestamp: 6-byte nanoseconds since midnight. */
        TIMESTAMP6,
        /** OUCH timestamp: 8-byte nanoseconds since midnight. */
        TIMESTAMP8,
        /** Alpha, read and written packed big-endian into an int or long. */
        ALPHA,
        /** Single Alpha byte, read and written as a char. */
        CHAR,
        /** OUCH 14-byte order token (Alpha), copied as bytes. */
        TOKEN
    }

    /** One field of a spec table: offset from the message's type byte, width in bytes. */
    record F(String name, int offset, int length, Kind kind)
    {
    }

    /** One message type as the spec states it. */
    record Spec(String protocol, char type, String title, int length, Class<?> flyweight, String source, List<F> fields)
    {
        @Override
        public String toString()
        {
            return protocol + " '" + type + "' " + title + " (" + length + " bytes)";
        }
    }

    private static F f(final String name, final int offset, final int length, final Kind kind)
    {
        return new F(name, offset, length, kind);
    }

    private static List<F> itch(final F... body)
    {
        // [ITCH] every message: Message Type 0/1, Stock Locate 1/2 Integer, Tracking Number 3/2
        // Integer, Timestamp 5/6 Integer (nanoseconds since midnight).
        final List<F> fields = new ArrayList<>();
        fields.add(f("stockLocate", 1, 2, Kind.INT));
        fields.add(f("trackingNumber", 3, 2, Kind.INT));
        fields.add(f("timestampNs", 5, 6, Kind.TIMESTAMP6));
        fields.addAll(List.of(body));
        return fields;
    }

    private static Spec itch(final char type, final String title, final int length, final Class<?> flyweight, final String section,
        final F... body)
    {
        return new Spec("ITCH 5.0", type, title, length, flyweight, "[ITCH] " + section, itch(body));
    }

    private static Spec ouch(final char type, final String title, final int length, final Class<?> flyweight, final F... fields)
    {
        return new Spec("OUCH 4.2", type, title, length, flyweight, "[OUCH] " + title, List.of(fields));
    }

    /** The ITCH 5.0 tables. */
    static Stream<Spec> itchSpecs()
    {
        return Stream.of(
            // 4.1 System Event: Event Code 11/1 Alpha (O S Q M E C).
            itch('S', "System Event", 12, SystemEventMessage.class, "4.1",
                f("eventCode", 11, 1, Kind.CHAR)),
            // 4.2.1 Stock Directory.
            itch('R', "Stock Directory", 39, StockDirectoryMessage.class, "4.2.1",
                f("stock", 11, 8, Kind.ALPHA),
                f("marketCategory", 19, 1, Kind.CHAR),
                f("financialStatusIndicator", 20, 1, Kind.CHAR),
                f("roundLotSize", 21, 4, Kind.INT),
                f("roundLotsOnly", 25, 1, Kind.CHAR),
                f("issueClassification", 26, 1, Kind.CHAR),
                f("issueSubType", 27, 2, Kind.ALPHA),
                f("authenticity", 29, 1, Kind.CHAR),
                f("shortSaleThresholdIndicator", 30, 1, Kind.CHAR),
                f("ipoFlag", 31, 1, Kind.CHAR),
                f("luldReferencePriceTier", 32, 1, Kind.CHAR),
                f("etpFlag", 33, 1, Kind.CHAR),
                f("etpLeverageFactor", 34, 4, Kind.INT),
                f("inverseIndicator", 38, 1, Kind.CHAR)),
            // 4.2.2 Stock Trading Action: Reserved 20/1, Reason 21/4 Alpha.
            itch('H', "Stock Trading Action", 25, StockTradingActionMessage.class, "4.2.2",
                f("stock", 11, 8, Kind.ALPHA),
                f("tradingState", 19, 1, Kind.CHAR),
                f("reserved", 20, 1, Kind.CHAR),
                f("reason", 21, 4, Kind.ALPHA)),
            // 4.2.3 Reg SHO Short Sale Price Test Restricted Indicator.
            itch('Y', "Reg SHO Restriction", 20, RegShoRestrictionMessage.class, "4.2.3",
                f("stock", 11, 8, Kind.ALPHA),
                f("regShoAction", 19, 1, Kind.CHAR)),
            // 4.2.4 Market Participant Position: MPID 11/4 before Stock 15/8.
            itch('L', "Market Participant Position", 26, MarketParticipantPositionMessage.class, "4.2.4",
                f("mpid", 11, 4, Kind.ALPHA),
                f("stock", 15, 8, Kind.ALPHA),
                f("primaryMarketMaker", 23, 1, Kind.CHAR),
                f("marketMakerMode", 24, 1, Kind.CHAR),
                f("marketParticipantState", 25, 1, Kind.CHAR)),
            // 4.2.5.1 MWCB Decline Level: three Price(8), 8 implied decimals.
            itch('V', "MWCB Decline Level", 35, MwcbDeclineLevelMessage.class, "4.2.5.1",
                f("level1", 11, 8, Kind.PRICE8),
                f("level2", 19, 8, Kind.PRICE8),
                f("level3", 27, 8, Kind.PRICE8)),
            // 4.2.5.2 MWCB Status: Breached Level 11/1 Alpha ('1' '2' '3').
            itch('W', "MWCB Status", 12, MwcbStatusMessage.class, "4.2.5.2",
                f("breachedLevel", 11, 1, Kind.CHAR)),
            // 4.2.6 IPO Quoting Period Update: release time is seconds since midnight, Integer(4).
            itch('K', "IPO Quoting Period Update", 28, IpoQuotingPeriodUpdateMessage.class, "4.2.6",
                f("stock", 11, 8, Kind.ALPHA),
                f("ipoQuotationReleaseTime", 19, 4, Kind.INT),
                f("ipoQuotationReleaseQualifier", 23, 1, Kind.CHAR),
                f("ipoPrice", 24, 4, Kind.PRICE4)),
            // 4.2.7 LULD Auction Collar.
            itch('J', "LULD Auction Collar", 35, LuldAuctionCollarMessage.class, "4.2.7",
                f("stock", 11, 8, Kind.ALPHA),
                f("auctionCollarReferencePrice", 19, 4, Kind.PRICE4),
                f("upperAuctionCollarPrice", 23, 4, Kind.PRICE4),
                f("lowerAuctionCollarPrice", 27, 4, Kind.PRICE4),
                f("auctionCollarExtension", 31, 4, Kind.INT)),
            // Operational Halt (OMI v5.0 dissector: stock 8, market code 1, action 1).
            itch('h', "Operational Halt", 21, OperationalHaltMessage.class, "Operational Halt (post-2015 addition)",
                f("stock", 11, 8, Kind.ALPHA),
                f("marketCode", 19, 1, Kind.CHAR),
                f("operationalHaltAction", 20, 1, Kind.CHAR)),
            // 4.3.1 Add Order, no MPID.
            itch('A', "Add Order", 36, AddOrderMessage.class, "4.3.1",
                f("orderReferenceNumber", 11, 8, Kind.INT),
                f("side", 19, 1, Kind.CHAR),
                f("shares", 20, 4, Kind.INT),
                f("stock", 24, 8, Kind.ALPHA),
                f("price", 32, 4, Kind.PRICE4)),
            // 4.3.2 Add Order with MPID attribution: Attribution 36/4 Alpha.
            itch('F', "Add Order MPID", 40, AddOrderMpidMessage.class, "4.3.2",
                f("orderReferenceNumber", 11, 8, Kind.INT),
                f("side", 19, 1, Kind.CHAR),
                f("shares", 20, 4, Kind.INT),
                f("stock", 24, 8, Kind.ALPHA),
                f("price", 32, 4, Kind.PRICE4),
                f("attribution", 36, 4, Kind.ALPHA)),
            // 4.4.1 Order Executed.
            itch('E', "Order Executed", 31, OrderExecutedMessage.class, "4.4.1",
                f("orderReferenceNumber", 11, 8, Kind.INT),
                f("executedShares", 19, 4, Kind.INT),
                f("matchNumber", 23, 8, Kind.INT)),
            // 4.4.2 Order Executed With Price: Printable 31/1 ('Y'/'N'), Execution Price 32/4.
            itch('C', "Order Executed With Price", 36, OrderExecutedWithPriceMessage.class, "4.4.2",
                f("orderReferenceNumber", 11, 8, Kind.INT),
                f("executedShares", 19, 4, Kind.INT),
                f("matchNumber", 23, 8, Kind.INT),
                f("printable", 31, 1, Kind.CHAR),
                f("executionPrice", 32, 4, Kind.PRICE4)),
            // 4.4.3 Order Cancel.
            itch('X', "Order Cancel", 23, OrderCancelMessage.class, "4.4.3",
                f("orderReferenceNumber", 11, 8, Kind.INT),
                f("canceledShares", 19, 4, Kind.INT)),
            // 4.4.4 Order Delete.
            itch('D', "Order Delete", 19, OrderDeleteMessage.class, "4.4.4",
                f("orderReferenceNumber", 11, 8, Kind.INT)),
            // 4.4.5 Order Replace.
            itch('U', "Order Replace", 35, OrderReplaceMessage.class, "4.4.5",
                f("originalOrderReferenceNumber", 11, 8, Kind.INT),
                f("newOrderReferenceNumber", 19, 8, Kind.INT),
                f("shares", 27, 4, Kind.INT),
                f("price", 31, 4, Kind.PRICE4)),
            // 4.5.1 Trade (non-cross).
            itch('P', "Trade", 44, TradeMessage.class, "4.5.1",
                f("orderReferenceNumber", 11, 8, Kind.INT),
                f("side", 19, 1, Kind.CHAR),
                f("shares", 20, 4, Kind.INT),
                f("stock", 24, 8, Kind.ALPHA),
                f("price", 32, 4, Kind.PRICE4),
                f("matchNumber", 36, 8, Kind.INT)),
            // 4.5.2 Cross Trade: Shares 11/8 Integer (juncture's 4 is its error; OMI uint64).
            itch('Q', "Cross Trade", 40, CrossTradeMessage.class, "4.5.2",
                f("shares", 11, 8, Kind.INT),
                f("stock", 19, 8, Kind.ALPHA),
                f("crossPrice", 27, 4, Kind.PRICE4),
                f("matchNumber", 31, 8, Kind.INT),
                f("crossType", 39, 1, Kind.CHAR)),
            // 4.5.3 Broken Trade.
            itch('B', "Broken Trade", 19, BrokenTradeMessage.class, "4.5.3",
                f("matchNumber", 11, 8, Kind.INT)),
            // 4.6 NOII: paired and imbalance shares 8 bytes each, direction before the stock.
            itch('I', "NOII", 50, NoiiMessage.class, "4.6",
                f("pairedShares", 11, 8, Kind.INT),
                f("imbalanceShares", 19, 8, Kind.INT),
                f("imbalanceDirection", 27, 1, Kind.CHAR),
                f("stock", 28, 8, Kind.ALPHA),
                f("farPrice", 36, 4, Kind.PRICE4),
                f("nearPrice", 40, 4, Kind.PRICE4),
                f("currentReferencePrice", 44, 4, Kind.PRICE4),
                f("crossType", 48, 1, Kind.CHAR),
                f("priceVariationIndicator", 49, 1, Kind.CHAR)),
            // 4.7 RPII.
            itch('N', "RPII", 20, RetailInterestMessage.class, "4.7",
                f("stock", 11, 8, Kind.ALPHA),
                f("interestFlag", 19, 1, Kind.CHAR)),
            // Direct Listing with Capital Raise Price Discovery (OMI v5.0 dissector: stock 8,
            // open eligibility 1, three Price(4), near execution time 8, two Price(4) collars).
            itch('O', "DLCR Price Discovery", 48, DirectListingPriceDiscoveryMessage.class, "Direct Listing with Capital Raise (post-2015 addition)",
                f("stock", 11, 8, Kind.ALPHA),
                f("openEligibilityStatus", 19, 1, Kind.CHAR),
                f("minimumAllowablePrice", 20, 4, Kind.PRICE4),
                f("maximumAllowablePrice", 24, 4, Kind.PRICE4),
                f("nearExecutionPrice", 28, 4, Kind.PRICE4),
                f("nearExecutionTime", 32, 8, Kind.INT),
                f("lowerPriceRangeCollar", 40, 4, Kind.PRICE4),
                f("upperPriceRangeCollar", 44, 4, Kind.PRICE4)));
    }

    /** The OUCH 4.2 inbound tables. */
    static Stream<Spec> ouchInboundSpecs()
    {
        return Stream.of(
            // Enter Order: Customer Type 48/1 is the 4.1+ addition (packet-ouch.c: 49 bytes).
            ouch('O', "Enter Order", 49, EnterOrderMessage.class,
                f("orderToken", 1, 14, Kind.TOKEN),
                f("side", 15, 1, Kind.CHAR),
                f("shares", 16, 4, Kind.INT),
                f("stock", 20, 8, Kind.ALPHA),
                f("price", 28, 4, Kind.PRICE4),
                f("timeInForce", 32, 4, Kind.INT),
                f("firm", 36, 4, Kind.ALPHA),
                f("display", 40, 1, Kind.CHAR),
                f("capacity", 41, 1, Kind.CHAR),
                f("intermarketSweepEligibility", 42, 1, Kind.CHAR),
                f("minimumQuantity", 43, 4, Kind.INT),
                f("crossType", 47, 1, Kind.CHAR),
                f("customerType", 48, 1, Kind.CHAR)),
            ouch('U', "Replace Order", 47, ReplaceOrderMessage.class,
                f("existingOrderToken", 1, 14, Kind.TOKEN),
                f("replacementOrderToken", 15, 14, Kind.TOKEN),
                f("shares", 29, 4, Kind.INT),
                f("price", 33, 4, Kind.PRICE4),
                f("timeInForce", 37, 4, Kind.INT),
                f("display", 41, 1, Kind.CHAR),
                f("intermarketSweepEligibility", 42, 1, Kind.CHAR),
                f("minimumQuantity", 43, 4, Kind.INT)),
            ouch('X', "Cancel Order", 19, CancelOrderMessage.class,
                f("orderToken", 1, 14, Kind.TOKEN),
                f("shares", 15, 4, Kind.INT)));
    }

    /** The OUCH 4.2 outbound tables. */
    static Stream<Spec> ouchOutboundSpecs()
    {
        return Stream.of(
            ouch('S', "System Event", 10, OuchSystemEventMessage.class,
                f("timestampNs", 1, 8, Kind.TIMESTAMP8),
                f("eventCode", 9, 1, Kind.CHAR)),
            // Accepted: BBO Weight Indicator 65/1 is the 4.2 addition (packet-ouch.c: 66 bytes).
            ouch('A', "Accepted", 66, AcceptedMessage.class,
                f("timestampNs", 1, 8, Kind.TIMESTAMP8),
                f("orderToken", 9, 14, Kind.TOKEN),
                f("side", 23, 1, Kind.CHAR),
                f("shares", 24, 4, Kind.INT),
                f("stock", 28, 8, Kind.ALPHA),
                f("price", 36, 4, Kind.PRICE4),
                f("timeInForce", 40, 4, Kind.INT),
                f("firm", 44, 4, Kind.ALPHA),
                f("display", 48, 1, Kind.CHAR),
                f("orderReferenceNumber", 49, 8, Kind.INT),
                f("capacity", 57, 1, Kind.CHAR),
                f("intermarketSweepEligibility", 58, 1, Kind.CHAR),
                f("minimumQuantity", 59, 4, Kind.INT),
                f("crossType", 63, 1, Kind.CHAR),
                f("orderState", 64, 1, Kind.CHAR),
                f("bboWeightIndicator", 65, 1, Kind.CHAR)),
            // Replaced: Previous Order Token 65/14, BBO Weight Indicator 79/1 (packet-ouch.c: 80).
            ouch('U', "Replaced", 80, ReplacedMessage.class,
                f("timestampNs", 1, 8, Kind.TIMESTAMP8),
                f("replacementOrderToken", 9, 14, Kind.TOKEN),
                f("side", 23, 1, Kind.CHAR),
                f("shares", 24, 4, Kind.INT),
                f("stock", 28, 8, Kind.ALPHA),
                f("price", 36, 4, Kind.PRICE4),
                f("timeInForce", 40, 4, Kind.INT),
                f("firm", 44, 4, Kind.ALPHA),
                f("display", 48, 1, Kind.CHAR),
                f("orderReferenceNumber", 49, 8, Kind.INT),
                f("capacity", 57, 1, Kind.CHAR),
                f("intermarketSweepEligibility", 58, 1, Kind.CHAR),
                f("minimumQuantity", 59, 4, Kind.INT),
                f("crossType", 63, 1, Kind.CHAR),
                f("orderState", 64, 1, Kind.CHAR),
                f("previousOrderToken", 65, 14, Kind.TOKEN),
                f("bboWeightIndicator", 79, 1, Kind.CHAR)),
            ouch('C', "Canceled", 28, CanceledMessage.class,
                f("timestampNs", 1, 8, Kind.TIMESTAMP8),
                f("orderToken", 9, 14, Kind.TOKEN),
                f("decrementShares", 23, 4, Kind.INT),
                f("reason", 27, 1, Kind.CHAR)),
            ouch('E', "Executed", 40, ExecutedMessage.class,
                f("timestampNs", 1, 8, Kind.TIMESTAMP8),
                f("orderToken", 9, 14, Kind.TOKEN),
                f("executedShares", 23, 4, Kind.INT),
                f("executionPrice", 27, 4, Kind.PRICE4),
                f("liquidityFlag", 31, 1, Kind.CHAR),
                f("matchNumber", 32, 8, Kind.INT)),
            ouch('J', "Rejected", 24, RejectedMessage.class,
                f("timestampNs", 1, 8, Kind.TIMESTAMP8),
                f("orderToken", 9, 14, Kind.TOKEN),
                f("reason", 23, 1, Kind.CHAR)));
    }

    static Stream<Spec> allSpecs()
    {
        return Stream.of(itchSpecs(), ouchInboundSpecs(), ouchOutboundSpecs()).flatMap(s -> s);
    }

    // ---------------------------------------------------------------------------------------------
    // Layouts
    // ---------------------------------------------------------------------------------------------

    /** The spec tables themselves: fields in order, contiguous, exactly covering the length. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("allSpecs")
    void specTableTilesTheMessage(final Spec spec)
    {
        int next = 1;
        for (final F field : spec.fields())
        {
            assertEquals(next, field.offset(), spec + ": " + field.name() + " offset");
            next += field.length();
        }
        assertEquals(spec.length(), next, spec + ": fields end at the message length");
    }

    /** Type byte and total length: the flyweight's constants, messageLength() and the decoders. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("allSpecs")
    void typeByteAndLength(final Spec spec) throws Exception
    {
        final Object flyweight = spec.flyweight().getConstructor().newInstance();
        final int lengthFromInstance = (Integer)spec.flyweight().getMethod("messageLength").invoke(flyweight);
        final List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertEquals((byte)spec.type(), staticByte(spec.flyweight(), "MESSAGE_TYPE"), spec + ": MESSAGE_TYPE"));
        checks.add(() -> assertEquals(spec.length(), staticInt(spec.flyweight(), "LENGTH"), spec + ": LENGTH"));
        checks.add(() -> assertEquals(spec.length(), lengthFromInstance, spec + ": messageLength()"));
        if (spec.protocol().startsWith("ITCH"))
        {
            checks.add(() -> assertEquals(spec.length(), ItchDecoder.messageLength((byte)spec.type()), spec + ": ItchDecoder length table"));
        }
        assertAll(spec.toString(), checks.stream());
    }

    /**
     * Every field read through the flyweight's getter from bytes placed at the spec's offset, and
     * every named {@code *_OFFSET} constant equal to the spec's offset.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("allSpecs")
    void gettersReadTheSpecOffsetAndWidth(final Spec spec) throws Exception
    {
        final int base = 5;
        final List<Executable> checks = new ArrayList<>();
        for (final F field : spec.fields())
        {
            checks.add(() ->
            {
                final UnsafeBuffer buffer = new UnsafeBuffer(new byte[base + spec.length() + 8]);
                buffer.setMemory(0, buffer.capacity(), (byte)0xAA);
                buffer.putByte(base, (byte)spec.type());
                final byte[] pattern = pattern(field);
                buffer.putBytes(base + field.offset(), pattern);
                final Object flyweight = wrapForDecode(spec, buffer, base);
                assertEquals(spec.type(), (char)(buffer.getByte(base) & 0xFF));
                if (Kind.TOKEN == field.kind())
                {
                    final UnsafeBuffer copy = new UnsafeBuffer(new byte[field.length()]);
                    spec.flyweight().getMethod("get" + capitalize(field.name()), MutableDirectBuffer.class, int.class)
                        .invoke(flyweight, copy, 0);
                    assertArrayEquals(pattern, copy.byteArray(), spec + ": " + field.name() + " bytes " + field.offset() + "+" + field.length());
                }
                else
                {
                    final Method getter = spec.flyweight().getMethod(field.name());
                    final Object actual = getter.invoke(flyweight);
                    assertEquals(boxed(getter.getReturnType(), bigEndian(pattern)), actual,
                        spec + ": " + field.name() + " at " + field.offset() + "+" + field.length() + " (" + field.kind() + ")");
                }
            });
            checks.add(() ->
            {
                final Integer constant = offsetConstant(spec.flyweight(), field.name());
                if (null != constant)
                {
                    assertEquals(field.offset(), constant.intValue(), spec + ": offset constant of " + field.name());
                }
            });
        }
        assertAll(spec.toString(), checks.stream());
    }

    /**
     * Every setter writes the field's bytes, big-endian, at the spec's offset and nothing else:
     * one byte more or less, or a byte elsewhere, fails.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("allSpecs")
    void settersWriteExactlyTheSpecBytes(final Spec spec) throws Exception
    {
        final int base = 3;
        final List<Executable> checks = new ArrayList<>();
        for (final F field : spec.fields())
        {
            checks.add(() ->
            {
                final UnsafeBuffer buffer = new UnsafeBuffer(new byte[base + spec.length() + 8]);
                final Object flyweight = spec.flyweight().getMethod("wrapForEncode", MutableDirectBuffer.class, int.class)
                    .invoke(spec.flyweight().getConstructor().newInstance(), buffer, base);
                final byte[] pattern = pattern(field);
                if (Kind.TOKEN == field.kind())
                {
                    spec.flyweight().getMethod(field.name(), CharSequence.class)
                        .invoke(flyweight, new String(pattern, StandardCharsets.US_ASCII));
                }
                else
                {
                    final Class<?> type = spec.flyweight().getMethod(field.name()).getReturnType();
                    spec.flyweight().getMethod(field.name(), type).invoke(flyweight, boxed(type, bigEndian(pattern)));
                }
                final byte[] expected = new byte[buffer.capacity()];
                expected[base] = (byte)spec.type();
                System.arraycopy(pattern, 0, expected, base + field.offset(), pattern.length);
                assertArrayEquals(expected, buffer.byteArray(),
                    spec + ": " + field.name() + " must write exactly bytes " + field.offset() + ".." + (field.offset() + field.length() - 1));
            });
        }
        assertAll(spec.toString(), checks.stream());
    }

    /** ITCH timestamps are 6 bytes: a value wider than 48 bits must not spill into the body. */
    @Test
    void itchTimestampIsSixBytesNanosecondsSinceMidnight()
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[SystemEventMessage.LENGTH]);
        final SystemEventMessage message = new SystemEventMessage().wrapForEncode(buffer, 0).timestampNs(-1L).eventCode('O');
        assertEquals("53 0000 0000 FFFFFFFFFFFF 4F".replace(" ", ""), hex(buffer), "[ITCH] Timestamp 5/6, Event Code 11/1");
        assertEquals(0xFFFF_FFFF_FFFFL, message.timestampNs(), "an unsigned 48-bit value");
        // 23:59:59.999999999 fits 48 bits: 86,399,999,999,999 ns.
        message.timestampNs(86_399_999_999_999L);
        assertEquals(86_399_999_999_999L, message.timestampNs());
        assertEquals(5, ItchMessage.TIMESTAMP_OFFSET);
        assertEquals(11, ItchMessage.HEADER_LENGTH);
    }

    /** OUCH 4.2 timestamps are 8 bytes of nanoseconds since midnight. */
    @Test
    void ouchTimestampIsEightBytesNanosecondsSinceMidnight()
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[OuchSystemEventMessage.LENGTH]);
        new OuchSystemEventMessage().wrapForEncode(buffer, 0).timestampNs(34_200_000_000_000L).eventCode('S');
        // 09:30:00 = 34,200,000,000,000 ns = 0x00001F1ACED9F000.
        assertEquals("53 00001F1ACED9F000 53".replace(" ", ""), hex(buffer), "[OUCH] System Event: Timestamp 1/8, Event Code 9/1");
    }

    /** Alpha is left-justified and padded on the right with spaces (ITCH and OUCH Data Types). */
    @Test
    void alphaFieldsAreLeftJustifiedSpacePadded()
    {
        final UnsafeBuffer itch = new UnsafeBuffer(new byte[AddOrderMpidMessage.LENGTH]);
        new AddOrderMpidMessage().wrapForEncode(itch, 0).stock(AsciiFields.pack8("AAPL")).attribution(AsciiFields.pack4("GS"));
        assertEquals("AAPL    ", ascii(itch, AddOrderMpidMessage.STOCK_OFFSET, 8), "[ITCH] Stock 24/8 Alpha");
        assertEquals("GS  ", ascii(itch, AddOrderMpidMessage.ATTRIBUTION_OFFSET, 4), "[ITCH] Attribution 36/4 Alpha");

        final UnsafeBuffer ouch = new UnsafeBuffer(new byte[EnterOrderMessage.LENGTH]);
        new EnterOrderMessage().wrapForEncode(ouch, 0).orderToken("ABC").stock(AsciiFields.pack8("MSFT")).firm(AsciiFields.pack4("X"));
        assertEquals("ABC           ", ascii(ouch, 1, 14), "[OUCH] Order Token 1/14");
        assertEquals("MSFT    ", ascii(ouch, 20, 8), "[OUCH] Stock 20/8 Alpha");
        assertEquals("X   ", ascii(ouch, 36, 4), "[OUCH] Firm 36/4 Alpha");
        new EnterOrderMessage().wrapForEncode(ouch, 0).orderTokenNumber(42);
        assertEquals("42            ", ascii(ouch, 1, 14), "[OUCH] numeric order token, left-justified Alpha");
    }

    /** Prices: Price(4) is unsigned with 4 implied decimals, Price(8) carries 8 implied decimals. */
    @Test
    void pricesAreUnsignedWithImpliedDecimals()
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[AddOrderMessage.LENGTH]);
        final AddOrderMessage add = new AddOrderMessage().wrapForEncode(buffer, 0).price(1_502_500L);
        assertEquals("0016ED24", hex(buffer, AddOrderMessage.PRICE_OFFSET, 4), "[ITCH] $150.25 as Price(4) = 1,502,500");
        add.price(0xFFFF_FFFFL);
        assertEquals(0xFFFF_FFFFL, add.price(), "[ITCH] Price(4) is unsigned: $429,496.7295 reads as such, never negative");

        final UnsafeBuffer mwcb = new UnsafeBuffer(new byte[MwcbDeclineLevelMessage.LENGTH]);
        final MwcbDeclineLevelMessage levels = new MwcbDeclineLevelMessage().wrapForEncode(mwcb, 0).level1(1_234_567_800_000_000L);
        assertEquals("000462D5372B8E00", hex(mwcb, 11, 8), "[ITCH] 4.2.5.1: $12,345,678.00000000 as Price(8)");
        assertEquals(1_234_567_800_000_000L, levels.level1());

        final UnsafeBuffer ouch = new UnsafeBuffer(new byte[EnterOrderMessage.LENGTH]);
        final EnterOrderMessage enter = new EnterOrderMessage().wrapForEncode(ouch, 0).price(0x7FFF_FFFFL).timeInForce(99_998L);
        assertEquals("7FFFFFFF", hex(ouch, 28, 4), "[OUCH] Price(4): the market-order price $214,748.3647");
        assertEquals("0001869E", hex(ouch, 32, 4), "[OUCH] Time In Force 99998 = Market Hours");
        assertEquals(0x7FFF_FFFFL, enter.price());
    }

    // ---------------------------------------------------------------------------------------------
    // Short messages: counted, never read past
    // ---------------------------------------------------------------------------------------------

    /**
     * A message one byte shorter than its spec length, in a buffer that ends right there (Agrona
     * bounds checks would throw on any read past it), is counted as LENGTH_MISMATCH and not
     * dispatched; so is a frame that claims the spec length but runs past the buffer
     * (TRUNCATED_MESSAGE), and a short message inside a BinaryFILE frame.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("itchSpecs")
    void itchDecoderCountsShortMessages(final Spec spec)
    {
        final Counting<ItchListener> listener = Counting.of(ItchListener.class);
        final ItchDecoder decoder = new ItchDecoder(listener.proxy);

        final UnsafeBuffer exact = typed(spec, spec.length());
        assertTrue(decoder.decode(exact, 0, spec.length()), spec + ": spec length dispatches");
        assertEquals(1, listener.calls(), spec + ": one listener call");

        final UnsafeBuffer shortByOne = typed(spec, spec.length() - 1);
        assertFalse(decoder.decode(shortByOne, 0, spec.length() - 1), spec + ": one byte short is rejected");
        assertEquals(1, decoder.errorCounters().count(DecodeError.LENGTH_MISMATCH), spec + ": counted as LENGTH_MISMATCH");

        assertFalse(decoder.decode(shortByOne, 0, spec.length()), spec + ": a frame running past the buffer is rejected");
        assertEquals(1, decoder.errorCounters().count(DecodeError.TRUNCATED_MESSAGE), spec + ": counted as TRUNCATED_MESSAGE");

        final UnsafeBuffer frame = new UnsafeBuffer(new byte[2 + spec.length() - 1]);
        frame.putShort(0, (short)(spec.length() - 1), java.nio.ByteOrder.BIG_ENDIAN);
        frame.putByte(2, (byte)spec.type());
        assertEquals(frame.capacity(), decoder.decodeBinaryFile(frame, 0, frame.capacity()), spec + ": frame consumed");
        assertEquals(2, decoder.errorCounters().count(DecodeError.LENGTH_MISMATCH), spec + ": BinaryFILE path counts it too");

        final UnsafeBuffer longByOne = typed(spec, spec.length() + 1);
        assertFalse(decoder.decode(longByOne, 0, spec.length() + 1), spec + ": one byte long is rejected");
        assertEquals(1, listener.calls(), spec + ": no call for any rejected message");
        assertEquals(1, decoder.messagesDecoded());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ouchInboundSpecs")
    void ouchInboundDecoderCountsShortMessages(final Spec spec)
    {
        final Counting<OuchInboundListener> listener = Counting.of(OuchInboundListener.class);
        final OuchInboundDecoder decoder = new OuchInboundDecoder(listener.proxy);
        checkShortOuch(spec, listener, decoder::decode, decoder.errorCounters());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ouchOutboundSpecs")
    void ouchOutboundDecoderCountsShortMessages(final Spec spec)
    {
        final Counting<OuchOutboundListener> listener = Counting.of(OuchOutboundListener.class);
        final OuchOutboundDecoder decoder = new OuchOutboundDecoder(listener.proxy);
        checkShortOuch(spec, listener, decoder::decode, decoder.errorCounters());
    }

    private interface Decode
    {
        boolean decode(DirectBuffer buffer, int offset, int length);
    }

    private static void checkShortOuch(final Spec spec, final Counting<?> listener, final Decode decoder, final DecodeErrorCounters counters)
    {
        assertTrue(decoder.decode(typed(spec, spec.length()), 0, spec.length()), spec + ": spec length dispatches");
        assertEquals(1, listener.calls());
        final UnsafeBuffer shortByOne = typed(spec, spec.length() - 1);
        assertFalse(decoder.decode(shortByOne, 0, spec.length() - 1), spec + ": one byte short is rejected");
        assertEquals(1, counters.count(DecodeError.LENGTH_MISMATCH), spec + ": counted as LENGTH_MISMATCH");
        assertFalse(decoder.decode(shortByOne, 0, spec.length()), spec + ": a frame running past the buffer is rejected");
        assertEquals(1, counters.count(DecodeError.TRUNCATED_MESSAGE), spec + ": counted as TRUNCATED_MESSAGE");
        assertEquals(1, listener.calls(), spec + ": no call for a rejected message");
    }

    /** SoupBinTCP login packets one byte short of their spec packet length are counted, not read. */
    @ParameterizedTest(name = "type {0}, packet length {1}")
    @CsvSource({"L, 47", "A, 31", "J, 2", "H, 1", "R, 1", "O, 1", "Z, 1"})
    void soupBinTcpDecoderCountsShortFixedPackets(final char type, final int specPacketLength)
    {
        final Counting<SoupBinTcpListener> listener = Counting.of(SoupBinTcpListener.class);
        final SoupBinTcpDecoder decoder = new SoupBinTcpDecoder(listener.proxy);
        if (specPacketLength > 1)
        {
            final int shortLength = specPacketLength - 1;
            final UnsafeBuffer packet = new UnsafeBuffer(new byte[2 + shortLength]);
            packet.setMemory(3, shortLength - 1, (byte)'0');
            packet.putShort(0, (short)shortLength, java.nio.ByteOrder.BIG_ENDIAN);
            packet.putByte(2, (byte)type);
            assertEquals(packet.capacity(), decoder.decode(packet, 0, packet.capacity()));
            assertEquals(1, decoder.errorCounters().count(DecodeError.LENGTH_MISMATCH), "[SOUP] '" + type + "' short by one");
        }
        final UnsafeBuffer longer = new UnsafeBuffer(new byte[2 + specPacketLength + 1]);
        longer.setMemory(3, specPacketLength, (byte)'0');
        longer.putShort(0, (short)(specPacketLength + 1), java.nio.ByteOrder.BIG_ENDIAN);
        longer.putByte(2, (byte)type);
        decoder.decode(longer, 0, longer.capacity());
        assertEquals(0, listener.calls(), "[SOUP] '" + type + "': a packet of the wrong length is never dispatched");
    }

    /** MoldUDP64: a datagram or request shorter than the 20-byte header is dropped and counted. */
    @Test
    void moldUdp64DecoderCountsShortDatagrams()
    {
        final Counting<MoldUdp64Listener> listener = Counting.of(MoldUdp64Listener.class);
        final MoldUdp64Decoder decoder = new MoldUdp64Decoder(listener.proxy);
        final UnsafeBuffer shortHeader = new UnsafeBuffer(new byte[19]);
        assertEquals(0, decoder.decode(shortHeader, 0, 19));
        assertEquals(1, decoder.errorCounters().count(DecodeError.TRUNCATED_PACKET), "[MOLD] 19-byte datagram");
        assertFalse(decoder.decodeRequest(shortHeader, 0, 19, new MoldUdp64Header()));
        assertEquals(2, decoder.errorCounters().count(DecodeError.TRUNCATED_PACKET), "[MOLD] 19-byte request");

        // Count 1, message block claims 36 bytes but the datagram holds 35 of them.
        final UnsafeBuffer overrun = new UnsafeBuffer(new byte[20 + 2 + 35]);
        overrun.putLong(10, 1L, java.nio.ByteOrder.BIG_ENDIAN);
        overrun.putShort(18, (short)1, java.nio.ByteOrder.BIG_ENDIAN);
        overrun.putShort(20, (short)36, java.nio.ByteOrder.BIG_ENDIAN);
        assertEquals(0, decoder.decode(overrun, 0, overrun.capacity()));
        assertEquals(1, decoder.errorCounters().count(DecodeError.COUNT_OVERRUN), "[MOLD] message block past the datagram");
        assertEquals(0, listener.calls(), "[MOLD] nothing delivered from a short datagram");
    }

    // ---------------------------------------------------------------------------------------------
    // MoldUDP64 and SoupBinTCP layouts
    // ---------------------------------------------------------------------------------------------

    /** [MOLD] Downstream header: Session 0/10 Alpha, Sequence Number 10/8, Message Count 18/2. */
    @Test
    void moldUdp64HeaderLayout()
    {
        assertAll("[MOLD] descriptor",
            () -> assertEquals(0, MoldUdp64Descriptor.SESSION_OFFSET),
            () -> assertEquals(10, MoldUdp64Descriptor.SESSION_LENGTH),
            () -> assertEquals(10, MoldUdp64Descriptor.SEQUENCE_NUMBER_OFFSET),
            () -> assertEquals(18, MoldUdp64Descriptor.MESSAGE_COUNT_OFFSET),
            () -> assertEquals(20, MoldUdp64Descriptor.HEADER_LENGTH),
            () -> assertEquals(20, MoldUdp64Descriptor.REQUEST_LENGTH),
            () -> assertEquals(2, MoldUdp64Descriptor.MESSAGE_LENGTH_SIZE),
            () -> assertEquals(0, MoldUdp64Descriptor.HEARTBEAT_COUNT),
            () -> assertEquals(0xFFFF, MoldUdp64Descriptor.END_OF_SESSION_COUNT));

        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[20]);
        new MoldUdp64Header().wrapForEncode(buffer, 0).session("SESS1").sequenceNumber(0x0102030405060708L).messageCount(0xFFFF);
        assertEquals(hexOf("SESS1     ") + "0102030405060708" + "FFFF", hex(buffer), "[MOLD] session left-justified, big-endian integers");
        final MoldUdp64Header header = new MoldUdp64Header().wrap(buffer, 0);
        assertEquals(0x0102030405060708L, header.sequenceNumber());
        assertEquals(0xFFFF, header.messageCount());
    }

    /** [SOUP] Packet framing and the fixed-layout packets' offsets (from the packet start). */
    @Test
    void soupBinTcpDescriptorLayout()
    {
        assertAll("[SOUP] descriptor",
            () -> assertEquals(0, SoupBinTcpDescriptor.PACKET_LENGTH_OFFSET),
            () -> assertEquals(2, SoupBinTcpDescriptor.PACKET_LENGTH_SIZE),
            () -> assertEquals(2, SoupBinTcpDescriptor.PACKET_TYPE_OFFSET),
            () -> assertEquals(3, SoupBinTcpDescriptor.PAYLOAD_OFFSET),
            () -> assertEquals((byte)'L', SoupBinTcpDescriptor.LOGIN_REQUEST),
            () -> assertEquals((byte)'A', SoupBinTcpDescriptor.LOGIN_ACCEPTED),
            () -> assertEquals((byte)'J', SoupBinTcpDescriptor.LOGIN_REJECTED),
            () -> assertEquals((byte)'S', SoupBinTcpDescriptor.SEQUENCED_DATA),
            () -> assertEquals((byte)'U', SoupBinTcpDescriptor.UNSEQUENCED_DATA),
            () -> assertEquals((byte)'H', SoupBinTcpDescriptor.SERVER_HEARTBEAT),
            () -> assertEquals((byte)'R', SoupBinTcpDescriptor.CLIENT_HEARTBEAT),
            () -> assertEquals((byte)'O', SoupBinTcpDescriptor.LOGOUT_REQUEST),
            () -> assertEquals((byte)'Z', SoupBinTcpDescriptor.END_OF_SESSION),
            () -> assertEquals((byte)'+', SoupBinTcpDescriptor.DEBUG),
            // Login Request: Username 6 Alpha, Password 10 Alpha, Requested Session 10 Alpha,
            // Requested Sequence Number 20 Numeric; packet length 1 + 46 = 47.
            () -> assertEquals(3, SoupBinTcpDescriptor.USERNAME_OFFSET),
            () -> assertEquals(6, SoupBinTcpDescriptor.USERNAME_LENGTH),
            () -> assertEquals(9, SoupBinTcpDescriptor.PASSWORD_OFFSET),
            () -> assertEquals(10, SoupBinTcpDescriptor.PASSWORD_LENGTH),
            () -> assertEquals(19, SoupBinTcpDescriptor.REQUESTED_SESSION_OFFSET),
            () -> assertEquals(29, SoupBinTcpDescriptor.REQUESTED_SEQUENCE_NUMBER_OFFSET),
            () -> assertEquals(47, SoupBinTcpDescriptor.LOGIN_REQUEST_PACKET_LENGTH),
            // Login Accepted: Session 10 Alpha, Sequence Number 20 Numeric; 1 + 30 = 31.
            () -> assertEquals(3, SoupBinTcpDescriptor.ACCEPTED_SESSION_OFFSET),
            () -> assertEquals(13, SoupBinTcpDescriptor.ACCEPTED_SEQUENCE_NUMBER_OFFSET),
            () -> assertEquals(31, SoupBinTcpDescriptor.LOGIN_ACCEPTED_PACKET_LENGTH),
            // Login Rejected: Reject Reason Code 1 ('A' not authorized, 'S' session not available).
            () -> assertEquals(3, SoupBinTcpDescriptor.REJECT_REASON_OFFSET),
            () -> assertEquals(2, SoupBinTcpDescriptor.LOGIN_REJECTED_PACKET_LENGTH),
            () -> assertEquals(10, SoupBinTcpDescriptor.SESSION_LENGTH),
            () -> assertEquals(20, SoupBinTcpDescriptor.SEQUENCE_NUMBER_LENGTH));
    }

    /** [SOUP] Login Request: Alpha fields left-justified, the Numeric sequence number left padded with spaces. */
    @Test
    void soupBinTcpLoginRequestLayout()
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[49]);
        assertEquals(49, SoupBinTcpEncoder.loginRequest(buffer, 0, "USER", "PASS", "", 1));
        assertEquals("002F4C", hex(buffer, 0, 3), "[SOUP] packet length 47, type 'L'");
        assertEquals("USER  ", ascii(buffer, 3, 6));
        assertEquals("PASS      ", ascii(buffer, 9, 10));
        assertEquals("          ", ascii(buffer, 19, 10), "[SOUP] blank requested session: the current session");
        assertEquals("                   1", ascii(buffer, 29, 20), "[SOUP] Requested Sequence Number: left padded with spaces");
    }

    /** [SOUP] Login Accepted Sequence Number 13/20 Numeric: "Left padded with spaces". */
    @Test
    void soupBinTcpLoginAcceptedSequenceNumberIsLeftPaddedWithSpaces()
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[33]);
        assertEquals(33, SoupBinTcpEncoder.loginAccepted(buffer, 0, "SESSION001", 42));
        assertEquals("001F41", hex(buffer, 0, 3), "[SOUP] packet length 31, type 'A'");
        assertEquals("SESSION001", ascii(buffer, 3, 10));
        assertEquals("                  42", ascii(buffer, 13, 20));
    }

    /**
     * [SOUP] SoupBinTCP 3.00, Login Accepted Packet, Session (offset 3, 10 bytes,
     * Alpha): "The session ID of the session that is now logged into. Left padded with spaces."
     * (field note quoted verbatim by the Open-Markets-Initiative Kaitai SoupBinTCP definitions;
     * nassau's {@code LoginAccepted.setSession} follows it with {@code ASCII.putRight}). Ours
     * ({@code SoupBinTcpEncoder.loginAccepted}, via {@code AsciiFields.putAlpha}) writes a short
     * session left-justified, padded on the right. Full-width sessions are unaffected.
     */
    @Test
    void soupBinTcpLoginAcceptedSessionIsLeftPaddedWithSpaces()
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[33]);
        SoupBinTcpEncoder.loginAccepted(buffer, 0, "ABC", 42);
        assertEquals("       ABC", ascii(buffer, SoupBinTcpDescriptor.ACCEPTED_SESSION_OFFSET, 10),
            "[SOUP] Login Accepted Session: spec 'Left padded with spaces'; ours pads on the right");
    }

    // ---------------------------------------------------------------------------------------------
    // OUCH 4.2 types beyond the order lifecycle basics (accepted once as unknown; session 8)
    // ---------------------------------------------------------------------------------------------

    /**
     * OUCH 4.2 outbound types that a NASDAQ session sends and our
     * {@link OuchOutboundDecoder} rejects as UNKNOWN_MESSAGE_TYPE. Lengths: [OUCH] and
     * packet-ouch.c's heuristic (D 37, B 32, P 23, I 23); Order Priority Update 'T' 36 (8 + 14 + 4
     * + 1 + 8 + type) and Order Modified 'M' 28 (8 + 14 + 1 + 4 + type) from the
     * Open-Markets-Initiative OUCH 4.2 structs/Kaitai tables.
     */
    @ParameterizedTest(name = "OUCH 4.2 outbound ''{0}'' {1} ({2} bytes)")
    @CsvSource({
        "D, AIQ Canceled, 37",
        "B, Broken Trade, 32",
        "P, Cancel Pending, 23",
        "I, Cancel Reject, 23",
        "T, Order Priority Update, 36",
        "M, Order Modified, 28",
    })
    void ouchOutboundDecoderAcceptsEverySpecType(final char type, final String title, final int length)
    {
        final OuchOutboundDecoder decoder = new OuchOutboundDecoder(new OuchOutboundListener() { });
        final UnsafeBuffer message = new UnsafeBuffer(new byte[length]);
        message.putByte(0, (byte)type);
        decoder.decode(message, 0, length);
        assertEquals(0, decoder.errorCounters().count(DecodeError.UNKNOWN_MESSAGE_TYPE),
            "[OUCH] " + title + " '" + type + "' (" + length + " bytes) is a spec outbound message; ours counts it as UNKNOWN_MESSAGE_TYPE");
        assertEquals(1, decoder.messagesDecoded(), "[OUCH] " + title + " dispatched");
    }

    /**
     * OUCH 4.2 inbound Modify Order 'M' (Order Token 1/14, Buy/Sell
     * Indicator 15/1, Shares 16/4; 20 bytes; packet-ouch.c "Modify Order (from 4.2 onwards)") is
     * rejected by our {@link OuchInboundDecoder} as UNKNOWN_MESSAGE_TYPE.
     */
    @Test
    void ouchInboundDecoderAcceptsModifyOrder()
    {
        final OuchInboundDecoder decoder = new OuchInboundDecoder(new OuchInboundListener() { });
        final UnsafeBuffer message = new UnsafeBuffer(new byte[20]);
        message.putByte(0, (byte)'M');
        decoder.decode(message, 0, 20);
        assertEquals(0, decoder.errorCounters().count(DecodeError.UNKNOWN_MESSAGE_TYPE),
            "[OUCH] Modify Order 'M' (20 bytes) is a spec inbound message; ours counts it as UNKNOWN_MESSAGE_TYPE");
        assertEquals(1, decoder.messagesDecoded());
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers
    // ---------------------------------------------------------------------------------------------

    /** Distinct bytes for a field: high bits set for integers (to catch sign errors), ASCII otherwise. */
    private static byte[] pattern(final F field)
    {
        final byte[] bytes = new byte[field.length()];
        for (int i = 0; i < bytes.length; i++)
        {
            switch (field.kind())
            {
                case ALPHA:
                case TOKEN:
                    bytes[i] = (byte)('A' + (field.offset() + i) % 26);
                    break;
                case CHAR:
                    bytes[i] = (byte)('a' + field.offset() % 26);
                    break;
                default:
                    bytes[i] = (byte)(0x81 + 0x11 * i + field.offset());
                    break;
            }
        }
        return bytes;
    }

    private static long bigEndian(final byte[] bytes)
    {
        long value = 0;
        for (final byte b : bytes)
        {
            value = (value << 8) | (b & 0xFF);
        }
        return value;
    }

    private static Object boxed(final Class<?> type, final long value)
    {
        if (long.class == type)
        {
            return value;
        }
        if (int.class == type)
        {
            return (int)value;
        }
        if (char.class == type)
        {
            return (char)value;
        }
        return fail("unexpected field type " + type);
    }

    private static Object wrapForDecode(final Spec spec, final DirectBuffer buffer, final int offset) throws Exception
    {
        return spec.flyweight().getMethod("wrap", DirectBuffer.class, int.class)
            .invoke(spec.flyweight().getConstructor().newInstance(), buffer, offset);
    }

    private static byte staticByte(final Class<?> type, final String name) throws Exception
    {
        return type.getField(name).getByte(null);
    }

    private static int staticInt(final Class<?> type, final String name) throws Exception
    {
        return type.getField(name).getInt(null);
    }

    /** The flyweight's {@code NAME_OFFSET} constant for a field, if it has one under either spelling. */
    private static Integer offsetConstant(final Class<?> type, final String fieldName) throws Exception
    {
        final String snake = fieldName.replaceAll("([a-z])([A-Z0-9])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
        for (final String candidate : new String[] {snake + "_OFFSET", snake.replace("_NS", "") + "_OFFSET"})
        {
            for (Class<?> c = type; null != c; c = c.getSuperclass())
            {
                try
                {
                    final Field constant = c.getField(candidate);
                    return constant.getInt(null);
                }
                catch (final NoSuchFieldException ignored)
                {
                    // try the next spelling
                }
            }
        }
        return null;
    }

    private static UnsafeBuffer typed(final Spec spec, final int capacity)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[capacity]);
        buffer.putByte(0, (byte)spec.type());
        return buffer;
    }

    private static String capitalize(final String name)
    {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String ascii(final DirectBuffer buffer, final int offset, final int length)
    {
        return buffer.getStringWithoutLengthAscii(offset, length);
    }

    private static String hex(final DirectBuffer buffer)
    {
        return hex(buffer, 0, buffer.capacity());
    }

    private static String hex(final DirectBuffer buffer, final int offset, final int length)
    {
        final StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++)
        {
            sb.append(String.format("%02X", buffer.getByte(offset + i) & 0xFF));
        }
        return sb.toString();
    }

    private static String hexOf(final String ascii)
    {
        final StringBuilder sb = new StringBuilder();
        for (final byte b : ascii.getBytes(StandardCharsets.US_ASCII))
        {
            sb.append(String.format("%02X", b & 0xFF));
        }
        return sb.toString();
    }

    /** A listener proxy that counts every call, default methods included. */
    private static final class Counting<T>
    {
        final T proxy;
        final Map<String, Integer> byMethod = new HashMap<>();

        private Counting(final Class<T> type)
        {
            proxy = type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) ->
            {
                switch (method.getName())
                {
                    case "hashCode":
                        return System.identityHashCode(self);
                    case "equals":
                        return self == args[0];
                    case "toString":
                        return "Counting(" + type.getSimpleName() + ")";
                    default:
                        byMethod.merge(method.getName(), 1, Integer::sum);
                        return null;
                }
            }));
        }

        static <T> Counting<T> of(final Class<T> type)
        {
            return new Counting<>(type);
        }

        int calls()
        {
            return byMethod.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
