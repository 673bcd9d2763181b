package io.hftengine.engine.cli;

import java.net.InetSocketAddress;

/** Parses {@code host:port} options with messages that name the option. */
final class Addresses {
    private Addresses() {
    }

    static InetSocketAddress parse(final String option, final String text) {
        final int colon = text.lastIndexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException(option + ": expected host:port, was \"" + text + "\"");
        }
        final int port;
        try {
            port = Integer.parseInt(text.substring(colon + 1));
        } catch (final NumberFormatException e) {
            throw new IllegalArgumentException(option + ": port is not a number in \"" + text + "\"", e);
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException(option + ": port must be 0..65535, was " + port);
        }
        final String host = text.substring(0, colon);
        final InetSocketAddress address = new InetSocketAddress(host, port);
        if (address.isUnresolved()) {
            // Caught here, before any socket: an unresolved address reached the socket calls as
            // a NullPointerException or a message reading "null".
            throw new IllegalArgumentException(option + ": unknown host \"" + host + "\" in \"" + text + "\"");
        }
        return address;
    }

}
