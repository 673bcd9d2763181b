package io.hftengine.protocol.itch;

import static java.nio.ByteOrder.BIG_ENDIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.paritytrading.juncture.nasdaq.itch50.ITCH50;
import com.paritytrading.juncture.nasdaq.itch50.ITCH50Exception;
import com.paritytrading.juncture.nasdaq.itch50.ITCH50Listener;
import com.paritytrading.juncture.nasdaq.itch50.ITCH50Parser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.SplittableRandom;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

/**
 * Our ITCH 5.0 codec against an independent one: Juncture's ITCH 5.0 parser
 * ({@code com.paritytrading.juncture:juncture-nasdaq:1.0.0}, Apache 2.0, written by other people
 * from the same NASDAQ specification, reading with {@code java.nio.ByteBuffer} into objects with
 * public fields). Shared bytes, two readers: a field both read the same way is laid out the same
 * way, at least as far as two independent readings of the specification agree.
 *
 * <p>Two parts:
 * <ul>
 *   <li>Random messages, {@value #MESSAGES_PER_TYPE} per type from a fixed seed: every field
 *       filled (unsigned values with their edges 0 and the maximum mixed in, ASCII fields drawn
 *       from the specification's alphabets, timestamps below 2<sup>48</sup>), encoded by our
 *       flyweight's {@code wrapForEncode} and setters, then parsed by Juncture and decoded by our
 *       {@link ItchDecoder}. Juncture must read back every value written and consume exactly the
 *       message's length, and our getters must return what Juncture read.</li>
 *   <li>The RITCH sample capture ({@code /itch/ex20101224.TEST_ITCH_50}, BinaryFILE framed): every
 *       one of its 12,012 messages parsed by both, same type, every field equal, counts by type
 *       as its README publishes.</li>
 * </ul>
 *
 * <p>Types covered: all 22 that Juncture knows, S R H Y L V W K J h A F E C X D U P Q B I N.
 * Juncture 1.0.0 lacks the 23rd, Direct Listing with Capital Raise Price Discovery ({@code 'O'},
 * a later addition to ITCH 5.0): its parser rejects it, which
 * {@link #junctureHasNoDirectListingWithPriceDiscovery()} pins; our side of {@code 'O'} is covered
 * by {@code ItchRoundTripTest} and {@code ItchGoldenVectorsTest}.
 *
 * <p>One known disagreement, where Juncture is wrong: Cross Trade ({@code 'Q'}). The
 * specification gives Shares as offset 11, length 8 (message length 40), as do our flyweight,
 * the Open Markets Initiative's TotalView-ITCH 5.0 Wireshark dissector ({@code cross_shares} size
 * 8) and jaybeams' {@code cross_trade_message} ({@code std::uint64_t shares}). Juncture reads a
 * 4-byte Shares and so every later field 4 bytes early (a 36-byte layout). The header fields
 * agree; for the body, {@link #crossTradeAgreesExceptJuncturesFourByteShares()} checks our bytes
 * against the specification's offsets and pins Juncture's misreading exactly, so a Juncture fix
 * or a change on our side shows up here.
 */
class JunctureCrossCheckTest
{
    private static final int MESSAGES_PER_TYPE = 500;
    private static final long SEED = 0x4A55_4E43_5455_5245L;
    /** An odd offset: neither reader may assume alignment. */
    private static final int OFFSET = 3;
    private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String SAMPLE = "/itch/ex20101224.TEST_ITCH_50";

    private final byte[] bytes = new byte[OFFSET + 64];
    private final UnsafeBuffer buffer = new UnsafeBuffer(bytes);
    private final JunctureRecorder theirs = new JunctureRecorder();
    private final ITCH50Parser parser = new ITCH50Parser(theirs);
    private final CapturingItchListener ours = new CapturingItchListener();
    private final ItchDecoder decoder = new ItchDecoder(ours);

    @Test
    void systemEventAgrees() throws IOException
    {
        final SystemEventMessage encoder = new SystemEventMessage();
        repeat('S', (random, where) ->
        {
            final Header h = Header.random(random);
            final char eventCode = oneOf(random, "OSQMEC");
            encoder.wrapForEncode(buffer, OFFSET)
                .stockLocate(h.stockLocate()).trackingNumber(h.trackingNumber()).timestampNs(h.timestampNs())
                .eventCode(eventCode);
            assertEquals(0, parseBoth(SystemEventMessage.LENGTH), where + "bytes Juncture left unread");
            final ITCH50.SystemEvent t = theirs.last(ITCH50.SystemEvent.class);
            assertHeader(h, t.stockLocate, t.trackingNumber, t.timestampHigh, t.timestampLow, where);
            assertEquals(eventCode, ch(t.eventCode), where + "eventCode");
            assertAgree(ours.last, t, where);
        });
    }

    @Test
    void stockDirectoryAgrees() throws IOException
    {
        final StockDirectoryMessage encoder = new StockDirectoryMessage();
        repeat('R', (random, where) ->
        {
            final Header h = Header.random(random);
            final long stock = stock(random);
            final char marketCategory = oneOf(random, "QGSNAPZV ");
            final char financialStatusIndicator = oneOf(random, "DEQSGHJKCN ");
            final long roundLotSize = u32(random);
            final char roundLotsOnly = oneOf(random, "YN");
            final char issueClassification = oneOf(random, "ABCEFILMNOPQRSTUVW");
            final int issueSubType = (int)alpha(random, 2, 1, UPPER);
            final char authenticity = oneOf(random, "PT");
            final char shortSaleThresholdIndicator = oneOf(random, "YN ");
            final char ipoFlag = oneOf(random, "YN ");
            final char luldReferencePriceTier = oneOf(random, "12 ");
            final char etpFlag = oneOf(random, "YN ");
            final long etpLeverageFactor = u32(random);
            final char inverseIndicator = oneOf(random, "YN");
            encoder.wrapForEncode(buffer, OFFSET)
                .stockLocate(h.stockLocate()).trackingNumber(h.trackingNumber()).timestampNs(h.timestampNs())
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
            assertEquals(0, parseBoth(StockDirectoryMessage.LENGTH), where + "bytes Juncture left unread");
            final ITCH50.StockDirectory t = theirs.last(ITCH50.StockDirectory.class);
            assertHeader(h, t.stockLocate, t.trackingNumber, t.timestampHigh, t.timestampLow, where);
            assertEquals(stock, t.stock, where + "stock");
            assertEquals(marketCategory, ch(t.marketCategory), where + "marketCategory");
            assertEquals(financialStatusIndicator, ch(t.financialStatusIndicator), where + "financialStatusIndicator");
            assertEquals(roundLotSize, t.roundLotSize, where + "roundLotSize");
            assertEquals(roundLotsOnly, ch(t.roundLotsOnly), where + "roundLotsOnly");
            assertEquals(issueClassification, ch(t.issueClassification), where + "issueClassification");
            assertEquals(issueSubType, t.issueSubType & 0xFFFF, where + "issueSubType");
            assertEquals(authenticity, ch(t.authenticity), where + "authenticity");
            assertEquals(shortSaleThresholdIndicator, ch(t.shortSaleThresholdIndicator), where + "shortSaleThresholdIndicator");
            assertEquals(ipoFlag, ch(t.ipoFlag), where + "ipoFlag");
            assertEquals(luldReferencePriceTier, ch(t.luldReferencePriceTier), where + "luldReferencePriceTier");
            assertEquals(etpFlag, ch(t.etpFlag), where + "etpFlag");
            assertEquals(etpLeverageFactor, t.etpLeverageFactor, where + "etpLeverageFactor");
            assertEquals(inverseIndicator, ch(t.inverseIndicator), where + "inverseIndicator");
            assertAgree(ours.last, t, where);
        });
    }

