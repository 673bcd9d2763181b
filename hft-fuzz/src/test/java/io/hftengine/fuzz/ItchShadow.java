package io.hftengine.fuzz;

import io.hftengine.protocol.itch.AddOrderMessage;
import io.hftengine.protocol.itch.AddOrderMpidMessage;
import io.hftengine.protocol.itch.ItchDecoder;
import io.hftengine.protocol.itch.ItchListener;
import io.hftengine.protocol.itch.StockDirectoryMessage;
import io.hftengine.protocol.itch.TradeMessage;
import java.util.BitSet;
import org.agrona.DirectBuffer;

/**
 * Decodes, beside the market data stage, every message its sequencer applies, and counts what
 * the stage must count as a decode error by ITCH 5.0 semantics: a message that does not decode,
 * an add whose side is neither 'B' nor 'S', a non-displayed trade without price or size. Also
 * notes which stock locates a Stock Directory defined.
 */
final class ItchShadow implements ItchListener
{
    private final ItchDecoder decoder = new ItchDecoder(this);
    private final BitSet defined = new BitSet();
    private long rejected;
    private long applied;

    /**
     * One message as the sequencer hands it on.
     *
     * @param buffer holds it
     * @param offset its start
     * @param length its length
     */
    void onMessage(final DirectBuffer buffer, final int offset, final int length)
    {
        applied++;
        if (!decoder.decode(buffer, offset, length))
        {
            rejected++;
        }
    }

    /**
     * Returns the messages the sequencer applied.
     *
     * @return every message handed to {@link #onMessage}
     */
    long applied()
    {
        return applied;
    }

    /**
     * Returns the decode errors the stage must have counted.
     *
     * @return messages that did not decode or that the book handler must refuse
     */
    long expectedDecodeErrors()
    {
        return rejected;
    }

    /**
     * Returns the stock locates defined so far.
     *
     * @return the locates, a live set
     */
    BitSet defined()
    {
        return defined;
    }

    @Override
    public void onStockDirectory(final StockDirectoryMessage message)
    {
        defined.set(message.stockLocate());
    }

    @Override
    public void onAddOrder(final AddOrderMessage message)
    {
        side(message.side());
    }

    @Override
    public void onAddOrderMpid(final AddOrderMpidMessage message)
    {
        side(message.side());
    }

    @Override
    public void onTrade(final TradeMessage message)
    {
        if (message.price() <= 0 || message.shares() <= 0)
        {
            rejected++;
        }
    }

    private void side(final char side)
    {
        if (side != 'B' && side != 'S')
        {
            rejected++;
        }
    }
}
