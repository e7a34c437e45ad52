package io.longitude.dashboard.reports;

import java.util.List;

/**
 * One row of a funder table before suppression: its label (a message key and an optional wave or pair argument) and
 * one {@link Slot} per column (the editions, then the programme).
 */
record RowSpec(String labelKey, String argument, List<Slot> slots) {
    RowSpec {
        slots = List.copyOf(slots);
    }

    boolean shares() {
        return slots.stream().anyMatch(slot -> slot.share() != null);
    }
}