    @Test
    void stockTradingActionAgrees() throws IOException
    {
        final StockTradingActionMessage encoder = new StockTradingActionMessage();
        repeat('H', (random, where) ->
        {
            final Header h = Header.random(random);
            final long stock = stock(random);
            final char tradingState = oneOf(random, "HPQT");
            final char reserved = oneOf(random, " ");
            final int reason = (int)alpha(random, 4, 0, UPPER + "0123456789");
            encoder.wrapForEncode(buffer, OFFSET)
                .stockLocate(h.stockLocate()).trackingNumber(h.trackingNumber()).timestampNs(h.timestampNs())
                .stock(stock)
                .tradingState(tradingState)
                .reserved(reserved)
                .reason(reason);
            assertEquals(0, parseBoth(StockTradingActionMessage.LENGTH), where + "bytes Juncture left unread");
            final ITCH50.StockTradingAction t = theirs.last(ITCH50.StockTradingAction.class);
            assertHeader(h, t.stockLocate, t.trackingNumber, t.timestampHigh, t.timestampLow, where);
            assertEquals(stock, t.stock, where + "stock");
            assertEquals(tradingState, ch(t.tradingState), where + "tradingState");
            assertEquals(reserved, ch(t.reserved), where + "reserved");
            assertEquals(reason, t.reason, where + "reason");
            assertAgree(ours.last, t, where);
        });
    }

    @Test
    void regShoRestrictionAgrees() throws IOException
    {
        final RegShoRestrictionMessage encoder = new RegShoRestrictionMessage();
        repeat('Y', (random, where) ->
        {
            final Header h = Header.random(random);
            final long stock = stock(random);
            final char regShoAction = oneOf(random, "012");
            encoder.wrapForEncode(buffer, OFFSET)
                .stockLocate(h.stockLocate()).trackingNumber(h.trackingNumber()).timestampNs(h.timestampNs())
                .stock(stock)
                .regShoAction(regShoAction);
            assertEquals(0, parseBoth(RegShoRestrictionMessage.LENGTH), where + "bytes Juncture left unread");
            final ITCH50.RegSHORestriction t = theirs.last(ITCH50.RegSHORestriction.class);
            assertHeader(h, t.locateCode, t.trackingNumber, t.timestampHigh, t.timestampLow, where);
            assertEquals(stock, t.stock, where + "stock");
            assertEquals(regShoAction, ch(t.regSHOAction), where + "regShoAction");
            assertAgree(ours.last, t, where);
        });
    }

    @Test
    void marketParticipantPositionAgrees() throws IOException
    {
        final MarketParticipantPositionMessage encoder = new MarketParticipantPositionMessage();
        repeat('L', (random, where) ->
        {
            final Header h = Header.random(random);
            final int mpid = (int)alpha(random, 4, 4, UPPER);
            final long stock = stock(random);
            final char primaryMarketMaker = oneOf(random, "YN");
            final char marketMakerMode = oneOf(random, "NPSRL");
            final char marketParticipantState = oneOf(random, "AEWSD");
            encoder.wrapForEncode(buffer, OFFSET)
                .stockLocate(h.stockLocate()).trackingNumber(h.trackingNumber()).timestampNs(h.timestampNs())
                .mpid(mpid)
                .stock(stock)
                .primaryMarketMaker(primaryMarketMaker)
                .marketMakerMode(marketMakerMode)
                .marketParticipantState(marketParticipantState);
            assertEquals(0, parseBoth(MarketParticipantPositionMessage.LENGTH), where + "bytes Juncture left unread");
            final ITCH50.MarketParticipantPosition t = theirs.last(ITCH50.MarketParticipantPosition.class);
            assertHeader(h, t.stockLocate, t.trackingNumber, t.timestampHigh, t.timestampLow, where);
            assertEquals(mpid, t.mpid, where + "mpid");
            assertEquals(stock, t.stock, where + "stock");
            assertEquals(primaryMarketMaker, ch(t.primaryMarketMaker), where + "primaryMarketMaker");
            assertEquals(marketMakerMode, ch(t.marketMakerMode), where + "marketMakerMode");
            assertEquals(marketParticipantState, ch(t.marketParticipantState), where + "marketParticipantState");
            assertAgree(ours.last, t, where);
        });
    }

    @Test
    void mwcbDeclineLevelAgrees() throws IOException
    {
        final MwcbDeclineLevelMessage encoder = new MwcbDeclineLevelMessage();
        repeat('V', (random, where) ->
        {
            final Header h = Header.random(random);
            final long level1 = u64(random);
            final long level2 = u64(random);
            final long level3 = u64(random);
            encoder.wrapForEncode(buffer, OFFSET)
                .stockLocate(h.stockLocate()).trackingNumber(h.trackingNumber()).timestampNs(h.timestampNs())
                .level1(level1)
                .level2(level2)
                .level3(level3);
            assertEquals(0, parseBoth(MwcbDeclineLevelMessage.LENGTH), where + "bytes Juncture left unread");
            final ITCH50.MWCBDeclineLevel t = theirs.last(ITCH50.MWCBDeclineLevel.class);
            assertHeader(h, t.stockLocate, t.trackingNumber, t.timestampHigh, t.timestampLow, where);
            assertEquals(level1, t.level1, where + "level1");
            assertEquals(level2, t.level2, where + "level2");
            assertEquals(level3, t.level3, where + "level3");
            assertAgree(ours.last, t, where);
        });
    }

    @Test
    void mwcbStatusAgrees() throws IOException
    {
        final MwcbStatusMessage encoder = new MwcbStatusMessage();
        repeat('W', (random, where) ->
        {
            final Header h = Header.random(random);
            final char breachedLevel = oneOf(random, "123");
            encoder.wrapForEncode(buffer, OFFSET)
                .stockLocate(h.stockLocate()).trackingNumber(h.trackingNumber()).timestampNs(h.timestampNs())
                .breachedLevel(breachedLevel);
            assertEquals(0, parseBoth(MwcbStatusMessage.LENGTH), where + "bytes Juncture left unread");
            final ITCH50.MWCBStatus t = theirs.last(ITCH50.MWCBStatus.class);
            assertHeader(h, t.stockLocate, t.trackingNumber, t.timestampHigh, t.timestampLow, where);
            assertEquals(breachedLevel, ch(t.breachedLevel), where + "breachedLevel");
            assertAgree(ours.last, t, where);
        });
    }

    @Test
    void ipoQuotingPeriodUpdateAgrees() throws IOException
    {
        final IpoQuotingPeriodUpdateMessage encoder = new IpoQuotingPeriodUpdateMessage();
        repeat('K', (random, where) ->
        {
            final Header h = Header.random(random);
            final long stock = stock(random);
            final long releaseTime = u32(random);
            final char releaseQualifier = oneOf(random, "AC");
            final long ipoPrice = u32(random);
            encoder.wrapForEncode(buffer, OFFSET)
                .stockLocate(h.stockLocate()).trackingNumber(h.trackingNumber()).timestampNs(h.timestampNs())
                .stock(stock)
                .ipoQuotationReleaseTime(releaseTime)
                .ipoQuotationReleaseQualifier(releaseQualifier)
                .ipoPrice(ipoPrice);
            assertEquals(0, parseBoth(IpoQuotingPeriodUpdateMessage.LENGTH), where + "bytes Juncture left unread");
            final ITCH50.IPOQuotingPeriodUpdate t = theirs.last(ITCH50.IPOQuotingPeriodUpdate.class);
            assertHeader(h, t.stockLocate, t.trackingNumber, t.timestampHigh, t.timestampLow, where);
            assertEquals(stock, t.stock, where + "stock");
            assertEquals(releaseTime, t.ipoQuotationReleaseTime, where + "ipoQuotationReleaseTime");
            assertEquals(releaseQualifier, ch(t.ipoQuotationReleaseQualifier), where + "ipoQuotationReleaseQualifier");
            assertEquals(ipoPrice, t.ipoPrice, where + "ipoPrice");
            assertAgree(ours.last, t, where);
        });
    }

