package io.longitude.dashboard.reports;

import java.util.List;

/** A funder table before suppression: an id (also the CSV's table name), a title message key, its rows. */
record TableSpec(String id, String titleKey, List<RowSpec> rows) {
    TableSpec {
        rows = List.copyOf(rows);
    }
}
