package io.longitude.analytics;

/** Parses the arguments of {@link AnalyticsJob#main}. */
final class AnalyticsArguments {
    static final String USAGE = "Usage: AnalyticsJob --lake URI --metrics URI [--minimum-n N] [--completed-sessions N]";

    private AnalyticsArguments() {}

    static AnalyticsConfig parse(String[] args) {
        String lake = null;
        String metrics = null;
        int minimumN = AnalyticsConfig.DEFAULT_MINIMUM_N;
        int completed = AnalyticsConfig.DEFAULT_COMPLETED_SESSIONS;
        for (int index = 0; index < args.length; index++) {
            String value = index + 1 < args.length ? args[index + 1] : null;
            if (value == null) {
                throw new IllegalArgumentException("Cannot parse arguments, " + args[index] + " needs a value. " + USAGE);
            }
            switch (args[index]) {
                case "--lake" -> lake = value;
                case "--metrics" -> metrics = value;
                case "--minimum-n" -> minimumN = Integer.parseInt(value);
                case "--completed-sessions" -> completed = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("Cannot parse arguments, unknown option " + args[index] + ". " + USAGE);
            }
            index++;
        }
        if (lake == null || metrics == null) {
            throw new IllegalArgumentException("Cannot parse arguments, --lake and --metrics are required. " + USAGE);
        }
        return new AnalyticsConfig(lake, metrics, minimumN, completed);
    }
}