    @Test
    void luldAuctionCollarAgrees() throws IOException
    {
        final LuldAuctionCollarMessage encoder = new LuldAuctionCollarMessage();
        repeat('J', (random, where) ->
        {
            final Header h = Header.random(random);
            final long stock = stock(random);
            final long referencePrice = u32(random);
            final long upperPrice = u32(random);
            final long lowerPrice = u32(random);
            final long extension = u32(random);
            encoder.wrapForEncode(buffer, OFFSET)
                .stockLocate(h.stockLocate()).trackingNumber(h.trackingNumber()).timestampNs(h.timestampNs())
                .stock(stock)
                .auctionCollarReferencePrice(referencePrice)
                .upperAuctionCollarPrice(upperPrice)
                .lowerAuctionCollarPrice(lowerPrice)
                .auctionCollarExtension(extension);
            assertEquals(0, parseBoth(LuldAuctionCollarMessage.LENGTH), where + "bytes Juncture left unread");
            final ITCH50.LULDAuctionCollar t = theirs.last(ITCH50.LULDAuctionCollar.class);
            assertHeader(h, t.stockLocate, t.trackingNumber, t.timestampHigh, t.timestampLow, where);
            assertEquals(stock, t.stock, where + "stock");
            assertEquals(referencePrice, t.auctionCollarReferencePrice, where + "auctionCollarReferencePrice");
            assertEquals(upperPrice, t.upperAuctionCollarPrice, where + "upperAuctionCollarPrice");
            assertEquals(lowerPrice, t.lowerAuctionCollarPrice, where + "lowerAuctionCollarPrice");
            assertEquals(extension, t.auctionCollarExtension, where + "auctionCollarExtension");
            assertAgree(ours.last, t, where);
        });
    }

    @Test
    void operationalHaltAgrees() throws IOException
    {
        final OperationalHaltMessage encoder = new OperationalHaltMessage();
        repeat('h', (random, where) ->
        {
            final Header h = Header.random(random);
            final long stock = stock(random);
            final char marketCode = oneOf(random, "QBX");
            final char action = oneOf(random, "HT");
            encoder.wrapForEncode(buffer, OFFSET)
                .stockLocate(h.stockLocate()).trackingNumber(h.trackingNumber()).timestampNs(h.timestampNs())
                .stock(stock)
                .marketCode(marketCode)
                .operationalHaltAction(action);
            assertEquals(0, parseBoth(OperationalHaltMessage.LENGTH), where + "bytes Juncture left unread");
            final ITCH50.OperationalHalt t = theirs.last(ITCH50.OperationalHalt.class);
            assertHeader(h, t.stockLocate, t.trackingNumber, t.timestampHigh, t.timestampLow, where);
            assertEquals(stock, t.stock, where + "stock");
            assertEquals(marketCode, ch(t.marketCode), where + "marketCode");
            assertEquals(action, ch(t.operationalHaltAction), where + "operationalHaltAction");
            assertAgree(ours.last, t, where);
        });
    }

    @Test
    void addOrderAgrees() throws IOException
    {
        final AddOrderMessage encoder = new AddOrderMessage();
        repeat('A', (random, where) ->
        {
            final Header h = Header.random(random);
            final long orderReferenceNumber = u64(random);
            final char side = oneOf(random, "BS");
            final long shares = u32(random);
            final long stock = stock(random);
            final long price = u32(random);
            encoder.wrapForEncode(buffer, OFFSET)
                .stockLocate(h.stockLocate()).trackingNumber(h.trackingNumber()).timestampNs(h.timestampNs())
                .orderReferenceNumber(orderReferenceNumber)
                .side(side)
                .shares(shares)
                .stock(stock)
                .price(price);
            assertEquals(0, parseBoth(AddOrderMessage.LENGTH), where + "bytes Juncture left unread");
            final ITCH50.AddOrder t = theirs.last(ITCH50.AddOrder.class);
            assertHeader(h, t.stockLocate, t.trackingNumber, t.timestampHigh, t.timestampLow, where);
            assertEquals(orderReferenceNumber, t.orderReferenceNumber, where + "orderReferenceNumber");
            assertEquals(side, ch(t.buySellIndicator), where + "side");
            assertEquals(shares, t.shares, where + "shares");
            assertEquals(stock, t.stock, where + "stock");
            assertEquals(price, t.price, where + "price");
            assertAgree(ours.last, t, where);
        });
    }

    @Test
    void addOrderMpidAgrees() throws IOException
    {
        final AddOrderMpidMessage encoder = new AddOrderMpidMessage();
        repeat('F', (random, where) ->
        {
            final Header h = Header.random(random);
            final long orderReferenceNumber = u64(random);
            final char side = oneOf(random, "BS");
            final long shares = u32(random);
            final long stock = stock(random);
            final long price = u32(random);
            final int attribution = (int)alpha(random, 4, 4, UPPER);
            encoder.wrapForEncode(buffer, OFFSET)
                .stockLocate(h.stockLocate()).trackingNumber(h.trackingNumber()).timestampNs(h.timestampNs())
                .orderReferenceNumber(orderReferenceNumber)
                .side(side)
                .shares(shares)
                .stock(stock)
                .price(price)
                .attribution(attribution);
            assertEquals(0, parseBoth(AddOrderMpidMessage.LENGTH), where + "bytes Juncture left unread");
            final ITCH50.AddOrderMPID t = theirs.last(ITCH50.AddOrderMPID.class);
            assertHeader(h, t.stockLocate, t.trackingNumber, t.timestampHigh, t.timestampLow, where);
            assertEquals(orderReferenceNumber, t.orderReferenceNumber, where + "orderReferenceNumber");
            assertEquals(side, ch(t.buySellIndicator), where + "side");
            assertEquals(shares, t.shares, where + "shares");
            assertEquals(stock, t.stock, where + "stock");
            assertEquals(price, t.price, where + "price");
            assertEquals(attribution, t.attribution, where + "attribution");
            assertAgree(ours.last, t, where);
        });
    }

    @Test
    void orderExecutedAgrees() throws IOException
    {
        final OrderExecutedMessage encoder = new OrderExecutedMessage();
        repeat('E', (random, where) ->
        {
            final Header h = Header.random(random);
            final long orderReferenceNumber = u64(random);
            final long executedShares = u32(random);
            final long matchNumber = u64(random);
            encoder.wrapForEncode(buffer, OFFSET)
                .stockLocate(h.stockLocate()).trackingNumber(h.trackingNumber()).timestampNs(h.timestampNs())
                .orderReferenceNumber(orderReferenceNumber)
                .executedShares(executedShares)
                .matchNumber(matchNumber);
            assertEquals(0, parseBoth(OrderExecutedMessage.LENGTH), where + "bytes Juncture left unread");
            final ITCH50.OrderExecuted t = theirs.last(ITCH50.OrderExecuted.class);
            assertHeader(h, t.stockLocate, t.trackingNumber, t.timestampHigh, t.timestampLow, where);
            assertEquals(orderReferenceNumber, t.orderReferenceNumber, where + "orderReferenceNumber");
            assertEquals(executedShares, t.executedShares, where + "executedShares");
            assertEquals(matchNumber, t.matchNumber, where + "matchNumber");
            assertAgree(ours.last, t, where);
        });
    }

    @Test
    void orderExecutedWithPriceAgrees() throws IOException
    {
        final OrderExecutedWithPriceMessage encoder = new OrderExecutedWithPriceMessage();
        repeat('C', (random, where) ->
        {
            final Header h = Header.random(random);
            final long orderReferenceNumber = u64(random);
            final long executedShares = u32(random);
            final long matchNumber = u64(random);
            final char printable = oneOf(random, "YN");
            final long executionPrice = u32(random);
            encoder.wrapForEncode(buffer, OFFSET)
                .stockLocate(h.stockLocate()).trackingNumber(h.trackingNumber()).timestampNs(h.timestampNs())
                .orderReferenceNumber(orderReferenceNumber)
                .executedShares(executedShares)
                .matchNumber(matchNumber)
                .printable(printable)
                .executionPrice(executionPrice);
            assertEquals(0, parseBoth(OrderExecutedWithPriceMessage.LENGTH), where + "bytes Juncture left unread");
            final ITCH50.OrderExecutedWithPrice t = theirs.last(ITCH50.OrderExecutedWithPrice.class);
            assertHeader(h, t.stockLocate, t.trackingNumber, t.timestampHigh, t.timestampLow, where);
            assertEquals(orderReferenceNumber, t.orderReferenceNumber, where + "orderReferenceNumber");
            assertEquals(executedShares, t.executedShares, where + "executedShares");
            assertEquals(matchNumber, t.matchNumber, where + "matchNumber");
            assertEquals(printable, ch(t.printable), where + "printable");
            assertEquals(executionPrice, t.executionPrice, where + "executionPrice");
            assertAgree(ours.last, t, where);
        });
    }

