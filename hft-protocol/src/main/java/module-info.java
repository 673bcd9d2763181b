/**
 * NASDAQ ITCH 5.0, MoldUDP64, OUCH 4.2 and SoupBinTCP codecs as zero-copy flyweights.
 */
module io.hftengine.protocol {
    requires transitive io.hftengine.types;
    requires transitive org.agrona;

}
