package io.longitude.dashboard.reports;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The categories of people whose small counts a funder must neither see nor be able to work out
 * ({@code longitude.disclosure.sensitive}). A count of a category not listed is shown at any size: knowing that 3 of
 * 30 candidates did not answer a wave tells nothing harmful about any of them. The default list holds the outcomes a
 * candidate may not want their funder to know: not (yet) integrating sustainable development, dropping out, a
 * business that stopped. See docs/disclosure.md.
 */
enum SensitiveCategory {
    /** At level 0 at a wave: the level-0 count, and the intention rows about candidates at level 0 (asked, interested, followed). */
    NOT_INTEGRATED("not-integrated"),
    /** Enrolled but not completed (enrolled − completed; no page shows it, anybody can subtract it). */
    DROPPED_OUT("dropped-out"),
    /** Launched a business that has stopped (launched − still active). */
    BUSINESS_STOPPED("business-stopped"),
    /** Referred but not enrolled. */
    NOT_ENROLLED("not-enrolled"),
    /** Enrolled but no response at a wave. */
    NON_RESPONSE("non-response"),
    /** Enrolled without any collaboration tie. */
    NO_TIE("no-tie"),
    /** Interested at level 0 and still at level 0 at the next wave. */
    NOT_ACTED("not-acted"),
    /** Enrolled without an active business at the latest response. */
    NO_ACTIVE_BUSINESS("no-active-business");

    static final List<String> DEFAULTS = List.of("not-integrated", "dropped-out", "business-stopped");

    private final String name;

    SensitiveCategory(String name) {
        this.name = name;
    }

    String configName() {
        return name;
    }

    /** The categories of a configuration list; an unknown name is an error naming the known ones. */
    static Set<SensitiveCategory> of(List<String> names) {
        Set<SensitiveCategory> categories = EnumSet.noneOf(SensitiveCategory.class);
        for (String name : names) {
            String wanted = name.trim().toLowerCase(Locale.ROOT);
            if (wanted.isEmpty()) {
                continue;
            }
            categories.add(Arrays.stream(values())
                    .filter(category -> category.name.equals(wanted))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "Cannot read longitude.disclosure.sensitive, unknown category: " + name + " (known: "
                                    + Arrays.stream(values())
                                            .map(SensitiveCategory::configName)
                                            .toList() + ")")));
        }
        return categories;
    }

    static Set<SensitiveCategory> defaults() {
        return of(DEFAULTS);
    }
}