    @Test
    void orderCancelAgrees() throws IOException
    {
        final OrderCancelMessage encoder = new OrderCancelMessage();
        repeat('X', (random, where) ->
        {
            final Header h = Header.random(random);
            final long orderReferenceNumber = u64(random);
            final long canceledShares = u32(random);
            encoder.wrapForEncode(buffer, OFFSET)
                .stockLocate(h.stockLocate()).trackingNumber(h.trackingNumber()).timestampNs(h.timestampNs())
                .orderReferenceNumber(orderReferenceNumber)
                .canceledShares(canceledShares);
            assertEquals(0, parseBoth(OrderCancelMessage.LENGTH), where + "bytes Juncture left unread");
            final ITCH50.OrderCancel t = theirs.last(ITCH50.OrderCancel.class);
            assertHeader(h, t.stockLocate, t.trackingNumber, t.timestampHigh, t.timestampLow, where);
            assertEquals(orderReferenceNumber, t.orderReferenceNumber, where + "orderReferenceNumber");
            assertEquals(canceledShares, t.canceledShares, where + "canceledShares");
            assertAgree(ours.last, t, where);
        });
    }

    @Test
    void orderDeleteAgrees() throws IOException
    {
        final OrderDeleteMessage encoder = new OrderDeleteMessage();
        repeat('D', (random, where) ->
        {
            final Header h = Header.random(random);
            final long orderReferenceNumber = u64(random);
            encoder.wrapForEncode(buffer, OFFSET)
                .stockLocate(h.stockLocate()).trackingNumber(h.trackingNumber()).timestampNs(h.timestampNs())
                .orderReferenceNumber(orderReferenceNumber);
            assertEquals(0, parseBoth(OrderDeleteMessage.LENGTH), where + "bytes Juncture left unread");
            final ITCH50.OrderDelete t = theirs.last(ITCH50.OrderDelete.class);
            assertHeader(h, t.stockLocate, t.trackingNumber, t.timestampHigh, t.timestampLow, where);
            assertEquals(orderReferenceNumber, t.orderReferenceNumber, where + "orderReferenceNumber");
            assertAgree(ours.last, t, where);
        });
    }

    @Test
    void orderReplaceAgrees() throws IOException
    {
        final OrderReplaceMessage encoder = new OrderReplaceMessage();
        repeat('U', (random, where) ->
        {
            final Header h = Header.random(random);
            final long original = u64(random);
            final long replacement = u64(random);
            final long shares = u32(random);
            final long price = u32(random);
            encoder.wrapForEncode(buffer, OFFSET)
                .stockLocate(h.stockLocate()).trackingNumber(h.trackingNumber()).timestampNs(h.timestampNs())
                .originalOrderReferenceNumber(original)
                .newOrderReferenceNumber(replacement)
                .shares(shares)
                .price(price);
            assertEquals(0, parseBoth(OrderReplaceMessage.LENGTH), where + "bytes Juncture left unread");
            final ITCH50.OrderReplace t = theirs.last(ITCH50.OrderReplace.class);
            assertHeader(h, t.stockLocate, t.trackingNumber, t.timestampHigh, t.timestampLow, where);
            assertEquals(original, t.originalOrderReferenceNumber, where + "originalOrderReferenceNumber");
            assertEquals(replacement, t.newOrderReferenceNumber, where + "newOrderReferenceNumber");
            assertEquals(shares, t.shares, where + "shares");
            assertEquals(price, t.price, where + "price");
            assertAgree(ours.last, t, where);
        });
    }

    @Test
    void tradeAgrees() throws IOException
    {
        final TradeMessage encoder = new TradeMessage();
        repeat('P', (random, where) ->
        {
            final Header h = Header.random(random);
            final long orderReferenceNumber = u64(random);
            final char side = oneOf(random, "BS");
            final long shares = u32(random);
            final long stock = stock(random);
            final long price = u32(random);
            final long matchNumber = u64(random);
            encoder.wrapForEncode(buffer, OFFSET)
                .stockLocate(h.stockLocate()).trackingNumber(h.trackingNumber()).timestampNs(h.timestampNs())
                .orderReferenceNumber(orderReferenceNumber)
                .side(side)
                .shares(shares)
                .stock(stock)
                .price(price)
                .matchNumber(matchNumber);
            assertEquals(0, parseBoth(TradeMessage.LENGTH), where + "bytes Juncture left unread");
            final ITCH50.Trade t = theirs.last(ITCH50.Trade.class);
            assertHeader(h, t.stockLocate, t.trackingNumber, t.timestampHigh, t.timestampLow, where);
            assertEquals(orderReferenceNumber, t.orderReferenceNumber, where + "orderReferenceNumber");
            assertEquals(side, ch(t.buySellIndicator), where + "side");
            assertEquals(shares, t.shares, where + "shares");
            assertEquals(stock, t.stock, where + "stock");
            assertEquals(price, t.price, where + "price");
            assertEquals(matchNumber, t.matchNumber, where + "matchNumber");
            assertAgree(ours.last, t, where);
        });
    }

    /**
     * The one disagreement (see the class comment): our bytes are checked against the
     * specification's offsets, our getters against what was written, and Juncture's reading
     * against its 4-byte-Shares layout of the same bytes.
     */
    @Test
    void crossTradeAgreesExceptJuncturesFourByteShares() throws IOException
    {
        final CrossTradeMessage encoder = new CrossTradeMessage();
        repeat('Q', (random, where) ->
        {
            final Header h = Header.random(random);
            final long shares = u64(random);
            final long stock = stock(random);
            final long crossPrice = u32(random);
            final long matchNumber = u64(random);
            final char crossType = oneOf(random, "OCHI");
            encoder.wrapForEncode(buffer, OFFSET)
                .stockLocate(h.stockLocate()).trackingNumber(h.trackingNumber()).timestampNs(h.timestampNs())
                .shares(shares)
                .stock(stock)
                .crossPrice(crossPrice)
                .matchNumber(matchNumber)
                .crossType(crossType);
            // NASDAQ TotalView-ITCH 5.0, Cross Trade Message: 40 bytes, at these offsets.
            assertEquals(40, CrossTradeMessage.LENGTH);
            assertEquals(shares, buffer.getLong(OFFSET + 11, BIG_ENDIAN), where + "Shares at offset 11, 8 bytes");
            assertEquals(stock, buffer.getLong(OFFSET + 19, BIG_ENDIAN), where + "Stock at offset 19, 8 bytes");
            assertEquals(crossPrice, buffer.getInt(OFFSET + 27, BIG_ENDIAN) & 0xFFFF_FFFFL, where + "Cross Price at offset 27");
            assertEquals(matchNumber, buffer.getLong(OFFSET + 31, BIG_ENDIAN), where + "Match Number at offset 31");
            assertEquals(crossType, (char)buffer.getByte(OFFSET + 39), where + "Cross Type at offset 39");
            assertEquals(4, parseBoth(CrossTradeMessage.LENGTH), where + "Juncture reads a 36-byte Cross Trade");
            final ITCH50.CrossTrade t = theirs.last(ITCH50.CrossTrade.class);
            assertHeader(h, t.stockLocate, t.trackingNumber, t.timestampHigh, t.timestampLow, where);
            final CrossTradeMessage m = assertInstanceOf(CrossTradeMessage.class, ours.last, where);
            assertEquals(shares, m.shares(), where + "shares");
            assertEquals(stock, m.stock(), where + "stock");
            assertEquals(crossPrice, m.crossPrice(), where + "crossPrice");
            assertEquals(matchNumber, m.matchNumber(), where + "matchNumber");
            assertEquals(crossType, m.crossType(), where + "crossType");
            assertAgree(m, t, where);
        });
    }

