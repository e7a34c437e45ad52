package io.longitude.core.metrics;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a metric row measures inside its metric: the typed form of the {@code group_key} column. Every family has its
 * builder (the record's constructor or factory) and its parser ({@code parse}) here, and nowhere else: analytics
 * writes {@link #text()}, the dashboard reads the parsed key ({@link GroupKeys#parse}) and never a string.
 * The families and their text (see docs/metrics.md):
 * <ul>
 *   <li>{@link Level}: {@code level=<i>}, {@code weighted|level=<i>} (M3, M10's measures)</li>
 *   <li>{@link Transition}: {@code from=<i>|to=<j>} (M4)</li>
 *   <li>{@link Agreement}: {@code agreement|self=<i>|coach=<j>} (M6)</li>
 *   <li>{@link SurvivalStep}: {@code km|month=<t>} with two decimals (M8)</li>
 *   <li>{@link SurvivalAt}: {@code survival|months=<m>} (M8)</li>
 *   <li>{@link Band}: {@code band=<b>}, {@code <scope>|band=<b>} (M9)</li>
 *   <li>{@link Versus}: {@code <measure>|vs=<edition>} (M10)</li>
 *   <li>{@link Brokerage}: {@code brokerage|<desk or edition>|<role>} (M11)</li>
 *   <li>{@link Item}: {@code item=<item>} (M14)</li>
 *   <li>{@link Feedback}: {@code feedback=<measure>}, {@code feedback=<measure>|session=<id>},
 *       {@code feedback=<measure>|kind=<kind>}, {@code feedback=<measure>|trend} (M16)</li>
 *   <li>{@link FunnelStage}: {@code <desk>|<stage>} (M1)</li>
 *   <li>{@link Pair}: {@code <name>|<part>}, e.g. {@code mcnemar|p_value}, {@code smd|<trait>}, {@code degree|<participant>}</li>
 *   <li>{@link Label}: a single name, e.g. {@code response_rate}, {@code kappa}, {@code participants}</li>
 * </ul>
 */
public sealed interface GroupKey {
    String SEPARATOR = "|";

    /** A part of a key that is a pseudonymous participant key: 32 hex digits or more (the keys are 64). */
    Pattern PARTICIPANT = Pattern.compile("(^|\\|)[0-9a-fA-F]{32,}($|\\|)");

    /** The key as the {@code group_key} column holds it. */
    String text();

    /**
     * Whether the key names a participant (M11 {@code degree|<key>}, {@code betweenness|<key>},
     * {@code brokerage_total|<key>}), which no manager's or funder's page or JSON shows.
     */
    default boolean namesParticipant() {
        return PARTICIPANT.matcher(text()).find();
    }

    /** The first part of the text, e.g. {@code smd} of {@code smd|gender=f}: what a page groups rows by. */
    default String head() {
        String text = text();
        int bar = text.indexOf(SEPARATOR);
        return bar < 0 ? text : text.substring(0, bar);
    }

    /** Everything after the first part, or empty, e.g. {@code gender=f} of {@code smd|gender=f}. */
    default String tail() {
        String text = text();
        int bar = text.indexOf(SEPARATOR);
        return bar < 0 ? "" : text.substring(bar + 1);
    }

    /** The value of the part {@code name=value}, if the key has it ({@code vs}, {@code band}, {@code item}, ...). */
    default Optional<String> part(String name) {
        for (String part : text().split("\\|")) {
            if (part.startsWith(name + "=")) {
                return Optional.of(part.substring(name.length() + 1));
            }
        }
        return Optional.empty();
    }

    /** Whether this is a {@link Pair} of this name. */
    default boolean isPair(String name) {
        return this instanceof Pair pair && pair.name().equals(name);
    }

    /** Whether this is the {@link Label} of this name. */
    default boolean isLabel(String name) {
        return this instanceof Label label && label.name().equals(name);
    }

    /** A single name. */
    record Label(String name) implements GroupKey {
        public Label {
            name = GroupKeys.part(name, "name");
        }

        @Override
        public String text() {
            return name;
        }
    }

    /** A name and one part: a test's statistic, an outcome of a comparison, a participant's measure. */
    record Pair(String name, String part) implements GroupKey {
        public Pair {
            name = GroupKeys.part(name, "name");
            Objects.requireNonNull(part, "part is null");
            if (part.isEmpty() || part.contains(SEPARATOR)) {
                throw new IllegalArgumentException(
                        "Cannot build group key " + name + ", part is empty or holds '|': " + part);
            }
        }

        /** The text before the part, for keys whose part Spark fills in ({@code degree|<participant>}). */
        public static String prefix(String name) {
            return GroupKeys.part(name, "name") + SEPARATOR;
        }

        @Override
        public String text() {
            return prefix(name) + part;
        }

        static Optional<GroupKey> parse(String text) {
            String[] parts = text.split("\\|", -1);
            return parts.length == 2 && !parts[0].isEmpty() && !parts[0].contains("=") && !parts[1].isEmpty()
                    ? Optional.of(new Pair(parts[0], parts[1]))
                    : Optional.empty();
        }
    }

    /** A level of {@code sd_integration}, complete case or inverse-probability weighted. */
    record Level(int level, boolean weighted) implements GroupKey {
        private static final Pattern TEXT = Pattern.compile("(weighted\\|)?level=(\\d+)");

        /** The text before the level, for keys whose level Spark fills in. */
        public static final String PREFIX = "level=";

        public static Level of(int level) {
            return new Level(level, false);
        }

        @Override
        public String text() {
            return (weighted ? "weighted" + SEPARATOR : "") + PREFIX + level;
        }

        static Optional<GroupKey> parse(String text) {
            Matcher matcher = TEXT.matcher(text);
            return matcher.matches()
                    ? Optional.of(new Level(Integer.parseInt(matcher.group(2)), matcher.group(1) != null))
                    : Optional.empty();
        }
    }

    /** One cell of a transition matrix: from level i at t to level j at t+1. */
    record Transition(int from, int to) implements GroupKey {
        private static final Pattern TEXT = Pattern.compile("from=(\\d+)\\|to=(\\d+)");
        /** The text before the from level, between the two and after the to level: for keys built in Spark. */
        public static final String FROM = "from=";

        public static final String TO = SEPARATOR + "to=";

        @Override
        public String text() {
            return FROM + from + TO + to;
        }

        static Optional<GroupKey> parse(String text) {
            Matcher matcher = TEXT.matcher(text);
            return matcher.matches()
                    ? Optional.of(
                            new Transition(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))))
                    : Optional.empty();
        }
    }

    /** One cell of the agreement table between self-report and the coach's assessment. */
    record Agreement(int self, int coach) implements GroupKey {
        private static final Pattern TEXT = Pattern.compile("agreement\\|self=(\\d+)\\|coach=(\\d+)");
        public static final String PREFIX = "agreement" + SEPARATOR;

        @Override
        public String text() {
            return PREFIX + "self=" + self + SEPARATOR + "coach=" + coach;
        }

        static Optional<GroupKey> parse(String text) {
            Matcher matcher = TEXT.matcher(text);
            return matcher.matches()
                    ? Optional.of(new Agreement(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))))
                    : Optional.empty();
        }
    }

    /** A step of the Kaplan-Meier curve at an event time in months (analytics writes two decimals: {@link #at}). */
    record SurvivalStep(String month) implements GroupKey {
        private static final Pattern TEXT = Pattern.compile("km\\|month=(\\d+(?:\\.\\d+)?)");

        public SurvivalStep {
            if (month == null || !month.matches("\\d+(\\.\\d+)?")) {
                throw new IllegalArgumentException(
                        "Cannot build survival step, month is not a number of months: " + month);
            }
        }

        public static SurvivalStep at(double month) {
            return new SurvivalStep(String.format(Locale.ROOT, "%.2f", month));
        }

        public double months() {
            return Double.parseDouble(month);
        }

        @Override
        public String text() {
            return "km" + SEPARATOR + "month=" + month;
        }

        static Optional<GroupKey> parse(String text) {
            Matcher matcher = TEXT.matcher(text);
            return matcher.matches() ? Optional.of(new SurvivalStep(matcher.group(1))) : Optional.empty();
        }
    }

    /** The survival at a whole number of months (12, 36, 60). */
    record SurvivalAt(int months) implements GroupKey {
        private static final Pattern TEXT = Pattern.compile("survival\\|months=(\\d+)");

        @Override
        public String text() {
            return "survival" + SEPARATOR + "months=" + months;
        }

        static Optional<GroupKey> parse(String text) {
            Matcher matcher = TEXT.matcher(text);
            return matcher.matches()
                    ? Optional.of(new SurvivalAt(Integer.parseInt(matcher.group(1))))
                    : Optional.empty();
        }
    }

    /** A band of sessions attended; scope empty for all sessions, else {@code thematic} or {@code bmc}. */
    record Band(String scope, String band) implements GroupKey {
        private static final Pattern TEXT = Pattern.compile("(?:([a-z_]+)\\|)?band=([0-9-]+)");

        public Band {
            Objects.requireNonNull(scope, "scope is null");
            band = GroupKeys.part(band, "band");
        }

        /** The text before the band, for keys whose band Spark fills in. */
        public static String prefix(String scope) {
            return (scope.isEmpty() ? "" : GroupKeys.part(scope, "scope") + SEPARATOR) + "band=";
        }

        @Override
        public String text() {
            return prefix(scope) + band;
        }

        static Optional<GroupKey> parse(String text) {
            Matcher matcher = TEXT.matcher(text);
            return matcher.matches()
                    ? Optional.of(new Band(matcher.group(1) == null ? "" : matcher.group(1), matcher.group(2)))
                    : Optional.empty();
        }
    }

    /** A measure of an edition against another edition. */
    record Versus(String measure, String edition) implements GroupKey {
        private static final Pattern TEXT = Pattern.compile("([^|=]+)\\|vs=([^|]+)");
        public static final String VS = SEPARATOR + "vs=";

        public Versus {
            measure = GroupKeys.part(measure, "measure");
            edition = GroupKeys.part(edition, "edition");
        }

        @Override
        public String text() {
            return measure + VS + edition;
        }

        static Optional<GroupKey> parse(String text) {
            Matcher matcher = TEXT.matcher(text);
            return matcher.matches() ? Optional.of(new Versus(matcher.group(1), matcher.group(2))) : Optional.empty();
        }
    }

    /** Gould-Fernandez brokerage roles counted by desk or by edition. */
    record Brokerage(String by, String role) implements GroupKey {
        private static final Pattern TEXT = Pattern.compile("brokerage\\|(desk|edition)\\|([a-z_]+)");

        public Brokerage {
            if (!"desk".equals(by) && !"edition".equals(by)) {
                throw new IllegalArgumentException("Cannot build brokerage key, expected desk or edition: " + by);
            }
            role = GroupKeys.part(role, "role");
        }

        @Override
        public String text() {
            return "brokerage" + SEPARATOR + by + SEPARATOR + role;
        }

        static Optional<GroupKey> parse(String text) {
            Matcher matcher = TEXT.matcher(text);
            return matcher.matches()
                    ? Optional.of(new Brokerage(matcher.group(1), matcher.group(2)))
                    : Optional.empty();
        }
    }

    /**
     * A place in the ranking of a per-participant measure, which a page shows instead of the participants' rows
     * ({@code betweenness|rank=1}): written by no job, made by the dashboard from M11's rows.
     */
    record Rank(String measure, int rank) implements GroupKey {
        private static final Pattern TEXT = Pattern.compile("([a-z_]+)\\|rank=(\\d+)");

        public Rank {
            measure = GroupKeys.part(measure, "measure");
        }

        @Override
        public String text() {
            return measure + SEPARATOR + "rank=" + rank;
        }

        static Optional<GroupKey> parse(String text) {
            Matcher matcher = TEXT.matcher(text);
            return matcher.matches()
                    ? Optional.of(new Rank(matcher.group(1), Integer.parseInt(matcher.group(2))))
                    : Optional.empty();
        }
    }

    /** An item of the staff questionnaire. */
    record Item(String item) implements GroupKey {
        public static final String PREFIX = "item=";

        public Item {
            item = GroupKeys.part(item, "item");
        }

        @Override
        public String text() {
            return PREFIX + item;
        }

        static Optional<GroupKey> parse(String text) {
            return text.startsWith(PREFIX) && !text.contains(SEPARATOR) && text.length() > PREFIX.length()
                    ? Optional.of(new Item(text.substring(PREFIX.length())))
                    : Optional.empty();
        }
    }

    /** A stage of the funnel at a referral desk ({@code all} for every desk). */
    record FunnelStage(String desk, String stage) implements GroupKey {
        public FunnelStage {
            desk = GroupKeys.part(desk, "desk");
            stage = GroupKeys.part(stage, "stage");
        }

        @Override
        public String text() {
            return desk + SEPARATOR + stage;
        }

        static Optional<GroupKey> parse(String text) {
            String[] parts = text.split("\\|", -1);
            return parts.length == 2 && !parts[0].isEmpty() && !parts[1].isEmpty()
                    ? Optional.of(new FunnelStage(parts[0], parts[1]))
                    : Optional.empty();
        }
    }

    /**
     * A measure of the session feedback (M16): {@code response}, {@code useful} and {@code clear} (shares rating 4 or
     * 5), {@code recommend}, {@code usefulness} and {@code clarity} (mean ratings), over the row's edition (or programme) as a whole, one session, one kind of session
     * ({@code thematic}, {@code bmc_workshop}), or its trend over the programme's editions.
     */
    record Feedback(String measure, Scope scope, String value) implements GroupKey {
        /** What a row's measure is taken over. */
        public enum Scope {
            ALL,
            SESSION,
            KIND,
            TREND
        }

        public static final List<String> MEASURES =
                List.of("response", "useful", "clear", "recommend", "usefulness", "clarity");
        private static final Pattern TEXT =
                Pattern.compile("feedback=([a-z]+)(?:\\|(?:(session|kind)=([^|]+)|(trend)))?");

        public Feedback {
            if (!MEASURES.contains(measure)) {
                throw new IllegalArgumentException(
                        "Cannot build feedback key, measure is not one of " + MEASURES + ": " + measure);
            }
            Objects.requireNonNull(scope, "scope is null");
            if (scope == Scope.SESSION || scope == Scope.KIND) {
                value = GroupKeys.part(value, scope.name().toLowerCase(Locale.ROOT));
            } else if (value != null && !value.isEmpty()) {
                throw new IllegalArgumentException("Cannot build feedback key, " + scope + " takes no value: " + value);
            } else {
                value = "";
            }
        }

        public static Feedback all(String measure) {
            return new Feedback(measure, Scope.ALL, "");
        }

        public static Feedback session(String measure, String session) {
            return new Feedback(measure, Scope.SESSION, session);
        }

        public static Feedback kind(String measure, String kind) {
            return new Feedback(measure, Scope.KIND, kind);
        }

        public static Feedback trend(String measure) {
            return new Feedback(measure, Scope.TREND, "");
        }

        @Override
        public String text() {
            String head = "feedback=" + measure;
            return switch (scope) {
                case ALL -> head;
                case SESSION -> head + SEPARATOR + "session=" + value;
                case KIND -> head + SEPARATOR + "kind=" + value;
                case TREND -> head + SEPARATOR + "trend";
            };
        }

        static Optional<GroupKey> parse(String text) {
            Matcher matcher = TEXT.matcher(text);
            if (!matcher.matches() || !MEASURES.contains(matcher.group(1))) {
                return Optional.empty();
            }
            Scope scope = matcher.group(4) != null
                    ? Scope.TREND
                    : matcher.group(2) == null
                            ? Scope.ALL
                            : matcher.group(2).equals("session") ? Scope.SESSION : Scope.KIND;
            return Optional.of(new Feedback(matcher.group(1), scope, matcher.group(3)));
        }
    }
}
