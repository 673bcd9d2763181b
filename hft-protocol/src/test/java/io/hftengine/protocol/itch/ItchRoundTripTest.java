package io.hftengine.protocol.itch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Encode with the fluent setters, decode through the decoder, read back the same fields: one
 * property per message type. The message is written at an odd offset, and the bytes around it
 * must stay untouched.
 */
class ItchRoundTripTest
{
    private static final int OFFSET = 3;
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[128]);

    @Property(tries = 200)
    void systemEventRoundTrips(
        @ForAll @IntRange(min = 0, max = 65535) int stockLocate,
        @ForAll @IntRange(min = 0, max = 65535) int trackingNumber,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFF_FFFFL) long timestampNs,
        @ForAll @CharRange(from = ' ', to = '~') char eventCode)
    {
        buffer.setMemory(0, buffer.capacity(), (byte)0x5A);
        new SystemEventMessage().wrapForEncode(buffer, OFFSET)
            .stockLocate(stockLocate)
            .trackingNumber(trackingNumber)
            .timestampNs(timestampNs)
            .eventCode(eventCode);
        final CapturingItchListener listener = new CapturingItchListener();
        final ItchDecoder decoder = new ItchDecoder(listener);
        assertTrue(decoder.decode(buffer, OFFSET, SystemEventMessage.LENGTH));
        assertEquals("onSystemEvent", listener.lastMethod);
        assertEquals(1, listener.calls);
        final SystemEventMessage decoded = (SystemEventMessage)listener.last;
        assertEquals('S', decoded.messageType());
        assertEquals(stockLocate, decoded.stockLocate(), "stockLocate");
        assertEquals(trackingNumber, decoded.trackingNumber(), "trackingNumber");
        assertEquals(timestampNs, decoded.timestampNs(), "timestampNs");
        assertEquals(eventCode, decoded.eventCode(), "eventCode");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET + SystemEventMessage.LENGTH), "wrote past the message");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET - 1), "wrote before the message");
    }

    @Property(tries = 200)
    void stockDirectoryRoundTrips(
        @ForAll @IntRange(min = 0, max = 65535) int stockLocate,
        @ForAll @IntRange(min = 0, max = 65535) int trackingNumber,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFF_FFFFL) long timestampNs,
        @ForAll long stock,
        @ForAll @CharRange(from = ' ', to = '~') char marketCategory,
        @ForAll @CharRange(from = ' ', to = '~') char financialStatusIndicator,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long roundLotSize,
        @ForAll @CharRange(from = ' ', to = '~') char roundLotsOnly,
        @ForAll @CharRange(from = ' ', to = '~') char issueClassification,
        @ForAll @IntRange(min = 0, max = 65535) int issueSubType,
        @ForAll @CharRange(from = ' ', to = '~') char authenticity,
        @ForAll @CharRange(from = ' ', to = '~') char shortSaleThresholdIndicator,
        @ForAll @CharRange(from = ' ', to = '~') char ipoFlag,
        @ForAll @CharRange(from = ' ', to = '~') char luldReferencePriceTier,
        @ForAll @CharRange(from = ' ', to = '~') char etpFlag,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long etpLeverageFactor,
        @ForAll @CharRange(from = ' ', to = '~') char inverseIndicator)
    {
        buffer.setMemory(0, buffer.capacity(), (byte)0x5A);
        new StockDirectoryMessage().wrapForEncode(buffer, OFFSET)
            .stockLocate(stockLocate)
            .trackingNumber(trackingNumber)
            .timestampNs(timestampNs)
            .stock(stock)
            .marketCategory(marketCategory)
            .financialStatusIndicator(financialStatusIndicator)
            .roundLotSize(roundLotSize)
            .roundLotsOnly(roundLotsOnly)
            .issueClassification(issueClassification)
            .issueSubType(issueSubType)
            .authenticity(authenticity)
            .shortSaleThresholdIndicator(shortSaleThresholdIndicator)
            .ipoFlag(ipoFlag)
            .luldReferencePriceTier(luldReferencePriceTier)
            .etpFlag(etpFlag)
            .etpLeverageFactor(etpLeverageFactor)
            .inverseIndicator(inverseIndicator);
        final CapturingItchListener listener = new CapturingItchListener();
        final ItchDecoder decoder = new ItchDecoder(listener);
        assertTrue(decoder.decode(buffer, OFFSET, StockDirectoryMessage.LENGTH));
        assertEquals("onStockDirectory", listener.lastMethod);
        assertEquals(1, listener.calls);
        final StockDirectoryMessage decoded = (StockDirectoryMessage)listener.last;
        assertEquals('R', decoded.messageType());
        assertEquals(stockLocate, decoded.stockLocate(), "stockLocate");
        assertEquals(trackingNumber, decoded.trackingNumber(), "trackingNumber");
        assertEquals(timestampNs, decoded.timestampNs(), "timestampNs");
        assertEquals(stock, decoded.stock(), "stock");
        assertEquals(marketCategory, decoded.marketCategory(), "marketCategory");
        assertEquals(financialStatusIndicator, decoded.financialStatusIndicator(), "financialStatusIndicator");
        assertEquals(roundLotSize, decoded.roundLotSize(), "roundLotSize");
        assertEquals(roundLotsOnly, decoded.roundLotsOnly(), "roundLotsOnly");
        assertEquals(issueClassification, decoded.issueClassification(), "issueClassification");
        assertEquals(issueSubType, decoded.issueSubType(), "issueSubType");
        assertEquals(authenticity, decoded.authenticity(), "authenticity");
        assertEquals(shortSaleThresholdIndicator, decoded.shortSaleThresholdIndicator(), "shortSaleThresholdIndicator");
        assertEquals(ipoFlag, decoded.ipoFlag(), "ipoFlag");
        assertEquals(luldReferencePriceTier, decoded.luldReferencePriceTier(), "luldReferencePriceTier");
        assertEquals(etpFlag, decoded.etpFlag(), "etpFlag");
        assertEquals(etpLeverageFactor, decoded.etpLeverageFactor(), "etpLeverageFactor");
        assertEquals(inverseIndicator, decoded.inverseIndicator(), "inverseIndicator");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET + StockDirectoryMessage.LENGTH), "wrote past the message");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET - 1), "wrote before the message");
    }

    @Property(tries = 200)
    void stockTradingActionRoundTrips(
        @ForAll @IntRange(min = 0, max = 65535) int stockLocate,
        @ForAll @IntRange(min = 0, max = 65535) int trackingNumber,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFF_FFFFL) long timestampNs,
        @ForAll long stock,
        @ForAll @CharRange(from = ' ', to = '~') char tradingState,
        @ForAll @CharRange(from = ' ', to = '~') char reserved,
        @ForAll int reason)
    {
        buffer.setMemory(0, buffer.capacity(), (byte)0x5A);
        new StockTradingActionMessage().wrapForEncode(buffer, OFFSET)
            .stockLocate(stockLocate)
            .trackingNumber(trackingNumber)
            .timestampNs(timestampNs)
            .stock(stock)
            .tradingState(tradingState)
            .reserved(reserved)
            .reason(reason);
        final CapturingItchListener listener = new CapturingItchListener();
        final ItchDecoder decoder = new ItchDecoder(listener);
        assertTrue(decoder.decode(buffer, OFFSET, StockTradingActionMessage.LENGTH));
        assertEquals("onStockTradingAction", listener.lastMethod);
        assertEquals(1, listener.calls);
        final StockTradingActionMessage decoded = (StockTradingActionMessage)listener.last;
        assertEquals('H', decoded.messageType());
        assertEquals(stockLocate, decoded.stockLocate(), "stockLocate");
        assertEquals(trackingNumber, decoded.trackingNumber(), "trackingNumber");
        assertEquals(timestampNs, decoded.timestampNs(), "timestampNs");
        assertEquals(stock, decoded.stock(), "stock");
        assertEquals(tradingState, decoded.tradingState(), "tradingState");
        assertEquals(reserved, decoded.reserved(), "reserved");
        assertEquals(reason, decoded.reason(), "reason");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET + StockTradingActionMessage.LENGTH), "wrote past the message");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET - 1), "wrote before the message");
    }

    @Property(tries = 200)
    void regShoRestrictionRoundTrips(
        @ForAll @IntRange(min = 0, max = 65535) int stockLocate,
        @ForAll @IntRange(min = 0, max = 65535) int trackingNumber,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFF_FFFFL) long timestampNs,
        @ForAll long stock,
        @ForAll @CharRange(from = ' ', to = '~') char regShoAction)
    {
        buffer.setMemory(0, buffer.capacity(), (byte)0x5A);
        new RegShoRestrictionMessage().wrapForEncode(buffer, OFFSET)
            .stockLocate(stockLocate)
            .trackingNumber(trackingNumber)
            .timestampNs(timestampNs)
            .stock(stock)
            .regShoAction(regShoAction);
        final CapturingItchListener listener = new CapturingItchListener();
        final ItchDecoder decoder = new ItchDecoder(listener);
        assertTrue(decoder.decode(buffer, OFFSET, RegShoRestrictionMessage.LENGTH));
        assertEquals("onRegShoRestriction", listener.lastMethod);
        assertEquals(1, listener.calls);
        final RegShoRestrictionMessage decoded = (RegShoRestrictionMessage)listener.last;
        assertEquals('Y', decoded.messageType());
        assertEquals(stockLocate, decoded.stockLocate(), "stockLocate");
        assertEquals(trackingNumber, decoded.trackingNumber(), "trackingNumber");
        assertEquals(timestampNs, decoded.timestampNs(), "timestampNs");
        assertEquals(stock, decoded.stock(), "stock");
        assertEquals(regShoAction, decoded.regShoAction(), "regShoAction");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET + RegShoRestrictionMessage.LENGTH), "wrote past the message");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET - 1), "wrote before the message");
    }

    @Property(tries = 200)
    void marketParticipantPositionRoundTrips(
        @ForAll @IntRange(min = 0, max = 65535) int stockLocate,
        @ForAll @IntRange(min = 0, max = 65535) int trackingNumber,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFF_FFFFL) long timestampNs,
        @ForAll int mpid,
        @ForAll long stock,
        @ForAll @CharRange(from = ' ', to = '~') char primaryMarketMaker,
        @ForAll @CharRange(from = ' ', to = '~') char marketMakerMode,
        @ForAll @CharRange(from = ' ', to = '~') char marketParticipantState)
    {
        buffer.setMemory(0, buffer.capacity(), (byte)0x5A);
        new MarketParticipantPositionMessage().wrapForEncode(buffer, OFFSET)
            .stockLocate(stockLocate)
            .trackingNumber(trackingNumber)
            .timestampNs(timestampNs)
            .mpid(mpid)
            .stock(stock)
            .primaryMarketMaker(primaryMarketMaker)
            .marketMakerMode(marketMakerMode)
            .marketParticipantState(marketParticipantState);
        final CapturingItchListener listener = new CapturingItchListener();
        final ItchDecoder decoder = new ItchDecoder(listener);
        assertTrue(decoder.decode(buffer, OFFSET, MarketParticipantPositionMessage.LENGTH));
        assertEquals("onMarketParticipantPosition", listener.lastMethod);
        assertEquals(1, listener.calls);
        final MarketParticipantPositionMessage decoded = (MarketParticipantPositionMessage)listener.last;
        assertEquals('L', decoded.messageType());
        assertEquals(stockLocate, decoded.stockLocate(), "stockLocate");
        assertEquals(trackingNumber, decoded.trackingNumber(), "trackingNumber");
        assertEquals(timestampNs, decoded.timestampNs(), "timestampNs");
        assertEquals(mpid, decoded.mpid(), "mpid");
        assertEquals(stock, decoded.stock(), "stock");
        assertEquals(primaryMarketMaker, decoded.primaryMarketMaker(), "primaryMarketMaker");
        assertEquals(marketMakerMode, decoded.marketMakerMode(), "marketMakerMode");
        assertEquals(marketParticipantState, decoded.marketParticipantState(), "marketParticipantState");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET + MarketParticipantPositionMessage.LENGTH), "wrote past the message");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET - 1), "wrote before the message");
    }

    @Property(tries = 200)
    void mwcbDeclineLevelRoundTrips(
        @ForAll @IntRange(min = 0, max = 65535) int stockLocate,
        @ForAll @IntRange(min = 0, max = 65535) int trackingNumber,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFF_FFFFL) long timestampNs,
        @ForAll long level1,
        @ForAll long level2,
        @ForAll long level3)
    {
        buffer.setMemory(0, buffer.capacity(), (byte)0x5A);
        new MwcbDeclineLevelMessage().wrapForEncode(buffer, OFFSET)
            .stockLocate(stockLocate)
            .trackingNumber(trackingNumber)
            .timestampNs(timestampNs)
            .level1(level1)
            .level2(level2)
            .level3(level3);
        final CapturingItchListener listener = new CapturingItchListener();
        final ItchDecoder decoder = new ItchDecoder(listener);
        assertTrue(decoder.decode(buffer, OFFSET, MwcbDeclineLevelMessage.LENGTH));
        assertEquals("onMwcbDeclineLevel", listener.lastMethod);
        assertEquals(1, listener.calls);
        final MwcbDeclineLevelMessage decoded = (MwcbDeclineLevelMessage)listener.last;
        assertEquals('V', decoded.messageType());
        assertEquals(stockLocate, decoded.stockLocate(), "stockLocate");
        assertEquals(trackingNumber, decoded.trackingNumber(), "trackingNumber");
        assertEquals(timestampNs, decoded.timestampNs(), "timestampNs");
        assertEquals(level1, decoded.level1(), "level1");
        assertEquals(level2, decoded.level2(), "level2");
        assertEquals(level3, decoded.level3(), "level3");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET + MwcbDeclineLevelMessage.LENGTH), "wrote past the message");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET - 1), "wrote before the message");
    }

    @Property(tries = 200)
    void mwcbStatusRoundTrips(
        @ForAll @IntRange(min = 0, max = 65535) int stockLocate,
        @ForAll @IntRange(min = 0, max = 65535) int trackingNumber,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFF_FFFFL) long timestampNs,
        @ForAll @CharRange(from = ' ', to = '~') char breachedLevel)
    {
        buffer.setMemory(0, buffer.capacity(), (byte)0x5A);
        new MwcbStatusMessage().wrapForEncode(buffer, OFFSET)
            .stockLocate(stockLocate)
            .trackingNumber(trackingNumber)
            .timestampNs(timestampNs)
            .breachedLevel(breachedLevel);
        final CapturingItchListener listener = new CapturingItchListener();
        final ItchDecoder decoder = new ItchDecoder(listener);
        assertTrue(decoder.decode(buffer, OFFSET, MwcbStatusMessage.LENGTH));
        assertEquals("onMwcbStatus", listener.lastMethod);
        assertEquals(1, listener.calls);
        final MwcbStatusMessage decoded = (MwcbStatusMessage)listener.last;
        assertEquals('W', decoded.messageType());
        assertEquals(stockLocate, decoded.stockLocate(), "stockLocate");
        assertEquals(trackingNumber, decoded.trackingNumber(), "trackingNumber");
        assertEquals(timestampNs, decoded.timestampNs(), "timestampNs");
        assertEquals(breachedLevel, decoded.breachedLevel(), "breachedLevel");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET + MwcbStatusMessage.LENGTH), "wrote past the message");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET - 1), "wrote before the message");
    }

    @Property(tries = 200)
    void ipoQuotingPeriodUpdateRoundTrips(
        @ForAll @IntRange(min = 0, max = 65535) int stockLocate,
        @ForAll @IntRange(min = 0, max = 65535) int trackingNumber,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFF_FFFFL) long timestampNs,
        @ForAll long stock,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long ipoQuotationReleaseTime,
        @ForAll @CharRange(from = ' ', to = '~') char ipoQuotationReleaseQualifier,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long ipoPrice)
    {
        buffer.setMemory(0, buffer.capacity(), (byte)0x5A);
        new IpoQuotingPeriodUpdateMessage().wrapForEncode(buffer, OFFSET)
            .stockLocate(stockLocate)
            .trackingNumber(trackingNumber)
            .timestampNs(timestampNs)
            .stock(stock)
            .ipoQuotationReleaseTime(ipoQuotationReleaseTime)
            .ipoQuotationReleaseQualifier(ipoQuotationReleaseQualifier)
            .ipoPrice(ipoPrice);
        final CapturingItchListener listener = new CapturingItchListener();
        final ItchDecoder decoder = new ItchDecoder(listener);
        assertTrue(decoder.decode(buffer, OFFSET, IpoQuotingPeriodUpdateMessage.LENGTH));
        assertEquals("onIpoQuotingPeriodUpdate", listener.lastMethod);
        assertEquals(1, listener.calls);
        final IpoQuotingPeriodUpdateMessage decoded = (IpoQuotingPeriodUpdateMessage)listener.last;
        assertEquals('K', decoded.messageType());
        assertEquals(stockLocate, decoded.stockLocate(), "stockLocate");
        assertEquals(trackingNumber, decoded.trackingNumber(), "trackingNumber");
        assertEquals(timestampNs, decoded.timestampNs(), "timestampNs");
        assertEquals(stock, decoded.stock(), "stock");
        assertEquals(ipoQuotationReleaseTime, decoded.ipoQuotationReleaseTime(), "ipoQuotationReleaseTime");
        assertEquals(ipoQuotationReleaseQualifier, decoded.ipoQuotationReleaseQualifier(), "ipoQuotationReleaseQualifier");
        assertEquals(ipoPrice, decoded.ipoPrice(), "ipoPrice");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET + IpoQuotingPeriodUpdateMessage.LENGTH), "wrote past the message");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET - 1), "wrote before the message");
    }

    @Property(tries = 200)
    void luldAuctionCollarRoundTrips(
        @ForAll @IntRange(min = 0, max = 65535) int stockLocate,
        @ForAll @IntRange(min = 0, max = 65535) int trackingNumber,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFF_FFFFL) long timestampNs,
        @ForAll long stock,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long auctionCollarReferencePrice,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long upperAuctionCollarPrice,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long lowerAuctionCollarPrice,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long auctionCollarExtension)
    {
        buffer.setMemory(0, buffer.capacity(), (byte)0x5A);
        new LuldAuctionCollarMessage().wrapForEncode(buffer, OFFSET)
            .stockLocate(stockLocate)
            .trackingNumber(trackingNumber)
            .timestampNs(timestampNs)
            .stock(stock)
            .auctionCollarReferencePrice(auctionCollarReferencePrice)
            .upperAuctionCollarPrice(upperAuctionCollarPrice)
            .lowerAuctionCollarPrice(lowerAuctionCollarPrice)
            .auctionCollarExtension(auctionCollarExtension);
        final CapturingItchListener listener = new CapturingItchListener();
        final ItchDecoder decoder = new ItchDecoder(listener);
        assertTrue(decoder.decode(buffer, OFFSET, LuldAuctionCollarMessage.LENGTH));
        assertEquals("onLuldAuctionCollar", listener.lastMethod);
        assertEquals(1, listener.calls);
        final LuldAuctionCollarMessage decoded = (LuldAuctionCollarMessage)listener.last;
        assertEquals('J', decoded.messageType());
        assertEquals(stockLocate, decoded.stockLocate(), "stockLocate");
        assertEquals(trackingNumber, decoded.trackingNumber(), "trackingNumber");
        assertEquals(timestampNs, decoded.timestampNs(), "timestampNs");
        assertEquals(stock, decoded.stock(), "stock");
        assertEquals(auctionCollarReferencePrice, decoded.auctionCollarReferencePrice(), "auctionCollarReferencePrice");
        assertEquals(upperAuctionCollarPrice, decoded.upperAuctionCollarPrice(), "upperAuctionCollarPrice");
        assertEquals(lowerAuctionCollarPrice, decoded.lowerAuctionCollarPrice(), "lowerAuctionCollarPrice");
        assertEquals(auctionCollarExtension, decoded.auctionCollarExtension(), "auctionCollarExtension");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET + LuldAuctionCollarMessage.LENGTH), "wrote past the message");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET - 1), "wrote before the message");
    }

    @Property(tries = 200)
    void operationalHaltRoundTrips(
        @ForAll @IntRange(min = 0, max = 65535) int stockLocate,
        @ForAll @IntRange(min = 0, max = 65535) int trackingNumber,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFF_FFFFL) long timestampNs,
        @ForAll long stock,
        @ForAll @CharRange(from = ' ', to = '~') char marketCode,
        @ForAll @CharRange(from = ' ', to = '~') char operationalHaltAction)
    {
        buffer.setMemory(0, buffer.capacity(), (byte)0x5A);
        new OperationalHaltMessage().wrapForEncode(buffer, OFFSET)
            .stockLocate(stockLocate)
            .trackingNumber(trackingNumber)
            .timestampNs(timestampNs)
            .stock(stock)
            .marketCode(marketCode)
            .operationalHaltAction(operationalHaltAction);
        final CapturingItchListener listener = new CapturingItchListener();
        final ItchDecoder decoder = new ItchDecoder(listener);
        assertTrue(decoder.decode(buffer, OFFSET, OperationalHaltMessage.LENGTH));
        assertEquals("onOperationalHalt", listener.lastMethod);
        assertEquals(1, listener.calls);
        final OperationalHaltMessage decoded = (OperationalHaltMessage)listener.last;
        assertEquals('h', decoded.messageType());
        assertEquals(stockLocate, decoded.stockLocate(), "stockLocate");
        assertEquals(trackingNumber, decoded.trackingNumber(), "trackingNumber");
        assertEquals(timestampNs, decoded.timestampNs(), "timestampNs");
        assertEquals(stock, decoded.stock(), "stock");
        assertEquals(marketCode, decoded.marketCode(), "marketCode");
        assertEquals(operationalHaltAction, decoded.operationalHaltAction(), "operationalHaltAction");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET + OperationalHaltMessage.LENGTH), "wrote past the message");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET - 1), "wrote before the message");
    }

    @Property(tries = 200)
    void addOrderRoundTrips(
        @ForAll @IntRange(min = 0, max = 65535) int stockLocate,
        @ForAll @IntRange(min = 0, max = 65535) int trackingNumber,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFF_FFFFL) long timestampNs,
        @ForAll long orderReferenceNumber,
        @ForAll @CharRange(from = ' ', to = '~') char side,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long shares,
        @ForAll long stock,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long price)
    {
        buffer.setMemory(0, buffer.capacity(), (byte)0x5A);
        new AddOrderMessage().wrapForEncode(buffer, OFFSET)
            .stockLocate(stockLocate)
            .trackingNumber(trackingNumber)
            .timestampNs(timestampNs)
            .orderReferenceNumber(orderReferenceNumber)
            .side(side)
            .shares(shares)
            .stock(stock)
            .price(price);
        final CapturingItchListener listener = new CapturingItchListener();
        final ItchDecoder decoder = new ItchDecoder(listener);
        assertTrue(decoder.decode(buffer, OFFSET, AddOrderMessage.LENGTH));
        assertEquals("onAddOrder", listener.lastMethod);
        assertEquals(1, listener.calls);
        final AddOrderMessage decoded = (AddOrderMessage)listener.last;
        assertEquals('A', decoded.messageType());
        assertEquals(stockLocate, decoded.stockLocate(), "stockLocate");
        assertEquals(trackingNumber, decoded.trackingNumber(), "trackingNumber");
        assertEquals(timestampNs, decoded.timestampNs(), "timestampNs");
        assertEquals(orderReferenceNumber, decoded.orderReferenceNumber(), "orderReferenceNumber");
        assertEquals(side, decoded.side(), "side");
        assertEquals(shares, decoded.shares(), "shares");
        assertEquals(stock, decoded.stock(), "stock");
        assertEquals(price, decoded.price(), "price");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET + AddOrderMessage.LENGTH), "wrote past the message");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET - 1), "wrote before the message");
    }

    @Property(tries = 200)
    void addOrderMpidRoundTrips(
        @ForAll @IntRange(min = 0, max = 65535) int stockLocate,
        @ForAll @IntRange(min = 0, max = 65535) int trackingNumber,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFF_FFFFL) long timestampNs,
        @ForAll long orderReferenceNumber,
        @ForAll @CharRange(from = ' ', to = '~') char side,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long shares,
        @ForAll long stock,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long price,
        @ForAll int attribution)
    {
        buffer.setMemory(0, buffer.capacity(), (byte)0x5A);
        new AddOrderMpidMessage().wrapForEncode(buffer, OFFSET)
            .stockLocate(stockLocate)
            .trackingNumber(trackingNumber)
            .timestampNs(timestampNs)
            .orderReferenceNumber(orderReferenceNumber)
            .side(side)
            .shares(shares)
            .stock(stock)
            .price(price)
            .attribution(attribution);
        final CapturingItchListener listener = new CapturingItchListener();
        final ItchDecoder decoder = new ItchDecoder(listener);
        assertTrue(decoder.decode(buffer, OFFSET, AddOrderMpidMessage.LENGTH));
        assertEquals("onAddOrderMpid", listener.lastMethod);
        assertEquals(1, listener.calls);
        final AddOrderMpidMessage decoded = (AddOrderMpidMessage)listener.last;
        assertEquals('F', decoded.messageType());
        assertEquals(stockLocate, decoded.stockLocate(), "stockLocate");
        assertEquals(trackingNumber, decoded.trackingNumber(), "trackingNumber");
        assertEquals(timestampNs, decoded.timestampNs(), "timestampNs");
        assertEquals(orderReferenceNumber, decoded.orderReferenceNumber(), "orderReferenceNumber");
        assertEquals(side, decoded.side(), "side");
        assertEquals(shares, decoded.shares(), "shares");
        assertEquals(stock, decoded.stock(), "stock");
        assertEquals(price, decoded.price(), "price");
        assertEquals(attribution, decoded.attribution(), "attribution");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET + AddOrderMpidMessage.LENGTH), "wrote past the message");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET - 1), "wrote before the message");
    }

    @Property(tries = 200)
    void orderExecutedRoundTrips(
        @ForAll @IntRange(min = 0, max = 65535) int stockLocate,
        @ForAll @IntRange(min = 0, max = 65535) int trackingNumber,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFF_FFFFL) long timestampNs,
        @ForAll long orderReferenceNumber,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long executedShares,
        @ForAll long matchNumber)
    {
        buffer.setMemory(0, buffer.capacity(), (byte)0x5A);
        new OrderExecutedMessage().wrapForEncode(buffer, OFFSET)
            .stockLocate(stockLocate)
            .trackingNumber(trackingNumber)
            .timestampNs(timestampNs)
            .orderReferenceNumber(orderReferenceNumber)
            .executedShares(executedShares)
            .matchNumber(matchNumber);
        final CapturingItchListener listener = new CapturingItchListener();
        final ItchDecoder decoder = new ItchDecoder(listener);
        assertTrue(decoder.decode(buffer, OFFSET, OrderExecutedMessage.LENGTH));
        assertEquals("onOrderExecuted", listener.lastMethod);
        assertEquals(1, listener.calls);
        final OrderExecutedMessage decoded = (OrderExecutedMessage)listener.last;
        assertEquals('E', decoded.messageType());
        assertEquals(stockLocate, decoded.stockLocate(), "stockLocate");
        assertEquals(trackingNumber, decoded.trackingNumber(), "trackingNumber");
        assertEquals(timestampNs, decoded.timestampNs(), "timestampNs");
        assertEquals(orderReferenceNumber, decoded.orderReferenceNumber(), "orderReferenceNumber");
        assertEquals(executedShares, decoded.executedShares(), "executedShares");
        assertEquals(matchNumber, decoded.matchNumber(), "matchNumber");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET + OrderExecutedMessage.LENGTH), "wrote past the message");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET - 1), "wrote before the message");
    }

    @Property(tries = 200)
    void orderExecutedWithPriceRoundTrips(
        @ForAll @IntRange(min = 0, max = 65535) int stockLocate,
        @ForAll @IntRange(min = 0, max = 65535) int trackingNumber,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFF_FFFFL) long timestampNs,
        @ForAll long orderReferenceNumber,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long executedShares,
        @ForAll long matchNumber,
        @ForAll @CharRange(from = ' ', to = '~') char printable,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long executionPrice)
    {
        buffer.setMemory(0, buffer.capacity(), (byte)0x5A);
        new OrderExecutedWithPriceMessage().wrapForEncode(buffer, OFFSET)
            .stockLocate(stockLocate)
            .trackingNumber(trackingNumber)
            .timestampNs(timestampNs)
            .orderReferenceNumber(orderReferenceNumber)
            .executedShares(executedShares)
            .matchNumber(matchNumber)
            .printable(printable)
            .executionPrice(executionPrice);
        final CapturingItchListener listener = new CapturingItchListener();
        final ItchDecoder decoder = new ItchDecoder(listener);
        assertTrue(decoder.decode(buffer, OFFSET, OrderExecutedWithPriceMessage.LENGTH));
        assertEquals("onOrderExecutedWithPrice", listener.lastMethod);
        assertEquals(1, listener.calls);
        final OrderExecutedWithPriceMessage decoded = (OrderExecutedWithPriceMessage)listener.last;
        assertEquals('C', decoded.messageType());
        assertEquals(stockLocate, decoded.stockLocate(), "stockLocate");
        assertEquals(trackingNumber, decoded.trackingNumber(), "trackingNumber");
        assertEquals(timestampNs, decoded.timestampNs(), "timestampNs");
        assertEquals(orderReferenceNumber, decoded.orderReferenceNumber(), "orderReferenceNumber");
        assertEquals(executedShares, decoded.executedShares(), "executedShares");
        assertEquals(matchNumber, decoded.matchNumber(), "matchNumber");
        assertEquals(printable, decoded.printable(), "printable");
        assertEquals(executionPrice, decoded.executionPrice(), "executionPrice");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET + OrderExecutedWithPriceMessage.LENGTH), "wrote past the message");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET - 1), "wrote before the message");
    }

    @Property(tries = 200)
    void orderCancelRoundTrips(
        @ForAll @IntRange(min = 0, max = 65535) int stockLocate,
        @ForAll @IntRange(min = 0, max = 65535) int trackingNumber,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFF_FFFFL) long timestampNs,
        @ForAll long orderReferenceNumber,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long canceledShares)
    {
        buffer.setMemory(0, buffer.capacity(), (byte)0x5A);
        new OrderCancelMessage().wrapForEncode(buffer, OFFSET)
            .stockLocate(stockLocate)
            .trackingNumber(trackingNumber)
            .timestampNs(timestampNs)
            .orderReferenceNumber(orderReferenceNumber)
            .canceledShares(canceledShares);
        final CapturingItchListener listener = new CapturingItchListener();
        final ItchDecoder decoder = new ItchDecoder(listener);
        assertTrue(decoder.decode(buffer, OFFSET, OrderCancelMessage.LENGTH));
        assertEquals("onOrderCancel", listener.lastMethod);
        assertEquals(1, listener.calls);
        final OrderCancelMessage decoded = (OrderCancelMessage)listener.last;
        assertEquals('X', decoded.messageType());
        assertEquals(stockLocate, decoded.stockLocate(), "stockLocate");
        assertEquals(trackingNumber, decoded.trackingNumber(), "trackingNumber");
        assertEquals(timestampNs, decoded.timestampNs(), "timestampNs");
        assertEquals(orderReferenceNumber, decoded.orderReferenceNumber(), "orderReferenceNumber");
        assertEquals(canceledShares, decoded.canceledShares(), "canceledShares");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET + OrderCancelMessage.LENGTH), "wrote past the message");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET - 1), "wrote before the message");
    }

    @Property(tries = 200)
    void orderDeleteRoundTrips(
        @ForAll @IntRange(min = 0, max = 65535) int stockLocate,
        @ForAll @IntRange(min = 0, max = 65535) int trackingNumber,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFF_FFFFL) long timestampNs,
        @ForAll long orderReferenceNumber)
    {
        buffer.setMemory(0, buffer.capacity(), (byte)0x5A);
        new OrderDeleteMessage().wrapForEncode(buffer, OFFSET)
            .stockLocate(stockLocate)
            .trackingNumber(trackingNumber)
            .timestampNs(timestampNs)
            .orderReferenceNumber(orderReferenceNumber);
        final CapturingItchListener listener = new CapturingItchListener();
        final ItchDecoder decoder = new ItchDecoder(listener);
        assertTrue(decoder.decode(buffer, OFFSET, OrderDeleteMessage.LENGTH));
        assertEquals("onOrderDelete", listener.lastMethod);
        assertEquals(1, listener.calls);
        final OrderDeleteMessage decoded = (OrderDeleteMessage)listener.last;
        assertEquals('D', decoded.messageType());
        assertEquals(stockLocate, decoded.stockLocate(), "stockLocate");
        assertEquals(trackingNumber, decoded.trackingNumber(), "trackingNumber");
        assertEquals(timestampNs, decoded.timestampNs(), "timestampNs");
        assertEquals(orderReferenceNumber, decoded.orderReferenceNumber(), "orderReferenceNumber");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET + OrderDeleteMessage.LENGTH), "wrote past the message");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET - 1), "wrote before the message");
    }

    @Property(tries = 200)
    void orderReplaceRoundTrips(
        @ForAll @IntRange(min = 0, max = 65535) int stockLocate,
        @ForAll @IntRange(min = 0, max = 65535) int trackingNumber,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFF_FFFFL) long timestampNs,
        @ForAll long originalOrderReferenceNumber,
        @ForAll long newOrderReferenceNumber,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long shares,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long price)
    {
        buffer.setMemory(0, buffer.capacity(), (byte)0x5A);
        new OrderReplaceMessage().wrapForEncode(buffer, OFFSET)
            .stockLocate(stockLocate)
            .trackingNumber(trackingNumber)
            .timestampNs(timestampNs)
            .originalOrderReferenceNumber(originalOrderReferenceNumber)
            .newOrderReferenceNumber(newOrderReferenceNumber)
            .shares(shares)
            .price(price);
        final CapturingItchListener listener = new CapturingItchListener();
        final ItchDecoder decoder = new ItchDecoder(listener);
        assertTrue(decoder.decode(buffer, OFFSET, OrderReplaceMessage.LENGTH));
        assertEquals("onOrderReplace", listener.lastMethod);
        assertEquals(1, listener.calls);
        final OrderReplaceMessage decoded = (OrderReplaceMessage)listener.last;
        assertEquals('U', decoded.messageType());
        assertEquals(stockLocate, decoded.stockLocate(), "stockLocate");
        assertEquals(trackingNumber, decoded.trackingNumber(), "trackingNumber");
        assertEquals(timestampNs, decoded.timestampNs(), "timestampNs");
        assertEquals(originalOrderReferenceNumber, decoded.originalOrderReferenceNumber(), "originalOrderReferenceNumber");
        assertEquals(newOrderReferenceNumber, decoded.newOrderReferenceNumber(), "newOrderReferenceNumber");
        assertEquals(shares, decoded.shares(), "shares");
        assertEquals(price, decoded.price(), "price");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET + OrderReplaceMessage.LENGTH), "wrote past the message");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET - 1), "wrote before the message");
    }

    @Property(tries = 200)
    void tradeRoundTrips(
        @ForAll @IntRange(min = 0, max = 65535) int stockLocate,
        @ForAll @IntRange(min = 0, max = 65535) int trackingNumber,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFF_FFFFL) long timestampNs,
        @ForAll long orderReferenceNumber,
        @ForAll @CharRange(from = ' ', to = '~') char side,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long shares,
        @ForAll long stock,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long price,
        @ForAll long matchNumber)
    {
        buffer.setMemory(0, buffer.capacity(), (byte)0x5A);
        new TradeMessage().wrapForEncode(buffer, OFFSET)
            .stockLocate(stockLocate)
            .trackingNumber(trackingNumber)
            .timestampNs(timestampNs)
            .orderReferenceNumber(orderReferenceNumber)
            .side(side)
            .shares(shares)
            .stock(stock)
            .price(price)
            .matchNumber(matchNumber);
        final CapturingItchListener listener = new CapturingItchListener();
        final ItchDecoder decoder = new ItchDecoder(listener);
        assertTrue(decoder.decode(buffer, OFFSET, TradeMessage.LENGTH));
        assertEquals("onTrade", listener.lastMethod);
        assertEquals(1, listener.calls);
        final TradeMessage decoded = (TradeMessage)listener.last;
        assertEquals('P', decoded.messageType());
        assertEquals(stockLocate, decoded.stockLocate(), "stockLocate");
        assertEquals(trackingNumber, decoded.trackingNumber(), "trackingNumber");
        assertEquals(timestampNs, decoded.timestampNs(), "timestampNs");
        assertEquals(orderReferenceNumber, decoded.orderReferenceNumber(), "orderReferenceNumber");
        assertEquals(side, decoded.side(), "side");
        assertEquals(shares, decoded.shares(), "shares");
        assertEquals(stock, decoded.stock(), "stock");
        assertEquals(price, decoded.price(), "price");
        assertEquals(matchNumber, decoded.matchNumber(), "matchNumber");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET + TradeMessage.LENGTH), "wrote past the message");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET - 1), "wrote before the message");
    }

    @Property(tries = 200)
    void crossTradeRoundTrips(
        @ForAll @IntRange(min = 0, max = 65535) int stockLocate,
        @ForAll @IntRange(min = 0, max = 65535) int trackingNumber,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFF_FFFFL) long timestampNs,
        @ForAll long shares,
        @ForAll long stock,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long crossPrice,
        @ForAll long matchNumber,
        @ForAll @CharRange(from = ' ', to = '~') char crossType)
    {
        buffer.setMemory(0, buffer.capacity(), (byte)0x5A);
        new CrossTradeMessage().wrapForEncode(buffer, OFFSET)
            .stockLocate(stockLocate)
            .trackingNumber(trackingNumber)
            .timestampNs(timestampNs)
            .shares(shares)
            .stock(stock)
            .crossPrice(crossPrice)
            .matchNumber(matchNumber)
            .crossType(crossType);
        final CapturingItchListener listener = new CapturingItchListener();
        final ItchDecoder decoder = new ItchDecoder(listener);
        assertTrue(decoder.decode(buffer, OFFSET, CrossTradeMessage.LENGTH));
        assertEquals("onCrossTrade", listener.lastMethod);
        assertEquals(1, listener.calls);
        final CrossTradeMessage decoded = (CrossTradeMessage)listener.last;
        assertEquals('Q', decoded.messageType());
        assertEquals(stockLocate, decoded.stockLocate(), "stockLocate");
        assertEquals(trackingNumber, decoded.trackingNumber(), "trackingNumber");
        assertEquals(timestampNs, decoded.timestampNs(), "timestampNs");
        assertEquals(shares, decoded.shares(), "shares");
        assertEquals(stock, decoded.stock(), "stock");
        assertEquals(crossPrice, decoded.crossPrice(), "crossPrice");
        assertEquals(matchNumber, decoded.matchNumber(), "matchNumber");
        assertEquals(crossType, decoded.crossType(), "crossType");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET + CrossTradeMessage.LENGTH), "wrote past the message");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET - 1), "wrote before the message");
    }

    @Property(tries = 200)
    void brokenTradeRoundTrips(
        @ForAll @IntRange(min = 0, max = 65535) int stockLocate,
        @ForAll @IntRange(min = 0, max = 65535) int trackingNumber,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFF_FFFFL) long timestampNs,
        @ForAll long matchNumber)
    {
        buffer.setMemory(0, buffer.capacity(), (byte)0x5A);
        new BrokenTradeMessage().wrapForEncode(buffer, OFFSET)
            .stockLocate(stockLocate)
            .trackingNumber(trackingNumber)
            .timestampNs(timestampNs)
            .matchNumber(matchNumber);
        final CapturingItchListener listener = new CapturingItchListener();
        final ItchDecoder decoder = new ItchDecoder(listener);
        assertTrue(decoder.decode(buffer, OFFSET, BrokenTradeMessage.LENGTH));
        assertEquals("onBrokenTrade", listener.lastMethod);
        assertEquals(1, listener.calls);
        final BrokenTradeMessage decoded = (BrokenTradeMessage)listener.last;
        assertEquals('B', decoded.messageType());
        assertEquals(stockLocate, decoded.stockLocate(), "stockLocate");
        assertEquals(trackingNumber, decoded.trackingNumber(), "trackingNumber");
        assertEquals(timestampNs, decoded.timestampNs(), "timestampNs");
        assertEquals(matchNumber, decoded.matchNumber(), "matchNumber");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET + BrokenTradeMessage.LENGTH), "wrote past the message");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET - 1), "wrote before the message");
    }

    @Property(tries = 200)
    void noiiRoundTrips(
        @ForAll @IntRange(min = 0, max = 65535) int stockLocate,
        @ForAll @IntRange(min = 0, max = 65535) int trackingNumber,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFF_FFFFL) long timestampNs,
        @ForAll long pairedShares,
        @ForAll long imbalanceShares,
        @ForAll @CharRange(from = ' ', to = '~') char imbalanceDirection,
        @ForAll long stock,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long farPrice,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long nearPrice,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long currentReferencePrice,
        @ForAll @CharRange(from = ' ', to = '~') char crossType,
        @ForAll @CharRange(from = ' ', to = '~') char priceVariationIndicator)
    {
        buffer.setMemory(0, buffer.capacity(), (byte)0x5A);
        new NoiiMessage().wrapForEncode(buffer, OFFSET)
            .stockLocate(stockLocate)
            .trackingNumber(trackingNumber)
            .timestampNs(timestampNs)
            .pairedShares(pairedShares)
            .imbalanceShares(imbalanceShares)
            .imbalanceDirection(imbalanceDirection)
            .stock(stock)
            .farPrice(farPrice)
            .nearPrice(nearPrice)
            .currentReferencePrice(currentReferencePrice)
            .crossType(crossType)
            .priceVariationIndicator(priceVariationIndicator);
        final CapturingItchListener listener = new CapturingItchListener();
        final ItchDecoder decoder = new ItchDecoder(listener);
        assertTrue(decoder.decode(buffer, OFFSET, NoiiMessage.LENGTH));
        assertEquals("onNoii", listener.lastMethod);
        assertEquals(1, listener.calls);
        final NoiiMessage decoded = (NoiiMessage)listener.last;
        assertEquals('I', decoded.messageType());
        assertEquals(stockLocate, decoded.stockLocate(), "stockLocate");
        assertEquals(trackingNumber, decoded.trackingNumber(), "trackingNumber");
        assertEquals(timestampNs, decoded.timestampNs(), "timestampNs");
        assertEquals(pairedShares, decoded.pairedShares(), "pairedShares");
        assertEquals(imbalanceShares, decoded.imbalanceShares(), "imbalanceShares");
        assertEquals(imbalanceDirection, decoded.imbalanceDirection(), "imbalanceDirection");
        assertEquals(stock, decoded.stock(), "stock");
        assertEquals(farPrice, decoded.farPrice(), "farPrice");
        assertEquals(nearPrice, decoded.nearPrice(), "nearPrice");
        assertEquals(currentReferencePrice, decoded.currentReferencePrice(), "currentReferencePrice");
        assertEquals(crossType, decoded.crossType(), "crossType");
        assertEquals(priceVariationIndicator, decoded.priceVariationIndicator(), "priceVariationIndicator");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET + NoiiMessage.LENGTH), "wrote past the message");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET - 1), "wrote before the message");
    }

    @Property(tries = 200)
    void retailInterestRoundTrips(
        @ForAll @IntRange(min = 0, max = 65535) int stockLocate,
        @ForAll @IntRange(min = 0, max = 65535) int trackingNumber,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFF_FFFFL) long timestampNs,
        @ForAll long stock,
        @ForAll @CharRange(from = ' ', to = '~') char interestFlag)
    {
        buffer.setMemory(0, buffer.capacity(), (byte)0x5A);
        new RetailInterestMessage().wrapForEncode(buffer, OFFSET)
            .stockLocate(stockLocate)
            .trackingNumber(trackingNumber)
            .timestampNs(timestampNs)
            .stock(stock)
            .interestFlag(interestFlag);
        final CapturingItchListener listener = new CapturingItchListener();
        final ItchDecoder decoder = new ItchDecoder(listener);
        assertTrue(decoder.decode(buffer, OFFSET, RetailInterestMessage.LENGTH));
        assertEquals("onRetailInterest", listener.lastMethod);
        assertEquals(1, listener.calls);
        final RetailInterestMessage decoded = (RetailInterestMessage)listener.last;
        assertEquals('N', decoded.messageType());
        assertEquals(stockLocate, decoded.stockLocate(), "stockLocate");
        assertEquals(trackingNumber, decoded.trackingNumber(), "trackingNumber");
        assertEquals(timestampNs, decoded.timestampNs(), "timestampNs");
        assertEquals(stock, decoded.stock(), "stock");
        assertEquals(interestFlag, decoded.interestFlag(), "interestFlag");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET + RetailInterestMessage.LENGTH), "wrote past the message");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET - 1), "wrote before the message");
    }

    @Property(tries = 200)
    void directListingPriceDiscoveryRoundTrips(
        @ForAll @IntRange(min = 0, max = 65535) int stockLocate,
        @ForAll @IntRange(min = 0, max = 65535) int trackingNumber,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFF_FFFFL) long timestampNs,
        @ForAll long stock,
        @ForAll @CharRange(from = ' ', to = '~') char openEligibilityStatus,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long minimumAllowablePrice,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long maximumAllowablePrice,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long nearExecutionPrice,
        @ForAll long nearExecutionTime,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long lowerPriceRangeCollar,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long upperPriceRangeCollar)
    {
        buffer.setMemory(0, buffer.capacity(), (byte)0x5A);
        new DirectListingPriceDiscoveryMessage().wrapForEncode(buffer, OFFSET)
            .stockLocate(stockLocate)
            .trackingNumber(trackingNumber)
            .timestampNs(timestampNs)
            .stock(stock)
            .openEligibilityStatus(openEligibilityStatus)
            .minimumAllowablePrice(minimumAllowablePrice)
            .maximumAllowablePrice(maximumAllowablePrice)
            .nearExecutionPrice(nearExecutionPrice)
            .nearExecutionTime(nearExecutionTime)
            .lowerPriceRangeCollar(lowerPriceRangeCollar)
            .upperPriceRangeCollar(upperPriceRangeCollar);
        final CapturingItchListener listener = new CapturingItchListener();
        final ItchDecoder decoder = new ItchDecoder(listener);
        assertTrue(decoder.decode(buffer, OFFSET, DirectListingPriceDiscoveryMessage.LENGTH));
        assertEquals("onDirectListingPriceDiscovery", listener.lastMethod);
        assertEquals(1, listener.calls);
        final DirectListingPriceDiscoveryMessage decoded = (DirectListingPriceDiscoveryMessage)listener.last;
        assertEquals('O', decoded.messageType());
        assertEquals(stockLocate, decoded.stockLocate(), "stockLocate");
        assertEquals(trackingNumber, decoded.trackingNumber(), "trackingNumber");
        assertEquals(timestampNs, decoded.timestampNs(), "timestampNs");
        assertEquals(stock, decoded.stock(), "stock");
        assertEquals(openEligibilityStatus, decoded.openEligibilityStatus(), "openEligibilityStatus");
        assertEquals(minimumAllowablePrice, decoded.minimumAllowablePrice(), "minimumAllowablePrice");
        assertEquals(maximumAllowablePrice, decoded.maximumAllowablePrice(), "maximumAllowablePrice");
        assertEquals(nearExecutionPrice, decoded.nearExecutionPrice(), "nearExecutionPrice");
        assertEquals(nearExecutionTime, decoded.nearExecutionTime(), "nearExecutionTime");
        assertEquals(lowerPriceRangeCollar, decoded.lowerPriceRangeCollar(), "lowerPriceRangeCollar");
        assertEquals(upperPriceRangeCollar, decoded.upperPriceRangeCollar(), "upperPriceRangeCollar");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET + DirectListingPriceDiscoveryMessage.LENGTH), "wrote past the message");
        assertEquals((byte)0x5A, buffer.getByte(OFFSET - 1), "wrote before the message");
    }
}