    @Test
    void brokenTradeAgrees() throws IOException
    {
        final BrokenTradeMessage encoder = new BrokenTradeMessage();
        repeat('B', (random, where) ->
        {
            final Header h = Header.random(random);
            final long matchNumber = u64(random);
            encoder.wrapForEncode(buffer, OFFSET)
                .stockLocate(h.stockLocate()).trackingNumber(h.trackingNumber()).timestampNs(h.timestampNs())
                .matchNumber(matchNumber);
            assertEquals(0, parseBoth(BrokenTradeMessage.LENGTH), where + "bytes Juncture left unread");
            final ITCH50.BrokenTrade t = theirs.last(ITCH50.BrokenTrade.class);
            assertHeader(h, t.stockLocate, t.trackingNumber, t.timestampHigh, t.timestampLow, where);
            assertEquals(matchNumber, t.matchNumber, where + "matchNumber");
            assertAgree(ours.last, t, where);
        });
    }

    @Test
    void noiiAgrees() throws IOException
    {
        final NoiiMessage encoder = new NoiiMessage();
        repeat('I', (random, where) ->
        {
            final Header h = Header.random(random);
            final long pairedShares = u64(random);
            final long imbalanceShares = u64(random);
            final char imbalanceDirection = oneOf(random, "BSNOP");
            final long stock = stock(random);
            final long farPrice = u32(random);
            final long nearPrice = u32(random);
            final long currentReferencePrice = u32(random);
            final char crossType = oneOf(random, "OCHA");
            final char priceVariationIndicator = oneOf(random, "L123456789ABC ");
            encoder.wrapForEncode(buffer, OFFSET)
                .stockLocate(h.stockLocate()).trackingNumber(h.trackingNumber()).timestampNs(h.timestampNs())
                .pairedShares(pairedShares)
                .imbalanceShares(imbalanceShares)
                .imbalanceDirection(imbalanceDirection)
                .stock(stock)
                .farPrice(farPrice)
                .nearPrice(nearPrice)
                .currentReferencePrice(currentReferencePrice)
                .crossType(crossType)
                .priceVariationIndicator(priceVariationIndicator);
            assertEquals(0, parseBoth(NoiiMessage.LENGTH), where + "bytes Juncture left unread");
            final ITCH50.NOII t = theirs.last(ITCH50.NOII.class);
            assertHeader(h, t.stockLocate, t.trackingNumber, t.timestampHigh, t.timestampLow, where);
            assertEquals(pairedShares, t.pairedShares, where + "pairedShares");
            assertEquals(imbalanceShares, t.imbalanceShares, where + "imbalanceShares");
            assertEquals(imbalanceDirection, ch(t.imbalanceDirection), where + "imbalanceDirection");
            assertEquals(stock, t.stock, where + "stock");
            assertEquals(farPrice, t.farPrice, where + "farPrice");
            assertEquals(nearPrice, t.nearPrice, where + "nearPrice");
            assertEquals(currentReferencePrice, t.currentReferencePrice, where + "currentReferencePrice");
            assertEquals(crossType, ch(t.crossType), where + "crossType");
            assertEquals(priceVariationIndicator, ch(t.priceVariationIndicator), where + "priceVariationIndicator");
            assertAgree(ours.last, t, where);
        });
    }

    @Test
    void retailInterestAgrees() throws IOException
    {
        final RetailInterestMessage encoder = new RetailInterestMessage();
        repeat('N', (random, where) ->
        {
            final Header h = Header.random(random);
            final long stock = stock(random);
            final char interestFlag = oneOf(random, "BSAN");
            encoder.wrapForEncode(buffer, OFFSET)
                .stockLocate(h.stockLocate()).trackingNumber(h.trackingNumber()).timestampNs(h.timestampNs())
                .stock(stock)
                .interestFlag(interestFlag);
            assertEquals(0, parseBoth(RetailInterestMessage.LENGTH), where + "bytes Juncture left unread");
            final ITCH50.RPII t = theirs.last(ITCH50.RPII.class);
            assertHeader(h, t.stockLocate, t.trackingNumber, t.timestampHigh, t.timestampLow, where);
            assertEquals(stock, t.stock, where + "stock");
            assertEquals(interestFlag, ch(t.interestFlag), where + "interestFlag");
            assertAgree(ours.last, t, where);
        });
    }

    /** Juncture 1.0.0 predates the {@code 'O'} message; we decode it, Juncture rejects it. */
    @Test
    void junctureHasNoDirectListingWithPriceDiscovery()
    {
        new DirectListingPriceDiscoveryMessage().wrapForEncode(buffer, OFFSET)
            .stockLocate(7).trackingNumber(1).timestampNs(34_200_000_000_000L)
            .stock(pack("NEWCO", 8))
            .openEligibilityStatus('Y')
            .minimumAllowablePrice(100_000)
            .maximumAllowablePrice(300_000)
            .nearExecutionPrice(200_000)
            .nearExecutionTime(34_260_000_000_000L)
            .lowerPriceRangeCollar(180_000)
            .upperPriceRangeCollar(220_000);
        assertTrue(decoder.decode(buffer, OFFSET, DirectListingPriceDiscoveryMessage.LENGTH));
        assertEquals("onDirectListingPriceDiscovery", ours.lastMethod);
        assertThrows(ITCH50Exception.class,
            () -> parser.message(ByteBuffer.wrap(bytes, OFFSET, DirectListingPriceDiscoveryMessage.LENGTH)));
        assertEquals(0, theirs.calls);
    }

    @Test
    void everyMessageOfTheSampleFileAgrees() throws IOException
    {
        final byte[] file;
        try (InputStream in = JunctureCrossCheckTest.class.getResourceAsStream(SAMPLE))
        {
            assertNotNull(in, SAMPLE);
            file = in.readAllBytes();
        }
        assertEquals(465_048, file.length);
        final UnsafeBuffer fileBuffer = new UnsafeBuffer(file);
        final long[] counts = new long[256];
        long messages = 0;
        int position = 0;
        while (position < file.length)
        {
            assertTrue(position + 2 <= file.length, "length prefix cut off at " + position);
            final int length = fileBuffer.getShort(position, BIG_ENDIAN) & 0xFFFF;
            final int start = position + 2;
            assertTrue(length > 0 && start + length <= file.length, "frame cut off at " + position);
            final String where = "message " + messages + " at byte " + position + ": ";

            final ByteBuffer view = ByteBuffer.wrap(file, start, length);
            final int theirCalls = theirs.calls;
            parser.message(view);
            assertEquals(theirCalls + 1, theirs.calls, where + "Juncture dispatched it");
            assertEquals(0, view.remaining(), where + "bytes Juncture left unread");

            final int ourCalls = ours.calls;
            assertTrue(decoder.decode(fileBuffer, start, length), where + "our decoder accepted it");
            assertEquals(ourCalls + 1, ours.calls, where + "our decoder dispatched it");
            final ItchMessage m = assertInstanceOf(ItchMessage.class, ours.last, where);
            assertEquals((char)file[start], m.messageType(), where + "message type");
            assertAgree(m, theirs.last, where);

            counts[file[start] & 0xFF]++;
            messages++;
            position = start + length;
        }
        assertEquals(file.length, position);
        // As the sample's README publishes (from RITCH's own tests) and ItchSampleFileTest asserts.
        assertEquals(12_012L, messages);
        assertEquals(12_012L, decoder.messagesDecoded());
        assertEquals(0, decoder.errorCounters().total(), decoder.errorCounters().toString());
        final String types = "SRHYLVWKJhAFECXDUPQBINO";
        final long[] expected = {6, 3, 3, 0, 0, 0, 0, 0, 0, 0, 4997, 3, 198, 0, 45, 1745, 12, 5000, 0, 0, 0, 0, 0};
        long listed = 0;
        for (int i = 0; i < types.length(); i++)
        {
            assertEquals(expected[i], counts[types.charAt(i)], "messages of type " + types.charAt(i));
            listed += counts[types.charAt(i)];
        }
        assertEquals(messages, listed, "messages of a type not in ITCH 5.0");
    }

