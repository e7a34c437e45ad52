package io.longitude.dashboard.reports;

import io.longitude.core.disclosure.Share;

/**
 * What one table cell of a funder report refers to: a count of the programme's {@link
 * io.longitude.core.disclosure.CountSystem}, a share of two of its counts, or nothing (an edition without that wave).
 *
 * @param count the key of the count, or null
 * @param share the share, or null
 */
record Slot(String count, Share share) {
    static final Slot ABSENT = new Slot(null, null);

    static Slot count(String key) {
        return new Slot(key, null);
    }

    static Slot share(Share share) {
        return new Slot(null, share);
    }

    boolean absent() {
        return count == null && share == null;
    }
}
