package io.longitude.analytics;

/** Parses the arguments of {@link AnalyticsJob#main}. */
record AnalyticsArguments(AnalyticsConfig config, String asOf, boolean force) {
    static final String USAGE = "Usage: AnalyticsJob --lake URI --metrics URI [--minimum-n N] [--completed-sessions N] "
            + "[--as-of TIME|VERSION] [--force]";

    static AnalyticsArguments parse(String[] args) {
        String lake = null;
        String metrics = null;
        String asOf = null;
        boolean force = false;
        int minimumN = AnalyticsConfig.DEFAULT_MINIMUM_N;
        int completed = AnalyticsConfig.DEFAULT_COMPLETED_SESSIONS;
        for (int index = 0; index < args.length; index++) {
            if (args[index].equals("--force")) {
                force = true;
                continue;
            }
            String value = index + 1 < args.length ? args[index + 1] : null;
            if (value == null) {
                throw new IllegalArgumentException(
                        "Cannot parse arguments, " + args[index] + " needs a value. " + USAGE);
            }
            switch (args[index]) {
                case "--lake" -> lake = value;
                case "--metrics" -> metrics = value;
                case "--minimum-n" -> minimumN = Integer.parseInt(value);
                case "--completed-sessions" -> completed = Integer.parseInt(value);
                case "--as-of" -> asOf = value;
                default ->
                    throw new IllegalArgumentException(
                            "Cannot parse arguments, unknown option " + args[index] + ". " + USAGE);
            }
            index++;
        }
        if (lake == null || metrics == null) {
            throw new IllegalArgumentException("Cannot parse arguments, --lake and --metrics are required. " + USAGE);
        }
        return new AnalyticsArguments(new AnalyticsConfig(lake, metrics, minimumN, completed), asOf, force);
    }
}