    /**
     * Parses {@code [OFFSET, OFFSET + length)} with Juncture, then with our decoder, each exactly
     * once.
     *
     * @return the bytes Juncture's reading left unread: 0 when both agree on the length
     */
    private int parseBoth(final int length) throws IOException
    {
        final ByteBuffer view = ByteBuffer.wrap(bytes, OFFSET, length);
        final int theirCalls = theirs.calls;
        parser.message(view);
        assertEquals(theirCalls + 1, theirs.calls, "Juncture dispatched one message");
        final int ourCalls = ours.calls;
        assertTrue(decoder.decode(buffer, OFFSET, length), "our decoder accepted the message");
        assertEquals(ourCalls + 1, ours.calls, "our decoder dispatched one message");
        return view.remaining();
    }

    /**
     * Our flyweight's getters against Juncture's fields, for any type both know: same type, every
     * field equal (Cross Trade: see the class comment).
     */
    private static void assertAgree(final Object oursLast, final Object theirsLast, final String where)
    {
        final ItchMessage message = assertInstanceOf(ItchMessage.class, oursLast, where);
        if (message instanceof SystemEventMessage m)
        {
            final ITCH50.SystemEvent t = assertInstanceOf(ITCH50.SystemEvent.class, theirsLast, where);
            assertHeaderAgrees(m, t.stockLocate, t.trackingNumber, t.timestampHigh, t.timestampLow, where);
            assertEquals(m.eventCode(), ch(t.eventCode), where + "eventCode");
        }
        else if (message instanceof StockDirectoryMessage m)
        {
            final ITCH50.StockDirectory t = assertInstanceOf(ITCH50.StockDirectory.class, theirsLast, where);
            assertHeaderAgrees(m, t.stockLocate, t.trackingNumber, t.timestampHigh, t.timestampLow, where);
            assertEquals(m.stock(), t.stock, where + "stock");
            assertEquals(m.marketCategory(), ch(t.marketCategory), where + "marketCategory");
            assertEquals(m.financialStatusIndicator(), ch(t.financialStatusIndicator), where + "financialStatusIndicator");
            assertEquals(m.roundLotSize(), t.roundLotSize, where + "roundLotSize");
            assertEquals(m.roundLotsOnly(), ch(t.roundLotsOnly), where + "roundLotsOnly");
            assertEquals(m.issueClassification(), ch(t.issueClassification), where + "issueClassification");
            assertEquals(m.issueSubType(), t.issueSubType & 0xFFFF, where + "issueSubType");
            assertEquals(m.authenticity(), ch(t.authenticity), where + "authenticity");
            assertEquals(m.shortSaleThresholdIndicator(), ch(t.shortSaleThresholdIndicator), where + "shortSaleThresholdIndicator");
            assertEquals(m.ipoFlag(), ch(t.ipoFlag), where + "ipoFlag");
            assertEquals(m.luldReferencePriceTier(), ch(t.luldReferencePriceTier), where + "luldReferencePriceTier");
            assertEquals(m.etpFlag(), ch(t.etpFlag), where + "etpFlag");
            assertEquals(m.etpLeverageFactor(), t.etpLeverageFactor, where + "etpLeverageFactor");
            assertEquals(m.inverseIndicator(), ch(t.inverseIndicator), where + "inverseIndicator");
        }
        else if (message instanceof StockTradingActionMessage m)
        {
            final ITCH50.StockTradingAction t = assertInstanceOf(ITCH50.StockTradingAction.class, theirsLast, where);
            assertHeaderAgrees(m, t.stockLocate, t.trackingNumber, t.timestampHigh, t.timestampLow, where);
            assertEquals(m.stock(), t.stock, where + "stock");
            assertEquals(m.tradingState(), ch(t.tradingState), where + "tradingState");
            assertEquals(m.reserved(), ch(t.reserved), where + "reserved");
            assertEquals(m.reason(), t.reason, where + "reason");
        }
        else if (message instanceof RegShoRestrictionMessage m)
        {
            final ITCH50.RegSHORestriction t = assertInstanceOf(ITCH50.RegSHORestriction.class, theirsLast, where);
            assertHeaderAgrees(m, t.locateCode, t.trackingNumber, t.timestampHigh, t.timestampLow, where);
            assertEquals(m.stock(), t.stock, where + "stock");
            assertEquals(m.regShoAction(), ch(t.regSHOAction), where + "regShoAction");
        }
        else if (message instanceof MarketParticipantPositionMessage m)
        {
            final ITCH50.MarketParticipantPosition t =
                assertInstanceOf(ITCH50.MarketParticipantPosition.class, theirsLast, where);
            assertHeaderAgrees(m, t.stockLocate, t.trackingNumber, t.timestampHigh, t.timestampLow, where);
            assertEquals(m.mpid(), t.mpid, where + "mpid");
            assertEquals(m.stock(), t.stock, where + "stock");
            assertEquals(m.primaryMarketMaker(), ch(t.primaryMarketMaker), where + "primaryMarketMaker");
            assertEquals(m.marketMakerMode(), ch(t.marketMakerMode), where + "marketMakerMode");
            assertEquals(m.marketParticipantState(), ch(t.marketParticipantState), where + "marketParticipantState");
        }
        else if (message instanceof MwcbDeclineLevelMessage m)
        {
            final ITCH50.MWCBDeclineLevel t = assertInstanceOf(ITCH50.MWCBDeclineLevel.class, theirsLast, where);
            assertHeaderAgrees(m, t.stockLocate, t.trackingNumber, t.timestampHigh, t.timestampLow, where);
            assertEquals(m.level1(), t.level1, where + "level1");
            assertEquals(m.level2(), t.level2, where + "level2");
            assertEquals(m.level3(), t.level3, where + "level3");
        }
        else if (message instanceof MwcbStatusMessage m)
        {
            final ITCH50.MWCBStatus t = assertInstanceOf(ITCH50.MWCBStatus.class, theirsLast, where);
            assertHeaderAgrees(m, t.stockLocate, t.trackingNumber, t.timestampHigh, t.timestampLow, where);
            assertEquals(m.breachedLevel(), ch(t.breachedLevel), where + "breachedLevel");
        }
        else if (message instanceof IpoQuotingPeriodUpdateMessage m)
        {
            final ITCH50.IPOQuotingPeriodUpdate t = assertInstanceOf(ITCH50.IPOQuotingPeriodUpdate.class, theirsLast, where);
            assertHeaderAgrees(m, t.stockLocate, t.trackingNumber, t.timestampHigh, t.timestampLow, where);
            assertEquals(m.stock(), t.stock, where + "stock");
            assertEquals(m.ipoQuotationReleaseTime(), t.ipoQuotationReleaseTime, where + "ipoQuotationReleaseTime");
            assertEquals(m.ipoQuotationReleaseQualifier(), ch(t.ipoQuotationReleaseQualifier),
                where + "ipoQuotationReleaseQualifier");
            assertEquals(m.ipoPrice(), t.ipoPrice, where + "ipoPrice");
        }
        else if (message instanceof LuldAuctionCollarMessage m)
        {
            final ITCH50.LULDAuctionCollar t = assertInstanceOf(ITCH50.LULDAuctionCollar.class, theirsLast, where);
            assertHeaderAgrees(m, t.stockLocate, t.trackingNumber, t.timestampHigh, t.timestampLow, where);
            assertEquals(m.stock(), t.stock, where + "stock");
            assertEquals(m.auctionCollarReferencePrice(), t.auctionCollarReferencePrice, where + "auctionCollarReferencePrice");
            assertEquals(m.upperAuctionCollarPrice(), t.upperAuctionCollarPrice, where + "upperAuctionCollarPrice");
            assertEquals(m.lowerAuctionCollarPrice(), t.lowerAuctionCollarPrice, where + "lowerAuctionCollarPrice");
            assertEquals(m.auctionCollarExtension(), t.auctionCollarExtension, where + "auctionCollarExtension");
        }
        else if (message instanceof OperationalHaltMessage m)
        {
            final ITCH50.OperationalHalt t = assertInstanceOf(ITCH50.OperationalHalt.class, theirsLast, where);
            assertHeaderAgrees(m, t.stockLocate, t.trackingNumber, t.timestampHigh, t.timestampLow, where);
            assertEquals(m.stock(), t.stock, where + "stock");
            assertEquals(m.marketCode(), ch(t.marketCode), where + "marketCode");
            assertEquals(m.operationalHaltAction(), ch(t.operationalHaltAction), where + "operationalHaltAction");
        }
        else if (message instanceof AddOrderMessage m)
        {
            final ITCH50.AddOrder t = assertInstanceOf(ITCH50.AddOrder.class, theirsLast, where);
            assertHeaderAgrees(m, t.stockLocate, t.trackingNumber, t.timestampHigh, t.timestampLow, where);
            assertEquals(m.orderReferenceNumber(), t.orderReferenceNumber, where + "orderReferenceNumber");
            assertEquals(m.side(), ch(t.buySellIndicator), where + "side");
            assertEquals(m.shares(), t.shares, where + "shares");
            assertEquals(m.stock(), t.stock, where + "stock");
            assertEquals(m.price(), t.price, where + "price");
        }
        else if (message instanceof AddOrderMpidMessage m)
        {
            final ITCH50.AddOrderMPID t = assertInstanceOf(ITCH50.AddOrderMPID.class, theirsLast, where);
            assertHeaderAgrees(m, t.stockLocate, t.trackingNumber, t.timestampHigh, t.timestampLow, where);
            assertEquals(m.orderReferenceNumber(), t.orderReferenceNumber, where + "orderReferenceNumber");
            assertEquals(m.side(), ch(t.buySellIndicator), where + "side");
            assertEquals(m.shares(), t.shares, where + "shares");
            assertEquals(m.stock(), t.stock, where + "stock");
            assertEquals(m.price(), t.price, where + "price");
            assertEquals(m.attribution(), t.attribution, where + "attribution");
        }
        else if (message instanceof OrderExecutedMessage m)
        {
            final ITCH50.OrderExecuted t = assertInstanceOf(ITCH50.OrderExecuted.class, theirsLast, where);
            assertHeaderAgrees(m, t.stockLocate, t.trackingNumber, t.timestampHigh, t.timestampLow, where);
            assertEquals(m.orderReferenceNumber(), t.orderReferenceNumber, where + "orderReferenceNumber");
            assertEquals(m.executedShares(), t.executedShares, where + "executedShares");
            assertEquals(m.matchNumber(), t.matchNumber, where + "matchNumber");
        }
        else if (message instanceof OrderExecutedWithPriceMessage m)
        {
            final ITCH50.OrderExecutedWithPrice t = assertInstanceOf(ITCH50.OrderExecutedWithPrice.class, theirsLast, where);
            assertHeaderAgrees(m, t.stockLocate, t.trackingNumber, t.timestampHigh, t.timestampLow, where);
            assertEquals(m.orderReferenceNumber(), t.orderReferenceNumber, where + "orderReferenceNumber");
            assertEquals(m.executedShares(), t.executedShares, where + "executedShares");
            assertEquals(m.matchNumber(), t.matchNumber, where + "matchNumber");
            assertEquals(m.printable(), ch(t.printable), where + "printable");
            assertEquals(m.executionPrice(), t.executionPrice, where + "executionPrice");
        }
        else if (message instanceof OrderCancelMessage m)
        {
            final ITCH50.OrderCancel t = assertInstanceOf(ITCH50.OrderCancel.class, theirsLast, where);
            assertHeaderAgrees(m, t.stockLocate, t.trackingNumber, t.timestampHigh, t.timestampLow, where);
            assertEquals(m.orderReferenceNumber(), t.orderReferenceNumber, where + "orderReferenceNumber");
            assertEquals(m.canceledShares(), t.canceledShares, where + "canceledShares");
        }
        else if (message instanceof OrderDeleteMessage m)
        {
            final ITCH50.OrderDelete t = assertInstanceOf(ITCH50.OrderDelete.class, theirsLast, where);
            assertHeaderAgrees(m, t.stockLocate, t.trackingNumber, t.timestampHigh, t.timestampLow, where);
            assertEquals(m.orderReferenceNumber(), t.orderReferenceNumber, where + "orderReferenceNumber");
        }
        else if (message instanceof OrderReplaceMessage m)
        {
            final ITCH50.OrderReplace t = assertInstanceOf(ITCH50.OrderReplace.class, theirsLast, where);
            assertHeaderAgrees(m, t.stockLocate, t.trackingNumber, t.timestampHigh, t.timestampLow, where);
            assertEquals(m.originalOrderReferenceNumber(), t.originalOrderReferenceNumber, where + "originalOrderReferenceNumber");
            assertEquals(m.newOrderReferenceNumber(), t.newOrderReferenceNumber, where + "newOrderReferenceNumber");
            assertEquals(m.shares(), t.shares, where + "shares");
            assertEquals(m.price(), t.price, where + "price");
        }
        else if (message instanceof TradeMessage m)
        {
            final ITCH50.Trade t = assertInstanceOf(ITCH50.Trade.class, theirsLast, where);
            assertHeaderAgrees(m, t.stockLocate, t.trackingNumber, t.timestampHigh, t.timestampLow, where);
            assertEquals(m.orderReferenceNumber(), t.orderReferenceNumber, where + "orderReferenceNumber");
            assertEquals(m.side(), ch(t.buySellIndicator), where + "side");
            assertEquals(m.shares(), t.shares, where + "shares");
            assertEquals(m.stock(), t.stock, where + "stock");
            assertEquals(m.price(), t.price, where + "price");
            assertEquals(m.matchNumber(), t.matchNumber, where + "matchNumber");
        }
        else if (message instanceof CrossTradeMessage m)
        {
            final ITCH50.CrossTrade t = assertInstanceOf(ITCH50.CrossTrade.class, theirsLast, where);
            assertHeaderAgrees(m, t.stockLocate, t.trackingNumber, t.timestampHigh, t.timestampLow, where);
            // Juncture 1.0.0 reads Shares as 4 bytes (the specification says 8), so it sees the
            // high half of our Shares and every later field 4 bytes before where it lies.
            final DirectBuffer b = m.buffer();
            final int at = m.offset();
            assertEquals(m.shares() >>> 32, t.shares, where + "Juncture's shares: the high half of ours");
            assertEquals(b.getLong(at + 15, BIG_ENDIAN), t.stock, where + "Juncture's stock, at offset 15");
            assertEquals(b.getInt(at + 23, BIG_ENDIAN) & 0xFFFF_FFFFL, t.crossPrice, where + "Juncture's crossPrice, at 23");
            assertEquals(b.getLong(at + 27, BIG_ENDIAN), t.matchNumber, where + "Juncture's matchNumber, at 27");
            assertEquals(b.getByte(at + 35), t.crossType, where + "Juncture's crossType, at 35");
        }
        else if (message instanceof BrokenTradeMessage m)
        {
            final ITCH50.BrokenTrade t = assertInstanceOf(ITCH50.BrokenTrade.class, theirsLast, where);
            assertHeaderAgrees(m, t.stockLocate, t.trackingNumber, t.timestampHigh, t.timestampLow, where);
            assertEquals(m.matchNumber(), t.matchNumber, where + "matchNumber");
        }
        else if (message instanceof NoiiMessage m)
        {
            final ITCH50.NOII t = assertInstanceOf(ITCH50.NOII.class, theirsLast, where);
            assertHeaderAgrees(m, t.stockLocate, t.trackingNumber, t.timestampHigh, t.timestampLow, where);
            assertEquals(m.pairedShares(), t.pairedShares, where + "pairedShares");
            assertEquals(m.imbalanceShares(), t.imbalanceShares, where + "imbalanceShares");
            assertEquals(m.imbalanceDirection(), ch(t.imbalanceDirection), where + "imbalanceDirection");
            assertEquals(m.stock(), t.stock, where + "stock");
            assertEquals(m.farPrice(), t.farPrice, where + "farPrice");
            assertEquals(m.nearPrice(), t.nearPrice, where + "nearPrice");
            assertEquals(m.currentReferencePrice(), t.currentReferencePrice, where + "currentReferencePrice");
            assertEquals(m.crossType(), ch(t.crossType), where + "crossType");
            assertEquals(m.priceVariationIndicator(), ch(t.priceVariationIndicator), where + "priceVariationIndicator");
        }
        else if (message instanceof RetailInterestMessage m)
        {
            final ITCH50.RPII t = assertInstanceOf(ITCH50.RPII.class, theirsLast, where);
            assertHeaderAgrees(m, t.stockLocate, t.trackingNumber, t.timestampHigh, t.timestampLow, where);
            assertEquals(m.stock(), t.stock, where + "stock");
            assertEquals(m.interestFlag(), ch(t.interestFlag), where + "interestFlag");
        }
        else
        {
            throw new AssertionError(where + "no Juncture counterpart for " + message.getClass().getSimpleName());
        }
    }

