package io.hftengine.protocol.itch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hftengine.protocol.Hex;
import io.hftengine.protocol.internal.AsciiFields;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * One hand-assembled message per ITCH 5.0 type, field by field from the specification's tables
 * (big-endian integers, space-padded Alpha), and the text every field must decode to.
 *
 * <p>Common header in every vector: stock locate 1, tracking number 2, timestamp 34,200 s after
 * midnight (09:30:00) = 0x1F1ACED9F000 ns. Stock "AAPL    ", price 150.25 = 1502500 = 0x0016ED24.
 */
class ItchGoldenVectorsTest
{
    private static final String HDR = "0001 0002 1F1ACED9F000";
    private static final String H = "stockLocate=1, trackingNumber=2, timestampNs=34200000000000";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "onSystemEvent | 12 | 53 HDR 4F | S{H, eventCode=O}",
        "onStockDirectory | 39 | 52 HDR 4141504C20202020 51 4E 00000064 4E 43 5A20 50 4E 4E 31 4E 00000000 4E | " +
            "R{H, stock=AAPL, marketCategory=Q, financialStatusIndicator=N, roundLotSize=100, roundLotsOnly=N, " +
            "issueClassification=C, issueSubType=Z, authenticity=P, shortSaleThresholdIndicator=N, ipoFlag=N, " +
            "luldReferencePriceTier=1, etpFlag=N, etpLeverageFactor=0, inverseIndicator=N}",
        "onStockTradingAction | 25 | 48 HDR 4141504C20202020 54 20 4C554C44 | " +
            "H{H, stock=AAPL, tradingState=T, reserved= , reason=LULD}",
        "onRegShoRestriction | 20 | 59 HDR 4141504C20202020 30 | Y{H, stock=AAPL, regShoAction=0}",
        "onMarketParticipantPosition | 26 | 4C HDR 4753434F 4141504C20202020 59 4E 41 | " +
            "L{H, mpid=GSCO, stock=AAPL, primaryMarketMaker=Y, marketMakerMode=N, marketParticipantState=A}",
        "onMwcbDeclineLevel | 35 | 56 HDR 000000012A05F200 00000000075BCD15 000000009502F900 | " +
            "V{H, level1=5000000000, level2=123456789, level3=2500000000}",
        "onMwcbStatus | 12 | 57 HDR 31 | W{H, breachedLevel=1}",
        "onIpoQuotingPeriodUpdate | 28 | 4B HDR 4141504C20202020 0000868C 41 0016ED24 | " +
            "K{H, stock=AAPL, ipoQuotationReleaseTime=34444, ipoQuotationReleaseQualifier=A, ipoPrice=1502500}",
        "onLuldAuctionCollar | 35 | 4A HDR 4141504C20202020 0016ED24 0018ED24 0014ED24 00000002 | " +
            "J{H, stock=AAPL, auctionCollarReferencePrice=1502500, upperAuctionCollarPrice=1633572, " +
            "lowerAuctionCollarPrice=1371428, auctionCollarExtension=2}",
        "onOperationalHalt | 21 | 68 HDR 4141504C20202020 51 48 | h{H, stock=AAPL, marketCode=Q, operationalHaltAction=H}",
        "onAddOrder | 36 | 41 HDR 00000000075BCD15 42 00000064 4141504C20202020 0016ED24 | " +
            "A{H, orderReferenceNumber=123456789, side=B, shares=100, stock=AAPL, price=1502500}",
        "onAddOrderMpid | 40 | 46 HDR 00000000075BCD15 53 00000064 4141504C20202020 0016ED24 4753434F | " +
            "F{H, orderReferenceNumber=123456789, side=S, shares=100, stock=AAPL, price=1502500, attribution=GSCO}",
        "onOrderExecuted | 31 | 45 HDR 00000000075BCD15 00000032 000000000000D431 | " +
            "E{H, orderReferenceNumber=123456789, executedShares=50, matchNumber=54321}",
        "onOrderExecutedWithPrice | 36 | 43 HDR 00000000075BCD15 00000032 000000000000D431 59 0016ED24 | " +
            "C{H, orderReferenceNumber=123456789, executedShares=50, matchNumber=54321, printable=Y, executionPrice=1502500}",
        "onOrderCancel | 23 | 58 HDR 00000000075BCD15 00000019 | X{H, orderReferenceNumber=123456789, canceledShares=25}",
        "onOrderDelete | 19 | 44 HDR 00000000075BCD15 | D{H, orderReferenceNumber=123456789}",
        "onOrderReplace | 35 | 55 HDR 00000000075BCD15 00000000075BCD16 000000C8 0016ED24 | " +
            "U{H, originalOrderReferenceNumber=123456789, newOrderReferenceNumber=123456790, shares=200, price=1502500}",
        "onTrade | 44 | 50 HDR 0000000000000000 42 00000064 4141504C20202020 0016ED24 000000000000D431 | " +
            "P{H, orderReferenceNumber=0, side=B, shares=100, stock=AAPL, price=1502500, matchNumber=54321}",
        "onCrossTrade | 40 | 51 HDR 00000000000F4240 4141504C20202020 0016ED24 000000000000D431 4F | " +
            "Q{H, shares=1000000, stock=AAPL, crossPrice=1502500, matchNumber=54321, crossType=O}",
        "onBrokenTrade | 19 | 42 HDR 000000000000D431 | B{H, matchNumber=54321}",
        "onNoii | 50 | 49 HDR 00000000000003E8 00000000000001F4 42 4141504C20202020 0016ED24 0016ED24 0016ED24 4F 4C | " +
            "I{H, pairedShares=1000, imbalanceShares=500, imbalanceDirection=B, stock=AAPL, farPrice=1502500, " +
            "nearPrice=1502500, currentReferencePrice=1502500, crossType=O, priceVariationIndicator=L}",
        "onRetailInterest | 20 | 4E HDR 4141504C20202020 41 | N{H, stock=AAPL, interestFlag=A}",
        "onDirectListingPriceDiscovery | 48 | 4F HDR 4141504C20202020 59 0016ED24 0018ED24 0016ED24 00001F1ACED9F000 0014ED24 0018ED24 | " +
            "O{H, stock=AAPL, openEligibilityStatus=Y, minimumAllowablePrice=1502500, maximumAllowablePrice=1633572, " +
            "nearExecutionPrice=1502500, nearExecutionTime=34200000000000, lowerPriceRangeCollar=1371428, " +
            "upperPriceRangeCollar=1633572}",
    })
    void decodesEveryFieldOfTheHandAssembledVector(
        final String method, final int specLength, final String hex, final String expected)
    {
        final UnsafeBuffer buffer = Hex.buffer(hex.replace("HDR", HDR));
        assertEquals(specLength, buffer.capacity(), "vector length");
        final CapturingItchListener listener = new CapturingItchListener();
        final ItchDecoder decoder = new ItchDecoder(listener);

        assertTrue(decoder.decode(buffer, 0, buffer.capacity()));
        assertEquals(method, listener.lastMethod);
        final ItchMessage message = (ItchMessage)listener.last;
        assertEquals(specLength, message.messageLength());
        assertEquals(expected.replace("{H", "{" + H), message.appendTo(new StringBuilder()).toString());
        assertEquals(0, decoder.errorCounters().total());
    }

    @Test
    void encodesAddOrderToTheGoldenBytes()
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[AddOrderMessage.LENGTH]);
        new AddOrderMessage().wrapForEncode(buffer, 0)
            .stockLocate(1).trackingNumber(2).timestampNs(34_200_000_000_000L)
            .orderReferenceNumber(123_456_789L).side('B').shares(100).stock(AsciiFields.pack8("AAPL")).price(1_502_500L);
        assertArrayEquals(
            Hex.bytes("41 " + HDR + " 00000000075BCD15 42 00000064 4141504C20202020 0016ED24"), buffer.byteArray());
    }

    @Test
    void encodesSystemEventToTheGoldenBytes()
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[SystemEventMessage.LENGTH]);
        new SystemEventMessage().wrapForEncode(buffer, 0)
            .stockLocate(1).trackingNumber(2).timestampNs(34_200_000_000_000L).eventCode('O');
        assertArrayEquals(Hex.bytes("53 " + HDR + " 4F"), buffer.byteArray());
    }

    @Test
    void readsUnsignedFieldsAtTheirMaximum()
    {
        final UnsafeBuffer buffer = Hex.buffer("41 FFFF FFFF FFFFFFFFFFFF FFFFFFFFFFFFFFFF 42 FFFFFFFF 4141504C20202020 FFFFFFFF");
        final AddOrderMessage add = new AddOrderMessage().wrap(buffer, 0);
        assertEquals(65_535, add.stockLocate());
        assertEquals(65_535, add.trackingNumber());
        assertEquals(0xFFFF_FFFF_FFFFL, add.timestampNs());
        assertEquals(-1L, add.orderReferenceNumber());
        assertEquals(4_294_967_295L, add.shares());
        assertEquals(4_294_967_295L, add.price());
    }
}
