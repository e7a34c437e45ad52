package io.longitude.dashboard.network;

/**
 * The largest network the page draws. The picture collects the edges to the server and lays them out there: JGraphT's
 * indexed Fruchterman–Reingold layout is O(N log N + E) per iteration, and beyond a couple of thousand nodes a
 * 600-pixel picture is a grey blot anyway. The numbers are those M11 uses for its structure on the driver
 * ({@code GraphBound}): above them the page keeps the table and says why there is no picture.
 */
public final class NetworkBound {
    public static final long MAX_NODES = 2_000;
    public static final long MAX_TIES = 20_000;

    private NetworkBound() {}

    public static boolean admits(long nodes, long ties) {
        return nodes <= MAX_NODES && ties <= MAX_TIES;
    }
}