    private static void assertHeaderAgrees(
        final ItchMessage m, final int stockLocate, final int trackingNumber, final int timestampHigh,
        final long timestampLow, final String where)
    {
        assertHeader(new Header(m.stockLocate(), m.trackingNumber(), m.timestampNs()),
            stockLocate, trackingNumber, timestampHigh, timestampLow, where);
    }

    /** Juncture splits the 6-byte timestamp into a 2-byte high and a 4-byte low part. */
    private static void assertHeader(
        final Header expected, final int stockLocate, final int trackingNumber, final int timestampHigh,
        final long timestampLow, final String where)
    {
        assertEquals(expected.stockLocate(), stockLocate, where + "stockLocate");
        assertEquals(expected.trackingNumber(), trackingNumber, where + "trackingNumber");
        assertTrue(timestampHigh >= 0 && timestampHigh <= 0xFFFF, where + "timestampHigh " + timestampHigh);
        assertTrue(timestampLow >= 0 && timestampLow <= 0xFFFF_FFFFL, where + "timestampLow " + timestampLow);
        assertEquals(expected.timestampNs(), (long)timestampHigh << 32 | timestampLow, where + "timestamp");
    }

    private static char ch(final byte value)
    {
        return (char)(value & 0xFF);
    }

    private static void repeat(final char type, final Case body) throws IOException
    {
        final SplittableRandom random = new SplittableRandom(SEED + type);
        for (int i = 0; i < MESSAGES_PER_TYPE; i++)
        {
            body.run(random, "'" + type + "' #" + i + ": ");
        }
    }

    /** Mostly uniform, one in eight an edge: 0 or the maximum. */
    private static int u16(final SplittableRandom random)
    {
        return random.nextInt(8) == 0 ? (random.nextBoolean() ? 0 : 0xFFFF) : random.nextInt(1 << 16);
    }

    private static long u32(final SplittableRandom random)
    {
        return random.nextInt(8) == 0 ? (random.nextBoolean() ? 0 : 0xFFFF_FFFFL) : random.nextLong(1L << 32);
    }

    private static long u48(final SplittableRandom random)
    {
        return random.nextInt(8) == 0 ? (random.nextBoolean() ? 0 : (1L << 48) - 1) : random.nextLong(1L << 48);
    }

    /** All 64 bits: an unsigned value above 2^63 is a negative long on both sides. */
    private static long u64(final SplittableRandom random)
    {
        switch (random.nextInt(16))
        {
            case 0:
                return 0;
            case 1:
                return -1L;
            case 2:
                return Long.MAX_VALUE;
            case 3:
                return Long.MIN_VALUE;
            default:
                return random.nextLong();
        }
    }

    private static char oneOf(final SplittableRandom random, final String alphabet)
    {
        return alphabet.charAt(random.nextInt(alphabet.length()));
    }

    /** A stock symbol: 1 to 8 capitals, left justified, space padded. */
    private static long stock(final SplittableRandom random)
    {
        return alpha(random, 8, 1, UPPER);
    }

    /** {@code minLength} to {@code width} characters of the alphabet, space padded, packed. */
    private static long alpha(final SplittableRandom random, final int width, final int minLength, final String alphabet)
    {
        final int length = minLength + random.nextInt(width - minLength + 1);
        final StringBuilder sb = new StringBuilder(width);
        for (int i = 0; i < length; i++)
        {
            sb.append(oneOf(random, alphabet));
        }
        return pack(sb, width);
    }

    /** Left justified, space padded, packed big-endian: how both sides hold an Alpha field. */
    private static long pack(final CharSequence value, final int width)
    {
        long packed = 0;
        for (int i = 0; i < width; i++)
        {
            packed = packed << 8 | (i < value.length() ? value.charAt(i) & 0xFF : ' ');
        }
        return packed;
    }

    private record Header(int stockLocate, int trackingNumber, long timestampNs)
    {
        static Header random(final SplittableRandom random)
        {
            return new Header(u16(random), u16(random), u48(random));
        }
    }

    @FunctionalInterface
    private interface Case
    {
        void run(SplittableRandom random, String where) throws IOException;
    }

    /** Remembers the last message Juncture's parser handed over, and how many. */
    private static final class JunctureRecorder implements ITCH50Listener
    {
        Object last;
        int calls;

        <T> T last(final Class<T> type)
        {
            return assertInstanceOf(type, last, "Juncture's message type");
        }

        private void record(final Object message)
        {
            last = message;
            calls++;
        }

        @Override
        public void systemEvent(final ITCH50.SystemEvent message)
        {
            record(message);
        }

        @Override
        public void stockDirectory(final ITCH50.StockDirectory message)
        {
            record(message);
        }

        @Override
        public void stockTradingAction(final ITCH50.StockTradingAction message)
        {
            record(message);
        }

        @Override
        public void regSHORestriction(final ITCH50.RegSHORestriction message)
        {
            record(message);
        }

        @Override
        public void marketParticipantPosition(final ITCH50.MarketParticipantPosition message)
        {
            record(message);
        }

        @Override
        public void mwcbDeclineLevel(final ITCH50.MWCBDeclineLevel message)
        {
            record(message);
        }

        @Override
        public void mwcbStatus(final ITCH50.MWCBStatus message)
        {
            record(message);
        }

        @Override
        public void ipoQuotingPeriodUpdate(final ITCH50.IPOQuotingPeriodUpdate message)
        {
            record(message);
        }

        @Override
        public void luldAuctionCollar(final ITCH50.LULDAuctionCollar message)
        {
            record(message);
        }

        @Override
        public void operationalHalt(final ITCH50.OperationalHalt message)
        {
            record(message);
        }

        @Override
        public void addOrder(final ITCH50.AddOrder message)
        {
            record(message);
        }

        @Override
        public void addOrderMPID(final ITCH50.AddOrderMPID message)
        {
            record(message);
        }

        @Override
        public void orderExecuted(final ITCH50.OrderExecuted message)
        {
            record(message);
        }

        @Override
        public void orderExecutedWithPrice(final ITCH50.OrderExecutedWithPrice message)
        {
            record(message);
        }

        @Override
        public void orderCancel(final ITCH50.OrderCancel message)
        {
            record(message);
        }

        @Override
        public void orderDelete(final ITCH50.OrderDelete message)
        {
            record(message);
        }

        @Override
        public void orderReplace(final ITCH50.OrderReplace message)
        {
            record(message);
        }

        @Override
        public void trade(final ITCH50.Trade message)
        {
            record(message);
        }

        @Override
        public void crossTrade(final ITCH50.CrossTrade message)
        {
            record(message);
        }

        @Override
        public void brokenTrade(final ITCH50.BrokenTrade message)
        {
            record(message);
        }

        @Override
        public void noii(final ITCH50.NOII message)
        {
            record(message);
        }

        @Override
        public void rpii(final ITCH50.RPII message)
        {
            record(message);
        }
    }
}
